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
from dataclasses import dataclass
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
    """The words of a query (operators and quotes included as words): the old, flat reading."""
    return WORD.findall(q or "")


# -- the query language ------------------------------------------------------------------------
#
# Why a small parser of our own: the analyst needs OR, NOT and phrases, but no user input may reach
# FTS5's or to_tsquery's own syntax (a stray quote or NEAR would be an error or a different
# query). The query is parsed here into terms, and each engine's expression is written from them
# with every token reduced to word characters and quoted.
#
#   sanksjoner Russland              both (AND is implied; "AND" may be written)
#   sanksjoner OR embargo            either (OR in capitals; "or" is a word)
#   sanksjoner NOT Iran, -Iran       the first without the second
#   "nord stream"                    a phrase: its words as typed, in order and adjacent (the last
#                                    may also be another word's lemma); no expansion inside quotes
#   (Iran OR Irak) atomavtale        grouping
#   actor:PRK  type:SANCTION         filters, as the form's actor and type fields
#
# Each bare word is expanded to its lemmas in all five languages, to the words of every concept
# it belongs to (store/concepts.py) and, where a run of words names an actor, to all the actor's
# names.

MAX_TERMS = 30
MAX_ALTERNATIVES = 80
_TOKEN = re.compile(r'"([^"]*)"?|(\()|(\))|([^\s()"]+)')
Alt = tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One searched unit: its alternatives (OR-ed), how it was read, and what the user typed."""

    label: str
    kind: str  # word | phrase | actor
    alts: frozenset[Alt]
    concepts: tuple[str, ...] = ()
    actor: str | None = None

    def describe(self) -> dict[str, Any]:
        words = sorted(" ".join(a) for a in self.alts)
        return {"term": self.label, "kind": self.kind, "concepts": list(self.concepts), "actor": self.actor,
                "alternatives": words[:40], "alternatives_total": len(words)}


@dataclass(frozen=True)
class Clause:
    """Units that must all occur (``positive``) and none of ``negative``."""

    positive: tuple[Any, ...]  # Term | Expr
    negative: tuple[Any, ...]


@dataclass(frozen=True)
class Expr:
    """Clauses OR-ed."""

    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class ParsedQuery:
    """A parsed query: the boolean expression (None when the query only filters), the filters it
    named, the terms (for the page's "searched for" line) and the text a vector search embeds."""

    expr: Expr | None
    terms: tuple[Term, ...]
    actor: str | None = None
    type: str | None = None
    text: str = ""

    def highlight_variants(self) -> set[str]:
        """Tokens to mark in snippets: every token of every positive term's alternatives."""
        out: set[str] = set()
        if self.expr is not None:
            for t in _positive_terms(self.expr):
                for a in t.alts:
                    out.update(a)
        return out


def _positive_terms(e: Expr) -> list[Term]:
    out: list[Term] = []
    for c in e.clauses:
        for p in c.positive:
            out.extend([p] if isinstance(p, Term) else _positive_terms(p))
    return out


def _clean(alts: set[Alt]) -> frozenset[Alt]:
    out = set()
    for a in alts:
        toks = tuple(t for t in (re.sub(r"\W", "", x) for x in a) if t)
        if toks:
            out.add(toks)
    ranked = sorted(out, key=lambda a: (len(a), a))
    return frozenset(ranked[:MAX_ALTERNATIVES])


def word_term(word: str, langs: Sequence[str] | None = None, expand: bool = True) -> Term:
    """A bare query word: its lemmas in each language, and the words of its concepts."""
    from . import concepts

    parts = [w for w in WORD.findall(word)]
    if len(parts) > 1:  # "f-16", "covid-19": the parts as a phrase
        return Term(word, "phrase", _clean({tuple(p.lower() for p in parts)}))
    variants = query_variants(parts[0], langs)
    alts: set[Alt] = {(v,) for v in variants}
    keys: list[str] = []
    if expand:
        keys = concepts.concepts_of(variants)
        for k in keys:
            alts |= concepts.concept_alternatives(k)
    return Term(word, "word", _clean(alts), tuple(keys))


def actor_term(label: str, code: str) -> Term:
    """Words that named an actor: every name and metonym of it, in every language."""
    from . import concepts

    return Term(label, "actor", _clean(set(concepts.actor_alternatives(code))), actor=code)


def parse_query(q: str, langs: Sequence[str] | None = None, expand: bool = True) -> ParsedQuery:
    """Parse a query into a boolean expression of expanded terms (see the table above).

    Raises :class:`SearchError` for a query that cannot be searched: NOT with nothing to exclude
    from, or nothing but punctuation."""
    from . import concepts

    raw: list[tuple[str, str]] = []  # (kind, value): phrase | open | close | word
    for m in _TOKEN.finditer(q or ""):
        if m.group(1) is not None:
            raw.append(("phrase", m.group(1)))
        elif m.group(2):
            raw.append(("open", "("))
        elif m.group(3):
            raw.append(("close", ")"))
        else:
            raw.append(("word", m.group(4)))
    filters: dict[str, str] = {}
    toks: list[tuple[str, str]] = []
    for kind, value in raw:
        low = value.lower()
        if kind == "word" and low.startswith(("actor:", "type:")) and len(value.split(":", 1)[1]) > 0:
            key, val = value.split(":", 1)
            filters[key.lower()] = val
            continue
        toks.append((kind, value))
    terms: list[Term] = []
    pos = 0

    def peek() -> tuple[str, str] | None:
        return toks[pos] if pos < len(toks) else None

    def is_op(tok: tuple[str, str] | None, *ops: str) -> bool:
        return tok is not None and tok[0] == "word" and tok[1] in ops

    def or_expr(depth: int) -> Expr | None:
        nonlocal pos
        clauses = []
        while True:
            c = and_clause(depth)
            if c is not None:
                clauses.append(c)
            if is_op(peek(), "OR"):
                pos += 1
                continue
            break
        return Expr(tuple(clauses)) if clauses else None

    def and_clause(depth: int) -> Clause | None:
        nonlocal pos
        positive: list[Any] = []
        negative: list[Any] = []
        while pos < len(toks):
            tok = peek()
            assert tok is not None
            if is_op(tok, "OR") or (tok[0] == "close" and depth > 0):
                break
            if tok[0] == "close":  # an unmatched ")" at the top: ignored
                pos += 1
                continue
            if is_op(tok, "AND"):
                pos += 1
                continue
            negate = False
            if is_op(tok, "NOT"):
                negate = True
                pos += 1
                tok = peek()
                if tok is None:
                    break
            elif tok[0] == "word" and tok[1].startswith("-") and len(tok[1]) > 1 and WORD.search(tok[1]):
                negate = True
                toks[pos] = ("word", tok[1][1:])
                tok = toks[pos]
            unit = primary(depth)
            if unit is None:
                continue
            (negative if negate else positive).append(unit)
        if not positive and not negative:
            return None
        if not positive:
            raise SearchError("NOT needs a word to exclude from (e.g. sanksjoner NOT Iran)")
        return Clause(tuple(positive), tuple(negative))

    def primary(depth: int) -> Any:
        nonlocal pos
        tok = peek()
        assert tok is not None
        kind, value = tok
        if kind == "open":
            pos += 1
            inner = or_expr(depth + 1)
            if peek() is not None and peek()[0] == "close":  # type: ignore[index]
                pos += 1
            return inner
        if kind == "phrase":
            pos += 1
            words = [w.lower() for w in WORD.findall(value)]
            if not words:
                return None
            if len(words) == 1:
                t = Term(value, "word", _clean({(v,) for v in query_variants(words[0], langs)}))
            else:
                t = Term(f'"{value}"', "phrase", _clean({tuple(words)}))
            terms.append(t)
            return t
        # a run of bare words: the longest that names an actor, else one word
        run: list[str] = []
        i = pos
        while i < len(toks) and toks[i][0] == "word" and toks[i][1] not in ("OR", "AND", "NOT") \
                and not (toks[i][1].startswith("-") and i > pos) and len(run) < concepts.MAX_NAME_TOKENS:
            run.append(toks[i][1])
            i += 1
        if expand:
            for n in range(len(run), 0, -1):
                words = WORD.findall(" ".join(run[:n]))
                code = concepts.actor_for(words) if words else None
                if code:
                    pos += n
                    t = actor_term(" ".join(run[:n]), code)
                    terms.append(t)
                    return t
        pos += 1
        if not WORD.search(value):
            return None
        t = word_term(value, langs, expand)
        terms.append(t)
        return t

    expr = or_expr(0)
    while pos < len(toks):  # stray ")" at the top level: skip it and go on
        pos += 1
        more = or_expr(0)
        if more is not None:
            expr = Expr((expr.clauses if expr else ()) + more.clauses)
    if len(terms) > MAX_TERMS:
        raise SearchError(f"the query has too many terms (at most {MAX_TERMS})")
    text_ = " ".join(t.label.strip('"') for t in (_positive_terms(expr) if expr else []))
    return ParsedQuery(expr, tuple(terms), filters.get("actor"), filters.get("type"), text_)


def _render(e: Expr, alt: Callable[[Alt], str], or_: str, and_: str, not_: Callable[[str, str], str],
            seq: Callable[[Alt], str]) -> str:
    def unit(u: Any) -> str:
        if isinstance(u, Term):
            if u.kind == "phrase":  # typed in quotes (or hyphenated): the index's exact token runs
                runs = sorted({r for a in u.alts for r in phrase_sequences(a)})
                return "(" + or_.join(seq(r) for r in runs) + ")"
            return "(" + or_.join(alt(a) for a in sorted(u.alts)) + ")"
        return "(" + _render(u, alt, or_, and_, not_, seq) + ")"

    out = []
    for c in e.clauses:
        pos = and_.join(unit(u) for u in c.positive)
        if c.negative:
            pos = not_("(" + pos + ")", "(" + or_.join(unit(u) for u in c.negative) + ")")
        out.append("(" + pos + ")")
    return or_.join(out)


# A typed phrase must match its words in order and adjacent, on both engines alike. The index
# writes each word as its lemma followed by its surface form where the two differ (index_terms),
# so the words of a phrase are one or two tokens apart, and which it is depends on the article's
# language. A gap of "one or two" would also match "Nord gas Stream" for "nord stream"; instead
# the phrase becomes the exact token runs the index would hold for those words in an article of
# each language (and of none), each an FTS5 phrase or a chain of tsquery <-> operators.
PHRASE_RUNS = 24  # token runs per language at most; beyond, only the lower-case reading is kept
_INDEX_LANGS = (*SUPPORTED_LANGUAGES, "")


def _index_tokens(word: str, lang: str) -> tuple[str, ...]:
    """The tokens index_terms writes for one word of an article in ``lang``, as FTS5 and
    to_tsvector split them."""
    low = word.lower()
    lem = lemma(word, lang)
    toks = WORD.findall(lem) + ([low] if lem != low else [])
    return tuple(t for t in (re.sub(r"\W", "", x) for x in toks) if t)


@lru_cache(maxsize=20_000)
def phrase_sequences(words: Alt) -> tuple[Alt, ...]:
    """Every run of index tokens that ``words``, written in this order and adjacent, leave in the
    index of an article in one of the five languages (or of no known language).

    The article may write a word lower-case, capitalised or in capitals, and the lemmatiser may
    read those differently, so each casing is tried; the product is bounded by PHRASE_RUNS."""
    out: set[Alt] = set()
    for lg in _INDEX_LANGS:
        options = [sorted({_index_tokens(v, lg) for v in (w, w.capitalize(), w.upper())} - {()}) for w in words]
        runs = 1
        for o in options:
            runs *= max(1, len(o))
        if runs > PHRASE_RUNS:
            options = [[_index_tokens(w, lg)] for w in words]
        seqs: list[Alt] = [()]
        for o in options:
            seqs = [s + t for s in seqs for t in o if t] or seqs
        out.update(s for s in seqs if s)
    return tuple(sorted(out))


def _fts_alt(a: Alt) -> str:
    if len(a) == 1:
        return f'"{a[0]}"'
    # an expansion of several words (an actor's name, a concept's phrase): near each other, so that
    # an inflected first word ("økonomiske sanksjoner", indexed "økonomisk økonomiske sanksjon …")
    # still matches the table's lemma form
    return "NEAR(" + " ".join(f'"{w}"' for w in a) + f", {len(a) - 1})"


def _fts_seq(run: Alt) -> str:
    return '"' + " ".join(run) + '"'


def _ts_seq(run: Alt) -> str:
    return "(" + " <-> ".join(f"'{w}'" for w in run) + ")"


def _ts_alt(a: Alt) -> str:
    if len(a) == 1:
        return f"'{a[0]}'"
    if len(a) > 4:
        return "(" + " & ".join(f"'{w}'" for w in a) + ")"
    combos = [""]
    for _ in a[1:]:
        combos = [c + g for c in combos for g in ("1", "2")]
    out = []
    for gaps in combos:
        s = f"'{a[0]}'"
        for w, g in zip(a[1:], gaps, strict=True):
            s += (" <-> " if g == "1" else " <2> ") + f"'{w}'"
        out.append(s)
    return "(" + " | ".join(out) + ")"


def fts_expression(e: Expr) -> str:
    """The FTS5 MATCH expression of a parsed query."""
    return _render(e, _fts_alt, " OR ", " AND ", lambda p, n: f"{p} NOT {n}", _fts_seq)


def ts_expression(e: Expr) -> str:
    """The ``to_tsquery`` expression of a parsed query."""
    return _render(e, _ts_alt, " | ", " & ", lambda p, n: f"{p} & !{n}", _ts_seq)


def _variants(word: str, langs: Sequence[str] | None) -> list[str]:
    # only word characters reach the engines' query syntax, whatever a lemmatiser returns
    return sorted({v for v in (re.sub(r"\W", "", a) for a in query_variants(word, langs)) if v})


def fts_query(q: str, langs: Sequence[str] | None = None) -> str:
    """An FTS5 MATCH expression for a query (see :func:`parse_query`).

    Every token is a double-quoted string of word characters, so no user input reaches FTS5's
    query syntax.
    """
    parsed = parse_query(q, langs)
    if parsed.expr is None:
        raise SearchError("the query has no words to search for")
    return fts_expression(parsed.expr)


def ts_query(q: str, langs: Sequence[str] | None = None) -> str:
    """The same expression for PostgreSQL's ``to_tsquery``: quoted lexemes, ``|``, ``&`` and ``!``."""
    parsed = parse_query(q, langs)
    if parsed.expr is None:
        raise SearchError("the query has no words to search for")
    return ts_expression(parsed.expr)


def available(conn: Any) -> bool:
    """Whether this database has a search index (SQLite FTS5 or PostgreSQL tsvector)."""
    return conn.dialect.name in ("sqlite", "postgresql")


def match_sql(conn: Any, q: str | Expr, langs: Sequence[str] | None = None) -> tuple[str, str, str]:
    """The engine's fragments: FROM…WHERE joining the index to ``articles a``, the rank (lower is
    better) and the value of the ``:match`` parameter both use. ``q`` is a query string or a
    parsed expression."""
    if isinstance(q, str):
        parsed = parse_query(q, langs)
        if parsed.expr is None:
            raise SearchError("the query has no words to search for")
        q = parsed.expr
    if conn.dialect.name == "sqlite":
        return (f"FROM {TABLE} s JOIN articles a ON a.id = s.rowid WHERE {TABLE} MATCH :match",
                f"bm25({TABLE}, 4.0, 1.0)", fts_expression(q))
    return (f"FROM {TABLE} s JOIN articles a ON a.id = s.article_id WHERE s.doc @@ to_tsquery('simple', :match)",
            f"-ts_rank('{PG_WEIGHTS}', s.doc, to_tsquery('simple', :match), 1)", ts_expression(q))


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
            width: int = 240, variants: set[str] | None = None) -> Markup:
    """A window of about ``width`` characters around the densest cluster of matches, highlighted.
    ``variants``: the tokens to mark (a parsed query's); else the words of ``q`` and their lemmas."""
    if variants is None:
        variants = set()
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
