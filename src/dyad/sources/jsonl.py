"""JSON Lines: one article per line; a bad line is rejected, the rest of the file is read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from ..types import Article
from .common import Columns, OnError, Rejected, decode_line, record_article

__all__ = ["read_jsonl"]


def read_jsonl(
    lines: Iterable[bytes], *, stem: str, origin: str, columns: Columns,
    default_date: date | None, report: OnError,
) -> Iterator[Article]:
    """Articles from JSONL lines; ids default to "STEM-LINE", origins are "ORIGIN:LINE"."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(decode_line(raw))
        except json.JSONDecodeError as e:
            report(Rejected(where, f"invalid JSON: {e}"))
            continue
        article = record_article(record, columns=columns, fallback_id=f"{stem}-{number}", where=where,
                                 default_date=default_date, report=report)
        if article is not None:
            yield article
