"""End-to-end throughput on a fixed sample of the Tehran Times corpus.

    python bench/throughput.py [--corpus PATH] [--articles 2000] [--seed 13]

Reports articles/s, sentences/s, words/s, peak memory (RSS), and where the
time goes: cleaning, the spaCy pipeline ("parser"), and Dyad's coder stage
(actors + patterns). Runs on one core: thread pools are pinned to 1.
"""

from __future__ import annotations

from common import arguments, machine, report  # first: pins one thread

import resource  # noqa: E402
import time  # noqa: E402

from dyad.ingest import sample_articles  # noqa: E402


def run(articles, res) -> dict:
    from dyad.clean import clean_article
    from dyad.nlp.pipeline import doc_to_sentences
    from dyad.pipeline import code_parsed

    t0 = time.perf_counter()
    cleaned = [clean_article(a) for a in articles]
    t_clean = time.perf_counter() - t0
    t_parse = t_convert = t_code = 0.0
    n_sent = n_words = n_events = 0
    docs_iter = res.nlp.pipe((a.text for a in cleaned), batch_size=32)
    for article in cleaned:
        t = time.perf_counter()
        doc = next(docs_iter)
        t_parse += time.perf_counter() - t
        t = time.perf_counter()
        sentences = doc_to_sentences(doc, article.doc_id)
        t_convert += time.perf_counter() - t
        t = time.perf_counter()
        coded = code_parsed(article, sentences, res)
        t_code += time.perf_counter() - t
        n_sent += len(sentences)
        n_words += sum(len(s.tokens) for s in sentences)
        n_events += len(coded.events)
    total = t_clean + t_parse + t_convert + t_code
    return {
        "articles": len(articles), "sentences": n_sent, "words": n_words, "events": n_events,
        "seconds": round(total, 2),
        "articles_per_s": round(len(articles) / total, 1),
        "sentences_per_s": round(n_sent / total, 1),
        "words_per_s": round(n_words / total),
        "coder_sentences_per_s": round(n_sent / t_code) if t_code else None,
        "time_share": {"clean": round(t_clean / total, 3), "parser": round(t_parse / total, 3),
                       "convert": round(t_convert / total, 3), "coder": round(t_code / total, 3)},
        "outside_parser_share": round(1 - t_parse / total, 3),
    }


def main() -> None:
    ap = arguments(__doc__, 2000)
    ap.add_argument("--nlp", default=None, help="spaCy pipeline to use instead of Dyad's")
    ap.add_argument("--blis", action="store_true",
                    help="multiply matrices with thinc's default, blis, instead of numpy's BLAS")
    args = ap.parse_args()

    from dyad.pipeline import load_resources

    t = time.perf_counter()
    res = load_resources(args.nlp)
    if args.blis:
        from dataclasses import replace

        from dyad.nlp.pipeline import load_nlp

        res = replace(res, nlp=load_nlp(args.nlp, blis=True))
    load_s = time.perf_counter() - t
    articles = sample_articles(args.corpus, args.articles, args.seed)
    res.nlp("Warm-up sentence for the pipeline.")
    figures = run(articles, res)
    figures["load_seconds"] = round(load_s, 2)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures["machine"] = machine()
    figures["matrix_products"] = "blis" if args.blis else "numpy BLAS"
    report(figures, args.json)


if __name__ == "__main__":
    main()
