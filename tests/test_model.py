"""The shipped pipeline: present, small, complete, and Dyad's components in place."""

from __future__ import annotations

import pytest

from dyad.errors import ModelError
from dyad.nlp.pipeline import default_model_path, load_nlp, parse_text


def test_shipped_model_is_small_enough():
    path = default_model_path()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert 1_000_000 < size < 40 * 1024 * 1024


def test_pipeline_components(resources):
    names = resources.nlp.pipe_names
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "dyad_sentences", "parser",
                 "ner", "dyad_entities"):
        assert name in names
    assert names.index("dyad_sentences") < names.index("parser")
    assert set(resources.nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


def test_parse_gives_plain_records(resources):
    sents = parse_text(resources.nlp, "TEHRAN – Maj. Gen. Bagheri met Russian officials. He left.", "d")
    assert [s.index for s in sents] == [0, 1]
    s = sents[0]
    assert s.doc_id == "d" and s.text.startswith("TEHRAN")
    assert any(t.text == "Maj." for t in s.tokens)
    for t in s.tokens:
        assert 0 <= t.head < len(s.tokens) and s.text[t.idx:t.idx + len(t.text)] == t.text


def test_unknown_pipeline_is_a_clear_error():
    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_nlp("no_such_pipeline")


def test_scoring_against_the_treebank(resources):
    from conftest import shared_path
    from dyad.nlp.evaluate import score_docs
    from dyad.nlp.training import ud_docs

    ewt = shared_path("ud", "ewt", "en_ewt-ud-test.conllu")
    uner = shared_path("ud", "uner", "en_ewt-ud-test.iob2")
    refs = list(ud_docs(ewt, uner, resources.nlp.vocab))[:20]
    scores = score_docs(resources.nlp, refs)
    for key in ("pos_acc", "dep_uas", "dep_las", "dep_las_universal", "ents_f", "sents_f"):
        assert 0.0 <= scores[key] <= 1.0, key
    assert scores["dep_uas"] > 0.6 and scores["dep_las_universal"] >= scores["dep_las"] - 0.02
    assert scores["words"] > 200 and scores["words_per_second"] > 0


def test_scoring_with_the_treebanks_tokens_and_sentences(resources):
    """Given gold tokens and then gold sentences, the parser can only do as well or better
    on average; with gold sentences the boundaries are exactly the treebank's."""
    from conftest import shared_path
    from dyad.nlp.evaluate import score_docs
    from dyad.nlp.training import ud_docs

    refs = list(ud_docs(shared_path("ud", "ewt", "en_ewt-ud-test.conllu"), None, resources.nlp.vocab))[:20]
    tokens = score_docs(resources.nlp, refs, given="tokens")
    sentences = score_docs(resources.nlp, refs, given="sentences")
    assert sentences["sents_f"] == 1.0
    assert tokens["words"] == sentences["words"] == sum(len(r) for r in refs)
    assert sentences["dep_uas"] > 0.7 and tokens["dep_uas"] > 0.6
