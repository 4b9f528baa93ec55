"""Row files split by global-stage bucket (the shuffle of a distributed build): each bucket task reads only its rows."""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict

from kg.distributed.rows import (
    SECTIONS,
    bucket_count,
    bucket_range,
    documents_range,
    drop_documents,
    read_range,
    section_of,
    write_rows,
)
from kg.rdf.rows import ClaimRow, DocumentRows, EntityRow, EventRow, FigureRow


def record(doc_id: str, places: list[str], years: list[str]) -> dict:
    """A document's record as the per-document stage writes it: entities, one event per year with a figure and a claim."""
    doc = f"https://example.org/doc/{doc_id}"
    events = [EventRow(f"{doc}/event/{n}", "Attack", f"{year}-03-01", None, (f"https://example.org/place/{places[0]}",)) for n, year in enumerate(years)]
    rows = DocumentRows(
        doc,
        tuple(EntityRow(f"https://example.org/place/{place}", place.lower(), "place", place) for place in places),
        tuple(events),
        tuple(FigureRow(f"{event.iri}/figure", "killed", 3, "exact", event.iri) for event in events),
        tuple(ClaimRow(f"{event.iri}/claim", "denial", ("https://example.org/actor/army",), event.iri) for event in events),
    )
    return {"doc_id": doc_id, "path": f"{doc_id}.txt", "iri": doc, "shingles": 10, "signature": "00", "counts": {"events": len(events)}, "rows": asdict(rows)}


def documents() -> list[dict]:
    places = ["Kavro", "Tamsin", "Oldbridge", "Port Selene", "Mirrow", "Hadley", "Quorn", "Belsk"]
    return [record(f"doc-{n}", places[n % 8 : n % 8 + 3], [str(1990 + n), str(2000 + n % 3)]) for n in range(12)]


def bucket_records(path, offsets, buckets: int) -> list[list[dict]]:
    return [list(read_range(bucket_range(str(path), offsets, bucket, buckets))) for bucket in range(buckets)]


def test_the_row_file_is_one_gzip_stream_the_documents_then_the_sections(tmp_path):
    path = tmp_path / "part-00000.jsonl.gz"
    sha, offsets = write_rows(path, documents())
    assert len(offsets) == SECTIONS + 2 and offsets[-1] == path.stat().st_size
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        everything = [json.loads(line) for line in lines]
    heads = list(read_range(documents_range(str(path), offsets)))
    assert [head["doc_id"] for head in heads] == [f"doc-{n}" for n in range(12)] and all("rows" not in head for head in heads)
    assert everything[: len(heads)] == heads
    assert write_rows(tmp_path / "again.jsonl.gz", documents()) == (sha, offsets)  # the same rows give the same bytes


def test_each_bucket_holds_exactly_its_entities_and_blocks_with_their_figures_and_claims(tmp_path):
    path = tmp_path / "part-00000.jsonl.gz"
    _, offsets = write_rows(path, documents())
    for buckets in (1, 2, 4, 16):
        seen_entities, seen_events = [], []
        for bucket, lines in enumerate(bucket_records(path, offsets, buckets)):
            for line in lines:
                for entity in line["entities"]:
                    assert section_of(entity["iri"]) // (SECTIONS // buckets) == bucket
                    seen_entities.append((line["doc_id"], entity["iri"]))
                blocks = {event["iri"]: f"Attack-{event['date'][:4]}" for event in line["events"]}
                for event in line["events"]:
                    assert section_of(blocks[event["iri"]]) // (SECTIONS // buckets) == bucket
                    seen_events.append(event["iri"])
                assert {row["event"] for row in line["figures"] + line["claims"]} <= set(blocks)
                assert len(line["figures"]) == len(line["claims"]) == len(line["events"])
        expected = [(item["doc_id"], entity["iri"]) for item in documents() for entity in item["rows"]["entities"]]
        assert sorted(seen_entities) == sorted(expected)
        assert sorted(seen_events) == sorted(event["iri"] for item in documents() for event in item["rows"]["events"])


def test_a_bucket_reads_documents_in_input_order(tmp_path):
    path = tmp_path / "part-00000.jsonl.gz"
    _, offsets = write_rows(path, documents())
    for lines in bucket_records(path, offsets, 1):
        by_iri: dict[str, list[str]] = {}
        for line in lines:
            for entity in line["entities"]:
                by_iri.setdefault(entity["iri"], []).append(line["doc_id"])
        assert all(ids == sorted(ids, key=lambda doc_id: int(doc_id.split("-")[1])) for ids in by_iri.values())


def test_dropping_documents_removes_them_from_every_member(tmp_path):
    path = tmp_path / "part-00000.jsonl.gz"
    _, offsets = write_rows(path, documents())
    sha, dropped = drop_documents(path, offsets, {"doc-3", "doc-7"})
    kept = [item for item in documents() if item["doc_id"] not in {"doc-3", "doc-7"}]
    assert (sha, dropped) == write_rows(tmp_path / "kept.jsonl.gz", kept)
    assert path.read_bytes() == (tmp_path / "kept.jsonl.gz").read_bytes()


def test_empty_partition_gives_empty_members(tmp_path):
    path = tmp_path / "part-00000.jsonl.gz"
    _, offsets = write_rows(path, [])
    assert list(read_range(documents_range(str(path), offsets))) == []
    assert bucket_records(path, offsets, 4) == [[], [], [], []]


def test_bucket_count_is_a_power_of_two_dividing_the_sections():
    assert [bucket_count(n) for n in (0, 1, 7, 8, 12, 16, 31, 32, 63, 64, 10_000)] == [1, 1, 1, 2, 2, 4, 4, 8, 8, 16, 16]
    assert all(SECTIONS % bucket_count(n) == 0 for n in range(200))
