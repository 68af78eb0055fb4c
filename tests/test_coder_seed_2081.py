"""Readings from the review of held-out seed 2081 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-421373", "tehrantimes-458820", "tehrantimes-468054", "tehrantimes-484960"}


coded = sample_fixture(2081, DOCS)


def test_a_meeting_turned_down_is_not_held(coded):
    # "… the Iranian President turned down a meeting with President Trump …" (IRNGOV 040 USAGOV
    # asserted in the first pass); the refusal of the Americans' side (120) stays
    events = sentence_events(coded, "421373", 14)
    assert all(code != "040" for _, code, _, _ in events)
    assert ("IRNGOV", "120", "USA", "asserted") in events


def test_plans_scrapped_are_no_intent(coded):
    # "… after European powers scrapped plans to criticize Tehran at the International Atomic Energy
    # Agency" (EUR 111 IRNGOV intended in the first pass: "scrapped" lemmatised "scrappe")
    assert all(code != "111" for _, code, _, _ in sentence_events(coded, "458820", 0))


def test_what_one_is_anticipated_to_do_is_still_to_come(coded):
    # "He was also anticipated to call on the UAE …" (ISRGOV 0242 ARE asserted in the first pass)
    events = sentence_events(coded, "468054", 4)
    assert events and {mode for _, _, _, mode in events} == {"intended"}


def test_a_country_inside_a_persons_name_is_no_country(coded):
    # "… a meeting between Iranian Deputy Chief of General Staff Bahram Hosseini Motlaq and his Afghan
    # counterpart Haji Mali Khan in Kabul …"; s2's "the two sides" were IRNMIL and MLI in the first pass
    events = sentence_events(coded, "484960", 2)
    assert all("MLI" not in (source, target) for source, _, target, _ in events)
