"""End-to-end: `kg build` on the example corpus — evidence, clutter, determinism, store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_graphs, write_outputs
from kg.query import eval_query, run_select
from kg.store import load_graph_file, open_store, sorted_nquads

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2023"

ANCHOR_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?doc ?text ?start ?end ?anchor WHERE {
  ?span kg:inDocument ?d ; kg:start ?start ; kg:end ?end ; kg:anchorOf ?anchor .
  ?d kg:docId ?doc ; kg:text ?text .
}
"""


def _store_of(result) -> ox.Store:
    store = ox.Store()
    store.extend(result.quads)
    return store


def test_build_every_mention_is_its_text_span(example_build):
    columns, rows = run_select(_store_of(example_build), ANCHOR_QUERY)
    assert len(rows) > 100
    for row in rows:
        original = (EXAMPLES / row["doc"]).read_text(encoding="utf-8")
        assert row["text"] == original
        assert original[int(row["start"]) : int(row["end"])] == row["anchor"], row


def test_build_nothing_in_clutter_becomes_an_entity(example_build):
    _, rows = run_select(_store_of(example_build), eval_query("entities"))
    labels = {row["label"] for row in rows}
    for clutter in ("Gaza", "Gaza City", "Gaza Strip", "Narendra Modi", "Taiwan", "Qatar", "OpenAI", "Israel", "India"):
        assert clutter not in labels
    in_004 = {row["label"] for row in rows if row["doc"] == "004_8bcc4ac5588322b9.txt"}
    assert "Vladimir Putin" in in_004  # the article's own Putin stays


def test_build_mentions_lie_in_article_zones(example_build):
    for analysis in example_build.analyses:
        clutter = [z for z in analysis.document.zones if z.kind != "article"]
        for mention in analysis.mentions:
            assert not any(z.start <= mention.start < z.end for z in clutter), (analysis.document.doc_id, mention)


def test_build_two_builds_give_identical_sorted_nquads(example_build):
    again = build_graphs([EXAMPLES])
    assert sorted_nquads(again.quads) == sorted_nquads(example_build.quads)


def test_build_twice_into_one_store_gives_the_same_store(example_build, tmp_path):
    store_path = tmp_path / "store"
    write_outputs(example_build, store_path=store_path, out=None)
    first = sorted_nquads(open_store(store_path))
    write_outputs(example_build, store_path=store_path, out=None)
    assert sorted_nquads(open_store(store_path)) == first
    documents = [line for line in first.splitlines() if "/graph/corpus>" not in line]
    assert len(documents) == len(set(example_build.quads))


def test_build_rebuilding_a_changed_file_leaves_no_stale_graph(tmp_path, nlp):
    article = tmp_path / "in" / "report.txt"
    article.parent.mkdir()
    article.write_text("Yerevan said on Monday that the border with Azerbaijan was calm.\n", encoding="utf-8")
    store_path = tmp_path / "store"
    write_outputs(build_graphs([article], nlp=nlp), store_path=store_path, out=None)
    article.write_text("Baku said on Monday that the border with Armenia was calm.\n", encoding="utf-8")
    write_outputs(build_graphs([article], nlp=nlp), store_path=store_path, out=None)
    store = open_store(store_path)
    assert len(list(store.named_graphs())) == 1
    _, rows = run_select(store, eval_query("entities"))
    assert {row["label"] for row in rows} == {"Baku", "Armenia"}


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".ttl", ".jsonld"])
def test_build_out_file_formats_round_trip(example_build, tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    write_outputs(example_build, store_path=None, out=out)
    loaded = load_graph_file(out)
    _, rows = run_select(loaded, eval_query("documents"))
    if suffix == ".ttl":  # one merged graph: the documents are all there
        assert len(rows) == 5
    else:
        assert sorted(r["doc"] for r in rows) == sorted(p.name for p in EXAMPLES.glob("*.txt"))


def test_build_teaser_headlines_yield_no_event_claim_or_figure(tmp_path, nlp):
    page = tmp_path / "page.txt"
    page.write_text(
        "Type to search\n\nGovernment forces retake border town\n\nMarch 3, 2022\n\n"
        "Government forces took control of the border town of Kaya on Tuesday, the army said.\n\n"
        "Don't Miss\n\nRebels seize airport in dawn raid as 40 people are killed\n\n"
        "Minister says talks with rebels will resume next week\n",
        encoding="utf-8",
    )
    result = build_graphs([page], nlp=nlp)
    analysis = result.analyses[0]
    teaser_start = page.read_text(encoding="utf-8").index("Don't Miss")
    assert [e.type for e in analysis.events] == ["Capture"]
    assert all(m.start < teaser_start for e in analysis.events for m in e.mentions)
    assert all(c.evidence_end <= teaser_start for c in analysis.claims)
    assert analysis.figures == []


def test_build_html_offsets_point_into_the_raw_file(nlp):
    page = Path(__file__).resolve().parent / "ingest" / "data" / "sahel_raid.html"
    raw = page.read_text(encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    _, rows = run_select(_store_of(result), ANCHOR_QUERY)
    assert rows, "the HTML page gave no anchored spans"
    for row in rows:
        assert row["text"] == raw
        assert raw[int(row["start"]) : int(row["end"])] == row["anchor"], row
