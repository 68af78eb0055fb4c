"""Score Dyad (or any coder) against gold-standard event codings.

    from dyad.evaluation import read_gold, evaluate, format_summary

    records = read_gold("../shared/data/gold/cameo_manual_examples.jsonl")
    result = evaluate(records)                 # Dyad's pipeline, loaded once
    print(format_summary([result]))
    result.metrics()["code_f1"]

``evaluate`` takes any ``code_fn(GoldRecord) -> list[Prediction]``, so a rival
coder, a cached run or hand-made predictions are scored the same way. The
stages: ``gold`` (readers), ``score`` (matching and metrics), ``report``
(text tables, JSON, Markdown). The rules are in docs/evaluation.md.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterable

from ..types import Article, Event
from .gold import GoldEvent, GoldRecord, read_gold
from .report import format_summary, report_dict, to_markdown, write_report
from .score import (SCHEMES, EvalResult, Prediction, RecordResult, Scheme, Score, actor_matches,
                    detect_scheme, score_record, summarise)

__all__ = [
    "SCHEMES",
    "CodeFn",
    "EvalResult",
    "GoldEvent",
    "GoldRecord",
    "PipelineCoder",
    "Prediction",
    "RecordResult",
    "Scheme",
    "Score",
    "actor_matches",
    "detect_scheme",
    "evaluate",
    "evaluate_file",
    "format_summary",
    "pipeline_coder",
    "prediction_of",
    "read_gold",
    "report_dict",
    "score_record",
    "to_markdown",
    "write_report",
]

log = logging.getLogger(__name__)

CodeFn = Callable[[GoldRecord], list[Prediction]]
"""Codes one record. It may also have ``prepare(records)``, called once with every
record to be scored before the per-record calls, to work in batches."""


def evaluate(records: Iterable[GoldRecord], code_fn: CodeFn | None = None, *, resources=None,
             scheme: Scheme | str | None = None, name: str = "", include_disabled: bool = False) -> EvalResult:
    """Code every record and score the predictions against its gold events.

    Without ``code_fn``, Dyad's pipeline codes each record's text (``resources``,
    or ``load_resources()``). A record whose coding raises is scored as predicting
    nothing and listed among the crashes with its message; the run goes on.
    Records the gold file disables (``evaluate: false``) or whose expected error
    concerns the supplied parse are skipped with the reason, unless
    ``include_disabled``.
    """
    records = list(records)
    if isinstance(scheme, str):
        scheme = SCHEMES[scheme]
    scheme = scheme or detect_scheme(records)
    if code_fn is None:
        code_fn = pipeline_coder(resources)
    skipped = [(r.id, r.skip_reason) for r in records if r.skip_reason and not include_disabled]
    scored = [r for r in records if include_disabled or not r.skip_reason]
    if hasattr(code_fn, "prepare"):
        code_fn.prepare(scored)
    results = []
    for record in scored:
        predicted, crash = _code(code_fn, record)
        results.append(score_record(record, predicted, scheme, crash=crash))
    return summarise(name, scheme, results, skipped)


def _code(code_fn: CodeFn, record: GoldRecord) -> tuple[list[Prediction], str | None]:
    try:
        return list(code_fn(record)), None
    except Exception as exc:  # one bad record must not stop the run; it is reported as a crash
        log.warning("%s (%s): coding failed: %s: %s", record.id, record.origin, type(exc).__name__, exc)
        return [], f"{type(exc).__name__}: {exc}"


def evaluate_file(path: str | Path, code_fn: CodeFn | None = None, *, resources=None,
                  limit: int | None = None, **options) -> EvalResult:
    """Read a gold file (its first ``limit`` records) and evaluate it; the result is named after the file."""
    records = read_gold(path)
    if limit is not None:
        records = records[:limit]
    name = Path(path).name.removesuffix(".gz").rsplit(".", 1)[0]
    return evaluate(records, code_fn, resources=resources, name=name, **options)


def pipeline_coder(resources=None, *, batch_size: int = 32) -> "PipelineCoder":
    """A code_fn that runs Dyad's whole pipeline on the record's text (and date).

    Gold sets code single-actor events too (the CAMEO manual's examples have no
    targets), and negated ones are scored as predictions; a record whose
    PETRARCH ``coder_config`` sets ``require_dyad`` is scored on dyads only.
    """
    from dataclasses import replace

    from ..pipeline import CodingOptions, Resources, load_resources

    res = resources if resources is not None else load_resources()
    if isinstance(res, Resources):  # a caller's stand-in is used as given
        res = replace(res, options=CodingOptions(unary=True, negated=True))
    return PipelineCoder(res, batch_size)


class PipelineCoder:
    """Dyad's pipeline as a code_fn. ``prepare`` codes the records in batches
    (the parser is much faster that way); a batch that raises is left to the
    per-record calls, so the crash is charged to its own record."""

    def __init__(self, resources, batch_size: int = 32):
        self.resources, self.batch_size = resources, batch_size
        self._ready: dict[GoldRecord, list[Prediction]] = {}

    def prepare(self, records: list[GoldRecord]) -> None:
        for start in range(0, len(records), self.batch_size):
            batch = records[start:start + self.batch_size]
            try:
                self._ready.update(zip(batch, self._code(batch)))
            except Exception:  # retried record by record in __call__, where the crash is reported
                log.debug("batch from %s failed; coding its records one by one", batch[0].id, exc_info=True)

    def __call__(self, record: GoldRecord) -> list[Prediction]:
        ready = self._ready.pop(record, None)
        return ready if ready is not None else self._code([record])[0]

    def _code(self, records: list[GoldRecord]) -> list[list[Prediction]]:
        from ..pipeline import code_articles

        # Numbered doc ids: gold ids repeat in some files, and an article may come back without events.
        articles = [Article(doc_id=f"{n}:{r.id}", text=r.text, date=r.date) for n, r in enumerate(records)]
        out: list[list[Prediction]] = [[] for _ in records]
        for coded in code_articles(articles, self.resources, batch_size=self.batch_size):
            n = int(coded.article.doc_id.split(":", 1)[0])
            dyads_only = requires_dyad(records[n])
            out[n] = [prediction_of(e) for e in coded.events if e.target is not None or not dyads_only]
        return out


def requires_dyad(record: GoldRecord) -> bool:
    """The record's PETRARCH ``coder_config`` asks for dyads only (``require_dyad``: true)."""
    config = record.extra.get("coder_config") or {}
    return str(config.get("require_dyad", "")).strip().lower() == "true"


def prediction_of(event: Event) -> Prediction:
    return Prediction(
        source=event.source.code, target=event.target.code if event.target else None, code=event.cameo,
        plover=event.plover, plover_mode=event.plover_mode, negated=event.negated, mode=event.mode,
        sentence=event.sentence, explanation=event.explanation,
    )
