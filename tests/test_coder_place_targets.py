"""Targets read from the gazetteer: a place slot (a visit, a curfew) or where violence is done names
a town or province the actor lexicon does not know ("arrived in Geneva", "bombed Saada")."""

from __future__ import annotations

from dataclasses import replace

from conftest import coded, parse
from dyad.types import EntitySpan


def _placed(spec: str, places: dict[str, tuple[int, int]]):
    """A hand-built sentence whose named places are LOC entities."""
    return replace(parse(spec), entities=tuple(EntitySpan("LOC", a, b, name) for name, (a, b) in places.items()))


def _dyads(knowledge, gazetteer, spec: str, places: dict[str, tuple[int, int]]):
    """(source, target, code, target rule) of a hand-built sentence whose named places are LOC entities."""
    events = coded(knowledge, _placed(spec, places), date="2020-01-01", gazetteer=gazetteer)
    return [(e.source.code, e.target.code if e.target else None, e.cameo,
             e.explanation.target_rule if e.target else None) for e in events]


def _actor(knowledge, gazetteer, spec: str, head: int, places: dict[str, tuple[int, int]]):
    """The mention of head's phrase, resolved as the pipeline's actors do, knowing the gazetteer's
    towns (``place_finder``; imported here: at module level it would import the coder first)."""
    from dyad.actors import ArticleActors
    from dyad.coder.placing import place_finder
    from dyad.coder.syntax import Graph

    [m] = ArticleActors(knowledge[0], places=place_finder(gazetteer)).resolve(Graph.of(_placed(spec, places)), head)
    return m


ARRIVED = "Zarif/PROPN/nsubj>1 arrived|arrive/VERB/ROOT>1 in/ADP/case>3 Geneva/PROPN/obl>1 ./PUNCT/punct>1"
BOMBED = ("Saudi/ADJ/amod>1 warplanes|warplane/NOUN/nsubj>2 bombed|bomb/VERB/ROOT>2 Saada/PROPN/obj>2 "
          "./PUNCT/punct>2")


def test_a_visit_to_a_town_the_lexicon_does_not_know_is_a_visit_to_its_country(knowledge, gazetteer):
    [(source, target, code, rule)] = _dyads(knowledge, gazetteer, ARRIVED, {"Geneva": (3, 4)})
    assert (source, target, code) == ("IRNGOV", "CHE", "042")
    assert rule.startswith("place:gazetteer:Geneva")


def test_violence_done_to_a_town_is_done_to_its_country(knowledge, gazetteer):
    assert _dyads(knowledge, gazetteer, BOMBED, {"Saada": (3, 4)})[0][:3] == ("SAUMIL", "YEM", "195")
    # "fired at targets in Jericho": the place inside the target phrase
    fired = ("Israeli/ADJ/amod>1 tanks|tank/NOUN/nsubj>2 fired|fire/VERB/ROOT>2 shells|shell/NOUN/obj>2 "
             "at/ADP/case>5 targets|target/NOUN/obl>2 in/ADP/case>7 Jericho/PROPN/nmod>5 ./PUNCT/punct>2")
    assert _dyads(knowledge, gazetteer, fired, {"Jericho": (7, 8)})[0][:3] == ("ISR", "PSE", "194")
    # but not a place in a clause of its own inside the phrase (held-out seed 2067: "is targeting the
    # countries that continue their economic ties with Iran" was an attack on Iran)
    targeting = ("The/DET/det>1 US/PROPN/nsubj>2 targeted|target/VERB/ROOT>2 the/DET/det>4 "
                 "countries|country/NOUN/obj>2 that/PRON/nsubj>6 trade|trade/VERB/acl:relcl>4 "
                 "with/ADP/case>8 Iran/PROPN/obl>6 ./PUNCT/punct>2")
    assert [d[1] for d in _dyads(knowledge, gazetteer, targeting, {"Iran": (8, 9)})] in ([], [None])


def test_a_state_of_emergency_lifted_in_a_province_is_lifted_from_its_country(knowledge, gazetteer):
    # PLOVER GSR: "Sudan's government lifted a state of emergency in West Darfur State"; the place
    # hangs on the object's "of" noun
    lifted = ("Sudan/PROPN/nmod:poss>2 's/PART/case>0 government/NOUN/nsubj>3 lifted|lift/VERB/ROOT>3 "
              "a/DET/det>5 state/NOUN/obj>3 of/ADP/case>7 emergency/NOUN/nmod>5 in/ADP/case>10 "
              "Kassala/PROPN/compound>10 province/NOUN/nmod>7 ./PUNCT/punct>3")
    assert _dyads(knowledge, gazetteer, lifted, {"Kassala": (9, 10)})[0][:3] == ("SDNGOV", "SDN", "0814")


def test_the_gazetteer_alone_names_no_target(knowledge, gazetteer):
    # the recogniser does not call it a place (a person's name, part of a longer name): no target
    assert _dyads(knowledge, gazetteer, ARRIVED, {})[0][1] is None
    # a hamlet is too small to stand for a country ("Middle East", Maryland)
    hamlet = ARRIVED.replace("Geneva", "Evansburg")
    assert _dyads(knowledge, gazetteer, hamlet, {"Evansburg": (3, 4)})[0][1] is None
    # and without a gazetteer nothing changes
    events = coded(knowledge, ARRIVED, date="2020-01-01")
    assert all(e.target is None for e in events)


def test_a_place_is_no_target_of_an_actor_without_a_country(knowledge, gazetteer):
    # PETRARCH suite: "one of the suicide bombers detonated a device on a bus in central London"
    # names no one the bomb was aimed at
    bombers = ("Bombers|bomber/NOUN/nsubj>1 attacked|attack/VERB/ROOT>1 a/DET/det>3 bus/NOUN/obj>1 "
               "in/ADP/case>5 Jericho/PROPN/nmod>3 ./PUNCT/punct>1")
    assert all(t is None for _, t, _, _ in _dyads(knowledge, gazetteer, bombers, {"Jericho": (5, 6)}))


def test_an_arrest_with_no_agent_is_by_the_state_where_it_was_made(knowledge, gazetteer):
    # PLOVER GSR DISAPPROVE-0009: "A Christian missionary from Calgary was arrested in Lebanon for
    # collaborating with Israel": Lebanon's police arrested a Canadian
    spec = ("A/DET/det>2 Christian/ADJ/amod>2 missionary/NOUN/nsubj:pass>6 from/ADP/case>4 Calgary/PROPN/nmod>2 "
            "was|be/AUX/aux:pass>6 arrested|arrest/VERB/ROOT>6 in/ADP/case>8 Lebanon/PROPN/obl>6 ./PUNCT/punct>6")
    [(source, target, code, _)] = _dyads(knowledge, gazetteer, spec, {"Calgary": (4, 5), "Lebanon": (8, 9)})
    assert (source, code) == ("LBNCOP", "173")
    # (the pipeline's actors know the gazetteer's towns: a role "from Calgary" is Canada's)
    m = _actor(knowledge, gazetteer, spec, 2, {"Calgary": (4, 5), "Lebanon": (8, 9)})
    assert (m.actor.code, m.rule) == ("CANREL", "place:gazetteer:Calgary+agent:missionary")
    # an agent named, or no country named, gives no such source
    by_army = spec.replace("in/ADP/case>8 Lebanon/PROPN/obl>6", "by/ADP/case>8 Syria/PROPN/obl>6")
    assert [d[0] for d in _dyads(knowledge, gazetteer, by_army, {"Calgary": (4, 5)})] == ["SYR"]
    # (an agent the lexicon does not know is still an agent: "arrested by unknown men in Lebanon")
    by_men = spec.replace("in/ADP/case>8 Lebanon/PROPN/obl>6",
                          "by/ADP/case>8 men/NOUN/obl:agent>6 in/ADP/case>10 Lebanon/PROPN/obl>6")
    assert not [d for d in _dyads(knowledge, gazetteer, by_men, {"Calgary": (4, 5), "Lebanon": (10, 11)})
                if d[0] == "LBNCOP"]
    nowhere = spec.replace("in/ADP/case>8 Lebanon/PROPN/obl>6", "on/ADP/case>8 Monday/PROPN/obl>6")
    assert _dyads(knowledge, gazetteer, nowhere, {"Calgary": (4, 5)}) == []
    # a court's sentence is the courts': "was sentenced in Egypt"
    sentenced = spec.replace("arrested|arrest", "sentenced|sentence").replace("Lebanon", "Egypt")
    assert [d[0] for d in _dyads(knowledge, gazetteer, sentenced, {"Calgary": (4, 5), "Egypt": (8, 9)})] == ["EGYJUD"]


def test_a_role_in_a_region_of_one_country_is_of_that_country(knowledge, gazetteer):
    # PLOVER GSR DEMAND-0035: "the Sudanese government and the rebels in Darfur must reach an
    # agreement": Darfur is a region (GeoNames RGN) of Sudan alone
    def actor(spec, head, places):
        return _actor(knowledge, gazetteer, spec, head, places).actor.code

    assert actor("the/DET/det>1 rebels|rebel/NOUN/nsubj>4 in/ADP/case>3 Darfur/PROPN/nmod>1 fought|fight/VERB/ROOT>4",
                 1, {"Darfur": (3, 4)}) == "SDNREB"
    assert actor("Darfur/PROPN/compound>1 rebels|rebel/NOUN/nsubj>2 fought|fight/VERB/ROOT>2", 1, {"Darfur": (0, 1)}) \
        == "SDNREB"
    # not forces, which serve abroad: "coalition forces in Darfur" are no one's there
    assert actor("coalition/NOUN/compound>1 forces|force/NOUN/nsubj>4 in/ADP/case>3 Darfur/PROPN/nmod>1 "
                 "fought|fight/VERB/ROOT>4", 1, {"Darfur": (3, 4)}) != "SDNMIL"
    # nor a region GeoNames gives no one country: "rebels in Kashmir"
    assert actor("the/DET/det>1 rebels|rebel/NOUN/nsubj>4 in/ADP/case>3 Kashmir/PROPN/nmod>1 fought|fight/VERB/ROOT>4",
                 1, {"Kashmir": (3, 4)}) == "---REB"


def test_a_body_is_of_the_province_it_is_of_or_based_in(knowledge, gazetteer):
    # PLOVER GSR MOBILIZE-0004: "The government of Sindh province has ordered patrols", the
    # recogniser's place "Sindh province" with "province" tagged a proper noun
    def actor(spec, head, places):
        return _actor(knowledge, gazetteer, spec, head, places).actor.code

    sindh = ("The/DET/det>1 government/NOUN/nsubj>5 of/ADP/case>4 Sindh/PROPN/compound>4 province/PROPN/nmod>1 "
             "ordered|order/VERB/ROOT>5")
    assert actor(sindh, 1, {"Sindh province": (3, 5)}) == "PAKGOV"
    # PLOVER GSR REJECT-0032: "A newspaper based in Christian east Beirut has violated a ban"
    based = ("A/DET/det>1 newspaper/NOUN/nsubj>5 based|base/VERB/acl>1 in/ADP/case>4 Tabriz/PROPN/obl>2 "
             "criticized|criticize/VERB/ROOT>5")
    assert actor(based, 1, {"Tabriz": (4, 5)}) == "IRNMED"
    # (the shipped parser reads "based" as the preposition's own case)
    misread = based.replace("based|base/VERB/acl>1", "based|base/VERB/case>4").replace("Tabriz/PROPN/obl>2",
                                                                                      "Tabriz/PROPN/nmod>1")
    assert actor(misread, 1, {"Tabriz": (4, 5)}) == "IRNMED"
