"""Run the 200-phrase actor review and print every miss.

    python bench/actor_review.py [--cases tests/data/actor_phrases.tsv] [--json OUT]

Each phrase is resolved in its article (../shared/data/corpora) with
``dyad.actors.review``; prints accuracy overall and per kind of phrase, then
the wrong ones with Dyad's rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "data" / "corpora"
CORPUS_FILES = ("tehran_times.jsonl.gz", "reuters21578.jsonl.gz")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=Path, default=REPO / "tests" / "data" / "actor_phrases.tsv")
    ap.add_argument("--json", type=Path, help="write every result here")
    args = ap.parse_args()

    from dyad.actors.review import accuracy, by_kind, load_articles, read_cases, score_cases
    from dyad.pipeline import load_resources

    cases = read_cases(args.cases)
    articles = load_articles([CORPORA / f for f in CORPUS_FILES], {c.doc_id for c in cases})
    results = score_cases(cases, articles, load_resources())
    print(f"accuracy {accuracy(results):.3f} ({sum(r.correct for r in results)}/{len(results)})")
    for kind, (right, total) in by_kind(results).items():
        print(f"  {kind:<14} {right:>3}/{total:<3}")
    for r in results:
        if not r.correct:
            print(f"{r.case.doc_id}\t{r.case.phrase}\texpected {'|'.join(r.case.expected) or '-'}"
                  f"\tgot {r.got or '-'}\t{r.rule}")
    if args.json:
        args.json.write_text(json.dumps([r.to_dict() for r in results], indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
