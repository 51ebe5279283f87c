"""Bad inputs give a Reject with a reason a person can act on, and the rest of the batch is still read."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from utkikk.ingest import read_inputs
from utkikk.record import Article, Reject

FIX = Path(__file__).parent / "fixtures" / "ingest"
GOOD = str(FIX / "corpus" / "nb_ntb.txt")


def _run(bad: str, **kw):
    """Read [GOOD, bad, GOOD]; return the reject(s) and check both good copies were read."""
    items = list(read_inputs([GOOD, bad, GOOD], **kw))
    articles = [a for a in items if isinstance(a, Article)]
    rejects = [r for r in items if isinstance(r, Reject)]
    assert [a.doc for a in articles] == ["nb_ntb.txt", "nb_ntb.txt"]
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    return rejects


def test_missing_path(tmp_path):
    bad = str(tmp_path / "nowhere.txt")
    assert _run(bad) == [Reject(bad, "no such file or directory")]


def test_glob_without_match(tmp_path):
    bad = str(tmp_path / "*.jsonl")
    assert _run(bad) == [Reject(bad, "no files match the pattern")]


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert _run(str(p)) == [Reject(str(p), "empty file")]


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n \t\n")
    assert _run(str(p)) == [Reject(str(p), "empty file")]


def test_binary_nul_bytes(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"GIF89a\x00\x01\x02\x00\x00binary")
    assert _run(str(p)) == [Reject(str(p), "binary content (NUL bytes)")]


def test_binary_control_characters(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(1, 9)) * 50 + b"some words")
    assert _run(str(p)) == [Reject(str(p), "binary content (undecodable)")]


def test_oversized(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Norge og Sverige samarbeider om forsvar. " * 100)
    rejects = _run(str(p), max_bytes=2000)
    assert rejects == [Reject(str(p), "larger than 2000 bytes")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_permission(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("Hemmelig tekst om forsvarssamarbeid.")
    p.chmod(0)
    try:
        assert _run(str(p)) == [Reject(str(p), "unreadable: permission denied")]
    finally:
        p.chmod(0o644)


def test_malformed_jsonl_line_rest_is_read(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        '{"title": "A", "text": "Danmark og Tyskland underskrev i dag en aftale om grænsesamarbejde.", "source": "DR"}\n'
        '{"title": "B", "text": oops}\n'
        '[1, 2]\n'
        '{"title": "C"}\n'
        '{"title": "D", "text": "Finland och Sverige har kommit överens om att samordna sitt försvar.", "source": "SVT"}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([GOOD, str(p), GOOD]))
    docs = [a.doc for a in items if isinstance(a, Article)]
    assert docs == ["nb_ntb.txt", "mixed.jsonl#1", "mixed.jsonl#5", "nb_ntb.txt"]
    assert [r for r in items if isinstance(r, Reject)] == [
        Reject(f"{p}#2", "line 2: invalid JSON: Expecting value"),
        Reject(f"{p}#3", "line 3: not a JSON object"),
        Reject(f"{p}#4", "line 4: missing or empty 'text'"),
    ]


def test_corrupt_gzip_warc(tmp_path):
    p = tmp_path / "broken.warc.gz"
    p.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:20] + b"garbage-not-gzip" * 10)
    [rej] = _run(str(p))
    assert rej.source == str(p) and rej.reason.startswith("corrupt archive")


def test_not_a_warc(tmp_path):
    p = tmp_path / "plain.warc.gz"
    p.write_bytes(gzip.compress(b"this is just some gzipped text, not an archive"))
    assert _run(str(p)) == [Reject(str(p), "corrupt archive: not a WARC or ARC file")]


def test_broken_feed():
    bad = str(FIX / "broken.rss")
    [rej] = _run(bad)
    assert rej.source == bad and rej.reason.startswith("malformed feed:")


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "data.xml"
    p.write_text('<?xml version="1.0"?><catalogue><book>Ingen nyheter her</book></catalogue>')
    assert _run(str(p)) == [Reject(str(p), "not an RSS or Atom feed")]


def test_unsupported_extension_given_explicitly():
    bad = str(FIX / "corpus" / "ignored.pdf")
    assert _run(bad) == [Reject(bad, "unsupported file type '.pdf'")]


def test_html_without_main_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><script>var x = 1;</script></body></html>")
    assert _run(str(p)) == [Reject(str(p), "no main text found in HTML")]


def test_several_bad_inputs_in_one_batch(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    items = list(read_inputs([str(tmp_path / "x.txt"), GOOD, str(empty), str(FIX / "broken.rss"), GOOD]))
    assert [type(i).__name__ for i in items] == ["Reject", "Article", "Reject", "Reject", "Article"]


def test_warc_cut_off_midway_keeps_earlier_records(tmp_path):
    from test_ingest_readers import PAGE_EN, _warc

    whole = tmp_path / "whole.warc.gz"
    _warc(whole, [("https://example.org/a", "text/html", PAGE_EN), ("https://example.org/b", "text/html", PAGE_EN)])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300] + b"\x00garbage" * 30)
    items = list(read_inputs([str(cut), GOOD]))
    assert isinstance(items[0], Article) and items[0].doc == "cut.warc.gz#1"
    assert isinstance(items[1], Reject) and items[1].source == str(cut)
    assert items[1].reason.startswith("corrupt archive")
    assert isinstance(items[-1], Article) and items[-1].doc == "nb_ntb.txt"


def test_unreadable_permission_simulated(tmp_path, monkeypatch):
    """The same case as above where tests run as root: `open` refuses the one file."""
    from utkikk.ingest import reader

    p = tmp_path / "locked.txt"
    p.write_text("Låst fil om forsvarssamarbeid.")
    real_open = open

    def fake_open(path, *a, **kw):
        if str(path) == str(p):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr(reader, "open", fake_open, raising=False)
    assert _run(str(p)) == [Reject(str(p), "unreadable: permission denied")]
