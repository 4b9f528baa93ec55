"""The manifest of a distributed build: which partitions are done, with the content hashes of their inputs and outputs.

``kg-build.jsonl`` in the shards folder is a log: a first line with the
analysis settings, then one line per finished partition, appended and flushed
to disk as each partition finishes. A rerun of the same command after the
driver died reads it and builds only the partitions that have no line, whose
input hash changed, or whose shard or row file is missing or not the file
the line names (by SHA-256). A line cut short by the crash is ignored; the
log is started again when the settings differ.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.errors import KgError

from .stages import ROWS_FOLDER, PartitionResult

#: The manifest's file name inside the shards folder.
MANIFEST = "kg-build.jsonl"


class Manifest:
    """The finished partitions of the build in ``folder`` under ``settings`` (what the analysis depends on).

    Raises:
        KgError: ``folder`` holds shards that no distributed build wrote.
    """

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.path = folder / MANIFEST
        self.done: dict[str, PartitionResult] = {}
        if not self.path.exists() and any(folder.glob("part-*.nq.gz")):
            raise KgError(f"{folder}: holds shards that no distributed build wrote (no {MANIFEST}); give an empty or new folder")
        lines = self.path.read_text(encoding="utf-8").splitlines() if self.path.exists() else []
        if lines and _parse(lines[0]) == {"settings": settings}:
            for line in lines[1:]:
                entry = _parse(line) or {}
                try:
                    self.done[entry["name"]] = PartitionResult.from_json(entry)
                except (KeyError, TypeError, ValueError):  # a line cut short, or written by an older kg: build it again
                    continue
        else:
            self.path.write_text(json.dumps({"settings": settings}) + "\n", encoding="utf-8")

    def finished(self, name: str, input_hash: str) -> PartitionResult | None:
        """The result of partition ``name`` when it was built from the same input and its files are intact."""
        result = self.done.get(name)
        if result is None or result.input_hash != input_hash:
            return None
        shard = self.folder / f"{name}.nq.gz"
        rows = self.folder / ROWS_FOLDER / f"{name}.jsonl.gz"
        if _sha256(shard) != result.shard_hash or _sha256(rows) != result.rows_hash:
            return None
        return result

    def record(self, result: PartitionResult) -> None:
        """Append a finished partition, durably."""
        self.done[result.name] = result
        with self.path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(asdict(result)) + "\n")
            log.flush()
            os.fsync(log.fileno())


def _parse(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None
