"""Tests of kg.ingest.files through the readers: which files are read, and how their bytes decode."""

from __future__ import annotations

import codecs
import json
import os
import socket
import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.ingest.readers import read_inputs
from tests.ingest.inputs import only_error, write_input

STORY = "Sudanese army units pushed into Omdurman on Saturday, residents said."


# -- document ids -------------------------------------------------------------


def test_files_ids_are_paths_relative_to_the_folder_given(tmp_path: Path) -> None:
    write_input(tmp_path / "corpus" / "c1" / "article.txt", STORY)
    write_input(tmp_path / "corpus" / "c2" / "article.txt", "Rebels shelled the port of Hodeidah, the coalition said.")
    single = write_input(tmp_path / "elsewhere" / "note.txt", "Talks opened in Jeddah on Monday.")
    documents, errors = read_inputs([tmp_path / "corpus", single])
    assert errors == []
    assert [d.source.doc_id for d in documents] == ["c1/article.txt", "c2/article.txt", "note.txt"]
    assert documents[0].source.path == str(tmp_path / "corpus" / "c1" / "article.txt")


# -- symbolic links -----------------------------------------------------------


def test_files_symlink_leaving_the_folder_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    secret = write_input(tmp_path / "private" / "passwords.txt", "root:x:0:0:root:/root:/bin/bash")
    corpus = tmp_path / "corpus"
    write_input(corpus / "good.txt", STORY)
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "outside").symlink_to(tmp_path / "private", target_is_directory=True)
    documents, errors = read_inputs([corpus])
    assert [d.source.doc_id for d in documents] == ["good.txt"]
    assert sorted(error.path for error in errors) == [str(corpus / "leak.txt"), str(corpus / "outside")]
    assert all("outside the input folder" in e.problem and "--follow-symlinks" in e.problem for e in errors)
    assert not any("root:x" in d.source.text for d in documents)


def test_files_follow_symlinks_reads_links_leaving_the_folder(tmp_path: Path) -> None:
    archive = write_input(tmp_path / "archive" / "wire.txt", STORY)
    corpus = tmp_path / "corpus"
    write_input(corpus / "good.txt", "Protesters gathered in Tbilisi for a third night.")
    (corpus / "wire.txt").symlink_to(archive)
    documents, errors = read_inputs([corpus], follow_symlinks=True)
    assert errors == []
    assert [d.source.doc_id for d in documents] == ["good.txt", "wire.txt"]


def test_files_symlink_inside_the_folder_is_followed_and_loops_end(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    real = write_input(corpus / "reports" / "a.txt", STORY)
    (corpus / "latest.txt").symlink_to(real)
    (corpus / "reports" / "again").symlink_to(corpus, target_is_directory=True)  # a loop back to the top
    documents, errors = read_inputs([corpus], follow_symlinks=True)
    assert errors == []
    assert [d.source.doc_id for d in documents] == ["latest.txt", "reports/a.txt"]


def test_files_dangling_symlink_is_an_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_input(corpus / "good.txt", STORY)
    (corpus / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    documents, errors = read_inputs([corpus])
    assert only_error(errors).path == str(corpus / "gone.txt")
    assert len(documents) == 1


# -- special files --------------------------------------------------------------


def test_files_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_input(corpus / "good.txt", STORY)
    os.mkfifo(corpus / "pipe.txt")
    started = time.monotonic()
    documents, errors = read_inputs([corpus, corpus / "pipe.txt"])
    assert time.monotonic() - started < 5
    assert [e.path for e in errors] == [str(corpus / "pipe.txt")] * 2  # in the folder, and named explicitly
    assert all(e.problem.startswith("not a regular file (a FIFO)") for e in errors)
    assert [d.source.doc_id for d in documents] == ["good.txt"]


def test_files_socket_is_refused_as_a_special_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    good = write_input(corpus / "good.txt", STORY)
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(corpus / "sock.txt"))
        documents, errors = read_inputs([corpus, corpus / "sock.txt"])
    assert [(e.path, e.problem) for e in errors] == [
        (str(corpus / "sock.txt"), "not a regular file (a socket); only regular files are read")
    ] * 2  # in the folder, and named explicitly
    assert [d.source.doc_id for d in documents] == [good.name]


def test_files_link_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    good = write_input(tmp_path / "good.txt", STORY)
    documents, errors = read_inputs([tmp_path / "zero.txt", good])
    assert only_error(errors).problem.startswith("not a regular file (a character device)")
    assert len(documents) == 1


# -- sizes ----------------------------------------------------------------------------


def test_files_huge_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as file:
        file.truncate(50_000_000)  # sparse: nothing to read unless the reader reads it
    good = write_input(tmp_path / "good.txt", STORY)
    started = time.monotonic()
    documents, errors = read_inputs([huge, good])
    assert time.monotonic() - started < 2
    error = only_error(errors)
    assert error.problem == "too long: 50,000,000 bytes, more than --max-chars 1,000,000 characters can take"
    assert len(documents) == 1


@pytest.mark.parametrize(("size", "read"), [(500, True), (501, False)])
def test_files_max_chars_is_the_longest_text_read(tmp_path: Path, size: int, read: bool) -> None:
    path = write_input(tmp_path / "wire.txt", ("Shelling in Kharkiv. " * 30)[:size])
    documents, errors = read_inputs([path], max_chars=500)
    assert (len(documents), len(errors)) == ((1, 0) if read else (0, 1))
    if not read:
        assert errors[0].problem == "too long: 501 characters, more than --max-chars 500"


def test_files_max_chars_counts_the_visible_text_of_html(tmp_path: Path) -> None:
    script = "<script>" + "var x = 1;" * 150 + "</script>"  # 1,500 characters that are not shown
    page = write_input(tmp_path / "page.html", f"<html><head>{script}</head><body><p>{STORY}</p></body></html>")
    documents, errors = read_inputs([page], max_chars=200)
    assert errors == [] and documents[0].source.visible == STORY
    bare = write_input(tmp_path / "bare.html", f"<p>{STORY}</p>")
    documents, errors = read_inputs([bare], max_chars=60)
    assert only_error(errors).problem == f"too long: {len(STORY)} characters of visible text, more than --max-chars 60"
    documents, errors = read_inputs([page], max_chars=100)  # the raw page may have 10 × 100 characters
    assert only_error(errors).problem.endswith("characters, more than 10 × --max-chars 100 for raw HTML")


# -- encodings --------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_files_byte_order_mark_selects_the_encoding_and_stays_at_offset_0(tmp_path: Path, codec: str) -> None:
    text = "\ufeffКиїв: drones struck Odesa’s port overnight, officials said.\n"
    path = write_input(tmp_path / "wire.txt", text.encode(codec))
    documents, errors = read_inputs([path])
    assert errors == []
    source = documents[0].source
    assert source.text == text
    start = text.index("Odesa")
    assert source.text[start : start + 5] == "Odesa"  # offsets count the mark, like the decoded file
    assert source.visible[0] == " " and source.visible[1:] == text[1:]


def test_files_utf16_without_a_mark_is_named_as_such(tmp_path: Path) -> None:
    path = write_input(tmp_path / "wire.txt", STORY.encode("utf-16-le"))
    error = only_error(read_inputs([path])[1])
    assert error.problem == "binary file (NUL byte at byte offset 1); UTF-16 and UTF-32 need a byte-order mark"


def test_files_html_with_byte_order_mark_keeps_raw_offsets(tmp_path: Path) -> None:
    raw = f"\ufeff<html><body><p>{STORY}</p></body></html>"
    path = write_input(tmp_path / "page.html", raw[1:].encode("utf-16"))  # the codec writes the mark
    source = read_inputs([path])[0][0].source
    assert source.text == raw and source.visible == STORY
    start, end = source.to_original(0, len("Sudanese"))
    assert raw[start:end] == "Sudanese"


# -- JSON Lines, line by line ----------------------------------------------------------


def _record(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)


def test_files_jsonl_overlong_line_is_its_own_error(tmp_path: Path) -> None:
    lines = [_record("a", STORY), _record("long", "Mortar fire. " * 100), _record("b", "Aid reached Gaza.")]
    path = write_input(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    documents, errors = read_inputs([path], max_chars=100)  # a line may have 12 × 100 characters
    error = only_error(errors)
    assert (error.path, error.problem) == (f"{path}:2", "line too long: more than 1,200 characters")
    assert [d.source.doc_id for d in documents] == ["a", "b"]


def test_files_jsonl_text_over_max_chars_is_its_own_error(tmp_path: Path) -> None:
    lines = [_record("a", STORY), _record("long", "x" * 101), _record("b", "Aid reached Gaza.")]
    path = write_input(tmp_path / "batch.jsonl", "\n".join(lines))
    documents, errors = read_inputs([path], max_chars=100)
    assert only_error(errors).problem == "too long: field 'text' has 101 characters, more than --max-chars 100"
    assert [d.source.doc_id for d in documents] == ["a", "b"]


def test_files_jsonl_invalid_utf8_is_that_lines_error(tmp_path: Path) -> None:
    content = (_record("a", STORY) + "\n").encode() + b'{"id": "b", "text": "Caf\xe9"}\n' + _record("c", "Aid reached Gaza.").encode()
    path = write_input(tmp_path / "batch.jsonl", content)
    documents, errors = read_inputs([path])
    error = only_error(errors)
    assert (error.path, error.problem) == (f"{path}:2", "not valid UTF-8 (byte 0xe9 at column 25)")
    assert [d.source.doc_id for d in documents] == ["a", "c"]


def test_files_jsonl_in_utf16_with_a_mark_is_read(tmp_path: Path) -> None:
    content = "\n".join([_record("a", STORY), _record("b", "Kyiv said two drones were downed.")])
    path = write_input(tmp_path / "batch.jsonl", codecs.BOM_UTF16_LE + content.encode("utf-16-le"))
    documents, errors = read_inputs([path])
    assert errors == []
    assert [(d.source.doc_id, d.source.path) for d in documents] == [("a", f"{path}:1"), ("b", f"{path}:2")]


def test_files_ingest_keeps_going_past_every_bad_file(tmp_path: Path) -> None:
    write_input(tmp_path / "good.txt", STORY)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "leak.txt").symlink_to("/etc/hostname")
    write_input(tmp_path / "wide.txt", STORY.encode("utf-16-le"))
    result = ingest([tmp_path])
    assert [d.doc_id for d in result.documents] == ["good.txt"]
    assert len(result.errors) == 3
