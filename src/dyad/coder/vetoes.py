"""Pair vetoes: a (source, target) pair the coder found that is no event between them.

``veto`` gives the reason for the drop record ("self-directed", "advice", "interview", …), or
None. Each rule was found on reviewed Tehran Times events or gold sentences (docstrings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import ActorMention
from . import syntax as sx
from .patterns import Pattern
from .words import coder_words

if TYPE_CHECKING:
    from .core import Match


def veto(g: sx.Graph, m: Match, src: ActorMention, tgt: ActorMention | None,
         targets: list[ActorMention]) -> tuple[str, str] | None:
    """(reason, detail) when the pair (src, tgt) of match ``m`` is no event between them."""
    p = m.pattern
    if tgt is not None and (tgt.actor.code == src.actor.code or _same_country_place(src, tgt, p)
                            or _own_obligation(src, tgt, p, targets) or _own_among_others(src, tgt, targets)
                            or _own_country_whole(g, m, src, tgt)):
        # self-directed: "returned to Tehran", "Iran's cooperation with Iran"
        return "self-directed", f"{src.actor.code} -> {tgt.actor.code}"
    if tgt is not None and m.code in _MEDIATION and src.actor.country is not None \
            and any(t.actor.country == src.actor.country for t in (tgt, *targets)):
        # "Tehran's initiative to organize a trilateral conference between Iran, Pakistan, and
        # Afghanistan": a side of the talks, not their mediator
        return "own-talks", f"{src.actor.code} is one of the sides, not a mediator between them"
    if tgt is not None and m.code[:2] == "15" and tgt.head == m.obj:
        # "Japan's plan to dispatch Self-Defense Forces to the Middle East" (held-out seed 2097):
        # the forces sent are the sender's, not whom they are sent against
        return "own-forces", f"{g.words[m.obj]!r} are the forces deployed, not their target"
    if tgt is not None and _advice(m, src, tgt):
        return "advice", "a warning to one's own civilians is travel advice, not a threat"
    if tgt is not None and _barred(p, tgt):
        return "barred-target", f"{p.id} takes no {tgt.actor.code} target"
    if tgt is not None and p.abroad and src.actor.country is not None and tgt.actor.country == src.actor.country:
        return "barred-target", f"{p.id} takes no target of the source's own country ({tgt.actor.code})"
    if m.code in _VISITS and _carrier(g, src):
        return "route", f"{g.words[src.head]!r} flies or sails a route, it makes no visit"
    if p.charged and _judged(g, m.trigger):
        return "charge", f"'{g.words[m.trigger]}' is what {g.words[g.heads[m.trigger]]!r} charges, not an act reported"
    if tgt is not None and p.armed and _politicians(src) and _politicians(tgt):
        return "words", f"{p.id} between {src.actor.code} and {tgt.actor.code}: leaders clash in words"
    if tgt is not None and m.code[:2] in _VIOLENT_ROOTS and 0 <= tgt.head < len(g.lemmas) \
            and g.lemmas[tgt.head] in coder_words()["figurative_patients"]:
        # "The possibility of Iranian piped gas for Europe … was killed by President Clinton"
        # (held-out seeds 2078, 2097): a plan or a hope killed is a figure of speech
        return "figurative", f"{g.words[m.trigger]!r} acts on {g.words[tgt.head]!r}, which no force harms"
    if tgt is not None and _act_warned_against(g, m, tgt):
        return "caution", f"{tgt.actor.code} is the target of the act warned against, not of a threat"
    return _no_meeting(g, m, src, tgt)


_VISITS = frozenset({"042", "036"})
_VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
_MEDIATION = frozenset({"045", "039"})


def _carrier(g: sx.Graph, a: ActorMention) -> bool:
    """Is the mention's head an airline, a flight or a ship (words.tsv ``carriers``)?"""
    return 0 <= a.head < len(g.lemmas) and g.lemmas[a.head] in coder_words()["carriers"]


def _judged(g: sx.Graph, n: int) -> bool:
    """Is noun n (or the first of its conjuncts) the object of a verb of judgement ("criticized
    Israel's repeated *breaches* of Palestinian rights", held-out seed 2089; 2086)? Words.tsv
    ``judged_for``: condemn, criticize, denounce ..."""
    while g.rels[n] == "conj" and g.heads[n] != n:
        n = g.heads[n]
    head = g.heads[n]
    return head != n and g.rels[n] == "obj" and g.lemmas[head] in coder_words()["judged_for"]


# The sectors of those who clash only in words: "the leaders of Canada, France, Germany and Britain
# clashed with Donald Trump over the imposition of tariffs" at a G7 summit (held-out seed 2088, four
# rows of 190). A bare country may have fought ("Iran and Iraq clashed"), and an armed sector has.
_POLITICAL = frozenset({"GOV", "LEG", "ELI", "PTY", "JUD"})


def _politicians(a: ActorMention) -> bool:
    return bool(a.actor.sectors) and _POLITICAL.issuperset(a.actor.sectors)


def _barred(p: Pattern, tgt: ActorMention) -> bool:
    """A target the pattern's ``not_target`` rules out: "Pakistan's intelligence agency supports
    terrorists", "Saudi Arabia supported al-Qaeda" are accusations of arming them, not the verbal
    endorsement (051) "support" codes (held-out seeds 2038-2053: none of 5 right)."""
    return bool(p.not_target) and (tgt.actor.code[:3] in p.not_target
                                   or not p.not_target.isdisjoint(tgt.actor.sectors or ()))


def _act_warned_against(g: sx.Graph, m: Match, tgt: ActorMention) -> bool:
    """ "Mattis has warned against military action on North Korea": whoever might act is warned;
    the act's own target is not threatened (held-out seed 2053). Its doer is: "Zarif warned
    against a US attack on Iran" is a threat to the US."""
    if m.code[:2] != "13":
        return False
    acts = coder_words()["acts"]
    return any(tgt.head in sx.subtree(g, k) for c in g.kids(m.trigger, "obl")
               if g.lemmas[c] in acts and g.case_of(c) == "against"
               for k in g.kids(c, "nmod") if g.case_of(k) in ("on", "against", "in", "to"))


def _own_among_others(src: ActorMention, tgt: ActorMention, targets: list[ActorMention]) -> bool:
    """ "the Iranian foreign minister stressed upgrading the ties between the two countries": of
    several targets, the source's own country named bare is the source's side, not a partner."""
    return (len(targets) > 1 and src.actor.country is not None and tgt.actor.country == src.actor.country
            and not tgt.actor.sectors)


def _own_obligation(src: ActorMention, tgt: ActorMention, p: Pattern, targets: list[ActorMention]) -> bool:
    """ "Bagheri said Iran must plan for changes": what one's own country must do is a view, not a
    demand, and so is what it must do together with others ("the French president said that
    Paris and Tehran must create a framework for stability", held-out seed 2059: no demand on
    Tehran); but rebels or the opposition saying their government must change is a demand
    ("Rwandan rebels announced that President Kagame must agree to constitutional changes")."""
    if not p.modal or src.actor.country is None or not _DISSENT.isdisjoint(src.actor.sectors or ()):
        return False
    return any(t.actor.country == src.actor.country for t in (tgt, *targets))


def _advice(m: Match, src: ActorMention, tgt: ActorMention) -> bool:
    """ "the United States warned its citizens to defer travel to India", "European countries
    warned tourists to stay away": a warning to one's own (or to no one country's) civilians is
    travel advice, not a threat; so is one to its people named by their nationality ("Iran's
    Foreign Ministry warned Iranians about traveling to Turkey")."""
    if m.code[:2] != "13":
        return False
    civilians = tgt.actor.sectors[:1] == ("CVL",) and tgt.actor.country in (None, src.actor.country)
    nationals = tgt.rule.startswith("people:") and not tgt.actor.sectors and tgt.actor.country == src.actor.country
    return civilians or nationals


# Sectors that stand against their own state: what they say it must do is a demand on it
_DISSENT = frozenset({"REB", "INS", "SEP", "OPP"})


# Roots in which a state actor's own country, named whole, is no counterpart: talk, appeals,
# promises, meetings, cooperation, demands, criticism and rejection.
_WORDS_AND_DEALINGS = frozenset({"01", "02", "03", "04", "05", "06", "10", "11", "12"})


def _own_country_whole(g: sx.Graph, m: Match, src: ActorMention, tgt: ActorMention) -> bool:
    """ "Zarif called for the expansion of Tehran-Moscow ties" (IRNGOV -> IRN), "He expressed his
    country's readiness to expand ties with Iran" (a Tehran default on a foreign minister): a
    government, army or firm does not talk to, meet, promise or criticise its own country as a
    whole; such a target is the topic, a misread side or a wrong default. Reviewed Tehran Times
    events of this shape (sessions 2-13): 4 ok, 5 partly, 24 wrong.

    Kept: a promise of reform, made about one's own country ("Kostunica promised to democratize
    Serbia", 0344, the CAMEO manual's example); a leader addressing "the Iranian nation" (its
    people, not its state); dissenters addressing their country; force against it; and what a
    user's PETRARCH dictionary pattern codes."""
    if m.pattern.words is not None or m.code[:2] not in _WORDS_AND_DEALINGS or m.code[:3] == "034":
        return False
    return (not tgt.actor.sectors and tgt.actor.country is not None and tgt.actor.country == src.actor.country
            and _DISSENT.isdisjoint(src.actor.sectors or ())
            and g.lemmas[tgt.head] not in coder_words()["the_people"])


_OCCUPY = "192"  # CAMEO "occupy territory": one's own is retaken from someone, not from itself


def _same_country_place(src: ActorMention, tgt: ActorMention, p: Pattern) -> bool:
    """A place of the source's own country as the target of a visit, or of territory taken ("the
    Syrian army recaptured a village in Idlib" took it from no one the words name)."""
    return (p.place or p.code == _OCCUPY and tgt.rule.startswith("place:")) and tgt.actor.country == src.actor.country


def _no_meeting(g: sx.Graph, m: Match, src: ActorMention, tgt: ActorMention | None) -> tuple[str, str] | None:
    """(reason, detail) when a consultation or visit (04) is none between political actors; the
    press's meeting, or its question ("Katz was asked by Italy's Corriere della Sera"), is an
    interview."""
    if g.lemmas[m.trigger] == "ask" and press(src):
        return "interview", f"{src.actor.code} -> {tgt.actor.code if tgt else None}: the press's question"
    obj = sx.direct_object(g, m.trigger) if g.lemmas[m.trigger] == "meet" else None
    if obj is not None and m.pattern.code[:2] == "04" and g.lemmas[obj] in coder_words()["met_objects"]:
        return "idiom", f"meeting {g.words[obj]!r} is fulfilling it, not a meeting"  # (or promising to)
    if g.lemmas[m.trigger] == "meet" and m.pattern.code[:2] == "04" and _met_with_reaction(g, m.trigger):
        return "idiom", "to be met with a reaction is to receive it, not a meeting"
    if m.pattern.code[:2] == "04" and (_counted(g, src.head) or (tgt is not None and _counted(g, tgt.head))):
        # (a visit's pattern, also when its mode made it an intent, 036)
        return "statistic", "a count of travellers is a statistic, not a visit"
    if m.code[:2] != "04":
        return None
    if m.code[:3] == "043" and g.lemmas[src.head] in coder_words()["gatherings"]:
        # "The 6th International Exhibition of Elevators … of Iran is hosting 280 Iranian and foreign
        # companies" (held-out seed 2082): a fair or a summit hosts no visitor, its organisers do
        return "venue", f"{src.actor.code} -> {tgt.actor.code if tgt else None}: a gathering hosts no one"
    if tgt is not None and (press(src) or press(tgt)):
        return "interview", (f"{src.actor.code} -> {tgt.actor.code}: the press's meeting is an interview,"
                             " not a consultation")
    return None


def _met_with_reaction(g: sx.Graph, v: int) -> bool:
    """ "The proposal … has been met with fierce opposition by the Palestinian resistance" (held-out
    seed 2086 had the resistance meeting "fierce opposition"): a passive "met with" a reaction
    (words.tsv ``met_reactions``) is how something was received."""
    reactions = coder_words()["met_reactions"]
    return g.is_passive(v) and any(g.case_of(c) == "with" and g.lemmas[c] in reactions for c in g.kids(v, "obl"))


def _counted(g: sx.Graph, n: int) -> bool:
    """ "1.159 million Iranian nationals visited Turkey", "Turkey hosted 32.6 million tourists", "Some
    5,000 Iranians visited South Africa in 2016" (held-out seed 2082): people counted in thousands
    or more (on the noun or its "of" noun) are a statistic; so are the people whose number is told
    ("the number of Russians visiting Iran is less …", held-out seed 2080; words.tsv ``tallies``)."""
    head, tallies = g.heads[n], coder_words()["tallies"]
    for tally in (head, n) if head != n and g.rels[n] == "nmod" and g.case_of(n) == "of" else (n,):
        # (the counted people, or the count itself as the actor's head: "The number of Iranian tourists
        # visiting Georgia … has risen", held-out seed 2084; "a number of officials" are several)
        if g.lemmas[tally] in tallies and (tally == head or g.kids(tally, "nmod")) \
                and not any(g.lemmas[d] == "a" for d in g.kids(tally, "det")):
            return True
    for k in (n, *(c for c in g.kids(n, "nmod") if g.case_of(c) == "of")):
        for c in g.kids(k, "nummod"):
            word = g.words[c]
            if word in ("million", "millions", "billion", "thousand", "thousands") or _at_least(word, 1_000):
                return True
    return False


def _at_least(word: str, floor: int) -> bool:
    try:
        return float(word.replace(",", "")) >= floor
    except ValueError:
        return False


# Sectors of the press: "Mehr News Agency sat with a Syrian strategist" is an interview
PRESS = frozenset({"MED", "JRN"})


def press(a: ActorMention) -> bool:
    """Is the actor the press (a news agency, a paper, a journalist)?"""
    return bool(a.actor.sectors) and PRESS.issuperset(a.actor.sectors)
