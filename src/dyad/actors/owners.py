"""Whose a role of no named country is, read from what the sentence names beside it: the town
or province it is "of" (the gazetteer's, ``places``) and the one armed group its fighters belong
to. ``ArticleActors`` (actors/resolve.py) asks these before any dateline or topic default
(actors/defaults.py)."""

from __future__ import annotations

from ..coder.syntax import Graph
from .lexicon import Entry
from .names import CORE_DEPS, collect
from .words import actor_words

ARMED = frozenset({"REB", "INS", "UAF", "SEP"})  # an armed group's sectors: rebels, insurgents, separatists, unaligned


def struck(g: Graph, i: int) -> bool:
    """Fighters on the receiving end, alone in their phrase: not an active verb's subject
    ("Militants are angry with the military leader for supporting the war against the Taleban"
    are not the Taleban) nor one of a list ("the Taleban and the terrorist groups in Iraq")."""
    return g.deps[i] != "nsubj" and g.rels[i] != "conj" and not g.kid_prefix(i, "conj")


def _serves_at_home(g: Graph, i: int) -> bool:
    """A role whose place ("the rebels *in Darfur*", "*Darfur* rebels", "residents of Aleppo") is
    its country: not forces, often deployed abroad ("coalition forces in Afghanistan"), nor envoys
    and visitors ("the ambassador in Geneva", "inspectors in Iraq"; data/actors/words.tsv)."""
    words = actor_words()
    return g.lemmas[i] not in words["deployed_abroad"] and g.lemmas[i] not in words["posted_abroad"]


def _fled(g: Graph, c: int) -> list[int]:
    """Where the people of a "fleeing" participle c come from: its object ("fleeing Syria"), the
    place of that object ("fleeing the civil war *in Liberia*") or its "from" phrase."""
    out = []
    for k in g.children[c]:
        if g.deps[k] == "obj":
            out.append(k)
            out += [n for n in g.children[k] if g.rels[n] == "nmod" and g.case_of(n) in ("in", "of")]
        elif g.rels[k] == "obl" and g.case_of(k) == "from":
            out.append(k)
    return out


def _armed(code: str, sectors: tuple[str, ...]) -> bool:
    """An armed group's code: a transnational militant group (IMG…) or a rebel, insurgent,
    separatist or unaligned armed sector."""
    return code.startswith("IMG") or not ARMED.isdisjoint(sectors)


class Owners:
    """The rules of this module as ``ArticleActors`` methods: they read its ``places`` finder and
    the sentence's lexicon hits."""

    def _armed_group_named(self) -> Entry | None:
        """The one armed group the sentence names (an organisation of armed_group kind: ISIL,
        the Taliban, Jaish al-Adl), which its bare "militants" or "terrorists" are: "Russian and
        Syrian warplanes intensified their air raids on ISIL's supply lines and killed tens of
        militants" (held-out seed 2058 had them SYRUAF and IMGUAF)."""
        groups = {h.entry.code: h.entry for h in self._hits.values()
                  if h.entry.kind == "org" and _armed(h.entry.code, h.entry.sectors)}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _place_owner(self, g: Graph, i: int) -> tuple[str, str] | None:
        """ "the mayor *of Mosul*", "*Hyderabad's* religious scholars", "the citizens *of Aleppo*",
        "a Christian missionary *from Calgary*", and for a role that serves at home "the rebels *in
        Darfur*", "*Darfur* rebels", "a newspaper *based in* Christian east Beirut" (PLOVER gold):
        a role of no named country is of the country of the town or province it is of, from, in
        or based in, which the gazetteer knows (the lexicon knows only countries and capitals),
        before any default: a Tehran paper's citizens of Aleppo are Syria's, not Iran's. People
        fleeing a place are its first, with or without a gazetteer (``_fled_from``)."""
        fled = self._fled_from(g, i)
        if fled is not None or self.places is None:
            return fled
        at_home, based = _serves_at_home(g, i), actor_words()["based"]
        for c in g.children[i]:
            if (g.deps[c] == "nmod:poss" or g.rels[c] == "nmod" and g.case_of(c) in ("of", "from")
                    or at_home and (g.rels[c] == "nmod" and (g.case_of(c) == "in" or g.case_of(c) in based)
                                    or g.deps[c] == "compound" and c < i and g.pos[c] == "PROPN")):
                places = [c]
            elif at_home and g.deps[c] == "acl" and g.lemmas[c] in based:
                places = [k for k in g.children[c] if g.rels[k] == "obl" and g.case_of(k) == "in"]
            else:
                continue
            for k in places:  # ("a newspaper *based in* Christian east Beirut", "based" read as its case too)
                found = self.places(g, collect(g, k, CORE_DEPS))
                if found is not None:
                    return found
        return None

    def _fled_from(self, g: Graph, i: int) -> tuple[str, str] | None:
        """(country, rule) of the place people are fleeing, whatever their role: "refugees fleeing
        the civil war in Liberia" are Liberia's (PLOVER gold), as "refugees from Liberia" are; a
        country the lexicon names, else a town or province the gazetteer knows."""
        fled = actor_words()["fled"]
        for c in g.children[i]:
            if g.deps[c] != "acl" or g.lemmas[c] not in fled:
                continue
            for k in _fled(g, c):
                tokens = collect(g, k, CORE_DEPS)
                hit = next((h for h in self._hits_in(tokens) if h.entry.kind == "country"), None)
                if hit is not None:
                    return hit.entry.country, f"fled:{hit.entry.phrase}"
                found = self.places(g, tokens) if self.places is not None else None
                if found is not None:
                    return found
        return None
