"""Reference outputs for the quality gate of the throughput work (issue 15).

Why: a speed change must leave every event, mention, person and quote as it was. This writes
what `utkikk extract --jsonl` prints for ``../shared/real``, ``../shared/seeds``, the sample
corpus (``examples/corpus``) and the real-text benchmark input (benchmarks/realtext.py), and the extract objects of the development set of every language,
one file each, into a folder; run it before and after a change and ``diff -r`` the two folders.
Reproduce: ``.venv/bin/python benchmarks/reference.py OUT_DIR [extract options, e.g. --workers 2]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
INPUTS = {
    "real": sorted(str(p) for p in (SHARED / "real").glob("*/*.txt")),
    "seeds": [str(SHARED / "seeds")],
    "corpus": [str(ROOT / "examples" / "corpus")],
}


def extract(inputs: list[str], extra: list[str]) -> tuple[str, str]:
    """Standard output and the sorted 'skipped' lines of one `utkikk extract --jsonl` run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    res = subprocess.run([sys.executable, "-m", "utkikk", "extract", "--jsonl", *extra, *inputs], capture_output=True,
                         text=True, env=env, check=True)
    skipped = sorted(line for line in res.stderr.splitlines() if line.startswith("skipped"))
    return res.stdout, "\n".join(skipped) + "\n"


def main() -> None:
    out = Path(sys.argv[1])
    extra = sys.argv[2:]
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from realtext import build

    tmp = tempfile.TemporaryDirectory()
    inputs_of = {**INPUTS, "realtext": [str(build(Path(tmp.name)))]}  # the throughput benchmark's input too
    for name, inputs in inputs_of.items():
        stdout, skipped = extract(inputs, extra)
        (out / f"{name}.jsonl").write_text(stdout, encoding="utf-8")
        (out / f"{name}.skipped.txt").write_text(skipped, encoding="utf-8")
    if extra:  # the dev set runs in this process: extract options do not apply to it
        return
    sys.path.insert(0, str(ROOT / "src"))
    from utkikk.evaluation import devset

    for lang in devset.LANGS:
        rows = devset.run(devset.load(lang))
        (out / f"devset_{lang}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                  encoding="utf-8")


if __name__ == "__main__":
    main()
