"""The event store's schema, as named migrations shared by DuckDB and PostgreSQL.

The SQL is written once, in the types both databases understand (TEXT, TEXT[],
DOUBLE PRECISION, DATE, TIMESTAMP); ``{json}`` becomes JSON in DuckDB and JSONB
in PostgreSQL. A migration's ``postgres`` part (indexes, mostly) runs on
PostgreSQL only: DuckDB scans columns fast enough without them, and its indexes
slow down the bulk inserts.

Append new migrations; never edit or reorder applied ones.
"""

from __future__ import annotations

from dataclasses import dataclass

# Foreign keys are left out on purpose: DuckDB checks them eagerly, which gets in
# the way of replacing an article's rows inside one transaction.
_INITIAL = """
CREATE TABLE articles (
    doc_id TEXT PRIMARY KEY,
    title TEXT, date DATE, url TEXT, source TEXT,
    origin TEXT,  -- where the input came from: file path (and line)
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,  -- content_hash(text)
    n_sentences INTEGER,
    coded_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL, sentence_index INTEGER, sentence TEXT,
    date TEXT, date_precision TEXT,  -- YYYY, YYYY-MM or YYYY-MM-DD
    source_code TEXT, source_country TEXT, source_sectors TEXT[], source_text TEXT,
    target_code TEXT, target_country TEXT, target_sectors TEXT[], target_text TEXT,
    cameo TEXT, cameo_name TEXT, root TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION,
    plover TEXT, negated BOOLEAN, mode TEXT,
    trigger TEXT, rule TEXT,
    reporter_code TEXT,
    location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    explanation {json},  -- Explanation.to_dict()
    record {json}  -- Event.to_dict(): the whole event
);
CREATE TABLE removed (
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT, reason TEXT,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE rejected (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, reason)
);
"""

# Where an event sits on a time axis (dates are YYYY, YYYY-MM or YYYY-MM-DD,
# so their length gives their precision). ``day`` is the event's date when it is
# known to the day; an event without any date takes its article's publication
# date. ``month`` and ``year`` are filled down to the precision the date has, so
# a month-precision event counts in monthly series but not in daily ones.
_ANALYSIS = """
ALTER TABLE events ADD COLUMN day DATE;
ALTER TABLE events ADD COLUMN month DATE;  -- first day of the month
ALTER TABLE events ADD COLUMN year INTEGER;

UPDATE events SET
    day = CASE
        WHEN length(events.date) = 10 THEN CAST(events.date AS DATE)
        WHEN events.date IS NULL THEN a.date END,
    month = CASE
        WHEN length(events.date) >= 7 THEN CAST(substr(events.date, 1, 7) || '-01' AS DATE)
        WHEN events.date IS NULL THEN CAST(date_trunc('month', a.date) AS DATE) END,
    year = CASE
        WHEN length(events.date) >= 4 THEN CAST(substr(events.date, 1, 4) AS INTEGER)
        WHEN events.date IS NULL THEN CAST(extract(year FROM a.date) AS INTEGER) END
FROM articles a
WHERE a.doc_id = events.doc_id;

-- One row per actor of an event: its source, target and reporter.
CREATE TABLE actors (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,  -- source / target / reporter
    doc_id TEXT NOT NULL,
    code TEXT NOT NULL, country TEXT, sectors TEXT[], text TEXT,
    PRIMARY KEY (event_id, role)
);
INSERT INTO actors
SELECT event_id, 'source', doc_id, source_code, source_country, source_sectors, source_text
FROM events WHERE source_code IS NOT NULL
UNION ALL
SELECT event_id, 'target', doc_id, target_code, target_country, target_sectors, target_text
FROM events WHERE target_code IS NOT NULL
UNION ALL
SELECT event_id, 'reporter', doc_id, reporter_code,
       record->'reporter'->>'country', NULL, record->'reporter'->>'text'
FROM events WHERE reporter_code IS NOT NULL;

-- One row per located event: the whole Location record.
CREATE TABLE locations (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    name TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    geonameid BIGINT, precision TEXT, reason TEXT
);
INSERT INTO locations
SELECT event_id, doc_id, location_name, location_country, lat, lon,
       CAST(record->'location'->>'geonameid' AS BIGINT),
       record->'location'->>'precision', record->'location'->>'reason'
FROM events WHERE location_name IS NOT NULL;

-- Cross-article deduplication (dyad.events_dedup): one row per real-world
-- event, linked to every stored event that reports it.
CREATE TABLE canonical_events (
    canonical_id TEXT PRIMARY KEY,  -- event_id of its first mention
    source_code TEXT, target_code TEXT,
    family TEXT,  -- the CAMEO root, code or PLOVER type the rule grouped by
    cameo TEXT, cameo_name TEXT, root TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION,
    plover TEXT, location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    date TEXT, first_day DATE, last_day DATE,
    first_report DATE, last_report DATE,  -- article publication dates (else event dates)
    n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL,
    rule TEXT NOT NULL
);
CREATE TABLE event_mentions (
    event_id TEXT PRIMARY KEY,
    canonical_id TEXT NOT NULL,
    doc_id TEXT NOT NULL
);
CREATE TABLE dedup_state (
    id INTEGER PRIMARY KEY,  -- always 1
    rule TEXT NOT NULL, window_days INTEGER NOT NULL, family TEXT NOT NULL,
    n_events INTEGER NOT NULL, last_coded_at TIMESTAMP,  -- what the build saw
    built_at TIMESTAMP NOT NULL
);
"""

_ANALYSIS_PG = """
CREATE INDEX events_doc_id ON events (doc_id);
CREATE INDEX events_source_code ON events (source_code text_pattern_ops);
CREATE INDEX events_target_code ON events (target_code text_pattern_ops);
CREATE INDEX events_day ON events (day);
CREATE INDEX actors_doc_id ON actors (doc_id);
CREATE INDEX actors_code ON actors (code text_pattern_ops);
CREATE INDEX locations_doc_id ON locations (doc_id);
CREATE INDEX removed_doc_id ON removed (doc_id);
CREATE INDEX event_mentions_canonical_id ON event_mentions (canonical_id);
"""


# Location records gained the first-level division and the GeoNames feature class.
_LOCATION_DETAIL = """
ALTER TABLE locations ADD COLUMN admin1 TEXT;
ALTER TABLE locations ADD COLUMN feature_class TEXT;
UPDATE locations SET
    admin1 = e.record->'location'->>'admin1',
    feature_class = e.record->'location'->>'feature_class'
FROM events e
WHERE e.event_id = locations.event_id;
"""

# Events gained a confidence score (dyad.confidence); events stored before have none.
_CONFIDENCE = """
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION;
UPDATE events SET confidence = CAST(record->>'confidence' AS DOUBLE PRECISION)
WHERE record->>'confidence' IS NOT NULL;
"""


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str  # for both databases; {json} is the JSON type
    postgres: str = ""  # PostgreSQL only, run after ``sql``

    def render(self, dialect: str) -> str:
        """The SQL to run on ``dialect`` ("duckdb" or "postgres")."""
        sql = self.sql.format(json="JSONB" if dialect == "postgres" else "JSON")
        return sql + self.postgres if dialect == "postgres" else sql


MIGRATIONS: list[Migration] = [
    Migration("0001_initial", _INITIAL),
    Migration("0002_analysis", _ANALYSIS, postgres=_ANALYSIS_PG),
    Migration("0003_location_detail", _LOCATION_DETAIL),
    Migration("0004_confidence", _CONFIDENCE),
]

# Tables that hold an article's rows, deleted together when it is replaced.
ARTICLE_TABLES = ("events", "actors", "locations", "removed", "articles")
# Tables reported by Store.counts().
COUNTED_TABLES = ("articles", "events", "actors", "locations", "removed", "rejected")
