"""The driver of a distributed build (``kg build --engine dask|ray --shards DIR``).

1. Plan the input partitions (``partitions``) and read the manifest of an
   earlier run into the same folder (``manifest``): partitions built from the
   same input are kept.
2. Run the per-document stage on the engine for the other partitions, a few
   per worker at a time; each finished partition is logged in the manifest.
3. Run the global stage on the engine, from the row files, which the
   partitions wrote already split by bucket (``rows``): near duplicates (the
   documents member of every row file), the entities graph in ``buckets``
   parts, the cross-document blocks in ``buckets`` parts, each part reading
   only its bucket's byte range of each row file; each writes one shard,
   numbered after the partitions'.
4. Write ``kg-shards.json`` (the manifest ``kg export --shards`` writes) and
   remove shards and row files of earlier runs that this one did not write.

The shards together hold exactly the quads ``kg build`` writes for the same
input, whatever the number of workers, partitions or interruptions.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.build import BuildCounts, analysis_key, check_pipeline
from kg.errors import KgError
from kg.load import MANIFEST as SHARDS_MANIFEST
from kg.outputs import atomic_output

from .engine import Call, open_engine
from .manifest import Manifest
from .partitions import DEFAULT_PARTITION_SIZE, Partition, plan_partitions
from .rows import bucket_count, bucket_range, documents_range
from .stages import (
    ROWS_FOLDER,
    AnalysisSettings,
    PartitionResult,
    ShardResult,
    build_partition,
    close_pools,
    corpus_shard,
    drop_repeated_ids,
    duplicates_shard,
    entities_shard,
)

#: Calls queued per worker: enough to keep each busy, few enough to bound the driver's memory.
IN_FLIGHT_PER_WORKER = 2


@dataclass
class DistributedReport(BuildCounts):
    """What a distributed build did: the counts of ``BuildCounts`` (reused partitions included) and these.

    Attributes:
        partitions: Input partitions.
        reused: Partitions an earlier run had finished (not built again).
        quads: Quads of every shard.
        shards: The shard files, in order.
        cluster_seconds: Starting (or reaching) the cluster.
        documents_seconds: The per-document stage (of the partitions this run built).
        global_seconds: The global stage.
    """

    partitions: int = 0
    reused: int = 0
    quads: int = 0
    shards: list[Path] = field(default_factory=list)
    cluster_seconds: float = 0.0
    documents_seconds: float = 0.0
    global_seconds: float = 0.0


def distributed_build(
    inputs: Sequence[Path],
    folder: Path,
    *,
    engine: str = "dask",
    address: str | None = None,
    workers: int = 2,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    model: str,
    gazetteers: Sequence[Path] = (),
    deadline: float,
    max_chars: int,
    follow_symlinks: bool = False,
    on_error: Callable[[str], None] = lambda line: None,
    on_warning: Callable[[str], None] = lambda line: None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> DistributedReport:
    """Build ``inputs`` into shards in ``folder`` on an engine (see the module docstring).

    Args:
        engine: ``dask`` or ``ray``.
        address: A running cluster's address; ``None`` starts a local cluster of ``workers`` processes.
        partition_size: Documents (files or JSON Lines lines) per partition.
        deadline: Seconds a document may take in a worker.
        on_error: Called with each error line (a path, file, record or document that failed).
        on_warning: Called with each warning line.
        progress: Called with partitions finished and partitions in all.

    Raises:
        KgError: The model, gazetteers, folder or engine cannot be used, or a task failed for good.
    """
    check_pipeline(model, gazetteers)
    if folder.exists() and not folder.is_dir():
        raise KgError(f"{folder}: is a file, not a folder; give --shards a folder (it is created when missing)")
    folder.mkdir(parents=True, exist_ok=True)
    settings = AnalysisSettings(model, tuple(str(Path(g).resolve()) for g in gazetteers), max_chars, deadline)
    manifest = Manifest(folder, json.dumps([analysis_key(model, gazetteers), max_chars, partition_size]))
    partitions, errors = plan_partitions(inputs, partition_size, follow_symlinks=follow_symlinks)
    report = DistributedReport(partitions=len(partitions))
    for error in errors:
        report.failed += 1
        on_error(str(error))
    results: dict[str, PartitionResult] = {}
    for partition in partitions:
        done = manifest.finished(partition.name, partition.input_hash)
        if done is not None:
            results[partition.name] = done
    report.reused = len(results)
    progress(len(results), len(partitions))
    started = time.perf_counter()
    with open_engine(engine, address, workers, teardown=close_pools) as cluster:
        report.cluster_seconds = time.perf_counter() - started
        missing = [partition for partition in partitions if partition.name not in results]
        calls: list[Call] = [(build_partition, (partition, str(folder), settings)) for partition in missing]
        for position, result in cluster.run(calls, IN_FLIGHT_PER_WORKER * cluster.workers):
            results[missing[position].name] = _checked(result, missing[position].name)
            manifest.record(results[missing[position].name])
            progress(len(results), len(partitions))
        _drop_repeated_ids(folder, partitions, results, manifest)
        report.documents_seconds = time.perf_counter() - started - report.cluster_seconds
        shards = _global_stage(cluster.run, folder, partitions, results)
        report.global_seconds = time.perf_counter() - started - report.cluster_seconds - report.documents_seconds
    for partition in partitions:
        result = results[partition.name]
        for line in result.warnings:
            on_warning(line)
        for line in result.errors:
            on_error(line)
        report.failed += len(result.errors)
        report.add_built(result.built, result.events, result.claims, result.figures)
        report.quads += result.quads
        report.shards.append(folder / f"{partition.name}.nq.gz")
    report.quads += sum(shard.quads for shard in shards)
    report.shards += [folder / shard.name for shard in shards]
    _finish(folder, report.shards, [results[partition.name].quads for partition in partitions] + [shard.quads for shard in shards])
    return report


def _checked(result: object, name: str) -> PartitionResult:
    if isinstance(result, PartitionResult):
        return result
    raise KgError(f"{name}: the task failed: {result}") from (result if isinstance(result, BaseException) else None)


def _drop_repeated_ids(folder: Path, partitions: list[Partition], results: dict[str, PartitionResult], manifest: Manifest) -> None:
    """Rewrite each partition that holds an id an earlier partition read, as ``kg build`` reads an id once."""
    first_read: dict[str, str] = {}
    for partition in partitions:
        result = results[partition.name]
        repeated = {doc_id: first_read[doc_id] for doc_id, _ in result.documents if doc_id in first_read}
        if repeated:
            results[partition.name] = drop_repeated_ids(str(folder), result, repeated)
            manifest.record(results[partition.name])
        for doc_id, path in results[partition.name].documents:
            first_read.setdefault(doc_id, path)


def _global_stage(
    run: Callable[[list[Call], int], Iterator[tuple[int, Any]]], folder: Path, partitions: list[Partition], results: dict[str, PartitionResult]
) -> list[ShardResult]:
    """Near duplicates, entities and cross-document blocks from the row files, as shards after the partitions'."""
    rows = [(str(folder / ROWS_FOLDER / f"{partition.name}.jsonl.gz"), results[partition.name].sections) for partition in partitions]
    buckets = bucket_count(len(partitions))
    number = len(partitions)

    def shard_path() -> str:
        nonlocal number
        number += 1
        return str(folder / f"part-{number - 1:05d}.nq.gz")

    def bucket(part: int) -> list[tuple[str, int, int]]:
        return [bucket_range(path, offsets, part, buckets) for path, offsets in rows]

    calls: list[Call] = [(duplicates_shard, ([documents_range(path, offsets) for path, offsets in rows], shard_path()))]
    calls += [(entities_shard, (bucket(part), shard_path())) for part in range(buckets)]
    calls += [(corpus_shard, (bucket(part), shard_path())) for part in range(buckets)]
    shards: dict[int, ShardResult] = {}
    for position, result in run(calls, len(calls)):
        if not isinstance(result, ShardResult):
            raise KgError(f"the global stage failed: {result}") from result
        shards[position] = result
    return [shards[position] for position in range(len(calls))]


def _finish(folder: Path, shards: list[Path], quads: list[int]) -> None:
    """List the shards as ``kg export --shards`` does; remove the shards and row files no longer part of the build."""
    keep = {shard.name for shard in shards}
    for old in folder.glob("part-*.nq.gz"):
        if old.name not in keep:
            old.unlink()
    stems = {name.removesuffix(".nq.gz") for name in keep}
    for old in (folder / ROWS_FOLDER).glob("part-*.jsonl.gz"):
        if old.name.removesuffix(".jsonl.gz") not in stems:
            old.unlink()
    listing = {"shards": [{"file": shard.name, "quads": count} for shard, count in zip(shards, quads, strict=True)]}
    with atomic_output(folder / SHARDS_MANIFEST) as out:
        out.write((json.dumps(listing, indent=2) + "\n").encode("utf-8"))
