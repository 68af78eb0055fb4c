import json
from datetime import date
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import REPO, shared_path
from dyad.dedup import (
    DedupSettings, Deduplicator, attach_duplicates, deduplicate, lsh_parameters, normalised_words, shingle_set,
)
from dyad.ingest import Rejected
from dyad.types import Article, Duplicate

STORY = (
    "TEHRAN – Iran's Foreign Minister met his Russian counterpart in Moscow on Tuesday to discuss "
    "the nuclear talks in Vienna, regional security and the war in Syria. The two ministers agreed "
    "to expand economic cooperation, including a new rail corridor linking the Persian Gulf to the "
    "Caspian Sea, and said that their countries would coordinate positions at the United Nations. "
    "The Russian minister praised Tehran's constructive approach in the negotiations and called on "
    "Washington to return to the 2015 agreement without preconditions. Iran's minister said the "
    "sanctions imposed by the United States were illegal and had harmed ordinary people, adding that "
    "Tehran would not negotiate under pressure. Both sides condemned the recent attacks on shipping "
    "in the Gulf of Oman and called for a regional dialogue among the littoral states."
)
OTHER = (
    "BEIJING – China's central bank cut its benchmark lending rate on Monday for the second time this "
    "year, as officials try to support an economy hit by a property slump and weak consumer demand. "
    "Analysts said further easing was likely before the end of the quarter, while exporters reported "
    "falling orders from Europe and North America. The yuan weakened slightly against the dollar."
)


def article(doc_id, text, **fields):
    return Article(doc_id=doc_id, text=text, origin=f"feed.jsonl:{doc_id}", **fields)


def run(articles, **settings):
    rejected: list[Rejected] = []
    dedup = Deduplicator(DedupSettings(**settings))
    kept = list(deduplicate(articles, dedup=dedup, on_error=rejected.append))
    return kept, rejected, dedup


def test_exact_copy_differing_in_case_spacing_and_punctuation_is_dropped():
    copy = STORY.upper().replace(" ", "  ").replace("–", "-").replace(",", "")
    kept, rejected, dedup = run([article("a", STORY, source="Mehr"), article("b", copy, source="IRNA")])
    assert [a.doc_id for a in kept] == ["a"]
    assert [(r.origin, r.kind, r.reason) for r in rejected] == [
        ("feed.jsonl:b", "duplicate", "duplicate of a (same text)")]
    assert dedup.duplicates == {"a": [Duplicate("b", "feed.jsonl:b", "IRNA", 1.0)]}


def test_near_copy_is_dropped_and_its_similarity_is_recorded():
    near = STORY.replace("on Tuesday", "on Wednesday").replace("Gulf of Oman", "Sea of Oman") + " END"
    kept, rejected, dedup = run([article("a", STORY), article("b", near, source="Tasnim"),
                                 article("c", OTHER)])
    assert [a.doc_id for a in kept] == ["a", "c"]
    [(origin, kind, reason)] = [(r.origin, r.kind, r.reason) for r in rejected]
    assert (origin, kind) == ("feed.jsonl:b", "near-duplicate")
    assert reason.startswith("near-duplicate of a (similarity 0.")
    [dup] = dedup.duplicates["a"]
    assert (dup.doc_id, dup.source) == ("b", "Tasnim")
    exact = _jaccard(STORY, near)
    assert 0.8 <= dup.similarity < 1.0
    assert abs(dup.similarity - exact) < 0.1  # the MinHash estimate is close to the true Jaccard


def test_threshold_is_configurable():
    near = STORY.replace("on Tuesday", "on Wednesday").replace("Gulf of Oman", "Sea of Oman")
    assert _jaccard(STORY, near) < 0.95
    kept, rejected, _ = run([article("a", STORY), article("b", near)], threshold=0.95)
    assert [a.doc_id for a in kept] == ["a", "b"]
    kept, rejected, _ = run([article("a", STORY), article("b", near)], near=False)
    assert [a.doc_id for a in kept] == ["a", "b"]


def test_same_story_rewritten_is_not_a_duplicate():
    rewritten = ("Russia and Iran will build a rail corridor from the Persian Gulf to the Caspian Sea, "
                 "their foreign ministers announced in Moscow, where they also discussed Syria, the "
                 "Vienna nuclear talks and security in the region. " + STORY.split(". ")[-1])
    kept, rejected, _ = run([article("a", STORY), article("b", rewritten)])
    assert [a.doc_id for a in kept] == ["a", "b"] and rejected == []


def test_copy_of_a_copy_points_at_the_canonical_article():
    first = STORY.replace("Tuesday", "Monday")
    second = first.replace("illegal", "unlawful")
    kept, rejected, dedup = run([article("a", STORY), article("b", first), article("c", second)])
    assert [a.doc_id for a in kept] == ["a"]
    assert [d.doc_id for d in dedup.duplicates["a"]] == ["b", "c"]


REPORT = (
    "TEHRAN - National Iranian Oil Company (NIOC) will offer two million barrels of heavy crude oil at "
    "Iran Energy Exchange (IRENEX) on Tuesday, Shana reported. The base price for each barrel is set at "
    "{price} dollars and the minimum purchase is {minimum} barrels. This is the {round} round of heavy "
    "crude oil offering at IRENEX since {since}, and the {session} session in the current calendar year. "
    "Buyers can pay in rials or foreign currencies and must deliver the cargo within {days} days. "
    "The exchange has offered light and heavy crude, gas condensate and oil products to private buyers "
    "since the reimposition of U.S. sanctions, to find new customers for Iranian oil and to make the "
    "market more transparent, officials have said. Previous offerings drew few buyers."
)


def test_same_template_with_other_figures_is_another_report():
    first = REPORT.format(price="50.54", minimum="35,000", round="8th", since="October 2018", session="2nd", days="45")
    second = REPORT.format(price="54.33", minimum="30,000", round="9th", since="October 2019", session="3rd", days="30")
    assert _jaccard(first, second) >= 0.6
    kept, _, _ = run([article("a", first), article("b", second)], threshold=0.6)
    assert [a.doc_id for a in kept] == ["a", "b"]
    kept, _, _ = run([article("a", first), article("b", second)], threshold=0.6, figures_words=0)
    assert [a.doc_id for a in kept] == ["a"]


def test_new_lead_on_a_recycled_body_is_new_news():
    follow_up = ("TEHRAN – An Iraqi lawmaker said on Thursday that Baghdad would host the next round of talks "
                 "between the two neighbours in May and invited Russia to send an observer to the meeting. "
                 + STORY)
    assert _jaccard(STORY, follow_up) >= 0.75
    kept, _, _ = run([article("a", STORY), article("b", follow_up)], threshold=0.75)
    assert [a.doc_id for a in kept] == ["a", "b"]
    kept, _, _ = run([article("a", STORY), article("b", follow_up)], threshold=0.75, lead_words=0)
    assert [a.doc_id for a in kept] == ["a"]


def test_canonical_articles_stream_out_before_the_input_ends():
    consumed = []

    def source():
        for item in [article("a", STORY), article("b", OTHER)]:
            consumed.append(item.doc_id)
            yield item
        raise AssertionError("the stream was read to its end before yielding")

    stream = deduplicate(source(), on_error=lambda r: None)
    assert next(stream).doc_id == "a"
    assert consumed == ["a"]


def test_attach_duplicates_puts_the_lists_on_buffered_articles():
    articles = [article("a", STORY), article("b", STORY, source="IRNA"), article("c", OTHER)]
    kept, _, dedup = run(articles)
    attached = list(attach_duplicates(kept, dedup))
    assert attached[0].duplicates == (Duplicate("b", "feed.jsonl:b", "IRNA", 1.0),)
    assert attached[1] is kept[1]
    assert json.loads(attached[0].to_json())["duplicates"] == [
        {"doc_id": "b", "origin": "feed.jsonl:b", "source": "IRNA", "similarity": 1.0}]


def test_short_texts_are_compared_as_one_shingle():
    kept, rejected, _ = run([article("a", "Iran and Iraq met."), article("b", "Iran and Iraq met!"),
                             article("c", "Iran and Syria met.")])
    assert [a.doc_id for a in kept] == ["a", "c"]
    assert [r.kind for r in rejected] == ["duplicate"]


def test_signatures_are_the_same_in_another_process():
    """No per-process hash seed: a run's answers do not depend on PYTHONHASHSEED."""
    here = Deduplicator().signature(normalised_words(STORY)).tolist()
    code = ("import json, sys; from dyad.dedup import Deduplicator, normalised_words; "
            "print(json.dumps(Deduplicator().signature(normalised_words(sys.stdin.read())).tolist()))")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-c", code], input=STORY, capture_output=True, text=True,
                         env=env, check=True)
    assert json.loads(out.stdout) == here


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9])
def test_lsh_bands_catch_pairs_just_above_the_threshold(threshold):
    bands, rows = lsh_parameters(threshold, 128)
    assert bands * rows <= 128
    caught = lambda s: 1 - (1 - s ** rows) ** bands  # noqa: E731
    assert caught(min(1.0, threshold + 0.05)) > 0.95
    assert caught(threshold - 0.3) < 0.1


@pytest.mark.slow
def test_tehran_times_known_repeats():
    """Two exact repeats found in the corpus, the first canonical, each naming the other."""
    from itertools import islice

    from dyad.ingest import IngestOptions, prepare_articles, read_articles

    corpus = shared_path("corpora", "tehran_times.jsonl.gz")
    options = IngestOptions(fetch=False, language=None)
    rejected: list[Rejected] = []
    dedup = Deduplicator()
    kept = list(prepare_articles(islice(read_articles([corpus], options=options), 3000),
                                 options=options, on_error=rejected.append, dedup=dedup))
    assert len(kept) + len(rejected) == 3000
    exact = [r for r in rejected if r.kind == "duplicate"]
    assert len(exact) >= 2
    assert all(replace(r, reason="").origin.startswith(str(corpus)) for r in rejected)


def _jaccard(a: str, b: str) -> float:
    sa, sb = shingle_set(a), shingle_set(b)
    return len(sa & sb) / len(sa | sb)


BUNDESBANK = ("FRANKFURT, March {day} - The Bundesbank left credit policies unchanged after today's regular "
              "meeting of its council, a spokesman said in answer to enquiries. The West German discount rate "
              "remains at 3.0 pct, and the Lombard emergency financing rate at 5.0 pct, he said, adding that "
              "the council would meet again in two weeks.")


def test_a_story_sent_again_the_next_day_is_a_duplicate():
    """Only the dateline's day changed: day numbers of dates are not figures."""
    first = article("a", BUNDESBANK.format(day=5), date=date(1987, 3, 5))
    again = article("b", BUNDESBANK.format(day=6), date=date(1987, 3, 6))
    kept, rejected, _ = run([first, again], threshold=0.7)
    assert [a.doc_id for a in kept] == ["a"] and [r.kind for r in rejected] == ["near-duplicate"]


def test_the_same_words_two_weeks_later_are_new_news():
    first = article("a", BUNDESBANK.format(day=5), date=date(1987, 3, 5))
    later = article("b", BUNDESBANK.format(day=19), date=date(1987, 3, 19))
    kept, _, _ = run([first, later], threshold=0.7)
    assert [a.doc_id for a in kept] == ["a", "b"]
    kept, _, _ = run([first, later], threshold=0.7, days_apart=0)
    assert [a.doc_id for a in kept] == ["a"]
