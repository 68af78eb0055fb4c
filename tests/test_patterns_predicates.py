"""Adjective predicates, purpose clauses, partitive objects and controlled subjects,
on short sentences parsed by the shipped model (the real pipeline).

* adjective triggers (``pos: adj``): "is skeptical of" (012), "is confident
  that" (013), "is responsible for the genocide" (202) — only as a predicate,
  not as a noun's modifier ("a confident leader");
* a protest's aim said by a purpose clause: "staged rallies to demand the
  resignation" reads as "rallies for the resignation" (1411);
* a partitive object: "suspended part of its aid" is a cut in aid (1622);
* the subject of a passive head controls its infinitive: "he is prepared to
  lift the ban": he lifts it; a "he" in reported speech is the speaker.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dyad.pipeline import CodingOptions, code_articles
from dyad.types import Article


@pytest.fixture(scope="module")
def unary(resources):
    """The real pipeline, writing single-actor events too (the CAMEO manual's examples have no target)."""
    return replace(resources, options=CodingOptions(unary=True))


def coded(res, text: str):
    article = next(iter(code_articles([Article("t", text, date=None)], res)))
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.explanation.rule)
            for e in article.events]


def codes(res, text: str) -> set[str]:
    return {c for _, _, c, _ in coded(res, text)}


def test_skeptical_is_a_pessimistic_comment_with_its_target(unary):
    assert ("RUS", "USA", "012", "pessimistic-predicate") in coded(unary, "Russia is skeptical of the United States.")


def test_confident_that_is_an_optimistic_comment(unary):
    assert "013" in codes(unary, "Iran is confident that the talks will succeed.")
    assert "013" in codes(unary, "Iran remains optimistic about the future of the region.")


def test_a_reported_he_is_the_speaker(unary):
    events = coded(unary, "Turkish President Turgut Ozal said on Wednesday he was confident that the United "
                          "States would remove the irritants.")
    assert any(src == "TURGOV" and code == "013" for src, _, code, _ in events), events


def test_an_attributive_adjective_is_no_event(unary):
    assert "013" not in codes(unary, "A confident Iranian team arrived in Moscow.")
    assert "012" not in codes(unary, "Skeptical voices in Russia were heard.")


def test_responsible_for_genocide_is_mass_killing(unary):
    assert "202" in codes(unary, "The report said Sudan is responsible for the genocide in Darfur.")
    # one killing is not mass violence
    assert not codes(unary, "Iran said Israel is responsible for the killing.") & {"200", "202"}


def test_a_purpose_clause_names_the_protest_aim(unary):
    events = coded(unary, "Iranian students staged rallies outside the British embassy to demand the "
                          "resignation of the government.")
    assert any(code == "1411" for _, _, code, _ in events), events


def test_a_partitive_object_is_read_through(unary):
    assert ("USA", "EGY", "1622", "cut-aid") in coded(unary, "The United States suspended part of its military "
                                                             "aid to Egypt.")


def test_the_subject_of_a_passive_head_does_its_infinitive(unary):
    events = coded(unary, "Iran said it is prepared to lift the ban on imports.")
    assert any(src == "IRN" and code.startswith("03") for src, _, code, _ in events), events


def test_ready_for_talks_is_an_intent_to_meet_with_the_talks_partner(unary):
    # the partner hangs on the complement noun ("talks with Egypt"), not on the adjective
    assert ("IRN", "EGY", "036", "ready-for-talks") in coded(unary, "Iran is ready for talks with Egypt.")


def test_disapproving_adjectives(unary):
    assert ("IRN", "RUS", "110", "disapproving-predicate") in coded(unary, "Iran is unhappy with Russia.")
    assert ("RUS", "USA", "111", "critical-of") in coded(unary, "Russia is critical of the United States.")


def test_a_participle_read_as_an_adjective_only_without_an_agent(unary):
    # "is opposed to": the parser's passive verb is the adjective; its subject holds the view
    assert ("IRN", "ISR", "110", "opposed-predicate") in coded(unary, "Iran is opposed to Israel.")
    # a real passive ("opposed by") and the active verb keep the verb's patterns
    assert all(rule != "opposed-predicate" for *_, rule in coded(unary, "The plan is opposed by Russia."))
    assert all(rule != "opposed-predicate" for *_, rule in coded(unary, "Russia opposed the plan."))


def test_an_adjectival_passive_lends_its_subject_to_its_complement(unary):
    events = coded(unary, "Vietnam is committed to opening up its economy to Japan.")
    assert any(src == "VNM" and code.startswith("03") for src, _, code, _ in events), events


def test_an_irregular_participle_finds_its_verb(unary):
    assert "192" in codes(unary, "Vietnamese forces have retaken a strategic village in Cambodia.")


def test_scheduled_to_is_an_intent(unary):
    events = coded(unary, "Iran and Turkey are scheduled to meet in Ankara next week.")
    assert events and all(code == "036" for _, _, code, _ in events), events


def test_saddened_is_an_empathetic_comment(unary):
    assert "018" in codes(unary, "Iran's foreign minister said he was saddened by the deaths in Turkey.")


def test_a_compound_on_the_of_noun_refines_the_code(unary):
    # "tons of food aid": "food" qualifies the aid the quantity measures out
    assert "0333" in codes(unary, "Russia will send 500 tons of food aid to Syria.")
