

def test_place_annotations_hold_keys_and_codes_only():
    """devset/places/<lang>.jsonl: file, sentence key, expected place and state, never corpus text."""
    from pathlib import Path

    from utkikk.actors.kb import load
    from utkikk.evaluation.corpora import SOURCES

    kb = load()
    root = Path(__file__).resolve().parents[1] / "devset" / "places"
    for lang, rel in SOURCES.items():
        recs = [json.loads(line) for line in (root / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert recs, lang
        for r in recs:
            assert set(r) <= {"file", "sent", "lang", "place", "country", "kind", "note"}
            assert r["file"] == rel and r["lang"] == lang
            assert (r["place"] is None) == (r["country"] is None) == (r["kind"] is None)
            assert r["country"] is None or kb.actors[r["country"]].get("kind") == "state"
            assert r["kind"] in (None, "city", "territory", "state")
        assert len({r["sent"] for r in recs}) == len(recs)
