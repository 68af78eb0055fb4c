"""The ``body-name`` parse repair (nlp/body_name.py) on hand-built parses: the shipped model's own
misparse of "Chairman of the National Security and Foreign Policy Committee" (Tehran Times,
held-out seed 2097), and coordinations it must leave alone."""

from __future__ import annotations

from dataclasses import replace

from conftest import dyads, parse
from dyad.nlp.body_name import BODY_NAME, body_name
from dyad.nlp.repair import repair
from dyad.types import EntitySpan

# the model's parse: "Committee" a conjunct of "Vahid", "Security" the chairman's "of" phrase;
# the recogniser split the name at "and" into two organisations
COMMITTEE = replace(parse(
    "Qureshi/PROPN/nsubj>1 met|meet/VERB/ROOT>1 with/ADP/case>3 Vahid/PROPN/obl>1 Jalalzadeh/PROPN/flat>3 "
    ",/PUNCT/punct>6 Chairman|chairman/NOUN/appos>3 of/ADP/case>10 the/DET/det>10 National/ADJ/amod>10 "
    "Security/PROPN/nmod>6 and/CCONJ/cc>14 Foreign/ADJ/amod>13 Policy|policy/NOUN/compound>14 "
    "Committee/PROPN/conj>3 of/ADP/case>18 the/DET/det>18 Iranian/ADJ/amod>18 "
    "parliament/NOUN/nmod>14 ./PUNCT/punct>1"),
    entities=(EntitySpan("PER", 3, 5, "Vahid Jalalzadeh"), EntitySpan("ORG", 9, 11, "National Security"),
              EntitySpan("ORG", 12, 18, "Foreign Policy Committee of the Iranian")))


def test_a_body_named_with_and_is_one_phrase():
    fixed = body_name(COMMITTEE)
    assert BODY_NAME in fixed.repairs
    t = fixed.tokens
    assert (t[14].dep, t[14].head) == ("nmod", 6)  # the committee is what he chairs
    assert (t[10].dep, t[10].head) == ("compound", 14) and t[7].head == 14 and t[8].head == 14
    assert t[18].head == 14  # "of the Iranian parliament" stays on the committee


def test_the_chairman_is_the_committees_and_no_one_else(knowledge):
    # unrepaired: a ---GOV "Chairman of the National Security" beside the committee
    assert dyads(knowledge, COMMITTEE) == [("PAKGOV", "---GOV", "040"), ("PAKGOV", "IRNLEG", "040")]
    assert dyads(knowledge, repair(COMMITTEE)) == [("PAKGOV", "IRNLEG", "040")]


def test_a_place_and_a_body_are_two():
    # "Talks between Iran and European Union": Iran is a place of its own
    two = replace(parse(
        "Talks|talk/NOUN/nsubj:pass>7 between/ADP/case>2 Iran/PROPN/nmod>0 and/CCONJ/cc>5 "
        "European/ADJ/amod>5 Union/PROPN/conj>2 were|be/AUX/aux:pass>7 held|hold/VERB/ROOT>7"),
        entities=(EntitySpan("LOC", 2, 3, "Iran"), EntitySpan("ORG", 4, 6, "European Union")))
    assert BODY_NAME not in body_name(two).repairs


def test_two_bodies_each_with_its_word_are_two():
    # "the Foreign Ministry and Defence Ministry": a body word on both sides of "and"
    two = replace(parse(
        "the/DET/det>2 Foreign/ADJ/amod>2 Ministry/PROPN/ROOT>2 and/CCONJ/cc>5 Defence/PROPN/compound>5 "
        "Ministry/PROPN/conj>2"), entities=(EntitySpan("ORG", 1, 6, "Foreign Ministry and Defence Ministry"),))
    assert BODY_NAME not in body_name(two).repairs
