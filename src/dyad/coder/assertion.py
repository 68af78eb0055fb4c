"""Whether a sentence asserts the event its trigger names.

A trigger word is not yet an event: "Q: Do you think Doha is mediating?"
asks, "the U.S. should lift the sanctions" demands, "called for sending aid"
appeals and "no drones were supplied" denies. These rules look at the
sentence and the clauses that govern the trigger; the coder drops what they
refuse, with the reason (coder/core.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..dates import (is_historical, names_a_past_day, names_a_year, names_another_month, names_years_back,
                     undated_reference)
from ..nlp.subordinator import CONJUNCTIONS as TIME_CONJUNCTIONS
from ..types import ActorMention, Event, EventDate
from . import syntax as sx
from .words import coder_words

# Auxiliaries of obligation: what an actor should do is someone's demand on it, not its act.
OBLIGATION = frozenset({"should", "must", "ought"})
# Verbs of appeal and demand whose complement is what was asked for ("called for sending aid").
# (and, as nouns, offers and proposals: "rejected a fresh offer from Afghanistan *for direct talks*")
# "required Qatar to downgrade its relations with Iran": a demand (held-out seed 2047)
APPEAL_HEADS = frozenset({"call", "urge", "ask", "demand", "request", "appeal", "press", "pressure", "plead",
                          "require", "offer", "proposal", "invitation"})
# What one only can do, not does ("the two sides can bolster"; ``speakers_side``, ``possible_doing``)
_MAY = frozenset({"can", "could", "may", "might"})
# Relations through which a governing verb's complement reaches the trigger.
COMPLEMENT_RELS = frozenset({"xcomp", "ccomp", "advcl", "obl", "obj", "acl", "nmod"})
FIRST_PERSON = frozenset({"we", "i", "us"})
# Heads whose complement is a possibility or an impression, not a reported act:
# "an opportunity to negotiate", "it appears that Iran and Turkey are reconciling".
# ("simulating": the shipped lemmatizer leaves that form as it is.)
# "have the right to veto", "the ability to strike", "considered itself competent to investigate":
# a capacity or jurisdiction, not its use.
CLOSING = " \"'”’)»"


def is_question(text: str) -> bool:
    """An interviewer's question or a rhetorical one: it asserts nothing ("Has X brought charges?")."""
    # most sentences have no "?" anywhere: then only the opening is read, and no copy is made
    # (the prefixes hold no space, so stripping the end cannot change whether one opens the text)
    if "?" in text and text.strip().rstrip(CLOSING).endswith("?"):
        return True
    return text.lstrip().startswith(("Q:", "Q.", "Question:"))


def obliged(g: sx.Graph, v: int) -> int | None:
    """The verb carrying should/must over trigger v ("Washington must take the first step by lifting"),
    or the adjective of necessity whose infinitive subject v is in ("it was urgent for the UK *to
    normalize* ties": a need one sees, as "the UK should", not the UK's act; held-out seed 2061)."""
    cur = v
    for _ in range(4):
        if any(g.words[c] in OBLIGATION for c in g.kids(cur, "aux", "aux:pass")):
            return cur
        if cur != v and g.words[cur] in OBLIGATION:
            return cur  # the parser made the modal the head: "should immediately and completely lift"
        head = g.heads[cur]
        if g.rels[cur] == "csubj" and sx.marked(g, cur, ("to",)) \
                and g.lemmas[head] in coder_words()["necessity"]:
            return head
        if head == cur or g.rels[cur] not in ("xcomp", "advcl", "conj"):
            return None
        cur = head
    return None


def third_party_obligation(g: sx.Graph, v: int, source_head: int) -> bool:
    """An obligation laid on someone other than the speaker: a demand, not an act.

    "we must expand cooperation" is the speaker's own intent and stays; "the
    U.S. should lift sanctions", said by China, is China's demand.
    """
    modal = obliged(g, v)
    if modal is None:
        return False
    return g.lemmas[source_head] not in FIRST_PERSON


def asked_for(g: sx.Graph, v: int) -> int | None:
    """The appeal verb whose complement contains trigger v ("called for *sending* aid to Afghanistan"),
    or a conjunct of it ("urged Qatar to close Al Jazeera *and expel* Turkish troops"), or the
    request noun whose infinitive the parser hung on the verb beside it ("rejecting the U.S.
    request [advcl: to *reimpose*] all UN sanctions", held-out seed 2077 had the rejecters impose)."""
    request = sx.noun_beside(g, v, APPEAL_HEADS, ("advcl",))
    if request is not None:
        return request
    cur = v
    for _ in range(6):
        head = g.heads[cur]
        if head != cur and g.rels[cur] == "conj" and _kind(g.pos[cur]) == _kind(g.pos[head]):
            cur = head
            continue
        if head == cur or g.rels[cur] not in COMPLEMENT_RELS or _when_clause(g, cur):
            return None
        if g.lemmas[head] in APPEAL_HEADS and g.pos[head] in ("VERB", "NOUN"):
            return head
        cur = head
    return None


_WHEN = TIME_CONJUNCTIONS | {"as"}  # (the parse repair's list, nlp/subordinator.py, and "as")


def _when_clause(g: sx.Graph, c: int) -> bool:
    """A time clause with its own subject says when, not what was asked: "Finland and Sweden
    requested to join NATO *after Russia launched war on Ukraine*" (held-out seed 2068)."""
    return g.rels[c] == "advcl" and sx.marked(g, c, _WHEN) and g.has_kid(c, "nsubj")


def questioned(g: sx.Graph, v: int) -> int | None:
    """The question whose "if" or "whether" clause holds trigger v: "Answering a question *if* the
    United States might attack key Iranian facilities" reports no attack, planned or not
    (held-out seed 2067); "asked whether" is ``asked_for``'s."""
    cur = v
    for _ in range(3):
        head = g.heads[cur]
        if head != cur and g.rels[cur] == "conj":
            cur = head
            continue
        if head == cur or g.rels[cur] not in ("acl", "ccomp", "advcl") or not sx.marked(g, cur, ("if", "whether")):
            return None
        return head if g.lemmas[head] in coder_words()["questions"] else None
    return None


def tried_to_make(g: sx.Graph, v: int) -> int | None:
    """The verb of making another act whose complement holds trigger v, when that making is only
    tried: "Trump made efforts to *force* Iran into *signing* a new deal", "tried to *get* the UN
    Security Council to *extend* the arms embargo" (held-out seed 2056; both failed). What one
    tries to make another do is not the other's act (``object_control`` and ``attempt_heads`` in
    coder/data/words.tsv)."""
    words, cur = coder_words(), v
    for _ in range(3):
        head = g.heads[cur]
        if head == cur or g.rels[cur] not in ("xcomp", "advcl", "ccomp", "conj"):
            return None
        if g.lemmas[head] in words["object_control"] and g.kids(head, "obj"):
            above = g.heads[head]
            tried = above != head and g.rels[head] in ("xcomp", "acl") and g.lemmas[above] in words["attempt_heads"]
            return head if tried else None
        cur = head
    return None


def lifted(g: sx.Graph, v: int) -> int | None:
    """The verb that lifts sanction noun v ("aims to *lift* the United States *sanctions* on Iran",
    "the U.S. *sanctions* on Iran should be *lifted*"): sanctions lifted or to be lifted are not
    imposed here (``lifting_verbs`` in coder/data/words.tsv)."""
    head = g.heads[v]
    lifting = head != v and g.deps[v] in ("obj", "nsubj:pass") and g.lemmas[head] in coder_words()["lifting_verbs"]
    return head if lifting else None


def hoped_for(g: sx.Graph, v: int) -> int | None:
    """The hope whose clause, with another's name as its subject, holds trigger v: "expressed
    *hope* that the U.S. will compensate its mistake by fully *removing* the anti-Iran
    sanctions" (held-out seed 2056) is the speaker's wish, not the U.S.'s intent; one's own hope
    to act ("hopes to expand ties", no subject of its own) is an intent and stays (``hope_heads``
    in coder/data/words.tsv)."""
    clause = _clause_under(g, v, coder_words()["hope_heads"], ("ccomp", "acl"), ("xcomp", "conj", "advcl", "ccomp"), 5)
    # another named by name: not "Iran hopes that it will expand ties", "hope that the two
    # states will cooperate", "hopes his country can expand relations" (the hoper's own act)
    named = clause is not None and any(g.pos[k] == "PROPN" for k in g.kids(clause, *sx.SUBJ))
    return g.heads[clause] if named else None


def speakers_side(g: sx.Graph, v: int, sources: list[ActorMention], reporter: ActorMention | None,
                  resolve: Callable[[int], list[ActorMention]]) -> tuple[ActorMention, ActorMention] | None:
    """(the speaker's side, the other) when one of "the two sides" voices a wish for both: "he hopes
    the two sides can bolster economic cooperation", said by Iran's foreign minister, is Iran's wish
    toward Nicaragua, not Nicaragua's too (held-out seed 2071). Not what the two agreed or will do
    together ("the two sides agreed to expand", "will sign"), which is both sides'. The speaker is
    the reporter, else the hoper (``resolve``: token -> its actors)."""
    if len(sources) != 2:
        return None
    hope = _clause_under(g, v, coder_words()["hope_heads"], ("ccomp", "acl"), ("xcomp", "conj", "advcl", "ccomp"), 5)
    if hope is None and not sx.auxiliaries(g, v) & _MAY:
        return None
    if reporter is None and hope is not None:
        hoper = sx.subject(g, g.heads[hope])
        found = resolve(hoper) if hoper is not None else []
        reporter = found[0] if found else None
    if reporter is None:
        return None
    own = [s for s in sources if s.actor.code == reporter.actor.code] or \
        [s for s in sources if reporter.actor.country and s.actor.country == reporter.actor.country]
    return (own[0], next(s for s in sources if s is not own[0])) if len(own) == 1 else None


def hoped_for_noun(g: sx.Graph, v: int) -> int | None:
    """The hope whose clause holds event noun v: "he hopes that a *summit* between Rouhani and
    Trump will take place", "What I hope is that ... we can manage to see a *summit* between
    President Rouhani and President Trump" (a pseudo-cleft; held-out seed 2063) is a wish."""
    known = coder_words()
    hopes = known["hope_heads"]
    # "hope that the upcoming visit of the Syrian prime minister will have results" (planned), "that his
    # recent visit to Russia would be a turning point" (made): a hope about the meeting, not for it
    if any(g.lemmas[c] in known["ahead"] or g.lemmas[c] in known["done"] for c in g.kids(v, "amod", "compound")):
        return None
    for cur in _climb(g, v, ("obj", "nsubj", "nsubj:pass", "xcomp", "conj", "ccomp", "advcl"), 6):
        # "What I hope is that ...": the clause is what is hoped
        wish = next((h for k in g.kids(cur, "nsubj:outer") for h in g.kids(k, "acl:relcl")
                     if g.lemmas[h] in hopes), None)
        if wish is not None:
            return wish
        if _hangs_on(g, cur, ("ccomp", "acl"), hopes):
            return g.heads[cur]
    return None


def predicted(g: sx.Graph, v: int) -> int | None:
    """The verb of opinion whose that-clause, said of the future, holds trigger v: "I believe that
    this administration *will show* more respect for Palestinians" (held-out seed 2062) foresees
    an act; the caller keeps it when the one who foresees it speaks for the doer's country."""
    clause = _clause_under(g, v, coder_words()["opinion_heads"], ("ccomp",), ("ccomp", "xcomp", "conj"), 4)
    future = clause is not None and sx.auxiliaries(g, v) & (sx.FUTURE | sx.HYPOTHETICAL)
    return g.heads[clause] if future else None


def claimed(g: sx.Graph, v: int) -> int | None:
    """The claim verb whose that-clause or quotation holds trigger v ("Elaph has *claimed* that
    Iran and Israel engaged in indirect negotiations"; "an Israeli reporter, *claimed*, 'There has
    been no movement … since Iranian officials rejected an EU proposal'", held-out seed 2075); the
    caller keeps the event when the claimant speaks for the doer's country."""
    clause = _clause_under(g, v, coder_words()["claim_verbs"], ("ccomp", "parataxis"),
                           ("ccomp", "xcomp", "conj", "advcl", "parataxis"), 4)
    return g.heads[clause] if clause is not None else None


def speculated(g: sx.Graph, v: int) -> int | None:
    """The speech verb under "would", "could", "might" or "may" whose that-clause holds trigger v:
    in "They would claim that Tehran was forced by Washington to accept its conditions" (held-out
    seed 2065, a former spokesman on what the Americans would say) the claim is not yet made,
    and nothing in it is reported. Not a speaker's own hedge ("I would say that ..."), which
    asserts what it says."""
    clause = _clause_under(g, v, sx.SPEECH, ("ccomp",), ("ccomp", "xcomp", "conj"), 4)
    if clause is None:
        return None
    verb = g.heads[clause]
    if not sx.auxiliaries(g, verb) & sx.HYPOTHETICAL:
        return None
    return None if any(g.lemmas[s] in FIRST_PERSON for s in g.kids(verb, "nsubj")) else verb


def _clause_under(g: sx.Graph, v: int, heads: frozenset[str], at: tuple[str, ...], through: tuple[str, ...],
                  steps: int) -> int | None:
    """The clause word on trigger v's way up (v itself, or a word above it reached through
    ``through`` relations) that hangs by one of ``at`` on a word of ``heads``, else None."""
    return next((cur for cur in _climb(g, v, through, steps) if _hangs_on(g, cur, at, heads)), None)


def _climb(g: sx.Graph, v: int, through: tuple[str, ...], steps: int):
    """Trigger v, then each word above it reached through ``through`` relations, ``steps`` words at most."""
    cur = v
    for _ in range(steps):
        yield cur
        if g.heads[cur] == cur or g.rels[cur] not in through:
            return
        cur = g.heads[cur]


def _hangs_on(g: sx.Graph, cur: int, at: tuple[str, ...], heads: frozenset[str]) -> bool:
    """Does word cur hang by one of ``at`` on a word of ``heads``?"""
    return g.heads[cur] != cur and g.rels[cur] in at and g.lemmas[g.heads[cur]] in heads


def _kind(pos: str) -> str:
    """A predicate ("demanded that Qatar *close* [tagged ADJ] … and *expel*") or a noun phrase."""
    return "noun" if pos in ("NOUN", "PROPN", "PRON") else "predicate"


def unrealised(g: sx.Graph, v: int) -> int | None:
    """The head whose complement holds trigger v when it is only possible, apparent or simulated
    ("gave an opportunity to *negotiate*", "drills simulating *attacking* Iran's facilities",
    "a scheme to *disenfranchise* Palestinians", what one seeks "to convince" another to do), or a
    plan called off ("will see Israel suspend its plans to *annex* Palestinian areas"), or one only
    near ("close to reaching an agreement"); the words are coder/data/words.tsv's."""
    words, cur = coder_words(), v
    nearly = words["nearly"] if not words["nearly"].isdisjoint(g.lemma_set) else frozenset()  # (most have none)
    for _ in range(3):
        head = g.heads[cur]
        # (a conjunct shares its infinitive's "to": "to convince the leaders to reconcile *and reach* a deal")
        shared_to = g.rels[cur] == "conj" and head != cur and sx.marked(g, head, ("to",))
        if head == cur or g.rels[cur] not in ("xcomp", "ccomp", "acl", "advcl", "obj") and not shared_to \
                and not _heading(g, v, cur):
            return None
        if g.rels[cur] == "advcl" and sx.marked(g, cur, ("with",)):
            return None  # "With Volodin visiting Tehran, Iran and Russia appear to …": he visits
        if g.lemmas[head] in words["unrealised_heads"] or _called_off(g, v, cur, head):
            return head
        if g.lemmas[head] in words["persuading"] and sx.marked(g, head, ("to",)):
            return head  # "sought to convince the leaders to reconcile": the persuader's aim only
        if g.lemmas[head] in nearly and g.pos[head] != "VERB":
            return head  # "are still close to reaching an agreement" (held-out seed 2062): not reached
        near = [a for a in g.kids(head, "advmod") if g.lemmas[a] in nearly and a < cur] if nearly else ()
        if near and sx.marked(g, cur, ("to",)):
            return near[0]  # "came close to signing a deal", the parser hanging "to signing" on "came"
        cur = head
    return None


def _heading(g: sx.Graph, v: int, cur: int) -> bool:
    """A way the trigger's phrase names: "appear to be moving *in the direction of* upgrading their
    ties" (held-out seed 2068); not the trigger itself ("appear, after talks, to …": talks held)."""
    return cur != v and g.rels[cur] == "obl" and g.case_of(cur) in ("in", "toward", "towards")


def possible_doing(g: sx.Graph, v: int) -> int | None:
    """The verb a plural event noun is the subject of when they only can do something: "the two
    countries' consultations *can help* foster regional stability" holds no consultations, only
    what such would be worth (held-out seed 2067; "X can do Y" reports no act). Not one event
    ("Maliki's trip to Tehran can open a new window": his trip is still made)."""
    if g.pos[v] != "NOUN" or g.rels[v] != "nsubj" or g.tokens[v].tag != "NNS":
        return None
    head = g.heads[v]
    return head if any(g.lemmas[a] in _MAY for a in g.kids(head, "aux")) else None


def _called_off(g: sx.Graph, v: int, cur: int, head: int) -> bool:
    """Is ``cur`` (v or a word above it) what a verb of calling off, ``head``, calls off: its plan
    noun ("suspend its plans", v in the plan's infinitive) or the infinitive the parser hung on the
    verb beside the plan ("suspend its plans [xcomp: to annex]")?"""
    words = coder_words()
    if g.lemmas[head] not in words["called_off"]:
        return False
    if g.rels[cur] == "obj":
        return cur != v and g.lemmas[cur] in words["intent_heads"]
    return g.rels[cur] == "xcomp" and any(g.lemmas[o] in words["intent_heads"] for o in g.kids(head, "obj"))


def condition(g: sx.Graph, v: int) -> int | None:
    """The "if"/"unless" clause trigger v is in, when that clause is another's condition: "threatened
    to launch an offensive *unless Baghdad accepted* its conditions", "will boycott the elections
    *unless the president agrees to step down*", "if he gave them a veto over any settlement reached
    *in peace talks*" (what would have to happen, not what did): anything inside the clause."""
    cur = v
    for _ in range(6):
        head = g.heads[cur]
        if head == cur:
            return None
        if g.rels[cur] == "advcl" and sx.marked(g, cur, ("if", "unless")):
            return cur
        cur = head
    return None


@sx.remembered
def denier(g: sx.Graph, v: int) -> int | None:
    """The verb that denies the clause trigger v is in, or None: "Tehran *denied* that it had
    supplied drones", "*denies* Israeli media claims of Indonesia seeking to normalize ties",
    "*rejected* reports that Russia supplied weapons" (``denials`` and ``claim_nouns`` in
    coder/data/words.tsv). What is denied is reported, not asserted: the event's mode is denied."""
    words = coder_words()
    for head, rel in _reported_in(g, v):
        if rel == "ccomp" and g.pos[head] == "VERB" and g.lemmas[head] in words["denials"]:
            return head
        if g.pos[head] == "NOUN" and g.lemmas[head] in words["claim_nouns"] and rel in ("acl", "ccomp", "nmod"):
            verb = g.heads[head]
            if verb != head and g.pos[verb] == "VERB" and g.lemmas[verb] in words["denials"] \
                    and g.deps[head] in ("obj", "nsubj:pass"):
                return verb
    return None


def alleged(g: sx.Graph, v: int) -> int | None:
    """The allegation noun whose content the clause of trigger v is: "threatened Iran over
    *allegations* that Iran is weighing a plan to avenge Soleimani by *killing* the U.S. ambassador"
    (held-out seed 2056), "*suspicions* of Iran supplying drones" (``allegation_nouns`` in
    coder/data/words.tsv). What someone alleges is no reported act; when a denial verb governs
    the noun, ``denier`` reads it as denied first."""
    nouns, claims = coder_words()["allegation_nouns"], coder_words()["claim_nouns"]
    clause = v  # the highest verb so far: the content's own clause
    for head, rel in _reported_in(g, v):
        if g.pos[head] == "NOUN" and rel in ("acl", "ccomp", "nmod") and (
                g.lemmas[head] in nouns or g.lemmas[head] in claims and _others_claim(g, head, clause)):
            return head
        clause = head if g.pos[head] in ("VERB", "AUX") else clause
    return None


def _others_claim(g: sx.Graph, claim: int, clause: int) -> bool:
    """A claim noun made by someone other than its clause's subject: "claims *by Western
    countries* that Iran has sold drones" (held-out seed 2071) allege; "Iran's claim that it
    downed a U.S. drone", "the claim by Iran that its navy seized a tanker" report its own deed."""
    own, said = sx.owner(g, claim), g.kids(clause, *sx.SUBJ)
    if own is None or not said or g.pos[said[0]] == "PRON":
        return False  # ("the claim by Iran that it …", "… that its navy seized": the claimant's own)
    return g.lemmas[own] != g.lemmas[said[0]] and not any(g.pos[c] == "PRON" for c in g.kids(said[0], "nmod:poss"))


def _reported_in(g: sx.Graph, v: int):
    """(head, relation) of each word above trigger v, up to six, through which a clause can be
    what is denied or alleged (``_DENIED_RELS``; not through a relative clause, which describes)."""
    cur = v
    for _ in range(6):
        head, rel = g.heads[cur], g.rels[cur]
        if head == cur or g.deps[cur] == "acl:relcl" and not _content_clause(g, cur) or rel not in _DENIED_RELS:
            return
        yield head, rel
        cur = head


def _content_clause(g: sx.Graph, v: int) -> bool:
    """A "relative clause" with a "that" of its own and its own subject says what the noun holds:
    "bogus allegations *that Iran has exported* drones to Russia" (parsed as relative; held-out
    seed 2071 coded the export). The parser may take the "that" for the relative pronoun object
    of a verb that has a complement of its own: "rejected the allegations that Tehran refuses *to
    cooperate* with the United Nations special rapporteur" (held-out seed 2083 coded the refusal)."""
    if not g.kids(v, *sx.SUBJ):
        return False
    if sx.marked(g, v, ("that",)):
        return True
    objects = g.kids(v, "obj")
    return any(g.words[o] == "that" for o in objects) and (len(objects) > 1 or bool(g.kids(v, "xcomp", "ccomp")))


# relations through which a denied clause reaches the trigger: "denied that it had *supplied*",
# "denied reports of Russia *supplying*", "denied that Iran had a *role* in the attack"
_DENIED_RELS = frozenset({"ccomp", "xcomp", "conj", "obj", "nsubj", "nmod", "obl", "acl", "advcl"})


def denied(g: sx.Graph, v: int) -> bool:
    """ "no drones were supplied", "no arms transfers have been conducted": a "no" on the
    trigger's subject or object denies the event as a "not" on the verb does."""
    deps, lemmas, kids = g.deps, g.lemmas, g.children
    for c in kids[v]:
        if deps[c] in _DENIABLE:
            for d in kids[c]:
                if deps[d] == "det" and lemmas[d] == "no":
                    return True
    return False


_DENIABLE = sx.SUBJ | sx.PASSIVE_SUBJ | {"obj"}  # whose "no" denies the event


def purpose(g: sx.Graph, v: int) -> int | None:
    """The word a trigger's clause is the purpose of ("carried out attacks *to kill* pilgrims",
    "backing for terrorists *to carry out attacks*"): an infinitive of purpose or of a plan hung
    on a verb or noun says what was aimed at, not what was done."""
    cur = v
    for _ in range(3):
        rel, head = g.rels[cur], g.heads[cur]
        if head == cur:
            return None
        if rel in ("advcl", "acl") and sx.marked(g, cur, ("to",)):
            # not an adjective's degree: "is not brave enough to attack" (negated, not aimed at)
            return head if g.pos[head] in ("VERB", "NOUN", "PROPN") else None
        if rel not in ("obj", "xcomp", "compound"):
            return None
        cur = head
    return None


def polled(g: sx.Graph, n: int) -> bool:
    """Is the actor noun n the people a share is of ("with 8 percent of *women* backing her"), or
    that share ("*99%* of Yemenis support", "a vast *majority* of Yemeni people support")? A
    poll's figure, or a claim of what most of a people think, is no act of theirs (held-out seeds
    2059: USACVL 051 USAELI; 2060: YEM 051 PSE). A majority of a body votes, and acts: only a
    share of a people (``polled_people``, ``the_people``, or a people's plural name, "Yemenis")
    is a poll's."""
    known = coder_words()
    shares, majorities = known["shares"], known["majorities"]
    own = g.lemmas[n] in shares or g.lemmas[n] in majorities
    share, people = (n, _of_noun(g, n)) if own else (g.heads[n], n)
    if share == people or people is None or g.case_of(people) != "of" or g.heads[people] != share:
        return False
    if g.lemmas[share] in shares:
        return bool(g.kids(share, "nummod"))
    return g.lemmas[share] in majorities and (g.lemmas[people] in known["polled_people"]
                                              or g.lemmas[people] in known["the_people"]
                                              or g.tok(people).tag == "NNPS")


def _of_noun(g: sx.Graph, n: int) -> int | None:
    return next((k for k in g.kids(n, "nmod") if g.case_of(k) == "of"), None)


def talked_about(g: sx.Graph, v: int) -> int | None:
    """The talks whose topic trigger v is: "talks aimed at *lifting* U.S. sanctions", "the
    negotiations in Vienna to *remove* the sanctions", "talks on *lifting* sanctions"."""
    cur, talk_nouns = v, coder_words()["talk_nouns"]
    for _ in range(4):
        rel, head = g.rels[cur], g.heads[cur]
        if head == cur or rel not in ("acl", "advcl", "nmod", "obl", "xcomp", "obj", "conj"):
            return None
        if g.kids(cur, *sx.SUBJ):  # a clause with its own subject ("the talks, in which X discussed") is no topic
            return None
        if g.lemmas[head] in talk_nouns and g.pos[head] == "NOUN":
            # (a conjunct of the talks is beside them, not their topic: "the talks and the agreement")
            return None if rel == "conj" else head
        # one topic of several is a topic too: "talks on the developments in Syria and the
        # process of *maintaining* truce" (held-out seed 2055)
        cur = head
    return None


def background_of_undated(events: list[Event], text: str, story_day: str | None = None) -> list[Event]:
    """In an article with no publication date, an asserted event dated more than HISTORICAL_DAYS
    before the latest date the article gives is historical (``dates.undated_reference``): the
    same rule as for a dated article (coder/core.py), with that date standing in for publication.
    So is one dated by a month alone ("in April", "last November"; ``dates.names_another_month``)
    or by a year ("in 1998", "in October 1998"; ``dates.names_a_year``), a day with its year
    ("On September 17, 2018"; ``dates.names_a_past_day``) or a time back ("last year", "two
    years ago"; ``dates.names_years_back``), which such an article names only for what happened
    before its news. ``story_day``: the dateline's date ("TEHRAN, Sept. 17, 2018 –"), the
    story's own day: an event dated to it is news, however its date is written."""
    when = {id(e): EventDate(e.date, e.date_precision, e.date_text) for e in events
            if e.date_text and e.mode == "asserted"}
    dated = [w for w in when.values() if w.date]
    reference = undated_reference(dated, text) if dated else None

    def background(e: Event) -> bool:
        w = when.get(id(e))
        if w is None or story_day is not None and w.date == story_day:
            return False
        return (names_another_month(w, e.sentence) or names_a_year(w, e.sentence)
                or names_a_past_day(w) or names_years_back(w) or _year_of_the_act(w, e)
                or reference is not None and is_historical(w, reference))
    return [replace(e, mode="historical") if background(e) else e for e in events]


def _year_of_the_act(w: EventDate, e: Event) -> bool:
    """A bare year right before the event's own noun, or before its doer's name and the noun:
    "Sanctions were imposed after *Iraq's 1990 invasion* of Kuwait" (held-out seed 2097 coded it
    as news in a 2001 article), "the *2003 U.S. invasions* of Iraq" (seed 2100). A year on
    another noun ("the 2015 nuclear agreement") dates that noun, not the act."""
    year = (w.text or "").strip()
    noun = e.explanation.trigger.split()[0] if e.explanation.trigger else ""
    return (w.precision == "year" and year.isdigit() and bool(noun)
            and re.search(rf"\b{year}\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{re.escape(noun)}\b", e.sentence) is not None)
