"""The mapping writes N-Quads lines itself: every string it puts in a literal must come back from the store unchanged."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal, NamedNode

from kg.build import build_graphs
from kg.rdf.vocab import KG

#: Quotes, backslashes, a tab, a form feed, the line separators and a character outside the BMP, in a headline and body.
TRICKY = (
    'Kenya\'s "special" envoy\\adviser\tsaid on Monday\f that talks in Nairobi\u2028would resume 🕊.\n\n'
    'The ministry said that "at least 12 people were killed\\" in the attack\r\non the market in Mandera.\n'
)


def test_mapping_keeps_quotes_backslashes_and_control_characters_in_literals(nlp, tmp_path: Path):
    article = tmp_path / "tricky.txt"
    article.write_text(TRICKY, encoding="utf-8", newline="")
    result = build_graphs([article], nlp=nlp)
    assert not result.errors
    (graph,) = result.graphs
    texts = [q.object for q in graph.quads if q.predicate == NamedNode(str(KG.text))]
    assert len(texts) == 1 and isinstance(texts[0], Literal)
    source = texts[0].value
    assert "\\" in source and '"' in source and "\t" in source  # the characters that need escaping reached the store
    anchors = [q for q in graph.quads if q.predicate in (NamedNode(str(KG.anchorOf)), NamedNode(str(KG.evidence)), NamedNode(str(KG.content)))]
    assert anchors
    for quad in anchors:  # every quoted span is the exact text at its offsets
        assert quad.object.value in source


def test_a_document_mentions_each_entity_its_mentions_denote_once(nlp, tmp_path: Path):
    article = tmp_path / "sahel.txt"
    article.write_text(
        "Mali and Niger sign border pact\n\nMali's foreign minister met officials from Niger in Niamey on Tuesday. "
        "Mali said the pact would help. Niger agreed.\n",
        encoding="utf-8",
    )
    (graph,) = build_graphs([article], nlp=nlp).graphs
    denoted = [q.object for q in graph.quads if q.predicate == NamedNode(str(KG.denotes))]
    mentioned = [q for q in graph.quads if q.predicate == NamedNode(str(KG.mentions))]
    assert len(denoted) > len(set(denoted))  # Mali and Niger are named more than once
    assert sorted(q.object.value for q in mentioned) == sorted({entity.value for entity in denoted})
    assert {q.subject.value for q in mentioned} == {q.graph_name.value for q in mentioned} == {graph.name}  # the document, in its graph
