"""dyad.evaluation: the gold readers on the real files and a PETRARCH-style XML
fixture, the scoring rules on hand-made predictions (no model), the reports, and
`dyad eval` end to end."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from conftest import shared_path
from dyad.errors import DataError
from dyad.evaluation import (SCHEMES, GoldEvent, GoldRecord, Prediction, actor_matches, detect_scheme, evaluate,
                             format_summary, read_gold, report_dict, score_record, to_markdown, write_report)
from dyad.evaluation.score import max_matching
from dyad.types import Explanation

# In the PETRARCH-2 / UniversalPetrarch style, irregularities included: a repeated
# declaration, "--" in a comment, an unclosed <EventCoding>, a <PLEvent {json}> pseudo-tag.
PETRARCH_XML = """\
<?xml version='1.0' encoding='utf-8'?>
<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- A small validation file -- functional tests in the PETRARCH-2 unit-test style -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>

<Sentence date="19950103" id="FIX-01" category="DEMO" sentence="true">
<!-- Paired events from one verb -->
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding eventcode="033" sourcecode="GON" targetcode="DAGGOV" >
<PLEvent {"event": "042", "source": [{"code": "DAG", "sector": "GOV"}], "target": [{"code": "GON"}]}>
<Text>
Dagolath's first Deputy Prime Minister Telemar left for
Minas Tirith on Wednesday.
</Text>
<Parse>
(ROOT (S (NP (NNP Dagolath) (POS 's)) (VP (VBD left)) (. .)))
</Parse>
</Sentence>

<Sentence date="19950104" id="FIX-02" category="DEMO">
<Config option="require_dyad" value="false"></Config>
<EventCoding sentenceid="FIX-02" noevents="True"/>
<Text>Eriador's death and injury total has risen.</Text>
</Sentence>

<Sentence date = "20080801" id ="FIX-03"  category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.</Text>
</Sentence>

<Sentence date="19950105" id="FIX-04" category="AGENT" evaluate="false">
<EventCoding sourcecode="~GOV" targetcode="OSG" eventcode="023" plover="COOPERATE"/>
<Text>Officials said Osgiliath &amp; Arnor would cope.</Text>
</Sentence>

</Sentences>
</Validation>
"""


@pytest.fixture
def petrarch_xml(tmp_path):
    path = tmp_path / "fixture.validation.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    return path


# -- readers ------------------------------------------------------------------------------


def test_read_petrarch_xml(petrarch_xml):
    recs = read_gold(petrarch_xml)
    assert [r.id for r in recs] == ["FIX-01", "FIX-02", "FIX-03", "FIX-04"]
    first = recs[0]
    assert first.text == "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday."
    assert first.date == date(1995, 1, 3) and first.category == "DEMO"
    assert [(e.source, e.target, e.code) for e in first.events] == [("DAGGOV", "GON", "032"), ("GON", "DAGGOV", "033")]
    assert first.extra["coder_config"] == {"stop_on_error": "True"}
    assert first.extra["notes"] == ["Paired events from one verb"]
    assert first.extra["parse"].startswith("(ROOT") and first.extra["parse_format"] == "ptb"
    assert first.extra["plover_events"] == [{"event": "042", "source": [{"code": "DAG", "sector": "GOV"}],
                                             "target": [{"code": "GON"}]}]
    assert first.origin.endswith("fixture.validation.xml:11")
    assert first.skip_reason is None


def test_read_petrarch_xml_no_events_errors_and_disabled(petrarch_xml):
    _, no_events, error, disabled = read_gold(petrarch_xml)
    assert no_events.events == () and no_events.extra["expect_no_events"] is True
    assert no_events.extra["coder_config"] == {"stop_on_error": "True", "require_dyad": "false"}
    assert error.events == () and error.expect_error == ("dateline",) and error.date == date(2008, 8, 1)
    assert disabled.extra["evaluate"] is False and "evaluate=false" in disabled.skip_reason
    (event,) = disabled.events
    assert (event.source, event.target, event.code) == ("---GOV", "OSG", "023")  # "~" is an unattached agent
    assert event.extra == {"plover": "COOPERATE"}
    assert disabled.text == "Officials said Osgiliath & Arnor would cope."


def test_read_xml_without_wrapper_and_with_declaration(tmp_path):
    path = tmp_path / "bare.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<Sentence id="A" date="20200101"><EventCoding source="USA" target="IRN" eventcode="042"/>'
                    '<Text>x</Text></Sentence>\n<Sentence id="B"><Text>y</Text></Sentence>\n', encoding="utf-8")
    a, b = read_gold(path)
    assert a.events[0] == GoldEvent("USA", "IRN", "042", {})
    assert b.date is None and b.origin.endswith(":3")


@pytest.mark.parametrize("body, message", [
    ('<Sentence id="A">\n<Text>x</Text>\n<Sentence id="B"><Text>y</Text></Sentence></Sentence>',
     ":3: <Sentence> inside another <Sentence> (line 1)"),
    ('\n<Sentence date="1995" id="A"><Text>x</Text></Sentence>', ":2: <Sentence id='A'>: date '1995'"),
    ('<Sentence id="A"><EventCoding sourcecode="X"/><Text>x</Text></Sentence>', ":1: <EventCoding> has no eventcode"),
    ('<Sentence id="A">\n\n<Text> </Text></Sentence>', ":1: <Sentence id='A'> has no <Text>"),
    ('<Sentence date="19950101"><Text>x</Text></Sentence>', ":1: <Sentence> has no id"),
    ('<Sentence id="A">\n<Text>x\n</Sentence>', ":2: <Text> is never closed"),
    ('\n<Sentence id="A">\n<Text>x</Text>\n', ":2: <Sentence> is never closed"),
    ('<Sentence id="A"><Text>x</Text></Sentence>\n</Sentence>', ":2: </Sentence> closes no <Sentence>"),
])
def test_xml_errors_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "bad.xml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataError, match="bad.xml") as info:
        read_gold(path)
    assert message in str(info.value)


@pytest.mark.parametrize("line, message", [
    ("{not json", "bad.jsonl:2: not JSON"),
    ('{"id": 1, "text": "x"}', "bad.jsonl:2: gold record has no 'events'"),
    ('{"id": 1, "text": "x", "events": [{"source": "USA"}]}', "bad.jsonl:2: event 1: event has no code"),
    ('{"id": 1, "text": "x", "date": "01/02/1995", "events": []}', "bad.jsonl:2: date '01/02/1995'"),
    ('{"id": 1, "text": "x", "events": {}}', "bad.jsonl:2: 'events' must be a list"),
    ('[1, 2]', "bad.jsonl:2: a gold record must be a JSON object"),
])
def test_jsonl_errors_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine", "events": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_gold(path)
    assert message in str(info.value)


def test_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot read gold file"):
        read_gold(tmp_path / "nope.jsonl")


def test_read_petr2_unittest():
    recs = read_gold(shared_path("gold", "petr2_unittest_lotr.jsonl"))
    assert len(recs) == 284
    demo = recs[0]
    assert (demo.id, demo.date, demo.category) == ("DEMO-00", date(1995, 1, 1), "DEMO")
    assert demo.events == (GoldEvent("ARN", "GON", "064", {}),)
    assert demo.extra["parse_format"] == "ptb" and "coder_config" in demo.extra
    by_id = {r.id: r for r in recs}
    assert by_id["ERROR-01"].expect_error == ("dateline",) and by_id["ERROR-01"].skip_reason is None
    assert "supplied parse" in by_id["ERROR-02"].skip_reason
    assert sum(1 for r in recs if not r.events) == 27
    assert ("---GOV", "---", "023") in {(e.source, e.target, e.code) for e in by_id["COMPOUND-03"].events}
    assert detect_scheme(recs).name == "cameo"


def test_read_udpetr_validate():
    recs = read_gold(shared_path("gold", "udpetr_validate_lotr.jsonl"))
    assert len(recs) == 273
    assert sum(1 for r in recs if r.extra.get("evaluate") is False) == 10
    actor = {r.id: r for r in recs}["ACTOR-01"].events[0].source
    assert actor == '"GRYFFINDOR HEAD MINERVA MCGONAGALL"'  # HTML entities undone
    assert recs[0].extra["parse_format"] == "conllu"


def test_read_cameo_manual_examples():
    recs = read_gold(shared_path("gold", "cameo_manual_examples.jsonl"))
    assert len(recs) == 277 and all(len(r.events) == 1 for r in recs)
    assert recs[0].date is None and recs[0].events[0].code == "010"
    assert detect_scheme(recs).name == "cameo-codes"


def test_read_plover_gsr():
    recs = read_gold(shared_path("gold", "plover_gsr_cameo_manual.jsonl"))
    assert len(recs) == 322
    assert sum(r.reciprocal for r in recs) == 18
    first = recs[0]
    assert [(e.source, e.target, e.code, e.extra.get("cameo")) for e in first.events] == \
        [("HUNGOV", None, "AGREE", "030"), ("ROUGOV", None, "AGREE", "030")]
    assert detect_scheme(recs).name == "plover"


# -- scoring (hand-made predictions, no model) -----------------------------------------------


def rec(events, rid="r1", **extra) -> GoldRecord:
    return GoldRecord(rid, "text", None, tuple(GoldEvent(s, t, c, {}) for s, t, c in events), extra=extra)


def pred(source, target, code, plover=None, **kw) -> Prediction:
    return Prediction(source, target, code, plover, **kw)


CAMEO = SCHEMES["cameo"]


@pytest.mark.parametrize("gold, predicted, expected", [
    ("IRN", "IRN", True),
    ("IRN", "IRNGOV", False),        # a sector is a claim
    ("IRNGOV", "IRN", False),
    ("---GOV", "IRNGOV", True),      # the gold leaves the country open
    ("---GOV", "---GOV", True),
    ("---GOV", "IRNMIL", False),
    ("---GOV", None, False),
    ("---", None, True),             # a bare "---" is no actor
    (None, None, True),
    ("---", "IRN", False),
    (None, "IRN", False),
    ("irngov", "IRNGOV", True),
])
def test_actor_matches(gold, predicted, expected):
    assert actor_matches(gold, predicted) is expected


def test_actor_matches_country_only():
    assert actor_matches("IRNGOV", "IRNMIL", country_only=True)
    assert actor_matches("---GOV", "USA", country_only=True)
    assert not actor_matches("IRN", "IRQ", country_only=True)
    assert not actor_matches(None, "IRN", country_only=True)


def test_old_keds_country_codes_are_read_as_iso():
    # plover_gsr_cameo_manual writes Japan JAP, Italy ITL and Vietnam VTN; Dyad codes ISO
    assert actor_matches("JAPGOV", "JPNGOV")
    assert actor_matches("ITL", "ITA") and actor_matches("VTNMIL", "VNMMIL", country_only=True)
    assert not actor_matches("JAPGOV", "JPN")  # a sector is still a claim
    assert not actor_matches("JAP", "ITA", country_only=True)


def test_exact_prediction_scores_one_everywhere():
    r = score_record(rec([("ARN", "GON", "064")]), [pred("ARN", "GON", "064")], CAMEO)
    assert r.exact and not r.misses and not r.false_alarms
    assert all(c == (1, 1, 1) for c in r.counts.values())
    assert r.right_code and r.right_root


def test_levels_separate_actor_code_and_root_errors():
    r = score_record(rec([("ARN", "GON", "0211")]), [pred("ARN", "OSG", "021")], CAMEO)
    assert r.counts == {"event": (0, 1, 1), "dyad_root": (0, 1, 1), "code": (0, 1, 1), "root": (1, 1, 1),
                        "countries": (0, 1, 1)}
    r = score_record(rec([("ARNGOV", "GON", "042")]), [pred("ARNMIL", "GON", "043")], CAMEO)
    assert r.counts["event"][0] == 0 and r.counts["root"][0] == 1 and r.counts["countries"][0] == 1
    assert not r.exact and r.misses[0].code == "042" and r.false_alarms[0].code == "043"


def test_duplicates_count_once():
    r = score_record(rec([("ARN", "GON", "042")]), [pred("ARN", "GON", "042"), pred("ARN", "GON", "042")], CAMEO)
    assert r.counts["event"] == (1, 1, 2) and len(r.false_alarms) == 1 and not r.exact


def test_no_event_records():
    assert score_record(rec([]), [], CAMEO).exact
    r = score_record(rec([]), [pred("IRN", None, "010")], CAMEO)
    assert not r.exact and r.counts["event"] == (0, 0, 1) and r.right_code is None


def test_partial_gold_codes_and_lenient_count():
    gold = rec([("---GOV", "---", "023"), ("FOR", "OSG", "041")])
    r = score_record(gold, [pred("FORGOV", None, "023"), pred("FOR", "OSG", "041")], CAMEO)
    assert r.exact and r.lenient == 1


def test_matching_is_maximal_not_greedy():
    # A greedy pass would give the open-country gold the IRNGOV prediction and strand the second gold event.
    gold = rec([("---GOV", "GON", "042"), ("IRNGOV", "GON", "042")])
    r = score_record(gold, [pred("IRNGOV", "GON", "042"), pred("USAGOV", "GON", "042")], CAMEO)
    assert r.counts["event"] == (2, 2, 2)
    assert max_matching(2, 2, lambda g, p: (g, p) != (1, 1)) == {0: 1, 1: 0}


def test_reciprocal_records_accept_either_party_as_target():
    gold = rec([("HUNGOV", None, "AGREE"), ("ROUGOV", None, "AGREE")], reciprocal=True)
    plover = SCHEMES["plover"]
    both_ways = [pred("HUNGOV", "ROUGOV", "030", "AGREE"), pred("ROUGOV", "HUNGOV", "030", "AGREE")]
    assert score_record(gold, both_ways, plover).exact
    assert score_record(gold, [pred("HUNGOV", None, "030", "AGREE"), pred("ROUGOV", None, "030", "AGREE")],
                        plover).exact
    one_sided = rec([("HUNGOV", None, "AGREE")])
    assert not score_record(one_sided, [pred("HUNGOV", "ROUGOV", "030", "AGREE")], plover).exact


def test_plover_scheme_compares_types_and_country_pairs():
    plover = SCHEMES["plover"]
    gold = rec([("USAGOV", "IRN", "CONSULT"), ("IRN", None, "REJECT")])
    predicted = [pred("USAMIL", "IRNGOV", "042", "CONSULT"), pred("IRN", None, "010", None)]
    r = score_record(gold, predicted, plover)
    assert r.counts == {"event": (0, 2, 2), "code": (1, 2, 2), "countries": (2, 2, 2)}
    assert r.class_counts == {"CONSULT": (1, 1, 1), "REJECT": (0, 1, 0), "(none)": (0, 0, 1)}


def test_codes_only_scheme_and_right_code():
    codes = SCHEMES["cameo-codes"]
    gold = rec([(None, None, "0211")])
    r = score_record(gold, [pred("IRN", "USA", "0211"), pred("IRN", None, "010")], codes)
    assert set(r.counts) == {"code", "root"} and r.counts["code"] == (1, 1, 2)
    assert r.right_code and r.right_root and not r.exact
    r = score_record(gold, [pred("IRN", "USA", "0214")], codes)
    assert r.right_code is False and r.right_root is True


def test_evaluate_counts_crashes_skips_and_micro_averages():
    records = [rec([("ARN", "GON", "064")], "ok"), rec([("ARN", "GON", "042")], "boom"),
               rec([("ARN", "GON", "042")], "off", evaluate=False), rec([], "none")]

    def code_fn(record):
        if record.id == "boom":
            raise RuntimeError("parser fell over")
        return [pred("ARN", "GON", "064")] if record.id == "ok" else []

    result = evaluate(records, code_fn, name="hand")
    assert [r.id for r in result.records] == ["ok", "boom", "none"]
    assert result.skipped == (("off", "marked evaluate=false in the gold file"),)
    assert [(c.id, c.crash) for c in result.crashes] == [("boom", "RuntimeError: parser fell over")]
    m = result.metrics()
    assert m["event_precision"] == 1.0 and m["event_recall"] == 0.5 and m["event_f1"] == pytest.approx(0.6667)
    assert m["sentence_accuracy"] == pytest.approx(0.6667) and m["crashes"] == 1.0
    assert result.classes["06"].hits == 1 and result.classes["04"].gold == 1
    everything = evaluate(records, code_fn, include_disabled=True)
    assert len(everything.records) == 4 and not everything.skipped


def test_pipeline_coder_batches_and_charges_a_crash_to_its_record(monkeypatch):
    import dyad.pipeline
    from dyad.evaluation import pipeline_coder
    from dyad.types import CodedArticle

    calls = []

    def fake_code_articles(articles, res, batch_size=32):
        articles = list(articles)
        calls.append(len(articles))
        for a in articles:
            if a.text == "boom":
                raise ValueError("bad token")
            yield CodedArticle(a, 1, ())

    monkeypatch.setattr(dyad.pipeline, "code_articles", fake_code_articles)
    records = [rec([], f"r{i}") for i in range(5)]
    records[3] = GoldRecord("r3", "boom", None, ())
    result = evaluate(records, pipeline_coder(object(), batch_size=2))
    assert [(c.id, c.crash) for c in result.crashes] == [("r3", "ValueError: bad token")]
    assert calls == [2, 2, 1, 1, 1]  # batches of two; the failed batch again record by record
    assert result.sentence_accuracy() == pytest.approx(0.8)


# -- reports ------------------------------------------------------------------------------


@pytest.fixture
def hand_result():
    why = Explanation("met", "meet-verb", (0, 1), (2, 3), "country:Arnor", "country:Gondor")
    records = [rec([("ARN", "GON", "064")], "DEMO-00"), rec([], "DEMO-24")]
    predictions = {"DEMO-00": [pred("ARN", "GON", "040", explanation=why)],
                   "DEMO-24": [pred("ERI", None, "010", mode="intended")]}
    return evaluate(records, lambda r: predictions[r.id], name="lotr")


def test_summary_tables(hand_result):
    text = format_summary([hand_result])
    assert text.splitlines()[0].split()[:3] == ["gold", "set", "scheme"]
    assert "== lotr (cameo): 2 records scored, 0 skipped, 0 crashed" in text
    assert "(source, target, code)" in text and "root only" in text
    assert "records exactly right" in text and "country-pair accuracy" in text


def test_markdown_lists_misses_and_false_alarms_with_explanations(hand_result):
    md = to_markdown([hand_result])
    assert "### `DEMO-00`" in md and "* **miss** `ARN → GON 064`" in md
    assert "* **false alarm** `ARN → GON 040` — trigger “met”, rule `meet-verb`" in md
    assert "source `country:Arnor`, target `country:Gondor`" in md
    assert "* **false alarm** `ERI → — 010` (intended)" in md


def test_json_report_round_trips(hand_result, tmp_path):
    written = write_report([hand_result], tmp_path / "eval.md")
    assert written == [tmp_path / "eval.md", tmp_path / "eval.json"]
    data = json.loads((tmp_path / "eval.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(report_dict([hand_result])))
    (s,) = data["sets"]
    assert s["levels"]["event"] == {"hits": 0, "gold": 1, "predicted": 2, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    (error,) = [e for e in s["errors"] if e["id"] == "DEMO-00"]
    assert error["false_alarms"][0]["explanation"]["rule"] == "meet-verb"
    assert write_report([hand_result], tmp_path / "eval.json") == [tmp_path / "eval.json"]


# -- dyad eval (with the model) -------------------------------------------------------------


@pytest.fixture(scope="module")
def eval_runner(resources):  # resources: the model loaded once for the session
    from dyad.commands.eval import eval_cmd

    return lambda *args: CliRunner().invoke(eval_cmd, list(map(str, args)))


def test_eval_command_on_jsonl_and_xml(eval_runner, petrarch_xml, tmp_path):
    gold = shared_path("gold", "petr2_unittest_lotr.jsonl")
    result = eval_runner(gold, petrarch_xml, "--limit", 4, "--report", tmp_path / "r.md")
    assert result.exit_code == 0, result.output
    assert "petr2_unittest_lotr" in result.stdout and "fixture.validation" in result.stdout
    assert "4 records scored, 0 skipped" in result.stdout and "3 records scored, 1 skipped" in result.stdout
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in data["sets"]] == ["petr2_unittest_lotr", "fixture.validation"]
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Dyad evaluation")


def test_eval_command_errors(eval_runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = eval_runner(bad)
    assert result.exit_code == 1 and "bad.jsonl:1: gold record has no 'text'" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert eval_runner(empty).exit_code == 2


def test_eval_command_dictionaries_option(eval_runner, tmp_path):
    """--dictionaries codes with the user's dictionaries; a bad line stops the run unless lenient."""
    d = tmp_path / "dicts"
    d.mkdir()
    (d / "x.actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n", encoding="utf-8")
    (d / "x.verbs.txt").write_text("--- MEET [931] ---\nMEET {MEETS MET MEETING}\n", encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "x", "text": "Arnor met Gondor.", "category": "DEMO", '
                    '"events": [{"source": "ARN", "target": "GON", "code": "931"}]}\n', encoding="utf-8")
    result = eval_runner(gold, "--dictionaries", d)
    assert result.exit_code == 0, result.output
    assert re.search(r"^DEMO\s+1\s+1\s+1\.000$", result.stdout, re.M), result.stdout  # the per-category table
    bad = tmp_path / "y.actors.txt"  # another path: resources are cached per path and process
    bad.write_text("ERIADOR [ERI 2004017]\n", encoding="utf-8")
    result = eval_runner(gold, "--dictionaries", d, "--dictionaries", bad)
    assert result.exit_code == 1 and "y.actors.txt:1: date restriction '2004017'" in result.output
    assert eval_runner(gold, "--dictionaries", d, "--dictionaries", bad, "--lenient-dictionaries").exit_code == 0


def test_plover_gold_of_an_older_version_is_compared_in_its_types():
    """PLOVER 0.5 (the GSR records) has DEMAND and FIGHT where Dyad's 0.8 has REQUEST and ASSAULT."""
    old = {"ontology": "PLOVER-0.5b1"}
    records = [GoldRecord("d", "text", None, (GoldEvent("USA", None, "DEMAND", {}),), extra=old),
               GoldRecord("f", "text", None, (GoldEvent("IRQ", None, "FIGHT", {}),), extra=old)]
    scheme = detect_scheme(records)
    assert scheme.plover_version == "PLOVER-0.5b1"
    demand = Prediction("USA", None, "1053", plover="REQUEST")
    fight = Prediction("IRQ", None, "190", plover="ASSAULT")
    assert (scheme.pred_code(demand), scheme.pred_code(fight)) == ("DEMAND", "FIGHT")
    assert scheme.pred_code(Prediction("USA", None, "042", plover="CONSULT")) == "CONSULT"
    # 0.5 maps YIELD 081-083, REDUCE RELATIONS and COERCE by root, where 0.8 moved single codes
    moved = {"0813": "RETREAT", "0814": "RETREAT", "163": "COERCE", "1712": "ASSAULT", "175": "ASSAULT"}
    assert {c: scheme.pred_code(Prediction("SRB", None, c, plover=t)) for c, t in moved.items()} == {
        "0813": "CONCEDE", "0814": "CONCEDE", "163": "SANCTION", "1712": "COERCE", "175": "COERCE"}
    assert scheme.pred_code(Prediction("SRB", None, "0871", plover="RETREAT")) == "RETREAT"
    assert detect_scheme([GoldRecord("x", "t", None, (GoldEvent("USA", None, "REQUEST", {}),))]).plover_version is None
