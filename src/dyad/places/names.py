"""How place names are compared: one normal form for the index and for text.

``normalize`` folds case, accents, punctuation and the usual abbreviations
("St." -> "saint"), so "St. Petersburg" and "Saint-Pétersbourg" meet;
``squash`` drops the spaces as well, so "Astra Khan" meets "Astrakhan".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviations that news copy and gazetteers spell differently.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "mts": "mountains", "ft": "fort"}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'"})
_NON_WORD = re.compile(r"[^\w']+")


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Lower case, no accents, abbreviations spelled out, single spaces."""
    text = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = []
    for raw in re.split(r"\s+", text.strip()):
        for part in _NON_WORD.sub(" ", raw.lower()).split():
            part = part.replace("'", "")
            if not part:
                continue
            words.append(_ABBREVIATIONS.get(part, part))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def squash(norm: str) -> str:
    """The normal form without spaces: the index key."""
    return norm.replace(" ", "")


def is_code_like(name: str) -> bool:
    """Airport and ISO codes among GeoNames alternate names ("THR", "LED")."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def is_latin(name: str) -> bool:
    """True when every letter is Latin: only such names can occur in English copy."""
    for ch in name:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return True


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 when it exceeds ``limit``."""
    return Pattern(a).distance(b, limit)


class Pattern:
    """One word compared with many: Myers' bit-parallel edit distance (Hyyrö's formulation),
    one pass over the other word with a few integer operations per character."""

    __slots__ = ("word", "peq", "full", "last")

    def __init__(self, word: str):
        self.word = word
        self.peq: dict[str, int] = {}
        for i, ch in enumerate(word):
            self.peq[ch] = self.peq.get(ch, 0) | (1 << i)
        self.full = (1 << len(word)) - 1
        self.last = 1 << (len(word) - 1) if word else 0

    def distance(self, b: str, limit: int) -> int:
        """Levenshtein distance to ``b``, or limit + 1 when it exceeds ``limit``."""
        m = len(self.word)
        if abs(m - len(b)) > limit:
            return limit + 1
        if m == 0:
            return min(len(b), limit + 1)
        peq, full, last = self.peq, self.full, self.last
        pv, mv, score = full, 0, m
        for ch in b:
            eq = peq.get(ch, 0)
            xv = eq | mv
            xh = (((eq & pv) + pv) ^ pv) | eq
            ph = (mv | ~(xh | pv)) & full
            mh = pv & xh
            if ph & last:
                score += 1
            elif mh & last:
                score -= 1
            ph = ((ph << 1) | 1) & full
            pv = ((mh << 1) & full | ~(xv | ph)) & full
            mv = ph & xv
        return score if score <= limit else limit + 1
