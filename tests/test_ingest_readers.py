"""Every reader yields Articles with the fields the later stages rely on."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from utkikk.ingest import read_inputs, read_text
from utkikk.record import Article, Reject

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _articles(items):
    return [a for a in items if isinstance(a, Article)]


def test_plain_text_file_with_byline_and_dateline():
    [art] = list(read_inputs([str(FIX / "corpus" / "nb_ntb.txt")]))
    assert isinstance(art, Article)
    assert art.doc == "nb_ntb.txt"
    assert art.fmt == "text"
    assert art.lang == "nb" and art.lang_supported
    assert (art.published, art.date_precision) == ("2023-11-09", "day")
    assert art.agency == "NTB"
    assert art.outlet is None
    assert art.text.startswith("Utenriksminister Espen Barth Eide reiser")
    assert "OSLO" not in art.text and "06:56" not in art.text
    assert art.content_hash and len(art.content_hash) == 64


def test_directory_is_walked_sorted_skipping_hidden_src_and_unknown():
    docs = [a.doc for a in read_inputs([str(FIX / "corpus")])]
    assert docs == ["nb_ntb.txt", "da_ritzau.md"]


def test_glob_pattern():
    items = list(read_inputs([str(FIX / "corpus" / "**" / "*.md")]))
    assert [a.doc for a in items] == ["da_ritzau.md"]
    assert items[0].lang == "da" and items[0].agency == "Ritzau"


def test_html_page():
    [art] = list(read_inputs([str(FIX / "page.html")]))
    assert isinstance(art, Article)
    assert art.fmt == "html"
    assert art.title == "Finland och Sverige söker medlemskap"
    assert art.author == "Anna Andersson"
    assert (art.published, art.date_precision) == ("2022-05-18", "day")
    assert art.outlet == "SVT"  # the site name "SVT Nyheter" resolved through media.yaml
    assert art.agency == "TT"  # from the dateline "STOCKHOLM (TT)"
    assert art.lang == "sv"
    assert art.text.startswith("Sveriges och Finlands ambassadörer")
    assert "Kontakta redaktionen" not in art.text and "Sport" not in art.text


def test_jsonl_records_and_bad_line():
    items = list(read_inputs([str(FIX / "articles.jsonl")]))
    assert [getattr(a, "doc", None) or a.source for a in items] == [
        "articles.jsonl#1", "articles.jsonl#2", str(FIX / "articles.jsonl") + "#3", "articles.jsonl#4"]
    a1, a2, bad, a4 = items
    assert isinstance(bad, Reject) and bad.reason == "line 3: invalid JSON: Expecting ',' delimiter"
    assert (a1.fmt, a1.lang, a1.published, a1.outlet, a1.agency) == ("jsonl", "en", "2023-07-11", "Reuters", "Reuters")
    assert a1.url == "https://example.org/a1" and a1.title == "Leaders meet in Vilnius"
    assert a1.text.startswith("NATO leaders gathered")
    assert (a2.lang, a2.published, a2.date_precision, a2.outlet, a2.author) == ("nn", "2023-10", "month", "Framtida", "Ola Nordmann")
    assert (a4.lang, a4.published, a4.outlet) == ("da", "2024-03-05", "DR")


def test_rss_feed_full_text_and_summary():
    items = list(read_inputs([str(FIX / "feed.rss")]))
    assert [a.doc for a in items] == ["feed.rss#1", "feed.rss#2"]
    first, second = items
    assert first.fmt == "rss" and first.outlet == "NRK"
    assert first.title == "Statsministeren besøker Berlin"
    assert first.url == "https://example.org/nyheter/1"
    assert first.published == "2024-03-04" and first.date_precision == "day"
    # content:encoded wins over the short description, and its HTML is stripped
    assert "hydrogen" in first.text and "<p>" not in first.text and "Kort ingress" not in first.text
    # description with escaped HTML only
    assert second.text.startswith("Kinas utenriksminister kommer til Oslo") and "<" not in second.text
    assert second.agency == "Reuters"


def test_atom_feed():
    [art] = list(read_inputs([str(FIX / "feed.atom")]))
    assert art.doc == "feed.atom#1" and art.fmt == "atom"
    assert (art.outlet, art.author, art.published, art.lang) == ("The Guardian", "Sam Writer", "2022-02-24", "en")
    assert art.text.startswith("European leaders condemned")


def _warc(path: Path, records: list[tuple[str, str, bytes]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, ctype, body in records:
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


PAGE_EN = (b"<html><head><title>Talks in Geneva</title></head><body><article><p>GENEVA (AP) - Diplomats from the "
           b"United States and Russia met in Geneva on Monday for talks on arms control, the first such meeting in "
           b"more than a year.</p><p>Both delegations described the discussions as useful but said that "
           b"important differences remain on missile defence.</p></article></body></html>")


def test_warc_counts_only_html_and_text_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        ("https://example.org/a", "text/html; charset=utf-8", PAGE_EN),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://example.org/b.txt", "text/plain; charset=utf-8",
         "Regjeringen i Oslo vil sende flere soldater til Litauen neste år, opplyser Forsvarsdepartementet."
         .encode()),
    ])
    items = list(read_inputs([str(path)]))
    assert [a.doc for a in items] == ["crawl.warc.gz#1", "crawl.warc.gz#2"]
    page, txt = items
    assert page.fmt == "warc" and page.url == "https://example.org/a"
    assert page.agency == "AP" and page.lang == "en" and page.text.startswith("Diplomats from the United States")
    assert txt.lang == "nb" and txt.url == "https://example.org/b.txt"


def test_plain_warc_uncompressed(tmp_path):
    path = tmp_path / "crawl.warc"
    _warc(path, [("https://example.org/a", "text/html", PAGE_EN)], gz=False)
    [art] = list(read_inputs([str(path)]))
    assert art.doc == "crawl.warc#1"


def test_stdin(monkeypatch):
    data = "date 2021-06 Statsministeren sa i Stortinget at Norge vil støtte Ukraina.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    [art] = list(read_inputs(["-"]))
    assert (art.doc, art.source, art.published, art.date_precision) == ("stdin", "-", "2021-06", "month")
    assert art.text.startswith("Statsministeren sa")


def test_read_text_helper():
    art = read_text("date 2020-04 Regeringen i Danmark sender fly til Italien med medicinsk udstyr.", doc="x")
    assert isinstance(art, Article) and art.lang == "da" and art.published == "2020-04"
    assert isinstance(read_text("   \n"), Reject)


# ------------------------------------------------------------------------------------------ decoding

def test_cp1252_legacy_file(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Statsminister Jonas Gahr Støre møtte sin svenske kollega i Göteborg på fredag – "
                  "de ble enige om å samarbeide tettere om forsvar.".encode("cp1252"))
    [art] = list(read_inputs([str(p)]))
    assert isinstance(art, Article)
    assert "Støre" in art.text and "Göteborg" in art.text and "–" in art.text


def test_latin1_file_without_cp1252_specials(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Utenriksministeren i Danmark sa at Færøyene og Grønland skal være med i samtalene.".encode("latin-1"))
    [art] = list(read_inputs([str(p)]))
    assert "Færøyene" in art.text and "Grønland" in art.text


def test_utf8_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffdate 2019-05 Sveriges regering säger att den vill öka biståndet till Ukraina.".encode("utf-8"))
    [art] = list(read_inputs([str(p)]))
    assert art.published == "2019-05" and art.text.startswith("Sveriges regering") and "\ufeff" not in art.text


def test_html_in_cp1252_with_meta_charset(tmp_path):
    p = tmp_path / "old.html"
    html = ("<html><head><meta charset=\"windows-1252\"><title>Gammel side</title></head><body><article>"
            "<p>Statsminister Jonas Gahr Støre sa at Norge vil øke bistanden til de palestinske områdene, og at "
            "pengene skal gå gjennom FN-organisasjoner som allerede er på plass i området.</p>"
            "<p>Han la til at regjeringen følger situasjonen nøye og vil vurdere nye tiltak.</p></article></body></html>")
    p.write_bytes(html.encode("cp1252"))
    [art] = list(read_inputs([str(p)]))
    assert "Støre" in art.text and "øke" in art.text
