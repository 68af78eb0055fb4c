"""Actor codes composed the PETRARCH way, for phrases that use a user dictionary.

A PETRARCH dictionary gives whole actor codes (``GON``, ``HOBGOV``, dated
``[HOBREB >990816]``) and agents that are glued on: ``[~GOV]`` after the
actor code, ``[NGO~]`` before it. "An MSF Arnor diplomat" is NGO + ARN + GOV.
When a phrase contains a dictionary entry, its code is built this way instead
of from Dyad's country-and-sector rules, so the user's codes come out exactly
as written, and the rule names the file and line of every entry used.
"""

from __future__ import annotations

from datetime import date as Date

from ..types import Actor, ActorMention
from .lexicon import Hit

NULL_CODES = frozenset({"---", "+++", "###"})  # PETRARCH's "an actor, but no code"
# The dictionary names the phrase but gives it no code on this day ("[ONO <911226]" after 1991):
# it is no actor, and Dyad's own rules must not code it either.
NOT_AN_ACTOR = ActorMention(Actor("---", None, (), ""), 0, 0, 0, "dictionary: no code")


def compose_mention(hits: list[Hit], core: set[int], head: int, text: str, span: tuple[int, int],
                    day: Date | None) -> ActorMention | None:
    """The mention of a phrase whose hits include a dictionary entry; None leaves it to Dyad's rules.

    :data:`NOT_AN_ACTOR` when the dictionary's actor has no code on ``day``.

    The actor is the leftmost actor entry in the phrase's core (PETRARCH codes
    "Ithilen's minister Calimehtar" as Ithilen), else the leftmost in its
    complements ("the ambassadors of Arnor"). Agents come from the core.
    """
    actors = [h for h in hits if h.entry.kind != "agent" and _actor_code(h) is not None]
    actor = next((h for h in actors if h.start in core), actors[0] if actors else None)
    # Only the dictionary's own agents are glued on: a user who brings PETRARCH agents
    # does not expect Dyad's ("leader", "militia") to add sectors to their codes.
    agents = [h for h in hits if h.entry.kind == "agent" and h.entry.dictionary and h.start in core]
    used = [h for h in (actor, *agents) if h is not None]
    if not any(h.entry.dictionary for h in used):
        return None
    why: list[str] = []
    code = _code_of(actor, day, why) if actor is not None else None
    if code is None and not agents:
        # only a built-in role, and no actor: Dyad's own rules decide
        return NOT_AN_ACTOR if actor is not None and actor.entry.dictionary else None
    code = code or "---"
    for h in agents:
        code = _attach(code, h)
        why.append(_describe(h))
    start, end = span
    country = None if code[:3] in NULL_CODES or code.startswith("IGO") else code[:3]
    sectors = tuple(code[k:k + 3] for k in range(3 if country or code.startswith("---") else 0, len(code), 3))
    return ActorMention(Actor(code, country, sectors, text), start, end, head, "dictionary: " + "; ".join(why))


def split_alternatives(mention: ActorMention) -> list[ActorMention]:
    """``[FRO/BIL/SAM]``: one phrase standing for several actors gives one mention each."""
    if "/" not in mention.actor.code:
        return [mention]
    out = []
    for code in filter(None, mention.actor.code.split("/")):
        actor = Actor(code, code[:3], tuple(code[k:k + 3] for k in range(3, len(code), 3)), mention.actor.text)
        out.append(ActorMention(actor, mention.start, mention.end, mention.head, mention.rule, mention.name))
    return out


def _actor_code(h: Hit) -> str | None:
    e = h.entry
    if e.kind == "actor":
        return e.code
    if e.country or e.code.startswith("IGO"):
        return (e.country or "") + "".join(e.sectors)
    return None


def _code_of(h: Hit, day: Date | None, why: list[str]) -> str | None:
    e = h.entry
    if e.kind != "actor":
        why.append(f"{e.kind}:{e.phrase} ({e.where})")
        return _actor_code(h)
    code, reason = e.code_on(day)
    why.append(f"{_describe(h)}{', ' + reason if e.dated else ''}")
    return None if code is None or code in NULL_CODES else code


def _attach(code: str, agent: Hit) -> str:
    """Glue an agent code on, unless the actor code already says it ("USAGOV" + GOV)."""
    add = agent.entry.code
    if not add or any(code[k:k + len(add)] == add for k in range(0, len(code), 3)):
        return code
    if agent.entry.prefix:
        return add + code if not code.startswith("---") else add + code[3:]
    return code + add


def _describe(h: Hit) -> str:
    e = h.entry
    if e.dictionary:
        return "user dictionary " + e.describe()
    return f"{e.kind}:{e.phrase} ({e.where})"
