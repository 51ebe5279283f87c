"""The store: migrations, idempotent writes, clusters, rejects, events and their report groups."""

from __future__ import annotations

from sqlalchemy import inspect, select

from utkikk.record import Article, Event, Mention, Reject
from utkikk.store import Store, database_url
from utkikk.store import schema as t


def _article(text: str, doc: str = "a.txt", **kw) -> Article:
    return Article(doc=doc, text=text, lang="nb", published="2022-03-02", **kw)


def test_database_url_accepts_paths_urls_and_env(monkeypatch, tmp_path):
    assert database_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("UTKIKK_DB", str(tmp_path / "env.db"))
    assert database_url(None).endswith("env.db")


def test_schema_is_created_by_migrations(db_url):
    store = Store(db_url)
    names = set(inspect(store.engine).get_table_names())
    assert {"articles", "clusters", "rejects", "mentions", "persons", "quotes", "events", "event_groups",
            "alembic_version"} <= names
    store.close()
    Store(db_url).close()  # reopening an up-to-date store is a no-op


def test_same_content_is_stored_once(db_url):
    with Store(db_url) as store:
        first = store.add_article(_article("Norge og Sverige signerte en avtale."))
        again = store.add_article(_article("Norge og  Sverige signerte en avtale.", doc="copy.txt"))
        assert first.new and not again.new
        assert again.article_id == first.article_id
        assert store.stats()["articles"] == 1


def test_near_duplicates_share_a_cluster(db_url):
    with Store(db_url) as store:
        a = store.add_article(_article("Første versjon av saken om NATO."))
        b = store.add_article(_article("Andre versjon av saken om NATO.", doc="b.txt"), near_duplicate_of=a.article_id,
                              similarity=0.8)
        c = store.add_article(_article("En helt annen sak.", doc="c.txt"))
        assert b.cluster_id == a.cluster_id != c.cluster_id
        s = store.stats()
        assert s["duplicate_clusters"] == 1 and s["articles_in_duplicate_clusters"] == 2


def test_rejects_are_recorded_once_per_source_and_cleared_when_read(db_url):
    with Store(db_url) as store:
        store.add_reject(Reject("bad.txt", "empty file"))
        store.add_reject(Reject("bad.txt", "binary content (NUL bytes)"))
        assert store.stats()["rejects"] == [{"source": "bad.txt", "reason": "binary content (NUL bytes)"}]
        store.add_article(Article(doc="bad.txt", source="bad.txt", text="Nå finnes det tekst her."))
        assert store.stats()["rejects"] == []


def test_events_are_stored_with_evidence_and_grouped_across_reports(db_url):
    sentence = "Russland angrep Ukraina torsdag."
    ev = dict(source="RUS", target="UKR", type="ASSAULT", sentence=sentence, trigger="angrep", start=9, end=15,
              sent_start=0, sent_end=len(sentence), pattern="angrep")
    with Store(db_url) as store:
        a1 = _article(sentence)
        a1.mentions = [Mention(0, 8, "Russland", "RUS", "name"), Mention(16, 23, "Ukraina", "UKR", "name")]
        a1.events = [Event(date="2022-02-24", **ev)]
        a2 = _article(sentence + " Det melder NTB.", doc="b.txt")
        a2.events = [Event(date="2022-02-25", **ev), Event(date="2022-02-25", negated=True, **{**ev, "type": "AGREE"})]
        store.add_article(a1)
        store.add_article(a2)
        with store.engine.connect() as conn:
            rows = conn.execute(select(t.events.c.group_id, t.events.c.score, t.events.c.trigger,
                                       t.events.c.negated)).all()
            groups = conn.execute(select(t.event_groups.c.reports)).all()
        assert len(rows) == 3
        assert rows[0].group_id == rows[1].group_id and rows[2].group_id is None  # flagged: no group
        assert rows[0].score < 0 and rows[0].trigger == "angrep"
        assert groups == [(2,)]
        s = store.stats()
        assert s["events"] == 2 and s["events_flagged"] == 1 and s["event_groups"] == 1


def test_unreachable_server_is_one_line_naming_the_url_without_its_password():
    import pytest

    from utkikk.store import StoreError

    with pytest.raises(StoreError) as exc:
        Store("postgresql+psycopg://analyst:s3cret@127.0.0.1:9/utkikk")
    msg = str(exc.value)
    assert "analyst:***@127.0.0.1:9/utkikk" in msg and "s3cret" not in msg and "\n" not in msg
    assert "check that the server runs" in msg


def test_missing_driver_says_what_to_install(monkeypatch):
    import sys

    import pytest

    from utkikk.store import StoreError

    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"driver \(psycopg\) is not installed.*pip install 'utkikk\[postgres\]'"):
        Store("postgresql+psycopg://u:pw@127.0.0.1:9/utkikk")


def test_cli_reports_an_unopenable_store_in_one_line():
    from typer.testing import CliRunner

    from utkikk.cli import app

    res = CliRunner().invoke(app, ["stats", "--db", "postgresql+psycopg://u:pw@127.0.0.1:9/x"])
    assert res.exit_code == 2
    assert "cannot open the store postgresql+psycopg://u:***@127.0.0.1:9/x" in res.output
    assert "Traceback" not in res.output and "pw@" not in res.output
