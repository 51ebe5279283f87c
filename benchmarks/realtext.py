"""A fixed real-text benchmark input: treebank sentences grouped into articles of 20 sentences.

Why: the synthetic corpus (benchmarks/synthetic.py) repeats the sample corpus's sentences, which
are denser in actors and events than news is; throughput measured on it says little about an
archive. Here every article is 20 consecutive sentences of a real news treebank (nb from NDT,
da from DaN+, sv from the Webbnyheter 2012 corpus), read through ``utkikk.evaluation.corpora``
from ``../shared/data`` at run time and written to a temporary JSON Lines file, never into the
repository. The same arguments always give the same file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from utkikk.evaluation import corpora  # noqa: E402

LANGS = ("nb", "da", "sv")
PER_ARTICLE = 20


def articles(per_lang: int = 300, per_article: int = PER_ARTICLE) -> list[dict[str, str]]:
    """``per_lang`` articles per language, languages interleaved (nb, da, sv, nb, ...), each the
    next ``per_article`` sentences of its treebank joined by spaces; a treebank that runs out
    gives fewer articles."""
    by_lang: dict[str, list[dict[str, str]]] = {}
    for lang in LANGS:
        sents = list(corpora.sentences(corpora.SOURCES[lang]).values())
        arts = []
        for i in range(per_lang):
            chunk = sents[i * per_article:(i + 1) * per_article]
            if len(chunk) < per_article:
                break
            arts.append({"title": f"real {lang} {i:04d}", "text": " ".join(chunk)})
        by_lang[lang] = arts
    out = []
    for i in range(max(len(v) for v in by_lang.values())):
        out += [by_lang[lang][i] for lang in LANGS if i < len(by_lang[lang])]
    return out


def build(out_dir: Path, per_lang: int = 300) -> Path:
    """Write the articles as JSON Lines (``title``, ``text``) under ``out_dir``; the path. No
    ``lang`` field: reading identifies the language, as it must for a real feed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"realtext_{per_lang}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for art in articles(per_lang):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":  # print the file's path and size
    p = build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    print(p, sum(1 for _ in p.open(encoding="utf-8")))
