"""Cross-article deduplication, on DuckDB and PostgreSQL (the corpus: CORPUS)."""

from datetime import date

import pytest

from dyad.events_dedup import DedupRule, build_canonical, canonical_events, is_current
from dyad.query import EventFilter, QueryError
from dyad.types import Article, CodedArticle
from test_store_backends import (  # noqa: F401  (fixtures)
    corpus_event, corpus_store, pg_server, pg_url, store, store_target,
)


def groups(store):
    """The canonical events as sets of 'doc.sentence' mentions."""
    rows = store.query(
        "SELECT m.canonical_id, e.doc_id, e.sentence_index FROM event_mentions m "
        "JOIN events e ON e.event_id = m.event_id")
    found = {}
    for r in rows:
        found.setdefault(r["canonical_id"], set()).add(f"{r['doc_id']}.{r['sentence_index']}")
    return sorted(sorted(g) for g in found.values() if len(g) > 1)


def test_reports_of_one_visit_become_one_event(corpus_store):
    summary = build_canonical(corpus_store, DedupRule(window_days=2))
    assert (summary.events, summary.canonical, summary.merged) == (10, 7, 3)
    assert summary.multi_article == 1
    # a1/a2/a6 report the visit on three days in a row; a4 says the same twice.
    assert groups(corpus_store) == [["a1.0", "a2.0", "a6.0"], ["a4.0", "a4.1"]]
    visit = canonical_events(corpus_store, limit=1)[0]
    assert (visit["n_mentions"], visit["n_articles"], visit["n_sources"]) == (3, 3, 2)
    assert (visit["first_day"], visit["last_day"]) == (date(2018, 5, 3), date(2018, 5, 5))
    assert (visit["first_report"], visit["last_report"]) == (date(2018, 5, 3), date(2018, 5, 5))
    assert (visit["source_code"], visit["target_code"], visit["family"]) == ("IRNGOV", "RUSGOV", "04")
    assert visit["cameo"] == "042" and visit["location_name"] == "Moscow"
    assert "at most 2 days apart" in visit["rule"]


def test_the_window_and_family_are_configurable(corpus_store):
    wide = build_canonical(corpus_store, DedupRule(window_days=20))
    assert wide.canonical == 6  # the a5 visit, 15 days after a6, joins in
    exact = build_canonical(corpus_store, DedupRule(window_days=2, family="code"))
    assert exact.canonical == 8  # a6 (043) is no longer the same kind as 042
    assert groups(corpus_store) == [["a1.0", "a2.0"], ["a4.0", "a4.1"]]
    same_day = build_canonical(corpus_store, DedupRule(window_days=0))
    assert same_day.canonical == 9


def test_rebuilding_is_idempotent_and_every_event_has_one_mention_row(corpus_store):
    first = build_canonical(corpus_store)
    before = corpus_store.query("SELECT * FROM canonical_events ORDER BY canonical_id")
    assert build_canonical(corpus_store) == first
    assert corpus_store.query("SELECT * FROM canonical_events ORDER BY canonical_id") == before
    counts = corpus_store.query(
        "SELECT count(*) AS n, count(DISTINCT event_id) AS d FROM event_mentions")[0]
    assert counts["n"] == counts["d"] == 10


def test_undated_reports_merge_only_within_their_article(store):
    undated = [
        CodedArticle(Article(doc, "text", source=f"Outlet {doc}"), 1,
                     (corpus_event(doc, 0, "IRN", "RUS", "040", None, None, "Talks."),))
        for doc in ("u1", "u2")
    ]
    store.add_many(undated)
    assert build_canonical(store).canonical == 2


def test_staleness_is_noticed(corpus_store):
    assert not is_current(corpus_store)
    rule = DedupRule(window_days=3)
    build_canonical(corpus_store, rule)
    assert is_current(corpus_store) and is_current(corpus_store, rule)
    assert not is_current(corpus_store, DedupRule(window_days=4))
    event = corpus_event("a9", 0, "IRN", "IRQ", "042", "2019-01-01", None, "Visit.")
    corpus_store.add(CodedArticle(Article("a9", "new"), 1, (event,)))
    assert not is_current(corpus_store)


def test_filters_and_thresholds_on_canonical_events(corpus_store):
    build_canonical(corpus_store)
    assert len(canonical_events(corpus_store, min_sources=2)) == 1
    assert canonical_events(corpus_store, min_articles=4) == []
    assert len(canonical_events(corpus_store, EventFilter(code="06"))) == 2


@pytest.mark.parametrize("kwargs, message", [
    ({"window_days": -1}, "window_days"), ({"family": "verb"}, "family 'verb'")])
def test_bad_rules_are_query_errors(kwargs, message):
    with pytest.raises(QueryError, match=message):
        DedupRule(**kwargs)
