"""Events another event of the same sentence already says, and why each is dropped.

"urged Iran to release the sailors" asks for the release; "rejected calls for aid"
acts on the calls; "voiced readiness to expand cooperation with Y" is said by its
inner event. The coder matches every trigger on its own, then these filters drop
the events that repeat or are part of another, each with its reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Event, Removed
from . import syntax as sx
from .patterns import PatternSet
from .targets import purpose_clauses
from .unseen import VIOLENT

if TYPE_CHECKING:
    from .core import Match


def matched_reason(g: sx.Graph, m: "Match", reason: str, detail: str) -> str:
    """A drop's reason naming the pattern and its trigger word."""
    return f"{reason}: pattern {m.pattern.id} on {g.tok(m.trigger).text!r}, {detail}"


def drop_asked(g: sx.Graph, events: list[Event], asked: dict[int, Match], drops: list[Removed]) -> list[Event]:
    """ "urged Iran to release the sailors": the release is what was asked for, not an event."""
    def why(e: Event) -> str | None:
        outer = asked.get(trigger_index(g, e))
        return None if outer is None else matched_reason(g, outer, "complement", f"{e.explanation.rule} on "
                                                      f"{e.explanation.trigger!r} is what {outer.pattern.id} is about")
    return _keep_unless(g, events, drops, why)


def drop_taken(g: sx.Graph, events: list[Event], taken: dict[int, tuple[Match, set[str], bool]],
               drops: list[Removed], patterns: PatternSet) -> list[Event]:
    """ "Bonn rejected calls by East Germany for aid": the calls are what was rejected, the light
    verb's object, not an appeal coded besides the rejection. (An event both code, "talks were
    held", is the light verb's.) A complement noun's act marked not done stays, with its mode: "warned
    against a US attack on Israel" records the attack warned of."""
    def why(e: Event) -> str | None:
        outer, coded, complement = taken.get(trigger_index(g, e), (None, (), False))
        if outer is None or e.event_id in coded or patterns.by_id[e.explanation.rule].pos != "noun" \
                or complement and e.mode == "hypothetical":
            return None
        return matched_reason(g, outer, "object", f"{e.explanation.rule} on {e.explanation.trigger!r} is "
                              f"what {outer.pattern.id} acts on")
    return _keep_unless(g, events, drops, why)


def _keep_unless(g: sx.Graph, events: list[Event], drops: list[Removed], why) -> list[Event]:
    """The events for which ``why(event)`` gives no reason; the others go to ``drops`` with theirs."""
    keep = []
    for e in events:
        reason = why(e)
        if reason is None:
            keep.append(e)
        else:
            drops.append(Removed(f"[{g.sentence.index}] {g.sentence.text}", reason))
    return keep


def drop_subsumed(g: sx.Graph, events: list[Event], drops: list[Removed], patterns: PatternSet) -> list[Event]:
    """ "X voiced readiness to expand cooperation with Y": the inner, directed event says it all.

    An event without a target is dropped when its trigger governs the trigger
    of another event of the same source, unless its pattern is about that very
    complement ("threatened to attack", an ``xcomp`` pattern).
    """
    triggers = {e.event_id: trigger_index(g, e) for e in events}

    def why(e: Event) -> str | None:
        outer = patterns.by_id[e.explanation.rule]
        protest = _protest_purpose(g, e, events, triggers)
        if protest is not None:
            return f"subsumed: {e.explanation.rule} on {e.explanation.trigger!r} is the purpose of {protest}"
        means = _violent_means(g, e, events, triggers)
        if means is not None:
            return f"subsumed: {e.explanation.rule} on {e.explanation.trigger!r} is the means of {means}"
        # A material act is not subsumed by its purpose: "began a hunger strike to demand ..." is a strike.
        # A target found below the trigger (rule "complement:") may be the inner event's own: the
        # inner event still says it all ("voiced Tehran's readiness to expand cooperation with Moscow").
        found_below = e.target is not None and e.explanation.target_rule.startswith("complement:")
        if (e.target is not None and not found_below) or outer.xcomp or outer.topic or e.quad_class in (2, 4):
            return None
        # a negated or merely possible event asserts nothing that could say it all ("turned down the
        # request as he had no permission to negotiate"); a conjunct is an act of its own
        # ("is investigating war crimes and will bring suspects to trial")
        inners = [o for o in events if o is not e and o.source.code == e.source.code and not o.negated
                  and o.mode != "hypothetical" and _governs_within(g, triggers[e.event_id], triggers[o.event_id])]
        if found_below:  # the inner event with this very target ("readiness to host talks between A
            # and B": one inner event for each side, held-out seed 2096)
            inners = [o for o in inners if o.target is not None and o.target.code == e.target.code
                      and o.root == e.root]
        if not inners:
            return None  # (an agreement to talks, 036, says more than the talks intended, 040)
        inner = inners[0]
        return (f"subsumed: {e.explanation.rule} on {e.explanation.trigger!r} by "
                f"{inner.explanation.rule} on {inner.explanation.trigger!r}")
    return _keep_unless(g, events, drops, why)


def _governs_within(g: sx.Graph, a: int, b: int) -> bool:
    """Is b in the phrase a heads, not through a conjunct of a nor a relative clause?"""
    if not sx.governs(g, a, b):
        return False
    top = b
    while g.heads[top] != a:
        if g.deps[top] == "acl:relcl":
            return False  # a relative clause describes a participant: "release X, whom they had taken hostage"
        top = g.heads[top]
    return g.rels[top] != "conj"


def _protest_purpose(g: sx.Graph, e: Event, events: list[Event], triggers: dict) -> str | None:
    """ "began a hunger strike *to protest* Assad's failure", "converged for a rally *to protest*
    the violations": the protest verb of a protest's purpose clause is that protest (its aim refines
    the protest's code), not a second one."""
    if e.root != "14":
        return None
    i = triggers[e.event_id]
    for o in events:
        if o is not e and o.root == "14" and o.source.code == e.source.code \
                and i in purpose_clauses(g, triggers[o.event_id]):
            return f"{o.explanation.rule} on {o.explanation.trigger!r}"
    return None


_MEANS = frozenset({"in", "by", "with", "through"})


def _violent_means(g: sx.Graph, e: Event, events: list[Event], triggers: dict) -> str | None:
    """ "Soleimani was assassinated *in* a US airstrike in Baghdad": the airstrike is how the
    killing was done, one attack, whose target the verb names; coded on its own, the noun's
    target would be the place it happened (Iraq)."""
    i = triggers[e.event_id]
    if e.root not in VIOLENT or g.pos[i] not in ("NOUN", "PROPN") or g.cases[i] not in _MEANS:
        return None
    verb = g.heads[i]
    for o in events:
        if o is not e and o.root in VIOLENT and o.target is not None and triggers[o.event_id] == verb \
                and (o.source.code == e.source.code or o.source.country is not None
                     and o.source.country == e.source.country):  # (USAMIL by its airstrike, USA by name)
            return f"{o.explanation.rule} on {o.explanation.trigger!r}"
    return None


def trigger_index(g: sx.Graph, e: Event) -> int:
    span = e.explanation.trigger_span
    return span[0] if span else 0


def drop_under_dictionary(g: sx.Graph, events: list[Event], drops: list[Removed], patterns: PatternSet) -> list[Event]:
    """A clause a user's verb dictionary coded is coded by it alone.

    A built-in event whose trigger the dictionary event's verb governs ("condemned
    an *attack*", "left ... for *meetings*") is dropped: the dictionary's verb
    and patterns already say what the clause means.
    """
    user = [e for e in events if patterns.by_id[e.explanation.rule].origin]
    if not user:
        return events

    def why(e: Event) -> str | None:
        over = next((u for u in user if not patterns.by_id[e.explanation.rule].origin
                     and sx.governs(g, trigger_index(g, u), trigger_index(g, e))), None)
        return None if over is None else (f"subsumed: {e.explanation.rule} on {e.explanation.trigger!r} is inside "
                                          f"the clause of the user dictionary's {over.explanation.rule}")
    return _keep_unless(g, events, drops, why)
