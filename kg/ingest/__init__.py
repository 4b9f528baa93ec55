"""The ingest layer: read inputs, find clutter zones, read metadata, link duplicates.

:func:`iter_documents` streams the documents of files or folders of ``.txt``,
``.html``/``.htm`` and ``.jsonl`` inputs, one file at a time; :func:`ingest`
reads them all into memory and links the duplicates among them. ``kg build``
reads with :func:`kg.ingest.readers.iter_inputs` and describes each document
with :func:`describe` in its worker processes (``kg.worker``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError, InputWarning
from kg.ingest.dedup import find_duplicates
from kg.ingest.genre import is_opinion
from kg.ingest.metadata import read_metadata
from kg.ingest.noise import noise_spans
from kg.ingest.readers import DEFAULT_MAX_CHARS, ReadDocument, iter_inputs
from kg.ingest.zones import find_zones
from kg.records import IngestedDocument
from kg.timex.dates import parse_date

__all__ = ["IngestResult", "describe", "describe_documents", "ingest", "iter_documents"]


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


def iter_documents(
    paths: str | Path | Sequence[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> Iterator[IngestedDocument | InputError | InputWarning]:
    """Read, zone and describe (metadata, genre, parser noise) the documents of files and folders, lazily.

    Documents come in input order, each after the warnings about it; errors name
    the files and records that cannot be read. ``max_chars`` and
    ``follow_symlinks`` are as for :func:`kg.ingest.readers.iter_inputs`.
    """
    return describe_documents(iter_inputs(paths, max_chars=max_chars, follow_symlinks=follow_symlinks))


def describe_documents(items: Iterable[ReadDocument | InputError]) -> Iterator[IngestedDocument | InputError | InputWarning]:
    """Zone and describe read documents (see :func:`iter_documents`); errors pass through."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        document, warning = describe(item)
        if warning is not None:
            yield warning
        yield document


def describe(item: ReadDocument) -> tuple[IngestedDocument, InputWarning | None]:
    """Zone and describe one read document: zones, metadata, genre, parser noise; and the warning about
    a ``published`` value that is not a date, if any.

    ``kg build`` calls this in its worker processes (``kg.worker``), the in-memory path through
    :func:`describe_documents`.
    """
    zones = find_zones(item.source.visible, item.hints)
    metadata = read_metadata(item.source, zones)
    metadata = replace(metadata, opinion=is_opinion(item.source, zones, metadata))
    given = item.source.metadata.get("published")
    warning = None
    if given is not None and parse_date(given) is None:
        warning = InputWarning(
            item.source.path,
            f"'published' value {given!r} is not a date kg can read (use ISO 8601: 2023-09-20); "
            "ignored, the date is taken from the text",
        )
    return IngestedDocument(item.source, zones, metadata, noise=noise_spans(item.source.visible)), warning


def ingest(
    paths: str | Path | Sequence[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> IngestResult:
    """Read, zone, describe and de-duplicate the documents of files and folders, all in memory.

    ``max_chars`` and ``follow_symlinks`` are as for :func:`kg.ingest.readers.iter_inputs`.
    """
    result = IngestResult()
    for item in iter_documents(paths, max_chars=max_chars, follow_symlinks=follow_symlinks):
        if isinstance(item, InputError):
            result.errors.append(item)
        elif isinstance(item, InputWarning):
            result.warnings.append(item)
        else:
            result.documents.append(item)
    for document, original in zip(result.documents, find_duplicates(result.documents), strict=True):
        document.duplicate_of = original
    return result
