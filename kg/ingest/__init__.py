"""The ingest layer: read inputs, find clutter zones, read metadata, link duplicates.

Call :func:`ingest` with files or folders of ``.txt``, ``.html``/``.htm`` and
``.jsonl`` inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError, InputWarning
from kg.ingest.dedup import find_duplicates
from kg.ingest.genre import is_opinion
from kg.ingest.metadata import read_metadata
from kg.ingest.noise import noise_spans
from kg.ingest.readers import DEFAULT_MAX_CHARS, read_inputs
from kg.ingest.zones import find_zones
from kg.records import IngestedDocument
from kg.timex.dates import parse_date

__all__ = ["IngestResult", "ingest"]


@dataclass
class IngestResult:
    """What :func:`ingest` read.

    Attributes:
        documents: The documents in input order (files sorted by path within a
            folder, JSON Lines records in line order).
        errors: One error per unreadable file or record; the others were read.
        warnings: One warning per document of which a part was ignored.
    """

    documents: list[IngestedDocument] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def ingest(
    paths: str | Path | Sequence[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> IngestResult:
    """Read, zone, describe (metadata, genre) and de-duplicate the documents of files and folders.

    ``max_chars`` and ``follow_symlinks`` are as for :func:`kg.ingest.readers.read_inputs`.
    """
    read, errors = read_inputs(paths, max_chars=max_chars, follow_symlinks=follow_symlinks)
    result = IngestResult(errors=errors)
    for item in read:
        zones = find_zones(item.source.visible, item.hints)
        metadata = read_metadata(item.source, zones)
        metadata = replace(metadata, opinion=is_opinion(item.source, zones, metadata))
        given = item.source.metadata.get("published")
        if given is not None and parse_date(given) is None:
            result.warnings.append(
                InputWarning(
                    item.source.path,
                    f"'published' value {given!r} is not a date kg can read (use ISO 8601: 2023-09-20); "
                    "ignored, the date is taken from the text",
                )
            )
        noise = noise_spans(item.source.visible)
        result.documents.append(IngestedDocument(item.source, zones, metadata, noise=noise))
    for document, original in zip(result.documents, find_duplicates(result.documents), strict=True):
        document.duplicate_of = original
    return result
