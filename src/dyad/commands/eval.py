"""`dyad eval`: score Dyad against gold-standard event codings (a thin wrapper over dyad.evaluation)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import DyadError
from . import dictionary_options

GOLD_SUFFIXES = (".jsonl", ".jsonl.gz", ".xml")


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@dictionary_options
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every score, miss and false alarm as JSON; a FILE ending in .md gets "
                   "Markdown, with the JSON beside it (.json).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N records of each gold file.")
@click.option("--nlp", "nlp_name", help="Use this installed spaCy pipeline (name or path) instead of Dyad's.")
def eval_cmd(gold: tuple[Path, ...], dictionaries: tuple[Path, ...], lenient_dictionaries: bool,
             report: Path | None, limit: int | None, nlp_name: str | None) -> None:
    """Score Dyad on gold codings (GOLD: .jsonl, PETRARCH .xml, or a directory of them); print the tables."""
    from ..evaluation import evaluate_file, format_summary, write_report

    paths = gold_files(gold)
    try:
        res = _resources(nlp_name, dictionaries, not lenient_dictionaries)
        results = [evaluate_file(path, resources=res, limit=limit) for path in paths]
    except DyadError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_summary(results))
    if report:
        written = write_report(results, report)
        click.echo("report written to " + ", ".join(map(str, written)), err=True)


def gold_files(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; a directory stands for its gold files (.jsonl, .jsonl.gz, .xml)."""
    out = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(GOLD_SUFFIXES))
            if not found:
                raise click.BadParameter(f"{path} holds no {', '.join(GOLD_SUFFIXES)} files", param_hint="GOLD")
            out += found
        else:
            out.append(path)
    return out


def _resources(nlp_name: str | None, dictionaries: tuple[Path, ...], strict: bool):
    from ..cli import report_dictionary_notes
    from ..pipeline import load_resources

    res = load_resources(nlp_name, None, tuple(dictionaries) or None, strict=strict)
    report_dictionary_notes(res)
    return res
