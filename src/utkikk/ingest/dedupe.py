"""Near-duplicate articles: the same wire story printed by several outlets.

An NTB or Reuters story reaches us many times with a different outlet line, a new title or one
sentence added. Counting each copy as a separate report would inflate every event, so each article
is linked to the most similar earlier one. MinHash over word 5-shingles estimates their Jaccard
similarity; LSH finds candidates without comparing every pair. Two stories on the same topic share
words but rarely five-word runs, so they stay apart.
Exact copies are caught earlier by the content hash (`record.content_hash`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..record import content_hash

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.5
# Pinned so that signatures stored by one run stay comparable in the next, whatever datasketch's default.
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """Lower-cased words without punctuation: copies differ in quote marks and dashes, not in words."""
    return _WORD.findall(text.casefold())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = normalise(text)
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The permutation parameters every signature shares (datasketch's default seed): drawing them
    anew for each MinHash cost about as much as hashing an article's shingles."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def _minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def _from_signature(hashvalues: Sequence[int]) -> MinHash:
    if len(hashvalues) != NUM_PERM:
        raise ValueError(f"signature has {len(hashvalues)} values, expected {NUM_PERM}")
    return MinHash(num_perm=NUM_PERM, hashvalues=np.asarray(hashvalues, dtype=np.uint32), scheme=SCHEME,
                   permutations=_permutations())


def signature(text: str) -> list[int]:
    """The MinHash signature of `text`, to be stored and re-inserted by a later run."""
    return [int(v) for v in _minhash(text).hashvalues]


def is_exact_duplicate(text: str, known_hashes: Iterable[str] | set[str]) -> bool:
    """Whether `text` (whitespace aside) is already among the known content hashes."""
    h = content_hash(text)
    return h in known_hashes


class Deduper:
    """Links each added article to the most similar earlier one (Jaccard >= threshold)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: str) -> bool:
        return key in self._sigs

    def add(self, key: str, text: str) -> tuple[str | None, float]:
        """Insert `text` under `key`; return (key of the most similar earlier article or None, Jaccard)."""
        return self._insert(key, _minhash(text))

    def add_signature(self, key: str, hashvalues: Sequence[int]) -> None:
        """Insert a signature stored by an earlier run, so new articles can link to that article."""
        self._insert(key, _from_signature(hashvalues))

    def query(self, text: str) -> tuple[str | None, float]:
        """The most similar article added so far, without adding `text`."""
        return self._best(_minhash(text))

    def query_signature(self, hashvalues: Sequence[int]) -> tuple[str | None, float]:
        """As :meth:`query`, for a signature computed before (``signature(text)``)."""
        return self._best(_from_signature(hashvalues))

    def _best(self, m: MinHash) -> tuple[str | None, float]:
        best_key, best = None, 0.0
        for cand in self._lsh.query(m):
            j = float(m.jaccard(self._sigs[cand]))
            if j > best or (j == best and best_key is not None and cand < best_key):
                best_key, best = cand, j
        if best_key is None or best < self.threshold:
            return None, best
        return best_key, best

    def _insert(self, key: str, m: MinHash) -> tuple[str | None, float]:
        if key in self._sigs:
            raise KeyError(f"key already added: {key}")
        found = self._best(m)
        self._lsh.insert(key, m)
        self._sigs[key] = m
        return found
