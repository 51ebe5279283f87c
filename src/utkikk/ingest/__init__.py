"""The ingest stage: read news from files, folders, feeds, archives and URLs into `Article` records.

Public API:
    read_inputs(inputs, *, max_bytes, http, feed_state) -> Iterator[Article | Reject]
    read_text(text, doc) -> Article | Reject
    detect_language(text) -> (code, supported)
    Deduper, signature, is_exact_duplicate
    FeedState (protocol), MemoryFeedState
"""

from __future__ import annotations

from .dedupe import Deduper, is_exact_duplicate, signature
from .fetch import FeedState, MemoryFeedState
from .language import detect_language
from .reader import read_inputs, read_text

__all__ = [
    "Deduper",
    "FeedState",
    "MemoryFeedState",
    "detect_language",
    "is_exact_duplicate",
    "read_inputs",
    "read_text",
    "signature",
]
