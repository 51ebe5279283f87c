"""`utkikk spark extract` on a local[2] Spark, and `utkikk load` of its output into both stores.

The Spark job must find exactly the events `utkikk extract` prints for the sample corpus, load the
models once per worker process, and its output loaded into a store must equal `utkikk ingest` of
the same files. Skips where PySpark or Java is missing, unless UTKIKK_REQUIRE_SPARK=1 (make test).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from utkikk.store import Store

CORPUS = str(Path(__file__).parents[1] / "examples" / "corpus")
EVENT_KEY = ("doc", "source", "target", "type", "mode", "date", "speaker", "trigger", "sentence")


def _require_spark() -> None:
    missing = None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing = "PySpark is not installed (pip install 'utkikk[spark]')"
    if missing is None and shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing = "no Java runtime for Spark (tools/install-java.sh installs one)"
    if missing:
        if os.environ.get("UTKIKK_REQUIRE_SPARK") == "1":
            pytest.fail(missing)
        pytest.skip(missing)


@pytest.fixture(scope="module")
def spark_out(tmp_path_factory):
    _require_spark()
    from utkikk.scaleout.spark import extract

    out = tmp_path_factory.mktemp("spark") / "out"
    summary = extract([CORPUS], out, master="local[2]", partitions=6)
    return out, summary


def _extract_cli() -> list[dict]:
    res = subprocess.run([sys.executable, "-m", "utkikk", "extract", CORPUS], capture_output=True, text=True,
                         check=True)
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_spark_events_equal_those_of_extract(spark_out):
    import pyarrow.parquet as pq

    out, summary = spark_out
    events = pq.read_table(out / "events").to_pylist()
    got = Counter(tuple(e[k] for k in EVENT_KEY) for e in events if e["reported"])
    want = Counter(tuple(ev.get(k) if k != "doc" else d["doc"] for k in EVENT_KEY)
                   for d in _extract_cli() for ev in d["events"])
    assert sum(want.values()) > 100
    assert got == want
    articles = pq.read_table(out / "articles", columns=["doc", "year", "month"]).to_pylist()
    assert summary.articles == len(articles) == 77
    assert all(str(a["year"]).isdigit() or a["year"] == "unknown" for a in articles)
    assert {r["source"].rsplit("/", 1)[-1] for r in pq.read_table(out / "rejects").to_pylist()} == {
        "empty.txt", "garbled.txt"}


def test_models_load_once_per_worker_process_not_per_task(spark_out):
    _, summary = spark_out
    assert summary.partitions == 6 and 1 <= summary.worker_processes <= 2
    assert summary.model_loads <= 5 * summary.worker_processes  # five languages, each once per worker


def test_load_into_a_store_equals_ingest_and_is_idempotent(spark_out, db_url, another_db):
    from utkikk.scaleout.load import load

    out, _ = spark_out
    with Store(db_url) as store:
        first = load(out, store)
        again = load(out, store)
        loaded = store.stats()
    assert first.new == 77 - first.known and first.rejects == 2
    assert again.new == 0 and again.known == first.new + first.known
    ingested = another_db()
    res = subprocess.run([sys.executable, "-m", "utkikk", "ingest", "--quiet", "--db", ingested, CORPUS])
    assert res.returncode == 3  # stored, with the two broken files of the corpus rejected
    with Store(ingested) as store:
        assert store.stats() == loaded
