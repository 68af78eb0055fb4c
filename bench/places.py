"""Where-and-when benchmarks.

    python bench/places.py timing    [--corpus PATH] [--articles 500] [--seed 13]
    python bench/places.py datelines [--corpus PATH] [--sample 200] [--seed 7]

``timing``: on a fixed sample of Tehran Times articles, the time of the spaCy parse and of
the place and date stages (gazetteer mentions once per sentence, then ``locate_and_date``
for each event the coder finds, and for every verb as an upper bound), the gazetteer's
build/open time and the process's memory before and after opening it.

``datelines``: on Reuters-21578, how many stories have a dateline by an independent
definition (line-initial place, ", Month Day -"), how many of those ``parse_dateline``
reads with the same place and a date that resolves to a calendar day (and how many of those fall
within a week of the story's own timestamp); then a seeded sample of stories with a dateline and the place each resolves to, as
a Markdown table for hand checking (docs/review/reuters_datelines.md).

Single process, one thread; run it niced when a model trains beside it.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from datetime import date as Date  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from dyad.ingest import sample_articles  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "data" / "corpora"
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
           "|august|september|october|november|december")
# The independent definition of "has a dateline": a capitalised place at the start, an optional
# ", qualifier", then ", Month Day" and a dash within a few characters.
HAS_DATELINE = re.compile(rf"\s*([A-Z][^\n,]{{1,40}}?)(?:,[^\n,]{{1,25}}?)?,\s*({_MONTHS})\.?\s*(\d{{1,2}})\b[^\n]{{0,12}}?-",
                          re.I)


def rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def read_jsonl(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


# --- datelines ------------------------------------------------------------------------------

def story_date(record) -> Date | None:
    return datetime.fromisoformat(record["date"]).date() if record.get("date") else None


def datelines(path: Path, sample: int, seed: int) -> dict:
    from dyad.datelines import parse_dateline
    from dyad.dates import dateline_date

    total = has = parsed = near_story = 0
    failures, with_dateline = [], []
    for r in read_jsonl(path):
        total += 1
        m = HAS_DATELINE.match(r["text"])
        if not m:
            continue
        has += 1
        published = story_date(r)
        dl = parse_dateline(r["text"])
        when = dateline_date(dl, published) if dl else None
        same_place = dl is not None and dl.place.split(",")[0].strip().lower() == m.group(1).strip().lower()
        if same_place and when is not None and when.date:
            parsed += 1
            near_story += bool(published and abs((Date.fromisoformat(when.date) - published).days) <= 7)
            with_dateline.append((r["id"], dl, when, published))
        else:
            failures.append((r["id"], r["text"][:70].replace("\n", " | "), dl))
    rng = random.Random(seed)
    picked = sorted(rng.sample(with_dateline, min(sample, len(with_dateline))), key=lambda x: x[0])
    return {"stories": total, "with_dateline": has, "parsed": parsed, "share": round(parsed / has, 4),
            "dated_within_7_days_of_story": near_story,
            "failures": failures, "sample": picked}


def resolve_sample(sample) -> list[dict]:
    from dyad.places import load_gazetteer
    from dyad.where_when import _resolve_dateline

    gaz = load_gazetteer()
    rows = []
    for doc_id, dl, when, published in sample:
        m = _resolve_dateline(dl.place, gaz)
        p = m.place
        rows.append({"id": doc_id, "place": dl.place, "date": when.date, "published": str(published),
                     "name": p.name if p else "-", "admin1": (p.admin1 or "-") if p else "-",
                     "country": p.country if p else "-", "kind": p.kind if p else "-"})
    return rows


def markdown(rows) -> str:
    out = ["| # | story | dateline place | resolved to | admin1 | country |", "|---|---|---|---|---|---|"]
    for n, r in enumerate(rows, 1):
        out.append(f"| {n} | {r['id']} | {r['place']} | {r['name']} ({r['kind']}) | {r['admin1']} | {r['country']} |")
    return "\n".join(out)


# --- timing ---------------------------------------------------------------------------------

def timing(path: Path, n: int, seed: int) -> dict:
    from dyad.clean import clean_article
    from dyad.datelines import strip_dateline
    from dyad.nlp.pipeline import doc_to_sentences
    from dyad.pipeline import load_resources

    articles = [strip_dateline(clean_article(a)) for a in sample_articles(path, n, seed)]
    res = load_resources()
    before = rss_mb()
    t = time.perf_counter()
    from dyad.places import load_gazetteer

    gaz = load_gazetteer()
    gaz_open = time.perf_counter() - t
    parsed, t_parse = [], 0.0
    docs = res.nlp.pipe((a.text for a in articles), batch_size=32)
    for a in articles:
        t = time.perf_counter()
        doc = next(docs)
        t_parse += time.perf_counter() - t
        parsed.append((a, doc_to_sentences(doc, a.doc_id)))
    stage = _stage_times(parsed, res, gaz)
    return {"articles": len(articles), "sentences": stage.pop("sentences"), "parse_seconds": round(t_parse, 2),
            **stage, "share_events": round(stage["places_dates_seconds"] / t_parse, 4),
            "share_every_verb": round(stage["every_verb_seconds"] / t_parse, 4),
            "gazetteer": gaz.info.to_dict(), "gazetteer_open_seconds": round(gaz_open, 3),
            "rss_mb_before_gazetteer": before, "rss_mb_after_run": rss_mb(),
            "index_mb": round(Path(gaz.info.path).stat().st_size / 2**20, 1)}


def _stage_times(parsed, res, gaz) -> dict:
    from dyad.actors import ArticleActors
    from dyad.coder.core import code_sentence
    from dyad.coder.syntax import Graph
    from dyad.where_when import locate_and_date, sentence_places

    t_stage = t_verbs = 0.0
    n_sent = n_events = n_located = n_dated = 0
    for article, sentences in parsed:
        actors = ArticleActors(res.lexicon)
        for s in sentences:
            n_sent += 1
            g = Graph.of(s)
            events = code_sentence(s, res.patterns, res.ontology, actors)
            actors.observe(g)
            t = time.perf_counter()
            places = sentence_places(g, gaz)
            for e in events:
                loc, when = locate_and_date(g, _trigger(s, e), article, gazetteer=gaz, places=places)
                n_events += 1
                n_located += loc is not None
                n_dated += when.text is not None
            t_stage += time.perf_counter() - t
            t = time.perf_counter()
            for tok in s.tokens:
                if tok.pos == "VERB":
                    locate_and_date(g, tok.i, article, gazetteer=gaz, places=places)
            t_verbs += time.perf_counter() - t
    return {"sentences": n_sent, "events": n_events, "located": n_located, "dated_by_expression": n_dated,
            "places_dates_seconds": round(t_stage, 2), "every_verb_seconds": round(t_verbs + t_stage, 2)}


def _trigger(sentence, event) -> int:
    first = event.explanation.trigger.split()[0]
    return next((t.i for t in sentence.tokens if t.text == first), 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("timing")
    t.add_argument("--corpus", type=Path, default=CORPORA / "tehran_times.jsonl.gz")
    t.add_argument("--articles", type=int, default=500)
    t.add_argument("--seed", type=int, default=13)
    d = sub.add_parser("datelines")
    d.add_argument("--corpus", type=Path, default=CORPORA / "reuters21578.jsonl.gz")
    d.add_argument("--sample", type=int, default=200)
    d.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.cmd == "timing":
        print(json.dumps(timing(args.corpus, args.articles, args.seed), indent=2))
        return
    report = datelines(args.corpus, args.sample, args.seed)
    print(json.dumps({k: v for k, v in report.items() if k not in ("failures", "sample")}, indent=2))
    for doc_id, head, dl in report["failures"]:
        print(f"  not parsed: {doc_id}: {head!r} -> {dl}")
    print(markdown(resolve_sample(report["sample"])))


if __name__ == "__main__":
    main()
