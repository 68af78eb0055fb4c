import json
from dataclasses import replace
from datetime import date

import duckdb
import pytest

from dyad import store as store_module
from dyad.errors import StoreError
from dyad.output import FLAT_COLUMNS
from dyad.store import MIGRATIONS, content_hash, open_store
from dyad.types import (
    Actor, Article, CodedArticle, Event, Explanation, Location, Removed, event_id,
)


def make_event(doc_id, index, *, cameo="190", target="IRQ"):
    source = Actor("IRNMIL", "IRN", ("MIL",), "Iran's army")
    tgt = Actor(target, target, (), target) if target else None
    return Event(
        event_id=event_id(doc_id, index, source.code, target, cameo),
        doc_id=doc_id, sentence_index=index, sentence="Iran's army attacked Iraq.",
        date="2024-03", date_precision="month", source=source, target=tgt,
        cameo=cameo, cameo_name="Use conventional military force", root=cameo[:2],
        quad_class=4, goldstein=-10.0, plover="ASSAULT", negated=False, mode="asserted",
        explanation=Explanation("attacked", "190.attack", (0, 3), (4, 5)),
        location=Location("Basra", "IRQ", 30.5, 47.8),
        reporter=Actor("USAMED", "USA", ("MED",), "Reuters"),
    )


def make_coded(doc_id="d1", text="Iran's army attacked Iraq.  Talks followed.", n_events=2):
    article = Article(doc_id, text, title="Strike", date=date(2024, 3, 1),
                      source="Example News", origin="in.jsonl:1",
                      removed=(Removed("Read more", "teaser-headline"),))
    events = tuple(make_event(doc_id, i) for i in range(n_events))
    return CodedArticle(article, sentences=2, events=events,
                        dropped=(Removed("(c) 2024", "licence-footer"),))


@pytest.fixture
def db(tmp_path):
    with open_store(tmp_path / "events.duckdb") as store:
        yield store


def test_add_writes_article_events_and_debris(db):
    assert db.add(make_coded()) is True
    assert db.counts() == {"articles": 1, "events": 2, "removed": 2, "rejected": 0}
    article = db.query("SELECT * FROM articles")[0]
    assert article["date"] == date(2024, 3, 1) and article["n_sentences"] == 2
    assert article["content_hash"] == content_hash(make_coded().article.text)
    removed = db.query("SELECT position, reason FROM removed ORDER BY position")
    assert removed == [{"position": 0, "reason": "teaser-headline"},
                       {"position": 1, "reason": "licence-footer"}]


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
    assert db.counts() == {"articles": 1, "events": 1, "removed": 2, "rejected": 0}
    assert db.has_article("d1", content_hash("A corrected story."))
    assert not db.has_article("d1", content_hash(make_coded().article.text))


def test_failed_write_rolls_back_everything(db, monkeypatch):
    db.add(make_coded("d1"))
    before = db.counts()

    def fail(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_events", fail)
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
    seen = []
    original = store_module._insert_events

    def peek(con, events, types):
        original(con, events, types)
        seen.append(db.counts())

    monkeypatch.setattr(store_module, "_insert_events", peek)
    db.add(make_coded("d2"))
    assert seen == [{"articles": 1, "events": 2, "removed": 2, "rejected": 0}]
    assert db.counts()["articles"] == 2


def test_add_many_counts_new_and_replaced_only(db):
    db.add(make_coded("d1"))
    db.add(make_coded("d2"))
    batch = [make_coded("d1"), make_coded("d2", text="Changed."), make_coded("d3"),
             make_coded("d4", text="First copy."), make_coded("d4", text="Second copy.")]
    assert db.add_many(batch, batch_size=3) == 3
    assert db.counts() == {"articles": 4, "events": 8, "removed": 8, "rejected": 0}
    assert db.has_article("d4", content_hash("Second copy."))
    assert db.add_many(batch) == 0


def test_add_many_rolls_back_only_the_failing_batch(db, monkeypatch):
    calls = []

    def fail_second_batch(con, rows, types):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        original(con, rows, types)

    original = store_module._insert_removed
    monkeypatch.setattr(store_module, "_insert_removed", fail_second_batch)
    with pytest.raises(RuntimeError):
        db.add_many([make_coded(f"d{i}") for i in range(4)], batch_size=2)
    assert db.counts() == {"articles": 2, "events": 4, "removed": 4, "rejected": 0}


def test_duckdb_errors_become_store_errors_naming_the_file(db):
    with pytest.raises(StoreError, match="events.duckdb"):
        db.query("SELECT * FROM no_such_table")


def test_duplicate_event_ids_in_one_article_are_stored_once(db):
    coded = make_coded(n_events=1)
    coded = replace(coded, events=coded.events * 2)
    db.add(coded)
    assert db.counts()["events"] == 1


def test_event_record_round_trips(db):
    coded = make_coded(n_events=1)
    db.add(coded)
    row = db.events()[0]
    event = coded.events[0]
    assert row["record"] == event.to_dict()
    assert row["explanation"] == event.explanation.to_dict()
    assert row["source_sectors"] == ["MIL"] and row["negated"] is False
    assert (row["reporter_code"], row["location_name"], row["lat"]) == ("USAMED", "Basra", 30.5)
    raw = db.query("SELECT record FROM events")[0]["record"]
    assert json.loads(raw) == event.to_dict()


def test_event_without_target_or_location(db):
    event = replace(make_event("d1", 0, target=None), location=None, reporter=None)
    db.add(replace(make_coded(), events=(event,)))
    row = db.events()[0]
    assert row["target_code"] is None and row["target_sectors"] is None
    assert row["lat"] is None and row["reporter_code"] is None


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


def test_migrations_recorded_once_and_reopen_keeps_data(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(path) as store:
        store.add(make_coded())
    with open_store(path) as store:
        names = [r["name"] for r in store.query("SELECT name FROM schema_migrations")]
        assert names == [name for name, _ in MIGRATIONS]
        assert store.counts()["events"] == 2


def test_read_only_open(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(path) as store:
        store.add(make_coded())
    with open_store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_unknown_migration_is_refused(tmp_path):
    path = tmp_path / "events.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES ('9999_future', now())")
    con.close()
    with pytest.raises(StoreError, match="9999_future"):
        open_store(path)


def test_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"not a database\n")
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(path)
    assert path.read_bytes() == b"not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_other_duckdb_database_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a Dyad event store"):
        open_store(path)


def test_missing_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="missing"):
        open_store(tmp_path / "missing" / "events.duckdb")
