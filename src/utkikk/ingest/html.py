"""HTML pages to article fields, by trafilatura (main text without menus, plus title, author, date)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# layout containers: removing them keeps the text and its paragraphs but none of the nesting
_CONTAINERS = re.compile(r"</?(?:div|span|section|article|main|font|center)\b[^>]*>", re.I)
_DEEP = 200  # opening tags of such containers above which a page may be too deep for the parser
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass
class HtmlDoc:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def extract_html(html: str, url: str | None = None) -> HtmlDoc | None:
    """The main text and metadata of a page; None when trafilatura finds no main text."""
    found = _extract(html, url)
    if found is None and len(_CONTAINERS.findall(html[:2_000_000], 0)) > _DEEP:
        # lxml stops at a depth of 255: a page nested 10,000 levels deep has text all the same
        found = _extract(_CONTAINERS.sub("\n", html), url)
    return found


def _extract(html: str, url: str | None) -> HtmlDoc | None:
    import trafilatura  # late: a heavy import only HTML inputs need

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = (get("text") or "").strip()
    title = (get("title") or "").strip() or None
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].lstrip() if "\n" in text else ""
    if not text:
        return None
    return HtmlDoc(text=text, title=title, author=get("author") or None, date=get("date") or None,
                   sitename=get("sitename") or get("hostname") or None, url=get("url") or url)
