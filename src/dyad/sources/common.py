"""What every input reader shares: rejection records, column mappings, dates, decoding.

A reader never drops input silently and never returns a bare ``None`` to say
"no": what it did not use becomes a ``Rejected`` record, passed to the
caller's ``on_error`` callback, naming where the input was (file and line,
or URL) and why.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..errors import InputError
from ..types import Article, Record

__all__ = [
    "Columns", "OnError", "Rejected", "decode", "log_rejected", "parse_date",
    "raise_rejected", "record_article",
]

# The CLI and tests listen on this name, whichever reader module reports.
log = logging.getLogger("dyad.ingest")

# Kinds of Rejected, so a run can be summarised and filtered without parsing reasons.
KINDS = (
    "unreadable",  # malformed line, row, page or feed
    "empty",  # no usable text
    "unsupported",  # a file of a type Dyad does not read
    "field",  # one field ignored; the article itself was kept
    "fetch",  # an HTTP request failed
    "robots",  # robots.txt disallows the URL
    "seen",  # a feed item ingested by an earlier run
    "language",  # not a language Dyad codes
    "duplicate",  # the same text as an earlier article
    "near-duplicate",  # nearly the same text as an earlier article
)


@dataclass(frozen=True)
class Rejected(Record):
    """Input that was not used: a skipped line, row, file, URL or article, or an ignored field."""

    origin: str  # file path plus ":LINE", or URL
    reason: str
    kind: str = "unreadable"  # one of KINDS


OnError = Callable[[Rejected], None]


def log_rejected(rejected: Rejected) -> None:
    """Default ``on_error``: log a warning and go on."""
    log.warning("%s: %s", rejected.origin, rejected.reason)


def raise_rejected(rejected: Rejected) -> None:
    """An ``on_error`` for strict runs: stop at the first rejected input."""
    raise InputError(f"{rejected.origin}: {rejected.reason}")


# --------------------------------------------------------------------------- columns

ARTICLE_FIELDS = ("text", "title", "date", "id", "url", "source", "author")


@dataclass(frozen=True)
class Columns:
    """Which input field (JSONL key, CSV header) holds each Article field.

    Each entry lists names tried in order; the defaults read Dyad's own JSONL
    form and the shared corpora. ``Columns.parse("text=body,date=published_at")``
    maps other exports.
    """

    text: tuple[str, ...] = ("text",)
    title: tuple[str, ...] = ("title",)
    date: tuple[str, ...] = ("date", "published")
    id: tuple[str, ...] = ("id",)
    url: tuple[str, ...] = ("url",)
    source: tuple[str, ...] = ("source",)
    author: tuple[str, ...] = ("author",)

    @classmethod
    def parse(cls, spec: str | None) -> Columns:
        """Columns from "field=name,field=name"; InputError naming a bad entry."""
        if not spec:
            return cls()
        mapping: dict[str, tuple[str, ...]] = {}
        for item in spec.split(","):
            field, sep, name = (part.strip() for part in item.partition("="))
            if not sep or not name:
                raise InputError(f"--columns: expected FIELD=NAME, got {item.strip()!r}")
            if field not in ARTICLE_FIELDS:
                raise InputError(f"--columns: unknown field {field!r} (one of {', '.join(ARTICLE_FIELDS)})")
            mapping[field] = (name,)
        return replace(cls(), **mapping)

    def find(self, field: str, record: Mapping[str, Any]) -> tuple[str, Any]:
        """(name, value) of the first of the field's names present in ``record``."""
        names = getattr(self, field)
        for name in names:
            if record.get(name) is not None:
                return name, record[name]
        return names[0], None

    def describe(self) -> str:
        return ", ".join(f"{f.name}={'|'.join(getattr(self, f.name))}" for f in fields(self))


def record_article(
    record: Any, *, columns: Columns, fallback_id: str, where: str,
    default_date: date | None, report: OnError,
) -> Article | None:
    """An Article from one JSON object or CSV row; None after reporting why there is none."""
    if not isinstance(record, dict):
        report(Rejected(where, f"expected a JSON object, got {type(record).__name__}"))
        return None
    text_name, text = columns.find("text", record)
    if not isinstance(text, str) or not text.strip():
        report(Rejected(where, f"missing or empty {text_name!r}", "empty"))
        return None
    values = {name: _string_field(record, columns, name, where, report)
              for name in ("id", "title", "url", "source", "author")}
    return Article(
        doc_id=values["id"] or fallback_id,
        text=newlines(text),
        title=values["title"],
        date=_record_date(record, columns, where, report) or default_date,
        url=values["url"],
        source=values["source"],
        origin=where,
        author=values["author"],
    )


def _string_field(record: dict, columns: Columns, field: str, where: str, report: OnError) -> str | None:
    name, value = columns.find(field, record)
    if isinstance(value, int) and not isinstance(value, bool) and field == "id":
        return str(value)  # numeric ids are common in exported data
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    report(Rejected(where, f"ignored {name!r}: expected a string, got {type(value).__name__}", "field"))
    return None


def _record_date(record: dict, columns: Columns, where: str, report: OnError) -> date | None:
    name, value = columns.find("date", record)
    if value is None or value == "":
        return None
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        report(Rejected(where, f"ignored {name!r}: date {value!r} not understood", "field"))
    return parsed


# --------------------------------------------------------------------------- dates

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


# --------------------------------------------------------------------------- decoding

# Single-byte Western encodings: a detector cannot tell them apart on English
# text, and cp1252 is what such files almost always are, so a guess in this
# family is replaced by cp1252 (and latin-1 when cp1252 cannot decode a byte).
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "iso8859_2", "mac_roman",
            "ascii", "cp850", "cp437"}
_HIGH_BYTES = bytes(range(0x80, 0x100))
MIN_EVIDENCE = 8
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The encoding of ``data``: byte-order mark, then a declared charset that fits,
    then UTF-8, then a detected non-Western encoding, then cp1252 or latin-1."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    for candidate in (_codec(declared), "utf-8"):
        if candidate and _fits(data, candidate):
            return candidate
    guess = _detect(data)
    if guess and guess not in _WESTERN and _fits(data, guess):
        return guess
    return "cp1252" if _fits(data, "cp1252") else "latin-1"


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes (see ``detect_encoding``), newlines made '\\n'."""
    return newlines(data.decode(detect_encoding(data, declared)))


def decode_line(data: bytes) -> str:
    """One JSONL line: UTF-8 as JSON requires, else cp1252, else latin-1 (no detector: speed)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip('"\'')).name
    except LookupError:
        return None


def _fits(data: bytes, encoding: str) -> bool:
    """Whether ``data`` decodes; a character cut off at the end of a sample still fits."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess (a codec name), or None when it has none.

    A few stray high bytes are no evidence (a detector then picks some DOS code
    page), so input with fewer than MIN_EVIDENCE of them gets no guess.
    """
    sample = data[:200_000]
    if len(sample) - len(sample.translate(None, _HIGH_BYTES)) < MIN_EVIDENCE:
        return None
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for the import

    best = from_bytes(sample).best()
    return _codec(best.encoding) if best is not None else None
