"""The coder's place stage: targets read from the gazetteer where the actor lexicon knows no
actor ("bombed Saada"), and each written event's location and date (``where_when``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from ..dates import is_historical
from ..types import GUESSED_COUNTRY, HOME_COUNTRY, NON_STATE, REGIONS, Actor, ActorMention, Article, Event
from ..where_when import locate_and_date, sentence_places
from ..nlp.entities import LOCATIVE
from ..places.gazetteer import ADMIN_SUFFIXES
from . import syntax as sx
from .overlap import trigger_index
from .unseen import RULE as UNSEEN
from .words import coder_words


# what a place target may be: not a feature, whose country the gazetteer gives less surely
# (it puts "the Middle East" in the United States)
_PLACE_KINDS = frozenset({"country", "admin1", "city"})
_PLACE_LABELS = frozenset({"LOC", "GPE"})
GAZETTEER = "place:gazetteer:"  # the rule of a target read from the gazetteer
_TOWN = 10_000  # people in the smallest town a target is read from: the gazetteer's many hamlets
# share names with regions and landmarks ("Middle East", Maryland: 1,872 people)


class LazyWhere:
    """Finds the sentence's places only when an event needs them (most sentences have none)."""

    def __init__(self, article: Article, gazetteer, g: sx.Graph):
        self.article, self.gazetteer, self._g, self._places = article, gazetteer, g, None

    def place_actor(self, i: int) -> list[ActorMention]:
        """The country of the place the gazetteer finds in token i's phrase, as an actor: "fired
        at targets *in Jericho*", "lifted the state of emergency *in Kassala province*" (the
        actor lexicon knows countries and capitals, the gazetteer every town and province)."""
        if self.gazetteer is None:
            return []
        phrase = _without_clauses(self._g, i)
        m = next((m for m in self._sentence_places().mentions if _country_place(self._g, m, phrase)), None)
        if m is None:
            return []
        text = self._g.sentence.span_text(m.start, m.end)
        actor = Actor(m.place.country, m.place.country, (), text)
        return [ActorMention(actor, m.start, m.end, i, f"{GAZETTEER}{m.place.name} ({m.place.kind})")]

    def _sentence_places(self):
        if self._places is None:
            self._places = _places_of(self._g, self.gazetteer)
        return self._places

    def place_and_date(self, e: Event) -> Event:
        """``e`` with its location and date; an asserted event of the past is historical."""
        places = self._sentence_places() if self.gazetteer is not None else None
        location, when = locate_and_date(self._g, trigger_index(self._g, e), self.article,
                                         gazetteer=self.gazetteer, places=places,
                                         source_country=e.source.country,
                                         target_country=e.target.country if e.target else None)
        # (an intent voiced years before the story is background too: "In 2013 the two countries signed
        # an agreement to supply gas")
        past = e.mode in ("asserted", "intended") and is_historical(when, self.article.date)
        mode = "historical" if past else e.mode
        return replace(e, date=when.date, mode=mode, date_precision=when.precision, date_text=when.text,
                       location=location)

    def protest_recipient(self, e: Event) -> Event:
        """``e`` aimed at the protesters' own country if it is a protest at home no words aim at
        anyone (``implied_recipient``), else ``e`` as it was. Only such a protest is placed here
        (its place decides), and placed again once written, since its target may move the
        dateline's place onto it. Without a gazetteer no one can tell home from abroad, and none
        is implied."""
        if self.gazetteer is None or not may_imply_recipient(self._g, e):
            return e
        aimed = implied_recipient(self._g, self.place_and_date(e))
        return aimed if aimed.target is not None else e

    def with_roles_placed(self, e: Event) -> Event:
        """``place_roles`` when the event's place is a name the recogniser calls a place (not "Dar"
        in "Ghulam Nabi Dar") and no gathering's venue ("a summit *in Cambodia*" gathers leaders
        from elsewhere)."""
        loc = e.location
        if loc is None or loc.geonameid is None or self._places is None:
            return e
        m = next((m for m in self._places.mentions if m.place is not None and m.place.geonameid == loc.geonameid),
                 None)
        if m is None or not named_place(self._g, m) or self._at_gathering(m.start):
            return e
        why = e.explanation
        sides = {side for side, span in (("source", why.source_span), ("target", why.target_span))
                 if span is None or not self._abroad(span)}
        return place_roles(e, sides & _SIDES.get(e.cameo, _SIDES.get(e.root, _BOTH)))

    def _abroad(self, span: tuple[int, int]) -> bool:
        """Is the actor a role whose holders serve away from home ("the ambassadors in Tehran and
        Baghdad": ``envoys`` in coder/data/words.tsv)?"""
        envoys = coder_words()["envoys"]
        return any(self._g.lemmas[k] in envoys for k in range(*span))

    def _at_gathering(self, i: int) -> bool:
        """Does the place name token i hang (within three heads, below any verb) on a gathering's
        noun ("the grouping's summit *in Cambodia*": ``gatherings`` in coder/data/words.tsv)?"""
        g, gatherings = self._g, coder_words()["gatherings"]
        for _ in range(3):
            i = g.heads[i]
            if g.lemmas[i] in gatherings:
                return True
            if g.pos[i] == "VERB" or g.heads[i] == i:
                return False
        return False


def _without_clauses(g: sx.Graph, i: int) -> set[int]:
    """Token i's phrase without the clauses in it that say something of their own: "targeting
    the countries *that continue their economic ties with Iran*" is not aimed at Iran (held-out
    seed 2067), as "fired at targets in Jericho" is at Jericho."""
    phrase = sx.subtree(g, i)
    for k in list(phrase):
        if k != i and k in phrase and (g.deps[k] == "acl:relcl" or g.deps[k] in _CLAUSES and g.kids(k, "nsubj")):
            phrase = phrase - sx.subtree(g, k)
    return phrase


_CLAUSES = frozenset({"acl", "advcl", "ccomp", "parataxis"})


def named_place(g: sx.Graph, m) -> bool:
    """The recogniser calls the whole name a place: the gazetteer alone takes "Van" in "Van
    Aartsen", "Nama" in "Jahan-Nama", "Al-" in "Al-Aqsa" and "Cave" in "Alisadr Cave" for towns;
    the kind of a division beside it is part of the place ("Sindh Province", PLOVER gold).
    A country's name needs no recogniser unless it calls it something else ("Michael Jordan"):
    "killed three ethnic Albanians in a gunbattle in southeastern Serbia Friday" has no entity
    (PLOVER gold)."""
    pos, entities = g.pos, g.sentence.entities
    if m.place is not None and m.place.kind == "country" and not any(
            e.start < m.end and m.start < e.end for e in entities):
        return True
    words = g.words
    # the recogniser calls many a town too small for its own rules a person: one word it calls
    # so right after "in", "at" or "near" is the town the gazetteer finds ("fired at targets in
    # *Jericho*", PLOVER gold; its people: 19,783)
    if m.end == m.start + 1 and m.start > 0 and words[m.start - 1] in LOCATIVE and any(
            e.label == "PER" and (e.start, e.end) == (m.start, m.end) for e in entities):
        return True
    return any(e.label in _PLACE_LABELS and e.start <= m.start and m.end <= e.end
               and all(pos[k] != "PROPN" or words[k] in ADMIN_SUFFIXES  # "Sindh *Province*"
                       for k in range(e.start, e.end) if not m.start <= k < m.end)
               for e in entities)


# (country, rule) of a place among a sentence's tokens (owned_place), as ArticleActors.places takes it
PlaceFinder = Callable[[sx.Graph, set[int]], tuple[str, str] | None]
_PLACES = "sentence_places"  # the key of a sentence's place mentions in Graph.memo


def _places_of(g: sx.Graph, gazetteer):
    """The sentence's place mentions, found once for all who ask (LazyWhere, owned_place)."""
    found = g.memo.get(_PLACES)
    if found is None:
        found = g.memo[_PLACES] = sentence_places(g, gazetteer)
    return found


def _country_place(g: sx.Graph, m, tokens) -> bool:
    """Is place mention m among ``tokens`` one whose country an actor may take: a country,
    province, region of one country ("Darfur", "Donbas"; not "Kashmir", which GeoNames gives no
    one country) or town of ``_TOWN`` people, that the recogniser calls a place?"""
    place = m.place
    return bool(place is not None and place.country and m.start in tokens
                and (place.kind in _PLACE_KINDS or place.kind == "feature" and place.feature_code == "RGN")
                and (place.kind != "city" or (place.population or 0) >= _TOWN) and named_place(g, m))


def owned_place(gazetteer, g: sx.Graph, tokens: set[int]) -> tuple[str, str] | None:
    """(country, rule ``place:gazetteer:NAME``) of a town, province or country the gazetteer
    knows among ``tokens``, for a role that is of it ("the citizens *of Aleppo*", "*Hyderabad's*
    religious scholars"; actors/owners.py): the actor lexicon knows only countries and capitals.
    The recogniser must call it a place, as for a target read from a place (``place_actor``): a
    town's name it leaves unlabelled is as often a person's ("Reza" is a French town)."""
    if not any(e.label in _PLACE_LABELS and not tokens.isdisjoint(range(e.start, e.end))
               for e in g.sentence.entities):
        # no place the recogniser names among them (a country it leaves unnamed is a word of the
        # actor lexicon, read before any owner): the sentence's places are not looked up
        return None
    m = next((m for m in _places_of(g, gazetteer).mentions if _country_place(g, m, tokens)), None)
    return (m.place.country, f"{GAZETTEER}{m.place.name}") if m is not None else None


def place_finder(gazetteer) -> PlaceFinder | None:
    """``owned_place`` with ``gazetteer``, as ``ArticleActors.places`` takes it (None: none)."""
    return partial(owned_place, gazetteer) if gazetteer is not None else None


# Which side of an event may be of the place the sentence puts it in (by code, else by root).
# A visitor is not of the place visited ("our president's trip to Russia") nor a host's guest;
# whom someone meets or aids is more often of the place than the one who came; praise and
# diplomatic recognition are said from anywhere.
_BOTH = frozenset({"source", "target"})
_SIDES = {"042": frozenset({"target"}), "036": frozenset({"target"}), "043": frozenset({"source"}),
          "044": frozenset(), "04": frozenset({"target"}), "05": frozenset(), "07": frozenset({"target"})}
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its",
                       "we", "our", "us", "i", "my", "you", "your"})


def place_roles(e: Event, sides: frozenset[str] | set[str] = _BOTH) -> Event:
    """A role of no named country ("security forces", "the military", "prisoners") takes the
    country of the place the sentence gives for its event (rule ``+place:``): "Prisoners rioted
    at a jail *in East Timor's capital Dili*" are East Timor's, "the privately-run Sunday Times
    newspaper launched a scathing attack on the U.S. Embassy *in Colombo*" is Sri Lanka's. Only
    a place phrase of the sentence counts, never the dateline (a Tehran paper's story may be
    about anyone); not for a pronoun, whose words say nothing of where its person is from; and
    only on the ``sides`` the event's code allows (``_SIDES``; ``LazyWhere.with_roles_placed``
    also leaves out envoys, who serve abroad). The attacker nobody names gets
    the place's country by the same reasoning (``place_attacker``)."""
    loc = e.location
    if loc is None or not loc.country or not loc.reason.startswith("place phrase") or _named_side(e, loc.name):
        return e
    src, tgt, why = e.source, e.target, e.explanation
    if "source" in sides and _open_role(src, why.source_rule, loc.country):
        src = src.in_country(loc.country)
        why = replace(why, source_rule=f"{why.source_rule}+place:{loc.country}")
    if "target" in sides and tgt is not None and _open_role(tgt, why.target_rule, loc.country):
        tgt = tgt.in_country(loc.country)
        why = replace(why, target_rule=f"{why.target_rule}+place:{loc.country}")
    if src is e.source and tgt is e.target or tgt is not None and src.code == tgt.code:
        return e  # nothing open, or both sides would be one actor
    return e.recoded(source=src, target=tgt, explanation=why)


def _named_side(e: Event, place: str) -> bool:
    """The place is one side of the event, named as such: "the spokesman called *on Canada* to be
    accountable" is not in Canada (held-out seed 2049: the spokesman was coded CANGOV); "detained
    the Myanmar opposition leader" only names the place in a side."""
    place = place.lower()
    return any(a is not None and a.text.lower().removeprefix("the ") == place for a in (e.source, e.target))


def _open_role(a: Actor, rule: str, country: str) -> bool:
    """A role with no country, or with only a guessed one that the event's place contradicts:
    "A bomb blast on the St. Petersburg metro killed at least 14 people" in a Tehran paper's
    story killed Russians, not Iranians (held-out seed 2048)."""
    if not a.sectors or a.text.lower() in _PRONOUNS:
        return False
    if a.country is None:
        return a.code.startswith("---")
    # (a guess from outside the sentence: the place the sentence names is better evidence)
    return a.country != country and rule.startswith(GUESSED_COUNTRY) and a.code == a.country + "".join(a.sectors)


def place_attacker(e: Event) -> Event:
    """The event with its unidentified attacker (``coder/unseen.py``) given the country of the
    place the sentence names for the attack (not the dateline's: a bomb in a Tehran paper's story
    may be anywhere): ``place_roles`` on the attacker's side alone, whether or not the recogniser
    calls the place a place."""
    if not e.explanation.source_rule.startswith(UNSEEN):
        return e
    return place_roles(e, frozenset({"source"}))


# sectors of the state's own bodies: a protest is made against them, not by them
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
IMPLIED = "implied:"  # the target rule of a protest's implied recipient
_HOME_RULES = HOME_COUNTRY + ("outlet-title",)  # countries the words do not give (actors/defaults.py)


def implied_recipient(g: sx.Graph, e: Event) -> Event:
    """A protest (CAMEO 141-145: demonstrations, hunger strikes, strikes and boycotts, blockades,
    riots, each "against the target actor") whose words name no one it is against, by people
    whose words name their country, held at home, is against their own country's authorities:
    "Serbian workers went on strike" -> SRB, "Thousands of Iraqi Kurds demonstrated in Kirkuk" ->
    IRQ, as the PLOVER coding of the CAMEO manual does (20 of its 29 protests). Held abroad it is
    as often for someone elsewhere: "Iranian students took to the streets in France" (for
    Palestine, held-out seed 2057) protested neither France nor Iran. Not for 140 (slogans,
    petitions: dissent that need not be aimed at anyone there). A protest called off (082) is
    eased toward the same authorities. The target has no words, and no span; its rule
    (``implied:``) says why. ``e`` must be placed (``LazyWhere.place_and_date``)."""
    if not may_imply_recipient(g, e):
        return e
    src, loc = e.source, e.location
    if loc is not None and loc.country and loc.reason.startswith("place phrase"):
        if loc.country != src.country:
            return e
        why = f"{IMPLIED}at-home:{src.country}:{loc.name}"
    else:
        why = f"{IMPLIED}protesters-country:{src.country}"
    explanation = replace(e.explanation, target_span=None, target_rule=why)
    return e.recoded(target=Actor(src.country, src.country, (), ""), explanation=explanation)


_PROTEST_CALLED_OFF = "082"  # CAMEO "ease political dissent": a strike or protest called off


def may_imply_recipient(g: sx.Graph, e: Event) -> bool:
    """Whether ``implied_recipient`` may aim ``e`` once its place is known: a protest (141-145),
    or one called off (082: "The Nigerian Union of Teachers has called off a four-day strike",
    PLOVER gold), with no target, a clause's verb in the protest sense, by people whose words
    name their state."""
    protest = e.root == "14" and e.cameo != "140" or e.cameo == _PROTEST_CALLED_OFF
    if e.target is not None or not protest or not _protest_clause(g, e) or _in_support(g, e):
        return False
    country, rule = e.source.country, e.explanation.source_rule
    # (the dateline's or outlet's country is not in the words: "public sector workers began a
    # strike" in a Tehran paper's report from Munich)
    return (_protesters(g, e) and bool(country) and country not in NON_STATE and country not in REGIONS
            and not any(home in rule for home in _HOME_RULES))


def _protest_clause(g: sx.Graph, e: Event) -> bool:
    """The protest is a clause's verb, not a noun named in passing ("the Palestinian uprising of
    2000"), and a protest verb in that sense: one with an object or a clause of its own that is
    not the trigger's light-verb noun ("held *marches*") is another verb ("the French people have
    demonstrated *that* ...", "the war has demonstrated *the peril*")."""
    i = trigger_index(g, e)
    # (a gerund is how they protest, whatever the parser calls it: "demonstrated ... *calling* for")
    if g.pos[i] != "VERB" or any(g.tok(c).tag != "VBG" for c in g.kids(i, "ccomp")):
        return False
    trigger = set(e.explanation.trigger.split())
    return all(g.words[o] in trigger or g.tok(o).text in trigger for o in g.kids(i, "obj"))


def _in_support(g: sx.Graph, e: Event) -> bool:
    """A rally whose purpose is to back someone ("staged rallies … to condemn the riots and
    *support* the Islamic Republic system", held-out seed 2072) is no protest against the
    authorities at home (``backing_verbs``)."""
    i, backing = trigger_index(g, e), coder_words()["backing_verbs"]
    anchors = [i, *g.kids(i, "obj")]  # ("staged rallies to …": the purpose may hang on the noun)
    return any(g.lemmas[k] in backing for a in anchors for c in g.children[a]
               if g.rels[c] in ("advcl", "acl", "xcomp") and sx.marked(g, c, ("to",)) for k in (c, *g.kids(c, "conj")))


def _protesters(g: sx.Graph, e: Event) -> bool:
    """The source is people, not a state or its bodies ("the police blocked roads" is no protest,
    "Iran protested" a diplomat's word): a role of none of the ``STATE_SECTORS``, or a people
    named by its country ("Egyptians", "Iraqi *Kurds*"; not "Israeli *tanks*"). Not one named
    person: "Trump held his first indoor rally in three months" (Wikinews) was a campaign's."""
    src, rule, span = e.source, e.explanation.source_rule, e.explanation.source_span
    if "person:" in rule or rule.startswith("memory:"):  # (a person named here, or remembered)
        return False
    if src.sectors:
        return STATE_SECTORS.isdisjoint(src.sectors)
    if rule.startswith("people:"):
        return True
    if not rule.startswith("adjective:") or span is None:
        return False
    k = span[1] - 1
    return g.pos[g.heads[k] if g.pos[k] == "ADJ" else k] == "PROPN"  # (the span may be the adjective alone)
