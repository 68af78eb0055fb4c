"""The coder's word lists, ``coder/data/words.tsv`` (same format as the place rules' lists)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..errors import DataError
from ..places.resolve import Words, load_words

# The lists the coder's rules read: one missing from the file (or misspelt there) would silently
# switch its rule off, so the file must have each of them, and no other.
LISTS = ("judged_for", "charge", "negative_verbs", "object_control", "idiom_objects", "crowds", "done", "unsure",
         "talk_nouns", "partitives", "refusal_heads", "o_plurals",
         "aircraft", "undertakings", "peacekeepers", "venue_nouns", "circumstances", "unrealised_heads",
         "sanction_nouns", "weapons", "bombs", "harm_verbs", "intent_heads", "agreed_heads",
         "home_judges", "home_challengers", "home_bodies", "home_people",
         "posted_abroad", "deployed_abroad", "party_to", "unable", "possibility_heads", "idea_heads", "reason_heads",
         "foreign", "place_parts", "epistemic", "warned_off", "called_for",
         "spoken_objects")


@lru_cache(maxsize=1)
def coder_words() -> Words:
    return read_coder_words(str(resources.files("dyad.coder").joinpath("data", "words.tsv")))


def read_coder_words(path: str) -> Words:
    """The word lists of ``path``, checked: every list the coder reads is there, and no unknown one."""
    words = load_words(path)
    missing = [name for name in LISTS if not words[name]]
    unknown = sorted(words.lists.keys() - set(LISTS))
    if missing or unknown:
        problems = [f"no {name!r} list" for name in missing] + [f"unknown list {name!r}" for name in unknown]
        raise DataError(f"{path}: {'; '.join(problems)} (the coder reads {', '.join(LISTS)})")
    return words
