"""Readings from the review of held-out seed 2083 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-431728", "tehrantimes-406451", "tehrantimes-458391", "tehrantimes-419094"}


coded = sample_fixture(2083, DOCS)


def test_a_war_of_words_is_criticism(coded):
    # "Ankara and Washington are engaged in a bitter war of words …" (190 both ways in the first pass)
    events = sentence_events(coded, "431728", 9)
    assert events and {code for _, code, _, _ in events} == {"111"}


def test_what_a_rejected_allegation_says_is_no_act(coded):
    # "It also rejected the allegations that Tehran refuses to cooperate with the United Nations
    # special rapporteur" (IRNGOV 120 IGOUNO asserted in the first pass)
    assert all(code != "120" for _, code, _, _ in sentence_events(coded, "406451", 5))


def test_sales_legalised_are_not_made(coded):
    # "Biden just legalized Vladimir Putin and Xi Jinping selling arms to Iran" (072 asserted)
    sales = [e for e in sentence_events(coded, "458391", 2) if e[1] == "072"]
    assert sales and {mode for _, _, _, mode in sales} == {"hypothetical"}


def test_forces_a_country_backs_are_not_its_own(coded):
    # "… Iranian-backed forces attacked Americans in Iraq …" (IRNMIL 190 USA in the first pass)
    assert all(source != "IRNMIL" for source, _, _, _ in sentence_events(coded, "458391", 16))


def test_a_city_recognised_as_a_capital_is_support(coded):
    # "… condemned the U.S. government's decision to recognize al-Quds (Jerusalem) as Israel's
    # capital" (USAGOV 054 ISR intended in the first pass)
    assert ("USAGOV", "051", "ISR", "intended") in sentence_events(coded, "419094", 1)
