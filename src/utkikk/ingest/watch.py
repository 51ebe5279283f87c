"""Watching feeds: poll RSS/Atom feeds on a schedule and ingest what is new (``utkikk watch``).

Why a loop of its own rather than ``utkikk ingest URL`` from cron: a watcher keeps per-feed state
between polls (validators for conditional GET, consecutive failures, when each feed is next due),
so an unchanged feed costs a 304, a feed that is down is retried less and less often instead of
every poll, and one feed's failure never stops the others. Every poll writes one log line per
feed: the status, items read, how many were new.

Limits per fetch: ``max_bytes`` (a feed larger than that is refused) and ``deadline_s`` for the
whole request, redirects included (a server dripping bytes is cut off). After ``n`` consecutive
failures a feed waits ``every × 2^n`` (at most ``MAX_BACKOFF``) before its next try; a success
resets it.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .fetch import FetchError, fetch, make_client

log = logging.getLogger(__name__)

MAX_BACKOFF = 24 * 3600.0
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_DEADLINE_S = 60.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_duration(text: str) -> float:
    """Seconds in "90", "30s", "15m", "1h" or "1d"; raises ValueError otherwise."""
    m = _DURATION.match(text or "")
    if not m:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 1h)")
    value = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2).lower()]
    if value <= 0:
        raise ValueError("the interval must be positive")
    return value


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments are skipped, duplicates kept once."""
    out: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        url = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if url and url not in out:
            if not url.lower().startswith(("http://", "https://")):
                raise ValueError(f"not an http(s) URL: {url}")
            out.append(url)
    return out


@dataclass
class FeedStatus:
    url: str
    failures: int = 0
    next_due: float = 0.0
    last: str = ""


@dataclass
class Poll:
    """What one poll of one feed did (also the log line)."""

    url: str
    status: str  # ok | not-modified | error | skipped
    items: int = 0
    new: int = 0
    known: int = 0
    rejected: int = 0
    error: str | None = None
    retry_in: float | None = None
    failures: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The poll's log line: what an operator tailing the log needs to see, on one line."""
        if self.status == "error":
            return (f"{self.url}: error: {self.error} ({self.failures} failure{'s' if self.failures != 1 else ''} "
                    f"in a row; next try in {_human(self.retry_in or 0)})")
        if self.status == "not-modified":
            return f"{self.url}: 304 not modified ({self.seconds:.1f} s)"
        return (f"{self.url}: {self.items} items, {self.new} new, {self.known} already stored"
                + (f", {self.rejected} rejected" if self.rejected else "") + f" ({self.seconds:.1f} s)")


def _human(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:.0f} s"


@dataclass
class Watcher:
    """Polls ``feeds`` every ``every`` seconds into ``store`` (see the module docstring)."""

    store: Any
    feeds: list[str]
    every: float
    max_bytes: int = DEFAULT_MAX_BYTES
    deadline_s: float = DEFAULT_DEADLINE_S
    analyse: bool = True
    embeddings: bool = False
    webhook: str | None = None
    clock: Callable[[], float] = time.monotonic
    emit: Callable[[str], None] = field(default=lambda line: log.info(line))
    status: dict[str, FeedStatus] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for url in self.feeds:
            self.status.setdefault(url, FeedStatus(url))
        self._client = make_client()
        self._dedupe = self.store.deduper()
        self._feed_state = self.store.feed_state()

    def close(self) -> None:
        """Close the HTTP client (its connections are kept between polls)."""
        self._client.close()

    def poll_once(self) -> list[Poll]:
        """Poll every feed that is due now; one log line each. A feed's failure is logged and
        backed off, never raised."""
        done = []
        for url in self.feeds:
            st = self.status[url]
            now = self.clock()
            if now < st.next_due:
                continue
            started = time.monotonic()
            try:
                poll = self._poll(url)
            except Exception as exc:  # noqa: BLE001 - one feed must never stop the watcher
                poll = Poll(url, "error", error=_reason(exc))
            poll.seconds = time.monotonic() - started
            if poll.status == "error":
                st.failures += 1
                wait = min(MAX_BACKOFF, self.every * 2 ** st.failures)
                poll.retry_in = wait
                poll.failures = st.failures
                st.next_due = now + wait
            else:
                st.failures = 0
                st.next_due = now + self.every
            st.last = poll.status
            self.emit(f"{datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')} {poll.line()}")
            done.append(poll)
        if self.webhook and any(p.new for p in done):
            from ..notify import deliver_new_alerts

            sent = deliver_new_alerts(self.store, self.webhook)
            if sent:
                self.emit(f"{datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')} webhook: {sent} new alerts sent")
        return done

    def _poll(self, url: str) -> Poll:
        from ..pipeline import analysed
        from ..record import Article, Reject
        from .reader import _from_feed

        try:
            resp = fetch(url, self._client, max_bytes=self.max_bytes, feed_state=self._feed_state,
                         deadline_s=self.deadline_s)
        except FetchError as exc:
            return Poll(url, "error", error=str(exc))
        if resp.not_modified:
            return Poll(url, "not-modified")
        items = list(_from_feed(resp.body, url, url))
        if len(items) == 1 and isinstance(items[0], Reject) and items[0].source == url:
            return Poll(url, "error", error=items[0].reason)  # not a feed, or a broken one
        self._feed_state.set(url, resp.etag, resp.modified)
        poll = Poll(url, "ok", items=len(items))
        fresh: list[Any] = []
        for item in items:
            if isinstance(item, Article) and self.store.article_id_by_hash(item.content_hash) is not None:
                poll.known += 1
            else:
                fresh.append(item)
        new_ids = []
        for item in (analysed(fresh) if self.analyse else fresh):
            if isinstance(item, Reject):
                self.store.add_reject(item)
                poll.rejected += 1
                continue
            added = self.store.add_article(item, dedupe=self._dedupe)
            if added.new:
                poll.new += 1
                new_ids.append(added.article_id)
            else:
                poll.known += 1
        if self.embeddings and new_ids:
            from ..store import vectors

            vectors.index_articles(self.store, new_ids)
        return poll

    def run(self, *, polls: int | None = None, sleep: Callable[[float], None] = time.sleep,
            stop: Callable[[], bool] = lambda: False) -> None:
        """Poll until ``stop()`` (or ``polls`` rounds), sleeping until the next feed is due."""
        rounds = 0
        while not stop():
            self.poll_once()
            rounds += 1
            if polls is not None and rounds >= polls:
                return
            wake = min(s.next_due for s in self.status.values())
            sleep(max(1.0, wake - self.clock()))


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"


def feeds_from(args: Iterable[str]) -> list[str]:
    """The feed URLs of a list file (or several)."""
    out: list[str] = []
    for a in args:
        for url in read_feed_list(a):
            if url not in out:
                out.append(url)
    return out
