"""Load an English pipeline and turn its Docs into Dyad's plain records.

Only this package touches spaCy objects: each Doc is converted once into
frozen ``Sentence``/``Token`` records that the rest of Dyad works on.
"""

from __future__ import annotations

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


def load_nlp(name_or_path: str | Path | None = None, *, entity_rules: bool = True):
    """Load Dyad's shipped pipeline, or any installed spaCy pipeline by name or path.

    Dyad adds its tokenizer abbreviations and rule-based sentence splitter to
    whichever pipeline is loaded, and its gazetteer entity rules to its own.
    """
    import spacy

    from . import entities  # noqa: F401  (registers the component)

    target = name_or_path or default_model_path()
    if name_or_path is None and not (Path(target) / "meta.json").exists():
        raise ModelError(
            f"Dyad's English model is missing at {target}. Train it with "
            "`dyad model train --data ../shared/data/ud --out src/dyad/models/en_dyad`."
        )
    try:
        nlp = spacy.load(target)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {target!r}: {exc}") from exc
    _add_dyad_components(nlp, own_model=name_or_path is None, entity_rules=entity_rules)
    return nlp


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


_ATTRS = ("LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "IDX", "MORPH", "IS_SPACE")


def doc_to_sentences(doc, doc_id: str) -> tuple[Sentence, ...]:
    """Plain records for every sentence of a parsed Doc (whitespace tokens dropped).

    Reads the Doc as one integer array and maps string hashes once per Doc:
    per-token property access cost a tenth of the parser's time.
    """
    arr = doc.to_array(list(_ATTRS)).tolist()
    strings, words, text = doc.vocab.strings, [t.text for t in doc], doc.text
    name = _HashNames(strings)
    ent_spans = [(e.start, e.end, e.label_, e.text) for e in doc.ents]
    out: list[Sentence] = []
    for sent in doc.sents:
        kept = [i for i in range(sent.start, sent.end) if not arr[i][8]]
        if not kept:
            continue
        index_of = {i: n for n, i in enumerate(kept)}
        base, last = arr[kept[0]][6], kept[-1]
        tokens = tuple(
            Token(n, words[i], name(arr[i][0]), name(arr[i][1]), name(arr[i][2]), name(arr[i][3]),
                  index_of.get(i + _signed(arr[i][4]), n), name(arr[i][5]), arr[i][6] - base, name(arr[i][7]))
            for n, i in enumerate(kept)
        )
        ents = tuple(
            EntitySpan(label, index_of[start], index_of[end - 1] + 1, etext)
            for start, end, label, etext in ent_spans
            if start >= sent.start and end <= sent.end and start in index_of and end - 1 in index_of
        )
        out.append(repair(Sentence(doc_id, len(out), text[base:arr[last][6] + len(words[last])],
                                   tokens, ents, base)))
    return tuple(out)


def _signed(value: int) -> int:
    """HEAD is a relative offset that ``to_array`` returns as unsigned 64-bit."""
    return value - (1 << 64) if value >= (1 << 63) else value


class _HashNames:
    """String-store lookups, cached: a Doc repeats a few hundred distinct values."""

    def __init__(self, strings):
        self.strings, self.cache = strings, {0: ""}
        self.cache[strings.add("_")] = ""  # an empty morphology, as str(token.morph) gives it

    def __call__(self, key: int) -> str:
        try:
            return self.cache[key]
        except KeyError:
            value = self.cache[key] = self.strings[key]
            return value


def parse_articles(nlp, articles: Iterable[Article], *, batch_size: int = 32
                   ) -> Iterator[tuple[Article, tuple[Sentence, ...]]]:
    """Parse articles in batches; yield each with its sentences."""
    stream = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc_to_sentences(doc, article.doc_id)


def parse_text(nlp, text: str, doc_id: str = "text") -> tuple[Sentence, ...]:
    return doc_to_sentences(nlp(text), doc_id)
