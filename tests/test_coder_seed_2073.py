"""Readings from the review of held-out seed 2073 (session 45), on the sample's own Tehran Times
articles: each test fails on the code the sample was judged on."""

from __future__ import annotations

from conftest import sample_fixture, sentence_events, text_events

DOCS = {"tehrantimes-419501", "tehrantimes-444297", "tehrantimes-472985", "tehrantimes-447219",
        "tehrantimes-463815", "tehrantimes-431090", "tehrantimes-90450"}


coded = sample_fixture(2073, DOCS)


def test_those_called_on_are_no_place(coded):
    # "… politicians, diplomats and celebrities have marked the 1,000th day of the Yemen civil war
    # by calling on leaders of France, the U.S. and the UK to stop …": the callers are no
    # Frenchmen (the first pass had FRAELI, the event placed in France "on leaders of France")
    sources = {s for s, code, _, _ in sentence_events(coded, "419501", 6) if code == "020"}
    assert sources == {"---GOV", "---ELI"}


def test_a_possibility_ruled_out_is_no_event_besides(coded):
    # "Khamenei ruled out the possibility of talks with the U.S.": the refusal, no talks as well
    assert sentence_events(coded, "444297", 9) == [("IRNGOV", "125", "USA", "asserted")]


def test_a_year_a_when_clause_describes_is_background(coded):
    # "The project dates back to 2013 when the two countries signed a deal, valued at $60 billion
    # over 25 years, for Iran to supply gas to Oman through an undersea pipeline": the signing is
    # of 2013, and the supply only what the deal is for (the first pass had both asserted)
    assert sentence_events(coded, "472985", 5) == [("IRN", "0311", "OMN", "intended"),
                                                   ("IRN", "057", "OMN", "historical"),
                                                   ("OMN", "057", "IRN", "historical")]


def test_what_a_deal_is_for_is_intended(resources):
    assert ("IRN", "0311", "OMN", "intended") in text_events(
        resources, "Iran signed a deal with Oman to supply gas to Oman.")


def test_a_dismissed_interpretation_is_a_denied_charge(coded):
    # "He strongly dismissed France and Britain's biased interpretation of the Resolution 2231"
    # (the two countries' charge that the launch breached it): 016, not 120
    assert [c for _, c, _, _ in sentence_events(coded, "447219", 17)] == ["016", "016"]


def test_an_act_is_no_armed_group_of_the_dateline(coded, resources):
    # "The Islamic Republic of Iran, while … strongly condemning the terrorist act, …" (the
    # Taliban's killing of Iranian diplomats in 1998): IRNUAF in the first pass
    assert sentence_events(coded, "463815", 7) == []
    # terrorists named as such keep the dateline's country
    assert text_events(resources, "TEHRAN — Iran condemned the terrorists.") == [("IRN", "111", "IRNUAF", "asserted")]


def test_support_at_home_is_policy(coded, resources):
    # "The government supports knowledge-based firms as a way to accelerate the scientific growth
    # of the country", "… the Leader said that he supports dispatch of the elite students abroad"
    assert sentence_events(coded, "431090", 2) == []
    assert sentence_events(coded, "90450", 3) == []
    assert text_events(resources, "Iran supports Iraq.") == [("IRN", "051", "IRQ", "asserted")]


def test_an_international_body_is_a_side_of_two(resources):
    # after a call between an Iranian diplomat and the UN envoy, "the two officials" are those two
    # (held-out seed 2073 took a Syrian committee named later for the second)
    text = ("Iranian diplomat Ali Khaji spoke by phone with UN Special Envoy Geir O. Pedersen on "
            "Syria-related issues. The two officials held three telephone conversations on Syria.")
    assert ("IGOUNO", "041", "IRNGOV", "asserted") in text_events(resources, text)


def test_a_broken_resolution_is_no_target(coded, resources):
    # "Zarif said the United States has violated Resolution 2231 …": the resolution's UN is no
    # party to the breach (the first pass had USA 128 IGOUNO)
    assert sentence_events(coded, "447219", 9) == []
    assert text_events(resources, "Turkey violated the sovereignty of Syria.") == [("TUR", "128", "SYR", "asserted")]
