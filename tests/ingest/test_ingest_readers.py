"""Tests of kg.ingest.readers: plain text, HTML, JSON Lines, and bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.ingest.readers import read_inputs
from tests.ingest.inputs import only_error, write_input

DATA = Path(__file__).parent / "data"


# -- plain text ---------------------------------------------------------------


def test_readers_text_file_keeps_text_exactly(tmp_path: Path) -> None:
    text = "Militia seizes\r\nhilltop base\r\n\r\nTwo soldiers were wounded.\n"
    path = write_input(tmp_path / "report.txt", text)
    documents, errors = read_inputs([path])
    assert errors == []
    source = documents[0].source
    assert (source.doc_id, source.path) == ("report.txt", str(path))
    assert source.text == text
    assert source.visible is source.text
    assert source.visible_offsets is None
    assert documents[0].hints == ()


def test_readers_byte_order_mark_is_kept_so_offsets_count_from_the_file_start(tmp_path: Path) -> None:
    path = write_input(tmp_path / "bom.txt", "\ufeffGunmen attack convoy near Gao.".encode())
    documents, _ = read_inputs([path])
    source = documents[0].source
    assert source.text == "\ufeffGunmen attack convoy near Gao."  # the file decoded as UTF-8 (GUIDELINES 10)
    assert source.visible == " Gunmen attack convoy near Gao."  # blanked for analysis, same length
    assert source.to_original(1, 7) == (1, 7)


def test_readers_single_path_is_accepted(tmp_path: Path) -> None:
    path = write_input(tmp_path / "one.txt", "Peacekeepers withdrew from the buffer zone.")
    documents, errors = read_inputs(str(path))
    assert errors == [] and [d.source.doc_id for d in documents] == ["one.txt"]


def test_readers_folder_is_read_recursively_in_path_order(tmp_path: Path) -> None:
    write_input(tmp_path / "b.txt", "Second story about the port blockade.")
    write_input(tmp_path / "a" / "z.txt", "First story about the river crossing.")
    write_input(tmp_path / "a" / "notes.md", "not an input")
    write_input(tmp_path / "a" / "image.png", b"\x89PNG\x00\x00")
    documents, errors = read_inputs([tmp_path])
    assert errors == []
    assert [d.source.doc_id for d in documents] == ["a/z.txt", "b.txt"]  # paths relative to the folder given


# -- HTML -----------------------------------------------------------------------


def test_readers_html_visible_characters_map_to_raw_characters() -> None:
    documents, errors = read_inputs([DATA / "sahel_raid.html"])
    assert errors == []
    source = documents[0].source
    assert source.visible_offsets is not None
    assert len(source.visible_offsets) == len(source.visible)
    assert list(source.visible_offsets) == sorted(source.visible_offsets)
    for i, char in enumerate(source.visible):
        raw = source.text[source.visible_offsets[i]]
        if char.isspace():
            assert raw.isspace() or raw in "<&", (i, char, raw)
        elif raw != char:
            assert raw == "&", (i, char, raw)  # a character reference


def test_readers_html_entities_map_to_their_ampersand() -> None:
    source = read_inputs([DATA / "sahel_raid.html"])[0][0].source
    headline = "Army retakes Kidal from rebels & their allies"
    start = source.visible.index(headline)
    ampersand = start + headline.index("&")
    assert source.text.startswith("&amp;", source.visible_offsets[ampersand])
    dash = source.visible.index("—")
    assert source.text.startswith("&#8212;", source.visible_offsets[dash])
    raw_start, raw_end = source.to_original(start, start + len(headline))
    assert source.text[raw_start:raw_end] == "Army retakes Kidal from rebels &amp; their allies"


def test_readers_html_nested_tags_give_one_line_of_text() -> None:
    source = read_inputs([DATA / "sahel_raid.html"])[0][0].source
    sentence = "Malian troops entered the northern town of Kidal on Tuesday,"
    assert sentence in source.visible
    start = source.visible.index("entered")
    raw_start, raw_end = source.to_original(start, start + len("entered"))
    assert source.text[raw_start:raw_end] == "entered"
    assert source.text[raw_start - 3 : raw_start] == "<b>"


def test_readers_html_hidden_content_is_not_visible() -> None:
    source = read_inputs([DATA / "sahel_raid.html"])[0][0].source
    for hidden in ("not text", "color: red", "Enable JavaScript", "hidden template", "Facebook icon"):
        assert hidden not in source.visible
    assert "| Sahel Daily News" not in source.visible  # the <title> is metadata only


def test_readers_html_blocks_and_breaks_make_lines() -> None:
    source = read_inputs([DATA / "sahel_raid.html"])[0][0].source
    assert "said.\nThe rebels said" in source.visible  # <br>
    assert "\n\nBy Aminata Diallo\n\n" in source.visible  # <div>
    assert "  " not in source.visible


def test_readers_html_metadata_from_head() -> None:
    source = read_inputs([DATA / "sahel_raid.html"])[0][0].source
    assert source.metadata == {
        "title": "Army retakes Kidal from rebels & allies | Sahel Daily News",
        "published": "2023-11-14T09:30:00+00:00",
        "author": "Aminata Diallo",
        "outlet": "Sahel Daily News",
        "url": "https://example.org/2023/11/kidal",
    }


def test_readers_html_structure_gives_clutter_hints() -> None:
    document = read_inputs([DATA / "sahel_raid.html"])[0][0]
    hinted = {
        (hint.kind, document.source.visible[hint.start : hint.end].strip()) for hint in document.hints
    }
    assert ("navigation", "Home\n\nWorld\n\nPolitics") in hinted
    assert ("share", "Share on Facebook Share on X") in hinted
    assert ("byline", "By Aminata Diallo") in hinted
    assert ("teaser", "Related\n\nNiger junta expels French envoy\n\nBurkina Faso closes border") in hinted
    assert ("comments", "2 Comments\n\nGreat news for Mali.") in hinted
    # the <body class="... has-sidebar"> and <article> are never hints
    assert all(not text.startswith("Army retakes") for _, text in hinted)


def test_readers_html_wrapper_holding_the_article_is_no_hint(tmp_path: Path) -> None:
    page = (
        '<div class="off-canvas-nav-wrapper"><h1>Drone strike hits depot</h1>'
        "<p>A drone struck a fuel depot near the border, officials said on Friday.</p></div>"
    )
    document = read_inputs([write_input(tmp_path / "wrapped.html", page)])[0][0]
    assert document.hints == ()


def test_readers_html_figure_caption_is_a_caption_hint(tmp_path: Path) -> None:
    page = (
        "<h1>Rebels shell port city</h1><figure><img src='a.jpg'><figcaption>Smoke over Hodeidah on Monday."
        "</figcaption></figure><p>Shells hit the port of Hodeidah on Monday, officials said.</p>"
        "<div class='image-credit'>Jane Roe</div>"
    )
    document = read_inputs([write_input(tmp_path / "figure.html", page)])[0][0]
    hinted = {(hint.kind, document.source.visible[hint.start : hint.end].strip()) for hint in document.hints}
    assert hinted == {("caption", "Smoke over Hodeidah on Monday."), ("caption", "Jane Roe")}


# -- JSON Lines ---------------------------------------------------------------------


def test_readers_jsonl_records_in_line_order_with_metadata() -> None:
    documents, errors = read_inputs([DATA / "feeds.jsonl"])
    assert errors == []
    first, second = (document.source for document in documents)
    assert (first.doc_id, first.path) == ("feed-001", f"{DATA / 'feeds.jsonl'}:1")
    assert (second.doc_id, second.path) == ("feed-002", f"{DATA / 'feeds.jsonl'}:3")
    assert first.metadata == {
        "published": "2023-10-01T06:00:00Z",
        "author": "Desk Editor",
        "outlet": "Horn Observer",
        "title": "Border talks resume",
        "url": "https://example.org/feed-001",
    }
    assert second.metadata == {}
    assert first.visible is first.text and first.text.startswith("Published: September 5, 2023\n")


# -- bad inputs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.txt", " \n\t\n", "empty file"),
        ("binary.txt", b"PK\x03\x04\x00\x00data", "binary file (NUL byte at byte offset 4)"),
        ("latin1.txt", "Caf\xe9 owner detained.".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at byte offset 3)"),
        ("empty.html", "<html><head><title>x</title></head><body> </body></html>", "no visible text"),
        ("report.pdf", "%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)
def test_readers_bad_file_is_one_error_and_others_are_read(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    bad = write_input(tmp_path / "in" / name, content)
    good = write_input(tmp_path / "good.txt", "Troops withdrew from the village on Monday.")
    documents, errors = read_inputs([bad, good])
    error = only_error(errors)
    assert error.path == str(bad)
    assert problem in error.problem
    assert str(bad) in str(error)
    assert [d.source.doc_id for d in documents] == ["good.txt"]


def test_readers_missing_path_is_an_error(tmp_path: Path) -> None:
    good = write_input(tmp_path / "good.txt", "Troops withdrew from the village on Monday.")
    documents, errors = read_inputs([tmp_path / "nowhere.txt", good])
    error = only_error(errors)
    assert error.path == str(tmp_path / "nowhere.txt")
    assert error.problem == "no such file or directory"
    assert len(documents) == 1


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "a", "text": "Shelling resumed."', "invalid JSON"),
        ('["a", "Shelling resumed."]', "must be a JSON object"),
        ('{"text": "Shelling resumed."}', "field 'id' is missing"),
        ('{"id": "a"}', "field 'text' is missing"),
        ('{"id": 7, "text": "Shelling resumed."}', "field 'id' must be a non-empty string"),
        ('{"id": "a", "text": ["Shelling resumed."]}', "field 'text' must be a non-empty string"),
        ('{"id": "a", "text": "   "}', "field 'text' must be a non-empty string"),
        ('{"id": "a", "text": "Shelling resumed.", "published": 20230920}', "field 'published' must be a string"),
        ('{"id": "a", "text": "Shelling resumed.", "author": {"name": "X"}}', "field 'author' must be a string"),
    ],
)
def test_readers_bad_jsonl_line_is_one_error_naming_the_line(tmp_path: Path, line: str, problem: str) -> None:
    good = json.dumps({"id": "ok-1", "text": "Talks opened in Doha on Tuesday."})
    later = json.dumps({"id": "ok-2", "text": "A curfew was declared in the capital."})
    path = write_input(tmp_path / "batch.jsonl", "\n".join([good, line, later]) + "\n")
    documents, errors = read_inputs([path])
    error = only_error(errors)
    assert error.path == f"{path}:2"
    assert problem in error.problem
    assert [d.source.doc_id for d in documents] == ["ok-1", "ok-2"]


def test_readers_duplicate_ids_are_errors(tmp_path: Path) -> None:
    first = write_input(tmp_path / "a" / "same.txt", "The bridge was destroyed overnight.")
    second = write_input(tmp_path / "b" / "same.txt", "A different story with the same file name.")
    records = "\n".join(
        json.dumps({"id": doc_id, "text": "Negotiators met again."}) for doc_id in ("x", "y", "x")
    )
    batch = write_input(tmp_path / "batch.jsonl", records)
    documents, errors = read_inputs([first, second, batch])
    assert [d.source.doc_id for d in documents] == ["same.txt", "x", "y"]
    assert [error.path for error in errors] == [str(second), f"{batch}:3"]
    assert all("duplicate document id" in error.problem for error in errors)
    assert str(first) in errors[0].problem


def test_readers_ingest_reports_errors_and_keeps_going(tmp_path: Path) -> None:
    write_input(tmp_path / "bad.txt", b"\xff\xfe broken")
    write_input(tmp_path / "fine.txt", "Rebels released twelve hostages on Sunday, mediators said.")
    result = ingest([tmp_path])
    assert [document.doc_id for document in result.documents] == ["fine.txt"]
    assert [error.path for error in result.errors] == [str(tmp_path / "bad.txt")]
