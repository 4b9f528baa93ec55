"""Near-duplicate detection across a set of documents.

Each document's article text (clutter zones blanked) is cut into word
shingles: runs of ``SHINGLE_SIZE`` lower-cased words. Two documents are near
duplicates when the share of the smaller shingle set found in the other one
(containment) reaches ``THRESHOLD``; the later document (input order) is then a
duplicate of the earlier one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.records import IngestedDocument

SHINGLE_SIZE = 5
#: Measured on the seed articles: a page that re-uses much of another page's text
#: scores 0.75; pages reporting the same events in their own words score 0.02 at most.
THRESHOLD = 0.4

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[str]:
    """The set of ``size``-word runs of ``text``, lower-cased."""
    words = _WORD.findall(text.lower())
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def containment(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of the smaller set that the other set contains (0 if one is empty)."""
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


def find_duplicates(documents: Sequence[IngestedDocument]) -> list[str | None]:
    """For each document, the id of the first earlier document it near-duplicates.

    Args:
        documents: Documents in input order, with their zones.

    Returns:
        One entry per document: an earlier document's id, or ``None``.
    """
    sets = [shingles(document.analysis_text()) for document in documents]
    holders: dict[str, list[int]] = {}
    found: list[str | None] = []
    for j, current in enumerate(sets):
        shared = Counter(i for shingle in current for i in holders.get(shingle, ()))
        earlier = (
            i for i in sorted(shared) if shared[i] / min(len(sets[i]), len(current)) >= THRESHOLD
        )
        found.append(next((documents[i].doc_id for i in earlier), None))
        for shingle in current:
            holders.setdefault(shingle, []).append(j)
    return found
