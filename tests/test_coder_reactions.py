"""What a reaction reacts to is someone else's act (coder/syntax.py ``_reacted_to``), on
hand-built parses of the shipped model's misparses (no model involved)."""

from __future__ import annotations

from conftest import coded, parse

# held-out seed 2048, tehrantimes-466770 (the shipped model's parse, with its lemma "reacte")
REACTED = ("Iranian/ADJ/amod>2 foreign/ADJ/amod>2 ministry/NOUN/nsubj>4 has|have/AUX/aux>4 "
           "reacted|reacte/VERB/ROOT>4 to/ADP/case>8 the/DET/det>8 assassination/NOUN/compound>8 "
           "attempt/NOUN/obl>4 targeting|target/VERB/acl>8 Iraqi/ADJ/amod>12 Minister/PROPN/nmod:desc>13 "
           "al-Kadhimi/PROPN/obj>9 ./PUNCT/punct>4")


def test_the_act_reacted_to_is_not_the_reactors(knowledge):
    # "… has reacted to the assassination attempt targeting … al-Kadhimi" was an Iranian threat, 1384
    assert [(e.source.code, e.cameo) for e in coded(knowledge, REACTED)] == []
    # "Iran condemned the attack targeting civilians": no Iranian attack either, but the condemnation
    condemned = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>3 attack/NOUN/obj>1 "
                 "targeting|target/VERB/acl>3 Iraqi/ADJ/amod>6 diplomats|diplomat/NOUN/obj>4 ./PUNCT/punct>1")
    assert {(e.source.code, e.cameo) for e in coded(knowledge, condemned)} == {("IRN", "111")}


def test_an_act_one_carries_out_is_still_ones_own(knowledge):
    # "Israel launched a campaign targeting Hamas": the "-ing" phrase on what the subject did is its act
    launched = ("Israel/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 a/DET/det>3 campaign/NOUN/obj>1 "
                "targeting|target/VERB/acl>3 Hamas/PROPN/obj>4 ./PUNCT/punct>1")
    assert ("ISR", "PSEREB") in {(e.source.code, e.target.code) for e in coded(knowledge, launched) if e.target}
