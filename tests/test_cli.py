"""The `dyad code` contract: inputs, output formats, the store, and errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, seed
from dyad.cli import main
from dyad.store import open_store

EXAMPLES = REPO / "examples" / "articles"
REQUIRED = {"event_id", "doc_id", "sentence_index", "sentence", "date", "source", "target", "cameo",
            "cameo_name", "root", "quad_class", "goldstein", "plover", "negated", "explanation"}


@pytest.fixture(scope="module")
def runner(resources):  # resources: load the model once for the module
    return CliRunner()


def run(runner, *args, input=None):
    result = runner.invoke(main, list(map(str, args)), input=input, catch_exceptions=False)
    return result


def test_code_examples_to_jsonl(runner):
    result = run(runner, "code", EXAMPLES)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(events) >= 5
    for e in events:
        assert REQUIRED <= set(e)
        assert set(e["source"]) >= {"code", "country", "sectors", "text"}
        assert set(e["explanation"]) >= {"trigger", "rule", "source_span", "target_span"}
    docs = {e["doc_id"] for e in events}
    assert {"iran_kazakhstan_talks", "example-moscow-visit"} <= docs
    assert "articles" in result.stderr and "events" in result.stderr


def test_code_writes_csv_and_tsv(runner, tmp_path):
    for fmt, delim in (("csv", ","), ("tsv", "\t")):
        out = tmp_path / f"events.{fmt}"
        assert run(runner, "code", EXAMPLES, "--format", fmt, "--out", out).exit_code == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")), delimiter=delim))
        assert rows and {"event_id", "source_code", "target_code", "cameo"} <= set(rows[0])


def test_db_rerun_adds_nothing(runner, tmp_path):
    db = tmp_path / "events.duckdb"
    assert run(runner, "code", EXAMPLES, "--db", db, "--out", tmp_path / "a.jsonl").exit_code == 0
    with open_store(db) as store:
        first = store.counts()
    assert first["articles"] == 3 and first["events"] > 0
    result = run(runner, "code", EXAMPLES, "--db", db, "--out", tmp_path / "b.jsonl")
    assert "0 articles stored" in result.stderr
    with open_store(db) as store:
        assert store.counts() == first
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()


def test_stdin_plain_text_with_date(runner):
    text = "Iranian President Masoud Pezeshkian met with Russian President Vladimir Putin in Moscow on Monday."
    result = run(runner, "code", "-", "--date", "2024-10-14", input=text)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert any(e["source"]["code"] == "IRNGOV" and e["target"]["code"] == "RUSGOV" and e["cameo"].startswith("04")
               for e in events), result.stdout
    assert all(e["doc_id"] == "stdin" and e["date"] == "2024-10-14" for e in events)


def test_no_discards_codes_what_the_discard_list_skips(runner):
    # held-out seed 2055: a volleyball result with "is to meet India" was a meeting
    text = "Iran beat Kazakhstan 3-0 (25-8, 25-7, 25-7) and met India in Pool A on Wednesday."
    skipped = run(runner, "code", "-", "--date", "2023-07-05", input=text)
    assert skipped.exit_code == 0 and not skipped.stdout.strip()
    coded = run(runner, "code", "-", "--date", "2023-07-05", "--no-discards", input=text)
    events = [json.loads(line) for line in coded.stdout.splitlines() if line.strip()]
    assert any(e["target"]["code"] == "IND" for e in events), coded.stdout


def test_seed_txt_doc_id_is_file_stem(runner):
    path = seed("003")
    events = [json.loads(x) for x in run(runner, "code", path).stdout.splitlines() if x.strip()]
    assert events and {e["doc_id"] for e in events} == {path.stem}


def test_malformed_jsonl_line_is_rejected_not_the_file(runner, tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = {"id": "ok", "text": "Iran praised Russia for its support."}
    other = {"id": "ok2", "text": "Russia criticized Ukraine for the attack."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(other) + "\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = run(runner, "code", path, "--db", db)
    assert result.exit_code == 0
    assert f"{path}:2" in result.stderr
    with open_store(db) as store:
        assert store.counts()["articles"] == 2 and store.counts()["rejected"] == 1


def test_missing_input_names_the_path(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = run(runner, "code", missing)
    assert result.exit_code != 0
    assert str(missing) in result.output


def test_bad_date_is_refused(runner):
    result = run(runner, "code", EXAMPLES, "--date", "16/01/2019")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_not_a_database_is_refused_and_left_alone(runner, tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n", encoding="utf-8")
    result = run(runner, "code", EXAMPLES, "--db", db)
    assert result.exit_code != 0 and str(db) in result.output
    assert db.read_text(encoding="utf-8") == "my notes\n"


def test_table_output_is_readable(runner):
    result = run(runner, "code", EXAMPLES, "--table")
    assert result.exit_code == 0
    assert "source" in result.stdout.splitlines()[0] and "Consult" in result.stdout


def test_duplicate_articles_are_coded_once_and_reported(runner, tmp_path):
    path = tmp_path / "dups.jsonl"
    text = "Iran praised Russia for its support during the talks in Moscow on Monday."
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": text, "source": f"outlet{i}"}) + "\n"
                            for i in range(3)), encoding="utf-8")
    result = run(runner, "code", path)
    docs = {json.loads(x)["doc_id"] for x in result.stdout.splitlines() if x.strip()}
    assert docs == {"a0"}
    assert "duplicate" in result.stderr
