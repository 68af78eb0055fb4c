"""What a reaction reacts to is someone else's act (coder/syntax.py ``_reacted_to``), on
hand-built parses of the shipped model's misparses (no model involved)."""

from __future__ import annotations

from conftest import coded, parse

# held-out seed 2048, tehrantimes-466770 (the shipped model's parse, with its lemma "reacte")
REACTED = ("Iranian/ADJ/amod>2 foreign/ADJ/amod>2 ministry/NOUN/nsubj>4 has|have/AUX/aux>4 "
           "reacted|reacte/VERB/ROOT>4 to/ADP/case>8 the/DET/det>8 assassination/NOUN/compound>8 "
           "attempt/NOUN/obl>4 targeting|target/VERB/acl>8 Iraqi/ADJ/amod>12 Minister/PROPN/nmod:desc>13 "
           "al-Kadhimi/PROPN/obj>9 ./PUNCT/punct>4")


def test_the_act_reacted_to_is_not_the_reactors(knowledge):
    # "… has reacted to the assassination attempt targeting … al-Kadhimi" was an Iranian threat, 1384
    assert [(e.source.code, e.cameo) for e in coded(knowledge, REACTED)] == []
    # "Iran condemned the attack targeting civilians": no Iranian attack either, but the condemnation
    condemned = ("Iran/PROPN/nsubj>1 condemned|condemn/VERB/ROOT>1 the/DET/det>3 attack/NOUN/obj>1 "
                 "targeting|target/VERB/acl>3 Iraqi/ADJ/amod>6 diplomats|diplomat/NOUN/obj>4 ./PUNCT/punct>1")
    assert {(e.source.code, e.cameo) for e in coded(knowledge, condemned)} == {("IRN", "111")}


def test_an_act_one_carries_out_is_still_ones_own(knowledge):
    # "Israel launched a campaign targeting Hamas": the "-ing" phrase on what the subject did is its act
    launched = ("Israel/PROPN/nsubj>1 launched|launch/VERB/ROOT>1 a/DET/det>3 campaign/NOUN/obj>1 "
                "targeting|target/VERB/acl>3 Hamas/PROPN/obj>4 ./PUNCT/punct>1")
    assert ("ISR", "PSEREB") in {(e.source.code, e.target.code) for e in coded(knowledge, launched) if e.target}


def test_an_effort_one_rejects_is_not_ones_own(knowledge):
    # held-out seed 2049: "We will not accept any effort to lift nuclear sanctions on the Central Bank"
    # was coded as Iran's intent to ease sanctions (0354)
    rejected = ("Iran/PROPN/nsubj>3 will/AUX/aux>3 not/PART/advmod>3 accept/VERB/ROOT>3 any/DET/det>5 "
                "effort/NOUN/obj>3 to/PART/mark>7 lift/VERB/acl>5 sanctions|sanction/NOUN/obj>7 on/ADP/case>10 "
                "Russia/PROPN/nmod>8 ./PUNCT/punct>3")
    assert not [e for e in coded(knowledge, rejected) if e.cameo.startswith("035") or e.cameo.startswith("085")]
    # an effort of one's own is still one's own: "Iran made efforts to lift the sanctions on Russia"
    made = ("Iran/PROPN/nsubj>1 made|make/VERB/ROOT>1 efforts|effort/NOUN/obj>1 to/PART/mark>4 lift/VERB/acl>2 "
            "sanctions|sanction/NOUN/obj>4 on/ADP/case>7 Russia/PROPN/nmod>5 ./PUNCT/punct>1")
    assert [(e.source.code, e.cameo) for e in coded(knowledge, made) if e.target] == [("IRN", "0354")]


def test_called_on_is_no_summoned_envoy(knowledge):
    # held-out seed 2049: "Hamaneh, Iran's permanent ambassador to the UN office in Geneva, called on the
    # UNHRC to avoid politicization" (the shipped model's parse: "called" a participle on
    # "ambassador") was coded as Iran summoning its own envoy, 110
    spec = ("Iran/PROPN/nmod:poss>2 's/PART/case>0 ambassador/NOUN/nsubj>9 ,/PUNCT/punct>4 called|call/VERB/acl>2 "
            "on/ADP/case>7 the/DET/det>7 UNHRC/PROPN/obl>4 to/PART/mark>9 avoid/VERB/advcl>4 "
            "politicization/NOUN/obj>9")
    assert [(e.source.code, e.cameo, e.target.code) for e in coded(knowledge, spec)] == [("IRN", "020", "IGOUNOHRI")]


def test_revenge_fingers_and_brands(knowledge):
    # held-out seed 2049's misses: "Iranian officials have vowed to take revenge against Israel", "were
    # quick to point the finger at Israel", "called U.S. unilateral sanctions … illegal"
    revenge = ("Iran/PROPN/nsubj>2 will/AUX/aux>2 take|take/VERB/ROOT>2 revenge/NOUN/obj>2 on/ADP/case>4 "
               "Israel/PROPN/obl>2 ./PUNCT/punct>2")
    assert [(e.source.code, e.cameo, e.target.code, e.mode) for e in coded(knowledge, revenge)] == \
        [("IRN", "138", "ISR", "intended")]
    finger = ("Iran/PROPN/nsubj>1 pointed|point/VERB/ROOT>1 the/DET/det>3 finger/NOUN/obj>1 at/ADP/case>5 "
              "Israel/PROPN/obl>1 ./PUNCT/punct>1")
    assert [(e.cameo, e.target.code) for e in coded(knowledge, finger)] == [("112", "ISR")]
    # the parser's adjective after its noun ("the U.S. move illegal") is what the move is called
    brand = ("Iran/PROPN/nsubj>1 called|call/VERB/ROOT>1 the/DET/det>4 U.S./PROPN/compound>4 move/NOUN/obj>1 "
             "illegal/ADJ/amod>4 ./PUNCT/punct>1")
    assert [(e.cameo, e.target.code) for e in coded(knowledge, brand)] == [("111", "USA")]
    # "called the decision a positive step" asks no one to step down
    step = ("the/DET/det>1 ministry/NOUN/nsubj>2 called|call/VERB/ROOT>2 the/DET/det>4 decision/NOUN/obj>2 "
            "a/DET/det>7 positive/ADJ/amod>7 step/NOUN/xcomp>2 ./PUNCT/punct>2")
    assert coded(knowledge, step) == []


def test_stepping_up_is_no_resignation(knowledge):
    # held-out seed 2060: "The two parties agreed to step up mutual counter-terrorism efforts"
    # was an intent to resign (0341); an xcomp entry names its particle ("step down")
    up = ("Russia/PROPN/nsubj>1 agreed|agree/VERB/ROOT>1 to/PART/mark>3 step/VERB/xcomp>1 up/ADP/compound:prt>3 "
          "efforts/NOUN/obj>3 with/ADP/case>7 India/PROPN/nmod>5 ./PUNCT/punct>1")
    assert [e.cameo for e in coded(knowledge, up)] == []
    urged = ("Iran/PROPN/nsubj>1 urged|urge/VERB/ROOT>1 Iraq/PROPN/obj>1 to/PART/mark>4 step/VERB/xcomp>1 "
             "up/ADP/compound:prt>4 efforts/NOUN/obj>4 ./PUNCT/punct>1")
    assert [e.cameo for e in coded(knowledge, urged)] == ["020"]
    # the parser gives the particle as an adverb in a that-clause: still a resignation demanded
    down = ("the/DET/det>2 Syrian/ADJ/amod>2 opposition/NOUN/nsubj>3 demanded|demand/VERB/ROOT>3 that/SCONJ/mark>6 "
            "Assad/PROPN/nsubj>6 step/VERB/ccomp>3 down/ADV/advmod>6 ./PUNCT/punct>3")
    assert [(e.cameo, e.target.code) for e in coded(knowledge, down)] == [("1041", "SYRGOV")]


def test_the_move_condemned_is_the_last_act_the_sentence_named(knowledge):
    # held-out seed 2050: "Khatami said that Turkish troops' operation in northern Syria is nothing but
    # aggression … and condemned the move" had no target
    spec = ("Iran/PROPN/nsubj>1#LOC said|say/VERB/ROOT>1 that/SCONJ/mark>10 Turkish/ADJ/amod>4 "
            "troops|troop/NOUN/nmod:poss>6 '/PART/case>4 operation/NOUN/nsubj>10 in/ADP/case>8 Syria/PROPN/nmod>6#LOC "
            "is|be/AUX/cop>10 aggression/NOUN/ccomp>1 and/CCONJ/cc>12 condemned|condemn/VERB/conj>1 "
            "the/DET/det>14 move/NOUN/obj>12 ./PUNCT/punct>1")
    assert [(e.source.code, e.cameo, e.target.code) for e in coded(knowledge, spec) if e.cameo == "111"] == \
        [("IRN", "111", "TURMIL")]
    # a move with its own owner is that owner's: "condemned Ankara's move"; none named before: no target
    bare = spec.replace("Turkish/ADJ/amod>4", "the/DET/det>4")
    assert not [e for e in coded(knowledge, bare) if e.cameo == "111" and e.target]
