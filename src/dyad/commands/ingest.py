"""`dyad ingest`: read, clean and de-duplicate news without coding it, and say what happened.

Also the ingestion options that `dyad code` shares (``ingest_options``) and
the helpers both commands use to turn them into ``IngestOptions`` and to
report a run. A thin layer over ``dyad.ingest``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from ..errors import DyadError
from . import parse_date_option

__all__ = ["ingest_cmd", "ingest_options", "options_from_cli", "report_run"]


def ingest_options(fn: Callable) -> Callable:
    """The options that say how inputs are read and prepared (shared with `dyad code`)."""
    options = [
        click.option("--columns", metavar="FIELD=NAME,...",
                     help="Which JSONL key / CSV column holds each field, e.g. "
                          "'text=body,title=headline,date=published_at'. Fields: text, title, date, "
                          "id, url, source, author."),
        click.option("--dedup/--no-dedup", default=True, show_default=True,
                     help="Drop repeated articles (same or nearly the same text); each is reported."),
        click.option("--near-threshold", type=click.FloatRange(0.5, 1.0), default=0.8, show_default=True,
                     help="Word 5-gram Jaccard similarity from which an article is a near-duplicate "
                          "(1.0: exact copies only)."),
        click.option("--languages", default="en", show_default=True, metavar="CODE,...",
                     help="Languages to keep; other articles are skipped with their language. "
                          "'any' keeps all."),
        click.option("--fetch/--no-fetch", default=True, show_default=True,
                     help="Fetch URLs and the pages feed items link to; --no-fetch: no network at all."),
        click.option("--feed-state", type=click.Path(dir_okay=False, path_type=Path),
                     default=Path(".dyad-feeds.json"), show_default=True,
                     help="Where seen feed items are remembered, so a re-run reads only new ones."),
        click.option("--user-agent", help="User-Agent for HTTP requests (say who you are and how to "
                                          "reach you); robots.txt rules are read for it."),
        click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True,
                     help="HTTP requests in flight at once (one host still gets one per second)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def options_from_cli(*, columns: str | None = None, dedup: bool = True, near_threshold: float = 0.8,
                     languages: str = "en", fetch: bool = True, feed_state: Path | None = None,
                     user_agent: str | None = None, concurrency: int = 4):
    """``IngestOptions`` from the values of ``ingest_options``; BadParameter on a bad one."""
    from dataclasses import replace

    from ..dedup import DedupSettings
    from ..fetch import FetchSettings
    from ..ingest import Columns, IngestOptions
    from ..language import LanguagePolicy

    try:
        mapping = Columns.parse(columns)
    except DyadError as exc:
        raise click.BadParameter(str(exc).removeprefix("--columns: "), param_hint="--columns") from exc
    accept = tuple(code.strip().lower() for code in languages.split(",") if code.strip())
    fetching = FetchSettings(concurrency=concurrency)
    if user_agent:
        fetching = replace(fetching, user_agent=user_agent)
    return IngestOptions(
        columns=mapping,
        fetch=fetch,
        fetch_settings=fetching,
        feed_state=feed_state,
        language=None if accept in ((), ("any",)) else LanguagePolicy(accept=accept),
        dedup=DedupSettings(threshold=near_threshold, near=near_threshold < 1.0) if dedup else None,
    )


def report_run(report, store=None, *, echo: Callable[[str], Any] = lambda s: click.echo(s, err=True)) -> None:
    """Print each skipped input with its reason (feed items seen before are only counted),
    store them all when there is a ``store``, then print the summary."""
    for rejected in report.rejected:
        if rejected.kind != "seen":
            echo(f"skipped {rejected.origin}: {rejected.reason}")
        if store is not None:
            store.add_rejected(rejected.origin, rejected.reason)
    echo(report.format())


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the prepared articles here as JSONL (default: standard output).")
@click.option("--duplicates", "duplicates_path", type=click.Path(dir_okay=False, path_type=Path),
              help="When done, write each article that had copies, with its copies, here as JSONL.")
@click.option("--db", help="Record skipped and duplicate inputs in this event store (DuckDB file or "
                           "postgresql:// URL).")
@click.option("--date", "default_date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@ingest_options
def ingest_cmd(paths, out, duplicates_path, db, default_date, **ingest) -> None:
    """Read news (files, directories, globs, URLs, feeds, - for stdin), cut debris, keep one copy
    of each story, and write the articles that coding would see."""
    from ..dedup import Deduplicator
    from ..ingest import IngestReport, prepare_articles, read_articles

    options = options_from_cli(**ingest)
    day = parse_date_option(None, None, default_date)
    report = IngestReport()
    report.dedup = Deduplicator(options.dedup) if options.dedup is not None else None
    try:
        with ExitStack() as stack:
            store = stack.enter_context(_open_store(db)) if db else None
            fh = stack.enter_context(open(out, "w", encoding="utf-8")) if out else sys.stdout
            articles = read_articles(list(paths), default_date=day, on_error=report.add, options=options)
            for article in report.watch(prepare_articles(articles, options=options, on_error=report.add,
                                                         dedup=report.dedup)):
                fh.write(article.to_json() + "\n")
            if duplicates_path and report.dedup is not None:
                _write_groups(report.dedup.duplicates, duplicates_path)
            report_run(report, store)
    except DyadError as exc:
        raise click.ClickException(str(exc)) from exc


def _write_groups(groups: dict, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for canonical, copies in groups.items():
            record = {"doc_id": canonical, "copies": [c.to_dict() for c in copies]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")




def _open_store(target: str):
    from ..store import open_store

    return open_store(target)
