"""dyad.confidence: every event's score and why; the shipped model, its file format, its fit,
and a held-out check on a review sample it was never fitted on (seed 2038)."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import re

import pytest

from conftest import REPO, SHARED, seed
from dyad import confidence as conf
from dyad.coder.patterns import load_patterns
from dyad.ingest import read_articles, sample_articles
from dyad.pipeline import CodingOptions, code_articles

MODEL_FILE = conf.DEFAULT_MODEL
FIRST_HELD_OUT = 2038  # the samples from this seed on were judged after the model was first fitted


def coded_seed(res, name: str = "003"):
    return list(code_articles(read_articles([seed(name)]), res))


def test_every_event_carries_its_score_and_the_features_behind_it(resources):
    events = [e for c in coded_seed(resources) for e in c.events]
    model = conf.load_model()
    assert events
    for e in events:
        assert e.confidence == round(model.score(e), 3) and 0 < e.confidence < 1
        assert 1 <= len(e.explanation.confidence_by) <= 3
        named = [why.rsplit(" ", 1)[0] for why in e.explanation.confidence_by]
        assert set(named) <= set(conf.features(e))
    assert '"confidence": ' in events[0].to_json() and "confidence_by" in events[0].to_json()


def test_features_read_the_event_record(resources):
    meeting = next(e for c in coded_seed(resources) for e in c.events if e.explanation.rule == "meet")
    feats = conf.features(meeting)
    assert "rule=meet" in feats and "mode=asserted" in feats and "root=04" in feats
    assert any(f.startswith("source_by=") for f in feats) and any(f.startswith("words=") for f in feats)
    bare = dataclasses.replace(meeting, target=dataclasses.replace(meeting.target, country=None, sectors=("GOV",)))
    assert "target_no_country" in conf.features(bare) and "target_no_country" not in feats


def test_min_confidence_leaves_events_out_and_says_why(resources):
    everything = coded_seed(resources)
    strict = coded_seed(dataclasses.replace(resources, options=CodingOptions(min_confidence=0.99)))
    assert sum(len(c.events) for c in everything) > 0 and sum(len(c.events) for c in strict) == 0
    reasons = [r.reason for c in strict for r in c.dropped if "confidence" in r.reason]
    assert len(reasons) == sum(len(c.events) for c in everything)
    assert all(r.startswith("confidence 0.") and "under 0.99" in r for r in reasons)


def test_cli_min_confidence(tmp_path):
    from click.testing import CliRunner

    from dyad.cli import main

    out = tmp_path / "e.jsonl"
    result = CliRunner().invoke(main, ["code", str(seed("003")), "--out", str(out), "--min-confidence", "0.99"])
    assert result.exit_code == 0, result.output
    assert out.read_text() == ""
    bad = CliRunner().invoke(main, ["code", str(seed("003")), "--min-confidence", "2"])
    assert bad.exit_code != 0 and "--min-confidence" in bad.output


def test_shipped_model_knows_only_features_dyad_can_produce():
    model = conf.load_model()
    rules = {p.id for p in load_patterns().patterns}
    assert len(model.weights) >= 50
    for f in model.weights:
        name, _, value = f.partition("=")
        if name == "rule":
            assert value in rules, f"{MODEL_FILE}: rule {value!r} is no built-in pattern"
        elif name == "mode":
            assert value in {"asserted", "intended", "hypothetical", "historical", "denied"}
        elif name == "root":
            assert value.isdigit() and 1 <= int(value) <= 20
        else:
            assert name in {"source_by", "target_by", "words", "source_gap", "target_gap", "source_after_trigger",
                            "source_no_country", "source_bare_country", "target_no_country",
                            "target_bare_country", "same_country", "reported", "quoted", "first_sentence"}, f


@pytest.mark.parametrize("text, message", [
    ("(bias)\t0\nrule=meet\tstrong\n", ":2: expected 'feature<TAB>weight'"),
    ("(bias)\t0\nrule=meet\t1\nrule=meet\t2\n", ":3: feature 'rule=meet' given twice"),
    ("rule=meet\t1\n", "no (bias) line"),
    ("(bias)\t0\nrule=meet\tnan\n", ":2: weight 'nan' is not a finite number"),
])
def test_bad_model_files_name_file_and_line(tmp_path, text, message):
    path = tmp_path / "model.tsv"
    path.write_text(text)
    with pytest.raises(conf.ConfidenceModelError, match="model.tsv.*" + re.escape(message)):
        conf.load_model(path)


def test_manifest_naming_a_missing_sheet_names_file_and_line(tmp_path):
    manifest = tmp_path / "samples.tsv"
    manifest.write_text("seed\tarticles\tsheets\n2038\t40\tnowhere.tsv\n")
    with pytest.raises(SystemExit, match="samples.tsv:2: no such verdict sheet: nowhere.tsv"):
        _trainer().read_manifest(manifest)


def test_fit_learns_which_features_go_with_ok_and_round_trips(tmp_path):
    examples = ([conf.Example(("a",), True)] * 45 + [conf.Example(("a",), False)] * 5
                + [conf.Example(("b",), True)] * 5 + [conf.Example(("b",), False)] * 45
                + [conf.Example(("rare",), True)] * 2)
    model = conf.fit(examples, l2=1.0, min_count=5)
    assert model.weights["a"] > 1 > -1 > model.weights["b"] and "rare" not in model.weights
    path = tmp_path / "m.tsv"
    conf.write_model(model, examples, path, ["test model"])
    again = conf.load_model(path)
    assert again.weights == pytest.approx(model.weights, abs=1e-4) and again.bias == pytest.approx(model.bias, abs=1e-4)
    assert "a\t" in path.read_text() and "\t50\t0.900" in path.read_text()


def test_auc_and_precision_at():
    assert conf.auc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert conf.auc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert conf.auc([0.5, 0.5], [True, False]) == 0.5
    assert conf.precision_at([0.9, 0.8, 0.2], [True, False, False], 0.5) == (2 / 3, 0.5)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_confidence", REPO / "scripts" / "train_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_held_out_samples_rank_ok_events_higher(resources):
    """The samples judged after the model was fitted, which it was not fitted on (seeds 2038 on),
    taken together: the events the model trusts more are more often right. (One sample alone is
    too small: seed 2039's AUC is below 0.5, seed 2044's 0.77.)"""
    trained = MODEL_FILE.read_text().split("review samples", 1)[1].split("\n", 1)[0]
    trainer = _trainer()
    held = [(s, n, sheets) for s, n, sheets in trainer.read_manifest(trainer.MANIFEST)
            if s >= FIRST_HELD_OUT and str(s) not in trained]
    assert len(held) >= 7, "the shipped model was fitted on a held-out sample"
    corpus = SHARED / "corpora" / "tehran_times.jsonl.gz"
    scored = []
    for seed, n, sheets in held:
        judged = trainer.judged_events(code_articles(sample_articles(corpus, n, seed), resources), sheets)
        scored += [(e.confidence, verdict == "ok") for e, verdict in judged if verdict]
    assert len(scored) >= 400, "re-judge the held-out sheets: too few of their events are still coded"
    scores, ok = [s for s, _ in scored], [o for _, o in scored]
    everything = sum(ok) / len(ok)
    kept, precision = conf.precision_at(scores, ok, 0.6)
    assert conf.auc(scores, ok) >= 0.60
    assert kept >= 0.6 and precision >= everything + 0.05


def test_manifest_sheets_exist_and_carry_verdicts():
    trainer = _trainer()
    samples = trainer.read_manifest(trainer.MANIFEST)
    assert {s for s, _, _ in samples} >= {2026, 2037, FIRST_HELD_OUT}
    for _, _, sheets in samples:
        for sheet in sheets:
            with sheet.open(encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f, delimiter="\t"))
            assert rows and {r["verdict"] for r in rows} <= {"ok", "partly", "wrong", ""}, sheet
