"""A fresh server answers soon: the app imports none of the analysis stack, warms what the first
requests need in the background, and a request that comes during the warm-up waits for the answer
being made instead of making it a second time (``serve --workers 2`` timed out in a 10 s trial
on a loaded 2-core machine: three processes importing spaCy and SciPy, then each worker computing
the overview's alerts cold)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from fastapi.testclient import TestClient

from utkikk.actors import kb
from utkikk.store import concepts, search
from utkikk.store import queries as Q
from utkikk.web import create_app
from utkikk.web.sample import build_sample_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_sample_store(tmp_path_factory.mktemp("start") / "s.db")
    yield s
    s.close()


def _modules_after(statement: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"import sys; {statement}; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_web_app_imports_no_spacy_scipy_or_minhash():
    """spaCy (through the lemmatiser of the event lexicons) and datasketch/SciPy (through the
    store's near-duplicate index) cost seconds per process and the server never uses them."""
    loaded = _modules_after("import utkikk.web.app")
    assert not {"spacy", "thinc", "datasketch", "scipy"} & loaded
    assert "fastapi" in loaded  # the import did happen


def test_the_serve_parent_process_does_not_import_the_app():
    """With ``--workers N`` the parent only hands the socket to workers that import the app
    themselves; ``utkikk.web`` (serve, LOOPBACK_HOSTS) must not import it beforehand."""
    loaded = _modules_after("import utkikk.web as w; w.LOOPBACK_HOSTS; w.serve")
    assert "utkikk.web.app" not in loaded and "fastapi" not in loaded
    assert _modules_after("from utkikk.web import create_app") >= {"utkikk.web.app"}


def test_warm_up_makes_the_names_the_overview_and_the_kb(store, monkeypatch):
    # as in a fresh process: nothing made by an earlier test
    for fn in (kb.actor_names, concepts._name_index, search.lemma):
        fn.cache_clear()
    monkeypatch.setattr(kb, "_KB", None)
    with Q._cache_lock:
        Q._cache.clear()
    app = create_app(store=store, warm=True)
    with TestClient(app) as client:
        assert app.state.warmed.wait(120), "the warm-up did not finish"
        assert kb.actor_names.cache_info().currsize == 1 and kb._KB is not None
        assert concepts._name_index.cache_info().currsize == 1
        assert search.lemma.cache_info().currsize >= 5  # the query word in each language
        with Q._cache_lock:
            made = {k[2] for k in Q._cache if k[0] == store.url}
        assert {"overview_counts", "alerts"} <= made, made
        assert client.get("/api/overview").status_code == 200
        actors = [a for r in client.get("/api/search", params={"q": "avtale"}).json()["results"] for a in r["actors"]]
        assert actors and all(a["name"] == kb.load().name(a["code"]) for a in actors)
        assert any(a["name"] != a["code"] for a in actors)  # names, not codes


def test_no_warm_up_unless_asked(store):
    app = create_app(store=store)
    with TestClient(app):
        assert app.state.warmed is None
        assert not any(t.name == "utkikk-warm-up" for t in threading.enumerate())


def test_an_answer_being_made_is_made_once(store):
    """The second caller of the same cached answer waits for the first instead of computing it."""
    release, started = threading.Event(), threading.Event()
    calls: list[int] = []

    def compute() -> object:
        calls.append(1)
        started.set()
        release.wait(30)
        return object()

    got: list[object] = []
    key = ("single-flight-test", id(release))
    first = threading.Thread(target=lambda: got.append(Q.cached(store, key, compute)))
    first.start()
    assert started.wait(30)
    second = threading.Thread(target=lambda: got.append(Q.cached(store, key, compute)))
    second.start()
    second.join(0.5)  # it is waiting on the answer being made
    assert second.is_alive()
    release.set()
    first.join(30)
    second.join(30)
    assert len(calls) == 1 and len(got) == 2 and got[0] is got[1]


def test_a_failed_answer_is_not_kept_and_can_be_made_again(store):
    key = ("single-flight-failure", 1)

    def fail() -> object:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Q.cached(store, key, fail)
    assert Q.cached(store, key, lambda: "made") == "made"
