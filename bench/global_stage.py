"""Benchmark: the global stage of a distributed build, each task one after the other in this process.

It reads the shards folder of a finished ``kg build --engine dask --shards DIR``
(its row files and the sections the manifest ``kg-build.jsonl`` records) and
runs the tasks of the global stage as the driver plans them for the first
``--partitions`` partitions (default all): the near-duplicate task, then the
entities and cross-document tasks of every bucket. It prints, as JSON, the
documents, the buckets, and the CPU seconds and wall seconds of each kind of
task (CPU seconds of this process: fair on a busy machine). Shards go into a
temporary folder.

    python bench/global_stage.py SHARDS [--partitions 16]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kg.distributed.manifest import MANIFEST
from kg.distributed.rows import bucket_count, bucket_range, documents_range, read_range
from kg.distributed.stages import ROWS_FOLDER, corpus_shard, duplicates_shard, entities_shard


def sections(folder: Path) -> dict[str, tuple[int, ...]]:
    """Each partition's member offsets, from the manifest's last entry for it."""
    found: dict[str, tuple[int, ...]] = {}
    for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines()[1:]:
        entry = json.loads(line)
        found[entry["name"]] = tuple(entry["sections"])
    return dict(sorted(found.items()))


def measure(folder: Path, partitions: int | None) -> dict:
    rows = [(str(folder / ROWS_FOLDER / f"{name}.jsonl.gz"), offsets) for name, offsets in list(sections(folder).items())[:partitions]]
    buckets = bucket_count(len(rows))
    documents = [documents_range(path, offsets) for path, offsets in rows]
    result: dict = {"partitions": len(rows), "buckets": buckets, "documents": 0}
    with tempfile.TemporaryDirectory() as out:
        for kind, task in (("duplicates", None), ("entities", entities_shard), ("corpus", corpus_shard)):
            cpu, wall = time.process_time(), time.perf_counter()
            if task is None:
                duplicates_shard(documents, f"{out}/dup.nq.gz")
            else:
                for bucket in range(buckets):
                    task([bucket_range(path, offsets, bucket, buckets) for path, offsets in rows], f"{out}/{kind}-{bucket}.nq.gz")
            result[kind] = {"cpu_s": round(time.process_time() - cpu, 2), "wall_s": round(time.perf_counter() - wall, 2)}
    result["documents"] = sum(1 for rows_range in documents for _ in read_range(rows_range))
    result["cpu_s"] = round(sum(result[kind]["cpu_s"] for kind in ("duplicates", "entities", "corpus")), 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shards", type=Path)
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()
    import datasketch  # noqa: F401  (imported before timing, as a worker has it loaded)

    print(json.dumps(measure(args.shards, args.partitions)))


if __name__ == "__main__":
    main()
