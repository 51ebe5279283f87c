"""The fuzz suite of ``tests/test_fuzz_readers.py`` at benchmark size: cases per reader and for
``extract_text``, time, and failures (uncaught exceptions or a broken property).

Reproduce: ``.venv/bin/python benchmarks/fuzz.py [--examples 100000] [--seed N]`` (writes
``benchmarks/fuzz.md``, or with ``--seed`` appends to it). Derandomised, as in CI, so figures
repeat; CI runs 2,000 cases each. ``--seed N`` draws other cases than CI's (still reproducible
with the same N).
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


def run(test_id: str, examples: int, seed: int | None = None) -> tuple[str, float, bool, str]:
    env = dict(os.environ, UTKIKK_FUZZ_EXAMPLES=str(examples))
    extra = []
    if seed is not None:
        env["UTKIKK_FUZZ_SEED"] = str(seed)
        extra = [f"--hypothesis-seed={seed}"]
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, test_id],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - t0
    falsified = re.findall(r"Falsifying example.*", p.stdout)
    return test_id, took, p.returncode == 0, (falsified[0] if falsified else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--examples", type=int, default=100_000)
    ap.add_argument("--seed", type=int, help="draw other cases than CI's derandomised ones")
    ap.add_argument("--only", help="run only the targets whose name contains this")
    args = ap.parse_args()
    ids = [f"tests/test_fuzz_readers.py::test_reader_never_raises[{t}]" for t in TESTS]
    ids.append("tests/test_fuzz_readers.py::test_extract_text_never_raises_but_valueerror")
    ids = [i for i in ids if not args.only or args.only in i]
    rows = [run(i, args.examples, args.seed) for i in ids]
    seeded = f" --seed {args.seed}" if args.seed is not None else ""
    lines = ["# Fuzzing the readers", "", f"`.venv/bin/python benchmarks/fuzz.py --examples {args.examples}{seeded}`",
             "", "| target | cases | seconds | cases/s | result |", "|---|---|---|---|---|"]
    for test_id, took, ok, why in rows:
        name = test_id.split("::", 1)[1]
        lines.append(f"| {name} | {args.examples} | {took:.0f} | {args.examples / took:.0f} | "
                     f"{'0 failures' if ok else 'FAILED ' + why} |")
    out = "\n".join(lines) + "\n"
    md = ROOT / "benchmarks" / "fuzz.md"
    if seeded and md.exists():  # another draw beside the derandomised figures
        out = md.read_text(encoding="utf-8") + "\n" + out.replace("# Fuzzing the readers", "## Another draw")
    md.write_text(out, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
