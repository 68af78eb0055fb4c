"""The records that pass between Dyad's stages.

    source -> Article -> Sentence (Tokens) -> ActorMention -> Event -> store

Every record is a frozen dataclass with a stable JSON form (``to_dict``):
field order is fixed, dates are ISO strings, tuples become lists.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_jsonable(value: Any) -> Any:
    """Plain JSON-compatible form of a record or value (recursively)."""
    if isinstance(value, Record):
        return {name: to_jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, Date):
        return value.isoformat()
    return value


class Record:
    """Mixin: stable dict / JSON form."""

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True)
class Removed(Record):
    """A piece of input dropped before coding, and why."""

    text: str
    reason: str  # e.g. "teaser-headline", "licence-footer", "agency-initials"


@dataclass(frozen=True)
class Dateline(Record):
    """ "TEHRAN –", "MOSCOW (Reuters) -", "PEKING, March 3 -" at the head of a story."""

    place: str  # as written, e.g. "TEHRAN"
    date_text: str | None = None
    agency: str | None = None
    end: int = 0  # character offset where the story proper starts


@dataclass(frozen=True)
class Duplicate(Record):
    """Another copy of an article's story, dropped so that it is coded once.

    Kept on the canonical (first-seen) article, so counts can say "reported by
    N outlets".
    """

    doc_id: str
    origin: str | None
    source: str | None
    similarity: float  # 1.0 for the same text; else estimated Jaccard of word 5-grams


@dataclass(frozen=True)
class Article(Record):
    doc_id: str
    text: str
    title: str | None = None
    date: Date | None = None  # publication date
    url: str | None = None
    source: str | None = None  # outlet
    origin: str | None = None  # where the input came from: file path (and line)
    removed: tuple[Removed, ...] = ()
    dateline: Dateline | None = None
    language: str | None = None  # ISO 639-1 code the article is read as, e.g. "en"
    author: str | None = None  # byline, as the page gives it
    site: str | None = None  # web host it was published on, e.g. "tehrantimes.com"
    duplicates: tuple[Duplicate, ...] = ()  # other copies of this story, dropped as duplicates


@dataclass(frozen=True)
class Token(Record):
    i: int  # index within the sentence
    text: str
    lemma: str
    pos: str  # UPOS
    tag: str  # PTB tag
    dep: str
    head: int  # index within the sentence; a root points to itself
    ent: str  # entity label or ""
    idx: int  # character offset within the sentence
    morph: str = ""


@dataclass(frozen=True)
class EntitySpan(Record):
    label: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str


@dataclass(frozen=True)
class Sentence(Record):
    doc_id: str
    index: int
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[EntitySpan, ...] = ()
    start_char: int = 0  # offset in the cleaned article text
    repairs: tuple[str, ...] = ()  # parse repairs applied (dyad.nlp.repair), e.g. "reporting-clause"

    def span_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        first, last = self.tokens[start], self.tokens[end - 1]
        return self.text[first.idx:last.idx + len(last.text)]


# CAMEO codes that stand alone, with no country: international, multinational and
# non-governmental organisations ("IGOUNO", "NGOHRIAMN")
NON_STATE = frozenset({"IGO", "IMG", "NGO"})
# The regions data/actors/countries.tsv codes as countries ("Europe", "the West", "Persian Gulf
# states"): a region is no state of its own (actors/defaults.py)
REGIONS = frozenset({"EUR", "WST", "PGS"})


@dataclass(frozen=True)
class Actor(Record):
    code: str  # CAMEO actor code: ISO alpha-3 country then sector codes, e.g. IRNMIL
    country: str | None  # ISO alpha-3, or an IGO code, or None when unknown
    sectors: tuple[str, ...]
    text: str  # the words in the article

    def in_country(self, country: str) -> "Actor":
        """The same role given a country it lacked: "officials" met in Russia are RUSGOV."""
        return Actor(country + "".join(self.sectors), country, self.sectors, self.text)


# Actor rules whose country is a guess from outside the phrase's words (actors/defaults.py): the
# dateline's or the outlet's (HOME_COUNTRY: nowhere in the text), the article's topic or the one
# state its sentence names.
HOME_COUNTRY = ("dateline-default", "outlet-default")
GUESSED_COUNTRY = HOME_COUNTRY + ("topic-country", "sentence-country")
_DEFAULTED = GUESSED_COUNTRY + ("outlet-title",)  # ActorMention.defaulted: a guess, or the outlet's title


@dataclass(frozen=True)
class ActorMention(Record):
    actor: Actor
    start: int  # token span in the sentence
    end: int
    head: int  # token index of the phrase's head
    rule: str  # which entry or rule coded it, e.g. "country-adjective:Iranian"
    name: str | None = None  # a person's name, for in-article memory

    @property
    def defaulted(self) -> bool:
        """The actor's country is a guess (``GUESSED_COUNTRY``), not named in its words."""
        for rule in _DEFAULTED:  # (a loop: any() over a generator costs twice as much, asked per mention)
            if rule in self.rule:
                return True
        return False


@dataclass(frozen=True)
class Location(Record):
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None  # country / admin1 / city / point
    reason: str = ""
    admin1: str | None = None  # first-level division's name, e.g. "Astrakhan Oblast"
    feature_class: str | None = None  # GeoNames class: A country/division, P populated place, H/T/L features


@dataclass(frozen=True)
class EventDate(Record):
    date: str | None  # ISO date, or YYYY-MM / YYYY for coarser precision
    precision: str | None  # day / month / year
    text: str | None  # the words it came from
    reason: str = ""


@dataclass(frozen=True)
class Explanation(Record):
    trigger: str  # the trigger words
    rule: str  # the pattern id that fired
    source_span: tuple[int, int] | None  # token span in the sentence
    target_span: tuple[int, int] | None
    source_rule: str = ""
    target_rule: str = ""
    trigger_span: tuple[int, int] | None = None  # token span of the trigger word(s)
    confidence_by: tuple[str, ...] = ()  # the features that moved ``Event.confidence`` most


@dataclass(frozen=True)
class Event(Record):
    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None
    source: Actor
    target: Actor | None
    cameo: str
    cameo_name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    negated: bool
    mode: str  # asserted / intended / hypothetical / historical / denied
    explanation: Explanation
    date_precision: str | None = None
    date_text: str | None = None
    location: Location | None = None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    reporter: Actor | None = None
    confidence: float | None = None  # estimated chance a reviewer calls it right (dyad.confidence)

    def recoded(self, **changes: Any) -> "Event":
        """The event with ``changes`` (an actor given a country, another code) and the id they give."""
        e = dataclasses.replace(self, **changes)
        return dataclasses.replace(e, event_id=event_id(e.doc_id, e.sentence_index, e.source.code,
                                                        e.target.code if e.target else None, e.cameo))


def event_id(doc_id: str, sentence_index: int, source: str, target: str | None, code: str) -> str:
    """Stable id of an event: a hash of (doc id, sentence index, source, target, code)."""
    key = "\x1f".join([doc_id, str(sentence_index), source, target or "", code])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class CodedArticle(Record):
    """An article after coding: its events, and what was dropped and why."""

    article: Article
    sentences: int
    events: tuple[Event, ...]
    dropped: tuple[Removed, ...] = field(default=())
