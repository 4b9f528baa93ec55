"""Name parameters: whole words of labels and aliases, case- and accent-insensitive, with suggestions for unknown names."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.names import NameIndex, fold, words
from kg.query import OxigraphBackend, load_query, run

runner = CliRunner()
WIRE = Path(__file__).parent / "data" / "wire_erdogan_zelenskyy.txt"


@pytest.fixture(scope="module")
def wire() -> OxigraphBackend:
    """A wire story from other conflicts (Turkey, Ukraine, talks in Kuala Lumpur), built by the real pipeline."""
    from kg.build import build_graphs

    store = ox.Store()
    store.extend(build_graphs([WIRE]).quads)
    return OxigraphBackend(store)


def speakers(backend, value: str) -> set[str]:
    return {row["speaker"] for row in run(backend, load_query("who-said-what"), {"speaker": value}).plain()}


def test_names_fold_case_and_accents():
    assert fold("Recep Tayyip ERDOĞAN") == "recep tayyip erdogan"
    assert words("Kılıçdaroğlu, Wałęsa & Søren") == ("kilicdaroglu", "walesa", "soren")


@pytest.mark.parametrize("value", ["Erdoğan", "erdogan", "ERDOGAN", "tayyip erdogan", "Recep Tayyip Erdoğan"])
def test_names_surname_or_full_name_finds_the_speaker_in_any_case_and_accent(wire, value):
    assert speakers(wire, value) == {"Recep Tayyip Erdoğan"}


def test_names_exact_name_wins_over_names_that_contain_its_words():
    index = NameIndex.from_rows([
        ("urn:ukraine", "Ukraine", None),
        ("urn:mod", "Ministry of Defence of Ukraine", None),
        ("urn:mod-ru", "Ministry of Defence of Russia", None),
    ])
    assert index.entities("UKRAINE") == {"urn:ukraine"}
    assert index.entities("defence of ukraine") == {"urn:mod"}
    assert index.entities("Ministry of Defence") == {"urn:mod", "urn:mod-ru"}


def test_names_a_word_of_a_longer_name_finds_its_speaker(wire):
    ministry = speakers(wire, "defence")
    assert len(ministry) == 1 and ministry.pop().startswith("Ministry of Defence")


def test_names_place_parameter_matches_a_word_of_the_place(wire):
    talks = run(wire, load_query("timeline"), {"place": "Kuala"}).plain()
    assert [(row["type"], row["places"]) for row in talks] == [("Talks", "Kuala Lumpur")]


@pytest.mark.parametrize(
    ("name", "param", "value", "closest"),
    [
        ("timeline", "place", "Lumpur Kuala", "Kuala Lumpur"),
        ("who-said-what", "speaker", "Erdo", "Recep Tayyip Erdoğan"),
        ("who-said-what", "speaker", "Zelenski", "Volodymyr Zelenskyy"),
    ],
)
def test_names_words_out_of_order_or_cut_match_nothing_and_get_a_suggestion(wire, name, param, value, closest):
    with pytest.raises(QueryError) as failure:
        run(wire, load_query(name), {param: value})
    message = str(failure.value)
    assert f"no entity in the graph is named {param}={value!r}; did you mean" in message and repr(closest) in message


def test_names_aliases_match_and_bind_the_entity_labels():
    index = NameIndex.from_rows([
        ("urn:zelenskyy", "Volodymyr Zelenskyy", None),
        ("urn:zelenskyy", None, "Zelensky"),
        ("urn:kyiv", "Kyiv", None),
        ("urn:kyiv", None, "Kiev"),
    ])
    assert index.entities("zelensky") == {"urn:zelenskyy"}
    assert index.entities("KIEV") == {"urn:kyiv"} and index.labels_of({"urn:kyiv"}) == ["Kyiv"]
    assert index.entities("Odesa") == set() and index.suggestions("Kiyv") == ["Kyiv", "Kiev"]


def test_names_alias_in_another_named_graph_finds_the_speaker(wire):
    zelenskyy = next(row["speaker_entity"] for row in _speaker_entities(wire) if row["label"] == "Volodymyr Zelenskyy")
    store = ox.Store()
    store.extend(wire.store)
    store.add(ox.Quad(ox.NamedNode(zelenskyy), ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"), ox.Literal("Zelensky"),
                      ox.NamedNode("https://w3id.org/kg-news/graph/entities")))
    assert speakers(OxigraphBackend(store), "zelensky") == {"Volodymyr Zelenskyy"}
    with pytest.raises(QueryError, match="did you mean"):
        speakers(wire, "zelensky")


def _speaker_entities(backend):
    query = "SELECT DISTINCT ?speaker_entity ?label WHERE { ?c <https://w3id.org/kg-news/ontology#speaker> ?speaker_entity . ?speaker_entity <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    return backend.select(query, "speakers").plain()


def test_names_cli_speaker_pashinyan_finds_nikol_pashinyans_claims(seeds_nq):
    result = runner.invoke(app, ["query", "who-said-what", "-p", "speaker=Pashinyan", "--data", str(seeds_nq), "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.stdout)
    assert len(rows) >= 5 and {row["speaker"] for row in rows} == {"Nikol Pashinyan"}
    assert all(isinstance(row["start"], int) for row in rows)  # numbers stay numbers in --format json


def test_names_cli_misspelt_speaker_gets_a_suggestion(seeds_nq):
    result = runner.invoke(app, ["query", "who-said-what", "-p", "speaker=Pashinian", "--data", str(seeds_nq)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: who-said-what: no entity in the graph is named speaker='Pashinian'; did you mean 'Nikol Pashinyan'?"


def test_names_same_rows_on_every_backend(embedded, in_rdflib, remote):
    expected = run(embedded, load_query("who-said-what"), {"speaker": "pashinyan"}).plain()
    assert expected and {row["speaker"] for row in expected} == {"Nikol Pashinyan"}
    assert run(in_rdflib, load_query("who-said-what"), {"speaker": "pashinyan"}).plain() == expected
    assert run(remote, load_query("who-said-what"), {"speaker": "pashinyan"}).plain() == expected


def _entity_quads(entity: str, label: str) -> list[ox.Quad]:
    graph = ox.NamedNode("https://w3id.org/kg-news/graph/entities")
    node = ox.NamedNode(entity)
    return [
        ox.Quad(node, ox.NamedNode("https://w3id.org/kg-news/ontology#key"), ox.Literal(entity[4:]), graph),
        ox.Quad(node, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label), graph),
    ]


def test_names_index_is_reused_while_the_labels_stay_and_rebuilt_when_they_change():
    store = ox.Store()
    store.extend(_entity_quads("urn:mali", "Mali") + _entity_quads("urn:bamako", "Bamako"))
    backend = OxigraphBackend(store)
    first = backend.name_index("test")
    assert first.entities("mali") == {"urn:mali"}
    assert backend.name_index("test") is first  # same labels: the cached index
    store.remove(_entity_quads("urn:mali", "Mali")[1])
    store.add(_entity_quads("urn:mali", "Republic of Mali")[1])
    changed = backend.name_index("test")
    assert changed is not first
    assert changed.entities("mali") == {"urn:mali"} and changed.labels_of({"urn:mali"}) == ["Republic of Mali"]
    store.extend(_entity_quads("urn:peru", "Peru"))
    assert backend.name_index("test").entities("peru") == {"urn:peru"}  # an added entity is found at once


def test_names_index_from_the_query_process_matches_the_embedded_one(tmp_path):
    from kg.query_process import ProcessBackend

    quads = _entity_quads("urn:quito", "Quito") + _entity_quads("urn:lima", "Lima")
    path = tmp_path / "names.nq"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    with ProcessBackend(data=path) as backend:
        index = backend.name_index("test")
    assert index.entities("LIMA") == {"urn:lima"} and index.labels_of({"urn:quito"}) == ["Quito"]
