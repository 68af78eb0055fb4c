"""The coder's word lists, ``coder/data/words.tsv`` (same format as the place rules' lists)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..places.resolve import Words, load_words


@lru_cache(maxsize=1)
def coder_words() -> Words:
    return load_words(str(resources.files("dyad.coder").joinpath("data", "words.tsv")))
