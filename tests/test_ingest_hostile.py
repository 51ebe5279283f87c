"""Inputs crafted to break the readers (found by a hostile probe): each becomes a Reject naming
the input and the reason, or is read with its damage repaired, and the batch goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from utkikk import extract_text
from utkikk.cli import app as cli_app
from utkikk.ingest import read_inputs
from utkikk.record import Article, Reject

FIX = Path(__file__).parent / "fixtures" / "ingest"
GOOD = str(FIX / "corpus" / "nb_ntb.txt")
TEXT = "Norge og Sverige signerte en forsvarsavtale i Oslo torsdag. Statsministeren var fornøyd med avtalen."


def _run(bad: str) -> tuple[list[Article], list[Reject]]:
    """Read [GOOD, bad, GOOD]: never an exception, both good copies read; the bad input's items."""
    items = list(read_inputs([GOOD, bad, GOOD]))
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    inner = items[1:-1]
    return [a for a in inner if isinstance(a, Article)], [r for r in inner if isinstance(r, Reject)]


def _rss(items: str, head: bytes = b'<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return head + f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def _item(title: str = "t", body: str | None = TEXT) -> str:
    return f"<item><title>{title}</title>" + (f"<description>{body}</description>" if body else "") + "</item>"


def test_feed_character_reference_out_of_range_is_replaced(tmp_path):
    p = tmp_path / "charref.rss"
    p.write_bytes(_rss(_item("A &#99999999; B") + _item("ok")))
    arts, rejects = _run(str(p))
    assert rejects == [] and [a.title for a in arts] == ["A \ufffd B", "ok"]


def test_feed_with_broken_encoding_declaration(tmp_path):
    p = tmp_path / "badenc.rss"
    p.write_bytes(_rss(_item(), head=b'<?xml version="1.0" encoding="UTF-\xf08"?>'))
    arts, rejects = _run(str(p))
    assert arts == [] and len(rejects) == 1
    assert rejects[0].source == str(p) and rejects[0].reason.startswith("malformed feed: UnicodeDecodeError")


def test_feed_item_without_summary_is_rejected_alone(tmp_path):
    p = tmp_path / "nosummary.rss"
    p.write_bytes(_rss(_item("only a title", None) + _item("ok")))
    arts, rejects = _run(str(p))
    assert rejects == [Reject(f"{p}#1", "feed item has no text")] and [a.title for a in arts] == ["ok"]


@pytest.mark.parametrize("ns", ["http://a\u2028b", "http://a&#0;b"])
def test_feed_namespace_with_odd_characters(tmp_path, ns):
    p = tmp_path / "ns.rss"
    p.write_bytes(('<?xml version="1.0"?><rss version="2.0" xmlns:x="' + ns + '"><channel><title>T</title>'
                   + _item() + "</channel></rss>").encode())
    arts, rejects = _run(str(p))
    assert len(arts) + len(rejects) == 1  # read, or refused with a reason: never an exception


def test_feed_with_no_items_says_so(tmp_path):
    p = tmp_path / "empty.rss"
    p.write_bytes(_rss(""))
    assert _run(str(p)) == ([], [Reject(str(p), "the feed has no items")])


def test_jsonl_lone_surrogate_is_replaced_and_stored(tmp_path):
    p = tmp_path / "surrogate.jsonl"
    p.write_text('{"text": "Norge \\ud800 og Sverige signerte en avtale."}\n' + f'{{"text": "{TEXT}"}}\n')
    arts, rejects = _run(str(p))
    assert rejects == [] and arts[0].text == "Norge \ufffd og Sverige signerte en avtale." and len(arts) == 2
    arts[0].content_hash.encode("ascii")


def test_jsonl_nested_too_deep_costs_only_its_line(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text('{"text": ' + "[" * 1000 + "]" * 1000 + "}\n" + f'{{"text": "{TEXT}"}}\n')
    arts, rejects = _run(str(p))
    assert rejects == [Reject(f"{p}#1", "line 1: nested deeper than 64 levels")] and len(arts) == 1


def test_jsonl_brackets_inside_the_text_are_not_nesting(tmp_path):
    p = tmp_path / "brackets.jsonl"
    p.write_text(f'{{"text": "{TEXT} {"[" * 100}"}}\n')
    arts, rejects = _run(str(p))
    assert rejects == [] and len(arts) == 1


def test_jsonl_published_is_read_beside_date(tmp_path):
    p = tmp_path / "published.jsonl"
    p.write_text(f'{{"text": "{TEXT}", "published": "2024-03-07"}}\n')
    arts, _ = _run(str(p))
    assert (arts[0].published, arts[0].date_precision) == ("2024-03-07", "day")


def test_symlink_out_of_the_folder_is_not_followed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(TEXT)
    secret = tmp_path / "secret.txt"
    secret.write_text("hemmelig: " + TEXT)
    os.symlink(secret, tmp_path / "in" / "secret.txt")
    os.symlink(tmp_path / "in" / "ok.txt", tmp_path / "in" / "inside.txt")  # inside the folder: read
    items = list(read_inputs([str(tmp_path / "in")]))
    assert [a.doc for a in items if isinstance(a, Article)] == ["inside.txt", "ok.txt"]
    assert [r.reason for r in items if isinstance(r, Reject)] == [
        "symbolic link to a file outside the folder: not followed"]


def test_symlink_loop_is_a_reject(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    arts, rejects = _run(str(tmp_path / "a.txt"))
    assert arts == [] and rejects[0].reason.startswith("unreadable: ")


def test_invalid_utf8_byte_does_not_garble_the_file(tmp_path, caplog):
    p = tmp_path / "mixed.txt"
    p.write_bytes(("Støre sa at Norge og Sverige signerte en avtale på torsdag. " * 3).encode() + b"\xff ok.")
    arts, rejects = _run(str(p))
    assert rejects == [] and arts[0].text.startswith("Støre sa at") and "\ufffd" in arts[0].text
    assert "invalid UTF-8: 1 byte sequence(s) replaced" in caplog.text and "mixed.txt" in caplog.text


def test_cp1252_file_is_still_cp1252(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("Støre og Løfven møttes i Oslo på mandag.".encode("cp1252"))
    arts, _ = _run(str(p))
    assert arts[0].text.startswith("Støre og Løfven")


def test_very_deep_html_still_gives_its_text(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{TEXT}</p>" + "</div>" * 10_000 + "</body></html>")
    arts, rejects = _run(str(p))
    assert rejects == [] and "forsvarsavtale" in arts[0].text


def test_warc_content_length_beyond_the_data(tmp_path):
    body = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n{TEXT}".encode()
    rec = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
           b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
           b"Content-Length: 50000\r\n\r\n" + body)
    p = tmp_path / "short.warc"
    p.write_bytes(rec)
    arts, rejects = _run(str(p))
    assert len(arts) + len(rejects) >= 1 and all(r.source.startswith(str(p)) for r in rejects)


def test_extract_text_refuses_a_published_that_is_no_date():
    with pytest.raises(ValueError, match=r"published is not a date: 'garbage'"):
        extract_text(TEXT, published="garbage")
    with pytest.raises(ValueError, match="lang must be one of"):
        extract_text(TEXT, lang="de")
    assert extract_text(TEXT, lang="nb", published="7. mars 2024").published == "2024-03-07"


def test_text_over_a_million_characters_is_coded_in_parts():
    text = ("Norge og Sverige signerte en forsvarsavtale i Oslo torsdag.\n\n" * 17_000)
    assert len(text) > 1_000_000
    art = extract_text(text, lang="nb")
    assert len(art.events) == 17_000
    last = art.events[-1]
    assert text[last.start:last.end] == "signerte" and last.sent_start > 1_000_000


def test_a_batch_with_every_bad_input_stores_the_good_ones(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    (folder / "charref.rss").write_bytes(_rss(_item("x &#0; y", "Sverige og Finland holdt felles militærøvelse i Lappland.")))
    (folder / "deep.jsonl").write_text('{"text": ' + "[" * 1000 + "]" * 1000 + "}\n")
    (folder / "surrogate.jsonl").write_text('{"text": "Danmark \\udfff og Sverige signerte en avtale om forsvar."}\n')
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("Danmark og Norge inngikk en avtale om grensekontroll.")
    db = tmp_path / "b.db"
    res = CliRunner().invoke(cli_app, ["ingest", str(folder), "--db", str(db)])
    assert res.exit_code == 3, res.output  # some inputs rejected, the others stored
    assert "deep.jsonl#1:line1:nesteddeeperthan64levels" in "".join(res.output.split())  # wrapped by rich
    from sqlalchemy import select

    from utkikk.store import open_store
    from utkikk.store import schema as t

    s = open_store(str(db))
    with s.engine.connect() as conn:
        docs = set(conn.execute(select(t.articles.c.doc)).scalars())
    s.close()
    assert docs == {"good.txt", "caf\ufffd.txt", "surrogate.jsonl#1", "charref.rss#1"}


def test_ingest_exit_codes_and_store_paths(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    db = str(tmp_path / "x.db")
    run = CliRunner().invoke
    assert run(cli_app, ["ingest", str(good), "--db", db, "--quiet"]).exit_code == 0
    assert run(cli_app, ["ingest", str(good), str(tmp_path / "missing.txt"), "--db", db, "--quiet"]).exit_code == 3
    res = run(cli_app, ["ingest", str(tmp_path / "missing.txt"), "--db", db])
    assert res.exit_code == 4 and "no such file or directory" in " ".join(res.output.split())
    res = run(cli_app, ["stats", "--db", str(tmp_path / "mistyped.db")])
    assert res.exit_code == 2 and "no store at" in " ".join(res.output.split()) and not (tmp_path / "mistyped.db").exists()
    assert run(cli_app, ["stats", "--db", db]).exit_code == 0
    res = run(cli_app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("utkikk ")


def test_a_text_too_short_to_tell_is_und_not_a_guess(tmp_path, caplog):
    p = tmp_path / "hei.txt"
    p.write_text("Hei")
    arts, rejects = _run(str(p))
    assert rejects == [] and (arts[0].lang, arts[0].lang_supported) == ("und", False)
    assert "too short to tell its language" in caplog.text
