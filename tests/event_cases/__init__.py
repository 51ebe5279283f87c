"""Per-language event test cases: sentences written for the tests, with the exact asserted triples
(ASSERTED) and the flagged modality cases (FLAGGED). `tests/test_events_languages.py` runs them all."""

from __future__ import annotations

import pytest


def engine_gap(reason: str) -> pytest.MarkDecorator:
    """A known engine limitation: the case must fail until the engine is fixed (strict xfail)."""
    return pytest.mark.xfail(reason=reason, strict=True)
