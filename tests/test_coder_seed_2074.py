"""Readings from the review of held-out seed 2074 (session 45), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events, text_events

DOCS = {"tehrantimes-409614", "tehrantimes-469686", "tehrantimes-443649"}


coded = sample_fixture(2074, DOCS)


def test_a_rally_to_mark_an_anniversary_is_no_protest(coded):
    # "Hundreds of thousands of Iranians took to the streets across the country on Thursday to mark
    # the seventh anniversary of mass rallies staged on December 30, 2009 to guard the principles of
    # the Islamic Revolution" (IRN 141 IRN in the first pass)
    assert sentence_events(coded, "409614", 0) == []


def test_what_a_question_is_about_is_no_possibility(coded):
    # "The diplomat also responded to a question about the Israeli president's visit to the UAE"
    # (a visit under way: hypothetical in the first pass)
    assert sentence_events(coded, "469686", 8) == [("ISRGOV", "042", "ARE", "asserted")]


def test_they_after_another_subject_is_not_the_speaker(coded, resources):
    # "He went on to say that the U.S. Army is seeking to hatch a more dangerous plot for the entire
    # region as they targeted two military centers of pro-Damascus forces in Syria": the speaker
    # struck no one (IRNGOV 190 SYRMIL in the first pass)
    assert sentence_events(coded, "443649", 15) == []
    # the plural subject before "they" is who they are (the CAMEO manual's 1831 example, "police
    # said", had ---COP blow itself up)
    text = ("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday when they "
            "blew themselves up in Tel Aviv, police said.")
    assert ("PSEUAF", "1831", "ISR", "asserted") in text_events(resources, text)
