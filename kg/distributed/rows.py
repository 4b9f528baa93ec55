"""The row files of a distributed build, written already split by global-stage bucket (the shuffle).

``rows/part-NNNNN.jsonl.gz`` holds ``1 + SECTIONS`` gzip members one after
the other (any gzip reader reads them as one JSON Lines file):

* member 0, the documents: one line per document in input order (id, path,
  IRI, MinHash shingles and signature, counts), for the near-duplicate task
  and the duplicate-id rule;
* member ``1 + s``, section ``s``: one line per document that has rows there
  (its id and IRI, the entity rows whose IRI falls in ``s``, the event rows
  whose block does, and the figures and claims of those events).

A key's section is its CRC-32 modulo ``SECTIONS``. The global stage's bucket
``b`` of ``B`` (``B`` divides ``SECTIONS``) is the run of sections
``b·SECTIONS/B`` to ``(b+1)·SECTIONS/B − 1``: one contiguous byte range of each
row file, whose offsets the manifest keeps. A bucket task reads only its own
rows, so the global stage's work grows with the documents, not with buckets ×
documents.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.outputs import atomic_output

#: Sections of every row file: the most buckets the global stage can use.
SECTIONS = 16

#: A byte range of a row file: path, first byte, end.
RowsRange = tuple[str, int, int]


def section_of(key: str) -> int:
    """The section of an entity IRI or a block (stable across processes and runs)."""
    return zlib.crc32(key.encode("utf-8")) % SECTIONS


def bucket_count(partitions: int) -> int:
    """Buckets of the global stage: a power of two, about one per 4 partitions, at most ``SECTIONS``."""
    buckets = 1
    while buckets * 2 <= min(SECTIONS, partitions // 4):
        buckets *= 2
    return buckets


def documents_range(path: str, offsets: Sequence[int]) -> RowsRange:
    """The documents member of a row file whose members start at ``offsets``."""
    return path, offsets[0], offsets[1]


def bucket_range(path: str, offsets: Sequence[int], bucket: int, buckets: int) -> RowsRange:
    """The sections of bucket ``bucket`` of ``buckets`` in a row file whose members start at ``offsets``."""
    width = SECTIONS // buckets
    return path, offsets[1 + bucket * width], offsets[1 + (bucket + 1) * width]


def write_rows(path: Path, documents: Iterable[dict[str, Any]]) -> tuple[str, tuple[int, ...]]:
    """Write a partition's row file from its documents' records (``rows``: a ``DocumentRows`` as a dict).

    Returns the file's SHA-256 and the offsets of its members, then its size.
    """
    heads: list[str] = []
    sections: list[list[str]] = [[] for _ in range(SECTIONS)]
    for record in documents:
        heads.append(_line({key: value for key, value in record.items() if key != "rows"}))
        for section, rows in _split(record["doc_id"], record["rows"]).items():
            sections[section].append(_line(rows))
    return _write_members(path, ["".join(heads)] + ["".join(lines) for lines in sections])


def _split(doc_id: str, rows: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """A document's rows by section: entities by IRI, events by block, figures and claims with their event."""
    split: dict[int, dict[str, Any]] = defaultdict(lambda: {"doc_id": doc_id, "doc": rows["doc"], "entities": [], "events": [], "figures": [], "claims": []})
    for entity in rows["entities"]:
        split[section_of(entity["iri"])]["entities"].append(entity)
    sections_of: dict[str, set[int]] = defaultdict(set)
    for event in rows["events"]:
        section = section_of(block(event))
        sections_of[event["iri"]].add(section)
        split[section]["events"].append(event)
    for kind in ("figures", "claims"):
        for row in rows[kind]:
            for section in sorted(sections_of.get(row["event"], ())):
                split[section][kind].append(row)
    return dict(sorted(split.items()))


def block(event: dict[str, Any]) -> str:
    """The cross-document block of an event row as a dict (``kg.rdf.rows.EventRow.block``)."""
    year = (event["date"] or event["published"] or "")[:4]
    return f"{event['type']}-{year if year.isdigit() else 'undated'}"


def read_range(rows: RowsRange) -> Iterator[dict[str, Any]]:
    """The records of a byte range of a row file (whole gzip members), in order."""
    path, start, end = rows
    with open(path, "rb") as file:
        file.seek(start)
        data = file.read(end - start)
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        yield json.loads(line)


def drop_documents(path: Path, offsets: Sequence[int], doc_ids: set[str]) -> tuple[str, tuple[int, ...]]:
    """Rewrite a row file without the documents of ``doc_ids``; its new SHA-256 and offsets."""
    members = [
        "".join(_line(record) for record in read_range((str(path), start, end)) if record["doc_id"] not in doc_ids)
        for start, end in zip(offsets[:-1], offsets[1:], strict=True)
    ]
    return _write_members(path, members)


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True) + "\n"


def _write_members(path: Path, members: list[str]) -> tuple[str, tuple[int, ...]]:
    """Write texts as consecutive gzip members (no name, no time: the same texts give the same bytes)."""
    data = [gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0) for text in members]
    offsets = [0]
    for member in data:
        offsets.append(offsets[-1] + len(member))
    path.parent.mkdir(parents=True, exist_ok=True)
    whole = b"".join(data)
    with atomic_output(path) as out:
        out.write(whole)
    return hashlib.sha256(whole).hexdigest(), tuple(offsets)
