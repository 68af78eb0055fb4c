"""HTML pages: the article's main text and metadata, extracted with trafilatura.

trafilatura (a maintained extraction library, see docs/ingestion.md for its
scores on the shared benchmark pages) separates the story from menus, teaser
lists, comments and footers, and reads the title, publication date, author
and site name from the page's markup. Dyad adds what trafilatura leaves out:
the page's declared language (``<html lang>``), the web host, a stable id,
and a reason instead of ``None`` when a page has no article in it.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from ..types import Article
from .common import OnError, Rejected, newlines, parse_date

__all__ = ["PageHints", "page_article", "url_doc_id"]

# Precision over recall: a stray teaser paragraph becomes a fake event, a
# missed paragraph only loses one. Tables hold results and schedules, not events.
EXTRACTION = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    # Dates from the page's markup only (meta tags, JSON-LD, <time>, the URL): the
    # extensive search also guesses from free text, e.g. "© 2024" becomes 2024-01-01.
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}

# Fewer words than this is what trafilatura finds on a menu, cookie notice or
# error page; the shortest wire briefs are longer.
MIN_WORDS = 15
# An extraction shorter than this many words gives way to a JSON-LD articleBody
# at least three times as long (see _prefer_structured).
STRUCTURED_BELOW = 100


@dataclass(frozen=True)
class PageHints:
    """What the caller already knows about a page (from a feed item), used when the page lacks it."""

    title: str | None = None
    date: date | None = None
    author: str | None = None
    source: str | None = None


def page_article(
    data: bytes | str, *, doc_id: str | None, origin: str, url: str | None = None,
    charset: str | None = None, default_date: date | None = None,
    hints: PageHints | None = None, report: OnError,
) -> Article | None:
    """The article in one HTML page, or None after reporting why there is none.

    ``charset`` is the HTTP header's; without it trafilatura detects the
    encoding from the bytes and the page's meta tags.
    """
    import trafilatura  # heavy import (lxml, htmldate, justext): only HTML input pays for it

    hints = hints or PageHints()
    if isinstance(data, bytes) and charset:
        data = _decode_declared(data, charset)
    tree = trafilatura.load_html(data)
    if tree is None:
        report(Rejected(origin, "not an HTML page (no document could be parsed)"))
        return None
    declared_language = _html_language(tree)
    structured = _json_ld_body(tree)  # read first: extraction prunes the tree
    document = _extract(trafilatura, tree, url, origin)
    text = newlines(document.text or "").strip() if document is not None else ""
    text = _prefer_structured(text, structured)
    if not text:
        report(Rejected(origin, "no article text found in the page (trafilatura)", "empty"))
        return None
    if len(text.split()) < MIN_WORDS:
        report(Rejected(origin, f"no article text found in the page: only {len(text.split())} words "
                                f"(a menu, notice or error page?)", "empty"))
        return None
    site = _site(document.hostname or (urlsplit(url).hostname if url else None))
    return Article(
        doc_id=doc_id or url_doc_id(url or origin),
        text=text,
        title=document.title or hints.title,
        date=_date(document.date) or hints.date or default_date,
        url=document.url or url,
        source=document.sitename or hints.source or site,
        origin=origin,
        language=declared_language,
        author=document.author or hints.author,
        site=site,
    )


def _extract(trafilatura, tree, url: str | None, origin: str):
    """trafilatura's Document, or None when it finds no main text."""
    try:
        return trafilatura.bare_extraction(tree, url=url, **EXTRACTION)
    except ValueError:  # documented as raised on extraction problems; the caller reports it
        return None


def _json_ld_body(tree) -> str | None:
    """The longest schema.org ``articleBody`` in the page's JSON-LD scripts, if any."""
    bodies: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            _collect_bodies(json.loads(script.text), bodies)
        except ValueError:  # broken JSON-LD is common and only costs this fallback
            continue
    return max(bodies, key=len) if bodies else None


def _collect_bodies(node, bodies: list[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect_bodies(item, bodies)
    elif isinstance(node, dict):
        if isinstance(node.get("articleBody"), str):
            bodies.append(node["articleBody"])
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            _collect_bodies(node.get(key), bodies)


def _prefer_structured(extracted: str, structured: str | None) -> str:
    """The page's JSON-LD articleBody instead of the extraction when the extraction
    found next to nothing: pages rendered by script keep the story only there."""
    if not structured:
        return extracted
    body = newlines(html.unescape(structured)).strip()
    words, found = len(body.split()), len(extracted.split())
    if found < STRUCTURED_BELOW and words >= 3 * max(found, 1) and words >= STRUCTURED_BELOW:
        return body
    return extracted


def _decode_declared(data: bytes, charset: str) -> bytes | str:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data  # the header lied: let trafilatura detect it


def _html_language(tree) -> str | None:
    """The primary subtag of ``<html lang>`` ("en-GB" -> "en"), lowercased."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    primary = lang.replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _date(value: str | None) -> date | None:
    return parse_date(value) if value else None


def _site(host: str | None) -> str | None:
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def url_doc_id(url: str) -> str:
    """A stable id for a page: its host and a hash of the URL ("bbc.com-1a2b3c4d5e6f")."""
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    host = _site(urlsplit(url).hostname)
    return f"{host}-{digest}" if host else f"page-{digest}"
