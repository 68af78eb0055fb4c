"""`dyad ingest`, run through click's test runner (the command is registered in dyad.cli)."""

import json

from click.testing import CliRunner

from dyad.commands.ingest import ingest_cmd
from test_fetch import server  # noqa: F401  (the fixture)
from test_ingest_feeds import serve_feed

STORY = ("TEHRAN – Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday and the two "
         "sides signed agreements on trade, electricity and pilgrims' travel, officials said.")
FRENCH = ("Le ministre iranien des Affaires étrangères a rencontré lundi son homologue irakien à Bagdad, "
          "et les deux parties ont signé des accords sur le commerce et l'électricité.")


def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "a", "text": STORY + " MH/PA", "source": "Mehr"},
            {"id": "b", "text": FRENCH},
            {"id": "c", "text": STORY.replace("Monday", "Monday,"), "source": "IRNA"},
            "{broken"]
    path.write_text("".join((json.dumps(r) if isinstance(r, dict) else r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(ingest_cmd, [str(a) for a in args], catch_exceptions=False)


def test_ingest_writes_prepared_articles_and_a_summary(tmp_path):
    path = corpus(tmp_path)
    result = run(path, "--duplicates", tmp_path / "dups.jsonl")
    assert result.exit_code == 0, result.output
    [article] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (article["doc_id"], article["text"], article["language"]) == ("a", STORY, "en")
    assert article["removed"] == [{"text": "MH/PA", "reason": "agency-initials"}]
    err = result.stderr.splitlines()
    assert f"skipped {path}:2: language 'fr'" in "\n".join(err)
    assert f"skipped {path}:3: duplicate of a (same text)" in err
    assert f"skipped {path}:4: invalid JSON: Expecting property name enclosed in double quotes: " \
           "line 1 column 2 (char 1)" in err
    assert err[-5:] == ["1 articles kept", "skipped: 1 duplicate, 1 language, 1 unreadable",
                        "debris removed: 1 agency-initials", "languages: 1 en",
                        "1 stories had copies; most copied: a (2 copies)"]
    [group] = [json.loads(line) for line in (tmp_path / "dups.jsonl").read_text().splitlines()]
    assert group == {"doc_id": "a", "copies": [
        {"doc_id": "c", "origin": f"{path}:3", "source": "IRNA", "similarity": 1.0}]}


def test_options_turn_stages_off(tmp_path):
    path = corpus(tmp_path)
    result = run(path, "--no-dedup", "--languages", "any", "--out", tmp_path / "out.jsonl")
    ids = [json.loads(line)["doc_id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert ids == ["a", "b", "c"]
    assert result.stdout == ""


def test_db_records_every_skipped_input(tmp_path):
    from dyad.store import open_store

    path = corpus(tmp_path)
    db = tmp_path / "events.duckdb"
    assert run(path, "--db", db, "--out", tmp_path / "out.jsonl").exit_code == 0
    with open_store(db, read_only=True) as store:
        rows = store.query("SELECT origin, reason FROM rejected ORDER BY origin")
    assert [r["origin"] for r in rows] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert rows[1]["reason"] == "duplicate of a (same text)"


def test_bad_column_mapping_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(ingest_cmd, [str(corpus(tmp_path)), "--columns", "body=text"])
    assert result.exit_code == 2
    assert "unknown field 'body'" in result.output


def test_a_feed_ingested_twice_adds_nothing_the_second_time(server, tmp_path):  # noqa: F811
    url = serve_feed(server)
    state = tmp_path / "feeds.json"
    first = run(url, "--feed-state", state, "--concurrency", "2")
    assert len(first.stdout.splitlines()) == 3
    second = run(url, "--feed-state", state)
    assert second.stdout == ""
    assert second.stderr.splitlines()[0] == "0 articles kept"
    assert "skipped: 3 seen" in second.stderr
    assert "skipped http" not in second.stderr  # seen items are counted, not listed
