"""RSS/Atom feeds end to end, against the loopback server of test_fetch.py."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dyad.errors import InputError
from dyad.fetch import FetchSettings
from dyad.ingest import IngestOptions, Rejected, read_articles
from dyad.sources.feeds import FeedState, parse_feed
from test_fetch import server  # noqa: F401  (the fixture)

STORY = ("{place} – The foreign ministers of Iran and {other} met on {day} to discuss trade, "
         "regional security and the situation in Syria, and agreed to hold further talks next month "
         "in Tehran. Officials said the meeting was constructive.")


def page(title: str, story: str) -> str:
    return (f"<html lang='en'><head><title>{title}</title>"
            f"<meta property='og:site_name' content='Loopback News'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1><p>{story}</p><p>{story.replace('met', 'spoke')}</p></article>"
            f"<footer>© 2024 Loopback News. All rights reserved.</footer></body></html>")


def rss(base: str, items: list[tuple[str, str, str]], extra: str = "") -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>{when}</pubDate>{extra}</item>" for title, path, when in items)
    return (f"<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            f"<channel><title>Loopback News</title><link>{base}/</link>{entries}</channel></rss>")


ITEMS = [
    ("Iran and Iraq talk trade", "/news/1.html", "Mon, 04 Mar 2019 09:00:00 +0000"),
    ("Iran and Oman talk trade", "/news/2.html", "Tue, 05 Mar 2019 09:00:00 +0000"),
    ("Iran and Qatar talk trade", "/news/3.html", "Wed, 06 Mar 2019 09:00:00 +0000"),
]


def serve_feed(server, **feed_options) -> str:  # noqa: F811
    server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    for (title, path, _), other in zip(ITEMS, ["Iraq", "Oman", "Qatar"]):
        server.route(path, page(title, STORY.format(place="TEHRAN", other=other, day="Monday")))
    return server.route("/feed.xml", rss(server.base, ITEMS), headers={"Content-Type": "application/rss+xml"},
                        **feed_options)


def options(tmp_path, **overrides) -> IngestOptions:
    settings = FetchSettings(timeout=5, backoff=0.01, host_delay=0.0, retries=1)
    return IngestOptions(**{"fetch_settings": settings, "feed_state": tmp_path / "feeds.json", **overrides})


def read(urls, opts):
    rejected: list[Rejected] = []
    return list(read_articles(urls, on_error=rejected.append, options=opts)), rejected


def test_feed_items_are_fetched_and_extracted(server, tmp_path):  # noqa: F811
    url = serve_feed(server)
    articles, rejected = read([url], options(tmp_path))
    assert rejected == []
    assert [a.title for a in articles] == [title for title, _, _ in ITEMS]
    first = articles[0]
    assert first.date == date(2019, 3, 4)  # the page has none: the feed's pubDate
    assert (first.url, first.origin) == (server.url("/news/1.html"), f"{url}#{server.url('/news/1.html')}")
    assert (first.source, first.site, first.language) == ("Loopback News", "127.0.0.1", "en")
    assert "met on Monday to discuss trade" in first.text
    assert "All rights reserved" not in first.text and "World" not in first.text


def test_second_run_adds_nothing(server, tmp_path):  # noqa: F811
    url = serve_feed(server)
    first, _ = read([url], options(tmp_path))
    assert len(first) == 3
    state = json.loads((tmp_path / "feeds.json").read_text(encoding="utf-8"))
    assert sorted(state["feeds"][url]["seen"]) == sorted(server.url(p) for _, p, _ in ITEMS)

    again, rejected = read([url], options(tmp_path))
    assert again == []
    assert [(r.kind, r.reason) for r in rejected] == [("seen", "feed item already ingested")] * 3
    assert all(len(server.hits(path)) == 1 for _, path, _ in ITEMS)  # no page fetched twice


def test_second_run_with_an_unchanged_feed_is_one_conditional_request(server, tmp_path):  # noqa: F811
    url = serve_feed(server, etag='"feed-v1"')
    assert len(read([url], options(tmp_path))[0]) == 3
    again, rejected = read([url], options(tmp_path))
    assert again == []
    assert [(r.kind, r.reason) for r in rejected] == [("seen", "feed unchanged since the last run (HTTP 304)")]
    assert server.hits("/feed.xml")[-1].headers["If-None-Match"] == '"feed-v1"'


def test_new_items_are_read_on_the_next_run(server, tmp_path):  # noqa: F811
    url = serve_feed(server)
    read([url], options(tmp_path))
    server.route("/news/4.html", page("Iran and Kuwait talk", STORY.format(place="KUWAIT", other="Kuwait",
                                                                          day="Friday")))
    items = ITEMS + [("Iran and Kuwait talk", "/news/4.html", "Fri, 08 Mar 2019 09:00:00 +0000")]
    server.route("/feed.xml", rss(server.base, items))
    again, _ = read([url], options(tmp_path))
    assert [a.title for a in again] == ["Iran and Kuwait talk"]


def test_failures_final_and_transient(server, tmp_path):  # noqa: F811
    """A 404 or robots refusal is final (remembered); a server error is tried again next run."""
    server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    server.route("/news/ok.html", page("Fine", STORY.format(place="TEHRAN", other="Iraq", day="Monday")))
    server.route("/news/busy.html", fail=100)
    items = [("Fine", "/news/ok.html", "Mon, 04 Mar 2019 09:00:00 +0000"),
             ("Gone", "/news/gone.html", "Mon, 04 Mar 2019 09:00:00 +0000"),
             ("Busy", "/news/busy.html", "Mon, 04 Mar 2019 09:00:00 +0000"),
             ("Private", "/private/p.html", "Mon, 04 Mar 2019 09:00:00 +0000")]
    url = server.route("/feed.xml", rss(server.base, items))
    articles, rejected = read([url], options(tmp_path))
    assert [a.title for a in articles] == ["Fine"]
    assert [(r.kind, r.reason) for r in rejected] == [
        ("fetch", "HTTP 404 Not Found"),
        ("fetch", "HTTP 503 (gave up after 2 attempts)"),
        ("robots", "disallowed by robots.txt"),
    ]
    assert server.hits("/private/p.html") == []

    _, rejected = read([url], options(tmp_path))
    assert [(r.kind, r.origin.rsplit("/", 1)[1]) for r in rejected if r.kind != "seen"] == [
        ("fetch", "busy.html")]
    assert len(server.hits("/news/gone.html")) == 1


def test_item_falls_back_to_the_feeds_own_text(server, tmp_path):  # noqa: F811
    server.route("/robots.txt", "User-agent: *\nDisallow: /news/\n")
    text = " ".join([STORY.format(place="MUSCAT", other="Oman", day="Sunday")] * 2)
    extra = f"<content:encoded><![CDATA[<p>{text}</p><p>Second paragraph of the story.</p>]]></content:encoded>"
    url = server.route("/feed.xml", rss(server.base, ITEMS[:1], extra))
    [article], rejected = read([url], options(tmp_path))
    assert rejected == []  # the page's refusal is not reported: the item still made an article
    assert (article.title, article.url) == (ITEMS[0][0], server.url(ITEMS[0][1]))
    assert article.text.startswith("MUSCAT – The foreign ministers")
    assert article.text.endswith("\n\nSecond paragraph of the story.")


def test_malformed_remote_feed_is_reported_and_the_run_goes_on(server, tmp_path):  # noqa: F811
    bad = server.route("/bad.xml", b"\x00\x01 binary", headers={"Content-Type": "application/rss+xml"})
    empty = server.route("/empty.xml", "<rss><channel><title>Nothing yet</title></channel></rss>")
    good = serve_feed(server)
    articles, rejected = read([bad, empty, good], options(tmp_path))
    assert len(articles) == 3
    assert [(r.origin, r.kind) for r in rejected] == [(bad, "unreadable"), (empty, "empty")]
    assert rejected[0].reason.startswith("not a feed:")


def test_a_single_page_url(server, tmp_path):  # noqa: F811
    url = server.route("/story.html", page("Iran and Iraq talk", STORY.format(place="BAGHDAD", other="Iraq",
                                                                            day="Monday")))
    [article], _ = read([url], options(tmp_path))
    assert (article.title, article.origin, article.url) == ("Iran and Iraq talk", url, url)
    assert article.doc_id.startswith("127.0.0.1-")


# --------------------------------------------------------------------------- local feed files

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom News</title><link href="https://example.org/"/>
  <entry><title>First</title><id>urn:uuid:1</id><link rel="alternate" href="https://example.org/1"/>
    <published>2020-01-19T23:30:00-05:00</published><author><name>Jill</name></author>
    <content type="html">&lt;p&gt;{text}&lt;/p&gt;</content></entry>
  <entry><title>Second</title><id>urn:uuid:2</id><link href="https://example.org/2"/>
    <updated>2020-01-20T10:00:00Z</updated><summary>A teaser only.</summary></entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF News</title><link>https://example.org/</link></channel>
  <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link>
    <dc:date>2021-05-01</dc:date><description>Short.</description></item>
</rdf:RDF>"""


def test_atom_and_rdf_feeds_are_parsed():
    feed = parse_feed(ATOM.format(text="Body").encode(), "atom.xml")
    assert (feed.title, feed.link) == ("Atom News", "https://example.org/")
    first, second = feed.items
    assert (first.key, first.link, first.title, first.date, first.author, first.content) == (
        "urn:uuid:1", "https://example.org/1", "First", date(2020, 1, 19), "Jill", "Body")
    assert (second.link, second.date, second.content) == ("https://example.org/2", date(2020, 1, 20), "A teaser only.")
    [item] = parse_feed(RDF.encode(), "rdf.xml").items
    assert (item.key, item.title, item.date) == ("https://example.org/a", "A", date(2021, 5, 1))


def test_saved_feed_without_network_uses_the_feeds_text(tmp_path):
    text = " ".join([STORY.format(place="TEHRAN", other="Iraq", day="Monday")] * 2)
    path = tmp_path / "saved.atom"
    path.write_text(ATOM.format(text=text), encoding="utf-8")
    articles, rejected = read([path], IngestOptions(fetch=False, feed_state=tmp_path / "state.json"))
    assert [(a.title, a.author, a.date) for a in articles] == [("First", "Jill", date(2020, 1, 19))]
    assert [(r.kind, r.reason) for r in rejected] == [("empty", "item has no link and too little text of its own")]


def test_feed_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           f"<rss><channel><title>&xxe;</title><item><title>t</title><link>https://e.org/1</link></item>"
           f"</channel></rss>")
    feed = parse_feed(xml.encode(), "evil.xml")
    assert "TOP SECRET" not in (feed.title or "")


def test_not_a_feed_names_the_file(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text("<urlset><url><loc>https://e.org/</loc></url></urlset>", encoding="utf-8")
    with pytest.raises(InputError, match=r"sitemap\.xml: not a feed: root element is <urlset>"):
        read([path], IngestOptions(fetch=False))


def test_corrupt_state_file_names_it(tmp_path):
    path = tmp_path / "feeds.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"feeds\.json: cannot read the feed state"):
        FeedState.load(path)
