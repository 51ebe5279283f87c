"""``utkikk load DIR``: the Parquet output of ``utkikk spark extract`` into a store.

Idempotent like ``utkikk ingest``: an article whose content hash is stored is skipped, so a load
that was interrupted, or run twice, or run beside another writer, leaves each article once
(``Store.add_article`` takes the store's writer lock). Articles go in month by month, oldest
first, and within a month in input order, so the first report of a wire story, which founds its
near-duplicate cluster, is the earliest one. Memory holds one month's partition at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..record import Reject
from .rows import UNKNOWN, article_from_record


@dataclass
class Loaded:
    new: int = 0
    known: int = 0
    near_duplicates: int = 0
    rejects: int = 0


class OutputError(ValueError):
    """A folder that does not hold ``spark extract`` output."""


def _month_folders(articles: Path) -> list[Path]:
    def key(p: Path) -> tuple[bool, str]:
        value = p.name.partition("=")[2]
        return value == UNKNOWN, value

    folders = []
    for year in sorted(articles.glob("year=*"), key=key):
        folders += sorted(year.glob("month=*"), key=key)
    return folders


def records(out: str | os.PathLike[str]) -> Iterator[str]:
    """The article records of an output folder, in load order (see the module docstring)."""
    import pyarrow.parquet as pq

    articles = Path(out) / "articles"
    if not articles.is_dir():
        raise OutputError(f"{out}: no articles/ folder; expected the output of `utkikk spark extract --out {out}`")
    for folder in _month_folders(articles):
        table = pq.read_table(folder, columns=["seq_file", "seq_item", "record"])
        keys = list(zip(table["seq_file"].to_pylist(), table["seq_item"].to_pylist(), strict=True))
        records = table["record"].to_pylist()
        for i in sorted(range(len(keys)), key=keys.__getitem__):
            yield records[i]


def rejects(out: str | os.PathLike[str]) -> list[Reject]:
    import pyarrow.parquet as pq

    folder = Path(out) / "rejects"
    if not folder.is_dir():
        return []
    table = pq.read_table(folder)
    return [Reject(s, r) for s, r in zip(table["source"].to_pylist(), table["reason"].to_pylist(), strict=True)]


def load(out: str | os.PathLike[str], store: object, progress: Callable[[str], None] | None = None) -> Loaded:
    """Put every article and reject of ``out`` into ``store`` (an open :class:`utkikk.store.Store`)."""
    done = Loaded()
    dedupe = store.deduper()
    for record in records(out):
        art = article_from_record(record)
        added = store.add_article(art, dedupe=dedupe)
        if added.new:
            done.new += 1
            done.near_duplicates += added.duplicate_of is not None
        else:
            done.known += 1
        if progress:
            progress(art.doc)
    for rej in rejects(out):
        store.add_reject(rej)
        done.rejects += 1
    return done
