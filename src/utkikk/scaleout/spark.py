"""``utkikk spark extract``: the per-article pipeline on Apache Spark, written as Parquet.

Why this shape: the work is embarrassingly parallel per input file, and nearly all of it is the
language models. So the driver only lists the input files; each Spark task reads its files with
the same reader and analyses them with the same :func:`utkikk.pipeline.analysed` as ``utkikk
extract``, so the events are the same. The models are cached per Python worker process
(``utkikk.nlp.loader.load``) and PySpark reuses its workers across tasks, so an executor loads each
language once, not once per task; the job reports how many loads there were.

Output, under ``--out``: ``articles/`` and ``events/`` as Parquet partitioned by ``year`` and
``month`` (``scaleout.rows``), and ``rejects/`` with the inputs that could not be read. ``utkikk
load DIR`` puts it into a store. A file is one unit of work: a JSON Lines or WARC file of many
records is read by one task, so split very large ones (``split -l``) for parallelism.

Run it locally (``--master local[N]``, the Java 17+ that PySpark needs on ``PATH`` or in
``JAVA_HOME``) or on a cluster under ``spark-submit`` with this file as the application (README,
"Scaling out").
"""

from __future__ import annotations

import os
import sys
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..record import Reject
from . import rows

KIND_ARTICLE, KIND_EVENT, KIND_REJECT, KIND_STATS = "a", "e", "r", "s"


@dataclass
class Summary:
    """What one job did, for the command line and the benchmark."""

    files: int
    articles: int
    events: int
    rejects: int
    partitions: int
    worker_processes: int
    model_loads: int
    out: str


def _drain(order: deque[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The positions recorded so far, first in first out (the reader runs ahead of the analysis)."""
    while order:
        yield order.popleft()


def _analyse_partition(files: Iterable[tuple[int, str]]) -> Iterator[tuple[str, Any]]:
    """One task: read and analyse its files as ``utkikk extract`` does; rows tagged by kind."""
    from ..ingest import read_inputs
    from ..nlp import loader
    from ..pipeline import analysed

    loads_before = loader.load.cache_info().misses
    order: deque[tuple[int, int]] = deque()  # (input file, record in file) of each item read, in order

    def read() -> Iterator[Any]:
        for i, path in files:
            for k, item in enumerate(read_inputs([path])):
                order.append((i, k))
                yield item

    for item, (i, k) in zip(analysed(read()), _drain(order), strict=True):
        if isinstance(item, Reject):
            yield KIND_REJECT, rows.reject_row(item)
            continue
        yield KIND_ARTICLE, {**rows.article_row(item), "seq_file": i, "seq_item": k}
        for ev in rows.event_rows(item):
            yield KIND_EVENT, ev
    yield KIND_STATS, {"pid": os.getpid(), "loads": loader.load.cache_info().misses - loads_before}


def _schemas() -> dict[str, Any]:
    from pyspark.sql.types import BooleanType, IntegerType, StringType, StructField, StructType

    def struct(columns: Sequence[str], types: dict[str, Any]) -> StructType:
        return StructType([StructField(c, types.get(c, StringType()), True) for c in columns])

    return {
        KIND_ARTICLE: struct((*rows.ARTICLE_COLUMNS, "seq_file", "seq_item"),
                             {"lang_supported": BooleanType(), "events": IntegerType(), "seq_file": IntegerType(),
                              "seq_item": IntegerType()}),
        KIND_EVENT: struct(rows.EVENT_COLUMNS, {"n": IntegerType(), "asserted": BooleanType(), "reported": BooleanType(),
                                                **{c: IntegerType() for c in ("sent_start", "sent_end", "start",
                                                                              "end")}}),
        KIND_REJECT: struct(rows.REJECT_COLUMNS, {}),
    }


def session(master: str = "local[*]", app_name: str = "utkikk-extract") -> Any:
    """A SparkSession; the workers run this interpreter, so they import the same Utkikk."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # PySpark warns about pandas 3 at import; this job hands Spark plain rows, never pandas frames
    warnings.filterwarnings("ignore", message=".*does not yet fully support pandas.*", category=FutureWarning)
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
    return builder.getOrCreate()


def list_files(inputs: Sequence[str]) -> tuple[list[str], list[Reject]]:
    """The input files in input order, and a reject for each input that names none."""
    from ..ingest.sources import expand

    files, rejects = [], []
    for src in expand(inputs):
        if src.kind == "file":
            files.append(src.ref)
        elif src.kind == "reject":
            rejects.append(Reject(src.ref, src.reason or "unreadable"))
        else:
            rejects.append(Reject(src.ref, f"spark extract reads files and folders, not {src.kind} input; "
                                                "use utkikk ingest for URLs and standard input"))
    return files, rejects


def extract(inputs: Sequence[str], out: str | os.PathLike[str], *, master: str = "local[*]",
            partitions: int | None = None, spark: Any = None) -> Summary:
    """Read and analyse ``inputs`` on Spark and write Parquet under ``out`` (replacing what is there)."""
    from pyspark import StorageLevel

    files, rejects = list_files(inputs)
    own = spark is None
    spark = spark or session(master)
    try:
        sc = spark.sparkContext
        n = max(1, min(len(files), partitions or sc.defaultParallelism * 4))
        # one file per slot, in order, so neighbouring files (often one outlet's day) share a task
        tagged = (sc.parallelize(list(enumerate(files)), n).mapPartitions(_analyse_partition)
                  .persist(StorageLevel.MEMORY_AND_DISK))
        schemas = _schemas()
        out = Path(out)
        counts = {}
        for kind, name, parts in ((KIND_ARTICLE, "articles", ["year", "month"]),
                                  (KIND_EVENT, "events", ["year", "month"]), (KIND_REJECT, "rejects", [])):
            data = tagged.filter(lambda kv, k=kind: kv[0] == k).map(lambda kv: kv[1])
            if kind == KIND_REJECT:
                data = data.union(sc.parallelize([rows.reject_row(r) for r in rejects], 1))
            df = spark.createDataFrame(data, schemas[kind])
            writer = df.write.mode("overwrite")
            if parts:
                writer = writer.partitionBy(*parts)
            writer.parquet(str(out / name))
            counts[name] = spark.read.parquet(str(out / name)).count()
        stats = tagged.filter(lambda kv: kv[0] == KIND_STATS).map(lambda kv: kv[1]).collect()
        tagged.unpersist()
    finally:
        if own:
            spark.stop()
    return Summary(files=len(files), articles=counts["articles"], events=counts["events"],
                   rejects=counts["rejects"], partitions=n, worker_processes=len({s["pid"] for s in stats}),
                   model_loads=sum(s["loads"] for s in stats), out=str(out))


def main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - spark-submit entry
    """``spark-submit …/utkikk/scaleout/spark.py INPUT... --out DIR``: the master comes from spark-submit."""
    import argparse

    ap = argparse.ArgumentParser(prog="utkikk-spark-extract")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--partitions", type=int)
    a = ap.parse_args(argv)
    print(extract(a.inputs, a.out, master="", partitions=a.partitions))


if __name__ == "__main__":  # pragma: no cover
    main()
