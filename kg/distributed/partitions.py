"""Input partitions of a distributed build: runs of files, and JSON Lines files split by line ranges.

The driver plans the partitions from the inputs alone (no parsing): files in
input order (folders walked as ``kg build`` walks them) are grouped
``size`` documents at a time; a UTF-8 JSON Lines file of more than ``size``
lines is split into runs of ``size`` lines, each found by its byte offset so
that a worker reads only its own lines. Each partition has a content hash of
the bytes it covers (and of the ids and line numbers they get), which the
manifest compares on a rerun.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.files import InputFile, LineSpan, find_inputs, open_regular, sniff_encoding
from kg.ingest.readers import ReadDocument, read_files

#: Documents (files or JSON Lines lines) per partition.
DEFAULT_PARTITION_SIZE = 64
_READ = 1 << 20


@dataclass(frozen=True)
class Partition:
    """Input files (or line runs of JSON Lines files) that one task reads, analyses and writes as one shard."""

    number: int
    files: tuple[InputFile, ...]
    input_hash: str

    @property
    def name(self) -> str:
        """The stem of its shard and row file: ``part-00000``."""
        return f"part-{self.number:05d}"

    def documents(self, max_chars: int) -> Iterator[ReadDocument | InputError]:
        """Read its documents, as ``kg build`` reads them (the kg worker zones and describes them)."""
        return read_files(self.files, max_chars=max_chars)


def plan_partitions(
    inputs: Sequence[Path], size: int = DEFAULT_PARTITION_SIZE, *, follow_symlinks: bool = False
) -> tuple[list[Partition], list[InputError]]:
    """The partitions of ``inputs`` in input order, and one error per path that cannot be used.

    A file that cannot be opened here is left to the worker, which reports it as ``kg build`` would.
    """
    files, errors = find_inputs(inputs, follow_symlinks)
    partitions: list[Partition] = []
    group: list[InputFile] = []
    digest = hashlib.sha256()
    count = 0

    def close() -> None:
        nonlocal group, digest, count
        if group:
            partitions.append(Partition(len(partitions), tuple(group), digest.hexdigest()))
        group, digest, count = [], hashlib.sha256(), 0

    for file in files:
        spans: list[LineSpan | None] = [None]
        if file.path.suffix.lower() == ".jsonl":
            spans = list(_line_spans(file.path, size) or spans)
        for span in spans:
            item = InputFile(file.path, file.doc_id, span)
            digest.update(repr((str(item.path), item.doc_id, span)).encode("utf-8"))
            _hash_bytes(digest, file.path, span)
            group.append(item)
            count += span.count if span else 1
            if count >= size:
                close()
    close()
    return partitions, errors


def _line_spans(path: Path, size: int) -> list[LineSpan] | None:
    """A UTF-8 JSON Lines file's runs of ``size`` lines (``None``: read it whole, as ``kg build`` does)."""
    spans: list[LineSpan] = []
    try:
        with open_regular(path) as file:
            if sniff_encoding(file.read(4))[0] != "utf-8":
                return None  # UTF-16 and UTF-32 files are read whole: their newlines are not one byte
            file.seek(0)
            offset, first, number = 0, 1, 0
            while line := file.readline(_READ):
                if line.endswith(b"\n") or len(line) < _READ:
                    number += 1
                    if number - first + 1 == size:
                        spans.append(LineSpan(offset, first, size))
                        offset, first = file.tell(), number + 1
            if number >= first:
                spans.append(LineSpan(offset, first, number - first + 1))
    except (OSError, InputError):
        return None
    return spans if len(spans) > 1 else None


def _hash_bytes(digest: hashlib._Hash, path: Path, span: LineSpan | None) -> None:
    """Add the bytes of a file (or of a span's lines) to ``digest``; an unreadable file adds nothing."""
    try:
        with path.open("rb") as file:
            file.seek(span.offset if span else 0)
            left = None if span is None else span.count
            if left is None:
                while chunk := file.read(_READ):
                    digest.update(chunk)
                return
            while left and (line := file.readline(_READ)):
                digest.update(line)
                if line.endswith(b"\n") or len(line) < _READ:
                    left -= 1
    except OSError:
        digest.update(b"\0unreadable")
