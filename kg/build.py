"""`kg build`: ingest → NLP → extraction records → RDF → store and/or file.

Nothing is written until every document has been analysed, so a crash or an
interrupt mid-way leaves an existing store and output file as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from kg.errors import ExtractorError, InputError, InputWarning
from kg.extract.document import analyse_documents
from kg.ingest import ingest
from kg.ingest.readers import DEFAULT_MAX_CHARS
from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from kg.rdf import iris
from kg.rdf.corpus import CORPUS_GRAPH, corpus_quads
from kg.rdf.mapping import document_quads
from kg.records import DocumentAnalysis
from kg.store import (
    DocumentGraph,
    create_store,
    open_store,
    replace_documents,
    write_graph_file,
)

#: Called after each analysed document with (documents done, documents in all).
ProgressCallback = Callable[[int, int], None]


@dataclass
class BuildResult:
    """What a build produced and what it could not read."""

    analyses: list[DocumentAnalysis] = field(default_factory=list)
    graphs: list[DocumentGraph] = field(default_factory=list)
    errors: list[InputError | ExtractorError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)

    @property
    def quads(self) -> list[ox.Quad]:
        return [quad for graph in self.graphs for quad in graph.quads]


def build_graphs(
    inputs: Sequence[Path],
    *,
    model: str = DEFAULT_MODEL,
    gazetteers: Sequence[Path] = (),
    nlp: Language | None = None,
    progress: ProgressCallback | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> BuildResult:
    """Read, analyse and map every input document to its named graph.

    Args:
        inputs: Files or folders of articles.
        model: The spaCy pipeline to load, unless ``nlp`` is given.
        gazetteers: User gazetteer files layered over the shipped ones, unless ``nlp`` is given.
        nlp: An already loaded kg pipeline (see ``kg.nlp.pipeline.load_pipeline``).
        progress: Called after each document.
        max_chars: The longest document analysed; longer ones are errors.
        follow_symlinks: Also read symbolic links that leave an input folder.
    """
    ingested = ingest(inputs, max_chars=max_chars, follow_symlinks=follow_symlinks)
    result = BuildResult(errors=list(ingested.errors), warnings=list(ingested.warnings))
    if not ingested.documents:
        return result
    nlp = nlp or load_pipeline(model, gazetteers)
    nlp.max_length = max(nlp.max_length, max_chars)  # ingest enforces the limit the user chose
    iri_by_id = {d.doc_id: iris.document_iri(d.doc_id, d.source.text) for d in ingested.documents}
    total = len(ingested.documents)
    for done, analysis in enumerate(analyse_documents(nlp, ingested.documents), start=1):
        if isinstance(analysis, ExtractorError):
            result.errors.append(analysis)
        else:
            name, quads = document_quads(analysis, iri_by_id.get)
            result.analyses.append(analysis)
            result.graphs.append(DocumentGraph(name=name, doc_id=analysis.document.doc_id, quads=quads))
        if progress is not None:
            progress(done, total)
    return result


def write_outputs(result: BuildResult, *, store_path: Path | None, out: Path | None) -> None:
    """Replace the documents' graphs in the store and/or write the graph file.

    Each target also gets the corpus graph of cross-document links: in the file,
    over the built documents; in the store, over everything it will hold. A new
    store is bulk-loaded beside its final place and renamed into it; an existing
    one is updated in a single transaction.
    """
    built = ox.Store()
    built.extend(result.quads)
    if out is not None:
        write_graph_file(out, result.quads + corpus_quads(built))
    if store_path is None:
        return
    if not store_path.exists():  # a first build: bulk-load a new store and move it into place
        create_store(store_path, result.quads + corpus_quads(built))
        return
    store = open_store(store_path)
    corpus = DocumentGraph(name=CORPUS_GRAPH, doc_id="", quads=corpus_quads(built, existing=store))
    replace_documents(store, result.graphs, extra=[corpus])
    store.flush()
