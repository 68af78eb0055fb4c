"""Score an English pipeline the way docs/model.md reports it.

The headline figures are computed from raw text: the pipeline tokenises and
splits sentences itself, and spaCy's alignment maps its tokens onto the
treebank's. UAS/LAS and entity P/R/F are also given with the treebank's
tokens, and with its tokens and sentences (the parser alone, as parsing
papers report it; NER benchmarks such as UNER's also score on given tokens).
LAS is given twice: with UD's full labels (nmod:poss, obl:tmod, ...) and with
universal labels only (the CoNLL 2018 convention).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..errors import DataError
from .training import ud_docs

KEYS = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "dep_las_universal",
        "sents_p", "sents_r", "sents_f", "ents_p", "ents_r", "ents_f")


def score_docs(nlp, refs: list, *, batch_size: int = 32, given: str = "text") -> dict:
    """Run nlp on the reference docs and score against them.

    ``given``: "text" (raw text: the pipeline tokenises and splits sentences),
    "tokens" (the treebank's tokens; sentences still found by the pipeline) or
    "sentences" (tokens and sentence boundaries given: the parser alone, as
    parsing papers and CoNLL's gold-tokenisation track report it).
    """
    from spacy.scorer import Scorer
    from spacy.training import Example

    inputs = [ref.text for ref in refs] if given == "text" else [_given_doc(nlp, ref, given) for ref in refs]
    disabled = ["dyad_sentences"] if given == "sentences" and "dyad_sentences" in nlp.pipe_names else []
    start = time.perf_counter()
    with nlp.select_pipes(disable=disabled):
        preds = list(nlp.pipe(inputs, batch_size=batch_size))
    seconds = time.perf_counter() - start
    examples = [Example(p, r) for p, r in zip(preds, refs)]
    scores = Scorer(nlp).score(examples)
    universal = Scorer.score_deps(examples, "dep", getter=_universal_dep, ignore_labels=("p", "punct"))
    scores["dep_las_universal"] = universal["dep_las"]
    words = sum(len(p) for p in preds)
    out = {k: _round(scores.get(k)) for k in KEYS}
    out["ents_per_type"] = {k: {m: _round(v) for m, v in d.items()} for k, d in (scores.get("ents_per_type") or {}).items()}
    out["words"] = words
    out["words_per_second"] = round(words / seconds) if seconds else None
    return out


def _given_doc(nlp, ref, given: str):
    from spacy.tokens import Doc

    starts = [bool(t.is_sent_start) for t in ref] if given == "sentences" else None
    return Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref], sent_starts=starts)


def _universal_dep(token, attr: str) -> str:
    """The label without its subtype ("nmod:poss" -> "nmod"), as spaCy's parser scorer reads labels."""
    return token.dep_.lower().split(":")[0]


def _fmt(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _round(value):
    return None if value is None else round(float(value), 4)


SPLITS = ("test", "dev")


def evaluate_all(data: Path, nlp_name: str | None = None, split: str = "test") -> dict:
    """EWT (tags, syntax, UNER entities), GUM news (LAS), speed, with and without Dyad's rules.

    ``split`` is "test" (the reported figures) or "dev" (for developing rules without
    looking at test); the result keys name it ("ewt_test", "ewt_dev").
    """
    from .pipeline import load_nlp

    if split not in SPLITS:
        raise DataError(f"unknown evaluation split {split!r} (expected one of {', '.join(SPLITS)})")
    data = Path(data)
    ewt_file = data / "ewt" / f"en_ewt-ud-{split}.conllu"
    uner_file = data / "uner" / f"en_ewt-ud-{split}.iob2"
    gum_news = sorted((data / "gum" / "sources").glob("GUM_news_*.conllu"))
    for path in (ewt_file, uner_file):
        if not path.exists():
            raise DataError(f"{path}: missing evaluation file")
    shipped = load_nlp(nlp_name)
    vocab = shipped.vocab  # one string store for gold and predicted docs (the scorer looks up both)
    ewt = list(ud_docs(ewt_file, uner_file, vocab))
    gum = [d for path in gum_news for d in ud_docs(path, None, vocab)]
    results = {"pipeline": str(nlp_name or "en_dyad"), "components": shipped.pipe_names,
               "threads": os.environ.get("OMP_NUM_THREADS", "unset"), "split": split}
    results[f"ewt_{split}"] = score_docs(shipped, ewt)
    for given in ("tokens", "sentences"):
        scores = score_docs(shipped, ewt, given=given)
        results[f"ewt_{split}_given_{given}"] = {k: scores[k] for k in ("pos_acc", "dep_uas", "dep_las",
                                                                        "dep_las_universal", "sents_f",
                                                                        "ents_p", "ents_r", "ents_f")}
    results["gum_news"] = score_docs(shipped, gum) if gum else None
    results["gum_news"] and results["gum_news"].update(documents=len(gum_news))
    if "dyad_entities" in shipped.pipe_names:
        with shipped.select_pipes(disable=["dyad_entities"]):
            stat = score_docs(shipped, ewt)
        results[f"uner_{split}_statistical_only"] = {k: stat[k] for k in ("ents_p", "ents_r", "ents_f",
                                                                          "ents_per_type")}
    return results


def format_scores(r: dict) -> str:
    split = r.get("split", "test")
    e, g = r[f"ewt_{split}"], r.get("gum_news") or {}
    ewt, uner = f"EWT {split}".ljust(9), f"UNER {split}"
    lines = [
        f"pipeline: {r['pipeline']} ({', '.join(r['components'])})",
        f"{ewt} UPOS {e['pos_acc']:.3f}  XPOS {e['tag_acc']:.3f}  morph {e['morph_acc']:.3f}  "
        f"lemma {e['lemma_acc']:.3f}",
        f"{ewt} UAS {e['dep_uas']:.3f}  LAS {e['dep_las']:.3f} (full labels)  "
        f"LAS {e['dep_las_universal']:.3f} (universal labels)",
        f"{ewt} sentences P {e['sents_p']:.3f} R {e['sents_r']:.3f} F {e['sents_f']:.3f}",
        *(f"{ewt} UAS {t['dep_uas']:.3f}  LAS {t['dep_las']:.3f}  LAS {t['dep_las_universal']:.3f} "
          f"(universal)  entities F {_fmt(t.get('ents_f'))}  given the treebank's {given}"
          for given in ("tokens", "sentences") if (t := r.get(f"ewt_{split}_given_{given}"))),
        f"{uner} entities P {e['ents_p']:.3f} R {e['ents_r']:.3f} F {e['ents_f']:.3f} (shipped pipeline)",
    ]
    stat = r.get(f"uner_{split}_statistical_only")
    if stat:
        lines.append(f"{uner} entities P {stat['ents_p']:.3f} R {stat['ents_r']:.3f} F {stat['ents_f']:.3f} "
                     "(statistical model only)")
    if g:
        lines.append(f"GUM news  UAS {g['dep_uas']:.3f}  LAS {g['dep_las']:.3f}  LAS {g['dep_las_universal']:.3f} "
                     f"(universal)  sentences F {g['sents_f']:.3f}  ({g['documents']} documents, {g['words']} words)")
    lines.append(f"speed     {e['words_per_second']} words/s on EWT {split} (threads: {r['threads']})")
    return "\n".join(lines)
