"""Event dates through a whole build: the graph's kg:date holds the day of a part of a day and the month
of a week, whose time expressions keep their grain; the publication date line and the dateline date nothing."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_graphs
from kg.rdf.vocab import KG

PAGE = (
    "Convoy attacked near Gao\n\n"
    "Published: 14 February 2024\n\n"
    "GAO, Feb 14 (Wire) - Armed rebels attacked a convoy near Gao last week, the army said.\n\n"
    "Drones struck a market in Kidal on Tuesday night, killing three traders.\n"
)


def test_document_event_dates_in_the_graph(tmp_path: Path, nlp) -> None:
    page = tmp_path / "gao.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert not result.errors
    dates = sorted((quad.object.value, quad.object.datatype.value) for quad in result.quads if quad.predicate.value == str(KG.date))
    assert dates == [
        ("2024-02", "http://www.w3.org/2001/XMLSchema#gYearMonth"),
        ("2024-02-13", "http://www.w3.org/2001/XMLSchema#date"),
    ]
    granularities = sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.granularity))
    assert granularities == ["part_of_day", "week"]
