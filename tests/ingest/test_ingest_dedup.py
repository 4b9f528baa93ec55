"""Tests of kg.ingest.dedup: near duplicates across an input set (MinHash LSH)."""

from __future__ import annotations

from kg.ingest.dedup import THRESHOLD, find_duplicates, near_duplicates, shingles, signature
from kg.ingest.zones import find_zones
from kg.records import DocumentMetadata, IngestedDocument, SourceDocument

REPORT = (
    "Colombian troops clashed with fighters of a dissident FARC faction in the southwestern "
    "province of Cauca on Thursday, leaving four soldiers dead, the defence ministry said. "
    "The ministry said the attackers used explosives dropped from drones against a rural "
    "patrol near the town of Suarez. President Gustavo Petro suspended a ceasefire with the "
    "group in March after it killed members of an indigenous community. Peace talks with "
    "another armed group, the National Liberation Army, continue in Caracas this month."
)
REWRITE = (
    "Four Colombian soldiers were killed on Thursday in Cauca when dissidents of the former "
    "FARC guerrilla attacked them with drone-dropped explosives, officials reported. The "
    "government of Gustavo Petro had ended its truce with the faction earlier this year. "
    "Separately, negotiators for the ELN rebels are meeting state envoys in Venezuela."
)
TEASERS = "\n\nMost Read\n\n" + "".join(
    f"{headline}\n\n"
    for headline in (
        "Peru declares a state of emergency in the southern mining corridor after blockades",
        "Ecuador prison riot leaves dozens of inmates dead in the port city of Guayaquil",
        "Venezuela and Guyana trade claims over the disputed Essequibo region at the UN court",
        "Chile and Argentina sign a new agreement on lithium exports and mining royalties",
        "Brazil sends troops to the Amazon border after clashes with illegal gold miners",
        "Haiti gang leaders reject the Kenyan-led security mission as police stations burn",
    )
)


def _document(doc_id: str, text: str) -> IngestedDocument:
    source = SourceDocument(doc_id, doc_id, text, text)
    return IngestedDocument(source, find_zones(text), DocumentMetadata())


def test_dedup_shingles_are_lower_cased_word_runs() -> None:
    assert shingles("Troops Entered the town, officials said", size=3) == {
        "troops entered the",
        "entered the town",
        "the town officials",
        "town officials said",
    }
    assert shingles("too short", size=5) == frozenset()


def _containment(first: str, second: str) -> float:
    """The exact share of the smaller shingle set found in the other."""
    a, b = shingles(first), shingles(second)
    return len(a & b) / min(len(a), len(b))


def test_dedup_estimate_uses_the_smaller_set() -> None:
    long_text = REPORT + " " + REWRITE + " " + TEASERS
    assert _containment(REPORT, long_text) == 1.0
    assert near_duplicates(signature(REPORT), signature(long_text))
    assert near_duplicates(signature(long_text), signature(REPORT))
    assert not near_duplicates(signature(""), signature(long_text))


def test_dedup_short_texts_must_be_almost_identical() -> None:
    cambodia = signature("Cambodia said on Tuesday that two soldiers were killed.")
    thailand = signature("Thailand said on Tuesday that two soldiers were killed.")
    assert _containment("Cambodia said on Tuesday that two soldiers were killed.",
                        "Thailand said on Tuesday that two soldiers were killed.") >= THRESHOLD
    assert not near_duplicates(cambodia, thailand)
    again = signature("CAMBODIA said on Tuesday that two soldiers were killed!")
    assert near_duplicates(cambodia, again)
    documents = [_document("kh.txt", "Cambodia said on Tuesday that two soldiers were killed."),
                 _document("th.txt", "Thailand said on Tuesday that two soldiers were killed.")]
    assert find_duplicates(documents) == [None, None]


def test_dedup_reused_text_is_a_duplicate_of_the_earlier_document() -> None:
    reused = (
        "BOGOTA, Sept. 8. " + REPORT.replace("said", "stated") + " An analyst told the agency the "
        "attack showed the limits of the government's total peace policy."
    )
    documents = [_document("a.txt", REPORT), _document("b.txt", REWRITE), _document("c.txt", reused)]
    assert find_duplicates(documents) == [None, None, "a.txt"]


def test_dedup_same_event_in_other_words_is_no_duplicate() -> None:
    score = _containment(REPORT, REWRITE)
    assert score < THRESHOLD
    assert find_duplicates([_document("a.txt", REPORT), _document("b.txt", REWRITE)]) == [None, None]


def test_dedup_shared_site_clutter_is_ignored() -> None:
    first = "Troops clash with dissidents in Cauca\n\n" + REPORT + TEASERS
    second = "Ceasefire talks stall in Caracas\n\n" + REWRITE + TEASERS
    assert _containment(first, second) >= THRESHOLD  # the raw pages look alike
    assert find_duplicates([_document("a.txt", first), _document("b.txt", second)]) == [None, None]


def test_dedup_links_to_the_first_earlier_match_and_is_deterministic() -> None:
    documents = [_document(name, REPORT) for name in ("x.txt", "y.txt", "z.txt")]
    assert find_duplicates(documents) == [None, "x.txt", "x.txt"]
    assert find_duplicates(documents) == find_duplicates(list(documents))


def test_dedup_finder_compares_all_candidates_at_once_like_pairwise() -> None:
    """The array comparison over every LSH candidate picks what pairwise ``near_duplicates`` in input order picks."""
    import random

    from kg.index import StoreIndex
    from kg.ingest.dedup import DuplicateFinder

    rng = random.Random(7)
    words = [f"w{number}" for number in range(400)]
    base = [rng.choice(words) for _ in range(300)]
    texts = []
    for _ in range(40):  # long texts sharing varied parts of one base, and short ones (the stricter rule)
        cut = rng.randrange(20, 300)
        length = rng.choice((12, 30, 300))
        texts.append(" ".join((base[:cut] + [rng.choice(words) for _ in range(300)])[:length]))
    index = StoreIndex(":memory:")
    finder = DuplicateFinder(index)
    seen: list[tuple[str, object]] = []
    hits = 0
    for number, text in enumerate(texts):
        mine = signature(text)
        expected = next((doc for doc, other in seen if near_duplicates(mine, other)), None)  # type: ignore[arg-type]
        assert finder.original(f"d{number}", mine) == expected
        hits += expected is not None
        index.add_document(f"d{number}", f"#{number}", "", mine.shingles, mine.to_bytes(), mine.buckets())
        seen.append((f"d{number}", mine))
    assert 0 < hits < len(texts) - 1  # both outcomes were checked
    index.close()
