"""Article text with actors, triggers and quotes marked: escape first, then add our own tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

# outermost first: an evidence sentence holds quotes; a quote may contain actors and triggers,
# never the other way round
_ORDER = {"sentence": -1, "quote": 0, "actor": 1, "trigger": 2}


def _open(span: dict[str, Any], first: bool = True) -> str:
    kind = span["kind"]
    if kind == "sentence":
        # a span cut into pieces repeats its tag; only the first piece carries the id a link targets
        anchor = f' id="{escape(span["anchor"])}"' if first and span.get("anchor") else ""
        return f'<span class="sent" data-ev="{escape(span.get("event", ""))}"{anchor}>'
    if kind == "actor":
        return (f'<a class="actor" href="/actors/{escape(span["code"])}" '
                f'title="{escape(span["code"])}">')
    if kind == "trigger":
        return (f'<mark class="trigger {escape(span.get("tone", ""))}" '
                f'title="{escape(span.get("title", ""))}">')
    return f'<span class="quote" title="{escape(span.get("title", ""))}">'


def _close(span: dict[str, Any]) -> str:
    return {"actor": "</a>", "trigger": "</mark>"}.get(span["kind"], "</span>")


def annotate(text: str, spans: Sequence[dict[str, Any]]) -> Markup:
    """Mark spans (dicts with start, end, kind and attributes) in ``text``.

    The text is cut at every span boundary; each piece is escaped and wrapped in the tags of the
    spans covering it, so overlapping spans nest correctly. Spans outside the text are dropped.
    """
    n = len(text)
    good = [s for s in spans if 0 <= s["start"] < s["end"] <= n]
    # one actor link at a time: drop actor spans overlapping an earlier one
    chosen: list[dict[str, Any]] = []
    for s in sorted(good, key=lambda s: (s["start"], -s["end"])):
        if s["kind"] == "actor" and any(c["kind"] == "actor" and s["start"] < c["end"] and c["start"] < s["end"]
                                        for c in chosen):
            continue
        chosen.append(s)
    cuts = sorted({0, n, *(s["start"] for s in chosen), *(s["end"] for s in chosen)})
    out: list[str] = []
    opened: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = sorted((s for s in chosen if s["start"] <= a and b <= s["end"]), key=lambda s: _ORDER[s["kind"]])
        for s in active:
            out.append(_open(s, id(s) not in opened))
            opened.add(id(s))
        out.append(str(escape(text[a:b])))
        out.extend(_close(s) for s in reversed(active))
    return Markup("".join(out))


def sentence_with_trigger(sentence: str, start: int | None, end: int | None, sent_start: int | None) -> Markup:
    """The evidence sentence with its trigger word marked (offsets are the article's)."""
    if start is None or end is None or sent_start is None:
        return Markup(escape(sentence))
    a, b = start - sent_start, end - sent_start
    if not 0 <= a < b <= len(sentence):
        return Markup(escape(sentence))
    return Markup(f"{escape(sentence[:a])}<mark class=\"trigger\">{escape(sentence[a:b])}</mark>{escape(sentence[b:])}")
