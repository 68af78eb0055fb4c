"""What actor resolution costs, as a share of the whole pipeline.

    python bench/actors.py [--corpus PATH] [--articles 500] [--seed 13] [--json OUT]

A fixed random sample of Tehran Times articles is cleaned and parsed once.
The coder stage (``pipeline.code_parsed``: actors + patterns) is then run
twice over the parsed sentences: plainly, for its time, and with every
``ArticleActors.resolve`` and ``ArticleActors.observe`` call timed (the
lexicon matching they trigger included). Resolution's share is its time over
the whole pipeline's (cleaning, spaCy, conversion, coder). One thread.

Times are CPU seconds of this process (``time.process_time``), so that other
work on a shared machine does not inflate them; wall seconds are given too.
"""

from __future__ import annotations

from common import arguments, machine, report  # first: pins one thread

import time  # noqa: E402
from contextlib import contextmanager  # noqa: E402

from dyad.ingest import sample_articles  # noqa: E402

CLOCK = time.process_time  # CPU time: one thread, not slowed down by other processes


@contextmanager
def timed_methods(cls, names: tuple[str, ...], totals: dict[str, float]):
    """Add the wall time of every call of cls.<name> to totals[name]; restore on exit."""
    originals = {name: getattr(cls, name) for name in names}

    def wrap(name, fn):
        def timed(*args, **kwargs):
            t = CLOCK()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + CLOCK() - t
                totals[name + "_calls"] = totals.get(name + "_calls", 0) + 1
        return timed

    for name, fn in originals.items():
        setattr(cls, name, wrap(name, fn))
    try:
        yield totals
    finally:
        for name, fn in originals.items():
            setattr(cls, name, fn)


def parse_all(articles, res) -> tuple[list, dict]:
    """Prepare and parse every article once; the stage times in seconds."""
    from dyad.nlp.pipeline import doc_to_sentences
    from dyad.pipeline import prepare_text

    t = CLOCK()
    prepared = [prepare_text(a) for a in articles]
    times = {"clean": CLOCK() - t, "parse": 0.0, "convert": 0.0}
    docs = res.nlp.pipe((a.text for a in prepared), batch_size=32)
    parsed = []
    for article in prepared:
        t = CLOCK()
        doc = next(docs)
        times["parse"] += CLOCK() - t
        t = CLOCK()
        parsed.append((article, doc_to_sentences(doc, article.doc_id)))
        times["convert"] += CLOCK() - t
    return parsed, times


def code_all(parsed, res) -> tuple[float, int]:
    from dyad.pipeline import code_parsed

    t = CLOCK()
    events = sum(len(code_parsed(article, sentences, res).events) for article, sentences in parsed)
    return CLOCK() - t, events


def measure(articles, res) -> dict:
    from dyad.actors import ArticleActors

    wall = time.perf_counter()
    parsed, times = parse_all(articles, res)
    code_all(parsed[:20], res)  # warm-up: lazily built tables are not charged to the first pass
    times["coder"], events = code_all(parsed, res)
    with timed_methods(ArticleActors, ("resolve", "observe"), {}) as calls:
        coder_timed, _ = code_all(parsed, res)
    resolution = calls.get("resolve", 0.0) + calls.get("observe", 0.0)
    whole = sum(times.values())
    return {
        "articles": len(parsed),
        "sentences": sum(len(s) for _, s in parsed),
        "events": events,
        "seconds": {k: round(v, 2) for k, v in times.items()} | {"whole": round(whole, 2)},
        "resolution_seconds": round(resolution, 2),
        "resolve_calls": calls.get("resolve_calls", 0),
        "observe_calls": calls.get("observe_calls", 0),
        "coder_seconds_timed": round(coder_timed, 2),
        "resolution_share_of_coder": round(resolution / coder_timed, 3),
        "resolution_share_of_pipeline": round(resolution / whole, 4),
        "resolution_ms_per_article": round(1000 * resolution / len(parsed), 2),
        "wall_seconds": round(time.perf_counter() - wall, 2),
        "clock": "CPU seconds (time.process_time)",
    }


def main() -> None:
    ap = arguments(__doc__, 500)
    args = ap.parse_args()

    from dyad.pipeline import load_resources

    res = load_resources()
    res.nlp("Warm-up sentence for the pipeline.")
    figures = measure(sample_articles(args.corpus, args.articles, args.seed), res)
    figures["machine"] = machine()
    report(figures, args.json)


if __name__ == "__main__":
    main()
