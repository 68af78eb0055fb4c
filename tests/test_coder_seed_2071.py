"""Readings from the review of held-out seed 2071 (session 44), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import coded_sample, sample_fixture, sentence_events, text_events

DOCS = {"tehrantimes-469596", "tehrantimes-469609", "tehrantimes-477986"}


coded = sample_fixture(2071, DOCS)


def test_the_province_of_a_name_is_a_province(coded):
    # "President Seyed Ebrahim Raisi wrapped up a visit to the Caspian Sea province of Gilan":
    # Iran's province (a visit at home, no event), not Gjilan in Kosovo (IRNGOV 042 KSV)
    assert sentence_events(coded, "469596", 0) == []


def test_an_invitation_to_visit_the_inviter_is_an_intent_to_meet(coded, resources):
    # "The chief Iranian diplomat also invited his Nicaraguan counterpart to visit Iran": 036, not
    # the appeal to third parties (026)
    assert sentence_events(coded, "469609", 5) == [("IRNGOV", "036", "NICGOV", "asserted")]
    assert {e[1] for e in text_events(resources, "Iran invited Saudi Arabia and the UAE to hold talks.")} == {"026"}


def test_a_wish_for_the_two_sides_is_the_speakers(coded, resources):
    # "He said political relations between the two countries are at a good level, and that he hopes
    # the two sides can bolster economic cooperation": Amir Abdollahian's hope, not Nicaragua's too
    assert sentence_events(coded, "469609", 6) == [("IRNGOV", "0311", "NICGOV", "intended")]
    # what the two sides agreed is both sides'
    text = ("Iranian Foreign Minister Amir Abdollahian met Nicaraguan Foreign Minister Denis Moncada. "
            "The two sides agreed to expand economic cooperation.")
    assert {(e[0], e[2]) for e in text_events(resources, text) if e[1] == "0311"} == {("IRNGOV", "NICGOV"),
                                                                               ("NICGOV", "IRNGOV")}


def test_what_others_claim_or_allege_is_not_done(coded, resources):
    # "… ready to sit with Ukrainian officials to discuss bogus allegations that Iran has exported
    # drones to Russia" (a content clause parsed as a relative one)
    assert sentence_events(coded, "477986", 0) == []
    # "“We have not sold and will not sell any weapons and drones to be used in the war against
    # Ukraine,” he said in response to claims by Western countries that Iran has sold drones …":
    # neither the denied sale's use (138) nor the claimed sale (072)
    assert sentence_events(coded, "477986", 2) == []
    # one's own claim to a deed still reports it
    own = "The claim by Iran that Iran attacked the United States was confirmed."
    assert text_events(resources, own) == [("IRN", "190", "USA", "asserted")]


def test_a_third_party_judging_what_is_between_two_others_judges_both(resources):
    # tehrantimes-482924 (the title event, a miss): "The new deal between Iran and Saudi Arabia to
    # thaw their estranged ties after seven years has been praised by the Russian foreign minister"
    coded = coded_sample(resources, 2071, {"tehrantimes-482924"})
    assert sentence_events(coded, "482924", 0) == [("RUSGOV", "051", "IRN", "asserted"),
                                                   ("RUSGOV", "051", "SAU", "asserted")]
    # what one discusses between two others is a topic
    assert text_events(resources, "Lavrov discussed the relations between Iran and Saudi Arabia.") == []


def test_declaring_diplomats_persona_non_grata_expels_them(resources):
    # tehrantimes-483542, a miss: "Also, it declared four Iranian embassy staff as persona non grata
    # in a move that further escalated tensions" (Azerbaijan; "it" is no person the memory reads)
    for text in ("Azerbaijan declared four Iranian embassy staff persona non grata.",
                 "Azerbaijan declared four Iranian embassy staff as persona non grata in a move that "
                 "further escalated tensions."):
        assert text_events(resources, text) == [("AZE", "166", "IRNGOV", "asserted")]
