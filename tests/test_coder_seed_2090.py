"""Readings from the review of held-out seed 2090 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (7a24094)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-482023", "tehrantimes-407309", "tehrantimes-129070", "tehrantimes-486499",
        "tehrantimes-422713", "tehrantimes-421858"}


coded = sample_fixture(2090, DOCS)


def test_calling_a_visit_fruitful_calls_nothing_off(coded):
    # "Raisi also called his visit to China 'very fruitful and successful'": 161 in the first pass
    assert not [e for e in sentence_events(coded, "482023", 24) if e[1] == "161"]


def test_university_chancellors_and_research_institutes_are_education(coded):
    # "University chancellors from top 14 South Korean universities" (KORGOV), "the German
    # Archaeological Institute" (bare DEU)
    assert {s for s, _, _, _ in sentence_events(coded, "407309", 1)} == {"KOREDU"}
    assert "DEUEDU" in {s for s, _, _, _ in sentence_events(coded, "129070", 0)}


def test_the_national_wisdom_movement_is_an_iraqi_party(coded):
    # "He specifically called on the United Nations" (Ammar al-Hakim of the National Wisdom
    # Movement, s3): IRQGOV in the first pass
    assert {s for s, _, _, _ in sentence_events(coded, "486499", 4)} == {"IRQPTY"}


def test_the_visits_a_planned_meeting_is_made_on_are_planned_too(coded):
    # "The Chancellor of Germany and the French President are scheduled to meet with President Donald
    # Trump on two separate visits to the United States": the visits were 042 asserted
    visits = [e for e in sentence_events(coded, "422713", 21) if e[2] == "USA"]
    assert visits and all(code == "036" and mode == "intended" for _, code, _, mode in visits)


def test_an_airline_flying_a_route_makes_no_visit(coded):
    # "Iran's Kish Airlines has resumed flying to Oman's capital, Muscat, after a one-year halt":
    # IRNBUS 042 OMN in the first pass
    assert sentence_events(coded, "421858", 0) == []
