"""Command groups of the `dyad` CLI, each a thin layer over library functions."""

from datetime import date as _Date

import click as _click


def parse_date_option(ctx, param, value: str | None) -> _Date | None:
    """Click callback: a YYYY-MM-DD option value as a date (None when absent)."""
    if value is None:
        return None
    try:
        return _Date.fromisoformat(value)
    except ValueError as exc:
        raise _click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc
