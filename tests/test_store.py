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


def test_schema_is_created_by_migrations(tmp_path):
    store = Store(tmp_path / "s.db")
    names = set(inspect(store.engine).get_table_names())
    assert {"articles", "clusters", "rejects", "mentions", "persons", "quotes", "events", "event_groups",
            "alembic_version"} <= names
    store.close()
    Store(tmp_path / "s.db").close()  # reopening an up-to-date store is a no-op


def test_same_content_is_stored_once(tmp_path):
    with Store(tmp_path / "s.db") as store:
        first = store.add_article(_article("Norge og Sverige signerte en avtale."))
        again = store.add_article(_article("Norge og  Sverige signerte en avtale.", doc="copy.txt"))
        assert first.new and not again.new
        assert again.article_id == first.article_id
        assert store.stats()["articles"] == 1


def test_near_duplicates_share_a_cluster(tmp_path):
    with Store(tmp_path / "s.db") as store:
        a = store.add_article(_article("Første versjon av saken om NATO."))
        b = store.add_article(_article("Andre versjon av saken om NATO.", doc="b.txt"), near_duplicate_of=a.article_id,
                              similarity=0.8)
        c = store.add_article(_article("En helt annen sak.", doc="c.txt"))
        assert b.cluster_id == a.cluster_id != c.cluster_id
        s = store.stats()
        assert s["duplicate_clusters"] == 1 and s["articles_in_duplicate_clusters"] == 2


def test_rejects_are_recorded_once_per_source_and_cleared_when_read(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_reject(Reject("bad.txt", "empty file"))
        store.add_reject(Reject("bad.txt", "binary content (NUL bytes)"))
        assert store.stats()["rejects"] == [{"source": "bad.txt", "reason": "binary content (NUL bytes)"}]
        store.add_article(Article(doc="bad.txt", source="bad.txt", text="Nå finnes det tekst her."))
        assert store.stats()["rejects"] == []


def test_events_are_stored_with_evidence_and_grouped_across_reports(tmp_path):
    sentence = "Russland angrep Ukraina torsdag."
    ev = dict(source="RUS", target="UKR", type="ASSAULT", sentence=sentence, trigger="angrep", start=9, end=15,
              sent_start=0, sent_end=len(sentence), pattern="angrep")
    with Store(tmp_path / "s.db") as store:
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
