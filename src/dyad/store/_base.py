"""What every event store does, whatever database holds it.

``Store`` writes coded articles, runs the migrations and answers queries; a
backend (``_duckdb.DuckDBStore``, ``_postgres.PostgresStore``) supplies the
connection, transactions, bulk inserts and error types. SQL here is written
once for both databases, with ``?`` placeholders.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date as Date
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from ..errors import StoreError
from ..output import flatten_event
from ..types import Actor, CodedArticle, Event, Removed
from .schema import ARTICLE_TABLES, COUNTED_TABLES, MIGRATIONS

Row = dict[str, Any]
Run = Callable[[str, Sequence[Any]], None]  # run(sql, params) inside a transaction


def content_hash(text: str) -> str:
    """sha1 of the text with runs of whitespace collapsed to one space."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


class Store:
    """An open event store. Use as a context manager, or call ``close()``.

    All writes go through this object, one transaction at a time (``add``,
    ``add_many``, ``add_rejected``, ``transaction``); reads run on their own
    connection and never see a write in progress.
    """

    dialect = ""  # "duckdb" or "postgres"
    _error_types: tuple[type[BaseException], ...] = ()

    def __init__(self, name: str, *, read_only: bool) -> None:
        self.name = name  # for messages: a path, or a URL without its password
        self.read_only = read_only
        self._lock = threading.Lock()

    def _setup(self) -> None:
        """Migrate (or check, when read-only); closes the store on failure."""
        try:
            with self._errors("cannot migrate event store"):
                if self.read_only:
                    self._check_migrated()
                else:
                    self._migrate()
        except BaseException:
            self.close()
            raise

    # -- lifecycle ----------------------------------------------------------------

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    # -- writes -------------------------------------------------------------------

    def add(self, coded: CodedArticle) -> bool:
        """Store a coded article with its events, actors, places and debris.

        Returns False, writing nothing, when the same doc id with the same
        content hash is already stored. A stored doc id with different content
        is replaced. Either way the article is written in one transaction.
        """
        return self.add_many([coded]) == 1

    def add_many(self, coded: Iterable[CodedArticle], *, batch_size: int = 500) -> int:
        """``add`` for many articles, ``batch_size`` to a transaction; returns how
        many were written (new or replaced).

        A failure rolls back the batch it happened in; earlier batches stay
        stored, and re-running skips them. When a doc id comes twice in a
        batch, the later copy counts.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        written = 0
        it = iter(coded)
        while batch := list(islice(it, batch_size)):
            written += self._write_batch(batch)
        return written

    def _write_batch(self, batch: list[CodedArticle]) -> int:
        latest = {c.article.doc_id: c for c in batch}
        digests = {doc_id: content_hash(c.article.text) for doc_id, c in latest.items()}
        what = f"article {batch[0].article.doc_id!r}" if len(latest) == 1 else "articles"
        with self._errors(f"cannot store {what} in"), self._writing() as con:
            stored = dict(self._fetch(
                con, "SELECT doc_id, content_hash FROM articles WHERE doc_id = ANY(?)",
                [list(latest)],
            ))
            changed = [d for d in latest if stored.get(d) != digests[d]]
            self._delete_articles(con, [d for d in changed if d in stored])
            todo = [latest[d] for d in changed]
            for table, rows in _article_rows(todo, digests, utcnow()):
                if rows:
                    self._insert_rows(con, table, rows)
        return len(todo)

    def _delete_articles(self, con: Any, doc_ids: list[str]) -> None:
        for table in ARTICLE_TABLES if doc_ids else ():
            self._execute(con, f"DELETE FROM {table} WHERE doc_id = ANY(?)", [doc_ids])

    def add_rejected(self, origin: str, reason: str) -> None:
        """Record an input that could not be read; repeats only refresh ``seen_at``."""
        sql = (
            "INSERT INTO rejected VALUES (?, ?, ?) "
            "ON CONFLICT (origin, reason) DO UPDATE SET seen_at = excluded.seen_at"
        )
        with self._errors("cannot record rejected input in"), self._writing() as con:
            self._execute(con, sql, [origin, reason, utcnow()])

    @contextmanager
    def transaction(self, doing: str = "cannot write to") -> Iterator[Run]:
        """One write transaction: yields ``run(sql, params=())``.

        For derived tables (``dyad.events_dedup``); everything or nothing is
        written, and errors become StoreError starting with ``doing``.
        """
        with self._errors(doing), self._writing() as con:
            yield lambda sql, params=(): self._execute(con, sql, list(params))

    # -- reads --------------------------------------------------------------------

    def has_article(self, doc_id: str, content_hash: str | None = None) -> bool:
        """Is ``doc_id`` stored (with this content hash, when one is given)?"""
        sql, params = "SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]
        if content_hash is not None:
            sql, params = sql + " AND content_hash = ?", params + [content_hash]
        return bool(self.query(sql, params))

    def counts(self) -> dict[str, int]:
        """Row counts of the data tables."""
        selects = ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in COUNTED_TABLES)
        return {k: int(v) for k, v in self.query(f"SELECT {selects}")[0].items()}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run read-only SQL (``?`` placeholders); rows as dicts keyed by column name."""
        with self._errors("query failed on"):
            return self._read(sql, list(params))

    def stream(self, sql: str, params: Sequence[Any] = (), *, size: int = 2000) -> Iterator[Row]:
        """``query`` for large results: rows fetched ``size`` at a time."""
        with self._errors("query failed on"):
            yield from self._stream(sql, list(params), size)

    def arrow(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run read-only SQL; the result as a pyarrow Table (needs pyarrow)."""
        _require("pyarrow", "Store.arrow()")
        with self._errors("query failed on"):
            return self._arrow(sql, list(params))

    def events(self) -> list[Row]:
        """All event rows, with ``explanation`` and ``record`` decoded from JSON."""
        rows = self.query("SELECT * FROM events ORDER BY doc_id, sentence_index, event_id")
        for row in rows:
            for key in ("explanation", "record"):
                row[key] = decode_json(row[key])
        return rows

    def events_df(self) -> Any:
        """All event rows as a pandas DataFrame (needs pandas and pyarrow)."""
        _require("pandas", "Store.events_df()")
        return self.arrow("SELECT * FROM events ORDER BY doc_id, sentence_index, event_id").to_pandas()

    # -- migrations ---------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply, each in its own transaction, the migrations not yet recorded."""
        with self._writing() as con:
            tables = self._table_names(con)
            if not tables:
                self._execute(con, "CREATE TABLE schema_migrations "
                                   "(name TEXT PRIMARY KEY, applied_at TIMESTAMP)", [])
            elif "schema_migrations" not in tables:
                raise StoreError(f"{self.name} is a {self._kind} but not a Dyad event store; "
                                 "leaving it alone")
        for migration in MIGRATIONS:
            with self._writing() as con:
                if migration.name in self._applied(con):
                    continue  # another process applied it meanwhile
                self._execute(con, migration.render(self.dialect), [])
                self._execute(con, "INSERT INTO schema_migrations VALUES (?, ?)",
                              [migration.name, utcnow()])

    def _check_migrated(self) -> None:
        with self._reading() as con:
            if "schema_migrations" not in self._table_names(con):
                raise StoreError(f"{self.name} is not a Dyad event store")
            done = self._applied(con)
        missing = [m.name for m in MIGRATIONS if m.name not in done]
        if missing:
            raise StoreError(
                f"{self.name} needs migrations {', '.join(missing)}; open it once for writing"
            )

    def _applied(self, con: Any) -> set[str]:
        done = {r[0] for r in self._fetch(con, "SELECT name FROM schema_migrations", [])}
        unknown = sorted(done - {m.name for m in MIGRATIONS})
        if unknown:
            raise StoreError(
                f"{self.name} has migrations this Dyad does not know ({', '.join(unknown)}); "
                "it was written by a newer version"
            )
        return done

    # -- errors -------------------------------------------------------------------

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except self._error_types as exc:
            raise StoreError(f"{doing} {self.name}: {exc}") from exc

    # -- what a backend provides -------------------------------------------------

    _kind = "database"  # "DuckDB database", for messages

    def _writing(self) -> Any:
        """Context manager: the lock, one transaction, yields a connection."""
        raise NotImplementedError

    def _reading(self) -> Any:
        """Context manager: a read connection outside any write transaction."""
        raise NotImplementedError

    def _execute(self, con: Any, sql: str, params: list[Any]) -> None:
        raise NotImplementedError

    def _fetch(self, con: Any, sql: str, params: list[Any]) -> list[tuple]:
        raise NotImplementedError

    def _insert_rows(self, con: Any, table: str, rows: list[Row]) -> None:
        raise NotImplementedError

    def _table_names(self, con: Any) -> set[str]:
        raise NotImplementedError

    def _read(self, sql: str, params: list[Any]) -> list[Row]:
        raise NotImplementedError

    def _stream(self, sql: str, params: list[Any], size: int) -> Iterator[Row]:
        raise NotImplementedError

    def _arrow(self, sql: str, params: list[Any]) -> Any:
        raise NotImplementedError


# -- rows of a coded article ------------------------------------------------------


def _article_rows(
    coded: list[CodedArticle], digests: dict[str, str], now: datetime
) -> list[tuple[str, list[Row]]]:
    """(table, rows) for every table an article writes, in insertion order."""
    articles, events, actors, locations, removed = [], [], [], [], []
    for c in coded:
        a = c.article
        articles.append({
            "doc_id": a.doc_id, "title": a.title, "date": a.date, "url": a.url,
            "source": a.source, "origin": a.origin, "text": a.text,
            "content_hash": digests[a.doc_id], "n_sentences": c.sentences, "coded_at": now,
        })
        # The event id hashes (doc, sentence, source, target, code); a coder that
        # reports the same event twice in a sentence gets it stored once.
        seen: set[str] = set()
        for event in c.events:
            if event.event_id in seen:
                continue
            seen.add(event.event_id)
            events.append(_event_row(event, a.date))
            actors.extend(_actor_rows(event))
            if event.location is not None:
                locations.append(_location_row(event))
        removed.extend(
            {"doc_id": a.doc_id, "position": i, "text": r.text, "reason": r.reason}
            for i, r in enumerate(_debris(c))
        )
    return [("articles", articles), ("events", events), ("actors", actors),
            ("locations", locations), ("removed", removed)]


def _event_row(event: Event, published: Date | None) -> Row:
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
        **time_axis(event.date, published),
    }


def time_axis(date: str | None, published: Date | None) -> dict[str, Any]:
    """``day``, ``month`` and ``year`` of an event dated ``date`` (YYYY[-MM[-DD]]).

    Each is filled only down to the precision of the date; an undated event
    takes its article's publication date; a malformed date places nothing.
    """
    if date is None:
        if published is None:
            return {"day": None, "month": None, "year": None}
        date = published.isoformat()
    try:
        year = int(date[:4])
        month = Date.fromisoformat(date[:7] + "-01") if len(date) >= 7 else None
        day = Date.fromisoformat(date) if len(date) == 10 else None
    except ValueError:
        return {"day": None, "month": None, "year": None}
    return {"day": day, "month": month, "year": year}


def _actor_rows(event: Event) -> list[Row]:
    roles: list[tuple[str, Actor | None]] = [
        ("source", event.source), ("target", event.target), ("reporter", event.reporter)]
    return [
        {"event_id": event.event_id, "role": role, "doc_id": event.doc_id, "code": actor.code,
         "country": actor.country, "sectors": list(actor.sectors), "text": actor.text}
        for role, actor in roles
        if actor is not None
    ]


def _location_row(event: Event) -> Row:
    loc = event.location
    assert loc is not None
    return {
        "event_id": event.event_id, "doc_id": event.doc_id, "name": loc.name,
        "country": loc.country, "lat": loc.lat, "lon": loc.lon,
        "geonameid": loc.geonameid, "precision": loc.precision, "reason": loc.reason,
        "admin1": loc.admin1, "feature_class": loc.feature_class,
    }


def _debris(coded: CodedArticle) -> tuple[Removed, ...]:
    """What was removed from the article's input, then what the coder dropped."""
    return coded.article.removed + coded.dropped


# -- small helpers ----------------------------------------------------------------


def decode_json(value: Any) -> Any:
    """A JSON column's value as Python: DuckDB returns text, PostgreSQL objects."""
    return json.loads(value) if isinstance(value, str) else value


def _require(module: str, what: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ImportError(f"{what} needs {module}: pip install {module}")


def utcnow() -> datetime:
    # TIMESTAMP columns hold naive UTC.
    return datetime.now(timezone.utc).replace(tzinfo=None)
