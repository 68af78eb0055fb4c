"""A decision noun and its "to" infinitive (session 44): the noun is what the infinitive is about,
not its object ("the decision to withdraw" withdraws no decision), and a decision "of" a named
government is that government's. On Tehran Times articles of two held-out review samples."""

from __future__ import annotations

import pytest

from conftest import coded_sample, sentence_events
from dyad.pipeline import code_articles
from dyad.types import Article


@pytest.fixture(scope="module")
def coded_2036(resources):
    return coded_sample(resources, 2036, {"tehrantimes-423380"})


def test_a_decision_to_withdraw_withdraws_no_decision(coded_2036):
    # "… take note of President Trump's decision to withdraw the United States of America from the
    # Joint Comprehensive Plan of Action": no policy change (0342) aimed at the U.S. itself (judged
    # wrong in seed 2036's review); the withdrawal from the deal is read as such
    assert sentence_events(coded_2036, "423380", 3) == []
    assert sentence_events(coded_2036, "423380", 0) == [("USAGOV", "1313", "IRN", "intended")]


def test_a_decision_of_a_named_government_is_that_governments(resources):
    # seed 2056, tehrantimes-428112: "Cuba has expressed its profound rejection of the decision of
    # the US government to withdraw from the Nuclear Agreement" had Cuba withdrawing (0342)
    coded = coded_sample(resources, 2056, {"tehrantimes-428112"})
    # and Cuba's own act is the rejection it voices (express-rejection), aimed at that government
    assert [e[:3] for e in sentence_events(coded, "428112", 119)] == [("CUB", "120", "USAGOV"),
                                                                      ("USAGOV", "1313", "IRN")]


def test_a_rejection_of_a_deed_voiced_condemns_it(resources):
    text = "Iran voiced its rejection of the Israeli attack on Gaza."
    assert [(e.source.code, e.cameo, e.target.code) for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events if e.explanation.rule == "express-rejection"] == [("IRN", "111", "ISR")]


def test_the_court_decision_to_halt_recounts_is_not_a_halted_decision(resources):
    # Wikinews (John Paul Stevens): no USAJUD 0342 from "the Court's decision to halt Florida recounts"
    text = ("Among the most famous opinions written by Stevens was his dissent in the Court's decision to "
            "halt Florida recounts in the 2000 US Presidential election.")
    assert [e.cameo for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events if e.cameo == "0342"] == []
