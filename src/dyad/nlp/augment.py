"""Mention replacement: more entity names for the recogniser to learn from.

UNER's train file has about 7,000 entities, and most entities in its dev and
test files are names the train file never shows (dev: 607 of 966). A
recogniser trained on it learns the names as much as the contexts. Mention
replacement (Dai and Adel, COLING 2020) writes extra copies of the training
documents in which each entity is, with some probability, replaced by another
name of the same label: half the time one from the training set itself, half
the time one from Dyad's own knowledge (people and organisations in
``data/actors``, first-level divisions in ``places/data/admin1.tsv``, the
gazetteer's countries and its cities of 50,000 people or more, given names
paired with surnames seen in training). The contexts stay real text; only the
names change, so the model has to read the context.

Everything is seeded: the same DocBin and seed give the same copies.
"""

from __future__ import annotations

import random
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..places.sources import package_json, rows

LABELS = ("PER", "LOC", "ORG")
CITY_POPULATION = 50_000  # the gazetteer cities lent as LOC names
GIVEN_SURNAME_PAIRS = 3_000  # made-up PER names: a given name and a surname from training

Name = tuple[str, ...]


def training_names(docs: Iterable) -> dict[str, list[Name]]:
    """Every entity of the training documents, as words, by label (repeats kept: frequent names
    are drawn more often)."""
    pools: dict[str, list[Name]] = {label: [] for label in LABELS}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in pools:
                pools[ent.label_].append(tuple(t.text for t in ent))
    return pools


def dyad_names(train_pools: dict[str, list[Name]], rng: random.Random) -> dict[str, list[Name]]:
    """Names from Dyad's own knowledge files and the built-in gazetteer, by label."""
    package = Path(str(resources.files("dyad")))
    names: dict[str, list[str]] = {label: [] for label in LABELS}
    names["PER"] = [r[0].split("|")[0] for _, r in rows(package / "data/actors/people.tsv", 1) if r[0] != "name"]
    for table in ("organisations.tsv", "institutions.tsv"):
        for _, row in rows(package / "data/actors" / table, 1):
            names["ORG"] += [alt for alt in row[0].split("|")[:2] if alt[:1].isupper()]
    names["LOC"] = [r[1] for _, r in rows(package / "places/data/admin1.tsv", 2)]
    names["LOC"] += [c["name"] for c in package_json("cities5000.json").values()
                     if c.get("population", 0) >= CITY_POPULATION]
    names["LOC"] += [c["name"] for c in package_json("countries.json").values()]
    # in the file's order (first_names() is a set): the draws below depend on it
    given = [w.strip() for w in (package / "nlp/data/first_names.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    surnames = [n[-1] for n in train_pools["PER"] if len(n) > 1 and n[-1][:1].isupper()]
    if given and surnames:
        names["PER"] += [f"{rng.choice(given)} {rng.choice(surnames)}" for _ in range(GIVEN_SURNAME_PAIRS)]
    return {label: [tuple(n.split()) for n in ns if n.split()] for label, ns in names.items()}


def augmented(docs: list, copies: int, *, replace: float = 0.8, external: float = 0.5,
              seed: int = 0) -> Iterator:
    """``copies`` rewritten copies of each document that has an entity (the originals are not
    repeated). Each entity is replaced with probability ``replace``, by a Dyad name with
    probability ``external`` and otherwise by a training name."""
    rng = random.Random(seed)
    train = training_names(docs)
    own = dyad_names(train, rng)
    for _ in range(copies):
        for doc in docs:
            if any(ent.label_ in train for ent in doc.ents):
                yield _rewritten(doc, train, own, rng, replace, external)


def _rewritten(doc, train: dict[str, list[Name]], own: dict[str, list[Name]], rng: random.Random,
               replace: float, external: float):
    """The document with some entities renamed; tokens without entity annotation stay without
    (None), sentence starts are kept, the new words carry no tags or parse."""
    from spacy.tokens import Doc

    words, spaces, ents, starts = [], [], [], []
    by_start = {ent.start: ent for ent in doc.ents}
    sent_starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
    i = 0
    while i < len(doc):
        ent = by_start.get(i)
        if ent is not None and ent.label_ in train and rng.random() < replace:
            pool = own[ent.label_] if own[ent.label_] and rng.random() < external else train[ent.label_]
            name = rng.choice(pool)
            words += name
            spaces += [True] * (len(name) - 1) + [bool(doc[ent.end - 1].whitespace_)]
            ents += [f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(name) - 1)
            starts += [i in sent_starts] + [False] * (len(name) - 1)
            i = ent.end
            continue
        tok = doc[i]
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
        ents.append(None if not tok.ent_iob_ else "O" if tok.ent_iob_ == "O" else f"{tok.ent_iob_}-{tok.ent_type_}")
        starts.append(i in sent_starts)
        i += 1
    return Doc(doc.vocab, words=words, spaces=spaces, ents=ents, sent_starts=starts)


def write_augmented(train: Path, out: Path, copies: int, *, seed: int = 0) -> dict:
    """Write ``train``'s documents followed by their augmented copies to ``out`` (a DocBin)."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    docs = list(DocBin().from_disk(train).get_docs(vocab))
    bin_ = DocBin(store_user_data=False)
    for doc in docs:
        bin_.add(doc)
    added = 0
    for doc in augmented(docs, copies, seed=seed):
        bin_.add(doc)
        added += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    return {"documents": len(docs), "augmented": added}
