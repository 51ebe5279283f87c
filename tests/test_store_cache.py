"""Answers cached per store version (event counts, search) change as soon as the store does."""

from __future__ import annotations

from utkikk.record import Article, Event, Mention
from utkikk.store import Store
from utkikk.store import queries as Q


def _article(n: int) -> Article:
    text = f"Kina kritiserte Japan for avtale nummer {n}.\n"
    start = text.index("kritiserte")
    return Article(doc=f"cache-{n}.txt", text=text, title=f"Avtale {n}", lang="nb", published="2023-05-02",
                   mentions=[Mention(0, 4, "Kina", "CHN", "name"), Mention(16, 21, "Japan", "JPN", "name")],
                   events=[Event("CHN", "JPN", "ACCUSE", date="2023-05-02", sentence=text.strip(),
                                 trigger="kritiserte", start=start, end=start + 10, sent_start=0,
                                 sent_end=len(text) - 1)])


def test_cached_counts_and_searches_follow_the_store(db_url):
    store = Store(db_url)
    try:
        store.add_article(_article(1))
        f, sf = Q.EventFilter.checked(source="CHN"), Q.SearchFilter.checked("avtale")
        assert Q.count_events(store, f) == 1 and Q.search(store, sf)["total"] == 1
        assert Q.search(store, sf) is Q.search(store, sf)  # the second answer is the cached one
        store.add_article(_article(2))
        assert Q.count_events(store, f) == 2
        again = Q.search(store, sf)
        assert again["total"] == 2 and {r["doc"] for r in again["results"]} == {"cache-1.txt", "cache-2.txt"}
        assert Q.search(store, Q.SearchFilter.checked("avtale", lang="sv"))["total"] == 0  # a filter: the join
    finally:
        store.close()
