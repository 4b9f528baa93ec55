"""The ingest layer: read inputs, find clutter zones, read metadata, link duplicates.

:func:`iter_documents` streams the documents of files or folders of ``.txt``,
``.html``/``.htm`` and ``.jsonl`` inputs, one file at a time (a build links
their duplicates against the store's index, ``kg.ingest.dedup``); :func:`ingest`
reads them all into memory and links the duplicates among them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.dedup import find_duplicates
from kg.ingest.genre import is_opinion
from kg.ingest.metadata import read_metadata
from kg.ingest.readers import iter_inputs
from kg.ingest.zones import find_zones
from kg.records import IngestedDocument

__all__ = ["IngestResult", "ingest", "iter_documents"]


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


def iter_documents(paths: Sequence[str | Path]) -> Iterator[IngestedDocument | InputError]:
    """Read, zone and describe (metadata, genre) the documents of files and folders, lazily, in input order."""
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        zones = find_zones(item.source.visible, item.hints)
        metadata = read_metadata(item.source, zones)
        metadata = replace(metadata, opinion=is_opinion(item.source, zones, metadata))
        yield IngestedDocument(item.source, zones, metadata)


def ingest(paths: Sequence[str | Path]) -> IngestResult:
    """Read, zone, describe (metadata, genre) and de-duplicate the documents of files and folders."""
    result = IngestResult()
    for item in iter_documents(paths):
        (result.errors if isinstance(item, InputError) else result.documents).append(item)  # type: ignore[arg-type]
    for document, original in zip(result.documents, find_duplicates(result.documents), strict=True):
        document.duplicate_of = original
    return result
