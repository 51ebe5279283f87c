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

The FTS table is SQLite-only; on another database search falls back to a case-insensitive
substring match on title and text, without stemming.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import text

from ..record import SUPPORTED_LANGUAGES

TABLE = "article_search"
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


def fts_query(q: str, langs: Sequence[str] | None = None) -> str:
    """An FTS5 MATCH expression: each word's variants OR-ed, words AND-ed.

    Every variant is a double-quoted string of word characters, so no user input reaches FTS5's
    query syntax.
    """
    words = query_words(q)
    if not words:
        raise SearchError("the query has no words to search for")
    parts = []
    for w in words[:20]:
        alts = sorted(query_variants(w, langs))
        parts.append("(" + " OR ".join(f'"{a}"' for a in alts) + ")")
    return " AND ".join(parts)


def available(conn: Any) -> bool:
    return conn.dialect.name == "sqlite"


def create_table(conn: Any) -> None:
    """Create the FTS5 table (migration 0002) and index any articles already stored."""
    if not available(conn):
        return
    conn.execute(text(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    ))
    rows = conn.execute(text("SELECT id, title, text, lang FROM articles")).all()
    for aid, title, body, lang in rows:
        _insert(conn, aid, title, body, lang)


def drop_table(conn: Any) -> None:
    if available(conn):
        conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def _insert(conn: Any, aid: int, title: str | None, body: str, lang: str | None) -> None:
    conn.execute(text(f"INSERT OR REPLACE INTO {TABLE}(rowid, title, body) VALUES (:id, :t, :b)"),
                 {"id": aid, "t": index_terms(title or "", lang), "b": index_terms(body or "", lang)})


def index_article(conn: Any, aid: int, art: Any) -> None:
    """Index one stored article; called by ``Store._write_findings`` inside its transaction."""
    if available(conn):
        _insert(conn, aid, art.title, art.text, art.lang)


# -- snippets -------------------------------------------------------------------------------


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
    spans = matched_spans(text_, lang, variants)
    if not spans:
        cut = text_[:width]
        return highlight(cut, []) + (Markup("…") if len(text_) > width else Markup(""))
    best, best_n = spans[0][0], 0
    for s, _ in spans:
        n = sum(1 for s2, _ in spans if s <= s2 < s + width)
        if n > best_n:
            best, best_n = s, n
    start = max(0, best - width // 4)
    # start at a word boundary
    while start > 0 and not text_[start - 1].isspace():
        start -= 1
    end = min(len(text_), start + width)
    while end < len(text_) and not text_[end].isspace():
        end += 1
    inner = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    body = highlight(text_[start:end], inner)
    return (Markup("…") if start > 0 else Markup("")) + body + (Markup("…") if end < len(text_) else Markup(""))
