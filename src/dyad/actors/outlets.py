"""The home country of the outlet an article comes from: the weak default of an article with no
dateline (``data/actors/outlets.tsv``; the dateline's country, when there is one, wins)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import DataError
from ..types import Article
from .lexicon import _alternatives, _rows, data_dir


@dataclass(frozen=True)
class Outlet:
    name: str  # the first name of its row
    country: str
    titles: frozenset[str] = frozenset()  # "Leader": the home country's office whatever the topic


@dataclass(frozen=True)
class Outlets:
    names: tuple[tuple[str, Outlet], ...]  # (lower-case name, outlet), longest first
    hosts: dict[str, Outlet]  # web host -> outlet

    def of(self, article: Article) -> Outlet | None:
        """The outlet ``article`` names in its source, site or URL, if listed."""
        source = (article.source or "").strip().lower()
        for name, outlet in self.names:
            if source.startswith(name) and not source[len(name):len(name) + 1].isalnum():
                return outlet
        for host in (article.site, urlsplit(article.url or "").hostname):
            host = (host or "").lower().removeprefix("www.")
            while host:
                if host in self.hosts:
                    return self.hosts[host]
                host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None


def read_outlets(path: Path, countries: frozenset[str]) -> Outlets:
    """Outlets of ``path``, checked: four columns, a known country, no name or host given twice."""
    names: dict[str, Outlet] = {}
    hosts: dict[str, Outlet] = {}
    for lineno, cols in _rows(path, 4):
        if cols[1] not in countries:
            raise DataError(f"{path}:{lineno}: unknown country code {cols[1]!r}")
        titles = _alternatives(cols[2])
        if any(not t[:1].isupper() for t in titles):
            raise DataError(f"{path}:{lineno}: titles are matched capitalised; {cols[2]!r} has one that is not")
        alts = _alternatives(cols[0])
        if not alts:
            raise DataError(f"{path}:{lineno}: no outlet name or web host")
        outlet = Outlet(alts[0], cols[1], frozenset(titles))
        for alt in alts:
            key = alt.lower()
            table = hosts if "." in key and " " not in key else names
            if key in table:
                raise DataError(f"{path}:{lineno}: {alt!r} is listed twice")
            table[key] = outlet
    if not names and not hosts:
        raise DataError(f"{path}: no outlets")
    return Outlets(tuple(sorted(names.items(), key=lambda kv: -len(kv[0]))), hosts)


@lru_cache(maxsize=1)
def load_outlets() -> Outlets:
    d = data_dir()
    countries = frozenset(cols[0] for _, cols in _rows(d / "countries.tsv", 5))
    return read_outlets(d / "outlets.tsv", countries)
