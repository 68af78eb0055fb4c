"""CSV and TSV: a header row, then one article per row.

Which column holds what comes from ``Columns`` (default: columns named text,
title, date, id, url, source, author; ``--columns text=body`` maps others).
A row with the wrong number of fields is rejected and reading goes on; a
file whose header has no text column cannot be read at all (InputError).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import InputError
from ..types import Article
from .common import Columns, OnError, Rejected, detect_encoding, record_article

__all__ = ["read_table"]

SAMPLE = 1 << 16  # bytes looked at to choose the encoding
# News texts can exceed csv's default 128 KiB field limit; this bounds memory instead.
FIELD_LIMIT = 16 << 20


def read_table(
    stream: BinaryIO, *, delimiter: str, stem: str, origin: str, columns: Columns,
    default_date: date | None, report: OnError,
) -> Iterator[Article]:
    """Articles from the rows of a CSV (``delimiter=","``) or TSV (``"\\t"``) stream."""
    buffered = io.BufferedReader(stream, buffer_size=SAMPLE)  # type: ignore[arg-type]
    encoding = detect_encoding(buffered.peek(SAMPLE)[:SAMPLE])
    text = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(min(FIELD_LIMIT, sys.maxsize))
    reader = csv.reader(text, delimiter=delimiter)
    header = _header(reader, origin, columns)
    if header is None:
        report(Rejected(origin, "no header row", "empty"))
        return
    start = reader.line_num + 1
    for row in _rows(reader, origin, report):
        where = f"{origin}:{start}"
        start = reader.line_num + 1  # a quoted field may span lines: the next row starts after
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            report(Rejected(where, f"expected {len(header)} fields, got {len(row)}"))
            continue
        record = {name: cell for name, cell in zip(header, row) if name}
        article = record_article(record, columns=columns, fallback_id=f"{stem}-{where.rsplit(':', 1)[1]}",
                                 where=where, default_date=default_date, report=report)
        if article is not None:
            yield article


def _header(reader, origin: str, columns: Columns) -> list[str] | None:
    for row in reader:
        if any(cell.strip() for cell in row):
            header = [cell.strip() for cell in row]
            if not any(name in header for name in columns.text):
                wanted = " or ".join(repr(n) for n in columns.text)
                raise InputError(f"{origin}:{reader.line_num}: no {wanted} column in the header "
                                 f"({', '.join(header)}); name it with --columns text=COLUMN")
            return header
    return None


def _rows(reader, origin: str, report: OnError) -> Iterator[list[str]]:
    """Rows, stopping (reported) at a csv.Error, after which the reader's position is unknown."""
    try:
        yield from reader
    except csv.Error as e:
        report(Rejected(f"{origin}:{reader.line_num}", f"malformed CSV, rest of file skipped: {e}"))
