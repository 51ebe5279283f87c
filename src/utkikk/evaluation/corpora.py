"""Sentences of the public corpora in ``../shared/data``, addressed by file and sentence key.

A key is the sentence's ``# sent_id`` where the file has one, else its 1-based index (sentences
are separated by blank lines) — the same keys ``shared/tools/reserved.py`` prints, so an
annotation can be checked against the reserved list. The text never enters the repository: it
is rebuilt from the tokens here, at run time.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

# the development-set sources per language (issue: real-text development set)
SOURCES: dict[str, str] = {
    "nb": "norne/derived/no_bokmaal-ndt-train.derived.conll",
    "nn": "norne/derived/no_nynorsk-ndt-train.derived.conll",
    "da": "danplus/data/da_news_train.tsv",
    "sv": "swedish-ner-webbnyheter2012/train_corpus.txt",
    "en": "ud-english-ewt/en_ewt-ud-dev.conllu",
}

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "»", "%", "”"}
NO_SPACE_AFTER = {"(", "[", "«", "“"}


class CorpusMissing(FileNotFoundError):
    """The shared corpora are not beside the checkout (``../shared/data``)."""


def data_dir() -> Path:
    """``$UTKIKK_SHARED_DATA``, else ``../shared/data`` beside the repository."""
    env = os.environ.get("UTKIKK_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[4] / "shared" / "data"


def detokenize(tokens: list[str]) -> str:
    """Join tokens into running text: no space before closing punctuation or after an opening one."""
    out = ""
    for tok in tokens:
        if out and tok not in NO_SPACE_BEFORE and out[-1] not in NO_SPACE_AFTER:
            out += " "
        out += tok
    return out


@cache
def sentences(rel: str) -> dict[str, str]:
    """Key -> text of every sentence of a corpus file (``rel`` is relative to the data folder)."""
    path = data_dir() / rel
    if not path.is_file():
        raise CorpusMissing(f"{path}: corpus file not found (is ../shared beside the checkout?)")
    out: dict[str, str] = {}
    toks: list[str] = []
    sid: str | None = None
    conll = path.suffix in (".conllu", ".conll")
    n = 0
    for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), ""]:
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            continue
        if not line.strip():
            if toks:
                n += 1
                out[sid or str(n)] = detokenize(toks)
            toks, sid = [], None
            continue
        cols = line.split("\t") if conll else line.split()
        if conll:
            if "-" in cols[0] or "." in cols[0]:
                continue
            word = cols[1]
            if word == "|" and len(cols) > 3 and cols[3] == "clb":  # NDT headline marker
                continue
        else:
            word = cols[0]
        toks.append(word)
    return out


def sentence(rel: str, key: str) -> str:
    """The text of one sentence; KeyError names the file and key."""
    sents = sentences(rel)
    if key not in sents:
        raise KeyError(f"{rel}: no sentence {key!r}")
    return sents[key]
