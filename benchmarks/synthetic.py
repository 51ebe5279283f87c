"""A large synthetic corpus made from the sample corpus, for throughput benchmarks.

Each synthetic article mixes sentences from the sample articles of one language, so the copies
are neither identical (the content hash would skip them) nor near-duplicates (which would turn
every copy into one cluster): they look like new articles of the same kind and length.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_articles() -> list[tuple[str, str, str | None]]:
    """(lang, text, published) of every article in examples/corpus."""
    from utkikk.ingest import read_inputs
    from utkikk.record import Article

    return [(a.lang or "en", a.text, a.published) for a in read_inputs([str(ROOT / "examples" / "corpus")])
            if isinstance(a, Article)]


def build(n: int, out_dir: Path, seed: int = 7) -> Path:
    """Write ``n`` synthetic articles as one JSON Lines file and return its path."""
    rng = random.Random(seed)
    by_lang: dict[str, list[tuple[list[str], str | None]]] = {}
    for lang, text, published in sample_articles():
        sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20]
        by_lang.setdefault(lang, []).append((sents, published))
    langs = sorted(by_lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"synthetic_{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lang = langs[i % len(langs)]
            pool = by_lang[lang]
            base, published = pool[rng.randrange(len(pool))]
            k = max(4, len(base))
            sents = [rng.choice(rng.choice(pool)[0]) for _ in range(k)]
            fh.write(json.dumps({"title": f"Synthetic {i}", "text": " ".join(sents), "date": published,
                                 "url": f"https://example.org/{i}", "source": "Synthetic"}, ensure_ascii=False) + "\n")
    return path
