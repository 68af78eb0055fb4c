"""Evaluation gate for HTML extraction on real news pages (../shared/data/html).

Floors only move up: raise one when extraction gets better, never lower one
to make a change pass. The scores are those of what Dyad passes to coding:
the page read by ``read_articles`` and cleaned by ``prepare_articles``.

Word-level F1: precision and recall of the bag (multiset) of lowercased word
tokens (``\\w+``) of the extracted body against the benchmark's reference body.
"""

import json
import re
from collections import Counter
from datetime import date
from functools import cache

import pytest

from conftest import shared_path
from dyad.ingest import IngestOptions, prepare_articles, read_articles

MEAN_F1_FLOOR = 0.97  # scrapinghub_aeb, 36 pages; the issue asks for 0.90; measured 0.984
PAGE_F1_FLOOR = 0.80  # no single page may fall below this; measured minimum 0.86

# Extraction and cleaning only: language and duplicates are other tests' business.
CLEANING = IngestOptions(fetch=False, language=None, dedup=None)


def word_f1(extracted: str, reference: str) -> float:
    got = Counter(re.findall(r"\w+", extracted.lower()))
    want = Counter(re.findall(r"\w+", reference.lower()))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def extract(path, url=None):
    rejected = []
    articles = list(prepare_articles(read_articles([path], on_error=rejected.append, options=CLEANING),
                                     options=CLEANING, on_error=rejected.append))
    assert len(articles) == 1, rejected
    return articles[0]


@cache
def aeb_scores() -> dict[str, float]:
    folder = shared_path("html", "scrapinghub_aeb")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    scores = {}
    for page in manifest:
        article = extract(folder / page["file"])
        reference = (folder / page["expected_text"]).read_text(encoding="utf-8")
        scores[page["file"][:12]] = word_f1(article.text, reference)
    return scores


def test_aeb_mean_word_f1_stays_above_its_floor():
    scores = aeb_scores()
    assert len(scores) == 36
    for page, score in sorted(scores.items()):
        print(f"{page} {score:.3f}")
    mean = sum(scores.values()) / len(scores)
    print(f"mean {mean:.4f}")
    assert mean >= MEAN_F1_FLOOR


def test_aeb_no_page_falls_below_its_floor():
    low = {page: round(score, 3) for page, score in aeb_scores().items() if score < PAGE_F1_FLOOR}
    assert low == {}


def readability_pages():
    folder = shared_path("html", "readability")
    return [(folder, page) for page in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("folder, page", readability_pages() if (
    __import__("conftest").SHARED / "html" / "readability").exists() else [],
    ids=lambda value: value["file"] if isinstance(value, dict) else "")
def test_readability_title_and_date(folder, page):
    article = extract(folder / page["file"])
    expected = page["expected_metadata"]
    assert article.title == expected["title"]
    if expected.get("publishedTime"):  # only pages that carry a date are held to it
        assert article.date == date.fromisoformat(expected["publishedTime"][:10])
    if expected.get("siteName"):
        assert article.source == expected["siteName"]


# Snippet checks Dyad is known to fail, and why. Remove an entry when it passes.
KNOWN_MISSES = {
    ("scmp.com.playbook.html", "Tsai says Beijing must face"):
        "the page renders its story by script, so the text comes from its JSON-LD articleBody, "
        "which has this related-story link inline",
    ("scmp.com.playbook.html", "Lam staying on as chief executive"):
        "the article's own last paragraph says it too ('Lam staying on as chief executive, despite...')",
    ("reuters.com.parasite.html", "Additional reporting by"):
        "the reporters' credit after the story; precision mode drops it, and it holds no event",
}


def trafilatura_pages():
    folder = shared_path("html", "trafilatura")
    return [(folder, page) for page in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("folder, page", trafilatura_pages() if (
    __import__("conftest").SHARED / "html" / "trafilatura").exists() else [],
    ids=lambda value: value["file"] if isinstance(value, dict) else "")
def test_trafilatura_pages_keep_the_story_and_drop_the_furniture(folder, page):
    article = extract(folder / page["file"])
    missing = [s for s in page["expected_with"] if s not in article.text]
    leaked = [s for s in page["expected_without"] if s in article.text]
    unexplained = [s for s in missing + leaked if (page["file"], s) not in KNOWN_MISSES]
    assert unexplained == []
    fixed = [s for (file, s) in KNOWN_MISSES if file == page["file"] and s not in missing + leaked]
    assert fixed == [], "now passing: remove from KNOWN_MISSES"
