"""WARC/ARC web archives: the HTML and plain-text responses in them, one article each.

Only responses count (requests, metadata, images and scripts are skipped), so `#n` numbers the
readable documents of the archive, as a person browsing it would count them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO


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

    n = 0
    try:
        for rec in ArchiveIterator(stream, arc2warc=True):
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
