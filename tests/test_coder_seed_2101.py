"""Readings from the review of held-out seed 2101 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (f20696a)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-466040", "tehrantimes-486485", "tehrantimes-407179", "tehrantimes-433140"}


coded = sample_fixture(2101, DOCS)


def test_readiness_to_continue_negotiations_is_an_intent(coded):
    # "both sides expressed their satisfaction and readiness to continue the negotiations":
    # negotiations under way (046 asserted) in the first pass
    events = sentence_events(coded, "466040", 2)
    assert ("IRNGOV", "036", "IGOEUREEC", "intended") in events
    assert not [e for e in events if e[1] == "046"]


def test_the_agency_a_report_is_according_to_does_nothing(coded):
    # "According to the Palestinian news agency Shehab, occupation troops launched gas bombs at a
    # hospital": PSEMED fired them in the first pass
    assert "PSEMED" not in {s for s, c, _, _ in sentence_events(coded, "486485", 5) if c.startswith("19")}


def test_proposals_studied_are_no_inquiry(coded):
    # "Iran investigates the proposed suggestions from other countries including Italy": 090 ITA
    assert not [e for e in sentence_events(coded, "407179", 3) if e[1].startswith("09")]


def test_walking_areas_given_to_ones_own_people_cede_no_territory(coded):
    # "The Municipality is aiming to give people more walking areas": IRNGOV 0356 IRNCVL
    assert not [e for e in sentence_events(coded, "433140", 8) if e[1] in ("0356", "0874")]
