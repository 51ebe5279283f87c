"""Bytes to text for legacy and modern files alike.

Scandinavian archives still hold Windows-1252 and Latin-1 files; decoding them as UTF-8 with
replacement characters would turn "Støre" into "St�re" and break every name lookup downstream.
"""

from __future__ import annotations

import re


class BinaryContent(ValueError):
    """The bytes are not text (NUL bytes or control characters): the reason is the message."""


# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data`: UTF-8 (BOM or not), then a declared charset, then Windows-1252, then Latin-1.

    Raises BinaryContent for data that is not text at all.
    """
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryContent("binary content (NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        return text
    candidates = ["utf-8-sig"]
    if declared:
        candidates.append(declared)
    candidates += ["cp1252", "latin-1"]
    text = None
    for enc in candidates:
        try:
            text = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    assert text is not None  # latin-1 decodes any bytes
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample)) + len(_C1.findall(sample))
    if sample and bad / len(sample) > 0.01:
        raise BinaryContent("binary content (undecodable)")
    return text
