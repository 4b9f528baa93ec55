"""Document pages: the text in zones, every extracted span highlighted at exactly its offsets."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.report.data import Span, Zone
from kg.report.document import render_text
from kg.report.writer import write_report

KG = "https://w3id.org/kg-news/ontology#"


class Segments(HTMLParser):
    """The text of a rendered document and its highlighted segments with the marks each names."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.segments: list[tuple[list[int], str]] = []
        self.zones: list[dict[str, str | None]] = []
        self._marks: list[int] | None = None
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "article" and attributes.get("id") == "text":
            self._inside = True
        elif self._inside and tag == "div":
            self.zones.append(attributes)
        elif self._inside and tag == "span" and "data-m" in attributes:
            self._marks = [int(m) for m in str(attributes["data-m"]).split()]

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._inside = False
        elif tag == "span":
            self._marks = None

    def handle_data(self, data: str) -> None:
        if not self._inside:
            return
        self.text.append(data)
        if self._marks is not None:
            self.segments.append((self._marks, data))

    def covered(self, mark: int) -> str:
        return "".join(text for marks, text in self.segments if mark in marks)


def parse(html: str) -> Segments:
    parser = Segments()
    parser.feed(html)
    return parser


def span(anchor: str, layer: str, start: int, end: int) -> Span:
    return Span(anchor, layer, "kind", start, end, "label", "")


def test_crossing_and_nested_spans_each_cover_exactly_their_text():
    text = "Kyiv said Russian drones hit Odesa <overnight> & killed 3 people."
    spans = (
        span("claim/c1", "claim", 0, len(text)),
        span("claim/c1", "content", 10, len(text) - 1),
        span("mention/0-4", "mention", 0, 4),
        span("event/e1", "event", 25, 28),
        span("figure/f1", "figure", 56, 64),
        span("framing/x", "framing", 18, 34),  # crosses the event trigger's end and the mention below
        span("mention/29-34", "mention", 29, 34),
    )
    blocks = render_text(text, (Zone("article", "article text", 0, len(text)),), spans)
    page = parse("<article id=\"text\">" + "".join(f"<div>{b.html}</div>" for b in blocks) + "</article>")
    assert "".join(page.text) == text
    for index, item in enumerate(spans):
        assert page.covered(index) == text[item.start : item.end], item
    assert "&lt;overnight&gt; &amp;" in blocks[0].html  # text is escaped, never markup


def test_zones_and_gaps_between_them_render_the_whole_text_once():
    text = "Menu | World\nTruce holds in Tigray.\nShare this article"
    zones = (Zone("article", "article text", 13, 35), Zone("share", "share box", 36, len(text)), Zone("navigation", "menu", 0, 12))
    blocks = render_text(text, zones, ())
    assert [(b.kind, b.start, b.end) for b in blocks] == [
        ("navigation", 0, 12), (None, 12, 13), ("article", 13, 35), (None, 35, 36), ("share", 36, len(text))
    ]
    assert "".join(b.html for b in blocks) == text


@pytest.fixture(scope="module")
def other_report(tmp_path_factory, other_store) -> Path:
    out = tmp_path_factory.mktemp("report") / "other"
    write_report(other_store, out)
    return out


def test_every_page_of_other_conflicts_highlights_each_item_at_its_offsets(other_report, other_store):
    """Wire copy on Tigray, a blog on drones, an HTML page on the Sahel, JSON Lines feeds."""
    pages = sorted((other_report / "docs").glob("*.html"))
    documents = other_store.query(
        f"SELECT ?doc ?id ?text WHERE {{ ?doc a <{KG}Document> ; <{KG}docId> ?id ; <{KG}text> ?text . }}",
        use_default_graph_as_union=True,
    )
    texts = {solution["id"].value: (solution["doc"].value, solution["text"].value) for solution in documents}
    assert len(pages) == len(texts) >= 4
    layers = set()
    for page_path in pages:
        html = page_path.read_text(encoding="utf-8")
        doc_id = html.split("<dt>document</dt><dd>", 1)[1].split("</dd>", 1)[0]
        iri, text = texts[doc_id.replace("&amp;", "&")]
        page = parse(html)
        assert "".join(page.text) == text
        marks = json.loads(html.split("var KG_MARKS = ", 1)[1].split(";</script>", 1)[0])
        for index, mark in enumerate(marks):
            assert page.covered(index) == text[mark["s"] : mark["e"]], (doc_id, mark)
            layers.add(mark["l"])
        claims = other_store.query(
            f"SELECT ?start ?end WHERE {{ ?claim a <{KG}Claim> ; <{KG}inDocument> <{iri}> ; <{KG}start> ?start ; <{KG}end> ?end . }}",
            use_default_graph_as_union=True,
        )
        expected = {(int(s["start"].value), int(s["end"].value)) for s in claims}
        assert {(m["s"], m["e"]) for m in marks if m["l"] == "claim"} == expected
        kinds = {zone.get("data-kind") for zone in page.zones}
        assert "article" in kinds
    assert layers >= {"mention", "event", "claim", "content", "framing", "time"}


DESCRIBED_TRIG = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix d: <https://w3id.org/kg-news/doc/velmora/> .
<https://w3id.org/kg-news/doc/velmora> {
  <https://w3id.org/kg-news/doc/velmora> a kg:Document ; kg:docId "velmora.txt" ;
      kg:text "A farmer in Kessa said the Norland army shelled the village. He said it lasted hours. Norland denied it." .
  d:source-1 a kg:DescribedSource ; rdfs:label "A farmer in Kessa" .
  d:claim-1 a kg:Claim ; kg:inDocument <https://w3id.org/kg-news/doc/velmora> ; kg:start 0 ; kg:end 60 ;
      kg:claimKind "accusation" ; kg:speaker d:source-1 ; kg:speakerText "A farmer in Kessa" ; kg:cue "said" .
  d:claim-2 a kg:Claim ; kg:inDocument <https://w3id.org/kg-news/doc/velmora> ; kg:start 61 ; kg:end 86 ;
      kg:claimKind "assertion" ; kg:speaker d:source-1 ; kg:speakerText "He" ; kg:cue "said" .
  d:claim-3 a kg:Claim ; kg:inDocument <https://w3id.org/kg-news/doc/velmora> ; kg:start 87 ; kg:end 105 ;
      kg:claimKind "denial" ; kg:speaker <https://w3id.org/kg-news/entity/norland> ; kg:speakerText "Norland" ; kg:cue "denied" .
  d:claim-4 a kg:Claim ; kg:inDocument <https://w3id.org/kg-news/doc/velmora> ; kg:start 61 ; kg:end 64 ;
      kg:claimKind "assertion" ; kg:speakerText "He" ; kg:cue "said" .
}
<https://w3id.org/kg-news/graph/entities> {
  <https://w3id.org/kg-news/entity/norland> a kg:State ; rdfs:label "Norland" .
}
"""


def test_a_claim_of_a_described_source_is_listed_under_its_description_not_its_pronoun():
    """A document page names a claim's speaker that the text describes ("A farmer in Kessa") by that description
    also where the claim's own words are a pronoun ("He said"); a listed entity keeps its label, and a claim with
    no speaker node keeps its words."""
    import pyoxigraph as ox

    from kg.report.data import DocumentInfo, document_view, entities

    store = ox.Store()
    store.load(DESCRIBED_TRIG.encode(), ox.RdfFormat.TRIG)
    info = DocumentInfo("https://w3id.org/kg-news/doc/velmora", "velmora.txt", None, None, None, None, None, None, 0, 4, 0)
    view = document_view(store, info, entities(store))
    speakers = {span.anchor: span.label for span in view.spans if span.layer == "claim"}
    assert speakers == {"claim-1": "A farmer in Kessa", "claim-2": "A farmer in Kessa", "claim-3": "Norland", "claim-4": "He"}
