"""RSS and Atom feeds: one article per item, the full text where the feed carries it."""

from __future__ import annotations

from dataclasses import dataclass

from .dates import from_struct_time, parse_date
from .textutil import strip_html, tidy


class MalformedFeed(ValueError):
    """feedparser could not make a feed of the input: the reason is the message."""


@dataclass
class FeedItem:
    n: int  # 1-based position in the feed
    text: str
    title: str | None
    url: str | None
    author: str | None
    published: tuple[str, str] | None


@dataclass
class Feed:
    title: str | None
    items: list[FeedItem]


def parse_feed(data: bytes | str) -> Feed:
    """Parse a feed document; raises MalformedFeed when it is not a readable RSS/Atom feed.

    feedparser is lenient ("bozo" feeds with a small flaw still have items): only a feed with no
    items and a parse error, or a document that is no feed at all, is refused.
    """
    import feedparser  # late: only feed inputs need it

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        raise MalformedFeed(f"malformed feed: {_short(exc)}")
    if not parsed.get("version") and not entries:
        raise MalformedFeed("not an RSS or Atom feed")
    feed_title = tidy(parsed.feed.get("title", "")) or None
    texts = [_entry_text(e) for e in entries]
    if parsed.get("bozo") and not any(t.strip() for t in texts):
        raise MalformedFeed(f"malformed feed: {_short(parsed.get('bozo_exception'))}")
    items: list[FeedItem] = []
    for n, (e, text) in enumerate(zip(entries, texts, strict=True), start=1):
        items.append(
            FeedItem(
                n=n,
                text=text,
                title=strip_html(e.get("title", "")) or None,
                url=e.get("link") or None,
                author=e.get("author") or None,
                published=_entry_date(e),
            )
        )
    return Feed(feed_title, items)


def _entry_text(e) -> str:  # noqa: ANN001
    """Full text from content:encoded / Atom content, else the summary or description."""
    best = ""
    for c in e.get("content") or []:
        value = strip_html(c.get("value", ""))
        if len(value) > len(best):
            best = value
    if not best:
        best = strip_html(e.get("summary", "") or e.get("description", ""))
    return best


def _entry_date(e) -> tuple[str, str] | None:  # noqa: ANN001
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        hit = from_struct_time(e.get(key))
        if hit:
            return hit
    for key in ("published", "updated"):
        hit = parse_date(e.get(key))
        if hit:
            return hit
    return None


def _short(exc: object) -> str:
    msg = str(getattr(exc, "getMessage", lambda: exc)()) if exc is not None else "unknown error"
    return " ".join(msg.split())[:120]
