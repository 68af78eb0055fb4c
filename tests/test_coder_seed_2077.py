"""Readings from the review of held-out seed 2077 (session 45), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-452698", "tehrantimes-433812", "tehrantimes-55682"}


coded = sample_fixture(2077, DOCS)


def test_what_a_rejected_request_asks_for_is_not_done(coded):
    # "Rouhani thanked Indonesia and Niger, Security Council presidents …, for rejecting the U.S.
    # request to reimpose all UN sanctions on Iran" (the parser hangs "to reimpose" on "rejecting":
    # the first pass had Indonesia, Niger and the Council impose sanctions, 163)
    assert all(code != "163" for _, code, _, _ in sentence_events(coded, "452698", 6))
    assert ("IDN", "120", "USA", "historical") in sentence_events(coded, "452698", 6)


def test_what_pressure_asks_for_is_not_done(coded):
    # "Baghdad has resisted pressure by the Trump administration to cut economic ties with Iran"
    # (IRQGOV 160 IRN in the first pass)
    assert sentence_events(coded, "433812", 9) == []


def test_the_purpose_of_a_stay_is_the_journeys(coded):
    # "After visiting Azerbaijan on Monday, Sergeyev will fly to Iran for three days to hold talks
    # with Iranian Defense Minister Ali Shamkhani …" (the talks were held in the first pass)
    assert ("RUSGOV", "036", "IRNGOV", "intended") in sentence_events(coded, "55682", 0)
