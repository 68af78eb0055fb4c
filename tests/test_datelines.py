"""Datelines: every form the issue names, Reuters' forms, and stripping them from the text."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from conftest import shared_path

from dyad.datelines import month_number, parse_dateline, strip_dateline
from dyad.types import Article


@pytest.mark.parametrize("text, place, date_text, agency", [
    ("TEHRAN – Navy Chief said", "TEHRAN", None, None),
    ("TEHRAN - Navy Chief said", "TEHRAN", None, None),
    ("TEHRAN—Navy Chief said", "TEHRAN", None, None),
    ("TEHRAN (PIN) – The second day", "TEHRAN", None, "PIN"),
    ("VIENNA (Reuters) -- The UN watchdog", "VIENNA", None, "Reuters"),
    ("MOSCOW (Reuters) - Russia said", "MOSCOW", None, "Reuters"),
    ("PEKING, March 3 - China said", "PEKING", "March 3", None),
    ("TEHRAN, Jan. 16 (MNA) – Iran said", "TEHRAN", "Jan. 16", "MNA"),
    ("NEW YORK, FEB 26 - Diamond Shamrock", "NEW YORK", "FEB 26", None),
    ("PORTLAND, Ore., Feb 26 - Red Lion Inns", "PORTLAND, Ore.", "Feb 26", None),
    ("RICHMOND, Va. Feb 26 - Qtly div", "RICHMOND, Va.", "Feb 26", None),
    ("TAUPO, New Zealand, March 23, Reuter - Debt", "TAUPO, New Zealand", "March 23", "Reuter"),
    ("WASHINGTON, June 19, - After battling", "WASHINGTON", "June 19", None),
    ("LOUISVILLE, Colo. - March 16 - Explosive Fabricators", "LOUISVILLE, Colo.", "March 16", None),
    ("ROCKVILLE, Md, - March 6 - Shr profit", "ROCKVILLE, Md", "March 6", None),
    ("JOHANNESBURG March 13 - Shr 516 cts", "JOHANNESBURG", "March 13", None),
    ("NEW HAVEN, Conn - June 19\n\nSemi-annual div", "NEW HAVEN, Conn", "June 19", None),
    ("GRONINGEN, the Netherlands, March 31 - European", "GRONINGEN, the Netherlands", "March 31", None),
    ("La paz, march 4 - about 1,000 bolivian", "La paz", "march 4", None),
    ("ROSEMONT, Ill., Macrh 31 - LyphoMed", "ROSEMONT, Ill.", "Macrh 31", None),
    ("BAGUIO, Philippines - Military authorities", "BAGUIO, Philippines", None, None),
])
def test_dateline_forms(text, place, date_text, agency):
    dl = parse_dateline(text)
    assert (dl.place, dl.date_text, dl.agency) == (place, date_text, agency)
    assert text[dl.end:][:1].isalnum() or text[dl.end:][:1] == "\n"


@pytest.mark.parametrize("text", [
    "Tehran - the capital of Iran - said",  # running text: no capitals, no date, no agency
    "The recently concluded visit to Tehran",
    "COPPER GRADE A, Cash 3 - easier",  # "Cash" is not a month
    "",
])
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_month_typos():
    assert [month_number(w) for w in ("Macrh", "Jne", "FEb", "Narch", "Juen", "Sept.", "Marc")] == \
        [3, 6, 2, 3, 6, 9, 3]
    assert month_number("Cash") is None


def test_strip_keeps_offsets_and_the_dateline():
    text = "TEHRAN – Navy Chief Rear Admiral Hossein Khanzadi said on Tuesday."
    art = strip_dateline(Article("t", text, date=date(2019, 1, 16)))
    assert len(art.text) == len(text)
    assert art.text[art.dateline.end:] == text[art.dateline.end:]
    assert art.text.lstrip().startswith("Navy Chief")
    assert art.dateline.place == "TEHRAN"
    assert strip_dateline(art) is art  # already stripped
    plain = Article("t", "Iran said on Tuesday.")
    assert strip_dateline(plain) is plain


@pytest.mark.slow
def test_reuters_datelines_parsed():
    """≥ 98 % of Reuters-21578 stories with a dateline (independent definition) parse with
    the same place and a calendar date (bench/places.py datelines gives the full report)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from places import datelines

    report = datelines(shared_path("corpora", "reuters21578.jsonl.gz"), sample=0, seed=7)
    assert report["with_dateline"] > 18_000
    assert report["share"] >= 0.98


def test_tehran_times_style_sample():
    path = shared_path("corpora", "tehran_times.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        heads = [json.loads(line)["text"] for _, line in zip(range(300), fh)]
    found = [parse_dateline(t) for t in heads if t.startswith(("TEHRAN -", "TEHRAN –", "TEHRAN (", "TEHRAN —"))]
    assert found and all(dl is not None and dl.place == "TEHRAN" for dl in found)
