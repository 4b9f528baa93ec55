"""Run the NLP pipeline over ingested documents and collect their extraction records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.records import DocumentAnalysis, IngestedDocument, Mention


def analyse_documents(nlp: Language, documents: Iterable[IngestedDocument], batch_size: int = 16) -> Iterator[DocumentAnalysis]:
    """Analyse each document's article text (clutter blanked out), in input order."""
    pairs = ((document.analysis_text(), document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield records_of(doc, document)


def records_of(doc: Doc, document: IngestedDocument) -> DocumentAnalysis:
    """The extraction records of one processed document, offsets mapped to the original text."""
    source = document.source
    mentions = []
    for mention in doc._.kg_mentions:
        start, end = source.to_original(mention.start, mention.end)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=source.text[start:end],
                entity_key=mention.entity_key,
                method=mention.method,
                confidence=mention.confidence,
                stands_for=mention.stands_for,
            )
        )
    return DocumentAnalysis(document=document, entities=dict(doc._.kg_entities), mentions=mentions)
