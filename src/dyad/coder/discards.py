"""Discard phrases: sentences (or whole stories) that are not coded.

Dyad's own list (``coder/data/discards.tsv``: sports results, film awards, weather,
obituaries) is loaded by default; user dictionaries add theirs. A PETRARCH discard
list names phrases such as "basebal" (sports stories) or "+typhoon" (a story-level
discard, with a leading ``+``). A sentence holding a sentence-level phrase is not
coded; an article holding a story-level phrase anywhere is not coded at all. Either way the sentence is reported in the
article's ``dropped`` list with the phrase and the dictionary line.

Phrases match whole tokens, case-insensitively. A phrase written without
TABARI's trailing ``_`` is a stem: its last word also matches longer words
("basebal" matches "baseballs"), as the reader records (``DiscardEntry.stem``).
Dyad's list writes a stem with a trailing ``*`` and may give a regular expression
between slashes (a match score "3-0 (25-8, 25-7, 25-7)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import methodcaller, or_
from pathlib import Path
from typing import Sequence

from ..actors.lexicon import phrase_tokens
from ..dictionaries.petrarch import DiscardEntry
from ..errors import DataError
from ..ontology import read_path, rows
from ..types import Removed, Sentence

TOPICS = ("sports", "entertainment", "weather", "obituary")
_COLUMNS = ("topic", "scope", "phrase")


@lru_cache(maxsize=2)
def builtin_discards(path: str | None = None) -> tuple[DiscardEntry, ...]:
    """Dyad's discard list (``coder/data/discards.tsv``, or ``path``), checked on load: a bad
    topic, scope or regular expression is a DataError naming the file and line."""
    if path is None:
        label = "dyad/coder/data/discards.tsv"
        try:
            text = resources.files("dyad.coder").joinpath("data", "discards.tsv").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DataError(f"{label}: cannot read discards: {err}") from err
    else:
        label, text = read_path(Path(path))
    return tuple(_entry(fields, where) for where, fields in rows(label, text, _COLUMNS, required=2))


def _entry(fields: list[str], where: str) -> DiscardEntry:
    topic, scope, phrase = fields
    if not phrase:
        raise DataError(f"{where}: expected topic, scope and phrase, tab-separated")
    if topic not in TOPICS:
        raise DataError(f"{where}: unknown topic {topic!r}; expected one of {', '.join(TOPICS)}")
    if scope not in ("sentence", "story"):
        raise DataError(f"{where}: unknown scope {scope!r}; expected sentence or story")
    if _is_regex(phrase):
        try:
            re.compile(phrase[1:-1])
        except re.error as err:
            raise DataError(f"{where}: bad regular expression {phrase!r}: {err}") from err
        return DiscardEntry(phrase, scope, False, where, topic)
    return DiscardEntry(phrase.rstrip("*"), scope, phrase.endswith("*"), where, topic)


def _is_regex(phrase: str) -> bool:
    return len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/")


@dataclass(frozen=True)
class _Scope:
    """The phrases of one scope, laid out so that a sentence with none of them costs little:
    Dyad's list is checked on every sentence of every article."""

    index: dict  # first word -> tuple[(words, stem, entry), ...]
    stems: tuple[str, ...]  # one-word stems ("basebal"), for one str.startswith per word
    patterns: tuple[tuple[re.Pattern, DiscardEntry], ...]  # Dyad's "/regex/" entries


@dataclass(frozen=True)
class Discards:
    """Discard phrases by scope ("sentence", "story"), each indexed by its first word."""

    entries: tuple[DiscardEntry, ...]
    scopes: dict  # scope -> _Scope

    @classmethod
    def of(cls, entries) -> "Discards":
        entries = tuple(entries)
        scopes = {}
        for scope in {e.scope for e in entries}:
            index: dict[str, list] = {}
            patterns = []
            for e in entries:
                if e.scope != scope:
                    continue
                if e.topic and _is_regex(e.phrase):  # (a user's PETRARCH phrase is never a regex)
                    patterns.append((re.compile(e.phrase[1:-1]), e))
                elif words := phrase_tokens(e.phrase):
                    index.setdefault(words[0], []).append((words, e.stem, e))
            stems = tuple(k for k, v in index.items() if any(stem and len(w) == 1 for w, stem, _ in v))
            scopes[scope] = _Scope({k: tuple(v) for k, v in index.items()}, stems, tuple(patterns))
        return cls(entries, scopes)

    def find(self, sentence: Sentence, scope: str, words: Sequence[str] | None = None):
        """The first entry of ``scope`` ("sentence" or "story") whose phrase is in the sentence;
        ``words``: its tokens lower-cased, where the caller has them (``Graph.words``)."""
        at = self.scopes.get(scope)
        if at is None:
            return None
        for pattern, entry in at.patterns:
            if pattern.search(sentence.text):
                return entry
        if words is None:
            words = [t.text.lower() for t in sentence.tokens]
        # only the words some phrase starts with, or a stem begins, are looked at: found by C-level
        # maps over the words (this runs on every sentence, twice)
        starts = map(at.index.__contains__, words)
        # (a word begins with a stem only where the words hold it: one search of them all, for
        # the few sentences that do, before a startswith per word)
        if at.stems and any(map(_SEP.join(words).__contains__, at.stems)):
            starts = map(or_, starts, map(methodcaller("startswith", at.stems), words))
        for i in compress(range(len(words)), starts):
            for phrase, stem, entry in _candidates(at, words[i]):
                if _matches(words, i, phrase, stem):
                    return entry
        return None

    def removed(self, sentence: Sentence, scope: str, words: Sequence[str] | None = None) -> Removed | None:
        entry = self.find(sentence, scope, words)
        if entry is None:
            return None
        whose = f"{entry.topic}, {entry.where}" if entry.topic else f"user dictionary {entry.where}"
        return Removed(f"[{sentence.index}] {sentence.text}", f"{scope}-discard: {entry.phrase!r} ({whose})")


_SEP = "\x00"  # joins the words for the stems' search (a word that begins with a stem puts it in the join)


def _candidates(at: _Scope, word: str):
    """Phrases starting with ``word``, and one-word stems that ``word`` extends ("basebal")."""
    found = at.index.get(word, ())
    if not (at.stems and word.startswith(at.stems)):
        return found
    found = list(found)
    for k in range(1, len(word)):
        found += [c for c in at.index.get(word[:k], ()) if c[1] and len(c[0]) == 1]
    return found


def _matches(words: Sequence[str], i: int, phrase: tuple[str, ...], stem: bool) -> bool:
    n = len(phrase)
    if i + n > len(words) or tuple(words[i:i + n - 1]) != phrase[:-1]:
        return False
    last = words[i + n - 1]
    return last == phrase[-1] or (stem and last.startswith(phrase[-1]))
