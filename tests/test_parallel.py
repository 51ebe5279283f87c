"""Analysis in worker processes (`--workers N`): the same output as one process, in input order,
and a clear error naming the worker when one dies. No timings here (benchmarks/throughput.py)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from utkikk.cli import app
from utkikk.parallel import WorkerDied, ordered_map
from utkikk.pipeline import _chunks
from utkikk.record import Article, Reject

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


def _doubled(batch: list[int]) -> list[int]:
    return [2 * x for x in batch]


def _dies_on_13(batch: list[int]) -> list[int]:
    if 13 in batch:
        os.kill(os.getpid(), signal.SIGKILL)
    return batch


def _raises_on_13(batch: list[int]) -> list[int]:
    if 13 in batch:
        raise ValueError("thirteen")
    return batch


def test_results_come_back_in_batch_order() -> None:
    batches = [[i, i + 100] for i in range(9)]
    assert list(ordered_map(_doubled, batches, 3)) == [_doubled(b) for b in batches]


def test_a_killed_worker_stops_the_run_with_its_name() -> None:
    batches = [[i] for i in range(20)]  # batch 13 goes to worker 13 % 2 + 1 = 2
    got = []
    with pytest.raises(WorkerDied) as caught:
        for res in ordered_map(_dies_on_13, batches, 2, describe=lambda b: f"batch {b[0]}"):
            got.append(res[0])
    msg = str(caught.value)
    assert "worker 2" in msg and "SIGKILL" in msg and "batch 13" in msg
    assert got == list(range(13))  # everything before it came back, in order, and nothing after


def test_an_exception_in_a_worker_names_the_worker_and_the_cause() -> None:
    with pytest.raises(WorkerDied, match=r"(?s)worker 2 of 2 .*ValueError: thirteen"):
        list(ordered_map(_raises_on_13, [[i] for i in range(20)], 2))


def test_chunks_cut_after_every_batch_of_articles() -> None:
    items = [Article(doc=str(i), text="x") if i % 3 else Reject(str(i), "bad") for i in range(10)]
    chunks = list(_chunks(items, 2))
    assert [x for c in chunks for x in c] == items
    assert [sum(isinstance(x, Article) for x in c) for c in chunks] == [2, 2, 2, 0]


def _extract(workers: int) -> tuple[list[dict], str]:
    r = CliRunner().invoke(app, ["extract", str(CORPUS), "--workers", str(workers)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    return lines, r.stderr


def test_extract_with_two_workers_prints_what_one_prints() -> None:
    one, err_one = _extract(1)
    two, err_two = _extract(2)
    assert len(one) > 32  # more than one batch, so the two workers really run
    assert sum(len(d["events"]) for d in one) > 0
    assert two == one
    assert sorted(err_two.splitlines()) == sorted(err_one.splitlines())  # the same skipped inputs


def _rows(db: str) -> dict[str, list[tuple]]:
    """Every row of the tables ingest writes, times of writing left out."""
    con = sqlite3.connect(db)
    out = {}
    for table in ("articles", "clusters", "signatures", "mentions", "persons", "quotes", "events", "rejects"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "at" and not r[1].endswith("_at")]
        out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1").fetchall()
    con.close()
    return out


def test_ingest_with_two_workers_stores_what_one_stores(tmp_path: Path) -> None:
    stored = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        r = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", db, "-q", "--workers", str(workers)])
        assert r.exit_code == 3, r.output  # 3: stored, and the corpus's broken files rejected
        stored.append(_rows(db))
    assert len(stored[0]["articles"]) > 32 and stored[0]["events"]
    assert stored[1] == stored[0]


def test_extract_reports_a_dead_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def dead(*_a: object, **_k: object):
        raise WorkerDied("worker 2 (pid 4242) was killed by SIGKILL while analysing the batch of 32 articles from x")
        yield  # pragma: no cover

    monkeypatch.setattr("utkikk.pipeline.analysed", dead)
    r = CliRunner().invoke(app, ["extract", str(CORPUS), "--workers", "2"])
    assert r.exit_code == 1
    assert "worker 2 (pid 4242) was killed by SIGKILL" in r.stderr
