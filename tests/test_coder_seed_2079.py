"""Readings from the review of held-out seed 2079 (session 46), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-470320", "tehrantimes-455722", "tehrantimes-470292"}


coded = sample_fixture(2079, DOCS)


def test_the_next_round_of_talks_is_still_to_come(coded):
    # "… saying his country is ready to host the next round of talks between Iran and Saudi Arabia"
    # (040 asserted both ways in the first pass)
    events = sentence_events(coded, "470320", 15)
    assert events and {mode for _, _, _, mode in events} == {"intended"}


def test_a_leaders_senior_advisers_are_his_own(coded):
    # "… Trump has asked senior advisers in an Oval Office meeting whether he had options …"
    # (USAGOV 020 ---GOV in the first pass)
    assert sentence_events(coded, "455722", 24) == [("USAGOV", "020", "USAGOV", "asserted")]


def test_meetings_a_visit_is_aimed_at_are_still_to_come(coded):
    # "… the official said this visit is aimed at attending the meetings of Gas Exporting Countries
    # Forum (GECF), and also meetings between the two countries' officials …" (040 asserted)
    meetings = [e for e in sentence_events(coded, "470292", 2) if e[1] == "040"]
    assert meetings and {mode for _, _, _, mode in meetings} == {"intended"}
