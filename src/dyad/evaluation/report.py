"""Evaluation results as plain-text tables, a JSON report and a Markdown report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from .gold import GoldEvent
from .score import EvalResult, Prediction, Score

__all__ = ["format_summary", "report_dict", "to_markdown", "write_report"]

LEVEL_NAMES = {
    "event": "(source, target, code)",
    "dyad_root": "(source, target, root)",
    "code": "code only",
    "root": "root only",
    "countries": "(source country, target country)",
}


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Left-aligned first column, right-aligned figures."""
    cells = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return [fmt(cells[0]), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells[1:]]


def _score_row(label: str, s: Score) -> list[object]:
    return [label, _f(s.precision), _f(s.recall), _f(s.f1), s.hits, s.gold, s.predicted]


def format_summary(results: Sequence[EvalResult]) -> str:
    """The overview table, then each set's levels, headline rates, classes and crashes."""
    head = ["gold set", "scheme", "scored", "skipped", "crashed", "event F1", "code F1", "root F1", "exact"]
    rows = []
    for r in results:
        m = r.metrics()
        rows.append([r.name, r.scheme, len(r.records), len(r.skipped), len(r.crashes),
                     _f(m.get("event_f1")), _f(m.get("code_f1")), _f(m.get("root_f1")), _f(m["sentence_accuracy"])])
    lines = _table(head, rows)
    for r in results:
        lines += [""] + _details(r)
    return "\n".join(lines)


def _details(r: EvalResult) -> list[str]:
    m = r.metrics()
    code_word = "type" if r.scheme == "plover" else "code"
    lines = [f"== {r.name or 'gold set'} ({r.scheme}): {len(r.records)} records scored, "
             f"{len(r.skipped)} skipped, {len(r.crashes)} crashed"]
    lines += _table(["level", "P", "R", "F1", "hits", "gold", "pred"],
                    [_score_row(LEVEL_NAMES[k], s) for k, s in r.levels.items()])
    lines.append(f"records exactly right (events: [] included): {_f(m['sentence_accuracy'])}")
    rates = [f"right {code_word} for the sentence: {_f(m['right_code'])}"]
    if "right_root" in m:
        rates.append(f"right root: {_f(m['right_root'])}")
    if "country_pair_accuracy" in m:
        rates.append(f"country-pair accuracy: {_f(m['country_pair_accuracy'])}")
    lines.append("; ".join(rates))
    lenient = sum(x.lenient for x in r.records)
    if lenient:
        lines.append(f"({lenient} event hits relied on a partial gold actor code or a reciprocal record)")
    lines += [""] + _table([("PLOVER type" if r.scheme == "plover" else "root"), "gold", "pred", "hits", "P", "R", "F1"],
                           [[k, s.gold, s.predicted, s.hits, _f(s.precision), _f(s.recall), _f(s.f1)]
                            for k, s in r.classes.items()])
    if r.categories():
        lines += [""] + _table(["category", "exact", "scored", "rate"],
                               [[k, e, n, _f(e / n)] for k, (e, n) in r.categories().items()])
    for x in r.crashes:
        lines.append(f"CRASH {x.id} ({x.origin}): {x.crash}")
    return lines


# -- JSON ---------------------------------------------------------------------------------


def report_dict(results: Sequence[EvalResult]) -> dict:
    """Everything: per set its metrics, levels, classes, skipped, crashes and every wrong record."""
    return {"sets": [r.to_dict() for r in results]}


def write_report(results: Sequence[EvalResult], path: str | Path) -> list[Path]:
    """JSON to ``path``; a ``.md`` path gets Markdown, with the JSON beside it (``.json``)."""
    path = Path(path)
    json_path = path.with_suffix(".json") if path.suffix.lower() == ".md" else path
    json_path.write_text(json.dumps(report_dict(results), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if json_path == path:
        return [path]
    path.write_text(to_markdown(results), encoding="utf-8")
    return [path, json_path]


# -- Markdown -----------------------------------------------------------------------------


def to_markdown(results: Sequence[EvalResult]) -> str:
    out = ["# Dyad evaluation", "", "```", format_summary(results), "```"]
    for r in results:
        out += ["", f"## {r.name}: misses and false alarms", ""]
        if r.skipped:
            out += ["Skipped: " + "; ".join(f"`{i}` ({why})" for i, why in r.skipped), ""]
        for x in r.crashes:
            out.append(f"* **crash** `{x.id}` ({x.origin}): {_md(x.crash or '')}")
        for x in r.wrong:
            if x.crash is not None:
                continue
            out += ["", f"### `{x.id}` ({x.origin})", "", f"> {_md(x.text)}", ""]
            out.append("gold: " + (", ".join(_gold_text(e) for e in x.gold) or "no event") + "  ")
            out.append("predicted: " + (", ".join(_pred_code(p) for p in x.predicted) or "no event"))
            out.append("")
            out += [f"* **miss** {_gold_text(e)}" for e in x.misses]
            out += [f"* **false alarm** {_pred_text(p)}" for p in x.false_alarms]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _gold_text(e: GoldEvent) -> str:
    return f"`{e.source or '—'} → {e.target or '—'} {e.code}`"


def _pred_code(p: Prediction) -> str:
    code = f"{p.code}/{p.plover}" if p.plover else p.code
    return f"`{p.source or '—'} → {p.target or '—'} {code}`"


def _pred_text(p: Prediction) -> str:
    text = _pred_code(p)
    flags = [f for f in (p.mode if p.mode != "asserted" else "", "negated" if p.negated else "") if f]
    if flags:
        text += f" ({', '.join(flags)})"
    e = p.explanation
    if e is not None:
        text += f" — trigger “{_md(e.trigger)}”, rule `{e.rule}`"
        text += f", source `{e.source_rule or '?'}`" + (f", target `{e.target_rule}`" if e.target_rule else "")
    return text
