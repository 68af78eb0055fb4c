"""Resolve a noun phrase in a parsed sentence to a CAMEO actor, with article memory.

The phrase around a head word is read the way an analyst reads it: the head
and its modifiers ("Iranian Deputy Defense Minister Qassemi Taqizadeh"), its
possessor ("Iran's Joint Chiefs of Staff"), an "of"/"from" complement
("deputy chief of the Russian Army General Staff", "a delegation from the
Russian Defense Ministry") and an apposition ("Bagheri, Chairman of ...").
A person introduced with a role keeps it for the rest of the article
("Bagheri", "he", "the Iranian general").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..coder.syntax import Graph
from ..types import Actor, ActorMention
from .lexicon import Hit, Lexicon

CORE_DEPS = frozenset({"compound", "flat", "flat:name", "amod", "det", "nummod", "nmod:poss", "case"})
EXTENDED_DEPS = frozenset({"appos"})
OF_PREPS = frozenset({"of", "from"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})


@dataclass
class ArticleActors:
    """Actor resolution for one article; remembers people across its sentences."""

    lexicon: Lexicon
    default_country: str | None = None  # the dateline's country: a weak default
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> actor
    last_person: Actor | None = None
    _hits_for: int = -1
    _hits: dict[int, Hit] = field(default_factory=dict)

    def resolve(self, g: Graph, i: int, *, as_place: bool = False) -> list[ActorMention]:
        """Actors of the phrase headed by token i, one per coordinated member."""
        self._prepare(g)
        out = []
        for member in g.conjuncts(i):
            for owner in _shared_heads(g, member):
                mention = self._one(g, member, as_place, owner)
                if mention is not None:
                    out.append(mention)
        return out

    def observe(self, g: Graph) -> None:
        """Read a sentence for people it introduces, whether or not it has events."""
        self._prepare(g)
        for tok in g.sentence.tokens:
            if tok.pos == "PROPN" and tok.dep not in ("compound", "flat", "flat:name", "appos"):
                self._one(g, tok.i, False, None)

    # -- internals -----------------------------------------------------------

    def _prepare(self, g: Graph) -> None:
        key = id(g.sentence)
        if self._hits_for != key:
            self._hits_for = key
            self._hits = {}
            for hit in self.lexicon.match(g.sentence):
                for k in range(hit.start, hit.end):
                    self._hits[k] = hit

    def _one(self, g: Graph, i: int, as_place: bool, owner: int | None) -> ActorMention | None:
        """One actor for head i; ``owner`` picks one member of a coordinated "of" complement."""
        tok = g.tok(i)
        if tok.lemma.lower() in PERSON_PRONOUNS or tok.text.lower() in PERSON_PRONOUNS:
            if self.last_person is None or as_place:
                return None
            person = self.last_person
            actor = Actor(person.code, person.country, person.sectors, tok.text)
            return ActorMention(actor, i, i + 1, i, f"pronoun:{person.text}")
        core = _collect(g, i, CORE_DEPS)
        extended = set(core)
        for c in g.children[i]:
            dep = g.tok(c).dep
            if dep in EXTENDED_DEPS or (dep.split(":")[0] == "nmod" and g.case_of(c) in OF_PREPS):
                extended |= _collect(g, c, CORE_DEPS | {"nmod"})
                if owner is not None and c != owner and owner in g.conjuncts(c):
                    extended = (extended - _collect(g, c, CORE_DEPS | {"nmod"})) | _collect(g, owner, CORE_DEPS)
        hits = self._hits_in(extended)
        name = _person_name(g, core, self._hits) or _appos_name(g, i, self._hits)
        return self._code(g, i, core, extended, hits, name, as_place)

    def _hits_in(self, tokens: set[int]) -> list[Hit]:
        seen, out = set(), []
        for k in sorted(tokens):
            hit = self._hits.get(k)
            if hit is not None and id(hit) not in seen:
                seen.add(id(hit))
                out.append(hit)
        return out

    def _code(self, g, i, core, extended, hits, name, as_place) -> ActorMention | None:
        start, end = min(extended), max(extended) + 1
        text = g.sentence.span_text(start, end)
        whole = self._hits.get(i)
        if whole is not None and whole.entry.kind in ("seat", "org") and not as_place:
            return self._mention(whole.entry.country, whole.entry.sectors, text, start, end, i,
                                 f"{whole.entry.kind}:{whole.entry.phrase}", name)
        country, c_rule = _country(hits, i, as_place)
        if as_place:
            return self._mention(country, (), text, start, end, i, "place:" + c_rule, None) if country else None
        sectors, s_rule = self._sectors(hits, i, core)
        remembered = self.people.get(name.lower()) if name else None
        if remembered is not None:
            return self._mention(remembered.country, remembered.sectors, text, start, end, i,
                                 f"memory:{name}", name)
        org = next((h.entry for h in hits if h.entry.kind in ("seat", "org")), None)
        if org is not None and not sectors:
            country, sectors, c_rule = org.country or country, org.sectors, f"{org.kind}:{org.phrase}"
        if country is None and sectors and (name or _is_definite_role(g, i)) and self.default_country:
            country, c_rule = self.default_country, "dateline-default"
        if country is None and "IGO" not in sectors:
            return None  # a role with no country ("officials") is not yet an actor
        return self._mention(country, sectors, text, start, end, i, "+".join(filter(None, (c_rule, s_rule))), name)

    def _sectors(self, hits: list[Hit], i: int, core: set[int]) -> tuple[tuple[str, ...], str]:
        """Sector of the role nearest the head; generic roles ("chief") defer to their complement."""
        agents = [h for h in hits if h.entry.kind == "agent"]
        in_core = sorted((h for h in agents if h.start in core), key=lambda h: -h.end)
        outside = [h for h in agents if h.start not in core]
        for h in in_core + outside:
            if h.entry.phrase.lower() not in self.lexicon.generic_roles:
                return h.entry.sectors, f"agent:{h.entry.phrase}"
        capital = next((h for h in hits if h.entry.kind == "capital" and h.start in core), None)
        if capital is not None:
            return ("GOV",), f"capital:{capital.entry.phrase}"
        return (), ""

    def _mention(self, country, sectors, text, start, end, head, rule, name) -> ActorMention:
        code = (country or "") + "".join(sectors)
        actor = Actor(code or "---", country, tuple(sectors), text)
        if name and country and name.lower() not in self.people:
            self.people[name.lower()] = actor
        if name:
            self.last_person = self.people.get(name.lower(), actor)
        return ActorMention(actor, start, end, head, rule, name)


def _collect(g: Graph, i: int, deps: frozenset[str]) -> set[int]:
    """i and its dependents through ``deps`` (prepositions are not part of the phrase)."""
    out, stack = {i}, [i]
    while stack:
        for c in g.children[stack.pop()]:
            tok = g.tok(c)
            if tok.dep == "case" and tok.text not in POSSESSIVE_MARKS:
                continue
            if tok.dep in deps and c not in out:
                out.add(c)
                stack.append(c)
    return out


def _country(hits: list[Hit], i: int, as_place: bool) -> tuple[str | None, str]:
    """Country of the phrase: the head's own name first, then the nearest country word."""
    ranked = sorted((h for h in hits if h.entry.country), key=lambda h: (not (h.start <= i < h.end), abs(h.start - i)))
    for h in ranked:
        if as_place and h.entry.kind == "adjective":
            continue  # "the Russian port" is a place in Russia only if named; keep it strict
        return h.entry.country, f"{h.entry.kind}:{h.entry.phrase}"
    return None, ""


def _person_name(g: Graph, core: set[int], hits: dict[int, Hit]) -> str | None:
    """Surname of a person named in the phrase (last proper noun not in the lexicon)."""
    names = [k for k in sorted(core) if g.tok(k).pos == "PROPN" and k not in hits and g.tok(k).text[:1].isupper()]
    if not names:
        return None
    return g.tok(names[-1]).text


def _shared_heads(g: Graph, i: int) -> list[int | None]:
    """ "the forces of Iran and Russia" names two actors: one per member of the "of" phrase."""
    for c in g.children[i]:
        if g.tok(c).dep.split(":")[0] == "nmod" and g.case_of(c) in OF_PREPS:
            members = g.conjuncts(c)
            if len(members) > 1:
                return list(members)
    return [None]


def _appos_name(g: Graph, i: int, hits: dict[int, Hit]) -> str | None:
    for c in g.kids(i, "appos"):
        name = _person_name(g, _collect(g, c, CORE_DEPS), hits)
        if name:
            return name
    return None


def _is_definite_role(g: Graph, i: int) -> bool:
    return any(g.tok(c).lemma.lower() == "the" for c in g.kids(i, "det"))
