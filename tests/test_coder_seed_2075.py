"""Readings from the review of held-out seed 2075 (session 45), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events, text_events

DOCS = {"tehrantimes-451948", "tehrantimes-439746", "tehrantimes-478253", "tehrantimes-462894"}


coded = sample_fixture(2075, DOCS)


def test_calling_out_is_criticism(coded):
    # "France, Germany, and the UK (E3) submitted a draft resolution to the IAEA Board of Governors
    # in July calling out Iran for its denial of access to the two sites …" (three 020 appeals)
    assert {(s, c, t) for s, c, t, _ in sentence_events(coded, "451948", 22)} == {
        ("FRA", "111", "IRN"), ("DEU", "111", "IRN"), ("GBR", "111", "IRN")}


def test_a_move_to_do_is_an_attempt(coded):
    # "… in light of highly contested moves by the U.S. to restore all UN sanctions on Iran" (the
    # first pass had the sanctions imposed, 163 asserted)
    assert sentence_events(coded, "451948", 2) == [("USA", "1312", "IRN", "intended")]


def test_an_invitation_to_the_inviters_meeting_is_an_intent_to_meet(coded):
    # "Earlier this month, Armenian Prime Minister Nikol Pashinyan invited the Iranian president to
    # participate in the meeting which will be on October 1" (026, kept for third parties)
    assert sentence_events(coded, "439746", 10) == [("ARMGOV", "036", "IRNGOV", "asserted")]


def test_what_the_other_side_claims_is_not_done(coded, resources):
    # "In an article on Axios website, Barak Ravid, an Israeli reporter, claimed, 'There has been no
    # movement in the talks with Iran since Iranian officials rejected an EU proposal …'" (the paper
    # denies it; IRNGOV 120 IGOEUREEC in the first pass)
    assert sentence_events(coded, "478253", 5) == []
    text = "Saudi-owned news site Elaph has claimed that Iran and Israel engaged in indirect negotiations."
    assert text_events(resources, text) == []
    # a claimant speaking for the doer's country reports its deed
    text = "The Pentagon claims that the U.S. military has deployed troops to northeastern Syria."
    assert text_events(resources, text) == [("USAMIL", "154", "SYR", "asserted")]


def test_a_threat_to_do_is_the_threat(coded):
    # "U.S. State Department spokesperson Ned Price reiterated a previous American threat to withdraw
    # from the talks with Iran …": a threat to halt negotiations (134), no withdrawal (164 asserted)
    assert ("USAGOV", "134", "IRN", "intended") in sentence_events(coded, "462894", 10)
    assert all(code != "164" for _, code, _, _ in sentence_events(coded, "462894", 10))
