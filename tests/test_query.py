"""Queries over the event store, on DuckDB and PostgreSQL (the corpus: CORPUS)."""

from datetime import date

import pytest

from dyad.ontology import load_ontology
from dyad.query import (
    EVENT_COLUMNS, EventFilter, QueryError, actors, count_events, dyad_series, events, network,
    parse_period,
)
from test_store_backends import (  # noqa: F401  (fixtures)
    corpus_store, corpus_target, pg_server, pg_url, store, store_target,
)


def ids(rows):
    return sorted(f"{r['doc_id']}.{r['sentence_index']}" for r in rows)


def goldstein(code):
    return load_ontology().cameo(code).goldstein


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), 10),
    (EventFilter(actor="IRN"), 10),
    (EventFilter(actor="irngov"), 4),
    (EventFilter(source="RUS"), 1),
    (EventFilter(target="IRN"), 2),
    (EventFilter(country="SYR"), 1),
    (EventFilter(sector="MIL"), 1),
    (EventFilter(code="04"), 6),
    (EventFilter(code="042"), 3),
    (EventFilter(root="6"), 2),
    (EventFilter(plover="consult"), 6),
    (EventFilter(quad_class=4), 1),
    (EventFilter(since="2018-06"), 2),
    (EventFilter(until="2018-05-04"), 4),
    (EventFilter(since="2018", until="2018"), 8),
    (EventFilter(place="caspian"), 1),
    (EventFilter(place="rus"), 4),  # the country code of Moscow
    (EventFilter(text="50%"), 1),  # % is a character, not a wildcard
    (EventFilter(text="_"), 0),
    (EventFilter(actor="IRN", code="04", since="2018-05-04"), 3),
    (EventFilter(min_confidence=0.5), 6),  # each article's first event (0.9; the others 0.4)
    (EventFilter(min_confidence="0.4"), 10),
    (EventFilter(min_confidence=0.95), 0),
])
def test_filters(corpus_store, flt, expected):
    assert count_events(corpus_store, flt) == expected
    assert len(events(corpus_store, flt)) == expected


def test_events_rows_are_ordered_in_time_undated_last(corpus_store):
    rows = events(corpus_store)
    assert tuple(rows[0]) == EVENT_COLUMNS
    days = [r["day"] for r in rows]
    assert days[:8] == sorted(days[:8]) and days[8:] == [None, None]
    assert events(corpus_store, limit=3) == rows[:3]


@pytest.mark.parametrize("flt, message", [
    (EventFilter(code="999"), "not a CAMEO 1.1b3 event code"),
    (EventFilter(root="21"), "not a CAMEO root"),
    (EventFilter(plover="HUG"), "not a PLOVER event type; use one of ACCUSE"),
    (EventFilter(quad_class=5), "QuadClass 5"),
    (EventFilter(since="2018-13"), "not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
    (EventFilter(until="May 2018"), "not a date"),
    (EventFilter(actor="IRAN"), "not an actor code"),
    (EventFilter(country="IR"), "not a 3-letter code"),
    (EventFilter(min_confidence="high"), "not a number from 0 to 1"),
    (EventFilter(min_confidence=1.5), "not a number from 0 to 1"),
])
def test_bad_arguments_are_query_errors(corpus_store, flt, message):
    with pytest.raises(QueryError, match=message):
        events(corpus_store, flt)


def test_parse_period():
    assert parse_period("2018") == (date(2018, 1, 1), date(2018, 12, 31))
    assert parse_period("2016-02") == (date(2016, 2, 1), date(2016, 2, 29))
    assert parse_period("2018-12") == (date(2018, 12, 1), date(2018, 12, 31))
    assert parse_period("2018-05-03") == (date(2018, 5, 3),) * 2
    with pytest.raises(QueryError):
        parse_period("2018-02-30")


def test_dyad_by_month_counts_both_directions_and_reports_undated(corpus_store):
    series = dyad_series(corpus_store, "IRN", "RUS", by="month")
    assert series.undated == 2
    may, back, june = series.rows
    assert (may["period"], may["direction"], may["events"]) == (date(2018, 5, 1), "IRN>RUS", 4)
    assert (may["q1"], may["q2"], may["q3"], may["q4"]) == (4, 0, 0, 0)
    assert may["goldstein_sum"] == pytest.approx(3 * goldstein("042") + goldstein("043"))
    assert may["goldstein_mean"] == pytest.approx(may["goldstein_sum"] / 4)
    assert (back["direction"], back["events"], back["q2"]) == ("RUS>IRN", 1, 1)
    assert (june["period"], june["events"], june["q3"]) == (date(2018, 6, 1), 1, 1)
    assert series.total == 6


def test_dyad_by_day_week_and_year(corpus_store):
    by_day = dyad_series(corpus_store, "IRN", "RUS", by="day")
    assert [r["period"] for r in by_day.rows if r["direction"] == "IRN>RUS"] == [
        date(2018, 5, 3), date(2018, 5, 4), date(2018, 5, 5), date(2018, 5, 20), date(2018, 6, 20)]
    by_week = dyad_series(corpus_store, "RUS", "IRN", by="week")
    assert by_week.rows[0]["period"] == date(2018, 4, 30)  # a Monday
    assert by_week.rows[0]["direction"] == "IRN>RUS" and by_week.rows[0]["events"] == 3
    by_year = dyad_series(corpus_store, "IRN", "RUS", by="year")
    assert [(r["direction"], r["events"]) for r in by_year.rows] == [("IRN>RUS", 5), ("RUS>IRN", 1)]


def test_dyad_with_a_filter_and_bad_arguments(corpus_store):
    conflict = dyad_series(corpus_store, "IRN", "RUS", flt=EventFilter(quad_class=3))
    assert [r["events"] for r in conflict.rows] == [1] and conflict.undated == 0
    with pytest.raises(QueryError, match="cannot group by 'fortnight'"):
        dyad_series(corpus_store, "IRN", "RUS", by="fortnight")
    with pytest.raises(QueryError, match="actor B"):
        dyad_series(corpus_store, "IRN", "Iran")


def test_most_active_actors(corpus_store):
    rows = actors(corpus_store, level="country", top=2)
    assert rows[0] == {"actor": "IRN", "events": 10, "as_source": 8, "as_target": 2,
                       "goldstein_mean": pytest.approx(rows[0]["goldstein_mean"])}
    assert rows[1]["actor"] == "RUS" and rows[1]["events"] == 8
    by_code = actors(corpus_store, top=1)
    assert by_code[0]["actor"] == "IRN" and by_code[0]["events"] == 5


def test_partners_in_military_cooperation(corpus_store):
    rows = actors(corpus_store, EventFilter(code="062"), partner_of="IRN", level="country")
    assert [(r["actor"], r["from_actor"], r["to_actor"]) for r in rows] == [
        ("RUS", 0, 1), ("SYR", 1, 0)]
    assert rows[0]["goldstein_mean"] == pytest.approx(goldstein("062"))


def test_partners_exclude_the_actors_own_codes(corpus_store):
    rows = actors(corpus_store, partner_of="RUS")
    assert "RUSGOV" not in {r["actor"] for r in rows}
    assert {r["actor"] for r in rows} == {"IRN", "IRNGOV", "IRNMIL"}


def test_network_edges_and_nodes(corpus_store):
    net = network(corpus_store, level="country")
    edges = {(e["source"], e["target"]): e["weight"] for e in net.edges}
    assert edges == {("IRN", "RUS"): 7, ("RUS", "IRN"): 1, ("IRN", "SYR"): 1, ("USA", "IRN"): 1}
    assert net.nodes[0] == {"id": "IRN", "events": 10, "as_source": 8, "as_target": 2}
    assert network(corpus_store, min_weight=2).edges[0]["weight"] == 7
    top = network(corpus_store, top=2)
    assert {n["id"] for n in top.nodes} == {"IRN", "RUS"} and len(top.edges) == 2
    data = net.to_dict()
    assert data["directed"] and len(data["links"]) == 4 and data["graph"]["level"] == "country"


def test_queries_on_an_empty_store(store):
    assert events(store) == [] and actors(store) == []
    series = dyad_series(store, "IRN", "RUS")
    assert series.rows == [] and series.undated == 0
    assert network(store).edges == []


# -- the commands -----------------------------------------------------------------


def invoke(*args):
    import click
    from click.testing import CliRunner

    from dyad.commands import analysis

    group = click.Group("dyad", commands=[
        analysis.events_cmd, analysis.dyad_cmd, analysis.actors_cmd, analysis.network_cmd,
        analysis.export_cmd, analysis.dedup_cmd])
    return CliRunner().invoke(group, [str(a) for a in args], catch_exceptions=False)


def test_events_command(corpus_target):
    result = invoke("events", "--db", corpus_target, "--code", "062", "--format", "json")
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.stdout)
    assert [r["target_code"] for r in rows] == ["IRNMIL", "SYR"]
    table = invoke("events", "--db", corpus_target, "--place", "Caspian").stdout
    assert "Caspian Sea" in table and "IRN" in table.splitlines()[2]


def test_bad_arguments_are_clear_errors(corpus_target):
    result = invoke("events", "--db", corpus_target, "--since", "2018-13")
    assert result.exit_code == 1 and "not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    result = invoke("dyad", "IRN", "RUSSIA", "--db", corpus_target)
    assert "no stored actor code starts with RUSSIA" in result.stderr


def test_dyad_command_with_plot(corpus_target, tmp_path):
    png = tmp_path / "dyad.png"
    result = invoke("dyad", "IRN", "RUS", "--db", corpus_target, "--by", "month", "--plot", png)
    assert result.exit_code == 0, result.output
    assert "2018-05-01  IRN>RUS" in result.stdout
    assert "2 undated events left out" in result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = invoke("dyad", "IRN", "RUS", "--db", corpus_target, "--plot", tmp_path / "x.gif")
    assert bad.exit_code == 1 and ".png or .svg" in bad.stderr


def test_actors_command(corpus_target):
    result = invoke("actors", "--db", corpus_target, "--partner-of", "IRN", "--code", "062",
                    "--level", "country", "--format", "csv")
    assert result.stdout.splitlines() == [
        "actor,events,from_actor,to_actor,goldstein_mean", "RUS,1,0,1,7.4", "SYR,1,1,0,7.4"]


def test_network_command_writes_graphml_json_and_a_chart(corpus_target, tmp_path):
    import json

    for name in ("net.graphml", "net.json"):
        result = invoke("network", "--db", corpus_target, "--out", tmp_path / name,
                        "--plot", tmp_path / "net.svg")
        assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "net.json").read_text())["links"][0]["weight"] == 7
    assert b"<graphml" in (tmp_path / "net.graphml").read_bytes()
    assert "<svg" in (tmp_path / "net.svg").read_text()
    edges = invoke("network", "--db", corpus_target, "--level", "code", "--min-weight", "2")
    assert "IRNGOV  RUSGOV" in edges.stdout


def test_dedup_then_canonical_events(corpus_target):
    result = invoke("dedup", "--db", corpus_target, "--window", "2")
    assert "10 events -> 7 canonical events" in result.stdout
    listed = invoke("events", "--db", corpus_target, "--canonical", "--min-sources", "2")
    assert "Moscow" in listed.stdout and len(listed.stdout.splitlines()) == 3


def test_plots_of_nothing_say_so(tmp_path):
    from dyad.plot import plot_dyad, plot_network
    from dyad.query import DyadSeries, Network

    assert plot_dyad(DyadSeries("IRN", "RUS", "month", [], undated=5), tmp_path / "d.svg").exists()
    assert "5 undated events shown apart" in (tmp_path / "d.svg").read_text()
    assert plot_network(Network("country", [], []), tmp_path / "n.png").exists()
    with pytest.raises(QueryError, match=".png or .svg"):
        plot_dyad(DyadSeries("IRN", "RUS", "month"), tmp_path / "d.pdf")


def test_format_rows_aligns_numbers_right_and_shows_missing_values():
    from dyad.output import format_rows

    rows = [{"actor": "IRN", "events": 12, "mean": 1.234, "first": None},
            {"actor": "RUSGOV", "events": 3, "mean": None, "first": None}]
    lines = format_rows(rows, ["actor", "events", "mean", "first"]).splitlines()
    assert lines[0].split() == ["actor", "events", "mean", "first"]
    assert lines[2] == "IRN         12  1.23  -"
    assert lines[3] == "RUSGOV       3     -  -"
    assert format_rows([], ["a"]).splitlines()[-1] == "(no rows)"
