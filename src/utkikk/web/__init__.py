"""The analyst web app and HTTP API over a store (FastAPI, server-rendered pages;
a little vanilla JavaScript only for type-ahead, the sentence highlight and PNG downloads).

``create_app(db)`` builds the app; ``serve(db, host, port)`` runs it with uvicorn, bound to the
loopback interface unless told otherwise.
"""

from __future__ import annotations

import os

from .app import create_app


def serve(db: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, allowed_hosts: list[str] | None = None) -> None:
    """Run the web app with uvicorn until interrupted; ``token`` is the write token for corrections
    (else ``UTKIKK_TOKEN``, else a random one, printed so the analyst can use it)."""
    import sys

    import uvicorn

    from .app import LOOPBACK_HOSTS

    hosts = list(allowed_hosts or []) or [*LOOPBACK_HOSTS, *([host] if host not in ("0.0.0.0", "::") else [])]
    app = create_app(db, token=token, allowed_hosts=hosts)
    if not token and not os.environ.get("UTKIKK_TOKEN"):
        print(f"write token for corrections (set UTKIKK_TOKEN to choose one): {app.state.token}", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info")


__all__ = ["create_app", "serve"]
