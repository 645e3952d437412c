"""Reprints: the same wire story on many sites, found with MinHash LSH over word shingles.

A reprint is linked to the first copy seen (`reprint_of`), so later stages count sources,
not copies. Small edits (a different title, a dropped closing line, another dateline outlet)
keep a reprint a reprint.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

# Jaccard similarity of 5-word shingles above which two bodies are one story. Independent
# reports of one event share under 0.05 (testsets/documents: 0.00-0.01); republished copies
# with another dateline, a dropped or reworded sentence share 0.66-0.82 on 80-150 words.
REPRINT_THRESHOLD = 0.5
SHINGLE_WORDS = 5
PERMUTATIONS = 128
_WORD = re.compile(r"\w+")


def signature_of(body: str) -> MinHash:
    words = [w.lower() for w in _WORD.findall(body)]
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature = MinHash(num_perm=PERMUTATIONS)
    for shingle in shingles:
        signature.update(shingle.encode("utf-8"))
    return signature


class ReprintIndex:
    """Bodies seen so far; `original_of(doc_id, body)` names the first near-copy, if any."""

    def __init__(self, threshold: float = REPRINT_THRESHOLD):
        self._lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self.threshold = threshold

    def original_of(self, doc_id: str, body: str) -> str | None:
        """The doc_id of the earliest indexed near-duplicate of `body`; indexes `body` if it is new."""
        if doc_id in self._signatures:
            return None
        signature = signature_of(body)
        candidates = [c for c in self._lsh.query(signature)
                      if self._signatures[c].jaccard(signature) >= self.threshold]
        if candidates:
            return min(candidates, key=self._order.__getitem__)
        self._lsh.insert(doc_id, signature)
        self._signatures[doc_id] = signature
        self._order[doc_id] = len(self._order)
        return None


# Banding for an index kept in a database: 32 bands of 4 rows make documents with Jaccard 0.5
# candidates with probability 0.87, and 0.66 (the lowest reprint seen) with 0.999; candidates
# are then checked against the threshold with their full signatures.
BANDS, ROWS = 32, 4


def band_keys(sig: MinHash) -> list[str]:
    """One key per band of the signature: documents sharing a key are reprint candidates."""
    values = sig.hashvalues
    return [f"{b}:" + "-".join(str(int(v)) for v in values[b * ROWS:(b + 1) * ROWS]) for b in range(BANDS)]


def signature_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype("<u8").tobytes()


def similarity(sig: MinHash, stored: bytes) -> float:
    """Estimated Jaccard similarity of a signature and one stored with `signature_bytes`."""
    import numpy as np

    other = np.frombuffer(stored, dtype="<u8")
    return float((sig.hashvalues.astype("<u8") == other).mean())
