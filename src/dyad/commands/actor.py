"""`dyad actor TEXT`: how Dyad codes one actor phrase, and why (a thin wrapper over dyad.actors.describe)."""

from __future__ import annotations

from datetime import date as Date

import click

from ..errors import DyadError
from . import dictionary_options, parse_date_option


@click.command("actor")
@click.argument("text")
@click.option("--context", metavar="SENTENCE",
              help="Resolve TEXT inside this sentence (or passage): appositions, possessives and "
                   "earlier sentences are read as in an article.")
@click.option("--date", "day", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Code known people by the role they held on this date (default: their most recent role).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@dictionary_options
def actor_cmd(text: str, context: str | None, day: Date | None, as_json: bool,
              dictionaries: tuple, lenient_dictionaries: bool) -> None:
    """Print the CAMEO actor code of TEXT, its country and sectors, the knowledge entries
    and rules that gave it, and the reason."""
    from ..actors.explain import describe
    from ..pipeline import load_resources

    try:
        resources = load_resources(dictionaries=tuple(dictionaries) or None, strict=not lenient_dictionaries)
        report = describe(text, context=context, date=day, resources=resources)
    except DyadError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(report.to_json())
        return
    click.echo(format_report(report))


def format_report(report) -> str:
    rows = [
        ("phrase", report.text),
        ("code", (report.code or "(none)") + (" (partial)" if report.partial else "")),
        ("country", report.country or "-"),
        ("sectors", " ".join(report.sectors) or "-"),
        ("date", str(report.date) if report.date else "none: people take their most recent role"),
        ("rule", report.rule or "-"),
        ("reason", report.reason),
    ]
    rows += [("entry", f"{m.where}  {m.kind} '{m.phrase}' -> {m.code}") for m in report.matches]
    return "\n".join(f"{k:<8} {v}" for k, v in rows)
