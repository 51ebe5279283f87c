"""Full-text search on both backends: lemmatised terms, the same matches and the same order.

SQLite answers from its FTS5 table (bm25), PostgreSQL from a tsvector column under a GIN index
(ts_rank); both index the lemmatised text of ``store/search.py`` and weigh the title 4:1.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from utkikk.record import Article
from utkikk.store import Store
from utkikk.store import queries as q
from utkikk.store import search as fts

ARTICLES = [
    ("tittel.txt", "nb", "Sanksjoner mot Russland", "Regjeringen la fram en pakke i dag. Sanksjonene gjelder banker."),
    ("brødtekst.txt", "nb", "Nytt fra Stortinget", "Debatten handlet om skatt. Til slutt nevnte noen sanksjonene."),
    ("dansk.txt", "da", "Nyt fra Folketinget", "EU vedtog nye sanktioner mod Iran i går."),
    ("annet.txt", "nb", "Været i helgen", "Det blir sol og lite vind over hele landet."),
]


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    for doc, lang, title, body in ARTICLES:
        s.add_article(Article(doc=doc, text=body, title=title, lang=lang, published="2024-01-10"))
    yield s
    s.close()


def _docs(store, query, **kw):
    return [r["doc"] for r in q.search(store, q.SearchFilter.checked(query, **kw))["results"]]


def test_inflected_forms_match_and_the_title_ranks_first(store):
    assert _docs(store, "sanksjonene", lang="nb") == ["tittel.txt", "brødtekst.txt"]
    assert _docs(store, "sanksjon", lang="nb") == ["tittel.txt", "brødtekst.txt"]


def test_words_are_anded_and_expanded_across_languages(store):
    assert _docs(store, "sanksjoner banker") == ["tittel.txt"]
    assert "dansk.txt" in _docs(store, "sanktioner")
    assert _docs(store, "vind sanksjoner") == []


def test_query_syntax_of_the_engines_never_reaches_them(store):
    # each is read as plain words, AND-ed; no article holds them all
    for hostile in ['sanksjoner" OR "vind', "sanksjoner' | 'vind", "sanksjoner & !vind", "NEAR(vind sol)"]:
        assert _docs(store, hostile) == []


def test_postgresql_answers_from_its_gin_index(store):
    with store.engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            pytest.skip("the GIN index is PostgreSQL's")
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(r[0] for r in conn.execute(text(
            f"EXPLAIN SELECT article_id FROM {fts.TABLE} WHERE doc @@ to_tsquery('simple', :m)"),
            {"m": fts.ts_query("sanksjoner")}))
    assert f"ix_{fts.TABLE}_doc" in plan


def test_snippet_work_is_linear_in_the_matches():
    """20,000 matches in one article: the densest window is found by a sliding window, and the
    answer is the same as the quadratic search gave (the first dense run of matches)."""
    from utkikk.store.search import snippet

    text = "Norge og Sverige. " * 50 + "avtale " * 20_000
    out = str(snippet(text, "nb", "avtale"))
    assert out.startswith("…Sverige.") and out.count("<mark>avtale</mark>") >= 20
    assert str(snippet("Ingen treff her. " * 100, "nb", "avtale")).endswith("…")
