"""Readings added in session 47 that the held-out samples' own articles do not pin down, on
hand-built parses (no model involved): a plan "is to" do against a visit that "is to" send a
message, backing out of a deal, a complaint aimed at whom it is "against", and a crackdown on
the press. Each fails on the code before its rule; backing out guards that "back" still leaves a
treaty with "out" now that it has a pattern of its own."""

from __future__ import annotations

from conftest import coded, dyads


def _modes(knowledge, spec: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.mode) for e in coded(knowledge, spec)]


def test_what_one_is_to_do_is_planned_but_not_what_a_visit_is_to_do(knowledge):
    # held-out seed 2080: "Bagheri is to meet with the president of Tajikistan", with "is" parsed as
    # the copula, was a meeting held
    plan = ("Iran/PROPN/nmod:poss>2 's/PART/case>0 envoy/NOUN/nsubj>5 is|be/AUX/cop>5 to/PART/mark>5 "
            "meet/VERB/ROOT>5 with/ADP/case>9 the/DET/det>9 Russian/ADJ/amod>9 president/NOUN/obl>5 ./PUNCT/punct>5")
    assert _modes(knowledge, plan) == [("036", "intended")]
    # but what a visit "is to" do is its purpose, and the visit was made (first 1,000 TT articles:
    # "Castro's visit to Iran is to send a message to independent countries of the world")
    purpose = ("The/DET/det>2 Russian/ADJ/amod>2 president/NOUN/nmod:poss>4 's/PART/case>2 visit/NOUN/nsubj>9 "
               "to/ADP/case>6 Iran/PROPN/nmod>4 is|be/AUX/cop>9 to/PART/mark>9 send/VERB/ROOT>9 a/DET/det>11 "
               "message/NOUN/obj>9 ./PUNCT/punct>9")
    assert _modes(knowledge, purpose) == [("042", "asserted")]


def test_backing_out_of_a_deal_is_leaving_it(knowledge):
    # "back" leaves a treaty only with "out" (held-out seed 2084: "backed the U.S. withdrawal" is none)
    spec = ("Russia/PROPN/nsubj>1 backed|back/VERB/ROOT>1 out/ADP/case>5 of/ADP/case>5 the/DET/det>5 "
            "treaty/NOUN/obl>1 with/ADP/case>7 Ukraine/PROPN/nmod>5 ./PUNCT/punct>1")
    assert dyads(knowledge, spec) == [("RUS", "UKR", "160")]


def test_a_complaint_is_aimed_at_whom_it_is_against(knowledge):
    # held-out seed 2081: "filed a complaint to the UN Security Council against the United States"
    # was aimed at the Council
    spec = ("Iran/PROPN/nsubj>1 filed|file/VERB/ROOT>1 a/DET/det>3 complaint/NOUN/obj>1 against/ADP/case>7 "
            "the/DET/det>7 United/ADJ/amod>7 States|State/PROPN/nmod>3 with/ADP/case>12 the/DET/det>12 "
            "UN/PROPN/compound>12 Security/PROPN/compound>12 Council/PROPN/nmod>3 ./PUNCT/punct>1")
    assert dyads(knowledge, spec) == [("IRN", "USA", "114")]


def test_a_crackdown_on_the_press_restricts_a_freedom(knowledge):
    # held-out seed 2080 ("cracked down on various press and news outlets": 175); the noun too
    spec = ("Turkey/PROPN/nmod:poss>2 's/PART/case>0 crackdown/NOUN/nsubj>6 on/ADP/case>5 the/DET/det>5 "
            "media/NOUN/nmod>2 continued|continue/VERB/ROOT>6 ./PUNCT/punct>6")
    assert [code for _, _, code in dyads(knowledge, spec)] == ["1721"]
