"""Strip scraper debris from the end of an article, and say what was removed.

Scrapers append debris after the story: teaser headlines of other stories,
licence footers, editors' initials ("MH/PA"), "Read more" links. Coding it
would invent events, so ``clean_article`` cuts it off and lists each piece
in ``Article.removed`` with a reason.

Only the tail of an article is touched, one piece at a time, and the kept
text is a byte-identical prefix of the input: cutting a real sentence from
the middle of a story costs more than leaving a stray line in it.

The patterns are data, in ``dyad/data/debris.tsv``; its header explains the
format and each reason.
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

__all__ = ["DebrisPattern", "clean_article", "load_debris", "strip_debris"]

# The longest piece of debris one pattern may remove; also keeps the search
# cheap on long articles, since only the last WINDOW characters are scanned.
WINDOW = 1000


@dataclass(frozen=True)
class DebrisPattern:
    """One line of a debris file: why it is debris, and the compiled tail regex."""

    reason: str
    regex: re.Pattern[str]
    origin: str  # "file:line", for messages


Patterns = tuple[DebrisPattern, ...]


def clean_article(article: Article, *, patterns: Patterns | None = None) -> Article:
    """The article with trailing debris cut off and recorded in ``removed``.

    ``patterns`` defaults to the built-in ``debris.tsv``.
    """
    if patterns is None:
        patterns = load_debris()
    text, removed = strip_debris(article.text, patterns)
    if not removed:
        return article
    return dataclasses.replace(article, text=text, removed=article.removed + removed)


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
        m = pattern.regex.search(text, max(0, end - WINDOW), end)
        if m and m.start() < end and text[:m.start()].strip():
            return m.start(), pattern
    return None


def load_debris(path: str | Path | None = None) -> Patterns:
    """Debris patterns from a TSV file (default: the built-in one), read once per path."""
    if path is None:
        resource = resources.files("dyad") / "data" / "debris.tsv"
        return _load_cached(str(resource))
    return _load_cached(str(Path(path)))


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
    if len(columns) != 2 or not columns[0].strip() or not columns[1]:
        raise DataError(f"{origin}: expected 'reason<TAB>regex', got {line!r}")
    reason, source = columns[0].strip(), columns[1]
    try:
        # Compiled alone first, so a stray ")" cannot escape the tail anchor.
        re.compile(source, re.MULTILINE)
        regex = re.compile(rf"(?<!\S)(?:{source})\s*\Z", re.MULTILINE)
    except re.error as e:
        raise DataError(f"{origin}: bad regex {source!r}: {e}") from e
    # An empty match would remove nothing and report a piece forever.
    if re.fullmatch(source, "", re.MULTILINE):
        raise DataError(f"{origin}: regex {source!r} matches empty text")
    return DebrisPattern(reason=reason, regex=regex, origin=origin)
