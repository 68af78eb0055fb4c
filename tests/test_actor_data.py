"""Checks on Dyad's built-in actor data files (src/dyad/data/actors/*.tsv).

The files are plain data: these tests parse every file the way a loader would,
check that codes are well formed and consistent, and spot-check a few facts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

ACTORS = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "actors"

# ISO 3166-1 alpha-3, all 249 entries.
ISO_ALPHA3 = set(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES
    BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE
    CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK
    DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
    GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND
    IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN
    LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT
    MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
    NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU
    RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN
    SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA
    UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """.split()
)
# CAMEO country codes that are not ISO codes and that the data may use.
CAMEO_EXTRA_COUNTRIES = {"KSV", "EUR", "WST", "PGS"}  # Kosovo; the regions Europe, the West, the Persian Gulf

# CAMEO sector / role codes an agent (or a country-based actor) may carry.
SECTORS = {
    # primary roles
    "GOV", "MIL", "REB", "INS", "SEP", "OPP", "PTY", "COP", "JUD", "SPY", "UAF",
    # secondary roles
    "LEG", "BUS", "CRM", "CVL", "ELI", "MED", "EDU", "REL", "HLH", "HRI", "ENV",
    "LAB", "AGR", "REF", "DEV", "NGO", "MOD", "RAD", "SET",
    # religion codes (CAMEO Religious Coding System) appended to REL
    "MUS", "SHI", "SUN", "CHR", "CTH", "JEW", "BUD",
}
# PLOVER sector codes (PLOVER manual, "Sector Primary Code").
PLOVER_SECTORS = {
    "GOV", "JUD", "LEG", "MIL", "COP", "OPP", "PTY", "REB", "PRM", "SPY", "UAF",
    "CVL", "ELI", "BUS", "EDU", "MED", "LAB", "AGR", "JRN", "REF", "REL", "SOC", "CRM",
}
# Top-level non-state codes whose remaining segments are organisation mnemonics.
NON_STATE_PREFIXES = {"IGO", "NGO", "IMG"}

AGENT_KINDS = {"title", "body", "group"}
ORG_KINDS = {"igo", "national_body", "armed_group", "party", "ngo"}

COLUMNS = {
    "countries.tsv": ["code", "names", "adjectives", "demonyms_plural", "capitals"],
    "seats.tsv": ["phrase", "code", "note"],
    "agents.tsv": ["phrase", "code", "kind", "plover", "note"],
    "organisations.tsv": ["names", "code", "country", "kind", "note"],
    "institutions.tsv": ["names", "code", "country", "kind", "note"],
}


def read_rows(name: str) -> list[dict[str, str]]:
    path = ACTORS / name
    columns = COLUMNS[name]
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == len(columns), f"{name}:{lineno}: {len(fields)} fields, want {len(columns)}: {line!r}"
        row = dict(zip(columns, fields))
        row["_line"] = str(lineno)
        rows.append(row)
    return rows


def alternatives(field: str) -> list[str]:
    return field.split("|") if field else []


def segments(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def is_sector_string(code: str, allowed: set[str] = SECTORS) -> bool:
    return bool(code) and len(code) % 3 == 0 and all(s in allowed for s in segments(code))


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return read_rows("countries.tsv")


@pytest.fixture(scope="module")
def country_codes(countries) -> set[str]:
    return {r["code"] for r in countries}


def is_actor_code(code: str, country_codes: set[str]) -> bool:
    """A full actor code: country + sectors, or IGO/NGO/IMG + 3-letter segments."""
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    head, rest = code[:3], code[3:]
    if head in NON_STATE_PREFIXES:
        return True
    return head in country_codes and (rest == "" or is_sector_string(rest))


# ---------------------------------------------------------------- all files


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_has_descriptive_header(name):
    lines = (ACTORS / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{name} must start with comment lines"
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    text = "\n".join(header).lower()
    assert "source" in text, f"{name} header must name its sources"
    assert "tab-separated" in text


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_fields_are_clean(name):
    for row in read_rows(name):
        for column in COLUMNS[name]:
            value = row[column]
            where = f"{name}:{row['_line']} {column}"
            assert value == value.strip(), f"{where}: surrounding whitespace {value!r}"
            if column == "note":
                continue
            for alt in alternatives(value):
                assert alt and alt == alt.strip(), f"{where}: empty or padded alternative in {value!r}"
                assert "  " not in alt, f"{where}: double space in {alt!r}"


def assert_no_conflicts(name: str, pairs: list[tuple[str, str, str]]) -> None:
    """pairs: (phrase, code, where). The same phrase (case-insensitive) may not map to two codes."""
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for phrase, code, where in pairs:
        seen[phrase.casefold()].setdefault(code, where)
    conflicts = {p: c for p, c in seen.items() if len(c) > 1}
    assert not conflicts, f"{name}: phrases with conflicting codes: {conflicts}"


# ---------------------------------------------------------------- countries


def test_countries_codes_complete_and_unique(countries):
    codes = [r["code"] for r in countries]
    assert len(codes) >= 240
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code
    assert len(codes) == len(set(codes)), "duplicate country code"
    assert ISO_ALPHA3 <= set(codes), f"missing ISO codes: {sorted(ISO_ALPHA3 - set(codes))}"
    assert set(codes) - ISO_ALPHA3 <= CAMEO_EXTRA_COUNTRIES


def test_countries_every_row_has_a_name(countries):
    for r in countries:
        assert r["names"], r["code"]


def test_countries_no_conflicting_phrases(countries):
    pairs = [
        (alt, r["code"], r["_line"])
        for r in countries
        for column in ("names", "adjectives", "demonyms_plural", "capitals")
        for alt in alternatives(r[column])
    ]
    assert_no_conflicts("countries.tsv", pairs)


def test_capitals_are_not_also_country_names(countries):
    # A capital codes <country>GOV, a name codes <country>: the two must not collide.
    names = {alt.casefold() for r in countries for c in ("names", "adjectives", "demonyms_plural") for alt in alternatives(r[c])}
    clashes = [alt for r in countries for alt in alternatives(r["capitals"]) if alt.casefold() in names]
    assert not clashes


def test_countries_facts(countries):
    by_code = {r["code"]: r for r in countries}
    assert "Islamic Republic of Iran" in alternatives(by_code["IRN"]["names"])
    assert "Iranian" in alternatives(by_code["IRN"]["adjectives"])
    assert "Tehran" in alternatives(by_code["IRN"]["capitals"])
    assert "Moscow" in alternatives(by_code["RUS"]["capitals"])
    assert "Russian Federation" in alternatives(by_code["RUS"]["names"])
    assert "American" in alternatives(by_code["USA"]["adjectives"])
    assert {"United States", "U.S.", "America"} <= set(alternatives(by_code["USA"]["names"]))
    assert "Washington" in alternatives(by_code["USA"]["capitals"])
    assert {"UK", "Britain"} <= set(alternatives(by_code["GBR"]["names"]))
    assert "Britons" in alternatives(by_code["GBR"]["demonyms_plural"])
    assert "Republic of Korea" in alternatives(by_code["KOR"]["names"])
    assert "DPRK" in alternatives(by_code["PRK"]["names"])
    assert {"Beijing", "Peking"} <= set(alternatives(by_code["CHN"]["capitals"]))
    assert {"Kyiv", "Kiev"} <= set(alternatives(by_code["UKR"]["capitals"]))
    assert "Ankara" in alternatives(by_code["TUR"]["capitals"])
    assert "New Delhi" in alternatives(by_code["IND"]["capitals"])
    assert "Kosovo" in alternatives(by_code["KSV"]["names"])
    assert "Palestinian" in alternatives(by_code["PSE"]["adjectives"])


# ---------------------------------------------------------------- seats


def test_seats_codes_well_formed(country_codes):
    rows = read_rows("seats.tsv")
    assert len(rows) >= 40
    for r in rows:
        assert is_actor_code(r["code"], country_codes), f"seats.tsv:{r['_line']} bad code {r['code']}"
        assert len(r["code"]) >= 6, f"seats.tsv:{r['_line']} seats need a sector: {r['code']}"
    assert_no_conflicts("seats.tsv", [(alt, r["code"], r["_line"]) for r in rows for alt in alternatives(r["phrase"])])


def test_seats_repeat_capitals_only_where_the_header_says_so(countries):
    """A capital is a seat only by a documented exception (Brussels for the EU): the header
    names every capital the file also lists, so none slips in by accident."""
    capitals = {alt.casefold() for r in countries for alt in alternatives(r["capitals"])}
    repeated = [alt for r in read_rows("seats.tsv") for alt in alternatives(r["phrase"]) if alt.casefold() in capitals]
    header = "".join(line for line in (ACTORS / "seats.tsv").read_text(encoding="utf-8").splitlines()
                     if line.startswith("#"))
    assert all(f"({alt})" in header for alt in repeated), repeated


def seat_code(phrase: str) -> str:
    for r in read_rows("seats.tsv"):
        if phrase in alternatives(r["phrase"]):
            return r["code"]
    raise KeyError(phrase)


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("the Kremlin", "RUSGOV"),
        ("the White House", "USAGOV"),
        ("the Pentagon", "USAMIL"),
        ("Downing Street", "GBRGOV"),
        ("Whitehall", "GBRGOV"),
        ("the Élysée", "FRAGOV"),
        ("Zhongnanhai", "CHNGOV"),
        ("the Knesset", "ISRLEG"),
        ("Capitol Hill", "USALEG"),
        ("the State Department", "USAGOV"),
        ("Foggy Bottom", "USAGOV"),
        ("Langley", "USASPY"),
        ("the Majlis", "IRNLEG"),
        ("Baharestan", "IRNLEG"),
        ("the Blue House", "KORGOV"),
        ("Quai d'Orsay", "FRAGOV"),
        ("Bundestag", "DEULEG"),
        ("State Duma", "RUSLEG"),
    ],
)
def test_seats_facts(phrase, code):
    assert seat_code(phrase) == code


# ---------------------------------------------------------------- agents


def test_agents_well_formed():
    rows = read_rows("agents.tsv")
    assert len(rows) >= 250
    for r in rows:
        where = f"agents.tsv:{r['_line']}"
        assert is_sector_string(r["code"]), f"{where}: bad sector code {r['code']!r}"
        assert r["kind"] in AGENT_KINDS, f"{where}: bad kind {r['kind']!r}"
        assert r["plover"] == "" or is_sector_string(r["plover"], PLOVER_SECTORS), f"{where}: bad plover {r['plover']!r}"
        assert r["plover"] != r["code"], f"{where}: plover column only when it differs"
        # lower case, or every form capitalised: those are matched only as written ("Major")
        forms = alternatives(r["phrase"])
        assert r["phrase"] == r["phrase"].lower() or all(f[:1].isupper() and f[1:] == f[1:].lower() for f in forms), \
            f"{where}: phrases are lowercase, or all capitalised (matched as written)"
    assert_no_conflicts("agents.tsv", [(alt, r["code"], r["_line"]) for r in rows for alt in alternatives(r["phrase"])])


def agent(phrase: str) -> dict[str, str]:
    for r in read_rows("agents.tsv"):
        if phrase in alternatives(r["phrase"]):
            return r
    raise KeyError(phrase)


@pytest.mark.parametrize(
    "phrase, code, kind",
    [
        ("rear admiral", "MIL", "title"),
        ("real admiral", "MIL", "title"),
        ("vice-admiral", "MIL", "title"),
        ("brigadier general", "MIL", "title"),
        ("field marshal", "MIL", "title"),
        ("army", "MIL", "body"),
        ("joint chiefs of staff", "MIL", "body"),
        ("ministry of defence", "GOV", "body"),
        ("defense minister", "GOV", "title"),
        ("foreign ministry", "GOV", "body"),
        ("prime minister", "GOV", "title"),
        ("ambassador", "GOV", "title"),
        ("parliament", "LEG", "body"),
        ("lawmaker", "LEG", "title"),
        ("supreme court", "JUD", "body"),
        ("police", "COP", "body"),
        ("security forces", "COP", "body"),
        ("intelligence agency", "SPY", "body"),
        ("rebel", "REB", "group"),
        ("insurgent", "INS", "group"),
        ("protester", "OPP", "group"),
        ("journalist", "MED", "group"),
        ("student", "EDU", "group"),
        ("ayatollah", "RELMUSSHI", "title"),
        ("farmer", "AGR", "group"),
        ("worker", "LAB", "group"),
        ("refugee", "REF", "group"),
        ("doctor", "HLH", "group"),
        ("civilian", "CVL", "group"),
        ("businessman", "BUS", "group"),
        ("tour operator", "BUS", "group"),  # held-out seed 2055: "32 tour operators from Moscow" arrived
    ],
)
def test_agents_facts(phrase, code, kind):
    r = agent(phrase)
    assert (r["code"], r["kind"]) == (code, kind)


def test_agents_plover_renames():
    assert agent("journalist")["plover"] == "JRN"
    assert agent("doctor")["plover"] == "MED"
    assert agent("insurgent")["plover"] == "REB"


def test_agents_irregular_plurals_listed():
    for singular, plural in [("serviceman", "servicemen"), ("policeman", "policemen"), ("spy", "spies")]:
        assert plural in alternatives(agent(singular)["phrase"])


# ---------------------------------------------------------------- organisations


def test_organisations_well_formed(country_codes):
    rows = read_rows("organisations.tsv")
    assert len(rows) >= 150
    for r in rows:
        where = f"organisations.tsv:{r['_line']}"
        code, country = r["code"], r["country"]
        assert r["names"], where
        assert r["kind"] in ORG_KINDS, f"{where}: bad kind {r['kind']!r}"
        assert is_actor_code(code, country_codes), f"{where}: bad code {code!r}"
        assert country == "" or country in country_codes, f"{where}: bad country {country!r}"
        if code[:3] not in NON_STATE_PREFIXES:
            assert country == code[:3], f"{where}: country {country!r} disagrees with code {code!r}"
            assert len(code) > 3, f"{where}: national codes need a sector"
        if r["kind"] == "igo":
            assert code.startswith("IGO"), where
        if r["kind"] == "ngo":  # international, or of one country ("USANGO": AIPAC)
            assert code.startswith("NGO") or country and code.startswith(country + "NGO"), where
    assert_no_conflicts("organisations.tsv", [(alt, r["code"], r["_line"]) for r in rows for alt in alternatives(r["names"])])


def org(name: str) -> dict[str, str]:
    for r in read_rows("organisations.tsv"):
        if name in alternatives(r["names"]):
            return r
    raise KeyError(name)


@pytest.mark.parametrize(
    "name, code",
    [
        ("UN", "IGOUNO"),
        ("United Nations", "IGOUNO"),
        ("NATO", "IGOWSTNAT"),
        ("UNHCR", "IGOUNOREFHCR"),
        ("IAEA", "IGOUNOIAE"),
        ("FDLR", "RWAREB"),
        ("IRGC", "IRNMIL"),
        ("Revolutionary Guards", "IRNMIL"),
        ("Quds Force", "IRNMIL"),
        ("Basij", "IRNMIL"),
        ("Mossad", "ISRSPY"),
        ("CIA", "USASPY"),
        ("FBI", "USACOP"),
        ("MI6", "GBRSPY"),
        ("FSB", "RUSSPY"),
        ("Hezbollah", "LBNREB"),
        ("Hamas", "PSEREB"),
        ("Taliban", "AFGREB"),
        ("Houthis", "YEMREB"),
        ("Ansarullah", "YEMREB"),
        ("ISIS", "IMGMUSISI"),
        ("al-Qaeda", "IMGMUSALQ"),
        ("PKK", "TURREB"),
        ("MEK", "IRNREB"),
        ("Jaish al-Adl", "IRNREB"),
        ("Hashd al-Shaabi", "IRQMIL"),
        ("Amnesty International", "NGOHRIAMN"),
    ],
)
def test_organisations_facts(name, code):
    assert org(name)["code"] == code


def test_organisations_countries():
    assert org("FDLR")["country"] == "RWA"
    assert org("Hezbollah")["country"] == "LBN"
    assert org("IRGC")["kind"] == "national_body"
    assert org("NATO")["country"] == ""


def test_institutions_well_formed(country_codes):
    rows = read_rows("institutions.tsv")
    assert len(rows) >= 250
    for r in rows:
        where = f"institutions.tsv:{r['_line']}"
        assert r["kind"] in {"company", "university"}, f"{where}: bad kind {r['kind']!r}"
        assert is_actor_code(r["code"], country_codes) and r["code"][:3] == r["country"], where
        assert r["code"][3:] in {"BUS", "EDU", "MIL"}, f"{where}: companies are BUS, universities EDU"
    assert_no_conflicts("institutions.tsv", [(alt, r["code"], r["_line"]) for r in rows for alt in alternatives(r["names"])])
