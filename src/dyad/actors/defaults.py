"""The country a role of no named country takes by default: the dateline's (or the outlet's),
or the article's topic, each withheld where the words point elsewhere. ``ArticleActors``
(actors/resolve.py) asks these last, after the words, owners and places of the phrase."""

from __future__ import annotations

from collections import Counter

from ..coder.syntax import Graph
from ..types import NON_STATE, REGIONS
from .absent import unless_absent
from .lexicon import COUNTRY_KINDS, PERSON_KINDS, Hit, office_title
from .names import own_name
from .owners import ARMED
from .words import actor_words

# bodies that are also places (a mosque, a university, a hospital): one with a name of its own
# is that place, and no default says where it is
PLACE_BODIES = frozenset({("REL",), ("EDU",), ("HLH",)})


class Defaults:
    """The rules of this module as ``ArticleActors`` methods: they read its dateline
    (``default_country``, ``default_from``), its outlet's ``house`` titles and the countries
    its sentences name."""

    def _named_so_far(self) -> Counter:
        """``named`` with every counted sentence but the current (last) one added, in the order
        they were read (``most_common`` breaks ties by first insertion)."""
        pending = self._uncounted
        for hits in pending[:-1]:
            # (states only: ISIL, named ten times in a report on Deir Ezzur, is no one's "the army";
            # held-out seed 2058 had IMGMIL)
            countries = [h.entry.country for h in hits if h.entry.country and h.entry.kind not in PERSON_KINDS
                         and h.entry.country not in NON_STATE]
            if countries:  # a list: counted in C, new countries in the same order
                self.named.update(countries)
        del pending[:-1]
        return self.named

    def _topic(self) -> str | None:
        """With no dateline, the country most named in the article's earlier sentences (the first
        to reach that count): "Civilians were killed" in a report on Mosul are Iraq's. Named at
        least twice; a one-sentence text has no topic."""
        named = self._named_so_far()
        if not named:
            return None
        country, times = named.most_common(1)[0]
        return country if times >= 2 else None

    def _home(self) -> tuple[str, str]:
        """The default country of a datelined article: the dateline's, unless the article has
        named another country at least twice, and at least three times as often as the dateline's
        before this sentence, its topic: "TEHRAN – Violent protests … in France …. Protesters
        clashed with security forces" is a report filed in Tehran about France, whose protesters
        are France's; in a report on Aleppo that names Iran once, "the militants" are Syria's."""
        home, named = self.default_country, self._named_so_far()
        topic = self._topic() if named else None
        if topic is not None and topic != home and named[topic] >= 3 * named[home]:
            return topic, f"topic-country:{topic}"
        return home, f"{self.default_from}-default"

    def _named_here(self) -> set[str]:
        """The countries the sentence names (not through a person, nor through the news agency it
        cites: "…, ILNA reported" is no word on Iran; held-out seed 2070 made "the Romanian
        government and people" Iran's people)."""
        return {h.entry.country for h in self._hits.values() if h.entry.country and h.entry.kind not in PERSON_KINDS
                and not (h.entry.kind == "org" and "MED" in h.entry.sectors)}

    def _foreign_named(self, home: str | None = None) -> bool:
        """The sentence names a country other than the dateline's: a Tehran-datelined report of
        "Israel killed the two assailants" says nothing of the assailants' country. (A title
        keeps the default: "the first vice-president" in Tehran's paper is Iran's.) A sentence that
        names the dateline's country as well is about both, and the default stands: "protests in
        many countries, including Iran, where protesters attacked the Saudi embassy"."""
        home, named = home or self.default_country, self._named_here()
        return bool(named - {home}) and home not in named

    def _weak_default(self, g, i, hits, sectors, name) -> tuple[str, str] | None:
        """The country of a state actor whose words name none: the dateline's, or without a
        dateline the article's topic (groups and bodies only), each withheld when the
        sentence names other countries but not that one, or with neither the one state the
        sentence names (``_sentence_state``); never for what the words call foreign ("any other
        foreign company", "foreign forces")."""
        if any(g.lemmas[c] in actor_words()["foreign"] and c not in self._hits for c in g.kids(i, "amod")):
            return None
        if any(g.lemmas[c] in actor_words()["everywhere"] for c in g.kids(i, "nmod")):
            return None  # "free-hearted people of the world", "Muslims around the globe": no one country's
        if any(h.entry.kind == "agent" and h.entry.agent_kind == "body" and h.entry.sectors[:1] in PLACE_BODIES
               and own_name(g, h, hits) for h in hits):
            return None  # "Al-Aqsa Mosque": one particular place, whose country the words do not say
        if not name and set(sectors) <= ARMED and not self._role_head(g, i):
            # "Iran condemned the terrorist act": an act, whose doers the dateline does not place
            # (held-out seed 2073 had the Taliban's 1998 killers Iran's armed group)
            return None
        collective = _collective(hits, sectors)
        if name and _collective(hits, sectors, ("group",)):
            name = None  # "Rohingya refugees": a people's name, not a person's (held-out seed 2048)
        if self.house and g.tok(i).text in self.house[1] and _is_definite_role(g, i):
            return self.house[0], f"outlet-title:{g.tok(i).text}"  # "the Leader" in Tehran's paper
        # An outlet's country is weaker than a dateline's: its undatelined copy carries foreign
        # news too, where a person's name ("Sheikh Hamdan", "Gray Davis") says nothing of Iran.
        if self.default_country and not (name and self.default_from == "outlet") \
                and not (name and self._not_home_holder(hits, name)):
            home, rule = self._home()
            placed = unless_absent(home, rule, hits)
            if placed != (home, rule):  # "Several senators" in a Tehran story: American ones
                return placed
            # "the general vaccination program": a definite phrase is a role only when its head is
            if ((name or (_is_definite_role(g, i) and self._role_head(g, i)) or collective)
                    and (name or _named_body(g, hits, sectors) or not (collective and self._foreign_named(home)))):
                return home, rule
            return None
        if name:
            return None
        topic = self._topic()
        if topic is not None:
            return unless_absent(topic, f"topic-country:{topic}", hits) \
                if collective and not self._foreign_named(topic) else None
        if collective or (_is_definite_role(g, i) and self._role_head(g, i)):
            return self._sentence_state(g, i, hits)
        return None

    def _sentence_state(self, g: Graph, i: int, hits: list[Hit]) -> tuple[str, str] | None:
        """With neither dateline nor topic (the caller's), the one state the sentence names: "The Mozambique
        government accepted demands from Shona rebels" are Mozambique's rebels, "A group of Chechen
        refugees … in protest of the Russian government's refusal" Russia's refugees. A named
        person is left alone ("Archbishop Desmond Tutu called for sanctions against Nigeria"), and
        so is a strike, which falls where the sentence says (``strikes``)."""
        if g.lemmas[i] in actor_words()["strikes"]:
            return None
        sole = self._sole_state(g)
        return unless_absent(sole, f"sentence-country:{sole}", hits) if sole else None

    def _sole_state(self, g: Graph) -> str | None:
        """The one state the sentence names (not through a person, nor a region's name), if it
        names it as the country of a role, body or group ("the Mozambique government", "the
        Russian government's refusal", "Serbian workers"). A country named only on its own is an
        actor or a place, which says nothing of anyone else ("The officials met Russia",
        "Civilians fled to Turkey", "The ambassadors in Tehran"); nor does an armed force's
        country say whom it fights ("Egyptian troops killed militants", "Two Palestinian suicide
        bombers killed 23 people" in Tel Aviv, "in the current Palestinian uprising")."""
        states, owning = set(), set()
        for h in set(self._hits.values()):
            if h.entry.kind not in COUNTRY_KINDS or h.entry.country in REGIONS:
                continue
            states.add(h.entry.country)
            k = h.end - 1
            if g.deps[k] in _OF_SOMETHING and g.heads[k] != k and self._unarmed_role(g, g.heads[k]):
                owning.add(h.entry.country)
        return states.pop() if len(states) == 1 and owning else None

    def _unarmed_role(self, g: Graph, i: int) -> bool:
        """Token i is a role, body or group of the lexicon, but no armed force."""
        hit = self._hits.get(i)
        return (hit is not None and hit.entry.kind == "agent" and _FORCES.isdisjoint(hit.entry.sectors)
                and g.lemmas[i] not in actor_words()["deployed_abroad"])

    def _not_home_holder(self, hits: list[Hit], name: str) -> bool:
        """A titled name that is none of the home country's holders of that office, where people.tsv
        knows at least three of them: "Foreign Minister Toikeusse Mabri" in a Tehran story is not
        Iran's (Kharrazi, Mottaki, Salehi, Zarif … are)."""
        home, lowered = self.default_country, name.lower()
        for h in hits:
            if h.entry.kind == "agent" and h.entry.agent_kind == "title":
                holders = self.lexicon.office_holders.get((home, office_title(h.entry.phrase)), frozenset())
                if len(holders) >= 3 and lowered not in holders and holders.isdisjoint(lowered.split()):
                    return True
        return False


def _named_body(g: Graph, hits: list[Hit], sectors: tuple[str, ...]) -> bool:
    """ "Senate leaders", "an official at the Ministry of Post": a body written as a proper name
    is, in a datelined story, the dateline country's institution even when the sentence names
    other countries; only common nouns ("the assailants", "police") are left without one."""
    return any(h.entry.kind == "agent" and h.entry.agent_kind == "body" and h.entry.sectors == sectors
               and h.start > 0 and g.texts[h.start][:1].isupper() and not own_name(g, h, hits) for h in hits)


def _collective(hits: list[Hit], sectors: tuple[str, ...], kinds: tuple[str, ...] = ("group", "body")) -> bool:
    """The sector comes from a group or body ("protesters", "the police"): in a datelined
    story these are, unless the words say otherwise, the dateline country's."""
    return any(h.entry.kind == "agent" and h.entry.agent_kind in kinds and h.entry.sectors == sectors for h in hits)


def _is_definite_role(g: Graph, i: int) -> bool:
    """ "the officials", and "the country's officials": the country the story is about (in a
    datelined story its dateline's, held-out seed 2059: "Khatami hailed the country's officials")."""
    return any(g.tok(c).lemma.lower() == "the" for c in g.kids(i, "det")) or any(
        g.lemmas[c] in _THE_COUNTRY and _is_definite_role(g, c) for c in g.kids(i, "nmod:poss"))


_THE_COUNTRY = frozenset({"country", "nation"})
_OF_SOMETHING = frozenset({"amod", "compound", "nmod:poss"})  # a country word on another noun
_FORCES = ARMED | {"MIL"}  # armed forces, a state's or not
