"""What a sentence asserts, on hand-built parses: questions, demands, appeals, denials,
coordination and the dyadic default (coder/assertion.py, coder/core.py, pipeline.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import parse
from dyad.actors import ArticleActors
from dyad.coder.core import code_sentence
from dyad.pipeline import CodingOptions, Resources, code_parsed
from dyad.types import Article


def code(knowledge, spec: str, *, actors=None, dropped=None, default_country=None):
    lexicon, patterns, ontology = knowledge
    actors = actors or ArticleActors(lexicon, default_country=default_country)
    return code_sentence(parse(spec), patterns, ontology, actors, date="2022-01-20", dropped=dropped)


def triples(events):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in events)


MET = "Iran/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Russia/PROPN/obj>1 {end}/PUNCT/punct>1"


def test_a_question_asserts_no_event(knowledge):
    assert triples(code(knowledge, MET.format(end="."))) == [("IRN", "RUS", "040")]
    dropped = []
    assert code(knowledge, MET.format(end="?"), dropped=dropped) == []
    assert dropped[0].reason.startswith("question")


@pytest.mark.parametrize("spec, root, reason", [
    # what a third party says another should do is not the other's act
    ("China/PROPN/nsubj>1 said|say/VERB/ROOT>1 the/DET/det>3 U.S./PROPN/nsubj>5 should/AUX/aux>5 "
     "lift/VERB/ccomp>1 sanctions|sanction/NOUN/obj>5 against/ADP/case>8 Iran/PROPN/obl>5", "08", "obligation"),
    # what an appeal asks for is not an act
    ("Iran/PROPN/nsubj>1 called|call/VERB/ROOT>1 for/SCONJ/mark>3 sending|send/VERB/advcl>1 "
     "aid/NOUN/obj>3 to/ADP/case>6 Afghanistan/PROPN/obl>3", "07", "asked-for"),
    # held-out seed 2047: "the blockading countries required Qatar to downgrade its relations with Iran"
    ("Saudi/ADJ/amod>1 Arabia/PROPN/nsubj>2 required|require/VERB/ROOT>2 Qatar/PROPN/obj>2 to/PART/mark>5 "
     "downgrade/VERB/xcomp>2 its/PRON/nmod:poss>7 relations|relation/NOUN/obj>5 with/ADP/case>9 "
     "Iran/PROPN/nmod>7", "16", "asked-for"),
    # and a conjunct of what was asked for: "urged Qatar to close Al Jazeera and expel Turkish troops"
    # (with "close" tagged ADJ, as the shipped model does after "demanded that Qatar")
    ("Saudi/ADJ/amod>1 Arabia/PROPN/nsubj>2 urged|urge/VERB/ROOT>2 Qatar/PROPN/obj>2 to/PART/mark>5 "
     "close/ADJ/xcomp>2 Al/PROPN/obj>5 Jazeera/PROPN/flat>6 and/CCONJ/cc>9 expel/VERB/conj>5 "
     "Turkish/ADJ/amod>11 troops|troop/NOUN/obj>9", "16", "asked-for"),
    # drills simulating an attack are no attack (the lemmatizer leaves "simulating" as it is)
    ("Israel/PROPN/nsubj>1 conducted|conduct/VERB/ROOT>1 drills|drill/NOUN/obj>1 simulating/VERB/acl>2 "
     "attacking|attack/VERB/xcomp>3 Iran/PROPN/obj>4", "19", "unrealised"),
    # a right or an ability to act is not the act: "China and Russia have the right to veto the U.S. move"
    ("China/PROPN/nsubj>1 has|have/VERB/ROOT>1 the/DET/det>3 right/NOUN/obj>1 to/PART/mark>5 "
     "attack/VERB/acl>3 Iraq/PROPN/obj>5", "19", "unrealised"),
    # a court that "considered itself competent to investigate" has ruled on its jurisdiction only
    ("The/DET/det>1 court/NOUN/nsubj>2 considered|consider/VERB/ROOT>2 itself/PRON/obj>2 "
     "competent/ADJ/xcomp>2 to/PART/mark>6 investigate/VERB/xcomp>4 Iran/PROPN/obj>6", "09", "unrealised"),
    # "strike a delicate balance in relations with Saudi Arabia" is no attack
    ("Pakistan/PROPN/nsubj>1 struck|strike/VERB/ROOT>1 a/DET/det>3 balance/NOUN/obj>1 with/ADP/case>5 "
     "Iran/PROPN/nmod>3", "19", "idiom"),
    # tourism figures: "1.159 million Iranian nationals visited Turkey"
    ("1.159/NUM/compound>1 million/NUM/nummod>3 Iranian/ADJ/amod>3 nationals|national/NOUN/nsubj>4 "
     "visited|visit/VERB/ROOT>4 Turkey/PROPN/obj>4", "04", "statistic"),
    # what talks are on or for is their topic: "the negotiations in Vienna to remove the sanctions"
    ("Iran/PROPN/nmod:poss>2 's/PART/case>0 negotiations|negotiation/NOUN/nsubj>8 with/ADP/case>4 "
     "Russia/PROPN/nmod>2 to/PART/mark>6 lift/VERB/acl>2 sanctions|sanction/NOUN/obj>6 "
     "continue/VERB/ROOT>8", "08", "topic"),
    # one topic of several is a topic too (held-out seed 2055): "held talks on the latest developments
    # in Syria and the process of maintaining truce in that country" declared no truce
    ("Iran/PROPN/nsubj>1 held|hold/VERB/ROOT>1 talks|talk/NOUN/obj>1 on/ADP/case>5 the/DET/det>5 "
     "developments|development/NOUN/nmod>2 and/CCONJ/cc>8 the/DET/det>8 process/NOUN/conj>5 of/SCONJ/mark>10 "
     "attacking|attack/VERB/acl>8 Iraq/PROPN/obj>10", "19", "topic"),
    # violence a purpose clause names is aimed at, not done ("attacks to kill some of the pilgrims")
    ("Iran/PROPN/nsubj>1 backed|back/VERB/ROOT>1 terrorists|terrorist/NOUN/obj>1 to/PART/mark>4 "
     "attack/VERB/acl>2 Iraq/PROPN/obj>4", "19", "purpose"),
    # what allegations say (held-out seed 2056): "threatening Iran over allegations that Iran is weighing
    # a plan to avenge Soleimani by killing U.S. ambassador to South Africa Lana Marks"
    ("America/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 Iran/PROPN/obj>1 over/ADP/case>4 "
     "allegations|allegation/NOUN/obl>1 that/SCONJ/mark>7 Iran/PROPN/nsubj>7 weighs|weigh/VERB/acl>4 "
     "a/DET/det>9 plan/NOUN/obj>7 to/PART/mark>11 kill/VERB/acl>9 Americans|American/PROPN/obj>11", "19", "alleged"),
    # what one tries to make another do (held-out seed 2056): "Trump made efforts to force Iran into
    # signing a new deal with the U.S." (they failed); "tried to get the UN Security Council to extend"
    ("America/PROPN/nsubj>1 made|make/VERB/ROOT>1 efforts|effort/NOUN/obj>1 to/PART/mark>4 force/VERB/acl>2 "
     "Iran/PROPN/obj>4 into/SCONJ/mark>7 signing|sign/VERB/advcl>4 a/DET/det>9 deal/NOUN/obj>7 with/ADP/case>11 "
     "Russia/PROPN/obl>7", "05", "tried-to-make"),
    # what one hopes another will do (held-out seed 2056): "expressed hope that the U.S. will compensate its
    # mistake by fully removing the anti-Iran sanctions" was a U.S. intent
    ("Iran/PROPN/nsubj>1 hoped|hope/VERB/ROOT>1 that/SCONJ/mark>5 America/PROPN/nsubj>5 will/AUX/aux>5 "
     "lift/VERB/ccomp>1 sanctions|sanction/NOUN/obj>5 on/ADP/case>8 Iran/PROPN/nmod>6", "08", "hoped-for"),
    # held-out seed 2067: "Answering a question if the United States might attack key Iranian
    # facilities, he said ...": what a question asks reports no attack
    ("Answering|answer/VERB/advcl>10 a/DET/det>2 question/NOUN/obj>0 if/SCONJ/mark>7 the/DET/det>5 "
     "U.S./PROPN/nsubj>7 might/AUX/aux>7 attack/VERB/acl>2 Iran/PROPN/obj>7 he/PRON/nsubj>10 "
     "said|say/VERB/ROOT>10", "19", "asked-for"),
])
def test_unasserted_acts_are_dropped_with_their_reason(knowledge, spec, root, reason):
    dropped = []
    assert all(e.cameo[:2] != root for e in code(knowledge, spec, dropped=dropped))
    assert any(d.reason.startswith(reason) for d in dropped)


def test_a_claim_someone_would_make_reports_nothing(knowledge):
    # held-out seed 2065: "They would claim that Tehran was forced by Washington to accept its
    # conditions" (a former spokesman on what the Americans would say) was USAGOV 170 IRNGOV asserted
    spec = ("They/PRON/nsubj>2 {aux}/AUX/aux>2 claim/VERB/ROOT>2 that/SCONJ/mark>5 Washington/PROPN/nsubj>5 "
            "attacked|attack/VERB/ccomp>2 Tehran/PROPN/obj>5")
    dropped = []
    assert code(knowledge, spec.format(aux="would"), dropped=dropped) == []
    assert any(d.reason.startswith("speculated") for d in dropped)
    # a claim made is the claimant's allegation (held-out seed 2075), a saying made reports the act
    dropped = []
    assert code(knowledge, spec.format(aux="did"), dropped=dropped) == []
    assert any(d.reason.startswith("alleged") for d in dropped)
    said = spec.replace("claim/VERB", "say/VERB")
    assert triples(code(knowledge, said.format(aux="did"))) == [("USAGOV", "IRNGOV", "190")]
    # a speaker's own hedge asserts what it says
    hedge = said.format(aux="would").replace("They/PRON", "I/PRON")  # ("I would say that …")
    assert triples(code(knowledge, hedge)) == [("USAGOV", "IRNGOV", "190")]


def test_one_made_to_act_did_act_unless_it_was_only_tried(knowledge):
    forced = ("America/PROPN/nsubj>1 forced|force/VERB/ROOT>1 Iran/PROPN/obj>1 to/PART/mark>4 "
              "attack/VERB/xcomp>1 Iraq/PROPN/obj>4")
    assert "tried-to-make" not in {d.reason.split(":")[0] for d in _dropped(knowledge, forced)}
    tried = ("America/PROPN/nsubj>1 tried|try/VERB/ROOT>1 to/PART/mark>3 force/VERB/xcomp>1 Iran/PROPN/obj>3 "
             "to/PART/mark>6 attack/VERB/xcomp>3 Iraq/PROPN/obj>6")
    assert "tried-to-make" in {d.reason.split(":")[0] for d in _dropped(knowledge, tried)}


def test_ones_own_hope_to_act_is_an_intent(knowledge):
    own = ("Iran/PROPN/nsubj>1 hopes|hope/VERB/ROOT>1 that/SCONJ/mark>5 it/PRON/nsubj>5 will/AUX/aux>5 "
           "expand/VERB/ccomp>1 ties|tie/NOUN/obj>5 with/ADP/case>8 Russia/PROPN/nmod>6")
    assert "hoped-for" not in {d.reason.split(":")[0] for d in _dropped(knowledge, own)}
    assert "hoped-for" in {d.reason.split(":")[0] for d in _dropped(knowledge, own.replace("it/PRON", "Russia/PROPN"))}


def _dropped(knowledge, spec):
    dropped = []
    code(knowledge, spec, dropped=dropped)
    return dropped


def test_the_modal_made_head_still_obliges(knowledge):
    # the parser's "the U.S. should [immediately and] lift": "lift" hangs on "should" as a conjunct
    spec = ("China/PROPN/nsubj>1 said|say/VERB/ROOT>1 the/DET/det>3 U.S./PROPN/nsubj>4 should/AUX/ccomp>1 "
            "and/CCONJ/cc>6 lift/VERB/conj>4 sanctions|sanction/NOUN/obj>6 against/ADP/case>9 Iran/PROPN/obl>6")
    assert all(e.cameo[:2] != "08" for e in code(knowledge, spec))


def test_an_opportunity_to_negotiate_is_no_negotiation(knowledge):
    spec = ("Iran/PROPN/nsubj>1 gave|give/VERB/ROOT>1 an/DET/det>3 opportunity/NOUN/obj>1 to/PART/mark>5 "
            "negotiate/VERB/acl>3 with/ADP/case>7 Russia/PROPN/obl>5")
    assert all(e.cameo != "046" for e in code(knowledge, spec))


def test_no_on_the_subject_denies_the_event(knowledge):
    spec = ("no/DET/det>1 drones|drone/NOUN/nsubj:pass>3 were|be/AUX/aux:pass>3 supplied|supply/VERB/ROOT>3 "
            "by/ADP/case>5 Iran/PROPN/obl:agent>3 to/ADP/case>7 Russia/PROPN/obl>3")
    events = code(knowledge, spec)
    assert events and all(e.negated for e in events)


def test_a_not_on_an_auxiliary_denies_the_event(knowledge):
    # tehrantimes-432589: "the Americans won't dare attack Iran", "n't" hung on "dare" (an auxiliary)
    spec = ("the/DET/det>1 Americans|American/PROPN/nsubj>5 wo|will/AUX/aux>4 n't|not/PART/advmod>4 "
            "dare/VERB/aux>5 attack/VERB/ROOT>5 Iran/PROPN/obj>5")
    events = code(knowledge, spec)
    assert events and all(e.negated for e in events)


def test_agreeing_not_to_attack_is_no_threat(knowledge):
    spec = ("the/DET/det>1 U.S./PROPN/nsubj>2 agreed|agree/VERB/ROOT>2 not/PART/advmod>5 to/PART/mark>5 "
            "attack/VERB/xcomp>2 the/DET/det>7 Taliban/PROPN/obj>5")
    events = code(knowledge, spec)
    assert all(e.explanation.rule != "commit-to-topic" for e in events)
    assert all(e.negated for e in events if e.cameo[:2] == "13")  # the attack itself, denied


def test_several_actors_forging_ties_did_not_forge_them_with_each_other(knowledge):
    three = ("the/DET/det>1 UAE/PROPN/nsubj>6 ,/PUNCT/punct>3 Bahrain/PROPN/conj>1 and/CCONJ/cc>5 "
             "Morocco/PROPN/conj>1 forged|forge/VERB/ROOT>6 ties|tie/NOUN/obj>6")
    events = code(knowledge, three)
    assert events and all(e.target is None for e in events)
    two = "Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Oman/PROPN/conj>0 forged|forge/VERB/ROOT>3 ties|tie/NOUN/obj>3"
    assert triples(code(knowledge, two)) == [("IRN", "OMN", "054"), ("OMN", "IRN", "054")]


def test_a_passive_agent_is_not_also_the_target(knowledge):
    spec = ("the/DET/det>1 claims|claim/NOUN/nsubj:pass>3 were|be/AUX/aux:pass>3 rejected|reject/VERB/ROOT>3 "
            "by/ADP/case>5 Tehran/PROPN/obl:agent>3 and/CCONJ/cc>7 Moscow/PROPN/conj>5")
    assert all(e.target is None for e in code(knowledge, spec))


def test_a_by_phrase_beside_an_active_subject_is_no_agent(knowledge):
    # held-out seed 2065: "Khatibzadeh made the remarks in response to media hype by some U.S. and
    # European officials", the parser hanging "by officials" on "made" as its agent, was the
    # officials' statement (USAGOV 010 IRNMED)
    spec = ("Iran/PROPN/nsubj>1 criticized|criticize/VERB/ROOT>1 hype/NOUN/obj>1 by/ADP/case>4 "
            "American/ADJ/amod>4 officials|official/NOUN/obl:agent>1")
    assert [(e.source.code, e.cameo) for e in code(knowledge, spec)] == [("IRN", "111")]
    passive = spec.replace("Iran/PROPN/nsubj>1", "Iran/PROPN/nsubj:pass>1")
    assert all(e.source.code != "IRN" for e in code(knowledge, passive))


def test_a_meeting_noun_needs_a_named_participant(knowledge):
    spec = ("during/ADP/case>2 the/DET/det>2 meeting/NOUN/obl>6 Iran/PROPN/nsubj>6 and/CCONJ/cc>5 "
            "Turkey/PROPN/conj>3 signed|sign/VERB/ROOT>6 a/DET/det>8 memorandum/NOUN/obj>6")
    assert [e.target for e in code(knowledge, spec) if e.cameo == "040"] in ([], [None, None])


def test_the_two_sides_are_two_countries(knowledge):
    lexicon = knowledge[0]
    actors = ArticleActors(lexicon)
    code(knowledge, "Iranian/ADJ/amod>1 Zarif/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2", actors=actors)
    code(knowledge, "Iranian/ADJ/amod>1 Bagheri/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2", actors=actors)
    spec = "the/DET/det>2 two/NUM/nummod>2 sides|side/NOUN/nsubj>3 met|meet/VERB/ROOT>3"
    assert code(knowledge, spec, actors=actors) == []  # two Iranians are not two sides


def test_a_group_in_a_report_on_another_country_gets_no_dateline_country(knowledge):
    spec = "Israel/PROPN/nsubj>1 killed|kill/VERB/ROOT>1 the/DET/det>3 protesters|protester/NOUN/obj>1"
    events = code(knowledge, spec, default_country="IRN")
    assert events and all(e.target.country is None for e in events)


def test_a_definite_phrase_is_a_role_only_when_its_head_is(knowledge):
    # tehrantimes: "he will execute the general vaccination program": "general" is no officer
    spec = ("Iran/PROPN/nsubj>1 executed|execute/VERB/ROOT>1 the/DET/det>5 general/ADJ/amod>5 "
            "vaccination/NOUN/compound>5 program/NOUN/obj>1")
    assert all(e.target is None for e in code(knowledge, spec, default_country="IRN"))  # no target actor
    officer = ("Israel/PROPN/nsubj>1 killed|kill/VERB/ROOT>1 the/DET/det>3 general/NOUN/obj>1")
    assert triples(code(knowledge, officer, default_country="IRN")) == [("ISR", "IRNMIL", "190")]


def test_a_known_officials_office_outranks_a_business_title(knowledge):
    # tehrantimes-437014: "Afghanistan's Chief Executive Officer Abdullah Abdullah" (people.tsv: AFGGOV)
    spec = ("Rouhani/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Chief/PROPN/compound>4 Executive/PROPN/compound>4 "
            "Officer/PROPN/compound>6 Abdullah/PROPN/compound>6 Abdullah/PROPN/obj>1")
    assert [e.target.code for e in code(knowledge, spec)] == ["AFGGOV"]


def test_a_clerical_rank_gives_way_to_the_office(knowledge):
    lexicon = knowledge[0]
    actors = ArticleActors(lexicon, date=date(2022, 1, 20))
    spec = "Ayatollah/PROPN/compound>1 Raisi/PROPN/nsubj>2 visited|visit/VERB/ROOT>2 Russia/PROPN/obj>2"
    assert triples(code(knowledge, spec, actors=actors)) == [("IRNGOV", "RUS", "042")]


def test_events_need_a_target_actor_unless_unary(knowledge):
    lexicon, patterns, ontology = knowledge
    res = Resources(None, lexicon, patterns, ontology)
    arrived = parse("Iranian/ADJ/amod>1 delegation/NOUN/nsubj>2 arrived|arrive/VERB/ROOT>2 ./PUNCT/punct>2")
    article = Article("t", arrived.text)
    coded = code_parsed(article, (arrived,), res)
    assert coded.events == () and any(r.reason.startswith("no target actor") for r in coded.dropped)
    unary = code_parsed(article, (arrived,), replace(res, options=CodingOptions(unary=True)))
    assert [(e.source.code, e.target) for e in unary.events] == [("IRN", None)]


def _tag(spec: str, **tags: str):
    """The hand-built parse with PTB tags on the named words (conftest.parse leaves tags empty)."""
    sentence = parse(spec)
    return replace(sentence, tokens=tuple(replace(t, tag=tags.get(t.text, t.tag)) for t in sentence.tokens))


def _code_parsed(knowledge, sentence, dropped=None):
    lexicon, patterns, ontology = knowledge
    return code_sentence(sentence, patterns, ontology, ArticleActors(lexicon), date="2022-01-20", dropped=dropped)


@pytest.mark.parametrize("spec", [
    # tehrantimes: "Israel is not brave enough to launch an attack on Iran"
    "Israel/PROPN/nsubj>3 is|be/AUX/cop>3 not/PART/advmod>3 brave/ADJ/ROOT>3 enough/ADV/advmod>3 "
    "to/PART/mark>6 attack/VERB/advcl>3 Iran/PROPN/obj>6",
    "Israel/PROPN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 dare/VERB/ROOT>3 to/PART/mark>5 "
    "attack/VERB/xcomp>3 Iran/PROPN/obj>5",
])
def test_a_not_on_the_governing_word_denies_its_infinitive(knowledge, spec):
    events = [e for e in code(knowledge, spec) if e.cameo[:2] == "19"]
    assert events and all(e.negated for e in events)


def test_not_neglecting_to_act_asserts_the_act(knowledge):
    # tehrantimes-462762: "Tehran has not neglected to export electricity and gas to Iraq"
    spec = ("Iran/PROPN/nsubj>3 has|have/AUX/aux>3 not/PART/advmod>3 neglected|neglect/VERB/ROOT>3 "
            "to/PART/mark>5 attack/VERB/xcomp>3 Iraq/PROPN/obj>5")
    events = [e for e in code(knowledge, spec) if e.cameo[:2] == "19"]
    assert events and not any(e.negated for e in events)


def test_the_judged_object_does_the_act_of_the_gerund(knowledge):
    condemned = _tag("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 Saudi/PROPN/amod>3 Arabia/PROPN/obj>1 "
                     "for/SCONJ/mark>5 attacking|attack/VERB/advcl>1 Yemen/PROPN/obj>5", attacking="VBG")
    assert ("SAU", "YEM", "190") in triples(_code_parsed(knowledge, condemned))
    assert not any(e.source.code == "IRN" and e.cameo[:2] == "19" for e in _code_parsed(knowledge, condemned))
    # what an accusation charges is alleged, not done: no attack, by Iran or by Israel
    accused = _tag("Iran/PROPN/nsubj>1 accused|accuse/VERB/ROOT>1 Israel/PROPN/obj>1 of/SCONJ/mark>4 "
                   "attacking|attack/VERB/advcl>1 Syria/PROPN/obj>4", attacking="VBG")
    dropped = []
    assert not [e for e in _code_parsed(knowledge, accused, dropped) if e.cameo[:2] == "19"]
    assert any(d.reason.startswith("alleged") for d in dropped)


def test_a_finite_adverbial_clause_does_not_borrow_the_main_subject(knowledge):
    # tehrantimes: "While Saudi along with the US backed ISIS ..., Iran fought terrorist groups"
    spec = _tag("While/SCONJ/mark>2 Saudi/PROPN/obl>2 backed|back/VERB/advcl>6 ISIS/PROPN/obj>2 ,/PUNCT/punct>2 "
                "Iran/PROPN/nsubj>6 fought|fight/VERB/ROOT>6 terrorists|terrorist/NOUN/obj>6", backed="VBD")
    assert not any(e.source.code == "IRN" and e.cameo[:2] == "05" for e in _code_parsed(knowledge, spec))


def test_a_news_agency_sitting_with_someone_is_an_interview(knowledge):
    spec = ("Mehr/PROPN/compound>2 News/PROPN/compound>2 Agency/PROPN/nsubj>3 met|meet/VERB/ROOT>3 "
            "Syrian/ADJ/amod>5 officials|official/NOUN/obj>3")
    dropped = []
    assert code(knowledge, spec, dropped=dropped) == []
    assert any(d.reason.startswith("interview") for d in dropped)


def test_they_after_a_stateless_group_in_the_sentence_is_that_group(knowledge):
    # tehrantimes-421129: "As well as creating Daesh, the Americans supported them"
    spec = ("creating|create/VERB/advcl>4 Daesh/PROPN/obj>0 ,/PUNCT/punct>0 Americans|American/PROPN/nsubj>4 "
            "supported|support/VERB/ROOT>4 them|they/PRON/obj>4")
    # "them" is Daesh; backing an armed group is no endorsement (051), and the drop says so
    dropped = []
    assert code(knowledge, spec, dropped=dropped) == []
    assert any(d.reason.startswith("barred-target") and "IMGMUSISI" in d.reason for d in dropped)


def test_what_a_purpose_helps_others_do_is_aimed_at_not_done(knowledge):
    # held-out seed 2054: INSTEX "designed ... to help European companies circumvent U.S. sanctions and
    # continue trading with Iran" had the companies trading, asserted
    spec = ("France/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 INSTEX/PROPN/obj>1 to/PART/mark>4 help/VERB/advcl>1 "
            "European|European/ADJ/amod>6 companies|company/NOUN/obj>4 trade/VERB/xcomp>4 with/ADP/case>9 "
            "Iran/PROPN/obl>7 ./PUNCT/punct>1")
    trade = [e for e in code(knowledge, spec) if e.target and e.target.code == "IRN"]
    assert [(e.source.code, e.mode) for e in trade] == [("EURBUS", "intended")]
    # the same infinitive hung as parataxis, after a dash (as in the article)
    dashed = spec.replace("help/VERB/advcl>1", "help/VERB/parataxis>1")
    assert [e.mode for e in code(knowledge, dashed) if e.target and e.target.code == "IRN"] == ["intended"]
    # one's own purpose is as real as the act it is the purpose of
    own = ("Zarif/PROPN/nsubj>1 traveled|travel/VERB/ROOT>1 to/ADP/case>3 Muscat/PROPN/obl>1 to/PART/mark>5 "
           "meet/VERB/advcl>1 Omani|Omani/ADJ/amod>7 officials|official/NOUN/obj>5 ./PUNCT/punct>1")
    assert [e.mode for e in code(knowledge, own) if e.cameo == "040"] == ["asserted"]


def test_a_visit_is_as_real_as_what_is_done_during_it(knowledge):
    # held-out seed 2055: "During Dr. Zarif's visit to the two countries, ... will be discussed"
    # coded the visit as made
    spec = ("During/ADP/case>3 Zarif/PROPN/nmod:poss>3 's/PART/case>1 visit/NOUN/obl>9 to/ADP/case>5 "
            "Cuba/PROPN/nmod>3 ,/PUNCT/punct>3 he/PRON/nsubj>9 will/AUX/aux>9 meet/VERB/ROOT>9 with/ADP/case>11 "
            "Castro/PROPN/obl>9 ./PUNCT/punct>9")
    def visits(parse):
        return [(e.source.code, e.mode) for e in code(knowledge, parse)
                if e.target and e.target.code == "CUB" and e.explanation.rule == "visit-noun"]
    assert visits(spec) == [("IRNGOV", "intended")]
    done = spec.replace("will/AUX/aux>9", "then/ADV/advmod>9").replace("meet/VERB", "met|meet/VERB")
    assert visits(done) == [("IRNGOV", "asserted")]
    # a "during" phrase the parser hung on a run-on headline's "plans to deepen relations" (seed 2038)
    headline = ("ASEAN/PROPN/nsubj>1 announces|announce/VERB/ROOT>1 plans|plan/NOUN/obj>1 to/PART/mark>4 "
                "deepen/VERB/acl>2 relations|relation/NOUN/obj>4 During/ADP/case>8 a/DET/det>8 meeting/NOUN/obl>4 "
                "with/ADP/case>10 Iran/PROPN/nmod>8")
    assert [e.mode for e in code(knowledge, headline) if e.explanation.rule == "talks-noun"] == ["asserted"]


def test_a_manner_gerund_shares_the_mode_of_its_verb(knowledge):
    # tehrantimes-420662: "the Europeans would join the U.S. in reimposing sanctions on Iran"
    spec = _tag("Britain/PROPN/nsubj>2 would/AUX/aux>2 join/VERB/ROOT>2 in/SCONJ/mark>4 "
                "attacking|attack/VERB/advcl>2 Iran/PROPN/obj>4", attacking="VBG")
    attacks = [e for e in _code_parsed(knowledge, spec) if e.source.code == "GBR"]
    assert attacks and all(e.mode == "hypothetical" for e in attacks)


def test_the_object_of_a_control_verb_does_its_infinitive(knowledge):
    # tehrantimes-486377: "… has prompted Iran to request an emergency meeting of the OIC"
    prompted = code(knowledge, "Sweden/PROPN/nsubj>1 prompted|prompt/VERB/ROOT>1 Iran/PROPN/obj>1 to/PART/mark>4 "
                               "attack/VERB/xcomp>1 Iraq/PROPN/obj>4")
    assert ("IRN", "IRQ", "190") in triples(prompted)
    # a purpose parsed as an infinitive complement is still the subject's: "visited Muscat to consult"
    visited = code(knowledge, "Iran/PROPN/nsubj>1 visited|visit/VERB/ROOT>1 Muscat/PROPN/obj>1 to/PART/mark>4 "
                              "meet/VERB/xcomp>1 Russia/PROPN/obj>4")
    assert ("IRN", "RUS", "040") in triples(visited)


def test_he_is_a_person_named_earlier_in_the_same_sentence(knowledge):
    # tehrantimes-431123: "Trump seems determined to …, and he would welcome Erdogan's cooperation"
    spec = ("Trump/PROPN/nsubj>1 seems|seem/VERB/ROOT>1 determined|determine/ADJ/xcomp>1 ,/PUNCT/punct>6 "
            "and/CCONJ/cc>6 he/PRON/nsubj>6 met|meet/VERB/conj>1 Erdogan/PROPN/obj>6")
    assert triples(code(knowledge, spec)) == [("USAGOV", "TURGOV", "040")]


def test_one_person_reporting_is_no_they(knowledge):
    # tehrantimes-445143: "The foreign minister said … they hit him during the dark of night"
    spec = ("the/DET/det>2 foreign/ADJ/amod>2 minister/NOUN/nsubj>3 said|say/VERB/ROOT>3 they/PRON/nsubj>5 "
            "attacked|attack/VERB/ccomp>3 Iraq/PROPN/obj>5")
    sentence = parse(spec)
    sentence = replace(sentence, tokens=tuple(replace(t, tag="NN") if t.i == 2 else t for t in sentence.tokens))
    assert not [e for e in _code_parsed(knowledge, sentence) if e.cameo[:2] == "19"]


def test_due_to_visit_is_an_intent(knowledge):
    # held-out tehrantimes sample: "a high-ranking Iranian delegation is due to visit Islamabad"
    spec = ("Iran/PROPN/nsubj>2 is|be/AUX/cop>2 due/ADJ/ROOT>2 to/PART/mark>4 visit/VERB/xcomp>2 "
            "Pakistan/PROPN/obj>4")
    assert [(e.cameo, e.mode) for e in code(knowledge, spec)] == [("036", "intended")]


def test_a_recent_visit_took_place_whatever_is_hoped_of_it(knowledge):
    # tehrantimes-469595: "Raisi expressed hope that his recent visit to Russia would be a turning point"
    spec = ("Raisi/PROPN/nsubj>1 hoped|hope/VERB/ROOT>1 his/PRON/nmod:poss>4 recent/ADJ/amod>4 visit/NOUN/nsubj>8 "
            "to/ADP/case>6 Russia/PROPN/nmod>4 would/AUX/aux>8 help/VERB/ccomp>1")
    visits = [e for e in code(knowledge, spec) if e.cameo[:3] in ("042", "036")]
    assert visits and all(e.mode == "asserted" and e.cameo == "042" for e in visits)


@pytest.mark.parametrize("word, dep", [("any", "det"), ("possible", "amod")])
def test_any_attack_is_one_that_may_happen(knowledge, word, dep):
    # held-out TT review (seed 2029): "The deal was supposed to serve as camouflage for any Israeli
    # attack on Iran" was coded as an asserted attack
    spec = (f"Iran/PROPN/nsubj>1 feared|fear/VERB/ROOT>1 {word}/ADJ/{dep}>4 Israeli/ADJ/amod>4 attack/NOUN/obj>1 "
            "on/ADP/case>6 Iran/PROPN/nmod>4")
    attacks = [e for e in code(knowledge, spec) if e.cameo[:2] == "19"]
    assert [(e.source.code, e.target.code, e.mode) for e in attacks] == [("ISR", "IRN", "hypothetical")]
    recent = spec.replace(f"{word}/ADJ/{dep}", "recent/ADJ/amod")
    assert [e.mode for e in code(knowledge, recent) if e.cameo[:2] == "19"] == ["asserted"]


def test_the_need_to_act_is_an_intent(knowledge):
    # held-out TT review (seed 2029): "reiterated the necessity of upgrading the ties" was an asserted 050
    spec = ("Iran/PROPN/nsubj>1 stressed|stress/VERB/ROOT>1 the/DET/det>3 need/NOUN/obj>1 to/PART/mark>5 "
            "boost/VERB/acl>3 cooperation/NOUN/obj>5 with/ADP/case>8 Armenia/PROPN/nmod>6")
    assert [(e.target.code, e.cameo, e.mode) for e in code(knowledge, spec)] == [("ARM", "030", "intended")]


def test_an_act_that_should_be_stopped_is_going_on(knowledge):
    # tehrantimes-428811: "Saudi Arabia's military attack against Yemen ... should be stopped"
    spec = ("Saudi/PROPN/compound>1 Arabia/PROPN/nmod:poss>3 's/PART/case>1 attack/NOUN/nsubj:pass>8 "
            "against/ADP/case>5 Yemen/PROPN/nmod>3 should/AUX/aux>8 be/AUX/aux:pass>8 stopped|stop/VERB/ROOT>8")
    attacks = [e for e in code(knowledge, spec) if e.cameo[:2] in ("19", "13")]
    assert attacks and all(e.mode == "asserted" and e.cameo == "190" for e in attacks)


def test_required_to_is_a_demand_for_what_it_requires(knowledge):
    # held-out seed 2047: "the blockading countries required Qatar to downgrade its relations"
    spec = ("Saudi/ADJ/amod>1 Arabia/PROPN/nsubj>2 required|require/VERB/ROOT>2 Qatar/PROPN/obj>2 to/PART/mark>5 "
            "release/VERB/xcomp>2 the/DET/det>7 prisoners|prisoner/NOUN/obj>5")
    assert triples(code(knowledge, spec)) == [("SAU", "QAT", "1053")]


def test_talks_an_offer_proposes_are_not_held(knowledge):
    # PLOVER GSR: "Zia-Ul-Haq rejected a fresh offer from Afghanistan for direct talks": the rejection
    spec = ("Pakistan/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 an/DET/det>3 offer/NOUN/obj>1 from/ADP/case>5 "
            "Afghanistan/PROPN/nmod>3 for/ADP/case>8 direct/ADJ/amod>8 talks|talk/NOUN/nmod>3")
    dropped = []
    events = code(knowledge, spec, dropped=dropped)
    assert [(e.source.code, e.target.code, e.cameo[:2]) for e in events if e.target] == [("PAK", "AFG", "12")]
    assert any(d.reason.startswith("asked-for") for d in dropped)


def test_unable_to_act_is_no_act(knowledge):
    # held-out TT review (seed 2031): "he is unable to force China and India to stop buying oil" was
    # coded as coercion of China and India
    spec = ("America/PROPN/nsubj>2 is|be/AUX/cop>2 unable/ADJ/ROOT>2 to/PART/mark>4 force/VERB/xcomp>2 "
            "China/PROPN/obj>4 to/PART/mark>7 stop/VERB/advcl>4")
    assert [(e.target.code, e.negated) for e in code(knowledge, spec) if e.cameo[:2] == "17"] == [("CHN", True)]
    able = spec.replace("unable/ADJ", "able/ADJ")
    assert [(e.target.code, e.negated) for e in code(knowledge, able) if e.cameo[:2] == "17"] == [("CHN", False)]


def test_the_possibility_of_talks_is_no_talks(knowledge):
    # held-out TT review (seed 2031): Raisi "was keen to set the record straight regarding the possibility
    # of negotiating and meeting with the American side" was coded as talks held
    spec = ("Iran/PROPN/nsubj>1 spoke|speak/VERB/ROOT>1 about/ADP/case>4 the/DET/det>4 possibility/NOUN/obl>1 "
            "of/ADP/case>6 talks|talk/NOUN/nmod>4 with/ADP/case>8 America/PROPN/nmod>6")
    modes = {e.mode for e in code(knowledge, spec) if e.explanation.trigger == "talks"}
    assert modes == {"hypothetical"}


def test_must_know_is_no_demand(knowledge):
    # tehrantimes-64417: "Israel must know that it will be harshly judged over this crime," Arafat told reporters
    spec = ("Russia/PROPN/nsubj>1 said|say/VERB/ROOT>1 Sudan/PROPN/nsubj>4 must/AUX/aux>4 {verb}/VERB/ccomp>1 "
            "the/DET/det>6 helicopter/NOUN/obj>4 ./PUNCT/punct>1")
    assert ("RUS", "SDN", "1053") in triples(code(knowledge, spec.format(verb="return")))
    assert not [e for e in code(knowledge, spec.format(verb="know")) if e.cameo[:2] == "10"]


def test_what_an_imperative_let_asks_for_is_not_done(knowledge):
    # seed 2033, tehrantimes-453246: "Let him say that he [Pashinyan] recognizes the territorial integrity ..."
    said = "Armenia/PROPN/nsubj>1 recognized|recognize/VERB/ROOT>1 Azerbaijan/PROPN/obj>1 ./PUNCT/punct>1"
    asked = ("Let|let/VERB/ROOT>0 him|he/PRON/obj>0 say/VERB/xcomp>0 that/SCONJ/mark>5 Armenia/PROPN/nsubj>5 "
             "recognizes|recognize/VERB/ccomp>2 Azerbaijan/PROPN/obj>5 ./PUNCT/punct>0")
    done = code(knowledge, said)
    assert done and all(e.mode == "asserted" for e in done)
    events = code(knowledge, asked)
    assert triples(events) == triples(done) and all(e.mode == "hypothetical" for e in events)


def test_a_gerund_warned_about_is_the_warned_ones_and_not_done(knowledge):
    # seed 2033, tehrantimes-411898: "Iran's Foreign Ministry ... warning Iranians about traveling to Turkey"
    spec = _tag("Iran/PROPN/nmod:poss>3 's/PART/case>0 Foreign/ADJ/amod>3 Ministry/PROPN/nsubj>4 "
                "warned|warn/VERB/ROOT>4 Iranians|Iranian/NOUN/obj>4 about/SCONJ/mark>7 "
                "traveling|travel/VERB/advcl>4 to/ADP/case>9 Turkey/PROPN/obl>7 ./PUNCT/punct>4", traveling="VBG")
    dropped = []
    events = _code_parsed(knowledge, spec, dropped)
    visits = [e for e in events if e.cameo[:2] == "04"]
    assert visits and all(e.mode == "hypothetical" for e in visits)
    assert [e.source.code for e in visits] == ["IRN"]  # the Iranians would travel; the ministry goes nowhere
    # and the warning to its own nationals is no threat against them: it reduces relations with where
    # they would go, as CAMEO.2.0 codes "WARN &PEOPLE (AGAINST TRAVELING)" (160; held-out seed 2063)
    assert not [e for e in events if e.cameo[:2] == "13"]
    assert [(e.source.code, e.cameo, e.target.code) for e in events if e.cameo[:2] == "16"] == [
        ("IRNGOV", "160", "TUR")]


def test_a_warning_nouns_gerund_is_the_warned_ones_and_not_done(knowledge):
    # pooled review seeds, tehrantimes-96521: "Khatami issued a blunt warning to U.S. leaders against
    # supporting Iranian dissidents" was coded as Khatami supporting the dissidents
    spec = _tag("Khatami/PROPN/nsubj>1 issued|issue/VERB/ROOT>1 a/DET/det>3 warning/NOUN/obj>1 to/ADP/case>6 "
                "U.S./PROPN/compound>6 leaders|leader/NOUN/nmod>3 against/SCONJ/mark>8 "
                "supporting|support/VERB/acl>3 Iraq/PROPN/obj>8 ./PUNCT/punct>1", supporting="VBG")
    support = [e for e in _code_parsed(knowledge, spec, []) if e.cameo[:2] == "05"]
    assert [(e.source.code, e.target.code, e.mode) for e in support] == [("USAGOV", "IRQ", "hypothetical")]


def test_the_one_warned_as_indirect_object_would_do_the_gerund(knowledge):
    # "Zarif warned Washington against attacking Iran": the parser makes Washington an iobj; the attack
    # was Zarif's threat against Iran until the iobj counted as the one warned
    spec = _tag("Russia/PROPN/nsubj>1 warned|warn/VERB/ROOT>1 Washington/PROPN/iobj>1 against/SCONJ/mark>4 "
                "attacking|attack/VERB/advcl>1 Iran/PROPN/obj>4 ./PUNCT/punct>1", attacking="VBG")
    attacks = [e for e in _code_parsed(knowledge, spec, []) if e.explanation.trigger == "attacking"]
    assert [(e.source.code, e.target.code, e.cameo[:2], e.mode) for e in attacks] == [
        ("USAGOV", "IRN", "19", "hypothetical")]


def test_pulling_a_country_out_of_a_deal_is_leaving_it_not_a_retreat(knowledge):
    # seed 2033, tehrantimes-429252: "Trump pulled the United States out of the 2015 Iran nuclear agreement"
    spec = ("Trump/PROPN/nsubj>1 pulled|pull/VERB/ROOT>1 the/DET/det>3 States/PROPN/obj>1 out/ADP/case>7 "
            "of/ADP/case>7 the/DET/det>7 {noun}/NOUN/obl>1 with/ADP/case>9 Iran/PROPN/nmod>7 ./PUNCT/punct>1")
    assert [e.cameo for e in code(knowledge, spec.format(noun="agreement"))] == ["160"]
    assert "160" not in [e.cameo for e in code(knowledge, spec.format(noun="country"))]


def test_talks_pushed_for_are_not_held(knowledge):
    # 200-article review, tehrantimes-477870: "countries ... pushing for peace talks between Russia and Ukraine"
    spec = ("A/DET/det>1 {noun}/NOUN/nsubj>6 between/ADP/case>3 Iran/PROPN/nmod>1 and/CCONJ/cc>5 "
            "Russia/PROPN/conj>3 began|begin/VERB/ROOT>6 ./PUNCT/punct>6")
    held = code(knowledge, spec.format(noun="talks|talk"))
    assert held and all(e.mode == "asserted" for e in held)
    pushed = ("Countries|country/NOUN/nsubj>1 pushed|push/VERB/ROOT>1 for/ADP/case>3 talks|talk/NOUN/obl>1 "
              "between/ADP/case>5 Iran/PROPN/nmod>3 and/CCONJ/cc>7 Russia/PROPN/conj>5 ./PUNCT/punct>1")
    talks = [e for e in code(knowledge, pushed) if e.cameo == "040"]
    assert talks and all(e.mode == "hypothetical" for e in talks)


def test_asking_someone_to_give_an_opinion_is_no_appeal_for_aid(knowledge):
    # seed 2033, tehrantimes-480305: "a resolution calling on the ICJ to give an opinion on ..."
    spec = ("Iran/PROPN/nsubj>1 urged|urge/VERB/ROOT>1 Russia/PROPN/obj>1 to/PART/mark>4 give/VERB/xcomp>1 "
            "{obj}/NOUN/obj>4 ./PUNCT/punct>1")
    assert [e.cameo[:3] for e in code(knowledge, spec.format(obj="money"))] == ["023"]  # 0231: economic aid
    assert not [e for e in code(knowledge, spec.format(obj="opinion")) if e.cameo[:3] == "023"]


def test_the_two_countries_are_the_two_the_sentence_names_before_them(knowledge):
    # tehrantimes-91930: "given the commonalties between Iran and Vietnam, the two states can broaden
    # their ties" were Iran and the United States, the last two countries named before the sentence
    lexicon = knowledge[0]
    actors = ArticleActors(lexicon)
    code(knowledge, "America/PROPN/nsubj>1 criticized|criticize/VERB/ROOT>1 Iran/PROPN/obj>1", actors=actors)
    spec = ("With/ADP/case>1 commonalties|commonalty/NOUN/obl>11 between/ADP/case>3 Iran/PROPN/nmod>1 "
            "and/CCONJ/cc>5 Vietnam/PROPN/conj>3 ,/PUNCT/punct>1 the/DET/det>9 two/NUM/nummod>9 "
            "states|state/NOUN/nsubj>11 can/AUX/aux>11 broaden/VERB/ROOT>11 their/PRON/nmod:poss>13 "
            "ties|tie/NOUN/obj>11")
    pairs = {(e.source.code, e.target.code) for e in code(knowledge, spec, actors=actors) if e.target}
    assert pairs == {("IRN", "VNM"), ("VNM", "IRN")}


def test_backing_an_armed_group_is_no_endorsement(knowledge):
    # held-out seeds 2031, 2045: "Pakistan's intelligence agency supports terrorists", "Saudi Arabia
    # supported al-Qaeda": accusations of arming them, not verbal support (051)
    spec = "Saudi/ADJ/amod>1 Arabia/PROPN/nsubj>2 {verb}/VERB/ROOT>2 {obj} ./PUNCT/punct>2"
    al_qaeda = "al/PROPN/obj>2 -/PUNCT/punct>3 Qaeda/PROPN/flat>3"
    dropped = []
    assert code(knowledge, spec.format(verb="supported|support", obj=al_qaeda), dropped=dropped) == []
    assert any(d.reason.startswith("barred-target") for d in dropped)
    assert code(knowledge, spec.format(verb="supported|support", obj="terrorists|terrorist/NOUN/obj>2")) == []
    # backing a state is, and so is praising an armed group
    assert triples(code(knowledge, spec.format(verb="supported|support", obj="Syria/PROPN/obj>2"))) == [
        ("SAU", "SYR", "051")]
    assert [e.cameo for e in code(knowledge, spec.format(verb="praised|praise", obj=al_qaeda))] == ["051"]


def test_of_three_countries_named_both_countries_are_the_last_pair_joined_by_and(knowledge):
    # held-out seed 2054: "U.S. sanctions could not prevent Russia and Iran from signing MOUs, ...
    # and both countries ..." were coded as Iran and the United States
    # (the last pair joined by "and" is of names: not "MOUs and agreements")
    spec = ("U.S./PROPN/compound>1 sanctions|sanction/NOUN/nsubj>4 could/AUX/aux>4 not/PART/advmod>4 "
            "prevent/VERB/ROOT>4 Russia/PROPN/obj>4 and/CCONJ/cc>7 Iran/PROPN/conj>5 from/ADP/mark>9 "
            "signing|sign/VERB/advcl>4 MOUs|MOUs/NOUN/obj>9 and/CCONJ/cc>12 agreements|agreement/NOUN/conj>10 "
            ",/PUNCT/punct>18 and/CCONJ/cc>18 both/DET/det>16 countries|country/NOUN/nsubj>18 will/AUX/aux>18 "
            "cooperate/VERB/conj>4 more/ADJ/obj>18 ./PUNCT/punct>4")
    pairs = {(e.source.code, e.target.code) for e in code(knowledge, spec) if e.cameo[:2] == "03"}
    assert pairs == {("RUS", "IRN"), ("IRN", "RUS")}
    # of a list (parsed flat), its last two: "the SCO, Russia and China ..., both states"
    listed = ("In/ADP/case>3 the/DET/det>3 structure/NOUN/obl>10 of/ADP/case>5 the/DET/det>5 SCO/PROPN/nmod>3 "
              ",/PUNCT/punct>7 Russia/PROPN/conj>5 and/CCONJ/cc>9 China/PROPN/conj>5 work/NOUN/ROOT>10 "
              ",/PUNCT/punct>15 while/SCONJ/mark>15 India/PROPN/nsubj>15 has|have/AUX/aux>15 "
              "established|establish/VERB/advcl>10 ties|tie/NOUN/obj>15 with/ADP/case>19 both/DET/det>19 "
              "states|state/NOUN/nmod>16 ./PUNCT/punct>10")
    assert {e.target.code for e in code(knowledge, listed) if e.source.code == "IND"} == {"RUS", "CHN"}


def test_the_one_who_speaks_of_both_parties_is_not_one_of_them(knowledge):
    # tehrantimes-478388: "Iran … wants both parties to resume dialogue" (Russia and Ukraine) was Iran-Ukraine
    lexicon = knowledge[0]
    actors = ArticleActors(lexicon)
    spec = ("Iran/PROPN/nsubj>1 wants|want/VERB/ROOT>1 both/DET/det>3 parties|party/NOUN/obj>1 to/PART/mark>5 "
            "talk/VERB/xcomp>1 about/ADP/case>7 Ukraine/PROPN/obl>5")
    assert not [e for e in code(knowledge, spec, actors=actors)
                if e.source.code[:3] == "IRN" and e.target is not None and e.target.code[:3] == "UKR"
                and e.explanation.source_rule.startswith("group:")]


def test_what_one_gets_another_to_do_is_intended_and_what_one_tries_to_is_no_ones(knowledge):
    # held-out seed 2049: "presented fake information … to convince UNSC to censure Iran and failed"
    # was the UNSC's censure, asserted (the shipped model's parse: UNSC an indirect object, the
    # censure a purpose clause); seed 2080 (session 47) judged the UNSC's intended censure wrong too:
    # what one only tries "to convince" another to do is the persuader's aim
    tried = ("Israel/PROPN/nsubj>1 tried|try/VERB/ROOT>1 to/PART/mark>3 convince/VERB/xcomp>1 the/DET/det>5 "
             "UNSC/PROPN/iobj>3 to/ADP/mark>7 censure/VERB/advcl>3 Iran/PROPN/obj>7 ./PUNCT/punct>1")
    assert code(knowledge, tried) == []
    # "Russia convinced Iran to release the prisoners": Iran (an indirect object) would release them
    convinced = ("Russia/PROPN/nsubj>1 convinced|convince/VERB/ROOT>1 Iran/PROPN/iobj>1 to/PART/mark>4 "
                 "release/VERB/xcomp>1 the/DET/det>7 Iraqi/ADJ/amod>7 prisoners|prisoner/NOUN/obj>4 ./PUNCT/punct>1")
    events = [(e.source.code, e.cameo, e.target.code, e.mode) for e in code(knowledge, convinced)]
    assert events == [("IRN", "0353", "IRQCVL", "intended")]


def test_what_one_would_often_do_was_done(knowledge):
    # held-out seed 2049: "The Israelis would often attack Iranian commercial ships" was hypothetical
    often = ("The/DET/det>1 Israelis|Israeli/PROPN/nsubj>4 would/AUX/aux>4 often/ADV/advmod>4 attack/VERB/ROOT>4 "
             "Iranian/ADJ/amod>7 commercial/ADJ/amod>7 ships|ship/NOUN/obj>4 ./PUNCT/punct>4")
    assert [(e.source.code, e.target.code, e.mode) for e in code(knowledge, often)] == [("ISR", "IRN", "historical")]
    # without "often" it stays what might be
    might = often.replace("often/ADV/advmod>4", "then/ADV/advmod>4")
    assert [e.mode for e in code(knowledge, might)] == ["hypothetical"]


def test_what_is_prepared_or_arranged_for_is_still_to_come(knowledge):
    # held-out seed 2038: "preparations are underway for Rouhani's visit to Japan" was a visit made
    underway = ("Araghchi/PROPN/nsubj>1 said|say/VERB/ROOT>1 that/SCONJ/mark>5 preparations|preparation/NOUN/nsubj>5 "
                "are|be/AUX/cop>5 underway/ADJ/ccomp>1 for/ADP/case>9 Rouhani/PROPN/nmod:poss>9 's/PART/case>7 "
                "visit/NOUN/obl>5 to/ADP/case>11 Japan/PROPN/nmod>9 ./PUNCT/punct>1")
    assert [(e.source.code, e.cameo, e.target.code, e.mode) for e in code(knowledge, underway)] == \
        [("IRNGOV", "036", "JPN", "intended")]
    # held-out seed 2046: "referred to the UN Security Council's agenda for issuing two statements on Yemen"
    agenda = _tag("He/PRON/nsubj>1 referred|refer/VERB/ROOT>1 to/ADP/case>8 the/DET/det>6 UN/PROPN/compound>6#ORG "
                  "Security/PROPN/compound>6#ORG Council/PROPN/nmod:poss>8#ORG 's/PART/case>6 agenda/NOUN/obl>1 "
                  "for/SCONJ/mark>10 issuing|issue/VERB/acl>8 two/NUM/nummod>12 statements|statement/NOUN/obj>10 "
                  "on/ADP/case>14 Yemen/PROPN/nmod>12#LOC ./PUNCT/punct>1", referred="VBD", issuing="VBG")
    issued = [(e.source.code, e.cameo, e.target and e.target.code, e.mode) for e in _code_parsed(knowledge, agenda)]
    # (what statements are "on" is their topic, not whom they address: held-out seeds 2087, 2088)
    assert issued == [("IGOUNO", "010", None, "intended")]
    # held-out seed 2038: "officials are arranging for Rouhani to visit Tokyo" was a visit made
    arranging = ("Iranian/ADJ/amod>1 officials|official/NOUN/nsubj>3 are|be/AUX/aux>3 arranging|arrange/VERB/ROOT>3 "
                 "for/ADP/case>5 Rouhani/PROPN/obl>3#PER to/PART/mark>7 visit/VERB/advcl>3 Tokyo/PROPN/obj>7#LOC "
                 "./PUNCT/punct>3")
    assert [(e.cameo, e.target.code, e.mode) for e in code(knowledge, arranging)] == [("036", "JPN", "intended")]
    # "reports are important for Rouhani's visit": nothing is getting ready for it
    for_talks = underway.replace("preparations|preparation", "reports|report").replace("underway", "important")
    assert [e.mode for e in code(knowledge, for_talks)] == ["asserted"]


def test_what_a_sanctioning_verb_targets_is_no_attack(knowledge):
    # held-out seed 2050: "The White House sanctioned Russia, initially targeting a few banks and Putin's
    # own family" was also the White House attacking the banks and the family (190)
    spec = _tag("The/DET/det>2 White/ADJ/amod>2#ORG House/PROPN/nsubj>3#ORG sanctioned|sanction/VERB/ROOT>3 "
                "Russia/PROPN/obj>3#LOC ,/PUNCT/punct>7 initially/ADV/advmod>7 targeting|target/VERB/advcl>3 "
                "a/DET/det>10 few/ADJ/amod>10 banks|bank/NOUN/obj>7 and/CCONJ/cc>15 Putin/PROPN/nmod:poss>15#PER "
                "'s/PART/case>12 own/ADJ/amod>15 family/NOUN/conj>10 ./PUNCT/punct>3", sanctioned="VBD", targeting="VBG")
    assert [(e.source.code, e.cameo, e.target.code) for e in _code_parsed(knowledge, spec)] == [("USAGOV", "163", "RUS")]


def test_who_is_pushed_towards_an_act_does_it_and_not_the_one_set_against_it(knowledge):
    # held-out seed 2050: "such approach pushed Tehran towards signing an accord with Beijing rather than
    # Washington" was the Trump administration signing with China
    spec = _tag("Such/ADJ/amod>1 approach/NOUN/nsubj>2 pushed|push/VERB/ROOT>2 Tehran/PROPN/obj>2#LOC "
                "towards/SCONJ/mark>5 signing|sign/VERB/advcl>2 an|a/DET/det>7 accord/NOUN/obj>5 with/ADP/case>9 "
                "Beijing/PROPN/nmod>7#LOC rather/ADV/cc>12 than/ADP/fixed>10 Washington/PROPN/conj>9#LOC "
                "./PUNCT/punct>2", pushed="VBD", signing="VBG")
    assert [(e.source.code, e.cameo, e.target.code) for e in _code_parsed(knowledge, spec)] == \
        [("IRNGOV", "057", "CHNGOV")]


def test_what_is_unlikely_is_only_possible(knowledge):
    # held-out seed 2050: "He argued that it is highly unlikely that the Iranian government would agree
    # to Trump's demands" was Iran's intent to yield (the "would" of reported speech)
    spec = _tag("He/PRON/nsubj>1 argued|argue/VERB/ROOT>1 that/SCONJ/mark>6 it/PRON/expl>6 is|be/AUX/cop>6 "
                "highly/ADV/advmod>6 unlikely/ADJ/ccomp>1 that/SCONJ/mark>12 the/DET/det>10 Iranian/ADJ/amod>10 "
                "government/NOUN/nsubj>12 would/AUX/aux>12 agree/VERB/ccomp>6 to/ADP/case>16 "
                "Trump/PROPN/nmod:poss>16#PER 's/PART/case>14 demands|demand/NOUN/obl>12 ./PUNCT/punct>1",
                argued="VBD", agree="VB")
    assert [(e.source.code, e.target.code, e.mode) for e in _code_parsed(knowledge, spec)] == \
        [("IRNGOV", "USAGOV", "hypothetical")]


def test_no_intention_or_a_denied_incentive_to_act_denies_the_act(knowledge):
    # held-out seed 2052 (the shipped model's parse): "Merkel did not have an incentive to continue
    # the talks with Trump" was talks held
    incentive = ("Merkel/PROPN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 have/VERB/ROOT>3 an|a/DET/det>5 "
                 "incentive/NOUN/obj>3 to/PART/mark>7 continue/VERB/acl>5 the/DET/det>9 talks|talk/NOUN/obj>7 "
                 "with/ADP/case>11 Trump/PROPN/nmod>9 ./PUNCT/punct>3")
    assert [e.negated for e in code(knowledge, incentive)] == [True]
    intention = ("Merkel/PROPN/nsubj>1 had|have/VERB/ROOT>1 no/DET/det>3 intention/NOUN/obj>1 to/PART/mark>5 "
                 "continue/VERB/acl>3 the/DET/det>7 talks|talk/NOUN/obj>5 with/ADP/case>9 Trump/PROPN/nmod>7 "
                 "./PUNCT/punct>1")
    assert [e.negated for e in code(knowledge, intention)] == [True]
    # an incentive had is no denial
    had = incentive.replace("not/PART/advmod>3", "also/ADV/advmod>3")
    assert [(e.cameo[:2], e.negated) for e in code(knowledge, had)] == [("04", False)]


def test_what_one_failed_or_refrained_to_do_is_denied(knowledge):
    # held-out seed 2057, tehrantimes-471501: "Patriarch Kirill ... failing to condemn his country's President"
    failed = ("Iran/PROPN/nsubj>1 failed|fail/VERB/ROOT>1 to/PART/mark>3 sign/VERB/xcomp>1 an/DET/det>5 "
              "agreement/NOUN/obj>3 with/ADP/case>7 Russia/PROPN/nmod>5 ./PUNCT/punct>1")
    assert {(e.cameo, e.negated) for e in code(knowledge, failed)} == {("057", True)}
    not_failed = ("Iran/PROPN/nsubj>3 did|do/AUX/aux>3 not/PART/advmod>3 fail/VERB/ROOT>3 to/PART/mark>5 "
                  "sign/VERB/xcomp>3 an/DET/det>7 agreement/NOUN/obj>5 with/ADP/case>9 Russia/PROPN/nmod>7 "
                  "./PUNCT/punct>3")
    assert {(e.cameo, e.negated) for e in code(knowledge, not_failed)} == {("057", False)}
    refrained = ("Iran/PROPN/nsubj>1 refrained|refrain/VERB/ROOT>1 from/SCONJ/mark>3 attacking|attack/VERB/advcl>1 "
                 "Iraq/PROPN/obj>3 ./PUNCT/punct>1")
    assert [(e.cameo[:2], e.negated) for e in code(knowledge, refrained)] == [("19", True)]


def test_an_event_noun_of_means_is_as_real_as_its_verb(knowledge):
    # held-out seed 2057, tehrantimes-471043: "Iran could build on the JCPOA with talks with the U.S." was
    # coded as talks held
    spec = ("Iran/PROPN/nsubj>2 {aux}/AUX/aux>2 build/VERB/ROOT>2 with/ADP/case>4 talks|talk/NOUN/obl>2 "
            "with/ADP/case>6 Russia/PROPN/nmod>4 ./PUNCT/punct>2")
    assert {e.mode for e in code(knowledge, spec.format(aux="could"))} == {"hypothetical"}
    assert {e.mode for e in code(knowledge, spec.format(aux="will"))} == {"intended"}
    done = spec.replace("{aux}/AUX/aux>2 ", "").replace(">2", ">1").replace(">4", ">3").replace(">6", ">5")
    assert {e.mode for e in code(knowledge, done.replace("build/", "built|build/"))} == {"asserted"}


def test_what_one_can_do_is_possible_not_intended(knowledge):
    # held-out seed 2057, tehrantimes-441621: Zarif, "The U.S. can sanction every man, woman, and child"
    spec = "The/DET/det>1 U.S./PROPN/nsubj>3 {aux}/AUX/aux>3 sanction/VERB/ROOT>3 Iran/PROPN/obj>3 ./PUNCT/punct>3"
    assert {e.mode for e in code(knowledge, spec.format(aux="can"))} == {"hypothetical"}
    assert {e.mode for e in code(knowledge, spec.format(aux="will"))} == {"intended"}


def test_a_bids_infinitive_hung_on_the_verb_is_the_bidders_attempt(knowledge):
    # held-out seed 2057, tehrantimes-451755: "the Security Council resoundingly rejected a U.S. bid on August 14
    # to extend an arms embargo on Iran" was the Council extending the embargo
    spec = ("Russia/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 a/DET/det>4 U.S./PROPN/compound>4 bid/NOUN/obj>1 "
            "on/ADP/case>6 Monday/PROPN/obl>4 to/PART/mark>8 extend/VERB/advcl>1 the/DET/det>10 "
            "embargo/NOUN/obj>8 on/ADP/case>12 Iran/PROPN/nmod>10 ./PUNCT/punct>1")
    extended = [e for e in code(knowledge, spec) if e.explanation.trigger.startswith("extend")]
    assert [(e.source.code, e.target.code, e.mode) for e in extended] == [("USA", "IRN", "intended")]


def test_sanctions_to_be_lifted_are_not_imposed(knowledge):
    # held-out seed 2057, tehrantimes-455419: "a broader strategy that aims to lift the United States sanctions on
    # Iran" was coded as U.S. sanctions intended
    spec = ("He/PRON/nsubj>1 said|say/VERB/ROOT>1 U.S./PROPN/compound>3 sanctions|sanction/NOUN/nsubj:pass>8 "
            "on/ADP/case>5 Iran/PROPN/nmod>3 should/AUX/aux>8 be/AUX/aux:pass>8 {verb}/VERB/ccomp>1 ./PUNCT/punct>1")
    dropped = []
    assert not [e for e in code(knowledge, spec.format(verb="lifted|lift"), dropped=dropped) if e.root == "16"]
    assert any("lifted" in d.reason for d in dropped)
    assert [e.root for e in code(knowledge, spec.format(verb="tightened|tighten"))] == ["16"]


def test_what_talks_are_meant_to_force_another_into_is_not_its_act(knowledge):
    # held-out seed 2057, tehrantimes-466471: "The talks are intended to force the United States to rejoin the
    # JCPOA and lift sanctions on Iran" was a U.S. intent to lift them
    spec = ("Iran/PROPN/nsubj:pass>2 is|be/AUX/aux:pass>2 intending|intend/VERB/ROOT>2 to/PART/mark>4 "
            "force/VERB/xcomp>2 Russia/PROPN/obj>4 to/PART/mark>7 lift/VERB/xcomp>4 sanctions|sanction/NOUN/obj>7 "
            "on/ADP/case>10 Iraq/PROPN/nmod>8 ./PUNCT/punct>2")
    dropped = []
    assert not [e for e in code(knowledge, spec, dropped=dropped) if e.source.code == "RUS"]
    assert any(d.reason.startswith("tried-to-make") for d in dropped)


def test_where_a_protest_is_held_is_not_what_it_is_against(knowledge):
    # held-out seed 2057, tehrantimes-461204: "People took to the streets in Europe and the United States" (for
    # Palestine) was coded as protests against Europe and the United States
    spec = ("Iranian/ADJ/amod>1 students|student/NOUN/nsubj>2 took|take/VERB/ROOT>2 to/ADP/case>5 the/DET/det>5 "
            "streets|street/NOUN/obl>2 in/ADP/case>7 France/PROPN/obl>2 ./PUNCT/punct>2")
    assert [(e.source.code, e.target) for e in code(knowledge, spec) if e.root == "14"] == [("IRNEDU", None)]
    # what stands in the place is what the protest is against: "in front of the White House"
    front = ("Iranian/ADJ/amod>1 students|student/NOUN/nsubj>2 rallied|rally/VERB/ROOT>2 in/ADP/case>4 "
             "front/NOUN/obl>2 of/ADP/case>8 the/DET/det>8 U.S./PROPN/compound>8 embassy/NOUN/nmod>4 ./PUNCT/punct>2")
    assert [(e.source.code, e.target.code) for e in code(knowledge, front) if e.root == "14"] == [
        ("IRNEDU", "USAGOV")]


def test_whom_a_task_is_set_for_does_it_later(knowledge):
    # held-out seed 2058, tehrantimes-450664: "The cabinet of Hassan Rouhani ... tasked Foreign Minister
    # Mohammad Javad Zarif with negotiating with China" was the cabinet's negotiation, done (046)
    active = ("Rouhani/PROPN/nsubj>1 tasked|taske/VERB/ROOT>1 Zarif/PROPN/obj>1 with/SCONJ/mark>4 "
              "negotiating|negotiate/VERB/advcl>1 with/ADP/case>6 China/PROPN/obl>4 ./PUNCT/punct>1")
    events = [e for e in _code_parsed(knowledge, _tag(active, negotiating="VBG")) if e.target and e.target.code == "CHN"]
    assert [(e.source.text, e.cameo, e.mode) for e in events] == [("Zarif", "036", "intended")]
    # the passive: the one tasked is the subject (token 0), not the "by" agent who set the task
    passive = ("Zarif/PROPN/nsubj:pass>2 was|be/AUX/aux:pass>2 tasked|task/VERB/ROOT>2 by/ADP/case>4 "
               "Rouhani/PROPN/obl:agent>2 with/SCONJ/mark>6 negotiating|negotiate/VERB/advcl>2 with/ADP/case>8 "
               "China/PROPN/obl>6 ./PUNCT/punct>2")
    events = [e for e in _code_parsed(knowledge, _tag(passive, negotiating="VBG")) if e.target and e.target.code == "CHN"]
    assert [(e.source.text, e.mode) for e in events] == [("Zarif", "intended")]
    # charging someone with an act is an allegation, not a task
    charged = active.replace("tasked|taske", "charged|charge").replace("negotiating|negotiate", "spying|spy")
    assert not [e for e in _code_parsed(knowledge, _tag(charged, spying="VBG")) if e.source.text == "Zarif"]


# -- held-out seed 2059 ------------------------------------------------------------------------


def test_a_participle_marked_in_on_an_act_noun_is_done_by_the_nouns_of_phrase(knowledge):
    # "Referring to the actions of some governments in the region in normalizing relations with
    # the Zionist regime, Raisi said …": theirs, not Raisi's
    spec = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>3 actions|action/NOUN/obj>1 "
            "of/ADP/case>5 Bahrain/PROPN/nmod>3 in/SCONJ/mark>7 normalizing|normalize/VERB/acl>3 "
            "relations|relation/NOUN/obj>7 with/ADP/case>10 Israel/PROPN/nmod>8")
    normalised = [t for t in triples(code(knowledge, spec)) if t[2].startswith("05")]
    assert normalised and all(source == "BHR" for source, _, _ in normalised)


SAID_MUST = ("France/PROPN/nsubj>1 said|say/VERB/ROOT>1 {subject} must/AUX/aux>{verb} lift/VERB/ccomp>1 "
             "the/DET/det>{frame} sanctions|sanction/NOUN/obj>{verb}")


def test_what_the_speakers_own_country_must_do_with_another_is_no_demand_on_the_other(knowledge):
    # held-out seed 2059: "the French president said that Paris and Tehran must create a framework"
    alone = SAID_MUST.format(subject="Iran/PROPN/nsubj>4", verb=4, frame=6)
    assert [t for t in triples(code(knowledge, alone)) if t[2].startswith("10")] == [("FRA", "IRN", "1054")]
    together = SAID_MUST.format(subject="France/PROPN/nsubj>6 and/CCONJ/cc>4 Iran/PROPN/conj>2", verb=6, frame=8)
    assert not [t for t in triples(code(knowledge, together)) if t[2].startswith("10")]


def test_a_must_clause_whose_subject_is_no_actor_makes_no_demand_on_its_object(knowledge):
    # held-out seed 2059: "Khatibzadeh stated that all countries must support Iraq" is no demand on Iraq
    spec = ("Iran/PROPN/nsubj>1 said|say/VERB/ROOT>1 all/DET/det>3 countries|country/NOUN/nsubj>5 "
            "must/AUX/aux>5 support/VERB/ccomp>1 Iraq/PROPN/obj>5")
    assert not [t for t in triples(code(knowledge, spec)) if t[2].startswith("10") and t[1] is not None]
    named = spec.replace("all/DET/det>3 countries|country/NOUN/nsubj>5", "the/DET/det>3 Turks|Turk/PROPN/nsubj>5")
    assert [t for t in triples(code(knowledge, named)) if t[2].startswith("10")] == [("IRN", "TUR", "102")]


UNTIL = ("Iran/PROPN/nsubj>3 will/AUX/aux>3 {not}/PART/advmod>3 attend/VERB/ROOT>3 until/SCONJ/mark>6 "
         "Russia/PROPN/nsubj>6 meets|meet/VERB/advcl>3 Turkey/PROPN/obj>6")


def test_an_until_clause_under_a_denial_is_a_condition(knowledge):
    # held-out seed 2059: "dialogue cannot take place till the time Pakistan puts a curb on terrorism"
    denied = _code_parsed(knowledge, _tag(UNTIL.format(**{"not": "not"}), meets="VBZ"))
    assert [(e.source.code, e.cameo, e.mode) for e in denied] == [("RUS", "040", "hypothetical")]
    plain = _code_parsed(knowledge, _tag(UNTIL.format(**{"not": "really"}), meets="VBZ"))
    assert [e.mode for e in plain if e.source.code == "RUS"] != ["hypothetical"]
    # the parser hangs "till the time" clauses on "time" (the seed's own shape)
    till = ("dialogue/NOUN/nsubj>3 can/AUX/aux>3 not/PART/advmod>3 take/VERB/ROOT>3 place/NOUN/obj>3 "
            "till/ADP/case>7 the/DET/det>7 time/NOUN/obl>3 Russia/PROPN/nsubj>9 meets|meet/VERB/acl:relcl>7 "
            "Turkey/PROPN/obj>9")
    assert [(e.source.code, e.cameo, e.mode) for e in _code_parsed(knowledge, _tag(till, meets="VBZ"))] \
        == [("RUS", "040", "hypothetical")]


def test_a_share_of_people_in_a_poll_is_no_doer(knowledge):
    # held-out seed 2059: "with 8 percent of women backing her" coded USACVL 051 USAELI
    spec = ("Harris/PROPN/nsubj>1 won|win/VERB/ROOT>1 support/NOUN/obj>1 with/ADP/case>5 8/NUM/nummod>5 "
            "percent/NOUN/nmod>2 of/ADP/case>7 Iranians|Iranian/PROPN/nmod>5 backing|back/VERB/acl>5 "
            "Russia/PROPN/obj>8")
    dropped = []
    assert not [e for e in code(knowledge, spec, dropped=dropped) if e.source.code == "IRN"]
    assert any(d.reason.startswith("poll") for d in dropped)
    # held-out seed 2060: "99% of Yemenis support Palestinian rights", "a vast majority of Yemeni
    # people support the Palestinian cause": the share is the subject; a majority of a body still acts
    share = "99/NUM/nummod>1 %/NOUN/nsubj>4 of/ADP/case>3 {who}/PROPN/nmod>1 support/VERB/ROOT>4 Russia/PROPN/obj>4"
    dropped = []
    assert _code_parsed(knowledge, _tag(share.format(who="Iranians|Iranian"), Iranians="NNPS"), dropped) == []
    assert any(d.reason.startswith("poll") for d in dropped)
    most = ("a/DET/det>2 vast/ADJ/amod>2 majority/NOUN/nsubj>6 of/ADP/case>5 Iranian/ADJ/amod>5 {who}/NOUN/nmod>2 "
            "support/VERB/ROOT>6 Russia/PROPN/obj>6")
    assert code(knowledge, most.format(who="people")) == []
    assert [(e.source.code, e.cameo) for e in code(knowledge, most.format(who="lawmakers|lawmaker"))] \
        == [("IRNLEG", "051")]


def test_a_need_seen_for_another_is_a_demand_not_its_act(knowledge):
    # held-out seed 2061: "It was urgent for the UK to normalize ties with Iran, he said." coded GBR 050 IRN
    spec = ("It/PRON/expl>2 was|be/AUX/cop>2 {adj}/ADJ/ROOT>2 for/ADP/case>5 the/DET/det>5 UK/PROPN/nsubj>7 "
            "to/PART/mark>7 normalize/VERB/csubj>2 ties|tie/NOUN/obj>7 with/ADP/case>10 Iran/PROPN/nmod>8")
    dropped = []
    assert code(knowledge, spec.format(adj="urgent"), dropped=dropped) == []
    assert any(d.reason.startswith("obligation") for d in dropped)
    # an adjective of no necessity leaves the act as the coder reads it
    assert [(e.source.code, e.cameo) for e in code(knowledge, spec.format(adj="easy"))] == [("GBR", "050")]


def test_a_gerund_hung_on_a_finite_verb_is_done_by_its_objects_owner(knowledge):
    # held-out seed 2061: "Jalali also appreciated Russia's humanitarian aid to Iran and sending test
    # kits" coded IRNGOV 073 IRN, the thanked-for kits as Jalali's
    spec = ("the/DET/det>1 ambassador/NOUN/nsubj>2 appreciated|appreciate/VERB/ROOT>2 Russia/PROPN/nmod:poss>6 "
            "'s/PART/case>3 humanitarian/ADJ/amod>6 aid/NOUN/obj>2 to/ADP/case>8 Iran/PROPN/nmod>6 and/CCONJ/cc>10 "
            "sending|send/VERB/conj>2 test/NOUN/compound>12 kits|kit/NOUN/obj>10 to/ADP/case>14 Iran/PROPN/obl>10")
    tagged = _tag(spec, appreciated="VBD", sending="VBG")
    assert [(e.source.code, e.cameo, e.target.code) for e in _code_parsed(knowledge, tagged)
            if e.cameo == "073"] == [("RUS", "073", "IRN")]


def test_what_is_only_near_is_not_done(knowledge):
    # held-out seed 2062: "Tehran and Washington are still close to reaching an agreement" coded 030 both ways
    spec = ("Iran/PROPN/nsubj>3 and/CCONJ/cc>2 America/PROPN/conj>0 {pred} to/ADP/mark>5 "
            "reaching|reach/VERB/advcl>3 an/DET/det>7 agreement/NOUN/obj>5")
    dropped = []
    assert code(knowledge, spec.format(pred="close/ADJ/ROOT>3"), dropped=dropped) == []
    assert any(d.reason.startswith("unrealised") for d in dropped)
    # "came close to signing", the parser hanging the gerund on "came"
    came = ("Iran/PROPN/nsubj>1 came|come/VERB/ROOT>1 close/ADV/advmod>1 to/ADP/mark>4 signing|sign/VERB/advcl>1 "
            "a/DET/det>6 deal/NOUN/obj>4 with/ADP/case>8 America/PROPN/obl>4")
    assert code(knowledge, came) == []
    reached = ("Iran/PROPN/nsubj>1 went|go/VERB/ROOT>1 on/ADV/advmod>1 to/ADP/mark>4 signing|sign/VERB/advcl>1 "
               "a/DET/det>6 deal/NOUN/obj>4 with/ADP/case>8 America/PROPN/obl>4")
    assert [e.cameo for e in code(knowledge, reached)] == ["057"]


def test_what_an_outsider_believes_another_will_do_is_a_prediction(knowledge):
    # held-out seed 2062: the historian's "I believe that this administration will show more respect
    # for Muslims and Palestinians" coded ---GOV 032 PSE intended
    spec = ("{who}/PROPN/nsubj>1 {verb}/VERB/ROOT>1 that/SCONJ/mark>5 Russia/PROPN/nsubj>5 will/AUX/aux>5 "
            "support/VERB/ccomp>1 Syria/PROPN/obj>5")
    dropped = []
    assert code(knowledge, spec.format(who="Iran", verb="believes|believe"), dropped=dropped) == []
    assert any(d.reason.startswith("predicted") for d in dropped)
    # one speaking for the doer's country announces its intent; a plain report is left as it was
    assert [e.mode for e in code(knowledge, spec.format(who="Moscow", verb="believes|believe"))] == ["intended"]
    assert [e.mode for e in code(knowledge, spec.format(who="Iran", verb="said|say"))] == ["intended"]
