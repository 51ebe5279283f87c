"""The fuzz suite of ``tests/test_fuzz_readers.py`` at benchmark size: cases per reader and for
``extract_text``, time, and failures (uncaught exceptions or a broken property).

Reproduce: ``.venv/bin/python benchmarks/fuzz.py [--examples 100000]`` (writes
``benchmarks/fuzz.md``). Derandomised, as in CI, so figures repeat; CI runs 2,000 cases each.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["txt-.txt", "html-.html", "jsonl-.jsonl", "rss-.rss", "warc-.warc"]


def run(test_id: str, examples: int) -> tuple[str, float, bool, str]:
    env = dict(os.environ, UTKIKK_FUZZ_EXAMPLES=str(examples))
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_id],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - t0
    falsified = re.findall(r"Falsifying example.*", p.stdout)
    return test_id, took, p.returncode == 0, (falsified[0] if falsified else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--examples", type=int, default=100_000)
    args = ap.parse_args()
    ids = [f"tests/test_fuzz_readers.py::test_reader_never_raises[{t}]" for t in TESTS]
    ids.append("tests/test_fuzz_readers.py::test_extract_text_never_raises_but_valueerror")
    rows = [run(i, args.examples) for i in ids]
    lines = ["# Fuzzing the readers", "", f"`.venv/bin/python benchmarks/fuzz.py --examples {args.examples}`", "",
             "| target | cases | seconds | cases/s | result |", "|---|---|---|---|---|"]
    for test_id, took, ok, why in rows:
        name = test_id.split("::", 1)[1]
        lines.append(f"| {name} | {args.examples} | {took:.0f} | {args.examples / took:.0f} | "
                     f"{'0 failures' if ok else 'FAILED ' + why} |")
    out = "\n".join(lines) + "\n"
    (ROOT / "benchmarks" / "fuzz.md").write_text(out, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
