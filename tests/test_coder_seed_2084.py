"""Readings from the review of held-out seed 2084 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-418199", "tehrantimes-433635", "tehrantimes-443049"}


coded = sample_fixture(2084, DOCS)


def test_the_number_of_tourists_is_a_statistic(coded):
    # "The number of Iranian tourists visiting Georgia in the first 10 months of 2017 has risen by 123
    # percent …" (IRNCVL 042 GEO in the first pass: the count itself was the actor's head)
    assert sentence_events(coded, "418199", 0) == []


def test_backing_a_withdrawal_is_no_withdrawal(coded):
    # "Only the two Muslim states of Saudi Arabia and the United Arab Emirates along with Israel have
    # backed the U.S. withdrawal from the 2015 nuclear deal …" (SAU and ARE 160 IRN in the first pass)
    events = sentence_events(coded, "433635", 3)
    assert ("SAU", "051", "USA", "asserted") in events
    assert all(code != "160" for _, code, _, _ in events)


def test_targeting_with_a_pressure_policy_is_no_attack(coded):
    # "… Trump withdrew the United States from the 2015 Iran nuclear deal and targeted the Iranian nation
    # with its 'maximum pressure' policy …" (USAGOV 190 IRN in the first pass)
    events = sentence_events(coded, "443049", 12)
    assert ("USAGOV", "163", "IRN", "historical") in events
    assert all(code != "190" for _, code, _, _ in events)
