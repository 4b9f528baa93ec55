"""Contradictions and compatible differing reports across documents, end to end: made-up articles built with the
real pipeline, then ``kg query contradictions`` and ``kg query differing-reports``."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_graphs
from kg.query import load_query, run

BORDER_CLASH = {
    "valdoria.txt": "Four Valdorian soldiers killed in border clash with Korvania\n\n"
    "OSTRAVEL, 12 March 2025 - Four Valdorian soldiers were killed on Tuesday when Korvanian troops attacked a border "
    "post near the village of Tessa, Valdoria's defence ministry said.\n\n"
    "The ministry said the attack began before dawn and lasted two hours. Korvania has not commented on the clash.\n",
    "korvania.txt": "Korvania says Valdorian attack on border post repelled\n\n"
    "MIRGOD, 12 March 2025 - Korvanian forces repelled an attack by Valdorian troops on the border near Tessa on "
    "Tuesday, Korvania's army said.\n\n"
    "At least seven Valdorian soldiers were killed and the attackers withdrew, a Korvanian army spokesman told reporters.\n",
}

TEMPLE_SHELLING = {
    "phnom-penh.txt": "Cambodia says three soldiers killed in Thai shelling\n\n"
    "PHNOM PENH, 8 July 2025 - Cambodia's defence ministry said on Tuesday that three of its soldiers were killed when "
    "Thai artillery shelled positions near the Preah Vihear temple.\n",
    "bangkok.txt": "Thai army reports heavy Cambodian losses at border\n\n"
    "BANGKOK, 8 July 2025 - At least five Cambodian soldiers were killed in the Thai shelling near the Preah Vihear "
    "temple on Tuesday, the Thai army said.\n",
    "thai-losses.txt": "Thai soldiers killed near temple\n\n"
    "BANGKOK, 8 July 2025 - Thailand's army said seven Thai soldiers were killed on Tuesday when Cambodian artillery "
    "shelled an army post near the Preah Vihear temple.\n",
}

CONVOY_AMBUSH = {
    "first.txt": "Peacekeepers killed in ambush near Kidal\n\n"
    "BAMAKO, 3 May 2024 - At least four peacekeepers were killed on Friday when gunmen ambushed a UN convoy near Kidal, "
    "the mission said.\n",
    "second.txt": "UN mission counts its dead after Kidal ambush\n\n"
    "BAMAKO, 4 May 2024 - Seven peacekeepers were killed in Friday's ambush on a UN convoy near Kidal, a spokesman for "
    "the mission said on Saturday.\n",
}


def _pairs(nlp, tmp_path: Path, articles: dict[str, str], query: str) -> set[tuple[str, frozenset[tuple[str, str, str]]]]:
    """(figure kind, {(value, qualifier, text)} of its reports) per disagreement a library query lists over the built articles."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = ox.Store()
    store.extend(build_graphs([tmp_path], nlp=nlp).quads)
    reports: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    for row in run(store, load_query(query)).plain():
        reports.setdefault((row["disagreement"], row["kind"]), set()).add((row["value"], row["qualifier"], row["text"]))
    return {(kind, frozenset(found)) for (_, kind), found in reports.items()}


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    def pairs(name: str, articles: dict[str, str]) -> dict[str, set]:
        folder = tmp_path_factory.mktemp(name)
        return {query: _pairs(nlp, folder, articles, query) for query in ("contradictions", "differing-reports")}
    return {"border": pairs("border", BORDER_CLASH), "temple": pairs("temple", TEMPLE_SHELLING), "convoy": pairs("convoy", CONVOY_AMBUSH)}


def test_contradictions_border_clash_four_against_at_least_seven_soldiers(built):
    found = built["border"]["contradictions"]
    assert ("killed", frozenset({("4", "exact", "Four Valdorian soldiers"), ("7", "at_least", "At least seven Valdorian soldiers")})) in found
    assert built["border"]["differing-reports"] == set()


def test_contradictions_another_conflict_compares_one_states_soldiers_only(built):
    found = built["temple"]["contradictions"]
    three = {("3", "exact", "three soldiers"), ("3", "exact", "three of its soldiers")}  # the headline's figure states the same
    assert ("killed", frozenset({*three, ("5", "at_least", "At least five Cambodian soldiers")})) in found
    assert all(("7", "exact", "seven Thai soldiers") not in sides for _, sides in found)  # Thailand's losses: other people
    assert built["temple"]["differing-reports"] == set()


def test_contradictions_at_least_four_and_seven_are_compatible(built):
    assert built["convoy"]["contradictions"] == set()
    assert built["convoy"]["differing-reports"] == {
        ("killed", frozenset({("4", "at_least", "At least four peacekeepers"), ("7", "exact", "Seven peacekeepers")})),
    }
