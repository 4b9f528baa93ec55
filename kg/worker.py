"""The per-document work (NLP → records → quads and rows) and the worker processes that run it.

:func:`process` turns ingested documents into :class:`DocumentOutput`: the
document graph as N-Quads, its compact rows (``kg.rdf.rows``) and a summary.
Every stage is guarded per document: a document that makes one raise becomes
an ``InputError`` naming it, and the others are still done.

:class:`WorkerPool` runs :func:`process` in ``jobs`` processes (pebble), each
loading the pipeline once and freeing each batch's strings with spaCy's memory
zones, so worker memory stays flat. Documents go in batches of a few; a batch
that runs past the deadline is killed with its worker (the pool starts a new
one) and its documents are tried one by one, so a document is reported as
failed only when it alone takes longer than the deadline. Results come back in
input order whatever the number of processes.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessFuture, ProcessPool
from pyoxigraph import RdfFormat, serialize
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError
from kg.extract.document import records_of
from kg.nlp.pipeline import load_pipeline
from kg.rdf.mapping import document_quads
from kg.rdf.rows import DocumentRows
from kg.records import IngestedDocument

#: Documents per batch, and characters after which a batch is closed early.
BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 80_000


@dataclass(frozen=True)
class DocumentTask:
    """A document to analyse, with the IRI of the earlier document it duplicates."""

    document: IngestedDocument
    duplicate_iri: str | None = None


@dataclass(frozen=True)
class DocumentSummary:
    """What the build summary shows of one document."""

    doc_id: str
    published: str | None
    duplicate_of: str | None
    entities: int
    mentions: int
    clutter: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DocumentOutput:
    """One analysed document: its graph (N-Quads), rows and summary."""

    doc_id: str
    path: str
    iri: str
    nquads: bytes
    quads: int
    rows: DocumentRows
    summary: DocumentSummary


def process(nlp: Language, tasks: list[DocumentTask]) -> list[DocumentOutput | InputError]:
    """Analyse and map a batch of documents, in order; a failing document gives its error."""
    with nlp.memory_zone():
        try:
            pairs = ((task.document.analysis_text(), task) for task in tasks)
            return [_output(doc, task) for doc, task in nlp.pipe(pairs, as_tuples=True, batch_size=len(tasks))]
        except Exception:  # the batch failed in the pipeline: find the document, keep the others
            if len(tasks) == 1:
                return [_failure(tasks[0], "analysis")]
    return [result for task in tasks for result in process(nlp, [task])]


def _output(doc: Doc, task: DocumentTask) -> DocumentOutput | InputError:
    document = task.document
    try:
        analysis = records_of(doc, document)
    except Exception:
        return _failure(task, "analysis")
    try:
        iri, quads, rows = document_quads(analysis, {document.duplicate_of: task.duplicate_iri}.get)
        data = serialize(quads, format=RdfFormat.N_QUADS) or b""
    except Exception:
        return _failure(task, "mapping to RDF")
    clutter = Counter(zone.kind for zone in document.zones if zone.kind != "article")
    summary = DocumentSummary(
        document.doc_id,
        document.metadata.published,
        document.duplicate_of,
        len(analysis.entities),
        len(analysis.mentions),
        tuple(sorted(clutter.items())),
    )
    return DocumentOutput(document.doc_id, document.source.path, iri, data, len(quads), rows, summary)


def _failure(task: DocumentTask, stage: str) -> InputError:
    """The error of the exception being handled, naming the document."""
    kind, error, _ = sys.exc_info()
    name = kind.__name__ if kind else "Error"
    return InputError(task.document.source.path, f"{stage} failed ({name}: {error})")


# -- worker processes --------------------------------------------------------

_NLP: Language | None = None


def _start_worker(model: str) -> None:
    global _NLP
    _NLP = load_pipeline(model)


def _run(tasks: list[DocumentTask]) -> list[DocumentOutput | InputError]:
    assert _NLP is not None, "worker started without its pipeline"
    return process(_NLP, tasks)


class WorkerPool:
    """``jobs`` worker processes, each with the pipeline ``model`` loaded once.

    Args:
        jobs: Number of processes.
        model: The spaCy pipeline each worker loads.
        deadline: Seconds a batch, and in the end a single document, may take.
    """

    def __init__(self, jobs: int, model: str, deadline: float) -> None:
        self.jobs = max(1, jobs)
        self.deadline = deadline
        self._pool = ProcessPool(
            max_workers=self.jobs,
            initializer=_start_worker,
            initargs=(model,),
            context=multiprocessing.get_context("spawn"),
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (killing any still busy) and wait for them."""
        self._pool.stop()
        self._pool.join()

    def run(self, tasks: Iterable[DocumentTask]) -> Iterator[DocumentOutput | InputError]:
        """The output of every task, in task order, with at most two batches per worker in flight."""
        batches = _batches(tasks)
        pending: deque[tuple[ProcessFuture, list[DocumentTask]]] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * self.jobs:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((self._submit(batch), batch))
            if not pending:
                return
            future, batch = pending.popleft()
            try:
                yield from future.result()
            except (FutureTimeout, ProcessExpired) as error:
                if len(batch) > 1:  # find the document at fault: each one alone, in place
                    pending.extendleft(reversed([(self._submit([task]), [task]) for task in batch]))
                    continue
                if isinstance(error, FutureTimeout):
                    yield InputError(batch[0].document.source.path, f"took longer than the {self.deadline:g} s deadline; skipped")
                else:
                    yield InputError(batch[0].document.source.path, f"the worker process died ({error}); skipped")

    def _submit(self, batch: list[DocumentTask]) -> ProcessFuture:
        return self._pool.schedule(_run, args=(batch,), timeout=self.deadline)


def _batches(tasks: Iterable[DocumentTask]) -> Iterator[list[DocumentTask]]:
    batch: list[DocumentTask] = []
    characters = 0
    for task in tasks:
        batch.append(task)
        characters += len(task.document.source.visible)
        if len(batch) >= BATCH_DOCUMENTS or characters >= BATCH_CHARACTERS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch
