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
    return decode_with_note(data, declared)[0]


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text of UTF-8 data damaged in a few places (a cut or a stray byte) and the number of
    sequences replaced, else None.

    Why: one invalid sequence must not turn a whole UTF-8 file into Windows-1252 mojibake
    ("pÃ¥"); when the valid multi-byte sequences far outnumber the broken ones, the file is UTF-8.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return (text, bad) if bad and good >= 4 * bad else None


def decode_with_note(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """:func:`decode_bytes`, and a note when the text had to be repaired (invalid UTF-8 replaced)."""
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryContent("binary content (NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), None
    note = None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        repaired = _mostly_utf8(data)
        if repaired is not None:
            text, bad = repaired
            return _checked(text), f"invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD"
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
    return _checked(text), note


def _checked(text: str) -> str:
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample)) + len(_C1.findall(sample))
    if sample and bad / len(sample) > 0.01:
        raise BinaryContent("binary content (undecodable)")
    return text
