"""Report tables as chunk files the page loads on demand, so no page holds a whole corpus.

A table's rows arrive grouped by a *facet* (the speaker of a claim, the source
of a figure, ...) and go into ``data/NAME/00000.js``, ``00001.js``, ... of at
most ``chunk_rows`` rows each; each file is a script that hands its rows to the
page (``KG.chunk("claims", 3, [...])``), which works from ``file://`` where
``fetch`` does not. The manifest tells the page how many rows and chunks there
are and which chunks hold each facet value, so choosing a speaker loads only
that speaker's chunks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def script(call: str, *arguments: Any) -> str:
    """A JavaScript statement calling ``call`` with JSON arguments (``KG.chunk("claims", 0, [...]);``)."""
    return f"{call}({','.join(to_json(argument) for argument in arguments)});\n"


def to_json(value: Any) -> str:
    """Compact JSON that is also safe inside an HTML ``<script>`` element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


class ChunkedTable:
    """Writes one table's rows to chunk files under ``data/NAME/`` and keeps its manifest."""

    def __init__(self, folder: Path, name: str, chunk_rows: int) -> None:
        self.name = name
        self.folder = folder / "data" / name
        self.chunk_rows = chunk_rows
        self.total = 0
        self.chunks = 0
        self.facets: dict[str, list[int]] = {}  # value -> [rows, first chunk, last chunk]
        self._rows: list[dict[str, Any]] = []

    def add(self, facet: str, row: dict[str, Any]) -> None:
        """Add a row under a facet value (rows of one facet value should come together)."""
        chunk = self.chunks
        counts = self.facets.setdefault(facet, [0, chunk, chunk])
        counts[0] += 1
        counts[2] = chunk
        self._rows.append({"facet": facet, **row})
        self.total += 1
        if len(self._rows) == self.chunk_rows:
            self._flush()

    def close(self) -> dict[str, Any]:
        """Write the last chunk; the manifest for the page."""
        if self._rows:
            self._flush()
        return {
            "name": self.name,
            "total": self.total,
            "chunks": self.chunks,
            "chunk_rows": self.chunk_rows,
            "facets": [[value, *counts] for value, counts in self.facets.items()],
        }

    def _flush(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{self.chunks:05d}.js").write_text(script("KG.chunk", self.name, self.chunks, self._rows), encoding="utf-8")
        self.chunks += 1
        self._rows = []
