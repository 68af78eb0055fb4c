"""Whose name is it, and who does a pronoun or a bare description stand for: rules found by the
held-out Tehran Times review of session 10 (seed 2029), on hand-built parses.

* "Al-Aqsa Mosque" took the dateline's country: "Al" was read as a person's name, and a named
  person with a role takes the dateline's country (actors/names.py, ``person_name``,
  ``own_name``);
* "The police asked the museum for help", after "Italian police confiscated …", was Iran's police
  (data/actors/anaphora.tsv: police and regime point back);
* "EU foreign policy chief Federica Mogherini said … her meetings": "her" was the last *known*
  person of an earlier sentence, because Mogherini was not yet in the article's memory
  (``_person_before``);
* "The Russian, Turkish and Syrian defense chiefs": the parser hangs "and Syrian" on the noun
  beside the other two (actors/coordination.py, ``amod_members``).
"""

from __future__ import annotations

from dataclasses import replace

from dyad.actors import ArticleActors
from dyad.actors.coordination import shared_heads
from dyad.coder.syntax import Graph

from conftest import coded, parse, resolve_last

AQSA = ("Israel/PROPN/nsubj>1 stormed/VERB/ROOT>1 Al/PROPN/compound>5 -/PUNCT/punct>2 Aqsa/ADJ/amod>5 "
        "Mosque/PROPN/obj>1 ./PUNCT/punct>1")
ITALIAN_POLICE = ("Italian/ADJ/amod>1 police/NOUN/nsubj>2 confiscated/VERB/ROOT>2 artifacts/NOUN/obj>2 "
                  "./PUNCT/punct>2")
THE_POLICE = "The/DET/det>1 police/NOUN/nsubj>2 asked/VERB/ROOT>2 for/ADP/case>4 help/NOUN/obl>2 ./PUNCT/punct>2"
FILLER = "Talks/NOUN/nsubj>1 continued/VERB/ROOT>1 ./PUNCT/punct>1"
ROUHANI = "President/PROPN/compound>1 Rouhani/PROPN/nsubj>2 spoke/VERB/ROOT>2 ./PUNCT/punct>2"


def test_a_name_before_a_capitalised_body_names_the_body_not_a_person(lexicon):
    mention = resolve_last(lexicon, [AQSA], 5)
    assert mention.name is None
    assert mention.actor.code == "---RELMUS"  # not IRNRELMUS: the dateline does not own the mosque


def test_a_generic_body_keeps_the_dateline_country(lexicon):
    spec = "The/DET/det>1 mosque/NOUN/nsubj>2 opened/VERB/ROOT>2 ./PUNCT/punct>2"
    assert resolve_last(lexicon, [spec], 1).actor.code == "IRNRELMUS"


def test_the_police_after_a_foreign_police_are_that_police(lexicon):
    mention = resolve_last(lexicon, [ITALIAN_POLICE, THE_POLICE], 1)
    assert mention.actor.code == "ITACOP" and mention.rule.startswith("definite:police")


def test_the_police_with_nothing_before_them_are_the_datelines(lexicon):
    assert resolve_last(lexicon, [FILLER, THE_POLICE], 1).actor.code == "IRNCOP"


def test_a_pronoun_after_a_named_subject_is_that_subject_even_if_unknown(lexicon):
    said = ("French/ADJ/amod>2 spokeswoman/NOUN/compound>2 Dupont/PROPN/nsubj>3 said/VERB/ROOT>3 "
            "she/PRON/nsubj>5 agreed/VERB/ccomp>3 ./PUNCT/punct>3")
    mention = resolve_last(lexicon, [ROUHANI, said], 4)
    assert mention.actor.code == "FRAGOV" and "Dupont" in mention.rule


def test_a_place_subject_is_not_the_person_a_pronoun_stands_for(lexicon):
    said = "Tehran/PROPN/nsubj>1 said/VERB/ROOT>1 he/PRON/nsubj>3 agreed/VERB/ccomp>1 ./PUNCT/punct>1"
    putin = ROUHANI.replace("Rouhani", "Putin")
    assert resolve_last(lexicon, [putin, said], 2).actor.code == "RUSGOV"


def test_an_object_pronoun_is_not_its_own_clauses_subject(lexicon):
    urged = ("French/ADJ/amod>2 spokeswoman/NOUN/compound>2 Dupont/PROPN/nsubj>3 met/VERB/ROOT>3 "
             "Rouhani/PROPN/obj>3 and/CCONJ/cc>6 urged/VERB/conj>3 him/PRON/obj>6 ./PUNCT/punct>3")
    assert resolve_last(lexicon, [FILLER, urged], 7).actor.code == "IRNGOV"


def test_three_coordinated_adjectives_when_the_last_hangs_on_the_noun():
    spec = ("The/DET/det>7 Russian/ADJ/amod>7 ,/PUNCT/punct>3 Turkish/ADJ/conj>1 and/CCONJ/cc>5 "
            "Syrian/ADJ/amod>7 defense/NOUN/compound>7 chiefs|chief/NOUN/nsubj>8 met/VERB/ROOT>8 ./PUNCT/punct>8")
    assert shared_heads(Graph.of(parse(spec)), 7) == [1, 3, 5]


def test_a_name_hung_on_a_long_title_without_a_preposition_is_its_holder(lexicon):
    # held-out TT review (seed 2029): "Supreme Leader of the Islamic revolution Ayatollah Seyyed Ali
    # Khamenei called on …" was ---GOV: the parser made "Ali" a modifier of "Leader" with no "of"
    spec = ("Supreme/ADJ/amod>1 Leader/PROPN/nsubj>10 of/ADP/case>5 the/DET/det>5 Islamic/ADJ/amod>5 "
            "revolution/NOUN/nmod>1 Ayatollah/PROPN/compound>8 Seyyed/PROPN/compound>8 Ali/PROPN/nmod>1 "
            "Khamenei/PROPN/flat>8 called|call/VERB/ROOT>10")
    assert resolve_last(lexicon, [spec], 1, dateline=None).actor.code == "IRNGOV"


BIDEN = ("President/PROPN/compound>1 Biden/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2 ./PUNCT/punct>2")


def test_a_role_owned_by_his_is_of_his_country(lexicon):
    # held-out TT review (seed 2029): "Biden himself expressed support …, and his senior officials met
    # with so-called Iranian activists" was ---GOV
    spec = ("His/PRON/nmod:poss>2 senior/ADJ/amod>2 officials|official/NOUN/nsubj>3 met|meet/VERB/ROOT>3 "
            "activists|activist/NOUN/obj>3")
    mention = resolve_last(lexicon, [BIDEN, spec], 2, dateline=None)
    assert mention.actor.code == "USAGOV" and mention.rule.startswith("owner:pronoun:")


def test_a_role_on_another_side_does_not_take_the_owners_country(lexicon):
    spec = ("His/PRON/nmod:poss>1 counterpart/NOUN/nsubj>2 agreed|agree/VERB/ROOT>2 ./PUNCT/punct>2")
    mention = resolve_last(lexicon, [BIDEN, spec], 1, dateline=None)
    assert mention is None or mention.actor.country != "USA"


def test_a_month_is_not_a_person_of_that_name(lexicon):
    # held-out TT review (seed 2030): "President Park will start a three-day visit to Iran on May 1":
    # "May" was Theresa May, and "the two countries" of the next sentence Britain and Iran
    spec = ("Park/PROPN/nsubj>1 visits|visit/VERB/ROOT>1 Iran/PROPN/obj>1 on/ADP/case>4 May/PROPN/obl>1 "
            "1/NUM/nummod>4 ./PUNCT/punct>1")
    assert resolve_last(lexicon, [spec], 4) is None
    prime = "Prime/PROPN/compound>2 Minister/PROPN/compound>2 May/PROPN/nsubj>3 spoke|speak/VERB/ROOT>3"
    assert resolve_last(lexicon, [prime], 2).actor.code == "GBRGOV"
    by_may = "a/DET/det>1 speech/NOUN/nsubj>4 by/ADP/case>3 May/PROPN/nmod>1 ended|end/VERB/ROOT>4"
    assert resolve_last(lexicon, [by_may], 3).actor.code == "GBRGOV"  # "by" takes a person too
    # held-out TT review (seed 2052): "we need to reach an agreement on restoration of JCPOA by 21 May"
    day_first = "agreement/NOUN/ROOT>0 by/ADP/case>3 21/NUM/nummod>3 May/PROPN/nmod>0 ./PUNCT/punct>0"
    assert resolve_last(lexicon, [day_first], 3) is None


FRANCE = ["Protests|protest/NOUN/nsubj>1 hit/VERB/ROOT>1 France/PROPN/obj>1 ./PUNCT/punct>1",
          "France/PROPN/nsubj>1 endured|endure/VERB/ROOT>1 violence/NOUN/obj>1 ./PUNCT/punct>1"]
CLASHED = "Protesters|protester/NOUN/nsubj>1 clashed|clash/VERB/ROOT>1 again/ADV/advmod>1 ./PUNCT/punct>1"


def test_a_report_filed_in_tehran_about_france_defaults_to_france(lexicon):
    # held-out TT review (seed 2030): "TEHRAN – … Protesters again clashed with security forces" in a
    # report on the riots in France was IRNOPP against IRNCOP
    mention = resolve_last(lexicon, FRANCE + [CLASHED], 0, dateline="IRN")
    assert mention.actor.code == "FRAOPP" and mention.rule.startswith("topic-country:FRA")


def test_the_dateline_stands_once_the_article_has_named_its_country(lexicon):
    iran = "Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 it/PRON/obj>1 ./PUNCT/punct>1"
    mention = resolve_last(lexicon, FRANCE + [iran, CLASHED], 0, dateline="IRN")
    assert mention.actor.code == "IRNOPP"


def test_an_owner_is_not_the_name_of_the_one_its_phrase_names(lexicon):
    # held-out TT review (seed 2030): "Korea's top diplomat" made "Korea" a person's name, remembered
    # as Iran's government (the dateline's), so that "Korea is open to cooperation" was IRNGOV
    spec = ("Korea/PROPN/nmod:poss>3 's/PART/case>0 top/ADJ/amod>3 diplomat/NOUN/nsubj>4 said|say/VERB/ROOT>4")
    mention = resolve_last(lexicon, [spec], 3)
    assert mention.name is None
    later = "Korea/PROPN/nsubj>1 agreed|agree/VERB/ROOT>1 ./PUNCT/punct>1"
    assert resolve_last(lexicon, [spec, later], 0) is None


def test_king_hussein_is_jordans(lexicon):
    # held-out TT review (seed 2030): "His father, King Hussein, was vilified by the Saudis" was IRQGOV
    spec = "King/PROPN/compound>1 Hussein/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2"
    assert resolve_last(lexicon, [spec], 1, dateline=None).actor.code == "JORGOV"


def test_a_pronoun_is_not_a_person_named_after_it(lexicon):
    # held-out TT review (seed 2030): "In England he was received by Queen Elizabeth II": the coder
    # resolves the source (the Queen) first, and "he" became the Queen instead of the crown prince
    actors = ArticleActors(lexicon)
    first = Graph.of(parse(BIDEN, index=0))
    actors.observe(first)
    actors.resolve(first, 1)
    spec = ("In/ADP/case>1 England/PROPN/obl>4 he/PRON/nsubj:pass>4 was/AUX/aux:pass>4 received|receive/VERB/ROOT>4 "
            "by/ADP/case>7 Queen/PROPN/compound>7 Elizabeth/PROPN/obl:agent>4 II/PROPN/flat>7")
    g = Graph.of(parse(spec, index=1))
    assert actors.resolve(g, 7)[0].actor.code == "GBRGOV"
    assert actors.resolve(g, 2)[0].actor.code == "USAGOV"  # Biden, named before "he"


def test_what_the_words_call_foreign_is_not_the_datelines(lexicon):
    # held-out TT review (seed 2030): "ready to deliver the black box to a French or any other foreign
    # company" coded the foreign company as Iranian (IRNBUS)
    spec = "foreign/ADJ/amod>1 companies|company/NOUN/nsubj>2 invested|invest/VERB/ROOT>2"
    assert resolve_last(lexicon, [spec], 1).actor.code == "---BUS"
    assert resolve_last(lexicon, [spec.replace("foreign", "local")], 1).actor.code == "IRNBUS"


def test_forces_in_a_country_are_not_thereby_its_forces(lexicon):
    # PLOVER helper's Tehran Times check (session 10): "U.S.-led coalition forces in Afghanistan" were
    # AFGMIL; "protesters in Tehran" are still Iran's (a group where it is)
    forces = ("coalition/NOUN/compound>1 forces|force/NOUN/nsubj>4 in/ADP/case>3 Afghanistan/PROPN/nmod>1 "
              "attacked|attack/VERB/ROOT>4")
    assert resolve_last(lexicon, [forces], 1, dateline=None).actor.country != "AFG"
    protesters = "protesters|protester/NOUN/nsubj>3 in/ADP/case>2 Tehran/PROPN/nmod>0 marched|march/VERB/ROOT>3"
    assert resolve_last(lexicon, [protesters], 0, dateline=None).actor.code == "IRNOPP"
    # but police serve at home (PLOVER GSR: "Security forces in Guinea have tortured scores of Sierra
    # Leonean and Liberian refugees")
    police = forces.replace("coalition/NOUN", "security/NOUN").replace("Afghanistan", "Guinea")
    assert resolve_last(lexicon, [police], 1, dateline=None).actor.code == "GINCOP"


def test_a_country_hung_on_a_role_list_holds_the_role(lexicon):
    # held-out TT review (seed 2031): "deputy foreign ministers of Iran, Russia, Syria, and Turkey held a
    # meeting": the parser hangs "and Turkey" on "ministers", and Turkey was a bare TUR in 6 events
    spec = ("deputy/NOUN/compound>2 foreign/ADJ/amod>2 ministers|minister/NOUN/nsubj>10 of/ADP/case>4 "
            "Iran/PROPN/nmod>2 ,/PUNCT/punct>6 Russia/PROPN/conj>4 ,/PUNCT/punct>9 and/CCONJ/cc>9 "
            "Turkey/PROPN/conj>2 met|meet/VERB/ROOT>10")
    actors = ArticleActors(lexicon)
    codes = [m.actor.code for m in actors.resolve(Graph.of(parse(spec)), 2)]
    assert codes == ["IRNGOV", "RUSGOV", "TURGOV"]


def test_western_on_a_part_of_a_place_is_a_direction(lexicon):
    # held-out TT review (seed 2031): "targeting the Eastern and Western districts of Aleppo city" was
    # aimed at the West
    spec = ("the/DET/det>4 Eastern/ADJ/amod>4 and/CCONJ/cc>3 Western/ADJ/conj>1 districts|district/NOUN/obj>5 "
            "shelled|shell/VERB/ROOT>5")
    assert resolve_last(lexicon, [spec], 4, dateline=None) is None
    west = "Western/ADJ/amod>1 countries|country/NOUN/nsubj>2 agreed|agree/VERB/ROOT>2"
    assert resolve_last(lexicon, [west], 1, dateline=None).actor.code == "WST"


def test_a_dateline_named_once_yields_to_a_topic_named_three_times_as_often(lexicon):
    # held-out TT review (seed 2031): a Tehran-filed report on Aleppo names Iran once; "the militants"
    # were IRNUAF
    iran = "Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 it/PRON/obj>1 ./PUNCT/punct>1"
    syria = "Syria/PROPN/nsubj>1 endured|endure/VERB/ROOT>1 violence/NOUN/obj>1 ./PUNCT/punct>1"
    mention = resolve_last(lexicon, [iran, syria, syria, syria, CLASHED], 0, dateline="IRN")
    assert mention.actor.code == "SYROPP"
    assert resolve_last(lexicon, [iran, iran, syria, syria, syria, CLASHED], 0, dateline="IRN").actor.code == "IRNOPP"


def test_a_venue_does_not_give_a_phrase_its_actor(lexicon):
    # held-out TT review (seed 2031): "bilateral meetings with the leaders of some countries on the
    # sidelines of the UN General Assembly" were meetings with the UN
    spec = ("leaders|leader/NOUN/nsubj>11 of/ADP/case>3 some/DET/det>3 countries|country/NOUN/nmod>0 "
            "on/ADP/case>6 the/DET/det>6 sidelines|sideline/NOUN/nmod>3 of/ADP/case>9 the/DET/det>9 "
            "UN/PROPN/nmod>6 ./PUNCT/punct>0 met|meet/VERB/ROOT>11")
    mention = resolve_last(lexicon, [spec], 0, dateline=None)
    assert mention is None or not mention.actor.code.startswith("IGOUNO")


def test_buyers_of_a_countrys_goods_are_not_that_country(lexicon, knowledge):
    # held-out seed 2065: "the United States ... demanded buyers of Iranian oil stop purchases" was
    # USA 100 IRN: the demand was made to the importing countries
    spec = ("America/PROPN/nsubj>1 warned|warn/VERB/ROOT>1 {role}/NOUN/obj>1 of/ADP/case>5 "
            "Iranian/ADJ/amod>5 {thing}/NOUN/nmod>2 ./PUNCT/punct>1")
    buyers = spec.format(role="buyers|buyer", thing="oil")
    mention = resolve_last(lexicon, [buyers], 2, dateline=None)
    assert mention is None or mention.actor.country != "IRN"
    assert [e.target for e in coded(knowledge, buyers)] in ([], [None])  # nor is Iran the target found below
    # members of an Iranian body are Iran's
    members = spec.format(role="members|member", thing="parliament")
    assert resolve_last(lexicon, [members], 2, dateline=None).actor.code == "IRNLEG"


def test_the_target_of_acts_a_role_leads_is_not_whose_the_role_is(lexicon):
    # held-out seed 2053: "The mastermind and main commander of terrorist attacks on the Majlis … was
    # killed today by the security forces" was a killing of Iran's parliament (IRNLEG)
    spec = ("The/DET/det>2 main/ADJ/amod>2 {role}/NOUN/nsubj:pass>10 of/ADP/case>5 terrorist/ADJ/amod>5 "
            "attacks|attack/NOUN/nmod>2 on/ADP/case>8 the/DET/det>8 Majlis/PROPN/nmod>5 was|be/AUX/aux:pass>10 "
            "killed|kill/VERB/ROOT>10 ./PUNCT/punct>10")
    commander = resolve_last(lexicon, [spec.format(role="commander")], 2, dateline=None)
    assert commander is None or not commander.actor.code.endswith("LEG")
    # the victims of the attacks are the target's
    victims = resolve_last(lexicon, [spec.format(role="victims|victim")], 2, dateline=None)
    assert victims.actor.country == "IRN"


def test_a_named_place_body_takes_no_topic_country(lexicon):
    # 200-article review, round 9: in a report naming Israel most, the dateline rule's topic made
    # "the holy Al-Aqsa Mosque" Israeli; a mosque with a name of its own is that place, of no default
    israel = "Israel/PROPN/nsubj>1 raided|raid/VERB/ROOT>1 Jenin/PROPN/obj>1 ./PUNCT/punct>1"
    mention = resolve_last(lexicon, [israel, israel, israel, AQSA], 5, dateline="IRN")
    assert mention.actor.code == "---RELMUS"


def test_them_after_a_group_is_that_group_not_an_earlier_organisation(lexicon):
    # held-out TT review (seed 2032): "According to the Palestinian Red Crescent, Israeli forces attacked
    # Palestinian protesters … and physically assaulted them": "them" was the Red Crescent
    spec = ("According/VERB/case>3 to/ADP/fixed>0 the/DET/det>3 Red/PROPN/compound>4 Crescent/PROPN/obl>7 "
            ",/PUNCT/punct>4 Israeli/ADJ/amod>7 forces|force/NOUN/nsubj>8 attacked|attack/VERB/ROOT>8 "
            "Palestinian/ADJ/amod>10 protesters|protester/NOUN/obj>8 and/CCONJ/cc>12 assaulted|assault/VERB/conj>8 "
            "them|they/PRON/obj>12")
    sentence = parse(spec)
    sentence = replace(sentence, tokens=tuple(replace(t, tag="NNS") if t.text == "protesters" else t
                                              for t in sentence.tokens))
    actors = ArticleActors(lexicon)
    (mention,) = actors.resolve(Graph.of(sentence), 13)
    assert mention.actor.code == "PSEOPP" and mention.rule.startswith("group-pronoun:")


def test_a_remembered_name_gives_way_to_a_country_the_phrase_names_itself(lexicon):
    # "the Persian Gulf" then "the Gulf of Mexico"; "Korea" (South Korea) then "North Korea"
    gulf = "Iranian/ADJ/amod>1 boats/NOUN/nsubj>2 patrolled/VERB/ROOT>2 the/DET/det>5 Persian/ADJ/amod>5 " \
           "Gulf/PROPN/obj>2 ./PUNCT/punct>2"
    mexico = "Navies/NOUN/nsubj>1 patrol/VERB/ROOT>1 the/DET/det>3 Gulf/PROPN/obj>1 of/ADP/case>5 " \
             "Mexico/PROPN/nmod>3 ./PUNCT/punct>1"
    mention = resolve_last(lexicon, [gulf, mexico], 3)
    # a sea named after a country is no actor at all (held-out seed 2096: "to the Sea of Oman"
    # was Oman), and never the Gulf states the first sentence's adjective named
    assert mention is None, mention.rule
    again = "Navies/NOUN/nsubj>1 patrol/VERB/ROOT>1 the/DET/det>3 Gulf/PROPN/obj>1 ./PUNCT/punct>1"
    alone = resolve_last(lexicon, [gulf, again], 3)  # (no one since "Persian Gulf" is the Gulf states' adjective)
    assert alone is None or not alone.rule.startswith("country:Mexico")


def test_a_titled_stranger_is_not_the_datelines_office_holder(lexicon):
    # held-out seed 2036, a Tehran-datelined report: "Foreign Minister Toikeusse Mabri" is none of
    # Iran's foreign ministers that people.tsv lists, so the dateline does not make him Iranian
    spec = ("Foreign/PROPN/compound>1 Minister/PROPN/compound>3 Toikeusse/PROPN/compound>3 Mabri/PROPN/nsubj>4 "
            "arrived|arrive/VERB/ROOT>4 ./PUNCT/punct>4")
    mention = resolve_last(lexicon, [spec], 3)
    assert not mention.actor.code.startswith("IRN"), mention.rule
    # an office people.tsv knows no Iranian holders of still takes the dateline's country
    mayor = ("Mayor/PROPN/compound>1 Hashemi/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2 ./PUNCT/punct>2")
    assert resolve_last(lexicon, [mayor], 1).actor.country == "IRN"
    # and one of Iran's own foreign ministers is Iranian
    zarif = "Foreign/PROPN/compound>1 Minister/PROPN/compound>2 Zarif/PROPN/nsubj>3 arrived|arrive/VERB/ROOT>3"
    assert resolve_last(lexicon, [zarif], 2).actor.code == "IRNGOV"


def test_the_visiting_official_takes_no_default_country(lexicon):
    # "On Sunday the visiting official is scheduled to hold talks with the prime minister": he came from elsewhere
    visiting = "the/DET/det>2 visiting|visit/VERB/amod>2 official/NOUN/nsubj>3 spoke|speak/VERB/ROOT>3"
    assert resolve_last(lexicon, [visiting], 2).actor.country is None
    plain = "the/DET/det>1 official/NOUN/nsubj>2 spoke|speak/VERB/ROOT>2"
    assert resolve_last(lexicon, [plain], 1).actor.country == "IRN"


def test_a_typographic_apostrophe_is_read_as_the_knowledge_files_write_it(lexicon):
    spec = ("Côte/PROPN/compound>1 d’Ivoire/PROPN/nmod:poss>4 ’s/PART/case>1 Foreign/PROPN/compound>4 "
            "Minister/PROPN/nsubj>5 spoke|speak/VERB/ROOT>5")
    assert resolve_last(lexicon, [spec], 4).actor.code == "CIVGOV"


def test_a_process_named_after_its_venue_is_no_government(lexicon):
    # held-out seeds 2039, 2040: "stressed the importance of the role of the Astana peace process"
    # was an event towards Kazakhstan's government
    spec = ("the/DET/det>3 Astana/PROPN/compound>3 peace/NOUN/compound>3 process/NOUN/nsubj>4 "
            "continued|continue/VERB/ROOT>4")
    assert resolve_last(lexicon, [spec], 3, dateline=None) is None
    # "the role of the Astana peace process on the Syria crisis": the topic's country is no one's either
    role = ("the/DET/det>1 role/NOUN/nsubj>11 of/ADP/case>6 the/DET/det>6 Astana/PROPN/compound>6 "
            "peace/NOUN/compound>6 process/NOUN/nmod>1 on/ADP/case>10 the/DET/det>10 Syria/PROPN/compound>10 "
            "crisis/NOUN/nmod>6 grew|grow/VERB/ROOT>11")
    assert resolve_last(lexicon, [role], 1, dateline=None) is None
    # the city on its own, or with a government, is still the government
    seat = "the/DET/det>2 Astana/PROPN/compound>2 government/NOUN/nsubj>3 continued|continue/VERB/ROOT>3"
    assert resolve_last(lexicon, [seat], 2, dateline=None).actor.code == "KAZGOV"


def test_an_envoys_name_hung_on_his_to_country_is_his(lexicon):
    # held-out seed 2061, tehrantimes-446273: "Iran's Ambassador to Russia Kazem Jalali" (the name parsed
    # as an apposition of "Russia"), then "Jalali also appreciated Russia's humanitarian aid" was coded
    # as the Syrian prime minister of 2024 (people.tsv's only Jalali)
    envoy = ("Iran/PROPN/nmod:poss>2 's/PART/case>0 Ambassador/NOUN/nsubj>7 to/ADP/case>4 Russia/PROPN/nmod>2 "
             "Kazem/PROPN/compound>6 Jalali/PROPN/appos>4 spoke|speak/VERB/ROOT>7 ./PUNCT/punct>7")
    thanked = "Jalali/PROPN/nsubj>1 thanked|thank/VERB/ROOT>1 Russia/PROPN/obj>1 ./PUNCT/punct>1"
    jalali = resolve_last(lexicon, [envoy, thanked], 0, dateline=None)
    assert jalali.actor.code == "IRNGOV" and jalali.rule.startswith("memory:")


def test_his_on_the_role_a_phrase_is_of_is_the_persons(lexicon):
    # held-out seed 2061 (tehrantimes-427897): "Trump was quite pompously hailing his government's
    # 'accomplishments'" was praise of Iran's government (the Tehran Times' default)
    spec = ("Trump/PROPN/nsubj>1 hailed|hail/VERB/ROOT>1 his/PRON/nmod:poss>3 government/NOUN/nmod:poss>5 "
            "'s/PART/case>3 accomplishments|accomplishment/NOUN/obj>1 ./PUNCT/punct>1")
    owned = resolve_last(lexicon, [spec], 5)
    assert owned.actor.code == "USAGOV" and "owner:" in owned.rule


def test_a_phrase_known_as_an_organisation_is_that_organisation(lexicon):
    # held-out seed 2061 (tehrantimes-441103): "Turkey launched military operation against Syrian Kurdish
    # fighters, known as the Syrian Democratic Forces (SDF)" was against bare Syria
    spec = ("Turkey/PROPN/nsubj>1 attacked|attack/VERB/ROOT>1 Syrian/ADJ/amod>3 fighters|fighter/NOUN/obj>1 "
            ",/PUNCT/punct>5 known|know/VERB/acl>3 as/ADP/case>10 the/DET/det>10 Syrian/ADJ/amod>10 "
            "Democratic/ADJ/amod>10 Forces|force/PROPN/obl>5 ./PUNCT/punct>1")
    sentence = parse(spec)
    tagged = replace(sentence, tokens=tuple(replace(t, tag="VBN" if t.text == "known" else t.tag)
                                            for t in sentence.tokens))
    [sdf] = ArticleActors(lexicon).resolve(Graph.of(tagged), 3)
    assert sdf.actor.code == "SYRREB" and sdf.rule.startswith("alias:org:")
    # a participle of another verb names nothing: "fighters, backed by the Syrian Democratic Forces"
    backed = replace(tagged, tokens=tuple(replace(t, lemma="back") if t.text == "known" else t for t in tagged.tokens))
    assert ArticleActors(lexicon).resolve(Graph.of(backed), 3)[0].actor.code == "SYR"
    # "called" takes its name as a complement
    called = parse("A/DET/det>1 group/NOUN/nsubj>7 called|call/VERB/acl>1 Jaish/PROPN/xcomp>2 al/PROPN/flat>3 "
                   "-/PUNCT/punct>6 Adl/PROPN/flat>3 attacked|attack/VERB/ROOT>7 ./PUNCT/punct>7")
    called = replace(called, tokens=tuple(replace(t, tag="VBN" if t.text == "called" else t.tag)
                                          for t in called.tokens))
    [group] = ArticleActors(lexicon).resolve(Graph.of(called), 1)
    assert group.actor.code == "IRNREB" and group.rule.startswith("alias:org:")


def test_a_predicates_subject_is_no_part_of_its_phrase(lexicon):
    # first 1,000 TT articles (session 36): "Also, the Iranian Foreign Minister Kamal Kharrazi is in Cairo now
    # to attend the third summit", parsed with "the" and the subject on "Cairo", made Kharrazi Egyptian for
    # the rest of the article
    spec = ("Also/ADV/advmod>13 ,/PUNCT/punct>0 the/DET/det>10 Iranian/ADJ/amod>6 Foreign/ADJ/amod>5 "
            "Minister/PROPN/compound>6 Kamal/PROPN/nsubj>10 Kharrazi/PROPN/flat>6 is|be/AUX/cop>10 in/ADP/case>10 "
            "Cairo/PROPN/nsubj>13 now/ADV/advmod>13 to/PART/mark>13 attend/VERB/ROOT>13 the/DET/det>16 "
            "third/ADJ/amod>16 summit/NOUN/obj>13 ./PUNCT/punct>13")
    actors = ArticleActors(lexicon)
    [cairo] = actors.resolve(Graph.of(parse(spec)), 10)
    assert cairo.name is None and cairo.actor.code == "EGYGOV"
    assert "kharrazi" not in actors.people or actors.people["kharrazi"].code == "IRNGOV"
