"""The hostile inputs of issue 14 (ingest side) through the real `kg build` process.

Each bad document gets exactly one `error:` line naming it, every other document is
built, the exit status is 1, and nothing prints a traceback.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from tests.scripts import load_script

KG = Path(sys.executable).with_name("kg")
GOOD = "Sudan's army said on Saturday that it had retaken the Khartoum refinery from the RSF.\n"


def _corpus(folder: Path, outside: Path) -> tuple[list[str], dict[str, str]]:
    """Write the reproducers; return the ids that must be built and the error each bad input must get."""
    folder.mkdir()
    files = {
        "good.txt": GOOD,
        "dots.txt": "Officials said.\n" + "." * 100_000 + "a\n",
        "quotes.txt": "Officials said.\n" + '"' * 50_000 + "\n",
        "curly.txt": "Officials said.\n" + "“" * 50_000 + "\n",
        "pairs.txt": "‘’a" * 8000 + "\n",
        "nested.html": "<html><body>" + "<div>" * 100_000 + "<p>Armenia said.</p>" + "</div>" * 100_000 + "</body></html>\n",
        "comments.html": "<p>Talks resumed in Doha.</p>" + "<!--" * 100_000,
        "big.txt": "a" * 1_000_001 + "\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "wide.txt").write_bytes(GOOD.replace("Sudan", "Chad").encode("utf-16"))  # with a byte-order mark
    records = [
        json.dumps({"id": "wire-1", "text": GOOD}),
        '{"id":"s","text":"Armenia \\ud800 said."}',
        '{"id":"\\udc00","text":"Armenia said."}',
        '{"id":"d","text":"x","x":' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "wire-2", "text": "Kyiv said two drones were downed.", "published": "11/03/2026"}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    with (folder / "fifty.txt").open("wb") as huge:
        huge.truncate(50_000_000)
    os.mkfifo(folder / "pipe.txt")
    secret = outside / "passwd.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "zero.txt").symlink_to("/dev/zero")
    built = ["comments.html", "curly.txt", "dots.txt", "good.txt", "nested.html", "pairs.txt", "quotes.txt",
             "wide.txt", "wire-1", "wire-2"]
    errors = {
        f"{folder}/big.txt": "too long: 1,000,002 characters, more than --max-chars 1,000,000",
        f"{folder}/feed.jsonl:2": "field 'text' is not valid Unicode: lone surrogate U+D800 at character 8",
        f"{folder}/feed.jsonl:3": "field 'id' is not valid Unicode: lone surrogate U+DC00 at character 0",
        f"{folder}/feed.jsonl:4": "JSON nested too deeply (a record is one flat object)",
        f"{folder}/fifty.txt": "too long: 50,000,000 bytes, more than --max-chars 1,000,000 characters can take",
        f"{folder}/pipe.txt": "not a regular file (a FIFO); only regular files are read",
        f"{folder}/leak.txt": f"symbolic link to {secret}, outside the input folder {folder}: not followed (--follow-symlinks reads it)",
        f"{folder}/zero.txt": f"symbolic link to /dev/zero, outside the input folder {folder}: not followed (--follow-symlinks reads it)",
    }
    return built, errors


def test_build_hostile_inputs_each_get_one_error_line_and_the_rest_is_built(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    built, expected_errors = _corpus(tmp_path / "in", outside)
    out = tmp_path / "out.nq"
    process = subprocess.run(
        [str(KG), "build", str(tmp_path / "in"), "--no-store", "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr + process.stdout
    errors = [line.removeprefix("error: ") for line in process.stderr.splitlines() if line.startswith("error: ")]
    assert sorted(errors) == sorted(f"{path}: {problem}" for path, problem in expected_errors.items())
    warnings = [line for line in process.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {tmp_path}/in/feed.jsonl:5: 'published' value '11/03/2026' is not a date kg can read "
        "(use ISO 8601: 2023-09-20); ignored, the date is taken from the text"
    ]
    ids = sorted({str(quad.object.value) for quad in parse(path=out, format=RdfFormat.N_QUADS)
                  if quad.predicate.value.endswith("#docId")})
    assert ids == built
    assert "root:x" not in out.read_text(encoding="utf-8")


def test_build_max_chars_option_rejects_a_longer_document(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "wire.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "wire.txt"), "--no-store", "--out", str(tmp_path / "o.nq"),
                                      "--max-chars", "40"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {tmp_path}/wire.txt: too long: {len(GOOD)} characters, more than --max-chars 40"
    assert CliRunner().invoke(app, ["build", str(tmp_path), "--no-store", "--out", str(tmp_path / "o.nq"),
                                    "--max-chars", "0"]).exit_code == 2


def test_build_max_chars_above_spacys_limit_raises_the_pipelines(tmp_path: Path, nlp) -> None:
    from kg.build import build_graphs

    (tmp_path / "wire.txt").write_text(GOOD, encoding="utf-8")
    result = build_graphs([tmp_path], nlp=nlp, max_chars=3_000_000)
    assert len(result.graphs) == 1 and nlp.max_length >= 3_000_000  # spaCy's E088 can never stop a document kg accepted


def _bench_corpus():
    """bench/corpus.py, the generator of distinct synthetic articles (bench/ is not a package)."""
    return load_script(Path(__file__).resolve().parent.parent / "bench" / "corpus.py", "bench_corpus")


def _sparse(path: Path, number: int) -> None:
    with path.open("wb") as file:
        file.truncate(50_000_000 + number)


def _socket(path: Path, number: int) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))  # the socket file stays after the socket is closed


#: One hostile file of each kind: (name, how to make it, the error it must get).
_HOSTILE_FILES = (
    ("long.txt", lambda p, i: p.write_text(chr(97 + i % 26) * 1_000_001, encoding="utf-8"),
     "too long: 1,000,001 characters, more than --max-chars 1,000,000"),
    ("huge.txt", _sparse, "too long: 50,000,0{i:02d} bytes, more than --max-chars 1,000,000 characters can take"),
    ("pipe.txt", lambda p, i: os.mkfifo(p), "not a regular file (a FIFO); only regular files are read"),
    ("sock.txt", _socket, "not a regular file (a socket); only regular files are read"),
    ("zero.txt", lambda p, i: p.symlink_to("/dev/zero"),
     "symbolic link to /dev/zero, outside the input folder {folder}: not followed (--follow-symlinks reads it)"),
    ("binary.txt", lambda p, i: p.write_bytes(b"Chad said\x00" * (i + 1)),
     "binary file (NUL byte at byte offset 9); UTF-16 and UTF-32 need a byte-order mark"),
    ("latin1.txt", lambda p, i: p.write_bytes(f"Le Tchad a d\xe9clar\xe9 {i}.".encode("latin-1")),
     "not valid UTF-8 (byte 0xe9 at byte offset 12)"),
    ("empty.txt", lambda p, i: p.write_text("\n" * (i + 1), encoding="utf-8"), "empty file"),
)
#: Hostile JSON Lines records: (record, the error it must get).
_HOSTILE_RECORDS = (
    ('{"id":"s%d","text":"Armenia \\ud800 said."}', "field 'text' is not valid Unicode: lone surrogate U+D800 at character 8"),
    ('{"id":"\\udc0%d","text":"Armenia said."}', "field 'id' is not valid Unicode: lone surrogate U+DC0{i} at character 0"),
    ('{"id":"d%d","text":"x","x":' + "[" * 100_000 + "]" * 100_000 + "}", "JSON nested too deeply (a record is one flat object)"),
    ('{"id":"j%d","text":"Mali said.",}', "invalid JSON: Expecting property name enclosed in double quotes at column 32"),
    ('{"id":"m%d","txt":"Mali said."}', "field 'text' is missing"),
)


def test_build_a_thousand_documents_with_five_percent_hostile_builds_every_other_one(tmp_path: Path) -> None:
    """Issue 14's acceptance: 950 distinct ordinary documents (files and JSON Lines records) and 50 hostile
    ones of 13 kinds mixed in; each hostile one gets its own error line, every other document is built."""
    article = _bench_corpus().article
    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    expected: dict[str, str] = {}
    for number in range(50):  # 30 hostile files, 20 hostile records
        if number < 30:
            name, make, problem = _HOSTILE_FILES[number % len(_HOSTILE_FILES)]
            path = folder / f"{number:04d}-{name}"
            make(path, number)
            expected[str(path)] = problem.format(i=number, folder=folder)
    (folder / "9999-leak.txt").symlink_to(secret)  # the 31st hostile file
    expected[f"{folder}/9999-leak.txt"] = f"symbolic link to {secret}, outside the input folder {folder}: not followed (--follow-symlinks reads it)"
    good_ids: list[str] = []
    records: list[str] = []
    for number in range(950):
        text = article(number).split("\n\n")[2].split(". ")[0].rstrip(".") + "."  # one distinct sentence
        if number % 19 == 0:  # 50 good records in the feed, between the hostile ones
            records.append(json.dumps({"id": f"wire-{number}", "text": text}))
            good_ids.append(f"wire-{number}")
            if len(records) < 39:
                record, problem = _HOSTILE_RECORDS[len(good_ids) % len(_HOSTILE_RECORDS)]
                records.append(record % (len(good_ids) % 10))
                expected[f"{folder}/feed.jsonl:{len(records)}"] = problem.format(i=len(good_ids) % 10)
        else:
            (folder / f"{number:04d}.txt").write_text(text + "\n", encoding="utf-8")
            good_ids.append(f"{number:04d}.txt")
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    assert (len(good_ids), len(expected)) == (950, 50)

    out = tmp_path / "out.nq"
    process = subprocess.run(
        [str(KG), "build", str(folder), "--store", str(tmp_path / "store"), "--out", str(out), "--jobs", "2"],
        capture_output=True, text=True, timeout=900,
    )
    assert process.returncode == 1, process.stderr[-2000:]
    assert "Traceback" not in process.stderr + process.stdout
    errors = sorted(line.removeprefix("error: ") for line in process.stderr.splitlines() if line.startswith("error: "))
    assert errors == sorted(f"{where}: {problem}" for where, problem in expected.items())
    ids = {str(quad.object.value) for quad in parse(path=out, format=RdfFormat.N_QUADS) if quad.predicate.value.endswith("#docId")}
    assert ids == set(good_ids)
    assert "root:x" not in out.read_text(encoding="utf-8")
