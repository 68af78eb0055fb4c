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
