"""Datelines: "TEHRAN –", "MOSCOW (Reuters) -", "PEKING, March 3 -" at an article's start."""

from __future__ import annotations

import re

from .types import Dateline

# A capitalised place (one to four words), optional ", date", optional "(Agency)", then a dash.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})"
    r"(?:\s*,\s*(?P<date>[A-Za-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?"
    r"\s*[–—-]{1,2}\s+"
)


def parse_dateline(text: str) -> Dateline | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    return Dateline(m.group("place").strip(), m.group("date"), m.group("agency"), m.end())
