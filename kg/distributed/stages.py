"""The tasks a distributed build runs on the engine's workers, and the files they write.

* :func:`build_partition`, the per-document stage: reads a partition, analyses
  its documents with ``kg.worker`` (the per-document work of ``kg build``) and
  writes the partition's document graphs as a sorted, gzipped N-Quads shard
  ``part-NNNNN.nq.gz`` and its compact rows (``kg.rdf.rows``, with each
  document's MinHash signature) as ``rows/part-NNNNN.jsonl.gz``, already split
  by global-stage bucket (``kg.distributed.rows``).
* The global stage, from byte ranges of the row files: :func:`duplicates_shard`
  (near duplicates by MinHash LSH, ``kg.ingest.dedup``, in input order, as
  ``kg build`` finds them, from the documents member of every row file),
  :func:`entities_shard` and :func:`corpus_shard` (the entities graph and the
  cross-document blocks of one bucket of entity IRIs or blocks,
  ``kg.rdf.entities`` and ``kg.rdf.corpus``, from that bucket's sections only).

Per-worker state: each engine worker process keeps one ``kg.worker.WorkerPool``
of one process for its life, so the pipeline is loaded once per worker and a
document that runs past ``--doc-timeout`` is killed with that process (which is
replaced) exactly as in ``kg build``. Every file is written whole under a
temporary name and renamed; its SHA-256 goes into the build's manifest.
"""

from __future__ import annotations

import atexit
import gzip
import hashlib
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, KgError
from kg.index import StoreIndex
from kg.ingest.dedup import DuplicateFinder, Signature
from kg.outputs import atomic_output
from kg.rdf.corpus import corpus_quads
from kg.rdf.entities import entity_quads
from kg.rdf.mapping import duplicate_quad
from kg.rdf.rows import ClaimRow, DocumentRows, EntityDescription, EntityRow, EventRow, FigureRow
from kg.store import sorted_nquads
from kg.worker import WorkerPool

from .partitions import Partition
from .rows import RowsRange, drop_documents, read_range, write_rows

#: The folder of the row files, inside the shards folder.
ROWS_FOLDER = "rows"


@dataclass(frozen=True)
class AnalysisSettings:
    """What the per-document stage needs to analyse documents as ``kg build`` does."""

    model: str
    gazetteers: tuple[str, ...]
    max_chars: int
    deadline: float


@dataclass(frozen=True)
class PartitionResult:
    """What one partition produced: its files' hashes, counts, and the error and warning lines of its documents."""

    name: str
    input_hash: str
    shard_hash: str
    rows_hash: str
    quads: int
    built: int
    events: int
    claims: int
    figures: int
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    documents: tuple[tuple[str, str], ...]  # (id, path) of each document written, in input order
    sections: tuple[int, ...]  # where each gzip member of the row file starts, then its size (``kg.distributed.rows``)

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> PartitionResult:
        """A result as the manifest stores it (JSON lists for tuples); ``KeyError`` for an entry of an older kg."""
        documents = tuple((doc_id, path) for doc_id, path in entry["documents"])
        return cls(**{
            **entry, "errors": tuple(entry["errors"]), "warnings": tuple(entry["warnings"]), "documents": documents,
            "sections": tuple(entry["sections"]),
        })


@dataclass(frozen=True)
class ShardResult:
    """A global-stage shard: file name, SHA-256, quads."""

    name: str
    sha256: str
    quads: int


_POOLS: dict[AnalysisSettings, WorkerPool] = {}


def _pool(settings: AnalysisSettings) -> WorkerPool:
    """This worker's kg worker process for ``settings``, started on first use and kept for the worker's life."""
    pool = _POOLS.get(settings)
    if pool is None:
        pool = _POOLS[settings] = WorkerPool(1, settings.model, [Path(g) for g in settings.gazetteers], settings.max_chars, settings.deadline)
        atexit.register(pool.close)
    return pool


def close_pools() -> None:
    """Stop this worker's kg worker processes (before the engine stops the worker)."""
    while _POOLS:
        _POOLS.popitem()[1].close()


def build_partition(partition: Partition, folder: str, settings: AnalysisSettings) -> PartitionResult:
    """Read, analyse and write one partition (see the module docstring); one bad document never loses the others."""
    from kg.worker import DocumentTask

    errors: list[str] = []
    warnings: list[str] = []

    def tasks() -> Iterator[DocumentTask]:  # read lazily: the kg worker analyses a batch while the next is read
        for item in partition.documents(settings.max_chars):
            if isinstance(item, InputError):
                errors.append(str(item))
            else:
                yield DocumentTask(item)

    graphs = ox.Store()
    rows: list[dict[str, Any]] = []
    counts = {"events": 0, "claims": 0, "figures": 0}
    for output in _pool(settings).run(tasks()):
        if isinstance(output, KgError):
            errors.append(str(output))
            continue
        if output.warning is not None:
            warnings.append(str(output.warning))
        graphs.load(output.nquads, format=ox.RdfFormat.N_QUADS)
        mine = output.signature
        rows.append({
            "doc_id": output.doc_id, "path": output.path, "iri": output.iri, "shingles": mine.shingles,
            "signature": mine.to_bytes().hex(), "rows": asdict(output.rows),
            "counts": {count: getattr(output.summary, count) for count in counts},
        })
        for count in counts:
            counts[count] += getattr(output.summary, count)
    base = Path(folder)
    shard_hash, written = write_shard(base / f"{partition.name}.nq.gz", graphs)
    rows_hash, sections = write_rows(base / ROWS_FOLDER / f"{partition.name}.jsonl.gz", rows)
    return PartitionResult(
        partition.name, partition.input_hash, shard_hash, rows_hash, written, len(rows), counts["events"], counts["claims"],
        counts["figures"], tuple(errors), tuple(warnings), tuple((row["doc_id"], row["path"]) for row in rows), sections,
    )


def drop_repeated_ids(folder: str, result: PartitionResult, first_read: dict[str, str]) -> PartitionResult:
    """The partition rewritten without its documents whose id an earlier partition read (``first_read``: id → path).

    ``kg build`` reads an id once and reports each later document of that id as
    an error; a partition cannot see the others, so the driver asks for this
    after the per-document stage.
    """
    base = Path(folder)
    rows_path = base / ROWS_FOLDER / f"{result.name}.jsonl.gz"
    records = list(read_range((str(rows_path), result.sections[0], result.sections[1])))
    dropped = [record for record in records if record["doc_id"] in first_read]
    kept = [record for record in records if record["doc_id"] not in first_read]
    graphs = ox.Store()
    with gzip.open(base / f"{result.name}.nq.gz", "rb") as shard:
        graphs.load(shard.read(), format=ox.RdfFormat.N_QUADS)
    for record in dropped:
        graphs.remove_graph(ox.NamedNode(record["iri"]))
    shard_hash, written = write_shard(base / f"{result.name}.nq.gz", graphs)
    rows_hash, sections = drop_documents(rows_path, result.sections, {record["doc_id"] for record in dropped})
    errors = [
        str(InputError(record["path"], f"duplicate document id {record['doc_id']!r} (first read from {first_read[record['doc_id']]})"))
        for record in dropped
    ]

    def count(name: str) -> int:
        return sum(record["counts"][name] for record in kept)

    return PartitionResult(
        result.name, result.input_hash, shard_hash, rows_hash, written, len(kept), count("events"), count("claims"),
        count("figures"), result.errors + tuple(errors), result.warnings, tuple((record["doc_id"], record["path"]) for record in kept),
        sections,
    )


def write_shard(path: Path, store: ox.Store) -> tuple[str, int]:
    """Write the quads of an in-memory store as a sorted, gzipped N-Quads shard; its SHA-256 and number of quads.

    The quads come from a store so that literals are written as a ``kg build``
    store holds them (canonical ``xsd:decimal`` values: ``0.8``, not ``0.80``).
    """
    text = sorted_nquads(store)
    return _write_gzip(path, text), text.count("\n")


def _write_gzip(path: Path, text: str) -> str:
    data = gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)  # no name, no time: the same text gives the same bytes
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as out:
        out.write(data)
    return hashlib.sha256(data).hexdigest()


# -- the global stage ----------------------------------------------------------


def _document_rows(data: dict[str, Any]) -> DocumentRows:
    return DocumentRows(
        data["doc"],
        tuple(
            EntityRow(row["iri"], row["key"], _entity_description(row["description"]), tuple(row["aliases"]))
            for row in data["entities"]
        ),
        tuple(EventRow(**{**row, "anchors": tuple(row["anchors"])}) for row in data["events"]),
        tuple(FigureRow(**row) for row in data["figures"]),
        tuple(ClaimRow(**{**row, "speakers": tuple(row["speakers"])}) for row in data["claims"]),
    )


def _entity_description(data: dict[str, Any]) -> EntityDescription:
    coordinates = data["coordinates"]
    return EntityDescription(**{**data, "coordinates": tuple(coordinates) if coordinates else None})


def _bucket_rows(ranges: list[RowsRange]) -> Iterator[DocumentRows]:
    """The rows of one bucket (a range of sections of each row file), in input order."""
    for rows in ranges:
        for record in read_range(rows):
            yield _document_rows(record)


def duplicates_shard(documents: list[RowsRange], out: str) -> ShardResult:
    """Each document's ``kg:duplicateOf`` link to the earliest document it near-duplicates (MinHash LSH), as a shard.

    ``documents``: the documents member of every row file, in input order. The
    signatures and LSH buckets go into a temporary index file beside ``out``, not into memory.
    """
    quads: list[ox.Quad] = []
    descriptor, name = tempfile.mkstemp(prefix=".dedup-", suffix=".sqlite", dir=Path(out).parent)
    os.close(descriptor)
    index = StoreIndex(name)
    try:
        finder = DuplicateFinder(index)
        for rows in documents:
            for record in read_range(rows):
                doc_id, mine = record["doc_id"], Signature.from_bytes(record["shingles"], bytes.fromhex(record["signature"]))
                original = finder.original(doc_id, mine)
                if original is not None:
                    stored = index.document(original)
                    assert stored is not None, "a candidate is always in the index"
                    quads.extend(ox.parse(duplicate_quad(record["iri"], stored[0]), format=ox.RdfFormat.N_QUADS))
                index.add_document(doc_id, record["iri"], "", mine.shingles, mine.to_bytes(), mine.buckets())
    finally:
        index.close(keep=False)
        for suffix in ("", "-wal", "-shm"):
            Path(name + suffix).unlink(missing_ok=True)
    return _shard(out, quads)


def entities_shard(bucket: list[RowsRange], out: str) -> ShardResult:
    """The entities graph's descriptions of the entities of one bucket, as a shard."""
    described: dict[str, list[EntityRow]] = defaultdict(list)
    for rows in _bucket_rows(bucket):
        for entity in rows.entities:
            described[entity.iri].append(entity)
    return _shard(out, [quad for iri in sorted(described) for quad in entity_quads(iri, described[iri])])


def corpus_shard(bucket: list[RowsRange], out: str) -> ShardResult:
    """The cross-document graphs of the blocks of one bucket, as a shard."""
    return _shard(out, corpus_quads(_bucket_rows(bucket)))


def _shard(out: str, quads: list[ox.Quad]) -> ShardResult:
    store = ox.Store()
    store.extend(quads)
    sha256, written = write_shard(Path(out), store)
    return ShardResult(Path(out).name, sha256, written)
