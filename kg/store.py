"""The embedded on-disk triple store (Oxigraph) and graph files.

Writes are all-or-nothing. A new store is bulk-loaded into a temporary folder
and renamed into place; an existing one has its documents' named graphs
replaced in one SPARQL Update, which Oxigraph runs as a single transaction. A
failed or interrupted run leaves no store, or the store as it was.

Readers open the store read-only (``open_store_read_only``): RocksDB takes no
lock then, so any number of readers run side by side, each seeing the store as
it was when it opened. Oxigraph calls a read-only open beside a process that
writes into the same folder undefined behaviour, so writers must never write
into a folder readers may have open (build a copy and rename it into place).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgWarning, StoreError
from kg.outputs import atomic_output
from kg.rdf.syntax import FORMAT_BY_SUFFIX, TRIPLE_FORMATS, check_nesting, serialize
from kg.rdf.vocab import KG

DEFAULT_STORE = Path("kg-store")


@dataclass(frozen=True)
class DocumentGraph:
    """The quads of one document's named graph."""

    name: str
    doc_id: str
    quads: Sequence[ox.Quad]


def open_store(path: Path, *, create: bool = True) -> ox.Store:
    """Open (or create) the on-disk store at ``path``.

    Raises:
        StoreError: The folder is missing (with ``create=False``), is not a store,
            or is in use by another process.
    """
    if not create and not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no kg store here (run `kg build` first or pass --store)")
    try:
        return ox.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreError(f"{path}: the store is in use by another process (a running `kg` or `oxigraph serve`)") from error
        raise StoreError(f"{path}: cannot open the store: {error}") from error


def open_store_read_only(path: Path) -> ox.Store:
    """Open the existing store at ``path`` for reading, without a lock: a snapshot as of now.

    Raises:
        StoreError: The folder is missing, is not a store, or cannot be read.
    """
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no kg store here (run `kg build` first or pass --store)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"{path}: cannot open the store for reading: {error}") from error


def create_store(path: Path, quads: Iterable[ox.Quad]) -> None:
    """Create a new store at ``path`` holding ``quads``, all or nothing.

    The quads are bulk-loaded into a temporary folder beside ``path``, which is
    renamed into place once complete: an interrupted run leaves no store at all.

    Raises:
        StoreError: ``path`` already exists.
    """
    if path.exists():
        raise StoreError(f"{path}: already exists; open it and replace documents instead")
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(staging))
        store.bulk_extend(quads)
        store.flush()
        del store
        os.rename(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def replace_documents(store: ox.Store, graphs: Iterable[DocumentGraph], extra: Sequence[DocumentGraph] = ()) -> None:
    """Replace the named graphs of these documents, and whole ``extra`` graphs, in one transaction.

    Any older graph of the same document id (an earlier version of the file) is
    dropped too, so rebuilding leaves no stale triples.
    """
    update = replacement_update(store, graphs)
    for graph in extra:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in graph.quads)
        update += f" ;\nDROP SILENT GRAPH <{graph.name}> ;\nINSERT DATA {{ GRAPH <{graph.name}> {{\n{body}\n}} }}"
    if update:
        try:
            store.update(update)
        except (OSError, SyntaxError, ValueError) as error:
            raise StoreError(f"writing to the store failed; it is unchanged: {error}") from error


def replacement_update(store: ox.Store, graphs: Iterable[DocumentGraph]) -> str:
    """The single SPARQL Update that drops the documents' old graphs and inserts the new ones."""
    operations: list[str] = []
    for graph in graphs:
        stale = store.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d <{KG.docId}> {ox.Literal(graph.doc_id)} }} }}"
        )
        assert isinstance(stale, ox.QuerySolutions)  # a SELECT query
        names = {solution["g"].value for solution in stale} | {graph.name}
        operations.extend(f"DROP SILENT GRAPH <{name}>" for name in sorted(names))
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in graph.quads)
        operations.append(f"INSERT DATA {{ GRAPH <{graph.name}> {{\n{body}\n}} }}")
    return " ;\n".join(operations)


def sorted_nquads(quads: Iterable[ox.Quad]) -> str:
    """N-Quads text with one statement a line, lines sorted: byte-identical for identical graphs."""
    lines = sorted({f"{q} .\n" for q in quads})
    return "".join(lines)


def write_graph_file(path: Path, quads: Sequence[ox.Quad]) -> None:
    """Write quads to ``path`` in the format its extension names, atomically, with the process umask.

    ``.nq`` output is sorted N-Quads; Turtle, TriG, RDF/XML and JSON-LD declare
    the ontology's prefixes. ``.ttl``, ``.nt`` and ``.rdf`` hold triples only:
    the graphs are merged, with a warning when there are named graphs.

    Raises:
        StoreError: An unknown extension, or the file cannot be written.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if rdf_format == ox.RdfFormat.N_QUADS:
        data = sorted_nquads(quads).encode("utf-8")
    else:
        data = serialize(quads, rdf_format)
    if rdf_format in TRIPLE_FORMATS and any(isinstance(q.graph_name, ox.NamedNode) for q in quads):
        warnings.warn(
            f"{path}: {path.suffix} has no named graphs, so the graphs are merged and which document said what is lost; "
            "write .trig or .nq to keep them",
            KgWarning,
            stacklevel=2,
        )
    try:
        with atomic_output(path) as out:
            out.write(data)
    except OSError as error:
        raise StoreError(f"{path}: cannot write: {error.strerror or error}") from error


def load_graph_file(path: Path) -> ox.Store:
    """An in-memory store holding the dataset in a graph file (format by extension).

    Raises:
        StoreError: An unknown extension, a missing or unreadable file, nesting
            deeper than ``kg.rdf.syntax.MAX_NESTING``, or a syntax error.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown graph file format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from error
    check_nesting(data, rdf_format, str(path))
    store = ox.Store()
    try:
        store.load(data, format=rdf_format)
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"{path}: cannot parse: {error}") from error
    return store
