"""Entity rules added after the statistical recogniser (the ``dyad_entities`` component).

The recogniser is trained on web text (EWT); news names countries, capitals
and organisations it has rarely seen, and the model is weakest on ORG. Rules:

* Dyad's actor lexicon: a lexicon phrase is an entity, and by default it
  replaces an overlapping model entity (``overwrite``): a known country the
  model called ORG becomes LOC, as UNER tags countries and cities.
* Name shapes (``data/entity_cues.txt``): a capitalised phrase ending in an
  organisation word ("J.M. Huber Corporation", "Google, Inc.") or headed by one
  with an "of" complement ("Association of Muslim Scholars") is an ORG; the
  model often stops short of the cue word or labels a place inside the name.
* One sense per text: other mentions of an ORG found in the same Doc are ORG.
* A person or place ends before a possessive "'s".
* Places written in lower case (``data/lowercase_places.txt``: countries,
  first-level divisions and cities of 100,000+ people that are not common
  words) are LOC where the model found nothing ("a trip to kerala").
* A person the model found right after "in", "at", "near" ... whose name is
  such a place is LOC ("the base in Miramar").
* Given names (``data/first_names.txt``: frequent first names of the US
  Census that are not common words nor places): one, capitalised, not
  starting a sentence and outside any entity, is a PER with the capitalised
  words after it ("ask Traci", "Gerald Nemec"); a two- or three-word ORG that
  starts with one and has no organisation cue word is a PER ("Debra
  Perlingiere").

Each rule was kept only if it raised entity F on the UNER English EWT *dev*
split (docs/model.md gives the figures); the test split is not used to tune.
"""

from __future__ import annotations

from functools import lru_cache

import numpy

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import DataError
from .datafiles import data_fields, data_text

# Lexicon kinds -> UNER labels (Dyad's model predicts PER, LOC, ORG).
LABELS = {"country": "LOC", "capital": "LOC", "seat": "ORG", "org": "ORG"}
# Cue kinds in entity_cues.txt (see that file for what each means).
CUE_KINDS = ("org-suffix", "org-legal", "org-head", "org-of")
# Words that may sit inside a name between capitalised words ("Bank of America",
# "Department of Housing and Urban Development", "Court of the District ...").
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "the", "de", "du", "la"})
_MAX_NAME = 10  # tokens; longer capitalised runs are headlines or signatures
# Words after which a name is where something is, not who ("in Miramar").
LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout"})


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


@lru_cache(maxsize=1)
def entity_cues() -> dict[str, frozenset[str]]:
    """Cue kind -> words (as written: "Inc." and "University" are compared by exact text)."""
    return read_entity_cues(data_text("entity_cues.txt"), "entity_cues.txt")


def read_entity_cues(text: str, where: str) -> dict[str, frozenset[str]]:
    """``KIND WORD`` lines; a bad line is an error naming ``where`` and the line."""
    cues: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
    for n, fields, line in data_fields(text):
        if len(fields) != 2 or fields[0] not in cues:
            raise DataError(f"{where}:{n}: expected 'KIND WORD' with KIND one of "
                            f"{', '.join(CUE_KINDS)}, got {line!r}")
        cues[fields[0]].add(fields[1])
    return {kind: frozenset(words) for kind, words in cues.items()}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names read as people (see scripts/first_names.py)."""
    return read_name_list(data_text("first_names.txt"), "first_names.txt", lower=False)


@lru_cache(maxsize=1)
def lowercase_places() -> frozenset[str]:
    """Place names accepted in lower case (see scripts/lowercase_places.py)."""
    return read_name_list(data_text("lowercase_places.txt"), "lowercase_places.txt", lower=True)


def read_name_list(text: str, where: str, *, lower: bool) -> frozenset[str]:
    """One name per line, of letters only: lower-case words (``lower``), else one capitalised
    word. A bad line is an error naming ``where`` and the line: a stray entry would silently
    make a common word an entity."""
    names = set()
    for n, fields, line in data_fields(text):
        name = " ".join(fields)
        good = (all(f.isalpha() and f.islower() for f in fields) if lower
                else len(fields) == 1 and name.isalpha() and name[:1].isupper())
        if not good:
            shape = "lower-case words" if lower else "one capitalised word"
            raise DataError(f"{where}:{n}: expected a name of {shape}, got {line!r}")
        names.add(name)
    return frozenset(names)


def _is_name_word(token) -> bool:
    """A word that can be part of a proper name: capitalised or an acronym, not punctuation."""
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not token.is_punct


class EntityRules:
    def __init__(self, nlp: Language, overwrite: bool = True):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list] = {}
        for label, phrase in _phrases():
            by_label.setdefault(label, []).append(nlp.make_doc(phrase))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)
        self.places = frozenset(p for label, p in _phrases() if label == "LOC")  # never renamed ORG
        self.cues = entity_cues()
        self.cue_words = frozenset().union(*self.cues.values())
        self.overwrite = overwrite
        self.lower_places = lowercase_places()
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lower_matcher.add("LOC", [nlp.make_doc(name) for name in sorted(self.lower_places)])
        # a given name that is also a place the rules know ("Jordan", "Austin") is left to them
        self.first_names = frozenset(n for n in first_names()
                                     if n not in self.places and n.lower() not in self.lower_places)
        # words looked for in every Doc, as string hashes: numpy finds them without a Token per word
        self.cue_hashes = _hashes(nlp.vocab.strings, self.cue_words)
        self.first_name_hashes = _hashes(nlp.vocab.strings, self.first_names)
        # Order matters: the gazetteer sees the cue names (a longer name wins over a lexicon
        # word inside it, "Washington Post"), and propagation sees every ORG found so far.
        self.steps = (_strip_possessive, self._cue_names, self._gazetteer, _propagate,
                      self._given_names, self._split_merged, self._person_not_org, self._located_people,
                      self._lowercase)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        for step in self.steps:
            ents = step(doc, ents)
        doc.ents = ents
        return doc

    def _gazetteer(self, doc: Doc, ents: list[Span]) -> list[Span]:
        found = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        found = [s for s in found if not _inside_longer_name(s) and not _shouted_word(s)]
        if not found:
            return ents
        if self.overwrite:
            return filter_spans(found + ents)
        return _fill_gaps(ents, found)

    def _given_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A given name outside any entity, not first in its sentence, is a PER with the
        capitalised words after it (at most two: "Gerald Nemec", "Mary Ann Smith")."""
        taken = _covered(ents)
        new, after = [], 0
        for i in _positions(doc, self.first_name_hashes):
            if i < after or i in taken or doc[i].is_sent_start:
                continue
            end = i + 1
            while (end < len(doc) and end - i < 3 and end not in taken and not doc[end].is_sent_start
                   and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_upper):
                end += 1
            new.append(Span(doc, i, end, label="PER"))
            after = end
        return sorted(ents + new, key=lambda s: s.start) if new else ents

    def _split_merged(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Names run together in a list or signature ("Doug Sewell Jeffrey Synder", "Phillip
        Phillip") are split where a word repeats or a given name follows a surname; the parts
        that start with a given name are people."""
        out = []
        for e in ents:
            if e.label_ not in ("PER", "ORG") or len(e) < 2 or not all(_is_name_word(t) for t in e) \
                    or any(t.text in self.cue_words for t in e):
                out.append(e)
                continue
            cuts = [e.start] + [i for i in range(e.start + 1, e.end)
                                if doc[i].text == doc[i - 1].text
                                or (i - e.start >= 2 and doc[i].text in self.first_names
                                    and doc[i - 1].text not in self.first_names)] + [e.end]
            if len(cuts) == 2:
                out.append(e)
                continue
            for a, b in zip(cuts, cuts[1:]):
                label = "PER" if doc[a].text in self.first_names or e.label_ == "PER" else e.label_
                out.append(Span(doc, a, b, label=label))
        return out

    def _person_not_org(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A two- or three-word ORG of capitalised words that starts with a given name and has
        no organisation cue word is a person ("Debra Perlingiere")."""
        return [Span(doc, e.start, e.end, label="PER")
                if e.label_ == "ORG" and 2 <= len(e) <= 3 and e[0].text in self.first_names
                and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in e)
                and not any(t.text in self.cue_words for t in e) else e
                for e in ents]

    def _located_people(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A PER right after "in"/"at"/"near" ... that is a known place is LOC ("in Miramar")."""
        return [Span(doc, e.start, e.end, label="LOC")
                if e.label_ == "PER" and e.start > 0 and doc[e.start - 1].lower_ in LOCATIVE
                and e.text.lower() in self.lower_places else e
                for e in ents]

    def _lowercase(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Known places written all in lower case, where no entity is, are LOC."""
        found = [Span(doc, s, e, label="LOC") for _, s, e in self.lower_matcher(doc)]
        return _fill_gaps(ents, [s for s in filter_spans(found) if s.text.islower()])

    def _cue_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ORG spans from organisation cue words; they replace entities they contain."""
        spans = []
        for i in _positions(doc, self.cue_hashes):
            span = self._cue_span(doc, i)
            if span is not None and span.text not in self.places:  # "West Bank" is a place
                spans.append(span)
        if not spans:
            return ents
        kept = []
        for span in filter_spans(spans):
            crossing = any(e.start < span.end and span.start < e.end and (e.start < span.start or e.end > span.end)
                           for e in ents)
            if not crossing:
                kept.append(span)
        inside = {i for s in kept for i in range(s.start, s.end)}
        return sorted([e for e in ents if e.start not in inside] + kept, key=lambda s: s.start)

    def _cue_span(self, doc: Doc, i: int) -> Span | None:
        """The name around cue word ``doc[i]``, or None when it is not part of a name."""
        cue = doc[i].text
        start = _name_start(doc, i)
        if cue in self.cues["org-legal"] and start == i and i >= 2 and doc[i - 1].text == ",":
            start = _name_start(doc, i - 2)  # "Google, Inc." names the company with its legal form
            start = start if start < i - 1 else i
        end = i + 1
        if cue in self.cues["org-head"] or cue in self.cues["org-of"]:
            end = _of_complement_end(doc, i)
        if cue in self.cues["org-of"] and end == i + 1:
            return None  # "Great Service", "Oval Office": these heads name a body only with "of ..."
        if end - start < 2 or end - start > _MAX_NAME:
            return None  # "University" alone is a common noun ("this University is ...")
        return Span(doc, start, end, label="ORG")


def _hashes(strings, words) -> "numpy.ndarray":
    """The words' string hashes, sorted, as ``_positions`` searches them."""
    return numpy.array(sorted(strings.add(w) for w in words), dtype="uint64")


def _covered(ents: list[Span]) -> set[int]:
    """The tokens inside the entities found so far."""
    return {i for ent in ents for i in range(ent.start, ent.end)}


def _fill_gaps(ents: list[Span], found: list[Span]) -> list[Span]:
    """``ents`` with the spans of ``found`` (overlaps resolved) that touch none of them."""
    taken = _covered(ents)
    new = [s for s in filter_spans(found) if not any(i in taken for i in range(s.start, s.end))]
    return sorted(ents + new, key=lambda s: s.start) if new else ents


def _positions(doc: Doc, hashes: "numpy.ndarray") -> list[int]:
    """Indices of the Doc's tokens whose text is one of ``hashes`` (sorted): a binary search
    per token in C, cheaper than ``numpy.isin``'s sort on a few hundred tokens."""
    orths = doc.to_array("ORTH")
    if not len(orths) or not len(hashes):
        return []
    at = numpy.minimum(numpy.searchsorted(hashes, orths), len(hashes) - 1)
    return numpy.flatnonzero(hashes[at] == orths).tolist()


def _strip_possessive(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person or place ends before its possessive ("al-Sadr 's movement")."""
    out = []
    for ent in ents:
        if len(ent) > 1 and ent.label_ in ("PER", "LOC") and ent[-1].lower_ in ("'s", "\u2019s", "'"):
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label)
        out.append(ent)
    return out


def _propagate(doc: Doc, ents: list[Span]) -> list[Span]:
    """Other mentions of a recognised organisation in the same text get its label ("Google ...
    joined Google"). Only ORG: spreading PER and LOC spread the model's errors as much as its hits."""
    labels = ("ORG",)
    names: dict[str, dict[tuple[str, ...], str]] = {}
    for ent in ents:
        words = tuple(t.text for t in ent)
        if ent.label_ in labels and len(words) <= 4 and words[0][:1].isupper() and len(ent.text) > 1:
            names.setdefault(words[0], {})[words] = ent.label_
    if not names:
        return ents
    taken = _covered(ents)
    found = []
    for start in _positions(doc, _hashes(doc.vocab.strings, names)):
        for words, label in names[doc[start].text].items():
            end = start + len(words)
            if end <= len(doc) and tuple(t.text for t in doc[start:end]) == words \
                    and not any(i in taken for i in range(start, end)):
                found.append(Span(doc, start, end, label=label))
    return sorted(ents + filter_spans(found), key=lambda s: s.start)


def _name_start(doc: Doc, i: int) -> int:
    """First token of the capitalised run that ends at ``doc[i]`` (``i`` itself when none)."""
    start = i
    sent_start = _sentence(doc[i])[0]
    while start - 1 >= sent_start and _is_name_word(doc[start - 1]) and i - start < _MAX_NAME:
        start -= 1
    if start < i and doc[start].lower_ == "the":
        start += 1
    return start


def _of_complement_end(doc: Doc, i: int) -> int:
    """End of "<Head> of <Name ...>" ("Association of Muslim Scholars"), else ``i + 1``."""
    end = i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    j = end + 1
    last_name = None
    sent_end = _sentence(doc[i])[1]
    while j < sent_end and j - i <= _MAX_NAME:
        if _is_name_word(doc[j]) and len(doc[j]) > 1:  # not an initial starting the next name
            last_name = j
        elif doc[j].lower_ not in _NAME_JOINERS:
            break
        j += 1
    return last_name + 1 if last_name is not None else end


def _sentence(token) -> tuple[int, int]:
    """Start and end of the token's sentence; the whole Doc when nothing split it."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc)
    sent = token.sent
    return sent.start, sent.end


def _inside_longer_name(span: Span) -> bool:
    """A gazetteer hit that is part of a longer capitalised name ("Georgia Tech", "Mr. Jordan")."""
    doc = span.doc
    sent_start, sent_end = _sentence(doc[span.start])
    before = doc[span.start - 1] if span.start > sent_start else None
    after = doc[span.end] if span.end < sent_end else None
    return any(t is not None and _is_name_word(t) and not t.is_upper for t in (before, after))


def _shouted_word(span: Span) -> bool:
    """An all-capitals hit that is an ordinary word in shouted text ("SHE IS THE BEST", "WHO
    WANTS TO HELP"); "the US, EU and IAEA" keeps its US."""
    if len(span) != 1 or not span.text.isupper() or not span[0].is_stop:
        return False
    doc, i = span.doc, span.start
    neighbours = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours)


# overwrite: a lexicon phrase replaces the model's entity where they overlap (the lexicon is
# curated; on UNER dev this beat filling gaps only, see docs/model.md).
@Language.factory("dyad_entities", default_config={"overwrite": True})
def make_entity_rules(nlp: Language, name: str, overwrite: bool) -> EntityRules:
    return EntityRules(nlp, overwrite)
