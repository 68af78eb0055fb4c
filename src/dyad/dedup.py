"""Drop repeated articles: the same text (exact) and nearly the same text (near).

Coding the same wire story twenty times would count its events twenty
times. The first article seen with a given story is canonical: it is passed
on at once (coding can stream), and every later copy is dropped with a
``Rejected`` record naming the canonical doc id and the similarity. The
``Deduplicator`` also keeps, per canonical article, the list of its
duplicates (``Duplicate``: doc id, origin, source, similarity), so that once
the stream has ended a store or report can say "reported by N outlets"; use
``attach_duplicates`` to put those lists on buffered articles.

Exact: an 8-byte hash of the text with case, punctuation and spacing
normalised away.

Near: MinHash over word 5-grams (shingles) with locality-sensitive hashing
(LSH). Each canonical article leaves a 128-number signature, one key per
band, the hashes of its lead and opening figures and its date in memory
(about 1 KB per article, no text); a new article is compared only with the
canonical articles that share a band key with it, and is a near-duplicate
when the estimated Jaccard similarity of their shingle sets is at least
``threshold`` and the guards (see ``Deduplicator``) agree that it is the same
news. Duplicates are not indexed: a copy of a copy is
matched against the canonical article itself. Hashes are CRC-32 and fixed
multipliers, so a run gives the same answer on any machine and any day.

The bands (b) and rows per band (r) are chosen for the threshold so that
pairs just above it are very likely to meet in some band (few misses) while
pairs far below rarely do (little verification work); the signature check
then applies the threshold exactly.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date as Date

import numpy as np

from .sources.common import OnError, Rejected, log_rejected
from .types import Article, Duplicate

__all__ = ["DedupSettings", "Deduplicator", "Match", "attach_duplicates", "deduplicate", "shingle_set"]

_WORD = re.compile(r"\w+")
MISS_WEIGHT = 10.0
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


@dataclass(frozen=True)
class DedupSettings:
    near: bool = True  # also drop near-duplicates, not only exact copies
    threshold: float = 0.8  # estimated Jaccard similarity of word 5-grams
    shingle: int = 5  # words per shingle
    permutations: int = 128  # MinHash signature length
    seed: int = 1  # fixes the hash functions: same seed, same answers
    # Guards against near matches that are different news (docs/review/near_duplicates.md):
    lead_words: int = 40  # wording guard: the lead is this many first words; 0 turns it off
    lead_min: float = 0.3  # a near-duplicate shares at least this much of its lead's word 3-grams
    figures_words: int = 60  # figures guard: numbers among this many first words; 0 turns it off
    figures_min: float = 0.5  # a near-duplicate shares at least this much of them, if both have some
    days_apart: int = 7  # dated articles further apart than this are different news; 0: no limit


@dataclass(frozen=True)
class Match:
    """Why an article is a duplicate: which canonical article it repeats, and how closely."""

    canonical: str  # doc id of the canonical article
    similarity: float  # 1.0 exact
    kind: str  # "duplicate" (exact) or "near-duplicate"


def normalised_words(text: str) -> list[str]:
    """Lowercased word tokens, NFKC-normalised, so spacing, case and punctuation do not matter."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_set(text: str, k: int = 5) -> set[tuple[str, ...]]:
    """The word k-grams of a text (for checking similarities by hand: exact Jaccard)."""
    words = normalised_words(text)
    if len(words) < k:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


@dataclass(frozen=True)
class _Print:
    """What is remembered of a canonical article besides its exact-text key."""

    signature: np.ndarray  # MinHash of the word 5-grams
    lead: bytes  # sorted hashes of the lead's word 3-grams
    figures: bytes  # sorted hashes of the distinct number tokens near the start, dates left out
    day: int  # publication date as an ordinal, 0 when undated


class Deduplicator:
    """Remembers canonical articles (hashes and signatures only) and finds repeats.

    A near match must also pass two guards, because news agencies recycle text:
    a follow-up puts a new lead (a new statement, a new event) on an earlier
    story's body, and periodic reports (auctions, market closes, results)
    repeat one template with other figures. Both would pass the similarity
    threshold and lose an event if dropped, so a candidate whose lead is worded
    differently (``lead_min``) or whose opening figures differ (``figures_min``)
    is not a duplicate. Day numbers of dates ("March 5") are not figures: a
    story re-sent the next day changes its dateline. Instead, two dated
    articles more than ``days_apart`` days apart are never duplicates (a
    weekly statement repeated word for word is a new statement).
    """

    def __init__(self, settings: DedupSettings | None = None) -> None:
        self.settings = s = settings or DedupSettings()
        self.bands, self.rows = lsh_parameters(s.threshold, s.permutations)
        rng = np.random.default_rng(s.seed)
        # Multiply-shift hashing (a*x + b mod 2^64, top 32 bits): a odd, one pair per permutation.
        self._a = rng.integers(1, 2**63, size=s.permutations, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, size=s.permutations, dtype=np.uint64)
        self._band_mix = rng.integers(1, 2**63, size=self.rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._exact: dict[int, int] = {}  # text hash -> canonical number
        self._ids: list[str] = []  # canonical number -> doc id
        self._signatures = np.empty((0, s.permutations), dtype=np.uint32)  # grows by doubling
        self._leads: list[bytes] = []  # canonical number -> _Print.lead
        self._figures: list[bytes] = []  # canonical number -> _Print.figures
        self._days: list[int] = []  # canonical number -> _Print.day
        self._buckets: list[dict[int, list[int]]] = [{} for _ in range(self.bands)]
        self.duplicates: dict[str, list[Duplicate]] = {}  # canonical doc id -> its duplicates

    # -- public ----------------------------------------------------------------------

    def check(self, article: Article) -> Match | None:
        """The Match if ``article`` repeats a canonical one; else None, and it becomes canonical."""
        words = normalised_words(article.text)
        key = _text_key(words)
        number = self._exact.get(key)
        if number is not None:
            return self._record(article, Match(self._ids[number], 1.0, "duplicate"))
        fingerprint = self._fingerprint(words, article.date) if self.settings.near and words else None
        if fingerprint is not None:
            found = self._nearest(fingerprint)
            if found is not None:
                return self._record(article, Match(self._ids[found[0]], found[1], "near-duplicate"))
        self._add(article.doc_id, key, fingerprint)
        return None

    def signature(self, words: list[str]) -> np.ndarray | None:
        """MinHash signature (uint32 per permutation) of the text's shingles; None if it has no words."""
        if not words:
            return None
        return self._minhash(_word_hashes(words))

    @property
    def canonical_count(self) -> int:
        return len(self._ids)

    # -- internals -------------------------------------------------------------------

    def _minhash(self, word_hashes: np.ndarray) -> np.ndarray:
        shingles = _shingle_hashes(word_hashes, self.settings.shingle)
        with np.errstate(over="ignore"):  # wrap-around is the hash function
            mixed = self._a[:, None] * shingles[None, :] + self._b[:, None]
        return (mixed >> np.uint64(32)).min(axis=1).astype(np.uint32)

    def _fingerprint(self, words: list[str], day: Date | None) -> _Print:
        hashes = _word_hashes(words)
        lead = _shingle_hashes(hashes[: self.settings.lead_words], 3).astype(np.uint32)
        figures = hashes[_figure_positions(words[: self.settings.figures_words])].astype(np.uint32)
        return _Print(self._minhash(hashes), np.unique(lead).tobytes(), np.unique(figures).tobytes(),
                      day.toordinal() if isinstance(day, Date) else 0)

    def _record(self, article: Article, match: Match) -> Match:
        entry = Duplicate(article.doc_id, article.origin, article.source, round(match.similarity, 4))
        self.duplicates.setdefault(match.canonical, []).append(entry)
        return match

    def _nearest(self, fingerprint: _Print) -> tuple[int, float] | None:
        """The most similar canonical article at or above the threshold that passes the guards."""
        signature = fingerprint.signature
        candidates: set[int] = set()
        for band, key in enumerate(self._band_keys(signature)):
            candidates.update(self._buckets[band].get(key, ()))
        if not candidates:
            return None
        numbers = np.fromiter(sorted(candidates), dtype=np.int64, count=len(candidates))
        agree = np.count_nonzero(self._signatures[numbers] == signature, axis=1) / len(signature)
        for index in np.argsort(-agree, kind="stable"):  # ties: the earliest canonical article
            if agree[index] < self.settings.threshold:
                return None
            if self._same_news(fingerprint, int(numbers[index])):
                return int(numbers[index]), float(agree[index])
        return None

    def _same_news(self, fingerprint: _Print, number: int) -> bool:
        s = self.settings
        theirs_day = self._days[number]
        if s.days_apart and fingerprint.day and theirs_day and abs(fingerprint.day - theirs_day) > s.days_apart:
            return False  # the same words weeks apart: a recurring statement, said again
        if s.lead_words and _jaccard(fingerprint.lead, self._leads[number]) < s.lead_min:
            return False  # a new lead on a recycled body
        mine, theirs = fingerprint.figures, self._figures[number]
        if s.figures_words and mine and theirs and _jaccard(mine, theirs) < s.figures_min:
            return False  # the same template with other figures: another report
        return True

    def _band_keys(self, signature: np.ndarray) -> list[int]:
        bands = signature[: self.bands * self.rows].reshape(self.bands, self.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            return (bands * self._band_mix).sum(axis=1, dtype=np.uint64).tolist()

    def _add(self, doc_id: str, key: int, fingerprint: _Print | None) -> None:
        number = len(self._ids)
        self._ids.append(doc_id)
        self._exact[key] = number
        if fingerprint is None:  # no words, or exact matching only: nothing to compare later
            fingerprint = _Print(np.zeros(self.settings.permutations, dtype=np.uint32), b"", b"", 0)
            self._store(number, fingerprint)
            return
        self._store(number, fingerprint)
        for band, band_key in enumerate(self._band_keys(fingerprint.signature)):
            self._buckets[band].setdefault(band_key, []).append(number)

    def _store(self, number: int, fingerprint: _Print) -> None:
        if number >= len(self._signatures):
            grown = np.empty((max(1024, 2 * len(self._signatures)), self.settings.permutations), dtype=np.uint32)
            grown[: len(self._signatures)] = self._signatures
            self._signatures = grown
        self._signatures[number] = fingerprint.signature
        self._leads.append(fingerprint.lead)
        self._figures.append(fingerprint.figures)
        self._days.append(fingerprint.day)


def _figure_positions(words: list[str]) -> list[int]:
    """Positions of number tokens that are not the day of a date ("march 5", "5 march")."""
    return [i for i, w in enumerate(words) if w[0].isdigit()
            and not (i and words[i - 1] in _MONTHS) and not (i + 1 < len(words) and words[i + 1] in _MONTHS)]


def _word_hashes(words: list[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))


def _jaccard(first: bytes, second: bytes) -> float:
    """Jaccard similarity of two sorted, distinct uint32 hash sets stored as bytes."""
    a, b = np.frombuffer(first, dtype=np.uint32), np.frombuffer(second, dtype=np.uint32)
    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _text_key(words: list[str]) -> int:
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _shingle_hashes(word_hashes: np.ndarray, k: int) -> np.ndarray:
    """64-bit hashes of the word k-grams (a polynomial of the word hashes); one for short texts."""
    n = len(word_hashes)
    k = min(k, n)
    with np.errstate(over="ignore"):
        out = np.zeros(n - k + 1, dtype=np.uint64)
        for j in range(k):
            out = out * np.uint64(0x100000001B3) + word_hashes[j: n - k + 1 + j]
    return np.unique(out)


def lsh_parameters(threshold: float, permutations: int) -> tuple[int, int]:
    """(bands, rows) minimising missed pairs above the threshold plus false candidates below it.

    Misses weigh MISS_WEIGHT times false candidates: a false candidate only costs one
    signature comparison, a miss lets a duplicate through.
    """
    xs = np.linspace(0.0, 1.0, 201)
    best, best_cost = (1, permutations), float("inf")
    for rows in range(1, permutations + 1):
        bands = permutations // rows
        p = 1.0 - (1.0 - xs**rows) ** bands  # chance a pair of similarity x shares a band
        below, above = xs < threshold, xs >= threshold
        cost = np.trapezoid(p[below], xs[below]) + MISS_WEIGHT * np.trapezoid(1 - p[above], xs[above])
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def deduplicate(
    articles: Iterable[Article], *, dedup: Deduplicator | None = None,
    settings: DedupSettings | None = None, on_error: OnError | None = None,
) -> Iterator[Article]:
    """Canonical articles, as they come; each repeat is reported and not yielded.

    Pass your own ``dedup`` to read its ``duplicates`` map when the stream has ended.
    """
    dedup = dedup or Deduplicator(settings)
    report = on_error or log_rejected
    for article in articles:
        match = dedup.check(article)
        if match is None:
            yield article
            continue
        how = "same text" if match.kind == "duplicate" else f"similarity {match.similarity:.2f}"
        report(Rejected(article.origin or article.doc_id,
                        f"{match.kind} of {match.canonical} ({how})", match.kind))


def attach_duplicates(articles: Iterable[Article], dedup: Deduplicator) -> Iterator[Article]:
    """The articles with ``duplicates`` filled from a finished Deduplicator (for buffered output)."""
    for article in articles:
        found = dedup.duplicates.get(article.doc_id)
        yield replace(article, duplicates=article.duplicates + tuple(found)) if found else article
