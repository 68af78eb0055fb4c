"""Store fixtures shared by the store, query, export and dedup tests, and the
tests of how ``open_store`` picks its backend.

Every test that takes the ``store`` (or ``store_target``) fixture runs twice:
on a DuckDB file and on a PostgreSQL database. The PostgreSQL server is the one
named by $DYAD_TEST_PG, else the throwaway one scripts/postgres.sh installs and
starts. When no server can be had the PostgreSQL runs are skipped, with the
reason, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest

from dyad.errors import StoreError
from dyad.store import is_postgres_url, open_store
from dyad.types import Actor, Article, CodedArticle, Event, Explanation, Location, Removed, event_id

REPO = Path(__file__).resolve().parents[1]
PG_ENV = "DYAD_TEST_PG"
BACKENDS = ("duckdb", "postgres")


# -- the PostgreSQL server --------------------------------------------------------


def _no_server(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


def _start_server() -> str:
    script = REPO / "scripts" / "postgres.sh"
    try:
        done = subprocess.run([str(script)], capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _no_server(f"{script} failed to run: {exc}")
    if done.returncode != 0:
        _no_server(f"{script} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def pg_server() -> str:
    """URL of a PostgreSQL database the tests may create schemas in."""
    url = os.environ.get(PG_ENV) or _start_server()
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=10) as con:
            con.execute("SELECT 1")
    except Exception as exc:  # any failure to connect means: no server
        _no_server(f"cannot connect to {url}: {exc}")
    return url


@pytest.fixture
def pg_url(pg_server):
    """A URL whose tables live in a fresh schema of their own, dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in pg_server else "?"
    yield f"{pg_server}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f"DROP SCHEMA {schema} CASCADE")


# -- a store on each backend ------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def store_target(request, tmp_path) -> str:
    """Where a new store goes: a DuckDB path, then a PostgreSQL URL."""
    if request.param == "postgres":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "events.duckdb")


@pytest.fixture
def store(store_target):
    with open_store(store_target) as opened:
        yield opened


def raw_execute(target: str, sql: str) -> None:
    """Run SQL on a store's database behind Dyad's back."""
    if is_postgres_url(target):
        import psycopg

        with psycopg.connect(target, autocommit=True) as con:
            con.execute(sql)
    else:
        import duckdb

        con = duckdb.connect(target)
        con.execute(sql)
        con.close()


# -- records ----------------------------------------------------------------------


def make_event(doc_id, index, *, cameo="190", source="IRNMIL", target="IRQ", date="2024-03",
               location=("Basra", "IRQ", 30.5, 47.8)):
    src = Actor(source, source[:3], tuple(_sectors(source)), source)
    tgt = Actor(target, target[:3], tuple(_sectors(target)), target) if target else None
    return Event(
        event_id=event_id(doc_id, index, src.code, target, cameo),
        doc_id=doc_id, sentence_index=index, sentence=f"{source} acted on {target}.",
        date=date, date_precision={10: "day", 7: "month", 4: "year"}.get(len(date or "")),
        source=src, target=tgt,
        cameo=cameo, cameo_name="Use conventional military force", root=cameo[:2],
        quad_class=4 if cameo[:2] >= "14" else 1, goldstein=-10.0 if cameo[:2] >= "14" else 1.0,
        plover="ASSAULT" if cameo[:2] >= "14" else "CONSULT", negated=False, mode="asserted",
        explanation=Explanation("attacked", "190.attack", (0, 3), (4, 5)),
        location=Location(*location, geonameid=99, precision="city", admin1="Basra Governorate",
                          feature_class="P") if location else None,
        reporter=Actor("USAMED", "USA", ("MED",), "Reuters"),
    )


def _sectors(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(3, len(code), 3)]


def make_coded(doc_id="d1", text="Iran's army attacked Iraq.  Talks followed.", n_events=2,
               *, published=date(2024, 3, 1), source="Example News", events=None):
    article = Article(doc_id, text, title="Strike", date=published,
                      source=source, origin="in.jsonl:1",
                      removed=(Removed("Read more", "teaser-headline"),))
    if events is None:
        events = tuple(make_event(doc_id, i) for i in range(n_events))
    return CodedArticle(article, sentences=2, events=tuple(events),
                        dropped=(Removed("(c) 2024", "licence-footer"),))


# -- open_store picks the backend -------------------------------------------------


def test_urls_name_postgres_and_paths_duckdb():
    assert is_postgres_url("postgresql://u@h/db") and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("events.duckdb") and not is_postgres_url(Path("x"))


def test_each_backend_opens_with_its_dialect(store, store_target):
    assert store.dialect == ("postgres" if is_postgres_url(store_target) else "duckdb")
    assert store.counts()["articles"] == 0


def test_unreachable_server_is_a_store_error_without_the_password():
    url = "postgresql://dyad:secret@127.0.0.1:1/nowhere"
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert "127.0.0.1:1/nowhere" in str(info.value) and "secret" not in str(info.value)


def test_no_server_fails_in_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI"):
        _no_server("testing")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL server"):
        _no_server("testing")


# -- a small corpus for the analysis tests ----------------------------------------

# (doc_id, published, outlet, [(source, target, cameo, event date, place, sentence)])
CORPUS = [
    ("a1", date(2018, 5, 3), "Outlet A", [
        ("IRNGOV", "RUSGOV", "042", "2018-05-03", "Moscow", "Iran's minister visited Moscow."),
        ("RUSMIL", "IRNMIL", "062", "2018-05-03", None, "Russian and Iranian forces drilled.")]),
    ("a2", date(2018, 5, 4), "Outlet B", [
        ("IRNGOV", "RUSGOV", "042", "2018-05-04", "Moscow", "The Iranian minister is in Moscow."),
        ("IRN", "SYR", "062", "2018-05-04", None, "Iran helps Syria's army.")]),
    ("a3", date(2018, 6, 20), "Outlet A", [
        ("IRN", "RUS", "111", "2018-06-20", "Caspian Sea", "Iran criticised Russia over 50% of the Caspian."),
        ("USA", "IRN", "163", "2018-06-20", None, "Washington imposed an embargo on Iran.")]),
    ("a4", None, "Tehran Times", [
        ("IRN", "RUS", "040", None, None, "Iran and Russia held talks."),
        ("IRN", "RUS", "040", None, None, "The talks between Iran and Russia went on.")]),
    ("a5", date(2018, 5, 20), "Outlet C", [
        ("IRNGOV", "RUSGOV", "042", "2018-05-20", "Moscow", "Iran's minister returned to Moscow.")]),
    ("a6", date(2018, 5, 5), "Outlet A", [
        ("IRNGOV", "RUSGOV", "043", "2018-05-05", "Moscow", "Moscow hosted Iran's minister.")]),
]


def corpus_event(doc_id, index, source, target, cameo, when, place, sentence):
    from dyad.ontology import load_ontology

    ontology = load_ontology()
    info, plover = ontology.cameo(cameo), ontology.plover(cameo)
    location = Location(place, "RUS" if place == "Moscow" else None, 55.75, 37.6) if place else None
    return Event(
        event_id=event_id(doc_id, index, source, target, cameo), doc_id=doc_id,
        sentence_index=index, sentence=sentence, date=when,
        date_precision="day" if when else None,
        source=Actor(source, source[:3], tuple(_sectors(source)), source),
        target=Actor(target, target[:3], tuple(_sectors(target)), target),
        cameo=cameo, cameo_name=info.name, root=info.root, quad_class=info.quad_class,
        goldstein=info.goldstein, plover=plover.type if plover else None, negated=False,
        mode="asserted", explanation=Explanation("x", "rule", None, None), location=location,
        confidence=0.9 if index == 0 else 0.4,
    )


def corpus() -> list[CodedArticle]:
    coded = []
    for doc_id, published, outlet, specs in CORPUS:
        events = [corpus_event(doc_id, i, *spec) for i, spec in enumerate(specs)]
        article = Article(doc_id, f"Text of {doc_id}.", date=published, source=outlet)
        coded.append(CodedArticle(article, len(specs), tuple(events)))
    return coded


@pytest.fixture
def corpus_store(store):
    """The store, holding ``CORPUS``."""
    store.add_many(corpus())
    return store


@pytest.fixture
def corpus_target(store_target):
    """Where a store holding ``CORPUS`` is, closed (for commands that open it themselves)."""
    with open_store(store_target) as opened:
        opened.add_many(corpus())
    return store_target
