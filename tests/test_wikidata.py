"""`kg gazetteer wikidata` against a real local `oxigraph serve` holding a small Wikidata-shaped sample
(made up: the QIDs from Q990000001 are invented, Q869 is Thailand); no test reaches the internet."""

from __future__ import annotations

import urllib.request

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.nlp.gazetteer import is_qid, read_entries
from kg.rdf.iris import slug
from kg.rdf.vocab import KG

SAMPLE = """
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

wd:Q869 rdfs:label "Thailand"@en, "Thaïlande"@fr ; skos:altLabel "Kingdom of Thailand"@en, "Siam"@en ;
    wdt:P1549 "Thai"@en ; wdt:P36 wd:Q990000010 .
wd:Q990000010 rdfs:label "Krungthep"@en .
wd:Q990000009 rdfs:label "Ruritania"@en ; wdt:P1549 "Ruritanian"@en .

wd:Q990000001 rdfs:label "Suranari Task Force"@en ; skos:altLabel "STF"@en ;
    wdt:P31 wd:Q17149090 ; wdt:P17 wd:Q869 .
wd:Q990000002 rdfs:label "Burapha Ranger Regiment"@en ; wdt:P31 wd:Q990000003 ; wdt:P17 wd:Q869 .
wd:Q990000003 rdfs:label "ranger regiment"@en ; wdt:P279 wd:Q17149090 .
wd:Q990000004 rdfs:label "Ruritanian Guard"@en ; wdt:P31 wd:Q17149090 ; wdt:P17 wd:Q990000009 .

wd:Q990000005 rdfs:label "Prasert Wongsawat"@en ; skos:altLabel "Prasert"@en ; wdt:P31 wd:Q5 ;
    p:P39 [ ps:P39 wd:Q990000006 ] .
wd:Q990000006 rdfs:label "Commander of the Second Army Area"@en ; wdt:P1001 wd:Q869 .
wd:Q990000007 rdfs:label "Somchai Retired"@en ; wdt:P31 wd:Q5 ;
    p:P39 [ ps:P39 wd:Q990000006 ; pq:P582 "2019-09-30"^^<http://www.w3.org/2001/XMLSchema#date> ] .
"""

runner = CliRunner()


@pytest.fixture(scope="module")
def wikidata_server(tmp_path_factory, oxigraph):
    """An Oxigraph server on 127.0.0.1 loaded with the sample; yields its query URL."""
    folder = tmp_path_factory.mktemp("wikidata")
    port = oxigraph.free_port()
    process = oxigraph.start(folder / "db", port)
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/store?default", data=SAMPLE.encode(), headers={"Content-Type": "text/turtle"}, method="PUT"
        )
        urllib.request.urlopen(request, timeout=10).close()
        yield f"http://127.0.0.1:{port}/query"
    finally:
        oxigraph.stop(process)


@pytest.fixture(scope="module")
def thai_gazetteer(wikidata_server, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "thai.tsv"
    result = runner.invoke(app, ["gazetteer", "wikidata", "--country", "Q869", "--endpoint", wikidata_server, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_wikidata_gazetteer_has_the_state_its_armed_groups_and_office_holders(thai_gazetteer):
    entries = {entry.qid: entry for entry in read_entries(thai_gazetteer.read_text(encoding="utf-8"), str(thai_gazetteer))}
    assert set(entries) == {"Q869", "Q990000001", "Q990000002", "Q990000005", "Q990000010"}
    assert (entries["Q990000010"].kind, entries["Q990000010"].stands_for) == ("place", "thailand")
    thailand = entries["Q869"]
    assert (thailand.id, thailand.kind, thailand.aliases, thailand.demonyms) == ("thailand", "state", ("Kingdom of Thailand", "Siam"), ("Thai",))
    force = entries["Q990000001"]
    assert (force.id, force.label, force.kind, force.aliases, force.part_of) == (
        "suranari_task_force", "Suranari Task Force", "armed_group", ("STF",), "thailand",
    )
    assert entries["Q990000002"].kind == "armed_group"  # an instance of a subclass of armed organization
    assert (entries["Q990000005"].kind, entries["Q990000005"].part_of) == ("person", None)


def test_wikidata_gazetteer_links_a_new_actor_in_kg_build(thai_gazetteer, tmp_path):
    article = tmp_path / "border.txt"
    article.write_text(
        "Border clash near Surin\n\n"
        "The Suranari Task Force said on Monday that Cambodian troops had fired rockets at a village in Surin province. "
        "STF commanders said two soldiers were wounded.\n",
        encoding="utf-8",
    )
    out = tmp_path / "border.nq"
    result = runner.invoke(app, ["build", str(article), "--gazetteer", str(thai_gazetteer), "--no-store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    rows = store.query(
        f"SELECT DISTINCT ?text ?item WHERE {{ ?m <{KG.denotes}> ?e ; <{KG.anchorOf}> ?text . ?e <{KG.wikidata}> ?item }}",
        use_default_graph_as_union=True,
    )
    linked = {(row["text"].value, row["item"].value.rsplit("/", 1)[-1]) for row in rows}
    assert ("Suranari Task Force", "Q990000001") in linked
    assert ("STF", "Q990000001") in linked


def test_wikidata_gazetteer_several_countries_and_errors(wikidata_server, tmp_path):
    out = tmp_path / "two.tsv"
    result = runner.invoke(
        app, ["gazetteer", "wikidata", "--country", "Q869", "--country", "Q990000009", "--endpoint", wikidata_server, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    entries = {entry.qid: entry for entry in read_entries(out.read_text(encoding="utf-8"), str(out))}
    assert (entries["Q990000004"].part_of, entries["Q990000009"].kind) == ("ruritania", "state")
    bad = runner.invoke(app, ["gazetteer", "wikidata", "--country", "Thailand", "--endpoint", wikidata_server, "--out", str(out)])
    assert bad.exit_code == 2
    assert "error: --country 'Thailand' is not a Wikidata QID" in bad.output
    closed = wikidata_server.rsplit(":", 1)[0] + ":1/query"
    down = runner.invoke(app, ["gazetteer", "wikidata", "--country", "Q869", "--endpoint", closed, "--out", str(out)])
    assert down.exit_code == 2
    assert "cannot reach" in down.output


def test_slug_is_one_way_for_iris_ids_and_gazetteer_rows():
    assert slug("Forces armées du Mali / FAMa") == "forces-arm-es-du-mali-fama"
    assert slug("Sud-Kivu  Province", "_", "item") == "sud_kivu_province"
    assert slug("«»", empty="source") == "source"


def test_is_qid_takes_only_wikidata_item_ids():
    assert is_qid("Q869") and is_qid("Q1")
    assert not any(is_qid(text) for text in ("Q0", "q869", "Q86a", "P31", ""))



def test_wikidata_gazetteer_ids_of_many_actors_take_linear_time():
    """A hostile (or huge) answer of 20,000 actors with one label gets its ids in one pass, not a set per actor."""
    import time

    from kg.nlp.gazetteer import Gazetteer
    from kg.wikidata import Actor, gazetteer_tsv

    actors = [Actor(f"Q{900_000 + n}", "armed_group", "Same Front") for n in range(20_000)]
    actors.append(Actor("Q1", "armed_group", "Same Front 2"))  # its slug is taken by a numbered duplicate first
    started = time.monotonic()
    tsv = gazetteer_tsv(actors, Gazetteer([], []))
    assert time.monotonic() - started < 3
    ids = [line.split("\t")[0] for line in tsv.splitlines()[1:]]
    assert ids[:3] == ["same_front", "same_front_2", "same_front_3"] and ids[19_999] == "same_front_20000"
    assert ids[-1] == "same_front_2_2" and len(set(ids)) == len(ids)


def test_wikidata_gazetteer_slug_never_takes_a_later_actors_shipped_id():
    """A new actor labelled like a shipped one that comes later in the answer gets a numbered id, not the shipped one."""
    from kg.nlp.gazetteer import Gazetteer, GazetteerEntry
    from kg.wikidata import Actor, gazetteer_tsv

    shipped = Gazetteer([GazetteerEntry("red_front", "Red Front", "Q990000002", "armed_group", (), None, None)], [])
    actors = [Actor("Q990000001", "armed_group", "Red Front"), Actor("Q990000002", "armed_group", "Red Front")]
    ids = [line.split("\t")[0] for line in gazetteer_tsv(actors, shipped).splitlines()[1:]]
    assert ids == ["red_front_2", "red_front"]
    alone = [line.split("\t")[0] for line in gazetteer_tsv(actors[:1], shipped).splitlines()[1:]]
    assert alone == ["red_front"]  # the shipped id is free when its actor is not in the answer


_SERVE_ANSWER = """
import http.server, json, sys
rows = int(sys.argv[1])
row = ',{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q990000%03d"},"kind":{"type":"literal","value":"person"},'
row += '"label":{"type":"literal","xml:lang":"en","value":"Person %d"},"alias":{"type":"literal","xml:lang":"en","value":"Alias %d of %d"}}'
body = ('{"head":{"vars":["item","kind","label","alias"]},"results":{"bindings":[' +
        "".join(row % (n % 100, n % 100, n % 7, n % 100) for n in range(rows))[1:] + "]}}").encode()
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], len(body), flush=True)
server.serve_forever()
"""


def _gazetteer_peak(tmp_path, rows: int) -> tuple[int, int]:
    """The answer's size and the peak memory (bytes) of `kg gazetteer wikidata` reading it from a local server."""
    import subprocess
    import sys
    from pathlib import Path

    server = subprocess.Popen([sys.executable, "-c", _SERVE_ANSWER, str(rows)], stdout=subprocess.PIPE, text=True)
    try:
        port, size = (int(part) for part in server.stdout.readline().split())
        kg = str(Path(sys.executable).with_name("kg"))
        measure = (
            "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        command = [kg, "gazetteer", "wikidata", "--country", "Q869", "--out", str(tmp_path / f"g{rows}.tsv"), "--endpoint", f"http://127.0.0.1:{port}/sparql"]
        peak = subprocess.run([sys.executable, "-c", measure, *command], capture_output=True, text=True, check=True).stdout
        return size, int(peak) * 1024
    finally:
        server.kill()
        server.wait()


def test_wikidata_gazetteer_reads_a_large_answer_in_about_its_own_size_of_memory(tmp_path):
    """The answer is held once, as its bytes, and its rows are merged into actors as they are parsed: never a
    table of terms, a table of dicts, the chunks and their join (a 250 MB answer peaked at 1.26 GB, now 0.47 GB)."""
    _, baseline = _gazetteer_peak(tmp_path, 10)
    size, peak = _gazetteer_peak(tmp_path, 400_000)
    assert size > 60_000_000
    assert peak - baseline < 1.5 * size, f"{(peak - baseline) / 1e6:.0f} MB above the baseline for a {size / 1e6:.0f} MB answer"
