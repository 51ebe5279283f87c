"""WARC/ARC web archives: the HTML and plain-text responses in them, one article each.

Only responses count (requests, metadata, images and scripts are skipped), so `#n` numbers the
readable documents of the archive, as a person browsing it would count them.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_GZIP = b"\x1f\x8b"


class CorruptArchive(ValueError):
    """The archive broke off or is not a WARC/ARC file: the reason is the message."""


@dataclass
class WarcDoc:
    n: int  # 1-based among the HTML/text responses
    url: str | None
    kind: str  # html | text
    body: bytes
    charset: str | None


def iter_documents(stream: BinaryIO, max_bytes: int) -> Iterator[WarcDoc | tuple[str, str]]:
    """Yield each HTML/text response, or (url, reason) for one that is too large.

    Raises CorruptArchive when the archive cannot be read on; the documents before are yielded.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    _check_magic(stream)
    n = 0
    it = ArchiveIterator(stream, arc2warc=True)
    try:
        for rec in _quietly(it):
            if rec.rec_type not in ("response", "resource"):
                continue
            if rec.http_headers is not None:
                if rec.http_headers.get_statuscode() not in (None, "200"):
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
            else:
                ctype = rec.rec_headers.get_header("Content-Type") or ""
            mime = ctype.split(";")[0].strip().lower()
            kind = "html" if mime in ("text/html", "application/xhtml+xml") else "text" if mime == "text/plain" else None
            if kind is None:
                continue
            n += 1
            url = rec.rec_headers.get_header("WARC-Target-URI")
            body = rec.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield (f"#{n}", f"larger than {max_bytes} bytes")
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
            yield WarcDoc(n, url, kind, body, charset)
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
        raise CorruptArchive(f"corrupt archive: {' '.join(str(exc).split())[:120] or type(exc).__name__}") from exc
    if getattr(it, "err_count", 0):
        raise CorruptArchive(f"corrupt archive: damaged data after document {n}")
    damage = _gzip_damage(stream)
    if damage:
        raise CorruptArchive(f"corrupt archive: {damage} after document {n}")


def _gzip_damage(stream: BinaryIO) -> str | None:
    """Why the gzip members of `stream` are not intact, or None (also for uncompressed files).

    warcio stops quietly at a truncated gzip member, so a cut-off download would pass for a short
    archive; one more decompression pass tells the two apart.
    """
    try:
        stream.seek(0)
    except (OSError, ValueError):
        return None
    if stream.read(2) != _GZIP:
        return None
    stream.seek(0)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    in_member = False
    while chunk := stream.read(1 << 20):
        while chunk:
            try:
                d.decompress(chunk)
            except zlib.error as exc:
                return f"gzip: {exc}"
            in_member = True
            if d.eof:
                chunk = d.unused_data
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                in_member = False
            else:
                chunk = b""
    return "gzip data cut off" if in_member else None


def _quietly(it: Iterator) -> Iterator:
    """Step through warcio's iterator with its stderr warnings caught: a library must not print.

    warcio reports a damaged record by writing to stderr and counting it in `err_count`; we turn
    that count into a Reject instead.
    """
    sink = io.StringIO()
    while True:
        with contextlib.redirect_stderr(sink):
            try:
                rec = next(it)
            except StopIteration:
                return
        yield rec


def _check_magic(stream: BinaryIO) -> None:
    """Refuse a file that does not start like a WARC or ARC record (warcio would guess on)."""
    pos = stream.tell()
    head = stream.read(512)
    stream.seek(pos)
    if head.startswith(_GZIP):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            head = d.decompress(head, 64)
        except zlib.error as exc:
            raise CorruptArchive(f"corrupt archive: gzip: {exc}") from exc
    if not (head.startswith(b"WARC/") or head.startswith(b"filedesc://") or head.lstrip()[:4] == b"http"):
        if not head:
            raise CorruptArchive("corrupt archive: truncated gzip stream")
        raise CorruptArchive("corrupt archive: not a WARC or ARC file")
