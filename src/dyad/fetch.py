"""Polite HTTP for news pages and feeds.

Polite means: a user agent that says who is asking, robots.txt obeyed
(including its Crawl-delay), at most ``host_delay`` seconds between two
requests to one host, at most ``concurrency`` requests in flight, timeouts on
every request, and retries with exponential backoff only where a retry can
help (timeouts, dropped connections, 429 and 5xx, honouring Retry-After).

Failures are records (``FetchFailure``) with a reason and whether they are
worth trying again later, never exceptions: one dead link must not stop a
feed. Only http and https URLs are fetched.

Standard library only (urllib): no client dependency for a few requests a minute.
"""

from __future__ import annotations

import email.utils
import gzip
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.client import HTTPException
from urllib.parse import urlsplit

from .types import Record

__all__ = ["DEFAULT_USER_AGENT", "FetchFailure", "FetchSettings", "Fetcher", "Response"]

DEFAULT_USER_AGENT = "Dyad/0.1 (political event data research; +https://github.com/dyad-events/dyad)"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is honoured up to this
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")
CHUNK = 1 << 16


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds, per request (connect, and the whole body)
    retries: int = 3  # further attempts after a transient failure
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 60.0  # cap on one backoff or Retry-After wait
    concurrency: int = 4  # requests in flight, all hosts together
    host_delay: float = 1.0  # seconds between two requests to the same host
    robots: bool = True  # obey robots.txt
    max_bytes: int = 20 << 20  # larger bodies are refused


@dataclass(frozen=True)
class Response(Record):
    url: str  # as requested
    final_url: str  # after redirects
    status: int  # 2xx, or 304 for a conditional request whose resource is unchanged
    body: bytes = field(repr=False)
    content_type: str | None = None  # media type without parameters, lowercased
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchFailure(Record):
    url: str
    reason: str
    kind: str = "fetch"  # "fetch" or "robots"
    status: int | None = None
    transient: bool = False  # may succeed on a later run (timeouts, 5xx); else final (404, robots)


class _Transient(Exception):
    """One attempt failed in a way a retry may fix."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after


class _Host:
    """Per-host state: when the next request may start, and its robots.txt."""

    def __init__(self, delay: float) -> None:
        self.lock = threading.Lock()  # guards next_start
        self.robots_lock = threading.Lock()  # one robots.txt request per host
        self.next_start = 0.0
        self.delay = delay
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_problem: str | None = None  # why no rules could be read, if so


class Fetcher:
    """An HTTP client that keeps the politeness rules across all its requests.

    ``sleep`` and ``clock`` are injectable so that tests can observe waits.
    Thread-safe: ``get_many`` runs requests on a pool of ``concurrency`` threads.
    """

    def __init__(self, settings: FetchSettings | None = None, *,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings or FetchSettings()
        self._sleep, self._clock = sleep, clock
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max(1, self.settings.concurrency))
        # No redirect to file:// or ftp://: only the HTTP handlers are installed.
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPHandler, urllib.request.HTTPSHandler, urllib.request.HTTPRedirectHandler,
        )

    def get(self, url: str, *, headers: dict[str, str] | None = None) -> Response | FetchFailure:
        """One URL, with robots.txt checked first and transient failures retried."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return FetchFailure(url, "not an http(s) URL")
        if self.settings.robots:
            refusal = self._robots_refusal(url)
            if refusal is not None:
                return refusal
        return self._with_retries(url, headers or {})

    def get_many(self, urls: Iterable[str]) -> Iterator[tuple[str, Response | FetchFailure]]:
        """(url, outcome) for each URL, in the given order, fetched concurrently."""
        urls = list(urls)
        if len(urls) <= 1:
            yield from ((u, self.get(u)) for u in urls)
            return
        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency),
                                thread_name_prefix="dyad-fetch") as pool:
            yield from zip(urls, pool.map(self.get, urls))

    # -- politeness ------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._hosts_lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.settings.host_delay)
            return self._hosts[key]

    def _wait_turn(self, host: _Host) -> None:
        """Reserve the host's next start time, then sleep until it comes."""
        with host.lock:
            now = self._clock()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            self._sleep(start - now)

    def _robots_refusal(self, url: str) -> FetchFailure | None:
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._load_robots(url, host)
        if host.robots.can_fetch(self.settings.user_agent, url):
            return None
        if host.robots_problem:  # no rules could be read: keep out this run, try again the next
            return FetchFailure(url, f"not fetched: {host.robots_problem}", "robots", transient=True)
        return FetchFailure(url, "disallowed by robots.txt", "robots")

    def _load_robots(self, url: str, host: _Host) -> urllib.robotparser.RobotFileParser:
        """The host's rules. Missing (4xx): all allowed. Unreachable or 5xx: none allowed
        this run (RFC 9309 2.3.1.4); 401/403 are read as "keep out", as Python's parser does."""
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        outcome = self._with_retries(robots_url, {})
        if isinstance(outcome, Response):
            parser.parse(outcome.body.decode("utf-8", errors="replace").splitlines())
            delay = parser.crawl_delay(self.settings.user_agent)
            if delay:
                host.delay = max(host.delay, min(float(delay), MAX_CRAWL_DELAY))
        elif outcome.status is not None and 400 <= outcome.status < 500 and outcome.status not in (401, 403):
            parser.allow_all = True
        else:
            parser.disallow_all = True
            if outcome.transient:
                host.robots_problem = f"robots.txt unavailable ({outcome.reason})"
        parser.modified()
        return parser

    # -- requests --------------------------------------------------------------------

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response | FetchFailure:
        host = self._host(url)
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            self._wait_turn(host)
            try:
                with self._slots:
                    return self._request(url, headers)
            except _Transient as problem:
                if attempt + 1 == attempts:
                    return FetchFailure(url, f"{problem.reason} (gave up after {attempts} attempts)",
                                        status=problem.status, transient=True)
                wait = problem.retry_after if problem.retry_after is not None \
                    else self.settings.backoff * 2 ** attempt
                self._sleep(min(wait, self.settings.max_wait))
        raise AssertionError("unreachable: the loop returns on its last attempt")

    def _request(self, url: str, headers: dict[str, str]) -> Response | FetchFailure:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.settings.user_agent, "Accept": ACCEPT, **headers})
        deadline = time.monotonic() + self.settings.timeout
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as reply:
                body = self._read(reply, deadline)
                return _response(url, reply.geturl(), reply.status, reply.headers, body)
        except urllib.error.HTTPError as e:
            return _http_error(url, e)
        except _Oversize as e:
            return FetchFailure(url, str(e))
        except (urllib.error.URLError, TimeoutError, ConnectionError, HTTPException, OSError) as e:
            reason = getattr(e, "reason", None) or e
            raise _Transient(f"cannot fetch: {reason}") from e

    def _read(self, reply, deadline: float) -> bytes:
        """The body, refusing one over ``max_bytes`` and one that trickles past the timeout."""
        chunks, size = [], 0
        while chunk := reply.read(CHUNK):
            chunks.append(chunk)
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise _Oversize(f"body larger than {self.settings.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise _Transient(f"timed out reading the body after {self.settings.timeout:g} s")
        return _decompress(b"".join(chunks), reply.headers.get("Content-Encoding"))


class _Oversize(Exception):
    """A body over the size limit: final, a retry would fetch the same."""


def _http_error(url: str, error: urllib.error.HTTPError) -> Response | FetchFailure:
    status = error.code
    if status == 304:  # urllib reports "not modified" as an error; it is an answer
        return _response(url, error.geturl() or url, 304, error.headers, b"")
    if status in RETRY_STATUSES:
        raise _Transient(f"HTTP {status}", status, _retry_after(error.headers.get("Retry-After")))
    return FetchFailure(url, f"HTTP {status} {error.reason}".strip(), status=status)


def _response(url: str, final_url: str, status: int, headers, body: bytes) -> Response:
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    return Response(url=url, final_url=final_url, status=status, body=body,
                    content_type=content_type, charset=headers.get_content_charset(),
                    etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None if absent or bad."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _decompress(body: bytes, encoding: str | None) -> bytes:
    """Undo a Content-Encoding we did not ask for (some servers gzip regardless)."""
    encoding = (encoding or "").strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error, EOFError) as e:
        raise _Transient(f"corrupt {encoding} body: {e}") from e
    return body

