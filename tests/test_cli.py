"""The `kg` command line, run in-process: build, query, eval and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_cli_eval_on_seeds_meets_the_entity_and_document_targets(seeds_nq, gold_path):
    result = runner.invoke(app, ["eval", str(gold_path), "--data", str(seeds_nq), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["sections"]
    entities = scores["entities"]
    assert entities["f1"] >= 0.90
    assert entities["linking_accuracy"] >= 0.98
    assert entities["linked_recall"] >= 0.95
    assert scores["documents"]["published_accuracy"] == 1.0
    assert scores["documents"]["f1"] == 1.0


def test_cli_build_into_store_then_query_it(tmp_path, examples_dir):
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(examples_dir / "004_8bcc4ac5588322b9.txt"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    query = Path(__file__).resolve().parent.parent / "queries" / "eval" / "documents.rq"
    result = runner.invoke(app, ["query", str(query), "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["doc,published,duplicate_of", "004_8bcc4ac5588322b9.txt,2023-09-20,"]


def test_cli_bad_inputs_are_named_and_the_rest_is_built(tmp_path, examples_dir):
    good = tmp_path / "good.txt"
    good.write_text("Pashinyan said on Monday that talks with Baku would continue.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Yerevan".encode("latin-1"))
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": "Aliyev spoke in Baku."}) + "\n{not json\n", encoding="utf-8"
    )
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.nq"
    result = runner.invoke(app, ["build", str(tmp_path), str(missing), "--no-store", "--out", str(out)])
    assert result.exit_code == 1
    errors = result.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "records.jsonl:2", "missing.txt"):
        assert name in errors, errors
    built = out.read_text(encoding="utf-8")
    assert '"good.txt"' in built and '"wire-1"' in built


def test_cli_query_without_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["query", "queries/eval/documents.rq", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no kg store here" in result.stderr


def test_cli_invalid_query_is_a_clear_error(tmp_path, seeds_nq):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    result = runner.invoke(app, ["query", str(bad), "--data", str(seeds_nq)])
    assert result.exit_code == 2
    assert "bad.rq" in result.stderr and "invalid SPARQL" in result.stderr


def test_cli_eval_runs_in_a_fresh_clone(tmp_path, seeds_nq):
    """The gold data and the scoring rules are in the repository: no file beside it is needed."""
    root = Path(__file__).resolve().parent.parent
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(root), str(clone)], check=True, capture_output=True)
    assert (clone / "docs" / "evaluation.md").is_file()
    kg = Path(sys.executable).with_name("kg")
    process = subprocess.run(
        [str(kg), "eval", "eval/seeds/gold.jsonl", "--data", str(seeds_nq), "--json"],
        cwd=clone, capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 0, process.stderr
    sections = json.loads(process.stdout)["sections"]
    assert set(sections) == {"documents", "entities", "event_type", "event_dated", "claims", "figures"}
    assert all(section["tp"] > 0 for section in sections.values())  # the gold documents were found and scored


#: Runs kg commands in a fresh interpreter, then says which of them left spaCy imported.
IMPORTS = """
import json
import os

import pytest
import sys

from typer.testing import CliRunner

from kg.cli import app

folder, gold, examples = sys.argv[1:4]
seeds = f"{folder}/seeds.nq"
commands = {
    "cli": None,
    "build (in workers)": ["build", examples, "--no-store", "--out", seeds, "--jobs", "1"],
    "queries": ["queries"],
    "query": ["query", "documents", "--data", seeds],
    "validate": ["validate", seeds],
    "eval": ["eval", gold, "--data", seeds],
    "report": ["report", "--data", seeds, "--out", f"{folder}/report"],
    "export": ["export", "--shards", f"{folder}/shards", "--data", seeds],
    "reason": ["reason", seeds, "--out", f"{folder}/inferred.nq"],
}
found = {}
for name, args in commands.items():
    if args is not None:
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, (name, result.output)
    found[name] = "spacy" in sys.modules
from kg.build import build_graphs

build_graphs([examples])  # analyses in this process: needs spaCy
found["build_graphs (in process)"] = "spacy" in sys.modules
print(json.dumps(found))
"""


def test_cli_commands_import_spacy_only_where_they_analyse_text(tmp_path, examples_dir, gold_path):
    result = subprocess.run([sys.executable, "-c", IMPORTS, str(tmp_path), str(gold_path), str(examples_dir)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found.pop("build_graphs (in process)") is True
    assert found == dict.fromkeys(found, False)  # the build's own process leaves the analysis to its workers


def test_cli_help_shows_every_option_default_written_in_its_text():
    """Rich reads "[...]" in help text as markup and drops it; defaults are written in parentheses."""
    shown = {
        "build": ["(default: ./kg-store)", "(default: a local cluster of --jobs workers)", "one per core unless given"],
        "query": ["markdown (default table)", "(default turtle)"],
        "validate": ["(default: the shipped shapes)"],
    }
    for command, texts in shown.items():
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.output
        flat = " ".join(result.output.split())
        for text in texts:
            assert text in flat, (command, text)


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "1e308"])
@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["query", "actors", "--data", "{data}"], "--timeout"),
        (["load", "{data}", "--endpoint", "http://127.0.0.1:9/store"], "--timeout"),
        (["gazetteer", "wikidata", "--out", "{tsv}", "--country", "Q869", "--endpoint", "http://127.0.0.1:9/sparql"], "--timeout"),
        (["build", "{text}", "--no-store", "--out", "{data}"], "--doc-timeout"),
    ],
)
def test_cli_infinite_or_negative_waits_are_one_clear_error(tmp_path, command, option, value):
    """An infinite, not-a-number or negative wait is refused as a bad option, never a traceback."""
    text = tmp_path / "story.txt"
    text.write_text("Rebels shelled the town on Monday.\n", encoding="utf-8")
    paths = {"data": str(tmp_path / "g.nq"), "tsv": str(tmp_path / "g.tsv"), "text": str(text)}
    (tmp_path / "g.nq").write_text("", encoding="utf-8")
    result = runner.invoke(app, [part.format(**paths) for part in command] + [option, value])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "g.tsv").exists()


def test_cli_more_jobs_than_four_per_core_are_capped_with_a_warning(tmp_path):
    """`--jobs 100000` would start a model-holding process per document; it is capped at four per core."""
    text = tmp_path / "story.txt"
    text.write_text("Rebels shelled the town of Ostrava Nova on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(text), "--no-store", "--out", str(tmp_path / "g.nq"), "--jobs", "100000"])
    assert result.exit_code == 0, result.output
    assert f"using {4 * (os.cpu_count() or 1)} workers" in result.stderr and (tmp_path / "g.nq").stat().st_size > 0


def test_cli_jobs_within_four_per_core_are_kept_without_a_warning(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Rebels shelled the town of Ostrava Nova on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(text), "--no-store", "--out", str(tmp_path / "g.nq"), "--jobs", "2"])
    assert result.exit_code == 0 and "workers (four per core)" not in result.stderr


def test_cli_jobs_on_a_remote_cluster_are_not_capped_by_this_machines_cores(tmp_path, monkeypatch):
    """With --address the workers are the cluster's, on its own cores: --jobs reaches the build as given."""
    from kg.distributed import build as distributed
    from kg.errors import KgError

    asked: list[tuple[str | None, int]] = []

    def recorded(*_, address, workers, **__):
        asked.append((address, workers))
        raise KgError("recorded")

    monkeypatch.setattr(distributed, "distributed_build", recorded)
    text = tmp_path / "story.txt"
    text.write_text("Rebels shelled the town of Ostrava Nova on Monday.\n", encoding="utf-8")
    command = ["build", str(text), "--engine", "dask", "--shards", str(tmp_path / "shards"), "--jobs", "100000"]
    remote = runner.invoke(app, [*command, "--address", "tcp://10.9.8.7:8786"])
    assert "recorded" in remote.output and "four per core" not in remote.output
    assert asked == [("tcp://10.9.8.7:8786", 100000)]


@pytest.mark.parametrize(("option", "value"), [("--batch-size", "100000000"), ("--attempts", "100000000000")])
def test_cli_load_refuses_a_batch_or_retry_count_past_its_range(tmp_path, option, value):
    (tmp_path / "g.nq").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["load", str(tmp_path / "g.nq"), "--endpoint", "http://127.0.0.1:9/store", option, value])
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output


def test_cli_error_naming_a_file_with_a_newline_or_escape_in_its_name_stays_one_line(tmp_path):
    """Control characters in a file name (or any message) are shown escaped: one grep-able line, no terminal codes."""
    (tmp_path / "bad\nname\x1b[31mred.txt").write_bytes(b"a\x00b")
    result = runner.invoke(app, ["build", str(tmp_path), "--no-store", "--out", str(tmp_path / "out.nq")])
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error: ") and "binary file" in line]
    assert line.startswith(f"error: {tmp_path}/bad\\nname\\x1b[31mred.txt: binary file (NUL byte at byte offset 1)")
    assert "name" not in result.stderr.replace(line, "")


def test_cli_error_tells_a_backslash_in_a_file_name_from_an_escaped_newline(tmp_path):
    """A literal backslash is escaped too, so a name holding backslash-n and one holding a newline read apart."""
    (tmp_path / "a\\nb.txt").write_bytes(b"a\x00b")
    (tmp_path / "a\nb.txt").write_bytes(b"a\x00b")
    result = runner.invoke(app, ["build", str(tmp_path), "--no-store", "--out", str(tmp_path / "out.nq")])
    lines = sorted(line for line in result.stderr.splitlines() if line.startswith("error: ") and "binary file" in line)
    assert [line.split(": binary file")[0] for line in lines] == [f"error: {tmp_path}/a\\\\nb.txt", f"error: {tmp_path}/a\\nb.txt"]


def test_cli_build_summary_shows_ids_with_markup_brackets_or_escapes_as_they_are(tmp_path):
    """A JSON Lines id (or a file name) is shown as text: "[/x]" stopped the summary with rich's MarkupError, after
    the build had written; "[bold]" vanished into bold type; an escape sequence reached the terminal."""
    text = "Rebels attacked the town of Kalo on Monday, officials said."
    ids = ["wire[/x]1", "[bold]wire-2", "wire\x1b]0;title\x07-3", "wire-4"]  # wire-4: the near miss, shown as before
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "records.jsonl").write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in ids), encoding="utf-8")
    out = tmp_path / "out[/y].nq"
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--no-store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and out.is_file()
    rows = [line for line in result.stdout.splitlines() if "wire" in line]
    assert [row.split()[1] for row in rows] == ["wire[/x]1", "[bold]wire-2", "wire\\x1b]0;title\\x07-3", "wire-4"]
    assert "\x1b" not in result.stdout
    assert f"quads written → file {out} (" in result.stdout


@pytest.mark.parametrize(
    "nested",
    [
        "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
        "{ ?s ?p ?o FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
        "{ ?s ?p ?o FILTER(?o<" + "(" * 5000 + "?o>1" + ")" * 5000 + ") }",  # <(((…> is no IRI to the parser
    ],
)
def test_cli_query_nested_too_deeply_is_refused_before_the_parser_overflows_its_stack(tmp_path, nested):
    """Oxigraph's SPARQL parser recurses on brackets: 5,000 levels killed the query process (SIGSEGV)."""
    data = tmp_path / "g.nq"
    data.write_text('<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n', encoding="utf-8")
    query = tmp_path / "deep.rq"
    query.write_text("# a hostile query\nSELECT * WHERE " + nested + "\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(query), "--data", str(data)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {query}: brackets nested more than 1000 deep (line 2, column ")
    shallow = tmp_path / "shallow.rq"
    shallow.write_text("SELECT * WHERE " + "{" * 100 + " ?s ?p ?o " + "}" * 100 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(shallow), "--data", str(data), "--format", "csv"])
    assert result.exit_code == 0 and "http://example.org/s" in result.stdout, result.output
    iri = tmp_path / "iri.rq"  # an IRI's brackets are few: the query runs
    iri.write_text("SELECT * WHERE { ?s ?p ?o FILTER(?s != <http://example.org/Foo_(bar)>) }\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(iri), "--data", str(data), "--format", "csv"])
    assert result.exit_code == 0 and "http://example.org/s" in result.stdout, result.output


@pytest.mark.parametrize(
    ("out", "problem"),
    [
        ("wire.txt", "unknown output format; use one of .nq"),
        ("blocker/wire.nq", "cannot write: Not a directory ({tmp}/blocker)"),
        ("blocker/deeper/wire.nq", "cannot write: Not a directory ({tmp}/blocker)"),
        ("folder.nq", "cannot write: Is a directory"),
    ],
)
def test_cli_build_out_it_could_not_write_is_refused_before_any_document_is_analysed(out, problem, tmp_path):
    """The file is written at the end: a typo in its extension, or a path under a file, cost the whole analysis
    and the store (written only with it). A missing model shows the check comes first, before the pipeline."""
    (tmp_path / "blocker").write_text("a file", encoding="utf-8")
    (tmp_path / "folder.nq").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rebels attacked the town of Kalo on Monday.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "store"), "--out", str(tmp_path / out), "--model", "no_such_model"]
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"error: {tmp_path / out}: {problem.format(tmp=tmp_path)}" or (
        problem.startswith("unknown") and result.stderr.startswith(f"error: {tmp_path / out}: {problem}")
    )
    assert not (tmp_path / "store").exists() and (tmp_path / "blocker").read_text(encoding="utf-8") == "a file"


def test_cli_build_out_in_a_folder_still_to_be_made_passes_the_check_and_creates_nothing(tmp_path):
    from kg.store import check_output_file

    check_output_file(tmp_path / "new" / "deeper" / "wire.nq")
    check_output_file(tmp_path / "wire.trig")
    assert list(tmp_path.iterdir()) == []
