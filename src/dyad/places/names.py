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
    """Levenshtein distance, or limit + 1 as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
