"""Writing events out: JSON lines, CSV, TSV, and a text table for terminals.

The flat column list is defined once, in ``_COLUMNS``; ``flatten_event`` uses it
here and the event store uses it for the matching columns of its ``events`` table.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import IO, Any

from .types import Actor, Event

FORMATS = ("jsonl", "csv", "tsv")
_BREAKS = re.compile(r"[\t\r\n]+")


def _actor(role: str, attr: str) -> Callable[[Event], Any]:
    """Getter for ``event.<role>.<attr>``; None when the actor is missing."""

    def get(event: Event) -> Any:
        actor: Actor | None = getattr(event, role)
        if actor is None:
            return None
        value = getattr(actor, attr)
        return list(value) if isinstance(value, tuple) else value

    return get


_COLUMNS: tuple[tuple[str, Callable[[Event], Any]], ...] = (
    ("event_id", attrgetter("event_id")),
    ("doc_id", attrgetter("doc_id")),
    ("sentence_index", attrgetter("sentence_index")),
    ("date", attrgetter("date")),
    ("date_precision", attrgetter("date_precision")),
    ("source_code", _actor("source", "code")),
    ("source_country", _actor("source", "country")),
    ("source_sectors", _actor("source", "sectors")),
    ("source_text", _actor("source", "text")),
    ("target_code", _actor("target", "code")),
    ("target_country", _actor("target", "country")),
    ("target_sectors", _actor("target", "sectors")),
    ("target_text", _actor("target", "text")),
    ("cameo", attrgetter("cameo")),
    ("cameo_name", attrgetter("cameo_name")),
    ("root", attrgetter("root")),
    ("quad_class", attrgetter("quad_class")),
    ("goldstein", attrgetter("goldstein")),
    ("plover", attrgetter("plover")),
    ("negated", attrgetter("negated")),
    ("mode", attrgetter("mode")),
    ("confidence", attrgetter("confidence")),
    ("trigger", attrgetter("explanation.trigger")),
    ("rule", attrgetter("explanation.rule")),
    ("sentence", attrgetter("sentence")),
)

FLAT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _COLUMNS)


def flatten_event(event: Event) -> dict[str, Any]:
    """One flat row per event, keys in ``FLAT_COLUMNS`` order.

    Values keep their types: sectors are lists (None when there is no target),
    ``negated`` is a bool, missing values are None. Text writers render them.
    """
    return {name: get(event) for name, get in _COLUMNS}


def write_events(events: Iterable[Event], fh: IO[str], fmt: str) -> int:
    """Write events to an open text file in ``fmt`` (one of ``FORMATS``).

    Returns the number of events written. For csv/tsv open the file with
    ``newline=""``, as the csv module asks.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return _write_jsonl(events, fh)
    return _write_delimited(events, fh, tsv=(fmt == "tsv"))


def _write_jsonl(events: Iterable[Event], fh: IO[str]) -> int:
    n = 0
    for n, event in enumerate(events, 1):
        fh.write(event.to_json() + "\n")
    return n


def _write_delimited(events: Iterable[Event], fh: IO[str], *, tsv: bool) -> int:
    return write_rows((flatten_event(e) for e in events), fh, FLAT_COLUMNS, tsv=tsv)


def write_rows(
    rows: Iterable[dict[str, Any]], fh: IO[str], columns: Sequence[str], *, tsv: bool = False
) -> int:
    """Write flat rows (dicts) as CSV, or TSV, with a header of ``columns``.

    Cells render as in ``write_events``: None is empty, lists join with ";",
    booleans are true/false; in TSV, line breaks and tabs inside text become
    spaces. Returns the number of rows written.
    """
    dialect = "excel-tab" if tsv else "excel"
    writer = csv.writer(fh, dialect=dialect, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        cells = [_cell(row.get(c)) for c in columns]
        if tsv:
            # One record per line, so line tools (cut, wc -l, awk) still work.
            cells = [_one_line(c) if isinstance(c, str) else c for c in cells]
        writer.writerow(cells)
    return n


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return value


def _one_line(text: str) -> str:
    return _BREAKS.sub(" ", text)


# -- terminal table ---------------------------------------------------------------

_FIXED = (("date", 10), ("source", 12), ("target", 12))
_MIN_FLEX = 8  # narrowest the event and trigger columns may get


def format_table(events: Iterable[Event], *, width: int = 100) -> str:
    """A fixed-width text table: date, source, event (code and name), target, trigger.

    Cells too long for their column end in "…". The event and trigger columns
    share whatever ``width`` leaves after the fixed columns (at least 8 each, so
    very narrow terminals get lines longer than ``width``).
    """
    widths = _table_widths(width)
    header = _table_line(["date", "source", "event", "target", "trigger"], widths)
    rule = "  ".join("-" * w for w in widths)
    lines = [header, rule]
    lines += [_table_line(_table_cells(e), widths) for e in events]
    if len(lines) == 2:
        lines.append("(no events)")
    return "\n".join(lines)


def _table_widths(width: int) -> list[int]:
    date_w, source_w, target_w = (w for _, w in _FIXED)
    gaps = 2 * 4
    flex = max(2 * _MIN_FLEX, width - date_w - source_w - target_w - gaps)
    event_w = flex * 3 // 5
    return [date_w, source_w, event_w, target_w, flex - event_w]


def _table_cells(event: Event) -> list[str]:
    target = event.target.code if event.target else "-"
    return [
        event.date or "",
        event.source.code,
        f"{event.cameo} {event.cameo_name}",
        target,
        event.explanation.trigger,
    ]


def _table_line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(_fit(c, w) for c, w in zip(cells, widths)).rstrip()


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


# -- tables of query rows ---------------------------------------------------------


def format_rows(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], *, max_width: int = 40
) -> str:
    """An aligned text table of query rows: numbers right-aligned, floats to two
    decimals, None as "-", cells longer than ``max_width`` cut with "…"."""
    cells = [[_show(row.get(c), max_width) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [_numeric([row.get(c) for row in rows]) for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    lines = [line(columns), "  ".join("-" * w for w in widths)]
    lines += [line(r) for r in cells] or ["(no rows)"]
    return "\n".join(lines)


def _numeric(values: list[Any]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in present)


def _show(value: Any, max_width: int) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        value = ";".join(map(str, value))
    text = " ".join(str(value).split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
