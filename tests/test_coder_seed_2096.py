"""Readings from the review of held-out seed 2096 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (c444b4d)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-472315", "tehrantimes-407619", "tehrantimes-432769", "tehrantimes-423543",
        "tehrantimes-463996", "tehrantimes-423294"}


coded = sample_fixture(2096, DOCS)


def test_a_tally_of_visits_since_relations_began_is_history(coded):
    # "the presidents of Iran have visited Tajikistan 13 times since the establishment of political
    # relations": thirty years of visits, coded as current in the first pass
    assert ("IRNGOV", "042", "TJK", "historical") in sentence_events(coded, "472315", 6)
    # "over the past 30 years, more than 170 important cooperation documents have been signed"
    assert {mode for _, code, _, mode in sentence_events(coded, "472315", 13) if code == "057"} == {"historical"}


def test_a_sea_named_after_a_country_is_no_party(coded):
    # "readiness to facilitate transfer of energy from Caspian Sea littoral states to the Sea of
    # Oman and Persian Gulf": OMN and PGS were the offer's targets
    assert not {t for _, _, t, _ in sentence_events(coded, "407619", 0)} & {"OMN", "PGS"}


def test_an_offer_to_host_talks_between_two_others_is_mediation(coded):
    # "Uzbekistan has expressed its readiness to host talks between the Afghan government officials
    # and the Taliban negotiators": 030 toward each side in the first pass
    events = sentence_events(coded, "432769", 3)
    assert ("UZB", "039", "AFGGOV", "intended") in events and ("UZB", "039", "AFGREB", "intended") in events
    assert not [e for e in events if e[1] == "030"]


def test_defending_an_order_is_no_call_for_military_protection(coded):
    # "Macron urged Europe to defend the global multilateral order": 0234 in the first pass
    assert [c for s, c, _, _ in sentence_events(coded, "423543", 8) if s == "FRAGOV"] == ["020"]


def test_what_a_regime_is_toppled_for_doing_is_its_own_act(coded):
    # "The U.S. invaded Afghanistan to topple the Taliban regime for hosting al Qaeda leader Osama
    # bin Laden": the U.S. was the host in the first pass
    hosts = {s for s, c, _, _ in sentence_events(coded, "463996", 6) if c == "043"}
    assert hosts and "USA" not in hosts


def test_what_it_is_natural_one_should_feel_is_a_view(coded):
    # '"It is natural that America should be angry with Iran."': a U.S. disapproval, intended
    assert [m for _, c, _, m in sentence_events(coded, "423294", 2) if c == "110"] == ["hypothetical"]


def test_those_urged_to_unite_are_not_whom_they_oppose(coded):
    # "Macron urged Europe to unite and exert a self-confident 'European sovereignty' in the face of
    # … unilateral American moves": FRAGOV 113 EUR in the first pass (the opposed side is whom the
    # rallying is "against", and this sentence names none)
    assert not [e for e in sentence_events(coded, "423543", 3) if e[1] == "113" and e[2] == "EUR"]
