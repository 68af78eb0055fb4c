"""Attacks whose doer the sentence does not name.

"Three US servicemen were killed by an improvised explosive device outside of the Iraqi city
of Basra", "a roadside bombing near the town of Samarra killed one U.S. soldier": the attack has
a victim and a place but no named attacker. PLOVER codes an actor for it all the same (its
sector table: UAF, unidentified armed forces, "unknown gunmen"; UNK, "actor for 'two civilians
were killed by a bomb'"). Dyad codes it as CAMEO's unidentified armed force, UAF, of the country
where the sentence places the attack ("---UAF" where it names no place).

Only a weapon or an attack said to have done it makes an attacker: the "by" agent or the "in"
phrase of a passive ("killed *in a suicide car bombing*"), or the subject of an active verb ("a
*roadside bombing* killed"), whose head or modifier is in ``weapons`` (coder/data/words.tsv).
"Twelve people were killed in a crash" names no weapon, and has no attacker.

An arrest, expulsion or sentence in the passive with no agent is the state's where it was done
(``unseen_authority``): "A Christian missionary from Calgary was arrested in Lebanon" was
arrested by Lebanon's police (PLOVER gold), "was sentenced in Egypt" by Egypt's courts; only
where the sentence names the country, never the dateline's guess.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Actor, ActorMention
from . import syntax as sx
from .words import coder_words

RULE = "unidentified"  # the source rule of an attacker this module supplies
VIOLENT = frozenset({"18", "19", "20"})  # assault, fight, mass violence
# CAMEO's bombings (183 "carry out suicide, car, or other non-military bombing"): a bomb that kills
# is coded as the bombing, by the kind its words name
BOMBINGS = (("suicide", "1831"), ("car", "1832"), ("car-bomb", "1832"), ("roadside", "1833"))
_CAUSE_CASES = frozenset({"by", "in"})
_SECTOR = ("UAF",)


def unseen_attacker(g: sx.Graph, m, resolver):
    """([attacker], match) for a violent verb with no source, when a weapon did it ([] and the
    match unchanged otherwise); a bomb makes the match a bombing (183). A weapon or attack with
    an owner or a "by" agent of its own names the attacker after all: "assassinated in *a United
    States'* airstrike", "in a terrorist attack *by the U.S.*" are the United States' acts (rule
    ``means:``)."""
    i, code = m.trigger, m.code
    if code[:2] not in VIOLENT or g.pos[i] != "VERB":
        return [], m
    words = coder_words()
    if g.is_passive(i):  # "killed by a device", "killed in a car bombing"
        causes = [c for c in g.children[i] if g.rels[c] == "obl" and g.case_of(c) in _CAUSE_CASES]
    else:  # "a roadside bombing killed": only a verb of harming people (not "the bombings targeted unity")
        causes = g.kids(i, "nsubj") if g.lemmas[i] in words["harm_verbs"] else []
    for c in causes:
        span = [c] + [k for k in g.children[c] if g.deps[k] in ("compound", "amod")]
        lemmas = {g.lemmas[k] for k in span}
        if lemmas.isdisjoint(words["weapons"]):
            continue
        start, end = min(span), max(span) + 1
        if code[:2] == "19" and not lemmas.isdisjoint(words["bombs"]):
            m = replace(m, code=next((c for w, c in BOMBINGS if w in lemmas), "183"))
        # (the attack's own "by" agent first: "assassinated in a terrorist attack *by the U.S.*",
        # held-out seed 2066, was coded as an unidentified attacker's)
        agents = [a for k in g.kids(c, "nmod") if g.case_of(k) == "by" for a in resolver.resolve(g, k)]
        owners = [a for a in agents or resolver.resolve(g, c) if a.actor.country]
        if owners:
            return [replace(a, rule=f"means:{a.rule}") for a in owners], m
        actor = Actor("---UAF", None, _SECTOR, g.sentence.span_text(start, end))
        return [ActorMention(actor, start, end, c, f"{RULE}:{g.tok(c).text}")], m
    return [], m


AUTHORITY = "authority"  # the source rule of a state's body this module supplies
# the state body that does what a list of coder/data/words.tsv names
_AUTHORITIES = (("police_acts", "COP"), ("government_acts", "GOV"), ("court_acts", "JUD"))


def unseen_authority(g: sx.Graph, m, resolver, where) -> list[ActorMention]:
    """[the state's body] that did trigger m's arrest, expulsion or sentence, in the passive with
    no agent, where an "in" phrase on the trigger names a country (the lexicon's, else the
    gazetteer's place); [] otherwise. Its words are the place's, its rule ``authority:Lebanon``."""
    i, words = m.trigger, coder_words()
    sector = next((s for key, s in _AUTHORITIES if g.lemmas[i] in words[key]), None)  # (most: none)
    if sector is None or g.pos[i] != "VERB" or not g.is_passive(i):
        return []
    obliques = [c for c in g.children[i] if g.rels[c] == "obl"]  # (obl:agent too)
    if any(g.case_of(c) == "by" for c in obliques):
        return []
    for c in obliques:
        if g.case_of(c) != "in":
            continue
        places = [a for a in resolver.resolve(g, c, as_place=True) if a.actor.country]
        places = places or (where.place_actor(c) if where is not None else [])
        if places:
            p = places[0]
            actor = Actor(p.actor.country + sector, p.actor.country, (sector,), p.actor.text)
            return [replace(p, actor=actor, rule=f"{AUTHORITY}:{p.actor.text}")]
    return []
