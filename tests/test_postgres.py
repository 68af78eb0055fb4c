"""What only the PostgreSQL store has to get right: several processes sharing
one database. (The shared contract is tested on both backends in test_store.py.)"""

from __future__ import annotations

import threading

import pytest

from dyad.errors import StoreError
from dyad.store import MIGRATIONS, open_store
from dyad.store._postgres import redact
from test_store_backends import make_coded, pg_server, pg_url  # noqa: F401  (fixtures)


def _in_threads(*jobs):
    errors = []

    def run(job):
        try:
            job()
        except BaseException as exc:  # reported below, with the others
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors


def test_two_writers_share_a_database(pg_url):
    """Overlapping batches from two stores: each article stored once, no conflict errors."""
    docs = [make_coded(f"d{i}") for i in range(40)]
    with open_store(pg_url) as one, open_store(pg_url) as two:
        _in_threads(lambda: one.add_many(docs, batch_size=7),
                    lambda: two.add_many(reversed(docs), batch_size=5))
        assert one.counts()["articles"] == 40 and two.counts()["events"] == 80


def test_concurrent_first_opens_migrate_once(pg_url):
    stores = []
    _in_threads(*[lambda: stores.append(open_store(pg_url)) for _ in range(3)])
    try:
        names = stores[0].query("SELECT name FROM schema_migrations ORDER BY name")
        assert [r["name"] for r in names] == [m.name for m in MIGRATIONS]
    finally:
        for store in stores:
            store.close()


def test_readers_are_not_blocked_by_a_writer(pg_url, monkeypatch):
    with open_store(pg_url) as writer, open_store(pg_url, read_only=True) as reader:
        writer.add(make_coded("d1"))
        seen, original = [], writer._insert_rows

        def slow_insert(con, table, rows):
            original(con, table, rows)
            if table == "events":  # mid-transaction, holding the writer lock
                seen.append(reader.counts()["articles"])

        monkeypatch.setattr(writer, "_insert_rows", slow_insert)
        writer.add(make_coded("d2"))
        assert seen == [1] and reader.counts()["articles"] == 2


def test_read_only_store_refuses_writes(pg_url):
    open_store(pg_url).close()
    with open_store(pg_url, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add(make_coded())
        with pytest.raises(StoreError, match="read-only"):
            store.add_rejected("x", "y")


def test_query_indexes_exist(pg_url):
    with open_store(pg_url) as store:
        names = {r["indexname"] for r in store.query(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    assert {"events_source_code", "events_target_code", "events_day", "actors_code"} <= names


def test_messages_never_show_the_password():
    assert redact("postgresql://ann:s3cret@db.example/dyad") == "postgresql://ann:***@db.example/dyad"
    assert redact("postgresql://db.example/dyad") == "postgresql://db.example/dyad"
