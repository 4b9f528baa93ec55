"""A shared store: readers open it read-only, side by side; --timeout and Ctrl-C stop a running query and free the store."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

KG = str(Path(sys.executable).with_name("kg"))
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"
LABELS = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n"


@pytest.fixture
def store(tmp_path, example_build) -> Path:
    """The example corpus in an on-disk store (closed again)."""
    path = tmp_path / "store"
    created = ox.Store(str(path))
    created.bulk_extend(example_build.quads)
    created.flush()
    del created
    return path


@pytest.fixture
def queries(tmp_path) -> dict[str, str]:
    files = {}
    for name, text in (("cartesian", CARTESIAN), ("labels", LABELS)):
        path = tmp_path / f"{name}.rq"
        path.write_text(text, encoding="utf-8")
        files[name] = str(path)
    return files


def _interruptible() -> None:
    """Ctrl-C as at a terminal: a suite started in the background (``cmd &``) has SIGINT ignored, and children inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def kg(*args: str) -> subprocess.Popen:
    return subprocess.Popen([KG, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)


def query_worker(parent: int, wait: float = 30) -> int:
    """The pid of the query process a `kg query` started."""
    children = Path(f"/proc/{parent}/task/{parent}/children")
    end = time.monotonic() + wait
    while time.monotonic() < end:
        for pid in children.read_text().split() if children.exists() else []:
            if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                return int(pid)
        time.sleep(0.05)
    raise AssertionError("no query process started")


def writable(path: Path) -> int:
    """Open the store read-write (fails while any process holds its lock); its size."""
    store = ox.Store(str(path))
    size = len(store)
    del store
    return size


def test_shared_store_readers_run_beside_a_long_query_and_beside_each_other(store, queries, example_build):
    long = kg("query", queries["cartesian"], "--store", str(store), "--timeout", "0", "--format", "csv")
    try:
        query_worker(long.pid)
        readers = [kg("query", queries["labels"], "--store", str(store), "--format", "csv") for _ in range(2)]
        outputs = [reader.communicate(timeout=120) for reader in readers]
        assert long.poll() is None, "the long query should still be running"
    finally:
        long.send_signal(signal.SIGINT)
        long.communicate(timeout=30)
    for reader, (out, err) in zip(readers, outputs):
        assert reader.returncode == 0, err
        assert out.splitlines()[1] == str(sum(1 for q in set(example_build.quads) if q.predicate.value.endswith("#label")))
    assert writable(store) == len(set(example_build.quads))


def test_shared_store_cartesian_query_stops_at_the_timeout_and_frees_the_store(store, queries, example_build):
    started = time.monotonic()
    run = kg("query", queries["cartesian"], "--store", str(store), "--timeout", "2")
    worker = query_worker(run.pid)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 2
    assert _state(worker) == "Z", "the query process is gone, not left running"
    assert err.strip() == f"error: {queries['cartesian']}: stopped after 2 s (--timeout); the store is free again"
    assert time.monotonic() - started < 15 and out == ""
    assert writable(store) == len(set(example_build.quads))


def test_shared_store_ctrl_c_stops_the_query_and_frees_the_store(store, queries, example_build):
    run = kg("query", queries["cartesian"], "--store", str(store), "--timeout", "0")
    worker = query_worker(run.pid)
    time.sleep(0.5)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=30)
    assert run.returncode == 130
    assert err.strip() == "error: interrupted: the query was stopped" and out == ""
    with pytest.raises(ProcessLookupError):
        os.kill(worker, 0)
    assert writable(store) == len(set(example_build.quads))


def test_shared_store_query_killed_outright_leaves_no_query_running(store, queries, example_build):
    run = kg("query", queries["cartesian"], "--store", str(store), "--timeout", "0")
    worker = query_worker(run.pid)
    run.kill()
    run.communicate(timeout=30)
    end = time.monotonic() + 10
    while Path(f"/proc/{worker}").exists() and "Z" not in _state(worker) and time.monotonic() < end:
        time.sleep(0.05)
    assert not Path(f"/proc/{worker}").exists() or "Z" in _state(worker)
    assert writable(store) == len(set(example_build.quads))


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_shared_store_missing_store_is_one_error_line(tmp_path, queries):
    run = kg("query", queries["labels"], "--store", str(tmp_path / "nowhere"))
    out, err = run.communicate(timeout=60)
    assert run.returncode == 2
    assert err.strip() == f"error: {tmp_path / 'nowhere'}: no kg store here (run `kg build` first or pass --store)"


# -- readers beside a writer that swaps a new store in ------------------------------------------

#: A reader process: opens the store read-only, says so, waits for a line on stdin, then reads every quad.
#: With few file descriptors (argument 2; 96 is the fewest Oxigraph takes), RocksDB keeps few table files open and
#: opens the others by name when a read needs them: after a swap, by name in the folder the store was renamed to.
READER = """
import resource
import sys
from pathlib import Path

from kg.store import open_store_read_only

if len(sys.argv) > 2:
    resource.setrlimit(resource.RLIMIT_NOFILE, (int(sys.argv[2]), int(sys.argv[2])))
store = open_store_read_only(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
print(sum(1 for _ in store.quads_for_pattern(None, None, None)), flush=True)
"""


def _retired(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.retired-*"))


def test_shared_store_a_reader_keeps_its_snapshot_when_a_writer_swaps_a_compacted_store_in(tmp_path):
    from kg.store import StagedStore, open_store_read_only

    path = tmp_path / "store"
    graph = ox.NamedNode("https://example.org/graph")
    with StagedStore(path, with_index=False) as staged:
        for batch in range(20):  # many table files: more than a reader with 96 descriptors keeps open
            staged.store.bulk_extend(
                ox.Quad(ox.NamedNode(f"https://example.org/{batch}/{n}"), ox.NamedNode("https://example.org/p"), ox.Literal("x" * 40), graph)
                for n in range(1000)
            )
        staged.commit()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(path), "96"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
        with StagedStore(path, with_index=False) as staged:
            staged.store.remove_graph(graph)
            staged.store.add(ox.Quad(ox.NamedNode("https://example.org/new"), ox.NamedNode("https://example.org/p"), ox.Literal("y"), graph))
            staged.store.optimize()  # compaction, as RocksDB may run it in the staging copy: the old table files are gone from it
            staged.commit()
        assert len(_retired(path)) == 1, "the old store stays while a reader may read it"
        out, _ = reader.communicate("go\n", timeout=120)
        assert reader.returncode == 0 and int(out) == 20_000  # the snapshot it opened, whole, read after the swap
    finally:
        reader.kill()
        reader.wait()
    assert len(open_store_read_only(path)) == 1  # a reader opened after the swap sees the new store


def test_shared_store_kg_query_and_a_reader_run_beside_kg_build_which_deletes_the_old_store_only_when_unread(
    tmp_path, examples_dir, queries
):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    names = sorted(p.name for p in examples_dir.glob("*.txt"))
    for name in names[:3]:
        shutil.copy(examples_dir / name, first / name)
    for name in names[3:]:
        shutil.copy(examples_dir / name, second / name)
    store = tmp_path / "store"
    built = subprocess.run([KG, "build", str(first), "--store", str(store), "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    before = sum(1 for _ in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None))
    files = {path.name: path.stat().st_mtime_ns for path in store.iterdir()} | {".": store.stat().st_mtime_ns}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
        added = subprocess.run([KG, "build", str(second), "--store", str(store), "--jobs", "1"], capture_output=True, text=True, timeout=300)
        assert added.returncode == 0, added.stderr
        counted = subprocess.run(
            [KG, "query", queries["labels"], "--store", str(store), "--format", "csv"], capture_output=True, text=True, timeout=120
        )
        assert counted.returncode == 0 and int(counted.stdout.splitlines()[1]) > 0, counted.stderr
        assert len(_retired(store)) == 1, "the store the reader opened is kept"
        (retired,) = _retired(store)
        assert {path.name: path.stat().st_mtime_ns for path in retired.iterdir()} | {".": retired.stat().st_mtime_ns} == files  # nothing written where readers read
        out, _ = reader.communicate("go\n", timeout=120)
        assert reader.returncode == 0 and int(out) == before  # what it opened, whole, after the swap
    finally:
        reader.kill()
        reader.wait()
    again = subprocess.run([KG, "build", str(second), "--store", str(store), "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and f"0 documents built, {len(names) - 3} unchanged skipped" in again.stdout, again.stdout
    assert _retired(store) == [], "no reader holds the old store any more: the next writer deletes it"

