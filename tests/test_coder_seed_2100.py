"""Readings from the review of held-out seed 2100 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (f20696a)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-405518", "tehrantimes-445961"}


coded = sample_fixture(2100, DOCS)


def test_a_year_before_the_doer_and_the_act_dates_the_act(coded):
    # "… the 2003 U.S. invasions of Iraq": current in the first pass
    assert ("USA", "190", "IRQ", "historical") in sentence_events(coded, "405518", 31)


def test_an_anti_iran_pressure_group_is_not_iran(coded):
    # "an anti-Iran pressure group with close ties to the Trump administration is urging major
    # pharmaceutical companies to 'end their Iran business'": IRN in the first pass
    assert not [e for e in sentence_events(coded, "445961", 3) if e[0].startswith("IRN")]
