"""Score actor phrases against expected codes, each resolved in its article.

A review file (tests/data/actor_phrases.tsv) lists ``doc_id, phrase,
expected, kind, note``. For each article the text is prepared and parsed as
the pipeline does; each phrase is found in it, the sentences before it are
observed (so a bare surname can be remembered) and the phrase is resolved
with the article's date and dateline country, as ``pipeline.code_parsed``
resolves an event's actors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import DataError
from ..types import Article, Record
from ..coder.placing import place_finder
from .explain import ActorReport, find_phrase, report_for

COLUMNS = ("doc_id", "phrase", "expected", "kind", "note")


@dataclass(frozen=True)
class PhraseCase(Record):
    doc_id: str
    phrase: str
    expected: tuple[str, ...]  # equally right codes; "" means "no actor"
    kind: str
    note: str = ""


@dataclass(frozen=True)
class PhraseResult(Record):
    case: PhraseCase
    got: str  # the code Dyad gives ("" for none)
    correct: bool
    rule: str
    reason: str
    sentence: str  # "" when the phrase was not found in the article


def read_cases(path: Path) -> list[PhraseCase]:
    """The review file's rows; a malformed row raises DataError naming file and line."""
    cases = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "doc_id":
            continue
        if len(cols) < 4 or not all(c.strip() for c in cols[:4]):
            raise DataError(f"{path}:{lineno}: expected {len(COLUMNS)} tab-separated columns "
                            f"({', '.join(COLUMNS)}), the first four non-empty")
        expected = tuple("" if c.strip() == "-" else c.strip() for c in cols[2].split("|"))
        cases.append(PhraseCase(cols[0].strip(), cols[1].strip(), expected, cols[3].strip(),
                                cols[4].strip() if len(cols) > 4 else ""))
    return cases


def load_articles(paths: Iterable[Path], ids: set[str]) -> dict[str, Article]:
    """The articles with these ids, read with Dyad's ingestion; a missing id raises DataError."""
    from ..ingest import read_articles

    found = {a.doc_id: a for a in read_articles([Path(p) for p in paths]) if a.doc_id in ids}
    missing = sorted(ids - found.keys())
    if missing:
        raise DataError(f"{len(missing)} review articles are not in the corpora: {', '.join(missing[:5])}")
    return found


def score_cases(cases: list[PhraseCase], articles: dict[str, Article], resources) -> list[PhraseResult]:
    """Parse each article once and resolve every phrase of it in context."""
    from ..nlp.pipeline import parse_articles
    from ..pipeline import dateline_country, prepare_text

    by_doc: dict[str, list[PhraseCase]] = {}
    for case in cases:
        by_doc.setdefault(case.doc_id, []).append(case)
    prepared = (prepare_text(articles[doc_id]) for doc_id in by_doc)
    results: dict[int, PhraseResult] = {}
    for article, sentences in parse_articles(resources.nlp, prepared):
        country = dateline_country(article, resources)
        for case in by_doc[article.doc_id]:
            where = find_phrase(sentences, case.phrase)
            if where is None:
                results[id(case)] = PhraseResult(case, "", False, "", "phrase not found in the parsed article", "")
                continue
            report = report_for(sentences, where, resources.lexicon, date=article.date, default_country=country,
                                places=place_finder(resources.gazetteer))
            results[id(case)] = _result(case, report)
    return [results[id(c)] for c in cases]


def _result(case: PhraseCase, report: ActorReport) -> PhraseResult:
    return PhraseResult(case, report.code, report.code in case.expected, report.rule, report.reason,
                        report.sentence)


def accuracy(results: list[PhraseResult]) -> float:
    return sum(r.correct for r in results) / len(results) if results else 0.0


def by_kind(results: list[PhraseResult]) -> dict[str, tuple[int, int]]:
    """kind -> (correct, total)."""
    total, right = Counter(), Counter()
    for r in results:
        total[r.case.kind] += 1
        right[r.case.kind] += r.correct
    return {k: (right[k], total[k]) for k in sorted(total)}
