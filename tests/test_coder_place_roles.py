"""A role of no named country takes the country of the place the sentence gives for its event
("police arrested protesters in Yangon": Myanmar's), on the sides its code allows, never at a
gathering's venue and only for a name the recogniser calls a place (coder/placing.py)."""

from __future__ import annotations

from dataclasses import replace

from conftest import coded, parse
from dyad.types import EntitySpan


def _dyads(knowledge, gazetteer, spec: str, places: dict[str, tuple[int, int]]):
    sentence = replace(parse(spec), entities=tuple(EntitySpan("LOC", a, b, name) for name, (a, b) in places.items()))
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.explanation.source_rule)
            for e in coded(knowledge, sentence, date="2020-01-01", gazetteer=gazetteer)]


ARREST = ("The/DET/det>1 police/NOUN/nsubj>2 arrested|arrest/VERB/ROOT>2 protesters|protester/NOUN/obj>2 "
          "in/ADP/case>5 Yangon/PROPN/obl>2 ./PUNCT/punct>2")


def test_roles_acting_in_a_named_place_are_of_its_country(knowledge, gazetteer):
    [(source, target, code, rule)] = _dyads(knowledge, gazetteer, ARREST, {"Yangon": (5, 6)})
    assert (source, target, code) == ("MMRCOP", "MMROPP", "173")
    assert rule == "agent:police+place:MMR"


def test_no_place_without_the_recogniser(knowledge, gazetteer):
    # the gazetteer alone ("Dar" in "Ghulam Nabi Dar" is a town) gives no country
    assert _dyads(knowledge, gazetteer, ARREST, {})[0][:2] == ("---COP", "---OPP")


def test_a_gatherings_venue_gives_no_country(knowledge, gazetteer):
    # "Southeast Asian leaders will sign an agreement during the grouping's summit in Cambodia"
    at_summit = ("The/DET/det>1 police/NOUN/nsubj>2 arrested|arrest/VERB/ROOT>2 protesters|protester/NOUN/obj>2 "
                 "at/ADP/case>6 the/DET/det>6 summit/NOUN/obl>2 in/ADP/case>8 Yangon/PROPN/nmod>6 ./PUNCT/punct>2")
    assert _dyads(knowledge, gazetteer, at_summit, {"Yangon": (8, 9)})[0][:2] == ("---COP", "---OPP")


def test_who_comes_to_a_meeting_is_not_of_its_place(knowledge, gazetteer):
    # whom officials meet in Yangon are Myanmar's; the officials may have come from anywhere
    met = ("Officials|official/NOUN/nsubj>1 met|meet/VERB/ROOT>1 protesters|protester/NOUN/obj>1 "
           "in/ADP/case>4 Yangon/PROPN/obl>1 ./PUNCT/punct>1")
    assert _dyads(knowledge, gazetteer, met, {"Yangon": (4, 5)})[0][:3] == ("---GOV", "MMROPP", "040")


def test_the_events_place_overrides_a_datelines_guess(knowledge, gazetteer):
    # held-out seed 2048: "A bomb blast on the St. Petersburg metro killed at least 14 people", in a
    # Tehran-datelined story, killed Iranian civilians
    from dyad.actors import ArticleActors
    from dyad.coder.core import code_sentence

    lexicon, patterns, ontology = knowledge

    def dyads(spec):
        sentence = replace(parse(spec), entities=(EntitySpan("LOC", 5, 6, "Yangon"),))
        actors = ArticleActors(lexicon, default_country="IRN")
        return [(e.source.code, e.target.code, e.explanation.source_rule)
                for e in code_sentence(sentence, patterns, ontology, actors, date="2020-01-01", gazetteer=gazetteer)]

    [(source, target, rule)] = dyads(ARREST)
    assert (source, target) == ("MMRCOP", "MMROPP") and rule == "dateline-default+agent:police+place:MMR"
    # a country the words name is no guess
    named = ARREST.replace("The/DET/det>1", "Iranian/ADJ/amod>1")
    assert dyads(named)[0][:2] == ("IRNCOP", "MMROPP")


def test_a_place_in_a_times_clause_or_after_on_is_not_the_events(knowledge, gazetteer):
    # held-out seed 2049: "terrorists attacked the IRGC on the same day that a summit kicked off in
    # Warsaw" were coded POLUAF
    day = ("terrorists|terrorist/NOUN/nsubj>1 attacked|attack/VERB/ROOT>1 the/DET/det>3 police/NOUN/obj>1 "
           "on/ADP/case>7 the/DET/det>7 same/ADJ/amod>7 day/NOUN/obl>1 that/PRON/obj>10 a/DET/det>10 "
           "summit/NOUN/nsubj>11 kicked|kick/VERB/acl:relcl>7 off/ADP/compound:prt>11 in/ADP/case>14 "
           "Warsaw/PROPN/obl>11 ./PUNCT/punct>1")
    [(source, target, _, _)] = _dyads(knowledge, gazetteer, day, {"Warsaw": (14, 15)})
    assert (source, target) == ("---UAF", "---COP")
    # "the spokesman called on Canada to be accountable": Canada is who is called on, not where
    # (the spokesman was coded CANGOV)
    called = ("the/DET/det>2 ministry/NOUN/compound>2 spokesman/NOUN/nsubj>3 called|call/VERB/ROOT>3 "
              "on/ADP/case>5 Canada/PROPN/obl>3 to/PART/mark>8 be/AUX/cop>8 accountable/ADJ/xcomp>3 ./PUNCT/punct>3")
    assert _dyads(knowledge, gazetteer, called, {"Canada": (5, 6)})[0][:3] == ("---GOV", "CAN", "020")
