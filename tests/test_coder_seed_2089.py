"""Readings from the review of held-out seed 2089 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (ad45946)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-459515", "tehrantimes-444479", "tehrantimes-471985"}


coded = sample_fixture(2089, DOCS)


def test_restrictions_on_a_countrys_exports_are_sanctions(coded):
    # "a result of U.S. restrictions imposed on Iran's energy exports": 172 in the first pass
    assert ("USA", "163", "IRN", "asserted") in sentence_events(coded, "459515", 10)


def test_an_after_clause_of_earlier_this_month_is_news(coded):
    # "after the US assassinated ... Soleimani and ... al-Muhandis in Baghdad earlier this month":
    # historical in the first pass
    killings = [e for e in sentence_events(coded, "444479", 1) if e[1] == "186"]
    assert killings and all(mode == "asserted" for _, _, _, mode in killings)


def test_breaches_criticized_are_the_charge_not_an_act(coded):
    # "Amir Abdollahian also criticized Israel's repeated breaches of Palestinian rights": ISR 175 PSE
    # beside the criticism
    assert sentence_events(coded, "471985", 10) == [("IRNGOV", "111", "ISR", "asserted")]
