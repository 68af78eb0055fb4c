"""scripts/review_events.py: verdicts survive re-coding by event id; bad verdicts name file and line."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import REPO

spec = importlib.util.spec_from_file_location("review_events", REPO / "scripts" / "review_events.py")
review = importlib.util.module_from_spec(spec)
spec.loader.exec_module(review)


def row(event_id: str, verdict: str = "", reason: str = "", rule: str = "meet") -> dict:
    return {"doc_id": "d1", "sentence_index": "0", "event_id": event_id, "source": "IRNGOV (Iran)", "cameo": "040",
            "cameo_name": "Consult", "target": "RUSGOV (Russia)", "trigger": "met", "rule": rule,
            "mode": "asserted", "sentence": "Iran met Russia.", "verdict": verdict, "reason": reason}


def test_sheet_keeps_earlier_verdicts_by_event_id(tmp_path):
    old = tmp_path / "old.tsv"
    review.write_sheet([row("a", "wrong", "not a meeting"), row("b", "ok")], {}, old)
    new = tmp_path / "new.tsv"
    review.write_sheet([row("a"), {**row("c"), "target": "CHN (China)"}], review.read_verdicts(old), new)
    got = review.read_verdicts(new)
    assert (got["a"]["verdict"], got["a"]["reason"]) == ("wrong", "not a meeting")
    assert got["c"]["verdict"] == "" and "b" not in got


def test_report_counts_only_ok_as_precise():
    text = review.report([row("a", "ok"), row("b", "partly", "sector"), row("c", "wrong", "no event"),
                          row("d", "ok")], 10)
    assert "**Precision: 50.0%**" in text and "75.0% counting `partly`" in text
    assert "no event" in text and "| meet | 2 | 1 | 1 |" in text


def test_unknown_verdict_names_file_and_line(tmp_path):
    sheet = tmp_path / "sheet.tsv"
    review.write_sheet([row("a", "ok"), row("b", "maybe")], {}, sheet)
    with pytest.raises(SystemExit, match=r"sheet.tsv:3: verdict 'maybe'"):
        review.read_verdicts(sheet)


def test_misses_are_read_in_either_layout_and_a_bad_one_is_named(tmp_path):
    # the 200-article review wrote expected_event; the held-out reviews write source, cameo, target
    old, new, bad = tmp_path / "old.tsv", tmp_path / "new.tsv", tmp_path / "bad.tsv"
    old.write_text("doc_id\tsentence_index\texpected_event\tnote\nd1\t3\tIRN 040 RUS\tmet\n", encoding="utf-8")
    new.write_text("doc_id\tsentence\tsource\tcameo\ttarget\tnote\nd2\tIran met Russia.\tIRN\t040\tRUS\tmet\n",
                   encoding="utf-8")
    assert "| d1 | 3 | IRN 040 RUS | met |" in review.misses_table(old)
    assert "| d2 | Iran met Russia. | IRN 040 → RUS | met |" in review.misses_table(new)
    bad.write_text("doc\twhat\nd1\tx\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.tsv: a misses file needs columns doc_id"):
        review.misses_table(bad)


def test_a_verdict_follows_its_event_into_a_renumbered_or_split_sentence():
    # a glued crosshead split off: "... talks. Iran met Russia." was one sentence, index 0, and the
    # event is now in sentence 1 with a new id; a later sentence's event only moved one index on
    glued = "Talks go on as usual in Tehran Iran met Russia."
    old = {"a": {**row("a", "wrong", "crosshead"), "sentence": glued},
           "b": {**row("b", "ok"), "sentence_index": "1", "sentence": "Later, Iran met China.", "target": "CHN (China)"}}
    new = [{**row("x"), "sentence_index": "1"},
           {**row("y"), "sentence_index": "2", "sentence": "Later, Iran met China.", "target": "CHN (China)"}]
    assert [j["reason"] for j in review.carry_verdicts(new, old)] == ["crosshead", ""]


def test_a_verdict_is_never_guessed_between_two_judged_events_or_given_to_another_sentence():
    old = {"a": {**row("a", "ok"), "sentence": "Iran met Russia. Iran met Russia again."},
           "b": {**row("b", "wrong"), "sentence": "Iran met Russia. Iran met Russia again today."}}
    assert review.carry_verdicts([row("x")], old) == [None]   # two judged rows fit
    # the same id on another sentence: renumbering moved a different event into the old index
    assert review.carry_verdicts([{**row("a"), "sentence": "Iran met Russia in Baku."}],
                                 {"a": row("a", "ok")}) == [None]
    assert review.carry_verdicts([{**row("z"), "cameo": "042"}], {"a": row("a", "ok")}) == [None]
