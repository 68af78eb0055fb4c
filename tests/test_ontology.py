"""The ontology tables: completeness against the reference CSV, known facts,
PLOVER fallback, error reporting, and reproducibility of the build script."""

from __future__ import annotations

import csv
import importlib.util
import io
import shutil
import sys
from importlib import resources
from pathlib import Path

import pytest

from dyad.errors import DataError
from dyad.ontology import (
    CameoCode,
    PloverMapping,
    UnknownCode,
    lineage,
    load_ontology,
)

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CAMEO_CSV = SHARED_DATA / "ontology" / "cameo-codes.csv"
PLOVER_TXT = SHARED_DATA / "ontology" / "CAMEO2PLOVER-2021.txt"
TABLES = ("cameo.tsv", "quad_class.tsv", "cameo_plover.tsv")

needs_shared = pytest.mark.skipif(
    not (CAMEO_CSV.is_file() and PLOVER_TXT.is_file()),
    reason=f"reference data not found at {SHARED_DATA / 'ontology'} (../shared, beside the repo)",
)


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture
def table_dir(tmp_path):
    """A writable copy of the packaged tables, to break or trim in a test."""
    for name in TABLES:
        (tmp_path / name).write_text(packaged(name), encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def build_script():
    path = REPO / "scripts" / "build_ontology.py"
    spec = importlib.util.spec_from_file_location("build_ontology", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def packaged(name: str) -> str:
    return (resources.files("dyad.ontology") / name).read_text(encoding="utf-8")


def csv_codes() -> list[str]:
    # The CSV carries mojibake in its free-text columns; the code column is ASCII.
    text = CAMEO_CSV.read_bytes().decode("utf-8", errors="replace")
    return [row["code"] for row in csv.DictReader(io.StringIO(text, newline=""))]


def append_line(path: Path, line: str) -> int:
    """Append a line to a table; return its line number."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


def drop_rows(path: Path, *codes: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(l for l in lines if l.split("\t")[0] not in codes), encoding="utf-8")


# --- completeness -----------------------------------------------------------


@needs_shared
def test_every_csv_row_is_a_code(ontology):
    expected = csv_codes()
    assert len(expected) == 312
    assert len(ontology.codes()) == len(expected)
    assert set(ontology.codes()) == set(expected)


def test_codes_are_sorted_and_include_the_twenty_roots(ontology):
    codes = ontology.codes()
    assert codes == sorted(codes)
    assert [c for c in codes if len(c) == 2] == [f"{r:02d}" for r in range(1, 21)]


def test_every_code_has_a_root_that_exists(ontology):
    for code in ontology.codes():
        entry = ontology.cameo(code)
        assert entry.root == code[:2]
        assert ontology.is_code(entry.root)
        assert ontology.cameo(entry.root).quad_class == entry.quad_class


def test_names_and_goldstein_values_are_clean(ontology):
    for code in ontology.codes():
        entry = ontology.cameo(code)
        assert entry.name.isprintable() and entry.name.isascii() and entry.name != "NA"
        assert entry.name[0].isupper()
        assert -10.0 <= entry.goldstein <= 10.0


# --- known facts --------------------------------------------------------------


def test_make_a_visit(ontology):
    assert ontology.cameo("042") == CameoCode("042", "Make a visit", "04", 1.9, 1)


def test_conventional_military_force(ontology):
    entry = ontology.cameo("190")
    assert (entry.root, entry.goldstein, entry.quad_class) == ("19", -10.0, 4)
    assert ontology.quad_class("190") == 4


def test_lower_case_leaf_names_are_capitalised(ontology):
    assert ontology.cameo("116").name == "Find guilty or liable (legally)"
    assert ontology.cameo("193").name == "Fight with small arms and light weapons"


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_gdelt_quad_classes(ontology, root, quad):
    assert ontology.quad_class(root) == quad


def test_quad_class_names(ontology):
    assert dict(ontology.quad_class_names) == {
        1: "Verbal Cooperation",
        2: "Material Cooperation",
        3: "Verbal Conflict",
        4: "Material Conflict",
    }


@pytest.mark.parametrize(
    ("code", "mapping"),
    [
        ("0312", PloverMapping("AGREE", None, ("military",))),
        ("057", PloverMapping("SUPPORT", None, ("diplomatic",))),
        ("091", PloverMapping("ACCUSE", "investigate", ("crime", "corruption"))),
        ("0841", PloverMapping("RETREAT", "release", ("legal",))),
        ("0861", PloverMapping("RETREAT", "access", ("peacekeeping",))),  # "access " in source
        ("163", PloverMapping("COERCE", "restrict", ("diplomatic",))),  # listed under 16
        ("175", PloverMapping("ASSAULT", "pro_autocracy", ("military",))),  # listed twice
        ("042", PloverMapping("CONSULT", "visit", ())),
    ],
)
def test_plover_mappings(ontology, code, mapping):
    assert ontology.plover(code) == mapping


# --- PLOVER fallback ---------------------------------------------------------------


def test_lineage():
    assert lineage("0312") == ("0312", "031", "03", "030")
    assert lineage("190") == ("190", "19")
    assert lineage("19") == ("19", "190")


def test_root_takes_the_mapping_of_its_x0_code(ontology):
    assert "19" not in ontology.plover_mappings
    assert ontology.plover("19") == ontology.plover("190")
    # 08 has two section headers in the source (CONCEDE, RETREAT); 080 decides.
    assert ontology.plover("08").type == "CONCEDE"


def test_plover_dropped_statements_and_appeals(ontology):
    for code in ontology.codes():
        if code[:2] in ("01", "02"):
            assert ontology.plover(code) is None, code
        else:
            assert ontology.plover(code) is not None, code


def test_plover_falls_back_to_nearest_mapped_ancestor(table_dir):
    drop_rows(table_dir / "cameo_plover.tsv", "0312")
    trimmed = load_ontology(data_dir=table_dir)
    assert "0312" not in trimmed.plover_mappings
    assert trimmed.plover("0312") == PloverMapping("AGREE", None, ("diplomatic",))  # 031's

    drop_rows(table_dir / "cameo_plover.tsv", "031", "030")
    # A str key: the Path key already holds the first load in load_ontology's cache.
    assert load_ontology(data_dir=str(table_dir)).plover("0312") is None


def test_plover_row_may_lose_its_trailing_empty_fields(table_dir):
    drop_rows(table_dir / "cameo_plover.tsv", "040")
    append_line(table_dir / "cameo_plover.tsv", "040\tCONSULT")
    assert load_ontology(data_dir=table_dir).plover("040") == PloverMapping("CONSULT", None, ())


# --- lookups and loading ----------------------------------------------------------


@pytest.mark.parametrize("code", ["999", "42", "0420", " 042", "", 42, None])
def test_unknown_code(ontology, code):
    assert not ontology.is_code(code)
    with pytest.raises(UnknownCode, match="not a CAMEO"):
        ontology.cameo(code)
    with pytest.raises(DataError):
        ontology.plover(code)
    with pytest.raises(KeyError):
        ontology.quad_class(code)


def test_load_is_cached():
    assert load_ontology() is load_ontology()


def test_user_supplied_quad_class_table(tmp_path):
    # ICEWS-style variant: protests (14) count as verbal conflict.
    text = packaged("quad_class.tsv").replace("14\t4\tMaterial Conflict", "14\t3\tVerbal Conflict")
    table = tmp_path / "quads.tsv"
    table.write_text(text, encoding="utf-8")
    custom = load_ontology(quad_class_table=table)
    assert custom.quad_class("1411") == 3
    assert custom.quad_class("190") == 4
    assert load_ontology().quad_class("1411") == 4


# --- malformed tables ------------------------------------------------------------

MALFORMED = [
    ("cameo.tsv", "0999\tBroken row", "expected 5 tab-separated fields"),
    ("cameo.tsv", "0999\tBroken\t09\tNA\t3", "goldstein 'NA'"),
    ("cameo.tsv", "0999\tBroken\t09\t-2\t9", "quad_class '9'"),
    ("cameo.tsv", "0999\tBroken\t09\t-2\t4", "disagrees with quad_class.tsv"),
    ("cameo.tsv", "042\tMake a visit\t04\t1.9\t1", "listed twice"),
    ("cameo.tsv", "9x9\tBroken\t9x\t-2\t3", "not a CAMEO code"),
    ("cameo_plover.tsv", "1214\tREJECT\tassist\tintelligence", "not a code in cameo.tsv"),
    ("cameo_plover.tsv", "010\tagree\t\t", "not an upper-case name"),
    ("cameo_plover.tsv", "010", "expected 4 tab-separated fields"),
    ("quad_class.tsv", "21\t4\tMaterial Conflict", "not a CAMEO root"),
]


@pytest.mark.parametrize(("name", "line", "message"), MALFORMED)
def test_malformed_row_names_file_and_line(table_dir, name, line, message):
    lineno = append_line(table_dir / name, line)
    with pytest.raises(DataError, match=message) as caught:
        load_ontology(data_dir=table_dir)
    assert f"{table_dir / name}:{lineno}:" in str(caught.value)


def test_quad_class_table_must_cover_every_root(table_dir):
    drop_rows(table_dir / "quad_class.tsv", "20")
    with pytest.raises(DataError, match=r"quad_class.tsv: roots \['20'\] have no quad_class"):
        load_ontology(data_dir=table_dir)


def test_missing_table_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="quads.tsv: cannot read"):
        load_ontology(quad_class_table=tmp_path / "quads.tsv")


# --- the build script ------------------------------------------------------------


@needs_shared
def test_build_reproduces_the_packaged_tables(build_script, tmp_path):
    counts = build_script.build(CAMEO_CSV, PLOVER_TXT, tmp_path)
    for name in TABLES:
        assert (tmp_path / name).read_text(encoding="utf-8") == packaged(name), name
    assert counts["codes"] == len(csv_codes())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03: AGREE", None),
        ("", None),
        ("# CAMEO to PLOVER conversion table", None),
        ("~~~~~", None),
        (
            "0861: RETREAT, access , peacekeeping # Receive deployment of peacekeepers",
            ("0861", "RETREAT", "access", ("peacekeeping",)),
        ),
        ("035: AGREE,  ,      # Express intent to yield", ("035", "AGREE", "", ())),
        (
            "094: ACCUSE, investigate, military; legal # Investigate war crimes",
            ("094", "ACCUSE", "investigate", ("military", "legal")),
        ),
    ],
)
def test_build_parses_plover_lines(build_script, line, expected):
    row = build_script.parse_plover_line(line, "t.txt:1")
    assert (row if row is None else (row.code, row.type, row.mode, row.context)) == expected


def test_build_rejects_na_and_mojibake_in_kept_columns(build_script, tmp_path):
    source = tmp_path / "codes.csv"
    header = '"","name","code","goldstein","root_code"\n'
    source.write_bytes((header + '"1","Make a visit","042",NA,"04"\n').encode())
    message = r"codes.csv:2: column 'goldstein' is empty or NA"
    with pytest.raises(build_script.SourceError, match=message):
        build_script.read_cameo_csv(source)
    source.write_bytes(header.encode() + b'"1","Moscow\x82\xc4\xf4s visit","042",1.9,"04"\n')
    with pytest.raises(build_script.SourceError, match="undecodable"):
        build_script.read_cameo_csv(source)


def test_an_unknown_code_in_the_plover_versions_table_is_an_error_naming_its_line(monkeypatch):
    import dyad.ontology as ontology

    ontology.load_ontology()  # the codes it checks against, read before the table is replaced
    table = "version\tcameo\tplover_type\nPLOVER-0.5b1\t10\tDEMAND\nPLOVER-0.5b1\t999\tDEMAND\n"
    monkeypatch.setattr(ontology, "read_table", lambda name, data_dir: ("plover_versions.tsv", table))
    ontology.plover_version_types.cache_clear()
    try:
        with pytest.raises(DataError, match=r"plover_versions.tsv:3: expected a CAMEO root or code"):
            ontology.plover_version_types("PLOVER-0.5b1")
    finally:
        ontology.plover_version_types.cache_clear()

