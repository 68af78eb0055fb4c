"""Hand review of coded events on a random sample of articles.

    python scripts/review_events.py sheet  --articles 200 --seed 2026 --out build/review.tsv
    python scripts/review_events.py report --verdicts docs/review/tehran_times_200.tsv \
        --out docs/review/tehran_times_200.md

``sheet`` draws the sample (fixed seed), codes it with the current pipeline
and writes one row per event with empty ``verdict`` and ``reason`` columns
for a person to fill in: ``ok`` (the sentence asserts this event: right
source, target and code family), ``wrong`` (no such event, or a wrong actor
or a code from the wrong root) or ``partly`` (right event, wrong detail
such as a sector or a sibling code; counted as wrong for the headline
precision, and reported separately).
Rows already judged in an existing verdict file keep their verdict (same
event id, or the same event in a renumbered or split sentence:
``carry_verdicts``), so the sheet can be regenerated after the coder changes.

``report`` reads the filled-in file and writes the Markdown review with the
precision and every wrong event with its reason.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from dyad.ingest import sample_articles

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpora" / "tehran_times.jsonl.gz"
FIELDS = ["doc_id", "sentence_index", "event_id", "source", "cameo", "cameo_name", "target", "trigger",
          "rule", "mode", "sentence", "verdict", "reason"]
VERDICTS = {"ok", "wrong", "partly"}


def code_rows(articles) -> list[dict]:
    from dyad.pipeline import code_articles, load_resources

    return [event_row(e) for coded in code_articles(articles, load_resources()) for e in coded.events]


def event_row(e) -> dict:
    """A sheet row for one coded event, verdict and reason empty."""
    return {
        "doc_id": e.doc_id, "sentence_index": e.sentence_index, "event_id": e.event_id,
        "source": f"{e.source.code} ({e.source.text})",
        "target": f"{e.target.code} ({e.target.text})" if e.target else "",
        "cameo": e.cameo, "cameo_name": e.cameo_name,
        "trigger": e.explanation.trigger, "rule": e.explanation.rule, "mode": e.mode,
        "sentence": " ".join(e.sentence.split()), "verdict": "", "reason": "",
    }


def read_verdicts(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for lineno, row in enumerate(rows, 2):
        if row.get("verdict") and row["verdict"] not in VERDICTS:
            sys.exit(f"{path}:{lineno}: verdict {row['verdict']!r} is not one of {sorted(VERDICTS)}")
    return {row["event_id"]: row for row in rows}


def carry_verdicts(rows: list[dict], old: dict[str, dict]) -> list[dict | None]:
    """The judged row each new row inherits, or None.

    First by event id (in the same sentence). The id holds the sentence's index, so when the sentence splitter
    changes (a glued crosshead split off) an article's later events get new ids, and the
    event in the split sentence gets new text too: such a row inherits the one judged row
    left over with the same article, actor codes and event code whose sentence contains the
    new one or is contained in it, and only when exactly one fits (a verdict is never guessed
    between two candidates). As with the id, a trigger or rule that changed since keeps the
    verdict: the reviewer judged who did what to whom in that sentence.
    """
    found = [old.get(r["event_id"]) for r in rows]
    # the same id on another sentence is another event (renumbering moved one into its place)
    found = [j if j and _overlap(r["sentence"], j["sentence"]) else None for r, j in zip(rows, found)]
    claimed = {id(j) for j in found if j}
    left = [j for j in old.values() if id(j) not in claimed and j.get("verdict")]
    for n, r in enumerate(rows):
        if found[n]:
            continue
        fits = [j for j in left if _same_event(r, j)]
        if len(fits) == 1:
            found[n] = fits[0]
            left.remove(fits[0])
    return found


def _same_event(new: dict, judged: dict) -> bool:
    def codes(r):
        return r["doc_id"], r["source"].split(" ")[0], r["cameo"], r["target"].split(" ")[0]

    return codes(new) == codes(judged) and _overlap(new["sentence"], judged["sentence"])


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a


def write_sheet(rows: list[dict], old: dict[str, dict], out: Path) -> None:
    for row, judged in zip(rows, carry_verdicts(rows, old)):
        if judged:
            row["verdict"], row["reason"] = judged["verdict"], judged["reason"]
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def by_rule(judged: list[dict], top: int = 20) -> list[str]:
    """The patterns that fired most, with their verdicts: where precision is lost."""
    table: dict[str, Counter] = {}
    for r in judged:
        table.setdefault(r["rule"], Counter())[r["verdict"]] += 1
    ranked = sorted(table.items(), key=lambda kv: -(kv[1]["wrong"] + kv[1]["partly"]))[:top]
    lines = ["| rule | ok | partly | wrong |", "|---|---|---|---|"]
    lines += [f"| {rule} | {c['ok']} | {c['partly']} | {c['wrong']} |" for rule, c in ranked]
    return lines


def misses_table(path: Path) -> list[str]:
    """The reviewer's missed events: columns doc_id and note, with the event either as
    expected_event or as source, cameo (or code) and target; sentence_index where it is given."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    columns = set(rows[0]) if rows else set()
    if rows and not ({"doc_id", "note"} <= columns and ("expected_event" in columns or {"source", "target"} <= columns)):
        raise SystemExit(f"{path}: a misses file needs columns doc_id, note and expected_event (or source, "
                         f"cameo, target); it has {', '.join(sorted(columns))}")
    lines = [f"### Events missed ({len(rows)} noted)", "", "| doc | sent | expected event | note |", "|---|---|---|---|"]
    for r in rows:
        event = r.get("expected_event") or f"{r['source']} {r.get('cameo') or r.get('code', '')} → {r['target']}"
        where = r.get("sentence_index") or _cell(r.get("sentence", ""))
        lines.append(f"| {r['doc_id']} | {where} | {_cell(event)} | {_cell(r['note'])} |")
    return lines


def report(rows: list[dict], articles: int | None, misses: Path | None = None) -> str:
    judged = [r for r in rows if r["verdict"]]
    verdicts = Counter(r["verdict"] for r in judged)
    ok = verdicts["ok"]
    precision = ok / len(judged) if judged else 0.0
    lines = [f"Events judged: {len(judged)} of {len(rows)}"
             + (f" from {articles} articles" if articles else ""),
             f"ok {verdicts['ok']}, partly {verdicts['partly']}, wrong {verdicts['wrong']}",
             f"**Precision: {precision:.1%}** (only `ok` counts); "
             f"{(ok + verdicts['partly']) / max(len(judged), 1):.1%} counting `partly` as right", "",
             "### Where precision is lost, by pattern", "", *by_rule(judged), "",
             "### Every event judged partly or wrong", "",
             "| doc | sent | event | verdict | reason | sentence |", "|---|---|---|---|---|---|"]
    for r in judged:
        if r["verdict"] != "ok":
            event = f"{r['source']} {r['cameo']} {r['cameo_name']} → {r['target'] or '—'} [{r['trigger']}]"
            lines.append(f"| {r['doc_id']} | {r['sentence_index']} | {_cell(event)} | {r['verdict']} | "
                         f"{_cell(r['reason'])} | {_cell(r['sentence'])} |")
    if misses:
        lines += ["", *misses_table(misses)]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    s.add_argument("--articles", type=int, default=200)
    s.add_argument("--seed", type=int, default=2026)
    s.add_argument("--verdicts", type=Path, help="an earlier filled-in sheet whose verdicts carry over")
    s.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("report")
    r.add_argument("--verdicts", type=Path, required=True)
    r.add_argument("--articles", type=int)
    r.add_argument("--misses", type=Path, help="a TSV of missed events: doc_id, sentence_index, expected_event, note")
    r.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.cmd == "sheet":
        rows = code_rows(sample_articles(args.corpus, args.articles, args.seed))
        write_sheet(rows, read_verdicts(args.verdicts) if args.verdicts else {}, args.out)
        print(f"{len(rows)} events from {args.articles} articles -> {args.out}")
    else:
        rows = list(read_verdicts(args.verdicts).values())
        text = report(rows, args.articles, args.misses)
        args.out.write_text(text, encoding="utf-8")
        print(text.splitlines()[2])


if __name__ == "__main__":
    main()
