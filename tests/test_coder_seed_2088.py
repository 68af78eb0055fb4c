"""Readings from the review of held-out seed 2088 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (ad45946)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-482977", "tehrantimes-473234", "tehrantimes-424323", "tehrantimes-462554",
        "tehrantimes-414656", "tehrantimes-410850"}


coded = sample_fixture(2088, DOCS)


def test_a_countrys_top_security_official_is_its_government(coded):
    # "the country's top security official will arrive in Abu Dhabi" (Shamkhani; IRNCOP in the first pass)
    sources = {source for source, _, _, _ in sentence_events(coded, "482977", 1)}
    assert sources == {"IRNGOV"}
    # "the second meeting between the top security officials of Iran and the UAE"
    assert {(s, t) for s, _, t, _ in sentence_events(coded, "482977", 6)} == {("IRNGOV", "AREGOV"), ("AREGOV", "IRNGOV")}


def test_the_uae_national_security_adviser_is_known_by_name(coded):
    # "Sheikh Tahnoun travelled to Terhan in early December 2021 where he held talks with Shamkhani"
    # was ---ELI
    assert [s for s, code, _, _ in sentence_events(coded, "482977", 7) if code == "040"] == ["AREGOV"]


def test_a_parliamentary_delegation_is_the_legislature(coded):
    # "the Iranian parliamentary delegation ... expressed its desire": bare IRN in the first pass
    assert {s for s, _, _, _ in sentence_events(coded, "482977", 37)} == {"IRNLEG"}


def test_the_un_nuclear_watchdog_is_the_iaea(coded):
    # "the United Nations' nuclear watchdog has released a new report admonishing Iran": IGOUNO
    assert [s for s, _, _, _ in sentence_events(coded, "473234", 0)] == ["IGOUNOIAE"]


def test_what_a_statement_or_comment_is_about_is_no_target(coded):
    # "the IAEA released its fresh report on the state of cooperation with Tehran" (IGOUNOIAE 010
    # IRN), "Commenting on the U.S. visa ban for Iranian citizens, he said ..." (IRNGOV 010 USA)
    assert not [e for e in sentence_events(coded, "473234", 1) if e[1] == "010"]
    assert not [e for e in sentence_events(coded, "410850", 12) if e[1] == "010"]


def test_leaders_who_clash_at_a_summit_use_no_force(coded):
    # "leaders of Canada, France, Germany, and Britain clashed with Donald Trump over imposition of
    # tariffs": four rows of 190 in the first pass
    assert not [e for e in sentence_events(coded, "424323", 7) if e[1].startswith("19")]


def test_talks_avoided_are_not_held(coded):
    # "the Bush administration not only avoided talks with the Taliban": USAGOV 040 AFGREB
    for sentence in (4, 36):
        assert not [e for e in sentence_events(coded, "462554", sentence) if e[1].startswith("04")]


def test_airliners_bought_are_no_arms(coded):
    # "The private airline has sealed a deal with U.S. planemaker Boeing to buy 10 Boeing 737 MAX jets"
    assert not [e for e in sentence_events(coded, "414656", 3) if e[1].startswith(("031", "062"))]
