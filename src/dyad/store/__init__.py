"""The event store: coded articles, their events, actors, places and debris,
the inputs that could not be read, and the tables analysis derives from them.

    store = open_store("events.duckdb")              # a DuckDB file (default)
    store = open_store("postgresql://host/dyad")     # or a PostgreSQL database
    store.add(coded)        # False when this exact article is already stored
    store.counts()          # {"articles": ..., "events": ..., ...}

Both backends have the same tables and behaviour. All writes go through the
``Store`` that opened the database, one transaction at a time: an article, its
events and its debris are written in one transaction (``add_many`` puts a batch
of articles in one), so a run killed at any point leaves whole articles only,
and re-running skips what is stored. Reads use their own connection, so nobody
ever sees half an article. Schema changes are named migrations
(``schema.MIGRATIONS``), recorded in ``schema_migrations`` when applied.
Database errors become ``StoreError`` naming the database.
"""

from __future__ import annotations

import re
from pathlib import Path

from ._base import Store, content_hash, decode_json, time_axis, utcnow
from .schema import MIGRATIONS, Migration

__all__ = [
    "MIGRATIONS", "Migration", "Store", "content_hash", "decode_json", "is_postgres_url",
    "open_store", "time_axis", "utcnow",
]


def is_postgres_url(target: object) -> bool:
    """Does ``target`` name a PostgreSQL database (``postgresql://...``)?"""
    return isinstance(target, str) and re.match(r"postgres(ql)?://", target) is not None


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """Open (creating or migrating if needed) the event store at ``target``.

    ``target`` is a DuckDB file path, or a ``postgresql://`` URL. With
    ``read_only`` the store must exist and be fully migrated; for DuckDB
    several read-only processes may share a file, but none can while a writer
    has it open.
    """
    if is_postgres_url(target):
        try:
            from ._postgres import PostgresStore
        except ImportError as exc:
            raise ImportError(
                "a PostgreSQL event store needs psycopg 3: pip install 'psycopg[binary]'"
            ) from exc
        return PostgresStore(str(target), read_only=read_only)
    from ._duckdb import DuckDBStore

    return DuckDBStore(target, read_only=read_only)
