"""A nationality word that names an ethnic group gives no country (actors/ethnic.py): "ethnic
Albanians" are people of where they live, "Bosnian Serbs" Bosnia's (PLOVER gold coded both as
Albania's and Serbia's before session 42)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import coded, parse
from dyad.actors import ArticleActors
from dyad.coder.syntax import Graph
from dyad.types import EntitySpan


def _actor(lexicon, spec: str, head: int) -> tuple[str, str] | None:
    mentions = ArticleActors(lexicon).resolve(Graph.of(parse(spec)), head)
    return (mentions[0].actor.code, mentions[0].rule) if mentions else None


@pytest.mark.parametrize("spec, head, code", [
    # the first word the country, the second the ethnicity
    ("Bosnian/ADJ/amod>1 Serbs|Serb/PROPN/nsubj>2 demanded|demand/VERB/ROOT>2", 1, "BIHCVL"),
    ("the/DET/det>3 Bosnian/ADJ/amod>3 Serb/ADJ/amod>3 leader/NOUN/nsubj>4 rejected|reject/VERB/ROOT>4", 3, "BIHGOV"),
    # a nationality after a nationality is no ethnicity: Iranian Americans are Americans
    ("Iranian/ADJ/amod>1 Americans|American/PROPN/nsubj>2 protested|protest/VERB/ROOT>2", 1, "USA"),
    # "ethnic" before it: no country of its own, people of none named
    ("ethnic/ADJ/amod>1 Azeris|Azeri/PROPN/nsubj>2 protested|protest/VERB/ROOT>2", 1, "---CVL"),
    ("ethnic/ADJ/amod>1 Albanian/ADJ/amod>2 guerrillas|guerrilla/NOUN/nsubj>3 fought|fight/VERB/ROOT>3", 2, "---REB"),
    # one nationality and no "ethnic": the nationality
    ("Serb/ADJ/amod>1 forces|force/NOUN/nsubj>2 fought|fight/VERB/ROOT>2", 1, "SRBMIL"),
])
def test_an_ethnic_word_gives_no_country(lexicon, spec, head, code):
    assert _actor(lexicon, spec, head)[0] == code


def test_the_rule_says_the_group_is_ethnic(lexicon):
    code, rule = _actor(lexicon, "ethnic/ADJ/amod>1 Azeris|Azeri/PROPN/nsubj>2 protested|protest/VERB/ROOT>2", 1)
    assert rule == "agent:ethnic Azeris"


def test_an_ethnic_group_is_of_the_place_of_its_event(knowledge, gazetteer):
    # "Ethnic Azeris protested in Tabriz against the government": Iran's, not Azerbaijan's
    spec = ("Ethnic|ethnic/ADJ/amod>1 Azeris|Azeri/PROPN/nsubj>2 protested|protest/VERB/ROOT>2 in/ADP/case>4 "
            "Tabriz/PROPN/obl>2 ./PUNCT/punct>2")
    sentence = replace(parse(spec), entities=(EntitySpan("LOC", 4, 5, "Tabriz"),))
    [e] = coded(knowledge, sentence, date="2020-01-01", gazetteer=gazetteer)
    assert (e.source.code, e.explanation.source_rule) == ("IRNCVL", "agent:ethnic Azeris+place:IRN")


def test_a_country_the_recogniser_missed_is_still_the_place(knowledge, gazetteer):
    # PLOVER GSR FIGHT-0007: "Serb forces killed three ethnic Albanians in a gunbattle in
    # southeastern Serbia Friday" (the shipped recogniser finds no entity in it)
    spec = ("Serb/ADJ/amod>1 forces|force/NOUN/nsubj>2 killed|kill/VERB/ROOT>2 three/NUM/nummod>5 "
            "ethnic/ADJ/amod>5 Albanians|Albanian/PROPN/obj>2 in/ADP/case>8 southeastern/ADJ/amod>8 "
            "Serbia/PROPN/obl>2 ./PUNCT/punct>2")
    [e] = coded(knowledge, parse(spec), date="2020-01-01", gazetteer=gazetteer)
    assert (e.source.code, e.target.code) == ("SRBMIL", "SRBCVL")
    # a name the recogniser calls a person is no place: "Michael Jordan"
    jordan = spec.replace("southeastern/ADJ/amod>8 Serbia/PROPN/obl>2", "Michael/PROPN/compound>8 Jordan/PROPN/obl>2")
    [e] = coded(knowledge, replace(parse(jordan), entities=(EntitySpan("PER", 7, 9, "Michael Jordan"),)),
                date="2020-01-01", gazetteer=gazetteer)
    assert e.target.code == "---CVL"
