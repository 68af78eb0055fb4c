"""Readers for user-supplied dictionaries: PETRARCH/TABARI files and Dyad's CSV/YAML.

Small hand-written files test each construct and each error. The real
PETRARCH-2 and validation-suite dictionaries under ../shared test the readers at
scale, and the date tests of the PETRARCH unit-test suite test ``code_on``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from dyad.dictionaries import (DatedCode, Slot, classify, code_on, load_dictionaries, parse_date, read_actors,
                               read_agents, read_discards, read_user_dictionary, read_verbs)
from dyad.errors import DataError


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- actors

ACTORS = """\
<!-- a test actor file -->
<!--
# a multi-line comment
-->
# a comment line
ISRAEL_ [ISR]   # trailing comment
+ISRAELI
+ISRAELIS_ ; old TABARI comment
ARGENTIN  [arg]
HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
OLD_LEADER [XXXGOV 19280101-710609] [XXXELI]
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
"""


@pytest.fixture
def actors(tmp_path):
    result = read_actors(write(tmp_path, "test.actors.txt", ACTORS))
    return {e.phrases[0]: e for e in result.entries}


def test_actor_phrases_synonyms_and_stems(actors):
    israel = actors["israel"]
    assert israel.phrases == ("israel", "israeli", "israelis")
    assert israel.stems == (False, True, False)
    assert israel.codes == (DatedCode("ISR"),)
    assert israel.where == "test.actors.txt:6"
    assert actors["argentin"].codes[0].code == "ARG"  # codes are upper-cased


def test_actor_date_restrictions(actors):
    karzai = actors["hamid karzai"]
    assert karzai.phrases == ("hamid karzai", "president karzai")
    assert karzai.codes == (
        DatedCode("AFGELI", date(1975, 1, 1), date(2000, 1, 1)),
        DatedCode("AFGGOV", date(2001, 12, 22), None),
        DatedCode("AFGELI"),
    )
    assert karzai.default == "AFGELI"
    # Several codes on the primary line; yyyymmdd dates mix with yymmdd.
    assert actors["old leader"].codes == (DatedCode("XXXGOV", date(1928, 1, 1), date(1971, 6, 9)),
                                          DatedCode("XXXELI"))
    # Spaces inside the restriction are tolerated, as PETRARCH does.
    assert actors["gollum"].codes[0] == DatedCode("HOB", None, date(1995, 6, 1))
    assert actors["gollum"].codes[1] == DatedCode("HOBGOV", date(1995, 6, 1), date(1999, 8, 15))


def test_code_on_picks_by_date_and_says_why(actors):
    karzai = actors["hamid karzai"]
    assert code_on(karzai, date(1990, 5, 1))[0] == "AFGELI"
    assert code_on(karzai, date(2005, 5, 1)) == ("AFGGOV", "dated code for 2005-05-01 (from 2001-12-22)")
    code, reason = code_on(karzai, date(2001, 6, 1))
    assert code == "AFGELI" and reason.startswith("default code")
    code, reason = code_on(karzai, None)
    assert code == "AFGGOV" and "no date given" in reason and "open-ended" in reason
    gollum = actors["gollum"]
    assert code_on(gollum, date(1995, 6, 1))[0] == "HOBGOV"  # the successor wins on the handover day
    assert code_on(gollum, date(1999, 8, 15))[0] == "HOBGOV"  # both ends inclusive
    code, reason = code_on(actors["old leader"], None)
    assert code == "XXXELI" and reason == "no date given: default code"


def test_code_on_without_open_or_default_code():
    from dyad.dictionaries import ActorEntry

    entry = ActorEntry(("x",), (DatedCode("AAAGOV", date(2000, 1, 1), date(2001, 1, 1)),
                                DatedCode("AAAELI", date(2001, 1, 1), date(2004, 1, 1))), "t:1")
    assert code_on(entry, None) == ("AAAELI", "no date given: most recent code (ended 2004-01-01)")
    assert code_on(entry, date(2010, 1, 1))[0] is None
    assert code_on(ActorEntry(("y",), (), "t:2"), None) == (None, "the entry has no code")


@pytest.mark.parametrize("text, expected", [
    ("080508", date(2008, 5, 8)),
    ("300101", date(2030, 1, 1)),
    ("310101", date(1931, 1, 1)),
    ("990809", date(1999, 8, 9)),
    ("19280101", date(1928, 1, 1)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_date_pivot_is_a_parameter():
    assert parse_date("650101", pivot=69) == date(2065, 1, 1)


@pytest.mark.parametrize("line, problem", [
    ("\t[KORGOV 2004017-20061201]", "date '2004017' is not yymmdd or yyyymmdd"),
    ("\t[EGYGOV 20121207-20120802]", "ends (2012-08-02) before it starts (2012-12-07)"),
    ("\t[USAGOV 19820101]", "is not <date, >date or date-date"),
    ("\t[USAGOV 820230-830101]", "is not a calendar date"),
    ("\t[USAGOV]  extra words", "unexpected text 'extra words'"),
    ("+FAEROYENE]_", "']' without '['"),
    ("\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]", "expected only [CODE ...] on an indented line"),
    ("\t[]", "malformed code []"),
    ("JAN_STRASK\x1aY_ [CZEGOV]", "control character in phrase"),
])
def test_malformed_actor_lines_name_file_and_line(tmp_path, line, problem):
    path = write(tmp_path, "bad.actors.txt", "FIRST_ [AAA]\n" + line + "\n")
    with pytest.raises(DataError) as err:
        read_actors(path)
    assert str(err.value).startswith(f"{path}:2: ")
    assert problem in str(err.value)


@pytest.mark.parametrize("text, lineno", [
    ("+ORPHAN_SYNONYM\n", 1),
    ("# header\n\t[AAAGOV]\n", 2),
])
def test_actor_lines_without_an_entry(tmp_path, text, lineno):
    path = write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(DataError, match=rf"bad\.actors\.txt:{lineno}: "):
        read_actors(path)


def test_lenient_actor_reading_skips_with_notes(tmp_path):
    path = write(tmp_path, "bad.actors.txt", "GOOD_ [AAA]\nBAD_ [BBB 9901]\n+BAD_SYNONYM\n\t[BBBGOV]\nALSO_GOOD_\n"
                                             "\t[CCCGOV >990101]\n\t[CCCGOV 99-1]\n")
    result = read_actors(path, strict=False)
    assert [e.phrases for e in result.entries] == [("good",), ("also good",)]
    assert result.entries[1].codes == (DatedCode("CCCGOV", date(1999, 1, 1)),)  # the bad line is dropped
    assert [n.where for n in result.notes] == [f"{path}:2", f"{path}:7"]
    assert all(n.message.startswith("skipped: ") for n in result.notes)


def test_actor_without_code_is_kept_with_a_note(tmp_path):
    result = read_actors(write(tmp_path, "a.actors.txt", "U.N._\nTHE_UN_ [IGOUNO]\n"))
    assert result.entries[0].codes == () and result.entries[0].default is None
    assert result.notes[0].message == "actor 'u.n.' has no code"


def test_file_that_cannot_be_read(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        read_actors(tmp_path / "missing.actors.txt")
    bad = tmp_path / "latin1.actors.txt"
    bad.write_bytes(b"M\xdcNCHEN [DEU]\n")
    with pytest.raises(DataError, match="not UTF-8"):
        read_actors(bad)


# ---------------------------------------------------------------- agents

AGENTS = """\
<!-- agents -->
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
POLICE {} [ ~COP]
HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
SECRETARY [~GOV]
CONGRESS!PERSON! [~LEG]
HOME_!MINIST! [~GOV]
"""


def test_agents(tmp_path):
    result = read_agents(write(tmp_path, "x.agents.txt", AGENTS))
    by_phrase = {e.phrase: e for e in result.entries}
    fm = by_phrase["foreign minister"]
    assert (fm.plurals, fm.code, fm.position, fm.where) == (("foreign ministers",), "GOVFRM", "suffix", "x.agents.txt:5")
    assert by_phrase["attorney general"].plurals == ("attorneys general",)
    assert by_phrase["police"].plurals == () and by_phrase["police"].code == "COP"
    assert by_phrase["human rights body"].position == "prefix"
    assert by_phrase["human rights body"].plurals == ("human rights bodies",)
    assert by_phrase["secretary"].plurals == ("secretaries",)
    assert {"congressman", "congresswomen", "congressperson"} <= set(by_phrase)
    assert by_phrase["congressmen"].plurals == ()  # substituted forms get no further plural
    assert {"home minister", "home ministries"} <= set(by_phrase)


@pytest.mark.parametrize("line, problem", [
    ("DEPARMENT_OF_ENVIRONMENT [~ENV}", "expected 'PHRASE {PLURALS} [~CODE]'"),
    ("ISLAMIC_EXTREMIST", "expected 'PHRASE {PLURALS} [~CODE]'"),
    ("TROOPS {SOLDIERS [~MIL]", "expected 'PHRASE {PLURALS} [~CODE]'"),
    ("AMBASSADOR [GOV]", "must be '~CODE' (suffix) or 'CODE~' (prefix)"),
    ("AMBASSADOR [~GOV~]", "must be '~CODE' (suffix) or 'CODE~' (prefix)"),
    ("CHAIR!PERSONS! [~GOV]", "marker !PERSONS! is not defined"),
    ("CHAIR!PERSON [~GOV]", "has no closing '!'"),
])
def test_malformed_agent_lines(tmp_path, line, problem):
    path = write(tmp_path, "bad.agents.txt", "!PERSON! = MAN, WOMAN\n" + line + "\n")
    with pytest.raises(DataError) as err:
        read_agents(path)
    assert str(err.value).startswith(f"{path}:2: ") and problem in str(err.value)


# ---------------------------------------------------------------- discards


def test_discards(tmp_path):
    path = write(tmp_path, "x.discards.txt", "# Story-level discards have '+'\nBASEBALL\n+World Golf Championships   #"
                                             " pas\n+ ESPN2_\nAFRICAN NATIONS CUP   # ab ;AB\n")
    entries = read_discards(path).entries
    assert [(e.phrase, e.scope, e.stem) for e in entries] == [
        ("baseball", "sentence", True), ("world golf championships", "story", True),
        ("espn2", "story", False), ("african nations cup", "sentence", True)]
    assert entries[1].where == "x.discards.txt:3"


def test_malformed_discards(tmp_path):
    with pytest.raises(DataError, match=r"x\.discards\.txt:2: '\+' with no phrase"):
        read_discards(write(tmp_path, "x.discards.txt", "GOOD\n+\n"))
    with pytest.raises(DataError, match=r"x\.discards\.txt:1: brackets"):
        read_discards(write(tmp_path, "x.discards.txt", "SOCCER [---]\n"))


# ---------------------------------------------------------------- verbs

VERBS = """\
####### SYNONYM SETS #######
&CURRENCY
+DOLLARS
+PESO
+CASH_
+SWISS FRANC

&AUXVERB3_
+HAVE
+HAS

--- GRANT [070] ---
GRANT
GIVE {GAVE GIVEN GIVING GIVES}  # jw  11/14/91
CONTRIBUTE [071] ;tony  3/12/91
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
+CALL_OFF [160]
RE_+ARREST
- * &CURRENCY [903] # GRANT
- $ * (TO +) {ARMS SHIPMENT} [072]
- &AUXVERB3_ * &CURRENCY_PAYMENT [0331]
- FAILED_TO_* [111]
- * [:173]
- % * [030:030]
- * DIPLXMATIC  [###]  # -PAS 95.12.18
- * &LATE_SYNSET_DEAL [058]

&LATE_SYNSET
+&CURRENCY
+GOLD_

--- ACCORD ---
ACCORD
- * (WITH %) &LATE_SYNSET [057]

~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture
def verbs(tmp_path):
    return read_verbs(write(tmp_path, "x.verbs.txt", VERBS))


def test_verb_synsets(verbs):
    currency = verbs.synsets["&CURRENCY"]
    assert currency.words == ("dollars", "peso", "cash", "swiss franc")
    # no plural for a word that already ends in a single 's', or that ends in '_'
    assert currency.forms == ("dollars", "peso", "cash", "swiss franc", "pesos", "swiss francs")
    assert verbs.synsets["&AUXVERB3"].forms == ("have", "has")  # a label ending in '_': no plurals
    assert verbs.synset_forms("&LATE_SYNSET")[:3] == ("dollars", "peso", "cash")
    assert "golds" not in verbs.synset_forms("&LATE_SYNSET")


def test_verb_blocks_and_forms(verbs):
    grant, accord = verbs.blocks
    assert (grant.name, grant.code, grant.where) == ("GRANT", "070", "x.verbs.txt:12")
    assert (accord.name, accord.code) == ("ACCORD", "---")  # a header without a code
    forms = {v.lemma: v for v in grant.verbs}
    assert forms["grant"].forms == ("grants", "granted", "granting") and forms["grant"].code == "070"
    assert forms["give"].forms == ("gave", "given", "giving", "gives") and forms["give"].irregular
    assert forms["contribute"].code == "071"
    assert forms["contribute"].forms == ("contributes", "contributed", "contributing")
    ask = forms["ask for"]
    assert (ask.head, ask.forms, ask.code) == ("ask", ("asked for", "asking for", "asks for"), "020")
    assert forms["call off"].forms == ("calls off", "called off", "calling off")
    assert (forms["re arrest"].head, forms["re arrest"].forms[1]) == ("arrest", "re arrested")


def test_verb_patterns(verbs):
    patterns = verbs.blocks[0].patterns
    first = patterns[0]
    assert (first.pre, first.post, first.code, first.synsets) == ((), ("&CURRENCY",), "903", ("&CURRENCY",))
    assert first.comment == "GRANT" and first.where == "x.verbs.txt:19"
    arms = patterns[1]
    assert arms.pre == ("$",)
    assert arms.post == ("(", "to", "+", ")", "{", "arms", "shipment", "}")
    assert arms.source_marker_pos == Slot("pre", 0) and arms.target_marker_pos == Slot("post", 2)
    assert patterns[2].pre == ("&AUXVERB3",) and patterns[2].post == ("&CURRENCY", "_", "payment")
    assert patterns[3].pre == ("failed", "_", "to", "_")  # '_' before '*': adjacent to the verb
    assert patterns[4].code == ":173"
    assert patterns[5].compound_marker_pos == Slot("pre", 0)
    assert patterns[6].code == "###"  # '#' inside [...] is not a comment
    assert patterns[7].post == ("&LATE_SYNSET", "_", "deal")  # a synset defined further down
    assert verbs.blocks[1].patterns[0].synsets == ("&LATE_SYNSET",)
    assert verbs.transformations[0].pattern == "a (a b ATTACK) SAY"
    assert verbs.transformations[0].result == "a b 015"


@pytest.mark.parametrize("text, lineno, problem", [
    ("- * AID [070]\n", 1, "pattern line before any '--- NAME [CODE] ---' block header"),
    ("GRANT\n", 1, "verb line before any"),
    ("--- GRANT [070] ---\nGRANT\n- * AID\n", 3, "pattern has no [CODE] at its end"),
    ("--- GRANT [070] ---\nGRANT\n- * AID * MORE [070]\n", 3, "exactly one '*'"),
    ("--- GRANT [070] ---\nGRANT\n- AID [070]\n", 3, "exactly one '*'"),
    ("--- GRANT [070] ---\nGIVE {GAVE\n", 2, "verb line should read"),
    ("--- [070] ---\n", 1, "block header should read"),
    ("&EMPTY\n--- GRANT [070] ---\n", 1, "synset &EMPTY has no '+' members"),
    ("&TWO WORDS\n+X\n", 1, "synset label should be a single '&NAME'"),
])
def test_malformed_verb_lines(tmp_path, text, lineno, problem):
    path = write(tmp_path, "bad.verbs.txt", text)
    with pytest.raises(DataError) as err:
        read_verbs(path)
    assert str(err.value).startswith(f"{path}:{lineno}: ") and problem in str(err.value)


def test_lenient_verb_reading(tmp_path):
    path = write(tmp_path, "bad.verbs.txt", "--- GRANT [070] ---\nGRANT\n- * AID\n- * HELP [071]\n")
    result = read_verbs(path, strict=False)
    assert [p.code for p in result.patterns] == ["071"]
    assert result.notes[0].where == f"{path}:3"


# ---------------------------------------------------------------- the real dictionaries

PETRARCH2 = ("dictionaries", "petrarch2")
LOTR = ("gold", "petr2_unittest_lotr_dicts")
UDLOTR = ("gold", "udpetr_validate_lotr_dicts")


@pytest.mark.parametrize("parts, counts", [
    ((*PETRARCH2, "CAMEO.2.0.txt"), (40, 398, 1820, 4668, 9)),
    ((*LOTR, "PETR.Validate.verbs.txt"), (17, 261, 269, 474, 0)),
    ((*UDLOTR, "PETR_Validate_verbs_2_02.txt"), (30, 69, 127, 359, 0)),
])
def test_real_verb_dictionaries_parse_strictly(parts, counts):
    result = read_verbs(shared_path(*parts))
    got = (len(result.synsets), len(result.blocks), len(result.verbs), len(result.patterns),
           len(result.transformations))
    assert got == counts
    # Every pattern line of the file became a pattern.
    text = shared_path(*parts).read_text(encoding="utf-8").splitlines()
    assert len(result.patterns) >= sum(1 for ln in text if ln.startswith("-") and not ln.startswith("---"))
    # Notes only for tolerated quirks (an unbalanced bracket, a '+'-less phrasal verb), never skips.
    assert not [n for n in result.notes if n.message.startswith("skipped")]


def test_cameo_verbs_content():
    result = read_verbs(shared_path(*PETRARCH2, "CAMEO.2.0.txt"))
    blocks = {b.name: b for b in result.blocks}
    assert {v.lemma for v in blocks["ACCELERATE"].verbs} >= {"accelerate", "hurry", "speed"}
    sources = [p for p in result.patterns if p.source_marker_pos]
    targets = [p for p in result.patterns if p.target_marker_pos]
    assert len(sources) >= 15 and len(targets) >= 60
    refs = {r for p in result.patterns for r in p.synsets}
    assert "&FIGHT_OF_WORDS" in refs  # a name with '_' inside is one reference
    # Two synsets are used but never defined in the file itself; each is noted.
    assert refs - set(result.synsets) == {"&WEATHER", "&DEMONSTRATION"}
    assert sum("never defines" in n.message for n in result.notes) == 2


@pytest.mark.parametrize("parts", [LOTR, UDLOTR])
def test_validation_suite_dictionaries_parse_strictly(parts):
    result = load_dictionaries(shared_path(*parts))
    assert len(result.actors) == len(result.agents) == len(result.discards) == len(result.verbs) == 1
    assert len(result.actor_entries()) > 120 and len(result.agent_entries()) == 95
    assert len(result.discard_entries()) == 9
    names = {Path(n.where).name for n in result.skipped}
    assert "ORIGIN.txt" in names


def test_petrarch_unit_test_dates_follow_code_on():
    """The DATE-* cases of the PETRARCH-2 unit tests, through ``code_on``."""
    actors = read_actors(shared_path(*LOTR, "PETR.Validate.actors.txt")).entries
    by_phrase = {p: e for e in actors for p in e.phrases}
    checked = 0
    for line in shared_path("gold", "petr2_unittest_lotr.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record["id"].startswith("DATE-") or not record["events"]:
            continue
        day = date.fromisoformat(record["date"])
        name = next((n for n in ("sam gamgee", "hamfast gamgee", "smeagol", "zimbabwe")
                     if n in record["text"].lower()), None)
        if name is None:
            continue
        expected = {e["source"] for e in record["events"]} | {e["target"] for e in record["events"]}
        assert code_on(by_phrase[name], day)[0] in expected, record["id"]
        checked += 1
    assert checked >= 15


def test_phoenix_dictionaries_load_leniently_with_few_skips():
    result = load_dictionaries(shared_path(*PETRARCH2), strict=False)
    skipped = {Path(n.where).name: n.message for n in result.skipped}
    assert "ontology" in skipped["PETR.Internal.Coding.Ontology.txt"]
    counts = {Path(d.source).name: len(d.entries) for d in (*result.actors, *result.agents, *result.discards)}
    assert counts["Phoenix.Countries.actors.txt"] > 18000
    assert counts["Phoenix.International.actors.txt"] > 7500
    assert counts["Phoenix.MilNonState.actors.txt"] > 1000
    assert counts["Phoenix.agents.txt"] > 3000 and counts["Phoenix.discards.txt"] == 506
    files = (*result.actors, *result.agents, *result.discards, *result.verbs)
    skips = [n for f in files for n in f.notes if n.message.startswith("skipped: ")]
    assert len(skips) == 19  # the files' own defects, each named (listed in docs/dictionaries.md)
    assert any(n.where.endswith("Phoenix.International.actors.txt:40") and "2004017" in n.message for n in skips)


def test_phoenix_dates_use_petrarch_century_rule():
    result = read_actors(shared_path(*PETRARCH2, "Phoenix.Countries.actors.txt"), strict=False)
    karzai = next(e for e in result.entries if e.phrases[0] == "hamid karzai")
    assert DatedCode("AFGGOV", date(2001, 12, 22)) in karzai.codes
    rabbani = next(e for e in result.entries if e.phrases[0] == "burhanuddin rabbani")
    assert rabbani.codes[0] == DatedCode("AFGELI", date(1958, 1, 1), date(1992, 6, 28))


def test_strict_loading_of_phoenix_names_the_first_defect():
    with pytest.raises(DataError, match=r"Phoenix\.Countries\.actors\.txt:\d+: "):
        read_actors(shared_path(*PETRARCH2, "Phoenix.Countries.actors.txt"))


# ---------------------------------------------------------------- classification


@pytest.mark.parametrize("name, kind", [
    ("Phoenix.Countries.actors.txt", "actors"), ("PETR_Validate_agents_2_02.txt", "agents"),
    ("CAMEO.2.0.txt", "verbs"), ("CAMEO.091003.master.verbs", "verbs"),
    ("PETR.Internal.Coding.Ontology.txt", "ontology"), ("Phoenix.discards.txt", "discards"),
    ("mine.csv", "user"), ("mine.yaml", "user"), ("README.md", None),
])
def test_classify_by_name(tmp_path, name, kind):
    assert classify(write(tmp_path, name, "x\n"))[0] == kind


@pytest.mark.parametrize("text, kind", [
    ("--- GRANT [070] ---\nGRANT\n", "verbs"),
    ("AMBASSADOR [~GOV]\n", "agents"),
    ("ISRAEL [ISR]\n", "actors"),
    ("openeventdata/petrarch2@abc:CAMEO.2.0.txt\n", None),
])
def test_classify_by_content(tmp_path, text, kind):
    assert classify(write(tmp_path, "mystery.txt", text))[0] == kind


def test_load_dictionaries_errors(tmp_path):
    with pytest.raises(DataError, match="no such dictionary"):
        load_dictionaries(tmp_path / "nowhere")
    with pytest.raises(DataError, match="not a dictionary Dyad can read"):
        load_dictionaries([write(tmp_path, "notes.md", "# notes\n")])


def test_load_dictionaries_file_list(tmp_path):
    a = write(tmp_path, "one.actors.txt", "ISRAEL [ISR]\n")
    v = write(tmp_path, "two.verbs.txt", VERBS)
    u = write(tmp_path, "mine.csv", "phrase,code\nMossad,ISRSPY\n")
    result = load_dictionaries([a, v, u])
    assert [e.phrases[0] for e in result.actor_entries()] == ["israel", "mossad"]
    assert len(result.verbs) == 1 and result.skipped == ()


# ---------------------------------------------------------------- Dyad user dictionaries

CSV = """\
phrase,code,start,end,note
# comment rows start with '#'
Sergei Shoigu|Sergey Shoigu,RUSGOV,2012-11-06,2024-05-12,defence minister
Sergei Shoigu|Sergey Shoigu,RUSGOV,2024-05-12,,Security Council secretary
Mossad,ISRSPY,,,
"Hamas, the movement",PSEREB,2007,,a quoted field with a comma
"""


def test_user_csv(tmp_path):
    result = read_user_dictionary(write(tmp_path, "mine.csv", CSV))
    shoigu, mossad, hamas = result.entries
    assert shoigu.phrases == ("sergei shoigu", "sergey shoigu") and shoigu.where == "mine.csv:3"
    assert shoigu.codes == (DatedCode("RUSGOV", date(2012, 11, 6), date(2024, 5, 12)),
                            DatedCode("RUSGOV", date(2024, 5, 12), None))
    assert shoigu.stems == (False, False)
    assert mossad.codes == (DatedCode("ISRSPY"),)
    assert hamas.phrases == ("hamas, the movement",) and hamas.codes[0].start == date(2007, 1, 1)


YAML = """\
# people the user follows
- phrase: Mohammad Bagheri
  code: IRNMIL
  start: 2016-06
  end: 2025-06-13
  note: chief of staff of the armed forces
- phrases: [Hossein Dehghan, Dehghan]
  code: irngov
  start: "2013-08-15"
  end: 2017
"""


def test_user_yaml(tmp_path):
    bagheri, dehghan = read_user_dictionary(write(tmp_path, "mine.yaml", YAML)).entries
    assert bagheri.where == "mine.yaml:2"
    assert bagheri.codes == (DatedCode("IRNMIL", date(2016, 6, 1), date(2025, 6, 13)),)
    assert dehghan.phrases == ("hossein dehghan", "dehghan")
    assert dehghan.codes == (DatedCode("IRNGOV", date(2013, 8, 15), date(2017, 12, 31)),)
    assert code_on(dehghan, date(2015, 1, 1))[0] == "IRNGOV"


@pytest.mark.parametrize("name, text, where, problem", [
    ("u.csv", "phrase,code\nIran,IRNX\n", 2, "is not a CAMEO actor code"),
    ("u.csv", "phrase,code\n,IRN\n", 2, "no phrase"),
    ("u.csv", "phrase,code,start\nIran,IRN,2020-13-01\n", 2, "not a calendar date"),
    ("u.csv", "phrase,code,start\nIran,IRN,01/02/2020\n", 2, "is not YYYY-MM-DD"),
    ("u.csv", "phrase,code,start,end\nIran,IRN,2021,2020\n", 2, "is before start"),
    ("u.csv", "phrase,code\nIran,IRN,extra\n", 2, "3 columns but the header has 2"),
    ("u.csv", "phrase,code\nIran,IRN\nIran,IRNGOV\n", 3, "already has the default code at line 2"),
    ("u.csv", "name,code\nIran,IRN\n", 1, "unknown: ['name']"),
    ("u.csv", "# only a comment\n", 1, "no header row"),
    ("u.yaml", "- phrase: Iran\n  code: IRN\n- phrase: Iraq\n  kode: IRQ\n", 4, "unexpected key 'kode'"),
    ("u.yaml", "- phrase: Iran\n  code: IRN\n- just a string\n", 3, "must be a mapping"),
    ("u.yaml", "phrase: Iran\n", 1, "expected a list of entries"),
    ("u.yaml", "- phrase: [unclosed\n", 1, "not valid YAML"),
    ("u.txt", "Iran,IRN\n", 1, "are .csv, .yaml or .yml files"),
])
def test_user_dictionary_errors(tmp_path, name, text, where, problem):
    path = write(tmp_path, name, text)
    with pytest.raises(DataError) as err:
        read_user_dictionary(path)
    assert str(err.value).startswith(f"{path}:{where}: "), str(err.value)
    assert problem in str(err.value)


def test_user_dictionary_lenient(tmp_path):
    path = write(tmp_path, "u.csv", "phrase,code\nIran,IRN\nIraq,IRQX\nSyria,SYR\n")
    result = read_user_dictionary(path, strict=False)
    assert [e.phrases[0] for e in result.entries] == ["iran", "syria"]
    assert result.notes[0].where == f"{path}:3"
