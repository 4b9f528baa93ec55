"""Every library query: its header, its rows on the example corpus, and the same answers on three backends."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pyoxigraph as ox
import pytest

from kg.query import Query, Result, library, load_query, run

LIBRARY = library()
KG = "https://w3id.org/kg-news/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NAMES = [query.name for query in LIBRARY]


def rows(backend, name: str, **params: str) -> list[dict[str, str | None]]:
    return run(backend, load_query(name), params).plain()


def comparable(result: Result) -> list[tuple]:
    """Rows as sorted tuples of terms; GROUP_CONCAT lists are sorted, since their order is not defined."""

    def norm(term):
        if isinstance(term, ox.Literal) and "; " in term.value:
            return ("; ".join(sorted(term.value.split("; "))), term.datatype.value)
        return None if term is None else (term.value, getattr(term, "datatype", None) and term.datatype.value)

    return sorted((tuple(norm(t) for t in row) for row in result.rows), key=repr)


def example_params(query: Query) -> dict[str, str]:
    return {param.name: param.example for param in query.params if param.required}


def test_library_covers_the_analyst_questions():
    assert set(NAMES) >= {
        "actors", "timeline", "who-said-what", "accusations-denials", "figures-by-source", "contradictions",
        "framing-by-source", "co-occurrence", "actor-profile", "provenance", "documents",
    }


@pytest.mark.parametrize("query", LIBRARY, ids=NAMES)
def test_library_header_is_complete_and_matches_the_result_columns(query, embedded):
    assert query.summary and query.tags and query.columns
    assert all(param.example and param.type for param in query.params)
    result = run(embedded, query, example_params(query))
    assert result.columns == list(query.columns)


@pytest.mark.parametrize("query", LIBRARY, ids=NAMES)
def test_library_query_gives_the_same_rows_embedded_in_rdflib_and_on_the_server(query, embedded, in_rdflib, remote):
    params = example_params(query)
    if query.name == "provenance":
        params["item"] = rows(embedded, "who-said-what", speaker="Armenia", kind="denial")[0]["claim"]
    expected = comparable(run(embedded, query, params))
    assert expected, f"{query.name} gives no rows on the example corpus with {params}"
    assert comparable(run(in_rdflib, query, params)) == expected
    assert comparable(run(remote, query, params)) == expected


@pytest.mark.parametrize("query", [q for q in LIBRARY if q.params], ids=[q.name for q in LIBRARY if q.params])
def test_library_query_runs_with_every_parameter_set_on_all_backends(query, embedded, in_rdflib, remote):
    params = {param.name: param.example for param in query.params}
    if query.name == "provenance":
        params["item"] = rows(embedded, "figures-by-source", kind="captured_positions")[0]["figure"]
    expected = comparable(run(embedded, query, params))
    assert comparable(run(in_rdflib, query, params)) == expected
    assert comparable(run(remote, query, params)) == expected


def test_actors_lists_the_two_states_with_their_roles(embedded):
    found = {row["label"]: row for row in rows(embedded, "actors")}
    assert found["Azerbaijan"]["kind"] == "state" and found["Azerbaijan"]["documents"] == "5"
    assert int(found["Azerbaijan"]["agent"]) >= 1 and int(found["Azerbaijan"]["speaker"]) >= 1
    assert found["Armenia"]["kind"] == "state" and int(found["Armenia"]["speaker"]) >= 1
    people = rows(embedded, "actors", kind="person")
    assert {row["kind"] for row in people} == {"person"}
    assert "Nikol Pashinyan" in {row["label"] for row in people}


def test_timeline_keeps_the_events_of_the_date_range_in_order(embedded):
    found = rows(embedded, "timeline", **{"from": "2023-09-19", "to": "2023-09-21"})
    keys = {(row["date"], row["type"], row["doc"][:3]) for row in found}
    assert {
        ("2023-09-19", "MilitaryOperation", "001"),
        ("2023-09-19", "Attack", "002"),
        ("2023-09-20", "Ceasefire", "001"),
        ("2023-09-20", "Ceasefire", "004"),
        ("2023-09-21", "Talks", "004"),
    } <= keys
    dates = [row["date"] for row in found]
    assert dates == sorted(dates) and all("2023-09-19" <= d <= "2023-09-21" for d in dates)
    attack = next(row for row in found if row["type"] == "Attack" and row["doc"].startswith("002"))
    assert attack["evidence"].startswith("On Tuesday, reports of loud shelling")  # the sentence that dates it


def test_timeline_filters_by_type_year_and_place(embedded):
    captures = rows(embedded, "timeline", type="capture", **{"from": "2020-01-01", "to": "2020-12-31"})
    assert {(row["date"], row["doc"][:3]) for row in captures} >= {("2020", "002"), ("2020", "003"), ("2020", "004")}
    assert {row["type"] for row in captures} == {"Capture"}
    in_karabakh = rows(embedded, "timeline", place="nagorno-karabakh")
    assert ("MilitaryOperation", "000") in {(row["type"], row["doc"][:3]) for row in in_karabakh}
    assert all("Nagorno-Karabakh" in row["places"].split("; ") for row in in_karabakh)


def test_who_said_what_by_speaker_kind_and_source(embedded):
    denials = rows(embedded, "who-said-what", speaker="armenia", kind="denial")
    assert [(row["doc"][:3], row["speaker"]) for row in denials] == [("002", "Armenia")]
    assert "not present in Karabakh" in denials[0]["content"]
    expert = rows(embedded, "who-said-what", speaker="Khalid Taimur Akram", doc="001_e02d20f145e30f25.txt")
    assert sorted(row["kind"] for row in expert) == ["accusation"] * 3 + ["assertion"] * 2 + ["evaluation"]
    by_capital = rows(embedded, "who-said-what", speaker="Baku")
    assert any("60 military positions" in row["content"] for row in by_capital)


def test_accusations_and_denials_between_two_actors_in_either_order(embedded):
    forward = rows(embedded, "accusations-denials", actor="Armenia", other="Azerbaijan")
    assert ("004", "Armenia", "accusation", "Azerbaijan") in {(r["doc"][:3], r["speaker"], r["kind"], r["about"]) for r in forward}
    assert rows(embedded, "accusations-denials", actor="Azerbaijan", other="Armenia") == forward
    assert all(r["kind"] in ("accusation", "denial") for r in rows(embedded, "accusations-denials", actor="Armenia"))


def test_figures_by_source_and_kind(embedded):
    positions = rows(embedded, "figures-by-source", kind="captured_positions")
    assert {(r["value"], r["qualifier"], r["doc"][:3]) for r in positions} == {("60", "more_than", "004"), ("90", "more_than", "001")}
    armenian = rows(embedded, "figures-by-source", source="Armenia")
    assert {(r["kind"], r["value"], r["qualifier"]) for r in armenian} == {("killed", "32", "at_least"), ("injured", "200", "more_than")}


def test_contradictions_lists_the_landmine_deaths_and_differing_reports_the_positions(embedded):
    def found(name: str, **params: str) -> set[tuple[str, frozenset[str]]]:
        by_disagreement: dict[tuple[str, str], list[dict]] = {}
        for r in rows(embedded, name, **params):
            by_disagreement.setdefault((r["disagreement"], r["kind"]), []).append(r)
        assert all(len({r["doc"] for r in found}) > 1 for found in by_disagreement.values()), "a disagreement is between documents"
        return {(kind, frozenset(r["value"] for r in found)) for (_, kind), found in by_disagreement.items()}

    assert ("killed", frozenset({"6", "7"})) in found("contradictions")
    assert ("captured_positions", frozenset({"60", "90"})) not in found("contradictions")
    assert found("differing-reports") == {("captured_positions", frozenset({"60", "90"}))}
    assert {kind for kind, _ in found("contradictions", kind="killed")} == {"killed"}


def test_framing_by_source(embedded):
    azerbaijan = rows(embedded, "framing-by-source", source="Azerbaijan")
    assert {r["source"] for r in azerbaijan} == {"Azerbaijan"}
    assert "illegal regime" in {r["term"] for r in azerbaijan}
    everyone = rows(embedded, "framing-by-source")
    assert ("Nikol Pashinyan", "ethnic cleansing") in {(r["source"], r["term"]) for r in everyone}


def test_co_occurrence_edges_of_one_actor(embedded):
    edges = rows(embedded, "co-occurrence", actor="Armenia")
    assert all("Armenia" in (r["label_a"], r["label_b"]) for r in edges)
    weights = {frozenset({r["label_a"], r["label_b"]}): int(r["documents"]) for r in edges}
    assert weights[frozenset({"Armenia", "Azerbaijan"})] == 5
    assert [int(r["documents"]) for r in edges] == sorted((int(r["documents"]) for r in edges), reverse=True)


def test_co_occurrence_counts_the_documents_that_mention_both_actors_of_every_pair(embedded, example_build):
    """Every edge, counted from the quads: the actors (people, organisations, states, armed groups) each document mentions."""
    actor_classes = {KG + name for name in ("Person", "Organization", "State", "ArmedGroup")}
    actors = {q.subject.value for q in example_build.quads if q.predicate.value == RDF_TYPE and q.object.value in actor_classes}
    mentioned: dict[str, set[str]] = {}
    for quad in example_build.quads:
        if quad.predicate.value == KG + "denotes" and quad.object.value in actors:
            mentioned.setdefault(quad.graph_name.value, set()).add(quad.object.value)
    expected = Counter(pair for found in mentioned.values() for pair in combinations(sorted(found, key=str), 2))
    edges = rows(embedded, "co-occurrence")
    assert {(r["actor_a"], r["actor_b"]): int(r["documents"]) for r in edges} == dict(expected)
    assert len(edges) == len(expected) > 100


def test_actor_profile_gathers_claims_events_and_figures(embedded):
    profile = {(r["doc"][:3], r["relation"], r["kind"]) for r in rows(embedded, "actor-profile", actor="Armenia")}
    assert {("002", "speaker", "denial"), ("004", "speaker", "accusation"), ("004", "source", "killed")} <= profile


def test_provenance_gives_document_offsets_and_exact_text(embedded, example_store):
    claim = rows(embedded, "who-said-what", speaker="Armenia", kind="denial")[0]["claim"]
    event = rows(embedded, "timeline", type="Talks", **{"from": "2023-09-21", "to": "2023-09-21"})[0]["event"]
    texts = _document_texts(example_store)
    for item, kind in ((claim, "claim"), (event, "event")):
        found = rows(embedded, "provenance", item=item)
        assert found and {r["type"] for r in found} == {kind}
        for row in found:
            assert texts[row["doc"]][int(row["start"]):int(row["end"])] == row["text"]


def _document_texts(store: ox.Store) -> dict[str, str]:
    query = "SELECT ?doc ?text WHERE { ?d <https://w3id.org/kg-news/ontology#docId> ?doc ; <https://w3id.org/kg-news/ontology#text> ?text }"
    return {s["doc"].value: s["text"].value for s in store.query(query, use_default_graph_as_union=True)}


def test_documents_with_metadata_and_duplicates(embedded):
    found = {r["doc"][:3]: r for r in rows(embedded, "documents")}
    assert len(found) == 5
    assert found["001"]["duplicate_of"] == "000_0a79bafbf7d47cce.txt" and found["000"]["duplicates"] == "1"
    assert found["004"]["published"] == "2023-09-20" and found["004"]["outlet"] == "The Moscow Times"


def test_library_code_lists_read_one_by_one_are_the_ontologys():
    """timeline reads events class by class and who-said-what claims kind by kind: their VALUES lists are whole."""
    import re
    from typing import get_args

    from kg.codes import ClaimKind, EventType

    classes = re.search(r"VALUES \?class \{([^}]*)\}", load_query("timeline").text)
    kinds = re.search(r"VALUES \?kind \{([^}]*)\}", load_query("who-said-what").text)
    assert classes and sorted(classes.group(1).replace("kg:", "").split()) == sorted(get_args(EventType))
    assert kinds and sorted(kinds.group(1).replace('"', "").split()) == sorted(get_args(ClaimKind))
