"""Background the story names as such (session 44): a past "after" clause is background in each
of its conjuncts, and a year on a time-bound event ("in the 1967 war") dates what is done in it."""

from __future__ import annotations

import datetime

from conftest import coded_sample, sentence_events
from dyad.pipeline import code_articles
from dyad.types import Article


def test_every_conjunct_of_a_past_after_clause_is_background(resources):
    # held-out seed 2042, tehrantimes-459361: "A year after the Trump administration quit the JCPOA
    # and slapped sanctions on Iran, Iran started to gradually remove ban on certain aspects of its
    # nuclear activities": the sanctions were judged background coded asserted
    coded = coded_sample(resources, 2042, {"tehrantimes-459361"})
    assert sentence_events(coded, "459361", 13) == [("USAGOV", "163", "IRN", "historical")]


def test_a_conjunct_after_the_clause_keeps_its_own_time(resources):
    text = "Zarif arrived in Moscow and met Lavrov after the U.S. imposed sanctions on Iran."
    modes = {e.explanation.trigger: e.mode for c in code_articles([Article(doc_id="t", text=text)], resources)
             for e in c.events}
    assert modes == {"arrived": "asserted", "met": "asserted", "imposed sanctions": "historical"}


def _modes(resources, text: str) -> list[tuple[str, str | None]]:
    article = Article(doc_id="t", text=text, date=datetime.date(2020, 5, 1))
    return [(e.mode, e.date) for c in code_articles([article], resources) for e in c.events]


def test_a_year_on_a_dated_event_dates_what_is_done_in_it(resources):
    # held-out seed 2048, tehrantimes-440138: "Israel occupied the West Bank in the 1967 Six-Day War
    # in a move never recognized by the international community" (judged background coded asserted)
    assert _modes(resources, "Israel occupied the West Bank in the 1967 Six-Day War.") == [("historical", "1967")]
    assert _modes(resources, "Iraq invaded Iran during the 1980 war.") == [("historical", "1980")]
    # a year that says which deal, not when the talks were
    assert {m for m, _ in _modes(resources, "Iran and Russia held talks over the 2015 nuclear deal.")} == {"asserted"}
