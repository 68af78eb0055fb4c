"""The CAMEO pattern lexicon (src/dyad/coder/data/patterns/*.yaml): it covers
every root and at least 250 codes, every pattern can fire, representative
sentences get the intended code on hand-built parses, and the real pipeline's
share of right codes on the CAMEO manual's example sentences is measured
(docs/patterns.md has the figures and the command)."""

from __future__ import annotations

import json

import pytest

from conftest import parse, shared_path
from dyad.actors import ArticleActors
from dyad.coder.core import code_sentence
from dyad.coder.patterns import NO_EVENT, Pattern, PatternSet, load_patterns
from dyad.ontology import load_ontology

MIN_CODES = 250
# Floors for the real pipeline on the manual's examples; raise them as the
# model, the actors and the patterns improve, never lower them. Measured with
# the shipped model of 22 November 2026 (19:17): code 0.238, root 0.368.
CODE_FLOOR = 0.18
ROOT_FLOOR = 0.28


def emitted_codes(p: Pattern) -> set[str]:
    """Every code a pattern can give: its code, its intent code and its refinements (not the
    refinements to "none", which unmake the event)."""
    return {p.code} | ({p.intent} if p.intent else set()) | {code for _, code in p.refine if code != NO_EVENT}


def all_codes(ps: PatternSet) -> set[str]:
    return set().union(*(emitted_codes(p) for p in ps.patterns))


def test_all_twenty_cameo_roots_are_covered():
    roots = {code[:2] for code in all_codes(load_patterns())}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_at_least_250_distinct_codes():
    codes = {c for c in all_codes(load_patterns()) if len(c) > 2}
    assert len(codes) >= MIN_CODES, f"{len(codes)} codes"


def test_every_code_is_a_cameo_code():
    ontology = load_ontology()
    bad = {(p.id, c) for p in load_patterns().patterns for c in emitted_codes(p) if not ontology.is_code(c)}
    assert not bad


def _signature(p: Pattern):
    constrained = bool(p.objects or p.particles or p.complement or p.xcomp or p.topic)
    return (p.objects, p.particles, p.complement, p.xcomp, p.topic, p.modal) if constrained else "unconstrained"


def test_no_pattern_is_shadowed_for_all_its_lemmas():
    """The first matching pattern per trigger wins, so a pattern behind another with
    the same constraints on every one of its lemmas can never fire."""
    ps = load_patterns()
    dead = []
    for p in ps.patterns:
        if p.intent_only:
            continue  # an intent-only pattern steps aside when the mode is not intended
        table = ps.nouns if p.pos == "noun" else ps.verbs
        shadowed = 0
        for lemma in p.lemmas:
            before = table[lemma][: table[lemma].index(p)]
            shadowed += any(_signature(q) == _signature(p) and not q.intent_only for q in before)
        if shadowed == len(p.lemmas):
            dead.append(p.id)
    assert not dead


# --- hand-built parses: the intended code, independent of the model -------------------
# Each spec is "word|lemma/POS/dep>head ..." (see conftest.parse).
SENTENCES = [
    # the request noun's infinitive names the topic: extradition asked for (0213), an alliance refused (1212)
    ("0213", "Turkey/PROPN/nsubj>1 renewed|renew/VERB/ROOT>1 an/DET/det>3 appeal/NOUN/obj>1 to/ADP/case>5 "
             "Belgium/PROPN/nmod>3 to/PART/mark>7 extradite/VERB/acl>3 the/DET/det>9 suspect/NOUN/obj>7"),
    ("1212", "Seoul/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 a/DET/det>3 demand/NOUN/obj>1 to/PART/mark>5 "
             "sever/VERB/acl>3 the/DET/det>8 military/ADJ/amod>8 alliance/NOUN/obj>5"),
    # a gerund says what the accused did: human rights violated (1122)
    ("1122", "Amnesty/PROPN/nsubj>1 accused|accuse/VERB/ROOT>1 Iraq/PROPN/obj>1 of/SCONJ/mark>4 "
             "violating|violate/VERB/advcl>1 human/ADJ/amod>6 rights|right/NOUN/obj>4"),
    ("0874", "Serbia/PROPN/nsubj>1 completed|complete/VERB/ROOT>1 its/PRON/nmod:poss>3 withdrawal/NOUN/obj>1 "
             "from/ADP/case>5 Gorazde/PROPN/obl>1"),
    ("043", "Mitterrand/PROPN/nsubj>1 gave|give/VERB/ROOT>1 a/DET/det>3 welcome/NOUN/obj>1 to/ADP/case>5 "
            "Germany/PROPN/obl>1"),
    ("012", "Iran/PROPN/nsubj>1 expressed|express/VERB/ROOT>1 concern/NOUN/obj>1 over/ADP/case>5 "
            "the/DET/det>5 move/NOUN/nmod>2"),
    ("0253", "Russia/PROPN/nsubj>1 urged|urge/VERB/ROOT>1 Iran/PROPN/obj>1 to/PART/mark>4 release/VERB/xcomp>1 "
             "the/DET/det>6 sailors|sailor/NOUN/obj>4"),
    ("0256", "France/PROPN/nsubj>1 called|call/VERB/ROOT>1 for/ADP/case>4 a/DET/det>4 ceasefire/NOUN/obl>1 "
             "in/ADP/case>6 Syria/PROPN/nmod>4"),
    ("0311", "Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Russia/PROPN/conj>0 agreed|agree/VERB/ROOT>3 on/ADP/case>7 "
             "a/DET/det>7 trade/NOUN/compound>7 deal/NOUN/obl>3"),
    ("0333", "Iran/PROPN/nsubj>1 offered|offer/VERB/ROOT>1 humanitarian/ADJ/amod>3 aid/NOUN/obj>1 to/ADP/case>5 "
             "Syria/PROPN/obl>1"),
    ("0356", "Yemen/PROPN/nsubj>1 agreed|agree/VERB/ROOT>1 to/ADP/case>4 a/DET/det>4 ceasefire/NOUN/obl>1"),
    ("039", "Japan/PROPN/nsubj>2 will/AUX/aux>2 mediate/VERB/ROOT>2 between/ADP/case>4 Iran/PROPN/obl>2 "
            "and/CCONJ/cc>6 Iraq/PROPN/conj>4"),
    ("041", "Putin/PROPN/nsubj>1 telephoned|telephone/VERB/ROOT>1 Iranian/ADJ/amod>3 President/PROPN/obj>1"),
    ("054", "Iran/PROPN/nsubj>1 established|establish/VERB/ROOT>1 diplomatic/ADJ/amod>3 ties|tie/NOUN/obj>1 "
            "with/ADP/case>5 Egypt/PROPN/nmod>3"),
    ("062", "Iran/PROPN/nsubj>1 bought|buy/VERB/ROOT>1 missiles|missile/NOUN/obj>1 from/ADP/case>4 "
            "Russia/PROPN/obl>1"),
    ("073", "Germany/PROPN/nsubj>1 sent|send/VERB/ROOT>1 500/NUM/nummod>3 tons|ton/NOUN/obj>1 of/ADP/case>5 "
            "food/NOUN/nmod>3 to/ADP/case>7 Syria/PROPN/obl>1"),
    ("0332", "Russia/PROPN/nsubj>2 will/AUX/aux>2 provide/VERB/ROOT>2 military/ADJ/amod>4 aid/NOUN/obj>2 "
             "to/ADP/case>6 Syria/PROPN/obl>2"),
    ("0813", "Iraq/PROPN/nsubj>1 lifted|lift/VERB/ROOT>1 the/DET/det>3 curfew/NOUN/obj>1 in/ADP/case>5 "
             "Kirkuk/PROPN/nmod>3"),
    ("085", "The/DET/det>1 EU/PROPN/nsubj>2 lifted|lift/VERB/ROOT>2 sanctions|sanction/NOUN/obj>2 on/ADP/case>5 "
            "Iran/PROPN/nmod>3"),
    ("0874", "Israel/PROPN/nsubj>1 withdrew|withdraw/VERB/ROOT>1 its/PRON/nmod:poss>3 troops|troop/NOUN/obj>1 "
             "from/ADP/case>5 Lebanon/PROPN/obl>1"),
    ("094", "Croatia/PROPN/nsubj>1 opened|open/VERB/ROOT>1 an/DET/det>3 investigation/NOUN/obj>1 "
            "into/ADP/case>6 war/NOUN/compound>6 crimes|crime/NOUN/nmod>3"),
    ("1053", "Britain/PROPN/nsubj>1 demanded|demand/VERB/ROOT>1 the/DET/det>3 release/NOUN/obj>1 of/ADP/case>5 "
             "sailors|sailor/NOUN/nmod>3 from/ADP/case>7 Iran/PROPN/obl>1"),
    ("1125", "Iran/PROPN/nsubj>1 accused|accuse/VERB/ROOT>1 Britain/PROPN/obj>1 of/ADP/case>4 espionage/NOUN/obl>1"),
    ("110", "Iran/PROPN/nsubj>1 summoned|summon/VERB/ROOT>1 the/DET/det>4 British/ADJ/amod>4 "
            "ambassador/NOUN/obj>1"),
    ("1246", "Israel/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 calls|call/NOUN/obj>1 for/ADP/case>5 a/DET/det>5 "
             "ceasefire/NOUN/nmod>2"),
    ("129", "Russia/PROPN/nsubj>1 vetoed|veto/VERB/ROOT>1 the/DET/det>3 resolution/NOUN/obj>1"),
    ("1312", "France/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 Iran/PROPN/obj>1 with/ADP/case>4 "
             "sanctions|sanction/NOUN/obl>1"),
    ("1381", "Iran/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 a/DET/det>3 blockade/NOUN/obj>1 of/ADP/case>5 "
             "Qatar/PROPN/nmod>3"),
    ("1323", "Turkey/PROPN/nsubj>2 will/AUX/aux>2 impose/VERB/ROOT>2 a/DET/det>4 curfew/NOUN/obj>2 "
             "in/ADP/case>6 Cizre/PROPN/nmod>4"),
    ("1423", "Iranian/ADJ/amod>1 prisoners|prisoner/NOUN/nsubj>2 began|begin/VERB/ROOT>2 a/DET/det>5 "
             "hunger/NOUN/compound>5 strike/NOUN/obj>2 against/ADP/case>7 torture/NOUN/nmod>5"),
    ("143", "Iranian/ADJ/amod>1 workers|worker/NOUN/nsubj>2 went|go/VERB/ROOT>2 on/ADP/case>4 strike/NOUN/obl>2"),
    ("144", "Iranian/ADJ/amod>1 protesters|protester/NOUN/nsubj>2 blocked|block/VERB/ROOT>2 "
            "roads|road/NOUN/obj>2 in/ADP/case>5 Tehran/PROPN/obl>2"),
    ("150", "Iran/PROPN/nsubj>1 unveiled|unveil/VERB/ROOT>1 a/DET/det>4 new/ADJ/amod>4 missile/NOUN/obj>1"),
    ("154", "Turkey/PROPN/nsubj>1 deployed|deploy/VERB/ROOT>1 troops|troop/NOUN/obj>1 to/ADP/case>5 "
            "the/DET/det>5 border/NOUN/obl>1 with/ADP/case>7 Syria/PROPN/nmod>5"),
    ("0334", "Russia/PROPN/nsubj>2 will/AUX/aux>2 send/VERB/ROOT>2 peacekeeping/NOUN/amod>4 "
             "troops|troop/NOUN/obj>2 to/ADP/case>6 Syria/PROPN/obl>2"),
    ("161", "Egypt/PROPN/nsubj>1 recalled|recall/VERB/ROOT>1 its/PRON/nmod:poss>3 ambassador/NOUN/obj>1 "
            "from/ADP/case>5 Qatar/PROPN/obl>1"),
    ("163", "The/DET/det>1 US/PROPN/nsubj>2 imposed|impose/VERB/ROOT>2 tariffs|tariff/NOUN/obj>2 on/ADP/case>5 "
            "China/PROPN/nmod>3"),
    # tehrantimes-451517: "the United States ... reinstated illegal unilateral sanctions against Iran"
    ("163", "the/DET/det>1 US/PROPN/nsubj>2 reinstated|reinstate/VERB/ROOT>2 sanctions|sanction/NOUN/obj>2 "
            "against/ADP/case>5 Iran/PROPN/nmod>3"),
    # tehrantimes-470773: "angry protesters attacked the Saudi embassy": a violent protest
    ("145", "angry/ADJ/amod>1 protesters|protester/NOUN/nsubj>2 attacked|attack/VERB/ROOT>2 the/DET/det>5 "
            "Saudi/ADJ/amod>5 embassy/NOUN/obj>2"),
    # tehrantimes-427458: "Islamabad ... continuing to forge stronger ties with China": not recognition
    ("050", "Pakistan/PROPN/nsubj>1 forged|forge/VERB/ROOT>1 stronger|strong/ADJ/amod>3 ties|tie/NOUN/obj>1 "
            "with/ADP/case>5 China/PROPN/nmod>3"),
    # announcing sanctions is threatening them (1312), not military force (138)
    ("1312", "the/DET/det>1 US/PROPN/nsubj>3 will/AUX/aux>3 impose/VERB/ROOT>3 sanctions|sanction/NOUN/obj>3 "
             "on/ADP/case>6 Iran/PROPN/obl>3"),
    # PLOVER GSR: "Arafat defended Iraq and Libya on Friday against Western criticism"
    ("052", "Arafat/PROPN/nsubj>1 defended|defend/VERB/ROOT>1 Iraq/PROPN/obj>1 against/ADP/case>5 "
            "Western/ADJ/amod>5 criticism/NOUN/obl>1"),
    ("1662", "Iran/PROPN/nsubj>1 expelled|expel/VERB/ROOT>1 inspectors|inspector/NOUN/obj>1 of/ADP/case>4 "
             "IAEA/PROPN/nmod>2"),
    ("1711", "Iran/PROPN/nsubj>1 seized|seize/VERB/ROOT>1 a/DET/det>4 British/ADJ/amod>4 tanker/NOUN/obj>1"),
    ("1722", "Egypt/PROPN/nsubj>1 banned|ban/VERB/ROOT>1 opposition/NOUN/compound>3 "
             "candidates|candidate/NOUN/obj>1"),
    ("1723", "Turkey/PROPN/nsubj>1 imposed|impose/VERB/ROOT>1 a/DET/det>3 curfew/NOUN/obj>1 in/ADP/case>5 "
             "Cizre/PROPN/nmod>3"),
    ("175", "Iranian/ADJ/amod>1 police/NOUN/nsubj>2 fired|fire/VERB/ROOT>2 tear/NOUN/compound>4 gas/NOUN/obj>2 "
            "at/ADP/case>6 protesters|protester/NOUN/obl>2"),
    ("181", "Iraqi/ADJ/amod>1 militants|militant/NOUN/nsubj>2 kidnapped|kidnap/VERB/ROOT>2 two/NUM/nummod>5 "
            "Turkish/ADJ/amod>5 diplomats|diplomat/NOUN/obj>2"),
    ("1822", "Egyptian/ADJ/amod>1 police/NOUN/nsubj>2 tortured|torture/VERB/ROOT>2 the/DET/det>4 "
             "prisoners|prisoner/NOUN/obj>2"),
    ("1831", "Iraqi/ADJ/amod>1 militants|militant/NOUN/nsubj>2 carried|carry/VERB/ROOT>2 out/ADP/compound:prt>2 "
             "a/DET/det>6 suicide/NOUN/compound>6 attack/NOUN/obj>2 in/ADP/case>8 Baghdad/PROPN/obl>2"),
    ("186", "Israel/PROPN/nsubj>1 assassinated|assassinate/VERB/ROOT>1 the/DET/det>4 Hamas/PROPN/compound>4 "
            "leader/NOUN/obj>1"),
    ("191", "Iraq/PROPN/nsubj>1 closed|close/VERB/ROOT>1 its/PRON/nmod:poss>3 border/NOUN/obj>1 with/ADP/case>5 "
            "Syria/PROPN/nmod>3"),
    ("192", "Syrian/ADJ/amod>1 troops|troop/NOUN/nsubj>2 recaptured|recapture/VERB/ROOT>2 the/DET/det>4 "
            "town/NOUN/obj>2 from/ADP/case>6 rebels|rebel/NOUN/obl>2"),
    ("194", "Syrian/ADJ/amod>1 troops|troop/NOUN/nsubj>2 fired|fire/VERB/ROOT>2 rockets|rocket/NOUN/obj>2 "
            "at/ADP/case>5 Israel/PROPN/obl>2"),
    ("195", "Israeli/ADJ/amod>1 jets|jet/NOUN/nsubj>2 dropped|drop/VERB/ROOT>2 bombs|bomb/NOUN/obj>2 "
            "on/ADP/case>5 Gaza/PROPN/obl>2"),
    ("196", "Israel/PROPN/nsubj>1 violated|violate/VERB/ROOT>1 the/DET/det>3 ceasefire/NOUN/obj>1"),
    ("203", "Serbian/ADJ/amod>1 forces|force/NOUN/nsubj:pass>3 were/AUX/aux:pass>3 engaged|engage/VERB/ROOT>3 "
            "in/ADP/case>6 ethnic/ADJ/amod>6 cleansing/NOUN/obl>3"),
    ("2041", "Syria/PROPN/nsubj>1 used|use/VERB/ROOT>1 chemical/ADJ/amod>3 weapons|weapon/NOUN/obj>1 "
             "against/ADP/case>5 rebels|rebel/NOUN/obl>1"),
    # CAMEO manual, 050: "Czechoslovakia and Albania have upgraded their diplomatic ties"
    ("050", "Iran/PROPN/nsubj>3 and/CCONJ/cc>2 Britain/PROPN/conj>0 upgraded|upgrade/VERB/ROOT>3 "
            "their/PRON/nmod:poss>6 diplomatic/ADJ/amod>6 ties|tie/NOUN/obj>3"),
    # CAMEO manual, 1011: "The Bush administration declared that China must drop barriers to U.S. exports"
    ("1011", "Washington/PROPN/nsubj>1 declared|declare/VERB/ROOT>1 that/SCONJ/mark>5 China/PROPN/nsubj>5 "
             "must/AUX/aux>5 drop/VERB/ccomp>1 barriers|barrier/NOUN/obj>5 to/ADP/case>8 "
             "exports|export/NOUN/nmod>6"),
    ("061", "Japan/PROPN/nsubj>1 removed|remove/VERB/ROOT>1 trade/NOUN/compound>3 barriers|barrier/NOUN/obj>1"),
    # opening up an economy is liberalisation (0832), not trade with someone (061)
    ("0832", "Vietnam/PROPN/nsubj>1 opened|open/VERB/ROOT>1 up/ADP/compound:prt>1 its/PRON/nmod:poss>4 "
             "economy/NOUN/obj>1"),
    # CAMEO manual, 027: "urges Iran and the EU trio to reach an agreement in their talks"
    ("027", "Russia/PROPN/nsubj>1 urged|urge/VERB/ROOT>1 Iran/PROPN/obj>1 to/PART/mark>4 reach/VERB/xcomp>1 "
            "an/DET/det>6 agreement/NOUN/obj>4"),
    # CAMEO manual, 107: "said the Sudanese government and the rebels must reach an agreement"
    ("107", "Britain/PROPN/nsubj>1 said|say/VERB/ROOT>1 Sudan/PROPN/nsubj>4 must/AUX/aux>4 reach/VERB/ccomp>1 "
            "an/DET/det>6 agreement/NOUN/obj>4"),
    # CAMEO manual, 0254: "Iraq appealed to the U.N. to bring an end to their trade embargo"
    ("0254", "Iraq/PROPN/nsubj>1 appealed|appeal/VERB/ROOT>1 to/ADP/case>3 Russia/PROPN/obl>1 "
             "to/PART/mark>5 bring/VERB/advcl>1 an/DET/det>7 end/NOUN/obj>5 to/ADP/case>10 "
             "the/DET/det>10 embargo/NOUN/obl>5"),
    ("094", "Croatia/PROPN/nsubj>1 investigated|investigate/VERB/ROOT>1 war/NOUN/compound>3 "
            "crimes|crime/NOUN/obj>1"),
    # CAMEO manual, 1663: "Jakarta forced the UN refugee agency, UNHCR, out of the country"
    ("1663", "Indonesia/PROPN/nsubj>1 forced|force/VERB/ROOT>1 the/DET/det>5 UN/PROPN/compound>5 "
             "refugee/NOUN/compound>5 agency/NOUN/obj>1 out/ADP/compound:prt>1"),
    # PLOVER GSR: "Israeli tanks fired four shell bombs at targets in Jericho"
    ("194", "Israeli/ADJ/amod>1 tanks|tank/NOUN/nsubj>2 fired|fire/VERB/ROOT>2 shell/NOUN/compound>4 "
            "bombs|bomb/NOUN/obj>2 at/ADP/case>6 Jericho/PROPN/obl>2"),
    # "stopped the negotiations" halts them (164)
    ("164", "Russia/PROPN/nsubj>1 stopped|stop/VERB/ROOT>1 negotiations|negotiation/NOUN/obj>1 "
            "with/ADP/case>4 America/PROPN/nmod>2"),
    # PLOVER GSR: "Israel is opposed to French mediation in peace negotiations with Syria"
    ("126", "Israel/PROPN/nsubj>2 is|be/AUX/cop>2 opposed/ADJ/ROOT>2 to/ADP/case>5 French/ADJ/amod>5 "
            "mediation/NOUN/obl>2"),
    # PLOVER GSR: "Iraq said it would allow the return of U.N. weapons inspectors" (partitives)
    ("0355", "Iraq/PROPN/nsubj>2 will/AUX/aux>2 allow/VERB/ROOT>2 the/DET/det>4 return/NOUN/obj>2 "
             "of/ADP/case>6 inspectors|inspector/NOUN/nmod>4"),
    # PLOVER GSR: "Israel's high court opened a landmark hearing into the legality of secret interrogation ..."
    ("092", "Israel/PROPN/nsubj>1 opened|open/VERB/ROOT>1 a/DET/det>3 hearing/NOUN/obj>1 into/ADP/case>5 "
            "torture/NOUN/nmod>3"),
    # CAMEO manual, 0352: "Leaders of the Azadliq opposition coalition agreed to postpone the demonstration"
    ("0352", "the/DET/det>2 opposition/NOUN/compound>2 coalition/NOUN/nsubj>3 agreed|agree/VERB/ROOT>3 "
             "to/PART/mark>5 postpone/VERB/xcomp>3 the/DET/det>7 demonstration/NOUN/obj>5"),
]


def _codes(knowledge, spec: str) -> set[str]:
    lexicon, patterns, ontology = knowledge
    return {e.cameo for e in code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon))}


@pytest.mark.parametrize("code, spec", SENTENCES, ids=[c for c, _ in SENTENCES])
def test_hand_built_sentence_gets_its_code(knowledge, code, spec):
    assert code in _codes(knowledge, spec)


def test_hand_built_sentences_cover_every_root():
    assert {code[:2] for code, _ in SENTENCES} == {f"{n:02d}" for n in range(1, 21)}


# The governing verb's code is lost when its infinitive has a pattern of its own:
# core.py drops an event with no target whose trigger governs another event of the
# same source (coder/overlap.py, drop_subsumed). Reported; these pass once the coder keeps them.
GOVERNED = [
    ("1384", "Iran/PROPN/nsubj>1 threatened|threaten/VERB/ROOT>1 to/PART/mark>3 attack/VERB/xcomp>1 "
             "Israel/PROPN/obj>3"),
    ("1243", "China/PROPN/nsubj>1 refused|refuse/VERB/ROOT>1 to/PART/mark>3 release/VERB/xcomp>1 "
             "the/DET/det>5 prisoners|prisoner/NOUN/obj>3"),
]


@pytest.mark.parametrize("code, spec", GOVERNED, ids=[c for c, _ in GOVERNED])
def test_governing_verb_keeps_its_code(knowledge, code, spec):
    assert code in _codes(knowledge, spec)


# --- the CAMEO manual's example sentences through the real pipeline ---------------------------
def manual_example_scores(resources) -> tuple[float, float, int]:
    """Share of sentences where some event has the gold code, and the gold root."""
    from dataclasses import replace

    from dyad.pipeline import CodingOptions, code_articles
    from dyad.types import Article

    # the manual's examples name no targets: single-actor events are scored too
    resources = replace(resources, options=CodingOptions(unary=True, negated=True))
    path = shared_path("gold", "cameo_manual_examples.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = {r["id"]: {e["code"] for e in r["events"]} for r in records}
    right_code = right_root = 0
    articles = (Article(doc_id=r["id"], text=r["text"]) for r in records)
    for coded in code_articles(articles, resources):
        want, got = gold[coded.article.doc_id], {e.cameo for e in coded.events}
        right_code += bool(want & got)
        right_root += bool({c[:2] for c in want} & {c[:2] for c in got})
    return right_code / len(records), right_root / len(records), len(records)


@pytest.mark.slow
def test_cameo_manual_examples(resources, record_property):
    code_share, root_share, n = manual_example_scores(resources)
    record_property("code_share", round(code_share, 3))
    record_property("root_share", round(root_share, 3))
    print(f"\ncameo_manual_examples ({n} sentences): right code {code_share:.3f}, right root {root_share:.3f}")
    assert code_share >= CODE_FLOOR and root_share >= ROOT_FLOOR
