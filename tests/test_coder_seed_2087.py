"""Readings from the review of held-out seed 2087 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-425084", "tehrantimes-409844"}


coded = sample_fixture(2087, DOCS)


def test_a_wedding_party_is_civilians(coded):
    # "An airstrike … hit a wedding party …" (---PTY and YEMPTY targets in the first pass)
    events = sentence_events(coded, "425084", 2) + sentence_events(coded, "425084", 5)
    assert events and all(not target.endswith("PTY") for _, _, target, _ in events)
    assert ("YEMMIL", "190", "YEMCVL", "historical") in events


def test_the_fatah_al_sham_front_is_syrian(coded):
    # "… blaming Ahrar al-Sham and Fatah al-Sham Front (previously known as the al-Nusra Front) …";
    # s6's "They" were PSEGOV ("Fatah") in the first pass
    assert all(source != "PSEGOV" for source, _, _, _ in sentence_events(coded, "409844", 6))
