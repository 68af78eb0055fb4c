"""`dyad events | dyad | actors | network | export | dedup`: thin commands over
``dyad.query``, ``dyad.events_dedup``, ``dyad.export`` and ``dyad.plot``.

Each command opens the store named by --db (a DuckDB file or a postgresql://
URL), calls one library function and prints or writes its result. Register
them on the main group with ``main.add_command(events_cmd)`` and so on.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..errors import DyadError
from ..output import format_rows, write_rows

__all__ = ["actors_cmd", "dedup_cmd", "dyad_cmd", "events_cmd", "export_cmd", "network_cmd"]

ROW_FORMATS = ("table", "csv", "tsv", "json")


# -- shared options ---------------------------------------------------------------


def _db_option(fn: Callable) -> Callable:
    return click.option(
        "--db", required=True, metavar="FILE|URL",
        help="Event store: a DuckDB file (events.duckdb) or a postgresql:// URL.")(fn)


_FILTERS = (
    ("--actor", "Either side's actor code starts with this (IRN matches IRNGOV)."),
    ("--source", "The source actor's code starts with this."),
    ("--target", "The target actor's code starts with this."),
    ("--country", "Either side's country (ISO alpha-3, e.g. IRN)."),
    ("--sector", "Either side has this sector (GOV, MIL, ...)."),
    ("--code", "CAMEO code and its descendants (04 = the whole root, 042)."),
    ("--root", "CAMEO root, 01-20."),
    ("--plover", "PLOVER event type (CONSULT, ASSAULT, ...)."),
    ("--quad-class", "QuadClass: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."),
    ("--since", "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ("--until", "Up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ("--place", "Location name (any part) or the location's country code."),
    ("--text", "Words in the event's sentence."),
    ("--min-confidence", "Events whose confidence is at least this (0-1; events stored without one never match)."),
)


def _filter_options(fn: Callable) -> Callable:
    """Add the event filter options; the command receives them as ``flt``."""
    for flag, text in reversed(_FILTERS):
        fn = click.option(flag, default=None, help=text)(fn)

    @functools.wraps(fn)
    def wrapper(**kwargs: Any) -> Any:
        from ..query import EventFilter

        names = [flag[2:].replace("-", "_") for flag, _ in _FILTERS]
        kwargs["flt"] = EventFilter(**{n: kwargs.pop(n) for n in names})
        return fn(**kwargs)

    return wrapper


def _format_option(fn: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table",
                        show_default=True, help="How to print the rows.")(fn)


@contextmanager
def _open(db: str, *, read_only: bool = True) -> Iterator[Any]:
    """The store, with library errors turned into messages a person can act on."""
    from ..store import open_store

    try:
        with open_store(db, read_only=read_only) as store:
            yield store
    except (DyadError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc


def _print_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(list(rows), indent=2, default=str, ensure_ascii=False))
    elif fmt in ("csv", "tsv"):
        write_rows(rows, sys.stdout, columns, tsv=fmt == "tsv")
    else:
        click.echo(format_rows(rows, columns))


def _hint_unknown_actors(store: Any, codes: Sequence[str | None]) -> None:
    """Say so when an actor code matches nothing stored (a typo, or RUSSIA for RUS)."""
    for code in filter(None, codes):
        found = store.query("SELECT 1 AS x FROM actors WHERE code LIKE ? LIMIT 1",
                            [code.strip().upper() + "%"])
        if not found:
            click.echo(f"note: no stored actor code starts with {code.upper()}", err=True)


# -- events -----------------------------------------------------------------------

_EVENT_TABLE = ("day", "source_code", "cameo", "cameo_name", "target_code", "location_name",
                "sentence")
_CANONICAL_TABLE = ("first_day", "last_day", "source_code", "cameo", "target_code",
                    "location_name", "n_mentions", "n_articles", "n_sources")


@click.command("events")
@_db_option
@_filter_options
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--canonical", is_flag=True,
              help="List canonical events (built by `dyad dedup`), most reported first.")
@click.option("--min-sources", type=int, default=1, show_default=True,
              help="With --canonical: reported by at least this many outlets.")
@click.option("--min-articles", type=int, default=1, show_default=True,
              help="With --canonical: reported by at least this many articles.")
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS + ("jsonl",)), default="table",
              show_default=True, help="How to print the events.")
def events_cmd(db, flt, limit, canonical, min_sources, min_articles, fmt) -> None:
    """List the events that match the filters, earliest first."""
    from ..events_dedup import canonical_events, is_current
    from ..query import EVENT_COLUMNS, events

    with _open(db) as store:
        try:
            if canonical:
                if not is_current(store):
                    click.echo("note: canonical events are missing or out of date; "
                               f"run `dyad dedup --db {db}`", err=True)
                rows = canonical_events(store, flt, min_articles=min_articles,
                                        min_sources=min_sources, limit=limit)
            else:
                rows = events(store, flt, limit=limit)
        except DyadError as exc:
            raise click.ClickException(str(exc)) from exc
        if not rows:
            _hint_unknown_actors(store, [flt.actor, flt.source, flt.target])
    columns = list(rows[0]) if rows else list(EVENT_COLUMNS)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
    else:
        table = _CANONICAL_TABLE if canonical else _EVENT_TABLE
        _print_rows(rows, table if fmt == "table" else columns, fmt)


# -- dyad -------------------------------------------------------------------------

_SERIES_COLUMNS = ("period", "direction", "events", "q1", "q2", "q3", "q4",
                   "goldstein_sum", "goldstein_mean")


@click.command("dyad")
@click.argument("actor_a")
@click.argument("actor_b")
@_db_option
@click.option("--by", type=click.Choice(("day", "week", "month", "year")), default="month",
              show_default=True, help="Length of a period.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the series to this .png or .svg file.")
@_filter_options
@_format_option
def dyad_cmd(actor_a, actor_b, db, by, plot_path, flt, fmt) -> None:
    """Events between ACTOR_A and ACTOR_B over time, both directions: counts per
    QuadClass (q1-q4) and Goldstein sum and mean per period."""
    from ..query import dyad_series

    with _open(db) as store:
        try:
            series = dyad_series(store, actor_a, actor_b, by=by, flt=flt)
        except DyadError as exc:
            raise click.ClickException(str(exc)) from exc
        if not series.rows and not series.undated:
            _hint_unknown_actors(store, [actor_a, actor_b])
    if fmt == "json":
        click.echo(json.dumps(series.to_dict(), indent=2, default=str))
    else:
        _print_rows(series.rows, _SERIES_COLUMNS, fmt)
    click.echo(f"{series.total} events placed by {by}; {series.undated} undated events "
               "left out (they have no date to place them on the axis)", err=True)
    if plot_path:
        _draw(lambda: _plot_dyad(series, plot_path))


def _plot_dyad(series: Any, path: Path) -> Path:
    from ..plot import plot_dyad

    return plot_dyad(series, path)


def _draw(draw: Callable[[], Path]) -> None:
    try:
        path = draw()
    except (DyadError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"chart written to {path}", err=True)


# -- actors -----------------------------------------------------------------------


@click.command("actors")
@_db_option
@click.option("--partner-of", metavar="CODE",
              help="List this actor's partners instead (e.g. IRN with --code 062).")
@click.option("--level", type=click.Choice(("code", "country")), default="code",
              show_default=True, help="Count actor codes or their countries.")
@click.option("--top", type=int, default=20, show_default=True, help="How many to list.")
@_filter_options
@_format_option
def actors_cmd(db, partner_of, level, top, flt, fmt) -> None:
    """The most active actors, or (--partner-of) an actor's most frequent partners."""
    from ..query import actors

    with _open(db) as store:
        try:
            rows = actors(store, flt, partner_of=partner_of, level=level, top=top)
        except DyadError as exc:
            raise click.ClickException(str(exc)) from exc
        if not rows:
            _hint_unknown_actors(store, [partner_of, flt.actor, flt.source, flt.target])
    sides = ("from_actor", "to_actor") if partner_of else ("as_source", "as_target")
    _print_rows(rows, ("actor", "events", *sides, "goldstein_mean"), fmt)


# -- network ----------------------------------------------------------------------

_EDGE_COLUMNS = ("source", "target", "weight", "q1", "q2", "q3", "q4", "goldstein_mean")


@click.command("network")
@_db_option
@click.option("--level", type=click.Choice(("country", "code")), default="country",
              show_default=True, help="Nodes are countries or actor codes.")
@click.option("--min-weight", type=int, default=1, show_default=True,
              help="Keep links with at least this many events.")
@click.option("--top", type=int, help="Keep the busiest N actors and the links among them.")
@click.option("--loops", is_flag=True, help="Keep events within one node (IRN > IRN).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the graph to a .graphml or .json (node-link) file.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the graph to this .png or .svg file.")
@_filter_options
@_format_option
def network_cmd(db, level, min_weight, top, loops, out, plot_path, flt, fmt) -> None:
    """The actor graph: one weighted, directed link per source and target."""
    from ..query import network

    if out is not None and out.suffix.lower() not in (".graphml", ".json"):
        raise click.BadParameter("the file name must end in .graphml or .json", param_hint="--out")
    with _open(db) as store:
        try:
            graph = network(store, flt, level=level, min_weight=min_weight, top=top, loops=loops)
        except DyadError as exc:
            raise click.ClickException(str(exc)) from exc
    if out is not None:
        _write_network(graph, out)
        click.echo(f"{len(graph.nodes)} nodes, {len(graph.edges)} links written to {out}", err=True)
    else:
        _print_rows(graph.edges, _EDGE_COLUMNS, fmt)
    if plot_path:
        _draw(lambda: _plot_network(graph, plot_path))


def _write_network(graph: Any, out: Path) -> None:
    from ..export import write_graphml

    if out.suffix.lower() == ".graphml":
        with open(out, "wb") as fh:
            write_graphml(graph, fh)
    else:
        out.write_text(json.dumps(graph.to_dict(), indent=2) + "\n", encoding="utf-8")


def _plot_network(graph: Any, path: Path) -> Path:
    from ..plot import plot_network

    return plot_network(graph, path)


# -- export and dedup -------------------------------------------------------------


@click.command("export")
@_db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(("jsonl", "csv", "parquet", "gdelt", "plover")),
              help="jsonl: Dyad records; csv/parquet: flat typed columns; gdelt: the GDELT 2.0 "
                   "event table (61 columns, canonical events); plover: PLOVER JSON records.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
@_filter_options
def export_cmd(db, fmt, out, flt) -> None:
    """Write the matching events to a file for other tools."""
    from ..export import export_events

    # The GDELT table counts reports per canonical event, which may need (re)building.
    with _open(db, read_only=fmt != "gdelt") as store:
        try:
            n = export_events(store, out, fmt, flt)
        except (DyadError, ImportError) as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{n} rows written to {out}", err=True)


@click.command("dedup")
@_db_option
@click.option("--window", "window_days", type=int, default=2, show_default=True,
              help="Largest gap in days between two reports of one event.")
@click.option("--family", type=click.Choice(("root", "code", "plover")), default="root",
              show_default=True, help="What counts as the same kind of event.")
def dedup_cmd(db, window_days, family) -> None:
    """Group events reported by several articles into canonical events
    (rebuilds the canonical_events and event_mentions tables)."""
    from ..events_dedup import DedupRule, build_canonical

    with _open(db, read_only=False) as store:
        try:
            summary = build_canonical(store, DedupRule(window_days=window_days, family=family))
        except DyadError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{summary.events} events -> {summary.canonical} canonical events "
               f"({summary.merged} merged; {summary.multi_article} reported by several articles)")
    click.echo(f"rule: {summary.rule}")
