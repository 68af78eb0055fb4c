"""Undated, undatelined reports (most of the Tehran Times): the outlet's country, its house titles, and background events."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import shared_path
from dyad.actors.outlets import load_outlets, read_outlets
from dyad.errors import DataError
from dyad.ingest import read_articles
from dyad.nlp.pipeline import parse_articles
from dyad.pipeline import code_parsed, prepare_text
from dyad.types import Article

COUNTRIES = frozenset({"IRN", "RUS"})


def _outlets(tmp_path, rows: str):
    path = tmp_path / "outlets.tsv"
    path.write_text("# names\tcountry\ttitles\tnote\n" + rows, encoding="utf-8")
    return read_outlets(path, COUNTRIES)


def test_an_outlet_is_found_by_its_source_name_site_or_url_host(tmp_path):
    outlets = _outlets(tmp_path, "Tehran Times|tehrantimes.com\tIRN\tLeader\tdaily\nTASS|tass.com\tRUS\t\tagency\n")
    assert outlets.of(Article("a", "x", source="Tehran Times (tehrantimes.com; footer)")).country == "IRN"
    assert outlets.of(Article("a", "x", source="tehran times")).titles == {"Leader"}
    assert outlets.of(Article("a", "x", source="Tehran Timesheet")) is None  # a name is matched whole
    assert outlets.of(Article("a", "x", site="www.tass.com")).country == "RUS"
    assert outlets.of(Article("a", "x", url="https://en.tehrantimes.com/news/1")).country == "IRN"
    assert outlets.of(Article("a", "x", url="https://nottass.com/1")) is None
    assert outlets.of(Article("a", "x")) is None


@pytest.mark.parametrize("rows, problem", [
    ("Tehran Times\tIRQQ\t\tdaily\n", "unknown country code 'IRQQ'"),
    ("Tehran Times\tIRN\tleader\tdaily\n", "capitalised"),
    ("Tehran Times\tIRN\t\tdaily\ntehran times\tIRN\t\tagain\n", "listed twice"),
    ("Tehran Times\tIRN\n", "expected 4 tab-separated columns"),
    ("\tIRN\t\tnameless\n", "no outlet name or web host"),
])
def test_a_bad_outlet_row_names_file_and_line(tmp_path, rows, problem):
    with pytest.raises(DataError, match=r"outlets\.tsv:\d+: .*" + problem.replace("(", r"\(")):
        _outlets(tmp_path, rows)


def test_the_shipped_outlets_load_and_name_the_tehran_times():
    outlets = load_outlets()
    article = next(read_articles(shared_path("corpora", "tehran_times.jsonl.gz")))
    assert outlets.of(article).country == "IRN" and "Leader" in outlets.of(article).titles


def _coded(resources, doc_id: str, **changes):
    article = next(a for a in read_articles(shared_path("corpora", "tehran_times.jsonl.gz")) if a.doc_id == doc_id)
    article = prepare_text(dataclasses.replace(article, **changes))
    assert article.dateline is None  # these reports have no "TEHRAN –"
    (art, sentences), = parse_articles(resources.nlp, [article])
    return code_parsed(art, sentences, resources).events


def test_an_undatelined_tehran_times_report_gives_the_leader_and_the_police_iran(resources):
    # "The Leader paid tribute to the martyrs of the air force …", "The Leader called on the air force …"
    events = [e for e in _coded(resources, "tehrantimes-95248") if e.source.text == "The Leader"]
    assert events and all(e.source.code == "IRNGOV" for e in events)
    assert all(e.explanation.source_rule.startswith("outlet-title:Leader") for e in events)
    # the same text from an outlet Dyad does not know has no country to give the Leader
    unknown = [e for e in _coded(resources, "tehrantimes-95248", source="Some Blog")
               if e.source.text == "The Leader"]
    assert unknown and all(e.source.code == "---GOV" for e in unknown)


def test_the_leader_stays_irans_in_a_report_about_palestine(resources):
    # "… said the Leader, urging the world nations …": the article names Palestine most
    events = [e for e in _coded(resources, "tehrantimes-78692") if e.source.text == "the Leader"]
    assert events and {e.source.code for e in events} == {"IRNGOV"}


def test_an_outlet_default_gives_roles_and_bodies_a_country_but_not_peoples_names(resources):
    events = _coded(resources, "tehrantimes-67906")  # "The police arrested 44 people …" in Iran
    police = [e for e in events if e.source.text == "The police"]
    assert police and police[0].source.code == "IRNCOP"
    assert "outlet-default" in police[0].explanation.source_rule
    # a Tehran Times report on the UAE: Sheikh Hamdan is not made Iranian by the outlet
    hamdan = [e for e in _coded(resources, "tehrantimes-80458") if e.source.text == "Sheikh Hamdan"]
    assert hamdan and all(not e.source.code.startswith("IRN") for e in hamdan)


def test_an_undated_report_makes_its_long_past_events_historical(resources):
    # tehrantimes-464071 (August 2021): "On August 16, 1971, China and Iran formally established
    # diplomatic relations." and "In 2016, Chinese President Xi Jinping visited Iran …"
    events = _coded(resources, "tehrantimes-464071")
    past = [e for e in events if e.date and e.date[:4] in ("1971", "2016")]
    assert past and all(e.mode == "historical" for e in past)
    assert any(e.mode == "asserted" for e in events)  # the article's own news stays asserted


def test_an_undated_report_makes_what_it_dates_by_a_month_alone_historical(resources):
    # held-out seed 2040, tehrantimes-485734: the news is "on Monday"; "Back in April, diplomats
    # from Iran, Syria, Turkey, and Russia held a joint meeting in Moscow" is what it is set after
    events = _coded(resources, "tehrantimes-485734")
    april = [e for e in events if e.date_text == "in April"]
    monday = [e for e in events if e.date_text == "on Monday"]
    assert april and all(e.mode == "historical" for e in april)
    assert monday and all(e.mode == "asserted" for e in monday)


def test_an_undated_report_makes_what_it_dates_by_a_year_historical(resources):
    # tehrantimes-74720: "In 1998, Iran and the UK upgraded their diplomatic ties to ambassador level"
    # is background to the news, a visit whose date is a weekday or none
    events = _coded(resources, "tehrantimes-74720")
    upgraded = [e for e in events if e.date_text == "In 1998"]
    assert upgraded and all(e.mode == "historical" for e in upgraded)
    assert any(e.mode == "asserted" for e in events)
