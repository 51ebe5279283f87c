"""End-to-end `utkikk extract` throughput on one core and on all cores, with peak memory.

Builds the synthetic corpus (benchmarks/synthetic.py, default 10,000 articles), then runs
`utkikk extract --jsonl` in one process over all of it, and in one process per core over equal
shards at the same time. Startup (model and knowledge-base loading) is included, as a user sees it.
Reproduce: `.venv/bin/python benchmarks/throughput.py [N]`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import build

CHILD = ("import resource, sys; from utkikk.cli import app\n"
         "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
         "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def shard(path: Path, k: int) -> list[Path]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for i in range(k):
        p = path.with_name(f"{path.stem}_shard{i}.jsonl")
        p.write_text("\n".join(lines[i::k]) + "\n", encoding="utf-8")
        out.append(p)
    return out


def run_parallel(paths: list[Path]) -> tuple[float, float, int]:
    """Wall seconds, max peak RSS (MB) and documents printed for one extract process per path."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, "extract", str(p), "--jsonl"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV) for p in paths]
    peaks, docs = [], 0
    for pr in procs:
        out, err = pr.communicate()
        docs += sum(1 for line in out.splitlines() if line.startswith("{"))
        peaks += [int(line.split()[1]) for line in err.splitlines() if line.startswith("PEAK_KB")]
    return time.perf_counter() - t0, max(peaks) / 1024, docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(n, Path(tmp))
        rows = [("1 process (one core)", *run_parallel([corpus]))]
        if cores > 1:
            rows.append((f"{cores} processes (all cores)", *run_parallel(shard(corpus, cores))))
    lines = [f"| extract of {n} synthetic articles | seconds | articles/s | peak RSS per process MB |", "|---|---|---|---|"]
    for label, secs, peak, docs in rows:
        lines.append(f"| {label} | {secs:.1f} | {docs / secs:.1f} | {peak:.0f} |")
    print("\n".join(lines))
    print(json.dumps({"articles": n, "cores": cores}))


if __name__ == "__main__":
    main()
