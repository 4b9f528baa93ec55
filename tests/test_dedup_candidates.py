"""Near-duplicate candidates compared all at once give the earliest near duplicate, as one by one."""

from __future__ import annotations

from kg.index import StoreIndex
from kg.ingest.dedup import DuplicateFinder, Signature, near_duplicates, signature

MATCH = (
    "The home side scored twice in the second half to win the cup final on Saturday, after a goalless first half in "
    "which the visitors hit the post three times. The coach said the players had kept their nerve in front of a crowd of "
    "forty thousand, and that the club would celebrate with a parade through the old town on Monday morning."
)
REWRITE = MATCH.replace("on Saturday", "on Sunday").replace("forty thousand", "thirty thousand")
BUSINESS = (
    "Shares in the shipping group fell sharply on Thursday after it warned that freight rates would stay low for the rest "
    "of the year. Analysts said the company had ordered too many new vessels during the boom and now faced a long period "
    "of weak demand, while its rivals had cut capacity and kept their margins."
)


def finder_with(*documents: tuple[str, str]) -> tuple[DuplicateFinder, StoreIndex]:
    index = StoreIndex(":memory:")
    for number, (doc_id, text) in enumerate(documents):
        mine = signature(text)
        index.add_document(doc_id, f"#{number}", "", mine.shingles, mine.to_bytes(), mine.buckets())
    return DuplicateFinder(index), index


def test_the_earliest_near_duplicate_is_found_and_an_unrelated_text_is_not():
    finder, _ = finder_with(("business", BUSINESS), ("match", MATCH), ("match-again", MATCH))
    assert finder.check("rewrite", REWRITE)[0] == "match"
    assert finder.check("other", BUSINESS.replace("Thursday", "Friday"))[0] == "business"
    assert finder.check("new", "Heavy rain closed the mountain pass for a week and villages ran short of fuel. " * 3)[0] is None


def test_an_older_version_of_the_same_document_is_not_its_original():
    finder, _ = finder_with(("match", MATCH))
    assert finder.check("match", REWRITE)[0] is None


def test_all_at_once_agrees_with_one_by_one():
    finder, index = finder_with(("business", BUSINESS), ("match", MATCH))
    for text in (REWRITE, BUSINESS, MATCH[:200], "A short note."):
        mine = signature(text)
        one_by_one = next(
            (other for other, count, data in index.candidates(mine.buckets()) if other != "x" and near_duplicates(mine, Signature.from_bytes(count, data))),
            None,
        )
        assert finder.original("x", mine) == one_by_one


def test_candidates_are_the_same_from_memory_and_from_the_file(monkeypatch, tmp_path):
    """Signatures of documents added through the index object come from memory (only the latest
    ``SIGNATURE_CACHE``), the others from the file: the same rows either way, earliest first."""
    import kg.index

    monkeypatch.setattr(kg.index, "SIGNATURE_CACHE", 2)
    texts = [MATCH, BUSINESS, REWRITE, MATCH.replace("cup final", "league match"), BUSINESS.replace("sharply", "slightly")]
    path = tmp_path / "index.sqlite"
    writing = StoreIndex(path)
    for number, text in enumerate(texts):
        mine = signature(text)
        writing.add_document(f"d{number}", f"#{number}", "", mine.shingles, mine.to_bytes(), mine.buckets())
    writing.remove_document("#4")  # cached in memory: forgotten there too
    writing.commit()
    reading = StoreIndex(path)  # a new object: every signature from the file
    for text in (MATCH, BUSINESS):
        buckets = signature(text).buckets()
        assert writing.candidates(buckets) == reading.candidates(buckets)
        assert [row[0] for row in writing.candidates(buckets)] == sorted({row[0] for row in writing.candidates(buckets)}, key=lambda d: int(d[1:]))
    assert {row[0] for row in writing.candidates(signature(BUSINESS).buckets())} == {"d1"}  # d4 removed
    assert {row[0] for row in writing.candidates(signature(MATCH).buckets())} >= {"d0", "d2", "d3"}
