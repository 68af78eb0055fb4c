"""Gazetteer entity rules added after the statistical recogniser.

The recogniser is trained on web text (EWT); news names countries, capitals
and organisations it has rarely seen. Dyad's own actor knowledge fills the
gaps: a phrase from the lexicon becomes an entity where the model found none.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

# Lexicon kinds -> UNER labels (Dyad's model predicts PER, LOC, ORG).
LABELS = {"country": "LOC", "capital": "LOC", "seat": "ORG", "org": "ORG"}


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, str], ...]:
    from ..actors.lexicon import read_entries

    out = set()
    for entry in read_entries():
        label = LABELS.get(entry.kind)
        if label is None:
            continue
        phrase = entry.phrase[4:] if entry.phrase.lower().startswith("the ") else entry.phrase
        if phrase[:1].isupper():  # lower-case forms are descriptions, not names
            out.add((label, phrase))
    return tuple(sorted(out))


class EntityRules:
    def __init__(self, nlp: Language, overwrite: bool = False):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list] = {}
        for label, phrase in _phrases():
            by_label.setdefault(label, []).append(nlp.make_doc(phrase))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        if not found:
            return doc
        if self.overwrite:
            doc.ents = filter_spans(found + list(doc.ents))
        else:
            taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
            new = [s for s in filter_spans(found) if not any(i in taken for i in range(s.start, s.end))]
            doc.ents = list(doc.ents) + new
        return doc


@Language.factory("dyad_entities", default_config={"overwrite": False})
def make_entity_rules(nlp: Language, name: str, overwrite: bool) -> EntityRules:
    return EntityRules(nlp, overwrite)
