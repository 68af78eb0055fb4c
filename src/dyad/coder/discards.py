"""Discard phrases from a user dictionary: sentences (or whole stories) that are not coded.

A PETRARCH discard list names phrases such as "basebal" (sports stories) or
"+typhoon" (a story-level discard, with a leading ``+``). A sentence holding a
sentence-level phrase is not coded; an article holding a story-level phrase
anywhere is not coded at all. Either way the sentence is reported in the
article's ``dropped`` list with the phrase and the dictionary line.

Phrases match whole tokens, case-insensitively. A phrase written without
TABARI's trailing ``_`` is a stem: its last word also matches longer words
("basebal" matches "baseballs"), as the reader records (``DiscardEntry.stem``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.lexicon import phrase_tokens
from ..types import Removed, Sentence


@dataclass(frozen=True)
class Discards:
    """Discard phrases indexed by their first word."""

    index: dict  # first word -> tuple[(words, stem, entry), ...]

    @classmethod
    def of(cls, entries) -> "Discards":
        index: dict[str, list] = {}
        for e in entries:
            words = phrase_tokens(e.phrase)
            if words:
                index.setdefault(words[0], []).append((words, e.stem, e))
        return cls({k: tuple(v) for k, v in index.items()})

    def find(self, sentence: Sentence, scope: str):
        """The first entry of ``scope`` ("sentence" or "story") whose phrase is in the sentence."""
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
        return Removed(f"[{sentence.index}] {sentence.text}",
                       f"{scope}-discard: {entry.phrase!r} (user dictionary {entry.where})")


def _matches(words: list[str], i: int, phrase: tuple[str, ...], stem: bool) -> bool:
    n = len(phrase)
    if i + n > len(words) or tuple(words[i:i + n - 1]) != phrase[:-1]:
        return False
    last = words[i + n - 1]
    return last == phrase[-1] or (stem and last.startswith(phrase[-1]))
