"""Cross-document links: canonical events and contradictions."""

from __future__ import annotations

import pyoxigraph as ox

from kg.build import write_outputs
from kg.query import run_select
from kg.rdf.corpus import CORPUS_GRAPH, corpus_quads
from kg.store import load_graph_file

KG = "https://w3id.org/kg-news/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"

CONTRADICTIONS = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?kind ?doc1 ?value1 ?doc2 ?value2 WHERE {
  ?f1 kg:contradicts ?f2 .
  ?f1 kg:figureKind ?kind ; kg:value ?value1 ; kg:inDocument/kg:docId ?doc1 .
  ?f2 kg:value ?value2 ; kg:inDocument/kg:docId ?doc2 .
  FILTER (?doc1 < ?doc2)
}
"""


def _event(store: ox.Store, doc: str, name: str, type_: str, date: str | None, actor: str | None, published: str) -> None:
    graph = ox.NamedNode(f"http://example.org/{doc}")
    document = ox.NamedNode(f"http://example.org/{doc}")
    event = ox.NamedNode(f"http://example.org/{doc}/{name}")
    quads = [
        (document, ox.NamedNode(KG + "docId"), ox.Literal(doc)),
        (document, ox.NamedNode(KG + "published"), ox.Literal(published, datatype=ox.NamedNode(XSD + "date"))),
        (event, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KG + "Event")),
        (event, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KG + type_)),
        (event, ox.NamedNode(KG + "inDocument"), document),
    ]
    if date:
        quads.append((event, ox.NamedNode(KG + "date"), ox.Literal(date)))
    if actor:
        quads.append((event, ox.NamedNode(KG + "agent"), ox.NamedNode(f"http://example.org/entity/{actor}")))
    store.extend([ox.Quad(s, p, o, graph) for s, p, o in quads])


def _canonical(quads: list[ox.Quad]) -> dict[str, str]:
    return {q.subject.value.rsplit("/", 1)[-1]: q.object.value for q in quads if q.predicate.value == KG + "canonical"}


def test_corpus_same_type_compatible_date_shared_actor_is_one_event():
    store = ox.Store()
    _event(store, "a.txt", "capture", "Capture", "2022-05-02", "rebels", "2022-05-03")
    _event(store, "b.txt", "capture", "Capture", None, "rebels", "2022-05-04")
    _event(store, "c.txt", "capture", "Capture", "2022-05-02", "army", "2022-05-03")  # no shared actor
    canonical = _canonical(corpus_quads(store))
    assert "capture" in canonical
    by_doc = {q.subject.value.split("/")[3]: q.object.value for q in corpus_quads(store) if q.predicate.value == KG + "canonical"}
    assert by_doc["a.txt"] == by_doc["b.txt"] != by_doc["c.txt"]


def test_corpus_undated_event_joins_the_one_nearest_its_publication_and_never_bridges_years():
    store = ox.Store()
    _event(store, "old.txt", "war", "War", "2020", "azerbaijan", "2020-11-10")
    _event(store, "new.txt", "war", "War", "2023", "azerbaijan", "2023-09-20")
    _event(store, "undated.txt", "war", "War", None, "azerbaijan", "2023-09-21")
    by_doc = {q.subject.value.split("/")[3]: q.object.value for q in corpus_quads(store) if q.predicate.value == KG + "canonical"}
    assert by_doc["undated.txt"] == by_doc["new.txt"] != by_doc["old.txt"]


def test_corpus_example_contradictions_positions_and_landmine_deaths(example_build, tmp_path):
    out = tmp_path / "seeds.nq"
    write_outputs(example_build, store_path=None, out=out)
    _, rows = run_select(load_graph_file(out), CONTRADICTIONS)
    found = {(r["kind"], r["value1"], r["value2"]) for r in rows} | {(r["kind"], r["value2"], r["value1"]) for r in rows}
    assert ("captured_positions", "90", "60") in found
    assert ("killed", "7", "6") in found


def test_corpus_graph_is_written_to_the_store_and_replaced(example_build, tmp_path):
    store_path = tmp_path / "store"
    write_outputs(example_build, store_path=store_path, out=None)
    write_outputs(example_build, store_path=store_path, out=None)
    from kg.store import open_store

    store = open_store(store_path)
    corpus = list(store.quads_for_pattern(None, None, None, ox.NamedNode(CORPUS_GRAPH)))
    assert corpus and len(corpus) == len(set(corpus))
    _, rows = run_select(store, CONTRADICTIONS)
    assert {r["kind"] for r in rows} == {"captured_positions", "killed"}
