"""Output files other tools read as they expect, written with the umask; graph-file inputs nested too deep are an error line."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgWarning, LoadError
from kg.load import MANIFEST, export_shards
from kg.store import load_graph_file, write_graph_file, write_store_file

runner = CliRunner()
KG = str(Path(sys.executable).with_name("kg"))
KG_NS = "https://w3id.org/kg-news/ontology#"
#: extension → (rdflib parser, rapper parser or None, keeps named graphs)
FORMATS = {
    ".nq": ("nquads", "nquads", True),
    ".trig": ("trig", "trig", True),
    ".jsonld": ("json-ld", None, True),
    ".ttl": ("turtle", "turtle", False),
    ".nt": ("nt", "ntriples", False),
    ".rdf": ("xml", "rdfxml", False),
}


@pytest.fixture(scope="module")
def example_quads(seeds_nq) -> list[ox.Quad]:
    return list(ox.parse(path=str(seeds_nq), format=ox.RdfFormat.N_QUADS))


def canonical(nquads: str) -> set[str]:
    """N-Quads text as a set of statements in pyoxigraph's canonical writing."""
    return {str(quad) for quad in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}


def expected(quads: list[ox.Quad], named_graphs: bool) -> set[str]:
    return {str(q if named_graphs else ox.Quad(q.subject, q.predicate, q.object)) for q in quads}


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_output_files_parse_with_rdflib_and_an_independent_parser_to_the_same_statements(suffix, example_quads, tmp_path):
    rdflib_format, rapper_format, named = FORMATS[suffix]
    path = tmp_path / f"graph{suffix}"
    with pytest.warns(KgWarning, match="write .trig or .nq") if not named else _kg_warnings("error"):
        write_graph_file(path, example_quads)
    wanted = expected(example_quads, named)
    dataset = rdflib.Dataset()
    dataset.parse(str(path), format=rdflib_format)
    assert canonical(dataset.serialize(format="nquads")) == wanted
    if rapper_format is not None:
        if shutil.which("rapper") is None:
            pytest.fail("rapper (Debian package raptor2-utils) is not installed; .ci/run installs it")
        rapper = subprocess.run(["rapper", "-q", "-i", rapper_format, "-o", "nquads", str(path)], capture_output=True, text=True, check=True)
        assert canonical(rapper.stdout) == wanted
    else:  # raptor has no JSON-LD parser: pyoxigraph's is the independent one
        assert {str(q) for q in ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD)} == wanted


@pytest.mark.parametrize(("suffix", "declaration", "used"), [
    (".ttl", "@prefix kg: <https://w3id.org/kg-news/ontology#> .", "kg:Claim"),
    (".trig", "@prefix prov: <http://www.w3.org/ns/prov#> .", "kg:speaker"),
    (".rdf", 'xmlns:kg="https://w3id.org/kg-news/ontology#"', "<kg:speaker"),
])
def test_output_files_declare_the_ontology_prefixes(suffix, declaration, used, example_quads, tmp_path):
    path = tmp_path / f"graph{suffix}"
    with _kg_warnings("ignore"):
        write_graph_file(path, example_quads)
    text = path.read_text(encoding="utf-8")
    assert declaration in text and used in text


def test_output_files_jsonld_has_a_context_and_compact_names(example_quads, tmp_path):
    path = tmp_path / "graph.jsonld"
    write_graph_file(path, example_quads)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"]["kg"] == KG_NS and document["@context"]["rdfs"] == "http://www.w3.org/2000/01/rdf-schema#"
    nodes = [node for graph in document["@graph"] for node in graph.get("@graph", [])]
    assert any("kg:claimKind" in node for node in nodes)
    assert not any(key.startswith(KG_NS) for node in nodes for key in node)


def test_output_files_turtle_from_the_command_line_warns_that_graphs_are_merged(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Chile's foreign minister said on Monday that talks with Bolivia would resume.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(article), "--no-store", "--out", str(tmp_path / "wire.ttl")])
    assert result.exit_code == 0, result.output
    assert f"warning: {tmp_path / 'wire.ttl'}: .ttl has no named graphs" in result.stderr and ".trig or .nq" in result.stderr
    quads = runner.invoke(app, ["build", str(article), "--no-store", "--out", str(tmp_path / "wire.nq")])
    assert quads.exit_code == 0 and "warning" not in quads.stderr


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_output_files_follow_the_process_umask(umask, example_quads, tmp_path):
    previous = os.umask(umask)
    try:
        write_graph_file(tmp_path / "graph.nq", example_quads)
        store = ox.Store()
        store.extend(example_quads)
        shards = export_shards(store, tmp_path / "shards", shard_quads=1000)
    finally:
        os.umask(previous)
    for path in [tmp_path / "graph.nq", *shards, tmp_path / "shards" / MANIFEST]:
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask, path


def test_output_files_shards_touch_only_what_the_last_export_wrote(example_quads, tmp_path):
    store = ox.Store()
    store.extend(example_quads)
    folder = tmp_path / "shards"
    folder.mkdir()
    mine = {"part-mydata.nq.gz": b"the user's own data", "notes.txt": b"keep me", "part-00099.nq.gz": b"not from kg"}
    for name, data in mine.items():
        (folder / name).write_bytes(data)
    first = export_shards(store, folder, shard_quads=500)
    second = export_shards(store, folder, shard_quads=3000)
    assert len(first) > len(second) >= 2
    assert sorted(p.name for p in folder.glob("part-0*.nq.gz")) == sorted([p.name for p in second] + ["part-00099.nq.gz"])
    assert {name: (folder / name).read_bytes() for name in mine} == mine
    listed = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["shards"]
    assert [entry["file"] for entry in listed] == [p.name for p in second]
    assert sum(entry["quads"] for entry in listed) == len(store)
    written = {str(q) for p in second for q in ox.parse(gzip.decompress(p.read_bytes()), format=ox.RdfFormat.N_QUADS)}
    assert written == {str(q) for q in store}


def test_output_files_failed_export_leaves_the_previous_export_whole(example_quads, tmp_path):
    store = ox.Store()
    store.extend(example_quads)
    folder = tmp_path / "shards"
    before = export_shards(store, folder, shard_quads=3000)
    snapshot = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / f"part-{len(before):05d}.nq.gz").write_bytes(b"someone else's file")
    with pytest.raises(LoadError, match="was not written by kg export"):
        export_shards(store, folder, shard_quads=500)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in snapshot} == snapshot
    assert sorted(p.name for p in folder.iterdir()) == sorted([*snapshot, f"part-{len(before):05d}.nq.gz"])


def test_output_files_export_refuses_a_dangling_link_at_a_shard_name(example_quads, tmp_path):
    # a link kg did not write at a shard's name is refused whether or not its target exists (review E 5)
    store = ox.Store()
    store.extend(example_quads)
    folder = tmp_path / "shards"
    before = export_shards(store, folder, shard_quads=3000)
    link = folder / f"part-{len(before):05d}.nq.gz"
    link.symlink_to(tmp_path / "nowhere" / "x.gz")
    with pytest.raises(LoadError, match="was not written by kg export"):
        export_shards(store, folder, shard_quads=500)
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_output_files_shards_folder_that_is_a_file_is_a_clear_error(seeds_nq, tmp_path):
    target = tmp_path / "shards"
    target.write_text("a file", encoding="utf-8")
    result = runner.invoke(app, ["export", "--shards", str(target), "--data", str(seeds_nq)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {target}: is a file, not a folder; give --shards a folder (it is created when missing)"


TINY = [ox.Quad(ox.NamedNode(f"http://example.org/s{n}"), ox.NamedNode("http://example.org/p"), ox.Literal(f"v{n}"),
               ox.NamedNode("http://example.org/g")) for n in range(5)]


@pytest.mark.parametrize(("command", "what", "code"), [
    (["validate", "{graph}", "--out", "{out}.txt"], "the report", 2),
    (["export", "--data", "{graph}", "--graphml", "{out}.graphml"], "the graphml file", 1),
])
def test_output_files_a_path_under_a_file_says_the_file_is_not_a_folder(command, what, code, tmp_path):
    graph = tmp_path / "tiny.nq"
    write_graph_file(graph, TINY)
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    out = afile / "result"
    result = runner.invoke(app, [arg.format(graph=graph, out=out) for arg in command])
    assert result.exit_code == code and "File exists" not in result.stderr
    suffix = command[-1].rsplit(".", 1)[1]
    assert result.stderr.strip() == f"error: {out}.{suffix}: cannot write {what}: Not a directory ({afile})"


def _read_in_background(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)  # blocks until a writer opens it
    reader.start()
    return reader, received


@pytest.mark.parametrize("whole_store", [False, True], ids=["graph", "store"])
def test_output_files_a_fifo_is_written_into_never_replaced_by_a_file(whole_store, tmp_path):
    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    reader, received = _read_in_background(fifo)
    if whole_store:
        store = ox.Store()
        store.extend(TINY)
        write_store_file(store, fifo)
    else:
        write_graph_file(fifo, TINY)
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # a rename over it left a regular file, and the reader waiting for ever
    assert received and canonical(received[0].decode("utf-8")) == expected(TINY, True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.nq"]


def test_output_files_a_link_to_a_device_stays_the_link_to_the_device(tmp_path):
    graph = tmp_path / "tiny.nq"
    write_graph_file(graph, TINY)
    null = tmp_path / "network.graphml"
    null.symlink_to(os.devnull)  # as /dev/stdout is a link; for root, a rename over it replaced the system's /dev/stdout
    result = runner.invoke(app, ["export", "--graphml", str(null), "--data", str(graph)])
    assert result.exit_code == 0, result.output
    assert null.is_symlink() and os.readlink(null) == os.devnull
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_files_a_link_to_a_file_is_written_through_and_a_plain_file_is_replaced_whole(tmp_path):
    target = tmp_path / "shared" / "graph.nq"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "graph.nq"
    link.symlink_to(target)
    write_graph_file(link, TINY)
    assert link.is_symlink() and canonical(target.read_text(encoding="utf-8")) == expected(TINY, True)
    plain = tmp_path / "plain.nq"
    plain.write_text("old\n", encoding="utf-8")
    before = plain.stat().st_ino
    write_graph_file(plain, TINY)
    assert plain.stat().st_ino != before and canonical(plain.read_text(encoding="utf-8")) == expected(TINY, True)


def test_output_files_a_link_planted_at_a_name_kg_gives_its_files_is_replaced_never_followed(tmp_path):
    store = ox.Store()
    store.extend(TINY)
    folder = tmp_path / "shards"
    folder.mkdir()
    (folder / MANIFEST).symlink_to(tmp_path / "made" / "by" / "kg" / "x.json")  # a shared folder: anyone may plant one
    elsewhere = tmp_path / "theirs.json"
    elsewhere.write_text('{"shards": []}\n', encoding="utf-8")
    export_shards(store, folder, shard_quads=1000)
    assert not (tmp_path / "made").exists()
    assert not (folder / MANIFEST).is_symlink() and json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["shards"]
    other = tmp_path / "other"
    other.mkdir()
    (other / MANIFEST).symlink_to(elsewhere)  # a link to a file: the file stays as it is, the link is replaced
    export_shards(store, other, shard_quads=1000)
    assert elsewhere.read_text(encoding="utf-8") == '{"shards": []}\n' and not (other / MANIFEST).is_symlink()


def test_output_files_a_link_the_user_names_creates_no_folder_it_leads_into(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Chile's foreign minister said on Monday that talks with Bolivia would resume.\n", encoding="utf-8")
    link = tmp_path / "graph.nq"
    link.symlink_to(tmp_path / "made" / "by" / "kg" / "graph.nq")
    result = runner.invoke(app, ["build", str(article), "--no-store", "--out", str(link)])
    assert result.exit_code != 0 and str(tmp_path / "made" / "by" / "kg") in result.stderr
    assert not (tmp_path / "made").exists() and link.is_symlink()
    (tmp_path / "made").mkdir()
    link.unlink()
    link.symlink_to(tmp_path / "made" / "graph.nq")  # a dangling link into a folder that exists: the file is made there
    result = runner.invoke(app, ["build", str(article), "--no-store", "--out", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (tmp_path / "made" / "graph.nq").stat().st_size > 0


@pytest.mark.parametrize(("suffix", "text"), [
    (".nq", '<http://example.org/juba> <http://example.org/p> "\ufeffshelled" <http://example.org/g> .\n'),
    (".ttl", '@prefix ex: <http://example.org/> .\nex:juba ex:p "\ufeffshelled" .\n'),
])
def test_output_files_a_graph_file_opening_with_a_byte_order_mark_is_read(suffix, text, tmp_path):
    path = tmp_path / f"wire{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # as Windows editors save UTF-8
    quads = list(load_graph_file(path))
    assert [quad.object.value for quad in quads] == ["\ufeffshelled"]  # a mark inside the text stays text
    result = runner.invoke(app, ["validate", str(path)])
    assert "cannot parse" not in result.output and "Traceback" not in result.output


def _deep_jsonld(path: Path, depth: int = 20_000) -> Path:
    path.write_text('{"@id": "http://example.org/a", "http://example.org/p": ' * depth + '"x"' + "}" * depth, encoding="utf-8")
    return path


def _deep_quoted_triples(path: Path, depth: int = 20_000) -> Path:
    nested = "<<( <http://example.org/a> <http://example.org/p> " * depth + "<http://example.org/b>" + " )>>" * depth
    path.write_text(f"<http://example.org/a> <http://example.org/p> {nested} <http://example.org/g> .\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_deep_jsonld, _deep_quoted_triples], ids=["jsonld", "nquads"])
def test_output_files_input_nested_too_deep_does_not_crash_kg_validate(make, tmp_path):
    deep = make(tmp_path / ("deep.jsonld" if make is _deep_jsonld else "deep.nq"))
    run = subprocess.run([KG, "validate", str(deep)], capture_output=True, text=True, timeout=120)  # a crash would end the process
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip() == f"error: {deep}:1: nested deeper than 1000 levels, the most kg reads"


@pytest.mark.parametrize("make", [_deep_jsonld, _deep_quoted_triples], ids=["jsonld", "nquads"])
@pytest.mark.parametrize("command", [
    ["reason", "{}"], ["load", "{}", "--endpoint", "http://127.0.0.1:9/store"], ["query", "documents", "--data", "{}"], ["export", "--shards", "{}.out", "--data", "{}"],
])
def test_output_files_input_nested_too_deep_is_one_error_line(make, command, tmp_path):
    deep = make(tmp_path / ("deep.jsonld" if make is _deep_jsonld else "deep.nq"))
    result = runner.invoke(app, [arg.format(deep) for arg in command])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {deep}:1: nested deeper than 1000 levels, the most kg reads"


@contextmanager
def _kg_warnings(action: str) -> Iterator[None]:
    """KgWarnings raised as errors (``"error"``) or ignored (``"ignore"``) inside the block."""
    with warnings.catch_warnings():
        warnings.simplefilter(action, KgWarning)
        yield
