"""Hand-made articles that several test modules add to the sample store."""

from __future__ import annotations

from typing import Any

from utkikk.record import Article, Event, Mention


def accusation(doc: str, text: str, *, date: str = "2023-05-02", sentence: str | None = None,
               **fields: Any) -> Article:
    """A Norwegian article whose text starts "Kina kritiserte Japan": the two mentions and one
    CHN ACCUSE JPN event, its evidence ``sentence`` (default: the text). ``fields`` (title,
    outlet, url …) carry whatever hostile or awkward values the test is about."""
    start = text.index("kritiserte")
    return Article(doc=doc, text=text, lang="nb", published="2023-05-02", **fields,
                   mentions=[Mention(0, 4, "Kina", "CHN", "name"), Mention(16, 21, "Japan", "JPN", "name")],
                   events=[Event("CHN", "JPN", "ACCUSE", date=date, sentence=sentence or text.strip(),
                                 trigger="kritiserte", start=start, end=start + 10, sent_start=0,
                                 sent_end=len(text) - 1)])


def sample_store_with(db: Any, *articles: Article) -> Any:
    """The web tests' sample store (``utkikk.web.sample``) at ``db``, with ``articles`` added."""
    from utkikk.web.sample import build_sample_store

    store = build_sample_store(db)
    for art in articles:
        store.add_article(art)
    return store
