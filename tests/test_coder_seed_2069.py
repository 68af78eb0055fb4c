"""Readings from the review of held-out seed 2069 (session 43), on the sample's own Tehran Times
articles: an envoy "in" a country is his principal's, and meetings a speaker "would" discuss
something in are still to come (not one going on now)."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events
from dyad.pipeline import code_articles
from dyad.types import Article

DOCS = {"tehrantimes-409333", "tehrantimes-422664", "tehrantimes-436508"}


coded = sample_fixture(2069, DOCS)



def test_an_envoy_in_a_country_is_his_principals(coded):
    # "… right on the heel of the Sunday visit to Tehran by President Putin's Special Envoy in Syria
    # Alexander Lavrentiev": Russia's envoy (the first pass had SYRGOV)
    assert sentence_events(coded, "409333", 1) == [("RUSGOV", "042", "IRN", "asserted")]


def test_meetings_one_would_discuss_something_in_are_to_come(coded, resources):
    # "Parliament Speaker Ali Larijani says he would discuss the latest developments in Syria in
    # meetings with the Vietnamese and Sri Lankan officials in his tour to Hanoi and Colombo"
    # (with both countries' officials since session 46: "Sri" is part of the other member's name)
    events = sentence_events(coded, "422664", 0)
    assert {(e[2], e[3]) for e in events} == {("VNMGOV", "intended"), ("LKAGOV", "intended")}
    # tehrantimes-118764: a meeting going on now is held, whatever is still to be agreed in it
    text = "He expressed confidence that Iran and Pakistan will agree in the current meeting with Pakistan's minister."
    modes = {e.mode for c in code_articles([Article(doc_id="t", text=text)], resources)
             for e in c.events if e.explanation.trigger == "meeting"}
    assert modes == {"asserted"}


def test_a_ruling_family_is_its_countrys_government(resources):
    # seed 2069's "the tribal family ruling Saudi Arabia" stayed ---CVL; the noun phrase at least
    # is the monarchy's government (the participle "ruling X" is not read yet)
    text = "The ruling family of Saudi Arabia backed Trump's policies against Iran."
    assert [(e.source.code, e.cameo) for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events] == [("SAUGOV", "051")]


def test_buyers_of_a_countrys_oil_are_not_that_country(coded, resources):
    # "Trump asked all Iranian oil buyers to stop their business associations with the Islamic
    # Republic or face penalty": a demand on the importers (the next sentence names them), not Iran
    assert [e for e in sentence_events(coded, "436508", 12) if e[2] == "IRN"] == []
    text = "Iranian buyers of Chinese goods complained to the Chinese embassy."
    assert [e.source.code for c in code_articles([Article(doc_id="t", text=text)], resources)
            for e in c.events] == ["IRN"]  # the buyers' own country word stays theirs
