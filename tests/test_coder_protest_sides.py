"""Who protests and against whom, from the words around a protest: a crowd counted in counts of
counts is the people it counts, and "in defiance of" names whom a protest defies (PLOVER GSR
PROTEST-0022: "Hundreds of thousands of people blocked streets in Hong Kong in defiance of
Chinese authorities to demand democratic reforms")."""

from __future__ import annotations

from dataclasses import replace

from conftest import coded, parse
from dyad.types import EntitySpan


CROWD = "Hundreds|hundred/NOUN/nsubj>5 of/ADP/case>2 thousands|thousand/NOUN/nmod>0 of/ADP/case>4 people/NOUN/nmod>2 "
HONG_KONG = "in/ADP/case>9 Hong/PROPN/compound>9 Kong/PROPN/obl>5 "
DEFIANCE = "in/ADP/case>11 defiance/NOUN/obl>5 of/ADP/case>14 Chinese/ADJ/amod>14 authorities|authority/NOUN/nmod>11 "


def _dyads(knowledge, gazetteer, spec: str):
    sentence = replace(parse(spec), entities=(EntitySpan("LOC", 8, 10, "Hong Kong"),))
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.explanation.source_rule)
            for e in coded(knowledge, sentence, date="2020-01-01", gazetteer=gazetteer)]


def test_a_count_of_counts_of_people_is_people_of_the_place_they_protest_in(knowledge, gazetteer):
    spec = CROWD + "marched|march/VERB/ROOT>5 streets|street/NOUN/obj>5 " + HONG_KONG + "./PUNCT/punct>5"
    [(source, _, code, rule)] = _dyads(knowledge, gazetteer, spec)
    assert (source, code, rule) == ("HKGCVL", "141", "agent:people+place:HKG")
    # one count alone was always read: "thousands of people"
    one = ("thousands|thousand/NOUN/nsubj>3 of/ADP/case>2 people/NOUN/nmod>0 marched|march/VERB/ROOT>3 "
           "in/ADP/case>6 Hong/PROPN/compound>6 Kong/PROPN/obl>3 ./PUNCT/punct>3")
    sentence = replace(parse(one), entities=(EntitySpan("LOC", 5, 7, "Hong Kong"),))
    [e] = coded(knowledge, sentence, date="2020-01-01", gazetteer=gazetteer)
    assert e.source.code == "HKGCVL"


def test_in_defiance_of_names_whom_a_protest_defies(knowledge, gazetteer):
    spec = CROWD + "blocked|block/VERB/ROOT>5 streets|street/NOUN/obj>5 " + HONG_KONG + DEFIANCE + "./PUNCT/punct>5"
    [(source, target, code, _)] = _dyads(knowledge, gazetteer, spec)
    assert (source, target, code) == ("HKGCVL", "CHNGOV", "144")
    # transport blocked is a road blocked (PLOVER GSR PROTEST-0019: "Rebels in the Ivory Coast on
    # Tuesday blocked transport into Abidjan")
    transport = spec.replace("streets|street/NOUN/obj>5", "transport/NOUN/obj>5")
    assert [d[:3] for d in _dyads(knowledge, gazetteer, transport)] == [("HKGCVL", "CHNGOV", "144")]


def test_a_count_of_something_else_is_no_crowd(knowledge, gazetteer):
    # "hundreds of thousands of dollars" counts no people: no protester to code
    spec = ("Hundreds|hundred/NOUN/nsubj>5 of/ADP/case>2 thousands|thousand/NOUN/nmod>0 of/ADP/case>4 "
            "dollars|dollar/NOUN/nmod>2 marched|march/VERB/ROOT>5 streets|street/NOUN/obj>5 " + HONG_KONG + "./PUNCT/punct>5")
    assert _dyads(knowledge, gazetteer, spec) == []
