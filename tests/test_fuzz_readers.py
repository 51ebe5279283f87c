"""Property-based fuzzing of every reader and of ``extract_text`` (hypothesis).

The inputs are the sample corpus's own files (``examples/corpus``: text, HTML, JSON Lines, RSS,
WARC), mutated — bytes flipped, cut, spliced with payloads that broke readers before (character
references out of range, stray UTF-8 bytes, lone surrogates, deep nesting, wrong lengths) — and
the property is the same for all: reading never raises, yields at least one item, and every item
is an Article with text or a Reject that names the input and gives a reason.

``UTKIKK_FUZZ_EXAMPLES`` sets the cases per reader (2,000 in CI; ``benchmarks/fuzz.py`` runs
100,000). The run is derandomised, so a failure reproduces.
"""

from __future__ import annotations

import atexit
import collections
import gzip
import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed (pip install -e '.[test]')")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from utkikk import extract_text  # noqa: E402
from utkikk.ingest import read_inputs  # noqa: E402
from utkikk.record import Article, Reject  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
EXAMPLES = int(os.environ.get("UTKIKK_FUZZ_EXAMPLES", "2000"))
# benchmarks/fuzz.py --seed N sets this and passes --hypothesis-seed=N: other cases than CI's
SEEDED = bool(os.environ.get("UTKIKK_FUZZ_SEED"))
# benchmarks/fuzz.py sets this to a file: the cases each target really ran are written there at
# exit, so the table reports what hypothesis ran rather than the number asked for
COUNTS: collections.Counter[str] = collections.Counter()
if os.environ.get("UTKIKK_FUZZ_COUNTS"):
    atexit.register(lambda: Path(os.environ["UTKIKK_FUZZ_COUNTS"]).write_text(json.dumps(COUNTS)))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not SEEDED, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PAYLOADS = [
    b"&#99999999;", b"&#0;", b"&#xD800;", b"\xff", b"\xc3", b"\xf0\x9f", b"\x00", b"\r\n\r\n",
    b'"\\ud800"', b"\\udfff", b"[" * 200, b"{" * 200, b"<div>" * 300, b"</channel>", b"<item>",
    b"<![CDATA[", b"]]>", b"encoding=\"UTF-\xf08\"", b"Content-Length: 999999\r\n", b"WARC/1.0\r\n",
    b"\xe2\x80\xa8", b"<script>alert(1)</script>", b"javascript:alert(1)", b"\x1f\x8b", b"\"text\": null",
]


def _seeds() -> dict[str, list[bytes]]:
    out: dict[str, list[bytes]] = {"txt": [], "html": [], "jsonl": [], "rss": [], "warc": []}
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        name = p.name.lower()
        if name.endswith(".warc.gz"):
            raw = gzip.decompress(p.read_bytes())
            out["warc"].append(raw)  # uncompressed: mutations reach the records, not only gzip
            out["warc"].append(p.read_bytes())
        elif name.endswith(".txt") and "broken" not in p.parts:
            out["txt"].append(p.read_bytes())
        elif name.endswith((".html", ".jsonl", ".rss")):
            out[name.rsplit(".", 1)[1]].append(p.read_bytes())
    out["txt"] = out["txt"][:12]
    return out


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS[kind])))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "payload", "duplicate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "payload":
            data[at:at] = draw(st.sampled_from(PAYLOADS))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 200))]
    return bytes(data)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="utkikk-fuzz-") as d:
        yield Path(d)


def _check(path: Path) -> None:
    items = list(read_inputs([str(path)]))  # the property: this never raises
    assert items, f"{path.name}: neither an article nor a reject"
    for it in items:
        if isinstance(it, Reject):
            assert it.source.startswith(str(path)) and it.reason.strip()
        else:
            assert isinstance(it, Article) and it.text.strip() and it.content_hash
            it.text.encode("utf-8")  # no lone surrogates reach the store


@pytest.mark.parametrize("kind,ext", [("txt", ".txt"), ("html", ".html"), ("jsonl", ".jsonl"),
                                      ("rss", ".rss"), ("warc", ".warc")])
def test_reader_never_raises(folder, kind, ext):
    path = folder / f"case{ext}"

    @FUZZ
    @given(data=mutated(kind))
    def case(data: bytes) -> None:
        COUNTS[kind] += 1
        path.write_bytes(data)
        _check(path)

    case()


@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
       | st.sampled_from([p.decode("latin-1") for p in PAYLOADS]).map(lambda p: "Norge og Sverige " + p + " avtale."),
       lang=st.sampled_from([None, "nb", "nn", "da", "sv", "en"]))
def test_extract_text_never_raises_but_valueerror(text, lang):
    COUNTS["extract_text"] += 1
    try:
        art = extract_text(text, lang=lang)
    except ValueError as exc:  # an empty text: the one refusal, with a reason
        assert "empty" in str(exc)
        return
    for e in art.events:
        assert 0 <= e.sent_start <= e.start < e.end <= e.sent_end <= len(art.text)
