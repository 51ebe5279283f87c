"""Turning the command line's inputs (paths, folders, globs, `-`, URLs) into a list of things to read.

Folders are walked recursively in sorted order so that two runs number and store documents the
same way; only known extensions are taken from a folder, while a file named explicitly with an
unknown extension is reported, since the user asked for it.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Extension -> reader format. Longest suffixes are tested first (".warc.gz" before ".gz").
EXTENSIONS: dict[str, str] = {
    ".warc.gz": "warc", ".arc.gz": "warc", ".warc": "warc",
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


@dataclass
class Source:
    kind: str  # file | stdin | url | reject
    ref: str
    fmt: str | None = None
    reason: str | None = None


def format_of(path: str) -> str | None:
    low = path.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if low.endswith(ext):
            return EXTENSIONS[ext]
    return None


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.endswith(".src")


def _walk(root: str) -> Iterator[Source]:
    """The readable files under a folder. A symbolic link is followed only when it stays inside
    the folder: a link to ``/etc/passwd`` in a downloaded archive must not be read and stored."""
    top = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root):  # folder links are not followed: no loops
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if _skipped(name) or not format_of(name):
                continue
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                real = os.path.realpath(path)
                if os.path.commonpath([top, real]) != top:
                    yield Source("reject", path, reason="symbolic link to a file outside the folder: not followed")
                    continue
            yield Source("file", path, format_of(path))


def _is_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def expand(inputs: Iterable[str]) -> Iterator[Source]:
    """Each input as the files (or stream, or URL) it names, or a reject saying why it names none."""
    for raw in inputs:
        if raw == "-":
            yield Source("stdin", "-", "text")
        elif raw.lower().startswith(("http://", "https://")):
            yield Source("url", raw)
        elif os.path.isdir(raw):
            yield from _walk(raw)
        elif os.path.lexists(raw):
            fmt = format_of(raw)
            if fmt is None:
                ext = os.path.splitext(raw)[1] or "(none)"
                yield Source("reject", raw, reason=f"unsupported file type '{ext}'")
            else:
                yield Source("file", raw, fmt)
        elif _is_glob(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Source("reject", raw, reason="no files match the pattern")
            for p in matches:
                if os.path.isdir(p):
                    yield from _walk(p)
                elif not _skipped(os.path.basename(p)) and format_of(p):
                    yield Source("file", p, format_of(p))
        else:
            yield Source("reject", raw, reason="no such file or directory")
