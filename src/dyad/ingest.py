"""Read input files into ``Article`` records.

Inputs: ``.txt`` files (one article each), ``.jsonl`` / ``.jsonl.gz`` files
(one article per line), directories (searched recursively, in sorted order)
and ``-`` for standard input (JSONL if it starts with ``{``, else one text).

A bad line does not stop a file: it is skipped and reported to ``on_error``
as a ``Rejected`` record (where, and why). Records rather than exceptions,
because a skipped line is an expected outcome to count and report, not a
failure; a caller that wants to stop at the first one passes
``on_error=raise_rejected``. A path that cannot be read at all raises
``InputError``.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from .errors import InputError
from .types import Article, Record

__all__ = ["Rejected", "parse_date", "raise_rejected", "read_articles"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
STDIN = "<stdin>"
# Tried in order, then latin-1. utf-8-sig is utf-8 that also drops a byte-order mark.
ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class Rejected(Record):
    """Input that was not used: a skipped line or file, or an ignored field."""

    origin: str  # file path, plus ":LINE" for a JSONL line
    reason: str


OnError = Callable[[Rejected], None]


def log_rejected(rejected: Rejected) -> None:
    """Default ``on_error``: log a warning and go on."""
    log.warning("%s: %s", rejected.origin, rejected.reason)


def raise_rejected(rejected: Rejected) -> None:
    """An ``on_error`` for strict runs: stop at the first rejected input."""
    raise InputError(f"{rejected.origin}: {rejected.reason}")


def read_articles(
    paths: Iterable[str | Path],
    *,
    default_date: date | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Articles from files, directories and ``-`` (stdin), in order.

    ``default_date`` is used for articles that carry no date of their own.
    """
    report = on_error or log_rejected
    if isinstance(paths, (str, Path)):  # one path, not an iterable of characters
        paths = [paths]
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(default_date, report)
        else:
            for file in _expand(Path(path), report):
                yield from _read_file(file, default_date, report)


def _expand(path: Path, report: OnError) -> list[Path]:
    """The input files a path stands for; InputError if it cannot be read."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
        if not files:
            report(Rejected(str(path), f"no {', '.join(SUFFIXES)} files in directory"))
        return files
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not _supported(path):
        expected = ", ".join(SUFFIXES)
        raise InputError(f"{path}: unsupported input type (expected {expected} or a directory)")
    return [path]


def _supported(path: Path) -> bool:
    return path.name.endswith(SUFFIXES)


def _stem(path: Path) -> str:
    """File name without its input suffix: 'a.jsonl.gz' -> 'a'."""
    for suffix in SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return path.stem


def _read_file(path: Path, default_date: date | None, report: OnError) -> Iterator[Article]:
    try:
        if path.name.endswith(".txt"):
            data = path.read_bytes()
            yield from _text_articles(_stem(path), data, str(path), default_date, report)
            return
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rb") as lines:
            yield from _jsonl_articles(lines, _stem(path), str(path), default_date, report)
    except (OSError, EOFError) as e:  # gzip raises BadGzipFile (an OSError) or EOFError
        raise InputError(f"{path}: cannot read: {e}") from e


def _read_stdin(default_date: date | None, report: OnError) -> Iterator[Article]:
    lines = iter(sys.stdin.buffer)
    blank: list[bytes] = []
    for line in lines:  # look past leading blank lines to choose the format
        if line.strip():
            break
        blank.append(line)
    else:
        report(Rejected(STDIN, "no input on stdin"))
        return
    if line.lstrip().startswith(b"{"):
        rest = itertools.chain(blank, [line], lines)
        yield from _jsonl_articles(rest, "stdin", STDIN, default_date, report)
    else:
        data = b"".join(blank) + line + b"".join(lines)
        yield from _text_articles("stdin", data, STDIN, default_date, report)


def _decode(data: bytes) -> str:
    """Text from bytes in the first encoding that fits; newlines made '\\n'."""
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")  # every byte is a latin-1 character
    return _newlines(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_articles(
    doc_id: str, data: bytes, origin: str, default_date: date | None, report: OnError
) -> Iterator[Article]:
    """The one article in a plain text, or none (reported) if it is blank."""
    text = _decode(data)
    if text.strip():
        yield Article(doc_id=doc_id, text=text, date=default_date, origin=origin)
    else:
        report(Rejected(origin, "empty text"))


def _jsonl_articles(
    lines: Iterable[bytes], stem: str, origin: str, default_date: date | None, report: OnError
) -> Iterator[Article]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(_decode(raw))
        except json.JSONDecodeError as e:
            report(Rejected(where, f"invalid JSON: {e}"))
            continue
        article = _record_article(record, f"{stem}-{number}", where, default_date, report)
        if article is not None:
            yield article


def _record_article(
    record: Any, fallback_id: str, where: str, default_date: date | None, report: OnError
) -> Article | None:
    """An Article from one JSON record, or None (reported) when it has no usable text."""
    if not isinstance(record, dict):
        report(Rejected(where, f"expected a JSON object, got {type(record).__name__}"))
        return None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        report(Rejected(where, "missing or empty 'text'"))
        return None
    fields = {name: _string_field(record, name, where, report)
              for name in ("id", "title", "url", "source")}
    return Article(
        doc_id=fields["id"] or fallback_id,
        text=_newlines(text),
        title=fields["title"],
        date=_record_date(record, where, report) or default_date,
        url=fields["url"],
        source=fields["source"],
        origin=where,
    )


def _string_field(record: dict, name: str, where: str, report: OnError) -> str | None:
    value = record.get(name)
    if isinstance(value, int) and not isinstance(value, bool) and name == "id":
        return str(value)  # numeric ids are common in exported data
    if value is None or isinstance(value, str):
        return value or None
    report(Rejected(where, f"ignored '{name}': expected a string, got {type(value).__name__}"))
    return None


def _record_date(record: dict, where: str, report: OnError) -> date | None:
    key = "date" if record.get("date") is not None else "published"
    value = record.get(key)
    if value is None:
        return None
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        report(Rejected(where, f"ignored '{key}': date {value!r} not understood"))
    return parsed


_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH_DAY_YEAR = re.compile(r"(?:[A-Za-z]+,?\s+)??([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")


def parse_date(value: str) -> date | None:
    """The calendar date in an ISO, "March 3, 2019", "3 March 2019" or RFC 2822 string.

    A timestamp keeps the date as written in its own offset (no conversion to
    UTC): that is the date the outlet published it. None if not understood.
    """
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy")):
        m = pattern.fullmatch(value)
        if m:
            parts = dict(zip(order, m.groups()))
            return _safe_date(parts["y"], _MONTHS.get(parts["m"].lower()), parts["d"])
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_date(year: str, month: int | None, day: str) -> date | None:
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None
