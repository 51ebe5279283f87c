"""The shared seed articles read with the expected language, date and source (skipped if absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from utkikk.ingest import read_inputs

SEEDS = Path("/work/shared/seeds")
EXPECTED = {
    "000_36366df5bdf95721.txt": {"lang": "nb", "published": "2017-10", "outlet": "VG"},
    "002_ece4104a9832b8d4.txt": {"lang": "nb", "published": "2022-03", "agency": "NTB"},
    "003_053f5145477e3d55.txt": {"lang": "da", "published": "2020-04"},
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not present")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed(name):
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"{name} absent")
    [art] = list(read_inputs([str(path)]))
    for key, value in EXPECTED[name].items():
        assert getattr(art, key) == value, key
    assert art.date_precision == "month"
    assert not art.text.startswith("date ")
    assert not art.text.lstrip().startswith("SEOUL")
