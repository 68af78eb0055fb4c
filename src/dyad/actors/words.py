"""The actors' word lists, ``data/actors/words.tsv`` (same format as the place rules' lists).

Actor resolution is a stage before the coder, so it reads its own lists rather than the coder's:
the coder may read these (``venue_nouns``), never the other way round."""

from __future__ import annotations

from functools import lru_cache

from ..places.resolve import Words, load_checked_words
from .lexicon import data_dir

# The lists the actor rules read: one missing from the file (or misspelt there) would silently
# switch its rule off, so the file must have each of them, and no other.
LISTS = ("posted_abroad", "envoys_for", "deployed_abroad", "party_to", "ranks", "service_ranks", "foreign",
         "place_parts",
         "venue_nouns", "named_for_venue", "briefs", "brief_titles", "as_written", "named_after", "seas", "honorifics",
         "act_leaders", "led_acts", "traders", "strikes", "aliases", "relatives", "counts", "ethnicities", "based",
         "fled", "everywhere", "informing", "housed",
         "tongues", "sponsoring", "firm_words")


@lru_cache(maxsize=1)
def actor_words() -> Words:
    return read_actor_words(str(data_dir() / "words.tsv"))


def read_actor_words(path: str) -> Words:
    """The word lists of ``path``, checked: every list the actors read is there, and no unknown one."""
    return load_checked_words(path, LISTS, "actor resolution")
