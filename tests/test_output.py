import csv
import io
import json
from dataclasses import replace

import pytest

from dyad.output import FLAT_COLUMNS, FORMATS, flatten_event, format_table, write_events
from dyad.types import Actor, Event, Explanation, event_id


def make_event(doc_id="d1", index=0, *, target=True, sentence="Iran's army attacked Iraq.",
               trigger="attacked", cameo="190", name="Use conventional military force"):
    source = Actor("IRNMIL", "IRN", ("MIL",), "Iran's army")
    tgt = Actor("IRQ", "IRQ", (), "Iraq") if target else None
    return Event(
        event_id=event_id(doc_id, index, source.code, tgt.code if tgt else None, cameo),
        doc_id=doc_id, sentence_index=index, sentence=sentence, date="2024-03-01",
        source=source, target=tgt, cameo=cameo, cameo_name=name, root=cameo[:2],
        quad_class=4, goldstein=-10.0, plover="ASSAULT", negated=False, mode="asserted",
        explanation=Explanation(trigger, "190.attack", (0, 3), (4, 5)),
        date_precision="day",
    )


def written(events, fmt):
    fh = io.StringIO(newline="")
    n = write_events(events, fh, fmt)
    return n, fh.getvalue()


def test_flatten_event_keys_follow_flat_columns():
    row = flatten_event(make_event())
    assert tuple(row) == FLAT_COLUMNS
    assert row["source_sectors"] == ["MIL"]
    assert row["trigger"] == "attacked" and row["rule"] == "190.attack"


def test_flatten_event_without_target_gives_nones():
    row = flatten_event(make_event(target=False))
    assert row["target_code"] is None and row["target_sectors"] is None


def test_jsonl_round_trips_to_dict():
    events = [make_event(index=0), make_event(index=1, target=False)]
    n, text = written(events, "jsonl")
    assert n == 2
    assert [json.loads(line) for line in text.splitlines()] == [e.to_dict() for e in events]


def test_csv_parses_back_with_flat_columns():
    events = [make_event(sentence='He said "no", then left.'), make_event(index=1, target=False)]
    n, text = written(events, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == 2 and len(rows) == 2
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert rows[0]["sentence"] == 'He said "no", then left.'
    assert rows[0]["source_sectors"] == "MIL"
    assert rows[0]["negated"] == "false"
    assert float(rows[0]["goldstein"]) == -10.0
    assert rows[1]["target_code"] == "" and rows[1]["target_sectors"] == ""


def test_csv_joins_sectors_with_semicolons():
    event = replace(make_event(), source=Actor("IRNGOVMIL", "IRN", ("GOV", "MIL"), "x"))
    _, text = written([event], "csv")
    assert next(csv.DictReader(io.StringIO(text)))["source_sectors"] == "GOV;MIL"


def test_tsv_keeps_one_record_per_line():
    events = [make_event(sentence="Line one\nline\ttwo.")]
    _, text = written(events, "tsv")
    lines = text.splitlines()
    assert len(lines) == 2
    rows = list(csv.DictReader(io.StringIO(text), dialect="excel-tab"))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert rows[0]["sentence"] == "Line one line two."
    assert lines[0].split("\t") == list(FLAT_COLUMNS)


def test_empty_input_writes_header_only():
    n, text = written([], "csv")
    assert n == 0 and text == ",".join(FLAT_COLUMNS) + "\n"
    assert written([], "jsonl") == (0, "")


def test_unknown_format_lists_the_valid_ones():
    with pytest.raises(ValueError) as info:
        written([make_event()], "xml")
    assert all(fmt in str(info.value) for fmt in FORMATS)


def test_format_table_fits_width_and_truncates():
    events = [make_event(trigger="launched a long series of coordinated strikes against")]
    table = format_table(events, width=80)
    lines = table.splitlines()
    assert lines[0].split() == ["date", "source", "event", "target", "trigger"]
    assert all(len(line) <= 80 for line in lines)
    assert "2024-03-01" in lines[2] and "IRNMIL" in lines[2] and "IRQ" in lines[2]
    assert "190 Use" in lines[2] and lines[2].endswith("…")


def test_format_table_marks_missing_target_and_no_events():
    assert "-" in format_table([make_event(target=False)]).splitlines()[2].split()
    assert format_table([]).splitlines()[-1] == "(no events)"
