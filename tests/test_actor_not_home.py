"""When the dateline's (or outlet's) country is not a role's: bodies it does not have (data/actors/absent.tsv), peoples, places."""

from __future__ import annotations

import pytest

from conftest import resolve_last
from dyad.actors.absent import load_absent, read_absent
from dyad.errors import DataError

SENATE = "The/DET/det>1 Senate/PROPN/nsubj>2 approved|approve/VERB/ROOT>2 sanctions|sanction/NOUN/obj>2"


def test_the_senate_in_a_tehran_story_is_the_us_senate(lexicon):
    # held-out seed 2047: "The Senate approved on Thursday the sanctions on Iran" was Iran's legislature
    mention = resolve_last(lexicon, [SENATE], 1)
    assert mention.actor.code == "USALEG" and "home-lacks:senate" in mention.rule
    # a Moscow story's senate keeps the dateline's default (the Federation Council is not listed)
    assert resolve_last(lexicon, [SENATE], 1, dateline="RUS").actor.code == "RUSLEG"
    # Iran's own parliament keeps Iran
    majlis = SENATE.replace("Senate/PROPN", "parliament/NOUN")
    assert resolve_last(lexicon, [majlis], 1).actor.code == "IRNLEG"
    # senators, congressmen: the same
    senators = "Several/ADJ/amod>1 senators|senator/NOUN/nsubj>2 criticized|criticize/VERB/ROOT>2 Iran/PROPN/obj>2"
    assert resolve_last(lexicon, [senators], 1).actor.code == "USALEG"


def test_a_bare_airstrike_in_a_tehran_story_is_no_iranian_force(lexicon):
    # held-out seed 2056: "Ayatollah Khamenei strongly denounced the airstrikes as a crime" (the U.S.,
    # British and French strikes on Syria) was coded against Iran's military
    spec = "the/DET/det>1 airstrikes|airstrike/NOUN/nsubj>2 continued|continue/VERB/ROOT>2"
    assert resolve_last(lexicon, [spec], 1).actor.code == "---MIL"
    # one the words place keeps its country
    us = "U.S./PROPN/compound>1 airstrikes|airstrike/NOUN/nsubj>2 continued|continue/VERB/ROOT>2"
    assert resolve_last(lexicon, [us], 1).actor.code == "USAMIL"


def test_the_shipped_file_loads():
    assert load_absent()["IRN"]["senate"] == "USA"


@pytest.mark.parametrize("rows, problem", [
    ("IRQQ\tsenate\tUSA\tx\n", "unknown country code 'IRQQ'"),
    ("IRN\tsenate\tUSAA\tx\n", "unknown country code 'USAA'"),
    ("IRN\tsenat\tUSA\tx\n", "'senat' is no agent phrase"),
    ("IRN\tsenate|senate\tUSA\tx\n", "listed twice"),
])
def test_a_bad_row_is_refused_with_file_and_line(tmp_path, rows, problem):
    path = tmp_path / "absent.tsv"
    path.write_text("# country\tforms\tusual\tnote\n" + rows, encoding="utf-8")
    with pytest.raises(DataError, match=problem) as err:
        read_absent(path, frozenset({"IRN", "USA"}), frozenset({"senate"}))
    assert f"{path}:2" in str(err.value)


def test_a_group_named_by_its_people_takes_no_dateline_default(lexicon):
    # held-out seed 2048: "atrocities committed against Rohingya refugees by the Myanmar military"
    # in a Tehran-datelined story were against Iranian refugees ("Rohingya" was read as a name)
    spec = ("atrocities|atrocity/NOUN/nsubj:pass>4 against/ADP/case>3 Rohingya/PROPN/compound>3 "
            "refugees|refugee/NOUN/nmod>0 committed|commit/VERB/ROOT>4 by/ADP/case>7 Myanmar/PROPN/compound>7 "
            "military/NOUN/obl>4")
    assert resolve_last(lexicon, [spec], 3).actor.code == "---REF"


def test_an_attack_in_a_place_is_of_the_places_country(lexicon):
    # held-out seed 2048: "condemned the terrorist attack in the Russian city of Saint Petersburg"
    # was an Iranian armed group's, the dateline's guess
    spec = ("Qassemi/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>4 terrorist/ADJ/amod>4 "
            "attack/NOUN/obj>1 in/ADP/case>8 the/DET/det>8 Russian/ADJ/amod>8 city/NOUN/nmod>4")
    assert resolve_last(lexicon, [spec], 4).actor.code == "RUSUAF"
