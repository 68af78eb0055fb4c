"""Command groups of the `dyad` CLI, each a thin layer over library functions."""

from datetime import date as _Date
from pathlib import Path as _Path

import click as _click


def parse_date_option(ctx, param, value: str | None) -> _Date | None:
    """Click callback: a YYYY-MM-DD option value as a date (None when absent)."""
    if value is None:
        return None
    try:
        return _Date.fromisoformat(value)
    except ValueError as exc:
        raise _click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def dictionary_options(command):
    """The --dictionaries / --lenient-dictionaries pair, the same on every command that codes."""
    command = _click.option(
        "--lenient-dictionaries", is_flag=True,
        help="Skip malformed dictionary lines (each is reported, -v lists them) instead of stopping at the first.",
    )(command)
    return _click.option(
        "--dictionaries", "dictionaries", multiple=True, type=_click.Path(exists=True, path_type=_Path),
        help="A user dictionary file or directory (PETRARCH actors/agents/discards/verbs, Dyad CSV/YAML), "
             "merged over the built-in knowledge; repeatable (docs/dictionaries.md).",
    )(command)
