"""Readings from the review of held-out seed 2102 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (f32c5a0)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-471939"}


coded = sample_fixture(2102, DOCS)


def test_a_city_joined_by_ezafe_is_no_person(coded):
    # "An explosion … at a Shia mosque in the northern Afghan city of Mazar-e-Sharif killed …",
    # "claimed responsibility for the Mazar-e-Sharif attack": Nawaz Sharif's PAKGOV in both
    for sentence in (1, 5):
        assert "PAKGOV" not in {a for s, _, t, _ in sentence_events(coded, "471939", sentence) for a in (s, t)}
