"""Build examples/corpus/warc/nyheter.warc.gz from the page sources in corpus/warc/src/.

Why: the corpus needs one WARC file so that the WARC reader is tested on a real
container (gzip members, warcinfo, HTTP response records, a non-HTML record to skip).
The pages live as data files (*.html.src, one *.png.src) so they are not ingested
twice by the corpus reader; this script only wraps them. Record ids and dates are
fixed so that rebuilding gives a byte-identical file.

Run: .venv/bin/python examples/build_warc.py
"""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "corpus" / "warc" / "src"
OUT = HERE / "corpus" / "warc" / "nyheter.warc.gz"

# (source file, target URI, WARC-Date, Content-Type); order is the order in the file.
RECORDS: list[tuple[str, str, str, str]] = [
    ("01_noreg_palestina.html.src", "https://fjordnytt.example/utland/noreg-anerkjenner-palestina",
     "2024-05-28T11:02:10Z", "text/html; charset=utf-8"),
    ("02_logo.png.src", "https://fjordnytt.example/img/logo.png",
     "2024-05-28T11:02:11Z", "image/png"),
    ("03_finland_grensa.html.src", "https://fjordnytt.example/utland/finland-stengjer-grensa",
     "2023-11-28T16:20:45Z", "text/html; charset=utf-8"),
    ("04_yoon_tokyo.html.src", "https://verdensnytt.example/utenriks/japan-sor-korea",
     "2023-03-16T14:05:00Z", "text/html; charset=utf-8"),
]


def record_id(name: str) -> str:
    """A stable WARC-Record-ID derived from the source name (reproducible builds)."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'utkikk-example/' + name)}>"


def build(out: Path = OUT) -> int:
    """Write the WARC file and return the number of response records written."""
    n = 0
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            "nyheter.warc.gz",
            {"software": "utkikk examples/build_warc.py", "format": "WARC File Format 1.0",
             "description": "Sample news pages written for the Utkikk test corpus"},
        )
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo"))
        info.rec_headers.replace_header("WARC-Date", "2024-06-01T00:00:00Z")
        writer.write_record(info)
        for name, uri, date, ctype in RECORDS:
            body = (SRC / name).read_bytes()
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            rec = writer.create_warc_record(
                uri, "response", payload=BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": record_id(name)},
            )
            writer.write_record(rec)
            n += 1
    return n


if __name__ == "__main__":
    count = build()
    print(f"wrote {count} response records to {OUT}")
