"""The coder's rules on hand-built parses: no model involved."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from conftest import parse
from dyad.actors import ArticleActors
from dyad.coder.core import code_sentence
from dyad.coder.negation import negated_here
from dyad.coder.syntax import Graph
from dyad.types import EntitySpan


def code(knowledge, spec: str, *, default_country=None, actors=None):
    lexicon, patterns, ontology = knowledge
    actors = actors or ArticleActors(lexicon, default_country=default_country)
    return code_sentence(parse(spec), patterns, ontology, actors, date="2019-01-16")


def triples(events):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in events)


def test_meet_with(knowledge):
    events = code(knowledge, "Osipov/PROPN/nsubj>2 also/ADV/advmod>2 met|meet/VERB/ROOT>2 with/ADP/case>8 "
                             "Iranian/ADJ/amod>8 Deputy/PROPN/compound>7 Defense/PROPN/compound>7 "
                             "Minister/PROPN/compound>8 Taqizadeh/PROPN/obl>2",
                  actors=_remember(knowledge, "Osipov", "RUS", ("MIL",)))
    assert triples(events) == [("RUSMIL", "IRNGOV", "040")]
    e = events[0]
    assert e.explanation.rule == "meet" and e.explanation.trigger == "met"
    assert e.explanation.source_span == (0, 1) and e.explanation.target_span == (4, 9)
    assert e.quad_class == 1 and e.root == "04" and e.plover == "CONSULT"
    assert e.date == "2019-01-16" and e.mode == "asserted" and not e.negated


def test_arrive_in_place_codes_the_country(knowledge):
    events = code(knowledge, "Iranian/ADJ/amod>1 delegation/NOUN/nsubj>2 arrived|arrive/VERB/ROOT>2 "
                             "in/ADP/case>4 Moscow/PROPN/obl>2")
    assert triples(events) == [("IRN", "RUS", "042")]
    assert events[0].target.sectors == ()  # a place, not the government


def test_return_home_is_not_a_visit(knowledge):
    events = code(knowledge, "Iranian/ADJ/amod>1 delegation/NOUN/nsubj>2 returned|return/VERB/ROOT>2 "
                             "to/ADP/case>4 Tehran/PROPN/obl>2 ./PUNCT/punct>2")
    assert events == []


def test_passive_agreement_signed_by_compound_is_symmetric(knowledge):
    spec = ("agreement/NOUN/ROOT>0 signed|sign/VERB/acl>0 by/ADP/case>4 Russian/ADJ/amod>4 "
            "Shoigu/PROPN/obl>1 and/CCONJ/cc>9 his/PRON/nmod:poss>8 Iranian/ADJ/amod>8 "
            "counterpart/NOUN/compound>9 Dehghan/PROPN/conj>4")
    events = code(knowledge, spec)
    assert triples(events) == [("IRNGOV", "RUSGOV", "057"), ("RUSGOV", "IRNGOV", "057")]  # roles from people.tsv


def test_intent_to_expand_military_cooperation(knowledge):
    spec = ("Taqizadeh/PROPN/nsubj>1 voiced|voice/VERB/ROOT>1 Tehran/PROPN/nmod:poss>4 ’s/PART/case>2 "
            "readiness/NOUN/obj>1 to/PART/mark>6 expand/VERB/acl>4 military/ADJ/amod>8 "
            "cooperation/NOUN/obj>6 with/ADP/case>10 Moscow/PROPN/nmod>8")
    events = code(knowledge, spec, actors=_remember(knowledge, "Taqizadeh", "IRN", ("GOV",)))
    assert triples(events) == [("IRNGOV", "RUSGOV", "0312")]
    assert events[0].mode == "intended"


def test_bare_expanded_cooperation_is_not_an_event(knowledge):
    spec = ("Iran/PROPN/nsubj>1 expanded|expand/VERB/ROOT>1 cooperation/NOUN/obj>1 with/ADP/case>4 "
            "Russia/PROPN/nmod>2")
    assert code(knowledge, spec) == []


def test_future_expansion_reported_by_speaker(knowledge):
    spec = ("Khanzadi/PROPN/nsubj>1 said|say/VERB/ROOT>1 that/SCONJ/mark>12 the/DET/det>4 "
            "cooperation/NOUN/nsubj:pass>12 between/ADP/case>7 naval/ADJ/amod>7 forces|force/NOUN/nmod>4 "
            "of/ADP/case>9 Iran/PROPN/nmod>7 and/CCONJ/cc>11 Russia/PROPN/conj>9 "
            "will/AUX/aux>14 be/AUX/aux:pass>14 expanded|expand/VERB/ccomp>1")
    actors = _remember(knowledge, "Khanzadi", "IRN", ("MIL",))
    events = code(knowledge, spec.replace(">12", ">14"), actors=actors)
    assert ("IRNMIL", "RUSMIL", "0312") in triples(events)
    assert all(e.source.code == "IRNMIL" for e in events)


def test_negation_is_recorded(knowledge):
    events = code(knowledge, "Iran/PROPN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 "
                             "criticize/VERB/ROOT>3 Russia/PROPN/obj>3")
    assert triples(events) == [("IRN", "RUS", "111")]
    assert events[0].negated is True


def test_compound_subject_meeting_gives_both_directions(knowledge):
    events = code(knowledge, "Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Russia/PROPN/conj>0 met|meet/VERB/ROOT>3")
    assert triples(events) == [("IRN", "RUS", "040"), ("RUS", "IRN", "040")]


def test_criticise_via_pronoun_memory(knowledge):
    lexicon, patterns, ontology = knowledge
    actors = _remember(knowledge, "Taqizadeh", "IRN", ("GOV",))
    spec = ("He/PRON/nsubj>1 condemned|condemn/VERB/ROOT>1 Washington/PROPN/obj>1")
    events = code_sentence(parse(spec), patterns, ontology, actors)
    assert triples(events) == [("IRNGOV", "USAGOV", "111")]
    assert events[0].explanation.source_rule.startswith("pronoun:")


def test_no_actor_no_event(knowledge):
    assert code(knowledge, "The/DET/det>1 port/NOUN/nsubj>2 hosted|host/VERB/ROOT>2 ships|ship/NOUN/obj>2") == []


def _remember(knowledge, name, country, sectors):
    from dyad.types import Actor

    actors = ArticleActors(knowledge[0])
    actors.people[name.lower()] = Actor(country + "".join(sectors), country, sectors, name)
    actors.last_person = actors.people[name.lower()]
    return actors


@pytest.mark.parametrize("field", ["event_id", "explanation", "plover", "quad_class", "goldstein", "cameo_name"])
def test_event_fields_present(knowledge, field):
    events = code(knowledge, "Iran/PROPN/nsubj>1 praised|praise/VERB/ROOT>1 Russia/PROPN/obj>1")
    assert getattr(events[0], field) not in (None, "")


def test_complement_constraint_selects_the_pattern(knowledge, tmp_path):
    from dyad.coder.patterns import load_patterns

    lexicon, _, ontology = knowledge
    path = tmp_path / "p.yaml"
    path.write_text('- id: call-ceasefire\n  code: "1056"\n  lemma: [call]\n  complement: {for: [ceasefire, truce]}\n'
                    '  target: [obj]\n', encoding="utf-8")
    patterns = load_patterns(path)
    yes = parse("Iran/PROPN/nsubj>1 called|call/VERB/ROOT>1 for/ADP/case>4 a/DET/det>4 ceasefire/NOUN/obl>1")
    no = parse("Iran/PROPN/nsubj>1 called|call/VERB/ROOT>1 for/ADP/case>4 a/DET/det>4 meeting/NOUN/obl>1")
    assert [e.cameo for e in code_sentence(yes, patterns, ontology, ArticleActors(lexicon))] == ["1056"]
    assert code_sentence(no, patterns, ontology, ArticleActors(lexicon)) == []


def test_the_two_sides_are_the_last_two_people(knowledge):
    lexicon, patterns, ontology = knowledge
    actors = ArticleActors(lexicon)
    first = parse("Iranian/ADJ/amod>2 Rear/PROPN/compound>2 Khanzadi/PROPN/nsubj>3 met|meet/VERB/ROOT>3 "
                  "Russian/ADJ/amod>6 Vice/PROPN/compound>6 Osipov/PROPN/obl>3")
    code_sentence(first, patterns, ontology, actors)
    actors.observe(Graph.of(first))  # the pipeline reads every sentence for people
    second = parse("The/DET/det>2 two/NUM/nummod>2 sides|side/NOUN/nsubj>3 met|meet/VERB/ROOT>3 again/ADV/advmod>3")
    events = code_sentence(second, patterns, ontology, actors)
    assert {(e.source.text, e.explanation.source_rule.split(":")[0]) for e in events} == {("The two sides", "group")}
    assert sorted(e.source.country for e in events) == ["IRN", "RUS"]


@pytest.mark.parametrize("verb, mutual", [
    ("agreed|agree/VERB/ROOT>3 to/PART/mark>5 cooperate/VERB/xcomp>3", True),  # 030, with each other
    ("criticized|criticize/VERB/ROOT>3 the/DET/det>5 plan/NOUN/obj>3", False),  # together, at no one
])
def test_the_parties_that_promise_do_so_to_each_other(knowledge, verb, mutual):
    # held-out review, seed 2035 (tehrantimes-474415): after a call between Iran's Bagheri and India's
    # foreign secretary, "The parties also agreed to continue their consultations" was IRNPTY, no target
    lexicon, patterns, ontology = knowledge
    actors = ArticleActors(lexicon)
    first = parse("Iranian/ADJ/amod>2 Rear/PROPN/compound>2 Khanzadi/PROPN/nsubj>3 met|meet/VERB/ROOT>3 "
                  "Russian/ADJ/amod>6 Vice/PROPN/compound>6 Osipov/PROPN/obl>3")
    code_sentence(first, patterns, ontology, actors)
    actors.observe(Graph.of(first))
    second = parse(f"The/DET/det>1 parties|party/NOUN/nsubj>3 also/ADV/advmod>3 {verb}", index=1)
    pairs = {(e.source.country, e.target.country if e.target else None) for e in code_sentence(second, patterns, ontology, actors)}
    assert pairs == ({("IRN", "RUS"), ("RUS", "IRN")} if mutual else {("IRN", None), ("RUS", None)})


def test_counterpart_takes_the_role_of_its_partner(knowledge):
    lexicon, patterns, ontology = knowledge
    spec = ("Russian/ADJ/amod>3 Defense/PROPN/compound>2 Minister/PROPN/compound>3 Shoigu/PROPN/nsubj>8 "
            "and/CCONJ/cc>7 his/PRON/nmod:poss>7 Iranian/ADJ/amod>7 counterpart/NOUN/conj>3 met|meet/VERB/ROOT>8")
    events = code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon))
    assert triples(events) == [("IRNGOV", "RUSGOV", "040"), ("RUSGOV", "IRNGOV", "040")]


def test_dropped_triggers_say_why(knowledge):
    lexicon, patterns, ontology = knowledge
    dropped = []
    spec = "The/DET/det>1 guests|guest/NOUN/nsubj>2 met|meet/VERB/ROOT>2 Russia/PROPN/obj>2"
    assert code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon), dropped=dropped) == []
    assert len(dropped) == 1 and dropped[0].reason.startswith("no-source: pattern meet on 'met'")


def test_known_people_are_coded_by_their_role_on_the_date(knowledge):
    from datetime import date

    lexicon, patterns, ontology = knowledge
    spec = "Shoigu/PROPN/nsubj>1 visited|visit/VERB/ROOT>1 Tehran/PROPN/obj>1"
    for day, expected in ((date(2019, 1, 16), "defence minister"), (date(2025, 3, 1), "security council")):
        events = code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon, date=day))
        assert triples(events) == [("RUSGOV", "IRN", "042")]
        assert expected in events[0].explanation.source_rule and str(day) in events[0].explanation.source_rule
    events = code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon))
    assert "no date: most recent role" in events[0].explanation.source_rule


def test_article_memory_beats_the_knowledge_base(knowledge):
    lexicon, patterns, ontology = knowledge
    actors = ArticleActors(lexicon)
    intro = parse("Major/PROPN/compound>1 General/PROPN/compound>3 Mohammad/PROPN/compound>3 "
                  "Bagheri/PROPN/nsubj>4 arrived|arrive/VERB/ROOT>4 in/ADP/case>6 Moscow/PROPN/obl>4")
    assert triples(code_sentence(intro, patterns, ontology, actors)) == [("IRNMIL", "RUS", "042")]
    later = parse("Bagheri/PROPN/nsubj>1 praised|praise/VERB/ROOT>1 Russia/PROPN/obj>1")
    assert triples(code_sentence(later, patterns, ontology, actors)) == [("IRNMIL", "RUS", "051")]


# --- complements: the event a demand, appeal, refusal or threat is about --------------
COMPLEMENTS = [
    # a that-clause: the demanded event's topic, on the clause's subject
    ("demand-clause", ("RUS", "SDN", "1053"),
     "Russia/PROPN/nsubj>1 demanded|demand/VERB/ROOT>1 that/SCONJ/mark>4 Sudan/PROPN/nsubj>4 "
     "release|release/VERB/ccomp>1 the/DET/det>6 sailors|sailor/NOUN/obj>4"),
    # "must" in reported speech is a demand
    ("must-demand", ("RUS", "SDN", "1053"),
     "Russia/PROPN/nsubj>1 said|say/VERB/ROOT>1 Sudan/PROPN/nsubj>4 must/AUX/aux>4 "
     "release|release/VERB/ccomp>1 the/DET/det>6 sailors|sailor/NOUN/obj>4"),
    # an infinitive parsed as an adverbial clause
    ("urge-to-topic", ("IRQ", "IGOUNO", "0254"),
     "Iraq/PROPN/nsubj>1 appealed|appeal/VERB/ROOT>1 to/ADP/case>4 the/DET/det>4 UN/PROPN/obl>1 "
     "to/PART/mark>6 lift|lift/VERB/advcl>1 sanctions|sanction/NOUN/obj>6"),
    # a refusal takes the refused event's topic; the threat its target from the complement
    ("refuse-to-topic", ("CHN", None, "1241"),
     "China/PROPN/nsubj>1 refused|refuse/VERB/ROOT>1 to/PART/mark>3 lift|lift/VERB/xcomp>1 "
     "the/DET/det>5 curfew/NOUN/obj>3"),
]


@pytest.mark.parametrize("rule, triple, spec", COMPLEMENTS, ids=[r for r, _, _ in COMPLEMENTS])
def test_a_complement_gives_the_governing_verb_its_code(knowledge, rule, triple, spec):
    events = code(knowledge, spec)
    assert triples(events) == [triple]  # the complement itself is not coded: it was asked, not done
    assert events[0].explanation.rule == rule


def test_a_threat_takes_its_target_from_the_threatened_event(knowledge):
    spec = ("Iran/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 to/PART/mark>3 impose|impose/VERB/xcomp>1 "
            "sanctions|sanction/NOUN/obj>3 on/ADP/case>6 Israel/PROPN/obl>3")
    assert triples(code(knowledge, spec)) == [("IRN", "ISR", "1312")]


def test_would_in_reported_speech_is_an_intent_of_the_speaker(knowledge):
    spec = ("Iran/PROPN/nsubj>1 said|say/VERB/ROOT>1 it/PRON/nsubj>4 would/AUX/aux>4 attack|attack/VERB/ccomp>1 "
            "Israel/PROPN/obj>4")
    events = code(knowledge, spec)
    assert [(e.source.code, e.target.code, e.mode) for e in events] == [("IRN", "ISR", "intended")]
    assert events[0].cameo.startswith("13")


def test_a_nationality_adjective_is_the_source_of_an_event_noun(knowledge):
    spec = ("Palestinian/ADJ/amod>1 riots|riot/NOUN/nsubj>2 continued|continue/VERB/ROOT>2")
    assert [(e.source.code, e.root) for e in code(knowledge, spec)] == [("PSE", "14")]
    military = "military/ADJ/amod>1 talks|talk/NOUN/nsubj>2 continued|continue/VERB/ROOT>2"
    assert code(knowledge, military) == []  # a role adjective names no actor


def test_a_role_without_a_country_is_coded_as_cameo_does(knowledge):
    spec = "The/DET/det>1 officials|official/NOUN/nsubj>2 met|meet/VERB/ROOT>2 Russia/PROPN/obj>2"
    assert triples(code(knowledge, spec)) == [("---GOV", "RUS", "040")]


def test_a_protest_is_not_subsumed_by_its_aim(knowledge):
    spec = ("Students|student/NOUN/nsubj>1 began|begin/VERB/ROOT>1 a/DET/det>4 hunger/NOUN/compound>4 "
            "strike/NOUN/obj>1 to/PART/mark>6 demand|demand/VERB/advcl>1 the/DET/det>8 "
            "release/NOUN/obj>6 of/ADP/case>11 Iranian/ADJ/amod>11 prisoners|prisoner/NOUN/nmod>8")
    codes = {e.cameo for e in code(knowledge, spec)}
    assert any(c.startswith("14") for c in codes), codes


def test_a_complement_noun_a_verb_acts_on_is_not_a_second_event(knowledge):
    # "Iran engaged in talks with Turkey": the noun is the complement enter-negotiations read
    spec = ("Iran/PROPN/nsubj>1 engaged|engage/VERB/ROOT>1 in/ADP/case>3 talks|talk/NOUN/obl>1 "
            "with/ADP/case>5 Turkey/PROPN/nmod>3 ./PUNCT/punct>1")
    events = code(knowledge, spec)
    assert [(e.source.code, e.target.code, e.cameo, e.explanation.rule) for e in events] == [
        ("IRN", "TUR", "046", "enter-negotiations")]
    # another's act the verb acts on (plover_gsr REJECT-0028) is no second event either
    opposed = ("Israel/PROPN/nsubj:pass>2 is|be/AUX/aux:pass>2 opposed|oppose/VERB/ROOT>2 to/ADP/case>5 "
               "French/ADJ/amod>5 mediation/NOUN/obl>2 ./PUNCT/punct>2")
    assert triples(code(knowledge, opposed)) == [("ISR", "FRA", "126")]


def test_a_promise_takes_its_target_from_what_it_promises(knowledge):
    # plover_gsr AGREE-0028: no slot of "agreed to lift" names a target; the embargo's "to Iran" does
    spec = ("Russia/PROPN/nsubj>1 agreed|agree/VERB/ROOT>1 to/PART/mark>3 lift|lift/VERB/xcomp>1 "
            "embargoes|embargo/NOUN/obj>3 on/ADP/case>6 sales|sale/NOUN/nmod>4 to/ADP/case>8 Iran/PROPN/nmod>6")
    events = code(knowledge, spec)
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("RUS", "IRN")]
    assert events[0].explanation.target_rule.startswith("complement:")


def test_a_promise_takes_no_target_the_dateline_only_guesses(knowledge):
    # held-out TT review (seed 2030): "Americans have decided to begin a withdrawal of their forces from
    # the region" took the forces, of no country the words name, as Iran's (the dateline's) and Iran
    # as the target
    spec = ("Americans|american/PROPN/nsubj>2 have/AUX/aux>2 decided|decide/VERB/ROOT>2 to/PART/mark>4 "
            "begin/VERB/xcomp>2 a/DET/det>6 withdrawal/NOUN/obj>4 of/ADP/case>9 their/PRON/nmod:poss>9 "
            "forces|force/NOUN/nmod>6 from/ADP/case>12 the/DET/det>12 region/NOUN/nmod>9 ,/PUNCT/punct>2 "
            "an/DET/det>16 analyst/NOUN/nsubj>17 told|tell/VERB/parataxis>2 Tehran/PROPN/obj>17")
    events = code(knowledge, spec, default_country="IRN")
    assert events and [e.target.code for e in events if e.target] == []


def test_a_venue_or_a_topic_is_no_target(knowledge):
    # where an attack happened is not its target, and talks are not with the place they are held in
    attack = ("Rebels|rebel/NOUN/nsubj>1 threatened|threaten/VERB/ROOT>1 to/PART/mark>3 attack|attack/VERB/xcomp>1 "
              "a/DET/det>5 bus/NOUN/obj>3 in/ADP/case>7 London/PROPN/obl>3")
    assert all(e.target is None for e in code(knowledge, attack))
    talks = ("Iran/PROPN/nsubj>1 discussed|discuss/VERB/ROOT>1 the/DET/det>3 fight/NOUN/obj>1 in/ADP/case>5 "
             "Afghanistan/PROPN/nmod>3")
    assert all(e.target is None for e in code(knowledge, talks))
    # circumstances are not what was promised: "agreed ... during a meeting with Russia"
    during = ("Iran/PROPN/nsubj>1 agreed|agree/VERB/ROOT>1 to/PART/mark>3 cooperate|cooperate/VERB/xcomp>1 "
              "during/ADP/case>6 a/DET/det>6 meeting/NOUN/obl>1 with/ADP/case>8 Russia/PROPN/nmod>6")
    assert ("IRN", "RUS") not in {(e.source.code, e.target.code if e.target else None)
                                 for e in code(knowledge, during) if e.explanation.rule != "talks-noun"}


@pytest.mark.parametrize("noun, code_, target", [("round", "036", "SAU"), ("request", "051", "AZE"),
                                                  ("denunciation", "051", None)])
def test_welcoming_talks_a_request_or_a_denunciation_is_not_hosting(knowledge, noun, code_, target):
    spec = (f"Iran/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 the/DET/det>3 {noun}/NOUN/obj>1 of/ADP/case>5 "
            + ("Saudi/PROPN/compound>6 Arabia/PROPN/nmod>3" if target == "SAU" else
               "Azerbaijan/PROPN/nmod>3 ./PUNCT/punct>1" if target == "AZE" else
               "Israel/PROPN/nmod>3 ./PUNCT/punct>1"))
    events = code(knowledge, spec)
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [(code_, target)]
    host = "Iran/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 the/DET/det>3 delegation/NOUN/obj>1"
    assert [e.cameo for e in code(knowledge, host + " of/ADP/case>5 Russia/PROPN/nmod>3")] == ["043"]


def test_a_role_in_an_act_between_others_is_not_the_role_holders_act(knowledge):
    spec = ("Washington/PROPN/nmod:poss>2 's/PART/case>0 role/NOUN/nsubj>11 in/SCONJ/mark>4 "
            "normalizing|normalize/VERB/acl>2 ties|tie/NOUN/obj>4 between/ADP/case>7 Israel/PROPN/nmod>5 "
            "and/CCONJ/cc>9 Bahrain/PROPN/conj>7 was|be/AUX/cop>11 praised|praise/VERB/ROOT>11")
    assert not [e for e in code(knowledge, spec) if e.source.country == "USA" and e.target is not None]
    own = ("Britain/PROPN/nsubj>1 played|play/VERB/ROOT>1 a/DET/det>3 role/NOUN/obj>1 in/SCONJ/mark>5 "
           "supporting|support/VERB/acl>3 Israel/PROPN/obj>5")
    assert ("GBR", "ISR") in {(e.source.code, e.target.code) for e in code(knowledge, own) if e.target}


def test_a_group_named_by_its_modifier_takes_the_country_it_is_in(knowledge):
    spec = ("Opposition/NOUN/compound>1 groups|group/NOUN/nsubj>4 in/ADP/case>3 Zimbabwe/PROPN/nmod>1 "
            "criticized|criticize/VERB/ROOT>4 the/DET/det>6 government/NOUN/obj>4")
    assert any(e.source.code == "ZWEOPP" for e in code(knowledge, spec))


def test_the_coders_word_lists_are_checked_on_load(tmp_path):
    from dyad.coder.words import LISTS, coder_words, read_coder_words
    from dyad.errors import DataError

    assert all(coder_words()[name] for name in LISTS)
    lines = [f"{name}\tsome|words" for name in LISTS]
    # a list missing (its rule silently off) or misspelt
    misspelt = tmp_path / "misspelt.tsv"
    misspelt.write_text("\n".join(lines[1:] + ["crowdz\tmob"]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{misspelt}: no 'judged_for' list; unknown list 'crowdz'")):
        read_coder_words(str(misspelt))
    # a malformed line: the file and the line
    short = tmp_path / "short.tsv"
    short.write_text("\n".join(lines + ["charge"]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{short}:{len(lines) + 1}: expected 2")):
        read_coder_words(str(short))


def test_the_actors_word_lists_are_their_own_and_checked_on_load(tmp_path):
    # actor resolution comes before the coder: its lists live in data/actors/words.tsv, not the coder's file
    from dyad.actors.words import LISTS, actor_words, read_actor_words
    from dyad.coder.words import LISTS as CODER_LISTS
    from dyad.errors import DataError

    assert all(actor_words()[name] for name in LISTS)
    assert not set(LISTS) & set(CODER_LISTS)
    others = [f"{name}\tsome|words" for name in LISTS if name != "venue_nouns"]
    missing = tmp_path / "missing.tsv"
    missing.write_text("\n".join(others) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{missing}: no 'venue_nouns' list (actor resolution reads")):
        read_actor_words(str(missing))
    # a list of the coder's is unknown here
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text("\n".join(others + ["venue_nouns\tsideline", "crowds\tmob"]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{unknown}: unknown list 'crowds'")):
        read_actor_words(str(unknown))


@pytest.mark.parametrize("spec, want", [
    # easing tension between two others is mediating it (held-out review: 0356 was "partly")
    ("Qatar/PROPN/nsubj>1 helped|help/VERB/ROOT>1 ease/VERB/xcomp>1 the/DET/det>4 tension/NOUN/obj>2 "
     "between/ADP/case>6 Iran/PROPN/nmod>4 and/CCONJ/cc>8 Iraq/PROPN/conj>6 ./PUNCT/punct>1",
     [("QAT", "IRN", "045"), ("QAT", "IRQ", "045")]),
    # easing one's own tension with another is de-escalation
    ("Iran/PROPN/nsubj>1 eased|ease/VERB/ROOT>1 tensions|tension/NOUN/obj>1 with/ADP/case>4 Iraq/PROPN/nmod>2 "
     "./PUNCT/punct>1", [("IRN", "IRQ", "087")]),
])
def test_easing_tension_between_others_is_mediation(knowledge, spec, want):
    assert triples(code(knowledge, spec)) == want


def test_an_international_body_below_a_refusal_is_its_target(knowledge):
    # complement search (coder/targets.py) takes another country's actor or an IGO, which has none
    spec = ("Iran/PROPN/nsubj>1 refused|refuse/VERB/ROOT>1 to/PART/mark>3 comply/VERB/xcomp>1 with/ADP/case>6 "
            "the/DET/det>6 IAEA/PROPN/obl>3 ./PUNCT/punct>1")
    assert triples(code(knowledge, spec)) == [("IRN", "IGOUNOIAE", "121")]


def test_nothing_on_the_sidelines_of_a_meeting_is_a_party_to_it(knowledge):
    # tehrantimes-464679: "Abdollahian and Wang agreed to meet on the sidelines of the Shanghai
    # Cooperation Organization meeting": the SCO is where, not whom (data/actors/words.tsv venue_nouns)
    spec = ("Iran/PROPN/nsubj>3 and/CCONJ/cc>2 China/PROPN/conj>0 agreed|agree/VERB/ROOT>3 to/PART/mark>5 "
            "meet/VERB/xcomp>3 on/ADP/case>8 the/DET/det>8 sidelines|sideline/NOUN/obl>5 of/ADP/case>12 "
            "the/DET/det>12 SCO/PROPN/compound>12 summit/NOUN/nmod>8 ./PUNCT/punct>3")
    assert not any(e.target is not None and e.target.code.startswith("IGO") for e in code(knowledge, spec))


def test_the_sources_own_country_among_several_targets_is_its_side_not_a_partner(knowledge):
    # held-out TT review (seed 2029): "The Iranian foreign minister also reiterated the necessity of
    # upgrading the ties between the two countries" coded IRNGOV -> IRN beside IRNGOV -> SYR
    both = ("The/DET/det>2 Iranian/ADJ/amod>2 minister/NOUN/nsubj>3 praised|praise/VERB/ROOT>3 "
            "Iran/PROPN/obj>3 and/CCONJ/cc>6 Syria/PROPN/conj>4")
    assert triples(code(knowledge, both)) == [("IRNGOV", "SYR", "051")]
    alone = "The/DET/det>2 Iranian/ADJ/amod>2 minister/NOUN/nsubj>3 praised|praise/VERB/ROOT>3 Syria/PROPN/obj>3"
    assert triples(code(knowledge, alone)) == [("IRNGOV", "SYR", "051")]


def test_a_government_does_not_deal_with_its_own_country_as_a_whole(knowledge):
    # reviewed TT events IRNGOV -> IRN and the like (4 ok, 5 partly, 24 wrong): "the diplomat called
    # on Iran to pioneer in this regard" (tehrantimes-116103), "Ahmadinejad praised the achievements
    # of the Iranian scientists"; a promise of reform and an address to the nation are kept
    praise = ("The/DET/det>2 Iranian/ADJ/amod>2 minister/NOUN/nsubj>3 praised|praise/VERB/ROOT>3 "
              "Iran/PROPN/obj>3")
    assert triples(code(knowledge, praise)) == []
    assert triples(code(knowledge, praise.replace("Iran/PROPN", "Syria/PROPN"))) == [("IRNGOV", "SYR", "051")]
    nation = ("The/DET/det>2 Iranian/ADJ/amod>2 minister/NOUN/nsubj>3 praised|praise/VERB/ROOT>3 "
              "the/DET/det>6 Iranian/ADJ/amod>6 nation/NOUN/obj>3")
    assert triples(code(knowledge, nation)) == [("IRNGOV", "IRN", "051")]
    rebels = "Iranian/ADJ/amod>1 rebels|rebel/NOUN/nsubj>2 praised|praise/VERB/ROOT>2 Iran/PROPN/obj>2"
    assert triples(code(knowledge, rebels)) == [("IRNREB", "IRN", "051")]


def test_where_aircraft_fly_out_of_is_no_target(knowledge):
    # held-out seed 2037: "continue their air raids flying out of Qatar and other bases" coded a U.S.
    # intent to meet Qatar (036) and a threat against it (1384)
    spec = ("America/PROPN/nsubj>2 will/AUX/aux>2 continue/VERB/ROOT>2 raids|raid/NOUN/obj>2 "
            "flying|fly/VERB/xcomp>2 {prep}/ADP/case>7 of/ADP/case>7 Qatar/PROPN/obj>4")
    assert not [e for e in code(knowledge, spec.format(prep="out")) if e.target is not None]
    assert "QAT" in {e.target.code for e in code(knowledge, spec.format(prep="ahead")) if e.target}
    # but a withdrawal is from there: "The U.S. is pulling out of Afghanistan" (held-out seed 2037)
    pull = ("America/PROPN/nsubj>2 is|be/AUX/aux>2 pulling|pull/VERB/ROOT>2 out/ADP/case>5 of/ADP/case>5 "
            "Afghanistan/PROPN/obl>2")
    assert ("USA", "AFG") in {(e.source.code, e.target.code) for e in code(knowledge, pull) if e.target}


def test_a_reason_is_not_what_a_refusal_is_aimed_at(knowledge):
    # held-out TT review (seed 2029): "Damascus refused to extend the deal due to an airstrike by the
    # U.S. air force" coded a Syrian rejection of the U.S. air force
    spec = ("Syria/PROPN/nsubj>1 refused|refuse/VERB/ROOT>1 to/PART/mark>3 extend/VERB/xcomp>1 the/DET/det>5 "
            "deal/NOUN/obj>3 {prep}/ADP/case>9 to/ADP/fixed>6 an/DET/det>9 airstrike/NOUN/obl>3 by/ADP/case>11 "
            "America/PROPN/nmod>9")
    assert [e.target.code if e.target else None for e in code(knowledge, spec.format(prep="due"))
            if e.cameo[:2] == "12"] in ([], [None])
    assert "USA" in [e.target.code for e in code(knowledge, spec.format(prep="close")) if e.target]


def test_a_warning_to_ones_own_civilians_is_advice(knowledge):
    # TT 1,000 and held-out seed 2030: "the United States warned its citizens to defer travel to India"
    spec = ("America/PROPN/nsubj>1 warned|warn/VERB/ROOT>1 its/PRON/nmod:poss>3 citizens|citizen/NOUN/obj>1 "
            "to/PART/mark>5 defer/VERB/xcomp>1 travel/NOUN/obj>5")
    dropped = []
    lexicon, patterns, ontology = knowledge
    events = code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon), date="2019-01-16",
                           dropped=dropped)
    assert not [e for e in events if e.cameo[:2] == "13"]
    assert any(d.reason.startswith("advice") for d in dropped)
    threat = spec.replace("its/PRON/nmod:poss>3 citizens|citizen/NOUN/obj>1", "the/DET/det>3 Iran/PROPN/obj>1")
    assert [e.target.code for e in code(knowledge, threat) if e.cameo[:2] == "13"] == ["IRN"]


def test_a_judged_act_is_aimed_at_its_doer(knowledge):
    # held-out TT review (seed 2029): "Gharibabadi criticized the leaking of the recent report on Iran's
    # nuclear development by the IAEA" was aimed at Iran; "condemned the attack on Gaza by Israel" had
    # no target at all
    spec = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>3 attack/NOUN/obj>1 on/ADP/case>5 "
            "Gaza/PROPN/nmod>3 by/ADP/case>7 Israel/PROPN/nmod>3")
    judged = [e for e in code(knowledge, spec) if e.cameo[:2] == "11"]
    assert [(e.target.code, e.explanation.target_rule) for e in judged] == [("ISR", "doer:country:Israel")]
    nested = ("Iran/PROPN/nsubj>1 criticized|criticize/VERB/ROOT>1 the/DET/det>3 leaking/NOUN/obj>1 of/ADP/case>6 "
              "the/DET/det>6 report/NOUN/nmod>3 on/ADP/case>9 Iran/PROPN/nmod:poss>9 development/NOUN/nmod>6 "
              "by/ADP/case>11 IAEA/PROPN/nmod>9")
    assert [e.target.code for e in code(knowledge, nested) if e.cameo[:2] == "11"] == ["IGOUNOIAE"]


def test_a_judged_deed_is_aimed_at_its_possessor(knowledge):
    # held-out seed 2054: "Zarif praised Saudi Arabia's treatment of Iranian pilgrims" praised Iranian
    # clerics (IRNREL), the phrase's blend of "Iranian" and "pilgrims"
    spec = ("Zarif/PROPN/nsubj>1 praised|praise/VERB/ROOT>1 Saudi/PROPN/compound>3 Arabia/PROPN/nmod:poss>5 "
            "'s/PART/case>3 treatment/NOUN/obj>1 of/ADP/case>8 Iranian/ADJ/amod>8 pilgrims|pilgrim/NOUN/nmod>5")
    praise = [e for e in code(knowledge, spec) if e.cameo[:2] == "05"]
    assert [(e.target.code, e.explanation.target_rule) for e in praise] == [("SAU", "doer:country:Saudi Arabia")]
    # a possessed role is the person praised, not a deed: "praised Iraq's minister of oil"
    role = spec.replace("treatment/NOUN", "minister/NOUN").replace(
        "Iranian/ADJ/amod>8 pilgrims|pilgrim", "the/DET/det>8 oil|oil")
    praise = [e for e in code(knowledge, role) if e.cameo[:2] == "05"]
    assert [e.explanation.target_rule.startswith("doer:") for e in praise] == [False]


def test_what_a_speaker_reports_is_not_his_own_act(knowledge):
    # held-out TT review (seed 2031): "… are among goods exported to the UAE, China, …, India, he said"
    # coded nine exports by the official quoting the statistic
    spec = ("Minerals|mineral/NOUN/nsubj>3 are|be/AUX/cop>3 among/ADP/case>3 goods/NOUN/ccomp>10 "
            "exported|export/VERB/acl>3 to/ADP/case>6 China/PROPN/obl>4 ,/PUNCT/punct>3 "
            "the/DET/det>9 minister/NOUN/nsubj>10 said|say/VERB/ROOT>10")
    assert [e for e in code(knowledge, spec, default_country="IRN") if e.cameo[:2] == "06"] == []


def test_talks_between_two_sides_are_held_by_both(knowledge):
    # TT: "Negotiations between Tehran and Kuwait City on the project began more than two years ago"
    spec = ("A/DET/det>1 {noun}/NOUN/nsubj>6 between/ADP/case>3 Iran/PROPN/nmod>1 and/CCONJ/cc>5 "
            "Russia/PROPN/conj>3 {verb}/VERB/ROOT>6 ./PUNCT/punct>6")
    events = code(knowledge, spec.format(noun="meeting|meeting", verb="began|begin"))
    assert triples(events) == [("IRN", "RUS", "040"), ("RUS", "IRN", "040")]
    assert all(e.explanation.source_rule.startswith("between:") for e in events)
    # visits between two countries are no one visit; a named doer keeps the event its own
    assert not [e for e in code(knowledge, spec.format(noun="visit|visit", verb="increased|increase"))
                if e.cameo[:2] == "04"]
    owned = ("Iran/PROPN/nmod:poss>2 's/PART/case>0 meeting/NOUN/nsubj>7 between/ADP/case>4 Syria/PROPN/nmod>2 "
             "and/CCONJ/cc>6 Russia/PROPN/conj>4 began|begin/VERB/ROOT>7 ./PUNCT/punct>7")
    assert not [e for e in code(knowledge, owned) if e.explanation.source_rule.startswith("between:")]


def test_talks_between_one_side_and_a_list_pair_the_one_with_each_of_the_list(knowledge):
    # held-out review, seed 2034 (tehrantimes-412877): "negotiations between Iran and United States,
    # China, Russia, Germany, France and England" coded 30 events, 20 of them among the six powers
    spec = ("Talks|talk/NOUN/nsubj>9 between/ADP/case>2 Iran/PROPN/nmod>0 {sep}/{sep_tag}>4 "
            "Russia/PROPN/{rel}>2 ,/PUNCT/punct>6 China/PROPN/conj>4 and/CCONJ/cc>8 France/PROPN/conj>4 "
            "began|begin/VERB/ROOT>9 ./PUNCT/punct>9")
    one_against_rest = spec.format(sep="and", sep_tag="CCONJ/cc", rel="conj")
    assert sorted(triples(code(knowledge, one_against_rest))) == sorted(
        [("IRN", c, "040") for c in ("RUS", "CHN", "FRA")] + [(c, "IRN", "040") for c in ("RUS", "CHN", "FRA")])
    all_sides = spec.format(sep=",", sep_tag="PUNCT/punct", rel="conj")  # "between Iran, Russia, China and France"
    assert len(triples(code(knowledge, all_sides))) == 12


def test_a_call_for_talks_is_aimed_at_the_parties_of_the_talks(knowledge):
    # "Iran called for talks with Saudi Arabia" coded nothing (the first 1,000 TT articles: 6 such drops)
    spec = ("Iran/PROPN/nsubj>1 called|call/VERB/ROOT>1 for/ADP/case>3 talks|talk/NOUN/obl>1 {prep}/ADP/case>5 "
            "Russia/PROPN/nmod>3 {more}./PUNCT/punct>1")
    assert triples(code(knowledge, spec.format(prep="with", more=""))) == [("IRN", "RUS", "026")]
    between = spec.format(prep="between", more="and/CCONJ/cc>7 Ukraine/PROPN/conj>5 ")
    assert triples(code(knowledge, between)) == [("IRN", "RUS", "026"), ("IRN", "UKR", "026")]


def test_an_anti_word_names_the_target(knowledge):
    # "Washington imposed anti-Iran sanctions", "the demonstrators chanted anti-Israeli slogans"
    spec = ("Washington/PROPN/nsubj>1 imposed|impose/VERB/ROOT>1 {mod}sanctions|sanction/NOUN/obj>1 "
            "./PUNCT/punct>1")
    anti = spec.format(mod="anti/ADJ/amod>5 -/PUNCT/punct>5 Iran/PROPN/compound>5 ")
    assert ("USAGOV", "IRN", "163") in triples(code(knowledge, anti))
    plain = spec.format(mod="new/ADJ/amod>3 ")
    assert not [e for e in code(knowledge, plain) if e.target is not None]


def test_an_attack_for_a_fault_is_criticism(knowledge):
    # seed 2033 misses, tehrantimes-413592: "... attacked the Rouhani administration for its inept handling ..."
    spec = ("Iran/PROPN/nsubj>1 attacked|attack/VERB/ROOT>1 Israel/PROPN/obj>1 {rest}./PUNCT/punct>1")
    words = "for/SCONJ/mark>4 failing|fail/VERB/advcl>1 "
    assert triples(code(knowledge, spec.format(rest=words))) == [("IRN", "ISR", "111")]
    assert triples(code(knowledge, spec.format(rest=""))) == [("IRN", "ISR", "190")]


def test_asking_someone_to_act_is_an_appeal_but_a_question_is_not(knowledge):
    # TT: "Kharrazi asked the Canadian government to conduct a thorough investigation of Tabesh's death"
    spec = ("Iran/PROPN/nsubj>1 asked|ask/VERB/ROOT>1 Canada/PROPN/obj>1 to/PART/mark>4 ponder/VERB/xcomp>1 "
            "./PUNCT/punct>1")
    assert triples(code(knowledge, spec)) == [("IRN", "CAN", "020")]
    question = "Iran/PROPN/nsubj>1 asked|ask/VERB/ROOT>1 ./PUNCT/punct>1"
    assert not [e for e in code(knowledge, question) if e.target is not None]
    # 200-article review, tehrantimes-442838: "Katz was asked by Italy's Corriere della Sera newspaper"
    press = ("Israel/PROPN/nsubj:pass>2 was|be/AUX/aux:pass>2 asked|ask/VERB/ROOT>2 by/ADP/case>5 "
             "Italian/ADJ/amod>5 newspaper/NOUN/obl>2 ./PUNCT/punct>2")
    dropped = []
    lexicon, patterns, ontology = knowledge
    assert code_sentence(parse(press), patterns, ontology, ArticleActors(lexicon), date="2019-01-16",
                         dropped=dropped) == []
    assert any(d.reason.startswith("interview") for d in dropped)


def test_asking_to_return_to_a_deal_asks_for_no_release(knowledge):
    # held-out seed 2061: "... and then ask Washington to return to the JCPOA" coded 0253 (urge to release)
    spec = "Iran/PROPN/nsubj>1 asked|ask/VERB/ROOT>1 America/PROPN/obj>1 to/PART/mark>4 return/VERB/xcomp>1 {rest}"
    back = spec.format(rest="to/ADP/case>7 the/DET/det>7 deal/NOUN/obl>4")
    assert triples(code(knowledge, back)) == [("IRN", "USA", "020")]
    tanker = spec.format(rest="the/DET/det>6 tanker/NOUN/obj>4")
    assert triples(code(knowledge, tanker)) == [("IRN", "USA", "0253")]
    # first 1,000 TT articles: "Hu urged Iran to return to talks on its nuclear programs" is an
    # appeal to negotiate, through return-to-talks read as intended
    talks = spec.format(rest="to/ADP/case>6 talks|talk/NOUN/obl>4")
    assert triples(code(knowledge, talks)) == [("IRN", "USA", "026")]


def test_denying_someone_a_thing_is_no_policy_option(knowledge):
    # held-out seed 2061: "a campaign of economic pressure to deny Iran the funds it needs" coded 014
    # (consider policy option), the code of core.yaml's first "deny" pattern; a denied charge is 016
    spec = "America/PROPN/nsubj>1 denied|deny/VERB/ROOT>1 Iran/PROPN/iobj>1 the/DET/det>4 funds|fund/NOUN/obj>1"
    assert not [e for e in code(knowledge, spec) if e.cameo == "014"]
    charges = "Iran/PROPN/nsubj>1 denied|deny/VERB/ROOT>1 the/DET/det>3 charges|charge/NOUN/obj>1"
    assert [e.cameo for e in code(knowledge, charges)] == ["016"]


def test_ones_own_gas_is_a_good_not_a_weapon(knowledge):
    # held-out seed 2062: "Iran will use its gas and electricity export revenues ... in Iraq" coded
    # IRN 137 IRQ (use-tear-gas read as intended)
    spec = "Iran/PROPN/nsubj>2 will/AUX/aux>2 use/VERB/ROOT>2 {obj} against/ADP/case>6 Iraqis|Iraqi/PROPN/obl>2"
    assert code(knowledge, spec.format(obj="its/PRON/nmod:poss>4 gas/NOUN/obj>2 revenues|revenue/NOUN/conj>4")) == []
    assert code(knowledge, spec.format(obj="gas/NOUN/obj>2 and/CCONJ/cc>5 electricity/NOUN/conj>3")) == []
    assert [e.cameo for e in code(knowledge, spec.format(obj="tear/NOUN/compound>4 gas/NOUN/obj>2 "
                                                              "and/CCONJ/cc>6 batons|baton/NOUN/conj>4"))] != []
    assert [e.cameo for e in code(knowledge, spec.format(obj="tear/NOUN/compound>4 gas/NOUN/obj>2 ./PUNCT/punct>2"))] \
        == ["137"]


def test_a_plan_carried_out_is_no_execution(knowledge):
    # Wikinews: "the government of Samoa executed a planned shutdown of public services and the
    # private sector" coded WSMGOV 175 WSMBUS
    spec = ("Samoa/PROPN/nsubj>1 executed|execute/VERB/ROOT>1 a/DET/det>3 {obj}/NOUN/obj>1 of/ADP/case>5 "
            "Iranians|Iranian/PROPN/nmod>3")
    assert code(knowledge, spec.format(obj="shutdown")) == []
    assert [e.cameo for e in code(knowledge, spec.format(obj="group"))] == ["175"]


def test_a_group_kept_on_ones_soil_is_harboured_not_hosted(knowledge):
    # held-out seed 2062: "Albania hosts an ex-terrorist organization, the ... (MEK), in its soil" coded 043
    spec = "Albania/PROPN/nsubj>1 hosts|host/VERB/ROOT>1 the/DET/det>3 MEK/PROPN/obj>1 {where}"
    assert code(knowledge, spec.format(where="in/ADP/case>6 its/PRON/nmod:poss>6 soil/NOUN/obl>1")) == []
    assert code(knowledge, spec.format(where="on/ADP/case>6 its/PRON/nmod:poss>6 territory/NOUN/nmod>3")) == []
    assert triples(code(knowledge, spec.format(where="in/ADP/case>5 Tirana/PROPN/obl>1"))) == [("ALB", "IRNREB", "043")]


def test_what_one_facilitates_is_done_by_others(knowledge):
    # held-out seed 2062: "the UAE has facilitated selling Iranian oil to China" coded ARE 061 CHN
    spec = ("UAE/PROPN/nsubj>2 has|have/AUX/aux>2 {verb}/VERB/ROOT>2 selling|sell/VERB/{rel}>2 "
            "oil/NOUN/obj>3 to/ADP/case>6 China/PROPN/obl>3")

    def sold(verb, rel="advcl"):
        sentence = parse(spec.format(verb=verb, rel=rel))
        tokens = tuple(replace(t, tag="VBG") if t.text == "selling" else t for t in sentence.tokens)
        lexicon, patterns, ontology = knowledge
        events = code_sentence(replace(sentence, tokens=tokens), patterns, ontology, ArticleActors(lexicon),
                               date="2022-01-20")
        return [(e.source.code, e.cameo) for e in events if e.cameo[:2] == "06"]

    assert sold("facilitated|facilitate") == []
    assert sold("started|start", rel="xcomp") == [("ARE", "061")]


def test_what_one_proposes_to_do_is_intended(knowledge):
    # found with held-out seed 2062: "Iran proposed holding talks with Saudi Arabia" coded 040 as held
    spec = ("Iran/PROPN/nsubj>1 proposed|propose/VERB/ROOT>1 to/PART/mark>3 hold/VERB/xcomp>1 "
            "talks|talk/NOUN/obj>3 with/ADP/case>6 Qatar/PROPN/nmod>4")
    assert sorted((e.cameo, e.mode) for e in code(knowledge, spec)) == [("036", "intended")]


def test_the_circumstance_of_a_promise_is_not_its_target(knowledge):
    # held-out review, seed 2034 (tehrantimes-418680): "vowing support for the defenders of the country
    # in the face of hostile U.S. policies" coded IRNGOV 032 USA
    spec = ("Iran/PROPN/nsubj>1 vowed|vow/VERB/ROOT>1 support/NOUN/obj>1 for/ADP/case>4 "
            "fighters|fighter/NOUN/nmod>2 in/ADP/case>7 the/DET/det>7 {noun}/NOUN/nmod>4 of/ADP/case>9 "
            "America/PROPN/nmod>7")
    assert not [e for e in code(knowledge, spec.format(noun="face")) if e.target is not None]
    assert [e.target.code for e in code(knowledge, spec.format(noun="homes|home"))] == ["USA"]  # "in the homes of"


@pytest.mark.parametrize("spec, want", [
    # held-out seed 2059: "India accuses Pakistan of proxy war" was coded 1124, war crimes
    ("India/PROPN/nsubj>1 accuses|accuse/VERB/ROOT>1 Pakistan/PROPN/obj>1 of/ADP/case>5 proxy/NOUN/compound>5 "
     "war/NOUN/nmod>2", ("IND", "PAK", "1123")),
    # and "war crimes" was a plain crime (1121)
    ("Iran/PROPN/nsubj>1 accused|accuse/VERB/ROOT>1 Israel/PROPN/obj>1 of/ADP/case>5 war/NOUN/compound>5 "
     "crimes|crime/NOUN/nmod>2", ("IRN", "ISR", "1124")),
    # held-out seed 2059: "Iran welcomes investment by China" is economic cooperation, not a host's 036
    ("Iran/PROPN/nsubj>1 welcomes|welcome/VERB/ROOT>1 investment/NOUN/obj>1 by/ADP/case>4 China/PROPN/nmod>2",
     ("IRN", "CHN", "0311")),
])
def test_the_kind_of_charge_or_welcome_sets_the_code(knowledge, spec, want):
    assert triples(code(knowledge, spec)) == [want]


def test_an_ing_word_joined_to_a_noun_is_an_epithet_not_an_act(knowledge):
    # held-out seed 2063 (tehrantimes-486220): "the president of the fake, child-killing and occupying
    # Zionist regime" was parsed with "occupying" a verb joined to "president", and coded 192
    spec = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>3 president/NOUN/obj>1 of/ADP/case>6 "
            "the/DET/det>6 fake/NOUN/nmod>3 ,/PUNCT/punct>10 child/NOUN/compound>10 -/PUNCT/punct>8 "
            "killing|kill/VERB/conj>3 and/CCONJ/cc>12 occupying|occupy/VERB/conj>3 Zionist/ADJ/amod>14 "
            "regime/NOUN/obj>12 ./PUNCT/punct>1")

    def roots(spec):
        sentence = parse(spec)
        tokens = tuple(replace(t, tag="VBG") if t.text.endswith("ing") else t for t in sentence.tokens)
        lexicon, patterns, ontology = knowledge
        events = code_sentence(replace(sentence, tokens=tokens), patterns, ontology, ArticleActors(lexicon),
                               date="2023-07-20")
        return {e.root for e in events}

    assert "19" not in roots(spec)
    # a verb joined to the verb is a second act: "Iran condemned ... and occupied" would be one
    assert "19" in roots(spec.replace("occupying|occupy/VERB/conj>3", "occupying|occupy/VERB/conj>1"))


def test_a_clause_after_after_keeps_its_own_subject_and_a_stance_or_an_enemy_is_no_target(knowledge):
    # held-out seed 2063 (tehrantimes-420094, -439571, -477827): "intervened after some vandals and armed
    # elements launched attacks" had the police attacking (the conjunction parsed as a preposition);
    # "voiced China's opposition" was aimed at the Chinese opposition, "a warning to Iran's adversaries" at Iran
    after = ("Troops|troop/NOUN/nsubj>1 intervened|intervene/VERB/ROOT>1 after/ADP/case>4 some/DET/det>4 "
             "vandals|vandal/NOUN/obl>1 and/CCONJ/cc>7 armed/ADJ/amod>7 elements|element/NOUN/conj>4 "
             "launched|launch/VERB/acl>7 attacks|attack/NOUN/obj>8 on/ADP/case>11 "
             "mosques|mosque/NOUN/nmod>9 ./PUNCT/punct>1")
    sentence = parse(after)
    tokens = tuple(replace(t, tag="VBN") if t.text == "launched" else t for t in sentence.tokens)
    lexicon, patterns, ontology = knowledge
    events = code_sentence(replace(sentence, tokens=tokens), patterns, ontology,
                           ArticleActors(lexicon, default_country="IRN"), date="2018-01-02")
    assert not [e for e in events if e.root == "19"]
    opposition = ("Iran/PROPN/nsubj>1 voiced|voice/VERB/ROOT>1 China/PROPN/nmod:poss>4 's/PART/case>2 "
                  "opposition/NOUN/obj>1 to/ADP/case>7 such/ADJ/amod>7 measures|measure/NOUN/nmod>4 ./PUNCT/punct>1")
    assert [e.target for e in code(knowledge, opposition)] in ([], [None])
    warning = ("Salami/PROPN/nsubj>1 issued|issue/VERB/ROOT>1 a/DET/det>4 severe/ADJ/amod>4 warning/NOUN/obj>1 "
               "to/ADP/case>8 Iran/PROPN/nmod:poss>8 's/PART/case>6 adversaries|adversary/NOUN/nmod>4 ./PUNCT/punct>1")
    assert not [e for e in code(knowledge, warning) if e.target is not None]
    # nor at Iran's allies or neighbours (held-out seed 2080, session 47); its officials are Iran's
    assert not [e for e in code(knowledge, warning.replace("adversaries|adversary", "allies|ally")) if e.target]
    assert [e.target.code for e in code(knowledge, warning.replace("adversaries|adversary", "officials|official"))] \
        == ["IRNGOV"]


def test_an_invitation_to_heed_is_an_appeal_not_one_to_meet(knowledge):
    # held-out seed 2063 (tehrantimes-474252): "invited the two countries to correctly understand regional
    # equations" was 036 by ``invite``
    spec = ("Iran/PROPN/nsubj>1 invited|invite/VERB/ROOT>1 Bahrain/PROPN/obj>1 and/CCONJ/cc>4 Egypt/PROPN/conj>2 "
            "to/PART/mark>7 correctly/ADV/advmod>7 understand/VERB/xcomp>1 regional/ADJ/amod>9 "
            "equations|equation/NOUN/obj>7 ./PUNCT/punct>1")
    assert triples(code(knowledge, spec)) == [("IRN", "BHR", "020"), ("IRN", "EGY", "020")]
    assert triples(code(knowledge, "Iran/PROPN/nsubj>1 invited|invite/VERB/ROOT>1 Egypt/PROPN/obj>1")) == [
        ("IRN", "EGY", "036")]


def test_a_finite_verb_joined_to_a_gerund_has_the_finite_clauses_subject(knowledge):
    # held-out seed 2063 (tehrantimes-452580): "Iran considers this action of Abu Dhabi in normalizing ties
    # ... a dangerous action and warns about any interference" had Abu Dhabi warning
    spec = ("Iran/PROPN/nsubj>1 considers|consider/VERB/ROOT>1 this/DET/det>3 action/NOUN/obj>1 of/ADP/case>5 "
            "Abu/PROPN/nmod>3 Dhabi/PROPN/flat>5 in/SCONJ/mark>8 normalizing|normalize/VERB/acl>3 ties|tie/NOUN/obj>8 "
            "with/ADP/case>11 Israel/PROPN/nmod>9 a/DET/det>14 dangerous/ADJ/amod>14 action/NOUN/obj>8 "
            "and/CCONJ/cc>16 warns|warn/VERB/conj>8 about/ADP/case>19 any/DET/det>19 interference/NOUN/obl>16 "
            "of/ADP/case>21 Israel/PROPN/nmod>19 ./PUNCT/punct>1")
    tags = {"considers": "VBZ", "normalizing": "VBG", "warns": "VBZ"}
    sentence = parse(spec)
    tokens = tuple(replace(t, tag=tags.get(t.text, "")) for t in sentence.tokens)
    lexicon, patterns, ontology = knowledge
    events = code_sentence(replace(sentence, tokens=tokens), patterns, ontology, ArticleActors(lexicon),
                           date="2020-08-15")
    assert {e.source.code for e in events if e.root == "13"} == {"IRN"}


def test_a_warning_against_travel_reduces_relations_with_the_destination(knowledge):
    # held-out seed 2063 (tehrantimes-486220): "has warned against the travel of its citizens to Iran" was 130
    spec = ("Azerbaijan/PROPN/nsubj>2 has|have/AUX/aux>2 warned|warn/VERB/ROOT>2 against/ADP/case>5 the/DET/det>5 "
            "travel/NOUN/obl>2 of/ADP/case>8 its/PRON/nmod:poss>8 citizens|citizen/NOUN/nmod>5 to/ADP/case>10 "
            "Iran/PROPN/nmod>5 ./PUNCT/punct>2")
    assert triples(code(knowledge, spec)) == [("AZE", "IRN", "160")]
    # "nor are we advising against travel to Iran" advises nothing
    nor = ("We/PRON/nsubj>3 are|be/AUX/aux>3 not/PART/advmod>3 advising|advise/VERB/ROOT>3 the/DET/det>5 "
           "community/NOUN/obj>3 to/PART/mark>7 leave/VERB/acl>5 nor/CCONJ/cc>11 are|be/AUX/aux>11 we/PRON/nsubj>11 "
           "advising|advise/VERB/conj>3 against/ADP/case>13 travel/NOUN/obl>11 to/ADP/case>15 Iran/PROPN/nmod>13 "
           "./PUNCT/punct>3")
    assert negated_here(Graph.of(parse(nor)), 11) and not negated_here(Graph.of(parse(spec)), 2)


def test_the_visit_of_someone_is_that_ones_and_goes_where_its_of_phrase_goes(knowledge):
    # seed 2063 review: "Officials discussed the visit of Russian President Vladimir Putin to Tehran" was the
    # officials' visit; "the recent visit of President Putin to Tehran was important", with "to Tehran"
    # hung on Putin, was nothing
    discussed = ("Officials|official/NOUN/nsubj>1 discussed|discuss/VERB/ROOT>1 the/DET/det>3 visit/NOUN/obj>1 "
                 "of/ADP/case>7 Russian/ADJ/amod>6 President/PROPN/nmod:desc>7 Vladimir/PROPN/nmod>3 "
                 "Putin/PROPN/flat>7 to/ADP/case>10 Tehran/PROPN/nmod>3 ./PUNCT/punct>1")
    assert ("RUSGOV", "IRN", "042") in triples(code(knowledge, discussed))
    important = ("The/DET/det>2 recent/ADJ/amod>2 visit/NOUN/nsubj>9 of/ADP/case>5 President/PROPN/nmod:desc>5 "
                 "Putin/PROPN/nmod>2 to/ADP/case>7 Tehran/PROPN/nmod>5 was|be/AUX/cop>9 important/ADJ/ROOT>9 "
                 "./PUNCT/punct>9")
    assert triples(code(knowledge, important)) == [("RUSGOV", "IRN", "042")]
    # a surname key the recogniser reads as a given name of one person is not that key's person:
    # "the visit of Mustafa Miro to Iran" is the Syrian prime minister's, not Mohammad Mustafa's
    miro = parse("He/PRON/nsubj>1 prepared|prepare/VERB/ROOT>1 for/ADP/case>4 the/DET/det>4 visit/NOUN/obl>1 "
                 "of/ADP/case>7 Mustafa/PROPN/compound>7 Miro/PROPN/nmod>4 to/ADP/case>9 Iran/PROPN/nmod>4 "
                 "./PUNCT/punct>1")
    miro = replace(miro, entities=(EntitySpan("PER", 6, 8, "Mustafa Miro"),))
    events = code_sentence(miro, *knowledge[1:], ArticleActors(knowledge[0]), date="2002-01-10")
    assert [(e.source.code, e.target.code) for e in events] == [("SYRGOV", "IRN")]
