"""RSS and Atom feeds: one article per item, the full text where the feed carries it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import from_struct_time, parse_date
from .textutil import strip_html, tidy

_CHARREF = re.compile(rb"&#(?:([0-9]{1,12})|[xX]([0-9a-fA-F]{1,12}));")


def _charref(m: re.Match[bytes]) -> bytes:
    """A numeric character reference to no character (NUL, a surrogate, beyond U+10FFFF) as
    U+FFFD: feedparser raises on them instead of flagging the feed."""
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    return m.group(0) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else b"&#65533;"


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

    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    data = _CHARREF.sub(_charref, data)
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser raises on some broken input (a character reference
        # out of range, an undecodable encoding declaration, NUL in a namespace) instead of flagging it
        raise MalformedFeed(f"malformed feed: {type(exc).__name__}: {_short(exc)}") from None
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        raise MalformedFeed(f"malformed feed: {_short(exc)}")
    if not parsed.get("version") and not entries:
        raise MalformedFeed("not an RSS or Atom feed")
    if not entries:
        raise MalformedFeed("the feed has no items")
    feed_title = tidy(_text(parsed.feed.get("title"))) or None
    texts = [_entry_text(e) for e in entries]
    if parsed.get("bozo") and not any(t.strip() for t in texts):
        raise MalformedFeed(f"malformed feed: {_short(parsed.get('bozo_exception'))}")
    items: list[FeedItem] = []
    for n, (e, text) in enumerate(zip(entries, texts, strict=True), start=1):
        items.append(
            FeedItem(
                n=n,
                text=text,
                title=strip_html(_text(e.get("title"))) or None,
                url=_text(e.get("link")) or None,
                author=_text(e.get("author")) or None,
                published=_entry_date(e),
            )
        )
    return Feed(feed_title, items)


def _entry_text(e) -> str:  # noqa: ANN001
    """Full text from content:encoded / Atom content, else the summary or description."""
    best = ""
    for c in e.get("content") or []:
        value = strip_html(_text(c.get("value") if hasattr(c, "get") else c))
        if len(value) > len(best):
            best = value
    if not best:
        best = strip_html(_text(e.get("summary")) or _text(e.get("description")))
    return best


def _text(value: object) -> str:
    """A feed field as a string: feedparser gives None, or a dict, where an element is empty or odd."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if hasattr(value, "get"):
        return _text(value.get("value"))
    return str(value)


def _entry_date(e) -> tuple[str, str] | None:  # noqa: ANN001
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        hit = from_struct_time(e.get(key))
        if hit:
            return hit
    for key in ("published", "updated"):
        hit = parse_date(_text(e.get(key)) or None)
        if hit:
            return hit
    return None


def _short(exc: object) -> str:
    msg = str(getattr(exc, "getMessage", lambda: exc)()) if exc is not None else "unknown error"
    return " ".join(msg.split())[:120]
