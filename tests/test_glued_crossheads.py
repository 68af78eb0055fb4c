"""Crossheads glued to the paragraph after them (the scraper dropped the line break): the
paragraph is a sentence of its own, so its events are coded (Tehran Times articles)."""

from __future__ import annotations

from itertools import islice

import pytest
import spacy

from conftest import shared_path
from dyad.ingest import read_articles
from dyad.nlp.sentences import add_abbreviation_cases
from dyad.pipeline import code_articles


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    add_abbreviation_cases(nlp.tokenizer)
    nlp.add_pipe("dyad_sentences", config={"strict": True})
    return nlp


def test_an_opener_after_a_lower_case_word_starts_a_sentence(nlp):
    text = "Expanding energy ties In a Monday meeting, the ministers conferred."
    assert [s.text.strip() for s in nlp(text).sents] == ["Expanding energy ties",
                                                        "In a Monday meeting, the ministers conferred."]
    # a title's capital follows a capital; a word glued to a period is the period rule's
    for text in ("The rally was held by the Committee On Foreign Affairs in Tehran.",
                 "Goods Made In Iran were shown at the fair.", "He said in a statement that In 2015 talks began."):
        assert len(list(nlp(text).sents)) == (2 if "that In" in text else 1), text


@pytest.fixture(scope="module")
def articles():
    wanted = {"tehrantimes-404161", "tehrantimes-405371"}
    corpus = shared_path("corpora", "tehran_times.jsonl.gz")
    return {a.doc_id: a for a in islice(read_articles([corpus]), 5000) if a.doc_id in wanted}


def test_the_meeting_after_a_crosshead_is_coded(articles, resources):
    # "... pre-sanction levels. Expanding energy ties In a Monday meeting, Iranian Oil Minister Bijan
    # Namdar Zanganeh and Bulgarian Energy Minister Temenuzhka Petkova conferred on ..."
    coded = {c.article.doc_id: c for c in code_articles(list(articles.values()), resources)}
    meeting = [e for e in coded["tehrantimes-404161"].events if e.sentence.startswith("In a Monday meeting")]
    assert {(e.source.code, e.cameo, e.target.code) for e in meeting} >= {("IRNGOV", "040", "BGRGOV"),
                                                                          ("BGRGOV", "040", "IRNGOV")}
    # "Regional development discussed with Russian envoy On themes of his meeting with Bogdanov, the
    # Iranian diplomat said ...": the crosshead no longer hides the diplomat's meeting
    bogdanov = [e for e in coded["tehrantimes-405371"].events if e.sentence.startswith("On themes of his meeting")]
    assert [(e.source.code, e.cameo, e.target.code) for e in bogdanov] == [("IRNGOV", "040", "RUS")]
