"""Dyad's own user dictionary: actors added or overridden by the user, as CSV or YAML.

CSV needs a header row naming its columns: ``phrase`` and ``code``, plus optional
``start``, ``end`` and ``note``. YAML is a list of mappings with ``phrase`` (or
``phrases``), ``code`` and optional ``start``, ``end`` and ``note``.

* ``phrase``: ``|`` separates alternatives in CSV, and a YAML list may be used
  instead. Phrases are matched as whole words, case-insensitively.
* ``code``: a CAMEO actor code, in three-letter segments (``IRNGOV``, ``IGOUNO``).
* ``start``/``end``: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``. Both ends are
  inclusive. A partial end date means the last day of that month or year. An
  empty field means open. Without dates the code is the phrase's default.
* ``note``: free text for people. The reader ignores it.

Rows with the same phrases form one entry with several dated codes.
``code_on`` then picks between them (see ``dyad.dictionaries.petrarch``).
``docs/dictionaries.md`` has examples.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from datetime import date
from pathlib import Path

import yaml

from .petrarch import ActorDictionary, ActorEntry, DatedCode, _Reader

COLUMNS = ("phrase", "code", "start", "end", "note")
_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def read_user_dictionary(path: str | Path, *, strict: bool = True) -> ActorDictionary:
    """Read a user actor dictionary. The file extension (.csv, .yaml or .yml) picks the format."""
    reader = _Reader(path, strict)
    suffix = reader.path.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(reader)
    elif suffix in (".yaml", ".yml"):
        rows = _yaml_rows(reader)
    else:
        reader.fatal(1, f"user dictionaries are .csv, .yaml or .yml files, not {suffix or 'no extension'}")
    entries = _merge(reader, rows)
    return ActorDictionary(str(path), entries, tuple(reader.notes))


# ---------------------------------------------------------------- CSV


def _csv_rows(reader: _Reader) -> list[tuple[int, dict]]:
    lines = "\n".join(reader.raw)
    rows = csv.reader(io.StringIO(lines))
    header, out = None, []
    for cells in rows:
        lineno = rows.line_num
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = _csv_header(reader, lineno, cells)
            continue
        if len(cells) > len(header):
            reader.problem(lineno, f"{len(cells)} columns but the header has {len(header)}"
                                   " (quote a field that contains a comma)")
            continue
        out.append((lineno, {k: v.strip() for k, v in zip(header, cells)}))
    if header is None:
        reader.fatal(1, f"no header row; expected columns {', '.join(COLUMNS)}")
    return out


def _csv_header(reader: _Reader, lineno: int, cells: list[str]) -> list[str]:
    header = [c.strip().lower() for c in cells]
    unknown = [c for c in header if c not in COLUMNS]
    missing = [c for c in ("phrase", "code") if c not in header]
    if unknown or missing:
        reader.fatal(lineno, f"header must name columns from {', '.join(COLUMNS)}"
                               f" (unknown: {unknown or 'none'}; missing: {missing or 'none'})")
    return header


# ---------------------------------------------------------------- YAML


def _yaml_rows(reader: _Reader) -> list[tuple[int, dict]]:
    try:
        root = yaml.compose("\n".join(reader.raw))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reader.fatal(mark.line + 1 if mark else 1, f"not valid YAML ({getattr(exc, 'problem', exc)})")
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        reader.fatal(root.start_mark.line + 1, "expected a list of entries ('- phrase: ...')")
    out = []
    for node in root.value:
        lineno = node.start_mark.line + 1
        row = _yaml_entry(reader, lineno, node)
        if row is not None:
            out.append((lineno, row))
    return out


def _yaml_entry(reader: _Reader, lineno: int, node) -> dict | None:
    if not isinstance(node, yaml.MappingNode):
        reader.problem(lineno, "each entry must be a mapping with phrase and code")
        return None
    row: dict[str, str] = {}
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else "?"
        if name == "phrases" and isinstance(value, yaml.SequenceNode):
            row["phrase"] = "|".join(v.value for v in value.value if isinstance(v, yaml.ScalarNode))
        elif name in ("phrase", "phrases") and isinstance(value, yaml.ScalarNode):
            row["phrase"] = value.value
        elif name in COLUMNS and isinstance(value, yaml.ScalarNode):
            row[name] = value.value.strip()
        else:
            reader.problem(key.start_mark.line + 1, f"unexpected key {name!r} (allowed: phrase or phrases,"
                                                    " code, start, end, note)")
            return None
    return row


# ---------------------------------------------------------------- rows to entries


def _merge(reader: _Reader, rows: list[tuple[int, dict]]) -> tuple[ActorEntry, ...]:
    grouped: dict[tuple[str, ...], list] = {}
    for lineno, row in rows:
        parsed = _row(reader, lineno, row)
        if parsed is None:
            continue
        phrases, code = parsed
        group = grouped.setdefault(phrases, [lineno, []])
        if code.is_default and any(c.is_default and c.code != code.code for c, _ in group[1]):
            first = next(n for c, n in group[1] if c.is_default)
            reader.problem(lineno, f"{phrases[0]!r} already has the default code at line {first}")
            continue
        group[1].append((code, lineno))
    return tuple(ActorEntry(p, tuple(c for c, _ in codes), reader.where(first), (False,) * len(p))
                 for p, (first, codes) in grouped.items())


def _row(reader: _Reader, lineno: int, row: dict) -> tuple[tuple[str, ...], DatedCode] | None:
    phrases = tuple(dict.fromkeys(" ".join(p.split()).lower() for p in row.get("phrase", "").split("|")
                                  if p.strip()))
    code = row.get("code", "").strip().upper()
    if not phrases:
        reader.problem(lineno, "no phrase")
        return None
    if not _CODE.match(code):
        reader.problem(lineno, f"code {row.get('code', '')!r} is not a CAMEO actor code (three-letter"
                               " segments such as IRNGOV)")
        return None
    try:
        start = _user_date(row.get("start", ""), last=False)
        end = _user_date(row.get("end", ""), last=True)
    except ValueError as exc:
        reader.problem(lineno, str(exc))
        return None
    if start and end and start > end:
        reader.problem(lineno, f"end {end} is before start {start}")
        return None
    return phrases, DatedCode(code, start, end)


def _user_date(text: str, *, last: bool) -> date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``last`` fills in the last day."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    m = int(month) if month else (12 if last else 1)
    try:
        d = int(day) if day else (calendar.monthrange(year, m)[1] if last else 1)
        return date(year, m, d)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ValueError(f"date {text!r} is not a calendar date ({exc})") from None
