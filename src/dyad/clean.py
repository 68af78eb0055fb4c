"""Strip scraper debris from an article, and say what was removed.

Scrapers leave debris in and after the story: teaser headlines of other
stories, related-headline blocks, licence footers, editors' initials
("MH/PA"), "Read more" links, photo captions. Coding it would invent events,
so ``clean_article`` cuts it out and lists each piece in ``Article.removed``
with a reason.

Two passes, both careful, because cutting a real sentence costs more than
leaving a stray line:

1. The tail: pieces that end the text are cut one at a time, from the end
   backwards, while some pattern matches there. The kept text is a prefix of
   the input.
2. Whole lines: patterns marked ``lines`` also remove lines (or blocks of
   lines) anywhere in what is left, never part of a line. Paragraph breaks
   around a removed line are kept.
3. Inside the text: patterns marked ``inline`` remove pieces anywhere in what
   is left, with the spaces after them: subheadings in quotes that the
   scraper ran into the next paragraph ("… the Iranian minister noted.
   ‘Iran has fulfilled commitments in JCPOA’ During a separate meeting …").

Before all three, a pattern marked ``rest`` cuts everything from its first
match to the end, however long: a second copy of the story that a scraper
appended, such as IRNA's raw lower-case wire copy after its "thr 012
iran-azerbaijan-younesi /pol/" slug (held-out seed 2061; 8 of 33,690 Tehran
Times articles).

The patterns are data, in ``dyad/data/debris.tsv``; its header explains the
format, the scopes and each reason. ``Article.removed`` lists the whole-line pieces,
then the inline pieces, each in text order, then the tail: all lie before
the tail cut; last, a "rest" piece, after all of them.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import DataError
from .types import Article, Removed

__all__ = ["DebrisPattern", "clean_article", "load_debris", "strip_debris", "strip_inline", "strip_lines", "strip_rest"]

# The longest piece of debris one tail pattern may remove; also keeps the search
# cheap on long articles, since only the last WINDOW characters are scanned.
WINDOW = 1000
SCOPES = ("tail", "lines", "inline", "rest")


@dataclass(frozen=True)
class DebrisPattern:
    """One line of a debris file: why it is debris, and the compiled regexes."""

    reason: str
    regex: re.Pattern[str] | None  # matches a piece ending the text; None for scopes "inline", "rest"
    origin: str  # "file:line", for messages
    # "tail"; "lines": whole lines anywhere, and at the tail; "inline": anywhere; "rest": from the
    # first match to the end
    scope: str = "tail"
    # matches whole lines ("lines"), pieces ("inline") or where a copy starts ("rest"), anywhere
    anywhere: re.Pattern[str] | None = None


Patterns = tuple[DebrisPattern, ...]


def clean_article(article: Article, *, patterns: Patterns | None = None) -> Article:
    """The article with debris cut out and recorded in ``removed``.

    ``patterns`` defaults to the built-in ``debris.tsv``.
    """
    if patterns is None:
        patterns = load_debris()
    text, rest = strip_rest(article.text, patterns)
    text, tail = strip_debris(text, patterns)
    text, lines = strip_lines(text, patterns)
    text, inline = strip_inline(text, patterns)
    if not rest and not tail and not lines and not inline:
        return article
    return dataclasses.replace(article, text=text, removed=article.removed + lines + inline + tail + rest)


def strip_rest(text: str, patterns: Patterns) -> tuple[str, tuple[Removed, ...]]:
    """Cut ``text`` at the first match of a pattern of scope "rest" that has text before it."""
    starts = [(m.start(), p.reason) for p in patterns if p.scope == "rest"
              if (m := p.anywhere.search(text, len(text) - len(text.lstrip()) + 1))]
    if not starts:
        return text, ()
    start, reason = min(starts)
    return text[:start].rstrip(), (Removed(text=text[start:].strip(), reason=reason),)


def strip_debris(text: str, patterns: Patterns) -> tuple[str, tuple[Removed, ...]]:
    """Cut debris off the end of ``text``; return the kept text and the pieces in text order."""
    end = len(text.rstrip())
    pieces: list[Removed] = []
    while True:
        match = _match_tail(text, end, patterns)
        if match is None:
            break
        start, pattern = match
        pieces.append(Removed(text=text[start:end].strip(), reason=pattern.reason))
        end = len(text[:start].rstrip())
    if not pieces:
        return text, ()
    pieces.reverse()
    return text[:end], tuple(pieces)


def _match_tail(text: str, end: int, patterns: Patterns) -> tuple[int, DebrisPattern] | None:
    """Start of the first pattern's match that ends at ``end``, if any text stays before it."""
    for pattern in patterns:
        # endpos makes \Z match at ``end``; lookbehinds still see text before pos.
        if pattern.regex is None:
            continue  # an inline pattern: never a tail piece
        m = pattern.regex.search(text, max(0, end - WINDOW), end)
        if m and m.start() < end and text[:m.start()].strip():
            return m.start(), pattern
    return None


def strip_lines(text: str, patterns: Patterns) -> tuple[str, tuple[Removed, ...]]:
    """Remove whole debris lines anywhere in ``text`` (patterns of scope "lines").

    Nothing is removed if nothing would be left.
    """
    return _cut(text, _spans(text, patterns, "lines"), _join)


def strip_inline(text: str, patterns: Patterns) -> tuple[str, tuple[Removed, ...]]:
    """Remove debris pieces anywhere in ``text`` (patterns of scope "inline"), each with the
    spaces after it. Nothing is removed if nothing would be left."""
    return _cut(text, _spans(text, patterns, "inline"), "".join)


def _cut(text: str, spans: list[tuple[int, int, str]], join) -> tuple[str, tuple[Removed, ...]]:
    """``text`` without the spans, the parts around them glued by ``join``, and the pieces cut;
    ``text`` unchanged if nothing would be left."""
    if not spans:
        return text, ()
    kept, position = [], 0
    for start, end, _ in spans:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    joined = join(kept)
    if not joined.strip():
        return text, ()
    return joined, tuple(Removed(text=text[s:e].strip(), reason=reason) for s, e, reason in spans)


def _spans(text: str, patterns: Patterns, scope: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, reason) of the matches anywhere of the patterns of ``scope``
    ("lines" or "inline"), in text order; an earlier pattern in the file wins an overlap."""
    found: list[tuple[int, int, str]] = []
    for pattern in patterns:
        if pattern.scope != scope:
            continue
        for m in pattern.anywhere.finditer(text):
            if m.end() > m.start() and not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), pattern.reason))
    return sorted(found)


def _join(parts: list[str]) -> str:
    """Glue the text around removed lines, keeping the wider of the line breaks on either side."""
    out = parts[0]
    for part in parts[1:]:
        rest = part.lstrip("\n")
        if not out.strip():  # all before was removed: no break to keep
            out = rest
            continue
        before = len(out) - len(out.rstrip("\n"))
        after = len(part) - len(rest)
        out += "\n" * max(0, min(2, max(before, after)) - before) + rest
    return out


def load_debris(path: str | Path | None = None) -> Patterns:
    """Debris patterns from a TSV file (default: the built-in one), read once per path."""
    return _load_cached(str(Path(path)) if path is not None else _builtin_path())


@functools.cache
def _builtin_path() -> str:
    # Resolved once: importlib.resources costs more than cleaning an article.
    return str(resources.files("dyad") / "data" / "debris.tsv")


@functools.lru_cache(maxsize=8)
def _load_cached(path: str) -> Patterns:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"{path}: cannot read debris patterns: {e}") from e
    patterns = []
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            patterns.append(_parse_line(line, f"{path}:{number}"))
    return tuple(patterns)


def _parse_line(line: str, origin: str) -> DebrisPattern:
    columns = line.split("\t")
    if len(columns) not in (2, 3) or not columns[0].strip() or not columns[1]:
        raise DataError(f"{origin}: expected 'reason<TAB>regex[<TAB>scope]', got {line!r}")
    reason, source = columns[0].strip(), columns[1]
    scope = columns[2].strip() if len(columns) == 3 else "tail"
    if scope not in SCOPES:
        raise DataError(f"{origin}: unknown scope {scope!r} (expected one of {', '.join(SCOPES)})")
    try:
        # Compiled alone first, so a stray ")" cannot escape the anchors.
        re.compile(source, re.MULTILINE)
        if scope == "lines":
            regex = re.compile(rf"^(?:{source})\s*\Z", re.MULTILINE)
            anywhere = re.compile(rf"^[ \t]*(?:{source})[ \t]*$", re.MULTILINE)
        elif scope == "inline":
            regex, anywhere = None, re.compile(rf"(?:{source})[ \t]*", re.MULTILINE)
        elif scope == "rest":
            regex, anywhere = None, re.compile(source, re.MULTILINE)
        else:
            regex = re.compile(rf"(?<!\S)(?:{source})\s*\Z", re.MULTILINE)
            anywhere = None
    except re.error as e:
        raise DataError(f"{origin}: bad regex {source!r}: {e}") from e
    # An empty match would remove nothing and report a piece forever.
    if re.fullmatch(source, "", re.MULTILINE):
        raise DataError(f"{origin}: regex {source!r} matches empty text")
    return DebrisPattern(reason=reason, regex=regex, origin=origin, scope=scope, anywhere=anywhere)
