"""Property tests (hypothesis): random Unicode text and line endings, as plain text, HTML and
JSON Lines, through the whole build.

For every input, nothing crashes (an input is a document or one error line) and every
anchored node's recorded text is its document's text at its offsets. Runs are
derandomised (the same examples in every run, as CI needs) and bounded to a few
seconds per format.
"""

from __future__ import annotations

import html
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build_graphs
from kg.rdf.vocab import KG

PROPERTIES = settings(
    max_examples=20, derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: Offset and text properties, as `kg validate` checks them.
ANCHORS = ((KG.start, KG.end, KG.anchorOf), (KG.evidenceStart, KG.evidenceEnd, KG.evidence),
           (KG.contentStart, KG.contentEnd, KG.content))
#: Errors an input may rightly get; anything else ("analysis failed", "cannot be read") is a bug.
EXPECTED_ERRORS = ("empty file", "no visible text", "must be a non-empty string")

WORDS = st.sampled_from(
    "Kyiv Moscow Sudan's army the RSF said accused denied warned on Tuesday that 12 civilians were "
    "killed in El Fasher Gaza “We will not retreat,” Hamas ceasefire talks in Doha . , — ' \" ( ) "
    "António Guterres urged calm 2024-03-01 Mr. Zelensky’s forces".split()
)
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\u0085", "\x0c"])
SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u200b", "\u3000"])
NOISE = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # any character but a lone surrogate
RUNS = st.builds(lambda char, n: char * n, st.sampled_from('"“.(*!😀-\u0301'), st.integers(2, 300))
SENTENCES = st.sampled_from([
    "Sudan's army said on Tuesday that 12 civilians were killed in El Fasher.",
    "Kyiv accused Moscow of shelling Kharkiv overnight.",
    "“We will not retreat,” a Hamas spokesman told reporters in Doha.",
    "António Guterres urged both sides to agree a ceasefire, the UN said.",
    "The RSF denied attacking the camp; at least 40 people fled, according to aid groups.",
    "Mr. Zelensky’s office warned that talks in Istanbul would fail.",
])
PIECES = st.one_of(SENTENCES, SENTENCES, WORDS, WORDS, LINE_BREAKS, SPACES, NOISE, RUNS)
TEXTS = st.lists(PIECES, min_size=1, max_size=60).map("".join)


def _html(pieces: list[str]) -> str:
    """Pieces as a page: escaped text in random markup (the markup is drawn by index)."""
    markup = ["<p>", "</p>", "<div class='share'>", "</div>", "<br>", "<b>", "</b>", "<!-- c -->", "&amp;",
              "&#8212;", "<script>var a = '<p>';</script>", "<nav>Home | World</nav>", "</", "<!--", "<a href=x"]
    out = []
    for index, piece in enumerate(pieces):
        out.append(markup[(index * 7 + len(piece)) % len(markup)])
        out.append(html.escape(piece, quote=False))
    return "<html><body>" + "".join(out) + "</body></html>"


def _check(inputs: list[Path], nlp) -> None:
    result = build_graphs(inputs, nlp=nlp)
    for error in result.errors:
        assert any(expected in error.problem for expected in EXPECTED_ERRORS), str(error)
    for graph in result.graphs:
        values: dict[str, dict[str, object]] = defaultdict(dict)
        for quad in graph.quads:
            values[quad.subject.value][quad.predicate.value] = quad.object.value
        texts = {node: props[str(KG.text)] for node, props in values.items() if str(KG.text) in props}
        for node, props in values.items():
            document = props.get(str(KG.inDocument))
            if document is None:
                continue
            text = texts[document]
            for start, end, recorded in ANCHORS:
                if str(start) in props and str(recorded) in props:
                    first, last = int(props[str(start)]), int(props[str(end)])
                    assert 0 <= first <= last <= len(text), (node, first, last)
                    assert text[first:last] == props[str(recorded)], (node, text[first:last], props[str(recorded)])
                    assert first < last and not text[first].isspace() and not text[last - 1].isspace(), (node, text[first:last])


def _write(name: str, content: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kg-property-"))
    path = folder / name
    path.write_text(content, encoding="utf-8", newline="")
    return path


@PROPERTIES
@given(text=TEXTS)
def test_properties_plain_text(nlp, text: str) -> None:
    _check([_write("doc.txt", text)], nlp)


@PROPERTIES
@given(pieces=st.lists(PIECES, min_size=1, max_size=40))
def test_properties_html(nlp, pieces: list[str]) -> None:
    _check([_write("page.html", _html(pieces))], nlp)


@PROPERTIES
@given(texts=st.lists(TEXTS, min_size=1, max_size=3), separator=st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_properties_json_lines(nlp, texts: list[str], separator: str) -> None:
    records = [json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=i % 2 == 0) for i, text in enumerate(texts)]
    _check([_write("feed.jsonl", separator.join(records))], nlp)
