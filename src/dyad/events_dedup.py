"""Cross-article deduplication: one canonical event per real-world event.

    summary = build_canonical(store, DedupRule(window_days=2))
    summary.canonical, summary.merged      # how many events, how many folded in

Several articles (and several sentences of one article) often report the same
event. Stored events are *mentions*; this module groups them into canonical
events, GDELT-style, with the number of mentions, articles and distinct
sources (outlets) and the first and last report, in two tables rebuilt from
scratch each time (so rebuilding is idempotent):

    canonical_events   one row per canonical event, described by its first mention
    event_mentions     event_id -> canonical_id, for every stored event
    dedup_state        the rule used and what the build saw (to tell when stale)

The rule: two mentions are the same event when they have the same source and
target actor codes, the same event family (CAMEO root by default; or the full
CAMEO code, or the PLOVER type) and the same place (location name; both
unlocated counts as the same), and their dates are close: sorted by day, a
mention more than ``window_days`` after the previous one starts a new event
(so a story reported daily stays one event). Mentions without a day cannot be
placed in a window: they merge only with mentions of the same key in their own
article. The rule is written into every canonical row and into dedup_state.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .query import EventFilter, QueryError, require_positive
from .store import Store, utcnow

__all__ = ["DedupRule", "DedupSummary", "build_canonical", "canonical_events", "is_current"]

# What "the same kind of event" is, over the events table aliased {t}.
FAMILIES = {"root": "{t}.root", "code": "{t}.cameo", "plover": "coalesce({t}.plover, {t}.root)"}


@dataclass(frozen=True)
class DedupRule:
    window_days: int = 2  # largest gap, in days, between reports of one event
    family: str = "root"  # what "same kind of event" means: root, code or plover

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise QueryError(f"family {self.family!r} is not one of {', '.join(FAMILIES)}")
        if not isinstance(self.window_days, int) or self.window_days < 0:
            raise QueryError(f"window_days must be a whole number >= 0, not {self.window_days!r}")

    def describe(self) -> str:
        kind = {"root": "CAMEO root", "code": "CAMEO code", "plover": "PLOVER type"}[self.family]
        return (f"same source, target, {kind} and place; reports chained while at most "
                f"{self.window_days} days apart; undated only within one article")


@dataclass(frozen=True)
class DedupSummary:
    events: int  # stored events (mentions)
    canonical: int  # canonical events built from them
    multi_article: int  # canonical events reported by more than one article
    rule: str

    @property
    def merged(self) -> int:
        """Mentions folded into another mention's canonical event."""
        return self.events - self.canonical


# The clustering, as one query: key each mention, mark where a new event starts
# (first dated mention of its key, or a gap over the window), number the events
# by a running sum of the starts, and name each after its first mention (earliest
# day, then doc id and sentence).
_MENTIONS = """
INSERT INTO event_mentions (event_id, canonical_id, doc_id)
WITH keyed AS (
    SELECT e.event_id, e.doc_id, e.sentence_index, e.day, e.source_code,
           coalesce(e.target_code, '') AS target_key,
           {family} AS family,
           coalesce(e.location_name, '') AS place_key,
           CASE WHEN e.day IS NULL THEN e.doc_id ELSE '' END AS undated_key
    FROM events e
), starts AS (
    SELECT *,
           CASE WHEN day IS NULL THEN 0
                WHEN lag(day) OVER w IS NULL THEN 1
                WHEN day - lag(day) OVER w > ? THEN 1
                ELSE 0 END AS starts
    FROM keyed
    WINDOW w AS (PARTITION BY source_code, target_key, family, place_key, undated_key
                 ORDER BY day, event_id)
), numbered AS (
    SELECT *,
           sum(starts) OVER (PARTITION BY source_code, target_key, family, place_key, undated_key
                             ORDER BY day, event_id ROWS UNBOUNDED PRECEDING) AS cluster
    FROM starts
)
SELECT event_id,
       first_value(event_id) OVER (
           PARTITION BY source_code, target_key, family, place_key, undated_key, cluster
           ORDER BY day, doc_id, sentence_index, event_id) AS canonical_id,
       doc_id
FROM numbered
"""

_CANONICAL = """
INSERT INTO canonical_events
SELECT c.event_id, c.source_code, c.target_code, {family}, c.cameo, c.cameo_name, c.root,
       c.quad_class, c.goldstein, c.plover, c.location_name, c.location_country, c.lat, c.lon,
       c.date, g.first_day, g.last_day, g.first_report, g.last_report,
       g.n_mentions, g.n_articles, g.n_sources, ?
FROM (
    SELECT m.canonical_id, min(e.day) AS first_day, max(e.day) AS last_day,
           min(coalesce(a.date, e.day)) AS first_report,
           max(coalesce(a.date, e.day)) AS last_report,
           count(*) AS n_mentions, count(DISTINCT m.doc_id) AS n_articles,
           count(DISTINCT a.source) AS n_sources
    FROM event_mentions m
    JOIN events e ON e.event_id = m.event_id
    JOIN articles a ON a.doc_id = m.doc_id
    GROUP BY m.canonical_id
) g
JOIN events c ON c.event_id = g.canonical_id
"""


def build_canonical(store: Store, rule: DedupRule | None = None) -> DedupSummary:
    """(Re)build canonical_events and event_mentions from all stored events."""
    rule = rule or DedupRule()
    described = rule.describe()
    family = FAMILIES[rule.family]
    state = _state_now(store)
    with store.transaction("cannot build canonical events in") as run:
        for table in ("canonical_events", "event_mentions", "dedup_state"):
            run(f"DELETE FROM {table}")
        run(_MENTIONS.format(family=family.format(t="e")), [rule.window_days])
        run(_CANONICAL.format(family=family.format(t="c")), [described])
        run("INSERT INTO dedup_state VALUES (1, ?, ?, ?, ?, ?, ?)",
            [json.dumps(asdict(rule)), rule.window_days, rule.family,
             state["n_events"], state["last_coded_at"], utcnow()])
    return summarize(store, described)


def summarize(store: Store, rule: str = "") -> DedupSummary:
    row = store.query(
        "SELECT (SELECT count(*) FROM events) AS events, "
        "(SELECT count(*) FROM canonical_events) AS canonical, "
        "(SELECT count(*) FROM canonical_events WHERE n_articles > 1) AS multi_article, "
        "(SELECT max(rule) FROM dedup_state) AS rule"
    )[0]
    return DedupSummary(int(row["events"]), int(row["canonical"]), int(row["multi_article"]),
                        rule or row["rule"] or "")


def _state_now(store: Store) -> dict[str, Any]:
    return store.query(
        "SELECT (SELECT count(*) FROM events) AS n_events, "
        "(SELECT max(coded_at) FROM articles) AS last_coded_at"
    )[0]


def is_current(store: Store, rule: DedupRule | None = None) -> bool:
    """Were the canonical tables built, with ``rule`` (any rule if None), from
    the events stored now?"""
    built = store.query("SELECT rule, n_events, last_coded_at FROM dedup_state")
    if not built:
        return False
    if rule is not None and json.loads(built[0]["rule"]) != asdict(rule):
        return False
    now = _state_now(store)
    return (int(built[0]["n_events"]), built[0]["last_coded_at"]) == (
        int(now["n_events"]), now["last_coded_at"])


def canonical_events(
    store: Store,
    flt: EventFilter | None = None,
    *,
    min_articles: int = 1,
    min_sources: int = 1,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Canonical events whose first mention matches ``flt``, most reported first."""
    where, params = (flt or EventFilter()).where()
    sql = f"""
        SELECT c.* FROM canonical_events c JOIN events e ON e.event_id = c.canonical_id
        WHERE c.n_articles >= ? AND c.n_sources >= ? AND {where}
        ORDER BY c.n_sources DESC, c.n_articles DESC, c.n_mentions DESC,
                 c.first_day NULLS LAST, c.canonical_id"""
    args = [require_positive(min_articles, "min_articles"),
            require_positive(min_sources, "min_sources"), *params]
    if limit is not None:
        sql, args = sql + " LIMIT ?", args + [require_positive(limit, "limit")]
    return store.query(sql, args)
