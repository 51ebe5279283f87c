"""Fetching URLs: pages and feeds over HTTP(S), with conditional GET for feeds.

A feed polled every hour mostly has not changed; sending back the ETag / Last-Modified it gave last
time lets the server answer "304 Not Modified" and spares both sides the download and the re-parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import httpx

USER_AGENT = "utkikk/0.1 (+news event extraction; polite fetcher)"
TIMEOUT_S = 20.0


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
    return httpx.Client(timeout=TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def fetch(url: str, client: httpx.Client, *, max_bytes: int, feed_state: FeedState | None = None) -> Response:
    """GET `url`, sending the stored validators if any; raises FetchError with a short reason."""
    headers: dict[str, str] = {}
    known = feed_state.get(url) if feed_state is not None else None
    if known:
        etag, modified = known
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
    try:
        with client.stream("GET", url, headers=headers) as r:
            if r.status_code == 304:
                return Response(url, 304, "", b"", known[0] if known else None, known[1] if known else None)
            if r.status_code >= 400:
                raise FetchError(f"HTTP {r.status_code} {r.reason_phrase}".strip())
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
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
