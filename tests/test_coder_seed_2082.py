"""Readings from the review of held-out seed 2082 (session 47), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-468640", "tehrantimes-410912", "tehrantimes-415009"}


coded = sample_fixture(2082, DOCS)


def test_kataeb_hezbollah_is_the_iraqi_group(coded):
    # "… a soldier from Kataeb Hezbollah … 'they are targeting an Iraqi force'" (LBNREB in the first
    # pass: "Hezbollah" alone matched Lebanon's group)
    assert all(source != "LBNREB" for source, _, _, _ in sentence_events(coded, "468640", 15))


def test_the_fatah_alliance_is_iraqi(coded):
    # "He deemed the presence of American troops in Iraq … unacceptable", he being "the leader of the
    # Fatah Alliance" (PSEGOV in the first pass)
    assert sentence_events(coded, "468640", 24) == [("IRQPTY", "111", "USAMIL", "asserted")]


def test_thousands_of_visitors_are_a_statistic(coded):
    # "Some 5,000 Iranians visited South Africa in 2016, which set a record high …" (IRN 036 ZAF)
    assert sentence_events(coded, "410912", 4) == []


def test_an_exhibition_hosts_no_one(coded):
    # "The 6th International Exhibition of Elevators … of Iran (Iran LiftEx) … is hosting 280 Iranian
    # and foreign companies" (IRN 043 IRNBUS in the first pass)
    assert all(code != "043" for _, code, _, _ in sentence_events(coded, "415009", 0))
