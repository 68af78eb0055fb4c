"""Gold-standard event codings: the JSONL gold format and PETRARCH XML validation files.

    records = read_gold("../shared/data/gold/petr2_unittest_lotr.jsonl")
    records = read_gold("PETR.UnitTest.records.xml")

Both become the same frozen records. A malformed file raises DataError naming
the file and the line (JSONL) or the element and its line (XML).
"""

from __future__ import annotations

import bisect
import gzip
import html
import json
import re
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..types import Record

__all__ = ["GoldEvent", "GoldRecord", "read_gold", "read_gold_jsonl", "read_gold_xml"]

# Expected errors that concern the parse PETRARCH was handed; Dyad parses the text itself.
PARSE_ERRORS = frozenset({"bad_input_parse"})


@dataclass(frozen=True)
class GoldEvent(Record):
    source: str | None  # actor code; None when the gold names no actor
    target: str | None
    code: str  # CAMEO code, or a PLOVER event type ("AGREE")
    extra: dict[str, Any] = field(default_factory=dict, hash=False)  # e.g. cameo, mode


@dataclass(frozen=True)
class GoldRecord(Record):
    id: str
    text: str
    date: Date | None
    events: tuple[GoldEvent, ...]  # () means: no event is expected
    category: str | None = None
    expect_error: tuple[str, ...] = ()  # errors the reference coder should raise
    extra: dict[str, Any] = field(default_factory=dict, hash=False)  # coder_config, parse, notes, ...
    origin: str = ""  # file:line

    @property
    def reciprocal(self) -> bool:
        return bool(self.extra.get("reciprocal"))

    @property
    def skip_reason(self) -> str | None:
        """Why this record is left out of scoring, or None when it is scored."""
        if self.extra.get("evaluate") is False:
            return "marked evaluate=false in the gold file"
        if PARSE_ERRORS.intersection(self.expect_error):
            return "expects an error in the supplied parse, which Dyad does not read"
        return None


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold file: ``.jsonl`` (optionally gzipped) or PETRARCH ``.xml``."""
    path = Path(path)
    text = _read_text(path)
    if text.lstrip().startswith("<"):  # by content, so .xml, .txt and .gz all work
        return read_gold_xml(text, str(path))
    return read_gold_jsonl(text, str(path))


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read gold file ({exc.strerror or exc})") from exc
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise DataError(f"{path}: broken gzip file ({exc})") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


# -- JSONL ----------------------------------------------------------------------------

RECORD_KEYS = ("id", "text", "date", "events", "category", "expect_error")
EVENT_KEYS = ("source", "target", "code")


def read_gold_jsonl(text: str, name: str = "<string>") -> list[GoldRecord]:
    """One JSON object per line: {"id", "text", "date", "events": [{"source", "target", "code"}], ...}."""
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(obj, dict):
            raise DataError(f"{where}: a gold record must be a JSON object")
        records.append(_jsonl_record(obj, where))
    return records


def _jsonl_record(obj: dict, where: str) -> GoldRecord:
    for key in ("id", "text", "events"):
        if key not in obj:
            raise DataError(f"{where}: gold record has no {key!r}")
    if not isinstance(obj["text"], str) or not obj["text"].strip():
        raise DataError(f"{where}: 'text' must be a non-empty string")
    if not isinstance(obj["events"], list):
        raise DataError(f"{where}: 'events' must be a list ([] when no event is expected)")
    events = tuple(_jsonl_event(e, f"{where}: event {i + 1}") for i, e in enumerate(obj["events"]))
    expect = obj.get("expect_error") or ()
    return GoldRecord(
        id=str(obj["id"]),
        text=obj["text"].strip(),
        date=parse_date(obj.get("date"), where),
        events=events,
        category=obj.get("category"),
        expect_error=(expect,) if isinstance(expect, str) else tuple(map(str, expect)),
        extra={k: v for k, v in obj.items() if k not in RECORD_KEYS},
        origin=where,
    )


def _jsonl_event(e: Any, where: str) -> GoldEvent:
    if not isinstance(e, dict):
        raise DataError(f"{where}: an event must be an object with source, target and code")
    code = e.get("code")
    if not isinstance(code, str) or not code.strip():
        raise DataError(f"{where}: event has no code")
    for key in ("source", "target"):
        if e.get(key) is not None and not isinstance(e[key], str):
            raise DataError(f"{where}: event {key} must be an actor code string or null")
    return GoldEvent(actor_code(e.get("source")), actor_code(e.get("target")), code.strip(),
                     {k: v for k, v in e.items() if k not in EVENT_KEYS})


def actor_code(value: str | None) -> str | None:
    """A gold actor code as written: HTML entities undone; PETRARCH's "~" agent prefix is "---"."""
    if value is None:
        return None
    value = html.unescape(value).strip()
    if value.startswith("~"):
        value = "---" + value[1:]
    return value or None


def parse_date(value: Any, where: str) -> Date | None:
    """ISO "1995-01-01" or PETRARCH's "19950101"; None or "" for undated."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return Date.fromisoformat(text)
    except ValueError:
        raise DataError(f"{where}: date {value!r} is not YYYY-MM-DD or YYYYMMDD") from None


# -- PETRARCH XML ---------------------------------------------------------------------

SENTENCE_ATTRS = ("id", "date", "category")
CODING_ALIASES = {"sourcecode": "source", "targetcode": "target", "eventcode": "code"}

# PETRARCH's own readers go line by line, and its files are not well-formed XML:
# repeated <?xml?> declarations, unclosed <EventCoding ...>, <PLEvent {json}>
# pseudo-tags, "--" inside comments. So this reader scans tags rather than parse XML.
TAG = re.compile(r"""<!--(.*?)-->|<(/?)([A-Za-z][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""", re.S)
ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))""")


def read_gold_xml(text: str, name: str = "<string>") -> list[GoldRecord]:
    """PETRARCH validation records: ``<Sentence date id category>`` with ``<EventCoding>``,
    ``<Text>`` and ``<Parse>``, optionally inside ``<Validation>``/``<Environment>``/``<Sentences>``.

    ``<EventCoding noevents="True"/>`` means no event is expected and
    ``<EventCoding error="dateline"/>`` an expected error; ``<Config option value>``
    in ``<Environment>`` or a sentence becomes ``extra["coder_config"]``, comments
    inside a sentence ``extra["notes"]``, ``<PLEvent {...}>`` ``extra["plover_events"]``.
    """
    return _XmlScanner(text, name).read()


class _XmlScanner:
    def __init__(self, text: str, name: str):
        self.text, self.name = text, name
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.env_config: dict[str, str] = {}
        self.sentence: dict[str, Any] | None = None

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos) + 1

    def where(self, pos: int, element: str) -> str:
        return f"{self.name}:{self.line(pos)}: <{element}>"

    def read(self) -> list[GoldRecord]:
        records, pos = [], 0
        while (m := TAG.search(self.text, pos)) is not None:
            pos = m.end()
            comment, closing, tag, rest = m.groups()
            if comment is not None:
                if self.sentence is not None and comment.strip():
                    self.sentence["notes"].append(" ".join(comment.split()))
            elif closing:
                if tag == "Sentence":
                    records.append(self._close(m.start()))
            elif tag in ("Text", "Parse") and self.sentence is not None:
                pos = self._content(tag, m)
            else:
                self._open(tag, rest, m.start())
        if self.sentence is not None:
            raise DataError(f"{self.where(self.sentence['pos'], 'Sentence')} is never closed")
        return records

    def _content(self, tag: str, m: re.Match) -> int:
        end = self.text.find(f"</{tag}>", m.end())
        if end < 0:
            raise DataError(f"{self.where(m.start(), tag)} is never closed")
        self.sentence[tag.lower()] = html.unescape(self.text[m.end():end])
        return end + len(tag) + 3

    def _open(self, tag: str, rest: str, pos: int) -> None:
        attrs = {k: html.unescape(a if a is not None else b if b is not None else c)
                 for k, a, b, c in ATTR.findall(rest)}
        if tag == "Sentence":
            if self.sentence is not None:
                raise DataError(f"{self.where(pos, tag)} inside another <Sentence> "
                                f"(line {self.line(self.sentence['pos'])})")
            self.sentence = {"attrs": attrs, "pos": pos, "events": [], "errors": [], "config": {},
                             "notes": [], "plover": [], "text": None, "parse": None}
        elif tag == "Config":
            if "option" not in attrs:
                raise DataError(f"{self.where(pos, tag)} has no option attribute")
            target = self.sentence["config"] if self.sentence is not None else self.env_config
            target[attrs["option"]] = attrs.get("value", "")
        elif self.sentence is not None and tag == "EventCoding":
            self._coding(attrs, pos)
        elif self.sentence is not None and tag == "PLEvent":
            try:
                self.sentence["plover"].append(json.loads(rest))
            except json.JSONDecodeError:
                self.sentence["plover"].append(rest.strip())

    def _coding(self, attrs: dict[str, str], pos: int) -> None:
        s = self.sentence
        if attrs.get("noevents", "").lower() == "true":
            s["noevents"] = True
            return
        if "error" in attrs:
            s["errors"].append(attrs["error"])
            return
        fields = {CODING_ALIASES.get(k, k): v for k, v in attrs.items()}
        if not fields.get("code", "").strip():
            raise DataError(f"{self.where(pos, 'EventCoding')} has no eventcode (nor noevents or error)")
        extra = {k: v for k, v in fields.items() if k not in EVENT_KEYS}
        s["events"].append(GoldEvent(actor_code(fields.get("source")), actor_code(fields.get("target")),
                                     fields["code"].strip(), extra))

    def _close(self, pos: int) -> GoldRecord:
        s, self.sentence = self.sentence, None
        if s is None:
            raise DataError(f"{self.where(pos, '/Sentence')} closes no <Sentence>")
        attrs, line = s["attrs"], self.line(s["pos"])
        if not attrs.get("id"):
            raise DataError(f"{self.name}:{line}: <Sentence> has no id attribute")
        where = f"{self.name}:{line}: <Sentence id={attrs['id']!r}>"
        text = " ".join((s["text"] or "").split())
        if not text:
            raise DataError(f"{where} has no <Text>")
        if s.get("noevents") and s["events"]:
            raise DataError(f"{where} has noevents=\"True\" and event codings")
        return GoldRecord(
            id=attrs["id"], text=text, date=parse_date(attrs.get("date"), where),
            events=tuple(s["events"]), category=attrs.get("category"), expect_error=tuple(s["errors"]),
            extra=self._extra(s), origin=f"{self.name}:{line}",
        )

    def _extra(self, s: dict[str, Any]) -> dict[str, Any]:
        extra: dict[str, Any] = {k: v for k, v in s["attrs"].items() if k not in SENTENCE_ATTRS}
        for flag in ("evaluate", "valid"):  # UniversalPetrarch marks records it cannot code yet
            if flag in extra:
                extra["evaluate"] = extra.pop(flag).strip().lower() == "true"
        config = {**self.env_config, **s["config"]}
        if config:
            extra["coder_config"] = config
        if s.get("noevents"):
            extra["expect_no_events"] = True
        if s["notes"]:
            extra["notes"] = s["notes"]
        if s["plover"]:
            extra["plover_events"] = s["plover"]
        if s["parse"] and s["parse"].strip():
            extra["parse"] = s["parse"].strip("\n")
            extra["parse_format"] = "conllu" if re.match(r"\s*\d+\t", s["parse"]) else "ptb"
        return extra
