"""Readings from the review of held-out seed 2094 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (d2b8b47)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-480023"}


coded = sample_fixture(2094, DOCS)


def test_fm_is_a_foreign_minister(coded):
    # "Iranian FM speaks on the phone with Omani counterpart": bare IRN and OMN in the first pass
    assert ("IRNGOV", "041", "OMNGOV", "asserted") in sentence_events(coded, "480023", 10)


def test_luxembourgian_is_luxembourg(coded):
    # "Amir Abdollahian and his Luxembourgian counterpart Jean Asselborn also spoke on Thursday over
    # the phone": the counterpart was IRNGOV, the call Iran's with Oman
    assert "LUXGOV" in {s for s, _, _, _ in sentence_events(coded, "480023", 12)}
