"""Each entity's label is stored once in the store, however many documents mention it, also after adding a document."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import app

LABELS_PER_ENTITY = """
PREFIX kg:   <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity (COUNT(?label) AS ?labels) (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  { GRAPH ?graph { ?entity rdfs:label ?label } }
  UNION
  { GRAPH ?doc { ?mention kg:denotes ?entity } }
}
GROUP BY ?entity
"""


def _labels(store_dir) -> dict[str, tuple[int, int]]:
    """Per entity: the rdfs:label statements in all graphs and the documents that mention it."""
    store = ox.Store.read_only(str(store_dir))
    counts = store.query(LABELS_PER_ENTITY)  # no union default graph: GRAPH ?graph sees every named graph once
    found = {row["entity"].value: (int(row["labels"].value), int(row["documents"].value)) for row in counts}
    del store
    return found


def test_labels_are_stored_once_per_entity_in_a_built_and_extended_store(tmp_path, examples_dir):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for name in sorted(p.name for p in examples_dir.glob("*.txt"))[:3]:
        shutil.copy(examples_dir / name, first / name)
    shutil.copy(examples_dir / "004_8bcc4ac5588322b9.txt", second / "004_8bcc4ac5588322b9.txt")
    runner = CliRunner()
    store = tmp_path / "store"
    for folder in (first, second):
        result = runner.invoke(app, ["build", str(folder), "--store", str(store), "--jobs", "1"])
        assert result.exit_code == 0, result.output
        counts = _labels(store)
        mentioned = {entity: labels for entity, (labels, documents) in counts.items() if documents}
        assert max(documents for _, documents in counts.values()) >= 2  # some entity is shared between documents
        assert mentioned and set(mentioned.values()) == {1}, {e: n for e, n in mentioned.items() if n != 1}
