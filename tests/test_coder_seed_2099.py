"""Readings from the review of held-out seed 2099 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (109eafe)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-409869", "tehrantimes-456455", "tehrantimes-455845", "tehrantimes-472008",
        "tehrantimes-431896", "tehrantimes-431964"}


coded = sample_fixture(2099, DOCS)


def test_a_committee_chairmans_title_is_one_actor(coded):
    # "Seyyed Hassan Nasrallah, …, and Iranian Parliament National Security and Foreign Policy
    # Committee Chairman Alaeddin Boroujerdi held talks": a "Foreign Policy Committee Chairman"
    # (LBNGOV, ---GOV) beside an IRNLEG "Iranian Parliament National Security", six rows
    events = sentence_events(coded, "409869", 0)
    assert {s for s, _, _, _ in events} == {"LBNREB", "IRNLEG"}
    assert len(events) == 2


def test_a_show_of_force_is_no_visit(coded):
    # "the U.S. flew B-52 bombers to the region in a show of force against Iran": USA 042 IRN
    assert not [e for e in sentence_events(coded, "456455", 19) if e[1] == "042"]


def test_damaged_relations_are_no_property_damaged(coded):
    # "Zam's execution was unlikely to damage Iran-Europe relations": 171
    assert not [e for e in sentence_events(coded, "455845", 15) if e[1].startswith("17")]


def test_a_danger_warned_of_is_no_threat_to_its_victims(coded):
    # "Raisi issued a message warning about the spread of violence in Afghanistan", "warned about
    # the spread of threats against the Afghan people": 130 toward AFG and AFGCVL
    for sentence in (12, 13):
        assert not [e for e in sentence_events(coded, "472008", sentence) if e[1].startswith("13")]


def test_talks_one_believes_in_are_a_stance(coded):
    # "the Islamic Republic believes in talks with Europeans": 040 asserted in the first pass
    assert [m for _, c, _, m in sentence_events(coded, "431896", 2) if c == "040"] == ["hypothetical"]


def test_a_titled_person_misparsed_beside_a_body_keeps_his_own_title(coded):
    # "Responding to recent allegations by the British government, Tehran Prosecutor Abbas Jafari
    # Dolatabadi has said …" then "Jafari Dolatabadi called on Western governments to stop
    # interfering": GBRGOV, the government he was parsed in apposition to
    assert [s for s, c, _, _ in sentence_events(coded, "431964", 1) if c == "020"] == ["IRNJUD"]
