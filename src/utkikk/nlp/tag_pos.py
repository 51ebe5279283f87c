"""A pipeline component that sets each token's part of speech from its tag by one table look-up.

Why: the shipped pipelines map treebank tags to universal parts of speech with spaCy's attribute
ruler, whose rules are all one token, one ``TAG``, one ``POS`` ("subst" -> NOUN). The ruler runs
them through the rule matcher and sets each token through the generic attribute setter, which cost
as much as tokenising the text (benchmarks/throughput.md). Here the same table is applied to the
doc's tag array at once; tokens whose tag has no rule keep the part of speech they had, as under
the ruler. :func:`from_ruler` builds it only from a ruler of that one shape, so a ruler with any
other rule is kept as it is.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "utkikk_tag_pos"


class TagPos:
    """Sets ``token.pos`` from ``token.tag_`` by a fixed table (tag -> universal POS)."""

    def __init__(self, nlp: Language, mapping: dict[str, str]) -> None:
        self.mapping = dict(mapping)
        strings = nlp.vocab.strings
        from spacy.parts_of_speech import IDS

        pairs = sorted((strings.add(tag), int(IDS[pos])) for tag, pos in self.mapping.items())
        self._tags = np.array([t for t, _ in pairs], dtype="uint64")
        self._pos = np.array([p for _, p in pairs], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not len(self._tags):
            return doc
        tags = doc.to_array(TAG).astype("uint64")
        at = np.searchsorted(self._tags, tags)
        at[at == len(self._tags)] = 0
        hit = self._tags[at] == tags
        if hit.any():
            pos = doc.to_array(POS).astype("uint64")
            pos[hit] = self._pos[at[hit]]
            doc.from_array([POS], pos)
        return doc


@Language.factory(FACTORY, default_config={"mapping": {}})
def make_tag_pos(nlp: Language, name: str, mapping: dict[str, str]) -> TagPos:
    """spaCy factory: ``mapping`` is tag -> universal part of speech."""
    return TagPos(nlp, mapping)


def from_ruler(ruler: Any) -> dict[str, str] | None:
    """The tag -> POS table an attribute ruler's rules amount to, in their order (a later rule
    for the same tag wins, as in the ruler); None where any rule is of another shape."""
    from spacy.parts_of_speech import NAMES

    mapping: dict[str, str] = {}
    for rule in ruler.patterns:
        attrs, patterns = rule.get("attrs", {}), rule.get("patterns", [])
        if set(attrs) != {"POS"} or rule.get("index", 0) not in (0, -1) or not patterns:
            return None
        for pat in patterns:
            if len(pat) != 1 or set(pat[0]) != {"TAG"} or not isinstance(pat[0]["TAG"], str):
                return None
            pos = attrs["POS"]
            mapping[pat[0]["TAG"]] = NAMES[pos] if isinstance(pos, int) else str(pos)
    return mapping
