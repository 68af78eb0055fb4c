"""A nationality word that names an ethnic group, not a state: "ethnic Albanians in southern
Serbia" are Serbia's people, "ethnic Azeris protested in Tabriz" Iran's, and in "Bosnian Serbs"
or "the Bosnian Serb leader" the first word says the country and the second the ethnicity (PLOVER
gold: Bosnian Serbs coded Serbia, ethnic Albanians coded Albania). Such a word gives no country:
a group it names is people (CVL) of the country the rest of the phrase, its place or the
sentence's place gives, or of none."""

from __future__ import annotations

from functools import lru_cache

from ..coder.syntax import Graph
from .lexicon import Entry, Hit
from .words import actor_words

_NATIONALITY = frozenset({"adjective", "people"})


def without_ethnicities(g: Graph, hits: list[Hit], head: int) -> list[Hit]:
    """``hits`` with each nationality word that names an ethnicity taken out; one that is the
    phrase's head ("ethnic *Albanians*") stands for people of no country instead (rule
    ``agent:ethnic Albanians``). Most phrases have no ethnic word, and come back as they are."""
    if "ethnic" not in g.lemma_set and g.lemma_set.isdisjoint(actor_words()["ethnicities"]):
        return hits  # (most sentences name no ethnicity: one set operation)
    if not any(_ethnic(g, h, hits) for h in hits):
        return hits
    out = []
    for h in hits:
        if not _ethnic(g, h, hits):
            out.append(h)
        elif h.entry.kind == "people" and h.start <= head < h.end:
            out.append(Hit(h.start, h.end, _people(f"ethnic {h.entry.phrase}")))
    return out


def _ethnic(g: Graph, h: Hit, hits: list[Hit]) -> bool:
    """ "*ethnic* Albanians"; or a listed ethnicity right after another country's word ("Bosnian
    Serbs"; not "Iranian Americans", whose second word is a nationality)."""
    if h.entry.kind not in _NATIONALITY or not h.entry.country:
        return False
    if h.start > 0 and g.lemmas[h.start - 1] == "ethnic":
        return True
    return g.lemmas[h.end - 1] in actor_words()["ethnicities"] and any(
        o.end == h.start and o.entry.kind in ("adjective", "country") and o.entry.country not in (None, h.entry.country)
        for o in hits)


@lru_cache(maxsize=64)
def _people(phrase: str) -> Entry:
    return Entry(kind="agent", code="CVL", phrase=phrase, agent_kind="group", where="actors/ethnic.py")
