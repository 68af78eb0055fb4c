"""``python -m dyad.nlp.spacy_cli ARGS``: spaCy's command line with numpy's BLAS.

``python -m spacy train`` and ``pretrain`` build their layers with thinc's
default matrix library, blis, whose wheel runs 3 times slower than numpy's
OpenBLAS on the AMD EPYC machines Dyad is trained on (see ``load_nlp``; 200
training steps of spaCy's efficiency pipeline: 33.4 s with blis, 23.9 s
without). spaCy's CPU set-up leaves the current ops alone, so setting them
before its command line starts is enough. ``dyad model train`` runs spaCy
through this module.
"""

from __future__ import annotations


def use_numpy_blas() -> None:
    """Make layers built from now on in this thread multiply with numpy's BLAS."""
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


def main() -> None:
    use_numpy_blas()
    from spacy.cli import setup_cli

    setup_cli()


if __name__ == "__main__":
    main()
