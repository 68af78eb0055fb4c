"""The training recipe's data conversion (the full training run is not a test: see docs/model.md)."""

from __future__ import annotations

import gzip
import json

import pytest
import spacy

from conftest import shared_path
from dyad.errors import DataError
from dyad.nlp.training import corpus_sentences, read_conllu, read_iob2, train_vectors, ud_docs


def test_ewt_dev_reads_every_sentence_with_its_spacing():
    sents = list(read_conllu(shared_path("ud", "ewt", "en_ewt-ud-dev.conllu")))
    assert len(sents) == 2001
    # multi-word tokens: "didn't" is two syntactic words with no space between them
    text = next(" ".join([]) or "".join(w + (" " if sp else "") for w, sp in zip(s.words, s.spaces))
                for s in sents if "n't" in s.words)
    assert "n't" in text and " n't" not in text
    assert all(0 <= h < len(s.words) for s in sents for h in s.heads)


def test_uner_entities_align_with_ewt_and_become_doc_entities():
    path = shared_path("ud", "uner", "en_ewt-ud-dev.iob2")
    assert len(read_iob2(path)) == 2001
    stats = {}
    docs = list(ud_docs(shared_path("ud", "ewt", "en_ewt-ud-dev.conllu"), path, spacy.blank("en").vocab, 10, stats))
    assert stats["sentences"] == 2001 and stats["ner_mismatch"] <= 5
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PER", "LOC", "ORG"}
    doc = docs[1]
    assert [t.is_sent_start for t in doc].count(True) == len(list(doc.sents)) > 1
    assert any(t.dep_ == "nsubj:pass" for d in docs for t in d)  # full UD labels are kept


def test_malformed_conllu_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.conllu"
    bad.write_text("# sent_id = 1\n1\tHello\thello\tINTJ\n\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.conllu:\d+: expected 10"):
        list(read_conllu(bad))


def test_vectors_train_on_a_news_corpus(tmp_path):
    corpus = tmp_path / "news.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(200):
            fh.write(json.dumps({"id": str(i), "title": "Iran and Russia", "text":
                                 f"Iran and Russia signed agreement number {i % 7} in Tehran on Monday."}) + "\n")
    assert next(corpus_sentences([corpus]))[:3] == ["Iran", "and", "Russia"]
    out = tmp_path / "vectors.txt"
    n = train_vectors([corpus], [], out, dim=8, min_count=2, epochs=1)
    assert n > 5 and out.read_text(encoding="utf-8").splitlines()[0] == f"{n} 8"


def test_corpus_with_bad_json_names_file_and_line(tmp_path):
    corpus = tmp_path / "bad.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write('{"id": "1", "text": "fine"}\n{oops\n')
    with pytest.raises(DataError, match=r"bad.jsonl.gz:2"):
        list(corpus_sentences([corpus]))


def test_training_config_is_valid():
    from spacy.util import load_config

    from dyad.nlp.training import default_config

    cfg = load_config(default_config())
    assert cfg["nlp"]["pipeline"] == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    assert cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] is True


def test_pretraining_text_is_paragraph_chunks_under_the_readers_limit(tmp_path):
    from dyad.nlp.training import pretrain_text

    corpus = tmp_path / "news.jsonl.gz"
    para = " ".join(["word"] * 120)
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(5):
            fh.write(json.dumps({"id": str(i), "text": "\n".join([para] * 7)}) + "\n")  # 840 words each
    out = tmp_path / "pretrain.jsonl"
    stats = pretrain_text([corpus], out, chunks=100, seed=0)
    chunks = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert stats == {"chunks": len(chunks), "words": 5 * 840}  # nothing lost
    assert all(len(c.split()) <= 300 for c in chunks) and len(chunks) == 5 * 4
    again = tmp_path / "again.jsonl"
    pretrain_text([corpus], again, chunks=100, seed=0)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_pretrain_chunks_sets_how_much_news_text_the_encoder_is_pretrained_on(tmp_path, monkeypatch):
    import dyad.nlp.training as training

    corpora = tmp_path / "corpora"
    corpora.mkdir()
    with gzip.open(corpora / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i in range(20):
            fh.write(json.dumps({"id": str(i), "text": " ".join(["word"] * 200)}) + "\n")
    runs = []  # spaCy's pretraining itself is the slow step the recipe documents, not this test's subject
    monkeypatch.setattr(training, "_run", runs.append)
    work = tmp_path / "work"
    work.mkdir()
    training.pretrain_tok2vec(training.default_config(), work, tmp_path / "vectors", corpora, chunks=7)
    assert len((work / "pretrain.jsonl").read_text(encoding="utf-8").splitlines()) == 7
    assert runs and "pretrain" in runs[0]


def test_pretraining_text_with_bad_json_names_file_and_line(tmp_path):
    from dyad.nlp.training import pretrain_text

    corpus = tmp_path / "bad.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write('{"id": "1", "text": "fine"}\n{oops\n')
    with pytest.raises(DataError, match=r"bad.jsonl.gz:2"):
        pretrain_text([corpus], tmp_path / "out.jsonl")


def test_a_packaged_config_carries_no_training_paths_and_still_loads(tmp_path):
    from spacy.util import load_config

    from dyad.nlp.pipeline import default_model_path
    from dyad.nlp.training import _portable_config

    cfg = tmp_path / "config.cfg"
    cfg.write_text((default_model_path() / "config.cfg").read_text(encoding="utf-8").replace(
        "[paths]\ntrain = null", '[paths]\ntrain = "/home/someone/work/train.spacy"'), encoding="utf-8")
    assert "/home/someone" in cfg.read_text(encoding="utf-8")
    _portable_config(cfg)
    paths = load_config(cfg, interpolate=False)["paths"]
    assert paths and all(v is None for v in paths.values())
    assert "/home/someone" not in cfg.read_text(encoding="utf-8")
    assert "/work/" not in (default_model_path() / "config.cfg").read_text(encoding="utf-8")


def test_model_train_options_become_the_shipped_recipes_config_overrides(tmp_path, monkeypatch):
    # the recipe of docs/model.md: the options reach spaCy's config; the trainer itself (hours of
    # CPU) is not run here, so its entry point records what the command passes
    from click.testing import CliRunner

    from dyad import cli
    from dyad.nlp import training

    calls = []
    monkeypatch.setattr(training, "train_model", lambda *a, **kw: calls.append(kw) or tmp_path / "out")
    result = CliRunner().invoke(cli.main, ["model", "train", "--data", str(tmp_path), "--out", str(tmp_path / "out"),
                                           "--pretrain", "--width", "96", "--averages", "--max-steps", "5500"])
    assert result.exit_code == 0, result.output
    assert calls[0]["pretrain"] is True and calls[0]["augment"] == 0
    assert calls[0]["overrides"] == {"training.max_steps": 5500, "components.tok2vec.model.encode.width": 96,
                                     "training.optimizer.use_averages": "true"}


def test_entity_config_has_the_shared_encoders_architecture_so_the_pretrained_weights_load():
    from spacy.util import load_config

    from dyad.nlp.training import default_config

    shared, ner = load_config(default_config()), load_config(default_config("train_ner.cfg"))
    assert ner["nlp"]["pipeline"] == ["tok2vec", "ner"]
    assert ner["components"]["tok2vec"]["model"]["embed"] == shared["components"]["tok2vec"]["model"]["embed"]
    encode = dict(shared["components"]["tok2vec"]["model"]["encode"], width=96)  # the shipped width
    assert ner["components"]["tok2vec"]["model"]["encode"] == encode
    assert ner["pretraining"]["component"] == "tok2vec" and not ner["pretraining"]["layer"]
    weights = {k: v for k, v in ner["training"]["score_weights"].items() if v}
    assert weights == {"ents_f": 1.0}


def _tiny_pipeline(path, names):
    """A tiny trained-shape pipeline: a shared tok2vec and components listening to it."""
    from spacy.training import Example

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 8, "attrs": ["NORM", "SHAPE"],
                  "rows": [50, 20], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 8, "depth": 1,
                   "window_size": 1, "maxout_pieces": 2}}})
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 8, "upstream": "*"}
    for name in names:
        nlp.add_pipe(name, config={"model": {"tok2vec": listener}})
    words = ["Rouhani", "visited", "Moscow", "."]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, tags=["NNP", "VBD", "NNP", "."],
                           ents=["B-PER", "O", "B-LOC", "O"])
    nlp.initialize(lambda: [Example(nlp.make_doc(" ".join(words)), doc)])
    nlp.to_disk(path)
    return path


def test_assembled_pipeline_gives_the_recogniser_its_own_encoder(tmp_path):
    from spacy.util import load_config

    from dyad.nlp.training import assemble_ner

    base = _tiny_pipeline(tmp_path / "base", ["tagger", "ner"])
    ner = _tiny_pipeline(tmp_path / "ner", ["ner"])
    out = assemble_ner(base, ner, base)  # in place, as the recipe writes src/dyad/models/en_dyad
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "tagger", "ner"]
    assert nlp.get_pipe("tok2vec").listening_components == ["tagger"]
    cfg = load_config(out / "config.cfg", interpolate=False)
    assert cfg["components"]["ner"]["model"]["tok2vec"]["@architectures"] == "spacy.Tok2Vec.v2"
    assert all(v is None for v in cfg["paths"].values())
    assert {e.label_ for e in nlp("Rouhani visited Moscow.").ents} <= {"PER", "LOC"}
    assert not (tmp_path / "base.tmp").exists()


def test_model_train_ner_options_reach_the_recipe(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from dyad import cli
    from dyad.nlp import training

    calls = []
    monkeypatch.setattr(training, "train_ner", lambda *a, **kw: calls.append((a, kw)) or tmp_path / "out")
    result = CliRunner().invoke(cli.main, ["model", "train-ner", "--work", str(tmp_path), "--base", str(tmp_path),
                                           "--out", str(tmp_path / "out"), "--max-steps", "2250", "--augment", "2"])
    assert result.exit_code == 0, result.output
    assert calls[0][0] == (tmp_path, tmp_path, tmp_path / "out")
    assert calls[0][1]["overrides"] == {"training.max_steps": 2250}
    assert calls[0][1]["augment"] == 2


def test_entity_training_needs_the_shared_recipes_work_directory(tmp_path):
    from dyad.nlp.training import train_ner

    with pytest.raises(DataError, match="dyad model train"):
        train_ner(tmp_path, tmp_path, tmp_path / "out")


def test_spacy_runs_with_numpy_blas_and_trains(tmp_path):
    """``dyad model train`` runs spaCy through dyad.nlp.spacy_cli: a few real training steps."""
    import subprocess
    import sys

    from spacy.tokens import DocBin
    from thinc.api import Linear, get_current_ops, set_current_ops

    from dyad.nlp.spacy_cli import use_numpy_blas
    from dyad.nlp.training import SPACY_CLI

    before = get_current_ops()
    try:
        use_numpy_blas()
        assert Linear(4, 4).ops.use_blis is False
    finally:
        set_current_ops(before)

    conllu = shared_path("ud", "ewt", "en_ewt-ud-dev.conllu")
    docs = ud_docs(conllu, None, spacy.blank("en").vocab)
    DocBin(docs=[next(docs) for _ in range(5)]).to_disk(tmp_path / "small.spacy")
    cfg = tmp_path / "cfg.cfg"
    subprocess.run([sys.executable, "-m", SPACY_CLI, "init", "config", "-F", "-p", "tagger", str(cfg)],
                   check=True, capture_output=True)
    proc = subprocess.run([sys.executable, "-m", SPACY_CLI, "train", str(cfg), "--output", str(tmp_path / "out"),
                           "--paths.train", str(tmp_path / "small.spacy"), "--paths.dev", str(tmp_path / "small.spacy"),
                           "--training.max_steps", "4", "--training.eval_frequency", "2"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "tagger" in spacy.load(tmp_path / "out" / "model-last").pipe_names


def test_early_release_other_class_is_o_or_missing_as_asked():
    path = shared_path("ud", "uner", "en_ewt-ud-train.early-release.iob2")
    plain, missing = read_iob2(path), read_iob2(path, other_missing=True)
    assert plain.keys() == missing.keys()
    changed = [k for k in plain if plain[k] != missing[k]]
    assert changed  # the early release tags nationalities, products and events OTH
    words, tags = missing[changed[0]]
    assert None in tags and all(t in ("O", None) or t[2:] in ("PER", "LOC", "ORG") for t in tags)
    assert [t or "O" for t in tags] == list(plain[changed[0]][1])
    vocab = spacy.blank("en").vocab
    conllu = shared_path("ud", "ewt", "en_ewt-ud-train.conllu")
    doc = next(d for d in ud_docs(conllu, path, vocab, 1, other_missing=True)
               if any(t.ent_iob_ == "" for t in d))
    assert any(t.ent_iob_ == "O" for t in doc)  # only the OTH tokens are left unannotated


def test_entity_training_names_a_base_that_is_no_pipeline(tmp_path):
    from spacy.tokens import DocBin

    from dyad.nlp.training import train_ner

    for name in ("train.spacy", "dev.spacy"):
        DocBin().to_disk(tmp_path / name)
    with pytest.raises(DataError, match="no spaCy pipeline"):
        train_ner(tmp_path, tmp_path / "not-a-pipeline", tmp_path / "out")
