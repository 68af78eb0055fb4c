"""User dictionaries wired into coding: actors, agents, dated codes, verb patterns, discards.

Rule tests use a small PETRARCH-format dictionary written to tmp_path and
hand-built parses (conftest.parse), so they need no model. The end-to-end
check codes the PETRARCH-2 unit-test suite (LOTR) from raw text with its own
dictionaries, through Dyad's parser.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SHARED, parse
from dyad.actors import ArticleActors, load_lexicon
from dyad.coder.core import code_sentence
from dyad.coder.patterns import load_patterns
from dyad.coder.petrarch import verb_patterns
from dyad.dictionaries import load_dictionaries, read_verbs
from dyad.errors import DataError
from dyad.ontology import load_ontology
from dyad.pipeline import Resources, code_parsed, load_resources, merge_dictionaries
from dyad.types import Article

ACTORS = """\
ARNOR_ [ARN]
GONDOR [GON]
+MINAS_TIRITH
EGYPT [UAR]
SAM_GAMGEE
\t[HOBCIV <20080120]
\t[HOBMIL 20080120-20121109]
\t[HOBELI >20130119]
THE_SHIRE [FRO/BIL/SAM]
"""
AGENTS = """\
DIPLOMAT [~GOV]
MSF {} [NGO~]
POLICE {} [~COP]
GOVERNMENT [~GOV]
"""
VERBS = """\
&CURRENCY
+DOLLARS
+SWISS FRANCS

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [903]

--- FREE [066] ---
FREE
- + * FROM $ [067]

--- MEET [031:032] ---
MEET {MEETS MET MEETING}

--- RESTORE [064] ---
RESTORE
- NOT * [---]
"""
DISCARDS = """\
BASEBAL
+TYPHOON_
"""


@pytest.fixture(scope="module")
def dict_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("dicts")
    for name, text in (("test.actors.txt", ACTORS), ("test.agents.txt", AGENTS), ("test.verbs.txt", VERBS),
                       ("test.discards.txt", DISCARDS)):
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def res(dict_dir):
    base = Resources(None, load_lexicon(), load_patterns(), load_ontology())
    return merge_dictionaries(base, load_dictionaries(dict_dir))


def code(res, spec: str, day: date | None = None):
    sentence = parse(spec)
    actors = ArticleActors(res.lexicon, date=day)
    dropped = []
    events = code_sentence(sentence, res.patterns, res.ontology, actors, dropped=dropped,
                           article=Article("t", sentence.text, date=day))
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events], events, dropped


CONTRIBUTE = ("Arnor/PROPN/nsubj>1 contributed|contribute/VERB/ROOT>1 a/DET/det>4 million/NUM/nummod>4 "
              "{money}/NOUN/obj>1 to/ADP/case>6 Gondor/PROPN/obl>1 ./PUNCT/punct>1")


# -- verb patterns -------------------------------------------------------------------------------


def test_a_synset_pattern_beats_the_bare_verb(res):
    assert code(res, CONTRIBUTE.format(money="dollars|dollar"))[0] == [("ARN", "GON", "903")]
    assert code(res, CONTRIBUTE.format(money="aid"))[0] == [("ARN", "GON", "070")]


def test_pattern_words_are_not_actors(res):
    """ "swiss francs" is the &CURRENCY phrase, not a Swiss target."""
    spec = ("Arnor/PROPN/nsubj>1 contributed|contribute/VERB/ROOT>1 Swiss/ADJ/amod>3 francs|franc/NOUN/obj>1 "
            "to/ADP/case>5 Gondor/PROPN/obl>1")
    assert code(res, spec)[0] == [("ARN", "GON", "903")]


def test_markers_choose_source_and_target(res):
    """ "- + * FROM $": the actor before the verb is the target, the one after "from" the source."""
    spec = ("Arnor/PROPN/nsubj:pass>2 was|be/AUX/aux:pass>2 freed|free/VERB/ROOT>2 from/ADP/case>4 "
            "Egypt/PROPN/obl>2 ./PUNCT/punct>2")
    assert code(res, spec)[0] == [("UAR", "ARN", "067")]


def test_paired_code_and_surface_forms(res):
    """MEET [031:032]: the source's 031 and the target's 032 back; "met" is a listed form."""
    spec = "Arnor/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Egypt/PROPN/obj>1 ./PUNCT/punct>1"
    assert sorted(code(res, spec)[0]) == [("ARN", "UAR", "031"), ("UAR", "ARN", "032")]


def test_null_code_pattern_stops_the_verb_with_a_reason(res):
    spec = ("Arnor/PROPN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 restore/VERB/ROOT>3 ties|tie/NOUN/obj>3 "
            "with/ADP/case>6 Gondor/PROPN/obl>3")
    found, _, dropped = code(res, spec)
    assert found == []
    assert any(d.reason.startswith("no-event") and "test.verbs.txt" in d.reason for d in dropped)


def test_dictionary_events_need_a_target(res):
    found, _, dropped = code(res, "Arnor/PROPN/nsubj>1 contributed|contribute/VERB/ROOT>1 ./PUNCT/punct>1")
    assert found == []
    assert any(d.reason.startswith("no-target") for d in dropped)


def test_conversion_orders_patterns_and_keeps_codes(dict_dir):
    patterns = verb_patterns(read_verbs(dict_dir / "test.verbs.txt"))
    contribute = [p for p in patterns if "contribute" in p.lemmas]
    assert [p.code for p in contribute] == ["903", "070"]  # the pattern first, then the bare verb
    assert contribute[0].words is not None and contribute[1].words is None
    meet = next(p for p in patterns if "meet" in p.lemmas)
    assert (meet.code, meet.reverse_code, "met" in meet.forms) == ("031", "032", True)
    assert all(p.require_target and "test.verbs.txt:" in p.origin for p in patterns)


# -- actors and agents ---------------------------------------------------------------------------


def test_user_entry_beats_the_built_in_one_and_explains_itself(res):
    spec = "Arnor/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Egypt/PROPN/obj>1"
    assert load_lexicon().lookup("Egypt")[0].code == "EGY"  # the built-in code
    found, events, _ = code(res, spec)
    assert ("ARN", "UAR", "031") in found
    event = next(e for e in events if e.cameo == "031")
    assert "user dictionary test.actors.txt:4 'egypt' [UAR]" in event.explanation.target_rule
    assert event.explanation.rule.startswith("dict:test.verbs.txt:")


def test_agents_append_and_prepend(res):
    spec = ("An/DET/det>3 MSF/PROPN/compound>3 Arnor/PROPN/compound>3 diplomat/NOUN/nsubj>4 met|meet/VERB/ROOT>4 "
            "Gondor/PROPN/compound>6 police/NOUN/obj>4")
    assert ("NGOARNGOV", "GONCOP", "031") in code(res, spec)[0]


def test_redundant_agent_is_not_added_twice(res):
    spec = "The/DET/det>2 Arnor/PROPN/compound>2 government/NOUN/nsubj>3 met|meet/VERB/ROOT>3 Egypt/PROPN/obj>3"
    assert ("ARNGOV", "UAR", "031") in code(res, spec)[0]


@pytest.mark.parametrize("day, code_", [(date(2005, 1, 1), "HOBCIV"), (date(2008, 1, 20), "HOBMIL"),
                                        (date(2012, 12, 1), None), (date(2014, 1, 1), "HOBELI")])
def test_date_restricted_codes_follow_the_article_date(res, day, code_):
    spec = "Sam/PROPN/compound>1 Gamgee/PROPN/nsubj>2 met|meet/VERB/ROOT>2 Egypt/PROPN/obj>2"
    found = code(res, spec, day)[0]
    assert [s for s, _, c in found if c == "031"] == ([code_] if code_ else [])


def test_one_phrase_for_several_actors(res):
    spec = "The/DET/det>1 Shire/PROPN/nsubj>2 met|meet/VERB/ROOT>2 Egypt/PROPN/obj>2"
    assert sorted(s for s, _, c in code(res, spec)[0] if c == "031") == ["BIL", "FRO", "SAM"]


# -- discards ------------------------------------------------------------------------------------


def test_sentence_and_story_discards_are_reported(res):
    meet = parse("Arnor/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Egypt/PROPN/obj>1", index=0)
    sport = parse("Arnor/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Egypt/PROPN/obj>1 at/ADP/case>5 "
                  "baseball/NOUN/compound>5 games|game/NOUN/obl>1", index=1)
    storm = parse("A/DET/det>1 typhoon/NOUN/nsubj>2 hit/VERB/ROOT>2", index=2)
    article = Article("t", "x")
    coded = code_parsed(article, (meet, sport), res)
    assert {e.sentence_index for e in coded.events} == {0}
    assert [d.reason for d in coded.dropped if "discard" in d.reason] == [
        "sentence-discard: 'basebal' (user dictionary test.discards.txt:1)"]
    coded = code_parsed(article, (meet, storm), res)
    assert coded.events == ()
    assert coded.dropped[0].reason == "story-discard: 'typhoon' (user dictionary test.discards.txt:2)"


# -- loading -------------------------------------------------------------------------------------


def test_invalid_lines_name_file_and_line_unless_lenient(tmp_path):
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("ARNOR [ARN]\nGONDOR [GON 2004017]\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.actors\.txt:2"):
        load_dictionaries(bad)
    lenient = load_dictionaries(bad, strict=False)
    assert [e.phrases for e in lenient.actor_entries()] == [("arnor",)]
    assert lenient.notes[0].where.endswith("bad.actors.txt:2")


# -- the PETRARCH-2 unit tests, end to end -------------------------------------------------------


def test_petrarch_unit_tests_with_their_own_dictionaries():
    from dyad.evaluation import evaluate_file

    gold = SHARED / "gold" / "petr2_unittest_lotr.jsonl"
    dicts = SHARED / "gold" / "petr2_unittest_lotr_dicts"
    if not gold.exists():
        pytest.skip(f"{gold} not available (../shared beside the checkout)")
    result = evaluate_file(gold, resources=load_resources(dictionaries=dicts))
    assert not result.crashes, [r.crash for r in result.crashes]
    exact = sum(r.exact for r in result.records)
    assert exact >= 227, f"{exact} of {len(result.records)} records exactly right"  # PETRARCH-2 itself: 91
    categories = result.categories()
    assert categories["DATE"][0] >= 20 and categories["SYNSET"][0] >= 50
