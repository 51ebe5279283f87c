"""Graceful shutdown: what the server does between SIGTERM (or Ctrl-C) and its exit.

uvicorn stops accepting connections at once and gives requests in flight up to
``timeout_graceful_shutdown`` seconds. Most requests are short and simply finish; a streamed
export of 200,000 rows is not, so the app sets :data:`STOPPING` as soon as the signal arrives
and the export loops call :func:`check_running` between chunks: a stopped export is cut
(the client sees an incomplete response, never a short file that looks complete) instead of
holding the process until it is killed.

The signal is seen by wrapping uvicorn's own handlers at app startup (:func:`watch_signals`),
which works alike in one process and in each worker of ``serve --workers N``.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

log = logging.getLogger("uvicorn.error")
STOPPING = threading.Event()
SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE_S = 10.0  # default time requests in flight get after a stop signal


class ServerStopping(RuntimeError):
    """Raised inside a long loop (an export) once the server has been told to stop."""


def check_running() -> None:
    """Raise :class:`ServerStopping` if the server is shutting down; called between chunks."""
    if STOPPING.is_set():
        raise ServerStopping("the server is shutting down; the export was cut")


def watch_signals() -> None:
    """Wrap the SIGINT/SIGTERM handlers in place (uvicorn's, at app startup) so a stop signal
    also sets :data:`STOPPING`. Outside the main thread (a test client) there is nothing to wrap."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in SIGNALS:
        previous = signal.getsignal(sig)
        if callable(previous):
            signal.signal(sig, _stopping(previous))


def _stopping(previous: Callable[[int, FrameType | None], Any]) -> Callable[[int, FrameType | None], Any]:
    def handler(sig: int, frame: FrameType | None) -> Any:
        if not STOPPING.is_set():
            log.info("%s received: no new connections; requests in flight finish or are cut, exports stop",
                     signal.Signals(sig).name)
        STOPPING.set()
        return previous(sig, frame)
    return handler


def exit_quietly_after_stop() -> None:
    """In the process that runs the server, before uvicorn starts: the stop signals exit with
    status 0. uvicorn raises the signal again after its shutdown, for the handler that was in place
    before it; that handler here exits cleanly, so ``utkikk serve`` stopped by SIGTERM or Ctrl-C
    reports success (a stop asked for is not a failure), and a signal that comes before uvicorn
    has started stops the process all the same."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stopped(sig: int, frame: FrameType | None) -> None:  # noqa: ARG001
        log.info("stopped (%s)", signal.Signals(sig).name)
        raise SystemExit(0)

    for sig in SIGNALS:
        signal.signal(sig, stopped)
