"""Discard phrases: sentences (or whole stories) that are not coded.

Dyad's own list (``coder/data/discards.tsv``: sports results, film awards, weather,
obituaries) is loaded by default; user dictionaries add theirs. A PETRARCH discard list names phrases such as "basebal" (sports stories) or
"+typhoon" (a story-level discard, with a leading ``+``). A sentence holding a
sentence-level phrase is not coded; an article holding a story-level phrase
anywhere is not coded at all. Either way the sentence is reported in the
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
from pathlib import Path

from ..actors.lexicon import phrase_tokens
from ..dictionaries.petrarch import DiscardEntry
from ..errors import DataError
from ..types import Removed, Sentence

TOPICS = ("sports", "entertainment", "weather", "obituary")
_COLUMNS = ("topic", "scope", "phrase")


@lru_cache(maxsize=2)
def builtin_discards(path: str | None = None) -> tuple[DiscardEntry, ...]:
    """Dyad's discard list (``coder/data/discards.tsv``, or ``path``), checked on load: a bad
    topic, scope or regular expression is a DataError naming the file and line."""
    source = Path(path) if path else Path(str(resources.files("dyad.coder").joinpath("data", "discards.tsv")))
    label = str(source) if path else "dyad/coder/data/discards.tsv"
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{label}: cannot read discards: {err}") from err
    entries, header = [], False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where, fields = f"{label}:{n}", [f.strip() for f in line.split("\t")]
        if not header:
            if tuple(fields) != _COLUMNS:
                raise DataError(f"{where}: expected header {' | '.join(_COLUMNS)}, got {line!r}")
            header = True
            continue
        entries.append(_entry(fields, where))
    return tuple(entries)


def _entry(fields: list[str], where: str) -> DiscardEntry:
    if len(fields) != len(_COLUMNS) or not fields[2]:
        raise DataError(f"{where}: expected topic, scope and phrase, tab-separated")
    topic, scope, phrase = fields
    if topic not in TOPICS:
        raise DataError(f"{where}: unknown topic {topic!r}; expected one of {', '.join(TOPICS)}")
    if scope not in ("sentence", "story"):
        raise DataError(f"{where}: unknown scope {scope!r}; expected sentence or story")
    if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
        try:
            re.compile(phrase[1:-1])
        except re.error as err:
            raise DataError(f"{where}: bad regular expression {phrase!r}: {err}") from err
        return DiscardEntry(phrase, scope, False, where, topic)
    return DiscardEntry(phrase.rstrip("*"), scope, phrase.endswith("*"), where, topic)


@dataclass(frozen=True)
class Discards:
    """Discard phrases indexed by their first word."""

    index: dict  # first word -> tuple[(words, stem, entry), ...]
    entries: tuple[DiscardEntry, ...] = ()
    patterns: tuple[tuple[re.Pattern, DiscardEntry], ...] = ()  # the "/regex/" entries

    @classmethod
    def of(cls, entries) -> "Discards":
        entries = tuple(entries)
        index: dict[str, list] = {}
        patterns = []
        for e in entries:
            if e.topic and len(e.phrase) > 2 and e.phrase.startswith("/") and e.phrase.endswith("/"):
                patterns.append((re.compile(e.phrase[1:-1]), e))
                continue
            words = phrase_tokens(e.phrase)
            if words:
                index.setdefault(words[0], []).append((words, e.stem, e))
        return cls({k: tuple(v) for k, v in index.items()}, entries, tuple(patterns))

    def find(self, sentence: Sentence, scope: str):
        """The first entry of ``scope`` ("sentence" or "story") whose phrase is in the sentence."""
        for pattern, entry in self.patterns:
            if entry.scope == scope and pattern.search(sentence.text):
                return entry
        words = [t.text.lower() for t in sentence.tokens]
        for i, w in enumerate(words):
            for phrase, stem, entry in self._candidates(w):
                if entry.scope == scope and _matches(words, i, phrase, stem):
                    return entry
        return None

    def _candidates(self, word: str):
        """Phrases starting with ``word``, and one-word stems that ``word`` extends ("basebal")."""
        found = list(self.index.get(word, ()))
        for k in range(1, len(word)):
            found += [c for c in self.index.get(word[:k], ()) if c[1] and len(c[0]) == 1]
        return found

    def removed(self, sentence: Sentence, scope: str) -> Removed | None:
        entry = self.find(sentence, scope)
        if entry is None:
            return None
        whose = f"{entry.topic}, {entry.where}" if entry.topic else f"user dictionary {entry.where}"
        return Removed(f"[{sentence.index}] {sentence.text}", f"{scope}-discard: {entry.phrase!r} ({whose})")


def _matches(words: list[str], i: int, phrase: tuple[str, ...], stem: bool) -> bool:
    n = len(phrase)
    if i + n > len(words) or tuple(words[i:i + n - 1]) != phrase[:-1]:
        return False
    last = words[i + n - 1]
    return last == phrase[-1] or (stem and last.startswith(phrase[-1]))
