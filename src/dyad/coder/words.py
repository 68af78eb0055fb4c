"""The coder's word lists, ``coder/data/words.tsv`` (same format as the place rules' lists).

The actors' lists are not here: actor resolution comes first and owns them (``actors/words.py``);
the coder reads ``venue_nouns`` from there."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataError
from ..places.resolve import Words, load_checked_words
from ..places.sources import rows

# The lists the coder's rules read: one missing from the file (or misspelt there) would silently
# switch its rule off, so the file must have each of them, and no other.
LISTS = ("judged_for", "charge", "tasked_with", "attempt_heads", "lifting_verbs", "hope_heads", "opinion_heads",
         "claim_verbs", "infinitive_intents", "stays",
         "negative_verbs", "object_control", "quoting", "enablers", "idiom_objects", "idiom_places", "accidental",
         "fuels", "soil", "met_objects", "crowds", "done", "ahead", "unsure", "talk_nouns", "envoys", "gatherings",
         "partitives",
         "barrages", "refusal_heads", "necessity", "comebacks", "o_plurals", "unreduced_plurals", "decision_nouns",
         "the_people", "aircraft", "undertakings", "peacekeepers", "circumstances", "unrealised_heads", "nearly",
         "protest_nouns", "questions", "police_acts", "government_acts", "court_acts",
         "called_off", "off_undoes", "planned_places",
         "sanction_nouns", "measure_nouns", "weapons", "bombs", "harm_verbs", "desire_verbs", "performative_verbs", "shares",
         "majorities", "polled_people", "intent_heads", "intent_adjectives", "agreed_heads",
         "home_judges", "home_challengers", "home_bodies", "home_people", "home_police", "home_policed",
         "unable", "preventing", "obstacles", "turned_down", "carriers", "tallies", "offices", "persuading",
         "met_reactions", "unguarded", "forceful", "undertaken", "figurative_patients", "only_natural", "believed_in",
         "possibility_heads", "idea_heads", "reason_heads",
         "epistemic", "warned_off", "perils", "manner_nouns", "accords", "backing_verbs", "mulled", "under_way",
         "called_for", "readied_for", "acts", "war_purposes", "journeys", "denials", "claim_nouns", "allegation_nouns",
         "likely_adjectives", "abilities", "stances",
         "spoken_objects", "reactions", "habitual", "before_now", "long_spans", "foundings")


@lru_cache(maxsize=1)
def coder_words() -> Words:
    return read_coder_words(str(resources.files("dyad.coder").joinpath("data", "words.tsv")))


def read_coder_words(path: str) -> Words:
    """The word lists of ``path``, checked: every list the coder reads is there, and no unknown one."""
    return load_checked_words(path, LISTS, "the coder")


@lru_cache(maxsize=1)
def deal_parties() -> dict[str, str]:
    """A deal's name as news writes it (lower case) -> the party on the other side of whoever
    leaves it (``coder/data/deals.tsv``)."""
    return read_deal_parties(str(resources.files("dyad.coder").joinpath("data", "deals.tsv")))


def read_deal_parties(path: str) -> dict[str, str]:
    """``deals.tsv``, checked: an unreadable file or a malformed line is an error naming the file
    (and line), read like Dyad's other TSV files (``places.sources.rows``)."""
    out: dict[str, str] = {}
    for lineno, (party, names, *_) in rows(Path(path), 2):
        deals = [n.strip() for n in names.split("|")]
        if len(party) != 3 or not party.isalpha() or not party.isupper() or not all(d and d == d.lower() for d in deals):
            raise DataError(f"{path}:{lineno}: expected a three-letter country code, a tab, then lower-case "
                            f"'|'-separated deal names, not {party!r} and {names!r}")
        out.update(dict.fromkeys(deals, party))
    return out
