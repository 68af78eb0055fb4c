"""Verbs of force and accord in another sense, and the doer an attack names, from the review of
held-out seed 2066 (docs/review/tehran_times_holdout_2066.md): hand-built parses, no model."""

from __future__ import annotations

from conftest import coded


def _events(knowledge, spec: str):
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in coded(knowledge, spec)]


def test_coinciding_is_no_accord(knowledge):
    # tehrantimes-415767: "His first tenure as intelligence minister coincided with the Islamic
    # State ravaging through virtually the entire Middle East" was coded 019
    spec = "Iran/PROPN/nsubj>1 {}/VERB/ROOT>1 with/ADP/case>3 Iraq/PROPN/obl>1 ./PUNCT/punct>1"
    assert _events(knowledge, spec.format("coincided|coincide")) == []
    assert _events(knowledge, spec.format("concurred|concur")) == [("IRN", "019", "IRQ")]


KILLED = ("Israeli/ADJ/amod>1 troops|troop/NOUN/nsubj>3 {}killed|kill/VERB/ROOT>3 Palestinian/ADJ/amod>5 "
          "civilians|civilian/NOUN/obj>3 ./PUNCT/punct>3")


def test_force_done_by_accident_is_no_act_of_force(knowledge):
    # tehrantimes-429714: "She accidentally struck and killed a woman in her 60s" (a driver at a
    # "yellow vest" blockade) was coded 190
    assert _events(knowledge, KILLED.format("x/X/dep>3 ")) == [("ISRMIL", "190", "PSECVL")]
    assert _events(knowledge, KILLED.format("accidentally/ADV/advmod>3 ")) == []
    # the adverb on the first of two coordinated verbs covers both
    both = ("Israeli/ADJ/amod>1 troops|troop/NOUN/nsubj>3 accidentally/ADV/advmod>3 struck|strike/VERB/ROOT>3 "
            "and/CCONJ/cc>5 killed|kill/VERB/conj>3 Palestinian/ADJ/amod>7 civilians|civilian/NOUN/obj>5 ./PUNCT/punct>3")
    assert _events(knowledge, both) == []


def test_an_attack_on_a_policy_is_criticism_of_its_owner(knowledge):
    # tehrantimes-117969: "attacking the strategic vision of Hollande" was coded 190
    spec = ("France/PROPN/nsubj>1 attacked|attack/VERB/ROOT>1 Iran/PROPN/nmod:poss>4 's/PART/case>2 "
            "{}/NOUN/obj>1 ./PUNCT/punct>1")
    assert _events(knowledge, spec.format("policy")) == [("FRA", "111", "IRN")]
    # an attack on a thing of the country's is still force
    assert _events(knowledge, spec.format("embassy")) == [("FRA", "190", "IRNGOV")]


def test_an_attacks_own_by_agent_is_the_attacker(knowledge):
    # tehrantimes-443792: "The lieutenant general was assassinated in a terrorist attack by the U.S."
    # was coded as an unidentified attacker's (---UAF)
    spec = ("The/DET/det>1 general/NOUN/nsubj:pass>3 was|be/AUX/aux:pass>3 assassinated|assassinate/VERB/ROOT>3 "
            "in/ADP/case>7 a/DET/det>7 terrorist/ADJ/amod>7 attack/NOUN/obl>3 by/ADP/case>10 the/DET/det>10 "
            "U.S./PROPN/nmod>7 ./PUNCT/punct>3")
    assert [(s, c) for s, c, _ in _events(knowledge, spec)] == [("USA", "186")]
    # every agent the "by" phrase lists is an attacker
    both = spec.replace("U.S./PROPN/nmod>7 ./PUNCT/punct>3",
                        "U.S./PROPN/nmod>7 and/CCONJ/cc>12 Israel/PROPN/conj>10 ./PUNCT/punct>3")
    assert sorted((s, c) for s, c, _ in _events(knowledge, both)) == [("ISR", "186"), ("USA", "186")]


def test_the_gop_is_the_us_republican_party(knowledge):
    # tehrantimes-410424: "The hawkish GOP senators ... slammed the Obama administration" was ---LEG
    spec = ("The/DET/det>2 GOP/PROPN/compound>2 senators|senator/NOUN/nsubj>3 slammed|slam/VERB/ROOT>3 "
            "Russia/PROPN/obj>3 ./PUNCT/punct>3")
    assert [(s[:3], c, t) for s, c, t in _events(knowledge, spec)] == [("USA", "111", "RUS")]
