"""Readings from the review of held-out seed 2101 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (f20696a)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-466040"}


coded = sample_fixture(2101, DOCS)


def test_readiness_to_continue_negotiations_is_an_intent(coded):
    # "both sides expressed their satisfaction and readiness to continue the negotiations":
    # negotiations under way (046 asserted) in the first pass
    events = sentence_events(coded, "466040", 2)
    assert ("IRNGOV", "036", "IGOEUREEC", "intended") in events
    assert not [e for e in events if e[1] == "046"]
