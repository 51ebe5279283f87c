"""Analysis on every core: batches of articles coded in worker processes, results in input order.

Why: coding is CPU-bound Python and spaCy work that one process cannot spread over cores (the
GIL), and an archive of a million articles takes half a day on one. Each worker process loads
the language models once (``utkikk.nlp.load`` is cached per process) and codes whole batches, so
the batches — and therefore the results — are exactly those of a run in one process. The main
process keeps reading, storing and printing, in the order the articles were read.

A worker that dies (killed, out of memory, a crash in native code) stops the run with
:class:`WorkerDied`, which names the worker, its process id, how it ended and the batch it held:
a silent gap in the output, or a run that hangs, would be worse than stopping.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# batches handed to each worker before the first result is awaited: one in work, one waiting
AHEAD = 2


class WorkerDied(RuntimeError):
    """A worker process ended before it returned the batch it held, or failed on it."""


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _serve(fn: Callable[[Any], Any], inbox: Any, conn: Connection) -> None:
    """A worker's loop: take a batch, send back ``("ok", result)`` or ``("error", traceback)``;
    ``None`` ends it. Ctrl-C is left to the main process, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not logging.getLogger().handlers:  # the format of `utkikk`'s own log lines
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    while True:
        batch = inbox.get()
        if batch is None:
            break
        try:
            result = ("ok", fn(batch))
        except BaseException:  # noqa: BLE001 - reported to the main process, which stops the run
            result = ("error", traceback.format_exc())
        conn.send(result)
    conn.close()


def _how_it_ended(code: int | None) -> str:
    if code is None:
        return "closed its pipe"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def ordered_map(fn: Callable[[T], R], batches: Iterable[T], workers: int,
                describe: Callable[[T], str] = lambda _b: "a batch") -> Iterator[R]:
    """``fn(batch)`` for every batch, computed in ``workers`` processes, yielded in batch order.

    ``fn`` must be a module-level function (the workers are spawned, not forked: a fork would
    copy the main process's threads and open store connections). Batch *i* goes to worker
    *i mod workers*, so each worker's results come back in the order it got its batches.
    Raises :class:`WorkerDied` (naming the worker and, through ``describe``, the batch) when a
    worker dies or ``fn`` raises in it; the other workers are stopped then too."""
    ctx = mp.get_context("spawn")
    # one worker a core, so one BLAS thread a worker (NumPy's BLAS would start one a core in each)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    procs, inboxes, conns = [], [], []
    for k in range(workers):
        inbox = ctx.Queue()
        mine, theirs = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_serve, args=(fn, inbox, theirs), name=f"utkikk-worker-{k + 1}", daemon=True)
        proc.start()
        theirs.close()
        procs.append(proc)
        inboxes.append(inbox)
        conns.append(mine)
    pending: deque[tuple[int, str]] = deque()  # (worker, description) of each batch handed out
    it = iter(batches)
    sent = 0
    try:
        while True:
            while len(pending) < workers * AHEAD:
                batch = next(it, None)
                if batch is None:
                    break
                k = sent % workers
                inboxes[k].put(batch)
                pending.append((k, describe(batch)))
                sent += 1
            if not pending:
                return
            k, what = pending.popleft()
            status, payload = _receive(k, procs[k], conns[k], what)
            if status != "ok":
                raise WorkerDied(f"worker {k + 1} of {workers} (pid {procs[k].pid}) failed on {what}:\n{payload}")
            yield payload
    finally:
        for inbox in inboxes:
            try:
                inbox.put(None)
            except (OSError, ValueError):  # pragma: no cover - queue already broken
                pass
        for proc in procs:
            proc.join(timeout=2)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=2)
        for inbox in inboxes:
            inbox.close()
            inbox.cancel_join_thread()
        for conn in conns:
            conn.close()


def _receive(k: int, proc: Any, conn: Connection, what: str) -> tuple[str, Any]:
    """The next message of worker ``k``, or :class:`WorkerDied` once it has ended without one."""
    while True:
        wait([conn, proc.sentinel])
        if conn.poll():
            try:
                return conn.recv()
            except EOFError:
                pass
        elif proc.is_alive():
            continue
        proc.join(timeout=1)
        raise WorkerDied(f"worker {k + 1} (pid {proc.pid}) {_how_it_ended(proc.exitcode)} while analysing {what}; "
                         "the run stopped there (a worker killed for memory: fewer --workers)")
