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

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import lru_cache
from itertools import compress

from ..coder.placing import PlaceFinder
from ..coder.syntax import Graph
from ..types import NON_STATE, Actor, ActorMention  # NON_STATE: a dateline must not add a country
from .anaphora import PERSON_PRONOUNS, PointingBack, Referents, anaphora_words
from .groups import Groups
from .owners import Owners, struck
from .defaults import Defaults
from .ethnic import without_ethnicities
from .compose import NOT_AN_ACTOR, compose_mention, split_alternatives
from ..places.resolve import load_words
from .lexicon import PERSON_KINDS, Hit, Lexicon
from .coordination import OF_PREPS, amod_members, coordinated, counted, share_country, shared_heads
from .names import (CORE_DEPS, another_person, appos_name, collect, compass, denied, opposed, facility_name, given_name,
                    hyphen_joined, inside_name, known_name, month, company_name, name_of_owner, noun_surname,
                    person_name, person_role, posted_name, titled_beside_body, without_goods_origin, without_sponsors,
                    without_tongues)
from .regions import region_words, regional_hits
from .offices import party_to, people_of_a_place, portfolio, posted_to
from .phrase import CORE_NMOD_DEPS, actor_phrase, shared_words, within
from .words import actor_words

NAME_POS = frozenset({"PROPN", "NOUN"})  # observe: a name, or its head mis-tagged as a noun
NAME_PART_DEPS = frozenset({"compound", "flat", "flat:name", "appos"})  # not a name's head
_NAME_KINDS = frozenset({"country", *PERSON_KINDS})  # hits given_name or facility_name may set aside
FORMER = frozenset({"former", "ex", "ex-"})


@dataclass
class ArticleActors(PointingBack, Groups, Owners, Defaults):
    """Actor resolution for one article; remembers people across its sentences."""

    lexicon: Lexicon
    default_country: str | None = None  # the dateline's country (or the outlet's): a weak default
    default_from: str = "dateline"  # where it comes from: "dateline" or "outlet" (actors/outlets.py)
    # the outlet's country and house titles ("Leader"): that country's office, whatever the dateline or topic
    house: tuple[str, frozenset[str]] | None = None
    date: Date | None = None  # the article's date: people's roles are chosen by it
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> actor
    # surname keys of people.tsv the article gave to someone else ("Reza Rahmani" is not the Afghan
    # speaker Mir Rahman Rahmani): its later bare "Rahmani" is not that known person either
    other_people: set[str] = field(default_factory=set)
    last_person: Actor | None = None
    _person_at: int = -1  # the sentence that last set last_person
    _person_pos: int = -1  # the head token of that mention, in that sentence
    _person_before_sentence: Actor | None = None  # last_person as the current sentence began
    _subject: tuple[int, Actor] | None = None  # (sentence, person) of the last person main subject
    _titled: set[str] = field(default_factory=set)  # surnames introduced beside a role word
    recent_people: list[tuple[str, Actor]] = field(default_factory=list)  # (surname, actor), latest last
    recent_countries: list[tuple[str, Actor]] = field(default_factory=list)
    seen_in: dict[str, int] = field(default_factory=dict)  # recency key -> index of the sentence last naming it
    # country -> times named in the sentences read so far (brought up to date by _named_so_far,
    # which _topic and _home call, actors/defaults.py: nothing else reads it)
    named: Counter = field(default_factory=Counter)
    _counted: set[int] = field(default_factory=set)  # sentences already counted in ``named``
    # the lexicon hits of the counted sentences not yet added to ``named``, the current one last
    _uncounted: list[list[Hit]] = field(default_factory=list)
    _sentence: int = 0
    _hits_for: object = None  # the sentence _hits are of (held, so that no later one can take its id)
    _hits: dict[int, Hit] = field(default_factory=dict)
    # the sentence's pronouns resolved so far: a pronoun the coder asks of again (a second trigger
    # sharing its subject) is the same person, though resolving it moved the recency lists
    _pronouns: dict[int, ActorMention | None] = field(default_factory=dict)
    _lower: tuple[str, ...] = ()  # the sentence's words, lower-cased (Graph.words)
    _clues: frozenset[int] = frozenset()  # tokens that can make a phrase an actor (see _clueless)
    _siblings: frozenset[int] = frozenset()  # tokens whose lemma is a "word@sibling" role
    referents: Referents | None = None  # "the court", "the ambassador": see actors/anaphora.py
    # (country, rule) of the gazetteer's town or province among a sentence's tokens
    # (coder/placing.owned_place), for "the citizens of Aleppo"; None: the lexicon's places only
    places: PlaceFinder | None = None

    def __post_init__(self) -> None:
        if self.referents is None:
            self.referents = Referents(anaphora_words(), self.lexicon)

    def resolve(self, g: Graph, i: int, *, as_place: bool = False) -> list[ActorMention]:
        """Actors of the phrase headed by token i, one per coordinated member."""
        self._prepare(g)
        group = self._group(g, i)
        if group is not None:
            return group
        alias = _alias(g, i)
        if alias is not None:  # "fighters, known as the Syrian Democratic Forces": the organisation named
            named = [m for m in self.resolve(g, alias, as_place=as_place) if m.rule.startswith("org:")]
            if named:
                return [replace(m, rule=f"alias:{m.rule}") for m in named]
        out, role = [], ()
        for member in coordinated(g, i, self._hits):
            for owner in shared_heads(g, member):
                mention = self._one(g, member, as_place, owner)
                if mention is not None:
                    out.append(mention)
                    if owner is not None and mention.actor.sectors and mention.actor.country:
                        role = mention.actor.sectors
        out = share_country(g, _fill_siblings(_join_list(out, role), self))
        for m in out:  # (a loop: most phrases stand for one actor each, and the list is kept)
            if "/" in m.actor.code:
                return [one for mention in out for one in split_alternatives(mention)]
        return out

    def names_actor(self, g: Graph, i: int) -> bool:
        """Whether token i's own word can name an actor (a name, a pronoun, a country, role or
        body word), not only a thing an actor has: "received *the U.S. response*" names none."""
        self._prepare(g)
        return i in self._clues or g.pos[i] in ("PROPN", "PRON") or g.lemmas[i] in actor_words()["posted_abroad"]

    def observe(self, g: Graph) -> None:
        """Read a sentence for people it introduces, whether or not it has events."""
        self._prepare(g)
        if not self._clues and self.people.keys().isdisjoint(self._lower):
            self._note_unknown_speaker(g)
            return  # nothing here can name a known actor (only pronouns, which observe ignores)
        deps, pos, texts, venue = g.deps, g.pos, g.texts, load_words()["venue"]
        # the heads of appositions: appos_name finds no name on any other noun (most nouns)
        appos = ({g.heads[c] for c in compress(range(len(deps)), map("appos".__eq__, deps)) if g.heads[c] != c}
                 if "appos" in deps else ())
        for i in compress(range(len(pos)), map(NAME_POS.__contains__, pos)):  # the few nouns, in order
            if deps[i] in NAME_PART_DEPS and not (deps[i] == "appos" and titled_beside_body(
                    g.heads[i], collect(g, i, CORE_DEPS), self._hits)):
                continue  # (a titled person misparsed beside a body is a name of his own: appos_name)
            # A name's head mis-tagged as a noun ("Es'haq Jahangiri") still introduces a person.
            # So does a role with the name in apposition ("Iran's Ambassador to Russia, Kazem Jalali").
            if (pos[i] == "PROPN" or texts[i][:1].isupper() and noun_surname(g, i)
                    or i in appos and appos_name(g, i, self._hits)):
                envoy = _envoy_of(g, i)
                if envoy is not None:
                    self._one(g, envoy, False, None)  # "Ambassador to Russia Kazem Jalali" names the envoy
                elif g.case_of(i) in venue:
                    # "a summit held in Turkmenistan": a venue, not one of "the two countries" after it
                    kept = list(self.recent_countries)
                    self._one(g, i, False, None)
                    self.recent_countries[:] = kept
                else:
                    self._one(g, i, False, None)
        self._note_described(g)  # "Israeli regime forces": the next "the regime" (actors/anaphora.py)
        self._note_unknown_speaker(g)

    # -- internals -----------------------------------------------------------

    def _full_names(self, h: Hit) -> tuple[str, ...]:
        """The full names of the people a whole-name key may be ("Sheikh Khalifa": two of them)."""
        if h.entry.kind != "person" or h.end - h.start < 2:
            return ()
        return tuple(n for e in self.lexicon.lookup(h.entry.phrase) for n in e.full_names)

    def _prepare(self, g: Graph) -> None:
        if self._hits_for is not g.sentence:
            self._hits_for = g.sentence
            if g.sentence.index != self._sentence:
                self._person_before_sentence = self.last_person
            self._sentence = g.sentence.index
            self._hits, self._pronouns = {}, {}
            self._lower = g.words
            hits = [h for h in self.lexicon.match(g.sentence, self._lower)
                    if not (month(g, h) or compass(g, h) or denied(g, h) or inside_name(g, h) or company_name(g, h)
                            or hyphen_joined(g, h))]
            if not _ANTI.isdisjoint(self._lower):  # (few sentences oppose anyone)
                roles = {k for h in hits if h.entry.kind == "agent" for k in range(h.start, h.end)}
                hits = [h for h in hits if not opposed(g, h, roles)]
            if not region_words().isdisjoint(self._lower):  # "the African official": a country named before
                hits = regional_hits(g, hits, [key for key, _ in self.recent_countries], self.default_country)
            if any(h.entry.kind in PERSON_KINDS for h in hits):  # (most sentences name no known person)
                claimed = {k for h in hits if h.entry.kind not in PERSON_KINDS for k in range(h.start, h.end)}
                others = [h for h in hits if another_person(g, h, claimed, self.lexicon.given_names,
                                                            self._full_names(h))]
                self.other_people.update(h.entry.phrase for h in others)
                hits = [h for h in hits if h not in others
                        and not (h.entry.kind == "surname" and h.entry.phrase in self.other_people)]
            for hit in hits:
                for k in range(hit.start, hit.end):
                    self._hits[k] = hit
            self._clues = frozenset(self._hits)
            if self._sentence not in self._counted:
                self._counted.add(self._sentence)
                self._count_countries(hits)
            siblings = _sibling_words(self.lexicon.generic_roles)
            self._siblings = frozenset()
            if not siblings.isdisjoint(g.lemma_set):
                self._siblings = frozenset(k for k, lemma in enumerate(g.lemmas) if lemma in siblings)
                self._clues |= self._siblings

    def _count_countries(self, hits: list[Hit]) -> None:
        """Keep this sentence's hits for ``named``: they are counted once a later sentence is read,
        and only when ``_topic`` asks (it seldom does: most sentences would be counted for nothing)."""
        self._uncounted.append(hits)

    def _bracketed(self, g: Graph, i: int) -> ActorMention | None:
        """A pronoun the writer explains in brackets: in "Let him say that he [Armenian Prime
        Minister Nikol Pashinyan] recognizes ...", "he" is Pashinyan, whoever was named last."""
        for k in g.kids(i, "appos"):
            if k > i and g.words[i + 1] in ("[", "("):
                named = self._one(g, k, False, None)
                if named is not None:
                    self._note_subject(g, i, named.actor)
                    return replace(named, rule=f"bracketed:{named.rule}")
        return None

    def _pronoun(self, g: Graph, i: int) -> ActorMention | None:
        """The person a pronoun stands for: in brackets, the sentence's opening subject, a person
        before it, its clause's doer or the speaker, else the last subject or person before."""
        bracketed = self._bracketed(g, i)
        if bracketed is not None:
            return bracketed
        here = (self._opening_subject(g, i) or self._informer(g, i) or self._person_before(g, i)
                or self._clause_doer(g, i) or self._conjunct_subject(g, i) or self._speaker(g, i))
        person = here.actor if here is not None else self._subject_before(g, i) or self._last_before(i)
        if person is None:
            return None
        self._note_subject(g, i, person)
        if person.country is None and not person.sectors:
            return None  # someone the lexicon does not know (_note_unknown_speaker)
        actor = Actor(person.code, person.country, person.sectors, g.tok(i).text)
        return ActorMention(actor, i, i + 1, i, f"pronoun:{person.text}")

    def _one(self, g: Graph, i: int, as_place: bool, owner: int | None) -> ActorMention | None:
        """One actor for head i; ``owner`` picks one member of a coordinated "of" complement."""
        lemma = g.lemmas[i]
        if lemma in PERSON_PRONOUNS or g.words[i] in PERSON_PRONOUNS:
            if as_place:
                return None
            if i not in self._pronouns:
                self._pronouns[i] = self._pronoun(g, i)
            return self._pronouns[i]
        if lemma == "party" and _sides(g, i) or lemma in actor_words()["relatives"] and _opposed_owner(g, i):
            return None
        core, extended = actor_phrase(g, i, owner, self._hits)
        if as_place:
            extended |= within(g, i)
        if owner is None and not as_place and self.referents.last:
            pointed = self._pointed_back(g, i, extended)
            if pointed is not None:
                return pointed
        if owner is None and self._clueless(extended):
            return None  # what _code would find, without its cost: most proper nouns are no actor
        members = amod_members(g, counted(g, i)) if owner is not None else []
        if owner in members:  # "Hungarian and Romanian officials": this member's adjective only
            # (with the rest of each other member's name: "Sierra *Leonean*")
            others = {k for m in members if m != owner for k in collect(g, m, NAME_PARTS)}
            core, extended = core - others, extended - others
        found = self._hits_in(extended)
        if not _names_country_or_body(found):
            located = self._located(g, i, owner)
            if not located <= extended:
                extended |= located
                found = self._hits_in(extended)
        hits = _own_hits(g, found)
        name = (known_name(g, hits, core) or noun_surname(g, i) or person_name(g, core, self._hits)
                or appos_name(g, i, self._hits) or posted_name(g, i, self._hits) or self._remembered(g, core))
        mention = self._code(g, i, core, extended, hits, name, as_place)
        former = _former(g, i, mention)
        if former is not mention and former.name:  # later "he" is the former office-holder too
            self.people[former.name.lower()] = self.last_person = former.actor
            self._person_at = self._sentence
        if former is not None and not as_place and _named_outright(former):
            self.referents.note(former.actor, former.name, hits, self._sentence, self.date)
            if not former.name and self._titled_subject(g, i):
                self.last_person = former.actor  # "the Belarussian president said. He hailed …"
                self._person_at = self._sentence
            if former.name or self.last_person is former.actor:
                self._note_subject(g, i, self.last_person if former.name else former.actor)
        elif former is not None and former.rule.startswith("outlet-title") and self._titled_subject(g, i):
            # "The Leader praised Sarhangi. He also praised …": the house title's holder is the next
            # "he", not the person he praised (held-out seed 2070 gave the Leader's words to Sarhangi)
            self.last_person, self._person_at = former.actor, self._sentence
            self._note_subject(g, i, former.actor)
        return former

    def _last_before(self, i: int) -> Actor | None:
        """The last person named before token i: "In England *he* was received by Queen Elizabeth
        II" is not the Queen, whom the coder may have resolved first (the source slot)."""
        if self._person_at == self._sentence and self._person_pos > i:
            return self._person_before_sentence
        return self.last_person

    def _person_before(self, g: Graph, i: int) -> ActorMention | None:
        """ "Trump seems determined to …, and *he* would welcome …": a person named earlier in the
        sentence, which the memory reads only after the sentence is coded; a subject first."""
        pos, deps, hits = g.pos, g.deps, self._hits
        names = [k for k in range(i) if pos[k] == "PROPN" and deps[k] not in NAME_PART_DEPS
                 and ((hit := hits.get(k)) is not None and hit.entry.kind in PERSON_KINDS
                      or self._lower[k] in self.people)]
        subjects = [k for k in names if deps[k] in ("nsubj", "nsubj:pass")]
        if deps[i] not in ("obj", "iobj"):  # an object pronoun is not its own clause's subject
            # a subject no one knows yet ("EU foreign policy chief Federica Mogherini said that
            # she …") is the person when its phrase has a name: "Tehran said that he …" is not Tehran
            new = [k for k in range(subjects[-1] + 1 if subjects else 0, i) if pos[k] == "PROPN"
                   and deps[k] in ("nsubj", "nsubj:pass") and k not in names]
            if new:
                mention = self._one(g, new[-1], False, None)
                if mention is not None and mention.actor.sectors and mention.name:
                    return mention
        if not names:
            return None
        mention = self._one(g, (subjects or names)[-1], False, None)
        return mention if mention is not None and mention.actor.sectors else None

    def _clueless(self, extended: set[int]) -> bool:
        """No word of the phrase is in the lexicon, a remembered person or a sibling role word:
        then ``_code`` finds neither a country nor a role and returns None, with no side effect.
        (Every token a name or ``_remembered`` can come from is in ``extended`` when the
        phrase is not split among coordinated owners.)"""
        if not self._clues.isdisjoint(extended):
            return False
        return self.people.keys().isdisjoint(map(self._lower.__getitem__, extended))

    def _hits_in(self, tokens: set[int]) -> list[Hit]:
        """The lexicon's matches on ``tokens``, each once, in token order."""
        hits, out = self._hits, []
        for k in sorted(hits.keys() & tokens):
            hit = hits[k]
            if not out or out[-1] is not hit:  # a match's tokens are consecutive here
                out.append(hit)
        return out

    def _code(self, g, i, core, extended, hits, name, as_place) -> ActorMention | None:
        start, end = min(extended), max(extended) + 1
        text = g.sentence.span_text(start, end)
        if not as_place and self.lexicon.dictionary and any(h.entry.dictionary for h in hits):
            # a user dictionary's codes are used as written (actors/compose.py)
            composed = compose_mention(hits, core, i, text, (start, end), self.date)
            if composed is not None:
                return composed if composed is not NOT_AN_ACTOR else None
        others = hits if as_place else [h for h in hits if not _named_for_venue(h, g)]
        if len(others) < len(hits):
            if not any(h.start in core for h in others):
                return None  # "the role of the Astana peace process on the Syria crisis": no one's
            hits = others
        # "ethnic Albanians", "Bosnian Serbs": no Albania, no Serbia; "Iranian oil buyers": no Iran
        hits = without_goods_origin(g, without_sponsors(g, without_tongues(g, without_ethnicities(g, hits, i))), i)
        whole = self._hits.get(i)
        if whole is not None and whole.entry.kind == "capital" and not as_place:
            # a capital that seats.tsv also lists ("Brussels": the EU) is that seat when it is
            # the actor itself; as a place or a modifier ("Brussels police") it stays the capital
            seat = next((e for e in self.lexicon.lookup(whole.entry.phrase) if e.kind == "seat"), None)
            if seat is not None:
                whole = Hit(whole.start, whole.end, seat)
        if whole is not None and whole.entry.kind in ("seat", "org") and not as_place:
            owner = self._other_owner(g, i, whole.entry.country)  # "North Korea's Supreme Leader"
            return self._mention(owner or whole.entry.country, whole.entry.sectors, text, start, end, i,
                                 f"{whole.entry.kind}:{whole.entry.phrase}" + (f"+owner:{owner}" if owner else ""),
                                 name)
        country, c_rule = (None if as_place else self._homeland(g, i)) or \
            _country(_own_countries(g, hits), i, as_place)
        if as_place:
            return self._mention(country, (), text, start, end, i, "place:" + c_rule, None) if country else None
        if (whole is None or whole.entry.kind == "adjective") and g.lemmas[i] in actor_words()["seas"]:
            # "patrol the Persian Gulf": an adjective ending in a sea names the sea, not people; so
            # does a sea's "of" phrase ("transfer of energy … to the Sea of Oman": no Oman; held-out
            # seed 2096)
            return None
        sectors, s_rule = self._sectors(hits, i, core)
        remembered = self.people.get(name.lower()) if name else None
        if remembered is not None and country and remembered.country and country != remembered.country:
            remembered = None  # "the Gulf of Mexico" after "the Persian Gulf": its own words name Mexico
        if remembered is not None:
            return self._mention(remembered.country, remembered.sectors, text, start, end, i,
                                 f"memory:{name}", name)
        named_country, named_sectors = country, sectors  # from the words, before a known person's role
        country, sectors, p_rule = person_role(g, hits, core, extended, country, sectors, self.date, name)
        s_rule = "+".join(filter(None, (s_rule, p_rule)))
        if sectors == ("ELI",) and not named_sectors:
            # "signed in 2015 by Shoigu and his Iranian counterpart Hossein Dehghan": "counterpart"
            # names the office he held then, which his former-office ELI on the article's date
            # (the only ELI a known person's role gives) must not overrule; the partner's sector
            # fills it in (resolve, _fill_siblings)
            sibling, why = self._generic_sector(hits, g, core)
            if why.startswith("sibling"):
                sectors, s_rule = sibling, why
        org_hit = next((h for h in hits if h.entry.kind in ("seat", "org")), None)
        org = org_hit.entry if org_hit is not None else None
        owner = self._other_owner(g, org_hit.end - 1, org.country) if org is not None else None
        if owner is None and org is not None and g.heads[org_hit.end - 1] == i:  # "the Iranian Red
            owner = self._other_owner(g, i, org.country)  # Crescent Society": the adjective is on "Society"
        if owner is not None and (not sectors or _member_of(org, hits)):  # "North Korean Supreme Leader Kim"
            country, sectors, c_rule = owner, org.sectors, f"{org.kind}:{org.phrase}+owner:{owner}"
        elif org is not None and named_country in (None, org.country) and (not sectors or _member_of(org, hits)):
            country, sectors, c_rule = org.country or country, org.sectors, f"{org.kind}:{org.phrase}"
        if not sectors:
            sectors, s_rule = self._generic_sector(hits, g, core)
        if country is None and sectors == ("UAF",) and struck(g, i):
            group = self._armed_group_named()
            if group is not None:  # "killed tens of militants" in a raid "on ISIL's supply lines": ISIL's
                return self._mention(group.country, group.sectors, text, start, end, i,
                                     f"armed-group:{group.phrase}+{s_rule}", name)
        if country is None and sectors and sectors[0] not in NON_STATE:
            country, c_rule = (self._owner_country(g, i) or self._person_owner(g, i) or self._place_owner(g, i)
                               or self._weak_default(g, i, hits, sectors, name)
                               or (None, c_rule))
        if country is None and not sectors:
            return None  # neither a country nor a role: not an actor
        if country is None and sectors[0] not in NON_STATE and not (name or self._role_head(g, i)
                                                                    or _agent_at(hits, i)):
            # "military talks": a role word that only qualifies another noun; a titled
            # name ("President Yoweri Museveni") is a person in that role
            return None
        # A role without a country ("demonstrators", "rebels") is coded as CAMEO does, "---OPP".
        return self._mention(country, sectors, text, start, end, i, "+".join(filter(None, (c_rule, s_rule))), name)

    def _sectors(self, hits: list[Hit], i: int, core: set[int]) -> tuple[tuple[str, ...], str]:
        """Sector of the role nearest the head; generic roles ("chief") defer to their complement."""
        agents = [h for h in hits if h.entry.kind == "agent"]
        if agents:  # (most phrases name none)
            in_core = sorted((h for h in agents if h.start in core), key=lambda h: -h.end)
            outside = [h for h in agents if h.start not in core]
            roles = [h for h in in_core + outside if h.entry.lowered not in self.lexicon.generic_roles]
            if roles:
                h = _office_over_rank(roles, core)
                return h.entry.sectors, f"agent:{h.entry.phrase}"
        for h in hits:
            if h.entry.kind == "capital" and h.start in core:
                return ("GOV",), f"capital:{h.entry.phrase}"
        return (), ""

    def _generic_sector(self, hits: list[Hit], g: Graph, core: set[int]) -> tuple[tuple[str, ...], str]:
        """A generic role's own sector ("official" → GOV), used when no body is named."""
        generic = self.lexicon.generic_roles
        for h in hits:
            if h.entry.kind == "agent" and h.entry.lowered in generic:
                return h.entry.sectors, f"agent:{h.entry.phrase}"
        if not self._siblings.isdisjoint(core):  # a "word@sibling" role
            owner = self._possessor_role(g, core)
            if owner is not None:
                return owner.actor.sectors, f"sibling:{owner.actor.text}"
            return (), "sibling"  # filled in from the coordinated partner, see resolve()
        return (), ""

    def _located(self, g: Graph, i: int, owner: int | None = None) -> set[int]:
        """ "protesters in Tehran", "an official at the Ministry of Trade": a group, body or
        generic role without a country takes the country (or body) of where it is."""
        hit = self._hits.get(i)
        if hit is None:  # "opposition groups in Zimbabwe", "the terrorist attack in the Russian city of …"
            hit = next(filter(None, map(self._hits.get, g.kids(i, "compound", "amod"))), None)
        if hit is None or hit.entry.kind != "agent":
            return set()
        generic = hit.entry.lowered in self.lexicon.generic_roles
        # (not forces: "U.S.-led coalition forces in Afghanistan" are deployed there, not Afghanistan's;
        # but police serve at home: "Security forces in Guinea have tortured refugees")
        in_place = ((generic or people_of_a_place(g, i) or hit.entry.agent_kind in ("group", "body"))
                    and (g.lemmas[i] not in actor_words()["deployed_abroad"] or hit.entry.code == "COP"))
        preps = ({"in"} if in_place else set()) | ({"at"} if generic else set())
        for c in g.children[i]:
            if g.rels[c] == "nmod" and g.case_of(c) in preps:
                if owner is not None and owner in g.conjuncts(c):  # "in Iran and Iraq": this member
                    return collect(g, owner, CORE_DEPS)
                return collect(g, c, CORE_NMOD_DEPS)
        return shared_words(g, i)

    def _homeland(self, g: Graph, i: int) -> tuple[str, str] | None:
        """ "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": an ethnic group
        or the people of a place live in that place's country (the noun says the ethnicity)."""
        head = self._hits.get(i)
        if head is None or head.entry.kind != "people":
            return None
        ethnic = any(g.lemmas[k] == "ethnic" for k in g.kids(i, "amod"))
        for c in g.kid_prefix(i, "nmod"):
            if g.case_of(c) == "of" or ethnic and g.case_of(c) == "in":
                found = [h for h in self._hits_in(collect(g, c, CORE_NMOD_DEPS))
                         if h.entry.country and h.entry.kind in ("country", "capital")]
                if found and found[0].entry.country != head.entry.country:
                    return found[0].entry.country, f"{found[0].entry.kind}:{found[0].entry.phrase}"
        return None

    def _remembered(self, g: Graph, core: set[int]) -> str | None:
        """A surname the article introduced, even where the tagger took it for a common noun."""
        people, words = self.people, g.words
        for k in sorted(core, reverse=True):
            if words[k] in people and g.texts[k][:1].isupper() and not name_of_owner(g, k, core, self._hits):
                return g.texts[k]
        return None

    def _other_owner(self, g: Graph, i: int, country: str | None) -> str | None:
        """The country the head's owner or adjective names when it is not the body's own: "North
        Korea's Supreme Leader" is North Korea's, not Iran's, whose title organisations.tsv lists;
        the body's sector stays. (Not a country further off: "the U.S.-backed Syrian Democratic
        Forces" are Syria's.)"""
        if not country:
            return None
        for c in g.children[i]:
            hit = self._hits.get(c)
            if hit is not None and g.deps[c] in ("nmod:poss", "amod", "compound") \
                    and hit.entry.kind in ("country", "adjective") and hit.entry.country not in (None, country):
                return hit.entry.country
        return None

    def _role_head(self, g: Graph, i: int) -> bool:
        """The phrase is a role: its head is one, or it counts one ("thousands *of students*"),
        also by a count of counts ("hundreds of thousands *of people*", "tens of thousands of")."""
        heads, k = [i], i
        for _ in range(3):
            ofs = [c for c in g.children[k] if g.rels[c] == "nmod" and g.case_of(c) in OF_PREPS]
            heads += ofs
            if not ofs or g.lemmas[k] not in actor_words()["counts"]:
                break
            k = ofs[0]
        return any((hit := self._hits.get(k)) is not None and hit.entry.kind == "agent" for k in heads)

    def _mention(self, country, sectors, text, start, end, head, rule, name) -> ActorMention:
        # CAMEO writes a role of an unknown country "---GOV"; IGO/NGO codes stand alone
        unknown = country is None and sectors and sectors[0] not in NON_STATE
        code = ("---" if unknown else country or "") + "".join(sectors)
        actor = Actor(code or "---", country, tuple(sectors), text)
        if name:
            key = name.lower()
            if (country or sectors[:1] and sectors[0] in NON_STATE) and key not in self.people:
                self.people[key] = actor
            self.last_person = self.people.get(key, actor)
            self._person_at, self._person_pos = self._sentence, head
            _push(self.recent_people, self.last_person, key=key)
            self.seen_in[key] = self._sentence
        if country:  # "the two countries": any actor's country counts, a minister's as much as a name
            # (a country named alone is that very actor: no second, equal Actor is made)
            _push(self.recent_countries, actor if not sectors else Actor(country, country, (), text), key=country)
            self.seen_in[country] = self._sentence
        return ActorMention(actor, start, end, head, rule, name)


@lru_cache(maxsize=4)
def _sibling_words(generic_roles: frozenset[str]) -> frozenset[str]:
    """The words of "word@sibling" roles, which take their sector from a coordinated partner."""
    return frozenset(r[:-len("@sibling")] for r in generic_roles if r.endswith("@sibling"))


NAME_PARTS = frozenset({"flat", "compound"})


def _own_hits(g: Graph, found: list[Hit]) -> list[Hit]:
    """The phrase's hits that are its actors: not a name inside another name ("Jordan" in
    "Jordan Burroughs", a place in a facility's name), nor the sides of a negotiation ("the
    demands of the opposite parties", held-out seed 2062; "third party candidates" are a
    party's, a compound being no side)."""
    hits = []
    for h in found:
        # (only a country word or a person's name can be part of another name: the two tests
        # are False for any other hit, most of them, and are not asked)
        if h.entry.kind in _NAME_KINDS and (given_name(g, h) or facility_name(g, h)):
            continue
        last = h.end - 1
        if not (g.lemmas[last] == "party" and g.deps[last] != "compound" and _sides(g, last)):
            hits.append(h)
    return hits


def _opposed_owner(g: Graph, i: int) -> bool:
    """ "Iran's adversaries", "the enemies of the Islamic Republic": the owner is whom they oppose."""
    return any(g.deps[c] == "nmod:poss" or g.deps[c] == "nmod" and g.case_of(c) == "of" for c in g.children[i])


def _sides(g: Graph, i: int) -> bool:
    """ "the parties to the deal", "in the conflict", "the opposite parties", "the parties": states or
    sides, not political parties; "welcome third parties to participate": outsiders (held-out seed 2043)."""
    return (any(g.case_of(c) == "to" for c in g.kid_prefix(i, "nmod")) or party_to(g, i)
            or any(g.lemmas[c] == "third" for c in g.kids(i, "amod")) or _bare_parties(g, i))


def _bare_parties(g: Graph, i: int) -> bool:
    """ "The parties expressed their satisfaction over the meeting": plural "parties" with no word
    of their own beyond the article are the sides of what the story is about (a Joint Commission
    meeting, held-out seed 2080 had them Iranian political parties)."""
    return g.words[i] == "parties" and all(g.deps[c] in ("det", "punct") for c in g.children[i])


def _named_for_venue(h: Hit, g: Graph) -> bool:
    """ "the *Astana* peace process", "the *Vienna* talks": a city naming a process or meeting after
    where it is held, not its government."""
    return h.entry.kind == "capital" and g.rels[h.end - 1] == "compound" \
        and g.lemmas[g.heads[h.end - 1]] in actor_words()["named_for_venue"]


def _member_of(org, hits: list[Hit]) -> bool:
    """ "World Bank president", "Hamas chief Haniyeh": a role held in a named organisation
    takes the organisation's code, unless the words name a body of their own ("Hezbollah's
    military"). A body the organisation already is ("the news agency TASS": MED within
    RUSGOVMED) is not one of its own. The caller has checked that the words name no other
    country ("Iran's UN envoy"). A body of an IGO, NGO or IMG, which has no country ("NATO
    forces", "the U.N. war crimes court"), is the organisation: Phoenix codes UN organs IGOUNO."""
    if org.code[:3] in NON_STATE:
        return True
    own = set(org.sectors)
    return not any(h.entry.kind == "agent" and h.entry.agent_kind == "body" and not set(h.entry.sectors) <= own
                   for h in hits)


def _agent_at(hits: list[Hit], i: int) -> bool:
    """A role word is the phrase's head among ``hits`` (as ``_role_head`` asks of the sentence's
    own hits): also one ``without_ethnicities`` put there ("ethnic *Albanians*": people)."""
    return any(h.entry.kind == "agent" and h.start <= i < h.end for h in hits)


def _names_country_or_body(hits: list[Hit]) -> bool:
    """Does one of the hits name a country (not through a person) or an organisation of none
    ("the EU foreign ministers in Paris" are the EU's, not France's; held-out seed 2067)?"""
    for h in hits:
        if h.entry.country and h.entry.kind not in PERSON_KINDS or h.entry.kind in ("org", "seat"):
            return True
    return False


def _own_countries(g: Graph, hits: list[Hit]) -> list[Hit]:
    """The hits that name the phrase's own country: not through a person, nor a country an envoy
    is posted to or an official's brief names (asked only of country words: the two tests are
    pure, and most hits are roles or names)."""
    out = []
    for h in hits:
        if h.entry.country and h.entry.kind not in PERSON_KINDS and not posted_to(g, h) \
                and not portfolio(g, h, hits):
            out.append(h)
    return out


def _country(countries: list[Hit], i: int, as_place: bool) -> tuple[str | None, str]:
    """Country of the phrase: the head's own name first, then the nearest country word
    (``countries``: the phrase's ``_own_countries``, in token order)."""
    if len(countries) > 1:
        countries.sort(key=lambda h: (not (h.start <= i < h.end), abs(h.start - i)))
    for h in countries:
        if as_place and h.entry.kind == "adjective":
            continue  # "the Russian port" is a place in Russia only if named; keep it strict
        return h.entry.country, f"{h.entry.kind}:{h.entry.phrase}"
    return None, ""


def _push(recent: list[tuple[str, Actor]], actor: Actor, *, key: str) -> None:
    """Move ``actor`` to the end of the recency list (one entry per key, the last four kept)."""
    for n in range(len(recent) - 1, -1, -1):  # (a short list: a loop, not a comprehension)
        if recent[n][0] == key:
            del recent[n]
    recent.append((key, actor))
    del recent[:-4]


def _join_list(mentions: list[ActorMention], role: tuple[str, ...]) -> list[ActorMention]:
    """ "deputy foreign ministers of Iran, Russia, Syria, and Turkey held a meeting": the parser
    hangs the list's last country on "ministers", beside the role, as a bare country; it is one
    more holder of the role the others share."""
    if not role:
        return mentions
    out = []
    for m in mentions:
        a = m.actor
        if a.country and not a.sectors and m.rule.startswith("country:"):
            sectors = "".join(role)
            m = replace(m, actor=Actor(a.country + sectors, a.country, role, a.text), rule=f"{m.rule}+list:{sectors}")
        out.append(m)
    return out


def _fill_siblings(mentions: list[ActorMention], memory: "ArticleActors") -> list[ActorMention]:
    """ "Shoigu and his Iranian counterpart Dehghan": the counterpart holds Shoigu's kind of role."""
    for donor in mentions:  # (a loop: most lists are of one mention)
        if donor.actor.sectors:
            break
    else:
        return mentions
    out = []
    for m in mentions:
        if m.rule.endswith("sibling") and not m.actor.sectors:
            sectors = donor.actor.sectors
            actor = Actor((m.actor.country or "") + "".join(sectors), m.actor.country, sectors, m.actor.text)
            m = ActorMention(actor, m.start, m.end, m.head, m.rule + ":" + donor.actor.text, m.name)
            if m.name:
                memory.people[m.name.lower()] = actor
        out.append(m)
    return out


def _former(g: Graph, i: int, mention: ActorMention | None) -> ActorMention | None:
    """ "former security officials", "ex-minister X": CAMEO codes former office-holders ELI."""
    if mention is None or mention.start >= i or not mention.actor.sectors or "ELI" in mention.actor.sectors:
        return mention  # (a phrase that starts at its head has no word before it)
    # anywhere before the head: parsers hang "former" on "Minister" or on "Abe"
    lemmas, deps = g.lemmas, g.deps
    for k in range(mention.start, i):  # (a loop: a generator costs more for these few words)
        if lemmas[k] in FORMER and deps[k] in ("amod", "advmod"):
            break
    else:
        return mention
    actor = Actor((mention.actor.country or "---") + "ELI", mention.actor.country, ("ELI",), mention.actor.text)
    return ActorMention(actor, mention.start, mention.end, mention.head, mention.rule + "+former", mention.name)


def _named_outright(mention: ActorMention) -> bool:
    """Its words say whose it is: a country or a named body, not a default ("the president")."""
    actor = mention.actor
    return bool(actor.country or actor.sectors[:1] and actor.sectors[0] in NON_STATE) and not mention.defaulted


_ANTI = frozenset({"anti", "anti-", "pro", "pro-"})  # the words names.opposed reads before a country


def _office_over_rank(roles: list[Hit], core: set[int]) -> Hit:
    """The role that says what the person acts as, of ``roles`` nearest the head first: a rank
    held for life yields to an office beside it ("Judiciary Chief Ayatollah Raeisi"), a military
    rank to an office before the name ("Defense Minister Brigadier General Amir Hatami"), not to
    one in an apposition ("Major General Baqeri, the chief of staff of the Iranian armed forces")."""
    words = actor_words()
    ranks, service = words["ranks"], words["service_ranks"]
    offices = [h for h in roles if h.entry.lowered not in ranks]
    if offices and offices[0].entry.lowered in service:
        return next((h for h in offices if h.start in core and h.entry.lowered not in service), offices[0])
    return offices[0] if offices else roles[0]


def _envoy_of(g: Graph, i: int) -> int | None:
    """The envoy a name in his "to" phrase names: "Ambassador to *Russia* Kazem Jalali" (the
    country token), or the name hung on the country in apposition ("to Russia, *Jalali*", held-out
    seed 2061, where the surname alone was a Syrian prime minister's)."""
    posted = actor_words()["posted_abroad"]
    for k in (i, g.heads[i]) if g.deps[i] == "appos" else (i,):
        if g.case_of(k) == "to" and g.heads[k] != k and g.lemmas[g.heads[k]] in posted:
            return g.heads[k]
    return None


def _alias(g: Graph, i: int) -> int | None:
    """The name a participle gives the phrase of token i: "fighters, *known as* the Syrian
    Democratic Forces", "a group *called* Jaish al-Adl" (``aliases``)."""
    for c in g.kids(i, "acl"):
        if g.lemmas[c] in actor_words()["aliases"] and g.tok(c).tag == "VBN":
            for k in g.children[c]:
                if g.rels[k] in ("obl", "xcomp", "obj") and g.pos[k] in ("PROPN", "NOUN") \
                        and (g.case_of(k) == "as" or g.rels[k] != "obl"):
                    return k
    return None
