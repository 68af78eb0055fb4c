"""Country pairs of PLOVER gold-standard records (session 46), on hand-built parses (no model
involved): a count's coordinated adjectives, people fleeing a place, a concession at home, and
the war forces are readied for; and (session 47) a camp for refugees, and a language. Each fails
on the code before it."""

from __future__ import annotations

from functools import partial

from conftest import coded, dyads

_dyads = partial(dyads, date="2000-01-01")  # (the PLOVER records' era: no role's dates apply)


def test_a_counts_coordinated_adjectives_are_two_countries(knowledge):
    # PLOVER GSR: "Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees"
    spec = ("Security|security/NOUN/compound>1 forces|force/NOUN/nsubj>3 have/AUX/aux>3 tortured|torture/VERB/ROOT>3 "
            "scores|score/NOUN/obj>3 of/ADP/case>10 Sierra/PROPN/compound>10 Leonean/PROPN/flat>6 "
            "and/CCONJ/cc>9 Liberian/ADJ/conj>6 refugees|refugee/NOUN/nmod>4 ./PUNCT/punct>3")
    assert {t for _, t, _ in _dyads(knowledge, spec)} == {"SLEREF", "LBRREF"}


def test_people_fleeing_a_place_are_its(knowledge):
    # PLOVER GSR: "The United Nations will provide ... food aid to refugees fleeing the civil war in Liberia"
    war = ("The|the/DET/det>2 United/ADJ/amod>2 Nations|Nation/PROPN/nsubj>4 will/AUX/aux>4 provide/VERB/ROOT>4 "
           "food/NOUN/compound>6 aid/NOUN/obj>4 to/ADP/case>8 refugees|refugee/NOUN/obl>4 fleeing|flee/VERB/acl>8 "
           "the/DET/det>12 civil/ADJ/amod>12 war/NOUN/obj>9 in/ADP/case>14 Liberia/PROPN/nmod>12 ./PUNCT/punct>4")
    assert [t for _, t, _ in _dyads(knowledge, war)] == ["LBRREF"]


def test_lifting_an_emergency_eases_it_on_the_sources_own_people(knowledge):
    # PLOVER GSR: "Sudan's government on Sunday lifted a state of emergency in West Darfur State"
    spec = ("Sudan/PROPN/nmod:poss>2 's/PART/case>0 government/NOUN/nsubj>3 lifted|lift/VERB/ROOT>3 a/DET/det>5 "
            "state/NOUN/obj>3 of/ADP/case>7 emergency/NOUN/nmod>5 ./PUNCT/punct>3")
    [(source, target, code)] = _dyads(knowledge, spec)
    assert (source, target, code) == ("SDNGOV", "SDN", "0814")
    # declaring one names no people: most are against storms and epidemics (Wikinews)
    declared = spec.replace("lifted|lift", "declared|declare")
    assert _dyads(knowledge, declared) == [("SDNGOV", None, "1724")]


def test_forces_readied_for_a_war_are_aimed_at_whom_it_is_against(knowledge):
    # PLOVER GSR: "Britain mobilized army reservists for a possible war against Iraq on Tuesday"
    spec = ("Britain/PROPN/nsubj>1 mobilized|mobilize/VERB/ROOT>1 army/NOUN/compound>3 reservists|reservist/NOUN/obj>1 "
            "for/ADP/case>7 a/DET/det>7 possible/ADJ/amod>7 war/NOUN/nmod>3 against/ADP/case>9 Iraq/PROPN/nmod>7 "
            "./PUNCT/punct>3")
    assert _dyads(knowledge, spec) == [("GBR", "IRQ", "154")]
    # forces sent to a place are aimed at no one the slots do not name
    sent = ("Britain/PROPN/nsubj>1 mobilized|mobilize/VERB/ROOT>1 army/NOUN/compound>3 "
            "reservists|reservist/NOUN/obj>1 ./PUNCT/punct>1")
    assert _dyads(knowledge, sent) == [("GBR", None, "154")]


def test_a_camp_for_refugees_is_theirs(knowledge):
    # PLOVER GSR: "A temporary camp for Congolese refugees was attacked by Burundian militiamen" (session 47)
    spec = ("Burundian/ADJ/amod>1 militiamen|militiaman/NOUN/nsubj>2 attacked|attack/VERB/ROOT>2 a/DET/det>4 "
            "camp/NOUN/obj>2 for/ADP/case>7 Congolese/ADJ/amod>7 refugees|refugee/NOUN/nmod>4 ./PUNCT/punct>2")
    [event] = coded(knowledge, spec, date="2000-01-01")
    assert (event.target.code, event.cameo, event.target.text) == ("CODREF", "190", "a camp for Congolese refugees")


def test_a_language_is_no_people(knowledge):
    # PLOVER GSR: "The Latvian Constitutional Court cancelled restrictions on the use of the Russian
    # language on national radio and television" (LVAJUD 081 RUSMED before session 47)
    spec = ("The/DET/det>2 Latvian/ADJ/amod>2 court/NOUN/nsubj>3 cancelled|cancel/VERB/ROOT>3 "
            "restrictions|restriction/NOUN/obj>3 on/ADP/case>7 the/DET/det>7 use/NOUN/nmod>4 of/ADP/case>11 "
            "the/DET/det>11 Russian/ADJ/amod>11 language/NOUN/nmod>7 ./PUNCT/punct>3")
    assert _dyads(knowledge, spec) == [("LVAJUD", None, "081")]
    # the people of that language's country are still its own: "restrictions on Russian media"
    media = ("The/DET/det>2 Latvian/ADJ/amod>2 court/NOUN/nsubj>3 cancelled|cancel/VERB/ROOT>3 "
             "restrictions|restriction/NOUN/obj>3 on/ADP/case>7 Russian/ADJ/amod>7 media/NOUN/nmod>4 ./PUNCT/punct>3")
    assert [t for _, t, _ in _dyads(knowledge, media)] == ["RUSMED"]
