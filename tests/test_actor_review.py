"""The 200-phrase actor review (docs/review/actors_200.md) as a gate.

Each phrase of tests/data/actor_phrases.tsv is resolved in its article from
../shared/data/corpora, and the share coded as expected must stay at least at
the level the review reached. The expectations were written before Dyad was
run on them and are not edited to fit; raise FLOOR when Dyad improves.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO, shared_path
from dyad.actors.review import accuracy, by_kind, load_articles, read_cases, score_cases
from dyad.errors import DataError

CASES = REPO / "tests" / "data" / "actor_phrases.tsv"
FLOOR = 0.91  # 182/200 with the step-5,500 model (session 5); 180/200 after round 4; 176 after round 3 (172 after round 2; 155 before it; 164 after round 1; 117 before any fix)
KIND_FLOORS = {"seat": 0.9, "igo": 0.9, "country": 1.0, "person-title": 0.85, "surname": 0.85,
               "company": 1.0, "body": 0.9}


def test_review_file_is_well_formed():
    cases = read_cases(CASES)
    assert len(cases) == 200
    docs = Counter(c.doc_id.split("-")[0] for c in cases)
    assert docs == {"tehrantimes": 120, "reuters21578": 80}
    assert len({(c.doc_id, c.phrase) for c in cases}) == 200
    assert len({c.kind for c in cases}) >= 12


def test_malformed_review_row_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "cases.tsv"
    bad.write_text("# comment\ndoc-1\tthe Kremlin\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"cases.tsv:2: expected 5"):
        read_cases(bad)


@pytest.fixture(scope="module")
def results(resources):
    corpora = [shared_path("corpora", "tehran_times.jsonl.gz"), shared_path("corpora", "reuters21578.jsonl.gz")]
    cases = read_cases(CASES)
    articles = load_articles(corpora, {c.doc_id for c in cases})
    return score_cases(cases, articles, resources)


@pytest.mark.slow
def test_every_phrase_is_found_in_its_article(results):
    missing = [(r.case.doc_id, r.case.phrase) for r in results if not r.sentence]
    assert not missing


@pytest.mark.slow
def test_review_accuracy_stays_at_its_floor(results):
    wrong = [f"{r.case.phrase!r}: expected {'|'.join(r.case.expected)}, got {r.got or '-'} ({r.rule})"
             for r in results if not r.correct]
    assert accuracy(results) >= FLOOR, "\n".join(wrong)


@pytest.mark.slow
def test_review_accuracy_per_kind(results):
    for kind, (right, total) in by_kind(results).items():
        if kind in KIND_FLOORS:
            assert right / total >= KIND_FLOORS[kind], (kind, right, total)
