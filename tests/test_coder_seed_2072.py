"""Readings from the review of held-out seed 2072 (session 44), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events
from dyad.pipeline import code_articles
from dyad.types import Article

DOCS = {"tehrantimes-479412", "tehrantimes-473873", "tehrantimes-442892", "tehrantimes-436289",
        "tehrantimes-425024"}


coded = sample_fixture(2072, DOCS)


def test_a_colleague_holds_the_possessors_kind_of_office(coded):
    # "After a meeting with his Serbian colleague Ivica Dacic on Sunday, Amir Abdollahian told
    # reporters in Belgrade …": Serbia's foreign minister (the first pass had bare SRB)
    assert ("IRNGOV", "040", "SRBGOV", "asserted") in sentence_events(coded, "479412", 11)


def test_the_governor_of_a_central_bank_is_the_banks(coded, resources):
    # "Iranian Ambassador to Iraq Mohammad Kazem Al Sadeq met with the governor of Iraq's Central
    # Bank Mustafa Ghaleb Mokhif in Baghdad": IRQGOVBUS (was IRQGOV)
    assert sentence_events(coded, "473873", 2) == [("IRNGOV", "040", "IRQGOVBUS", "asserted")]
    # a provincial governor, with no body named, keeps the title's own GOV
    text = "The governor of Khuzestan province met the Iraqi ambassador."
    assert [e.source.code for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events] == ["IRNGOV"]


def test_a_rally_in_support_is_no_protest_against_the_authorities(coded):
    # "However, the Iranian people staged rallies in various cities across the country to condemn
    # the riots and support the Islamic Republic system" (IRNCVL 141 IRN)
    assert sentence_events(coded, "442892", 7) == []


def test_a_visit_considered_is_not_made(coded, resources):
    # "Japanese Prime Minister Shinzo Abe is considering a visit to Iran as early as mid-June"
    # (JPNGOV 042 IRN asserted in the first pass)
    assert sentence_events(coded, "436289", 0) == [("JPNGOV", "036", "IRN", "intended")]
    # a judgement of talks held is no contemplated event
    text = "Iran considered the talks with the US useful."
    assert [(e.cameo, e.mode) for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events] == [("040", "asserted")]


def test_the_stops_of_a_trip_do_not_talk_to_each_other(coded):
    # "Rouhani on Monday left Tehran on a trip to Switzerland and Austria to discuss ways of
    # improving mutual relations …": the purpose is Rouhani's, not a message to the two hosts
    # (the first pass had CHE 040 AUT and AUT 040 CHE)
    assert sentence_events(coded, "425024", 4) == [("IRNGOV", "042", "AUT", "asserted"),
                                                   ("IRNGOV", "042", "CHE", "asserted")]
