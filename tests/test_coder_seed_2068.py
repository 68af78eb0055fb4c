"""Readings from the review of held-out seed 2068 (session 43), on the sample's own Tehran Times
articles: what only appears to happen, evidence for a deed, obstacles put in an act's way, a
"never" of its own on a verb that shares another's subject, a phrase "along with" taken for a
conjunct, "it" after another subject in a quote, goods still to be delivered, and "the regime"
after "Israeli regime forces" in a sentence with no event."""

from __future__ import annotations

import pytest

from conftest import sample_fixture, sentence_events
from dyad.pipeline import code_articles

DOCS = {"tehrantimes-481195", "tehrantimes-476117", "tehrantimes-449349", "tehrantimes-437636",
        "tehrantimes-460696", "tehrantimes-421647", "tehrantimes-446716", "tehrantimes-482495",
        "tehrantimes-411639", "tehrantimes-426923"}


coded = sample_fixture(2068, DOCS)



def _dropped(coded, doc: str, sentence: int) -> list[str]:
    return [d.reason for d in coded[f"tehrantimes-{doc}"].dropped if d.text.startswith(f"[{sentence}] ")]


def test_ties_that_only_appear_to_be_moving_toward_an_upgrade_are_not_upgraded(coded):
    # "With Volodin visiting Tehran at a critical world juncture, Iran and Russia appear to be moving
    # in the direction of upgrading their ties to a strategic level": the visit is real
    assert sentence_events(coded, "481195", 2) == [("RUSLEG", "042", "IRN", "asserted")]
    assert any(r.startswith("unrealised") and "'upgrading'" in r for r in _dropped(coded, "481195", 2))


def test_the_regime_is_the_one_whose_forces_a_sentence_without_events_named(coded):
    # "Palestinian organizations who saw Israeli regime forces raid their property … have denounced
    # the administration of U.S. President Joe Biden's lethargic response … The regime raided seven
    # civil society and human rights groups": Israel's, not the U.S. named in between
    raids = [e for e in coded["tehrantimes-476117"].events if e.sentence_index == 1]
    assert raids and {e.source.code[:3] for e in raids} == {"ISR"}
    assert all(e.explanation.source_rule.startswith("definite:regime") for e in raids)


def test_the_official_is_the_office_holder_named_last(coded):
    # "Zhenis Kassymbek, the minister for investments and development of Kazakhstan, called Iran his
    # country's strategic partner … The official made the remarks in a meeting with Central Bank of
    # Iran (CBI)'s Vice Governor … Gholamali Kamyab in Astana on Friday": the Kazakh minister
    assert sentence_events(coded, "411639", 1) == [("KAZGOV", "040", "IRNGOVBUS", "asserted")]


def test_evidence_to_support_a_move_supports_nothing(coded):
    # "a classified report by the U.S. intelligence agency the CIA shows an inability in finding any
    # evidence to support Israel's move to label the NGOs as terrorist organizations"
    assert [e for e in coded["tehrantimes-476117"].events if e.explanation.trigger == "support"] == []


def test_obstacles_in_the_way_of_supplying_medicine_supply_none(coded):
    # "Zarif added that the U.S. is creating obstacles in the way of supplying medicine to Iran
    # through its inhumane sanctions"
    assert [e for e in sentence_events(coded, "449349", 4) if e[1].startswith("07")] == []
    assert any(r.startswith("negated: humanitarian-supplies") for r in _dropped(coded, "449349", 4))


def test_never_on_a_verb_sharing_anothers_subject_and_a_comitative_phrase(coded):
    # "We will not give in to international pressure and along with the people of the world, we will
    # make them talk to the people of Iran with language of respect and never threaten an Iranian":
    # no threat (its own "never"), and the people of the world are no one Iran yields to
    assert sentence_events(coded, "437636", 1) == []


def test_it_after_another_subject_in_a_quote_is_not_the_speaker(coded):
    # "As the government of Morocco is unable to settle its own regional issues, it has once again
    # rehashed its unfounded allegations against the Islamic Republic of Iran while supporting the
    # criminal regime of Israel," Khatibzadeh said: Iran's spokesman supports no one
    assert sentence_events(coded, "460696", 2) == []


def test_goods_still_to_be_delivered_are_intended(coded):
    # "The agreement is intended for the financing of goods and services to be delivered by
    # Austrian exporters to Iranian companies"
    assert {e[3] for e in sentence_events(coded, "421647", 79)} == {"intended"}


def test_afghani_officials_are_afghan_and_his_talks_the_briefers(coded):
    # "The Iranian foreign minister also delivered a report … and briefed Guterres on his talks with
    # the top Afghani officials, including Afghani President Mohammad Ashraf Ghani": Zarif's talks
    assert sentence_events(coded, "446716", 5) == [("IRNGOV", "040", "AFGGOV", "asserted")]


def _text(resources, text: str) -> list[tuple]:
    from dyad.types import Article

    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.mode)
            for c in code_articles([Article(doc_id="t", text=text)], resources) for e in c.events]


def test_aipac_is_an_american_lobby(resources):
    assert _text(resources, "AIPAC urged the U.S. Congress to impose new sanctions on Iran.")[:1] == [
        ("USANGO", "020", "USALEG", "asserted")]


def test_praising_the_relations_between_ones_country_and_another_praises_the_other(coded, resources):
    # "Volodin, for his part, praised the relations between Iran and Russia, according to ICANA."
    assert sentence_events(coded, "481195", 18) == [("RUSLEG", "051", "IRN", "asserted")]
    # a third country's praise of two others' relations names neither as its target
    assert _text(resources, "China praised the relations between Iran and Russia.") == []


def test_talks_one_is_in_and_a_commission_held_are_meetings(coded, resources):
    # "... the International Atomic Energy Agency is in discussions with Iran on the origins of
    # uranium particles enriched to up to 83.7% purity"
    assert sentence_events(coded, "482495", 1) == [("IGOUNOIAE", "040", "IRN", "asserted")]
    # (the article's own "Qalibaf and Volodin held …" is parsed with the names under "ceremony")
    held = _text(resources, "Iranian Parliament Speaker Qalibaf and Russian Duma Speaker Volodin held the third "
                            "Joint High Commission of Parliamentary Cooperation between Iran and Russia.")
    assert sorted(held) == [("IRNLEG", "040", "RUSLEG", "asserted"), ("RUSLEG", "040", "IRNLEG", "asserted")]


def test_a_time_clause_is_when_not_what_was_said(resources):
    from dyad.nlp.pipeline import parse_text

    # tehrantimes-64410: the parser hung "after" on "Zhu" and the clause on "said" as its content
    text = "Musharraf said a day after Chinese Prime Minister Zhu Rongji ended a four-day visit to Pakistan."
    (sentence,) = parse_text(resources.nlp, text)
    words = {t.text: t for t in reversed(sentence.tokens)}  # the first "day", not four-day's
    assert "time-clause" in sentence.repairs
    assert (words["after"].dep, sentence.tokens[words["after"].head].text) == ("mark", "ended")
    assert (words["ended"].dep, words["day"].head) == ("advcl", words["said"].i)
    assert ("CHNGOV", "042", "PAK", "asserted") in _text(resources, text)  # a day before: still news
    # the war is no part of what Finland and Sweden asked for (held-out seed 2068's article reads
    # it so; its own sentence has an apposition the parser loses the verb in)
    assert ("RUS", "190", "UKR", "historical") in _text(
        resources, "Finland and Sweden requested to join NATO after Russia launched war on Ukraine on February 24.")


def test_it_after_a_subject_above_the_speech_verb_is_still_the_speaker(resources):
    # seed 2033: "the Iranian official explained that the Russian company had announced that it would sell"
    assert _text(resources, "Referring to previous negotiations with Sukhoi, the Iranian official explained that "
                            "the Russian company had announced that it would sell its aircrafts to Iran.") == [
        ("RUSBUS", "0311", "IRN", "intended")]


def test_leaving_the_nuclear_deal_is_aimed_at_iran(coded, resources):
    # a miss of the first pass: "U.S. President Donald Trump withdrew Washington from the nuclear deal
    # on May 8 and ordered restoration of sanctions against Iran" (coder/data/deals.tsv, rule deal:)
    assert ("USAGOV", "160", "IRN") in [e[:3] for e in sentence_events(coded, "426923", 4)]
    from dyad.types import Article

    # Iran leaving it names no one through the deal (its condition does: "if Europe fails")
    text = "Iran said it would withdraw from the nuclear deal."
    assert [e.target for c in code_articles([Article(doc_id="t", text=text)], resources) for e in c.events] == []


def test_a_bad_deals_line_names_the_file_and_line(tmp_path):
    from dyad.coder.words import read_deal_parties
    from dyad.errors import DataError

    bad = tmp_path / "deals.tsv"
    bad.write_text("# deals\nIRN\tnuclear deal|jcpoa\nIran\tNuclear Deal\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"deals.tsv:3: expected a three-letter country code"):
        read_deal_parties(str(bad))
    bad.write_text("IRN\tnuclear deal|jcpoa\n", encoding="utf-8")
    assert read_deal_parties(str(bad)) == {"nuclear deal": "IRN", "jcpoa": "IRN"}
    with pytest.raises(DataError, match=r"missing.tsv: cannot read"):
        read_deal_parties(str(tmp_path / "missing.tsv"))
