"""Place mentions in a parsed sentence: spotted, looked up, disambiguated.

A mention is a run of capitalised tokens (with joiners such as "of" or "al-") that the
gazetteer knows, longest first: "Strait of Hormuz", "St. Petersburg", "Astra Khan"
(Astrakhan, by its spelling without spaces). Runs that match nothing are tried with a
small edit distance when they sit in a locative phrase ("in Tehrn"). Demonyms ("Iranian")
and capitalised words that are never places ("Navy", "Thursday") are not mentions.

Each mention's place is the best-scoring candidate: its kind and size (a capital over a
village of the same name), how the name matched, and the context — a country or state
written next to it ("Kokomo, Ind.", "Russia's ... Airport"), the countries named in the
sentence, the article's dateline and actors. A mention whose best score is too low keeps
``place=None`` and says why: no place rather than a guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..types import Record, Sentence
from .gazetteer import Candidate, Gazetteer, Place, admin_base
from .names import normalize
from .sources import data_path, read_qualifiers, rows

MAX_SPAN = 6  # tokens in one place name
MIN_SCORE = 3.0  # below this the best candidate is a guess, and is not taken
MIN_FUZZY_SCORE = 6.0
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


class Words(dict):
    """The word lists of ``places/data/words.tsv``: list name -> its words, a list the file
    lacks being empty. (A dict, so that the rules' many ``words[name]`` are one C call.)"""

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()

    @property
    def lists(self) -> dict:
        return self


# The lists of places/data/words.tsv that the place and date rules (and the coder's and actors' rules
# that ask where) read: one missing or misspelt would silently switch its rule off.
LISTS = ("locative", "venue", "on_parties", "motion", "object_place", "facility", "admin", "settlement",
         "generic", "joiners", "breakers", "not_places", "topics", "topic_nouns", "times", "dated_events")


@lru_cache(maxsize=3)  # the places', the actors' and the coder's files
def load_words(path: str | None = None) -> Words:
    """The word lists of ``path``; without one, the places' own file, checked (``LISTS``)."""
    if path is None:
        return load_checked_words(str(data_path("words.tsv")), LISTS, "the place and date rules")
    lists: dict[str, set[str]] = {}
    for _, cols in rows(Path(path), 2):
        lists.setdefault(cols[0], set()).update(w.strip() for w in cols[1].split("|") if w.strip())
    return Words({k: frozenset(v) for k, v in lists.items()})


def load_checked_words(path: str, lists: tuple[str, ...], reader: str) -> Words:
    """The word lists of ``path``, which must have each of ``lists`` (those ``reader`` reads) and no
    other: a list missing from the file (or misspelt there) would silently switch its rule off."""
    words = load_words(path)
    missing = [name for name in lists if not words[name]]
    unknown = sorted(words.lists.keys() - set(lists))
    if missing or unknown:
        problems = [f"no {name!r} list" for name in missing] + [f"unknown list {name!r}" for name in unknown]
        raise DataError(f"{path}: {'; '.join(problems)} ({reader} reads {', '.join(lists)})")
    return words


@lru_cache(maxsize=1)
def load_qualifiers() -> dict[str, tuple[str, str]]:
    """Abbreviation key (see ``_qualifier_key``) -> (division name, country ISO3)."""
    return {_qualifier_key(k): v for k, v in read_qualifiers(data_path("qualifiers.tsv")).items()}


def _qualifier_key(text: str) -> str:
    """ "Calif." / "CALIF" / "W. Va." -> "calif" / "calif" / "wva": wire copy varies case and dots."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Country adjectives and peoples ("Iranian", "Russians"): never places."""
    from ..actors.lexicon import read_entries

    return frozenset(normalize(e.phrase) for e in read_entries() if e.kind in ("adjective", "people"))


@dataclass(frozen=True)
class PlaceContext:
    """What the article says about where things are, for choosing among namesakes."""

    dateline_country: str | None = None
    countries: tuple[str, ...] = ()  # the actors' countries and the places seen so far


@dataclass(frozen=True)
class PlaceMention(Record):
    start: int  # token span in the sentence
    end: int
    text: str
    place: Place | None
    score: float
    reason: str
    hint: str = ""  # what a word beside the name says: admin / settlement / facility / generic
    qualifier: str | None = None  # country (ISO3) written beside it: "Tehran, Iran", "Russia's"


@dataclass
class _Span:
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    hint: str = ""
    qualifier_country: str | None = None
    qualifier_admin1: str | None = None
    fuzzy: bool = False
    extra: list = field(default_factory=list)


def find_places(sentence: Sentence, gazetteer: Gazetteer, *, context: PlaceContext = PlaceContext(),
                words: Words | None = None, fuzzy_tokens: frozenset[int] | None = None
                ) -> tuple[PlaceMention, ...]:
    """Every place mention of the sentence, resolved (or left unresolved with the reason).

    ``fuzzy_tokens``: token indices where names that match nothing may be fuzzy-matched
    (default: none); where_when passes the tokens of locative phrases.
    """
    words = words or load_words()
    spans = _spot(sentence, gazetteer, words, fuzzy_tokens or frozenset())
    named = tuple(c.place.country for s in spans for c in s.candidates
                  if c.place.kind == "country" and c.match in ("name", "alternate") and len(s.candidates) <= 2)
    out = []
    for span in spans:
        place, score, reason = choose(span, context, named)
        out.append(PlaceMention(span.start, span.end, span.text, place, round(score, 2), reason, span.hint,
                                span.qualifier_country))
    return tuple(out)


def resolve_name(text: str, gazetteer: Gazetteer, *, context: PlaceContext = PlaceContext(),
                 kinds: tuple[str, ...] = ("city", "admin1", "country", "feature"),
                 min_fuzzy: float = MIN_FUZZY_SCORE) -> PlaceMention:
    """One name written on its own (a dateline's "PORTLAND, Ore."), resolved.

    Fallbacks, in order, each saying so in the reason: a misspelling ("MAIMI"); the name
    without a leading direction ("WEST BERLIN" -> Berlin); the state or country written
    after the comma ("VALLEY FORGE, Pa." -> Pennsylvania).
    """
    name, _, qualifier = text.partition(",")
    name = name.strip()
    found = qualifier_of(qualifier.strip(), gazetteer) if qualifier.strip() else None
    attempts = [(name, "", gazetteer.lookup)]
    words = name.split()
    if len(words) > 1 and normalize(words[0]) in DIRECTIONS:
        attempts.append((" ".join(words[1:]), f"without '{words[0]}': ", gazetteer.lookup))
    attempts.append((name, "", gazetteer.fuzzy))
    for form, note, lookup in attempts:
        cands = tuple(c for c in lookup(form) if c.place.kind in kinds)
        if not cands:
            continue
        span = _Span(0, 0, form, cands)
        if found:
            span.qualifier_country, span.qualifier_admin1 = found
        place, value, reason = choose(span, context, min_fuzzy=min_fuzzy)
        if place is not None:
            return PlaceMention(0, 0, text, place, round(value, 2), note + reason, "", span.qualifier_country)
    return _qualifier_only(text, name, found, gazetteer)


def _qualifier_only(text: str, name: str, found, gazetteer: Gazetteer) -> PlaceMention:
    """ "VALLEY FORGE, Pa.": a place the gazetteer lacks, in a division or country it knows."""
    if found:
        country, division = found
        place = gazetteer.admin1(country, division) if division else gazetteer.country(country)
        if place is not None:
            return PlaceMention(0, 0, text, place, 0.0, f"'{name}' is not in the gazetteer; located by "
                                f"'{division or country}' written after it", "", country)
    return PlaceMention(0, 0, text, None, 0.0, f"'{name}' is not in the gazetteer")


# --- spotting ---------------------------------------------------------------------------

_NOT_NAME_POS = frozenset({"PUNCT", "SYM", "NUM", "PRON", "DET", "ADP", "CCONJ", "AUX"})


def _is_name_token(tok, first: bool, words: Words) -> bool:
    text = tok.text
    if not text[:1].isupper() or tok.pos in _NOT_NAME_POS:
        return False
    if first and tok.pos != "PROPN":
        return False
    return normalize(text) not in words["breakers"]


def _runs(sentence: Sentence, words: Words) -> list[tuple[int, int]]:
    """Maximal runs of name tokens, joined by lower-case joiners ("Strait of Hormuz")."""
    toks, runs, i, n = sentence.tokens, [], 0, len(sentence.tokens)
    while i < n:
        # (most words are not capitalised: the cheap half of _is_name_token first)
        if not toks[i].text[:1].isupper() or not _is_name_token(toks[i], i == 0, words):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_name_token(toks[j], False, words) or toks[j].text in ("-", "."):
                j += 1
            elif (toks[j].text.lower() in words["joiners"] and j + 1 < n
                  and _is_name_token(toks[j + 1], False, words)):
                j += 2
            else:
                break
        while j > i and toks[j - 1].text in ("-", "."):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _spot(sentence: Sentence, gazetteer: Gazetteer, words: Words, fuzzy_tokens: frozenset[int]) -> list[_Span]:
    spans: list[_Span] = []
    for start, end in _runs(sentence, words):
        i = start
        while i < end:
            if not _is_name_token(sentence.tokens[i], False, words):
                i += 1  # a joiner inside the run ("of", "and") starts no name
                continue
            span = _longest(sentence, gazetteer, words, i, end)
            if span is None:
                if i in fuzzy_tokens:
                    span = _fuzzy(sentence, gazetteer, words, i, end)
                if span is None:
                    i += 1
                    continue
            _annotate(sentence, span, words, gazetteer)
            spans.append(span)
            i = span.end
    return [s for s in spans if s.candidates]


def _text(sentence: Sentence, i: int, j: int) -> str:
    return sentence.span_text(i, j)


def _longest(sentence, gazetteer, words, i: int, end: int) -> _Span | None:
    toks = sentence.tokens
    for j in range(min(end, i + MAX_SPAN), i, -1):
        if toks[j - 1].text.lower() in words["joiners"]:
            continue
        text = _text(sentence, i, j)
        norm = normalize(text)
        if j - i == 1 and (norm in words["not_places"] or norm in words["facility"] or norm in demonyms()
                           or len(norm) < 2):
            continue
        cands = gazetteer.lookup(text)
        if cands:
            return _Span(i, j, text, cands)
    return None


FUZZY_SKIP_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP"})


def _fuzzy(sentence, gazetteer, words, i: int, end: int) -> _Span | None:
    """One misspelt name: the whole run, or its first token.

    Not tried for acronyms, words that are never places, and tokens the entity recogniser
    calls a person or organisation: those are unknown names, not misspelt places.
    """
    toks = sentence.tokens
    for j in dict.fromkeys((end, i + 1)):
        text = _text(sentence, i, j)
        norm = normalize(text)
        if (norm in demonyms() or text.isupper() or any(toks[k].ent in FUZZY_SKIP_LABELS for k in range(i, j))
                or any(w in words["not_places"] or w in words["breakers"] for w in norm.split())):
            continue
        cands = gazetteer.fuzzy(text)
        if cands:
            return _Span(i, j, text, cands, fuzzy=True)
    return None


def _annotate(sentence: Sentence, span: _Span, words: Words, gazetteer: Gazetteer) -> None:
    """The words around a name: "Idlib province", "Kokomo, Ind.", "Russia's Astra Khan"."""
    toks, n = sentence.tokens, len(sentence.tokens)
    nxt = toks[span.end].text.lower() if span.end < n else ""
    two = f"{nxt} {toks[span.end + 1].text.lower()}" if span.end + 1 < n else nxt
    # "the province of Gilan", "the city of Rasht": the word before "of" says the same (held-out
    # seed 2070 took the Caspian province of Gilan for Gjilan, Kosovo)
    before = toks[span.start - 2].text.lower() if span.start >= 2 and toks[span.start - 1].text == "of" else ""
    for hint in ("admin", "settlement", "facility", "generic"):
        if nxt in words[hint] or two in words[hint] or hint in ("admin", "settlement") and before in words[hint]:
            span.hint = hint
            break
    if span.start >= 2 and toks[span.start - 1].text in POSSESSIVE:
        owner = gazetteer.lookup(_text(sentence, span.start - 2, span.start - 1))
        countries = {c.place.country for c in owner if c.place.kind == "country"}
        if len(countries) == 1:
            span.qualifier_country = countries.pop()
    if span.end + 1 < n and toks[span.end].text == ",":
        _qualify(sentence, span, gazetteer)


def _qualify(sentence: Sentence, span: _Span, gazetteer: Gazetteer) -> None:
    """ "Tehran, Iran", "Portland, Ore.": the words after the comma name a country or state."""
    toks = sentence.tokens
    for k in (3, 2, 1):
        j = span.end + 1 + k
        if j > len(toks):
            continue
        text = _text(sentence, span.end + 1, j)
        if not text[:1].isupper():
            continue
        qualifier = qualifier_of(text, gazetteer)
        if qualifier:
            span.qualifier_country, span.qualifier_admin1 = qualifier
            return


def qualifier_of(text: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """(country ISO3, division name or None) that ``text`` names, as a qualifier after a comma."""
    abbreviations = load_qualifiers()
    key = text.strip()
    if _qualifier_key(key) in abbreviations:
        division, country = abbreviations[_qualifier_key(key)]
        return country, division
    cands = gazetteer.lookup(key)
    for kind in ("country", "admin1"):
        hits = [c.place for c in cands if c.place.kind == kind and c.match in ("name", "alternate")]
        if hits:
            best = max(hits, key=lambda p: p.population)
            return best.country, best.name if kind == "admin1" else None
    return None


# --- choosing among candidates ----------------------------------------------------------

CONTEXT_BONUS = 2.0  # the place's country is an actor's, or named elsewhere in the article
DATELINE_BONUS = 1.5
MISMATCH = 10.0  # a place in another country or state than the one written beside the name
# A country's name almost always means the country ("exports to Iraq" is not Arak, whose old
# name it also is): its prior beats any city's population and context bonus.
KIND_PRIOR = {"country": 9.0, "feature": 5.0, "admin1": 2.0, "city": 0.0}
MATCH_PENALTY = {"name": 0.0, "alternate": 1.0, "spacing": 0.7, "fuzzy": 1.5}
DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "greater", "new"})


def score(c: Candidate, span: _Span, context: PlaceContext, named: tuple[str, ...]) -> tuple[float, list[str]]:
    """How likely ``span`` names ``c.place``, with the reasons that count."""
    p = c.place
    notes = []
    s = KIND_PRIOR[p.kind] - MATCH_PENALTY[c.match] * max(1, c.distance)
    if p.kind == "city":
        # A capital counts as one by its own name: Amman is not "Philadelphia" to a reader.
        s += math.log10(p.population + 1) + (1.5 if p.feature_code == "PPLC" and c.match != "alternate" else 0.0)
    elif p.kind == "admin1":
        s += 0.3 * math.log10(p.population + 1) + (4.0 if span.hint == "admin" else -1.0)
    if span.hint == "settlement" and p.kind == "city":
        s += 1.0
    around = (set(p.around) | {p.country}) - {None}
    if span.qualifier_country:
        if span.qualifier_country in around:
            s += 5.0
            notes.append(f"{span.qualifier_country} written beside it")
        else:
            s -= MISMATCH
    if span.qualifier_admin1 and p.admin1:
        if normalize(p.admin1) in (normalize(span.qualifier_admin1), admin_base(span.qualifier_admin1)):
            s += 5.0
            notes.append(f"in {p.admin1}")
        else:
            s -= MISMATCH
    if p.kind != "country":
        if context.dateline_country and context.dateline_country in around:
            s += DATELINE_BONUS
            notes.append("dateline country")
        shared = around & (set(context.countries) | set(named))
        if shared:
            s += CONTEXT_BONUS
            notes.append("country named in the article: " + ",".join(sorted(x for x in shared if x)))
    return s, notes


def choose(span: _Span, context: PlaceContext, named: tuple[str, ...] = (), *,
           min_fuzzy: float = MIN_FUZZY_SCORE) -> tuple[Place | None, float, str]:
    """The best candidate of a span, its score and a reason a person can read."""
    scored = sorted(((score(c, span, context, named), c) for c in span.candidates),
                    key=lambda sc: -sc[0][0])
    (best_score, notes), best = scored[0]
    if best.place.kind == "country":  # a city-state: "Singapore" is the city, in the country
        capital = next((c for _, c in scored if c.place.kind == "city" and c.match == "name"
                        and c.place.feature_code == "PPLC" and c.place.country == best.place.country), None)
        if capital is not None:
            best, notes = capital, notes + ["a capital named as its country"]
    p = best.place
    what = f"{p.name} ({p.country or '-'}, {p.kind}{', pop ' + str(p.population) if p.kind == 'city' else ''})"
    how = {"name": "name", "alternate": "alternate name", "spacing": "same letters, other spacing",
           "fuzzy": f"misspelling, {best.distance} edit(s)"}[best.match]
    rivals = len(scored) - 1
    reason = f"'{span.text}' -> {what}: {how}" + ("; " + "; ".join(notes) if notes else "")
    if rivals:
        reason += f"; over {rivals} namesake(s)"
    floor = min_fuzzy if best.match == "fuzzy" else MIN_SCORE
    if best_score < floor:
        return None, best_score, f"'{span.text}': best candidate {what} scores {best_score:.1f} < {floor}: not taken"
    return p, best_score, reason
