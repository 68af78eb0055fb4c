"""Turning spaCy Docs into Dyad's records, and the speed settings of the pipeline.

``doc_to_sentences`` reads the Doc as arrays; these tests hold it to the
obvious reading through spaCy's own Token objects, on a hand-built Doc (no
model) and on a seed article through the shipped pipeline.
"""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc

from conftest import seed
from dyad.nlp.pipeline import doc_to_sentences, load_nlp
from dyad.nlp.repair import repair
from dyad.types import EntitySpan, Sentence, Token


def through_tokens(doc, doc_id: str) -> tuple[Sentence, ...]:
    """The same records, read token by token with spaCy's API (slow, obvious)."""
    out = []
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        index_of = {t.i: n for n, t in enumerate(kept)}
        base = kept[0].idx
        tokens = tuple(Token(n, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, index_of.get(t.head.i, n),
                             t.ent_type_, t.idx - base, str(t.morph)) for n, t in enumerate(kept))
        ents = tuple(EntitySpan(e.label_, index_of[e.start], index_of[e.end - 1] + 1, e.text)
                     for e in doc.ents if e.start >= sent.start and e.end <= sent.end
                     and e.start in index_of and e.end - 1 in index_of)
        text = doc.text[base:kept[-1].idx + len(kept[-1].text)]
        out.append(repair(Sentence(doc_id, len(out), text, tokens, ents, base)))
    return tuple(out)


def hand_built_doc() -> Doc:
    """Two sentences, whitespace tokens inside and between them, an entity, a "_" word."""
    vocab = spacy.blank("en").vocab
    words = ["Iran", "_", "signed", "\n\n", "it", ".", "  ", "Russia", "agreed", "."]
    spaces = [True, True, False, False, False, True, False, True, False, False]
    return Doc(vocab, words=words, spaces=spaces,
               lemmas=["Iran", "_", "sign", "\n\n", "it", ".", "  ", "Russia", "agree", "."],
               pos=["PROPN", "PUNCT", "VERB", "SPACE", "PRON", "PUNCT", "SPACE", "PROPN", "VERB", "PUNCT"],
               tags=["NNP", "NFP", "VBD", "_SP", "PRP", "."] + ["_SP", "NNP", "VBD", "."],
               morphs=["Number=Sing", "", "Tense=Past", "", "Case=Acc", "", "", "Number=Sing", "Tense=Past", ""],
               heads=[2, 2, 2, 2, 2, 2, 5, 8, 8, 8],
               deps=["nsubj", "punct", "ROOT", "dep", "obj", "punct", "dep", "nsubj", "ROOT", "punct"],
               sent_starts=[True, False, False, False, False, False, False, True, False, False],
               ents=["B-LOC", "O", "O", "O", "O", "O", "O", "B-LOC", "O", "O"])


def test_hand_built_doc_reads_as_through_spacy_tokens():
    doc = hand_built_doc()
    got = doc_to_sentences(doc, "d")
    assert got == through_tokens(doc, "d")
    first, second = got
    assert [t.text for t in first.tokens] == ["Iran", "_", "signed", "it", "."]
    assert first.tokens[1].lemma == "_" and first.tokens[1].morph == ""  # "_" is a word, not "empty"
    assert first.tokens[0].morph == "Number=Sing"
    assert [t.head for t in first.tokens] == [2, 2, 2, 2, 2]
    assert first.text == "Iran _ signed\n\nit." and first.start_char == 0
    assert second.text == "Russia agreed." and second.start_char == doc[7].idx
    assert second.entities == (EntitySpan("LOC", 0, 1, "Russia"),)
    assert second.tokens[1].idx == len("Russia ")


def test_an_empty_doc_has_no_sentences():
    assert doc_to_sentences(spacy.blank("en")(""), "d") == ()


def test_seed_article_reads_as_through_spacy_tokens(resources):
    text = seed("003").read_text(encoding="utf-8")
    doc = resources.nlp(text)
    got = doc_to_sentences(doc, "003")
    assert len(got) > 10
    assert got == through_tokens(doc, "003")


def test_matrix_library_does_not_change_the_parse(resources):
    """numpy's BLAS (the default) and blis give the same trees, tags and entities."""
    default_ops = resources.nlp.get_pipe("tok2vec").model.ops
    assert default_ops.use_blis is False
    with_blis = load_nlp(blis=True)
    assert with_blis.get_pipe("tok2vec").model.ops.use_blis is True
    text = seed("000").read_text(encoding="utf-8")
    assert doc_to_sentences(with_blis(text), "000") == doc_to_sentences(resources.nlp(text), "000")


def test_loading_resources_spares_the_cycle_collector(resources):
    assert gc.get_threshold()[0] >= 20_000


def _blas_threads(code: str, **env_vars: str) -> int:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    env.update(env_vars)
    probe = code + ("\nfrom threadpoolctl import threadpool_info\nimport json\n"
                    "print(json.dumps(max(p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas')))")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_one_blas_thread_whether_dyad_or_numpy_comes_first():
    assert _blas_threads("import dyad, numpy") == 1
    # numpy first: OpenBLAS has started its pool; load_nlp's run-time limit applies
    assert _blas_threads("import numpy\nfrom dyad.nlp.pipeline import _limit_blas_threads\n"
                         "_limit_blas_threads(1)") == 1
    # a count the user chose is kept
    assert _blas_threads("import numpy\nfrom dyad.nlp.pipeline import _limit_blas_threads\n"
                         "_limit_blas_threads(1)", OPENBLAS_NUM_THREADS="2") == 2


def test_a_doc_without_sentence_boundaries_is_spacys_own_error():
    import pytest

    doc = spacy.blank("en")("Iran signed it.")
    with pytest.raises(ValueError, match="E030"):
        doc_to_sentences(doc, "d")
