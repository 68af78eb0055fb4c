"""The tokens of an actor phrase: its head with its modifiers (the core), and with the "of"
complement and apposition that say whose it is (the extended phrase); and the words a conjunct
shares with its partner. ``ArticleActors`` (actors/resolve.py) reads actors from these."""

from __future__ import annotations

from itertools import compress

from ..coder.syntax import Graph
from .coordination import OF_PREPS
from .lexicon import Hit
from .names import CORE_DEPS, collect, name_after, split_name
from .words import actor_words

EXTENDED_DEPS = frozenset({"appos"})
OF_TO_PREPS = OF_PREPS | {"to"}
OF_FOR_PREPS = OF_PREPS | {"for"}  # a camp or shelter "for" people is theirs (words.tsv ``housed``)
COMPLEMENT_DEPS = CORE_DEPS | {"nmod", "appos"}  # what an "of" complement or an apposition takes in
ACT_TARGETS = ("on", "against")  # the prepositions of an act's target: "attacks on the Majlis"
CORE_NMOD_DEPS = CORE_DEPS | {"nmod"}
NOT_IN_PHRASE = frozenset({"VERB", "AUX", "PUNCT", "ADP"})
# "a top advisor to the chief of the IRGC": these serve the one named after "to" and take its
# country and sector. Not "ambassador/envoy to X", who are sent to X by their own country.
SERVING_ROLES = frozenset({"adviser", "advisor", "aide", "assistant"})
NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


def actor_phrase(g: Graph, i: int, owner: int | None, hits: dict[int, Hit]) -> tuple[set[int], set[int]]:
    """(core, extended) tokens of the phrase headed by i: the head with its modifiers, and with
    its "of"/"from" complement and apposition as well; ``owner`` picks one member of a
    coordinated "of" complement."""
    core = collect(g, i, CORE_DEPS)
    # Words between the phrase's first word and its head belong to it even when the
    # parse attaches them oddly ("the Russian Army General Staff").
    first, pos = min(core), g.pos
    # (not in a predicate, whose subject lies between: "the Iranian Foreign Minister Kamal Kharrazi
    # is in Cairo" parsed with "the" on "Cairo" made Kharrazi Egyptian, TT sample of session 36)
    for k in range(first, i) if not g.kids(i, "nsubj") else ():
        if pos[k] not in NOT_IN_PHRASE:
            core.add(k)
    if first and pos[i] == "PROPN":  # (split_name finds nothing for any other phrase)
        core.update(split_name(g, i, first))
    extended = set(core)
    preps = _owner_preps(g.lemmas[i])
    deps, rels = g.deps, g.rels
    for c in g.children[i]:
        if deps[c] in EXTENDED_DEPS or (rels[c] == "nmod" and g.case_of(c) in preps) or name_after(g, i, c, hits):
            part = _owning_part(g, collect(g, c, COMPLEMENT_DEPS), i)
            if not part:
                continue
            extended |= part
            lo, hi = min(part), max(part)
            if lo + 1 < hi:  # (a part of one or two words has none between)
                extended.update(compress(range(lo, hi), map(NOMINAL.__contains__, pos[lo:hi])))
            if owner is not None and c != owner and owner in g.conjuncts(c):
                extended = (extended - collect(g, c, CORE_NMOD_DEPS)) | collect(g, owner, CORE_DEPS)
    return core, extended


def _owner_preps(head: str) -> frozenset[str]:
    """The prepositions whose phrase says whose ``head`` is: "of" and "from"; "to" for an
    adviser's ("SERVING_ROLES"), "for" for a camp's or shelter's (words.tsv ``housed``)."""
    if head in SERVING_ROLES:
        return OF_TO_PREPS
    return OF_FOR_PREPS if head in actor_words()["housed"] else OF_PREPS


def _owning_part(g: Graph, part: set[int], head: int) -> set[int]:
    """What of ``head``'s complement ``part`` says whose ``head`` is: the part without what hangs on
    a venue word ("on the sidelines of the UN General Assembly" is where the leaders meet, not
    whose they are) or, for a leader of acts, the acts' target ("the mastermind of terrorist attacks
    *on the Majlis*" is no MP; held-out seed 2053; but "the victims of the attack on the embassy"
    are the embassy's). A trader's (``traders``) has none: "buyers of Iranian oil" are not Iran's."""
    words, lemmas = actor_words(), g.lemmas
    if lemmas[head] in words["traders"]:
        return set()
    leads = lemmas[head] in words["act_leaders"]
    drop: set[int] = set()
    for k in part:
        if lemmas[k] in words["venue_nouns"]:
            drop |= collect(g, k, COMPLEMENT_DEPS)
        elif leads and lemmas[k] in words["led_acts"]:
            drop.update(*(collect(g, t, COMPLEMENT_DEPS) for t in g.kids(k, "nmod") if g.case_of(t) in ACT_TARGETS))
    return (part - drop) or part


def shared_words(g: Graph, i: int) -> set[int]:
    """What conjunct i shares with its partner: an adjective or an "of" complement."""
    return _shared_adjective(g, i) or _shared_complement(g, i)


def _shared_adjective(g: Graph, i: int) -> set[int]:
    """The nationality its first conjunct's adjective gives a bare second conjunct: "the *Kuwaiti*
    nation and government", "the Syrian people and army" (a conjunct with words of its own before
    it, "the Kuwaiti nation and the Saudi government", has its own)."""
    head = g.heads[i]
    if g.rels[i] != "conj" or head == i or g.pos[head] not in ("NOUN", "PROPN") \
            or any(g.deps[k] not in ("cc", "punct") for k in g.children[i] if k < i):
        return set()
    return {k for k in g.children[head] if k < head and g.deps[k] == "amod" and g.pos[k] in ("ADJ", "PROPN")}


def _shared_complement(g: Graph, i: int) -> set[int]:
    """The "of" phrase a bare first conjunct shares with its last: "the people and authorities *of
    Armenia*", "the president and foreign minister of Russia" (held-out seed 2040)."""
    if any(g.rels[k] == "nmod" for k in g.children[i]):
        return set()  # "the people of Iran and the authorities of Armenia": its own
    last = max((k for k in g.children[i] if g.rels[k] == "conj"), default=None)
    if last is None:
        return set()
    of = next((k for k in g.children[last] if g.rels[k] == "nmod" and g.case_of(k) == "of"), None)
    return set() if of is None else collect(g, of, CORE_DEPS)


def within(g: Graph, i: int) -> set[int]:
    """ "the town of Cizre in southeastern Turkey": a place is in the country it is said to be in."""
    c = next((c for c in g.kid_prefix(i, "nmod") if g.case_of(c) == "in"), None)
    return collect(g, c, CORE_NMOD_DEPS) if c is not None else set()
