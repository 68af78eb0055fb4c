"""Readings from the review of held-out seed 2092 (session 48), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on (a1dbe34)."""

from __future__ import annotations

from dataclasses import replace

from conftest import parse, sample_fixture, sentence_events
from dyad.nlp.repair import repair
from dyad.nlp.split_name import SPLIT_NAME
from dyad.types import EntitySpan

DOCS = {"tehrantimes-450410", "tehrantimes-463076"}


coded = sample_fixture(2092, DOCS)


def test_a_ban_that_targets_countries_uses_no_force(coded):
    # "Trump's initial ban targeted Iran, Libya, Somalia, Syria, and Yemen": five rows of 190
    assert not [e for e in sentence_events(coded, "450410", 3) if e[1].startswith(("18", "19", "20"))]


def test_a_hyphenated_given_name_keeps_the_surname_remembered(coded):
    # s1 "held talks with Ali-Asghar Khaji, the Iranian foreign minister's senior advisor": the
    # parser hung "Khaji" as an apposition of "Ali", so "Khaji" was never remembered; "During his
    # trip to Muscat, Khaji also met ..." then made him Omani (rows 70-75)
    assert [s for s, code, _, _ in sentence_events(coded, "463076", 28) if code == "040"] == ["IRNGOV"]
    assert {s for s, _, _, _ in sentence_events(coded, "463076", 17)} == {"IRNGOV"}


def test_a_whole_name_key_followed_by_another_family_name_is_another_person(coded):
    # "Khaji also met Sheikh Khalifa Al-Harthy, the deputy foreign minister of Oman" had the UAE's
    # Sheikh Khalifa (AREGOV)
    assert ("IRNGOV", "040", "OMNGOV", "asserted") in sentence_events(coded, "463076", 23)


def test_a_name_read_as_an_apposition_inside_its_own_span_is_flattened():
    spec = ("Rouhani/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Ali/PROPN/obj>1 -/PUNCT/punct>2 Asghar/PROPN/compound>5 "
            "Khaji/PROPN/appos>2 ./PUNCT/punct>1")
    fixed = repair(replace(parse(spec), entities=(EntitySpan("PER", 2, 6, "Ali-Asghar Khaji"),)))
    assert SPLIT_NAME in fixed.repairs
    assert [(t.dep, t.head) for t in fixed.tokens[2:6]] == [("obj", 1), ("punct", 2), ("flat", 2), ("flat", 2)]
