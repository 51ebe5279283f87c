"""The tail index of affix trigger patterns finds exactly what testing every pattern found.

Why: the index replaced a loop over every ``*tail`` pattern for each new word form (three
quarters of extract's time on real news); any word it misses or adds would change events."""

from __future__ import annotations

import pytest

from utkikk.events.triggers import _affix_candidates, _matches, lexicon


@pytest.mark.parametrize("lang", ["nb", "nn", "da", "sv", "en"])
def test_index_agrees_with_testing_every_pattern(lang: str) -> None:
    lex = lexicon(lang)
    stems = {t.words[0].strip("*") for t in lex.affix_first}
    words = set()
    for s in stems:  # the pattern itself, inside a compound, with each noun ending, cut short
        for e in ("", *lex.endings):
            words |= {(s + e, s), ("handels" + s + e, "handels" + s + e), (s[:-1] + e, "x"), ("x", s + e)}
    words |= {("angrepet", "angrep"), ("sanksjonene", "sanksjon"), ("the", "the"), ("", "")}
    assert len(words) > 20 or not lex.affix_first
    hits = 0
    for lower, lemma in words:
        want = [t for t in lex.affix_first if _matches(t.words[0], lower, lemma, lex.endings)]
        got = _affix_candidates(lex, lower, lemma)
        assert [id(t) for t in got] == [id(t) for t in want], (lower, lemma)
        hits += bool(got)
    assert hits or not lex.affix_first
