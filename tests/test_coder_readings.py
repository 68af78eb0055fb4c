"""How the coder reads refusals, subsumed events, light verbs' objects and their content, on
hand-built parses (no model involved). Each case is a shape from the CAMEO manual's examples
or the PLOVER gold records."""

from __future__ import annotations

import pytest

from conftest import coded, parse
from dyad.coder.modes import modality
from dyad.coder.syntax import Graph


def code(knowledge, spec: str):
    return coded(knowledge, spec)


def codes(knowledge, spec: str) -> set[str]:
    return {e.cameo for e in code(knowledge, spec)}


# --- an intent said with "not" is a refusal ------------------------------------------------------
def test_will_not_accept_is_a_refusal(knowledge):
    # CAMEO manual, 1223: "Syria says it will not accept any more refugees if war starts in Iraq"
    spec = ("Syria/PROPN/nsubj>1 says|say/VERB/ROOT>1 it/PRON/nsubj>5 will/AUX/aux>5 not/PART/advmod>5 "
            "accept/VERB/ccomp>1 more/ADJ/amod>7 refugees|refugee/NOUN/obj>5")
    events = code(knowledge, spec)
    assert [(e.source.code, e.cameo, e.negated, e.mode) for e in events] == [("SYR", "1223", False, "asserted")]


def test_not_willing_to_yield_is_a_refusal(knowledge):
    # tehrantimes-77001: "Russia is not willing to submit to the U.S. pressure"
    spec = ("Russia/PROPN/nsubj>3 is|be/AUX/cop>3 not/PART/advmod>3 willing/ADJ/ROOT>3 to/PART/mark>5 "
            "submit/VERB/xcomp>3 to/ADP/case>8 U.S./PROPN/compound>8 pressure/NOUN/obl>5")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)] == [("RUS", "USA", "124")]


def test_not_on_another_verb_predicts_no_refusal(knowledge):
    # tehrantimes-75740: "... will not help to improve relations between the two neighboring countries"
    spec = ("Iran/PROPN/nsubj>3 will/AUX/aux>3 not/PART/advmod>3 help/VERB/ROOT>3 to/PART/mark>5 "
            "improve/VERB/xcomp>3 relations|relation/NOUN/obj>5 with/ADP/case>8 Iraq/PROPN/nmod>6")
    events = code(knowledge, spec)
    assert not any(e.root == "12" for e in events) and all(e.negated for e in events)


def test_a_condition_is_no_reported_act(knowledge):
    # PLOVER GSR: "Iran today threatened to launch a new military offensive ... unless Baghdad accepted its
    # conditions", "will boycott the elections unless the president agrees to step down"
    spec = ("Iran/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 to/PART/mark>3 attack/VERB/xcomp>1 "
            "Iraq/PROPN/obj>3 unless/SCONJ/mark>7 Baghdad/PROPN/nsubj>7 accepted|accept/VERB/advcl>3 "
            "its/PRON/nmod:poss>9 demands|demand/NOUN/obj>7")
    assert [(e.source.code, e.cameo) for e in code(knowledge, spec)] == [("IRN", "1384")]
    boycott = ("Algeria/PROPN/nsubj>2 will/AUX/aux>2 boycott/VERB/ROOT>2 elections|election/NOUN/obj>2 "
               "unless/SCONJ/mark>7 the/DET/det>6 president/NOUN/nsubj>7 agrees|agree/VERB/advcl>2 "
               "to/PART/mark>9 step/VERB/xcomp>7 down/ADP/compound:prt>9")
    assert not {e.cameo for e in code(knowledge, boycott)} & {"0341", "0831"}
    # PLOVER GSR: "would meet U.N. mediator Diego Cordovez if he gave them a veto over any settlement
    # reached in peace talks": anything inside the clause
    talks = ("Afghanistan/PROPN/nsubj>2 will/AUX/aux>2 attend/VERB/ROOT>2 if/SCONJ/mark>5 Russia/PROPN/nsubj>5 "
             "gives|give/VERB/advcl>2 guarantees|guarantee/NOUN/obj>5 in/ADP/case>8 talks|talk/NOUN/nmod>6 "
             "with/ADP/case>10 Pakistan/PROPN/nmod>8")
    assert "040" not in {e.cameo for e in code(knowledge, talks)}


def test_what_someone_is_suspected_of_is_alleged_even_when_the_parse_names_no_one(knowledge):
    # PLOVER GSR: "two of its nationals suspected by the West of blowing up a Pan Am plane", the
    # participle cut from "nationals"
    spec = ("Libya/PROPN/nsubj>1 said|say/VERB/ROOT>1 suspected|suspect/VERB/advcl>1 by/ADP/case>4 "
            "Britain/PROPN/obl>2 of/SCONJ/mark>6 blowing|blow/VERB/advcl>2 up/ADP/compound:prt>6 "
            "a/DET/det>9 plane/NOUN/obj>6")
    assert not [e for e in code(knowledge, spec) if e.root == "18"]


# --- what an event without a target does not subsume --------------------------------------------
def test_a_conjunct_is_an_act_of_its_own(knowledge):
    # CAMEO manual, 094: "Croatia is investigating alleged war crimes ... and will bring suspects to trial"
    spec = ("Croatia/PROPN/nsubj>2 is|be/AUX/aux>2 investigating|investigate/VERB/ROOT>2 war/NOUN/compound>4 "
            "crimes|crime/NOUN/obj>2 and/CCONJ/cc>7 will/AUX/aux>7 bring/VERB/conj>2 "
            "suspects|suspect/NOUN/obj>7 to/ADP/case>10 trial/NOUN/obl>7")
    assert {"094", "137"} <= codes(knowledge, spec)


def test_a_relative_clause_describes_a_participant(knowledge):
    # CAMEO manual, 0353: "... will release Prime Minister Chaudhry and more than 30 members of his
    # government, whom they had taken hostage two weeks ago"
    spec = ("Fijian/ADJ/amod>1 rebels|rebel/NOUN/nsubj>3 will/AUX/aux>3 release/VERB/ROOT>3 "
            "members|member/NOUN/obj>3 whom/PRON/obj>9 Fijian/ADJ/amod>7 rebels|rebel/NOUN/nsubj>9 "
            "had|have/AUX/aux>9 taken|take/VERB/acl:relcl>4 hostage/NOUN/obj>9")
    assert {"0353", "181"} <= codes(knowledge, spec)


# --- a light verb's object --------------------------------------------------------------------------
@pytest.mark.parametrize("spec, want", [
    # a group noun gives way to its "of" noun. CAMEO manual, 086: "received a mission of observers
    # from the OSCE"
    pytest.param("Kyrgyzstan/PROPN/nsubj>1 received|receive/VERB/ROOT>1 a/DET/det>3 mission/NOUN/obj>1 "
                 "of/ADP/case>5 observers|observer/NOUN/nmod>3 from/ADP/case>8 the/DET/det>8 OSCE/PROPN/nmod>5",
                 "086", id="group-noun"),
    # a noun of undertaking gives way to its compound. PLOVER GSR: "Qatar's emir launched a mediation
    # effort on Saturday between the Emirates and Saudi Arabia"
    pytest.param("Qatar/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 a/DET/det>4 mediation/NOUN/compound>4 "
                 "effort/NOUN/obj>1", "045", id="undertaking"),
    # what is asked for may hang on the one asked. CAMEO manual, 0252: "appealed to their Muslim
    # followers for an end to anti-government agitation"
    pytest.param("Iran/PROPN/nsubj>1 appealed|appeal/VERB/ROOT>1 to/ADP/case>3 followers|follower/NOUN/obl>1 "
                 "for/ADP/case>6 an/DET/det>6 end/NOUN/nmod>3 to/ADP/case>8 agitation/NOUN/nmod>6",
                 "0252", id="asked-for-on-the-one-asked"),
])
def test_the_word_the_parse_gives_is_read_through(knowledge, spec, want):
    assert codes(knowledge, spec) == {want}


def test_the_rejected_call_is_no_appeal_of_its_own_and_its_for_phrase_is_its_content(knowledge):
    # CAMEO manual, 1221: "Bonn rejected recent calls by East Germany's Communist rulers for immediate
    # economic aid", "for" parsed on the verb
    spec = ("Bonn/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 calls|call/NOUN/obj>1 by/ADP/case>4 "
            "Moscow/PROPN/nmod>2 for/ADP/case>7 economic/ADJ/amod>7 aid/NOUN/obl>1")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)] == [
        ("DEUGOV", "RUSGOV", "1221")]


def test_a_demands_that_clause_hung_on_the_verb_is_its_content(knowledge):
    # CAMEO manual, 083: "accepted demands from Hutu rebels that it initiate political reforms"
    spec = ("Rwanda/PROPN/nsubj>1 accepted|accept/VERB/ROOT>1 demands|demand/NOUN/obj>1 from/ADP/case>4 "
            "rebels|rebel/NOUN/nmod>2 that/SCONJ/mark>7 it/PRON/nsubj>7 initiate/VERB/ccomp>1 "
            "political/ADJ/amod>9 reforms|reform/NOUN/obj>7")
    assert "083" in codes(knowledge, spec)


def test_an_o_plural_gets_its_lemma_back(knowledge):
    # "agreed to lift embargoes": the lemmatiser's "embargoe" is "embargo"
    spec = ("the/DET/det>1 EU/PROPN/nsubj>2 lifted|lift/VERB/ROOT>2 embargoes|embargoe/NOUN/obj>2 "
            "on/ADP/case>5 Iran/PROPN/nmod>3")
    assert Graph.of(parse(spec)).lemmas[3] == "embargo"
    assert codes(knowledge, spec) == {"085"}
    assert Graph.of(parse("foes|foe/NOUN/ROOT>0")).lemmas == ("foe",)


def test_an_irregular_verb_left_unlemmatised_gets_its_base(knowledge):
    # "Israeli warplanes struck targets in Syria": the lemmatiser left "struck" (and "fought" in
    # 19 of 21 cases in the first 1,000 Tehran Times articles), so no "strike" pattern matched
    spec = ("Israeli/ADJ/amod>1 warplanes|warplane/NOUN/nsubj>2 struck|struck/VERB/ROOT>2 "
            "Syria/PROPN/obj>2")
    assert Graph.of(parse(spec)).lemmas[2] == "strike"
    assert codes(knowledge, spec) == {"195"}
    # only a verb's: "a shot" stays a shot
    assert Graph.of(parse("a/DET/det>1 shot/NOUN/ROOT>1")).lemmas[1] == "shot"


def test_irregular_verb_table_errors_name_file_and_line(tmp_path):
    from dyad.nlp.verbs import irregular_forms, read_irregular_verbs
    from dyad.errors import DataError
    bad = tmp_path / "irregular.tsv"
    bad.write_text("# comment\nfight\tfought\nfind\tfound|fought\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"irregular.tsv:3: 'fought' is already a form of 'fight'"):
        read_irregular_verbs(str(bad))
    bad.write_text("cut\tcut\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"irregular.tsv:1: 'cut' is its own base"):
        read_irregular_verbs(str(bad))
    assert irregular_forms()["overthrew"] == "overthrow"


# --- who uses force -----------------------------------------------------------------------------
def test_force_used_by_aircraft_is_aerial(knowledge):
    # CAMEO manual, 195: "Soviet aircraft including helicopter gunships killed 46 Afghan civilians"
    spec = ("Soviet/ADJ/amod>1 aircraft/NOUN/nsubj>2 killed|kill/VERB/ROOT>2 46/NUM/nummod>5 "
            "Afghan/ADJ/amod>5 civilians|civilian/NOUN/obj>2")
    assert codes(knowledge, spec) == {"195"}
    troops = spec.replace("aircraft/NOUN", "troops|troop/NOUN")
    assert codes(knowledge, troops) == {"190"}


def test_peacekeepers_arriving_keep_the_peace(knowledge):
    # CAMEO manual, 074: "The first deployment of NATO peacekeeping troops have arrived in Bosnia"
    spec = ("NATO/PROPN/compound>2 peacekeeping/NOUN/compound>2 troops|troop/NOUN/nsubj>4 have|have/AUX/aux>4 "
            "arrived|arrive/VERB/ROOT>4 in/ADP/case>6 Bosnia/PROPN/obl>4")
    assert [(e.target.code, e.cameo) for e in code(knowledge, spec)] == [("BIH", "074")]
    delegation = spec.replace("peacekeeping/NOUN/compound>2 troops|troop/NOUN", "a/DET/det>2 delegation/NOUN")
    assert [e.cameo for e in code(knowledge, delegation)] == ["042"]


# --- who speaks ---------------------------------------------------------------------------------
def test_a_confirmed_pronoun_is_the_speaker(knowledge):
    # CAMEO manual, 1381: "NATO confirmed on Wednesday it would tighten the naval blockade"
    spec = ("NATO/PROPN/nsubj>1 confirmed|confirm/VERB/ROOT>1 it/PRON/nsubj>4 would/AUX/aux>4 "
            "tighten/VERB/ccomp>1 the/DET/det>7 naval/ADJ/amod>7 blockade/NOUN/obj>4")
    assert [(e.source.code, e.cameo) for e in code(knowledge, spec)] == [("IGOWSTNAT", "1381")]


def test_a_count_up_to_is_no_to_phrase(knowledge):
    # PLOVER GSR: "France is ready to contribute up to 4,000 troops to an international peace-keeping force
    # in Liberia"
    spec = ("France/PROPN/nsubj>2 is|be/AUX/cop>2 ready/ADJ/ROOT>2 to/PART/mark>4 contribute/VERB/xcomp>2 "
            "up/ADP/compound:prt>4 to/ADP/case>8 4,000/NUM/nummod>8 troops|troop/NOUN/obl>4 to/ADP/case>11 "
            "a/DET/det>11 force/NOUN/obl>4 in/ADP/case>13 Liberia/PROPN/nmod>11")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)] == [("FRA", "LBR", "0334")]


# --- session 9 held-out review (seed 2028) -------------------------------------------------------
def test_receiving_a_thing_an_actor_has_is_no_visit(knowledge):
    # tehrantimes-476325: "After receiving the U.S. response, ..." was 043, hosting a visit
    thing = ("Iran/PROPN/nsubj>1 received|receive/VERB/ROOT>1 the/DET/det>4 U.S./PROPN/compound>4 "
             "response/NOUN/obj>1")
    assert [e.target for e in code(knowledge, thing) if e.cameo == "043"] in ([], [None])
    visitor = ("Iran/PROPN/nsubj>1 received|receive/VERB/ROOT>1 the/DET/det>4 Russian/ADJ/amod>4 "
               "delegation/NOUN/obj>1")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, visitor)] == [("IRN", "RUS", "043")]


def test_what_a_scheme_aims_at_is_not_done(knowledge):
    # tehrantimes-444891: "the so-called deal of the century, a U.S.-orchestrated scheme to
    # disenfranchise Palestinians" was coded as Zarif disenfranchising them (1722)
    spec = ("Zarif/PROPN/nsubj>1 discussed|discuss/VERB/ROOT>1 the/DET/det>3 deal/NOUN/obj>1 ,/PUNCT/punct>6 "
            "a/DET/det>6 scheme/NOUN/appos>3 to/PART/mark>8 disenfranchise/VERB/acl>6 "
            "Palestinians|Palestinian/PROPN/obj>8")
    assert [e.cameo for e in code(knowledge, spec) if e.cameo.startswith("17")] == []


def test_a_verb_of_force_elaborating_sanctions_is_no_attack(knowledge):
    # tehrantimes-453363: "the U.S. Treasury Department slapped new sanctions on Iran, targeting
    # eighteen major Iranian banks" also gave 190, force against the banks
    spec = ("Treasury/PROPN/compound>1 Department/PROPN/nsubj>2 slapped|slap/VERB/ROOT>2 new/ADJ/amod>4 "
            "sanctions|sanction/NOUN/obj>2 on/ADP/case>6 Iran/PROPN/obl>2 ,/PUNCT/punct>8 "
            "targeting|target/VERB/advcl>2 Iranian/ADJ/amod>10 banks|bank/NOUN/obj>8")
    assert sorted(e.cameo for e in code(knowledge, spec)) == ["163"]


def test_what_an_agreement_provides_for_is_intended(knowledge):
    # tehrantimes-482849: "negotiators from Iran and Saudi Arabia signed an agreement to restore
    # diplomatic ties within two months": the signing is done, the restoring is agreed (050 -> 03x)
    spec = ("Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Saudi/PROPN/conj>0 signed|sign/VERB/ROOT>3 an/DET/det>5 "
            "agreement/NOUN/obj>3 to/PART/mark>7 restore/VERB/acl>5 diplomatic/ADJ/amod>9 ties|tie/NOUN/obj>7")
    modes = {(e.cameo[:2], e.mode) for e in code(knowledge, spec)}
    assert ("05", "asserted") in modes and ("05", "intended") not in modes
    assert any(root == "03" and mode == "intended" for root, mode in modes)
    # a participle on the noun is no plan: "a peace deal signed in Paris" was signed
    signed = ("they/PRON/nsubj>1 agreed|agree/VERB/ROOT>1 to/ADP/case>4 a/DET/det>4 deal/NOUN/obl>1 "
              "signed|sign/VERB/acl>4 in/ADP/case>7 Paris/PROPN/obl>5")
    assert modality(Graph.of(parse(signed)), 5) == "asserted"


# --- held-out review, seed 2034: what a sentence plans, avoids or proposes ---------------------------
def test_be_to_is_a_plan(knowledge):
    # tehrantimes-424038: "Later on Monday, Swaraj was to meet Iranian Foreign Minister Javad Zarif"
    spec = ("India/PROPN/nsubj>3 was|be/AUX/aux>3 to/PART/mark>3 meet/VERB/ROOT>3 Iran/PROPN/obj>3 ./PUNCT/punct>3")
    assert [(e.cameo, e.mode) for e in code(knowledge, spec)] == [("036", "intended")]
    done = "India/PROPN/nsubj>2 was|be/AUX/aux>2 meeting|meet/VERB/ROOT>2 Iran/PROPN/obj>2"
    assert [(e.cameo, e.mode) for e in code(knowledge, done)] == [("040", "asserted")]


@pytest.mark.parametrize("marker", ["instead/ADV/mark>4 of/ADP/fixed>2", "rather/ADV/cc>4 than/ADP/fixed>2"])
def test_what_was_done_instead_of_an_act_denies_the_act(knowledge, marker):
    # tehrantimes-424987: "many NATO members, instead of supporting Turkey, preferred to condemn ..."
    spec = (f"Germany/PROPN/nsubj>7 ,/PUNCT/punct>4 {marker} supporting|support/VERB/advcl>7 Turkey/PROPN/obj>4 "
            ",/PUNCT/punct>4 condemned|condemn/VERB/ROOT>7 Russia/PROPN/obj>7")
    events = code(knowledge, spec)
    assert ("DEU", "RUS", "111") in {(e.source.code, e.target.code, e.cameo) for e in events if not e.negated}
    assert not [e for e in events if e.root == "05" and not e.negated]
    plain = spec.replace(marker, "by/ADP/mark>4 then/ADV/advmod>4")  # "by supporting": done
    assert [e for e in code(knowledge, plain) if e.root == "05" and not e.negated]


def test_the_issue_of_doing_is_no_act(knowledge):
    # tehrantimes-424987: "European experts raised the issue of kicking Turkey out of NATO"
    spec = ("Germany/PROPN/nsubj>1 raised|raise/VERB/ROOT>1 the/DET/det>3 issue/NOUN/obj>1 of/SCONJ/mark>5 "
            "expelling|expel/VERB/acl>3 Turkey/PROPN/obj>5")
    assert {e.mode for e in code(knowledge, spec) if e.cameo[:2] == "16"} == {"hypothetical"}


def test_the_issues_discussed_by_two_ministers_were_discussed(knowledge):
    # held-out seed 2056: "The nuclear deal was also among the issues discussed by Amir Abdollahian and
    # Russian Foreign Minister Sergei Lavrov" was hypothetical, read as "the issue of discussing"
    spec = ("deal/NOUN/nsubj>2 among/ADP/case>2 issues|issue/NOUN/ROOT>2 discussed|discuss/VERB/acl>2 "
            "by/ADP/case>5 Zarif/PROPN/obl:agent>3 and/CCONJ/cc>7 Lavrov/PROPN/conj>5")
    assert {(e.cameo, e.mode) for e in code(knowledge, spec)} == {("040", "asserted")}


def test_a_diplomatic_offensive_is_no_attack(knowledge):
    # tehrantimes-418680: "Trump's supposedly new diplomatic offensive against Tehran" coded 190
    spec = ("America/PROPN/nmod:poss>3 's/PART/case>0 {adj}/ADJ/amod>3 offensive/NOUN/nsubj>6 against/ADP/case>5 "
            "Iran/PROPN/nmod>3 began|begin/VERB/ROOT>6")
    assert not [e for e in code(knowledge, spec.format(adj="diplomatic")) if e.root == "19"]
    assert [e.cameo for e in code(knowledge, spec.format(adj="military"))] == ["190"]


def test_what_one_is_authorised_to_do_is_not_done(knowledge):
    # tehrantimes-418680: "authorize the U.S. Treasury Department to impose further sanctions on the IRGC"
    spec = ("America/PROPN/nsubj>1 authorized|authorize/VERB/ROOT>1 Britain/PROPN/obj>1 to/PART/mark>4 "
            "impose/VERB/xcomp>1 sanctions|sanction/NOUN/obj>4 on/ADP/case>7 Iran/PROPN/nmod>5")
    assert {(e.cameo[:2], e.mode) for e in code(knowledge, spec)} == {("13", "intended")}


def test_the_reason_one_is_thanked_for_is_an_act_done_before(knowledge):
    # held-out review, seed 2034 (tehrantimes-121603): "Al-Hakim thanked Iran for supporting the process
    # of the establishment of the new government in Iraq" coded Iran's support as a new act
    spec = ("Iraq/PROPN/nsubj>1 thanked|thank/VERB/ROOT>1 Iran/PROPN/obj>1 for/SCONJ/mark>4 "
            "supporting|support/VERB/advcl>1 Syria/PROPN/obj>4")
    modes = {(e.target.code, e.mode) for e in code(knowledge, spec)}
    assert ("IRN", "asserted") in modes and ("SYR", "historical") in modes
    asked = spec.replace("thanked|thank", "asked|ask")  # "asked Iran for supporting": no reason
    assert "historical" not in {e.mode for e in code(knowledge, asked)}


def test_a_by_gerund_under_an_intent_word_says_how_not_what_is_planned(knowledge):
    # held-out review, seed 2035 (tehrantimes-480792): "the regime set a new record in 2022 by slaughtering
    # 224 people" was intended ("set" is an intent word: "is set to visit")
    spec = ("Israel/PROPN/nsubj>1 set/VERB/ROOT>1 a/DET/det>3 record/NOUN/obj>1 {mark} "
            "killing|kill/VERB/advcl>1 Iranians|Iranian/PROPN/obj>5")
    assert {e.mode for e in code(knowledge, spec.format(mark="by/SCONJ/mark>5"))} == {"asserted"}


def test_a_purpose_infinitive_is_as_real_as_the_act_it_is_the_purpose_of(knowledge):
    # tehrantimes-77893: "Yakovlev is scheduled to visit Seoul later this week to meet South Korean
    # officials": the meeting is planned (036), as the visit is; a visit made "to meet" them is a meeting
    spec = ("Russia/PROPN/{subj}>2 {aux}>2 {verb}/VERB/ROOT>2 to/PART/mark>4 visit/VERB/xcomp>2 Seoul/PROPN/obj>4 "
            "later|late/ADV/advmod>8 this/DET/det>8 week/NOUN/obl:unmarked>4 to/PART/mark>10 meet/VERB/advcl>4 "
            "South/PROPN/compound>12 Korean/ADJ/amod>13 officials|official/NOUN/obj>10 ./PUNCT/punct>2")
    planned = spec.format(subj="nsubj:pass", aux="is|be/AUX/aux:pass", verb="scheduled|schedule")
    assert {(e.cameo, e.mode) for e in code(knowledge, planned) if e.cameo in ("036", "040")
            and e.target is not None and e.target.code[:3] == "KOR"} == {("036", "intended")}
    # (the past tense, a tag the parser gives, says it was done whatever the date: "later this week"
    # alone would make it planned, test_an_event_dated_ahead_of_the_story_is_intended)
    from dataclasses import replace as with_

    done = parse(spec.format(subj="nsubj", aux="then/ADV/advmod", verb="went|go"))
    done = with_(done, tokens=tuple(with_(t, tag="VBD") if t.text == "went" else t for t in done.tokens))
    assert {(e.cameo, e.mode) for e in coded(knowledge, done) if e.cameo in ("036", "040")
            and e.target is not None and e.target.code[:3] == "KOR"} == {("040", "asserted")}


# --- background the report sets its news after ------------------------------------------------------
def _tagged_sentence(spec: str, tags: dict[int, str]):
    """A hand-built parse with Penn tags on some tokens (the spec format has none)."""
    import dataclasses

    s = parse(spec)
    return dataclasses.replace(s, tokens=tuple(dataclasses.replace(t, tag=tags.get(t.i, t.tag)) for t in s.tokens))


def _tagged(spec: str, tags: dict[int, str]) -> Graph:
    return Graph.of(_tagged_sentence(spec, tags))


def test_a_past_perfect_is_historical_unless_it_is_what_someone_said():
    # held-out seed 2036: "Foreign Minister Zarif had visited Iraq prior to the Monday trip."
    had = "Zarif/PROPN/nsubj>2 had|have/AUX/aux>2 visited|visit/VERB/ROOT>2 Iraq/PROPN/obj>2 ./PUNCT/punct>2"
    assert modality(_tagged(had, {1: "VBD", 2: "VBN"}), 2) == "historical"
    said = ("He/PRON/nsubj>1 said|say/VERB/ROOT>1 Iran/PROPN/nsubj>4 had|have/AUX/aux>4 "
            "supplied|supply/VERB/ccomp>1 drones|drone/NOUN/obj>4")
    assert modality(_tagged(said, {1: "VBD", 3: "VBD", 4: "VBN"}), 4) == "asserted"  # backshifted "supplied"
    has = "Zarif/PROPN/nsubj>2 has|have/AUX/aux>2 visited|visit/VERB/ROOT>2 Iraq/PROPN/obj>2"
    assert modality(_tagged(has, {1: "VBZ", 2: "VBN"}), 2) == "asserted"
    # a saying that is itself reported is shifted too: "he went on to say that Ahmadinejad had
    # underlined the necessity to strengthen relations" (what he had said before the story is not)
    reported = ("He/PRON/nsubj>1 went|go/VERB/ROOT>1 to/PART/mark>3 say/VERB/advcl>1 that/SCONJ/mark>7 "
                "Ahmadinejad/PROPN/nsubj>7 had|have/AUX/aux>7 stressed|stress/VERB/ccomp>3 the/DET/det>9 "
                "necessity/NOUN/obj>7 to/PART/mark>11 strengthen/VERB/acl>9 ties|tie/NOUN/obj>11")
    assert modality(_tagged(reported, {1: "VBD", 6: "VBD", 7: "VBN"}), 11) == "intended"
    earlier = ("Ahmadinejad/PROPN/nsubj>2 had|have/AUX/aux>2 stressed|stress/VERB/ROOT>2 the/DET/det>4 "
               "necessity/NOUN/obj>2 to/PART/mark>6 strengthen/VERB/acl>4 ties|tie/NOUN/obj>6")
    assert modality(_tagged(earlier, {1: "VBD", 2: "VBN"}), 6) == "historical"


@pytest.mark.parametrize("spec, tags, mode", [
    # "After China backed the vote, he bragged": done before the news
    ("After/SCONJ/mark>2 China/PROPN/nsubj>2 backed|back/VERB/advcl>6 the/DET/det>4 vote/NOUN/obj>2 ,/PUNCT/punct>6 "
     "he/PRON/nsubj>6 bragged|brag/VERB/ROOT>6", {2: "VBD", 6: "VBD"}, "historical"),
    # "after he visits Iran, ties will grow": still to come, as the clause it is in
    ("after/SCONJ/mark>2 he/PRON/nsubj>2 visits|visit/VERB/advcl>7 Iran/PROPN/obj>2 ,/PUNCT/punct>7 "
     "ties|tie/NOUN/nsubj>7 will/AUX/aux>7 grow/VERB/ROOT>7", {2: "VBZ", 7: "VB"}, "intended"),
    # held-out seed 2047: "are expected to hold talks with Iran when Zarif pays a visit to Europe"
    ("Europeans/PROPN/nsubj:pass>2 are|be/AUX/aux:pass>2 expected|expect/VERB/ROOT>2 to/PART/mark>4 "
     "hold/VERB/xcomp>2 talks|talk/NOUN/obj>4 when/ADV/advmod>8 Zarif/PROPN/nsubj>8 visits|visit/VERB/advcl>4 "
     "Europe/PROPN/obj>8", {2: "VBN", 4: "VB", 8: "VBZ"}, "intended"),
    # "Zarif said Iran acts when the EU acts": the same time as the clause, the news
    ("Zarif/PROPN/nsubj>1 said|say/VERB/ROOT>1 Iran/PROPN/nsubj>3 acts|act/VERB/ccomp>1 when/ADV/advmod>6 "
     "EU/PROPN/nsubj>6 visits|visit/VERB/advcl>3 Iran/PROPN/obj>6", {1: "VBD", 3: "VBZ", 6: "VBZ"}, "asserted"),
    # "After visiting Baku, he will fly to Tehran"
    ("After/SCONJ/mark>1 visiting|visit/VERB/advcl>5 Baku/PROPN/obj>1 ,/PUNCT/punct>5 he/PRON/nsubj>5 "
     "will/AUX/aux>5 fly/VERB/ROOT>5", {1: "VBG", 5: "VB"}, "asserted"),
    # "He told reporters after meeting Lavrov"
    ("He/PRON/nsubj>1 told|tell/VERB/ROOT>1 reporters|reporter/NOUN/obj>1 after/SCONJ/mark>4 "
     "meeting|meet/VERB/advcl>1 Lavrov/PROPN/obj>4", {1: "VBD", 4: "VBG"}, "historical"),
    # held-out seed 2064: "Jahromi's tweet came one day after the U.S. imposed sanctions" (news, not background)
    ("tweet/NOUN/nsubj>1 came|come/VERB/ROOT>1 one/NUM/nummod>3 day/NOUN/obl:unmarked>1 after/SCONJ/mark>6 "
     "U.S./PROPN/nsubj>6 imposed|impose/VERB/advcl>1 sanctions|sanction/NOUN/obj>6", {1: "VBD", 6: "VBD"}, "asserted"),
    ("tweet/NOUN/nsubj>1 came|come/VERB/ROOT>1 shortly/ADV/advmod>5 after/SCONJ/mark>5 U.S./PROPN/nsubj>5 "
     "imposed|impose/VERB/advcl>1 sanctions|sanction/NOUN/obj>5", {1: "VBD", 5: "VBD"}, "asserted"),
    # "years after" is background still
    ("tweet/NOUN/nsubj>1 came|come/VERB/ROOT>1 years|year/NOUN/obl:unmarked>1 after/SCONJ/mark>5 "
     "U.S./PROPN/nsubj>5 imposed|impose/VERB/advcl>1 sanctions|sanction/NOUN/obj>5", {1: "VBD", 5: "VBD"},
     "historical"),
])
def test_an_after_or_when_clause_takes_its_time(spec, tags, mode):
    verb = next(k for k, t in enumerate(parse(spec).tokens) if t.dep == "advcl")
    assert modality(_tagged(spec, tags), verb) == mode


def test_a_since_clause_and_what_someone_had_said_are_historical():
    # held-out seed 2037: "Grenell ... has ruffled feathers since arriving in Germany in May"
    since = ("Grenell/PROPN/nsubj>2 has|have/AUX/aux>2 ruffled|ruffle/VERB/ROOT>2 feathers|feather/NOUN/obj>2 "
             "since/SCONJ/mark>5 arriving|arrive/VERB/advcl>2 in/ADP/case>7 Germany/PROPN/obl>5")
    assert modality(_tagged(since, {1: "VBZ", 2: "VBN", 5: "VBG"}), 5) == "historical"
    # "Earlier, Imran Khan had also said that he was making an effort to mediate"
    had_said = ("Khan/PROPN/nsubj>2 had|have/AUX/aux>2 said|say/VERB/ROOT>2 that/SCONJ/mark>6 he/PRON/nsubj>6 "
                "was|be/AUX/aux>6 mediating|mediate/VERB/ccomp>2")
    tags = {1: "VBD", 2: "VBN", 5: "VBD", 6: "VBG"}
    assert modality(_tagged(had_said, tags), 6) == "historical"
    said = had_said.replace("had|have/AUX/aux>2", "also/ADV/advmod>2")
    assert modality(_tagged(said, tags), 6) == "asserted"
    # but not what is still going on: "had reported that Iranian police are mistreating refugees"
    going_on = had_said.replace("was|be/AUX", "is|be/AUX")
    assert modality(_tagged(going_on, {**tags, 5: "VBZ"}), 6) == "asserted"


def test_open_to_an_act_is_an_intent_but_opening_something_to_allow_it_is_done():
    # held-out seed 2037: "Iran is open to starting a dialogue with Saudi Arabia" was talks held (040)
    spec = ("Iran/PROPN/nsubj>2 is|be/AUX/cop>2 open/ADJ/ROOT>2 to/SCONJ/mark>4 starting|start/VERB/advcl>2 "
            "a/DET/det>6 dialogue/NOUN/obj>4 with/ADP/case>8 Riyadh/PROPN/nmod>6")
    assert modality(Graph.of(parse(spec)), 4) == "intended"
    bridge = ("Uzbekistan/PROPN/nsubj>1 opened|open/VERB/ROOT>1 the/DET/det>3 bridge/NOUN/obj>1 to/PART/mark>5 "
              "allow/VERB/advcl>1 deliveries|delivery/NOUN/obj>5")
    assert modality(Graph.of(parse(bridge)), 5) == "asserted"


# --- held-out seed 2040: welcomes, idioms, plans called off -----------------------------------------
def _dyads(knowledge, spec: str) -> set[tuple]:
    return {(e.source.code, e.cameo, e.target.code if e.target else None, e.mode) for e in code(knowledge, spec)}


def test_welcoming_someone_for_what_they_did_is_praise(knowledge):
    # "Khatibzadeh ... welcomed Qatar for its efforts to revive the 2015 nuclear deal"
    spec = ("Iran/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 Qatar/PROPN/obj>1 for/ADP/case>5 "
            "its/PRON/nmod:poss>5 efforts|effort/NOUN/obl>1")
    assert _dyads(knowledge, spec) == {("IRN", "051", "QAT", "asserted")}
    guest = "Iran/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 Qatar/PROPN/obj>1"
    assert _dyads(knowledge, guest) == {("IRN", "043", "QAT", "asserted")}


@pytest.mark.parametrize("idiom, act", [
    # "tourists ... have seized the opportunity of depreciation of the Iranian rial"
    ("Iraq/PROPN/nsubj>1 seized|seize/VERB/ROOT>1 the/DET/det>3 opportunity/NOUN/obj>1",
     "Iraq/PROPN/nsubj>1 seized|seize/VERB/ROOT>1 the/DET/det>3 Iranians|Iranian/PROPN/obj>1"),
    # "slammed the UAE for stabbing Palestine in the back"
    ("Iraq/PROPN/nsubj>1 stabbed|stab/VERB/ROOT>1 Iran/PROPN/obj>1 in/ADP/case>5 the/DET/det>5 back/NOUN/obl>1",
     "Iraq/PROPN/nsubj>1 stabbed|stab/VERB/ROOT>1 Iran/PROPN/obj>1"),
], ids=["seized-the-opportunity", "stabbed-in-the-back"])
def test_a_figure_of_speech_is_no_arrest_or_assault(knowledge, idiom, act):
    assert _dyads(knowledge, idiom) == set()
    assert {root[:2] for _, root, _, _ in _dyads(knowledge, act)} & {"17", "18"}


def test_what_a_plan_called_off_would_have_done_is_not_intended(knowledge):
    # "the agreement will see Israel suspend its plans to annex Palestinian areas" (the parser hangs
    # the plan's infinitive on the verb)
    spec = ("Israel/PROPN/nsubj>1 suspended|suspend/VERB/ROOT>1 its/PRON/nmod:poss>3 plans|plan/NOUN/obj>1 "
            "to/PART/mark>5 annex/VERB/xcomp>1 the/DET/det>8 West/PROPN/compound>8 Bank/PROPN/obj>5")
    assert not any(code[:2] == "13" for _, code, _, _ in _dyads(knowledge, spec))
    announced = spec.replace("suspended|suspend", "announced|announce")
    assert ("ISR", "1382", "PSE", "intended") in _dyads(knowledge, announced)


@pytest.mark.parametrize("spec", [
    # "It is expected, Mohamad Javad Zarif holds talks with his Qatari counterpart … on Monday evening"
    "It/PRON/nsubj:pass>2 is|be/AUX/aux:pass>2 expected|expect/VERB/ROOT>2 ,/PUNCT/punct>5 Iran/PROPN/nsubj>5 "
    "holds|hold/VERB/parataxis>2 talks|talk/NOUN/obj>5 with/ADP/case>8 Qatar/PROPN/nmod>6",
    # "The Armenian prime minister's visit to Iran has been on the two countries' agenda"
    "Armenia/PROPN/nmod:poss>2 's/PART/case>0 visit/NOUN/nsubj>8 to/ADP/case>4 Iran/PROPN/nmod>2 "
    "has|have/AUX/aux>8 been|be/AUX/cop>8 on/ADP/case>8 agenda/NOUN/ROOT>8",
], ids=["it-is-expected", "on-the-agenda"])
def test_what_is_expected_or_on_the_agenda_is_intended(knowledge, spec):
    assert {(code, mode) for _, code, _, mode in _dyads(knowledge, spec)} == {("036", "intended")}


def test_supporting_an_act_against_a_country_endorses_no_such_country(knowledge):
    # held-out seed 2041, tehrantimes-483315: "Saudi Arabia ... supported reinstating economic sanctions
    # on Iran" (the parser hangs "on Iran" on "supported") was SAU 051 IRN
    spec = ("Saudi/ADJ/amod>1 Arabia/PROPN/nsubj>2 supported|support/VERB/ROOT>2 reinstating|reinstate/VERB/xcomp>2 "
            "economic/ADJ/amod>5 sanctions|sanction/NOUN/obj>3 on/ADP/case>7 Iran/PROPN/obl>2 ./PUNCT/punct>2")
    assert not [e for e in code(knowledge, spec) if e.cameo == "051"]


def test_a_threat_to_hit_with_sanctions_threatens_sanctions(knowledge):
    # held-out seed 2041, tehrantimes-424267: "Pompeo threatened that Iran would be hit with the strongest
    # sanctions in history" was 1384 (a threat of conventional attack)
    spec = ("Pompeo/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 that/SCONJ/mark>6 Iran/PROPN/nsubj:pass>6 "
            "would/AUX/aux>6 be/AUX/aux:pass>6 hit/VERB/ccomp>1 with/ADP/case>9 new/ADJ/amod>9 "
            "sanctions|sanction/NOUN/obl>6 ./PUNCT/punct>1")
    assert {e.cameo for e in code(knowledge, spec)} == {"1312"}


# --- force a side's own speaker says it could use is a threat; a planned event is intended ---------
def test_force_a_sides_own_speaker_says_it_could_use_is_a_threat(knowledge):
    # held-out seed 2042: "He also pointed out that Israel could attack Iran" (Lapid, Israel's FM)
    could = ("Lapid/PROPN/nsubj>1 said|say/VERB/ROOT>1 Israel/PROPN/nsubj>4 could/AUX/aux>4 attack/VERB/ccomp>1 "
             "Iran/PROPN/obj>4 ./PUNCT/punct>1")
    # (Israel's threat in its foreign minister's words is its government's: _spoken_for)
    assert {(e.source.code, e.target.code, e.cameo, e.mode) for e in code(knowledge, could)} == {
        ("ISRGOV", "IRN", "138", "intended")}
    # said by no one of that side, it stays a possibility
    analysts = could.replace("Lapid/PROPN", "Analysts|analyst/NOUN")
    assert {(e.cameo, e.mode) for e in code(knowledge, analysts)} == {("190", "hypothetical")}


def test_an_upcoming_visit_is_intended(knowledge):
    # held-out seed 2042: "welcomed the upcoming visit by President Ebrahim Raisi to Syria"
    upcoming = ("the/DET/det>2 upcoming/ADJ/amod>2 visit/NOUN/ROOT>2 by/ADP/case>4 Raisi/PROPN/nmod>2 "
                "to/ADP/case>6 Syria/PROPN/nmod>2")
    assert {(e.target.code, e.cameo, e.mode) for e in code(knowledge, upcoming)} == {("SYR", "036", "intended")}
    assert {(e.cameo, e.mode) for e in code(knowledge, upcoming.replace("upcoming", "recent"))} == {
        ("042", "asserted")}


def test_what_is_defied_is_whose_policy_it_is(knowledge):
    # held-out seed 2042: "Defying the Trump administration's Iran policy, the EU has vowed ..."
    spec = ("EU/PROPN/nsubj>1 defied|defy/VERB/ROOT>1 the/DET/det>4 U.S./PROPN/compound>4 administration/NOUN/nmod:poss>7 "
            "'s/PART/case>4 Iran/PROPN/compound>7 policy/NOUN/obj>1 ./PUNCT/punct>1")
    assert {(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)} == {("IGOEUREEC", "USAGOV", "128")}
    # a bare object is still the target
    bare = "Iran/PROPN/nsubj>1 defied|defy/VERB/ROOT>1 Washington/PROPN/obj>1 ./PUNCT/punct>1"
    assert {(e.target.code, e.cameo) for e in code(knowledge, bare)} == {("USAGOV", "128")}


def test_what_is_said_in_case_is_hypothetical(knowledge):
    # held-out seed 2042: "how the real Dimona would look in case there was an Israeli attack against Iran"
    clause = ("Iran/PROPN/nsubj>2 will/AUX/aux>2 respond/VERB/ROOT>2 in/SCONJ/mark>6 case/NOUN/fixed>3 "
              "Israel/PROPN/nsubj>6 attacks|attack/VERB/advcl>2 Iran/PROPN/obj>6 ./PUNCT/punct>2")
    assert {(e.cameo, e.mode) for e in code(knowledge, clause)} == {("190", "hypothetical")}
    noun = ("In/ADP/case>2 the/DET/det>2 event/NOUN/obl>10 of/ADP/case>6 an/DET/det>6 Israeli/ADJ/amod>6 "
            "attack/NOUN/nmod>2 on/ADP/case>8 Iran/PROPN/nmod>6 prices|price/NOUN/nsubj>10 will/AUX/aux>10 "
            "soar/VERB/ROOT>10")
    assert {(e.source.code, e.target.code, e.mode) for e in code(knowledge, noun)} == {("ISR", "IRN", "hypothetical")}
    # "in the case of" is "as for": the attack is reported, not supposed
    as_for = noun.replace("event/NOUN", "case/NOUN")
    assert {e.mode for e in code(knowledge, as_for)} == {"asserted"}
    # the same clause without "in case" is asserted
    plain = clause.replace("in/SCONJ/mark>6 case/NOUN/fixed>3", "when/SCONJ/mark>6 now/ADV/advmod>6")
    assert {(e.cameo, e.mode) for e in code(knowledge, plain)} == {("190", "asserted")}


# --- "troops" as the lemmatiser leaves it; the gerund of a decision; a circumstance is no place ----
def test_troops_left_unlemmatised_still_match_the_troop_patterns(knowledge):
    # PLOVER GSR: "Syria says it is willing to withdraw its troops from Lebanon"; the shipped
    # lemmatiser keeps "troops" (EWT's plurale tantum) in 152 of 154 Tehran Times uses
    spec = ("Syria/PROPN/nsubj>1 withdrew|withdraw/VERB/ROOT>1 its/PRON/nmod:poss>3 troops|troops/NOUN/obj>1 "
            "from/ADP/case>5 Lebanon/PROPN/obl>1 ./PUNCT/punct>1")
    assert {(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)} == {("SYR", "LBN", "0874")}


def test_the_gerund_of_a_decision_is_done_by_the_decisions_owner(knowledge):
    # PLOVER GSR: "Turkish police prevented the demonstration ... to protest the decision of sending
    # troops to Iraq": the protesters send none
    spec = ("Turks|Turk/PROPN/nsubj>1 protested|protest/VERB/ROOT>1 the/DET/det>3 decision/NOUN/obj>1 "
            "of/SCONJ/mark>5 sending|send/VERB/acl>3 troops|troops/NOUN/obj>5 to/ADP/case>8 Iraq/PROPN/obl>5")
    assert not [e for e in code(knowledge, spec) if e.cameo == "154"]
    owned = ("Turks|Turk/PROPN/nsubj>1 protested|protest/VERB/ROOT>1 Turkey/PROPN/nmod:poss>4 's/PART/case>2 "
             "decision/NOUN/obj>1 of/SCONJ/mark>6 sending|send/VERB/acl>4 troops|troops/NOUN/obj>6 to/ADP/case>9 "
             "Iraq/PROPN/obl>6")
    assert {(e.source.code, e.target.code) for e in code(knowledge, owned) if e.cameo == "154"} == {("TUR", "IRQ")}


def test_in_the_wake_of_is_no_target(knowledge):
    # tehrantimes-72928: "India and Pakistan have massed troops on their border in the wake of last
    # month's attack on the Indian Parliament" was aimed at the Indian parliament
    spec = ("India/PROPN/nsubj>1 massed|mass/VERB/ROOT>1 troops|troops/NOUN/obj>1 in/ADP/case>5 the/DET/det>5 "
            "wake/NOUN/obl>1 of/ADP/case>8 the/DET/det>8 attack/NOUN/nmod>5 on/ADP/case>12 the/DET/det>12 "
            "Indian/ADJ/amod>12 Parliament/PROPN/nmod>8 ./PUNCT/punct>1")
    assert {(e.source.code, e.target.code if e.target else None) for e in code(knowledge, spec)
            if e.cameo == "154"} == {("IND", None)}


def test_a_verb_joined_by_and_shares_the_negation_before_it(knowledge):
    # held-out seed 2043, tehrantimes-428705: "Saudi Arabia cannot just turn a switch and buy all its arms
    # from China" was coded as an intent to buy (0312)
    spec = ("Iran/PROPN/nsubj>3 can/AUX/aux>3 not/PART/advmod>3 turn/VERB/ROOT>3 a/DET/det>5 switch/NOUN/obj>3 "
            "{cc} buy|buy/VERB/conj>3 arms|arm/NOUN/obj>7 from/ADP/case>10 China/PROPN/obl>7")
    bought = [e for e in code(knowledge, spec.format(cc="and/CCONJ/cc>7")) if e.target and e.target.code == "CHN"]
    assert bought and all(e.negated for e in bought)
    # "did not attack but warned": the second verb is asserted
    but = [e for e in code(knowledge, spec.format(cc="but/CCONJ/cc>7")) if e.target and e.target.code == "CHN"]
    assert but and not any(e.negated for e in but)


def test_a_duty_to_act_is_no_act_done(knowledge):
    # held-out seed 2043, tehrantimes-428705: "Countries ... have a duty to condemn false pretensions to
    # Islam by Saudi Arabia" was coded as a condemnation done; a duty is as "must": intended
    spec = ("Iran/PROPN/nsubj>1 has|have/VERB/ROOT>1 a/DET/det>3 duty/NOUN/obj>1 to/PART/mark>5 "
            "condemn/VERB/acl>3 Israel/PROPN/obj>5")
    assert {(e.cameo[:2], e.mode) for e in code(knowledge, spec)} == {("11", "intended")}


def test_a_news_agency_reporting_is_not_the_he_of_its_report(knowledge):
    # tehrantimes-100815: "He ... thanked the Austrian Interior Ministry ..., IRNA reported" after a
    # person the lexicon does not know was coded as IRNA's thanks
    spec = ("He|he/PRON/nsubj>1 thanked|thank/VERB/ccomp>5 Austria/PROPN/obj>1 ,/PUNCT/punct>5 {who}/PROPN/nsubj>5 "
            "reported|report/VERB/ROOT>5 ./PUNCT/punct>5")
    assert code(knowledge, spec.format(who="IRNA")) == []
    # a state's "he said" may still be its own ("Syria says it is willing …")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec.format(who="Syria"))] \
        == [("SYR", "AUT", "051")]


def test_welcoming_a_thing_hosts_no_one(knowledge):
    # held-out seed 2038, tehrantimes-485090: "We also welcome the possibility of regional connections
    # between ASEAN and the ECO" was coded as hosting ASEAN (043)
    spec = "Iran/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 {obj} ./PUNCT/punct>1"
    thing = spec.format(obj="Russia/PROPN/nmod:poss>4 's/PART/case>2 readiness/NOUN/obj>1")
    assert not [e for e in code(knowledge, thing) if e.cameo == "043" and e.target is not None]
    visitor = spec.format(obj="the/DET/det>4 Iraqi/ADJ/amod>4 delegation/NOUN/obj>1")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, visitor)] == [("IRN", "IRQ", "043")]


@pytest.mark.parametrize("who, verb, done", [
    # held-out seed 2060: Putin's "I would like to express gratitude to ... specialists" was an intent
    ("I", "thank", True), ("we", "express", True),
    ("I", "visit", False),   # a wish to visit is no visit
    ("they", "thank", False),  # and another's wish to thank is not his thanks
])
def test_would_like_to_thank_thanks(who, verb, done):
    spec = (f"{who}/PRON/nsubj>2 would/AUX/aux>2 like/VERB/ROOT>2 to/PART/mark>4 {verb}/VERB/xcomp>2 "
            "Iraq/PROPN/obj>4 ./PUNCT/punct>2")
    assert (modality(Graph.of(parse(spec)), 4) == "asserted") == done


@pytest.mark.parametrize("who, aux, verb, done", [
    # held-out seed 2064: Khamenei's "I should express my deepest appreciations to the great people" was an intent
    ("I", "should", "express", True), ("we", "must", "thank", True),
    ("I", "should", "visit", False),  # an owed visit is not made
    ("Iraq", "must", "thank", False),  # nor is another's owed thanks given
])
def test_i_should_thank_thanks(who, aux, verb, done):
    spec = f"{who}/PRON/nsubj>2 {aux}/AUX/aux>2 {verb}/VERB/ROOT>2 Iraq/PROPN/obj>2 ./PUNCT/punct>2"
    assert (modality(Graph.of(parse(spec)), 2) == "asserted") == done


def test_what_one_mulls_over_and_a_coming_visit_are_not_done():
    # held-out seed 2064: "By the time American officials were mulling over invading Cuba" (an invasion
    # done; the lemmatiser gives "mulle"); "in her coming visit to the United States" (a visit made)
    mull = ("officials|official/NOUN/nsubj>2 were|be/AUX/aux>2 mulling|mulle/VERB/ROOT>2 over/SCONJ/mark>4 "
            "invading|invade/VERB/advcl>2 Cuba/PROPN/obj>4")
    assert modality(_tagged(mull, {2: "VBG", 4: "VBG"}), 4) == "intended"
    assert modality(_tagged(mull.replace("mulling|mulle", "busy|busy"), {4: "VBG"}), 4) == "asserted"
    coming = ("May/PROPN/nsubj>1 spoke|speak/VERB/ROOT>1 in/ADP/case>5 her/PRON/nmod:poss>5 coming|come/VERB/amod>5 "
              "visit/NOUN/obl>1 to/ADP/case>7 Washington/PROPN/nmod>5")
    assert modality(Graph.of(parse(coming)), 5) == "intended"
    assert modality(Graph.of(parse(coming.replace("coming|come/VERB/amod>5", "recent/ADJ/amod>5"))), 5) == "asserted"


def test_the_kind_of_an_attack_or_strike_is_its_own_words(knowledge):
    # held-out seed 2064: "launched drone and artillery attacks against the strongholds of terrorists" was
    # terrorism (180, from the target's word); "called off a military strike" eased a labour strike (082)
    attacks = ("IRGC/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 drone/NOUN/compound>5 and/CCONJ/cc>4 "
               "artillery/NOUN/conj>2 attacks|attack/NOUN/obj>1 against/ADP/case>7 terrorists|terrorist/NOUN/nmod>5 "
               "in/ADP/case>9 Iraq/PROPN/nmod>7 ./PUNCT/punct>1")
    assert [e.cameo for e in code(knowledge, attacks)] == ["195"]
    # the target's word still says what an attack of no named kind is
    assert [e.cameo for e in code(knowledge, attacks.replace("drone/NOUN/compound>5", "new/ADJ/amod>5")
                                  .replace("artillery/NOUN/conj>2", "heavy/ADJ/conj>2"))] == ["180"]
    strike = ("Trump/PROPN/nsubj>1 called|call/VERB/ROOT>1 off/ADP/compound:prt>1 a/DET/det>5 {kind}/ADJ/amod>5 "
              "strike/NOUN/obj>1 against/ADP/case>7 Iran/PROPN/nmod>5 ./PUNCT/punct>1")
    assert [e.cameo for e in code(knowledge, strike.format(kind="military"))] == []
    assert [e.cameo for e in code(knowledge, strike.format(kind="general"))] == ["082"]


def test_readiness_is_to_whom_its_infinitive_says(knowledge):
    # held-out seed 2060: "Borrell also expressed Europe's readiness to work with Russia" was
    # readiness towards Europe: the light verb's noun is the trigger, its possessor the doer's side
    spec = ("Germany/PROPN/nsubj>1 expressed|express/VERB/ROOT>1 Europe/PROPN/nmod:poss>4 's/PART/case>2 "
            "readiness/NOUN/obj>1 to/PART/mark>6 work/VERB/acl>4 with/ADP/case>8 {whom}/PROPN/obl>6 ./PUNCT/punct>1")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec.format(whom="Russia"))] \
        == [("DEU", "RUS", "030")]


def test_a_delisting_eases_a_sanction(knowledge):
    # held-out seed 2060: "the EU's decision to remove the Mojahedin Khalq Organization (MKO) from its
    # terrorist list" was a withdrawal of monitors (136): a listing is a sanction, its removal eases one
    spec = ("the/DET/det>2 United/PROPN/compound>2 States/PROPN/nsubj>3 removed|remove/VERB/ROOT>3 "
            "Cuba/PROPN/obj>3 from/ADP/case>7 its/PRON/nmod:poss>7 list/NOUN/obl>3 ./PUNCT/punct>3")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)] == [("USA", "CUB", "085")]


def test_where_a_threatened_act_is_done_is_its_target(knowledge):
    # PLOVER GSR: "The Hamas threatened Monday to resume terrorist activities in Israel"
    spec = ("{who}/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 to/PART/mark>3 resume/VERB/xcomp>1 "
            "activities|activity/NOUN/obj>3 in/ADP/case>6 {where}/PROPN/obl>3 ./PUNCT/punct>1")
    threats = [e for e in code(knowledge, spec.format(who="Hamas", where="Israel")) if e.root == "13"]
    assert [(e.source.code, e.target.code) for e in threats] == [("PSEREB", "ISR")]
    # a place of the threatener's own country is no target
    own = [e for e in code(knowledge, spec.format(who="Iran", where="Tehran")) if e.root == "13"]
    assert own and all(e.target is None for e in own)


def test_a_country_whose_own_official_says_what_it_will_do_is_its_government(knowledge):
    # held-out seed 2044, tehrantimes-457696: "Iran will not negotiate with the West ..., Araghchi said"
    # was bare IRN; the deputy foreign minister speaks for the government
    spec = ("Zarif/PROPN/nsubj>1 said|say/VERB/ROOT>1 {who}/nsubj>4 will/AUX/aux>4 cooperate/VERB/ccomp>1 "
            "with/ADP/case>6 Russia/PROPN/obl>4 ./PUNCT/punct>1")
    assert {(e.source.code, e.target.code) for e in code(knowledge, spec.format(who="Iran/PROPN"))} == {
        ("IRNGOV", "RUS")}
    # the people, or a foreign speaker, are not the government
    assert {e.source.code for e in code(knowledge, spec.format(who="Iranians|Iranian/PROPN"))} == {"IRN"}
    foreign = spec.replace("Zarif/PROPN", "Lavrov/PROPN").format(who="Iran/PROPN")
    assert {e.source.code for e in code(knowledge, foreign)} == {"IRN"}


def test_being_interested_in_an_act_is_an_intent(knowledge):
    # held-out seed 2044, tehrantimes-480959: "Russian firms are interested in investing in Iran's
    # infrastructure projects" was coded as investment made (061)
    spec = ("Russia/PROPN/nsubj>2 is|be/AUX/cop>2 interested/ADJ/ROOT>2 in/SCONJ/mark>4 investing|invest/VERB/advcl>2 "
            "in/ADP/case>6 Iran/PROPN/obl>4 ./PUNCT/punct>2")
    assert {(e.source.code, e.target.code, e.cameo, e.mode) for e in code(knowledge, spec)} == {
        ("RUS", "IRN", "0311", "intended")}


# --- held-out seed 2045 ---------------------------------------------------------------------------
def test_unwilling_and_reluctant_deny_their_infinitive(knowledge):
    # tehrantimes-427111: "Myanmar regime was reluctant to take back the Rohingya refugees" was aid given
    spec = ("Iran/PROPN/nsubj>2 is|be/AUX/aux>2 unwilling|unwille/VERB/ROOT>2 to/PART/mark>4 "
            "negotiate/VERB/xcomp>2 with/ADP/case>6 Russia/PROPN/obl>4")
    assert [(e.source.code, e.target.code, e.cameo, e.negated) for e in code(knowledge, spec)] == \
        [("IRN", "RUS", "046", True)]
    reluctant = spec.replace("unwilling|unwille/VERB/ROOT>2", "reluctant/ADJ/ROOT>2")
    assert all(e.negated for e in code(knowledge, reluctant))
    eager = spec.replace("unwilling|unwille/VERB/ROOT>2", "eager/ADJ/ROOT>2")
    assert not any(e.negated for e in code(knowledge, eager))


def test_capturing_hearts_is_no_arrest(knowledge):
    # tehrantimes-456372: "the top commander used to capture the hearts of people" was coded 173
    spec = ("the/DET/det>2 Iranian/ADJ/amod>2 army/NOUN/nsubj>3 captured|capture/VERB/ROOT>3 the/DET/det>5 "
            "hearts|heart/NOUN/obj>3 of/ADP/case>7 Iraqis|Iraqi/PROPN/nmod>5")
    assert "173" not in codes(knowledge, spec)
    assert "173" in codes(knowledge, spec.replace("hearts|heart", "soldiers|soldier"))


def test_threatened_military_action_against_a_country_threatens_that_country(knowledge):
    # tehrantimes-91542: "The United States has threatened military action against Iraq" was USA -> USAMIL
    spec = ("The/DET/det>2 United/PROPN/compound>2 States/PROPN/nsubj>4 has|have/AUX/aux>4 "
            "threatened|threaten/VERB/ROOT>4 military/ADJ/amod>6 action/NOUN/obj>4 against/ADP/case>8 "
            "Iraq/PROPN/nmod>6")
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)] == [("USA", "IRQ", "138")]


def test_steps_a_subject_can_take_in_doing_are_not_done(knowledge):
    # tehrantimes-465081: "Iraq can take important steps in breaking U.S. sanctions against Syria"
    spec = ("Iraq/PROPN/nsubj>2 can/AUX/aux>2 take/VERB/ROOT>2 important/ADJ/amod>4 steps|step/NOUN/obj>2 "
            "in/SCONJ/mark>6 breaking|break/VERB/acl>4 U.S./PROPN/compound>8 sanctions|sanction/NOUN/obj>6")
    events = [e for e in code(knowledge, spec) if e.cameo == "128"]
    assert events and all(e.mode != "asserted" for e in events)
    took = spec.replace("can/AUX/aux>2 take/VERB/ROOT>2", "then/ADV/advmod>2 took|take/VERB/ROOT>2")
    assert [e.mode for e in code(knowledge, took) if e.cameo == "128"] == ["asserted"]


def test_blaming_something_on_someone_accuses_them(knowledge):
    # tehrantimes-463571: "Diaz-Canel has blamed the unrest on the United States" had no target
    spec = ("Cuba/PROPN/nsubj>2 has|have/AUX/aux>2 blamed|blame/VERB/ROOT>2 the/DET/det>4 unrest/NOUN/obj>2 "
            "on/ADP/case>6 Russia/PROPN/obl>2")
    assert ("CUB", "RUS", "112") in {(e.source.code, e.target.code if e.target else None, e.cameo)
                                     for e in code(knowledge, spec)}


def test_ruling_out_talks_rejects_them(knowledge):
    # tehrantimes-455142: "Amouei ruled out any kind of these negotiations"; tehrantimes-80230: "India has
    # ruled out talks with Pakistan" was coded as talks held; the lemmatiser reads "ruled" as "rul"
    spec = ("India/PROPN/nsubj>2 has|have/AUX/aux>2 ruled|rul/VERB/ROOT>2 out/ADP/compound:prt>2 "
            "any/DET/det>5 kind/NOUN/obj>2 of/ADP/case>7 talks|talk/NOUN/nmod>5 with/ADP/case>9 Pakistan/PROPN/nmod>7")
    assert {(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)} == {("IND", "PAK", "125")}


def test_the_islamic_republic_is_iran(lexicon):
    # tehrantimes-465081: "the Iraqi prime minister traveled to the Islamic Republic" had no target
    from dyad.actors import ArticleActors

    spec = "they/PRON/nsubj>1 visited|visit/VERB/ROOT>1 the/DET/det>4 Islamic/ADJ/amod>4 Republic/PROPN/obj>1"
    assert ArticleActors(lexicon).resolve(Graph.of(parse(spec)), 4)[0].actor.code == "IRN"
    pakistan = spec + " of/ADP/case>6 Pakistan/PROPN/nmod>4"
    assert ArticleActors(lexicon).resolve(Graph.of(parse(pakistan)), 4)[0].actor.code == "PAK"


def test_the_named_object_of_support_does_its_infinitive(knowledge):
    # tehrantimes-404989: "Iran has been supporting Iraq to expel ISIL militants" (the infinitive parsed as
    # a purpose clause) was coded as Iran expelling them
    spec = ("Iran/PROPN/nsubj>3 has|have/AUX/aux>3 been|be/AUX/aux>3 supporting|support/VERB/ROOT>3 "
            "Iraq/PROPN/obj>3 to/PART/mark>6 expel/VERB/advcl>3 Israel/PROPN/obj>6")
    assert ("IRQ", "ISR", "166") in {(e.source.code, e.target.code, e.cameo) for e in code(knowledge, spec)}
    # a thing as the object is no doer: "Damascus wanted a dialogue to achieve a better understanding"
    thing = spec.replace("Iraq/PROPN/obj>3", "aid/NOUN/obj>3")
    assert ("IRN", "ISR", "166") in {(e.source.code, e.target.code, e.cameo) for e in code(knowledge, thing)}


def test_a_motion_to_do_something_is_not_doing_it(knowledge):
    # tehrantimes-414159: "Saudi Arabia had until 1 August to file a motion to dismiss his firm's lawsuit"
    spec = ("Iran/PROPN/nsubj>1 filed|file/VERB/ROOT>1 a/DET/det>3 motion/NOUN/obj>1 to/PART/mark>5 "
            "expel/VERB/acl>3 Israel/PROPN/obj>5")
    assert [e.mode for e in code(knowledge, spec) if e.cameo == "166"] == ["hypothetical"]


def test_a_phone_conversation_in_an_opening_phrase_is_the_speakers(knowledge):
    # tehrantimes-475483: "In a phone conversation with Hamas political bureau chief Ismail Haniyeh on
    # Monday, Amir Abdollahian said ..." had no 041
    spec = ("In/ADP/case>3 a/DET/det>3 phone/NOUN/compound>3 conversation/NOUN/obl>8 with/ADP/case>5 "
            "Lavrov/PROPN/nmod>3 ,/PUNCT/punct>3 Zarif/PROPN/nsubj>8 said|say/VERB/ROOT>8")
    events = code(knowledge, spec)
    assert [(e.source.code, e.target.code, e.cameo) for e in events if e.root == "04"] == [("IRNGOV", "RUSGOV", "041")]


def test_an_event_dated_ahead_of_the_story_is_intended(knowledge):
    # held-out seed 2046, tehrantimes-474718: "Putin will meet Khamenei during his visit to Tehran later
    # this week" coded the visit as made (042)
    spec = ("Zarif/PROPN/nsubj>1 travels|travel/VERB/ROOT>1 to/ADP/case>3 Moscow/PROPN/obl>1 "
            "next/ADJ/amod>5 week/NOUN/obl:unmarked>1")
    assert [(e.cameo, e.mode) for e in code(knowledge, spec)] == [("036", "intended")]
    last = spec.replace("next/ADJ/amod>5", "last/ADJ/amod>5").replace("travels|travel", "travelled|travel")
    assert [(e.cameo, e.mode) for e in code(knowledge, last)] == [("042", "asserted")]


def test_meeting_needs_is_no_meeting(knowledge):
    # held-out seed 2046, tehrantimes-473698: "Iran and India ... can meet each other's products and needs"
    # coded a meeting both ways
    spec = ("Iran/PROPN/nsubj>4 and/CCONJ/cc>2 India/PROPN/conj>0 can/AUX/aux>4 meet/VERB/ROOT>4 "
            "each/DET/det>6 other/ADJ/nmod:poss>8 's/PART/case>6 needs|need/NOUN/obj>4")
    assert code(knowledge, spec) == []
    people = ("Iran/PROPN/nsubj>4 and/CCONJ/cc>2 India/PROPN/conj>0 can/AUX/aux>4 meet/VERB/ROOT>4 "
              "Russia/PROPN/obj>4")
    assert {(e.source.code, e.target.code) for e in code(knowledge, people)} == {("IRN", "RUS"), ("IND", "RUS")}


def test_a_participle_on_a_noun_is_done_by_its_owner_not_by_the_clause_subject(knowledge):
    # held-out seed 2046, tehrantimes-471319: "Iran's top diplomat and the UN chief discussed the ongoing
    # talks in Vienna intended to remove the sanctions imposed on Iran" coded both as imposing them
    spec = ("Zarif/PROPN/nsubj>1 discussed|discuss/VERB/ROOT>1 the/DET/det>3 sanctions|sanction/NOUN/obj>1 "
            "imposed|impose/VERB/acl>3 on/ADP/case>6 Iran/PROPN/obl>4")
    assert not [e for e in code(knowledge, _tagged_sentence(spec, {4: "VBN"})) if e.root == "16"]
    owned = _tagged_sentence(spec.replace("the/DET/det>3", "US/PROPN/compound>3"), {4: "VBN"})
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, owned) if e.root == "16"] == \
        [("USA", "IRN", "163")]


# --- held-out seed 2047 ---------------------------------------------------------------------------
def test_a_mislemmatised_verb_still_reads_its_word_lists(knowledge):
    # tehrantimes-470291: "censured the European Parliament for backing the MKO members" ("censured" is
    # lemmatised "censur"), coded with the censurer as the backer
    spec = ("Iran/PROPN/nsubj>1 {verb}/VERB/ROOT>1 Germany/PROPN/obj>1 for/SCONJ/mark>4 backing|back/VERB/advcl>1 "
            "Israel/PROPN/obj>4")
    for verb in ("censured|censur", "censured|censure"):
        sentence = _tagged_sentence(spec.format(verb=verb), {4: "VBG"})
        assert {(e.source.code, e.target.code) for e in code(knowledge, sentence) if e.root == "05"} == {("DEU", "ISR")}


def test_on_after_the_object_is_no_call_on(knowledge):
    # tehrantimes-474826: "Putin also called the stances of the two countries on the Syrian issue ...
    # completely compatible" was an appeal to Syria
    spec = ("Putin/PROPN/nsubj>1 called|call/VERB/ROOT>1 the/DET/det>3 stances|stance/NOUN/obj>1 "
            "on/ADP/case>6 the/DET/det>6 Syria/PROPN/obl>1 compatible/ADJ/xcomp>1")
    assert not [e for e in code(knowledge, spec) if e.root == "02"]
    on = "Putin/PROPN/nsubj>1 called|call/VERB/ROOT>1 on/ADP/case>3 Syria/PROPN/obl>1"
    assert [(e.source.code, e.target.code, e.cameo) for e in code(knowledge, on)] == [("RUSGOV", "SYR", "020")]


def test_a_refusal_to_act_is_no_act(knowledge):
    # tehrantimes-460609: "Iran believes that the U.S. refusal to remove the sanctions ... is tantamount to
    # circumventing" coded the U.S. easing sanctions (085); the parser made "refusal" the subject
    spec = ("the/DET/det>2 U.S./PROPN/compound>2 refusal/NOUN/nsubj>4 to/PART/mark>4 remove/VERB/ROOT>4 "
            "sanctions|sanction/NOUN/obj>4 on/ADP/case>7 Iran/PROPN/nmod>5")
    assert [(e.root, e.negated) for e in code(knowledge, spec)] == [("08", True)]
    assert [(e.root, e.negated) for e in code(knowledge, spec.replace("refusal/NOUN", "decision/NOUN"))] == \
        [("08", False)]


def test_any_negotiations_are_no_particular_negotiations(knowledge):
    # tehrantimes-457564: "this will make any kind of negotiations between Iran and the U.S. harder"
    spec = ("this/PRON/nsubj>2 will/AUX/aux>2 hamper/VERB/ROOT>2 any/DET/det>4 kind/NOUN/obj>2 of/ADP/case>6 "
            "negotiations|negotiation/NOUN/nmod>4 between/ADP/case>8 Iran/PROPN/nmod>6 and/CCONJ/cc>10 "
            "Russia/PROPN/conj>8")
    assert {e.mode for e in code(knowledge, spec) if e.root == "04"} == {"hypothetical"}
    assert {e.mode for e in code(knowledge, spec.replace("any/DET/det>4", "a/DET/det>4")) if e.root == "04"} == \
        {"asserted"}


def test_what_one_prepares_or_strives_for_is_intended(knowledge):
    # tehrantimes-452422: "as the U.S. prepares to announce the return of all UN sanctions on Iran", "Europe
    # has little leeway to stand up against the U.S. efforts to restore UN sanctions on Iran" (coded Europe's)
    prepares = ("the/DET/det>1 U.S./PROPN/nsubj>2 prepares|prepare/VERB/ROOT>2 to/PART/mark>4 impose/VERB/xcomp>2 "
                "sanctions|sanction/NOUN/obj>4 on/ADP/case>7 Iran/PROPN/obl>4")
    assert [(e.source.code, e.mode) for e in code(knowledge, prepares) if e.target.code == "IRN"] == \
        [("USA", "intended")]
    efforts = ("Europe/PROPN/nsubj>1 opposed|oppose/VERB/ROOT>1 the/DET/det>4 U.S./PROPN/compound>4 "
               "efforts|effort/NOUN/obj>1 to/PART/mark>6 impose/VERB/acl>4 sanctions|sanction/NOUN/obj>6 "
               "on/ADP/case>9 Iran/PROPN/obl>6")
    assert [(e.source.code, e.mode) for e in code(knowledge, efforts) if e.target.code == "IRN"] == \
        [("USA", "intended")]


def test_a_barrage_of_accusations_is_no_artillery_fire(knowledge):
    # tehrantimes-414941: "Trump launched a barrage of accusations against Tehran" was coded 194
    spec = ("Trump/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 a/DET/det>3 barrage/NOUN/obj>1 of/ADP/case>5 "
            "{noun}/NOUN/nmod>3 against/ADP/case>7 Iran/PROPN/obl>1")
    assert {e.cameo for e in code(knowledge, spec.format(noun="accusations|accusation"))} == {"112"}
    assert {e.root for e in code(knowledge, spec.format(noun="rockets|rocket"))} == {"19"}


def test_dozens_of_missiles_are_missiles_fired(knowledge):
    # held-out seed 2065: "Iran fired dozens of ballistic missiles at a major U.S. airbase" had no event:
    # the object "dozens" is no missile
    spec = ("Iran/PROPN/nsubj>1 fired|fire/VERB/ROOT>1 dozens|dozen/NOUN/obj>1 of/ADP/case>4 "
            "missiles|missile/NOUN/nmod>2 at/ADP/case>6 America/PROPN/obl>1")
    assert {e.cameo for e in code(knowledge, spec)} == {"195"}


def test_an_intent_dated_years_before_the_story_is_historical(knowledge):
    # tehrantimes-410879: "In 2013 the two countries signed an agreement to supply gas to Oman" coded an
    # intent (0311) as if voiced now
    spec = ("In/ADP/case>1 2013/NUM/obl>3 Iran/PROPN/nsubj>3 signed|sign/VERB/ROOT>3 an/DET/det>5 "
            "agreement/NOUN/obj>3 to/PART/mark>7 supply/VERB/acl>5 gas/NOUN/obj>7 to/ADP/case>10 Oman/PROPN/obl>7")
    assert [(e.cameo, e.mode, e.date) for e in code(knowledge, spec)] == [("0311", "historical", "2013")]
    promised = ("In/ADP/case>1 2013/NUM/obl>3 Iran/PROPN/nsubj>3 promised|promise/VERB/ROOT>3 to/PART/mark>5 "
                "supply/VERB/xcomp>3 gas/NOUN/obj>5 to/ADP/case>8 Oman/PROPN/obl>5")
    assert [(e.mode, e.date) for e in code(knowledge, promised)] == [("historical", "2013")]


def test_the_purpose_of_a_dated_act_takes_its_date(knowledge):
    # held-out seed 2056: "International Quds Day was initiated by ... Ayatollah Khomeini in 1979 to express
    # solidarity with Palestinians and oppose the Zionist regime" was coded as news
    spec = ("Khomeini/PROPN/nsubj>1 founded|found/VERB/ROOT>1 it/PRON/obj>1 in/ADP/case>4 1979/NUM/obl>1 "
            "to/PART/mark>6 {verb}/VERB/advcl>1 Palestinians|Palestinian/PROPN/obj>6 and/CCONJ/cc>9 "
            "oppose/VERB/conj>6 Israel/PROPN/obj>9")
    events = code(knowledge, spec.format(verb="support"))
    assert {(e.root, e.mode, e.date) for e in events} == {("05", "historical", "1979"), ("11", "historical", "1979")}
    # a clause with a conjunction of its own keeps its own time: "... in 1979 after supporting ..."
    after = spec.format(verb="support").replace("to/PART/mark>6", "after/SCONJ/mark>6")
    assert "1979" not in {e.date for e in code(knowledge, after)}


def test_a_habit_a_span_of_years_or_what_is_already_done_is_historical():
    # held-out seed 2042: "Iran has repeatedly rejected U.S. calls to expand the JCPOA" (background)
    habit = ("Iran/PROPN/nsubj>3 has|have/AUX/aux>3 {adverb}/ADV/advmod>3 rejected|reject/VERB/ROOT>3 "
             "calls|call/NOUN/obj>3")
    assert modality(_tagged(habit.format(adverb="repeatedly"), {3: "VBN"}), 3) == "historical"
    assert modality(_tagged(habit.format(adverb="firmly"), {3: "VBN"}), 3) == "asserted"
    # seed 2052: "Iran and Russia have already signed a document on facilitating visa services"
    signed = "Iran/PROPN/nsubj>3 have/AUX/aux>3 already/ADV/advmod>3 {verb}/VERB/ROOT>3 talks|talk/NOUN/obj>3"
    assert modality(_tagged(signed.format(verb="signed|sign"), {3: "VBN"}), 3) == "historical"
    # under way, or still to come, is no background
    assert modality(_tagged(signed.format(verb="holding|hold"), {3: "VBG"}), 3) == "asserted"
    will = "Iran/PROPN/nsubj>3 will/AUX/aux>3 regularly/ADV/advmod>3 meet/VERB/ROOT>3 Russia/PROPN/obj>3"
    assert modality(_tagged(will, {3: "VB"}), 3) == "intended"
    # seed 2047: "the MKO staged attacks against civilian and military targets … for almost two decades"
    span = "MKO/PROPN/nsubj>1 attacked|attack/VERB/ROOT>1 Iran/PROPN/obj>1 for/ADP/case>{end} {words}"
    years = span.format(end=6, words="almost/ADV/advmod>5 two/NUM/nummod>6 decades|decade/NOUN/obl>1")
    assert modality(_tagged(years, {1: "VBD"}), 1) == "historical"
    # a noun trigger takes the span of its verb: "staged attacks for years"
    staged = ("MKO/PROPN/nsubj>1 staged|stage/VERB/ROOT>1 attacks|attack/NOUN/obj>1 for/ADP/case>4 "
              "years|year/NOUN/obl>1")
    assert modality(_tagged(staged, {1: "VBD"}), 2) == "historical"
    # a number sets a term: "extended the sanctions for five years" is no practice
    term = span.format(end=5, words="five/NUM/nummod>5 years|year/NOUN/obl>1")
    assert modality(_tagged(term, {1: "VBD"}), 1) == "asserted"


def test_an_act_dated_from_a_named_year_is_background():
    # held-out seed 2059: "Since August 2020, the United Arab Emirates, Bahrain, Morocco and Sudan has
    # normalized ties with Israel" was four events of the story's news
    year = ("Since/ADP/case>1 August/PROPN/obl>6 2020/NUM/nummod>1 ,/PUNCT/punct>6 UAE/PROPN/nsubj>6 "
            "has|have/AUX/aux>6 normalized|normalize/VERB/ROOT>6 ties|tie/NOUN/obj>6")
    assert modality(_tagged(year, {6: "VBN"}), 6) == "historical"
    # "since Monday" names no year: it may be the story's own time
    monday = year.replace("August/PROPN/obl>6 2020/NUM/nummod>1", "Monday/PROPN/obl>6 ,/PUNCT/punct>1")
    assert modality(_tagged(monday, {6: "VBN"}), 6) == "asserted"
    # nor is a year a span begun when it is still to come: "will normalize ties since 2020" is no background
    will = year.replace("has|have/AUX/aux>6", "will/AUX/aux>6")
    assert modality(_tagged(will, {6: "VB"}), 6) == "intended"


def test_an_event_noun_under_a_will_be_predicate_is_still_to_come():
    # held-out seed 2026: "Prospects of long-term cooperation will be the main topic of talks between
    # Zarif and Wang" was talks held
    topic = ("Cooperation/NOUN/nsubj>4 will/AUX/aux>4 be/AUX/cop>4 the/DET/det>4 topic/NOUN/ROOT>4 "
             "of/ADP/case>6 talks|talk/NOUN/nmod>4 between/ADP/case>8 Zarif/PROPN/nmod>6")
    assert modality(Graph.of(parse(topic)), 6) == "intended"
    # two noun phrases up: "will be at the top of Putin's agenda in his meeting with Iran's officials" (seed 2046)
    agenda = ("Planning/NOUN/nsubj>4 will/AUX/aux>4 be/AUX/cop>4 at/ADP/case>4 top/NOUN/ROOT>4 of/ADP/case>6 "
              "agenda/NOUN/nmod>4 in/ADP/case>8 meeting/NOUN/nmod>6 with/ADP/case>10 officials|official/NOUN/nmod>8")
    assert modality(Graph.of(parse(agenda)), 8) == "intended"
    # a past predicate, or talks named by a future verb's subject, keep their own time
    assert modality(Graph.of(parse(topic.replace("will/AUX/aux>4 be/AUX/cop>4", "has/AUX/aux>4 been|be/AUX/cop>4"))),
                    6) == "asserted"
    results = ("results|result/NOUN/nsubj:pass>5 of/ADP/case>2 talks|talk/NOUN/nmod>0 will/AUX/aux>5 "
               "be/AUX/aux:pass>5 announced|announce/VERB/ROOT>5")
    assert modality(Graph.of(parse(results)), 2) == "asserted"


def test_a_warning_against_an_act_threatens_its_doer_not_its_target(knowledge):
    # held-out seed 2053: "Mattis has even warned against military action on North Korea" was a
    # U.S. threat to North Korea
    mattis = ("Mattis/PROPN/nsubj>3 has|have/AUX/aux>3 even/ADV/advmod>3 warned|warn/VERB/ROOT>3 "
              "against/ADP/case>6 military/ADJ/amod>6 action/NOUN/obl>3 on/ADP/case>9 North/PROPN/compound>9 "
              "Korea/PROPN/nmod>6 ./PUNCT/punct>3")
    assert not [e for e in code(knowledge, mattis) if e.root == "13"]
    # the act's doer is the one warned, and the act is not done
    zarif = ("Iran/PROPN/nsubj>1 warned|warn/VERB/ROOT>1 against/ADP/case>5 a/DET/det>5 US/PROPN/compound>5 "
             "attack/NOUN/obl>1 on/ADP/case>7 Israel/PROPN/nmod>5 ./PUNCT/punct>1")
    events = {(e.source.code, e.root, e.target.code if e.target else None, e.mode) for e in code(knowledge, zarif)}
    assert ("IRN", "13", "USA", "asserted") in events
    assert ("USA", "19", "ISR", "hypothetical") in events


def test_what_a_campaign_is_for_and_what_one_would_be_able_to_do_are_not_done():
    # held-out seed 2061 (tehrantimes-446273, -439341): "The two sides discussed launching a … campaign to
    # lift sanctions on Iran" was sanctions lifted (085 asserted); "added that … Afghanistan would be able
    # to export electricity to Turkey" was Afghanistan's announced intent
    campaign = ("sides|side/NOUN/nsubj>1 discussed|discuss/VERB/ROOT>1 launching|launch/VERB/advcl>1 a/DET/det>4 "
                "campaign/NOUN/obj>2 to/PART/mark>6 lift/VERB/acl>4 sanctions|sanction/NOUN/obj>6 ./PUNCT/punct>1")
    assert modality(Graph.of(parse(campaign)), 6) == "intended"
    able = ("he/PRON/nsubj>1 added|add/VERB/ROOT>1 that/SCONJ/mark>6 Afghanistan/PROPN/nsubj>6 would/AUX/aux>6 "
            "be/AUX/cop>6 able/ADJ/ccomp>1 to/PART/mark>8 export/VERB/xcomp>6 electricity/NOUN/obj>8 ./PUNCT/punct>1")
    assert modality(Graph.of(parse(able)), 8) == "hypothetical"
    will = able.replace("would/AUX/aux>6 be/AUX/cop>6 able/ADJ/ccomp>1 to/PART/mark>8 export/VERB/xcomp>6",
                        "would/AUX/aux>6 soon/ADV/advmod>6 start/VERB/ccomp>1 to/PART/mark>8 export/VERB/xcomp>6")
    assert modality(Graph.of(parse(will)), 8) == "intended"  # said he would: an announced intent


def test_what_one_is_kept_from_doing_is_not_done():
    # held-out seed 2061 (tehrantimes-446273): "the extensive US sanctions …, in particular preventing many
    # countries from sending medical aid to Iran" was aid sent (070)
    from dyad.coder.negation import negated

    spec = ("sanctions|sanction/NOUN/nsubj>2 are|be/AUX/aux>2 preventing|prevent/VERB/ROOT>2 "
            "countries|country/NOUN/obj>2 from/SCONJ/mark>5 sending|send/VERB/advcl>2 aid/NOUN/obj>5 ./PUNCT/punct>2")
    assert negated(Graph.of(parse(spec)), 5)
    denied = ("sanctions|sanction/NOUN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 prevent/VERB/ROOT>3 "
              "countries|country/NOUN/obj>3 from/SCONJ/mark>6 sending|send/VERB/advcl>3 aid/NOUN/obj>6 ./PUNCT/punct>3")
    assert not negated(Graph.of(parse(denied)), 6)  # "did not prevent them from sending" denies nothing
