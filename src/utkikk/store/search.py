"""Full-text search over articles in five languages, with lemmatised terms.

Choice (measured in ``benchmarks/api.py``, written to ``benchmarks/api.md``): SQLite FTS5 over
*lemmatised* text. At index time every word is lemmatised with simplemma in the article's own
language and the table holds the lemma and, where it differs, the surface form. At query time each
word is expanded to its surface form plus its lemma in every language searched (all five unless a
language filter is given) and the alternatives are OR-ed; words are AND-ed. The plain unicode61
tokenizer only finds the exact inflected form ("sanksjoner" misses "sanksjonene"), and a single
lemma per query word is not enough either: simplemma reads Bokmål "sanksjoner" as the verb
"sanksjonere", while the Danish lemma of the same string is "sanksjon", the noun that the
definite form "sanksjonene" lemmatises to. Expanding across the Scandinavian languages finds it.

The same lemmatised terms are indexed on both backends, each with its own engine, so a query
finds the same articles: on SQLite an FTS5 table ranked by bm25 (title weighted 4:1 over body); on
PostgreSQL a ``tsvector`` column under a GIN index (the ``simple`` configuration, since the terms
are lemmatised already) ranked by ``ts_rank`` with the same 4:1 weights and length normalisation.
Another database falls back to a case-insensitive substring match, without stemming.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import text

from ..record import SUPPORTED_LANGUAGES

TABLE = "article_search"
# ts_rank's weights for D, C, B, A: body (D) to title (A) as 1 to 4, as bm25's column weights on SQLite
PG_WEIGHTS = "{0.25, 0.25, 0.25, 1.0}"
# a tsvector holds at most 1 MB; longer bodies are indexed on their first part
PG_MAX_TERMS = 400_000
WORD = re.compile(r"\w+", re.UNICODE)
_LANG_OF = {"nb": "nb", "nn": "nn", "da": "da", "sv": "sv", "en": "en", "no": "nb"}


class SearchError(ValueError):
    """A query that cannot be searched (nothing left after removing punctuation)."""


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """simplemma's lemma, lower-cased; the word itself for a language simplemma does not know."""
    import simplemma

    code = _LANG_OF.get(lang or "", "")
    if not code:
        return word.lower()
    try:
        return simplemma.lemmatize(word, lang=code).lower()
    except (ValueError, KeyError):  # pragma: no cover - unknown language data
        return word.lower()


def index_terms(text_: str, lang: str | None) -> str:
    """The text as the FTS table stores it: lemma, plus surface form where it differs."""
    out: list[str] = []
    for m in WORD.finditer(text_ or ""):
        w = m.group()
        low = w.lower()
        lem = lemma(w, lang or "")
        out.append(lem)
        if lem != low:
            out.append(low)
    return " ".join(out)


def query_variants(word: str, langs: Sequence[str] | None = None) -> set[str]:
    """Surface form and lemmas of one query word in each language searched."""
    langs = list(langs or SUPPORTED_LANGUAGES)
    out = {word.lower()}
    for lg in langs:
        out.add(lemma(word, lg))
        # a capitalised query word may be a name: lemmatise it as written and lower-cased
        out.add(lemma(word.lower(), lg))
    return out


def query_words(q: str) -> list[str]:
    return WORD.findall(q or "")


def _variants(word: str, langs: Sequence[str] | None) -> list[str]:
    # only word characters reach the engines' query syntax, whatever a lemmatiser returns
    return sorted({v for v in (re.sub(r"\W", "", a) for a in query_variants(word, langs)) if v})


def fts_query(q: str, langs: Sequence[str] | None = None) -> str:
    """An FTS5 MATCH expression: each word's variants OR-ed, words AND-ed.

    Every variant is a double-quoted string of word characters, so no user input reaches FTS5's
    query syntax.
    """
    return _match_expression(q, langs, lambda a: f'"{a}"', " OR ", " AND ")


def ts_query(q: str, langs: Sequence[str] | None = None) -> str:
    """The same expression for PostgreSQL's ``to_tsquery``: quoted lexemes, ``|`` and ``&``."""
    return _match_expression(q, langs, lambda a: f"'{a}'", " | ", " & ")


def _match_expression(q: str, langs: Sequence[str] | None, quote: Callable[[str], str], alt: str, both: str) -> str:
    words = query_words(q)
    if not words:
        raise SearchError("the query has no words to search for")
    return both.join("(" + alt.join(quote(a) for a in _variants(w, langs)) + ")" for w in words[:20])


def available(conn: Any) -> bool:
    return conn.dialect.name in ("sqlite", "postgresql")


def match_sql(conn: Any, q: str, langs: Sequence[str] | None = None) -> tuple[str, str, str]:
    """The engine's fragments: FROM…WHERE joining the index to ``articles a``, the rank (lower is
    better) and the value of the ``:match`` parameter both use."""
    if conn.dialect.name == "sqlite":
        return (f"FROM {TABLE} s JOIN articles a ON a.id = s.rowid WHERE {TABLE} MATCH :match",
                f"bm25({TABLE}, 4.0, 1.0)", fts_query(q, langs))
    return (f"FROM {TABLE} s JOIN articles a ON a.id = s.article_id WHERE s.doc @@ to_tsquery('simple', :match)",
            f"-ts_rank('{PG_WEIGHTS}', s.doc, to_tsquery('simple', :match), 1)", ts_query(q, langs))


def count_sql(conn: Any) -> str:
    """FROM…WHERE counting the matches from the index alone, for a search with no article filter:
    the join to ``articles`` that :func:`match_sql` needs costs 8× more (7 ms vs 0.8 ms for 12,000
    matches). Every indexed row is a stored article: it is written with the article, and articles
    are never deleted."""
    if conn.dialect.name == "sqlite":
        return f"FROM {TABLE} WHERE {TABLE} MATCH :match"
    return f"FROM {TABLE} s WHERE s.doc @@ to_tsquery('simple', :match)"


def create_table(conn: Any) -> None:
    """Create the search index (migrations 0002 and 0005) and index any articles already stored."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.execute(text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 0')"
        ))
    elif dialect == "postgresql":
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {TABLE} (article_id INTEGER PRIMARY KEY "
                          "REFERENCES articles(id) ON DELETE CASCADE, doc tsvector NOT NULL)"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_doc ON {TABLE} USING GIN (doc)"))
    else:
        return
    rows = conn.execute(text("SELECT id, title, text, lang FROM articles")).all()
    for aid, title, body, lang in rows:
        index_text(conn, aid, title, body, lang)


def drop_table(conn: Any) -> None:
    if available(conn):
        conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def index_text(conn: Any, aid: int, title: str | None, body: str, lang: str | None) -> None:
    """Index (or re-index) one stored article's title and text under its id."""
    values = {"id": aid, "t": index_terms(title or "", lang), "b": index_terms(body or "", lang)}
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT OR REPLACE INTO {TABLE}(rowid, title, body) VALUES (:id, :t, :b)"), values)
        return
    values["b"] = values["b"][:PG_MAX_TERMS]
    conn.execute(text(
        f"INSERT INTO {TABLE}(article_id, doc) VALUES (:id, setweight(to_tsvector('simple', :t), 'A') "
        "|| setweight(to_tsvector('simple', :b), 'D')) ON CONFLICT (article_id) DO UPDATE SET doc = EXCLUDED.doc"),
        values)


def index_article(conn: Any, aid: int, art: Any) -> None:
    """Index one stored article; called by ``Store._write_findings`` inside its transaction."""
    if available(conn):
        index_text(conn, aid, art.title, art.text, art.lang)


# -- snippets -------------------------------------------------------------------------------

SNIPPET_SCAN = 100_000  # characters of an article searched for the snippet's window


def matched_spans(text_: str, lang: str | None, variants: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of words whose surface form or lemma is one of the query variants."""
    wanted = set(variants)
    spans = []
    for m in WORD.finditer(text_ or ""):
        w = m.group()
        if w.lower() in wanted or lemma(w, lang or "") in wanted:
            spans.append((m.start(), m.end()))
    return spans


def highlight(text_: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """Escape the text, then wrap the spans in <mark>: untrusted text never reaches the page raw."""
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out.append(str(escape(text_[pos:s])))
        out.append(f"<mark>{escape(text_[s:e])}</mark>")
        pos = e
    out.append(str(escape(text_[pos:])))
    return Markup("".join(out))


def snippet(text_: str, lang: str | None, q: str, langs: Sequence[str] | None = None,
            width: int = 240) -> Markup:
    """A window of about ``width`` characters around the densest cluster of matches, highlighted."""
    variants: set[str] = set()
    for w in query_words(q):
        variants |= query_variants(w, langs)
    # the work is linear in the text and bounded: only the first SNIPPET_SCAN characters are read
    spans = matched_spans(text_[:SNIPPET_SCAN], lang, variants)
    if not spans:
        cut = text_[:width]
        return highlight(cut, []) + (Markup("…") if len(text_) > width else Markup(""))
    best, best_n, j = spans[0][0], 0, 0
    for i, (s, _) in enumerate(spans):  # sliding window over the sorted spans: the densest start
        j = max(j, i)
        while j < len(spans) and spans[j][0] < s + width:
            j += 1
        if j - i > best_n:
            best, best_n = s, j - i
    start = max(0, best - width // 4)
    floor = max(0, start - 40)  # start at a word boundary, within reach
    while start > floor and not text_[start - 1].isspace():
        start -= 1
    end = min(len(text_), start + width)
    ceiling = min(len(text_), end + 40)
    while end < ceiling and not text_[end].isspace():
        end += 1
    inner = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    body = highlight(text_[start:end], inner)
    return (Markup("…") if start > 0 else Markup("")) + body + (Markup("…") if end < len(text_) else Markup(""))
