"""Readings from the review of held-out seed 2070 (session 44), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import coded_sample, sample_fixture, sentence_events
from dyad.pipeline import code_articles
from dyad.types import Article

DOCS = {"tehrantimes-484720", "tehrantimes-434315", "tehrantimes-481415", "tehrantimes-407267",
        "tehrantimes-456436", "tehrantimes-462685", "tehrantimes-412201", "tehrantimes-453404",
        "tehrantimes-410542"}


coded = sample_fixture(2070, DOCS)


def test_the_house_title_as_subject_is_the_next_he(coded):
    # "The Leader praised Sarhangi for his contributions …" then "He also praised people's warm
    # welcome" and "I ask publishers …, he noted": the Leader's, not Sarhangi's (bare IRN)
    assert sentence_events(coded, "484720", 7) == [("IRNGOV", "051", "IRNCVL", "asserted")]
    assert sentence_events(coded, "484720", 8) == [("IRNGOV", "020", "IRNMED", "asserted")]


def test_a_national_red_crescent_society_is_its_countrys(coded):
    # "the United States has frozen the accounts of the Iranian Red Crescent Society": not the
    # international movement (NGOHLHIRC)
    assert sentence_events(coded, "434315", 0) == [("USA", "163", "IRNHLHIRC", "asserted")]


def test_the_pope_is_the_holy_sees(coded):
    # "Canadian Prime Minister Justin Trudeau has urged Pope Francis to visit Canada": not Canada's
    assert [e[2] for e in sentence_events(coded, "481415", 27)] == ["VATRELCHRCTH"]


def test_words_of_force_in_another_sense(coded):
    # "following the end of sanctions targeting Tehran in January" (India 190 Iran)
    assert sentence_events(coded, "407267", 0) == []
    # "Qatar has actively supported the revolutions and engaged with civil society and Islamist groups"
    assert sentence_events(coded, "462685", 13) == []


def test_a_venue_is_no_target(coded):
    # "He made the remarks on the sidelines of the Friday ceremony at the University of Tehran"
    assert sentence_events(coded, "456436", 29) == []


def test_an_act_whose_anniversary_is_marked_is_past(coded):
    # "… to commemorate the first anniversary of the assassination of the Lt. Gen., Ghaani said the
    # U.S. assassinated the top Iranian commander …"
    assert sentence_events(coded, "456436", 1) == [("USA", "186", "IRNMIL", "historical")]


def test_a_record_given_as_a_reason_is_no_new_intent(coded):
    # "described it as a title awarded because of Rouhani's efforts in boosting academic relations
    # between the two countries" (IRNGOV 030 RUSEDU intended)
    assert sentence_events(coded, "412201", 7) == []


def test_the_one_warned_of_a_deeds_consequences_would_do_it(coded, resources):
    # "The Navy chief also warned the enemies of the consequences of trying to invade Iran's
    # territory through water": the enemies would invade, not the Navy (IRNMIL 138 IRN)
    assert sentence_events(coded, "453404", 11) == []
    text = "Iran warned Israel of the consequences of attacking Lebanon."
    events = [(e.source.code, e.cameo, e.target.code, e.mode) for c in
              code_articles([Article(doc_id="t", text=text)], resources) for e in c.events]
    assert ("ISR", "190", "LBN", "hypothetical") in events and not any(e[0] == "IRN" and e[1] == "190" for e in events)


def test_in_protest_of_says_why_not_where(coded):
    # "she would boycott the Oscars ceremony in protest of U.S. President Donald Trump's proposed ban
    # on visas": aimed at the president's government, not the U.S. as a place
    assert sentence_events(coded, "410542", 5) == [("IRN", "133", "USAGOV", "intended")]


def test_congratulations_offered_are_praise(resources):
    # tehrantimes-408729, a miss of the review: "“I extend my heartfelt congratulations to His
    # Excellency, the Romanian government and people on Romanian Republic's national day,” Rouhani
    # said in his message to Iohannis, ILNA reported." The news agency cited names no country the
    # people could be of: they are Romania's (the dateline gave Iran's)
    coded = coded_sample(resources, 2070, {"tehrantimes-408729"})
    assert sentence_events(coded, "408729", 1) == [("IRNGOV", "051", "ROUCVL", "asserted"),
                                                   ("IRNGOV", "051", "ROUGOV", "asserted")]
