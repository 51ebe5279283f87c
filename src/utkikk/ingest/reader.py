"""The ingest stage: inputs in, one `Article` per document (or one `Reject` per bad input) out.

Every reader ends in `_finish`, which does what all formats share: find the language, lift the
byline/dateline/credit metadata out of the text, and name the outlet. A bad input is a `Reject`
with a reason and never stops the iteration: a batch of ten thousand files must not die on one.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..record import SUPPORTED_LANGUAGES, Article, Reject
from . import media
from .byline import parse_lead
from .dates import parse_date
from .decode import BinaryContent, decode_bytes, decode_with_note
from .feeds import MalformedFeed, parse_feed
from .fetch import FeedState, FetchError, fetch, make_client
from .html import declared_charset, extract_html
from .jsonl import iter_records, str_field
from .language import detect_language
from .sources import expand
from .textutil import tidy
from .warc import CorruptArchive, iter_documents

if TYPE_CHECKING:
    import httpx

_LANG_ALIASES = {"nob": "nb", "nno": "nn", "dan": "da", "swe": "sv", "eng": "en"}
log = logging.getLogger(__name__)


def shown(name: str) -> str:
    """A path or name as text that can be printed and stored: bytes of a file name that are not
    UTF-8 (kept by the OS as lone surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _failure(exc: BaseException, limit: int = 160) -> str:
    """An exception as one short line for a reject: its type and its message, whitespace folded."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:limit]}"


def _guarded(ref: str, items: Iterator[Article | Reject]) -> Iterator[Article | Reject]:
    """The items of one input; an unexpected failure of its reader becomes a Reject naming the
    input, and the batch goes on with the next input (what was read before it is kept)."""
    try:
        yield from items
    except Exception as exc:  # the safety net behind every reader's own checks
        log.debug("reader failed on %s", ref, exc_info=True)
        yield Reject(shown(ref), f"unreadable: {_failure(exc)}")


def read_inputs(
    inputs: Iterable[str],
    *,
    max_bytes: int = 20_000_000,
    http: httpx.Client | None = None,
    feed_state: FeedState | None = None,
) -> Iterator[Article | Reject]:
    """Yield an Article per document and a Reject per unreadable input, in input order.

    `inputs`: file paths, folders (recursive), glob patterns, "-" (standard input, plain text) and
    http(s) URLs (a feed gives its items, a page one article). `http`: an httpx.Client to fetch
    with (one is made and closed here if needed). `feed_state`: remembers ETag/Last-Modified so an
    unchanged feed is not read again.
    """
    own_client = None
    try:
        for src in expand(inputs):
            if src.kind == "reject":
                yield Reject(shown(src.ref), src.reason or "unreadable")
            elif src.kind == "stdin":
                yield from _guarded("-", _read_stdin(max_bytes))
            elif src.kind == "url":
                if http is None and own_client is None:
                    own_client = make_client()
                yield from _guarded(src.ref, _read_url(src.ref, http or own_client, max_bytes, feed_state))
            else:
                yield from _guarded(src.ref, _read_file(src.ref, src.fmt or "text", max_bytes))
    finally:
        if own_client is not None:
            own_client.close()


# ---------------------------------------------------------------------------------------------- files

def _load(path: str, max_bytes: int) -> bytes | Reject:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return Reject(path, "no such file or directory")
    except PermissionError:
        return Reject(path, "unreadable: permission denied")
    except OSError as exc:  # a symlink loop (ELOOP), a name too long, an I/O error
        return Reject(path, f"unreadable: {exc.strerror or exc}")
    if not os.path.isfile(path):
        return Reject(path, "not a regular file")
    if st.st_size > max_bytes:
        return Reject(path, f"larger than {max_bytes} bytes")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return Reject(path, "unreadable: permission denied")
    except OSError as exc:
        return Reject(path, f"unreadable: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Reject(path, f"larger than {max_bytes} bytes")
    if not data:
        return Reject(path, "empty file")
    return data


def _read_file(path: str, fmt: str, max_bytes: int) -> Iterator[Article | Reject]:
    name = shown(os.path.basename(path))
    if fmt == "warc":
        yield from _read_warc(path, name, max_bytes)
        return
    data = _load(path, max_bytes)
    path = shown(path)
    if isinstance(data, Reject):
        yield Reject(path, data.reason)
        return
    if fmt == "feed":
        yield from _from_feed(data, name, path)
        return
    try:
        text, note = decode_with_note(data, declared_charset(data) if fmt == "html" else None)
    except BinaryContent as exc:
        yield Reject(path, str(exc))
        return
    if note:
        log.warning("%s: %s", path, note)
    if not text.strip():
        yield Reject(path, "empty file")
        return
    if fmt == "html":
        yield _from_html(text, name, path, url=None, reject_as=path)
    elif fmt == "jsonl":
        yield from _from_jsonl(text, name, path)
    else:
        yield _finish(Article(doc=name, text=text, source=path, fmt="text"), plain=True, reject_as=path)


def _read_stdin(max_bytes: int) -> Iterator[Article | Reject]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        yield Reject("-", f"larger than {max_bytes} bytes")
        return
    try:
        text = decode_bytes(data)
    except BinaryContent as exc:
        yield Reject("-", str(exc))
        return
    if not text.strip():
        yield Reject("-", "empty input")
        return
    yield _finish(Article(doc="stdin", text=text, source="-", fmt="text"), plain=True, reject_as="-")


# ------------------------------------------------------------------------------------------ formats

def _from_html(text: str, doc: str, source: str, url: str | None, *, reject_as: str,
               fmt: str = "html") -> Article | Reject:
    page = extract_html(text, url=url)
    if page is None:
        return Reject(reject_as, "no main text found in HTML")
    art = Article(doc=doc, text=page.text, source=source, fmt=fmt, title=page.title, author=page.author,
                  url=page.url or url)
    return _finish(art, plain=False, published=parse_date(page.date), outlet=page.sitename, reject_as=reject_as)


def _from_jsonl(text: str, name: str, path: str) -> Iterator[Article | Reject]:
    seen = False
    for rec in iter_records(text):
        seen = True
        doc = f"{name}#{rec.n}"
        if rec.fields is None:
            yield Reject(f"{path}#{rec.n}", rec.error or "unreadable record")
            continue
        ref = f"{path}#{rec.n}"
        yield _record(ref, lambda f=rec.fields, doc=doc, ref=ref: _jsonl_article(f, doc, path, ref))
    if not seen:
        yield Reject(path, "no JSON records")


def _jsonl_article(f: dict, doc: str, path: str, ref: str) -> Article | Reject:
    body = tidy(str(f["text"]))
    art = Article(doc=doc, text=body, source=path, fmt="jsonl", title=str_field(f, "title"),
                  author=str_field(f, "author"), url=str_field(f, "url"))
    return _finish(art, plain=False, published=parse_date(str_field(f, "date") or str_field(f, "published")),
                   outlet=str_field(f, "source"), lang_hint=str_field(f, "lang"), reject_as=ref)


def _record(ref: str, build: Callable[[], Article | Reject]) -> Article | Reject:
    """One record of a container (a JSON line, a feed item): a failure is that record's Reject,
    and the records after it are still read."""
    try:
        return build()
    except Exception as exc:
        log.debug("record failed: %s", ref, exc_info=True)
        return Reject(ref, f"unreadable record: {_failure(exc)}")


def _from_feed(data: bytes, name: str, source: str) -> Iterator[Article | Reject]:
    try:
        feed = parse_feed(data)
    except MalformedFeed as exc:
        yield Reject(source, str(exc))
        return
    fmt = "atom" if b"<feed" in data[:2048] else "rss"
    for item in feed.items:
        doc = f"{name}#{item.n}"
        if not item.text.strip():
            yield Reject(f"{source}#{item.n}", "feed item has no text")
            continue
        yield _record(f"{source}#{item.n}", lambda item=item, doc=doc: _finish(
            Article(doc=doc, text=item.text, source=source, fmt=fmt, title=item.title, author=item.author,
                    url=item.url),
            plain=False, published=item.published, outlet=feed.title, reject_as=f"{source}#{item.n}"))


def _read_warc(raw_path: str, name: str, max_bytes: int) -> Iterator[Article | Reject]:
    path = shown(raw_path)
    try:
        fh = open(raw_path, "rb")  # noqa: SIM115 - closed below, the generator may stop early
    except FileNotFoundError:
        yield Reject(path, "no such file or directory")
        return
    except PermissionError:
        yield Reject(path, "unreadable: permission denied")
        return
    except OSError as exc:
        yield Reject(path, f"unreadable: {exc.strerror or exc}")
        return
    with fh:
        if os.fstat(fh.fileno()).st_size == 0:
            yield Reject(path, "empty file")
            return
        found = False
        try:
            for d in iter_documents(fh, max_bytes):
                found = True
                if isinstance(d, tuple):
                    yield Reject(f"{path}{d[0]}", d[1])
                    continue
                doc = f"{name}#{d.n}"
                try:
                    text = decode_bytes(d.body, d.charset or (declared_charset(d.body) if d.kind == "html" else None))
                except BinaryContent as exc:
                    yield Reject(f"{path}#{d.n}", str(exc))
                    continue
                ref = f"{path}#{d.n}"
                if d.kind == "html":
                    yield _record(ref, lambda d=d, doc=doc, text=text, ref=ref: _from_html(
                        text, doc, path, url=d.url, reject_as=ref, fmt="warc"))
                else:
                    yield _record(ref, lambda d=d, doc=doc, text=text, ref=ref: _finish(
                        Article(doc=doc, text=text, source=path, fmt="warc", url=d.url), plain=True, reject_as=ref))
        except CorruptArchive as exc:
            yield Reject(path, str(exc))
        except Exception as exc:  # warcio on a damaged record: AttributeError, KeyError ...
            yield Reject(path, f"corrupt archive: {_failure(exc, 120)}")
        else:
            if not found:  # an archive of images and scripts only, or records warcio skipped
                yield Reject(path, "no HTML or plain-text responses in the archive")


# ---------------------------------------------------------------------------------------------- URLs

_FEED_TYPES = ("rss", "atom", "xml")
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


def _read_url(url: str, client: httpx.Client, max_bytes: int,
              feed_state: FeedState | None) -> Iterator[Article | Reject]:
    try:
        resp = fetch(url, client, max_bytes=max_bytes, feed_state=feed_state)
    except FetchError as exc:
        yield Reject(url, str(exc))
        return
    if resp.not_modified:
        return
    if not resp.body.strip():
        yield Reject(url, "empty response")
        return
    ctype = resp.content_type.lower()
    is_feed_type = any(t in ctype for t in _FEED_TYPES) and "xhtml" not in ctype
    if is_feed_type or _FEED_START.match(resp.body[:4096]):
        items = list(_from_feed(resp.body, url, url))
        if feed_state is not None and not (len(items) == 1 and isinstance(items[0], Reject)
                                           and items[0].source == url):
            feed_state.set(url, resp.etag, resp.modified)
        yield from items
        return
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'")
    try:
        text = decode_bytes(resp.body, charset or declared_charset(resp.body))
    except BinaryContent as exc:
        yield Reject(url, str(exc))
        return
    if "html" in ctype or "<html" in text[:2048].lower() or "<body" in text[:4096].lower():
        yield _from_html(text, url, url, url=resp.url, reject_as=url)
    else:
        yield _finish(Article(doc=url, text=text, source=url, fmt="text", url=resp.url), plain=True, reject_as=url)


# ------------------------------------------------------------------------------------------- finish

def _language(text: str, hint: str | None) -> tuple[str, bool]:
    if hint:
        code = re.split(r"[-_]", hint.strip().lower())[0]
        code = _LANG_ALIASES.get(code, code)
        if code in SUPPORTED_LANGUAGES:
            return code, True
    return detect_language(text)


def _finish(
    art: Article,
    *,
    plain: bool,
    published: tuple[str, str] | None = None,
    outlet: str | None = None,
    lang_hint: str | None = None,
    reject_as: str,
) -> Article | Reject:
    """Language, byline metadata and outlet: the steps every format shares."""
    lang, supported = _language(art.text, lang_hint)
    if lang == "und":
        log.warning("%s: too short to tell its language: stored as 'und', not coded", reject_as)
    lead = parse_lead(art.text, plain=plain, lang=lang)
    if not lead.text.strip():
        return Reject(reject_as, "no text")
    date = published or ((lead.published, lead.precision) if lead.published else None)
    return Article(
        doc=art.doc,
        text=lead.text,
        source=art.source,
        fmt=art.fmt,
        title=art.title or lead.title,
        lang=lang,
        lang_supported=supported,
        published=date[0] if date else None,
        date_precision=date[1] if date else None,
        outlet=lead.outlet or media.outlet_name(outlet, lang),
        agency=lead.agency,
        author=art.author or lead.author,
        url=art.url,
    )


# Reading from an in-memory string is handy for the CLI's `extract --text` and for tests.
def read_text(text: str, doc: str = "text") -> Article | Reject:
    """One plain-text article from a string, read exactly like a .txt file."""
    if not text.strip():
        return Reject(doc, "empty input")
    return _finish(Article(doc=doc, text=text, source=doc, fmt="text"), plain=True, reject_as=doc)


__all__ = ["read_inputs", "read_text"]
