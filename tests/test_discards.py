"""Dyad's own discard list (coder/data/discards.tsv): sports results, film awards, weather and
obituaries are not coded, and each skipped sentence says which topic and line skipped it.

Rule tests use hand-built parses (conftest.parse), so they need no model; the end-to-end test
codes a real Tehran Times sports report through the shipped pipeline.
"""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import parse, shared_path
from dyad.actors import load_lexicon
from dyad.coder.discards import Discards, builtin_discards
from dyad.coder.patterns import load_patterns
from dyad.dictionaries import load_dictionaries
from dyad.errors import DataError
from dyad.ontology import load_ontology
from dyad.pipeline import Resources, code_articles, code_parsed, merge_dictionaries, without_builtin_discards
from dyad.types import Article

MEET = "Iran/PROPN/nsubj>1 met|meet/VERB/ROOT>1 India/PROPN/obj>1 ./PUNCT/punct>1"
# held-out seed 2055: "The women also beat Kazakhstan 3-0 (25-8, 25-7, 25-7) and is to meet India
# in Pool A on Wednesday" was coded as a meeting with India
MATCH = ("Iran/PROPN/nsubj>1 beat/VERB/ROOT>1 Kazakhstan/PROPN/obj>1 3-0/NUM/obl>1 (/PUNCT/punct>5 "
         "25-8/NUM/appos>3 ,/PUNCT/punct>7 25-7/NUM/conj>5 )/PUNCT/punct>5 and/CCONJ/cc>10 met|meet/VERB/conj>1 "
         "India/PROPN/obj>10 in/ADP/case>13 Pool/PROPN/obl>10 A/PROPN/flat>12")


@pytest.fixture(scope="module")
def res():
    return Resources(None, load_lexicon(), load_patterns(), load_ontology(), discards=Discards.of(builtin_discards()))


def test_a_match_report_is_skipped_with_its_topic_and_line(res):
    coded = code_parsed(Article("t", "x"), (parse(MEET, index=0), parse(MATCH, index=1)), res)
    assert {e.sentence_index for e in coded.events} == {0}
    reasons = [d.reason for d in coded.dropped if "discard" in d.reason]
    assert len(reasons) == 1 and reasons[0].startswith("sentence-discard: ")
    assert "(sports, dyad/coder/data/discards.tsv:" in reasons[0]


def test_no_discards_codes_every_sentence(res):
    coded = code_parsed(Article("t", "x"), (parse(MATCH, index=1),), without_builtin_discards(res))
    assert [(e.source.code, e.target.code) for e in coded.events if e.cameo == "040"] == [("IRN", "IND")]


@pytest.mark.parametrize("spec, topic", [
    ("Iran/PROPN/nsubj>1 won|win/VERB/ROOT>1 the/DET/det>4 gold/NOUN/compound>4 medal/NOUN/obj>1", "sports"),
    ("The/DET/det>1 film/NOUN/nsubj>2 won|win/VERB/ROOT>2 best/ADJ/amod>4 actor/NOUN/obj>2 at/ADP/case>8 "
     "the/DET/det>8 Cannes/PROPN/compound>8 film/NOUN/compound>8 festival/NOUN/obl>2", "entertainment"),
    ("He/PRON/nsubj>1 is/AUX/aux:pass>2 survived|survive/VERB/ROOT>2 by/ADP/case>4 his/PRON/nmod:poss>4 "
     "wife/NOUN/obl>2", "obituary"),
])
def test_each_topic(res, spec, topic):
    coded = code_parsed(Article("t", "x"), (parse(spec),), res)
    assert any(f"({topic}, " in d.reason for d in coded.dropped)


def test_a_political_sentence_naming_a_sport_is_coded(res):
    # a sport's name alone is no discard: "Iran's football federation" can be news
    spec = ("The/DET/det>2 Iranian/ADJ/amod>2 federation/NOUN/nsubj>3 criticized|criticize/VERB/ROOT>3 "
            "the/DET/det>6 football/NOUN/compound>6 ban/NOUN/obj>3 by/ADP/case>8 FIFA/PROPN/nmod>6")
    coded = code_parsed(Article("t", "x"), (parse(spec),), res)
    assert not [d for d in coded.dropped if "discard" in d.reason]


def test_user_discards_add_to_the_builtin_list(res, tmp_path):
    mine = tmp_path / "mine.discards.txt"
    mine.write_text("TYPHOON\n", encoding="utf-8")
    merged = merge_dictionaries(res, load_dictionaries(mine))
    storm = "A/DET/det>1 typhoon/NOUN/nsubj>2 hit/VERB/ROOT>2 Iran/PROPN/obj>2"
    for spec in (storm, MATCH):
        assert [d for d in code_parsed(Article("t", "x"), (parse(spec),), merged).dropped if "discard" in d.reason]
    # --no-discards leaves the user's list on
    kept = without_builtin_discards(merged)
    assert [d for d in code_parsed(Article("t", "x"), (parse(storm),), kept).dropped if "discard" in d.reason]
    assert not [d for d in code_parsed(Article("t", "x"), (parse(MATCH),), kept).dropped if "discard" in d.reason]


@pytest.mark.parametrize("line, message", [
    ("golf\tsentence\tbirdie", "unknown topic 'golf'"),
    ("sports\tparagraph\tbirdie", "unknown scope 'paragraph'"),
    ("sports\tsentence\t/(unclosed/", "bad regular expression"),
    ("sports\tsentence", "expected topic, scope and phrase"),
])
def test_a_malformed_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "discards.tsv"
    path.write_text(f"# mine\ntopic\tscope\tphrase\n{line}\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"discards\.tsv:3: {message}"):
        builtin_discards(str(path))


def test_the_volleyball_report_codes_no_match_as_an_event(resources):
    # the Tehran Times report behind held-out seed 2055's row 68, from raw text
    with gzip.open(shared_path("corpora", "tehran_times.jsonl.gz"), "rt", encoding="utf-8") as fh:
        doc = json.loads(next(line for line in fh if '"tehrantimes-486478"' in line))
    coded = next(code_articles([Article("tt-486478", doc["text"])], resources))
    assert coded.events == ()
    assert sum("(sports, " in d.reason for d in coded.dropped) >= 2
