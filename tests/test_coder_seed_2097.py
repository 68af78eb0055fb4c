"""Readings from the review of held-out seed 2097 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (c444b4d)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-445586", "tehrantimes-422931", "tehrantimes-476456", "tehrantimes-452707",
        "tehrantimes-442654", "tehrantimes-469643", "tehrantimes-469684", "tehrantimes-71515",
        "tehrantimes-455705", "tehrantimes-408430"}


coded = sample_fixture(2097, DOCS)


def test_refraining_from_politicizing_is_no_deescalation(coded):
    # "called on the entire political parties, groups and media outlets to refrain from
    # politicizing coronavirus outbreak": 0256 in the first pass
    codes = {c for _, c, _, _ in sentence_events(coded, "445586", 6)}
    assert codes == {"020"}


def test_efforts_undertaken_are_no_promise(coded):
    # "briefed ... on the political efforts undertaken by Iran to help end the war in Syria": 033
    assert not [e for e in sentence_events(coded, "422931", 1) if e[1] == "033"]


def test_a_possibility_killed_is_a_figure_of_speech(coded):
    # "The possibility of Iranian piped gas for Europe ... was killed by President Clinton": 190
    assert not [e for e in sentence_events(coded, "476456", 20) if e[1].startswith(("18", "19"))]


def test_a_leaders_army_is_the_army(coded):
    # "Saddam Hussein's army surprisingly launched war against Iran": IRQGOV (his) in the first pass
    assert ("IRQMIL", "190", "IRN", "historical") in sentence_events(coded, "452707", 5)


def test_forces_dispatched_are_not_their_own_target(coded):
    # "Iran is against Japan's plan to dispatch Self-Defense Forces to the Middle East": JPN 154 JPNMIL
    assert not [e for e in sentence_events(coded, "442654", 0) if e[2] == "JPNMIL"]


def test_the_one_helped_in_attacking_is_the_attacker(coded):
    # "the Yemeni armed forces say that the Israelis have helped the UAE in attacking them": ISR 190
    attackers = {s for s, c, _, _ in sentence_events(coded, "469643", 13) if c == "190"}
    assert attackers == {"ARE"}


def test_a_committee_named_with_and_is_one_body(coded):
    # "met on Sunday with Vahid Jalalzadeh, Chairman of the National Security and Foreign Policy
    # Committee of the Iranian parliament": a ---GOV/IRNGOV half beside the IRNLEG committee
    targets = {t for _, c, t, _ in sentence_events(coded, "469684", 0) if c == "040"}
    assert targets == {"IRNLEG"}


def test_a_year_on_the_acts_own_noun_dates_it(coded):
    # "Sanctions were imposed after Iraq's 1990 invasion of Kuwait", in a 2001 article: news in
    # the first pass
    assert ("IRQ", "190", "KWT", "historical") in sentence_events(coded, "71515", 4)


def test_calling_ones_counterpart_is_a_phone_call(coded):
    # "Turkish Foreign Minister Mevlut Cavusoglu called his Iranian counterpart on Saturday evening
    # to assure him …": missed in the first pass
    assert ("TURGOV", "041", "IRNGOV", "asserted") in sentence_events(coded, "455705", 0)


def test_condolences_on_a_death_go_to_the_bereaved(coded):
    # "The Iranian Foreign Ministry on Sunday extended Tehran's condolences on the death of around
    # 100 Indian passengers of a derailed train": missed in the first pass
    assert ("IRNGOV", "018", "INDCVL", "asserted") in sentence_events(coded, "408430", 0)
