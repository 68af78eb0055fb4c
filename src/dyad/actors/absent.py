"""Bodies and offices a country does not have (``data/actors/absent.tsv``): "the Senate" in a
Tehran-datelined story is no Iranian body, so the dateline's country is not its default; it is
the country such a body usually is in that country's press (the U.S.), where the file says so."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from .lexicon import Hit, _alternatives, _rows, data_dir, read_agents

# home country -> {agent form -> the country it usually is, or ""}
Absent = dict[str, dict[str, str]]


def read_absent(path: Path, countries: frozenset[str], agent_forms: frozenset[str]) -> Absent:
    """The file's rows, checked: known countries, forms agents.tsv has, no form given twice."""
    absent: Absent = {}
    for lineno, cols in _rows(path, 3):
        home, usual = cols[0], cols[2]
        for code in (home, usual):
            if code and code not in countries:
                raise DataError(f"{path}:{lineno}: unknown country code {code!r}")
        forms = absent.setdefault(home, {})
        for form in _alternatives(cols[1]):
            if form not in agent_forms:
                raise DataError(f"{path}:{lineno}: {form!r} is no agent phrase of agents.tsv")
            if form in forms:
                raise DataError(f"{path}:{lineno}: {form!r} is listed twice for {home}")
            forms[form] = usual
    return absent


@lru_cache(maxsize=1)
def load_absent() -> Absent:
    d = data_dir()
    countries = frozenset(cols[0] for _, cols in _rows(d / "countries.tsv", 5))
    forms = frozenset(e.phrase.lower() for e in read_agents(d))
    return read_absent(d / "absent.tsv", countries, forms)


def _lacking(home: str | None, hits: list[Hit]) -> tuple[str, str] | None:
    """(usual country or "", agent form) when a body or office among ``hits`` is none that
    ``home`` has."""
    forms = load_absent().get(home or "")
    if not forms:
        return None
    for h in hits:
        if h.entry.kind == "agent" and h.entry.phrase.lower() in forms:
            return forms[h.entry.phrase.lower()], h.entry.phrase.lower()
    return None


def unless_absent(home: str, rule: str, hits: list[Hit]) -> tuple[str, str] | None:
    """(country, rule) of a default, unless the body or office is none the default country has
    ("the Senate" in a Tehran story: the U.S. Senate); then the usual one, or none."""
    lacking = _lacking(home, hits)
    if lacking is None:
        return home, rule
    usual, form = lacking
    return (usual, f"home-lacks:{form}") if usual else None
