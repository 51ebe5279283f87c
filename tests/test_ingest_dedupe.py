"""Near-duplicate linking: wire copies link, different stories on the same topic do not."""

from __future__ import annotations

import pytest

from utkikk.ingest import Deduper, is_exact_duplicate, signature
from utkikk.ingest.dedupe import NUM_PERM, shingles
from utkikk.record import content_hash

WIRE = (
    "Utenriksministrene i Norden møttes fredag i Reykjavik for å diskutere sikkerheten i Arktis og støtten "
    "til Ukraina. Ministrene ble enige om å styrke samarbeidet om overvåking av undersjøiske kabler og "
    "rørledninger etter flere hendelser i Østersjøen det siste året. Islands utenriksminister sa etter "
    "møtet at landene deler den samme vurderingen av trusselbildet i nord. Det neste møtet skal holdes i "
    "Helsingfors til høsten, og da skal også Baltikum være med på deler av samtalene. Ministrene ba i "
    "tillegg Russland om å trekke sine styrker ut av Ukraina og respektere landets grenser."
)
COPY_OUTLET = "OSLO (NTB): " + WIRE
COPY_EXTRA = WIRE + " Norges utenriksminister sa at han var fornøyd med resultatet av møtet."
COPY_TITLE = "Nordisk enighet om Arktis\n\n" + WIRE.replace("fredag", "på fredag")
OTHER_SAME_TOPIC = (
    "Forsvarsministrene i de nordiske landene samles neste uke i Tromsø for å drøfte felles øvelser i "
    "nordområdene. Temaet for samlingen er luftforsvar og hvordan landene kan dele radardata raskere. "
    "Finlands forsvarsminister har varslet at han vil foreslå en felles kommando for luftovervåking. "
    "Sverige har ennå ikke tatt stilling til forslaget, men regjeringen i Stockholm er positiv til tettere "
    "samarbeid. Også Danmark vil delta med egne fly under øvelsen som holdes i mars."
)


@pytest.mark.parametrize("copy", [COPY_OUTLET, COPY_EXTRA, COPY_TITLE])
def test_wire_copy_links_to_original(copy):
    d = Deduper()
    assert d.add("ntb-1", WIRE) == (None, 0.0)
    key, jac = d.add("vg-1", copy)
    assert key == "ntb-1"
    assert jac >= 0.7


def test_different_story_same_topic_does_not_link():
    d = Deduper()
    d.add("a", WIRE)
    key, jac = d.add("b", OTHER_SAME_TOPIC)
    assert key is None and jac < 0.2


def test_most_similar_earlier_article_is_chosen():
    d = Deduper()
    d.add("a", WIRE)
    d.add("b", COPY_EXTRA)
    d.add("c", OTHER_SAME_TOPIC)
    key, _ = d.add("d", COPY_EXTRA + " Mer kommer.")
    assert key == "b"


def test_signatures_link_across_runs():
    sig = signature(WIRE)
    assert len(sig) == NUM_PERM and all(isinstance(v, int) for v in sig)
    assert signature(WIRE) == sig  # deterministic: a stored signature stays valid
    later = Deduper()
    later.add_signature("stored-1", sig)
    key, jac = later.add("new-1", COPY_OUTLET)
    assert key == "stored-1" and jac >= 0.7
    assert "stored-1" in later and len(later) == 2


def test_bad_signature_length():
    with pytest.raises(ValueError):
        Deduper().add_signature("x", [1, 2, 3])


def test_duplicate_key_is_refused():
    d = Deduper()
    d.add("a", WIRE)
    with pytest.raises(KeyError):
        d.add("a", WIRE)


def test_query_does_not_insert():
    d = Deduper()
    d.add("a", WIRE)
    assert d.query(COPY_EXTRA)[0] == "a"
    assert len(d) == 1


def test_shingles_ignore_case_and_punctuation():
    assert shingles("Nato, sa han: «Vi står sammen»!") == shingles("nato sa han vi står sammen")
    assert shingles("to ord") == {"to ord"}
    assert shingles("") == set()


def test_exact_duplicate_by_content_hash():
    known = {content_hash(WIRE)}
    assert is_exact_duplicate("  " + WIRE.replace(" ", "  ") + "\n", known)
    assert not is_exact_duplicate(COPY_EXTRA, known)
