"""RSS and Atom feeds: list the items, fetch the linked articles, remember what was seen.

A feed is read in four steps: fetch it (conditionally, with the ETag and
Last-Modified of the last run), parse its items (RSS 2.0, RSS 1.0/RDF and
Atom), drop the items a ``FeedState`` has seen before, and fetch and extract
each new item's page. An item whose page cannot be had falls back to the text
the feed itself carries (``content:encoded``, Atom content, a long
description); failing that it is rejected with the reason.

Seen items live in a small JSON file (``FeedState``), not in the event
store: feeds are also read without ``--db``, the file can be inspected and
edited by hand (delete a feed's entry to read it again), and it holds one
short key per item. An item is remembered once its outcome is final: an
article was made, or the page is gone (404), disallowed by robots.txt or has
no text. Timeouts and server errors are not remembered, so the next run tries
again.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..types import Article
from .common import OnError, Rejected, parse_date
from .webpage import PageHints, page_article, url_doc_id

if TYPE_CHECKING:
    from ..fetch import Fetcher, FetchFailure, Response

__all__ = ["Feed", "FeedItem", "FeedState", "feed_articles", "looks_like_feed", "parse_feed"]

MAX_ITEMS_PER_FEED = 5000  # seen keys kept per feed; feeds list tens of items, so old ones can go
MIN_FALLBACK_WORDS = 40  # feed text shorter than this is a teaser, not an article
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")


@dataclass(frozen=True)
class FeedItem:
    key: str  # what "seen" is remembered by: guid / Atom id, else the link
    link: str | None
    title: str | None = None
    date: date | None = None
    author: str | None = None
    content: str | None = None  # the feed's own text for the item, HTML removed


@dataclass(frozen=True)
class Feed:
    title: str | None
    link: str | None
    items: tuple[FeedItem, ...] = field(default=())


# --------------------------------------------------------------------------- parsing

def looks_like_feed(data: bytes) -> bool:
    """Whether a document's root is <rss>, <feed> or <rdf:RDF> (a cheap sniff of its start)."""
    head = data[:2048].lstrip().lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(data: bytes, origin: str) -> Feed:
    """The items of an RSS or Atom document; InputError naming ``origin`` if it is neither."""
    from lxml import etree

    # No entities, no network: a feed is untrusted input (billion laughs, XXE).
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(f"{origin}: not a feed: {e}") from e
    if root is None:
        raise InputError(f"{origin}: not a feed: empty document")
    kind = etree.QName(root).localname.lower()
    if kind == "feed":
        return _atom(root)
    if kind in ("rss", "rdf"):
        return _rss(root)
    raise InputError(f"{origin}: not a feed: root element is <{etree.QName(root).localname}>")


def _rss(root) -> Feed:
    channel = _first(root, "channel")
    items = tuple(_rss_item(item) for item in root.iter("{*}item"))
    return Feed(_text(channel, "title"), _text(channel, "link"), tuple(i for i in items if i.key))


def _rss_item(item) -> FeedItem:
    link = _text(item, "link") or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    guid = _text(item, "guid") or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    published = _text(item, "pubDate") or _text(item, "date")  # RSS 2.0, Dublin Core
    content = _text(item, "encoded") or _text(item, "description")
    return FeedItem(
        key=(guid or link or "").strip(), link=link, title=_text(item, "title"),
        date=parse_date(published) if published else None,
        author=_text(item, "creator") or _text(item, "author"), content=_html_text(content),
    )


def _atom(root) -> Feed:
    entries = tuple(_atom_entry(entry) for entry in root.iter("{*}entry"))
    return Feed(_text(root, "title"), _atom_link(root), tuple(e for e in entries if e.key))


def _atom_entry(entry) -> FeedItem:
    link = _atom_link(entry)
    published = _text(entry, "published") or _text(entry, "updated")
    author = _first(entry, "author")
    return FeedItem(
        key=(_text(entry, "id") or link or "").strip(), link=link, title=_text(entry, "title"),
        date=parse_date(published) if published else None,
        author=_text(author, "name") if author is not None else None,
        content=_html_text(_text(entry, "content") or _text(entry, "summary")),
    )


def _atom_link(element) -> str | None:
    for link in element.findall("{*}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return None


def _first(element, name: str):
    return element.find(f"{{*}}{name}") if element is not None else None


def _text(element, name: str) -> str | None:
    child = _first(element, name)
    if child is None:
        return None
    text = "".join(child.itertext()).strip()
    return text or None


def _html_text(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment, paragraphs kept apart."""
    if not fragment:
        return None
    if "<" not in fragment:
        return fragment.strip() or None
    import lxml.html

    try:
        tree = lxml.html.fromstring(fragment)
    except Exception:  # lxml raises several types on junk markup; the fragment is only a fallback
        return None
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    paragraphs = (" ".join(p.split()) for p in tree.text_content().split("\n\n"))
    text = "\n\n".join(p for p in paragraphs if p)
    return text or None


# --------------------------------------------------------------------------- state

class FeedState:
    """Items already ingested and conditional-request validators, per feed URL.

    File format (JSON): {"version": 1, "feeds": {URL: {"etag": ..., "last_modified": ...,
    "checked": ISO time, "seen": {KEY: ISO date first seen}}}}. Written atomically
    (temporary file, then rename). Two processes sharing one file: the last to
    save wins, so give concurrent jobs their own files.
    """

    def __init__(self, path: Path | None, feeds: dict | None = None) -> None:
        self.path = path
        self.feeds: dict[str, dict] = feeds or {}

    @classmethod
    def load(cls, path: str | Path | None) -> FeedState:
        """The state in ``path`` (empty if the file does not exist yet); None: not persisted."""
        if path is None:
            return cls(None)
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            feeds = data["feeds"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise InputError(f"{path}: cannot read the feed state (move it away to start afresh): {e}") from e
        return cls(path, feeds)

    def _feed(self, url: str) -> dict:
        return self.feeds.setdefault(url, {"seen": {}})

    def seen(self, url: str, key: str) -> bool:
        return key in self.feeds.get(url, {}).get("seen", {})

    def mark(self, url: str, key: str) -> None:
        self._feed(url)["seen"].setdefault(key, date.today().isoformat())

    def validators(self, url: str) -> dict[str, str]:
        """Headers for a conditional GET of the feed."""
        feed = self.feeds.get(url, {})
        headers = {}
        if feed.get("etag"):
            headers["If-None-Match"] = feed["etag"]
        if feed.get("last_modified"):
            headers["If-Modified-Since"] = feed["last_modified"]
        return headers

    def checked(self, url: str, response: Response) -> None:
        feed = self._feed(url)
        feed["checked"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        if response.status != 304:
            feed["etag"], feed["last_modified"] = response.etag, response.last_modified

    def save(self) -> None:
        if self.path is None:
            return
        for feed in self.feeds.values():  # insertion order = first seen: drop the oldest
            seen = feed.get("seen", {})
            if len(seen) > MAX_ITEMS_PER_FEED:
                feed["seen"] = dict(list(seen.items())[-MAX_ITEMS_PER_FEED:])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "feeds": self.feeds}, ensure_ascii=False, indent=1)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text + "\n")
        os.replace(temporary, self.path)


# --------------------------------------------------------------------------- reading

def feed_articles(
    feed: Feed, *, feed_url: str, state: FeedState, fetcher: Fetcher | None,
    default_date: date | None, report: OnError,
) -> Iterator[Article]:
    """Articles for the feed's items not seen before; the state is saved when done.

    ``fetcher`` None: no network, so items are made from the feed's own text.
    An item is marked seen after its article has been taken by the caller.
    """
    fresh, keys = [], set()
    for item in feed.items:
        if state.seen(feed_url, item.key) or item.key in keys:
            why = "feed item listed twice" if item.key in keys else "feed item already ingested"
            report(Rejected(_where(feed_url, item), why, "seen"))
            continue
        keys.add(item.key)
        fresh.append(item)
    try:
        for item, outcome in _fetched(fresh, fetcher):
            article, final = _item_article(item, outcome, feed, feed_url, default_date, report)
            if article is not None:
                yield article
            if final:
                state.mark(feed_url, item.key)
    finally:
        state.save()


def _fetched(items: list[FeedItem], fetcher: Fetcher | None) -> Iterator[tuple[FeedItem, object]]:
    if fetcher is None:
        yield from ((item, None) for item in items)
        return
    linked = [item for item in items if item.link]
    outcomes = dict(fetcher.get_many(dict.fromkeys(item.link for item in linked)))
    for item in items:
        yield item, outcomes.get(item.link) if item.link else None


def _item_article(
    item: FeedItem, outcome: Response | FetchFailure | None, feed: Feed, feed_url: str,
    default_date: date | None, report: OnError,
) -> tuple[Article | None, bool]:
    """(article or None, whether the item's outcome is final)."""
    from ..fetch import Response

    where = _where(feed_url, item)
    hints = PageHints(title=item.title, date=item.date, author=item.author, source=feed.title)
    problems: list[Rejected] = []
    if isinstance(outcome, Response):
        article = page_article(outcome.body, doc_id=url_doc_id(item.link or item.key), origin=where,
                               url=outcome.final_url, charset=outcome.charset, default_date=default_date,
                               hints=hints, report=problems.append)
        if article is not None:
            return article, True
    transient = bool(outcome is not None and not isinstance(outcome, Response) and outcome.transient)
    if outcome is not None and not isinstance(outcome, Response):
        problems.append(Rejected(where, outcome.reason, outcome.kind))
    article = _fallback_article(item, where, hints, default_date)
    if article is not None:
        return article, True  # made from the feed's text: fetching the page again would repeat it
    for problem in problems or [Rejected(where, "item has no link and too little text of its own", "empty")]:
        report(problem)
    return None, not transient


def _fallback_article(item: FeedItem, where: str, hints: PageHints, default_date: date | None) -> Article | None:
    """An article from the feed's own text, when it is long enough to be one."""
    if not item.content or len(item.content.split()) < MIN_FALLBACK_WORDS:
        return None
    return Article(doc_id=url_doc_id(item.link or item.key), text=item.content, title=hints.title,
                   date=hints.date or default_date, url=item.link, source=hints.source, origin=where,
                   author=hints.author)


def _where(feed_url: str, item: FeedItem) -> str:
    return f"{feed_url}#{item.link or item.key}"
