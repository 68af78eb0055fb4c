"""Readings from the review of held-out seed 2091 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (7a24094)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-409031", "tehrantimes-450524", "tehrantimes-429275", "tehrantimes-408472",
        "tehrantimes-412516"}


coded = sample_fixture(2091, DOCS)


def test_a_surname_that_starts_a_company_name_is_the_company(coded):
    # "... expropriated its oil basins ... from Hunt Oil Company and ExxonMobil affiliates": GBRGOV
    # (Jeremy Hunt) in the first pass
    assert not [e for e in sentence_events(coded, "409031", 31) if e[2] == "GBRGOV"]


def test_one_who_bears_the_responsibility_is_charged_by_whoever_says_so(coded):
    # "The envoy said ..., adding that the United States bears the responsibility for all the
    # consequences": USA 015 ---UAF (a claim) in the first pass
    assert ("IRNGOV", "112", "USA", "asserted") in sentence_events(coded, "450524", 4)
    assert not [e for e in sentence_events(coded, "450524", 4) if e[1] == "015"]


def test_a_champions_league_fixture_is_no_visit(coded):
    # "On Saturday, Persepolis will host the Japanese team at the second leg of the 2018 AFC
    # Champions League": IRN 036 JPN
    assert sentence_events(coded, "429275", 1) == []


def test_shipyards_and_aviation_giants_are_companies(coded):
    # "Russian shipyard Krasnye Barrikady" (bare RUS), "the European aviation giant Airbus" (bare EUR)
    assert "RUSBUS" in {t for _, _, t, _ in sentence_events(coded, "408472", 8)}
    assert "EURBUS" in {t for _, _, t, _ in sentence_events(coded, "412516", 6)}
