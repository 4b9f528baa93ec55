"""The per-document work (NLP → records → quads and rows) and the worker processes that run it.

:func:`process` turns read documents into :class:`DocumentOutput`: it zones and
describes each one (``kg.ingest.describe``), signs its article text (MinHash,
``kg.ingest.dedup``), and returns the document graph as N-Quads, its compact rows
(``kg.rdf.rows``), a summary and the signature; the build adds the duplicate
link (:func:`with_duplicate`), since that depends on the documents before it.
Every stage is guarded per document: a document that makes one raise (a bug in
kg) becomes an ``ExtractorError`` naming it, with the traceback as text so that
it survives the trip back from a worker; the others are still done.

:class:`WorkerPool` runs :func:`process` in ``jobs`` processes (pebble), each
loading the pipeline once and freeing each batch's strings with spaCy's memory
zones, so worker memory stays flat. Documents go in batches of a few; a batch
that runs past the deadline is killed with its worker (the pool starts a new
one) and its documents are tried one by one, so a document is reported as
failed only when it alone takes longer than the deadline. Results come back in
input order whatever the number of processes; each worker has a batch waiting
for it while it runs one, also when it is ahead of the batch the build waits
for (up to ``HELD`` batches per worker kept).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from pebble import ProcessExpired, ProcessFuture, ProcessPool

from kg.cores import local_workers
from kg.errors import ExtractorError, InputError, InputWarning, KgError
from kg.ingest.dedup import Signature, signature
from kg.ingest.readers import ReadDocument
from kg.lifetime import end_with_parent
from kg.rdf.rows import DocumentRows
from kg.records import IngestedDocument

if TYPE_CHECKING:  # spaCy is imported where documents are analysed (the workers), not in the process that runs them
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.nlp.gazetteer import Gazetteer

#: Documents per batch, and characters after which a batch is closed early.
BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 80_000

#: Batches per worker submitted and not done (one running, one waiting), and in all, done ones included.
QUEUED = 2
HELD = 4

#: What can go wrong with one document in a worker: a bug in kg, a deadline, a dead worker.
DocumentFailure = ExtractorError | InputError


@dataclass(frozen=True)
class DocumentTask:
    """A document to analyse, as read (the worker zones and describes it)."""

    document: ReadDocument


@dataclass(frozen=True)
class DocumentSummary:
    """What the build summary shows of one document."""

    doc_id: str
    published: str | None
    duplicate_of: str | None
    entities: int
    mentions: int
    clutter: tuple[tuple[str, int], ...]
    events: int
    claims: int
    figures: int


@dataclass(frozen=True)
class DocumentOutput:
    """One analysed document: its graph (N-Quads), rows and summary; the MinHash signature of its
    article text (``kg.ingest.dedup``) for the build to find its near duplicates with; the warning
    about a part of it that was ignored, if any.

    The graph and summary have no duplicate link yet: the build adds it (:func:`with_duplicate`).
    """

    doc_id: str
    path: str
    iri: str
    nquads: bytes
    quads: int
    rows: DocumentRows
    summary: DocumentSummary
    signature: Signature
    warning: InputWarning | None = None


def with_duplicate(output: DocumentOutput, original: str, original_iri: str) -> DocumentOutput:
    """``output`` with the link to the document it near-duplicates: doc id ``original``, stored as ``original_iri``."""
    from kg.rdf.mapping import duplicate_quad

    nquads = output.nquads + duplicate_quad(output.iri, original_iri).encode()
    summary = replace(output.summary, duplicate_of=original)
    return replace(output, nquads=nquads, quads=output.quads + 1, summary=summary)


def process(nlp: Language, tasks: list[DocumentTask]) -> list[DocumentOutput | DocumentFailure]:
    """Describe (``kg.ingest.describe``), sign, analyse and map a batch of documents, in order; a failing
    document gives its error."""
    from kg.nlp.pipeline import pipeline_gazetteer

    described = [_describe(task) for task in tasks]
    return _analyse(nlp, pipeline_gazetteer(nlp), described)


def _analyse(
    nlp: Language, gazetteer: Gazetteer, described: list[_Described | DocumentFailure]
) -> list[DocumentOutput | DocumentFailure]:
    """Analyse and map described documents in one batch, in order; when the batch fails in the pipeline,
    one by one to find the document (each is described and signed once, not again)."""
    outputs: dict[int, DocumentOutput | DocumentFailure] = {}
    with nlp.memory_zone():
        try:
            pairs = [(item.text, number) for number, item in enumerate(described) if isinstance(item, _Described)]
            for doc, number in nlp.pipe(pairs, as_tuples=True, batch_size=len(described)):
                item = described[number]
                assert isinstance(item, _Described), "a document that failed is not analysed"
                outputs[number] = _output(doc, item, gazetteer)
        except Exception as error:  # the batch failed in the pipeline: find the document, keep the others
            if len(described) == 1:
                assert isinstance(described[0], _Described), "a document that failed is not analysed"
                return [ExtractorError(described[0].document.source.path, error)]
        else:
            return [item if isinstance(item, KgError) else outputs[number] for number, item in enumerate(described)]
    return [result for item in described for result in _analyse(nlp, gazetteer, [item])]


@dataclass(frozen=True)
class _Described:
    """A document zoned and described, with its article text and that text's signature."""

    document: IngestedDocument
    warning: InputWarning | None
    text: str
    signature: Signature


def _describe(task: DocumentTask) -> _Described | DocumentFailure:
    from kg.ingest import describe

    try:
        document, warning = describe(task.document)
        text = document.analysis_text()
        mine = signature(text)
        mine.buckets()  # computed here, they travel with it
        return _Described(document, warning, text, mine)
    except Exception as error:  # a bug on one article must not lose the others
        return ExtractorError(task.document.source.path, error, activity="zoning and describing the document")


def _output(doc: Doc, item: _Described, gazetteer: Gazetteer) -> DocumentOutput | DocumentFailure:
    from kg.extract.document import records_of
    from kg.rdf.mapping import document_quads

    document = item.document
    try:
        analysis = records_of(doc, document, gazetteer)
    except Exception as error:  # a bug on one article must not lose the others
        return ExtractorError(document.source.path, error)
    try:
        iri, lines, rows = document_quads(analysis)
        data = "".join(lines).encode()
    except Exception as error:
        return ExtractorError(document.source.path, error, activity="mapping the document to RDF")
    clutter = Counter(zone.kind for zone in document.zones if zone.kind != "article")
    summary = DocumentSummary(
        document.doc_id,
        document.metadata.published,
        None,
        len(analysis.entities),
        len(analysis.mentions),
        tuple(sorted(clutter.items())),
        len(analysis.events),
        len(analysis.claims),
        len(analysis.figures),
    )
    return DocumentOutput(
        document.doc_id, document.source.path, iri, data, len(set(lines)), rows, summary, item.signature, item.warning
    )


# -- worker processes --------------------------------------------------------

_NLP: Language | None = None
_START_ERROR: KgError | None = None


def _start_worker(parent: int, model: str, gazetteers: tuple[str, ...], max_chars: int) -> None:
    """Load the pipeline once per worker; a failure is kept and raised by the first task (one error line, no traceback).

    The worker ends with the build process ``parent``, so a build killed outright leaves no document being analysed.
    """
    global _NLP, _START_ERROR
    end_with_parent(parent)
    from kg.nlp.pipeline import load_pipeline

    try:
        _NLP = load_pipeline(model, gazetteers)
        _NLP.max_length = max(_NLP.max_length, max_chars)  # ingest enforces the limit the user chose
    except KgError as error:
        _START_ERROR = error
    gc.freeze()  # the pipeline lives as long as the worker: the collector need not walk it again and again


def _run(tasks: list[DocumentTask]) -> list[DocumentOutput | DocumentFailure]:
    if _START_ERROR is not None:
        raise _START_ERROR
    assert _NLP is not None, "worker started without its pipeline"
    return process(_NLP, tasks)


class WorkerPool:
    """``jobs`` worker processes, each with the pipeline loaded once.

    Args:
        jobs: Number of processes (at most ``WORKERS_PER_CORE`` per core: ``kg.cores.local_workers``).
        model: The spaCy pipeline each worker loads.
        gazetteers: User gazetteer files layered over the shipped ones.
        max_chars: The longest document the pipeline must accept.
        deadline: Seconds a batch, and in the end a single document, may take.
    """

    def __init__(self, jobs: int, model: str, gazetteers: Sequence[Path], max_chars: int, deadline: float) -> None:
        self.jobs = local_workers(jobs)
        self.deadline = deadline
        self._initargs = (os.getpid(), model, tuple(str(path) for path in gazetteers), max_chars)
        self._pool: ProcessPool | None = None
        self._workers = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (killing any still busy) and wait for them."""
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None

    def run(self, tasks: Iterable[DocumentTask]) -> Iterator[DocumentOutput | DocumentFailure]:
        """The output of every task, in task order, with two batches per worker submitted and not done.

        No more workers start than there are batches in the first round (a small
        build does not load the pipeline in processes it would not use). The
        workers stay for the next ``run`` until :meth:`close`.

        Raises:
            KgError: The workers cannot load the pipeline.
        """
        batches = _batches(tasks)
        first = list(islice(batches, self.jobs))  # workers start loading the pipeline while more documents are read
        if not first:
            return
        if self._pool is None:
            self._workers = min(self.jobs, len(first))
            self._pool = ProcessPool(
                max_workers=self._workers, initializer=_start_worker, initargs=self._initargs,
                context=multiprocessing.get_context("spawn"),
            )
        batches = chain(first, batches)
        pending: deque[tuple[ProcessFuture, list[DocumentTask]]] = deque()
        exhausted = False
        while True:
            while not exhausted and self._room(pending):
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((self._submit(batch), batch))
            if not pending:
                return
            future, batch = pending[0]
            if not future.done():  # wake when any batch is done: a worker ahead of the first batch gets more work
                wait([other for other, _ in pending if not other.done()], return_when=FIRST_COMPLETED)
                continue
            pending.popleft()
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

    def _room(self, pending: deque[tuple[ProcessFuture, list[DocumentTask]]]) -> bool:
        """Whether to submit another batch: fewer than ``QUEUED`` per worker waiting or running, and fewer
        than ``HELD`` per worker in all (the done ones wait for the first to be done: results stay in order)."""
        running = sum(1 for future, _ in pending if not future.done())
        return running < QUEUED * self._workers and len(pending) < HELD * self._workers

    def _submit(self, batch: list[DocumentTask]) -> ProcessFuture:
        assert self._pool is not None, "no workers started"
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
