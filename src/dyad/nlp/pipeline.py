"""Load an English pipeline and turn its Docs into Dyad's plain records.

Only this package touches spaCy objects: each Doc is converted once into
frozen ``Sentence``/``Token`` records that the rest of Dyad works on.
"""

from __future__ import annotations

from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ModelError
from ..types import Article, EntitySpan, Sentence, Token
from . import sentences
from .repair import repair

DEFAULT_MODEL = "en_dyad"


def default_model_path() -> Path:
    return Path(str(resources.files("dyad").joinpath("models", DEFAULT_MODEL)))


def load_nlp(name_or_path: str | Path | None = None, *, entity_rules: bool = True,
             blis: bool = False, blas_threads: int | None = 1):
    """Load Dyad's shipped pipeline, or any installed spaCy pipeline by name or path.

    Dyad adds its tokenizer abbreviations and rule-based sentence splitter to
    whichever pipeline is loaded, and its gazetteer entity rules to its own.

    The pipeline's layers multiply matrices with numpy's BLAS (OpenBLAS in
    numpy's wheels) rather than thinc's default, the ``blis`` package: on the
    AMD EPYC machines Dyad is measured on, blis's wheel ran a 2,000 x 288 by
    288 x 288 product 3 times slower than OpenBLAS and the whole pipeline 1.5
    times slower (``docs/benchmarks.md``). ``blis=True`` restores thinc's
    default. The parser's own transition loop always uses blis.

    ``blas_threads``: at most that many BLAS threads for the whole process
    (``None`` leaves them alone). The pipeline's products are small: a second
    OpenBLAS thread doubled the CPU time of 300 Tehran Times articles (14.3 s
    for 8.0 s of wall time) and gained nothing over one (7.8 s / 7.8 s), and
    under Spark or several worker processes it takes cores from the others.
    Importing ``dyad`` before numpy already gives one thread (see
    ``dyad/__init__.py``); otherwise the limit is applied here, at run time.
    A count the user set in ``OPENBLAS_NUM_THREADS`` before importing Dyad is kept.
    """
    import spacy
    from thinc.api import use_ops

    from . import entities  # noqa: F401  (registers the component)

    target = name_or_path or default_model_path()
    if name_or_path is None and not (Path(target) / "meta.json").exists():
        raise ModelError(
            f"Dyad's English model is missing at {target}. Train it with "
            "`dyad model train --data ../shared/data/ud --out src/dyad/models/en_dyad`."
        )
    try:
        # Layers take the ops current when they are built, so the choice lasts.
        with use_ops("numpy", use_blis=blis):
            nlp = spacy.load(target)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {target!r}: {exc}") from exc
    if blas_threads is not None:
        _limit_blas_threads(blas_threads)
    _add_dyad_components(nlp, own_model=name_or_path is None, entity_rules=entity_rules)
    return nlp


def _limit_blas_threads(limit: int) -> None:
    """Lower the BLAS thread pools above ``limit``; leave those already within it alone
    (a run-time limit costs speed that a pool started with one thread does not), and leave
    them all alone when the user set ``OPENBLAS_NUM_THREADS`` before importing Dyad."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from .. import USER_BLAS_THREADS

    if USER_BLAS_THREADS is not None:
        return

    if any(pool.get("user_api") == "blas" and pool.get("num_threads", 1) > limit for pool in threadpool_info()):
        threadpool_limits(limits=limit, user_api="blas")


def _add_dyad_components(nlp, *, own_model: bool, entity_rules: bool) -> None:
    sentences.add_abbreviation_cases(nlp.tokenizer)
    for name in ("senter", "sentencizer"):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    first_user = next((n for n in ("parser", "ner", "morphologizer", "tagger") if n in nlp.pipe_names), None)
    if "dyad_sentences" not in nlp.pipe_names:
        if first_user and "parser" in nlp.pipe_names:
            nlp.add_pipe("dyad_sentences", before="parser")
        else:
            nlp.add_pipe("dyad_sentences", first=True)
    if own_model and entity_rules and "ner" in nlp.pipe_names and "dyad_entities" not in nlp.pipe_names:
        nlp.add_pipe("dyad_entities", after="ner")


# Token attributes that are strings in spaCy's store, and those that are numbers.
_STRING_ATTRS = ("ORTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "MORPH")
_NUMBER_ATTRS = ("HEAD", "IDX", "IS_SPACE", "SPACY", "SENT_START")


def doc_to_sentences(doc, doc_id: str) -> tuple[Sentence, ...]:
    """Plain records for every sentence of a parsed Doc (whitespace tokens dropped).

    Reads the Doc as arrays and looks each distinct string up once: per-token
    property access cost a tenth of the parser's time, and making spaCy Token
    objects (``doc.text``, ``doc.sents``) or a Python int per hash much of
    what was left.
    """
    text, lemma, pos, tag, dep, ent, morph = _string_columns(doc)
    head, idx, space, trailing, sent_start = zip(*_number_rows(doc)) if len(doc) else ((),) * 5
    full = "".join(w + " " if t else w for w, t in zip(text, trailing))
    ent_spans = [(e.start, e.end, e.label_, e.text) for e in doc.ents]
    out: list[Sentence] = []
    for start, end in _sentence_bounds(doc, sent_start):
        kept = [i for i in range(start, end) if not space[i]]
        if not kept:
            continue
        index_of = {i: n for n, i in enumerate(kept)}
        base, last = idx[kept[0]], kept[-1]
        tokens = tuple(
            _token(n, text[i], lemma[i], pos[i], tag[i], dep[i], index_of.get(i + head[i], n),
                   ent[i], idx[i] - base, morph[i])
            for n, i in enumerate(kept)
        )
        ents = tuple(
            EntitySpan(label, index_of[e_start], index_of[e_end - 1] + 1, etext)
            for e_start, e_end, label, etext in ent_spans
            if e_start >= start and e_end <= end and e_start in index_of and e_end - 1 in index_of
        )
        out.append(repair(Sentence(doc_id, len(out), full[base:idx[last] + len(text[last])],
                                   tokens, ents, base)))
    return tuple(out)


def _string_columns(doc) -> list[list[str]]:
    """One list of strings per ``_STRING_ATTRS`` attribute, each distinct hash looked up once.

    An empty morphology is "_" in the store and "" as ``str(token.morph)`` gives it.
    """
    import numpy

    strings, columns = doc.vocab.strings, []
    no_morph = strings.add("_")
    table = doc.to_array(list(_STRING_ATTRS))
    for j, attr in enumerate(_STRING_ATTRS):
        values, inverse = numpy.unique(table[:, j], return_inverse=True)
        names = [strings[key] if key and not (attr == "MORPH" and key == no_morph) else ""
                 for key in values.tolist()]
        columns.append(numpy.array(names, dtype=object)[inverse].tolist())
    return columns


def _number_rows(doc) -> list[list[int]]:
    """``_NUMBER_ATTRS`` per token; HEAD, an offset stored as unsigned, made signed."""
    return doc.to_array(list(_NUMBER_ATTRS)).astype("int64").tolist()


def _sentence_bounds(doc, sent_start) -> list[tuple[int, int]]:
    """(start, end) token offsets of the Doc's sentences, as ``doc.sents`` gives them."""
    # spaCy counts boundaries as set when any token but the first has a value (it marks the first
    # itself); with none, let it raise its own error, as doc.sents does
    if len(sent_start) > 1 and not any(sent_start[1:]):
        list(doc.sents)
    starts = [0] + [i for i in range(1, len(sent_start)) if sent_start[i] == 1]
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(sent_start)]) if s < e]


_TOKEN_FIELDS = tuple(f.name for f in fields(Token))


def _token(*values) -> Token:
    """A Token built without the frozen dataclass's ten ``object.__setattr__`` calls.

    A Doc's tokens are the most numerous records Dyad makes; the result is
    the same frozen record (``==``, hashing and ``to_dict`` unchanged).
    """
    token = object.__new__(Token)
    token.__dict__.update(zip(_TOKEN_FIELDS, values))
    return token


def parse_articles(nlp, articles: Iterable[Article], *, batch_size: int = 32
                   ) -> Iterator[tuple[Article, tuple[Sentence, ...]]]:
    """Parse articles in batches; yield each with its sentences."""
    stream = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc_to_sentences(doc, article.doc_id)


def parse_text(nlp, text: str, doc_id: str = "text") -> tuple[Sentence, ...]:
    return doc_to_sentences(nlp(text), doc_id)
