"""Checks on the people file of the actor knowledge base (src/utkikk/actors/kb/persons.yaml).

The recogniser resolves "Stoltenberg" or "Japans statsminister" to an actor on a given date, so
every role must carry a valid title, an actor and a well-formed, ordered date range.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

PERSONS_PATH = (
    Path(__file__).resolve().parents[1] / "src" / "utkikk" / "actors" / "kb" / "persons.yaml"
)

ALLOWED_ROLES = {
    "President",
    "Vice President",
    "Prime Minister",
    "Chancellor",
    "Head of State",
    "Head of Government",
    "Foreign Minister",
    "Defence Minister",
    "Minister of Finance",
    "Secretary General",
    "President of the European Commission",
    "President of the European Council",
    "High Representative",
    "Director General",
    "Chairman",
    "Leader",
    # people who speak or advise for the head of state or government
    "Spokesperson",
    "National Security Advisor",
    # a state's ambassadors (to the UN above all) and envoys in a conflict act for it
    "Ambassador",
    "Envoy",
    # the reigning house beside the monarch acts for the state too
    "Queen Consort",
    "Crown Prince",
    "Crown Princess",
}

ACTOR_CODE = re.compile(r"^[A-Z]{2,10}$")


def _as_interval(value: object, *, end: bool) -> dt.date:
    """Turn a YAML date value (date, 'YYYY-MM' or YYYY) into a date; partial dates widen outwards."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        if end:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    raise ValueError(f"unparseable date: {value!r}")


@pytest.fixture(scope="module")
def persons() -> list[dict]:
    with PERSONS_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list) and data
    return data


def _person(persons: list[dict], name: str) -> dict:
    matches = [p for p in persons if p["name"] == name]
    assert len(matches) == 1, name
    return matches[0]


def _acts_for(person: dict, actor: str, on: dt.date, role: str | None = None) -> bool:
    for r in person["roles"]:
        if r["actor"] != actor or (role is not None and r["role"] != role):
            continue
        start = _as_interval(r["start"], end=False)
        stop = dt.date.max if r["end"] is None else _as_interval(r["end"], end=True)
        if start <= on <= stop:
            return True
    return False


def test_records_have_expected_keys(persons: list[dict]) -> None:
    for p in persons:
        assert set(p) == {"name", "variants", "roles"}, p.get("name")
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"]
        assert isinstance(p["variants"], list)
        assert all(isinstance(v, str) and v.strip() for v in p["variants"]), p["name"]
        assert p["roles"], p["name"]


def test_no_duplicate_canonical_names(persons: list[dict]) -> None:
    names = [p["name"] for p in persons]
    assert len(names) == len(set(names))


def test_variants_are_unique_and_differ_from_name(persons: list[dict]) -> None:
    for p in persons:
        assert len(p["variants"]) == len(set(p["variants"])), p["name"]
        assert p["name"] not in p["variants"], p["name"]


def test_roles_are_well_formed(persons: list[dict]) -> None:
    for p in persons:
        for r in p["roles"]:
            assert set(r) == {"actor", "role", "start", "end"}, (p["name"], r)
            assert ACTOR_CODE.match(str(r["actor"])), (p["name"], r)
            assert r["role"] in ALLOWED_ROLES, (p["name"], r)
            start = _as_interval(r["start"], end=False)
            if r["end"] is not None:
                assert _as_interval(r["end"], end=True) >= start, (p["name"], r)


def test_stoltenberg_roles_over_time(persons: list[dict]) -> None:
    stoltenberg = _person(persons, "Jens Stoltenberg")
    assert "Stoltenberg" in stoltenberg["variants"]
    assert _acts_for(stoltenberg, "NATO", dt.date(2017, 6, 1), "Secretary General")
    assert _acts_for(stoltenberg, "NOR", dt.date(2025, 6, 1), "Minister of Finance")
    assert not _acts_for(stoltenberg, "NATO", dt.date(2025, 6, 1))


def test_zelenskyy_spellings(persons: list[dict]) -> None:
    zelenskyy = _person(persons, "Volodymyr Zelenskyy")
    for spelling in ("Zelenskyj", "Zelenskij", "Zelensky", "Selenskyj", "Volodymyr Zelenskyj"):
        assert spelling in zelenskyy["variants"], spelling
    assert _acts_for(zelenskyy, "UKR", dt.date(2022, 2, 24), "President")


def test_kim_jong_un_acts_for_north_korea(persons: list[dict]) -> None:
    kim = _person(persons, "Kim Jong-un")
    assert {"Kim Jong Un", "Kim Jong-Un"} <= set(kim["variants"])
    assert _acts_for(kim, "PRK", dt.date(2024, 6, 1), "Head of State")


def test_abe_acts_for_japan_in_october_2017(persons: list[dict]) -> None:
    abe = _person(persons, "Shinzo Abe")
    assert "Abe" in abe["variants"]
    assert _acts_for(abe, "JPN", _as_interval("2017-10", end=False), "Prime Minister")
    assert _acts_for(abe, "JPN", _as_interval("2017-10", end=True), "Prime Minister")


def test_nordic_transliterations(persons: list[dict]) -> None:
    assert "Sjojgu" in _person(persons, "Sergei Shoigu")["variants"]
    assert "Medvedjev" in _person(persons, "Dmitry Medvedev")["variants"]
    assert "Netanjahu" in _person(persons, "Benjamin Netanyahu")["variants"]
    assert "Erdogan" in _person(persons, "Recep Tayyip Erdoğan")["variants"]


def test_one_head_of_government_at_a_time_in_norway(persons: list[dict]) -> None:
    for year in range(2010, 2026):
        day = dt.date(year, 6, 1)
        holders = [p["name"] for p in persons if _acts_for(p, "NOR", day, "Prime Minister")]
        assert len(holders) == 1, (year, holders)
