"""The analyst web app and HTTP API over a store (FastAPI, server-rendered pages;
a little vanilla JavaScript only for type-ahead, the sentence highlight and PNG downloads).

``create_app(db)`` builds the app; ``serve(db, host, port)`` runs it with uvicorn, bound to the
loopback interface unless told otherwise.
"""

from __future__ import annotations

import os
from typing import Any

from .lifecycle import GRACE_S, exit_quietly_after_stop

# the Host names served by default; here rather than in .app so that ``serve --workers N`` does not
# import the app (FastAPI, the store, the ontology) in the parent process, which only hands the
# socket to N workers that import it themselves: the workers start that much sooner
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def __getattr__(name: str) -> Any:
    """``create_app``, imported on first use (see :data:`LOOPBACK_HOSTS` for why)."""
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def serve(db: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, allowed_hosts: list[str] | None = None, workers: int = 1,
          grace: float = GRACE_S) -> None:
    """Run the web app with uvicorn until interrupted; ``token`` is the write token for corrections
    (else ``UTKIKK_TOKEN``, else a random one, printed so the analyst can use it). ``workers`` > 1
    runs that many server processes on the port, each with its own connection to the store; a
    generated token is made once here, so every worker accepts the same one. On SIGTERM or
    Ctrl-C the server stops accepting, requests in flight get ``grace`` seconds, streamed exports
    stop at their next chunk (:mod:`.lifecycle`), and the process exits with status 0."""
    import secrets
    import sys

    import uvicorn

    exit_quietly_after_stop()
    hosts = list(allowed_hosts or []) or [*LOOPBACK_HOSTS, *([host] if host not in ("0.0.0.0", "::") else [])]
    token = token or os.environ.get("UTKIKK_TOKEN")
    if not token:
        token = secrets.token_urlsafe(18)
        print(f"write token for corrections (set UTKIKK_TOKEN to choose one): {token}", file=sys.stderr)
    if workers > 1:
        os.environ.update({"UTKIKK_DB": str(db or os.environ.get("UTKIKK_DB") or ""), "UTKIKK_TOKEN": token,
                           "UTKIKK_ALLOWED_HOSTS": ",".join(hosts)})
        uvicorn.run("utkikk.web:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="info", timeout_graceful_shutdown=grace)
        return
    from .app import create_app

    uvicorn.run(create_app(db, token=token, allowed_hosts=hosts, warm=True), host=host, port=port,
                log_level="info", timeout_graceful_shutdown=grace)


def app_from_env():  # noqa: ANN201 - FastAPI, imported lazily
    """The app of one worker process of ``serve(workers=N)``, configured by the environment."""
    from .app import create_app

    hosts = [h for h in os.environ.get("UTKIKK_ALLOWED_HOSTS", "").split(",") if h]
    return create_app(os.environ.get("UTKIKK_DB") or None, token=os.environ.get("UTKIKK_TOKEN"),
                      allowed_hosts=hosts or None, warm=True)


__all__ = ["app_from_env", "create_app", "serve"]
