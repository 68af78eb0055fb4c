"""How far to trust a coded event: a score from what the event's own explanation says.

Hand reviews of Tehran Times samples (``docs/review/*.tsv``) judged 1,156 events
``ok``, ``partly`` or ``wrong``. Some kinds of event were right far more often
than others: talks held ("held talks with", 89 % ok) more than talks named by a
noun (58 %), an actor named in the sentence more than one taken from the
dateline (45 % as target) or a bare agent with no country ("officials", 22 %).
``confidence`` is a logistic regression over such features of the event record
alone (its rule, how each actor was found, its mode and root, how far the actors
sit from the trigger, the sentence's length …), fitted on those verdicts by
``scripts/train_confidence.py`` and shipped as ``data/confidence.tsv``: the
estimated chance that a reviewer would call the event ``ok`` (``partly`` counts
as not ok). ``explanation.confidence_by`` names the features that moved it most.

The score ranks events; it does not replace reading them. It was fitted on
Iranian state-press text, and the rules it knows are the built-in patterns (a
user dictionary's rules get no rule weight).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DyadError
from .types import Event

DEFAULT_MODEL = Path(__file__).parent / "data" / "confidence.tsv"
BIAS = "(bias)"
_KIND = re.compile(r"[:+ (]")


class ConfidenceModelError(DyadError, ValueError):
    """A confidence model file that cannot be read: the message names file and line."""


def features(event: Event) -> list[str]:
    """The event's features, as ``name`` or ``name=value`` strings (see the module doc)."""
    x = event.explanation
    out = [f"rule={x.rule}", f"source_by={_kind(x.source_rule)}", f"target_by={_kind(x.target_rule)}",
           f"mode={event.mode}", f"root={event.root}",
           f"words={min(len(event.sentence.split()) // 15, 4)}"]
    trigger = x.trigger_span
    if trigger and x.source_span:
        out.append(f"source_gap={min(_gap(x.source_span, trigger) // 5, 3)}")
        if x.source_span[0] > trigger[0]:
            out.append("source_after_trigger")
    if trigger and x.target_span:
        out.append(f"target_gap={min(_gap(x.target_span, trigger) // 5, 2)}")
    out += _actor_features(event)
    if event.reporter is not None:
        out.append("reported")
    if '"' in event.sentence or "\u201c" in event.sentence:
        out.append("quoted")
    if event.sentence_index == 0:
        out.append("first_sentence")
    return out


def _actor_features(event: Event) -> list[str]:
    source, target, out = event.source, event.target, []
    if not source.country:
        out.append("source_no_country")
    elif not source.sectors:
        out.append("source_bare_country")
    if target is not None:
        if not target.country:
            out.append("target_no_country")
        elif not target.sectors:
            out.append("target_bare_country")
        if target.country and target.country == source.country:
            out.append("same_country")
    return out


def _kind(rule: str) -> str:
    """How an actor was found, the head of its rule: "adjective:Iraqi+person:…" -> "adjective"."""
    return _KIND.split(rule, 1)[0] if rule else "none"


def _gap(span: Sequence[int], trigger: Sequence[int]) -> int:
    """Tokens between an actor's span and the trigger's (0 when they touch or overlap)."""
    return max(0, trigger[0] - span[1], span[0] - trigger[1])


@dataclass(frozen=True)
class ConfidenceModel:
    """Feature weights (log-odds) and the bias; a feature the model does not know weighs 0."""

    weights: dict[str, float]
    bias: float

    def contributions(self, feats: Iterable[str]) -> list[tuple[str, float]]:
        """The weighted features among ``feats``, each with its weight."""
        return [(f, self.weights[f]) for f in feats if f in self.weights]

    def score_features(self, feats: Iterable[str]) -> float:
        return _logistic(self.bias + sum(w for _, w in self.contributions(feats)))

    def score(self, event: Event) -> float:
        return self.score_features(features(event))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def scored(event: Event, model: ConfidenceModel, *, reasons: int = 3) -> Event:
    """The event with its ``confidence`` and the features that moved it most."""
    parts = model.contributions(features(event))  # once: this runs for every event coded
    why = tuple(f"{f} {w:+.2f}" for f, w in sorted(parts, key=lambda fw: -abs(fw[1]))[:reasons])
    confidence = round(_logistic(model.bias + sum(w for _, w in parts)), 3)
    return dataclasses.replace(event, confidence=confidence,
                               explanation=dataclasses.replace(event.explanation, confidence_by=why))


@lru_cache(maxsize=4)
def load_model(path: str | Path = DEFAULT_MODEL) -> ConfidenceModel:
    """Read a model written by ``write_model``: ``feature<TAB>weight[<TAB>…]`` lines, ``#`` comments."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfidenceModelError(f"{path}: cannot read the confidence model ({exc.strerror})") from exc
    weights: dict[str, float] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            weight = float(cells[1])
        except (IndexError, ValueError):
            raise ConfidenceModelError(f"{path}:{lineno}: expected 'feature<TAB>weight', got {line!r}") from None
        if not math.isfinite(weight):  # a nan would score every event nan, and every floor drop it
            raise ConfidenceModelError(f"{path}:{lineno}: weight {cells[1]!r} is not a finite number")
        if cells[0] in weights:
            raise ConfidenceModelError(f"{path}:{lineno}: feature {cells[0]!r} given twice")
        weights[cells[0]] = weight
    if BIAS not in weights:
        raise ConfidenceModelError(f"{path}: no {BIAS} line")
    bias = weights.pop(BIAS)
    return ConfidenceModel(weights, bias)


# -- fitting --------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One judged event: its features and whether the reviewer called it ``ok``."""

    features: tuple[str, ...]
    ok: bool
    group: str = ""  # the review sample it came from (for held-out estimates)


def fit(examples: Sequence[Example], *, l2: float = 3.0, min_count: int = 5) -> ConfidenceModel:
    """L2-regularised logistic regression by Newton's method (a few dozen features, exact)."""
    import numpy as np

    counts = Counter(f for e in examples for f in set(e.features))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # the bias, not penalised
    for row, e in enumerate(examples):
        for f in e.features:
            if f in index:
                x[row, index[f]] = 1.0
    y = np.array([e.ok for e in examples], dtype=float)
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = x.T @ (x * (p * (1.0 - p))[:, None]) + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return ConfidenceModel({f: float(w[i]) for f, i in index.items()}, float(w[-1]))


def held_out_scores(examples: Sequence[Example], **fit_args: float) -> list[float]:
    """Each example scored by a model fitted without its group (leave one sample out)."""
    scores = [0.0] * len(examples)
    for group in sorted({e.group for e in examples}):
        model = fit([e for e in examples if e.group != group], **fit_args)
        for i, e in enumerate(examples):
            if e.group == group:
                scores[i] = model.score_features(e.features)
    return scores


def auc(scores: Sequence[float], ok: Sequence[bool]) -> float:
    """Chance that a random ``ok`` event scores above a random other one (ties count half)."""
    pos = [s for s, o in zip(scores, ok) if o]
    neg = [s for s, o in zip(scores, ok) if not o]
    if not pos or not neg:
        raise ValueError("auc needs both ok and not-ok examples")
    ranked = sorted((s, o) for s, o in zip(scores, ok))
    rank_sum, i = 0.0, 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += sum(1 for k in range(i, j) if ranked[k][1]) * (i + j + 1) / 2
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def precision_at(scores: Sequence[float], ok: Sequence[bool], threshold: float) -> tuple[float, float]:
    """(share of events kept, share of kept events that are ok) at ``confidence >= threshold``."""
    kept = [o for s, o in zip(scores, ok) if s >= threshold]
    return len(kept) / len(ok), (sum(kept) / len(kept) if kept else 0.0)


def write_model(model: ConfidenceModel, examples: Sequence[Example], path: Path, header: Sequence[str]) -> None:
    """The model as a readable TSV: each feature with its weight, how many judged events had it
    and the share of those that were ok; strongest weights first."""
    seen, good = Counter(), Counter()
    for e in examples:
        for f in set(e.features):
            seen[f] += 1
            good[f] += e.ok
    lines = [f"# {h}" for h in header]
    lines.append("# feature\tweight\tevents\tok_share")
    lines.append(f"{BIAS}\t{model.bias:.4f}\t{len(examples)}\t{sum(e.ok for e in examples) / len(examples):.3f}")
    for f, w in sorted(model.weights.items(), key=lambda fw: (-abs(fw[1]), fw[0])):
        lines.append(f"{f}\t{w:.4f}\t{seen[f]}\t{good[f] / seen[f]:.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
