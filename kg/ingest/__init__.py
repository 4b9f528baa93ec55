"""The ingest layer: read inputs, find clutter zones, read metadata, link duplicates.

Call :func:`ingest` with files or folders of ``.txt``, ``.html``/``.htm`` and
``.jsonl`` inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.dedup import find_duplicates
from kg.ingest.genre import is_opinion
from kg.ingest.metadata import read_metadata
from kg.ingest.readers import read_inputs
from kg.ingest.zones import find_zones
from kg.records import IngestedDocument

__all__ = ["IngestResult", "ingest"]


@dataclass
class IngestResult:
    """What :func:`ingest` read.

    Attributes:
        documents: The documents in input order (files sorted by path within a
            folder, JSON Lines records in line order).
        errors: One error per unreadable file or record; the others were read.
    """

    documents: list[IngestedDocument] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def ingest(paths: Sequence[str | Path]) -> IngestResult:
    """Read, zone, describe (metadata, genre) and de-duplicate the documents of files and folders."""
    read, errors = read_inputs(paths)
    documents = []
    for item in read:
        zones = find_zones(item.source.visible, item.hints)
        metadata = read_metadata(item.source, zones)
        metadata = replace(metadata, opinion=is_opinion(item.source, zones, metadata))
        documents.append(IngestedDocument(item.source, zones, metadata))
    for document, original in zip(documents, find_duplicates(documents), strict=True):
        document.duplicate_of = original
    return IngestResult(documents, errors)
