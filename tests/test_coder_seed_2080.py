"""Readings from the review of held-out seed 2080 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-472671", "tehrantimes-458449", "tehrantimes-461128", "tehrantimes-404545",
        "tehrantimes-423574", "tehrantimes-415596", "tehrantimes-459328"}


coded = sample_fixture(2080, DOCS)


def test_what_one_is_to_do_is_still_to_come(coded):
    # "Reportedly, during his stay in Dushanbe, Bagheri is to meet with the president of Tajikistan …"
    # (IRNMIL 040 TJKGOV asserted in the first pass: "is" parsed as the copula)
    assert sentence_events(coded, "472671", 6) == [("IRNMIL", "036", "TJKGOV", "intended")]


def test_a_countrys_neighbours_are_not_that_country(coded):
    # "The chief Iranian diplomat also warned Iran's Arab neighbors against cooperating with Israel."
    # (IRNGOV 130 IRN in the first pass)
    assert all(target != "IRN" for _, _, target, _ in sentence_events(coded, "458449", 14))


def test_the_parties_are_the_sides_not_political_parties(coded):
    # "The parties expressed their satisfaction over the meeting, with … Enrique Mora saying …"
    # (IRNPTY 051 IGOEUREEC in the first pass)
    assert all(source != "IRNPTY" for source, _, _, _ in sentence_events(coded, "461128", 4))


def test_a_crackdown_on_the_press_restricts_a_freedom(coded):
    # "… Erdogan has cracked down on various press and news outlets …" (175 in the first pass)
    events = sentence_events(coded, "404545", 7)
    assert events and {code for _, code, _, _ in events} == {"1721"}


def test_what_one_writes_one_says(coded):
    # "“I urge the United Nations to keep the United States accountable for its unilateral and
    # irresponsible conduct …,” Zarif wrote …" (a miss in the first pass: "I" found no speaker, as
    # "write" was no verb of saying)
    assert ("IRNGOV", "020", "IGOUNO", "asserted") in sentence_events(coded, "423574", 1)


def test_the_number_of_visitors_is_a_statistic(coded):
    # "… the number of Russians visiting Iran is less when compared to the number of Iranian tourists
    # …" (RUS 042 IRN in the first pass)
    assert all(code[:2] != "04" for _, code, _, _ in sentence_events(coded, "415596", 7))


def test_to_quit_an_approach_is_no_resignation(coded):
    # "… Zarif advised Biden to quit this approach …" (IRNGOV 0241 USAGOV in the first pass)
    assert all(code != "0241" for _, code, _, _ in sentence_events(coded, "459328", 4))
