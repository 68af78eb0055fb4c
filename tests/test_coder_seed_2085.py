"""Readings from the review of held-out seed 2085 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-455483", "tehrantimes-450980"}


coded = sample_fixture(2085, DOCS)


def test_what_one_would_convince_others_to_do_is_not_their_intent(coded):
    # "He sought to convince the Saudi and Qatari leaders to reconcile and reach a deal …" (037 and 056
    # between the two leaders, intended, in the first pass: the aim is Kushner's)
    assert sentence_events(coded, "455483", 30) == []


def test_what_a_resolution_is_to_do_is_not_done(coded):
    # "The United Nations Security Council is set to roundly reject a U.S. resolution to extend an arms
    # embargo on Iran …" (USA 163 IRN asserted in the first pass; also seeds 2081 and 2083)
    events = sentence_events(coded, "450980", 0)
    assert not [e for e in events if e[1] == "163"]
    assert ("USA", "1312", "IRN", "intended") in events
