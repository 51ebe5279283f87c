"""Event coding on a doc the parser did not run on (da, sv) reads no tree.

Why: spaCy's tokenizer leaves the tokens' left and right edges stale after a special case that
holds affixes ("länkar):" holds the emoticon "):"), and only a parse sets them again. Walking
``token.children`` of such a doc read past its end: the whole run died of a segmentation fault
on a Swedish article with a passive trigger after the emoticon. The coding runs in a child
process, so a crash fails this test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# written for this test (not taken from any corpus)
CHILD = """
from utkikk.record import Article
from utkikk.pipeline import analyse
text = ("Regeringen publicerade två rapporter i dag (externa länkar): “Sverige angreps av Ryssland” "
        "och “Norge kritiserades av Kina”. Ryssland angreps av Ukraina i går, sa ministern.")
a = analyse(Article(doc="t", text=text, lang="sv"))
print(sorted((e.source, e.type, e.target) for e in a.events))
"""


def test_passive_after_an_emoticon_special_case_in_an_unparsed_doc() -> None:
    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    res = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "('RUS', 'ASSAULT', 'SWE')" in res.stdout
    assert "('UKR', 'ASSAULT', 'RUS')" in res.stdout
