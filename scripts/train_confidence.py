"""Fit Dyad's event confidence model on the hand-reviewed Tehran Times samples.

    python scripts/train_confidence.py --hold-out 2056 2057 2058 2059 2060 2061 2062 2063 2064 2065 2066 2067 2068 2069 2070 2071 2072 2073 2074 2075 2076 2077   # the shipped src/dyad/data/confidence.tsv
    python scripts/train_confidence.py --out /tmp/c.tsv      # fitted on every sample listed

Each sample of ``docs/review/samples.tsv`` is drawn again from the corpus and
coded with the current code; every event a review sheet judged (by event id, or
the same event in a renumbered sentence: ``review_events.carry_verdicts``)
becomes one example: the event's features (``dyad.confidence.features``) and
whether its verdict was ``ok``. An event the sheets do not know (the coder
changed since) is left out and counted. The script prints the leave-one-sample-
out AUC and the precision kept at a few thresholds, then fits on all the
training samples and writes the model. ``--hold-out`` samples are scored by that
model and reported, never fitted on.

Deterministic: the same code, sheets and corpus give the same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "scripts")]

from dyad import confidence as conf  # noqa: E402
from review_events import DEFAULT_CORPUS, carry_verdicts, event_row  # noqa: E402
from review_events import read_verdicts as read_sheet  # noqa: E402  (checks every verdict, naming file and line)

MANIFEST = REPO / "docs" / "review" / "samples.tsv"
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)


def read_manifest(path: Path) -> list[tuple[int, int, list[Path]]]:
    """(seed, articles, verdict sheets) per sample; a malformed line names file and line."""
    rows = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("seed\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not cells[0].isdigit() or not cells[1].isdigit():
            sys.exit(f"{path}:{lineno}: expected 'seed<TAB>articles<TAB>sheet,sheet…', got {line!r}")
        sheets = [path.parent / s for s in cells[2].split(",")]
        missing = [s.name for s in sheets if not s.is_file()]
        if missing:
            sys.exit(f"{path}:{lineno}: no such verdict sheet: {', '.join(missing)}")
        rows.append((int(cells[0]), int(cells[1]), sheets))
    return rows


def read_verdicts(sheets: list[Path]) -> dict[str, dict]:
    """event id -> judged row, later sheets winning."""
    return {event_id: row for sheet in sheets
            for event_id, row in read_sheet(sheet).items() if row["verdict"]}


def judged_events(coded_articles, sheets: list[Path]):
    """(event, verdict) for every coded event the sheets judged (``carry_verdicts``: by id, or
    the same event in a renumbered or split sentence), and None for the verdict of the rest."""
    events = [e for coded in coded_articles for e in coded.events]
    rows = carry_verdicts([event_row(e) for e in events], read_verdicts(sheets))
    return [(e, row["verdict"] if row else None) for e, row in zip(events, rows)]


def examples_of(seed: int, articles: int, sheets: list[Path], corpus: Path, res) -> tuple[list, int]:
    """The sample's judged events as examples, and how many coded events had no verdict."""
    from dyad.ingest import sample_articles
    from dyad.pipeline import code_articles

    out, unjudged = [], 0
    for event, verdict in judged_events(code_articles(sample_articles(corpus, articles, seed), res), sheets):
        if verdict is None:
            unjudged += 1
            continue
        out.append(conf.Example(tuple(conf.features(event)), verdict == "ok", str(seed)))
    return out, unjudged


def report(name: str, scores: list[float], examples: list) -> None:
    ok = [e.ok for e in examples]
    print(f"{name}: {len(ok)} events, {sum(ok) / len(ok):.1%} ok, AUC {conf.auc(scores, ok):.3f}")
    for t in THRESHOLDS:
        kept, precision = conf.precision_at(scores, ok, t)
        print(f"  confidence >= {t}: {kept:.1%} of events kept, {precision:.1%} ok")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    ap.add_argument("--hold-out", type=int, nargs="*", default=[], metavar="SEED",
                    help="samples to score but not fit on")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=5, help="fewest judged events a feature needs")
    ap.add_argument("--out", type=Path, default=conf.DEFAULT_MODEL)
    args = ap.parse_args()
    from dataclasses import replace

    from dyad.pipeline import load_resources

    res = replace(load_resources(), confidence=None)  # the features need no score
    train, held = [], []
    for seed, articles, sheets in read_manifest(args.manifest):
        examples, unjudged = examples_of(seed, articles, sheets, args.corpus, res)
        print(f"seed {seed}: {len(examples)} judged events, {unjudged} without a verdict", file=sys.stderr)
        (held if seed in args.hold_out else train).extend(examples)
    fit_args = {"l2": args.l2, "min_count": args.min_count}
    report("leave one sample out", conf.held_out_scores(train, **fit_args), train)
    model = conf.fit(train, **fit_args)
    if held:
        report(f"held out ({', '.join(map(str, args.hold_out))})",
               [model.score_features(e.features) for e in held], held)
    seeds = sorted({e.group for e in train})
    conf.write_model(model, train, args.out, [
        "Dyad's event confidence model (dyad/confidence.py): log-odds that a reviewer calls an event ok.",
        f"Fitted by scripts/train_confidence.py (l2 {args.l2}, features seen in >= {args.min_count} events)",
        f"on {len(train)} judged events of the Tehran Times review samples {', '.join(seeds)}",
        "(docs/review/samples.tsv; Tehran Times / Mehr News Agency, CC BY 4.0).",
    ])
    print(f"{len(model.weights)} features -> {args.out}")


if __name__ == "__main__":
    main()
