"""A `dyad code --db` run killed with SIGKILL and restarted ends with exactly
the database an uninterrupted run produces (timestamps aside), and re-running
a finished corpus adds nothing."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import shared_path
from dyad.store import is_postgres_url, open_store
from test_store_backends import (  # noqa: F401  (fixtures)
    BACKENDS, REPO, pg_server, pg_url,
)

pytestmark = pytest.mark.slow  # runs the model, several times
N_ARTICLES = 30
TABLES = ("articles", "events", "actors", "locations", "removed", "rejected")
TIMESTAMPS = {"coded_at", "seen_at"}


@pytest.fixture(scope="module")
def code_snapshot(tmp_path_factory) -> Path:
    """A frozen copy of the package, so every run in a test codes with the same
    code and data even while the working tree is being edited."""
    import shutil

    root = tmp_path_factory.mktemp("snapshot")
    source = REPO / "src" / "dyad"
    shutil.copytree(source, root / "dyad", ignore=shutil.ignore_patterns("__pycache__", "models"))
    (root / "dyad" / "models").symlink_to(source / "models")
    return root


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """30 Tehran Times articles about Russia, and one line that cannot be read."""
    source = shared_path("corpora", "tehran_times.jsonl.gz")
    picked = []
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            if "Russia" in line:
                picked.append(line.rstrip("\n"))
                if len(picked) == N_ARTICLES:
                    break
    directory = tmp_path_factory.mktemp("resume_corpus")
    (directory / "articles.jsonl").write_text("\n".join(picked[:15] + ["{not json"] + picked[15:])
                                              + "\n", encoding="utf-8")
    return directory


def _target(backend: str, request, tmp_path: Path, name: str) -> str:
    if backend == "postgres":
        _cli_takes_urls()
        return request.getfixturevalue("pg_url") if name == "a" else _second_pg_url(request)
    return str(tmp_path / f"{name}.duckdb")


def _second_pg_url(request) -> str:
    # pg_url is one schema per test; the killed run needs a second, fresh one.
    import uuid

    import psycopg

    server = request.getfixturevalue("pg_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")

    request.addfinalizer(drop)
    sep = "&" if "?" in server else "?"
    return f"{server}{sep}options=-csearch_path%3D{schema}"


def _cli_takes_urls() -> None:
    import click

    from dyad.cli import code_cmd

    db = next(p for p in code_cmd.params if p.name == "db")
    if isinstance(db.type, click.Path):
        pytest.skip("`dyad code --db` is a click.Path, which mangles postgresql:// URLs")


def _command(corpus: Path, db: str, *, to_devnull: bool = True) -> list[str]:
    command = [sys.executable, "-m", "dyad", "code", str(corpus), "--db", db]
    if _cli_has("resume"):
        command.append("--resume")  # skip what is stored instead of re-coding it
    return command + (["--out", os.devnull] if to_devnull else [])


def _cli_has(option: str) -> bool:
    from dyad.cli import code_cmd

    return any(p.name == option for p in code_cmd.params)


def _env(code: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code), "PYTHONUNBUFFERED": "1"}


def _run_to_end(code: Path, corpus: Path, db: str) -> str:
    done = subprocess.run(_command(corpus, db), env=_env(code), capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr
    return done.stderr


def _run_and_kill(code: Path, corpus: Path, db: str, after_docs: int) -> None:
    """Start a run and SIGKILL it once it has written events of ``after_docs`` articles.

    Events reach stdout just before their article is stored, so the kill lands
    anywhere in storing: before, inside or after a transaction.
    """
    command = _command(corpus, db, to_devnull=False)  # events to stdout, unbuffered
    proc = subprocess.Popen(command, env=_env(code), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    seen: set[str] = set()
    deadline = time.monotonic() + 600
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.add(json.loads(line)["doc_id"])
        if len(seen) >= after_docs or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def _tables(db: str) -> dict[str, list[tuple]]:
    with open_store(db, read_only=not is_postgres_url(db)) as store:
        out = {}
        for table in TABLES:
            rows = store.query(f"SELECT * FROM {table}")
            kept = [tuple(_plain(v) for k, v in sorted(r.items()) if k not in TIMESTAMPS)
                    for r in rows]
            out[table] = sorted(kept, key=repr)
        return out


def _plain(value):
    # JSON columns: text in DuckDB, objects in PostgreSQL; compare them decoded.
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return value


def _stored_articles(db: str) -> int:
    with open_store(db, read_only=not is_postgres_url(db)) as store:
        return store.counts()["articles"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_killed_runs_resume_to_the_uninterrupted_result(
    backend, code_snapshot, corpus_dir, request, tmp_path
):
    whole = _target(backend, request, tmp_path, "a")
    killed = _target(backend, request, tmp_path, "b")
    _run_to_end(code_snapshot, corpus_dir, whole)
    expected = _tables(whole)
    assert len(expected["articles"]) == N_ARTICLES and expected["events"]
    assert len(expected["rejected"]) == 1

    _run_and_kill(code_snapshot, corpus_dir, killed, after_docs=2)
    first = _stored_articles(killed)
    # With --resume the restart skips stored articles, so this kill comes later.
    _run_and_kill(code_snapshot, corpus_dir, killed, after_docs=12)
    second = _stored_articles(killed)
    # (A CLI that stores articles in batches may have committed none at the first kill.)
    assert first <= second and 0 < second < N_ARTICLES, (first, second)
    _run_to_end(code_snapshot, corpus_dir, killed)
    assert _tables(killed) == expected

    # A finished corpus re-run stores nothing new.
    log = _run_to_end(code_snapshot, corpus_dir, killed)
    assert "0 articles stored" in log
    assert _tables(killed) == expected
