"""The entity rules after the statistical recogniser (dyad.nlp.entities), on hand-built Docs.

Each Doc carries the entities "the model" found; the rules must turn them into
what UNER's guidelines ask for. No trained model is needed.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyad.errors import DataError
from dyad.nlp.entities import EntityRules, entity_cues, read_entity_cues, read_name_list


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def rules(nlp):
    return EntityRules(nlp)


def doc(nlp, text: str, ents: list[tuple[str, str]] = ()) -> Doc:
    """A Doc of space-separated words; ``ents`` = (phrase, label) found by "the model";
    " || " starts a new sentence."""
    words, starts = [], []
    for n, sentence in enumerate(text.split(" || ")):
        for i, word in enumerate(sentence.split()):
            words.append(word)
            starts.append(i == 0)
    d = Doc(nlp.vocab, words=words, sent_starts=starts)
    spans = []
    for phrase, label in ents:
        target = phrase.split()
        start = next(i for i in range(len(words)) if words[i:i + len(target)] == target
                     and all(not (s.start <= i < s.end) for s in spans))
        spans.append(d.char_span(d[start].idx, d[start + len(target) - 1].idx + len(target[-1]), label=label))
    d.ents = spans
    return d


def ents(d: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in d.ents]


def test_org_suffix_makes_the_whole_name_an_org(nlp, rules):
    d = rules(doc(nlp, "Send it to J.M. Huber Corporation today .", [("Huber", "PER")]))
    assert ents(d) == [("J.M. Huber Corporation", "ORG")]


def test_legal_form_after_a_comma_belongs_to_the_name(nlp, rules):
    d = rules(doc(nlp, "He joined Google , Inc. last year .", [("Google", "ORG")]))
    assert ents(d) == [("Google , Inc.", "ORG")]


def test_org_head_takes_its_of_complement_without_the_article(nlp, rules):
    d = rules(doc(nlp, "said the Association of Muslim Scholars in Baghdad"))
    assert ("Association of Muslim Scholars", "ORG") in ents(d)
    d = rules(doc(nlp, "the U.S. Department of Housing and Urban Development said",
                  [("U.S. Department of Housing", "ORG")]))
    assert ents(d) == [("U.S. Department of Housing and Urban Development", "ORG")]


def test_an_org_word_contains_a_place_name(nlp, rules):
    d = rules(doc(nlp, "Shadid of the Washington Post reports", [("Washington", "LOC")]))
    assert ents(d) == [("Washington Post", "ORG")]


def test_a_cue_word_alone_or_in_a_description_is_not_a_name(nlp, rules):
    assert ents(rules(doc(nlp, "this University is gaining prestige"))) == []
    assert ents(rules(doc(nlp, "Great Service and nice people"))) == []  # org-of needs "of ..."
    assert ents(rules(doc(nlp, "the West Bank town", [("West Bank", "LOC")]))) == [("West Bank", "LOC")]
    assert ents(rules(doc(nlp, "the School of Law opened"))) == [("School of Law", "ORG")]


def test_a_cue_name_does_not_cross_a_model_entity(nlp, rules):
    d = rules(doc(nlp, "Acme Steel Corporation", [("Acme Steel", "ORG")]))
    assert ents(d) == [("Acme Steel Corporation", "ORG")]  # contained: replaced
    d = rules(doc(nlp, "Steel Corporation Smith", [("Corporation Smith", "PER")]))
    assert ents(d) == [("Corporation Smith", "PER")]  # crossing: the model's entity stays


def test_lexicon_place_overrides_the_model_label(nlp, rules):
    d = rules(doc(nlp, "tensions with Iran grew", [("Iran", "ORG")]))
    assert ents(d) == [("Iran", "LOC")]


def test_without_overwrite_the_lexicon_only_fills_gaps(nlp):
    fill = EntityRules(nlp, overwrite=False)
    d = fill(doc(nlp, "Iran and Cuba met", [("Iran", "ORG")]))
    assert ents(d) == [("Iran", "ORG"), ("Cuba", "LOC")]


def test_lexicon_word_inside_a_longer_name_is_not_an_entity(nlp, rules):
    assert ents(rules(doc(nlp, "I visited Georgia Tech on Thursday"))) == []
    assert ents(rules(doc(nlp, "I visited Georgia on Thursday"))) == [("Georgia", "LOC")]


def test_shouted_common_word_is_not_an_org(nlp, rules):
    assert ents(rules(doc(nlp, "SHE IS THE BEST"))) == []
    assert ("US", "LOC") in ents(rules(doc(nlp, "the US , EU and Cuba")))


def test_an_org_found_once_is_an_org_elsewhere_in_the_text(nlp, rules):
    d = rules(doc(nlp, "I joined Google today . || Google users like it .", [("Google", "ORG")]))
    assert ents(d) == [("Google", "ORG"), ("Google", "ORG")]
    d = rules(doc(nlp, "Elmira is here . || Elmira you are the best", [("Elmira", "LOC")]))
    assert ents(d) == [("Elmira", "LOC")]  # only ORG spreads


def test_possessive_is_not_part_of_a_person_or_place(nlp, rules):
    d = rules(doc(nlp, "a fight with Muqtada al-Sadr 's movement", [("Muqtada al-Sadr 's", "PER")]))
    assert ents(d) == [("Muqtada al-Sadr", "PER")]


def test_a_known_place_in_lower_case_is_a_place(nlp, rules):
    d = rules(doc(nlp, "we drove from kerala to noida and flew from sao paulo to vietnam"))
    assert ents(d) == [("kerala", "LOC"), ("noida", "LOC"), ("sao paulo", "LOC"), ("vietnam", "LOC")]


def test_lower_case_places_leave_common_words_and_model_entities_alone(nlp, rules):
    d = rules(doc(nlp, "a turkey from reading is nice"))
    assert ents(d) == []  # words with a vector in the shipped model are not in the list
    d = rules(doc(nlp, "Kerala is green", [("Kerala", "ORG")]))
    assert ents(d) == [("Kerala", "ORG")]  # capitalised: the model and the lexicon decide
    d = rules(doc(nlp, "kerala backwaters", [("kerala backwaters", "PER")]))
    assert ents(d) == [("kerala backwaters", "PER")]


def test_a_person_after_in_or_at_who_is_a_place_is_a_place(nlp, rules):
    d = rules(doc(nlp, "the base in Miramar is big . || Miramar said hello",
                  [("Miramar", "PER"), ("Miramar", "PER")]))
    assert ents(d) == [("Miramar", "LOC"), ("Miramar", "PER")]
    d = rules(doc(nlp, "I met in Brian 's house", [("Brian", "PER")]))
    assert ents(d) == [("Brian", "PER")]  # not a place


def test_a_given_name_outside_any_entity_is_a_person(nlp, rules):
    d = rules(doc(nlp, "please ask Traci about it"))
    assert ents(d) == [("Traci", "PER")]
    d = rules(doc(nlp, "the memo went to Gerald Nemec and SAP yesterday"))
    assert ents(d) == [("Gerald Nemec", "PER")]  # with the capitalised word after it


def test_given_names_leave_sentence_starts_places_and_entities_alone(nlp, rules):
    assert ents(rules(doc(nlp, "Traci said no"))) == []  # a capitalised first word says nothing
    assert ents(rules(doc(nlp, "they drove to Austin yesterday"))) == []  # a city before a name
    d = rules(doc(nlp, "a note from Carol Smith Associates", [("Carol Smith Associates", "ORG")]))
    assert ents(d) == [("Carol Smith Associates", "ORG")]


def test_an_org_that_is_a_given_name_and_a_surname_is_a_person(nlp, rules):
    d = rules(doc(nlp, "thanks , Debra Perlingiere", [("Debra Perlingiere", "ORG")]))
    assert ents(d) == [("Debra Perlingiere", "PER")]
    d = rules(doc(nlp, "he joined Mary Kay Corporation", [("Mary Kay Corporation", "ORG")]))
    assert ents(d) == [("Mary Kay Corporation", "ORG")]  # a cue word keeps the organisation


def test_names_run_together_are_split_at_a_repeat_or_a_new_given_name(nlp, rules):
    d = rules(doc(nlp, "cc : Doug Sewell Jeffrey Synder", [("Doug Sewell Jeffrey Synder", "PER")]))
    assert ents(d) == [("Doug Sewell", "PER"), ("Jeffrey Synder", "PER")]
    d = rules(doc(nlp, "cc : Debra Perlingiere Gerald Nemec", [("Debra Perlingiere Gerald Nemec", "ORG")]))
    assert ents(d) == [("Debra Perlingiere", "PER"), ("Gerald Nemec", "PER")]
    d = rules(doc(nlp, "thanks Phillip Phillip", [("Phillip Phillip", "PER")]))
    assert ents(d) == [("Phillip", "PER"), ("Phillip", "PER")]


def test_one_name_is_not_split(nlp, rules):
    for name in ("Mary Ann Smith", "Ali Akbar Velayati", "Martin Luther King"):
        d = rules(doc(nlp, f"a speech by {name} today", [(name, "PER")]))
        assert ents(d) == [(name, "PER")]  # given names in a row, or no given name after a surname
    d = rules(doc(nlp, "at Smith Barney Charles Schwab Group", [("Smith Barney Charles Schwab Group", "ORG")]))
    assert ents(d) == [("Smith Barney Charles Schwab Group", "ORG")]  # a cue word keeps it whole


def test_shipped_first_names_are_capitalised_given_names():
    from dyad.nlp.entities import first_names

    names = first_names()
    assert len(names) > 2000 and {"Traci", "Debra", "Gerald"} <= names
    assert all(n[:1].isupper() and n.isalpha() for n in names)
    assert not {"Will", "Mark", "May"} & names  # common words are left to the model


def test_shipped_lowercase_places_are_lower_case_names():
    from dyad.nlp.entities import lowercase_places

    names = lowercase_places()
    assert len(names) > 5000 and {"kerala", "chicago", "rio de janeiro"} <= names
    assert all(n.islower() and len(n) >= 4 for n in names)
    assert "turkey" not in names and "reading" not in names


def test_shipped_cue_file_has_every_kind():
    cues = entity_cues()
    assert all(cues[kind] for kind in ("org-suffix", "org-legal", "org-head", "org-of"))
    assert "Inc." in cues["org-legal"] and "University" in cues["org-head"]


def test_malformed_cue_line_names_file_and_line():
    with pytest.raises(DataError, match=r"entity_cues\.txt:3: .*'bogus Word'"):
        read_entity_cues("# comment\norg-suffix Corporation\nbogus Word\n", "entity_cues.txt")
    with pytest.raises(DataError, match=r"entity_cues\.txt:1: "):
        read_entity_cues("org-head Bank of\n", "entity_cues.txt")


def test_format_scores_names_the_split():
    from dyad.nlp.evaluate import format_scores

    scores = {k: 0.5 for k in ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
                               "dep_las_universal", "sents_p", "sents_r", "sents_f", "ents_p", "ents_r", "ents_f")}
    scores["words_per_second"] = 1000
    base = {"pipeline": "p", "components": ["ner"], "threads": "1"}
    test = format_scores({**base, "ewt_test": scores, "uner_test_statistical_only": scores})
    assert "EWT test  UPOS" in test and "UNER test entities P 0.500" in test and "on EWT test" in test
    dev = format_scores({**base, "split": "dev", "ewt_dev": scores, "uner_dev_statistical_only": scores})
    assert "EWT dev   UPOS" in dev and "UNER dev entities" in dev and "(statistical model only)" in dev
    given = format_scores({**base, "ewt_test": scores, "ewt_test_given_sentences": {**scores, "ents_f": 0.75},
                           "ewt_test_given_tokens": {**scores, "ents_f": None}})
    assert "entities F 0.750  given the treebank's sentences" in given
    assert "entities F n/a  given the treebank's tokens" in given


def test_unknown_split_is_an_error(tmp_path):
    from dyad.nlp.evaluate import evaluate_all

    with pytest.raises(DataError, match="split"):
        evaluate_all(tmp_path, split="train")


@pytest.mark.parametrize("text, lower, bad", [
    ("# given names\nTraci\ntraci\n", False, 3),  # lower case in the given names
    ("Traci\nMary Ann\n", False, 2),  # two words
    ("kerala\nSao Paulo\n", True, 2),  # capitals in the lower-case places
    ("kerala\nnoida2\n", True, 2),  # not letters
])
def test_a_bad_name_list_line_names_file_and_line(text, lower, bad):
    with pytest.raises(DataError, match=rf"names\.txt:{bad}: expected a name of"):
        read_name_list(text, "names.txt", lower=lower)
    good = "\n".join(line for n, line in enumerate(text.splitlines(), 1) if n != bad)
    assert read_name_list(good, "names.txt", lower=lower)


def _script(name: str):
    """A generator script of ``scripts/``, imported as a module."""
    import importlib.util

    from conftest import REPO

    path = REPO / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_lowercase_places_are_what_their_script_writes():
    from dyad.nlp.entities import lowercase_places

    assert set(_script("lowercase_places").names(100_000)) == lowercase_places()


def test_shipped_first_names_are_what_their_script_writes():
    pytest.importorskip("names", reason="the `names` package comes with the train extra")
    from dyad.nlp.entities import first_names

    assert set(_script("first_names").first_names(2000)) == first_names()
