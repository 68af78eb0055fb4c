"""Targets and countries found on the PLOVER gold-standard records (session 10), on hand-built
parses (no model involved): a phrase on the object's "of" noun, a required object that names
people, "up to N" objects, roles at home, and pattern slots (asylum, invasion, blockade, removal)."""

from __future__ import annotations

from functools import partial

from conftest import dyads

_dyads = partial(dyads, date="2000-01-01")  # (the PLOVER records' era: no role's dates apply)


def test_a_phrase_on_the_objects_of_noun_is_the_objects(knowledge):
    # PLOVER GSR: "The military government of President Prosper Avril declared a 30-day state of siege in Haiti"
    siege = ("The/DET/det>1 government/NOUN/nsubj>2 declared|declare/VERB/ROOT>2 a/DET/det>4 state/NOUN/obj>2 "
             "of/ADP/case>6 siege/NOUN/nmod>4 in/ADP/case>8 Haiti/PROPN/nmod>6 ./PUNCT/punct>2")
    assert ("---GOV", "HTI", "1724") in _dyads(knowledge, siege)
    # but "from" on the "of" noun is where it leaves: the withdrawal is demanded of the Serbian forces
    withdrawal = ("The/DET/det>2 EC/PROPN/compound>2 ministers|minister/NOUN/nsubj>3 demanded|demand/VERB/ROOT>3 "
                  "the/DET/det>5 withdrawal/NOUN/obj>3 of/ADP/case>8 Serbian/ADJ/amod>8 forces|force/NOUN/nmod>5 "
                  "from/ADP/case>10 Bosnia/PROPN/nmod>8 ./PUNCT/punct>3")
    assert [t for _, t, _ in _dyads(knowledge, withdrawal)] == ["SRBMIL"]


def test_a_required_object_naming_people_of_a_country_is_the_target(knowledge):
    # PLOVER GSR: "U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity"
    abused = ("U.S./PROPN/compound>1 agents|agent/NOUN/nsubj>2 abused|abuse/VERB/ROOT>2 illegal/ADJ/amod>5 "
              "Mexican/ADJ/amod>5 immigrants|immigrant/NOUN/obj>2 ./PUNCT/punct>2")
    [(_, target, _)] = _dyads(knowledge, abused)
    assert target == "MEXCVL"
    # a bare role says no country; the source's own forces are no target
    bare = ("U.S./PROPN/compound>1 agents|agent/NOUN/nsubj>2 abused|abuse/VERB/ROOT>2 "
            "immigrants|immigrant/NOUN/obj>2 ./PUNCT/punct>2")
    assert [t for _, t, _ in _dyads(knowledge, bare)] == [None]
    own = ("Afghanistan/PROPN/nsubj>3 has|have/AUX/aux>3 been|be/AUX/aux>3 mobilizing|mobilize/VERB/ROOT>3 "
           "all/DET/det:predet>6 its/PRON/nmod:poss>6 forces|force/NOUN/obj>3 ./PUNCT/punct>3")
    assert [t for _, t, _ in _dyads(knowledge, own)] == [None]


def test_up_to_a_number_is_the_object(knowledge):
    # PLOVER GSR: "Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar"
    spec = ("Afghan/ADJ/amod>1 rebels|rebel/NOUN/nsubj>2 kidnapped|kidnap/VERB/ROOT>2 up/ADP/compound:prt>2 "
            "to/ADP/case>7 16/NUM/nummod>7 Russian/ADJ/amod>7 advisers|adviser/NOUN/obl>2 ./PUNCT/punct>2")
    assert [(s, t[:3]) for s, t, _ in _dyads(knowledge, spec)] == [("AFGREB", "RUS")]


def test_a_role_at_home_takes_the_country_of_the_state_it_acts_within(knowledge):
    court = ("The|the/DET/det>1 court/NOUN/nsubj>2 convicted|convict/VERB/ROOT>2 the/DET/det>5 "
             "Israeli/ADJ/amod>5 minister/NOUN/obj>2 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, court)] == [("ISRJUD", "ISRGOV")]
    # PLOVER GSR: "Rebels in the Ivory Coast on Wednesday dismissed an appeal from President Laurent Gbago"
    rebels = ("Ivorian/ADJ/amod>1 rebels|rebel/NOUN/nsubj>2 dismissed|dismiss/VERB/ROOT>2 an|a/DET/det>4 "
              "appeal/NOUN/obj>2 from/ADP/case>7 the/DET/det>7 president/NOUN/nmod>4 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, rebels)] == [("CIVREB", "CIVGOV")]
    # PLOVER GSR: "Sudanese rebels shelled ... Juba ..., killing about 20 people"
    killing = ("Sudanese/ADJ/amod>1 rebels|rebel/NOUN/nsubj>2 killed|kill/VERB/ROOT>2 about/ADV/advmod>4 "
               "20/NUM/nummod>5 people/NOUN/obj>2 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, killing)] == [("SDNREB", "SDNCVL")]
    # PLOVER GSR AGREE-0024: "Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone
    # the demonstration in Baku": a country named only as the place is where the opposition is
    baku = ("the/DET/det>1 opposition/NOUN/nsubj>2 agreed|agree/VERB/ROOT>2 to/PART/mark>4 "
            "postpone/VERB/xcomp>2 the/DET/det>6 demonstration/NOUN/obj>4 in/ADP/case>8 Baku/PROPN/nmod>6 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, baku)] == [("AZEOPP", "AZE")]
    # a country acted on by its name is not thereby the opposition's: "the opposition criticized Canada"
    canada = "the/DET/det>1 opposition/NOUN/nsubj>2 criticized|criticize/VERB/ROOT>2 Canada/PROPN/obj>2 ./PUNCT/punct>2"
    assert [(s, t) for s, t, _ in _dyads(knowledge, canada)] == [("---OPP", "CAN")]
    # demonstrators chanting against a country are not of it
    chant = ("Demonstrators|demonstrator/NOUN/nsubj>1 chanted|chant/VERB/ROOT>1 slogans|slogan/NOUN/obj>1 "
             "against/ADP/case>5 the/DET/det>5 U.S./PROPN/obl>1 ./PUNCT/punct>1")
    assert all(s.startswith("---") for s, _, _ in _dyads(knowledge, chant))


def test_people_a_police_force_acts_on_are_of_its_country(knowledge):
    # PLOVER GSR: "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators"
    disperse = ("Egyptian/ADJ/amod>1 police/NOUN/nsubj>2 dispersed|disperse/VERB/ROOT>2 "
                "demonstrators|demonstrator/NOUN/obj>2 ./PUNCT/punct>2")
    assert _dyads(knowledge, disperse) == [("EGYCOP", "EGYOPP", "175")]
    # an army acts abroad too: the militants it killed are of no country it says
    army = ("Egyptian/ADJ/amod>1 troops|troop/NOUN/nsubj>2 killed|kill/VERB/ROOT>2 "
            "militants|militant/NOUN/obj>2 ./PUNCT/punct>2")
    assert all(t is None or t.startswith("---") for _, t, _ in _dyads(knowledge, army))


def test_a_crowd_doing_what_its_participle_says_is_its_source(knowledge):
    # PLOVER GSR: "Liberian riot police used tear gas to disperse demonstrators protesting election results":
    # the demonstrators protest, not the police that disperse them
    spec = ("Liberian/ADJ/amod>1 police/NOUN/nsubj>2 dispersed|disperse/VERB/ROOT>2 "
            "demonstrators|demonstrator/NOUN/obj>2 protesting|protest/VERB/acl>3 "
            "against/ADP/case>6 Israel/PROPN/obl>4 ./PUNCT/punct>2")
    dyads = _dyads(knowledge, spec)
    assert ("LBRCOP", "LBROPP", "175") in dyads
    assert not any(s == "LBRCOP" and c.startswith("14") for s, _, c in dyads)


def test_pattern_slots_for_asylum_invasion_blockade_and_removal(knowledge):
    # PLOVER GSR: "Some 800,000 Iraqi Kurds sought refuge in Germany last month"
    refuge = ("Iraqi/ADJ/amod>1 Kurds|Kurd/PROPN/nsubj>2 sought|seek/VERB/ROOT>2 refuge/NOUN/obj>2 "
              "in/ADP/case>5 Germany/PROPN/obl>2 ./PUNCT/punct>2")
    assert _dyads(knowledge, refuge) == [("IRQ", "DEU", "0233")]
    # PLOVER GSR: "Israel today mounted its long-threatened invasion of South Lebanon"
    invasion = ("Israel/PROPN/nsubj>1 mounted|mount/VERB/ROOT>1 its/PRON/nmod:poss>3 invasion/NOUN/obj>1 "
                "of/ADP/case>6 South/PROPN/compound>6 Lebanon/PROPN/nmod>3 ./PUNCT/punct>1")
    assert [(s, t) for s, t, _ in _dyads(knowledge, invasion)] == [("ISR", "LBN")]
    # PLOVER GSR: "Israel Friday reimposed blockades in the West Bank"
    blockade = ("Israel/PROPN/nsubj>1 reimposed|reimpose/VERB/ROOT>1 blockades|blockade/NOUN/obj>1 "
                "in/ADP/case>6 the/DET/det>6 West/PROPN/compound>6 Bank/PROPN/obl>1 ./PUNCT/punct>1")
    assert _dyads(knowledge, blockade) == [("ISR", "PSE", "191")]
    # held-out seed 2056: an economic blockade is an embargo, "the economic, commercial and financial
    # blockade imposed by the Government of the United States against Cuba" (was 191)
    economic = ("Israel/PROPN/nsubj>1 reimposed|reimpose/VERB/ROOT>1 an/DET/det>4 economic/ADJ/amod>4 "
                "blockade/NOUN/obj>1 on/ADP/case>6 Cuba/PROPN/obl>1 ./PUNCT/punct>1")
    assert _dyads(knowledge, economic) == [("ISR", "CUB", "163")]
    # held-out seed 2048: the Jordan Valley is in the West Bank, not Jordan
    valley = blockade.replace("West/PROPN", "Jordan/PROPN").replace("Bank/PROPN", "Valley/PROPN")
    assert _dyads(knowledge, valley) == [("ISR", "PSE", "191")]
    # PLOVER GSR: "... a peaceful demonstration calling for the immediate removal of President Hosni Mubarak"
    removal = ("Egyptian/ADJ/amod>1 demonstrators|demonstrator/NOUN/nsubj>2 called|call/VERB/ROOT>2 "
               "for/ADP/case>5 the/DET/det>5 removal/NOUN/obl>2 of/ADP/case>8 President/PROPN/nmod:desc>8 "
               "Hosni/PROPN/nmod>5 Mubarak/PROPN/flat>8 ./PUNCT/punct>2")
    assert [(s, t, c) for s, t, c in _dyads(knowledge, removal)] == [("EGYOPP", "EGYGOV", "0241")]


def test_a_phrase_on_the_objects_last_conjunct(knowledge):
    # PLOVER GSR: "Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean
    # guerrilla camps": the parser made "fire" a conjunct of "artillery"
    spec = ("Vietnamese/ADJ/amod>1 forces|force/NOUN/nsubj>2 launched|launch/VERB/ROOT>2 artillery/NOUN/obj>2 "
            ",/PUNCT/punct>5 mortar/NOUN/conj>3 ,/PUNCT/punct>9 and/CCONJ/cc>9 rocket/NOUN/compound>9 "
            "fire/NOUN/conj>3 against/ADP/case>13 Kampuchean/PROPN/compound>13 guerrilla/PROPN/compound>13 "
            "camps|camp/NOUN/nmod>9 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, spec)] == [("VNMMIL", "KHMREB")]


def test_a_misspelt_country_name_and_a_split_re_verb(knowledge):
    # PLOVER GSR: "Ethopia has agreed to re-open its borders to UN peackeepers" (0355, not 031 "open")
    spec = ("Ethopia/PROPN/nsubj>2 has|have/AUX/aux>2 agreed|agree/VERB/ROOT>2 to/PART/mark>4 re/VERB/xcomp>2 "
            "-/VERB/xcomp>2 open/ADJ/xcomp>2 its/PRON/nmod:poss>8 borders|border/NOUN/obj>6 to/ADP/case>11 "
            "UN/PROPN/compound>11 peacekeepers|peacekeeper/NOUN/obl>6 ./PUNCT/punct>2")
    assert _dyads(knowledge, spec) == [("ETH", "IGOUNO", "0355")]
    # PLOVER GSR: "rejected a fresh offer from Afganistan": a letter left out
    offer = ("Pakistan/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 an|a/DET/det>3 offer/NOUN/obj>1 "
             "from/ADP/case>5 Afganistan/PROPN/nmod>3 ./PUNCT/punct>1")
    assert [(s, t) for s, t, _ in _dyads(knowledge, offer)] == [("PAK", "AFG")]


def test_which_words_read_as_misspelt_countries(lexicon):
    from dyad.types import Sentence, Token

    def countries(text: str) -> list[str]:
        toks = tuple(Token(i, w, w, "PROPN", "NNP", "dep", i, "", 0) for i, w in enumerate(text.split()))
        return [h.entry.code for h in lexicon.match(Sentence("t", 0, text, toks))]

    assert countries("Ethopia Kazahkstan Phillippines") == ["ETH", "KAZ", "PHL"]  # one letter out or in
    # a letter changed, or one at either end, makes another word: a surname, a first name, a people
    assert countries("Bahrani Georgi Romani Iberia") == []
    assert countries("ethopia") == []  # not capitalised: not a name


def test_which_words_read_as_misspelt_surnames(lexicon):
    from dyad.types import Sentence, Token

    def people(text: str) -> list[str]:
        toks = tuple(Token(i, w, w, "PROPN", "NNP", "dep", i, "", 0) for i, w in enumerate(text.split()))
        return [h.entry.phrase for h in lexicon.match(Sentence("t", 0, text, toks))]

    # PLOVER GSR "President Francois Mitterand", "President Abdelaziz Bouteflicka"; Tehran Times
    # "Amirabdolahian": a letter left out or one too many, inside a known surname
    assert people("Mitterand Bouteflicka Amirabdolahian") == ["Mitterrand", "Bouteflika", "Amirabdollahian"]
    # seven letters written are too few: "Taraneh" (a given name) is not Tarawneh, "Shabani" not
    # Shaibani, "Moringa" (a plant) not Morinaga
    assert people("Taraneh Shabani Moringa") == []


def test_extremists_and_whose_offence_is_investigated(knowledge):
    # PLOVER GSR: "Croatia is investigating alleged war crimes by Croatian extremists" (HRV -> HRVREB)
    crimes = ("Croatia/PROPN/nsubj>2 is|be/AUX/aux>2 investigating|investigate/VERB/ROOT>2 alleged|allege/ADJ/amod>5 "
              "war/NOUN/compound>5 crimes|crime/NOUN/obj>2 by/ADP/case>8 Croatian/ADJ/amod>8 "
              "extremists|extremist/NOUN/nmod>5 ./PUNCT/punct>2")
    assert [(s, t) for s, t, _ in _dyads(knowledge, crimes)] == [("HRV", "HRVREB")]
    # PLOVER GSR: "The British government on Monday outlawed the largest Protestant extremist organization in
    # Northern Ireland": Northern Ireland is the United Kingdom's, not Ireland's
    outlawed = ("The|the/DET/det>2 British/ADJ/amod>2 government/NOUN/nsubj>3 outlawed|outlaw/VERB/ROOT>3 "
                "the/DET/det>8 largest|large/ADJ/amod>8 Protestant|protestant/NOUN/compound>8 "
                "extremist/NOUN/compound>8 organization/NOUN/obj>3 in/ADP/case>11 Northern/ADJ/amod>11 "
                "Ireland/PROPN/nmod>8 ./PUNCT/punct>3")
    assert [(s, t) for s, t, _ in _dyads(knowledge, outlawed)] == [("GBRGOV", "GBRREB")]


def test_a_participles_agent_is_searched_for_a_target(knowledge):
    # PLOVER GSR: "Algerian landowners began a hunger strike outside Parliament to demand the return of
    # property seized by Algerian government forces in the 1970s": whom the protest is against
    spec = ("Algerian/ADJ/amod>1 landowners|landowner/NOUN/nsubj>2 began|begin/VERB/ROOT>2 a/DET/det>5 "
            "hunger/NOUN/compound>5 strike/NOUN/obj>2 to/PART/mark>7 demand/VERB/advcl>2 the/DET/det>9 "
            "return/NOUN/obj>7 of/ADP/case>11 property/NOUN/nmod>9 seized|seize/VERB/acl>11 by/ADP/case>16 "
            "Algerian/ADJ/amod>16 government/NOUN/compound>16 forces|force/NOUN/obl:agent>12 ./PUNCT/punct>2")
    assert ("DZAAGR", "DZAMIL") in [(s, t) for s, t, _ in _dyads(knowledge, spec)]


def test_the_doer_of_what_the_object_names_is_the_target(knowledge):
    # PLOVER GSR COERCE-0001: "Turkish police prevented the demonstration staged by students"
    staged = ("Turkish/ADJ/amod>1 police/NOUN/nsubj>2 prevented|prevent/VERB/ROOT>2 the/DET/det>4 "
              "demonstration/NOUN/obj>2 staged|stage/VERB/acl>4 by/ADP/case>8 Turkish/ADJ/amod>8 "
              "students|student/NOUN/obl:agent>5 ./PUNCT/punct>2")
    assert ("TURCOP", "TUREDU", "170") in _dyads(knowledge, staged)
    # "appreciated the efforts made by the Cuban government": the object's own "by" phrase
    efforts = ("Iran/PROPN/nsubj>1 appreciated|appreciate/VERB/ROOT>1 the/DET/det>3 efforts|effort/NOUN/obj>1 "
               "by/ADP/case>7 the/DET/det>7 Cuban/ADJ/amod>7 government/NOUN/nmod>3 ./PUNCT/punct>1")
    assert [(s, t) for s, t, _ in _dyads(knowledge, efforts)] == [("IRN", "CUBGOV")]


def test_a_complaint_is_aimed_at_what_it_is_about_before_whom_it_is_made_to(knowledge):
    # PLOVER GSR DISAPPROVE-0014: "Lebanon complained to the United Nations on Tuesday over two
    # Israeli air raids"
    over = ("Lebanon/PROPN/nsubj>1 complained|complain/VERB/ROOT>1 to/ADP/case>4 the/DET/det>4 "
            "UN/PROPN/obl>1 over/ADP/case>8 Israeli/ADJ/amod>8 air/NOUN/compound>8 raids|raid/NOUN/obl>1 "
            "./PUNCT/punct>1")
    assert [(s, t[:3]) for s, t, c in _dyads(knowledge, over) if c == "114"] == [("LBN", "ISR")]
    # with nothing complained of, to whom
    to_un = ("Lebanon/PROPN/nsubj>1 complained|complain/VERB/ROOT>1 to/ADP/case>4 the/DET/det>4 "
             "UN/PROPN/obl>1 ./PUNCT/punct>1")
    assert [(s, t) for s, t, c in _dyads(knowledge, to_un) if c == "114"] == [("LBN", "IGOUNO")]


def test_territory_taken_in_a_country_is_taken_from_it(knowledge):
    # PLOVER GSR FIGHT-0002: "Vietnamese-led forces have retaken a strategic village in Western Cambodia"
    retaken = ("Vietnamese/ADJ/amod>1 forces|force/NOUN/nsubj>2 retook|retake/VERB/ROOT>2 a/DET/det>4 "
               "village/NOUN/obj>2 in/ADP/case>7 Western/ADJ/amod>7 Cambodia/PROPN/nmod>4 ./PUNCT/punct>2")
    assert [(s, t, c) for s, t, c in _dyads(knowledge, retaken)] == [("VNMMIL", "KHM", "192")]
    # one's own territory retaken names no one it was taken from
    own = retaken.replace("Vietnamese/ADJ", "Cambodian/ADJ")
    assert all(t is None for _, t, c in _dyads(knowledge, own) if c == "192")
