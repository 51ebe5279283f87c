"""The fuzz suite of ``tests/test_fuzz_readers.py`` at benchmark size: cases per reader and for
``extract_text``, time, and failures (uncaught exceptions or a broken property).

Reproduce: ``.venv/bin/python benchmarks/fuzz.py [--examples 100000] [--seed N]`` (writes
``benchmarks/fuzz.md``, or with ``--seed`` appends to it). Derandomised, as in CI, so figures
repeat; CI runs 2,000 cases each. ``--seed N`` draws other cases than CI's (still reproducible
with the same N).

A full run takes hours, so the table is rewritten after every target (a run stopped half-way
keeps what finished), each target's pytest output goes to ``--log-dir`` (the falsifying example
in full, if any), and the cases column is what hypothesis really ran, counted by the test itself.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# quickest first (by the cases/s of earlier runs), so a run stopped early has finished the most targets
TESTS = ["txt-.txt", "warc-.warc", "html-.html", "jsonl-.jsonl", "rss-.rss"]


def run(test_id: str, examples: int, seed: int | None = None,
        log_dir: Path | None = None) -> tuple[str, float, bool, str, int | None]:
    """Run one fuzz target in its own pytest process; return its id, seconds, whether it passed,
    the falsifying example's first line and the cases it ran (``None`` if the count is missing)."""
    counts = Path(tempfile.mkstemp(prefix="utkikk-fuzz-count-", suffix=".json")[1])
    env = dict(os.environ, UTKIKK_FUZZ_EXAMPLES=str(examples), UTKIKK_FUZZ_COUNTS=str(counts))
    extra = []
    if seed is not None:
        env["UTKIKK_FUZZ_SEED"] = str(seed)
        extra = [f"--hypothesis-seed={seed}"]
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, test_id],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - t0
    falsified = re.findall(r"Falsifying example.*", p.stdout)
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", test_id.split("::", 1)[1])
        (log_dir / f"{name}.log").write_text(p.stdout + p.stderr, encoding="utf-8")
    try:
        ran: int | None = sum(json.loads(counts.read_text() or "{}").values())
    except (OSError, ValueError):
        ran = None
    counts.unlink(missing_ok=True)
    if p.returncode != 0 and not falsified:  # a crash or error outside hypothesis: say so
        falsified = [(p.stdout + p.stderr).strip().splitlines()[-1:] or ["pytest failed"]][0]
    return test_id, took, p.returncode == 0, (falsified[0] if falsified else ""), ran


def table(rows: list[tuple[str, float, bool, str, int | None]], examples: int, seeded: str) -> str:
    """The markdown table of the targets run so far."""
    lines = ["# Fuzzing the readers", "", f"`.venv/bin/python benchmarks/fuzz.py --examples {examples}{seeded}`",
             "", "| target | cases | seconds | cases/s | result |", "|---|---|---|---|---|"]
    for test_id, took, ok, why, ran in rows:
        name = test_id.split("::", 1)[1]
        cases = ran if ran is not None else examples
        lines.append(f"| {name} | {cases} | {took:.0f} | {cases / took:.0f} | "
                     f"{'0 failures' if ok else 'FAILED ' + why} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--examples", type=int, default=100_000)
    ap.add_argument("--seed", type=int, help="draw other cases than CI's derandomised ones")
    ap.add_argument("--only", help="run only the targets whose name contains this")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "fuzz.md", help="the table to write")
    ap.add_argument("--log-dir", type=Path, help="keep each target's pytest output here")
    args = ap.parse_args()
    ids = ["tests/test_fuzz_readers.py::test_extract_text_never_raises_but_valueerror"]
    ids += [f"tests/test_fuzz_readers.py::test_reader_never_raises[{t}]" for t in TESTS]
    ids = [i for i in ids if not args.only or args.only in i]
    seeded = f" --seed {args.seed}" if args.seed is not None else ""
    before = args.out.read_text(encoding="utf-8") if seeded and args.out.exists() else None
    rows = []
    for i in ids:
        rows.append(run(i, args.examples, args.seed, args.log_dir))
        out = table(rows, args.examples, seeded)
        if before is not None:  # another draw beside the derandomised figures
            out = before + "\n" + out.replace("# Fuzzing the readers", "## Another draw")
        args.out.write_text(out, encoding="utf-8")  # after every target: a stopped run keeps these
        print(time.strftime("%H:%M:%S"), rows[-1][0], f"{rows[-1][1]:.0f} s", rows[-1][4], "cases",
              "ok" if rows[-1][2] else "FAILED " + rows[-1][3], flush=True)


if __name__ == "__main__":
    main()
