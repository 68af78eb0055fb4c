"""CAMEO event codes, QuadClass and the CAMEO -> PLOVER mapping.

    ontology = load_ontology()
    ontology.cameo("042")    # CameoCode(code='042', name='Make a visit', root='04',
                             #           goldstein=1.9, quad_class=1)
    ontology.plover("0312")  # PloverMapping(type='AGREE', mode=None, context=('military',))

The knowledge lives in three tables beside this module, built from the reference
files by scripts/build_ontology.py (see each file's header for source and licence):

    cameo.tsv          code, name, root, goldstein, quad_class  (every CAMEO 1.1b3 code)
    quad_class.tsv     root, quad_class, quad_name              (GDELT convention)
    cameo_plover.tsv   cameo, plover_type, plover_mode, plover_context

A code without its own PLOVER row takes the mapping of its nearest ancestor.
PLOVER dropped CAMEO roots 01 (statements) and 02 (appeals), so their codes map
to None. Every malformed row raises DataError naming the file and line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterator, Mapping

from ..errors import DataError

__all__ = [
    "CameoCode",
    "Ontology",
    "PloverMapping",
    "UnknownCode",
    "legacy_country_codes",
    "load_ontology",
    "plover_version_type",
    "plover_version_types",
]

CAMEO_TABLE = "cameo.tsv"
QUAD_CLASS_TABLE = "quad_class.tsv"
PLOVER_TABLE = "cameo_plover.tsv"
PLOVER_VERSIONS_TABLE = "plover_versions.tsv"
LEGACY_COUNTRIES_TABLE = "legacy_countries.tsv"

CAMEO_COLUMNS = ("code", "name", "root", "goldstein", "quad_class")
QUAD_CLASS_COLUMNS = ("root", "quad_class", "quad_name")
PLOVER_COLUMNS = ("cameo", "plover_type", "plover_mode", "plover_context")
PLOVER_VERSIONS_COLUMNS = ("version", "cameo", "plover_type")
LEGACY_COUNTRIES_COLUMNS = ("legacy", "iso", "country")
ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))


class UnknownCode(DataError, KeyError):
    """A string that is not a CAMEO 1.1b3 event code.

    Also a KeyError, so code that treats the ontology as a mapping can catch it.
    """

    # KeyError.__str__ would wrap the message in quotes.
    __str__ = DataError.__str__


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class PloverMapping:
    type: str
    mode: str | None
    context: tuple[str, ...] = ()


# eq=False: identity equality and hashing, so a loaded ontology can be passed to
# cached functions; its tables are read-only mapping proxies.
@dataclass(frozen=True, eq=False)
class Ontology:
    cameo_codes: Mapping[str, CameoCode]
    plover_mappings: Mapping[str, PloverMapping]  # direct rows only, no fallback
    quad_class_names: Mapping[int, str]

    def is_code(self, code: object) -> bool:
        return isinstance(code, str) and code in self.cameo_codes

    def cameo(self, code: str) -> CameoCode:
        if not self.is_code(code):
            raise UnknownCode(f"{code!r} is not a CAMEO 1.1b3 event code")
        return self.cameo_codes[code]

    def codes(self) -> list[str]:
        return list(self.cameo_codes)

    def quad_class(self, code: str) -> int:
        return self.cameo(code).quad_class

    def plover(self, code: str) -> PloverMapping | None:
        """PLOVER mapping of code or of its nearest mapped ancestor; None if none."""
        self.cameo(code)  # an unknown code is an error, not "no mapping"
        for candidate in lineage(code):
            mapping = self.plover_mappings.get(candidate)
            if mapping is not None:
                return mapping
        return None


def lineage(code: str) -> tuple[str, ...]:
    """The code, its ancestors up to the root, then the root's x0 code."""
    chain = [code[:length] for length in range(len(code), 1, -1)]
    # CAMEO uses a root and its x0 code for the same event ("19" FIGHT, "190" Use
    # conventional military force); the PLOVER table maps only the x0 code.
    generic = code[:2] + "0"
    if generic not in chain:
        chain.append(generic)
    return tuple(chain)


@functools.lru_cache(maxsize=8)
def load_ontology(
    *,
    data_dir: str | Path | None = None,
    quad_class_table: str | Path | None = None,
) -> Ontology:
    """Load the ontology tables, once per argument combination.

    data_dir replaces the packaged tables (it must hold all three files);
    quad_class_table replaces only the root -> QuadClass convention, and then
    wins over the quad_class column of cameo.tsv.
    """
    if quad_class_table is None:
        quad_label, quad_text = read_table(QUAD_CLASS_TABLE, data_dir)
    else:
        quad_label, quad_text = read_path(Path(quad_class_table))
    quad_by_root, quad_names = parse_quad_classes(quad_label, quad_text)
    codes = parse_cameo(
        *read_table(CAMEO_TABLE, data_dir),
        quad_by_root,
        check_column=quad_class_table is None,
    )
    mappings = parse_plover(*read_table(PLOVER_TABLE, data_dir), codes)
    return Ontology(
        cameo_codes=MappingProxyType(codes),
        plover_mappings=MappingProxyType(mappings),
        quad_class_names=MappingProxyType(quad_names),
    )


@functools.lru_cache(maxsize=8)
def plover_version_types(version: str) -> Mapping[str, str]:
    """CAMEO root or code -> PLOVER type where an older PLOVER ``version`` differs from 0.8.

    Gold sets coded in PLOVER 0.5 ("PLOVER-0.5b1") use DEMAND, DISAPPROVE,
    INVESTIGATE and FIGHT, which 0.8 folded into other types, and map a few codes
    by their root that 0.8 moved (163 sanctions: SANCTION in 0.5, COERCE in 0.8);
    an empty mapping means the version's types are Dyad's.
    """
    label, text = read_table(PLOVER_VERSIONS_TABLE, None)
    known = load_ontology().cameo_codes
    out: dict[str, str] = {}
    for where, (ver, code, type_) in rows(label, text, PLOVER_VERSIONS_COLUMNS, required=3):
        if code not in known or not type_.isupper():
            raise DataError(f"{where}: expected a CAMEO root or code and an upper-case PLOVER type")
        if ver == version:
            out[code] = type_
    return MappingProxyType(out)


def plover_version_type(version: str, code: str) -> str | None:
    """The PLOVER type of CAMEO ``code`` in an older ``version``, by the longest listed prefix;
    None where the version keeps Dyad's (0.8) type."""
    types = plover_version_types(version)
    return next((types[code[:n]] for n in range(len(code), 1, -1) if code[:n] in types), None)


@functools.lru_cache(maxsize=1)
def legacy_country_codes() -> Mapping[str, str]:
    """Old KEDS/Phoenix country code -> ISO alpha-3 code ("JAP" -> "JPN"), for scoring gold
    sets written with the old codes (legacy_countries.tsv)."""
    label, text = read_table(LEGACY_COUNTRIES_TABLE, None)
    out: dict[str, str] = {}
    for where, (old, iso, _country) in rows(label, text, LEGACY_COUNTRIES_COLUMNS, required=2):
        if not (len(old) == len(iso) == 3 and old.isupper() and iso.isupper()) or old == iso:
            raise DataError(f"{where}: expected two different three-letter upper-case country codes")
        out[old] = iso
    return MappingProxyType(out)


def read_table(name: str, data_dir: str | Path | None) -> tuple[str, str]:
    """(label, text) of a packaged table, or of the same file in data_dir."""
    if data_dir is not None:
        return read_path(Path(data_dir) / name)
    resource = resources.files(__package__) / name
    try:
        return str(resource), resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{resource}: cannot read packaged table: {err}") from err


def read_path(path: Path) -> tuple[str, str]:
    try:
        return str(path), path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot read table: {err}") from err


def rows(
    label: str, text: str, columns: tuple[str, ...], *, required: int
) -> Iterator[tuple[str, list[str]]]:
    """("file:line", fields) for each data row; '#' lines and blank lines are skipped.

    Rows may omit trailing optional columns (at least `required` fields), because
    editors often strip the trailing tabs of a row whose last fields are empty.
    """
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{label}:{lineno}"
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise DataError(f"{where}: expected header {' | '.join(columns)}, got {line!r}")
            header_seen = True
            continue
        if not required <= len(fields) <= len(columns):
            raise DataError(
                f"{where}: expected {len(columns)} tab-separated fields,"
                f" got {len(fields)}: {line!r}"
            )
        yield where, [field.strip() for field in fields] + [""] * (len(columns) - len(fields))
    if not header_seen:
        raise DataError(f"{label}: no header line {' | '.join(columns)}")


def parse_int(value: str, allowed: range, what: str, where: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = None
    if number not in allowed:
        raise DataError(f"{where}: {what} {value!r} is not in {allowed.start}-{allowed.stop - 1}")
    return number


def parse_quad_classes(label: str, text: str) -> tuple[dict[str, int], dict[int, str]]:
    """Root -> QuadClass, and QuadClass -> name."""
    by_root: dict[str, int] = {}
    names: dict[int, str] = {}
    for where, (root, quad_value, name) in rows(label, text, QUAD_CLASS_COLUMNS, required=3):
        if root not in ROOTS:
            raise DataError(f"{where}: {root!r} is not a CAMEO root (01-20)")
        if root in by_root:
            raise DataError(f"{where}: root {root} is listed twice")
        quad = parse_int(quad_value, range(1, 5), "quad_class", where)
        if not name or names.setdefault(quad, name) != name:
            raise DataError(f"{where}: quad_class {quad} needs one non-empty name, got {name!r}")
        by_root[root] = quad
    if set(by_root) != ROOTS:
        raise DataError(f"{label}: roots {sorted(ROOTS - set(by_root))} have no quad_class")
    return by_root, names


def parse_cameo(
    label: str, text: str, quad_by_root: Mapping[str, int], *, check_column: bool
) -> dict[str, CameoCode]:
    """Code -> CameoCode, in code order.

    With check_column, the file's quad_class must agree with the quad class table
    (they are built together); otherwise the table is a replacement and wins.
    """
    codes: dict[str, CameoCode] = {}
    for where, (code, name, root, goldstein, quad_value) in rows(
        label, text, CAMEO_COLUMNS, required=5
    ):
        well_formed = code.isdigit() and 2 <= len(code) <= 4 and root == code[:2]
        if not well_formed or root not in ROOTS:
            raise DataError(f"{where}: {code!r} with root {root!r} is not a CAMEO code")
        if code in codes:
            raise DataError(f"{where}: code {code} is listed twice")
        if not name:
            raise DataError(f"{where}: code {code} has no name")
        quad = parse_int(quad_value, range(1, 5), "quad_class", where)
        if check_column and quad != quad_by_root[root]:
            raise DataError(f"{where}: quad_class {quad} disagrees with {QUAD_CLASS_TABLE}")
        codes[code] = CameoCode(
            code, name, root, parse_goldstein(goldstein, where), quad_by_root[root]
        )
    missing = sorted({code.root for code in codes.values()} - set(codes))
    if missing:
        raise DataError(f"{label}: roots {missing} are used but have no row")
    return {code: codes[code] for code in sorted(codes)}


def parse_goldstein(value: str, where: str) -> float:
    try:
        weight = float(value)
    except ValueError:
        raise DataError(f"{where}: goldstein {value!r} is not a number") from None
    if not -10.0 <= weight <= 10.0:
        raise DataError(f"{where}: goldstein {weight} is outside -10..10")
    return weight


def parse_plover(
    label: str, text: str, codes: Mapping[str, CameoCode]
) -> dict[str, PloverMapping]:
    """CAMEO code -> its own PLOVER row (ancestor fallback happens at lookup)."""
    mappings: dict[str, PloverMapping] = {}
    for where, (code, type_, mode, context) in rows(label, text, PLOVER_COLUMNS, required=2):
        if code not in codes:
            raise DataError(f"{where}: {code!r} is not a code in {CAMEO_TABLE}")
        if code in mappings:
            raise DataError(f"{where}: code {code} is mapped twice")
        if not (type_.isupper() and type_.replace("_", "").isalpha()):
            raise DataError(f"{where}: PLOVER type {type_!r} is not an upper-case name")
        contexts = tuple(part.strip() for part in context.split(";") if part.strip())
        mappings[code] = PloverMapping(type_, mode or None, contexts)
    return mappings
