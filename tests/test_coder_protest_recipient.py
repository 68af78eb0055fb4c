"""A protest no words aim at anyone, by people whose words name their country, held at home, is
against their own country's authorities; never abroad, nor for a state's bodies, a state, a noun
named in passing or a verb in another sense (coder/placing.py implied_recipient)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import coded, parse
from dyad.types import EntitySpan


def _events(knowledge, gazetteer, spec: str, places: dict[str, tuple[int, int]] | None = None):
    sentence = replace(parse(spec), entities=tuple(EntitySpan("LOC", a, b, name)
                                                   for name, (a, b) in (places or {}).items()))
    return coded(knowledge, sentence, date="2020-01-01", gazetteer=gazetteer)


def _dyads(events):
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.explanation.target_rule)
            for e in events]


# PLOVER GSR PROTEST-0006: "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk"
KURDS = ("Iraqi/ADJ/amod>1 Kurds|Kurd/PROPN/nsubj>2 demonstrated|demonstrate/VERB/ROOT>2 in/ADP/case>4 "
         "Kirkuk/PROPN/obl>2 ./PUNCT/punct>2")


def test_a_protest_at_home_with_no_target_is_against_the_protesters_country(knowledge, gazetteer):
    [e] = _events(knowledge, gazetteer, KURDS, {"Kirkuk": (4, 5)})
    assert _dyads([e]) == [("IRQ", "IRQ", "141", "implied:at-home:IRQ:Kirkuk")]
    # it has no words in the sentence
    assert e.target.text == "" and e.explanation.target_span is None


def test_with_no_place_the_protesters_own_country(knowledge, gazetteer):
    # PLOVER GSR PROTEST-0015: "Some 500,000 workers affiliated with the Serbian Workers' Union
    # (SSS) stopped work"
    strike = ("Serbian/ADJ/amod>1 workers|worker/NOUN/nsubj>2 went|go/VERB/ROOT>2 on/ADP/case>4 "
              "strike/NOUN/obl>2 ./PUNCT/punct>2")
    assert _dyads(_events(knowledge, gazetteer, strike)) == [("SRBLAB", "SRB", "143", "implied:protesters-country:SRB")]


def test_a_protest_called_off_is_eased_toward_the_same_authorities(knowledge, gazetteer):
    # PLOVER GSR CONCEDE-0009: "The Nigerian Union of Teachers (NUT) ... has called off a four-day strike"
    called_off = ("Nigerian/ADJ/amod>1 teachers|teacher/NOUN/nsubj>2 called|call/VERB/ROOT>2 off/ADP/compound:prt>2 "
                  "a/DET/det>5 strike/NOUN/obj>2 ./PUNCT/punct>2")
    assert _dyads(_events(knowledge, gazetteer, called_off)) == [
        ("NGAEDU", "NGA", "082", "implied:protesters-country:NGA")]


def test_a_named_target_stays(knowledge, gazetteer):
    against = KURDS.replace("Kirkuk/PROPN/obl>2", "Kirkuk/PROPN/obl>2 against/ADP/case>6 Turkey/PROPN/obl>2")
    assert [d[:3] for d in _dyads(_events(knowledge, gazetteer, against, {"Kirkuk": (4, 5)}))] == [("IRQ", "TUR", "141")]


@pytest.mark.parametrize("spec, why", [
    # a state's body blocking roads protests nothing (TT: "Hundreds of police blocked roads")
    ("The/DET/det>1 police/NOUN/nsubj>2 blocked|block/VERB/ROOT>2 roads|road/NOUN/obj>2 in/ADP/case>5 "
     "Kirkuk/PROPN/obl>2 ./PUNCT/punct>2", "police"),
    # nor things a country's adjective is put on (TT: "Israeli tanks had also blocked the road")
    ("Iraqi/ADJ/amod>1 tanks|tank/NOUN/nsubj>2 blocked|block/VERB/ROOT>2 roads|road/NOUN/obj>2 in/ADP/case>5 "
     "Kirkuk/PROPN/obl>2 ./PUNCT/punct>2", "tanks"),
    # "demonstrated that ..." shows something (TT: "the French people have once again demonstrated
    # that their nation belongs to the heart of Europe")
    ("Iraqi/ADJ/amod>1 Kurds|Kurd/PROPN/nsubj>2 demonstrated|demonstrate/VERB/ROOT>2 in/ADP/case>4 "
     "Kirkuk/PROPN/obl>2 that/SCONJ/mark>7 they|they/PRON/nsubj>7 care|care/VERB/ccomp>2 ./PUNCT/punct>2", "that"),
    # slogans and petitions (140) need not be aimed at anyone there
    ("Iraqi/ADJ/amod>1 Kurds|Kurd/PROPN/nsubj>2 chanted|chant/VERB/ROOT>2 slogans|slogan/NOUN/obj>2 in/ADP/case>5 "
     "Kirkuk/PROPN/obl>2 ./PUNCT/punct>2", "slogans"),
])
def test_no_recipient_for_what_is_no_protest_by_people(knowledge, gazetteer, spec, why):
    k = spec.split().index("Kirkuk/PROPN/obl>2")
    events = _events(knowledge, gazetteer, spec, {"Kirkuk": (k, k + 1)})
    assert events, why  # the pattern fired ...
    assert all(e.target is None for e in events), why  # ... and nothing was made its target


def test_a_protest_abroad_implies_no_recipient(knowledge, gazetteer):
    # held-out seed 2057: "People took to the streets in Europe and the United States" (for
    # Palestine) protested neither; Iraqi Kurds in Istanbul protest no one the words say
    abroad = KURDS.replace("Kirkuk", "Istanbul")
    [e] = _events(knowledge, gazetteer, abroad, {"Istanbul": (4, 5)})
    assert e.location.country == "TUR" and e.target is None


def test_not_the_country_a_dateline_guesses_nor_for_a_named_person(knowledge, gazetteer):
    # a Tehran paper's report from Munich: "public sector workers began a 24-hour strike" are not
    # Iran's, whatever the actor default says; with no place phrase no recipient is implied
    spec = ("Serbian/ADJ/amod>1 workers|worker/NOUN/nsubj>2 went|go/VERB/ROOT>2 on/ADP/case>4 "
            "strike/NOUN/obl>2 ./PUNCT/punct>2")
    from dyad.coder.placing import implied_recipient  # (after dyad.actors: they import each other)
    from dyad.coder.syntax import Graph

    [e] = _events(knowledge, gazetteer, spec)
    g = Graph.of(parse(spec))
    bare = e.recoded(target=None, explanation=replace(e.explanation, target_rule="", target_span=None))
    assert implied_recipient(g, bare).target.code == "SRB"
    guessed = replace(bare, explanation=replace(bare.explanation, source_rule="dateline-default:IRN+agent:workers"))
    assert implied_recipient(g, guessed).target is None
    # nor a named person's rally, which is as often a campaign's (Wikinews: "Trump held his first
    # indoor rally in three months, in Nevada"), named here or remembered from earlier
    for rule in ("person:Trump (president)", "memory:Trump"):
        named = replace(bare, explanation=replace(bare.explanation, source_rule=rule))
        assert implied_recipient(g, named).target is None, rule
