"""Throughput of `utkikk extract` and `utkikk ingest` on real and synthetic text, against the tokenizer.

Why: the throughput issue (15) asks for articles per second per core at the margin (startup set
apart), with and without coding, peak memory, the speed-up from one worker to two, and the cost
relative to spaCy's blank tokenizer measured in the same run (the machine is shared, so absolute
seconds move with its load; the ratio moves less). Inputs: the real-text benchmark
(benchmarks/realtext.py: treebank sentences in articles of 20, read from ``../shared/data`` at run
time) and the synthetic corpus (benchmarks/synthetic.py), both written to a temporary folder.

Each command runs in a child process, once on the whole input and once on its first article; the
difference is the marginal cost of the other articles, the one-article run is the startup (models,
knowledge base, lexicons). Peak RSS is the child's own and that of its largest worker. The blank
tokenizer (``spacy.blank(lang).tokenizer.pipe``) runs over the same texts in a child of its own.
Reproduce: ``.venv/bin/python benchmarks/throughput.py [real articles per language] [synthetic articles]``
(default 300 and 2000).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from realtext import build as build_real  # noqa: E402
from synthetic import build as build_synthetic  # noqa: E402

CHILD = ("import resource, sys; from utkikk.cli import app\n"
         "try:\n    app(sys.argv[1:])\nexcept SystemExit as exc:\n    code = exc.code\nelse:\n    code = 0\n"
         "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
         " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
         "sys.exit(code)")
TOKENIZER = """
import json, sys, time, spacy
from utkikk.ingest import read_inputs
from utkikk.record import Article
from utkikk.pipeline import unwrapped
arts = [a for a in read_inputs([sys.argv[1]]) if isinstance(a, Article) and a.lang_supported and a.lang]
by = {}
for a in arts:
    by.setdefault(a.lang, []).append(unwrapped(a.text))
spent = 0.0
for lang, texts in by.items():
    tok = spacy.blank("nb" if lang == "nn" else lang).tokenizer
    list(tok.pipe(texts[:20]))
    t = time.perf_counter()
    list(tok.pipe(texts))
    spent += time.perf_counter() - t
print(json.dumps({"articles": len(arts), "seconds": spent}))
"""
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
       "UTKIKK_EMBEDDINGS": "0", "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) of the process and of its largest child, for one `utkikk` command."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=ENV)
    secs = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"utkikk {' '.join(args)} failed ({res.returncode}):\n{res.stderr[-3000:]}")
    line = next(x for x in res.stderr.splitlines() if x.startswith("PEAK_KB"))
    _, own, kids = line.split()
    return secs, int(own) / 1024, int(kids) / 1024


def tokenizer_rate(path: Path) -> float:
    """Articles per second of the blank tokenizer over the texts of ``path``."""
    res = subprocess.run([sys.executable, "-c", TOKENIZER, str(path)], capture_output=True, text=True, env=ENV,
                         check=True)
    out = json.loads(res.stdout.strip().splitlines()[-1])
    return out["articles"] / out["seconds"]


def first_line(path: Path) -> Path:
    one = path.with_name(path.stem + "_first.jsonl")
    one.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    return one


def measure(name: str, path: Path, tmp: Path) -> list[dict[str, object]]:
    n = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    one = first_line(path)
    tok = tokenizer_rate(path)
    commands = {
        "extract": lambda p, w, k: ["extract", str(p), "--jsonl", "--workers", str(w)],
        "ingest, coding": lambda p, w, k: ["ingest", str(p), "--db", str(tmp / f"{name}_{k}.db"), "--quiet",
                                           "--no-embeddings", "--workers", str(w)],
        "ingest, no coding": lambda p, w, k: ["ingest", str(p), "--db", str(tmp / f"{name}_{k}.db"), "--quiet",
                                              "--no-embeddings", "--no-analyse", "--workers", str(w)],
    }
    rows: list[dict[str, object]] = []
    for label, cmd in commands.items():
        start, _, _ = run(cmd(one, 1, f"{label}_one".replace(" ", "").replace(",", "")))
        for workers in (1, 2):
            if workers == 2 and label == "ingest, no coding":
                continue  # no analysis: the workers have nothing to do
            key = f"{label}_{workers}".replace(" ", "").replace(",", "")
            secs, own, kids = run(cmd(path, workers, key))
            marginal = (n - 1) / max(secs - start, 1e-9)
            rows.append({"input": name, "command": label, "workers": workers, "articles": n, "seconds": secs,
                         "startup_s": start, "marginal_per_s": marginal, "per_s": n / secs,
                         "tokenizer_per_s": tok, "x_tokenizer": tok / marginal, "peak_mb": max(own, kids)})
    return rows


def main() -> None:
    per_lang = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    synthetic_n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows = measure("real text", build_real(tmp / "real", per_lang), tmp)
        rows += measure("synthetic", build_synthetic(synthetic_n, tmp / "synthetic"), tmp)
    print("| input | command | workers | articles | seconds | startup s | marginal articles/s "
          "| blank tokenizer articles/s | × tokenizer | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['input']} | {r['command']} | {r['workers']} | {r['articles']} | {r['seconds']:.1f} "
              f"| {r['startup_s']:.1f} | {r['marginal_per_s']:.1f} | {r['tokenizer_per_s']:.0f} "
              f"| {r['x_tokenizer']:.1f} | {r['peak_mb']:.0f} |")
    print()
    for name in ("real text", "synthetic"):
        for label in ("extract", "ingest, coding"):
            one, two = (next(r for r in rows if r["input"] == name and r["command"] == label and r["workers"] == w)
                        for w in (1, 2))
            print(f"{name}, {label}: 1 -> 2 workers {float(one['seconds']) / float(two['seconds']):.2f}× "
                  f"(wall, startup included), marginal {float(two['marginal_per_s']) / float(one['marginal_per_s']):.2f}×")
    print(json.dumps({"cores": os.cpu_count(), "load_average": os.getloadavg()}))


if __name__ == "__main__":
    main()
