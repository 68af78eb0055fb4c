"""Actor readings found by the session-9 held-out Tehran Times review (seed 2028), on hand-built
parses (no model): a country word that names an official's brief, an apposition the parser took
for a list, a pronoun subject that continues the last sentence's subject, and the Iranian press's
names for Israel and the Palestinian territories."""

from __future__ import annotations

from conftest import coded, parse
from dyad.actors import ArticleActors
from dyad.coder.core import code_sentence
from dyad.coder.syntax import Graph


def code(knowledge, spec: str):
    return coded(knowledge, spec)


def _mentions(lexicon, spec: str, i: int):
    """What a fresh article's resolver makes of token i of a hand-built sentence."""
    return ArticleActors(lexicon).resolve(Graph.of(parse(spec)), i)


def _tehran_times_events(resources, doc_id: str, index: int):
    """The events the whole pipeline codes in sentence ``index`` of a real Tehran Times article."""
    from conftest import shared_path
    from dyad.ingest import read_articles
    from dyad.pipeline import code_articles

    article = next(a for a in read_articles([shared_path("corpora", "tehran_times.jsonl.gz")]) if a.doc_id == doc_id)
    return [e for c in code_articles([article], resources) for e in c.events if e.sentence_index == index]


def dyads(events):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in events)


# tehrantimes-66378: "Iran's Deputy Foreign Minister for the Euro-American Affairs Ali Ahani" was coded
# USAGOV, and so was every later "Ahani"
BRIEF = ("Iran/PROPN/nmod:poss>4 's/PART/case>0 Deputy/PROPN/compound>4 Foreign/PROPN/amod>4 "
         "Minister/PROPN/nsubj>10 for/ADP/case>8 American/ADJ/amod>7 Affairs/PROPN/nmod:desc>8 "
         "Ali/PROPN/nmod>4 Ahani/PROPN/flat>8 met|meet/VERB/ROOT>10 Russia/PROPN/obj>10")
LATER = "Ahani/PROPN/nsubj>1 spoke|speak/VERB/ROOT>1"


def test_a_country_word_naming_a_brief_is_not_the_officials_country(knowledge):
    lexicon, patterns, ontology = knowledge
    actors = ArticleActors(lexicon)
    events = code_sentence(parse(BRIEF), patterns, ontology, actors, date="2019-01-16")
    assert dyads(events) == [("IRNGOV", "RUS", "040")]
    actors.observe(Graph.of(parse(BRIEF)))
    # "Ali" heads its own phrase here ("for American Affairs Ali Ahani"): it was remembered as USA
    assert all(m.actor.country != "USA" for m in actors.resolve(Graph.of(parse(LATER, index=1)), 0))


def test_the_brief_alone_gives_no_country(lexicon):
    # the misparse the article had: the brief's phrase holds the name, and "Iran's" is elsewhere
    spec = ("the/DET/det>4 Euro-American/ADJ/amod>2 Affairs/PROPN/compound>4 Ali/PROPN/compound>4 "
            "Ahani/PROPN/nsubj>5 spoke/VERB/ROOT>5")
    mentions = _mentions(lexicon, spec, 4)
    assert all(m.actor.country != "USA" for m in mentions)


def test_a_foreign_affairs_ministry_keeps_its_country(lexicon):
    spec = ("the/DET/det>4 Iranian/ADJ/amod>4 Foreign/PROPN/compound>3 Affairs/PROPN/compound>4 "
            "Ministry/PROPN/nsubj>5 said|say/VERB/ROOT>5")
    assert _mentions(lexicon, spec, 4)[0].actor.code == "IRNGOV"


def test_an_apposition_parsed_as_a_list_is_one_source(knowledge):
    # tehrantimes-430231: "Amir Peretz, former Zionist Minister of Defense in 2006, called on ..." gave
    # a second source, ---ELI, for the role alone
    spec = ("Amir/PROPN/compound>1 Peretz/PROPN/nsubj>8 ,/PUNCT/punct>5 former/ADJ/amod>5 "
            "Zionist/ADJ/amod>5 Minister/PROPN/conj>1 of/ADP/case>7 Defense/PROPN/nmod>5 "
            "criticized|criticize/VERB/ROOT>8 Iran/PROPN/obj>8")
    assert dyads(code(knowledge, spec)) == [("ISRGOV", "IRN", "111")]


def test_a_real_pair_of_names_stays_two_sources(knowledge):
    spec = ("Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Russia/PROPN/conj>0 criticized|criticize/VERB/ROOT>3 "
            "Israel/PROPN/obj>3")
    assert dyads(code(knowledge, spec)) == [("IRN", "ISR", "111"), ("RUS", "ISR", "111")]


def test_a_pronoun_subject_continues_the_last_subject_not_the_last_name(lexicon):
    # tehrantimes-474377: "On Monday morning, Bayramov met Iranian Parliament Speaker Mohammad Baqer
    # Qalibaf. Later, he met Amir Abdollahian": "he" is Bayramov, not the speaker
    first = parse("Azerbaijani/ADJ/amod>3 Foreign/PROPN/compound>3 Minister/PROPN/compound>3 "
                  "Bayramov/PROPN/nsubj>4 met|meet/VERB/ROOT>4 Iranian/ADJ/amod>6 Speaker/PROPN/compound>7 "
                  "Qalibaf/PROPN/obj>4", index=0)
    second = parse("Later/ADV/advmod>2 he/PRON/nsubj>2 met|meet/VERB/ROOT>2 Abdollahian/PROPN/obj>2", index=1)
    actors = ArticleActors(lexicon)
    g = Graph.of(first)
    actors.resolve(g, 3)  # the coder resolves a sentence's actors, then reads it for people
    actors.observe(g)
    assert actors.resolve(Graph.of(second), 1)[0].actor.code == "AZEGOV"
    # a pronoun that is not the main subject still takes the last person named
    third = parse("They/PRON/nsubj>1 thanked|thank/VERB/ROOT>1 him/PRON/obj>1", index=1)
    assert actors.resolve(Graph.of(third), 2)[0].actor.code == "IRNLEG"


def test_zionist_is_israeli_and_the_west_bank_is_palestine(knowledge):
    spec = ("a/DET/det>3 Zionist/ADJ/amod>3 military/ADJ/amod>3 commander/NOUN/nsubj>4 "
            "threatened|threaten/VERB/ROOT>4 the/DET/det>7 West/PROPN/compound>7 Bank/PROPN/obj>4")
    assert dyads(code(knowledge, spec)) == [("ISRMIL", "PSE", "130")]


def test_the_parties_in_a_conflict_are_no_political_party(lexicon):
    # tehrantimes-477825: "Iran ... has urged the parties in the conflict to exercise restraint"
    # (Russia and Ukraine) was coded IRNPTY; the parser hangs "in the conflict" on the verb
    sides = ("Iran/PROPN/nsubj>1 urged|urge/VERB/ROOT>1 the/DET/det>3 parties|party/NOUN/obj>1 in/ADP/case>6 "
             "the/DET/det>6 conflict/NOUN/obl>1")
    assert ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(sides)), 3) == []
    ruling = ("the/DET/det>2 ruling/ADJ/amod>2 party/NOUN/nsubj>5 in/ADP/case>4 Iraq/PROPN/nmod>2 "
              "won|win/VERB/ROOT>5")
    assert _mentions(lexicon, ruling, 2)[0].actor.country == "IRQ"
    # held-out seed 2041, tehrantimes-466471: "the remaining nuclear deal parties" are its signatories
    deal = ("Mora/PROPN/nsubj>1 met|meet/VERB/ROOT>1 the/DET/det>6 remaining|remain/VERB/amod>6 "
            "nuclear/ADJ/amod>5 deal/NOUN/compound>6 parties|party/NOUN/obj>1")
    assert ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(deal)), 6) == []
    # held-out seed 2048: "the negotiating parties" (the parser's compound), "the warring parties" (amod)
    for modifier in ("negotiating/NOUN/compound>2", "warring/ADJ/amod>2"):
        sides = f"the/DET/det>2 {modifier} parties|party/NOUN/nsubj>3 met|meet/VERB/ROOT>3"
        assert ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(sides)), 2) == []


def test_the_opposite_parties_inside_another_phrase_are_no_political_party(lexicon):
    # held-out seed 2062: "Tehran will not give in to the excessive demands of the opposite parties"
    # coded the target IRNPTY from the "party" inside the phrase of "demands"
    spec = ("Iran/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 the/DET/det>3 demands|demand/NOUN/obj>1 of/ADP/case>7 "
            "the/DET/det>7 {modifier}/ADJ/amod>7 parties|party/NOUN/nmod>3")
    actors = ArticleActors(lexicon, default_country="IRN")
    assert actors.resolve(Graph.of(parse(spec.format(modifier="opposite"))), 3) == []
    [party] = ArticleActors(lexicon, default_country="IRN").resolve(
        Graph.of(parse(spec.format(modifier="reformist"))), 3)
    assert party.actor.code == "IRNPTY"
    # a party named as a compound is no side: "US third party candidates" (Wikinews) stay a party's
    third = ("US/PROPN/compound>3 third/ADJ/amod>2 party/NOUN/compound>3 nominees|nominee/NOUN/nsubj>4 "
             "spoke|speak/VERB/ROOT>4")
    assert [m.actor.code for m in _mentions(lexicon, third, 3)] == ["USAPTY"]


def test_the_countries_an_envoy_is_for_are_not_his(lexicon):
    # held-out seed 2062: "Richard Grenell, the Presidential Envoy for Serbia and Kosovo for President
    # Trump" coded SRBGOV (and, once "for" was read, KSVGOV from the second country)
    spec = ("the/DET/det>1 envoy/NOUN/nsubj>6 for/ADP/case>3 Serbia/PROPN/nmod>1 and/CCONJ/cc>5 "
            "Kosovo/PROPN/conj>3 spoke|speak/VERB/ROOT>6")
    assert [m.actor.code for m in _mentions(lexicon, spec, 1)] == ["---GOV"]
    # the US Special Representative for Iran is a US official
    hook = ("the/DET/det>3 US/PROPN/compound>3 Special/ADJ/amod>3 Representative/NOUN/nsubj>6 for/ADP/case>5 "
            "Iran/PROPN/nmod>3 spoke|speak/VERB/ROOT>6")
    assert [m.actor.code for m in _mentions(lexicon, hook, 3)] == ["USAGOV"]
    # a private sector is business: "representatives of Germany's private sector"
    firms = ("representatives|representative/NOUN/nsubj>6 of/ADP/case>5 Germany/PROPN/nmod:poss>5 's/PART/case>2 "
             "private/ADJ/amod>5 sector/NOUN/nmod>0 spoke|speak/VERB/ROOT>6")
    assert [m.actor.code for m in _mentions(lexicon, firms, 0)] == ["DEUBUS"]


def test_a_rank_held_for_life_yields_to_the_office_beside_it(lexicon):
    # held-out seed 2041, tehrantimes-461206: "Judiciary Chief Ayatollah Seyed Ebrahim Raeisi" was IRNGOV
    # (the ayatollah's rank nearest the name, then the table's latest role, president)
    spec = ("Judiciary/PROPN/compound>1 Chief/PROPN/compound>5 Ayatollah/PROPN/compound>5 Seyed/PROPN/compound>5 "
            "Ebrahim/PROPN/compound>5 Raeisi/PROPN/nsubj>6 spoke|speak/VERB/ROOT>6")
    [mention] = _mentions(lexicon, spec, 5)
    assert mention.actor.code == "IRNJUD"
    # a rank alone still says its holder is a cleric
    cleric = "Ayatollah/PROPN/compound>1 Makarem/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2"
    [alone] = ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(cleric)), 1)
    assert "REL" in alone.actor.sectors


def test_the_e3_are_the_european_governments(lexicon):
    # held-out seed 2042: "the concerns that the E3 rarely express" was coded GBR
    spec = "the/DET/det>1 E3/PROPN/nsubj>2 expressed|express/VERB/ROOT>2 concern/NOUN/obj>2"
    assert _mentions(lexicon, spec, 1)[0].actor.code == "EURGOV"


def test_a_region_a_director_general_is_for_is_his_brief(lexicon):
    # held-out seed 2043, tehrantimes-477514: "the director general of Western Europe at the Foreign
    # Ministry" was coded WSTGOV (in a Tehran story he is Iran's official)
    spec = ("the/DET/det>2 director/NOUN/compound>2 general/NOUN/nsubj>10 of/ADP/case>5 Western/ADJ/amod>5 "
            "Europe/PROPN/nmod>2 at/ADP/case>9 the/DET/det>9 Foreign/PROPN/compound>9 Ministry/PROPN/nmod>2 "
            "spoke|speak/VERB/ROOT>10")
    assert ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(spec)), 2)[0].actor.code == "IRNGOV"
    department = ("the/DET/det>2 director/NOUN/compound>2 general/NOUN/nsubj>8 of/ADP/case>7 the/DET/det>7 "
                  "West/PROPN/compound>6 Asia/PROPN/compound>7 department/NOUN/nmod>2 spoke|speak/VERB/ROOT>8")
    assert _mentions(lexicon, department, 2)[0].actor.country is None
    # a country the phrase goes on to own is his: "the director general of Iran's Foreign Ministry"
    own = ("the/DET/det>2 director/NOUN/compound>2 general/NOUN/nsubj>8 of/ADP/case>7 Iran/PROPN/nmod:poss>7 "
           "'s/PART/case>4 Foreign/PROPN/compound>7 Ministry/PROPN/nmod>2 spoke|speak/VERB/ROOT>8")
    assert _mentions(lexicon, own, 2)[0].actor.code == "IRNGOV"


def test_an_amnesty_is_no_amnesty_international(lexicon):
    # held-out seed 2043, tehrantimes-430488: "condemn Afghan government's amnesty to a war criminal"
    spec = ("people/NOUN/nsubj>1 condemned|condemn/VERB/ROOT>1 Afghan/ADJ/amod>3 government/NOUN/nmod:poss>5 "
            "'s/PART/case>3 amnesty/NOUN/obj>1")
    assert _mentions(lexicon, spec, 5)[0].actor.code == "AFGGOV"
    named = "Amnesty/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 Iran/PROPN/obj>1"
    assert _mentions(lexicon, named, 0)[0].actor.code == "NGOHRIAMN"


def test_third_parties_are_no_political_party(lexicon):
    # held-out seed 2043, tehrantimes-433203: "agreed to welcome third parties to participate" was CHNPTY
    spec = ("China/PROPN/nsubj>1 welcomed|welcome/VERB/ROOT>1 third/ADJ/amod>3 parties|party/NOUN/obj>1")
    assert ArticleActors(lexicon, default_country="CHN").resolve(Graph.of(parse(spec)), 3) == []


def test_he_after_a_person_the_lexicon_does_not_know_is_no_one_it_knows(lexicon):
    # held-out seed 2041, tehrantimes-425582: "Trump's withdrawal from JCPOA attracted international
    # condemnation, Akhondzadeh wrote. 'I stand behind Iran's scientists,' he said." was Trump's praise
    from dataclasses import replace as with_

    from dyad.types import EntitySpan

    first = with_(parse("Trump/PROPN/nmod:poss>2 's/PART/case>0 withdrawal/NOUN/nsubj>3 attracted|attract/VERB/ccomp>6 "
                        "condemnation/NOUN/obj>3 ,/PUNCT/punct>6 Akhondzadeh/PROPN/nsubj>7 wrote|write/VERB/ROOT>7",
                        index=0), entities=(EntitySpan("PER", 0, 1, "Trump"), EntitySpan("PER", 6, 7, "Akhondzadeh")))
    second = parse("he/PRON/nsubj>1 praised|praise/VERB/ROOT>1 Iran/PROPN/obj>1", index=1)
    actors = ArticleActors(lexicon)
    g = Graph.of(first)
    assert actors.resolve(g, 2)[0].actor.code == "USAGOV"  # the withdrawal is Trump's
    actors.observe(g)
    assert actors.resolve(Graph.of(second), 0) == []
    # a person the article introduced beside a role is someone it knows, even by surname alone
    titled = with_(parse("Pakistani/ADJ/amod>1 spokesman/NOUN/compound>2 Khan/PROPN/nsubj>3 spoke|speak/VERB/ROOT>3",
                         index=0), entities=(EntitySpan("PER", 2, 3, "Khan"),))
    again = with_(parse("Khan/PROPN/nsubj>1 added|add/VERB/ROOT>1", index=1), entities=(EntitySpan("PER", 0, 1, "Khan"),))
    actors = ArticleActors(lexicon)
    for s in (titled, again):
        g = Graph.of(s)
        actors.resolve(g, s.tokens.index(next(t for t in s.tokens if t.text == "Khan")))
        actors.observe(g)
    assert actors.resolve(Graph.of(parse("he/PRON/nsubj>1 praised|praise/VERB/ROOT>1", index=2)), 0)[0].actor.code == "PAKGOV"


def test_a_group_that_names_its_own_countries_is_no_earlier_pair(knowledge):
    # held-out seed 2043, tehrantimes-471602: "two ministers from Qatar and Oman are expected to arrive in
    # Tehran" after Iraq's minister was named: coded IRQGOV
    events = _second_sentence(
        knowledge,
        "Iraqi/ADJ/amod>2 Minister/PROPN/compound>2 Hussein/PROPN/nsubj>3 met|meet/VERB/ROOT>3 "
        "Iranian/ADJ/amod>6 Minister/PROPN/compound>6 Zarif/PROPN/obj>3",
        "two/NUM/nummod>1 ministers|minister/NOUN/nsubj>6 from/ADP/case>3 Qatar/PROPN/nmod>1 "
        "and/CCONJ/cc>5 Oman/PROPN/conj>3 arrived|arrive/VERB/ROOT>6 in/ADP/case>8 Tehran/PROPN/obl>6")
    assert sorted(e.source.code for e in events) == ["OMNGOV", "QATGOV"]


def _second_sentence(knowledge, first: str, second: str):
    """The events of the second of two hand-built sentences of one article."""
    lexicon, patterns, ontology = knowledge
    actors = ArticleActors(lexicon)
    code_sentence(parse(first, index=0), patterns, ontology, actors, date="2019-01-16")
    actors.observe(Graph.of(parse(first, index=0)))
    return code_sentence(parse(second, index=1), patterns, ontology, actors, date="2019-01-16")


def test_a_coordinated_role_with_its_own_adjective_shares_the_country(knowledge):
    # held-out seed 2044, tehrantimes-455317: "Iran's ambassador and permanent representative ... has
    # urged the IAEA" gave a second source, ---GOV: "permanent" belongs to the role's own entry
    spec = ("Iran/PROPN/nmod:poss>2 's/PART/case>0 ambassador/NOUN/nsubj>6 and/CCONJ/cc>5 permanent/ADJ/amod>5 "
            "representative/NOUN/conj>2 met|meet/VERB/ROOT>6 Russia/PROPN/obj>6")
    assert dyads(code(knowledge, spec)) == [("IRNGOV", "RUS", "040")]
    # an adjective of its own is the role's own country, or another: "Iraqi officials" are not Iran's
    other = spec.replace("permanent/ADJ/amod>5", "Iraqi/ADJ/amod>5")
    assert {source for source, _, _ in dyads(code(knowledge, other))} == {"IRNGOV", "IRQ"}


def test_a_permanent_representative_is_a_government_envoy(lexicon):
    # held-out seed 2044, tehrantimes-476283: "Iran's deputy permanent representative to the UN" was bare IRN
    spec = ("Iran/PROPN/nmod:poss>4 's/PART/case>0 deputy/ADJ/amod>4 permanent/ADJ/amod>4 representative/NOUN/nsubj>5 "
            "spoke|speak/VERB/ROOT>5")
    assert _mentions(lexicon, spec, 4)[0].actor.code == "IRNGOV"


def test_persian_gulf_states_are_no_iran(lexicon):
    # held-out seed 2045, tehrantimes-414524: "some Persian Gulf Arab countries led by Saudi Arabia cut
    # relations with Doha" was coded as Iran's act ("Persian" is Iran's adjective)
    spec = ("some/DET/det>4 Persian/ADJ/amod>2 Gulf/PROPN/compound>4 Arab/ADJ/amod>4 countries|country/NOUN/nsubj>5 "
            "cut/VERB/ROOT>5 relations|relation/NOUN/obj>5")
    assert _mentions(lexicon, spec, 4)[0].actor.code == "PGS"
    persian = "Persian/ADJ/amod>1 carpets|carpet/NOUN/nsubj>2 sold|sell/VERB/ROOT>2"
    assert _mentions(lexicon, persian, 1)[0].actor.country == "IRN"
    # and the sea itself is no one: "submarines that Iran could use to patrol the Persian Gulf" had PGS
    # as the target (tehrantimes-55682)
    sea = "Iran/PROPN/nsubj>1 patrols|patrol/VERB/ROOT>1 the/DET/det>4 Persian/ADJ/amod>4 Gulf/PROPN/obj>1"
    assert _mentions(lexicon, sea, 4) == []
    # the Tehran Times writes "(Persian) Gulf": held-out seed 2064, tehrantimes-455970, "through threatening
    # oil-rich (Persian) Gulf states" threatened Iran
    brackets = ("oil/NOUN/npadvmod>2 -/PUNCT/punct>2 rich/ADJ/amod>7 (/PUNCT/punct>4 Persian/ADJ/amod>6 "
                ")/PUNCT/punct>4 Gulf/PROPN/compound>7 states|state/NOUN/obj>8 threatened|threaten/VERB/ROOT>8")
    assert _mentions(lexicon, brackets, 7)[0].actor.code == "PGS"
    countries = "the/DET/det>5 (/PUNCT/punct>2 Persian/ADJ/amod>4 )/PUNCT/punct>2 Gulf/PROPN/compound>5 " \
                "countries|country/NOUN/nsubj>6 met|meet/VERB/ROOT>6"
    assert _mentions(lexicon, countries, 5)[0].actor.code == "PGS"


def test_a_space_agency_is_a_state_body(lexicon):
    # held-out seed 2064, tehrantimes-439959: "the U.S. is sanctioning Iran's civilian space agency" was IRNCVL
    spec = ("Iran/PROPN/nmod:poss>4 's/PART/case>0 civilian/ADJ/amod>4 space/NOUN/compound>4 agency/NOUN/obj>5 "
            "sanctioned|sanction/VERB/ROOT>5")
    assert _mentions(lexicon, spec, 4)[0].actor.code == "IRNGOV"


def test_a_sheikh_who_holds_an_office_acts_in_it(lexicon):
    # held-out seed 2045, tehrantimes-427111: "Bangladesh Prime Minister Sheikh Hasina" was BGDELI
    spec = ("Bangladesh/PROPN/compound>2 Prime/PROPN/compound>2 Minister/PROPN/compound>4 Sheikh/PROPN/compound>4 "
            "Hasina/PROPN/nsubj>5 blasted|blast/VERB/ROOT>5")
    assert _mentions(lexicon, spec, 4)[0].actor.code == "BGDGOV"


def test_a_general_who_is_minister_acts_as_minister(lexicon):
    # held-out seed 2060: "Iranian Defense Minister Brigadier General Amir Hatami" was IRNMIL (the rank
    # nearest the name); a rank alone still says its holder is military
    spec = ("Iranian/ADJ/amod>2 Defense/PROPN/compound>2 Minister/PROPN/compound>6 Brigadier/PROPN/compound>4 "
            "General/PROPN/compound>6 Amir/PROPN/compound>6 Hatami/PROPN/nsubj>7 spoke|speak/VERB/ROOT>7")
    assert _mentions(lexicon, spec, 6)[0].actor.code == "IRNGOV"
    rank = "Iranian/ADJ/amod>2 Brigadier/PROPN/compound>2 General/PROPN/compound>3 Hatami/PROPN/nsubj>4 spoke|speak/VERB/ROOT>4"
    assert _mentions(lexicon, rank, 3)[0].actor.code == "IRNMIL"
    # an office in an apposition is not the rank's: "Major General Baqeri, the chief of staff of the
    # Iranian armed forces" (the table's "chief of staff" is the White House's, GOV)
    appos = ("Major/PROPN/compound>2 General/PROPN/compound>2 Baqeri/PROPN/nsubj>10 ,/PUNCT/punct>5 the/DET/det>5 "
             "chief/NOUN/appos>2 of/ADP/case>7 staff/NOUN/nmod>5 of/ADP/case>9 Iran/PROPN/nmod>7 "
             "spoke|speak/VERB/ROOT>10")
    assert _mentions(lexicon, appos, 2)[0].actor.sectors == ("MIL",)


def test_a_prize_named_after_a_person_is_not_that_person(lexicon):
    # held-out seed 2045, tehrantimes-428915: "the Mustafa Prize" was Palestine's prime minister Mohammad
    # Mustafa, and so was the next "he"
    spec = "the/DET/det>2 Mustafa/PROPN/compound>2 Prize/PROPN/nsubj>3 eyes|eye/VERB/ROOT>3 peace/NOUN/obj>3"
    assert _mentions(lexicon, spec, 2) == []
    person = "Mustafa/PROPN/nsubj>1 spoke|speak/VERB/ROOT>1"
    assert _mentions(lexicon, person, 0)[0].actor.code == "PSEGOV"


def test_the_two_sides_are_the_governments_not_the_refugees_they_discussed(resources):
    # held-out seed 2045, tehrantimes-427111 [22]: "a delegation of Bangladesh officials had visited Myanmar
    # to ... facilitate repatriation of Rohingya refugees but ... the two sides failed to break the
    # deadlock" gave Bangladesh and the refugees (MMRREF), the latest of Myanmar's actors with a role
    events = _tehran_times_events(resources, "tehrantimes-427111", 22)
    pairs = {(e.source.code, e.target.code) for e in events if "group" in e.explanation.source_rule}
    assert pairs and all("REF" not in a and "REF" not in b for a, b in pairs)
    assert {a[:3] for a, _ in pairs} == {"BGD", "MMR"}


def test_the_two_sides_are_the_pair_a_between_phrase_after_them_names(knowledge):
    # held-out seed 2046, tehrantimes-480847 [12]: "The two sides discussed ways of strengthening bilateral
    # relations between Iran and the UAE" after a paragraph on Qatar's emir: coded Iran and Qatar
    events = _second_sentence(
        knowledge, "Zarif/PROPN/nsubj>1 met|meet/VERB/ROOT>1 Qatar/PROPN/nmod:poss>4 's/PART/case>2 emir/NOUN/obj>1",
        "The/DET/det>2 two/NUM/nummod>2 sides|side/NOUN/nsubj>3 discussed|discuss/VERB/ROOT>3 "
        "relations|relation/NOUN/obj>3 between/ADP/case>6 Iran/PROPN/nmod>4 and/CCONJ/cc>9 "
        "the/DET/det>9 UAE/PROPN/conj>6")
    assert sorted((e.source.code[:3], e.target.code[:3]) for e in events) == [("ARE", "IRN"), ("IRN", "ARE")]


def test_a_pronoun_in_what_an_office_holder_says_is_the_speaker(lexicon):
    # held-out seed 2049, tehrantimes-430135: "The South Korean envoy went on to say that his government
    # encourages Korean companies to engage …": "his" was the last person the article named
    spec = ("The/DET/det>3 South/ADJ/amod>2 Korean/ADJ/amod>3 envoy/NOUN/nsubj>4 went|go/VERB/ROOT>4 "
            "on/ADP/compound:prt>4 to/PART/mark>7 say/VERB/xcomp>4 that/SCONJ/mark>11 his/PRON/nmod:poss>10 "
            "government/NOUN/nsubj>11 encourages|encourage/VERB/ccomp>7 Korean/ADJ/amod>13 "
            "companies|company/NOUN/obj>11")
    actors = ArticleActors(lexicon, default_country="IRN")
    g = Graph.of(parse(spec))
    assert [m.actor.code for m in actors.resolve(g, 10)] == ["KORGOV"]
    # "Korean" alone is North or South, and never the home country
    assert [m.actor.code for m in actors.resolve(g, 13)] == ["---BUS"]


def test_the_regime_occupying_al_quds_is_israels(lexicon):
    # held-out seed 2049: "the regime occupying Jerusalem al-Quds has no right to comment" was IRNGOV
    spec = ("the/DET/det>1 regime/NOUN/nsubj>5 occupying|occupy/VERB/acl>1 Jerusalem/PROPN/compound>4 "
            "al-Quds/PROPN/obj>2 has|have/VERB/ROOT>5")
    assert [m.actor.code for m in ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(spec)), 1)] \
        == ["ISRGOV"]


def test_an_honorific_yields_to_the_office_its_holder_holds(lexicon):
    # held-out seed 2050: "his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani" was QATELI
    spec = ("Sheikh/PROPN/compound>1 Mohammed/PROPN/nsubj>6 bin/PROPN/flat>1 Abdulrahman/PROPN/flat>1 "
            "Al/PROPN/flat>1 Thani/PROPN/flat>1 spoke|speak/VERB/ROOT>6")
    [mention] = _mentions(lexicon, spec, 1)
    assert mention.actor.code == "QATGOV"
    # the honorific alone still names the elite
    alone = "Sheikh/PROPN/compound>1 Nahyan/PROPN/nsubj>2 spoke|speak/VERB/ROOT>2"
    assert "ELI" in _mentions(lexicon, alone, 1)[0].actor.sectors


def test_an_airstrike_stands_for_the_force_that_made_it(knowledge):
    # held-out seed 2050: "Soleimani and al-Muhandis were killed in a U.S. airstrike" gave a bare USA,
    # and al-Muhandis, the Popular Mobilization Forces' commander, was Iraq's government
    spec = ("A/DET/det>2 U.S./PROPN/compound>2 airstrike/NOUN/nsubj>3 killed|kill/VERB/ROOT>3 "
            "Abu/PROPN/obj>3#PER Mahdi/PROPN/flat>4#PER al/PROPN/flat>4#PER -/PUNCT/punct>6#PER "
            "Muhandis/PROPN/flat>4#PER ./PUNCT/punct>3")
    assert dyads(code(knowledge, spec)) == [("USAMIL", "IRQMIL", "190")]


def test_a_counterpart_holds_the_other_sides_kind_of_role(knowledge):
    # held-out seed 2050: "South Korean trade officials … in a meeting with their Iranian counterparts"
    # gave the counterparts a bare IRN
    spec = ("South/PROPN/compound>1 Korean/ADJ/amod>3 trade/NOUN/compound>3 officials|official/NOUN/nsubj>4 "
            "held|hold/VERB/ROOT>4 a/DET/det>6 meeting/NOUN/obj>4 with/ADP/case>10 their/PRON/nmod:poss>10 "
            "Iranian/ADJ/amod>10 counterparts|counterpart/NOUN/nmod>6 ./PUNCT/punct>4")
    assert dyads(code(knowledge, spec)) == [("KORGOV", "IRNGOV", "040")]


def test_the_korean_government_is_the_korea_named_last(lexicon):
    # held-out seed 2050: "The Korean government will continue to consult with the U.S." in a story on
    # South Korean firms was ---GOV ("Korean" alone is either Korea)
    first = parse("South/PROPN/compound>1 Korea/PROPN/nsubj>2 intends|intend/VERB/ROOT>2", index=0)
    second = parse("The/DET/det>2 Korean/ADJ/amod>2 government/NOUN/nsubj>3 consults|consult/VERB/ROOT>3", index=1)
    actors = ArticleActors(lexicon)
    g = Graph.of(first)
    actors.resolve(g, 1)
    actors.observe(g)
    assert actors.resolve(Graph.of(second), 2)[0].actor.code == "KORGOV"
    # with no Korea named before, it stays without a country
    assert ArticleActors(lexicon).resolve(Graph.of(second), 2)[0].actor.country is None


def test_the_aide_is_the_aide_named_before(lexicon):
    # held-out seed 2050: "Hossein Amir-Abdollahian, a special aide to the speaker of the Iranian
    # parliament, … The special aide also commented" took the article's topic country (the UAE)
    first = parse("Amir-Abdollahian/PROPN/nsubj>6 ,/PUNCT/punct>4 a/DET/det>4 special/ADJ/amod>4 "
                  "aide/NOUN/appos>0 ,/PUNCT/punct>0 predicted|predict/VERB/ROOT>6", index=0)
    second = parse("The/DET/det>2 special/ADJ/amod>2 aide/NOUN/nsubj>3 commented|comment/VERB/ROOT>3", index=1)
    actors = ArticleActors(lexicon, default_country="IRN")
    g = Graph.of(first)
    actors.resolve(g, 0)
    actors.observe(g)
    [aide] = actors.resolve(Graph.of(second), 2)
    assert aide.actor.code == "IRNGOV" and aide.rule.startswith("definite:")


def test_an_honorific_is_no_given_name(lexicon):
    # held-out seed 2050: "Ayatollah Seyed Ahmad Khatami", Tehran's Friday prayer leader, was read as
    # the former president Seyyed Mohammad Khatami ("Seyed" matched his "Seyyed")
    spec = ("Ayatollah/PROPN/compound>3 Seyed/PROPN/compound>3 Ahmad/PROPN/compound>3 Khatami/PROPN/nsubj>4 "
            "spoke|speak/VERB/ROOT>4")
    [mention] = ArticleActors(lexicon, default_country="IRN").resolve(Graph.of(parse(spec)), 3)
    assert "REL" in mention.actor.sectors and "GOV" not in mention.actor.sectors
    president = spec.replace("Ahmad", "Mohammad")
    assert ArticleActors(lexicon).resolve(Graph.of(parse(president)), 3)[0].actor.code == "IRNGOV"


def test_a_trade_delegation_is_business_and_a_delegation_its_country(lexicon):
    # held-out seeds 2057, 2053, 2038: "An Omani trade delegation will visit Iran", "A Belgian trade delegation",
    # "a 20-member Turkish trade delegation" sent by a chamber of commerce were bare OMN, BEL, TUR
    trade = ("An/DET/det>3 Omani/ADJ/amod>3 trade/NOUN/compound>3 delegation/NOUN/nsubj>5 will/AUX/aux>5 "
             "visit/VERB/ROOT>5 Iran/PROPN/obj>5")
    assert _mentions(lexicon, trade, 3)[0].actor.code == "OMNBUS"
    plain = "An/DET/det>2 Omani/ADJ/amod>2 delegation/NOUN/nsubj>4 will/AUX/aux>4 visit/VERB/ROOT>4 Iran/PROPN/obj>4"
    assert _mentions(lexicon, plain, 2)[0].actor.code == "OMN"


def test_a_role_of_a_town_is_of_the_towns_country(resources):
    # tehrantimes-409245 [8]: "the insurgents have persecuted and beheaded the citizens of Aleppo": the
    # lexicon knows capitals, not Aleppo, so the citizens took the outlet's country (IRNCVL); the
    # gazetteer puts Aleppo in Syria
    events = _tehran_times_events(resources, "tehrantimes-409245", 8)
    assert events and all(e.target.code == "SYRCVL" for e in events)
    assert all(e.explanation.target_rule.startswith("place:gazetteer:Aleppo") for e in events)


def test_a_role_of_a_town_needs_the_gazetteer_and_a_named_place(lexicon):
    # without a gazetteer only the lexicon's places count; with it, a town the recogniser calls a place
    # is one, and a name it leaves unlabelled (as "Reza" of "Brigadier-General Reza Pardis", a French
    # town in the gazetteer) or calls a person is not
    from dataclasses import replace
    from functools import partial

    from dyad.coder.placing import owned_place
    from dyad.places import load_gazetteer
    from dyad.types import EntitySpan

    spec = ("the/DET/det>1 governor/NOUN/nsubj>5 of/ADP/case>4 the/DET/det>4 Najaf/PROPN/nmod>1 "
            "spoke|speak/VERB/ROOT>5")
    unlabelled = parse(spec)
    najaf = replace(unlabelled, entities=(EntitySpan("GPE", 4, 5, "Najaf"),))
    assert ArticleActors(lexicon).resolve(Graph.of(najaf), 1)[0].actor.code == "---GOV"
    places = partial(owned_place, load_gazetteer())
    [governor] = ArticleActors(lexicon, places=places).resolve(Graph.of(najaf), 1)
    assert governor.actor.code == "IRQGOV" and governor.rule.startswith("place:gazetteer:Najaf")
    for other in (unlabelled, replace(unlabelled, entities=(EntitySpan("PER", 4, 5, "Najaf"),))):
        assert ArticleActors(lexicon, places=places).resolve(Graph.of(other), 1)[0].actor.code == "---GOV"


def test_militants_struck_beside_one_named_armed_group_are_its_fighters(lexicon):
    # held-out seed 2058, tehrantimes-410270 [8]: "the Russian and Syrian warplanes intensified their air raids on
    # ISIL's supply lines ... and killed tens of militants" had the militants as IMGUAF (the article's
    # most named "country", ISIL's IMG)
    spec = ("warplanes|warplane/NOUN/nsubj>1 raided|raid/VERB/ROOT>1 ISIL/PROPN/nmod:poss>4 's/PART/case>2 "
            "positions|position/NOUN/obj>1 and/CCONJ/cc>6 killed|kill/VERB/conj>1 tens|ten/NOUN/obj>6 "
            "of/ADP/case>9 militants|militant/NOUN/nmod>7")
    [militants] = _mentions(lexicon, spec, 9)
    assert militants.actor.code == "IMGMUSISI" and militants.rule.startswith("armed-group:")
    # not the subject ("Militants are angry with the leader for backing the war against the Taleban")
    subject = ("militants|militant/NOUN/nsubj>1 attacked|attack/VERB/ROOT>1 ISIL/PROPN/nmod:poss>4 's/PART/case>2 "
               "positions|position/NOUN/obj>1")
    assert _mentions(lexicon, subject, 0)[0].actor.code == "---UAF"
    # nor one of a list beside the group, nor with two groups named
    listed = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 ISIL/PROPN/obj>1 and/CCONJ/cc>4 "
              "terrorists|terrorist/NOUN/conj>2")
    assert all(m.actor.code != "IMGMUSISI" for m in _mentions(lexicon, listed, 4))
    two = spec.replace("ISIL/PROPN/nmod:poss>4", "Hezbollah/PROPN/nmod:poss>4").replace(
        "tens|ten/NOUN/obj>6", "ISIL/PROPN/obj>6")
    assert _mentions(lexicon, two, 9)[0].actor.code == "---UAF"


def test_an_armed_group_named_often_is_no_topic_country(lexicon):
    # tehrantimes-410270 [5]: in an undated report naming ISIL in every sentence, "the army entered the
    # cemetery region" was IMGMIL, ISIL's army
    actors = ArticleActors(lexicon)
    for n in range(3):
        g = Graph.of(parse("ISIL/PROPN/nsubj>1 fled|flee/VERB/ROOT>1", index=n))
        actors.resolve(g, 0)
        actors.observe(g)
    [army] = actors.resolve(Graph.of(parse("the/DET/det>1 army/NOUN/nsubj>2 advanced|advance/VERB/ROOT>2",
                                           index=3)), 1)
    assert army.actor.code == "---MIL"
