"""Pure analysis functions: series, alerts, network, PLOVER records, text markup."""

from __future__ import annotations

import math

import pytest

from utkikk.analysis.alerts import detect, method_text, poisson_sf
from utkikk.analysis.network import build
from utkikk.analysis.plover import flat_record, plover_record
from utkikk.analysis.series import month_range, monthly_series
from utkikk.web.markup import annotate, sentence_with_trigger


def test_month_range_crosses_year():
    assert month_range("2021-11", "2022-02") == ["2021-11", "2021-12", "2022-01", "2022-02"]


def test_monthly_series_counts_groups_once_and_fills_gaps():
    rows = [
        {"date": "2022-01-03", "score": -10, "conflict": True, "group_id": 1},
        {"date": "2022-01-04", "score": -10, "conflict": True, "group_id": 1},  # second report, same event
        {"date": "2022-03", "score": 4, "conflict": False, "group_id": 2},
        {"date": None, "score": 4, "conflict": False, "group_id": 3},  # undated: left out
    ]
    s = monthly_series(rows)
    assert [p.month for p in s] == ["2022-01", "2022-02", "2022-03"]
    assert (s[0].conflict, s[0].reports, s[0].score_mean) == (1, 2, -10.0)
    assert s[1].events == 0 and s[1].score_mean is None
    assert s[2].cooperation == 1


@pytest.mark.parametrize("k,lam", [(1, 0.5), (3, 0.25), (5, 1.0), (10, 2.0), (2, 5.0), (40, 3.0)])
def test_poisson_tail_matches_direct_sum(k, lam):
    direct = 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))
    assert poisson_sf(k, lam) == pytest.approx(direct, rel=1e-6, abs=1e-15)


def test_detect_flags_surge_not_steady_series():
    counts = {
        ("RUS", "UKR"): {"2021-10": {"conflict": 1}, "2021-11": {"conflict": 1}, "2021-12": {"conflict": 0},
                         "2022-01": {"conflict": 1}, "2022-02": {"conflict": 9}},
        ("NOR", "SWE"): {f"2021-{m:02d}": {"cooperation": 3} for m in range(1, 13)},
    }
    alerts = detect(counts)
    assert [(a.a, a.b, a.month, a.side) for a in alerts] == [("RUS", "UKR", "2022-02", "conflict")]
    assert alerts[0].baseline == pytest.approx(0.75)
    assert alerts[0].p_value < 0.01


def test_detect_needs_history_and_min_count():
    assert detect({("A", "B"): {"2022-01": {"conflict": 50}}}) == []  # no history
    assert detect({("A", "B"): {"2022-01": {"conflict": 0}, "2022-04": {"conflict": 2}}}) == []  # k < 3
    assert "Poisson" in method_text() and "0.01" in method_text()


def test_network_tone_and_layout_are_normalised():
    net = build([
        {"a": "RUS", "b": "UKR", "cooperation": 1, "conflict": 9, "score_sum": -80},
        {"a": "NOR", "b": "UKR", "cooperation": 4, "conflict": 0, "score_sum": 28},
        {"a": "UKR", "b": "RUS", "cooperation": 0, "conflict": 1, "score_sum": -10},  # merged with RUS–UKR
        {"a": "NOR", "b": "NOR", "cooperation": 5},  # self-loop dropped
    ]).to_dict()
    edges = {(e["a"], e["b"]): e for e in net["edges"]}
    assert set(edges) == {("RUS", "UKR"), ("NOR", "UKR")}
    assert edges[("RUS", "UKR")]["conflict"] == 10 and edges[("RUS", "UKR")]["tone"] == "conflict"
    assert edges[("NOR", "UKR")]["tone"] == "cooperation"
    for n in net["nodes"]:
        assert 0 <= n["x"] <= 1 and 0 <= n["y"] <= 1


def _row(**kw):
    base = dict(id=7, group_id=3, source="NOR", target="RUS", type="SANCTION", mode="economic", context=[],
                negated=False, hypothetical=False, date="2022-03-01", score=-5.0, speaker=None,
                sentence="Norge slutter seg til sanksjonene.", sent_start=0, sent_end=34, trigger="sanksjonene",
                trig_start=22, trig_end=33, quad="material_conflict", article_title="T", article_doc="d.txt",
                outlet="NRK", lang="nb", url=None, published="2022-03-01", article_id=1,
                source_text="Norge", target_text="Russland")
    base.update(kw)
    return base


def test_plover_record_layout():
    rec = plover_record(_row())
    assert rec["id"] == "utkikk-7" and rec["date"] == "2022-03-01" and rec["has_event"] is True
    assert rec["source"][0]["code"] == "NOR" and rec["source"][0]["actor_text"] == "Norge"
    assert rec["recipient"] == [{"code": "RUS", "actor_text": "Russland", "name": "Russia"}]
    assert rec["date_resolution"] == "day" and rec["modality"] == "asserted" and rec["language"] == "nb"
    assert rec["event"] == ["SANCTION"] and rec["mode"] == ["economic"] and rec["quad_code"] == 4
    assert rec["cite_info"]["language"] == "nb" and rec["text"].startswith("Norge")
    untargeted = plover_record(_row(target="*", hypothetical=True, modality="conditional", date="2022-03"))
    assert untargeted["recipient"] == [] and untargeted["has_event"] is False
    assert untargeted["date"] == "2022-03-01" and untargeted["date_resolution"] == "month"
    assert untargeted["modality"] == "conditional" and untargeted["comment"] == "conditional"
    assert plover_record(_row(modality="future"))["has_event"] is False
    assert flat_record(_row(context=["election", "war"]))["context"] == "election;war"


def test_annotate_escapes_then_marks_nested_spans():
    text = 'Russland sa "<b>nei</b>" til NATO.'
    spans = [
        {"start": 0, "end": 8, "kind": "actor", "code": "RUS"},
        {"start": 12, "end": 24, "kind": "quote", "title": "q"},
        {"start": 16, "end": 19, "kind": "trigger", "tone": "conflict", "title": "RUS REJECT NATO"},
        {"start": 29, "end": 33, "kind": "actor", "code": "NATO"},
        {"start": 40, "end": 50, "kind": "actor", "code": "OUT"},  # outside the text: dropped
    ]
    html = str(annotate(text, spans))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<a class="actor" href="/actors/RUS" title="RUS">Russland</a>' in html
    assert '<span class="quote" title="q"><mark class="trigger conflict"' in html
    assert "OUT" not in html


def test_sentence_with_trigger_uses_article_offsets():
    html = str(sentence_with_trigger("Kina <truet> Taiwan.", 106, 112, 100))
    assert html == 'Kina &lt;<mark class="trigger">truet&gt;</mark> Taiwan.'

    assert str(sentence_with_trigger("x", 500, 501, 0)) == "x"
