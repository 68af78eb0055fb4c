"""The event store: one DuckDB file holding coded articles, their events, the
debris removed from them, and the inputs that could not be read.

    store = open_store("events.duckdb")
    store.add(coded)        # False when this exact article is already stored
    store.counts()          # {"articles": ..., "events": ..., ...}

All writes go through the ``Store`` that opened the file (DuckDB lets one
process open a file for writing). An article, its events and its debris are
written in one transaction (``add_many`` puts a batch of articles in one), and
reads use their own cursor, so nobody ever sees half an article.
Schema changes are named migrations, appended to ``MIGRATIONS`` and recorded in
``schema_migrations`` when applied.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .output import flatten_event
from .types import CodedArticle, Event, Removed

# Foreign keys are left out on purpose: DuckDB checks them eagerly, which gets in
# the way of replacing an article's rows inside one transaction.
_INITIAL = """
CREATE TABLE articles (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR, date DATE, url VARCHAR, source VARCHAR,
    origin VARCHAR,  -- where the input came from: file path (and line)
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,  -- content_hash(text)
    n_sentences INTEGER,
    coded_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL, sentence_index INTEGER, sentence VARCHAR,
    date VARCHAR, date_precision VARCHAR,  -- YYYY, YYYY-MM or YYYY-MM-DD
    source_code VARCHAR, source_country VARCHAR, source_sectors VARCHAR[], source_text VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sectors VARCHAR[], target_text VARCHAR,
    cameo VARCHAR, cameo_name VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    plover VARCHAR, negated BOOLEAN, mode VARCHAR,
    trigger VARCHAR, rule VARCHAR,
    reporter_code VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    explanation JSON,  -- Explanation.to_dict()
    record JSON  -- Event.to_dict(): the whole event
);
CREATE TABLE removed (
    doc_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR, reason VARCHAR,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE rejected (
    origin VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, reason)
);
"""

# Append new migrations; never edit or reorder applied ones.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _INITIAL),
]

_TABLES = ("articles", "events", "removed", "rejected")
_Types = dict[str, dict[str, str]]  # {table: {column: SQL type}}


def content_hash(text: str) -> str:
    """sha1 of the text with runs of whitespace collapsed to one space."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the event store at ``path`` and migrate it.

    With ``read_only`` the file must exist and be fully migrated; several
    read-only processes may share it, but none can while a writer has it open.
    """
    return Store(path, read_only=read_only)


class Store:
    """An open event store. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        with self._errors("cannot open event store"):
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        try:
            with self._errors("cannot migrate event store"):
                if read_only:
                    _check_migrated(self._con, self.path)
                else:
                    _apply_migrations(self._con, self.path)
                self._types = _column_types(self._con)
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ----------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {str(self.path)!r}>"

    # -- writes -------------------------------------------------------------------

    def add(self, coded: CodedArticle) -> bool:
        """Store a coded article with its events and removed debris.

        Returns False, writing nothing, when the same doc id with the same
        content hash is already stored. A stored doc id with different content
        is replaced. Either way the article is written in one transaction.
        """
        return self.add_many([coded]) == 1

    def add_many(self, coded: Iterable[CodedArticle], *, batch_size: int = 500) -> int:
        """``add`` for many articles, ``batch_size`` to a transaction; returns how
        many were written (new or replaced).

        Much faster than one ``add`` per article. A failure rolls back the batch
        it happened in; earlier batches stay stored, and re-running skips them.
        When a doc id comes twice in a batch, the later copy counts.
        """
        written = 0
        for batch in _batches(coded, batch_size):
            written += self._write_batch(batch)
        return written

    def _write_batch(self, batch: list[CodedArticle]) -> int:
        latest = {c.article.doc_id: c for c in batch}
        digests = {doc_id: content_hash(c.article.text) for doc_id, c in latest.items()}
        what = f"article {batch[0].article.doc_id!r}" if len(latest) == 1 else "articles"
        with self._lock, self._errors(f"cannot store {what} in"):
            with _transaction(self._con) as con:
                stored = _stored_hashes(con, list(latest))
                changed = [d for d in latest if stored.get(d) != digests[d]]
                _delete_articles(con, [d for d in changed if d in stored])
                todo = [latest[d] for d in changed]
                _insert_articles(con, todo, digests, self._types)
                _insert_events(con, [e for c in todo for e in c.events], self._types)
                _insert_removed(con, todo, self._types)
        return len(todo)

    def add_rejected(self, origin: str, reason: str) -> None:
        """Record an input that could not be read; repeats only refresh ``seen_at``."""
        sql = (
            "INSERT INTO rejected VALUES (?, ?, ?) "
            "ON CONFLICT (origin, reason) DO UPDATE SET seen_at = excluded.seen_at"
        )
        with self._lock, self._errors("cannot record rejected input in"):
            self._con.execute(sql, [origin, reason, _utcnow()])

    # -- reads --------------------------------------------------------------------

    def has_article(self, doc_id: str, content_hash: str | None = None) -> bool:
        """Is ``doc_id`` stored (with this content hash, when one is given)?"""
        sql, params = "SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]
        if content_hash is not None:
            sql, params = sql + " AND content_hash = ?", params + [content_hash]
        return bool(self.query(sql, params))

    def counts(self) -> dict[str, int]:
        """Row counts of the data tables."""
        selects = ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in _TABLES)
        return self.query(f"SELECT {selects}")[0]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run read-only SQL; rows as dicts keyed by column name."""
        with self._errors("query failed on"), self._cursor() as cur:
            cur.execute(sql, list(params))
            if cur.description is None:
                return []
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self) -> list[dict[str, Any]]:
        """All event rows, with ``explanation`` and ``record`` decoded from JSON."""
        rows = self.query("SELECT * FROM events ORDER BY doc_id, sentence_index, event_id")
        for row in rows:
            for key in ("explanation", "record"):
                if row[key] is not None:
                    row[key] = json.loads(row[key])
        return rows

    def events_df(self) -> Any:
        """All event rows as a pandas DataFrame (needs pandas)."""
        if importlib.util.find_spec("pandas") is None:
            raise ImportError("Store.events_df() needs pandas: pip install pandas")
        sql = "SELECT * FROM events ORDER BY doc_id, sentence_index, event_id"
        with self._errors("query failed on"), self._cursor() as cur:
            return cur.execute(sql).df()

    # -- helpers ------------------------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        # A cursor is its own connection to the same database, so a read never
        # runs inside (or sees) the writer's open transaction.
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"{doing} {self.path}: {exc}") from exc


# -- migrations -------------------------------------------------------------------


def _apply_migrations(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Apply, each in its own transaction, the migrations not yet recorded."""
    if not con.execute("SELECT 1 FROM information_schema.tables").fetchall():
        con.execute(
            "CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
        )
    done = _applied(con, path)
    for name, sql in MIGRATIONS:
        if name not in done:
            with _transaction(con):
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _utcnow()])


def _check_migrated(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    missing = [name for name, _ in MIGRATIONS if name not in _applied(con, path)]
    if missing:
        raise StoreError(
            f"{path} needs migrations {', '.join(missing)}; open it once for writing"
        )


def _applied(con: duckdb.DuckDBPyConnection, path: Path) -> set[str]:
    try:
        rows = con.execute("SELECT name FROM schema_migrations").fetchall()
    except duckdb.CatalogException as exc:
        raise StoreError(
            f"{path} is a DuckDB database but not a Dyad event store; leaving it alone"
        ) from exc
    done = {r[0] for r in rows}
    unknown = sorted(done - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"{path} has migrations this Dyad does not know ({', '.join(unknown)}); "
            "it was written by a newer version"
        )
    return done


def _column_types(con: duckdb.DuckDBPyConnection) -> _Types:
    """{table: {column: SQL type}} for the data tables, used to type batch inserts."""
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main'"
    ).fetchall()
    types: _Types = {}
    for table, column, data_type in rows:
        types.setdefault(table, {})[column] = data_type
    return types


# -- writing articles -------------------------------------------------------------


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.begin()
    try:
        yield con
        con.commit()
    except BaseException:
        try:
            con.rollback()
        except duckdb.TransactionException:
            pass  # a failed COMMIT has already ended the transaction
        raise


def _batches(items: Iterable[CodedArticle], size: int) -> Iterator[list[CodedArticle]]:
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, not {size}")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _stored_hashes(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, str]:
    rows = con.execute(
        "SELECT doc_id, content_hash FROM articles "
        "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
        [doc_ids],
    ).fetchall()
    return dict(rows)


def _delete_articles(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    if not doc_ids:
        return
    for table in ("events", "removed", "articles"):
        con.execute(
            f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
        )


def _insert_articles(
    con: duckdb.DuckDBPyConnection,
    coded: list[CodedArticle],
    digests: dict[str, str],
    types: _Types,
) -> None:
    now = _utcnow()
    rows = [
        {
            "doc_id": a.doc_id, "title": a.title, "date": a.date, "url": a.url,
            "source": a.source, "origin": a.origin, "text": a.text,
            "content_hash": digests[a.doc_id], "n_sentences": c.sentences, "coded_at": now,
        }
        for c in coded
        for a in [c.article]
    ]
    _insert_rows(con, "articles", rows, types)


def _insert_events(
    con: duckdb.DuckDBPyConnection, events: Sequence[Event], types: _Types
) -> None:
    # The event id hashes (doc, sentence, source, target, code); a coder that
    # reports the same event twice in a sentence gets it stored once.
    seen: set[str] = set()
    rows = []
    for event in events:
        if event.event_id not in seen:
            seen.add(event.event_id)
            rows.append(_event_row(event))
    _insert_rows(con, "events", rows, types)


def _insert_removed(
    con: duckdb.DuckDBPyConnection, coded: list[CodedArticle], types: _Types
) -> None:
    rows = [
        {"doc_id": c.article.doc_id, "position": i, "text": r.text, "reason": r.reason}
        for c in coded
        for i, r in enumerate(_debris(c))
    ]
    _insert_rows(con, "removed", rows, types)


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], types: _Types
) -> None:
    """Insert rows in one statement: each column goes in as one typed list, unnested.

    Much faster than ``executemany``, which runs the statement once per row.
    """
    if not rows:
        return
    columns = list(rows[0])
    selects = ", ".join(
        f"unnest(${i}::{types[table][c]}[])" for i, c in enumerate(columns, 1)
    )
    values = [[row[c] for row in rows] for c in columns]
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selects}", values)


def _event_row(event: Event) -> dict[str, Any]:
    """The ``events`` table row of an event: the flat columns plus store-only ones."""
    location, reporter = event.location, event.reporter
    record = event.to_dict()
    return {
        **flatten_event(event),
        "reporter_code": reporter.code if reporter else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "explanation": json.dumps(record["explanation"], ensure_ascii=False),
        "record": json.dumps(record, ensure_ascii=False),  # as Event.to_json()
    }


def _debris(coded: CodedArticle) -> tuple[Removed, ...]:
    """What was removed from the article's input, then what the coder dropped."""
    return coded.article.removed + coded.dropped


def _utcnow() -> datetime:
    # TIMESTAMP columns hold naive UTC.
    return datetime.now(timezone.utc).replace(tzinfo=None)
