"""Small text helpers shared by the readers: HTML fragments to text, whitespace tidying."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
          "table", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr"}
_SKIP = {"script", "style", "noscript", "template"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content), paragraphs kept as blank-line breaks.

    Feed content is a fragment, not a page: trafilatura's boilerplate removal would throw away short
    items, so a plain tag stripper is the right tool here.
    """
    if "<" not in fragment and "&" not in fragment:
        return tidy(fragment)
    p = _Stripper()
    p.feed(fragment)
    p.close()
    return tidy("".join(p.parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    lines = [re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()
