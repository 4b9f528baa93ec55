"""Hostile inputs of issue 14 on the ingest side: bounded work, and one error per bad record.

Time limits are far above what the linear code needs (milliseconds to a second)
and far below what the quadratic code took (minutes), so they hold on a busy machine.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.ingest.genre import is_opinion
from kg.ingest.lexicon import normalize_line
from kg.ingest.readers import read_inputs
from kg.records import DocumentMetadata, SourceDocument, Zone

GOOD = json.dumps({"id": "ok", "text": "The Houthis said they fired two missiles at a tanker."})


def _timed(action, *args):
    started = time.monotonic()
    result = action(*args)
    return result, time.monotonic() - started


def _jsonl(tmp_path: Path, bad: str) -> tuple[list, list, Path]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([GOOD, bad, GOOD.replace('"ok"', '"ok-2"')]) + "\n", encoding="utf-8")
    documents, errors = read_inputs([path])
    return documents, errors, path


# -- bounded work -------------------------------------------------------------


def test_hostile_normalize_line_is_linear_on_a_punctuation_run() -> None:
    result, seconds = _timed(normalize_line, "." * 400_000 + "a")  # quadratic: minutes
    assert result == "." * 400_000 + "a" and seconds < 1.0
    assert normalize_line("Share this: . . . " + "-" * 1000) == "Share this"


def test_hostile_html_deeply_nested_elements_read_in_linear_time(tmp_path: Path) -> None:
    n = 100_000
    page = tmp_path / "nested.html"
    page.write_text("<html><body>" + "<div>" * n + "<p>Armenia said.</p>" + "</div>" * n + "</body></html>")
    (document,), seconds = _timed(lambda: read_inputs([page])[0])
    assert document.source.visible == "Armenia said." and seconds < 15  # quadratic: over 150 s


@pytest.mark.parametrize("hidden", ["<title>", "<script>", "<svg>"])
def test_hostile_html_unclosed_hidden_elements_read_in_linear_time(tmp_path: Path, hidden: str) -> None:
    page = tmp_path / "hidden.html"
    page.write_text("<p>Armenia said.</p>" + hidden * 100_000 + "<p>Baku said.</p>", encoding="utf-8")
    (document,), seconds = _timed(lambda: read_inputs([page])[0])
    # Only <title> was quadratic (a list scan per tag, over 100 s); <script> and <svg> are general guards.
    assert document.source.visible == "Armenia said." and seconds < 5


def test_hostile_html_title_inside_svg_is_no_page_title(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<svg><title>Icon</title></svg><title>Page</title><p>Armenia said.</p>", encoding="utf-8")
    (document,), _ = read_inputs([page])
    assert document.source.metadata["title"] == "Page"


def test_hostile_html_nested_clutter_hint_still_found(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "<div>" * 50 + '<nav class="menu"><div><ul><li>World</li><li>Sport</li></ul></div></nav>' + "</div>" * 50
    page.write_text(f"<html><body>{body}<article><p>Rebels took the town of Goma, the army said.</p></article></body></html>")
    (document,), _ = read_inputs([page])
    assert [(hint.kind, document.source.visible[hint.start : hint.end].strip()) for hint in document.hints] == [
        ("navigation", "World\n\nSport")
    ]


@pytest.mark.parametrize("opener", ["<!--", "</", "<?", "<!", "</a", "<![CDATA[x]>", "<a b"])
def test_hostile_html_unclosed_markup_openers_read_in_linear_time(tmp_path: Path, opener: str) -> None:
    page = tmp_path / "junk.html"
    page.write_text("<p>Talks resumed in Doha.</p>" + opener * (400_000 // len(opener)), encoding="utf-8")
    (document,), seconds = _timed(lambda: read_inputs([page])[0])
    assert document.source.visible.startswith("Talks resumed in Doha.") and seconds < 5  # quadratic: hours
    offsets = document.source.visible_offsets
    assert all(document.source.text[offsets[i]] == char for i, char in enumerate(document.source.visible) if not char.isspace())


def test_hostile_html_closed_markup_keeps_its_meaning(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<p>Before<!-- a hidden note --> after.</p><![CDATA[gone]]><p>Closed</p><p>tail <b unclosed",
        encoding="utf-8",
    )
    (document,), _ = read_inputs([page])
    assert document.source.visible == "Before after.\n\nClosed\n\ntail b unclosed"


def test_hostile_html_unknown_marked_section_is_text_not_a_crash(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Kyiv said <![foo bar]> drones were downed.</p>", encoding="utf-8")
    documents, errors = read_inputs([page])
    assert errors == [] and documents[0].source.visible == "Kyiv said ![foo bar]> drones were downed."


def test_hostile_opinion_check_is_linear_in_lines_and_zones() -> None:
    lines = [f"Line {i} of a long page about the siege of El Fasher." for i in range(200_000)]
    visible = "\n".join(lines)
    zones, position = [], 0
    for i, line in enumerate(lines):  # a zone per line: lines × zones would be 4·10^10 steps
        end = position + len(line) + 1 if i + 1 < len(lines) else len(visible)
        zones.append(Zone(position, end, "navigation" if i % 2 else "article", "test"))
        position = end
    source = SourceDocument("long.txt", "long.txt", visible, visible)
    result, seconds = _timed(is_opinion, source, zones, DocumentMetadata())
    assert result is False and seconds < 1.0


def test_hostile_opinion_label_outside_link_zones_still_counts() -> None:
    visible = "News | Opinion | Sport\nOpinion\nThe world looked away from the Sahel\n"
    zones = [Zone(0, 23, "navigation", "menu"), Zone(23, len(visible), "article", "article text")]
    source = SourceDocument("op.txt", "op.txt", visible, visible)
    assert is_opinion(source, zones, DocumentMetadata())
    assert not is_opinion(source, [Zone(0, len(visible), "navigation", "menu")], DocumentMetadata())


# -- one error per bad record ------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ('{"id":"s","text":"Armenia \\ud800 said."}', "field 'text' is not valid Unicode: lone surrogate U+D800 at character 8"),
        ('{"id":"\\udc00","text":"Armenia said."}', "field 'id' is not valid Unicode: lone surrogate U+DC00 at character 0"),
        ('{"id":"t","text":"Baku said.","author":"A \\udfff"}', "field 'author' is not valid Unicode"),
        ('{"id":"d","text":"x","x":' + "[" * 100_000 + "]" * 100_000 + "}", "JSON nested too deeply"),
        ("[" * 100_000, "JSON nested too deeply"),
        (
            '{"id":"n","text":"Kyiv said.","count":' + "9" * (sys.get_int_max_str_digits() + 1) + "}",
            f"invalid JSON: an integer of more than {sys.get_int_max_str_digits():,} digits",  # Python's limit, 4,300 by default
        ),
    ],
)
def test_hostile_jsonl_bad_record_is_its_own_error(tmp_path: Path, bad: str, problem: str) -> None:
    documents, errors, path = _jsonl(tmp_path, bad)
    assert len(errors) == 1 and errors[0].path == f"{path}:2"
    assert errors[0].problem.startswith(problem)
    assert [d.source.doc_id for d in documents] == ["ok", "ok-2"]


def test_hostile_jsonl_surrogate_pair_is_one_valid_character(tmp_path: Path) -> None:
    documents, errors, _ = _jsonl(tmp_path, '{"id":"e","text":"Protesters \\ud83d\\udce2 in Dhaka."}')
    assert errors == [] and documents[1].source.text == "Protesters 📢 in Dhaka."


def test_hostile_unparseable_published_is_a_warning_naming_the_record(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a", "text": "Cambodia said on Tuesday that two soldiers were killed.", "published": "11/03/2026"},
        {"id": "b", "text": "Thailand said on Tuesday that one soldier was killed.", "published": "2026-03-11"},
    ]
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = ingest([path])
    assert [d.metadata.published for d in result.documents] == [None, "2026-03-11"]
    (warning,) = result.warnings
    assert warning.path == f"{path}:1"
    assert "'11/03/2026' is not a date" in warning.problem and "2023-09-20" in warning.problem
    assert result.errors == []
