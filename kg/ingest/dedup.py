"""Near-duplicate detection with MinHash LSH (datasketch), against the documents already seen.

Each document's article text (clutter zones blanked) is cut into word
shingles: runs of ``SHINGLE_SIZE`` lower-cased words. A MinHash signature
(datasketch) estimates how much two shingle sets overlap; its bands, hashed into
buckets, find the candidates (LSH) without comparing every pair. The buckets
and signatures live in the store's index (``kg.index``), so a later build finds
the duplicates of documents stored by an earlier one.

Two documents are near duplicates when the share of the smaller shingle set
found in the other (containment) reaches ``THRESHOLD``; short texts, whose few
shingles are mostly the same wording of a different fact ("Cambodia said on
Tuesday that ..." and "Thailand said on Tuesday that ..."), must be almost
identical (Jaccard ≥ ``SHORT_THRESHOLD``). The later document (input order,
documents of earlier builds first) is the duplicate of the earlier one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
from numpy.typing import ArrayLike

from kg.index import StoreIndex
from kg.ingest.text import words
from kg.records import IngestedDocument

SHINGLE_SIZE = 5
#: Measured on the seed articles: a page that re-uses much of another page's text
#: scores 0.75; pages reporting the same events in their own words score 0.02 at most.
THRESHOLD = 0.4
#: Below this many shingles (about 45 words) a text is short.
SHORT_SHINGLES = 40
#: Short texts are near duplicates only when almost identical.
SHORT_THRESHOLD = 0.9
#: MinHash permutations: the estimate's standard error is about 0.04 at a Jaccard of 0.25.
NUM_PERM = 128
#: The LSH finds pairs from about this Jaccard up (containment 0.4 of equal sizes is 0.25).
LSH_THRESHOLD = 0.2


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[str]:
    """The set of ``size``-word runs of ``text``, lower-cased."""
    tokens = words(text.lower())
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class Signature:
    """A document's shingle count and MinHash values."""

    shingles: int
    hashvalues: np.ndarray

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, shingle_count: int, data: bytes) -> Signature:
        return cls(shingle_count, np.frombuffer(data, dtype="<u8"))

    def buckets(self) -> list[tuple[int, bytes]]:
        """The LSH band buckets: (band number, 8-byte hash of the band's values)."""
        return self._buckets

    @cached_property
    def _buckets(self) -> list[tuple[int, bytes]]:
        """Computed once, and pickled with the signature: a ``kg build`` worker computes them, so the
        build process need not import datasketch (and scipy) to find the banding."""
        bands, rows = _banding()
        values = self.hashvalues.astype("<u8")
        return [
            (band, hashlib.blake2b(values[band * rows : (band + 1) * rows].tobytes(), digest_size=8).digest())
            for band in range(bands)
        ] if self.shingles else []


@lru_cache(maxsize=1)
def _banding() -> tuple[int, int]:
    """The (bands, rows per band) datasketch finds best for ``LSH_THRESHOLD`` and ``NUM_PERM``."""
    from datasketch import MinHashLSH  # imported when needed: commands that only read start faster

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _scheme() -> tuple[str, np.ndarray]:
    """datasketch's default MinHash scheme and its permutations for ``NUM_PERM`` and seed 1, drawn
    once (datasketch draws them anew for every sketch)."""
    from datasketch import MinHash

    default = MinHash(num_perm=NUM_PERM, seed=1)
    return default.scheme, default.permutations


def signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles."""
    from datasketch import MinHash

    found = shingles(text)
    scheme, permutations = _scheme()
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=permutations, scheme=scheme)
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(found)])
    return Signature(len(found), minhash.hashvalues)


def near_duplicates(first: Signature, second: Signature) -> bool:
    """Whether two signatures are of near-duplicate texts (see the module docstring)."""
    if not first.shingles or not second.shingles:
        return False
    return bool(_near(first.shingles, second.shingles, float(np.mean(first.hashvalues == second.hashvalues))))


def _near(first: int, second: ArrayLike, jaccard: ArrayLike) -> np.ndarray:
    """Whether texts of ``first`` and ``second`` shingles (both some) with that Jaccard estimate are
    near duplicates; element by element when ``second`` and ``jaccard`` are arrays."""
    second, jaccard = np.asarray(second), np.asarray(jaccard)
    smaller = np.minimum(first, second)
    shared = jaccard * (first + second) / (1 + jaccard)
    return np.where(smaller < SHORT_SHINGLES, jaccard >= SHORT_THRESHOLD, shared / np.maximum(smaller, 1) >= THRESHOLD)


class DuplicateFinder:
    """For each document in turn, the earliest document already in ``index`` that it near-duplicates."""

    def __init__(self, index: StoreIndex) -> None:
        self.index = index

    def check(self, doc_id: str, text: str) -> tuple[str | None, Signature]:
        """The id of the document ``text`` duplicates (never an older version of ``doc_id``), and its signature."""
        mine = signature(text)
        return self.original(doc_id, mine), mine

    def original(self, doc_id: str, mine: Signature) -> str | None:
        """The id of the document a text of signature ``mine`` duplicates (never an older version of ``doc_id``)."""
        candidates = self.index.candidates(mine.buckets())
        if not candidates or not mine.shingles:
            return None
        ids, counts, others = zip(*candidates, strict=True)
        size = len(mine.hashvalues)
        if set(map(len, others)) != {8 * size}:  # a signature of another scheme among them: one by one
            return next((other_id for other_id, count, other in candidates if other_id != doc_id and near_duplicates(mine, Signature.from_bytes(count, other))), None)
        # compared all at once: the candidates of templated text grow with the corpus
        matrix = np.frombuffer(b"".join(others), dtype="<u8").reshape(len(others), size)
        agree = np.count_nonzero(matrix == mine.hashvalues.astype("<u8"), axis=1)
        shingle_counts = np.array(counts)
        near = (shingle_counts > 0) & _near(mine.shingles, shingle_counts, agree / size)
        return next((ids[i] for i in np.flatnonzero(near) if ids[i] != doc_id), None)


def find_duplicates(documents: Sequence[IngestedDocument]) -> list[str | None]:
    """For each document, the id of the first earlier document it near-duplicates (or ``None``)."""
    index = StoreIndex(":memory:")
    finder = DuplicateFinder(index)
    found = []
    for number, document in enumerate(documents):
        original, mine = finder.check(document.doc_id, document.analysis_text())
        index.add_document(document.doc_id, f"#{number}", "", mine.shingles, mine.to_bytes(), mine.buckets())
        found.append(original)
    index.close()
    return found
