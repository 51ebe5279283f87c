"""`utkikk spark extract` on 1 and 2 executor cores against one `utkikk extract` process.

    .venv/bin/python benchmarks/spark.py [N]      # N synthetic articles, default 20,000

Builds N synthetic articles (benchmarks/synthetic.py) as JSON Lines files of 100 articles each (a
file is Spark's unit of work here), then times, as whole commands: `utkikk extract` over all files
in one process, and `utkikk spark extract --master local[1]` and `local[2]`. Each command's start-up
(models, knowledge base; for Spark also the JVM and workers) is timed apart on one small file, so
the per-article cost is marginal: (wall − start-up) / N. Writes benchmarks/spark.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from synthetic import build

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
PER_FILE = 100


def split(corpus: Path, folder: Path) -> list[Path]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    folder.mkdir()
    paths = []
    for i in range(0, len(lines), PER_FILE):
        p = folder / f"part{i // PER_FILE:05d}.jsonl"
        p.write_text("\n".join(lines[i:i + PER_FILE]) + "\n", encoding="utf-8")
        paths.append(p)
    return paths


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    if res.returncode:
        raise SystemExit(f"{' '.join(cmd[:4])}…: exit {res.returncode}\n{res.stderr[-2000:]}")
    return time.perf_counter() - t0


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    py = [sys.executable, "-m", "utkikk"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = split(build(n, tmp / "src"), tmp / "parts")
        small = str(files[0])
        runs = [("`utkikk extract`, one process", py + ["extract"], []),
                ("`utkikk spark extract --master local[1]`", py + ["spark", "extract", "--master", "local[1]"],
                 ["--out", str(tmp / "out1")]),
                ("`utkikk spark extract --master local[2]`", py + ["spark", "extract", "--master", "local[2]"],
                 ["--out", str(tmp / "out2")])]
        for label, cmd, extra in runs:
            startup = timed(cmd + [small] + extra)  # one file of PER_FILE articles
            wall = timed(cmd + [str(tmp / "parts")] + extra)
            # the small run analysed PER_FILE articles too: take them out of its start-up
            per_article = (wall - startup) / (n - PER_FILE)
            rows.append((label, wall, startup - per_article * PER_FILE, per_article))
            print(f"{label}: wall {wall:.1f} s, start-up {rows[-1][2]:.1f} s, {per_article * 1000:.2f} ms/article",
                  flush=True)
    base = rows[0][3]
    one = rows[1][3]
    lines = [
        "# Spark: `utkikk spark extract` against `utkikk extract`",
        "",
        f"{n:,} synthetic articles (`benchmarks/synthetic.py`) in {n // PER_FILE} JSON Lines files of {PER_FILE}; "
        f"machine: {os.cpu_count()} shared cores. Produced by `python benchmarks/spark.py {n}` on "
        f"{date.today().isoformat()}. Start-up (models, knowledge base; for Spark the JVM and its Python workers) "
        "is measured apart on one file; the per-article cost is the rest of the wall time over the articles.",
        "",
        "| command | wall s | start-up s | ms per article | articles/s (marginal) | cost vs one `extract` | "
        "speed-up vs local[1] |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        *[f"| {label} | {wall:.1f} | {start:.1f} | {pa * 1000:.2f} | {1 / pa:.1f} | {pa / base:.2f} | "
          f"{'–' if i == 0 else f'{one / pa:.2f}'} |" for i, (label, wall, start, pa) in enumerate(rows)],
    ]
    (ROOT / "benchmarks" / "spark.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
