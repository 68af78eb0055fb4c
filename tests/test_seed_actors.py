"""Issue 3: every actor of the seed articles coded as a careful analyst would.

Each phrase is resolved in its article, with the memory of the sentences
before it, exactly as the coder sees it. Where analysts code a defence
minister either as government or as military, both are accepted.
"""

from __future__ import annotations

import pytest

from conftest import shared_path
from dyad.actors.review import PhraseCase, load_articles, score_cases

SEED_000, SEED_003 = "000_f9cfecde49302c1b", "003_a83e32449ce41d42"
EXPECTED = [
    (SEED_000, "Major General Mohammad Bagheri", "IRNMIL"),
    (SEED_000, "Major General Bagheri", "IRNMIL"),
    (SEED_000, "Bagheri", "IRNMIL"),
    (SEED_003, "Navy Chief Rear Admiral Hossein Khanzadi", "IRNMIL"),
    (SEED_003, "Khanzadi", "IRNMIL"),
    (SEED_003, "Vice-Admiral Igor Osipov", "RUSMIL"),
    (SEED_003, "the Russian Defense Ministry", "RUSMIL|RUSGOV"),
    (SEED_003, "Russian Defense Minister Sergey Shoigu", "RUSGOV|RUSMIL"),
    (SEED_003, "Hossein Dehghan", "IRNGOV|IRNMIL"),
    (SEED_003, "Iranian Deputy Defense Minister Qassemi Taqizadeh", "IRNGOV|IRNMIL"),
    (SEED_003, "Brigadier General Taqizadeh", "IRNGOV|IRNMIL"),
    (SEED_003, "Real Admiral Ali Fadavi", "IRNMIL"),
    (SEED_003, "the IRGC", "IRNMIL"),
    (SEED_003, "Washington", "USAGOV"),
    (SEED_003, "U.S. President Donald Trump", "USAGOV"),
]


@pytest.fixture(scope="module")
def results(resources):
    cases = [PhraseCase(doc, phrase, tuple(codes.split("|")), "seed") for doc, phrase, codes in EXPECTED]
    articles = load_articles([shared_path("seeds")], {doc for doc, _, _ in EXPECTED})
    return score_cases(cases, articles, resources)


@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=[p for _, p, _ in EXPECTED])
def test_seed_actor(results, index):
    r = results[index]
    assert r.sentence, f"{r.case.phrase!r} not found in {r.case.doc_id}"
    assert r.correct, f"{r.case.phrase!r}: got {r.got or 'nothing'} ({r.rule}: {r.reason})"
