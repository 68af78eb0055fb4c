"""The event store's contract, on DuckDB and on PostgreSQL alike."""

from dataclasses import replace
from datetime import date

import pytest

from dyad.errors import StoreError
from dyad.output import FLAT_COLUMNS
from dyad.store import MIGRATIONS, content_hash, open_store
from test_store_backends import (  # noqa: F401  (fixtures)
    make_coded, make_event, pg_server, pg_url, raw_execute, store, store_target,
)

EMPTY = {"articles": 0, "events": 0, "actors": 0, "locations": 0, "removed": 0, "rejected": 0}
ONE = {**EMPTY, "articles": 1, "events": 2, "actors": 6, "locations": 2, "removed": 2}


@pytest.fixture
def db(store):
    return store


def test_add_writes_article_events_and_debris(db):
    assert db.add(make_coded()) is True
    assert db.counts() == ONE
    article = db.query("SELECT * FROM articles")[0]
    assert article["date"] == date(2024, 3, 1) and article["n_sentences"] == 2
    assert article["content_hash"] == content_hash(make_coded().article.text)
    removed = db.query("SELECT position, reason FROM removed ORDER BY position")
    assert removed == [{"position": 0, "reason": "teaser-headline"},
                       {"position": 1, "reason": "licence-footer"}]


def test_actors_and_locations_tables(db):
    db.add(make_coded(n_events=1))
    actors = db.query("SELECT role, code, country, sectors FROM actors ORDER BY role")
    assert actors == [
        {"role": "reporter", "code": "USAMED", "country": "USA", "sectors": ["MED"]},
        {"role": "source", "code": "IRNMIL", "country": "IRN", "sectors": ["MIL"]},
        {"role": "target", "code": "IRQ", "country": "IRQ", "sectors": []},
    ]
    place = db.query("SELECT name, country, lat, geonameid, precision, admin1, feature_class "
                     "FROM locations")
    assert place == [{"name": "Basra", "country": "IRQ", "lat": 30.5, "geonameid": 99,
                      "precision": "city", "admin1": "Basra Governorate", "feature_class": "P"}]


def test_time_axis_columns_follow_the_date_precision(db):
    events = [make_event("d1", 0, date="2024-03-05"), make_event("d1", 1, date="2024-03"),
              make_event("d1", 2, date="2024"), make_event("d1", 3, date=None)]
    db.add(make_coded(events=events, published=date(2023, 7, 9)))
    rows = db.query("SELECT sentence_index, day, month, year FROM events ORDER BY 1")
    assert [(r["day"], r["month"], r["year"]) for r in rows] == [
        (date(2024, 3, 5), date(2024, 3, 1), 2024),
        (None, date(2024, 3, 1), 2024),
        (None, None, 2024),
        (date(2023, 7, 9), date(2023, 7, 1), 2023),  # undated: the article's date
    ]


def test_adding_the_same_article_twice_adds_nothing(db):
    assert db.add(make_coded()) is True
    before = db.counts()
    assert db.add(make_coded()) is False
    assert db.counts() == before


def test_whitespace_changes_keep_the_same_hash(db):
    db.add(make_coded(text="Iran's army attacked Iraq. Talks followed."))
    assert db.add(make_coded(text="Iran's army\n attacked Iraq.\tTalks followed.")) is False


def test_changed_content_replaces_the_article(db):
    db.add(make_coded(n_events=3))
    changed = make_coded(text="A corrected story.", n_events=1)
    assert db.add(changed) is True
    assert db.counts() == {**ONE, "events": 1, "actors": 3, "locations": 1}
    assert db.has_article("d1", content_hash("A corrected story."))
    assert not db.has_article("d1", content_hash(make_coded().article.text))


def _failing_on(db, table, monkeypatch, *, after=0):
    """Make the store's bulk insert into ``table`` fail (after ``after`` calls)."""
    original, calls = db._insert_rows, []

    def insert(con, name, rows):
        if name == table:
            calls.append(len(rows))
            if len(calls) > after:
                raise RuntimeError("disk on fire")
        original(con, name, rows)

    monkeypatch.setattr(db, "_insert_rows", insert)


def test_failed_write_rolls_back_everything(db, monkeypatch):
    db.add(make_coded("d1"))
    before = db.counts()
    _failing_on(db, "events", monkeypatch)
    with pytest.raises(RuntimeError):
        db.add(make_coded("d2"))
    with pytest.raises(RuntimeError):  # a replacement must not lose the old rows
        db.add(make_coded("d1", text="New text."))
    assert db.counts() == before
    assert db.has_article("d1", content_hash(make_coded().article.text))
    monkeypatch.undo()
    assert db.add(make_coded("d2")) is True  # the store is still usable


def test_reads_do_not_see_a_write_in_progress(db, monkeypatch):
    db.add(make_coded("d1"))
    seen, original = [], db._insert_rows

    def peek(con, table, rows):
        original(con, table, rows)
        if table == "events":
            seen.append(db.counts())

    monkeypatch.setattr(db, "_insert_rows", peek)
    db.add(make_coded("d2"))
    assert seen == [ONE]
    assert db.counts()["articles"] == 2


def test_add_many_counts_new_and_replaced_only(db):
    db.add(make_coded("d1"))
    db.add(make_coded("d2"))
    batch = [make_coded("d1"), make_coded("d2", text="Changed."), make_coded("d3"),
             make_coded("d4", text="First copy."), make_coded("d4", text="Second copy.")]
    assert db.add_many(batch, batch_size=3) == 3
    assert db.counts() == {k: 4 * v for k, v in ONE.items()}
    assert db.has_article("d4", content_hash("Second copy."))
    assert db.add_many(batch) == 0


def test_add_many_rolls_back_only_the_failing_batch(db, monkeypatch):
    _failing_on(db, "removed", monkeypatch, after=1)
    with pytest.raises(RuntimeError):
        db.add_many([make_coded(f"d{i}") for i in range(4)], batch_size=2)
    assert db.counts() == {k: 2 * v for k, v in ONE.items()}


def test_add_many_refuses_a_zero_batch(db):
    with pytest.raises(ValueError, match="batch_size"):
        db.add_many([make_coded()], batch_size=0)


def test_database_errors_become_store_errors_naming_the_database(db, store_target):
    with pytest.raises(StoreError, match="no_such_table") as info:
        db.query("SELECT * FROM no_such_table")
    assert db.name in str(info.value)
    assert ("events.duckdb" in db.name) or ("127.0.0.1" in db.name)


def test_duplicate_event_ids_in_one_article_are_stored_once(db):
    coded = make_coded(n_events=1)
    coded = replace(coded, events=coded.events * 2)
    db.add(coded)
    assert db.counts()["events"] == 1
    assert db.counts()["actors"] == 3


def test_event_record_round_trips(db):
    coded = make_coded(n_events=1)
    db.add(coded)
    row = db.events()[0]
    event = coded.events[0]
    assert row["record"] == event.to_dict()
    assert row["explanation"] == event.explanation.to_dict()
    assert row["source_sectors"] == ["MIL"] and row["negated"] is False
    assert (row["reporter_code"], row["location_name"], row["lat"]) == ("USAMED", "Basra", 30.5)


def test_event_without_target_or_location(db):
    event = replace(make_event("d1", 0, target=None), location=None, reporter=None)
    db.add(make_coded(events=(event,)))
    row = db.events()[0]
    assert row["target_code"] is None and row["target_sectors"] is None
    assert row["lat"] is None and row["reporter_code"] is None
    assert db.counts()["actors"] == 1 and db.counts()["locations"] == 0


def test_events_table_has_every_flat_column(db):
    columns = {r["column_name"] for r in db.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
    assert set(FLAT_COLUMNS) <= columns


def test_rejected_inputs_are_recorded_once(db):
    db.add_rejected("bad.jsonl:3", "invalid JSON")
    db.add_rejected("bad.jsonl:3", "invalid JSON")
    db.add_rejected("bad.jsonl:4", "no text")
    assert db.counts()["rejected"] == 2


def test_has_article(db):
    coded = make_coded()
    assert not db.has_article("d1")
    db.add(coded)
    assert db.has_article("d1")
    assert db.has_article("d1", content_hash(coded.article.text))
    assert not db.has_article("d1", "0" * 40)


def test_stream_and_arrow_read_the_same_rows(db):
    db.add_many([make_coded(f"d{i}") for i in range(3)])
    sql = "SELECT event_id, goldstein FROM events ORDER BY event_id"
    streamed = list(db.stream(sql, size=2))
    assert streamed == db.query(sql) and len(streamed) == 6
    assert db.arrow(sql).to_pylist() == streamed


def test_transaction_is_all_or_nothing(db):
    db.add(make_coded())
    with pytest.raises(StoreError, match="cannot rebuild"):
        with db.transaction("cannot rebuild") as run:
            run("DELETE FROM removed")
            run("SELECT * FROM no_such_table")
    assert db.counts()["removed"] == 2


def test_migrations_recorded_once_and_reopen_keeps_data(store_target):
    with open_store(store_target) as db:
        db.add(make_coded())
    with open_store(store_target) as db:
        names = [r["name"] for r in db.query("SELECT name FROM schema_migrations ORDER BY name")]
        assert names == [m.name for m in MIGRATIONS]
        assert db.counts()["events"] == 2


def test_read_only_open(store_target):
    with open_store(store_target) as db:
        db.add(make_coded())
    with open_store(store_target, read_only=True) as db:
        assert db.counts()["articles"] == 1


def test_read_only_open_of_an_empty_database_is_refused(store_target):
    with pytest.raises(StoreError, match="not a Dyad event store|cannot open"):
        open_store(store_target, read_only=True)


def test_unknown_migration_is_refused(store_target):
    with open_store(store_target) as db:
        with db.transaction() as run:
            run("INSERT INTO schema_migrations VALUES ('9999_future', NULL)")
    with pytest.raises(StoreError, match="9999_future"):
        open_store(store_target)


def test_other_database_is_refused(store_target):
    raw_execute(store_target, "CREATE TABLE articles (x INTEGER)")
    with pytest.raises(StoreError, match="not a Dyad event store"):
        open_store(store_target)


def test_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"not a database\n")
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(path)
    assert path.read_bytes() == b"not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_missing_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="missing"):
        open_store(tmp_path / "missing" / "events.duckdb")


def test_an_old_store_is_migrated_and_backfilled(tmp_path):
    """A store written before 0002_analysis gains its tables, filled from events."""
    import dataclasses

    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    con.execute(MIGRATIONS[0].render("duckdb"))
    con.execute("INSERT INTO schema_migrations VALUES ('0001_initial', NULL)")
    event = dataclasses.replace(make_event("d1", 0, date=None), confidence=0.8)
    con.execute("INSERT INTO articles (doc_id, date, text, content_hash, coded_at) "
                "VALUES ('d1', DATE '2023-07-09', 'x', 'h', now())")
    con.execute("INSERT INTO events (event_id, doc_id, source_code, source_country, target_code, "
                "reporter_code, location_name, record) VALUES (?, 'd1', 'IRNMIL', 'IRN', 'IRQ', "
                "'USAMED', 'Basra', ?)", [event.event_id, event.to_json()])
    con.close()
    with open_store(path) as db:
        row = db.query("SELECT day, month, year FROM events")[0]
        assert row == {"day": date(2023, 7, 9), "month": date(2023, 7, 1), "year": 2023}
        assert db.counts()["actors"] == 3
        assert db.query("SELECT geonameid, precision, admin1 FROM locations") == [
            {"geonameid": 99, "precision": "city", "admin1": "Basra Governorate"}]
        assert db.query("SELECT confidence FROM events") == [{"confidence": 0.8}]
