"""Readings from the review of held-out seed 2098 (session 49), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (109eafe)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events

DOCS = {"tehrantimes-405376", "tehrantimes-418685", "tehrantimes-426849"}


coded = sample_fixture(2098, DOCS)


def test_a_portfolio_named_with_and_is_one_ministers(coded):
    # "Iranian Communications and Information Technology Minister Mahmoud Vaezi visited Moscow":
    # a second, bare-IRN visitor ("Iranian Communications") in the first pass
    sources = {s for s, c, _, _ in sentence_events(coded, "405376", 33) if c == "042"}
    assert sources == {"IRNGOV"}


def test_a_deed_blamed_on_someone_accuses_that_someone(coded):
    # "Emanuel Macron … blamed the Ansarullah missile attack on the Islamic Republic": YEMREB
    targets = {t for s, c, t, _ in sentence_events(coded, "418685", 9) if c == "112"}
    assert targets == {"IRN"}


def test_what_one_is_assigned_to_do_is_not_done(coded):
    # "The president assigned the Foreign Ministry to urgently issue a complaint …": a lodged
    # complaint in the first pass
    assert [m for _, c, _, m in sentence_events(coded, "426849", 2) if c == "114"] == ["intended"]
