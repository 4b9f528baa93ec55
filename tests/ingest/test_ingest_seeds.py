"""Acceptance checks of the ingest layer on the five example pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import IngestResult, ingest
from kg.records import IngestedDocument

#: Gold ``published`` and ``duplicate_of`` (eval/gold/seeds.jsonl).
GOLD = {
    "000_0a79bafbf7d47cce.txt": (None, None),
    "001_e02d20f145e30f25.txt": ("2023-09-21", "000_0a79bafbf7d47cce.txt"),
    "002_9b358fcbfca8ecce.txt": ("2023-09-20", None),
    "003_43642df25a1bc20f.txt": (None, None),
    "004_8bcc4ac5588322b9.txt": ("2023-09-20", None),
}

#: Site clutter of the seed pages that must never be in an article zone.
CLUTTER = {
    "000_0a79bafbf7d47cce.txt": [
        "Type to search",
        "Share this to the Social Media",
        "Written by:-",
        "Mr. Khalid Taimur Akram, Executive Director, Pakistan Research Center",
        "Leave a Comment",
        "Your email address will not be published.",
    ],
    "002_9b358fcbfca8ecce.txt": [
        "INdustrycTceh INsight Logo",
        "About Us",
        "We provide the insights on leaders",
        "Recent Posts",
    ],
    "003_43642df25a1bc20f.txt": [
        "Sun. Jun 16th, 2024",
        "Don’t Miss",
        "China Deploys 103 Military Aircraft Toward Taiwan",
        "US and Iran Exchange Detainees Thanks to Qatar",
        "thought on",
        "Leave a Reply",
        "Your email address will not be published.",
    ],
    "004_8bcc4ac5588322b9.txt": [
        "Today: Jul 08, 2024",
        "OpenAI\nAuthor: OpenAI",
        "Don't Miss",
        "Israel launches new Gaza Town operation",
        "Israel introduced a brand new army offensive in Gaza Town",
        "India’s Modi to fulfill Putin in Moscow",
        "Russian President Vladimir Putin talking to Indian Top Minister Narendra Modi",
    ],
}

#: Article text of the seed pages (headlines and body paragraphs) that must stay article.
ARTICLE = {
    "000_0a79bafbf7d47cce.txt": [
        "Successful Conduct of Counter-Terrorism Operations by Azerbaijani Forces in Karabakh",
        "Azerbaijan has announced it will halt its counter-terrorism military operation",
        "I commend the Azerbaijani Army’s determination",
    ],
    "002_9b358fcbfca8ecce.txt": [
        "September 20, 2023: Azerbaijan has launched",
        "Armenia had previously expressed concerns",
    ],
    "003_43642df25a1bc20f.txt": [
        "Azerbaijan Unleashes Fury in Karabakh to Oust Armenian Forces",
        "History of conflict",
        "Azerbaijan argues that it is not targeting civilians",
    ],
    "004_8bcc4ac5588322b9.txt": [
        "Azerbaijan Pauses ‘Anti-Terrorist Operation’ as Karabakh Agrees to Disarm",
        "September 20, 2023",
        "Turkey, a longstanding ally of mainly Muslim Azerbaijan",
    ],
}


@pytest.fixture(scope="module")
def seeds(examples_dir: Path) -> IngestResult:
    return ingest([examples_dir])


def _by_id(result: IngestResult) -> dict[str, IngestedDocument]:
    return {document.doc_id: document for document in result.documents}


def _kinds_of(document: IngestedDocument, phrase: str) -> set[str]:
    start = document.source.visible.index(phrase)
    end = start + len(phrase)
    return {zone.kind for zone in document.zones if zone.start < end and zone.end > start}


def test_seeds_read_in_path_order_without_errors(seeds: IngestResult) -> None:
    assert seeds.errors == []
    assert [document.doc_id for document in seeds.documents] == sorted(GOLD)


def test_seeds_published_dates_match_gold(seeds: IngestResult) -> None:
    published = {doc_id: document.metadata.published for doc_id, document in _by_id(seeds).items()}
    assert published == {doc_id: gold[0] for doc_id, gold in GOLD.items()}


def test_seeds_duplicates_match_gold(seeds: IngestResult) -> None:
    duplicates = {doc_id: document.duplicate_of for doc_id, document in _by_id(seeds).items()}
    assert duplicates == {doc_id: gold[1] for doc_id, gold in GOLD.items()}


@pytest.mark.parametrize("doc_id", sorted(CLUTTER))
def test_seeds_clutter_is_never_article(seeds: IngestResult, doc_id: str) -> None:
    document = _by_id(seeds)[doc_id]
    for phrase in CLUTTER[doc_id]:
        assert "article" not in _kinds_of(document, phrase), phrase


@pytest.mark.parametrize("doc_id", sorted(ARTICLE))
def test_seeds_article_text_stays_article(seeds: IngestResult, doc_id: str) -> None:
    document = _by_id(seeds)[doc_id]
    for phrase in ARTICLE[doc_id]:
        assert _kinds_of(document, phrase) == {"article"}, phrase


def test_seeds_every_body_paragraph_stays_article(seeds: IngestResult) -> None:
    for document in seeds.documents:
        text = document.analysis_text()
        for paragraph in document.source.visible.split("\n"):
            if len(paragraph.split()) >= 25 and "We provide the insights" not in paragraph:
                assert paragraph in text, (document.doc_id, paragraph[:60])


def test_seeds_bylines_give_authors_and_outlets(seeds: IngestResult) -> None:
    documents = _by_id(seeds)
    for document in documents.values():
        span = document.metadata.author_span
        if span is not None:
            assert document.source.visible[span[0] : span[1]] == document.metadata.author
    assert documents["000_0a79bafbf7d47cce.txt"].metadata.author == "Khalid Taimur Akram"
    assert documents["004_8bcc4ac5588322b9.txt"].metadata.author == "OpenAI"
    assert documents["004_8bcc4ac5588322b9.txt"].metadata.outlet == "The Moscow Times"
    assert documents["001_e02d20f145e30f25.txt"].metadata.outlet is None
