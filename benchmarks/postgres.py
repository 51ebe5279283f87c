"""PostgreSQL beside SQLite: ingest throughput and the API latencies of benchmarks/api.py.

    .venv/bin/python benchmarks/postgres.py [--articles 3000] [--analysed 600] [--events 100000]

Starts a throwaway PostgreSQL cluster (tests/pg_server.py: initdb and pg_ctl in a temporary
folder, fsync off as in the tests), then on each backend: `utkikk ingest` of synthetic articles
(benchmarks/synthetic.py) without and with analysis, as whole commands with start-up timed apart
on a small file; and the endpoints of benchmarks/api.py on a bulk-built store of --events events,
uncached (aggregate cache emptied before every call), median and p95. Writes
benchmarks/postgres.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from api import build, endpoints, pct, timed  # noqa: E402
from synthetic import build as build_corpus  # noqa: E402

import pg_server  # noqa: E402

ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def ingest_seconds(db: str, path: Path, *options: str) -> float:
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "utkikk", "ingest", "--quiet", *options, "--db", db, str(path)],
                         capture_output=True, text=True, env=ENV)
    if res.returncode:
        raise SystemExit(f"ingest into {db}: exit {res.returncode}\n{res.stderr[-2000:]}")
    return time.perf_counter() - t0


def head(path: Path, n: int, out: Path) -> Path:
    out.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:n]), encoding="utf-8")
    return out


def ingest_rate(make_db, corpus: Path, n: int, tmp: Path, *options: str) -> float:
    """Marginal articles/s: (wall − wall on 50 articles) over the other articles, fresh stores."""
    small = ingest_seconds(make_db(), head(corpus, 50, tmp / "small.jsonl"), *options)
    full = ingest_seconds(make_db(), head(corpus, n, tmp / f"first{n}.jsonl"), *options)
    return (n - 50) / (full - small)


def api_latency(db: str, repeat: int) -> list[tuple[str, float, float]]:
    from fastapi.testclient import TestClient

    from utkikk.store import Store, queries
    from utkikk.web import create_app

    store = Store(db)
    client = TestClient(create_app(store=store))
    rng = random.Random(7)
    rows = []
    timed(client, "/api/events?source=USA")
    for name, make in endpoints(rng).items():
        urls = [make() for _ in range(repeat)]
        timed(client, make())
        cold = []
        for u in urls:
            queries._cache.clear()
            cold.append(timed(client, u))
        rows.append((name, statistics.median(cold), pct(cold, 95)))
        print(f"  {name:45s} median {rows[-1][1]:7.1f} p95 {rows[-1][2]:7.1f} ms", flush=True)
    store.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000, help="articles for ingest without analysis")
    ap.add_argument("--analysed", type=int, default=600, help="articles for ingest with analysis")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    bindir = pg_server.binaries()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed: run tools/install-postgres.sh")
    cluster = pg_server.Cluster(bindir).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            corpus = build_corpus(max(args.articles, args.analysed), tmp)
            counter = iter(range(10_000))
            makers = {"SQLite": lambda: str(tmp / f"s{next(counter)}.db"), "PostgreSQL": cluster.database}
            ingest = {}
            for backend, make in makers.items():
                plain = ingest_rate(make, corpus, args.articles, tmp, "--no-analyse")
                full = ingest_rate(make, corpus, args.analysed, tmp)
                ingest[backend] = (plain, full)
                print(f"{backend}: ingest {plain:.1f} articles/s read+store, {full:.1f} with analysis", flush=True)
            latency = {}
            for backend, make in makers.items():
                db = make()
                t0 = time.perf_counter()
                build(db, args.events)
                print(f"{backend}: built {args.events} events in {time.perf_counter() - t0:.1f} s", flush=True)
                latency[backend] = api_latency(db, args.repeat)
    finally:
        cluster.stop()
    version = bindir.parent.name
    lines = [
        "# PostgreSQL beside SQLite",
        "",
        f"PostgreSQL {version} (a throwaway local cluster on loopback, `fsync=off`, default settings otherwise) "
        f"and the embedded SQLite file (WAL). Machine: {os.cpu_count()} shared cores. Produced by "
        f"`python benchmarks/postgres.py --articles {args.articles} --analysed {args.analysed} --events "
        f"{args.events}` on {date.today().isoformat()}.",
        "",
        "Ingest: `utkikk ingest` of synthetic articles (`benchmarks/synthetic.py`) into a fresh store, one process; "
        "marginal rate (start-up measured apart on 50 articles).",
        "",
        "| backend | read + store only (--no-analyse) articles/s | with analysis articles/s |",
        "| --- | ---: | ---: |",
        *[f"| {b} | {p:.1f} | {f:.1f} |" for b, (p, f) in ingest.items()],
        "",
        f"API latency on a bulk-built store of {args.events:,} events (`benchmarks/api.py`'s store and endpoints), "
        f"{args.repeat} uncached calls per endpoint (aggregate cache emptied before each), in-process TestClient.",
        "",
        "| endpoint | SQLite median ms | SQLite p95 ms | PostgreSQL median ms | PostgreSQL p95 ms |",
        "| --- | ---: | ---: | ---: | ---: |",
        *[f"| `{name}` | {a:.1f} | {b:.1f} | {c:.1f} | {d:.1f} |"
          for (name, a, b), (_, c, d) in zip(latency["SQLite"], latency["PostgreSQL"], strict=True)],
    ]
    (ROOT / "benchmarks" / "postgres.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
