"""The event store in a PostgreSQL database, for a team sharing one server.

    store = open_store("postgresql://user@host/dbname")

Same tables and behaviour as the DuckDB store. Several processes may write to
one database: each write transaction first takes a transaction-scoped advisory
lock, so writers queue one behind another (one writer at a time) while readers
go on. Reads use a second, autocommit connection and see only committed data.
The tables live in the connection's current schema (``?options=-csearch_path=x``
in the URL picks another).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from ..errors import StoreError
from ._base import Row, Store

# pg_advisory_xact_lock key shared by every Dyad writer of a database ("DYAD").
_WRITER_LOCK = 0x44594144


def redact(url: str) -> str:
    """The URL with any password replaced by ***, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _placeholders(sql: str) -> str:
    """Dyad's ``?`` placeholders in psycopg's ``%s`` style."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    dialect = "postgres"
    _kind = "PostgreSQL database"
    _error_types = (psycopg.Error,)

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        super().__init__(redact(url), read_only=read_only)
        self._writer: psycopg.Connection | None = None
        with self._errors("cannot open event store"):
            self._reader = psycopg.connect(url, autocommit=True, connect_timeout=10)
            if read_only:
                self._reader.execute("SET default_transaction_read_only = on")
            else:
                self._writer = psycopg.connect(url, autocommit=True, connect_timeout=10)
        self._setup()

    def close(self) -> None:
        for con in (self._reader, self._writer):
            if con is not None:
                con.close()

    # -- connections and transactions ---------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[psycopg.Connection]:
        if self._writer is None:
            raise StoreError(f"{self.name} was opened read-only")
        with self._lock, self._writer.transaction():
            self._writer.execute("SELECT pg_advisory_xact_lock(%s)", [_WRITER_LOCK])
            yield self._writer

    @contextmanager
    def _reading(self) -> Iterator[psycopg.Connection]:
        yield self._reader

    def _execute(self, con: psycopg.Connection, sql: str, params: list[Any]) -> None:
        if params:
            con.execute(_placeholders(sql), params)
        else:
            con.execute(sql)  # may hold several statements (migrations)

    def _fetch(self, con: psycopg.Connection, sql: str, params: list[Any]) -> list[tuple]:
        return con.execute(_placeholders(sql), params).fetchall()

    def _table_names(self, con: psycopg.Connection) -> set[str]:
        rows = con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()"
        ).fetchall()
        return {r[0] for r in rows}

    # -- writes -------------------------------------------------------------------

    def _insert_rows(self, con: psycopg.Connection, table: str, rows: list[Row]) -> None:
        """COPY the rows in: the fastest way into PostgreSQL."""
        columns = list(rows[0])
        with con.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[c] for c in columns])

    # -- reads --------------------------------------------------------------------

    def _read(self, sql: str, params: list[Any]) -> list[Row]:
        with self._reader.cursor() as cur:
            cur.execute(_placeholders(sql), params)
            if cur.description is None:
                return []
            names = [d.name for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def _stream(self, sql: str, params: list[Any], size: int) -> Iterator[Row]:  # noqa: ARG002
        with self._reader.cursor() as cur:
            names: list[str] = []
            for row in cur.stream(_placeholders(sql), params):
                if not names:
                    names = [d.name for d in cur.description or ()]
                yield dict(zip(names, row))

    def _arrow(self, sql: str, params: list[Any]) -> Any:
        import pyarrow as pa

        with self._reader.cursor() as cur:
            cur.execute(_placeholders(sql), params)
            names = [d.name for d in cur.description or ()]
            rows = cur.fetchall()
        columns = list(zip(*rows)) if rows else [() for _ in names]
        return pa.table({name: pa.array(list(values)) for name, values in zip(names, columns)})
