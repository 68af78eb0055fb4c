"""The word lists in ``dyad/nlp/data``: read from the installed package, one entry per line,
"#" starting a comment. Each list's reader checks its own line shape and names file and line."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..errors import DataError


def data_text(name: str) -> str:
    return resources.files("dyad.nlp").joinpath("data", name).read_text(encoding="utf-8")


def data_fields(text: str) -> Iterator[tuple[int, list[str], str]]:
    """(line number, whitespace-separated fields, the line) for each line with an entry."""
    for n, line in enumerate(text.splitlines(), start=1):
        fields = line.split("#")[0].split()
        if fields:
            yield n, fields, line.strip()


def read_words(text: str, where: str) -> frozenset[str]:
    """One word per line, lower-cased (they are compared with single tokens); a line of several
    words is an error naming ``where`` and the line, as it could never match."""
    words = set()
    for n, fields, line in data_fields(text):
        if len(fields) > 1:
            raise DataError(f"{where}:{n}: expected one word, got {line!r}")
        words.add(fields[0].lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Nouns naming a time ("Thursday", "morning", "week"), lower case."""
    return read_words(data_text("time_words.txt"), "time_words.txt")
