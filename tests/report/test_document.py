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
