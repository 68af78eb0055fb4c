"""Readers for PETRARCH/TABARI actor, agent and discard dictionaries.

These are the plain-text dictionaries of the PETRARCH coders (the Phoenix
``*.actors.txt``, ``*.agents.txt`` and ``*.discards.txt`` files). Each reader turns
one file into frozen records; nothing here matches text or codes events.
``petrarch_verbs`` reads the verb dictionaries. ``docs/dictionaries.md``
describes the formats.

Every reader takes ``strict``. With ``strict=True`` (the default) the first
malformed line raises :class:`~dyad.errors.DataError` ("file:line: problem").
With ``strict=False`` the line is skipped and a :class:`Note` records the reason,
so a large third-party file with a few defects can still be used. Harmless
quirks, such as a code in lower case, are accepted in both modes.

Dates: ``yymmdd`` or ``yyyymmdd``. Two-digit years up to ``pivot`` (default 30)
mean 20yy and later ones 19yy. This is PETRARCH's rule, and the Phoenix files
are written for it: they hold about 2,700 dates from the 1930s to the 1960s
(``430101-920428``) and none from 2015 to 2030.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, NoReturn

from ..errors import DataError

DEFAULT_PIVOT = 30
_CODE = re.compile(r"\[([^\[\]]*)\]")
_CODE_TEXT = re.compile(r"^[^\s\[\]{}]+$")
# '#' or ';' starts a comment, except inside [...]: "[###]" is TABARI's discard code.
_BEFORE_COMMENT = re.compile(r"(?:\[[^\]]*\]|[^#;])*")
_MARKER_DEF = re.compile(r"^!([A-Za-z0-9_]+)!\s*=\s*(.*)$")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Note:
    """A line that was skipped (``strict=False``) or accepted with a caveat."""

    where: str  # path:line
    message: str


@dataclass(frozen=True)
class DatedCode:
    """An actor code and the days it applies on (both ends inclusive; None = open).

    A code with neither ``start`` nor ``end`` is the entry's default: it applies
    whenever no dated code does.
    """

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def span(self) -> str:
        if self.start and self.end:
            return f"{self.start} to {self.end}"
        if self.start or self.end:
            return f"from {self.start}" if self.start else f"until {self.end}"
        return "undated"


@dataclass(frozen=True)
class ActorEntry:
    """An actor: its phrases (the first is the primary one) and its codes.

    ``phrases`` are lower case with words separated by single spaces. The
    ``stems`` tuple has one flag per phrase. The flag is True when the phrase
    had no trailing ``_``, so TABARI would let its last word match as a prefix
    ("argentin" matches "Argentina"). PETRARCH-2 itself matches whole words only.
    """

    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    where: str  # file:line of the primary phrase
    stems: tuple[bool, ...] = ()

    @property
    def default(self) -> str | None:
        return next((c.code for c in self.codes if c.is_default), None)


@dataclass(frozen=True)
class AgentEntry:
    """An agent phrase ("foreign minister") and the code it adds to an actor.

    ``position`` is ``suffix`` for ``[~GOV]`` (IRN + GOV = IRNGOV) and ``prefix``
    for ``[NGO~]`` (NGO + IRN). ``plurals`` are given ``{...}`` forms or, where
    the file gave none, the regular English plural; ``{}`` means none.
    """

    phrase: str
    plurals: tuple[str, ...]
    code: str
    position: str  # "suffix" | "prefix"
    where: str


@dataclass(frozen=True)
class DiscardEntry:
    """A phrase whose presence stops coding of the sentence, or the whole story.

    ``stem`` is True unless the phrase ended with ``_``: "basebal" also
    discards "baseballs".
    """

    phrase: str
    scope: str  # "sentence" | "story" (the line started with '+')
    stem: bool
    where: str
    topic: str = ""  # Dyad's own list names its topic ("sports"); a user dictionary's entry has none


@dataclass(frozen=True)
class ActorDictionary:
    source: str
    entries: tuple[ActorEntry, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class AgentDictionary:
    source: str
    entries: tuple[AgentEntry, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class DiscardList:
    source: str
    entries: tuple[DiscardEntry, ...]
    notes: tuple[Note, ...] = ()


# ---------------------------------------------------------------- choosing a code


def code_on(entry: ActorEntry, day: date | None) -> tuple[str | None, str]:
    """The entry's code on ``day`` and the reason it was chosen.

    If several dated codes cover the day, the one that started last wins, so
    a successor wins on the handover day. A tie goes to the narrower range,
    then to the code listed first. If no dated code covers the day, the
    default applies. With no day, the open-ended code that started last wins,
    then the default, then the code that ended last. In each case the reason
    says which rule was used.
    """
    if not entry.codes:
        return None, "the entry has no code"
    if day is None:
        return _code_undated(entry)
    dated = [(i, c) for i, c in enumerate(entry.codes) if not c.is_default and c.covers(day)]
    if dated:
        _, best = max(dated, key=lambda ic: (_ord(ic[1].start, -1), -_ord(ic[1].end, 10**7), -ic[0]))
        return best.code, f"dated code for {day} ({best.span()})"
    if entry.default is not None:
        return entry.default, f"default code: no dated code covers {day}"
    return None, f"no code covers {day} and the entry has no default"


def _code_undated(entry: ActorEntry) -> tuple[str | None, str]:
    open_ended = [c for c in entry.codes if c.end is None and c.start is not None]
    if open_ended:
        best = max(open_ended, key=lambda c: c.start)
        return best.code, f"no date given: open-ended code in force since {best.start}"
    if entry.default is not None:
        return entry.default, "no date given: default code"
    best = max(entry.codes, key=lambda c: _ord(c.end, -1))
    return best.code, f"no date given: most recent code (ended {best.end})"


def _ord(day: date | None, missing: int) -> int:
    return day.toordinal() if day else missing


# ---------------------------------------------------------------- lines and dates


def read_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, text without comments) for each line that has content.

    Skips ``<!-- ... -->`` comments, including multi-line ones, and lines that
    start with ``<!``. Drops everything after ``#`` or ``;`` (the old TABARI
    comment mark) unless it is inside ``[...]``. Leading white space is kept, because an indented line in an
    actor file is a date restriction.
    """
    return content_lines(read_text(path).splitlines())


def read_text(path: str | Path) -> str:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def content_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    in_comment = False
    for lineno, line in enumerate(lines, 1):
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.lstrip().startswith("<!"):
            in_comment = "-->" not in line
            continue
        line = re.sub(r"<!--.*?-->", "", line)
        line = _BEFORE_COMMENT.match(line).group().rstrip()
        if line.strip():
            yield lineno, line


def parse_date(text: str, *, pivot: int = DEFAULT_PIVOT) -> date:
    """``yymmdd`` or ``yyyymmdd`` as a date; ValueError says what is wrong."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is not yymmdd or yyyymmdd")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= pivot else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a calendar date ({exc})") from None


def regular_plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word."""
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return phrase[:-1] + "ies"
    return phrase + "s"


def normalise_phrase(text: str) -> tuple[str, bool]:
    """(lower-case phrase with single spaces, stem flag) from ``WORD_WORD_``."""
    text = text.strip()
    stem = not text.endswith("_")
    words = text.replace("_", " ").split()
    return " ".join(words).lower(), stem


class _Reader:
    """Error handling shared by the readers: raise, or skip with a note."""

    def __init__(self, path: str | Path, strict: bool):
        self.path, self.strict, self.notes = Path(path), strict, []
        self.raw = read_text(path).splitlines()

    def lines(self) -> Iterator[tuple[int, str]]:
        return content_lines(self.raw)

    def comment(self, lineno: int) -> str:
        """The text after '#' on a line (``lines()`` has dropped it)."""
        return self.raw[lineno - 1].partition("#")[2].strip()

    def where(self, lineno: int) -> str:
        return f"{self.path.name}:{lineno}"

    def problem(self, lineno: int, message: str) -> None:
        if self.strict:
            raise DataError(f"{self.path}:{lineno}: {message}")
        self.notes.append(Note(f"{self.path}:{lineno}", f"skipped: {message}"))

    def fatal(self, lineno: int, message: str) -> NoReturn:
        """A problem with the whole file: raised even when not strict."""
        raise DataError(f"{self.path}:{lineno}: {message}")

    def note(self, lineno: int, message: str) -> None:
        self.notes.append(Note(f"{self.path}:{lineno}", message))


# ---------------------------------------------------------------- actors


def read_actors(path: str | Path, *, strict: bool = True, pivot: int = DEFAULT_PIVOT) -> ActorDictionary:
    """Read a PETRARCH/TABARI actor dictionary.

    Layout: an entry's primary phrase starts at column 0, optionally followed by
    codes (``ISRAEL [ISR]``). Lines starting with ``+`` are synonyms. Indented
    ``[CODE]``, ``[CODE >yymmdd]``, ``[CODE <yymmdd]`` or
    ``[CODE yymmdd-yymmdd]`` lines are date-restricted codes. Several bracketed
    codes may share one line.
    """
    reader = _Reader(path, strict)
    entries: list[ActorEntry] = []
    current: dict | None = None
    for lineno, line in reader.lines():
        if line[0].isspace() or line.startswith("["):
            current = _actor_codes_line(reader, current, lineno, line, pivot)
        elif line.startswith("+"):
            current = _actor_synonym(reader, current, lineno, line, pivot)
        else:
            _finish_actor(reader, current, entries)
            current = _actor_primary(reader, lineno, line, pivot)
    _finish_actor(reader, current, entries)
    return ActorDictionary(str(path), tuple(entries), tuple(reader.notes))


def _actor_primary(reader: _Reader, lineno: int, line: str, pivot: int) -> dict:
    phrase_text, codes = _split_codes(reader, lineno, line, pivot)
    entry = {"lineno": lineno, "phrases": [], "stems": [], "codes": [], "bad": codes is None}
    if codes is not None:
        entry["codes"] = codes
        _add_phrase(reader, entry, lineno, phrase_text)
    return entry


def _actor_synonym(reader: _Reader, current: dict | None, lineno: int, line: str, pivot: int) -> dict | None:
    if current is None:
        reader.problem(lineno, "synonym line '+...' before any actor phrase")
        return None
    phrase_text, codes = _split_codes(reader, lineno, line[1:], pivot)
    if codes is not None and not current["bad"]:
        current["codes"] += codes
        _add_phrase(reader, current, lineno, phrase_text)
    return current


def _actor_codes_line(reader: _Reader, current: dict | None, lineno: int, line: str, pivot: int) -> dict | None:
    if current is None:
        reader.problem(lineno, "indented code line before any actor phrase")
        return None
    rest, codes = _split_codes(reader, lineno, line, pivot)
    if codes is None or current["bad"]:
        return current
    if rest.strip() or not codes:
        reader.problem(lineno, f"expected only [CODE ...] on an indented line, got {line.strip()!r}")
        return current
    current["codes"] += codes
    return current


def _add_phrase(reader: _Reader, entry: dict, lineno: int, text: str) -> None:
    if any(ord(ch) < 32 and ch != "\t" for ch in text):
        reader.problem(lineno, f"control character in phrase {text!r}")
        entry["bad"] = not entry["phrases"]
        return
    phrase, stem = normalise_phrase(text)
    if not phrase:
        reader.problem(lineno, "empty actor phrase")
        entry["bad"] = not entry["phrases"]
        return
    entry["phrases"].append(phrase)
    entry["stems"].append(stem)


def _finish_actor(reader: _Reader, current: dict | None, entries: list[ActorEntry]) -> None:
    if current is None or current["bad"] or not current["phrases"]:
        return
    if not current["codes"]:
        reader.note(current["lineno"], f"actor {current['phrases'][0]!r} has no code")
    defaults = [c for c in current["codes"] if c.is_default]
    if len({c.code for c in defaults}) > 1:
        reader.note(current["lineno"], f"several default codes {[c.code for c in defaults]}; the first is used")
    entries.append(ActorEntry(tuple(current["phrases"]), tuple(current["codes"]),
                              reader.where(current["lineno"]), tuple(current["stems"])))


def _split_codes(reader: _Reader, lineno: int, line: str, pivot: int) -> tuple[str, list[DatedCode] | None]:
    """(text before the first '[', codes); codes is None if one is malformed."""
    head, bracket, _ = line.partition("[")
    tail = line[len(head):]
    if not bracket:
        if "]" in line:
            reader.problem(lineno, f"']' without '[' in {line.strip()!r}")
            return head, None
        return head, []
    leftover = _CODE.sub("", tail).strip()
    if leftover:
        reader.problem(lineno, f"unexpected text {leftover!r} around the codes")
        return head, None
    codes = []
    for content in _CODE.findall(tail):
        try:
            codes.append(_dated_code(content, pivot))
        except ValueError as exc:
            reader.problem(lineno, str(exc))
            return head, None
    return head, codes


def _dated_code(content: str, pivot: int) -> DatedCode:
    parts = content.split(None, 1)
    if not parts or not _CODE_TEXT.match(parts[0]):
        raise ValueError(f"malformed code [{content}]")
    code = parts[0].upper()
    if len(parts) == 1:
        return DatedCode(code)
    span = re.sub(r"\s+", "", parts[1])
    if span[0] in "<>":
        day = parse_date(span[1:], pivot=pivot)
        return DatedCode(code, None, day) if span[0] == "<" else DatedCode(code, day, None)
    first, dash, last = span.partition("-")
    if not dash:
        raise ValueError(f"date restriction {parts[1]!r} in [{content}] is not <date, >date or date-date")
    start, end = parse_date(first, pivot=pivot), parse_date(last, pivot=pivot)
    if start > end:
        raise ValueError(f"date range in [{content}] ends ({end}) before it starts ({start})")
    return DatedCode(code, start, end)


# ---------------------------------------------------------------- agents


def read_agents(path: str | Path, *, strict: bool = True) -> AgentDictionary:
    """Read a PETRARCH agent dictionary.

    Records look like ``PHRASE {PLURALS} [~CODE]``. A ``!NAME! = A, B`` line
    defines a substitution set, and ``CONGRESS!PERSON!`` then expands to one
    entry per member, with no plural formed.
    """
    reader = _Reader(path, strict)
    markers: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for lineno, line in reader.lines():
        line = line.strip()
        definition = _MARKER_DEF.match(line)
        if definition:
            markers[definition.group(1).upper()] = [m.strip() for m in definition.group(2).split(",") if m.strip()]
            continue
        entries += _agent_line(reader, lineno, line, markers)
    return AgentDictionary(str(path), tuple(entries), tuple(reader.notes))


def _agent_line(reader: _Reader, lineno: int, line: str, markers: dict) -> list[AgentEntry]:
    match = re.fullmatch(r"([^{\[\]}]+?)\s*(?:\{([^{}\[\]]*)\})?\s*\[\s*([^\[\]]*?)\s*\]", line)
    if not match:
        reader.problem(lineno, f"expected 'PHRASE {{PLURALS}} [~CODE]', got {line!r}")
        return []
    text, plural_text, code_text = match.groups()
    code, position = _agent_code(code_text)
    if code is None:
        reader.problem(lineno, f"agent code [{code_text}] must be '~CODE' (suffix) or 'CODE~' (prefix)")
        return []
    try:
        forms = _expand_markers(text, markers)
    except ValueError as exc:
        reader.problem(lineno, str(exc))
        return []
    where = reader.where(lineno)
    if len(forms) > 1 or "!" in text:
        return [AgentEntry(normalise_phrase(f)[0], (), code, position, where) for f in forms]
    phrase = normalise_phrase(text)[0]
    if plural_text is None:
        plurals = (regular_plural(phrase),)
    else:
        plurals = tuple(p for p in [normalise_phrase(plural_text)[0]] if p)
    return [AgentEntry(phrase, plurals, code, position, where)]


def _agent_code(text: str) -> tuple[str | None, str]:
    text = text.replace(" ", "")
    if text.startswith("~") and _CODE_TEXT.match(text[1:]) and "~" not in text[1:]:
        return text[1:].upper(), "suffix"
    if text.endswith("~") and _CODE_TEXT.match(text[:-1]) and "~" not in text[:-1]:
        return text[:-1].upper(), "prefix"
    return None, ""


def _expand_markers(text: str, markers: dict[str, list[str]]) -> list[str]:
    """``FOREIGN_!MINIST!`` with each member of the ``!MINIST!`` set substituted."""
    if "!" not in text:
        return [text]
    before, _, rest = text.partition("!")
    name, closed, after = rest.partition("!")
    if not closed:
        raise ValueError(f"substitution marker in {text!r} has no closing '!'")
    if name.upper() not in markers:
        raise ValueError(f"substitution marker !{name}! is not defined (define it as '!{name}! = A, B')")
    return [form for member in markers[name.upper()] for form in _expand_markers(before + member + after, markers)]


# ---------------------------------------------------------------- discards


def read_discards(path: str | Path, *, strict: bool = True) -> DiscardList:
    """Read a PETRARCH discard list: one phrase per line; ``+`` = whole story."""
    reader = _Reader(path, strict)
    entries = []
    for lineno, line in reader.lines():
        text = line.strip()
        scope = "story" if text.startswith("+") else "sentence"
        phrase, stem = normalise_phrase(text.lstrip("+"))
        if not phrase:
            reader.problem(lineno, "'+' with no phrase")
            continue
        if re.search(r"[\[\]{}]", phrase):
            reader.problem(lineno, f"brackets in discard phrase {phrase!r} (a code does not belong here)")
            continue
        entries.append(DiscardEntry(phrase, scope, stem, reader.where(lineno)))
    return DiscardList(str(path), tuple(entries), tuple(reader.notes))
