"""Read any news input into ``Article`` records, then make them fit for coding.

    read_articles(paths)      files, directories, globs, "-" (stdin), http(s) URLs
        -> prepare_articles   debris cut (dyad.clean), language checked
                              (dyad.language), repeats dropped (dyad.dedup)
        -> coding

Inputs (by suffix, under an optional .gz/.bz2/.xz/.zst): plain text (.txt,
one article), JSON Lines (.jsonl, one per line), CSV/TSV (one per row, with
a column mapping), HTML pages (.html, via trafilatura), saved RSS/Atom feeds
(.xml/.rss/.atom). A URL is fetched politely (dyad.fetch); a feed's items are
fetched in turn and remembered in a ``FeedState`` file so that the next run
reads only new ones. Standard input is JSONL if it starts with "{", a page
or feed if it starts with "<", else one text.

A bad line, row, page or feed item does not stop a run: it is skipped and
reported to ``on_error`` as a ``Rejected`` record (where, why, and a kind to
count by). Records rather than exceptions, because a skipped input is an
expected outcome to count and report, not a failure; a caller that wants to
stop at the first one passes ``on_error=raise_rejected``. A local path that
cannot be read at all raises ``InputError`` naming it.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .clean import clean_article
from .dedup import DedupSettings, Deduplicator, deduplicate
from .errors import InputError
from .fetch import Fetcher, FetchSettings, Response
from .language import LanguagePolicy, check_language
from .sources.common import (
    Columns, OnError, Rejected, decode, log_rejected, parse_date, raise_rejected,
)
from .sources.feeds import FEED_TYPES, FeedState, feed_articles, looks_like_feed, parse_feed
from .sources.files import decompression_errors, expand, input_format, open_binary, stem
from .sources.jsonl import read_jsonl
from .sources.tables import read_table
from .sources.webpage import page_article
from .types import Article

__all__ = [
    "Columns", "IngestOptions", "IngestReport", "Rejected", "parse_date", "prepare_articles",
    "raise_rejected", "read_articles",
]

STDIN = "<stdin>"


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read and prepared: one settings object rather than many keywords."""

    columns: Columns = field(default_factory=Columns)  # JSONL keys / CSV headers per field
    fetch: bool = True  # fetch URLs and the pages feed items link to; False: no network at all
    fetch_settings: FetchSettings = field(default_factory=FetchSettings)
    feed_state: Path | None = None  # seen feed items are remembered here; None: not remembered
    clean: bool = True  # cut scraper debris (dyad.clean)
    language: LanguagePolicy | None = field(default_factory=LanguagePolicy)  # None: no check
    dedup: DedupSettings | None = field(default_factory=DedupSettings)  # None: keep repeats


def read_articles(
    paths: Iterable[str | Path] | str | Path,
    *,
    default_date: date | None = None,
    on_error: OnError | None = None,
    options: IngestOptions | None = None,
) -> Iterator[Article]:
    """Articles from files, directories, globs, URLs and ``-`` (stdin), in order, streaming.

    ``default_date`` is used for articles that carry no date of their own.
    """
    if isinstance(paths, (str, Path)):  # one path, not an iterable of characters
        paths = [paths]
    reader = _Reader(options or IngestOptions(), default_date, on_error or log_rejected)
    for path in paths:
        name = str(path)
        if name == "-":
            yield from reader.stdin()
        elif name.startswith(("http://", "https://")):
            yield from reader.url(name)
        else:
            for file in expand(name, reader.report):
                yield from reader.file(file)


def sample_articles(path: str | Path, n: int, seed: int) -> list[Article]:
    """A fixed random sample of a corpus (seeded), in doc-id order: what benchmarks and reviews draw."""
    import random

    articles = list(read_articles([path]))
    return sorted(random.Random(seed).sample(articles, min(n, len(articles))), key=lambda a: a.doc_id)


def prepare_articles(
    articles: Iterable[Article],
    *,
    options: IngestOptions | None = None,
    on_error: OnError | None = None,
    dedup: Deduplicator | None = None,
) -> Iterator[Article]:
    """Cleaned, language-checked, de-duplicated articles: what coding should see.

    Pass your own ``dedup`` to read its duplicate lists when the stream ends.
    """
    options = options or IngestOptions()
    report = on_error or log_rejected
    stream: Iterator[Article] = iter(articles)
    if options.clean:
        stream = map(clean_article, stream)
    if options.language is not None:
        stream = _language_checked(stream, options.language, report)
    if options.dedup is not None:
        dedup = dedup or Deduplicator(options.dedup)
        stream = deduplicate(stream, dedup=dedup, on_error=report)
    return stream


def _language_checked(articles: Iterator[Article], policy: LanguagePolicy, report: OnError) -> Iterator[Article]:
    for article in articles:
        outcome = check_language(article, policy)
        if isinstance(outcome, Rejected):
            report(outcome)
        else:
            yield outcome


class _Reader:
    """One run's reading: options, the shared fetcher and feed state (both made on first use)."""

    def __init__(self, options: IngestOptions, default_date: date | None, report: OnError) -> None:
        self.options, self.default_date, self.report = options, default_date, report
        self._fetcher: Fetcher | None = None
        self._state: FeedState | None = None

    @property
    def fetcher(self) -> Fetcher | None:
        if self.options.fetch and self._fetcher is None:
            self._fetcher = Fetcher(self.options.fetch_settings)
        return self._fetcher

    @property
    def state(self) -> FeedState:
        if self._state is None:
            self._state = FeedState.load(self.options.feed_state)
        return self._state

    # -- local files -----------------------------------------------------------------

    def file(self, path: Path) -> Iterator[Article]:
        """Articles in one file; a file unreadable from the start raises InputError, one that
        breaks part-way (a truncated archive) reports where and keeps what was read."""
        origin, done = str(path), 0
        try:
            with open_binary(path) as stream:
                for article in self._stream(stream, input_format(path), stem(path), origin):
                    done += 1
                    yield article
        except decompression_errors() as e:
            if done == 0:
                raise InputError(f"{path}: cannot read: {e}") from e
            self.report(Rejected(origin, f"cannot read past article {done}, rest skipped: {e}"))

    def _stream(self, stream: BinaryIO, fmt: str | None, name: str, origin: str) -> Iterator[Article]:
        common = {"stem": name, "origin": origin, "columns": self.options.columns,
                  "default_date": self.default_date, "report": self.report}
        if fmt == "jsonl":
            return read_jsonl(stream, **common)
        if fmt in ("csv", "tsv"):
            return read_table(stream, delimiter="," if fmt == "csv" else "\t", **common)
        return self._document(stream.read(), fmt, name, origin)

    def _document(self, data: bytes, fmt: str | None, name: str, origin: str) -> Iterator[Article]:
        """One whole document: a text, a page or a saved feed."""
        if fmt == "html":
            article = page_article(data, doc_id=name, origin=origin, default_date=self.default_date,
                                   report=self.report)
            if article is not None:
                yield article
        elif fmt == "feed":
            feed = parse_feed(data, origin)
            key = str(Path(origin).resolve()) if origin != STDIN else origin
            yield from feed_articles(feed, feed_url=key, state=self.state, fetcher=self.fetcher,
                                     default_date=self.default_date, report=self.report)
        else:
            text = decode(data)
            if text.strip():
                yield Article(doc_id=name, text=text, date=self.default_date, origin=origin)
            else:
                self.report(Rejected(origin, "empty text", "empty"))

    # -- standard input --------------------------------------------------------------

    def stdin(self) -> Iterator[Article]:
        lines = iter(sys.stdin.buffer)
        blank: list[bytes] = []
        for line in lines:  # look past leading blank lines to choose the format
            if line.strip():
                break
            blank.append(line)
        else:
            self.report(Rejected(STDIN, "no input on stdin", "empty"))
            return
        first = line.lstrip()
        if first.startswith(b"{"):
            yield from read_jsonl(itertools.chain(blank, [line], lines), stem="stdin", origin=STDIN,
                                  columns=self.options.columns, default_date=self.default_date,
                                  report=self.report)
            return
        data = b"".join(blank) + line + b"".join(lines)
        fmt = ("feed" if looks_like_feed(data) else "html") if first.startswith(b"<") else "text"
        yield from self._document(data, fmt, "stdin", STDIN)

    # -- the web ---------------------------------------------------------------------

    def url(self, url: str) -> Iterator[Article]:
        """A page's article, or a feed's new items' articles."""
        fetcher = self.fetcher
        if fetcher is None:
            self.report(Rejected(url, "not fetched: fetching is turned off", "fetch"))
            return
        outcome = fetcher.get(url, headers=self.state.validators(url))
        if not isinstance(outcome, Response):
            self.report(Rejected(url, outcome.reason, outcome.kind))
            return
        if outcome.status == 304:
            self.state.checked(url, outcome)
            self.state.save()
            self.report(Rejected(url, "feed unchanged since the last run (HTTP 304)", "seen"))
            return
        if _is_feed(outcome):
            yield from self._remote_feed(url, outcome)
            return
        article = page_article(outcome.body, doc_id=None, origin=url, url=outcome.final_url,
                               charset=outcome.charset, default_date=self.default_date, report=self.report)
        if article is not None:
            yield article

    def _remote_feed(self, url: str, response: Response) -> Iterator[Article]:
        try:
            feed = parse_feed(response.body, url)
        except InputError as e:  # a remote document is the publisher's fault: report, go on
            self.report(Rejected(url, str(e).removeprefix(f"{url}: ")))
            return
        self.state.checked(url, response)
        if not feed.items:
            self.report(Rejected(url, "the feed lists no items", "empty"))
        yield from feed_articles(feed, feed_url=url, state=self.state, fetcher=self.fetcher,
                                 default_date=self.default_date, report=self.report)


def _is_feed(response: Response) -> bool:
    """The body's root element decides; the media type only when the body does not say
    (servers label feeds text/html and pages text/xml)."""
    return looks_like_feed(response.body) or response.content_type in FEED_TYPES


class IngestReport:
    """What a run read, kept, cut and skipped. ``add`` is an ``on_error``; ``watch`` counts
    the articles that come out of ``prepare_articles``."""

    def __init__(self) -> None:
        self.rejected: list[Rejected] = []
        self.kinds: Counter[str] = Counter()
        self.articles = 0
        self.removed: Counter[str] = Counter()
        self.languages: Counter[str] = Counter()
        self.dedup: Deduplicator | None = None  # set it to report duplicate groups

    def add(self, rejected: Rejected) -> None:
        self.rejected.append(rejected)
        self.kinds[rejected.kind] += 1

    def watch(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.articles += 1
            self.removed.update(piece.reason for piece in article.removed)
            self.languages[article.language or "unknown"] += 1
            yield article

    def summary(self) -> dict:
        groups = self.dedup.duplicates if self.dedup is not None else {}
        return {
            "articles": self.articles,
            "skipped": dict(sorted(self.kinds.items())),
            "debris_removed": dict(self.removed.most_common()),
            "languages": dict(self.languages.most_common()),
            "duplicate_groups": len(groups),
            "largest_groups": {doc: len(dups) + 1 for doc, dups in
                               sorted(groups.items(), key=lambda kv: -len(kv[1]))[:5]},
        }

    def format(self) -> str:
        s = self.summary()
        lines = [f"{s['articles']} articles kept"]
        if s["skipped"]:
            lines.append("skipped: " + ", ".join(f"{n} {kind}" for kind, n in s["skipped"].items()))
        if s["debris_removed"]:
            lines.append("debris removed: " + ", ".join(f"{n} {r}" for r, n in s["debris_removed"].items()))
        if s["languages"]:
            lines.append("languages: " + ", ".join(f"{n} {lang}" for lang, n in s["languages"].items()))
        if s["duplicate_groups"]:
            biggest = ", ".join(f"{doc} ({n} copies)" for doc, n in s["largest_groups"].items())
            lines.append(f"{s['duplicate_groups']} stories had copies; most copied: {biggest}")
        return "\n".join(lines)
