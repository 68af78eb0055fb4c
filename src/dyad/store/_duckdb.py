"""The event store in one DuckDB file: the default, for a laptop.

DuckDB lets one process open a file for writing (several may open it
read-only when nobody writes). Reads use their own cursor, so they never run
inside, or see, the writer's open transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from ._base import Row, Store

_Types = dict[str, dict[str, str]]  # {table: {column: SQL type}}


class DuckDBStore(Store):
    dialect = "duckdb"
    _kind = "DuckDB database"
    _error_types = (duckdb.Error,)

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        super().__init__(str(path), read_only=read_only)
        self.path = Path(path)
        with self._errors("cannot open event store"):
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        self._types: _Types = {}  # read on the first write
        self._setup()

    def close(self) -> None:
        self._con.close()

    # -- connections and transactions ---------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            self._con.begin()
            try:
                yield self._con
                self._con.commit()
            except BaseException:
                try:
                    self._con.rollback()
                except duckdb.TransactionException:
                    pass  # a failed COMMIT has already ended the transaction
                raise

    @contextmanager
    def _reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        # A cursor is its own connection to the same database, so a read never
        # runs inside (or sees) the writer's open transaction.
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def _execute(self, con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> None:
        con.execute(sql, params or None)

    def _fetch(self, con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[tuple]:
        return con.execute(sql, params or None).fetchall()

    def _table_names(self, con: duckdb.DuckDBPyConnection) -> set[str]:
        rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        return {r[0] for r in rows}

    def _column_types(self, con: duckdb.DuckDBPyConnection) -> _Types:
        """{table: {column: SQL type}}, used to type the batch inserts."""
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main'"
        ).fetchall()
        types: _Types = {}
        for table, column, data_type in rows:
            types.setdefault(table, {})[column] = data_type
        return types

    # -- writes -------------------------------------------------------------------

    def _insert_rows(self, con: duckdb.DuckDBPyConnection, table: str, rows: list[Row]) -> None:
        """Insert rows in one statement: each column goes in as one typed list, unnested.

        Much faster than ``executemany``, which runs the statement once per row.
        """
        if not self._types:
            self._types = self._column_types(con)
        columns = list(rows[0])
        types = self._types[table]
        selects = ", ".join(f"unnest(${i}::{types[c]}[])" for i, c in enumerate(columns, 1))
        values = [[row[c] for row in rows] for c in columns]
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selects}", values)

    # -- reads --------------------------------------------------------------------

    def _read(self, sql: str, params: list[Any]) -> list[Row]:
        with self._reading() as cur:
            cur.execute(sql, params or None)
            if cur.description is None:
                return []
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def _stream(self, sql: str, params: list[Any], size: int) -> Iterator[Row]:
        with self._reading() as cur:
            cur.execute(sql, params or None)
            names = [d[0] for d in cur.description or ()]
            while batch := cur.fetchmany(size):
                yield from (dict(zip(names, row)) for row in batch)

    def _arrow(self, sql: str, params: list[Any]) -> Any:
        with self._reading() as cur:
            relation = cur.sql(sql, params=params or None)
            # DuckDB 2 calls it to_arrow_table; in 1.x, arrow() returns the table.
            to_table = getattr(relation, "to_arrow_table", None) or relation.arrow
            return to_table()
