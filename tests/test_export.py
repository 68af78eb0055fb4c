"""Exports and Python tables, on DuckDB and PostgreSQL (the corpus: CORPUS)."""

import csv
import io
import json
from datetime import date

import duckdb
import pytest

from dyad.events_dedup import build_canonical
from dyad.export import (
    EXPORT_COLUMNS, GDELT_COLUMNS, canonical_df, events_arrow, events_df, export_events,
    gdelt_types, plover_records, read_gdelt, write_graphml,
)
from dyad.query import EventFilter, QueryError, network
from dyad.types import Article, CodedArticle
from test_store_backends import (  # noqa: F401  (fixtures)
    corpus, corpus_event, corpus_store, corpus_target, pg_server, pg_url, store, store_target,
)


def test_jsonl_holds_the_event_records(corpus_store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export_events(corpus_store, out, "jsonl") == 10
    records = [json.loads(line) for line in out.read_text().splitlines()]
    expected = {e.event_id: e.to_dict() for c in corpus() for e in c.events}
    assert {r["event_id"]: r for r in records} == expected


def test_csv_has_the_flat_columns(corpus_store, tmp_path):
    out = tmp_path / "events.csv"
    assert export_events(corpus_store, out, "csv", EventFilter(sector="MIL")) == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert rows[0]["source_sectors"] == "MIL" and rows[0]["negated"] == "false"
    assert rows[0]["day"] == "2018-05-03" and rows[0]["cameo"] == "062"


def test_parquet_loads_back_with_the_right_types(corpus_store, tmp_path):
    import pandas as pd

    out = tmp_path / "events.parquet"
    assert export_events(corpus_store, out, "parquet") == 10
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()}
    assert (types["day"], types["year"], types["goldstein"]) == ("DATE", "INTEGER", "DOUBLE")
    assert (types["negated"], types["source_sectors"], types["cameo"]) == (
        "BOOLEAN", "VARCHAR[]", "VARCHAR")
    df = pd.read_parquet(out)
    assert list(df.columns) == list(EXPORT_COLUMNS) and len(df) == 10
    assert str(df["quad_class"].dtype) == "int8" and str(df["goldstein"].dtype) == "float64"
    first = df.iloc[0]
    assert first["day"] == date(2018, 5, 3) and list(first["source_sectors"]) == ["GOV"]


def test_python_tables_are_typed(corpus_store):
    table = events_arrow(corpus_store, EventFilter(code="04"))
    assert table.num_rows == 6 and str(table.schema.field("day").type) == "date32[day]"
    df = events_df(corpus_store)
    assert str(df["day"].dtype).startswith("datetime64") and str(df["quad_class"].dtype) == "Int8"
    assert df["day"].isna().sum() == 2 and df["cameo"].iloc[0] == "042"
    empty = events_df(corpus_store, EventFilter(source="USAGOV"))
    assert list(empty.columns) == list(EXPORT_COLUMNS) and len(empty) == 0


def test_gdelt_has_61_typed_columns_and_counts_reports(corpus_store, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    assert export_events(corpus_store, out, "gdelt") == 7  # canonical events, built on demand
    lines = out.read_text().splitlines()
    assert len(GDELT_COLUMNS) == 61 and all(line.count("\t") == 60 for line in lines)
    df = read_gdelt(out)
    visit = df[df["NumArticles"] == 3].iloc[0]
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == (20180503, 201805, 2018)
    assert (visit["NumMentions"], visit["NumSources"]) == (3, 2)
    assert (visit["EventCode"], visit["EventRootCode"], visit["QuadClass"]) == ("042", "04", 1)
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == (
        "IRNGOV", "IRN", "GOV")
    assert visit["ActionGeo_FullName"] == "Moscow" and visit["ActionGeo_Lat"] == 55.75
    assert str(df["GLOBALEVENTID"].dtype) == "Int64" and str(df["EventCode"].dtype) == "string"
    assert df["SQLDATE"].isna().sum() == 1  # the undated talks
    assert df["AvgTone"].isna().all()
    columns = gdelt_types("duckdb")
    loaded = duckdb.read_csv(str(out), delimiter="\t", header=False, columns=columns)
    assert loaded.columns == list(GDELT_COLUMNS)
    assert loaded.filter("NumArticles = 3").project("EventCode, SQLDATE").fetchall() == [
        ("042", 20180503)]


def test_plover_records(corpus_store):
    statement = corpus_event("s1", 0, "IRN", "RUS", "010", "2018-07-01", None, "Iran spoke.")
    corpus_store.add(CodedArticle(Article("s1", "text"), 1, (statement,)))
    records = list(plover_records(corpus_store))
    assert len(records) == 10  # CAMEO 010 has no PLOVER category
    visit = next(r for r in records if r["date"] == "2018-05-03" and r["cameo"] == "042")
    assert visit["actor"] == [{"code": "IRN", "sector": "GOV", "sector_secondary": [],
                               "entity_text": "IRNGOV", "dyad_code": "IRNGOV"}]
    assert visit["event"] == ["CONSULT"] and visit["quad_code"] == 1
    assert visit["event_loc"]["extracted_place"] == "Moscow"
    assert visit["cite_info"]["corpus"] == "Outlet A"
    assert list(visit)[:5] == ["id", "date", "actor", "recipient", "event"]


def test_canonical_df(corpus_store):
    build_canonical(corpus_store)
    df = canonical_df(corpus_store)
    assert len(df) == 7 and df["n_articles"].max() == 3


def test_graphml(corpus_store):
    import xml.etree.ElementTree as ET

    fh = io.BytesIO()
    write_graphml(network(corpus_store), fh)
    root = ET.fromstring(fh.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 4 and len(root.findall(".//g:edge", ns)) == 4
    heavy = root.find(".//g:edge[@source='IRN'][@target='RUS']", ns)
    assert heavy.find("g:data[@key='e_weight']", ns).text == "7"


def test_unknown_format_is_a_query_error(corpus_store, tmp_path):
    with pytest.raises(QueryError, match="unknown export format 'xml'"):
        export_events(corpus_store, tmp_path / "x", "xml")


def test_export_command(corpus_target, tmp_path):
    from test_query import invoke

    out = tmp_path / "iran.parquet"
    result = invoke("export", "--db", corpus_target, "--format", "parquet", "--out", out,
                    "--actor", "USA")
    assert result.exit_code == 0, result.output
    assert "1 rows written" in result.stderr
    assert duckdb.sql(f"SELECT cameo FROM read_parquet('{out}')").fetchall() == [("163",)]
    gdelt = invoke("export", "--db", corpus_target, "--format", "gdelt", "--out", tmp_path / "g.tsv")
    assert gdelt.exit_code == 0 and "7 rows written" in gdelt.stderr
