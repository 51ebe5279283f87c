"""Fetching URLs: pages and feeds over HTTP(S), with conditional GET for feeds.

A feed polled every hour mostly has not changed; sending back the ETag / Last-Modified it gave last
time lets the server answer "304 Not Modified" and spares both sides the download and the re-parse.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

USER_AGENT = "utkikk/0.1 (+news event extraction; polite fetcher)"
TIMEOUT_S = 20.0  # for each connect and read
DEADLINE_S = 60.0  # for the whole fetch, redirects included: a server dripping bytes is cut off
MAX_REDIRECTS = 5


class FeedState(Protocol):
    """Where the validators of fetched feeds are remembered between runs (the store backs it)."""

    def get(self, url: str) -> tuple[str | None, str | None] | None: ...

    def set(self, url: str, etag: str | None, modified: str | None) -> None: ...


class MemoryFeedState:
    """A FeedState that lives as long as the process: for tests and one-off runs."""

    def __init__(self) -> None:
        self._state: dict[str, tuple[str | None, str | None]] = {}

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        return self._state.get(url)

    def set(self, url: str, etag: str | None, modified: str | None) -> None:
        self._state[url] = (etag, modified)


class FetchError(Exception):
    """A URL could not be fetched: the reason is the message."""


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None
    modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def make_client() -> httpx.Client:
    # redirects are followed by fetch() itself, each hop checked (see internal_address)
    return httpx.Client(timeout=TIMEOUT_S, follow_redirects=False, headers={"User-Agent": USER_AGENT})


def internal_address(url: str) -> str | None:
    """Why ``url`` points inside the machine or its network (loopback, private, link-local,
    multicast, reserved or unspecified, after DNS resolution), or None for a public address."""
    host = urlsplit(url).hostname
    if not host:
        return "no host"
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError) as exc:
        return None if isinstance(exc, socket.gaierror) else "a host name that is not valid"
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified"):
            if getattr(ip, f"is_{kind}"):
                return f"{kind.replace('_', '-')} address {ip}"
    return None


def fetch(url: str, client: httpx.Client, *, max_bytes: int, feed_state: FeedState | None = None,
          deadline_s: float = DEADLINE_S) -> Response:
    """GET `url`, sending the stored validators if any; raises FetchError with a short reason.

    Redirects are followed here, at most MAX_REDIRECTS, each hop only to http(s) and, unless the
    URL given was itself internal, never to an internal address: a public page must not redirect
    the fetcher to 127.0.0.1 or the cloud metadata service (server-side request forgery)."""
    start = time.monotonic()
    public = internal_address(url) is None
    for _ in range(MAX_REDIRECTS + 1):
        resp = _get(url, client, max_bytes, feed_state, start + deadline_s, deadline_s)
        if resp is not None and not isinstance(resp, str):
            return resp
        target = urljoin(url, resp or "")
        if urlsplit(target).scheme not in ("http", "https"):
            raise FetchError(f"redirect to a non-http(s) URL refused: {target[:120]}")
        if public and (why := internal_address(target)):
            raise FetchError(f"redirect to an internal address refused ({why}): {target[:120]}")
        url = target
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _get(url: str, client: httpx.Client, max_bytes: int, feed_state: FeedState | None,
         deadline: float, deadline_s: float = DEADLINE_S) -> Response | str:
    """One request: the response, or the Location of a redirect."""
    headers: dict[str, str] = {}
    known = feed_state.get(url) if feed_state is not None else None
    if known:
        etag, modified = known
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
    try:
        with client.stream("GET", url, headers=headers, follow_redirects=False) as r:
            if r.status_code in (301, 302, 303, 307, 308) and r.headers.get("location"):
                return r.headers["location"]
            if r.status_code == 304:
                return Response(url, 304, "", b"", known[0] if known else None, known[1] if known else None)
            if r.status_code >= 400:
                raise FetchError(f"HTTP {r.status_code} {r.reason_phrase}".strip())
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                if time.monotonic() > deadline:
                    raise FetchError(f"took longer than {deadline_s:g} s")  # the limit in force, as logged
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"larger than {max_bytes} bytes")
                chunks.append(chunk)
            return Response(str(r.url), r.status_code, r.headers.get("content-type", ""), b"".join(chunks),
                            r.headers.get("etag"), r.headers.get("last-modified"))
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"fetch failed: {type(exc).__name__}: {' '.join(str(exc).split())[:120]}") from exc
