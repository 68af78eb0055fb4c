"""Readings from the review of held-out seed 2076 (session 45), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events, text_events

DOCS = {"tehrantimes-439490", "tehrantimes-474649", "tehrantimes-484456", "tehrantimes-418814"}


coded = sample_fixture(2076, DOCS)


def test_officials_a_leader_urges_are_his_own(coded, resources):
    # "The Leader urged officials to turn sanctions into opportunities by cutting dependence on oil
    # exports" (---GOV in the first pass; held-out seed 2073 had the officials he lauded so too)
    assert sentence_events(coded, "439490", 12) == [("IRNGOV", "020", "IRNGOV", "asserted")]
    # officials he meets stay open (a visitor's are the host's)
    assert text_events(resources, "Iranian President Rouhani met with officials.") == [
        ("IRNGOV", "040", "---GOV", "asserted")]


def test_a_group_noun_with_its_own_country_is_no_pair(coded):
    # "At least two Iraqi governments have blamed the United States for overthrowing them"
    # (IRNGOV in the first pass: the last two countries named were taken for "two ... governments")
    assert sentence_events(coded, "474649", 30) == [("IRQGOV", "112", "USA", "asserted")]


def test_recognizing_a_freedom_is_no_recognition(coded):
    # "… the U.S. will take all necessary steps, including 'recognizing Israel's freedom of
    # action'" and the tweet repeating it: no diplomatic recognition of Israel (054)
    assert sentence_events(coded, "484456", 1) == []
    assert sentence_events(coded, "484456", 20) == []


def test_a_nuclear_facility_attacked_is_no_nuclear_weapon(coded, resources):
    # "… Israel's sabotage attacks on the Islamic Republic's nuclear facilities …" (2042, detonate
    # nuclear weapons, in the first pass)
    assert sentence_events(coded, "484456", 19) == [("ISR", "190", "IRN", "asserted")]
    # the kind of the attack itself still refines it
    assert text_events(resources, "Israel launched a drone attack on Iran's nuclear facilities.") == [
        ("ISR", "195", "IRN", "asserted")]


def test_the_defeat_of_a_group_is_no_criticism(coded, resources):
    # "Pointing to the recent defeat of Daesh (ISIS) in Iraq and Syria, Soleimani said: …" (111)
    assert sentence_events(coded, "418814", 4) == []
    assert text_events(resources, "Zarif said the vote was a defeat for the United States.") == [
        ("IRNGOV", "111", "USA", "asserted")]

