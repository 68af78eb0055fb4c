"""Train Dyad's English pipeline from Universal Dependencies data.

The pipeline is trained on UD English EWT (tags, morphology, lemmas, syntax)
with UNER entity annotations merged onto the same sentences, plus static word
vectors that Dyad trains on the news corpora in ``../shared/data/corpora`` so
the model sees news vocabulary that EWT (web text) lacks.

Everything here is reproducible from files on disk: no hub download.
``dyad model train --data ../shared/data/ud --out build/model`` runs it all.
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

from ..errors import DataError

log = logging.getLogger(__name__)

# UNER marks entities on EWT tokens; these are the labels the shipped NER predicts.
NER_LABELS = ("PER", "LOC", "ORG")

# spaCy's command line, run with numpy's BLAS rather than blis (see the module).
SPACY_CLI = "dyad.nlp.spacy_cli"


@dataclass(frozen=True)
class UDSentence:
    sent_id: str
    newdoc: bool
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    lemmas: tuple[str, ...]
    upos: tuple[str, ...]
    xpos: tuple[str, ...]
    feats: tuple[str, ...]
    heads: tuple[int, ...]  # absolute 0-based index of the head; self for root
    deps: tuple[str, ...]


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Yield the sentences of a CoNLL-U file (syntactic words; MWT ranges give spacing)."""
    block: list[str] = []
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line:
                block.append(line)
                continue
            if block:
                yield _parse_block(block, path, lineno)
                block = []
    if block:
        yield _parse_block(block, path, -1)


def _parse_block(lines: list[str], path: Path, lineno: int) -> UDSentence:
    sent_id, newdoc = "", False
    rows: list[list[str]] = []
    # Multi-word tokens ("don't" = do + n't): inner words have no space after
    # them and the last word takes the range line's SpaceAfter.
    range_space: dict[int, bool] = {}
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif line.startswith("# newdoc"):
                newdoc = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise DataError(f"{path}:{lineno}: expected 10 tab-separated columns, got {len(cols)}")
        if "." in cols[0]:
            continue  # empty nodes of enhanced UD
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            for idx in range(first, last):
                range_space[idx] = False
            range_space[last] = "SpaceAfter=No" not in cols[9]
            continue
        rows.append(cols)
    words, spaces, lemmas, upos, xpos, feats, heads, deps = ([] for _ in range(8))
    for i, cols in enumerate(rows):
        idx = int(cols[0])
        words.append(cols[1])
        spaces.append(range_space.get(idx, "SpaceAfter=No" not in cols[9]))
        lemmas.append(cols[2])
        upos.append(cols[3])
        xpos.append(cols[4])
        feats.append("" if cols[5] == "_" else cols[5])
        head = int(cols[6])
        heads.append(i if head == 0 else head - 1)
        deps.append("ROOT" if cols[7] == "root" else cols[7])
    return UDSentence(sent_id, newdoc, *map(tuple, (words, spaces, lemmas, upos, xpos, feats, heads, deps)))


def read_iob2(path: Path, other_missing: bool = False) -> dict[str, tuple[tuple[str, ...], tuple]]:
    """Map sent_id -> (words, IOB2 tags) from a UNER file.

    UNER's early-release train file has a fourth class, OTH (nationalities,
    products, events: "American", "Xbox", "Katrina"), which the final release
    dropped. By default it is "O"; ``other_missing`` leaves those tokens
    unannotated (None) instead, so the recogniser is not taught that "Google"
    or "YouTube", which the final release tags ORG, are no entity.
    """
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    sent_id, words, tags = None, [], []
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id, words, tags = line[len("# sent_id = "):].strip(), [], []
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) < 3:
                    raise DataError(f"{path}:{lineno}: expected at least 3 columns")
                words.append(cols[1])
                label = cols[2][2:]
                tags.append(cols[2] if label in NER_LABELS else None if other_missing and label == "OTH" else "O")
            elif not line and sent_id is not None:
                out[sent_id] = (tuple(words), tuple(tags))
                sent_id = None
    if sent_id is not None:
        out[sent_id] = (tuple(words), tuple(tags))
    return out


def _open_text(path: Path):
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: file not found")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def ud_docs(conllu: Path, iob2: Path | None, vocab, sents_per_doc: int = 10,
            stats: dict | None = None, other_missing: bool = False) -> Iterator:
    """Reference Docs from EWT-style CoNLL-U (+UNER), several sentences per Doc.

    Sentences are grouped so the parser also learns where sentences end.
    A sentence whose UNER tokens do not match EWT gets no entity annotation
    (missing, not "O") so it cannot teach the recogniser wrong negatives.
    """
    from spacy.tokens import Doc

    ner = read_iob2(iob2, other_missing) if iob2 else {}
    stats = stats if stats is not None else {}
    for key in ("sentences", "docs", "ner_mismatch", "words"):
        stats.setdefault(key, 0)
    group: list[UDSentence] = []
    for sent in read_conllu(conllu):
        if group and (sent.newdoc or len(group) >= sents_per_doc):
            stats["docs"] += 1
            yield Doc.from_docs([_sentence_doc(vocab, s, ner, stats) for s in group], ensure_whitespace=True)
            group = []
        group.append(sent)
        stats["sentences"] += 1
        stats["words"] += len(sent.words)
    if group:
        stats["docs"] += 1
        yield Doc.from_docs([_sentence_doc(vocab, s, ner, stats) for s in group], ensure_whitespace=True)


def ud_to_docbin(sources: list[tuple[Path, Path | None]], out: Path, sents_per_doc: int = 10,
                 other_missing: bool = False) -> dict:
    """Convert EWT (+UNER) files, as (conllu, iob2) pairs, into one spaCy DocBin for training."""
    import spacy
    from spacy.tokens import DocBin

    stats: dict = {}
    docbin = DocBin(store_user_data=False)
    vocab = spacy.blank("en").vocab
    for conllu, iob2 in sources:
        for doc in ud_docs(conllu, iob2, vocab, sents_per_doc, stats, other_missing):
            docbin.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    return stats


def _sentence_doc(vocab, sent: UDSentence, ner: dict, stats: dict):
    from spacy.tokens import Doc

    ents = None
    if sent.sent_id in ner:
        words, tags = ner[sent.sent_id]
        if words == sent.words:
            ents = list(tags)
        else:
            stats["ner_mismatch"] += 1
    doc = Doc(
        vocab,
        words=list(sent.words),
        spaces=list(sent.spaces),
        tags=list(sent.xpos),
        pos=list(sent.upos),
        morphs=list(sent.feats),
        lemmas=list(sent.lemmas),
        heads=list(sent.heads),
        deps=list(sent.deps),
        sent_starts=[True] + [False] * (len(sent.words) - 1),
        ents=ents,
    )
    # ents=None leaves the entity annotation missing (IOB 0), not "O".
    return doc


# --- static vectors --------------------------------------------------------

def corpus_sentences(paths: list[Path], limit_docs: int | None = None) -> Iterator[list[str]]:
    """Tokenised text of JSONL(.gz) news corpora, one list of tokens per paragraph."""
    import spacy

    tok = spacy.blank("en").tokenizer
    for path in paths:
        with _open_text(path) as fh:
            for n, line in enumerate(fh):
                if limit_docs is not None and n >= limit_docs:
                    break
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(f"{path}:{n + 1}: invalid JSON ({exc.msg})") from exc
                text = " ".join(filter(None, [rec.get("title"), rec.get("text")]))
                for para in text.split("\n"):
                    words = [t.text for t in tok(para) if not t.is_space]
                    if len(words) > 2:
                        yield words


def train_vectors(corpora: list[Path], extra_conllu: list[Path], out_txt: Path,
                  dim: int = 96, min_count: int = 5, epochs: int = 5, seed: int = 0) -> int:
    """Train word2vec vectors on news + treebank text; write word2vec text format."""
    from gensim.models import Word2Vec

    sentences = list(corpus_sentences(corpora))
    for path in extra_conllu:
        sentences.extend(list(s.words) for s in read_conllu(path))
    log.info("training vectors on %d paragraphs", len(sentences))
    model = Word2Vec(sentences, vector_size=dim, window=5, min_count=min_count,
                     workers=2, epochs=epochs, seed=seed, sg=0)
    out_txt.parent.mkdir(parents=True, exist_ok=True)
    model.wv.save_word2vec_format(str(out_txt))
    return len(model.wv)


# --- the whole recipe -------------------------------------------------------

def default_config(name: str = "train.cfg") -> Path:
    """A training config shipped in ``dyad/nlp`` (``train.cfg``; ``train_ner.cfg``)."""
    return Path(str(resources.files("dyad.nlp").joinpath(name)))


PRETRAIN_CHUNKS = 16000  # ~4.4 M words, about 30 minutes on one core
PRETRAIN_WORDS_PER_CHUNK = 300


def pretrain_text(corpora: list[Path], out: Path, *, chunks: int = PRETRAIN_CHUNKS, seed: int = 0) -> dict:
    """News text for pretraining: paragraphs packed into chunks of <= 300 words, shuffled with a fixed seed.

    spaCy's pretraining reader skips documents over 500 words, which would
    drop most news articles whole; chunks keep every paragraph usable.
    """
    import random

    packed: list[str] = []
    for path in corpora:
        with _open_text(path) as f:
            for lineno, line in enumerate(f, 1):
                try:
                    text = json.loads(line).get("text") or ""
                except (json.JSONDecodeError, AttributeError) as exc:
                    raise DataError(f"{path}:{lineno}: not a JSON object with a text field ({exc})") from exc
                packed.extend(_chunks(text))
    random.Random(seed).shuffle(packed)
    packed = packed[:chunks]
    with open(out, "w", encoding="utf-8") as f:
        for text in packed:
            f.write(json.dumps({"text": text}) + "\n")
    return {"chunks": len(packed), "words": sum(len(t.split()) for t in packed)}


def _chunks(text: str) -> Iterator[str]:
    buf: list[str] = []
    count = 0
    for para in text.split("\n"):
        words = len(para.split())
        if buf and count + words > PRETRAIN_WORDS_PER_CHUNK:
            yield "\n".join(buf)
            buf, count = [], 0
        buf.append(para)
        count += words
    if count >= 5:
        yield "\n".join(buf)


def pretrain_tok2vec(cfg: Path, work: Path, vec_dir: Path, corpora: Path, overrides: dict | None = None,
                     chunks: int | None = None) -> Path:
    """Pretrain the shared encoder on news text (one pass over ``chunks`` paragraph chunks, by
    default ``PRETRAIN_CHUNKS``); returns the weights file. A ``work`` directory that already
    has the text or the weights is reused as it is."""
    weights = work / "pretrain" / "model0.bin"
    if weights.exists():
        return weights
    text = work / "pretrain.jsonl"
    if not text.exists():
        news = sorted(corpora.glob("*.jsonl.gz"))
        log.info("pretraining text: %s", pretrain_text(news, text, chunks=chunks or PRETRAIN_CHUNKS))
    _run([sys.executable, "-m", SPACY_CLI, "pretrain", str(cfg), str(work / "pretrain"),
          "--paths.raw_text", str(text), "--paths.vectors", str(vec_dir), *_options(overrides)])
    return weights


def _options(overrides: dict | None) -> list[str]:
    """Config overrides as spaCy's command-line options ("--training.max_steps", "3000")."""
    return [arg for key, value in (overrides or {}).items() for arg in (f"--{key}", str(value))]


def _spacy_train(cfg: Path, work: Path, output: Path, init_tok2vec: Path | None, overrides: dict | None,
                 train_file: str = "train.spacy", checkpoint: str = "model-best",
                 vectors: Path | None = None) -> Path:
    """Run ``spacy train`` on ``work``'s DocBins and vectors; returns the checkpoint asked for."""
    args = [sys.executable, "-m", SPACY_CLI, "train", str(cfg), "--output", str(output),
            "--paths.train", str(work / train_file), "--paths.dev", str(work / "dev.spacy"),
            "--paths.vectors", str(vectors or work / "vectors")]
    if init_tok2vec is not None:
        args += ["--paths.init_tok2vec", str(init_tok2vec)]
    _run(args + _options(overrides))
    return output / checkpoint


def train_model(data: Path, out: Path, *, corpora: Path | None = None, work: Path | None = None,
                config: Path | None = None, vector_rows: int = 30000, overrides: dict | None = None,
                pretrain: bool = False, pretrain_chunks: int | None = None, include_dev: bool = False,
                other_missing: bool = False, augment: int = 0) -> Path:
    """Full reproducible recipe: convert UD, train vectors, (pretrain the encoder,) train spaCy, package.

    ``overrides``: config values, e.g. {"components.tok2vec.model.encode.width": 96};
    they apply to pretraining too, whose encoder must match the trained one.
    ``include_dev`` trains on EWT/UNER train and dev together and keeps the last
    checkpoint (dev can no longer choose one); ``other_missing``: see ``read_iob2``;
    ``augment``: N mention-replaced copies of the training documents (``augment.py``),
    which carry entities only: the other components see the originals alone.
    """
    data = Path(data)
    work = Path(work or out.parent / "work")
    work.mkdir(parents=True, exist_ok=True)
    corpora = Path(corpora or data.parent / "corpora")
    ewt, uner = data / "ewt", data / "uner"
    pairs = {split: (ewt / f"en_ewt-ud-{split}.conllu", uner / iob)
             for split, iob in (("train", "en_ewt-ud-train.early-release.iob2"), ("dev", "en_ewt-ud-dev.iob2"))}
    # The DocBin's name records what is in it, so a work directory reused with other options is not stale.
    train_file = "train" + ("+dev" if include_dev else "") + ("-oth" if other_missing else "") + ".spacy"
    for name, sources in ((train_file, [pairs["train"]] + ([pairs["dev"]] if include_dev else [])),
                          ("dev.spacy", [pairs["dev"]])):
        if not (work / name).exists():
            stats = ud_to_docbin(sources, work / name, other_missing=other_missing)
            log.info("%s: %s", name, stats)
    train_file = _augmented(work, train_file, augment)
    vec_dir = work / "vectors"
    if not vec_dir.exists():
        txt = work / "vectors.txt"
        news = sorted(corpora.glob("*.jsonl.gz"))
        if not news:
            raise DataError(f"{corpora}: no *.jsonl.gz news corpora to train vectors on")
        train_vectors(news, [ewt / "en_ewt-ud-train.conllu"], txt)
        _run([sys.executable, "-m", "spacy", "init", "vectors", "en", str(txt), str(vec_dir),
              "--prune", str(vector_rows)])
    cfg = Path(config or default_config())
    weights = None
    if pretrain:
        encoder = {k: v for k, v in (overrides or {}).items() if k.startswith("components.tok2vec")}
        weights = pretrain_tok2vec(cfg, work, vec_dir, corpora, encoder, chunks=pretrain_chunks)
    best = _spacy_train(cfg, work, work / "training", weights, overrides, train_file,
                        "model-last" if include_dev else "model-best")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    _portable_config(out / "config.cfg")
    return out


def train_ner(work: Path, base: Path, out: Path, *, config: Path | None = None,
              overrides: dict | None = None, augment: int = 0) -> Path:
    """Train the entity recogniser with its own encoder and put it into ``base``'s place for ``ner``.

    Reuses what ``dyad model train --pretrain`` left in ``work``: the DocBins
    and the pretrained encoder weights (``train_ner.cfg``'s encoder has the
    shared encoder's architecture, so the weights load into it). The static
    vectors are ``base``'s own, which the assembled pipeline shares. With
    ``augment`` N the training documents are followed by N mention-replaced
    copies (``augment.py``). The best checkpoint on dev entity F is assembled
    with ``base`` into ``out``.
    """
    work = Path(work)
    needed = [work / "train.spacy", work / "dev.spacy"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise DataError(f"missing {', '.join(missing)}: run `dyad model train --work {work}` first")
    cfg = Path(config or default_config("train_ner.cfg"))
    weights = work / "pretrain" / "model0.bin"
    if not weights.exists():
        log.warning("%s not found: the entity encoder starts from random weights", weights)
    _base_vectors(base, work / "base-vectors")
    train_file = _augmented(work, "train.spacy", augment)
    best = _spacy_train(cfg, work, work / "ner-training", weights if weights.exists() else None, overrides,
                        train_file, vectors=work / "base-vectors")
    return assemble_ner(base, best, out)


def _augmented(work: Path, train_file: str, copies: int) -> str:
    """The training DocBin's name, after writing its mention-replaced version when ``copies``."""
    if not copies:
        return train_file
    from .augment import write_augmented

    name = train_file.removesuffix(".spacy") + f"-augmented-{copies}.spacy"
    stats = write_augmented(work / train_file, work / name, copies)
    log.info("%d training documents and %d mention-replaced copies", stats["documents"], stats["augmented"])
    return name


def _base_vectors(base: Path, out: Path) -> None:
    """Write ``base``'s static vectors as a blank pipeline for ``--paths.vectors``: the recogniser
    must train on the vectors of the pipeline it joins (assemble_ner checks)."""
    import spacy
    from spacy.vocab import Vocab

    if not (Path(base) / "vocab").is_dir():
        raise DataError(f"{base}: no spaCy pipeline here (vocab/ missing)")
    nlp = spacy.blank("en")
    nlp.vocab.vectors = Vocab().from_disk(Path(base) / "vocab").vectors
    nlp.to_disk(out)


def assemble_ner(base: Path, ner_pipeline: Path, out: Path) -> Path:
    """Write ``base`` with its ``ner`` replaced by ``ner_pipeline``'s, which carries its own copy of
    the encoder it was trained with (spaCy's ``replace_listeners``), to ``out`` (may be ``base``)."""
    import numpy
    import spacy

    source = spacy.load(ner_pipeline)
    if "ner" not in source.pipe_names:
        raise DataError(f"{ner_pipeline}: no ner component")
    listened = [name for name, proc in source.pipeline if "ner" in getattr(proc, "listening_components", [])]
    for name in listened:
        source.replace_listeners(name, "ner", ["model.tok2vec"])
    nlp = spacy.load(base)
    if not numpy.array_equal(numpy.asarray(nlp.vocab.vectors.data), numpy.asarray(source.vocab.vectors.data)):
        raise DataError(f"{ner_pipeline} was trained with other word vectors than {base}")
    names = nlp.pipe_names
    if "ner" in names:
        position = names.index("ner")
        nlp.remove_pipe("ner")
    else:
        position = len(names)
    placement = {"after": names[position - 1]} if position else {"first": True}
    nlp.add_pipe("ner", source=source, **placement)
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    _portable_config(tmp / "config.cfg")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out


def _portable_config(path: Path) -> None:
    """Blank the training-time file paths in a packaged pipeline's config: loading never reads
    them, and the shipped package must not carry the paths of the machine it was trained on."""
    from spacy.util import load_config

    cfg = load_config(path, interpolate=False)
    for key in cfg.get("paths", {}):
        cfg["paths"][key] = None
    cfg.to_disk(path)


def _run(args: list[str]) -> None:
    log.info("running %s", " ".join(args))
    proc = subprocess.run(args)
    if proc.returncode != 0:
        raise DataError(f"command failed ({proc.returncode}): {' '.join(args)}")
