"""Readings from the review of held-out seed 2086 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-485550"}


coded = sample_fixture(2086, DOCS)


def test_to_be_met_with_opposition_is_no_meeting(coded):
    # "An Israeli Knesset member's proposal to split Islam's al-Aqsa Mosque complex … has been met with
    # fierce opposition by the Palestinian resistance …" (PSE 040 ---OPP in the first pass)
    assert all(code[:2] != "04" for _, code, _, _ in sentence_events(coded, "485550", 0))
