"""Readings from the review of held-out seed 2078 (session 46), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-420095", "tehrantimes-443843", "tehrantimes-443955", "tehrantimes-442208"}


coded = sample_fixture(2078, DOCS)


def test_what_cooperation_is_against_is_no_partner(coded):
    # "Shamkhani said … that Islamic countries, especially Iran and Pakistan, should expand
    # cooperation against the U.S. policies" (IRNGOV 030 USA in the first pass)
    assert all(target != "USA" for _, _, target, _ in sentence_events(coded, "420095", 0))


def test_an_act_dismissed_as_wrong_is_criticised(coded):
    # "Russia also dismissed the U.S. new strategy as imperialist" (120 in the first pass)
    assert sentence_events(coded, "420095", 14) == [("RUS", "111", "USA", "asserted")]


def test_military_advisers_are_military(coded):
    # "… the Iraqi and Syrian armies, backed by popular forces and Iranian military advisors …"
    # (IRNGOV in the first pass)
    events = sentence_events(coded, "443843", 33)
    assert events and all(source == "IRNMIL" for source, _, _, _ in events)


def test_people_of_the_world_are_no_one_countrys(coded):
    # "… not only the Iranian nation but also all Muslims and free-hearted people of the world are
    # mourning the loss of the honorable commander" (the world's mourners IRNCVL in the first pass)
    assert "IRNCVL" not in {source for source, _, _, _ in sentence_events(coded, "443843", 44)}


def test_the_one_retaliated_against_did_what_it_is_for(coded):
    # "… after Iran pledged to retaliate against the U.S. for assassinating the top anti-terror
    # commander" (IRN 186 IRNMIL in the first pass)
    assert ("USA", "186", "IRNMIL", "asserted") in sentence_events(coded, "443955", 3)
    assert all(source != "IRN" for source, code, _, _ in sentence_events(coded, "443955", 3) if code == "186")


def test_a_trip_aimed_at_something_now_is_still_to_come(coded):
    # "Ardakanian's trip to Moscow is also aimed at attending the 16th meeting …" (s0: "he will
    # leave Tehran for Moscow on Thursday"; 042 asserted in the first pass)
    assert sentence_events(coded, "442208", 5) == [("IRNGOV", "036", "RUS", "intended")]
