"""The NDT -> UD tree converter (training/ndt_to_ud.py): head promotions by rule, labels learned.

The sentences are our own, written in the NDT scheme by hand; the accuracy test reads the NorNE
trees in ../shared/data and skips where they are absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import ndt_to_ud  # noqa: E402


def ndt(*tokens: str) -> list[list[str]]:
    """Rows from 'form/lemma/tag/feats/head/LABEL' strings."""
    rows = []
    for i, tok in enumerate(tokens, 1):
        form, lemma, tag, feats, head, label = tok.split("/")
        rows.append([str(i), form, lemma, tag, tag, feats, head, label, "_", "_"])
    return rows


def structure(rows: list[list[str]]) -> list[tuple[int, str | None]]:
    t = ndt_to_ud.restructure(ndt_to_ud.Tree(rows))
    return list(zip(t.head, t.fixed, strict=True))


def test_auxiliary_and_preposition_hand_their_heads_to_the_content_words() -> None:
    # "Norge har sendt våpen til Ukraina ."
    rows = ndt("Norge/Norge/subst/prop/2/SUBJ", "har/ha/verb/pres/0/FINV", "sendt/sende/verb/perf-part/2/INFV",
               "våpen/våpen/subst/appell/3/DOBJ", "til/til/prep/_/3/ADV", "Ukraina/Ukraina/subst/prop/5/PUTFYLL",
               "./$./clb/<punkt>/2/IP")
    assert structure(rows) == [(2, None), (2, "aux"), (-1, None), (2, None), (5, "case"), (2, None), (2, None)]


def test_passive_auxiliary_chain_and_agent() -> None:
    # "Byen kan bli angrepet av Russland ."
    rows = ndt("Byen/by/subst/appell/2/SUBJ", "kan/kunne/verb/pres/0/FINV", "bli/bli/verb/inf/2/INFV",
               "angrepet/angripe/verb/perf-part/3/INFV", "av/av/prep/_/4/ADV", "Russland/Russland/subst/prop/5/PUTFYLL",
               "./$./clb/<punkt>/2/IP")
    assert structure(rows) == [(3, None), (3, "aux"), (3, "aux:pass"), (-1, None), (5, "case"), (3, None), (3, None)]


def test_copula_over_an_infinitive_clause() -> None:
    # "Målet er å hjelpe Ukraina ."
    rows = ndt("Målet/mål/subst/appell/2/SUBJ", "er/være/verb/pres/0/FINV", "å/å/inf-merke/_/2/SPRED",
               "hjelpe/hjelpe/verb/inf/3/INFV", "Ukraina/Ukraina/subst/prop/4/DOBJ", "./$./clb/<punkt>/2/IP")
    assert structure(rows) == [(3, None), (3, "cop"), (3, "mark"), (-1, None), (3, None), (3, None)]


def test_a_verb_taking_a_bare_infinitive_is_not_made_an_auxiliary() -> None:
    # "Russland lar soldatene trekke seg ut ." - "la" keeps its head; "trekke" stays its dependent
    rows = ndt("Russland/Russland/subst/prop/2/SUBJ", "lar/la/verb/pres/0/FINV", "soldatene/soldat/subst/appell/2/IOBJ",
               "trekke/trekke/verb/inf/2/DOBJ", "seg/seg/pron/refl/4/DOBJ", "ut/ut/prep/_/4/ADV", "./$./clb/<punkt>/2/IP")
    heads = [h for h, _ in structure(rows)]
    assert heads == [1, -1, 1, 1, 3, 3, 1]


def test_headline_marker_is_dropped_and_heads_renumbered(tmp_path: Path) -> None:
    path = tmp_path / "s.conll"
    rows = ndt("Nato/Nato/subst/prop/2/SUBJ", "møtes/møte/verb/pres|pass/0/FINV", "|/$|/clb/<overskrift>/2/IP")
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n\n", encoding="utf-8")
    (out,) = list(ndt_to_ud.rows_of(path))
    assert [(r[0], r[1], r[6]) for r in out] == [("1", "Nato", "2"), ("2", "møtes", "0")]


@pytest.mark.skipif(not ndt_to_ud.DATA.exists(), reason="../shared/data/norne is absent")
def test_conversion_agrees_with_the_held_out_ud_trees() -> None:
    table = ndt_to_ud.learn("dev")
    score = ndt_to_ud.accuracy("test", table)
    assert score["tokens"] > 50_000
    assert score["UAS"] >= 95 and score["LAS"] >= 94 and score["UPOS"] >= 97
