"""Benchmark ingestion: read, clean, detect language and de-duplicate a corpus on one core.

    nice -n 10 python bench/ingest.py [CORPUS] [--limit N] [--threshold 0.8] [--no-guards] [--pairs OUT.json]

Prints articles/s, peak memory (max RSS) and the run's counts: articles
kept, skipped by kind, debris removed by reason, languages, exact and near
duplicates. ``--pairs`` then writes a reproducible random sample of
near-duplicate pairs (ids, estimated and exact similarity, both texts) for
review by hand (docs/review/near_duplicates.md); that second pass is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
from itertools import islice
from pathlib import Path

from dyad.dedup import DedupSettings, Deduplicator, shingle_set
from dyad.ingest import IngestOptions, IngestReport, prepare_articles, read_articles

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpora" / "tehran_times.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, help="stop after this many input articles")
    parser.add_argument("--threshold", type=float, default=0.8, help="near-duplicate threshold")
    parser.add_argument("--pairs", type=Path, help="write a sample of near-duplicate pairs here (JSON)")
    parser.add_argument("--sample", type=int, default=50, help="pairs to sample")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--no-guards", action="store_true",
                        help="turn off the wording and figures guards (similarity threshold alone)")
    args = parser.parse_args()

    guards = {"lead_words": 0, "figures_words": 0} if args.no_guards else {}
    options = IngestOptions(dedup=DedupSettings(threshold=args.threshold, **guards), fetch=False)
    report, dedup = IngestReport(), Deduplicator(options.dedup)
    report.dedup = dedup
    start, cpu = time.perf_counter(), time.process_time()
    raw = read_articles([args.corpus], on_error=report.add, options=options)
    counted = _Counter(islice(raw, args.limit) if args.limit else raw)
    for _ in report.watch(prepare_articles(counted, options=options, on_error=report.add, dedup=dedup)):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {args.corpus}")
    print(f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}, "
          f"one process")
    print(f"{counted.n} articles in {seconds:.1f} s wall, {cpu:.1f} s CPU: "
          f"{counted.n / seconds:.0f} articles/s wall, {counted.n / cpu:.0f} articles/s CPU; "
          f"peak memory (max RSS) {peak_mb:.0f} MB")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(wall time counts other processes' share of this core; CPU time does not)")
    print(report.format())
    print(f"exact duplicates: {report.kinds['duplicate']}; near duplicates (>= {args.threshold}"
          f"{', no guards' if args.no_guards else ''}): {report.kinds['near-duplicate']}; "
          f"canonical articles with copies: {len(dedup.duplicates)}")
    if args.pairs:
        write_pairs(args, options, report, dedup)


class _Counter:
    def __init__(self, articles):
        self.articles, self.n = articles, 0

    def __iter__(self):
        for article in self.articles:
            self.n += 1
            yield article


def write_pairs(args, options: IngestOptions, report: IngestReport, dedup: Deduplicator) -> None:
    """A seeded sample of (canonical, duplicate) near pairs with their cleaned texts."""
    near = {r.origin for r in report.rejected if r.kind == "near-duplicate"}
    pairs = [(canonical, d) for canonical, dups in sorted(dedup.duplicates.items())
             for d in dups if d.origin in near]
    chosen = random.Random(args.seed).sample(pairs, min(args.sample, len(pairs)))
    wanted = {doc for c, d in chosen for doc in (c, d.doc_id)}
    texts = {}
    cleaning = IngestOptions(fetch=False, language=None, dedup=None)
    for article in prepare_articles(read_articles([args.corpus], options=options), options=cleaning):
        if article.doc_id in wanted:
            texts[article.doc_id] = (article.title, article.text)
    out = []
    for canonical, dup in chosen:
        (t1, a), (t2, b) = texts[canonical], texts[dup.doc_id]
        sa, sb = shingle_set(a), shingle_set(b)
        out.append({"canonical": canonical, "duplicate": dup.doc_id, "estimated": dup.similarity,
                    "jaccard": round(len(sa & sb) / len(sa | sb), 3),
                    "titles": [t1, t2], "words": [len(a.split()), len(b.split())], "texts": [a, b]})
    args.pairs.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(out)} pairs written to {args.pairs}", file=sys.stderr)


if __name__ == "__main__":
    main()
