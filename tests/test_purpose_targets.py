"""Targets and aims read from purpose clauses, on hand-built parses (coder/targets.py, coder/core.py)."""

from __future__ import annotations

from test_assertion_rules import code, triples


def test_a_promise_finds_its_target_in_its_purpose_clause(knowledge):
    # "Norway will send material to help defend Saudi Arabia": the beneficiary sits two clauses down
    spec = ("Norway/PROPN/nsubj>2 will/AUX/aux>2 send/VERB/ROOT>2 material/NOUN/obj>2 to/PART/mark>5 "
            "help/VERB/advcl>2 defend/VERB/xcomp>5 Saudi/PROPN/compound>8 Arabia/PROPN/obj>6")
    events = code(knowledge, spec)
    assert triples(events) == [("NOR", "SAU", "033")]
    assert events[0].explanation.target_rule.startswith("complement:")


def test_a_protest_is_aimed_at_whom_its_purpose_names(knowledge):
    # "Indonesian students staged demonstrations to demand reforms by the Indonesian government":
    # the protesters' own government counts (a promise's search wants another country)
    spec = ("Indonesian/ADJ/amod>1 students|student/NOUN/nsubj>2 staged|stage/VERB/ROOT>2 "
            "demonstrations|demonstration/NOUN/obj>2 to/PART/mark>5 demand/VERB/advcl>2 "
            "reforms|reform/NOUN/obj>5 by/ADP/case>10 the/DET/det>10 Indonesian/ADJ/amod>10 "
            "government/NOUN/nmod>6")
    protest = [e for e in code(knowledge, spec) if e.root == "14"]
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in protest] == \
        [("IDNEDU", "IDNGOV", "1412")]


def test_a_protest_without_a_purpose_gets_no_target(knowledge):
    # "Indonesian students staged demonstrations during the visit of Russia's president": only
    # the purpose is searched, not the protest's circumstances
    spec = ("Indonesian/ADJ/amod>1 students|student/NOUN/nsubj>2 staged|stage/VERB/ROOT>2 "
            "demonstrations|demonstration/NOUN/obj>2 during/ADP/case>6 the/DET/det>6 visit/NOUN/obl>2 "
            "of/ADP/case>10 Russia/PROPN/nmod:poss>10 's/PART/case>8 president/NOUN/nmod>6")
    assert all(e.target is None for e in code(knowledge, spec) if e.root == "14")


def test_a_gerund_of_demanding_is_a_protest_aim(knowledge):
    # "Iraqi Kurds demonstrated calling for independence", "calling" parsed as a ccomp
    spec = ("Iraqi/ADJ/amod>1 Kurds|kurd/NOUN/nsubj>2 demonstrated|demonstrate/VERB/ROOT>2 "
            "calling|call/VERB/ccomp>2 for/ADP/case>5 independence/NOUN/obl>3")
    assert "1414" in {e.cameo for e in code(knowledge, spec)}


def test_the_aim_is_read_one_step_into_the_purpose_and_its_protest_verb_is_no_second_event(knowledge):
    # "Iraqi Kurds rallied to protest the refusal to accept their independence": 1414 (institutions),
    # and "protest" is the rally's purpose, not a second protest
    spec = ("Iraqi/ADJ/amod>1 Kurds|kurd/NOUN/nsubj>2 rallied|rally/VERB/ROOT>2 to/PART/mark>4 "
            "protest/VERB/advcl>2 the/DET/det>6 refusal/NOUN/obj>4 to/PART/mark>8 accept/VERB/acl>6 "
            "their/PRON/nmod:poss>10 independence/NOUN/obj>8")
    dropped = []
    codes = [e.cameo for e in code(knowledge, spec, dropped=dropped)]
    assert codes == ["1414"]
    assert any("is the purpose of" in d.reason for d in dropped)


def test_rebels_saying_their_government_must_act_make_a_demand(knowledge):
    # what one's own country must do is a view ("Bagheri said Iran must plan"), but rebels or the
    # opposition saying so of their own government demand it
    spec = ("Rwandan/ADJ/amod>1 {who}/NOUN/nsubj>2 said|say/VERB/ROOT>2 the/DET/det>5 Rwandan/ADJ/amod>5 "
            "government/NOUN/nsubj>7 must/AUX/aux>7 agree/VERB/ccomp>2 to/ADP/case>9 "
            "changes|change/NOUN/obl>7")
    rebels = triples(code(knowledge, spec.format(who="rebels|rebel")))
    assert ("RWAREB", "RWAGOV", "100") in rebels or any(s == "RWAREB" and t == "RWAGOV" for s, t, _ in rebels)
    officials = triples(code(knowledge, spec.format(who="officials|official")))
    assert not any(t == "RWAGOV" for _, t, _ in officials)
