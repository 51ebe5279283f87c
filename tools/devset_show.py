"""Print development-set candidate sentences for annotation: KEY, the recogniser's codes, text.

usage: .venv/bin/python tools/devset_show.py LANG KEYS_FILE

KEYS_FILE holds ``KEY<TAB>CODES`` lines (``tools/devset_candidates.py``). The text is read from
``../shared/data`` at run time; nothing of it is written anywhere.
"""

from __future__ import annotations

import sys

from utkikk.evaluation import corpora


def main() -> None:
    lang, keys = sys.argv[1], sys.argv[2]
    rel = corpora.SOURCES[lang]
    for line in open(keys, encoding="utf-8"):
        if not line.strip():
            continue
        key, _, codes = line.rstrip("\n").partition("\t")
        print(f"[{key}]  (recogniser: {codes})\n{corpora.sentence(rel, key)}\n")


if __name__ == "__main__":
    main()
