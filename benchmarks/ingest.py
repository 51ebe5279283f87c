"""Ingest throughput (articles/s) and peak memory on the sample corpus replicated to >= 10,000 articles.

Runs `utkikk ingest` as a child process on a synthetic JSON Lines corpus (benchmarks/synthetic.py),
once with actor and event analysis and once reading and storing only (`--no-analyse`), and prints
a Markdown table. Reproduce: `.venv/bin/python benchmarks/ingest.py [N]` (default 10000).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import build

# the child reports its own peak resident memory, so each run is measured on its own
CHILD = ("import resource, sys; from utkikk.cli import app\n"
         "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
         "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `utkikk` command run in a child process."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", CHILD, *args], check=True, capture_output=True, text=True,
                         env={**os.environ, "OMP_NUM_THREADS": "1"})
    elapsed = time.perf_counter() - t0
    peak = next(int(line.split()[1]) for line in res.stderr.splitlines() if line.startswith("PEAK_KB"))
    return elapsed, peak / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(n, Path(tmp))
        rows = []
        for label, extra in (("read + store only (--no-analyse)", ["--no-analyse"]), ("full: actors + events", [])):
            db = Path(tmp) / f"bench_{len(extra)}.db"
            secs, peak = run(["ingest", str(corpus), "--db", str(db), "--quiet", *extra])
            rows.append((label, n, secs, n / secs, peak))
    print(f"| ingest of {n} synthetic articles (one process) | articles | seconds | articles/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for label, count, secs, rate, peak in rows:
        print(f"| {label} | {count} | {secs:.1f} | {rate:.1f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
