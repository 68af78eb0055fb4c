"""Record types: frozen, stable JSON, stable event ids."""

import dataclasses
import json
from datetime import date

import pytest

from dyad.types import Actor, Article, Event, Explanation, event_id


def make_event(**kw):
    src = Actor("IRNMIL", "IRN", ("MIL",), "Khanzadi")
    tgt = Actor("RUSMIL", "RUS", ("MIL",), "Osipov")
    base = dict(event_id=event_id("d", 1, "IRNMIL", "RUSMIL", "040"), doc_id="d", sentence_index=1,
                sentence="Khanzadi met Osipov.", date="2019-01-15", source=src, target=tgt, cameo="040",
                cameo_name="Consult, not specified below", root="04", quad_class=1, goldstein=1.0,
                plover="CONSULT", negated=False, mode="asserted",
                explanation=Explanation("met", "meet", (0, 1), (2, 3)))
    base.update(kw)
    return Event(**base)


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Article("a", "text").text = "other"


def test_event_id_is_stable_and_depends_on_each_part():
    a = event_id("doc", 3, "IRNMIL", "RUSMIL", "040")
    assert a == event_id("doc", 3, "IRNMIL", "RUSMIL", "040") == "%s" % a
    others = {event_id("doc2", 3, "IRNMIL", "RUSMIL", "040"), event_id("doc", 4, "IRNMIL", "RUSMIL", "040"),
              event_id("doc", 3, "IRN", "RUSMIL", "040"), event_id("doc", 3, "IRNMIL", None, "040"),
              event_id("doc", 3, "IRNMIL", "RUSMIL", "042")}
    assert a not in others and len(others) == 5


def test_event_json_is_plain_and_ordered():
    e = make_event()
    d = json.loads(e.to_json())
    assert list(d)[:6] == ["event_id", "doc_id", "sentence_index", "sentence", "date", "source"]
    assert d["source"] == {"code": "IRNMIL", "country": "IRN", "sectors": ["MIL"], "text": "Khanzadi"}
    assert d["explanation"]["source_span"] == [0, 1]
    assert e.to_json() == make_event().to_json()


def test_article_date_serialises_as_iso():
    assert Article("a", "t", date=date(2019, 1, 16)).to_dict()["date"] == "2019-01-16"
