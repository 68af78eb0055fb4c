"""Polite fetching, against a real HTTP server that the tests run on 127.0.0.1.

``LocalServer`` and the ``server`` fixture are also used by test_ingest_feeds.py.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyad.fetch import FetchFailure, Fetcher, FetchSettings, Response


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    fail: int = 0  # answer 503 this many times first
    fail_status: int = 503
    etag: str | None = None  # answer 304 to a matching If-None-Match


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    start: float
    end: float = 0.0


class LocalServer:
    """An HTTP server on 127.0.0.1 with routes set per test, recording every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.in_flight = self.most_in_flight = 0
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: bytes | str = b"", **options) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **options)
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    site: LocalServer

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        site = self.site
        seen = Seen(self.path, dict(self.headers), time.monotonic())
        with site.lock:
            site.requests.append(seen)
            site.in_flight += 1
            site.most_in_flight = max(site.most_in_flight, site.in_flight)
        self._seen = seen
        try:
            self._answer(site.routes.get(self.path))
        finally:
            self._leave()

    def _leave(self) -> None:
        """Count the request as finished before its response goes out: once the client has the
        response it may start the next one, and counting after the write overstated overlap."""
        seen, self._seen = getattr(self, "_seen", None), None
        if seen is not None:
            with self.site.lock:
                self.site.in_flight -= 1
                seen.end = time.monotonic()

    def _answer(self, route: Route | None) -> None:
        if route is None:
            return self._send(404, b"not found", {"Content-Type": "text/plain"})
        time.sleep(route.delay)
        if route.fail > 0:
            route.fail -= 1
            return self._send(route.fail_status, b"busy", {"Content-Type": "text/plain", **route.headers})
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            return self._send(304, b"", {"ETag": route.etag})
        headers = {"Content-Type": "text/html; charset=utf-8", **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        self._send(route.status, route.body, headers)

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self._leave()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    site = LocalServer()
    yield site
    site.close()


class Recorder:
    """A ``sleep`` that records waits instead of sleeping, for retry tests."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))


def fast(**overrides) -> FetchSettings:
    return FetchSettings(**{"timeout": 5.0, "backoff": 0.01, "host_delay": 0.0, **overrides})


# --------------------------------------------------------------------------- basics

def test_get_sends_the_user_agent_and_returns_the_page(server):
    url = server.route("/a.html", "<p>Iran and Iraq met.</p>", headers={"Content-Type": "text/html; charset=iso-8859-1"})
    outcome = Fetcher(fast(user_agent="DyadTest/1.0 (+mailto:test@example.org)")).get(url)
    assert isinstance(outcome, Response)
    assert (outcome.status, outcome.body, outcome.content_type, outcome.charset) == (
        200, b"<p>Iran and Iraq met.</p>", "text/html", "iso-8859-1")
    assert server.hits("/a.html")[0].headers["User-Agent"] == "DyadTest/1.0 (+mailto:test@example.org)"


def test_only_http_urls_are_fetched():
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "not a url"):
        outcome = Fetcher(fast()).get(url)
        assert isinstance(outcome, FetchFailure) and outcome.reason == "not an http(s) URL"


def test_redirect_is_followed_and_the_final_url_kept(server):
    server.route("/old", status=301, headers={"Location": server.url("/new")})
    server.route("/new", "moved here")
    outcome = Fetcher(fast()).get(server.url("/old"))
    assert (outcome.status, outcome.body, outcome.final_url) == (200, b"moved here", server.url("/new"))


def test_gzip_body_is_decoded_even_unasked(server):
    url = server.route("/z", gzip.compress(b"compressed story"), headers={"Content-Encoding": "gzip"})
    assert Fetcher(fast()).get(url).body == b"compressed story"


def test_conditional_request_answered_not_modified(server):
    url = server.route("/feed.xml", "<rss/>", etag='"v1"')
    fetcher = Fetcher(fast())
    first = fetcher.get(url)
    assert (first.status, first.etag) == (200, '"v1"')
    again = fetcher.get(url, headers={"If-None-Match": '"v1"'})
    assert (again.status, again.body) == (304, b"")


def test_body_over_the_limit_is_refused(server):
    url = server.route("/huge", b"x" * 300_000)
    outcome = Fetcher(fast(max_bytes=100_000)).get(url)
    assert isinstance(outcome, FetchFailure) and not outcome.transient
    assert outcome.reason == "body larger than 100000 bytes"


# --------------------------------------------------------------------------- robots.txt

def test_robots_txt_is_obeyed_and_read_once_per_host(server):
    server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    server.route("/private/x.html", "secret")
    server.route("/public/y.html", "open")
    fetcher = Fetcher(fast())
    refused = fetcher.get(server.url("/private/x.html"))
    assert isinstance(refused, FetchFailure)
    assert (refused.kind, refused.reason, refused.transient) == ("robots", "disallowed by robots.txt", False)
    assert fetcher.get(server.url("/public/y.html")).body == b"open"
    assert server.hits("/private/x.html") == []
    assert len(server.hits("/robots.txt")) == 1


def test_robots_rules_for_our_agent_name(server):
    server.route("/robots.txt", "User-agent: dyad\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    server.route("/a.html", "story")
    outcome = Fetcher(fast()).get(server.url("/a.html"))
    assert isinstance(outcome, FetchFailure) and outcome.kind == "robots"
    other = Fetcher(fast(user_agent="SomeoneElse/2.0")).get(server.url("/a.html"))
    assert isinstance(other, Response)


def test_missing_robots_txt_allows_everything(server):
    url = server.route("/a.html", "story")  # /robots.txt answers 404
    assert isinstance(Fetcher(fast()).get(url), Response)


def test_robots_txt_server_error_means_keep_out_for_now(server):
    server.route("/robots.txt", "oops", fail=100)
    url = server.route("/a.html", "story")
    outcome = Fetcher(fast(retries=1)).get(url)
    assert isinstance(outcome, FetchFailure)
    assert (outcome.kind, outcome.transient) == ("robots", True)
    assert outcome.reason == "not fetched: robots.txt unavailable (HTTP 503 (gave up after 2 attempts))"
    assert server.hits("/a.html") == []


def test_robots_can_be_ignored_when_told(server):
    server.route("/robots.txt", "User-agent: *\nDisallow: /\n")
    url = server.route("/a.html", "story")
    assert isinstance(Fetcher(fast(robots=False)).get(url), Response)
    assert server.hits("/robots.txt") == []


def test_crawl_delay_spaces_requests_to_the_host(server):
    server.route("/robots.txt", "User-agent: *\nCrawl-delay: 1\n")
    urls = [server.route(f"/{i}.html", "story") for i in range(2)]
    fetcher = Fetcher(fast())
    for url in urls:
        assert isinstance(fetcher.get(url), Response)
    first, second = (server.hits(f"/{i}.html")[0].start for i in range(2))
    assert second - first >= 0.95


# --------------------------------------------------------------------------- retries

def test_transient_errors_are_retried_with_exponential_backoff(server):
    url = server.route("/flaky", "finally", fail=2)
    sleep = Recorder()
    outcome = Fetcher(fast(backoff=0.5), sleep=sleep).get(url)
    assert outcome.body == b"finally"
    assert len(server.hits("/flaky")) == 3
    assert [w for w in sleep.waits if w >= 0.5] == [0.5, 1.0]


def test_retry_after_is_honoured_up_to_the_cap(server):
    url = server.route("/busy", "ok", fail=2, fail_status=429, headers={"Retry-After": "7"})
    sleep = Recorder()
    assert Fetcher(fast(max_wait=5.0), sleep=sleep).get(url).body == b"ok"
    assert [w for w in sleep.waits if w >= 1] == [5.0, 5.0]


def test_giving_up_is_a_transient_failure(server):
    url = server.route("/down", fail=100)
    outcome = Fetcher(fast(retries=2), sleep=Recorder()).get(url)
    assert isinstance(outcome, FetchFailure)
    assert (outcome.reason, outcome.status, outcome.transient) == (
        "HTTP 503 (gave up after 3 attempts)", 503, True)
    assert len(server.hits("/down")) == 3


def test_not_found_is_final_and_not_retried(server):
    outcome = Fetcher(fast(), sleep=Recorder()).get(server.url("/gone"))
    assert isinstance(outcome, FetchFailure)
    assert (outcome.status, outcome.transient, outcome.reason) == (404, False, "HTTP 404 Not Found")
    assert len(server.hits("/gone")) == 1


def test_timeout_is_a_transient_failure(server):
    url = server.route("/slow", "late", delay=3.0)
    started = time.monotonic()
    outcome = Fetcher(fast(timeout=0.2, retries=0)).get(url)
    assert isinstance(outcome, FetchFailure) and outcome.transient
    assert "timed out" in outcome.reason
    assert time.monotonic() - started < 2.5  # did not wait for the answer


def test_connection_refused_is_transient():
    outcome = Fetcher(fast(retries=1, robots=False), sleep=Recorder()).get("http://127.0.0.1:9/nothing")
    assert isinstance(outcome, FetchFailure) and outcome.transient
    assert outcome.reason.startswith("cannot fetch:")
    assert outcome.reason.endswith("(gave up after 2 attempts)")


# --------------------------------------------------------------------------- politeness

def test_concurrency_limit_holds_across_many_urls(server):
    # delays long enough that the requests still overlap on a loaded machine (0.4 s was not)
    urls = [server.route(f"/p{i}", f"page {i}", delay=1.0) for i in range(8)]
    results = list(Fetcher(fast(concurrency=3)).get_many(urls))
    assert [url for url, _ in results] == urls  # in the order asked
    assert [r.body for _, r in results] == [f"page {i}".encode() for i in range(8)]
    assert 2 <= server.most_in_flight <= 3


def test_requests_to_one_host_are_spaced_by_the_host_delay(server):
    urls = [server.route(f"/s{i}", "story") for i in range(4)]
    list(Fetcher(fast(concurrency=4, host_delay=0.2)).get_many(urls))
    starts = sorted(server.hits(f"/s{i}")[0].start for i in range(4))
    assert all(b - a >= 0.18 for a, b in zip(starts, starts[1:]))
