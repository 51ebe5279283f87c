"""Pure analysis functions: series, alerts, network, PLOVER records, text markup."""

from __future__ import annotations

import math

import pytest

from utkikk.analysis.alerts import Report, detect, gamma_p, method_text, poisson_sf
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


SEVERITY = {"ASSAULT": 1.0, "SANCTION": 0.5, "ACCUSE": 0.2, "CONSULT": 0.1, "AGREE": 0.4, "SUPPORT": 0.35}
MONTHS = month_range("2021-01", "2022-12")
VOLUME = dict.fromkeys(MONTHS, 20)


def _reports(pair, month, types, outlets, side="conflict", first_event=0, articles=1):
    """One report per (event, outlet, article): events numbered from ``first_event``, each reported
    by every outlet in ``articles`` articles of its own."""
    a, b = sorted(pair)
    out = []
    for i, typ in enumerate(types):
        for o in outlets:
            for n in range(articles):
                art = f"{o}-{month}-{i}" + (f"-{n}" if n else "")
                out.append(Report(a, b, month, side, (a, b, month, first_event + i), typ, SEVERITY[typ], o, art, art))
    return out


def _background():
    """A store's other dyads: quiet ones with a routine event now and then, from one outlet each."""
    out = []
    for n in range(30):
        for m in MONTHS[n % 6::6]:
            out += _reports((f"X{n}", "Y"), m, ["ACCUSE"], [f"o{n}"])
    return out


def _flagged(reports, pair, **kw):
    a, b = sorted(pair)
    return [(al.month, al.side) for al in detect(reports, VOLUME, **kw) if (al.a, al.b) == (a, b)]


def test_an_invasion_like_spike_is_flagged_against_history_and_base_rate():
    reps = _background()
    for m in MONTHS[:13]:  # a year of the odd accusation, then an invasion: attacks reported by three outlets
        reps += _reports(("RUS", "UKR"), m, ["ACCUSE"], ["NRK"])
    reps += _reports(("RUS", "UKR"), "2022-02", ["ASSAULT", "ASSAULT", "SANCTION"], ["NRK", "DR", "TT"])
    alerts = detect(reps, VOLUME)
    assert [(a.a, a.b, a.month, a.side) for a in alerts if a.a == "RUS"] == [("RUS", "UKR", "2022-02", "conflict")]
    al = next(a for a in alerts if a.a == "RUS")
    assert al.count == 3 and al.sources == 3 and al.severity == pytest.approx(7.5) and al.p_value < 1e-6
    assert al.types == {"ASSAULT": 2, "SANCTION": 1}
    # a first-ever attack of a dyad with no history at all stands out against the base rate
    first = _background() + _reports(("AAA", "BBB"), "2022-06", ["ASSAULT"], ["NRK", "DR"])
    assert _flagged(first, ("AAA", "BBB")) == [("2022-06", "conflict")]


def test_steady_series_routine_events_and_one_outlet_repetition_are_not_flagged():
    reps = _background()
    # steady: two consultations and an agreement every month, each from two outlets
    for m in MONTHS:
        reps += _reports(("NOR", "SWE"), m, ["CONSULT", "CONSULT", "AGREE"], ["NRK", "SVT"], side="cooperation")
    # a quiet dyad's three routine events in one month, from two outlets
    reps += _reports(("DNK", "ISL"), "2022-05", ["ACCUSE", "CONSULT", "ACCUSE"], ["DR", "RUV"])
    # one outlet repeating itself: an attack and a sanction, each retold in five articles
    reps += _reports(("CHN", "PHL"), "2022-07", ["ASSAULT", "SANCTION"], ["Daily Echo"], articles=5)
    # one outlet's routine events of a quiet dyad
    reps += _reports(("EST", "LVA"), "2022-03", ["ACCUSE", "CONSULT", "ACCUSE", "CONSULT"], ["ERR"])
    for pair in (("DNK", "ISL"), ("CHN", "PHL"), ("EST", "LVA")):
        assert _flagged(reps, pair) == []
    assert [m for m, _ in _flagged(reps, ("NOR", "SWE")) if m > MONTHS[0]] == []
    # the same attack from an independent outlet is news
    reps += _reports(("CHN", "PHL"), "2022-07", ["ASSAULT"], ["Wire"], first_event=0)
    assert _flagged(reps, ("CHN", "PHL")) == [("2022-07", "conflict")]


def test_single_source_evidence_is_weighed_lower_not_dropped():
    """A month only one outlet reports is tested at half its weight: a real escalation that one
    outlet alone carries (on the sample corpus the Israel–Iran strikes of June 2025, one TT article)
    is still an alert, weaker than the same reported twice; single_source_weight=0 drops it."""
    back = _background()
    lone = back + _reports(("IRN", "ISR"), "2022-06", ["ASSAULT", "ASSAULT", "SANCTION"], ["TT"])
    two = back + _reports(("IRN", "ISR"), "2022-06", ["ASSAULT", "ASSAULT", "SANCTION"], ["TT", "NRK"])
    al_lone = next(al for al in detect(lone, VOLUME) if al.a == "IRN")
    al_two = next(al for al in detect(two, VOLUME) if al.a == "IRN")
    assert (al_lone.month, al_lone.sources, al_lone.weight, al_lone.severity) == ("2022-06", 1, 0.5, 2.5)
    assert (al_two.sources, al_two.weight, al_two.severity) == (2, 1.0, 5.0)
    assert al_two.p_value < al_lone.p_value < 0.01
    assert al_lone.to_dict()["weight"] == 0.5
    assert _flagged(lone, ("IRN", "ISR"), single_source_weight=0) == []
    # the lower weight counts: the same attacks against a dyad with a hostile past are not
    # news from one outlet, while from two outlets they still are
    past = []
    for m in MONTHS[:17]:
        past += _reports(("IRN", "ISR"), m, ["ACCUSE", "ACCUSE"], ["TT", "NRK"])
    assert _flagged(past + lone, ("IRN", "ISR")) == []
    assert _flagged(past + two, ("IRN", "ISR")) == [("2022-06", "conflict")]
    # one outlet's single attack stays below the least severity (S = 1 < 1.5)
    assert _flagged(back + _reports(("IRN", "ISR"), "2022-06", ["ASSAULT"], ["TT"]), ("IRN", "ISR")) == []


def test_wire_copies_in_one_cluster_count_once():
    a = [Report("CHN", "PHL", "2022-07", "conflict", 1, "ASSAULT", 1.0, outlet, "cluster-1", n)
         for n, outlet in enumerate(["NRK", "VG", "DR"])]
    assert detect(_background() + a, VOLUME) == [] or all(al.a != "CHN" for al in detect(_background() + a, VOLUME))


def test_coverage_scales_the_baseline_without_the_dyads_own_articles():
    reps = _background() + _reports(("AAA", "BBB"), "2022-06", ["ASSAULT"], ["NRK", "DR"])
    quiet = detect(reps, VOLUME)
    busy = detect(reps, {**VOLUME, "2022-06": 2000})  # a month the store covers a hundred times as heavily
    base = next(al for al in quiet if al.a == "AAA")
    assert next((al for al in busy if al.a == "AAA"), None) is None or \
        next(al for al in busy if al.a == "AAA").baseline > 50 * base.baseline
    # the dyad's own two articles are not part of its month's coverage
    assert base.coverage == pytest.approx(max(20 - 2, 1) / 20)


def test_gamma_tail_is_the_poisson_tail_at_whole_counts_and_monotone_between():
    for k, lam in [(1, 0.5), (3, 0.25), (5, 1.0), (10, 2.0), (2, 5.0), (40, 3.0), (7, 30.0)]:
        direct = 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))
        assert gamma_p(k, lam) == pytest.approx(direct, rel=1e-9, abs=1e-15)
    xs = [gamma_p(s / 4, 0.3) for s in range(1, 20)]
    assert all(x > y for x, y in zip(xs, xs[1:], strict=False))


def test_method_text_states_the_parameters():
    text = method_text()
    assert "Poisson" in text and "0.01" in text and "independent" in text and "severity" in text
    assert "12 months" in text and "6 months" in text and "w = 0.5" in text
    assert "0.001" in method_text({"p_max": 0.001})


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
    # agent: the sector the text gives the side (none here), also as source_agent / target_agent
    assert rec["recipient"] == [{"code": "RUS", "actor_text": "Russland", "name": "Russia", "agent": None}]
    assert rec["source_agent"] is None and rec["target_agent"] is None
    leg = plover_record(_row(source_text="Stortinget", source_sector="LEG"))
    assert leg["source"][0]["agent"] == leg["source_agent"] == "LEG" and leg["recipient"][0]["agent"] is None
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
