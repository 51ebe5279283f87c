"""The pipeline stages in order: language model → actors → quotes → events.

Ingestion (``utkikk.ingest``) produces :class:`Article` records; :func:`analyse` runs every later
stage on one, each adding to the record. The CLI, the store loader and the Python API all call
this one function, so a figure in the web app and a line of ``extract --jsonl`` come from the
same code.
"""

from __future__ import annotations

import collections
import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from .record import Article, Person

# a single line break before a lower-case word: the line goes on (hard-wrapped text)
_WRAPPED = re.compile(r"(?<=[^\n])\n(?=[ \t]*([^\W\d_]))")


def unwrapped(text: str) -> str:
    """The text with hard-wrapped lines joined, each joining line break a space, so every offset
    stays. Why: easy-reading news and e-mailed wire copy break lines inside sentences ("EU, USA
    och FN,\nsäger att Ryssland måste ..."), and a line break otherwise ends a unit (a headline)."""
    return _WRAPPED.sub(lambda m: " " if m.group(1).islower() else m.group(0), text)

log = logging.getLogger(__name__)

# The parser's memory grows with the text (spaCy refuses more than 1,000,000 characters): a longer
# text is coded in parts cut at paragraph, line or sentence ends, and the parts joined again.
MAX_PART = 100_000


def parts(text: str, limit: int = MAX_PART) -> list[tuple[int, str]]:
    """``(offset, part)`` pieces of ``text``, each at most ``limit`` characters, cut at the last
    paragraph break, else line break, else sentence end, else space in the second half."""
    out, start = [], 0
    while len(text) - start > limit:
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, start + limit // 2, start + limit)
            if cut != -1:
                cut += len(sep)
                break
        if cut == -1:
            cut = start + limit
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def _split(art: Article) -> list[tuple[int, Article]]:
    return [(off, replace(art, text=piece, content_hash=art.content_hash, mentions=[], persons=[], quotes=[],
                          events=[])) for off, piece in parts(art.text)]


def _join(art: Article, pieces: list[tuple[int, Article]]) -> Article:
    """The parts' findings on the whole article, their offsets moved to the whole text."""
    people: dict[str, Person] = {}
    for off, p in pieces:
        art.mentions += [replace(m, start=m.start + off, end=m.end + off) for m in p.mentions]
        art.quotes += [replace(q, start=q.start + off, end=q.end + off) for q in p.quotes]
        art.events += [replace(e, start=e.start + off, end=e.end + off, sent_start=e.sent_start + off,
                               sent_end=e.sent_end + off) for e in p.events]
        for person in p.persons:
            if person.name in people:
                people[person.name].mentions += person.mentions
            else:
                people[person.name] = replace(person)
    art.persons = list(people.values())
    return art


def analyse(art: Article) -> Article:
    """Run the language pipeline, actor recognition, quote attribution and event coding."""
    if not art.lang_supported or not art.lang or not art.text.strip():
        return art
    if len(art.text) > MAX_PART:
        return analyse_batch([art])[0]
    from .events import unused_components
    from .nlp import load

    return _annotate(art, load(art.lang)(unwrapped(art.text), disable=unused_components(art.lang)))


def _annotate(art: Article, doc: Any) -> Article:
    from .actors import recognise
    from .events import extract_events

    recognise(art, doc)
    extract_events(art, doc)
    return art


def analyse_batch(articles: list[Article], batch_size: int = 32) -> list[Article]:
    """Analyse many articles at once: the language models run in batches (``nlp.pipe``), which is
    several times faster than one call per article; a failure is confined to its article."""
    from .events import unused_components
    from .nlp import load

    by_lang: dict[str, list[Article]] = {}
    split: list[tuple[Article, list[tuple[int, Article]]]] = []
    for art in articles:
        if art.lang_supported and art.lang and art.text.strip():
            if len(art.text) > MAX_PART:
                pieces = _split(art)
                split.append((art, pieces))
                by_lang.setdefault(art.lang, []).extend(p for _, p in pieces)
            else:
                by_lang.setdefault(art.lang, []).append(art)
    for lang, arts in by_lang.items():
        try:
            docs = list(load(lang).pipe([unwrapped(a.text) for a in arts], batch_size=batch_size,
                                        disable=unused_components(lang)))
        except Exception:  # fall back to one at a time, so one bad text cannot sink the batch
            for a in arts:
                analyse_safely(a)
            continue
        for art, doc in zip(arts, docs, strict=True):
            try:
                _annotate(art, doc)
            except Exception as exc:
                log.error("analysis failed for %s: %s: %s", art.source or art.doc, type(exc).__name__, exc)
                art.mentions, art.persons, art.quotes, art.events = [], [], [], []
    for art, pieces in split:
        _join(art, pieces)
    return articles


def analysed(items: Iterable[Any], batch_size: int = 32, workers: int = 1) -> Iterator[Any]:
    """Yield the items of a read stream in order, articles analysed in batches, rejects as they are.

    With ``workers`` > 1 the batches are analysed in that many worker processes
    (:mod:`utkikk.parallel`), the same batches as in one process, so the output is the same; a
    stream of no more than one batch is analysed here, as starting workers would cost more."""
    chunks = _chunks(items, batch_size)
    if workers > 1:
        first = next(chunks, None)
        second = next(chunks, None)
        if second is not None:
            yield from _analysed_in_workers(itertools.chain([first, second], chunks), batch_size, workers)
            return
        chunks = iter([first] if first is not None else [])
    for chunk in chunks:
        analyse_batch(_articles_of(chunk), batch_size)
        yield from chunk


def _chunks(items: Iterable[Any], batch_size: int) -> Iterator[list[Any]]:
    """The stream cut after every ``batch_size``-th article (rejects ride along where they came)."""
    from .record import Reject

    pending: list[Any] = []
    count = 0
    for item in items:
        pending.append(item)
        count += not isinstance(item, Reject)
        if count >= batch_size:
            yield pending
            pending, count = [], 0
    if pending:
        yield pending


def _articles_of(chunk: list[Any]) -> list[Article]:
    from .record import Reject

    return [x for x in chunk if not isinstance(x, Reject)]


def _analyse_in_worker(job: tuple[list[Article], int]) -> list[Article]:
    """What a worker process does with one batch (module-level, so a spawned worker can find it)."""
    arts, batch_size = job
    return analyse_batch(arts, batch_size)


def _analysed_in_workers(chunks: Iterator[list[Any]], batch_size: int, workers: int) -> Iterator[Any]:
    from .parallel import ordered_map

    held: collections.deque[list[Any]] = collections.deque()

    def jobs() -> Iterator[tuple[list[Article], int]]:
        for chunk in chunks:
            held.append(chunk)
            yield _articles_of(chunk), batch_size

    def describe(job: tuple[list[Article], int]) -> str:
        arts = job[0]
        if not arts:
            return "an empty batch"
        return f"the batch of {len(arts)} articles from {arts[0].source or arts[0].doc}"

    for done in ordered_map(_analyse_in_worker, jobs(), workers, describe):
        chunk = held.popleft()
        it = iter(done)
        yield from (x if not isinstance(x, Article) else next(it) for x in chunk)


def analyse_safely(art: Article) -> Article:
    """Like :func:`analyse`, but a failure is logged with the article's name and the article kept
    with what ingestion found: one article's failure never sinks a batch."""
    try:
        return analyse(art)
    except Exception as exc:
        log.error("analysis failed for %s: %s: %s", art.source or art.doc, type(exc).__name__, exc)
        art.mentions, art.persons, art.quotes, art.events = [], [], [], []
        return art


def analyse_all(articles: Iterable[Article]) -> Iterator[Article]:
    for art in articles:
        yield analyse_safely(art)
