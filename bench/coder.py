"""Throughput of the coder stage alone (``code_parsed``: actors + patterns), parses given.

    python bench/coder.py [--articles 1000] [--repeats 5] [--profile]
                          [--record FILE] [--check FILE] [--json FILE]

The first N Tehran Times articles that Dyad's ingestion keeps (cleaned,
language-checked, de-duplicated, dateline stripped) are parsed once and their
``Sentence`` records cached in ``build/`` (the cache is keyed on the corpus,
N and the model), so reruns time only the coder. ``--record`` writes every
event and drop of the sample as JSONL; ``--check`` compares a run with such a
file and fails on the first difference, so an optimisation can be shown not
to change the coder's output. Runs on one core: thread pools are pinned to 1.
"""

from __future__ import annotations

from common import REPO, arguments, machine, report  # first: pins one thread

import cProfile  # noqa: E402
import hashlib  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import pstats  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from itertools import islice  # noqa: E402
from pathlib import Path  # noqa: E402

CACHE_VERSION = 1  # bump when the cached records change shape


def parse_inputs() -> list[Path]:
    """The code and data files of ``dyad/nlp``, whose splitter and repairs shape every parse."""
    nlp = REPO / "src" / "dyad" / "nlp"
    return sorted(f for f in nlp.rglob("*") if f.is_file() and f.suffix in (".py", ".txt", ".tsv"))


def _cache_key(corpus: Path, n: int) -> dict:
    """What the parsed sample depends on: the corpus file, N, and the model (by content, not path)."""
    from dyad.nlp.pipeline import default_model_path

    model = default_model_path()
    digest = hashlib.sha1()
    for part in ("meta.json", "config.cfg", "parser/model", "tagger/model", "tok2vec/model"):
        if (model / part).exists():
            digest.update((model / part).read_bytes())
    # the sentence splitter and the parse repairs run at parse time, so the cached sentences carry
    # the rules of their day: every module and data file of dyad/nlp (a hand-kept list of them
    # missed subordinator.py, sentences.py and irregular_verbs.tsv, and served stale parses)
    for part in parse_inputs():
        digest.update(part.relative_to(REPO).as_posix().encode())
        digest.update(part.read_bytes())
    # so does the cleaning before them: what debris is cut changes the text parsed
    for part in ("clean.py", "data/debris.tsv"):
        digest.update((REPO / "src" / "dyad" / part).read_bytes())
    stat = corpus.stat()
    return {"version": CACHE_VERSION, "corpus": corpus.name, "corpus_size": stat.st_size,
            "corpus_mtime": stat.st_mtime, "articles": n, "model": digest.hexdigest()}


def parsed_sample(corpus: Path, n: int, cache: Path) -> list:
    """(article, sentences) for the first ``n`` articles ingestion keeps; parsed once, then cached."""
    key = _cache_key(corpus, n)
    if cache.exists():
        with cache.open("rb") as f:
            stored = pickle.load(f)
        if stored.get("key") == key:
            return stored["sample"]
        print(f"{cache}: made from other inputs, parsing again", file=sys.stderr)
    from dyad.ingest import prepare_articles, read_articles
    from dyad.nlp.pipeline import load_nlp, parse_articles
    from dyad.pipeline import prepare_text

    t = time.perf_counter()
    articles = islice((prepare_text(a) for a in prepare_articles(read_articles([corpus]))), n)
    sample = list(parse_articles(load_nlp(), articles))
    print(f"parsed {len(sample)} articles in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump({"key": key, "sample": sample}, f, protocol=pickle.HIGHEST_PROTOCOL)
    return sample


def code_all(sample, res) -> list:
    from dyad.pipeline import code_parsed

    return [code_parsed(article, sentences, res) for article, sentences in sample]


def timed(sample, res, repeats: int) -> tuple[list[float], list[float], list]:
    """Wall-clock and CPU seconds of each repeat (CPU time is steadier on a shared machine)."""
    wall, cpu, coded = [], [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        coded = code_all(sample, res)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return wall, cpu, coded


def profile_top(sample, res, top: int = 20) -> str:
    prof = cProfile.Profile()
    prof.enable()
    code_all(sample, res)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def output_lines(coded) -> list[str]:
    """The coder's whole output, one JSON line per article: every event field and every drop."""
    return [json.dumps({"doc_id": c.article.doc_id, "events": [e.to_dict() for e in c.events],
                        "dropped": [d.to_dict() for d in c.dropped]}, ensure_ascii=False, sort_keys=True)
            for c in coded]


def check(coded, path: Path) -> str | None:
    """None when the output equals the recorded one, else where it first differs."""
    want = path.read_text(encoding="utf-8").splitlines()
    got = output_lines(coded)
    if len(want) != len(got):
        return f"{len(got)} articles, {path} has {len(want)}"
    for n, (a, b) in enumerate(zip(want, got)):
        if a != b:
            return f"article {n} ({json.loads(b)['doc_id']}) differs:\n  recorded {a[:2000]}\n  now      {b[:2000]}"
    return None


def main() -> None:
    ap = arguments(__doc__, 1000, seed=False)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--cache", type=Path, help="parsed sample (default build/coder_sample_N.pkl)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile top 20 (by own time)")
    ap.add_argument("--record", type=Path, help="write the coder's output on the sample here (JSONL)")
    ap.add_argument("--check", type=Path, help="fail unless the output equals this recorded file")
    args = ap.parse_args()

    sample = parsed_sample(args.corpus, args.articles, args.cache or REPO / "build" / f"coder_sample_{args.articles}.pkl")
    from dyad.pipeline import load_resources

    res = load_resources()
    code_all(sample[:20], res)  # warm-up: lazy tables, caches
    times, cpu, coded = timed(sample, res, args.repeats)
    n_sent = sum(len(s) for _, s in sample)
    n_events = sum(len(c.events) for c in coded)
    best, median = min(times), statistics.median(times)
    figures = {
        "articles": len(sample), "sentences": n_sent, "words": sum(len(x.tokens) for _, s in sample for x in s),
        "events": n_events, "repeats": args.repeats,
        "best_seconds": round(best, 3), "median_seconds": round(median, 3),
        "sentences_per_s": round(n_sent / best), "sentences_per_s_median": round(n_sent / median),
        "events_per_s": round(n_events / best),
        "best_cpu_seconds": round(min(cpu), 3), "sentences_per_cpu_s": round(n_sent / min(cpu)),
        "machine": machine(),
    }
    if args.profile:
        print(profile_top(sample, res), file=sys.stderr)
    report(figures, args.json)
    if args.record:
        args.record.write_text("\n".join(output_lines(coded)) + "\n", encoding="utf-8")
    if args.check:
        problem = check(coded, args.check)
        if problem:
            sys.exit(f"output changed: {problem}")
        print(f"output identical to {args.check}", file=sys.stderr)


if __name__ == "__main__":
    main()
