"""Mention replacement for the entity recogniser's training data (dyad/nlp/augment.py)."""

from __future__ import annotations

import itertools

import spacy
from spacy.tokens import Doc, DocBin

from conftest import shared_path
from dyad.nlp.augment import augmented, dyad_names, training_names, write_augmented
from dyad.nlp.training import ud_docs


def _uner_train_docs(n: int = 40) -> list:
    docs = ud_docs(shared_path("ud", "ewt", "en_ewt-ud-train.conllu"),
                   shared_path("ud", "uner", "en_ewt-ud-train.early-release.iob2"), spacy.blank("en").vocab)
    return list(itertools.islice(docs, n))


def _context(doc) -> list[str]:
    """The words outside entities, in order: what replacement must not touch."""
    return [t.text for t in doc if t.ent_iob_ == "O"]


def test_copies_rename_entities_and_keep_every_other_word():
    docs = _uner_train_docs()
    with_entities = [d for d in docs if d.ents]
    copies = list(augmented(docs, 2, seed=0))
    assert len(copies) == 2 * len(with_entities)
    renamed = 0
    for original, copy in zip(with_entities * 2, copies):
        assert _context(copy) == _context(original)
        assert [e.label_ for e in copy.ents] == [e.label_ for e in original.ents]
        assert len(list(copy.sents)) == len(list(original.sents))
        renamed += sum(a.text != b.text for a, b in zip(original.ents, copy.ents))
    total = sum(len(d.ents) for d in copies)
    assert 0.6 * total < renamed < total  # about 80 % renamed (a few draw the same name)


def test_the_same_seed_gives_the_same_copies_and_another_seed_others():
    docs = _uner_train_docs(20)
    texts = lambda seed: [d.text for d in augmented(docs, 1, seed=seed)]  # noqa: E731
    assert texts(0) == texts(0)
    assert texts(0) != texts(1)


def test_missing_entity_annotation_stays_missing():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Rouhani", "met", "Putin", "in", "Sochi", "."],
              ents=["B-PER", "O", "B-PER", None, "B-LOC", "O"])
    copy = next(augmented([doc], 1, replace=1.0, seed=3))
    iob = [t.ent_iob_ for t in copy]
    assert iob.count("") == 1 and copy[iob.index("")].text == "in"
    assert [e.label_ for e in copy.ents] == ["PER", "PER", "LOC"]


def test_dyad_names_come_from_its_actor_and_place_files():
    import random

    names = dyad_names(training_names(_uner_train_docs()), random.Random(0))
    assert ("Tehran",) in names["LOC"] and ("Khuzestan",) in names["LOC"]
    assert ("United", "Nations") in names["ORG"]
    assert any(n[-1] == "Rouhani" for n in names["PER"])
    assert all(n and all(n) for ns in names.values() for n in ns)


def test_written_docbin_holds_the_originals_then_the_copies(tmp_path):
    docs = _uner_train_docs(10)
    DocBin(docs=docs).to_disk(tmp_path / "train.spacy")
    stats = write_augmented(tmp_path / "train.spacy", tmp_path / "aug.spacy", 2)
    back = list(DocBin().from_disk(tmp_path / "aug.spacy").get_docs(spacy.blank("en").vocab))
    assert stats == {"documents": 10, "augmented": len(back) - 10}
    assert [d.text for d in back[:10]] == [d.text for d in docs]
    assert back[0].has_annotation("DEP") and not back[-1].has_annotation("DEP")


def test_the_recipe_trains_on_the_augmented_docbin_named_after_its_copies(tmp_path):
    from dyad.nlp.training import _augmented

    DocBin(docs=_uner_train_docs(5)).to_disk(tmp_path / "train.spacy")
    assert _augmented(tmp_path, "train.spacy", 0) == "train.spacy"
    assert _augmented(tmp_path, "train.spacy", 2) == "train-augmented-2.spacy"
    back = list(DocBin().from_disk(tmp_path / "train-augmented-2.spacy").get_docs(spacy.blank("en").vocab))
    assert len(back) > 5
