"""Coordinated actors in a phrase: which words of "Iran and Russia", "the forces of Iran and
Russia", "Hungarian and Romanian officials" each name an actor, and which bare role of a
coordination shares its partner's country (actors/resolve.py resolves each member)."""

from __future__ import annotations

from ..coder.syntax import Graph
from ..nlp.comitative import OPENING_WORDS as COMITATIVE_OPENERS
from ..types import ActorMention
from .lexicon import Hit
from .offices import people_of_a_place
from .words import actor_words

OF_PREPS = frozenset({"of", "from"})
OF_IN_PREPS = OF_PREPS | {"in"}


def share_country(g: Graph, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Danish media and government", "lawmakers and officials in Iran", "the Turkish defense
    minister and intelligence chief": a bare coordinated role (no determiner or modifier of its
    own) shares the first member's country when that country came from a modifier, not from the
    member's own name. When the first member has several ("lawmakers and officials in Iran and
    Iraq"), the bare role gets one actor per country."""
    if len(mentions) < 2:
        return mentions
    first = mentions[0]
    if first.actor.country is None or g.pos[first.head] == "PROPN" or not first.actor.sectors:
        return mentions
    owners = [m for m in mentions if m.head == first.head and m.actor.country is not None]
    out = []
    for m in mentions:
        # a common-noun compound is part of the role ("intelligence chief"), a name is not; so is
        # an adjective of the role's own entry ("permanent representative")
        role_words = next((part[6:].lower().split() for part in m.rule.split("+") if part.startswith("agent:")), [])
        bare = not any((g.rels[c] in ("det", "amod", "nmod") and g.words[c] not in role_words)
                       or (g.deps[c] == "compound" and g.pos[c] != "NOUN") for c in g.children[m.head])
        if m.head == first.head or not (m.actor.country is None and m.actor.sectors and bare
                                        and g.pos[m.head] == "NOUN"):
            out.append(m)
            continue
        for owner in owners:
            actor = m.actor.in_country(owner.actor.country)
            out.append(ActorMention(actor, m.start, m.end, m.head, f"{m.rule}+shared:{owner.actor.text}", m.name))
    return out


def coordinated(g: Graph, i: int, hits: dict[int, Hit]) -> list[int]:
    """The coordinated members of the phrase headed by i; for a noun whose apposition is a list
    ("old foes Gondor and Osgiliath", "the two countries, Iran and Russia"), that list's."""
    members = g.conjuncts(i)
    if len(members) > 1 and any(g.case_of(m) in COMITATIVE_OPENERS for m in members[1:]):
        # "will not give in to international pressure and along with the people of the world, we
        # will …" (held-out seed 2068): a phrase of its own taken for a conjunct is no member
        # (a doer's "along with" before the verb is made a true conjunct by nlp/comitative.py)
        members = [m for m in members if m == members[0] or g.case_of(m) not in COMITATIVE_OPENERS]
    if len(members) == 2 and g.pos[members[0]] == "PROPN" and not g.kids(members[1], "cc") \
            and (hit := hits.get(members[1])) is not None and hit.entry.kind == "agent":
        return members[:1]  # "Amir Peretz, former Minister of Defense, called": an apposition taken for a list
    if len(members) == 1 and g.pos[i] == "NOUN" and g.has_kid(i, "appos"):
        for a in g.kids(i, "appos"):
            listed = g.conjuncts(a)
            if g.pos[a] == "PROPN" and len(listed) > 1:
                return listed
    return members


def shared_heads(g: Graph, i: int) -> list[int | None]:
    """ "the forces of Iran and Russia", "Hungarian and Romanian officials" name two actors:
    one per member of the "of" phrase or of the coordinated adjectives; for a plural,
    also of the "in" phrase ("lawmakers in Iran and Iraq")."""
    preps = OF_IN_PREPS if people_of_a_place(g, i) else OF_PREPS
    rels = g.rels
    for c in g.children[i]:
        if rels[c] == "nmod" and g.case_of(c) in preps:
            members = g.conjuncts(c)
            if len(members) > 1:
                return list(members)
    members = amod_members(g, counted(g, i))
    return list(members) if len(members) > 1 else [None]


def counted(g: Graph, i: int) -> int:
    """What a count counts: "scores of *refugees*", "hundreds of thousands of *people*" (their
    adjectives are the phrase's: "scores of Sierra Leonean and Liberian refugees" are two
    countries' refugees; PLOVER gold). Any other head is its own."""
    for _ in range(3):
        if g.lemmas[i] not in actor_words()["counts"]:
            break
        ofs = [c for c in g.children[i] if g.rels[c] == "nmod" and g.case_of(c) in OF_PREPS]
        if not ofs:
            break
        i = ofs[0]
    return i


def amod_members(g: Graph, i: int) -> list[int]:
    """The coordinated adjectives on i ("*Turkish* and *Greek* sides"), or []."""
    deps, pos = g.deps, g.pos
    for c in g.children[i]:
        # (an adjective with no conjunct of its own is one member: most are)
        # ("*U.S.* and *Russian* negotiators": the first member may parse as a compound)
        if deps[c] in ("amod", "compound") and g.has_kid(c, "conj"):
            # ("Chinese and *other* firms": the others are of no country the words say, not a
            # second actor that takes the dateline's; held-out seed 2060 had IRNBUS)
            members = [m for m in g.conjuncts(c) if pos[m] in ("ADJ", "PROPN") and g.lemmas[m] != "other"]
            if len(members) > 1:
                # "the Russian, Turkish and Syrian defense chiefs": parsers often hang the last
                # member, the one with "and", on the noun beside the others
                return members + [a for a in g.children[i] if a > members[-1] and deps[a] == "amod"
                                  and pos[a] in ("ADJ", "PROPN") and g.has_kid(a, "cc")]
    return _hung_pair(g, i)


def _hung_pair(g: Graph, i: int) -> list[int]:
    """Two words before the noun with "and" between them but no conjunct link: "*U.S.* and
    *Russian* negotiators" parses "U.S." as a compound and "Russian" as an amod with the "and"."""
    deps, pos = g.deps, g.pos
    for c in g.children[i]:
        first = c - 2  # the word before the "and"
        if deps[c] == "amod" and pos[c] in ("ADJ", "PROPN") and not g.has_kid(c, "conj") \
                and c - 1 in g.children[c] and deps[c - 1] == "cc" and first in g.children[i] \
                and deps[first] in ("compound", "amod") and pos[first] in ("ADJ", "PROPN"):
            return [first, c]
    return []
