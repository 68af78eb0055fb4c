"""Command line: thin wrappers over library functions.

Library errors (DyadError) become click errors with a message a person can act on.
"""

from __future__ import annotations

import logging
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import click

from .commands import dictionary_options, parse_date_option
from .commands.ingest import ingest_options, options_from_cli, report_run
from .errors import DyadError
from .output import FORMATS, format_table, write_events


STORE_BATCH = 8  # articles per store transaction; a killed run loses at most one batch, re-done on --resume


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log progress and warnings.")
@click.version_option(package_name="dyad")
def main(verbose: bool) -> None:
    """Dyad: political event data (CAMEO/PLOVER) from news text."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write events here (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--date", "default_date", callback=parse_date_option,
              help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--db", metavar="FILE|URL",
              help="Also store articles and events in this DuckDB file or postgresql:// database "
                   "(re-runs add nothing).")
@click.option("--nlp", "nlp_name", help="Use this installed spaCy pipeline (name or path) instead of Dyad's.")
@click.option("--gazetteer", "gazetteer_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A GeoNames dump (allCountries.txt, cities500.txt, or its .zip) to locate events with "
                   "instead of the built-in gazetteer; indexed once into the user cache.")
@click.option("--table", is_flag=True, help="Print a readable table of the events instead of records.")
@click.option("--resume", is_flag=True,
              help="With --db: skip articles already stored with the same text (restart a long run).")
@click.option("--batch-size", default=32, show_default=True, help="Articles parsed per batch.")
@dictionary_options
@click.option("--unary", is_flag=True,
              help="Also write single-actor events (no target actor); by default an event needs both.")
@click.option("--negated", is_flag=True, help="Also write events the sentence negates or denies (negated: true, or mode: denied).")
@click.option("--no-discards", is_flag=True,
              help="Code sentences Dyad's discard list skips (sports results, film awards, weather, "
                   "obituaries; dyad/coder/data/discards.tsv). A dictionary's discards still apply.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Leave out events whose confidence (the estimated chance a reviewer calls them right) "
                   "is lower; each one left out is reported among the dropped records with why.")
@ingest_options
def code_cmd(paths, out, fmt, default_date, db, nlp_name, gazetteer_path, table, resume, batch_size,
             dictionaries, lenient_dictionaries, unary, negated, no_discards, min_confidence, **ingest) -> None:
    """Code news articles into events.

    PATH: .txt, .jsonl, .csv/.tsv, .html, RSS/Atom feeds (optionally .gz/.bz2/.xz/.zst),
    directories, globs, http(s) URLs, or - for stdin.
    """
    from dataclasses import replace

    from .pipeline import CodingOptions, code_articles, load_resources, without_builtin_discards

    if resume and not db:
        raise click.UsageError("--resume needs --db")
    try:
        with ExitStack() as stack:
            res = load_resources(nlp_name, str(gazetteer_path) if gazetteer_path else None,
                                 tuple(dictionaries) or None, strict=not lenient_dictionaries)
            res = replace(res, options=CodingOptions(unary=unary, negated=negated, min_confidence=min_confidence))
            res = without_builtin_discards(res) if no_discards else res
            report_dictionary_notes(res)
            store = stack.enter_context(_open_db(db)) if db else None
            report, articles = _articles(paths, default_date, ingest)
            if resume:
                articles = _skip_stored(articles, store)
            fh = stack.enter_context(open(out, "w", encoding="utf-8", newline="")) if out else sys.stdout
            summary = _run(code_articles(articles, res, batch_size=batch_size), fh, fmt, store, table)
            report_run(report, store)
            summary["rejected"] = len(report.rejected)
            click.echo(_summary_line(summary), err=True)
    except DyadError as exc:
        raise _fail(exc) from exc


def report_dictionary_notes(res) -> None:
    """Say on stderr which dictionary lines were skipped or accepted with a caveat."""
    notes = res.dictionaries.notes if res.dictionaries is not None else ()
    for note in notes:
        logging.getLogger("dyad.dictionaries").info("%s: %s", note.where, note.message)
    skipped = sum(n.message.startswith("skipped") for n in notes)
    if res.dictionaries is not None and skipped:
        click.echo(f"dictionaries: {skipped} line(s) or file(s) skipped (run with -v to list them)", err=True)


def _articles(paths, default_date, ingest: dict):
    """Read, clean, language-check and deduplicate the inputs; every skip goes to the report."""
    from .dedup import Deduplicator
    from .ingest import IngestReport, prepare_articles, read_articles

    options = options_from_cli(**ingest)
    report = IngestReport()
    report.dedup = Deduplicator(options.dedup) if options.dedup is not None else None
    articles = read_articles(list(paths), default_date=default_date, on_error=report.add, options=options)
    return report, report.watch(prepare_articles(articles, options=options, on_error=report.add,
                                                 dedup=report.dedup))


def _open_db(path: Path):
    from .store import open_store

    return open_store(path)


def _skip_stored(articles, store):
    """Resume: articles already in the store are not parsed again."""
    from .pipeline import prepare_text
    from .store import content_hash

    for article in articles:
        if store.has_article(article.doc_id, content_hash(prepare_text(article).text)):
            continue
        yield article


def _run(coded_stream, fh, fmt: str, store, table: bool) -> dict:
    summary = {"articles": 0, "sentences": 0, "events": 0, "removed": 0, "stored": 0}
    start, shown, pending = time.perf_counter(), [], []
    progress = sys.stderr.isatty()
    for coded in coded_stream:
        summary["articles"] += 1
        summary["sentences"] += coded.sentences
        summary["events"] += len(coded.events)
        summary["removed"] += len(coded.article.removed)
        if table:
            shown.extend(coded.events)
        else:
            write_events(coded.events, fh, fmt)
        if store is not None:
            pending.append(coded)
            if len(pending) >= STORE_BATCH:  # one transaction per batch: a commit per article is slow
                summary["stored"] += store.add_many(pending)
                pending.clear()
        if progress and summary["articles"] % 50 == 0:
            rate = summary["articles"] / (time.perf_counter() - start)
            click.echo(f"\r{summary['articles']} articles, {summary['events']} events ({rate:.1f} articles/s)",
                       err=True, nl=False)
    if pending:
        summary["stored"] += store.add_many(pending)
    if progress and summary["articles"] >= 50:
        click.echo("", err=True)
    if table:
        fh.write(format_table(shown) + "\n")
    summary["seconds"] = round(time.perf_counter() - start, 2)
    return summary


def _summary_line(s: dict) -> str:
    return (f"{s['articles']} articles, {s['sentences']} sentences, {s['events']} events, "
            f"{s['removed']} debris pieces removed, {s['rejected']} inputs rejected, "
            f"{s['stored']} articles stored, {s['seconds']} s")


@main.group()
def model() -> None:
    """Train and evaluate Dyad's English pipeline."""


@model.command("train")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="UD data directory with ewt/ and uner/ (../shared/data/ud).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Where to write the trained pipeline (e.g. src/dyad/models/en_dyad).")
@click.option("--corpora", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="News corpora (*.jsonl.gz) for word vectors (default: DATA/../corpora).")
@click.option("--work", type=click.Path(file_okay=False, path_type=Path),
              help="Working directory for converted data, vectors and checkpoints.")
@click.option("--max-steps", type=int, help="Stop training after this many steps.")
@click.option("--pretrain", is_flag=True, help="First pretrain the encoder on the news corpora (~30 min) and start from it.")
@click.option("--width", type=int, help="Encoder width (default: train.cfg's 128).")
@click.option("--averages", is_flag=True, help="Keep a running average of the weights and save it (the shipped recipe).")
@click.option("--pretrain-chunks", type=click.IntRange(min=1), default=None,
              help="Paragraph chunks of news text to pretrain on (default 16,000, the shipped recipe; "
                   "the corpora hold about 61,000).")
@click.option("--include-dev", is_flag=True,
              help="Train on EWT/UNER dev as well as train and keep the last checkpoint (dev then chooses nothing).")
@click.option("--uner-other-missing", is_flag=True,
              help="Leave the early release's OTH tokens unannotated instead of teaching them as no entity.")
@click.option("--augment", type=click.IntRange(min=0), default=0, show_default=True,
              help="Add this many mention-replaced copies of the training documents (entities only).")
def model_train(data, out, corpora, work, max_steps, pretrain, width, averages, pretrain_chunks,
                include_dev, uner_other_missing, augment) -> None:
    """Train the pipeline from UD English EWT + UNER and news vectors (slow: run in the background)."""
    from .nlp.training import train_model

    overrides = {"training.max_steps": max_steps} if max_steps else {}
    if width:
        overrides["components.tok2vec.model.encode.width"] = width
    if averages:
        overrides["training.optimizer.use_averages"] = "true"
    try:
        path = train_model(data, out, corpora=corpora, work=work, overrides=overrides or None, pretrain=pretrain,
                           pretrain_chunks=pretrain_chunks, include_dev=include_dev,
                           other_missing=uner_other_missing, augment=augment)
    except DyadError as exc:
        raise _fail(exc) from exc
    click.echo(f"trained pipeline written to {path}")


@model.command("train-ner")
@click.option("--work", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="The working directory of `dyad model train --pretrain` (DocBins, vectors, pretrained encoder).")
@click.option("--base", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="The pipeline whose ner is replaced (e.g. src/dyad/models/en_dyad).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Where to write the pipeline with the new ner (may be --base).")
@click.option("--max-steps", type=int, help="Stop training after this many steps (default: train_ner.cfg's).")
@click.option("--augment", type=click.IntRange(min=0), default=0, show_default=True,
              help="Add this many mention-replaced copies of the training documents.")
def model_train_ner(work, base, out, max_steps, augment) -> None:
    """Train the entity recogniser with its own encoder and swap it into a pipeline (~25 min)."""
    from .nlp.training import train_ner

    overrides = {"training.max_steps": max_steps} if max_steps else None
    try:
        path = train_ner(work, base, out, overrides=overrides, augment=augment)
    except DyadError as exc:
        raise _fail(exc) from exc
    click.echo(f"pipeline with the new entity recogniser written to {path}")


@model.command("evaluate")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="UD data directory (../shared/data/ud).")
@click.option("--nlp", "nlp_name", help="Pipeline to evaluate (default: Dyad's).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write the scores as JSON here.")
@click.option("--split", type=click.Choice(["test", "dev"]), default="test", show_default=True,
              help="EWT/UNER split to score: dev for developing rules, test for the reported figures.")
def model_evaluate(data, nlp_name, report, split) -> None:
    """Score a pipeline on EWT test (or dev), UNER test (or dev) and GUM news; print the table."""
    import json

    from .nlp.evaluate import evaluate_all, format_scores

    try:
        scores = evaluate_all(data, nlp_name, split)
    except DyadError as exc:
        raise _fail(exc) from exc
    click.echo(format_scores(scores))
    if report:
        report.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


def _register() -> None:
    """Commands that live in dyad.commands (each a thin layer over a library module)."""
    from .commands.analysis import actors_cmd, dedup_cmd, dyad_cmd, events_cmd, export_cmd, network_cmd
    from .commands.actor import actor_cmd
    from .commands.eval import eval_cmd
    from .commands.ingest import ingest_cmd

    for command in (actor_cmd, eval_cmd, ingest_cmd, events_cmd, dyad_cmd, actors_cmd, network_cmd, export_cmd, dedup_cmd):
        main.add_command(command)


_register()

if __name__ == "__main__":
    main()
