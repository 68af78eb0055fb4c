"""The rule-based sentence splitter (no trained model needed)."""

import spacy
import pytest

from dyad.nlp.sentences import add_abbreviation_cases


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    add_abbreviation_cases(nlp.tokenizer)
    nlp.add_pipe("dyad_sentences", config={"strict": True})  # no parser here to decide the rest
    return nlp


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_military_titles_and_abbreviations_do_not_split(nlp):
    text = "Maj. Gen. Mohammad Bagheri met U.S. officials in St. Petersburg on Jan. 3. He left."
    assert sents(nlp, text) == ["Maj. Gen. Mohammad Bagheri met U.S. officials in St. Petersburg on Jan. 3.",
                                "He left."]


def test_abbreviation_at_sentence_end_before_a_sentence_opener(nlp):
    assert sents(nlp, "Iran blamed the U.S. The talks ended.") == ["Iran blamed the U.S.", "The talks ended."]
    assert sents(nlp, "He met the U.S. Navy chief.") == ["He met the U.S. Navy chief."]


def test_line_breaks_always_end_a_sentence(nlp):
    text = "Iran and Russia signed a deal\nDoha will stop gas shipments to the EU…\nAnother line"
    assert sents(nlp, text) == ["Iran and Russia signed a deal", "Doha will stop gas shipments to the EU…",
                                "Another line"]


def test_closing_quotes_stay_with_their_sentence(nlp):
    assert sents(nlp, 'He said "no." Then he left.') == ['He said "no."', "Then he left."]


def test_lowercase_after_period_does_not_split(nlp):
    assert len(sents(nlp, "The talks ended at 3 p.m. on Monday in Tehran.")) == 1


def test_every_token_has_a_decided_boundary(nlp):
    doc = nlp("Iran said. Russia said! China asked? Yes.")
    assert all(t.is_sent_start is not None for t in doc)
    assert len(list(doc.sents)) == 4


def test_hybrid_mode_leaves_unsure_tokens_to_the_parser():
    nlp = spacy.blank("en")
    add_abbreviation_cases(nlp.tokenizer)
    nlp.add_pipe("dyad_sentences")
    doc = nlp("Maj. Gen. Bagheri met officials They left\nlol what a day and then some more words to say "
              "without any stop at all just like people write on the web when they are in a hurry to post")
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Maj."] is True and starts["Gen."] is False and starts["Bagheri"] is False
    assert starts["lol"] is True and starts["They"] is None
    assert starts["met"] is None and starts["day"] is None  # unpunctuated text: the parser decides


def test_edited_prose_is_decided_by_the_rules_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("dyad_sentences")
    doc = nlp("Iran and Russia met. They signed a deal. The talks ended.")
    assert all(t.is_sent_start is not None for t in doc)
