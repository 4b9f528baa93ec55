"""The store's write path: staging copies swapped in under a lock, a killed writer, big file exports."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import StagedStore, load_graph_file, open_store, sorted_nquads, write_store_file


def _quads(graph: str, count: int, value: str = "v") -> list[ox.Quad]:
    name = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"{graph}/s{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(f"{value} {i}"), name)
            for i in range(count)]


def _stage(path: Path, quads: list[ox.Quad], *, drop: str | None = None) -> None:
    with StagedStore(path) as staged:
        if drop:
            staged.store.remove_graph(ox.NamedNode(drop))
        staged.store.extend(quads)
        staged.commit()


def test_store_staged_writes_are_swapped_in_and_keep_earlier_data(tmp_path):
    path = tmp_path / "s"
    _stage(path, _quads("http://example.org/g1", 10))
    _stage(path, _quads("http://example.org/g2", 5))
    assert len(open_store(path)) == 15
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", "s"]


def test_store_an_error_before_commit_changes_nothing(tmp_path):
    path = tmp_path / "s"
    _stage(path, _quads("http://example.org/g1", 10))
    before = sorted_nquads(open_store(path))
    with pytest.raises(RuntimeError), StagedStore(path) as staged:
        staged.store.remove_graph(ox.NamedNode("http://example.org/g1"))
        raise RuntimeError("analysis broke")
    assert sorted_nquads(open_store(path)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", "s"]


def test_store_a_second_writer_is_refused(tmp_path):
    path = tmp_path / "s"
    _stage(path, _quads("http://example.org/g1", 3))
    with open(tmp_path / ".s.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="another kg build"):
            StagedStore(path).__enter__()
    _stage(path, _quads("http://example.org/g2", 3))  # free again


def test_store_without_an_index_is_refused_for_builds(tmp_path):
    path = tmp_path / "s"
    store = open_store(path)
    store.extend(_quads("http://example.org/g1", 3))
    store.flush()
    del store
    with pytest.raises(StoreError, match="no kg index"):
        StagedStore(path).__enter__()
    with StagedStore(path, with_index=False) as staged:  # kg reason needs none
        staged.commit()
    assert len(open_store(path)) == 3


def test_store_an_interrupted_two_rename_swap_is_undone(tmp_path):
    path = tmp_path / "s"
    _stage(path, _quads("http://example.org/g1", 4))
    os.rename(path, tmp_path / ".s.previous")  # killed between the two renames of the fallback swap
    (tmp_path / ".s.staging-999").mkdir()
    _stage(path, _quads("http://example.org/g2", 1))
    assert len(open_store(path)) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", "s"]


def test_store_writer_killed_mid_write_keeps_the_previous_state(tmp_path):
    path = tmp_path / "s"
    _stage(path, _quads("http://example.org/old", 100))
    before = sorted_nquads(open_store(path))
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import pathlib, pyoxigraph as ox
            from kg.store import StagedStore
            with StagedStore(pathlib.Path({str(path)!r})) as staged:
                staged.store.remove_graph(ox.NamedNode("http://example.org/old"))
                print("writing", flush=True)
                for batch in range(1000):
                    staged.store.extend(ox.Quad(ox.NamedNode(f"http://example.org/new/{{batch}}/{{i}}"), ox.NamedNode("http://example.org/p"),
                                        ox.Literal("x" * 100), ox.NamedNode("http://example.org/new")) for i in range(2000))
                staged.commit()
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    assert writer.stdout.readline().strip() == "writing"
    time.sleep(1.0)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert list(tmp_path.glob(".s.staging-*")), "killed while staging"
    assert sorted_nquads(open_store(path)) == before
    _stage(path, [])
    assert not list(tmp_path.glob(".s.staging-*")), "the next writer removes the stale staging folder"


def test_store_file_export_sorts_in_runs_like_sorted_nquads(tmp_path):
    store = ox.Store()
    for graph in ("http://example.org/b", "http://example.org/a"):
        store.extend(_quads(graph, 57, value="é"))
    out = tmp_path / "all.nq"
    write_store_file(store, out, run_lines=10)
    assert out.read_text(encoding="utf-8") == sorted_nquads(store)


def _no_bigger_files_than(size: int):
    """For a child process: writing past ``size`` bytes fails with EFBIG, as a full disk fails with ENOSPC."""

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize("existing", [False, True], ids=["first build", "existing store"])
def test_store_a_build_that_cannot_write_is_one_error_line_and_the_store_stays(existing, tmp_path):
    examples = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2023"
    store = tmp_path / "store"
    kg = str(Path(sys.executable).with_name("kg"))
    if existing:
        first = subprocess.run([kg, "build", str(examples / "000_0a79bafbf7d47cce.txt"), "--store", str(store), "--jobs", "1"],
                               capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
    before = sorted_nquads(ox.Store.read_only(str(store))) if existing else None
    run = subprocess.run([kg, "build", str(examples), "--store", str(store), "--jobs", "1"], capture_output=True, text=True,
                         timeout=300, preexec_fn=_no_bigger_files_than(100_000))
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {store}: cannot write the store: ")
    assert lines[0].endswith("the store is as it was") and "Traceback" not in run.stderr
    if existing:
        assert sorted_nquads(ox.Store.read_only(str(store))) == before
    else:
        assert not store.exists()
    assert not list(tmp_path.glob(".store.staging-*"))


def test_store_racing_first_builds_one_builds_the_other_gets_one_error_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number, state in enumerate(("Chad", "Mali", "Niger", "Sudan")):
        (folder / f"{number}.txt").write_text(f"{state}'s army said on Monday that it had retaken the border post.\n", encoding="utf-8")
    command = [str(Path(sys.executable).with_name("kg")), "build", str(folder), "--store", str(tmp_path / "store"), "--jobs", "1"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".store.staging-*")) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the first build holds the lock once it stages
    second = subprocess.run(command, capture_output=True, text=True, timeout=120)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 2
    assert second.stderr.strip() == f"error: {tmp_path / 'store'}: another kg build or reason is writing this store; try again when it has finished"
    assert "4 documents built" in out and len(open_store(tmp_path / "store")) > 0


def test_background_loader_writes_in_order_and_raises_a_failed_load_in_the_caller(tmp_path):
    from kg.store import BackgroundLoader

    store = ox.Store(str(tmp_path / "s"))
    loader = BackgroundLoader(store, tmp_path)
    for number in range(5):
        loader.write(f"<http://x/s{number}> <http://x/p> \"{number}\" <http://x/g> .\n".encode())
        if number % 2:
            loader.put()
    loader.put()
    loader.drain()
    assert len(store) == 5
    loader.write(b"<http://x/s> <http://x/p> this is not N-Quads .\n")
    loader.put()
    with pytest.raises(SyntaxError):
        loader.drain()
    loader.put()  # nothing spooled: nothing to load
    loader.write(b"<http://x/s9> <http://x/p> \"9\" <http://x/g> .\n")
    loader.put()
    loader.drain()
    assert len(store) == 6
    spool = [path for path in tmp_path.iterdir() if path.name.startswith("kg-batches-")]
    assert len(spool) == 1 and not list(spool[0].iterdir())  # a loaded batch file is deleted
    loader.write(b"<http://x/s10> <http://x/p> \"10\" <http://x/g> .\n")
    loader.close()  # what was spooled and not put is dropped, with the spool folder
    assert len(store) == 6 and not spool[0].exists()


def test_store_graph_file_with_a_term_past_the_parsers_buffer_is_one_error_line(tmp_path):
    """A 17 MB literal overflows pyoxigraph's parser buffer (a MemoryError): a clear error, also from `kg query`'s child."""
    data = tmp_path / "long.nq"
    data.write_text('<http://example.org/s> <http://example.org/p> "' + "x" * 17_000_000 + '" .\n', encoding="utf-8")
    too_large = "cannot parse: a line or term is too large for the parser's buffer or for memory"
    with pytest.raises(StoreError, match=too_large):
        load_graph_file(data)
    kg = Path(sys.executable).with_name("kg")
    done = subprocess.run([kg, "query", "actors", "--data", str(data)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"error: {data}: {too_large}")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["query", "documents"],
        ["report", "--out", "{tmp}/report"],
        ["validate"],
        ["export", "--shards", "{tmp}/shards"],
        ["reason"],
        ["remove", "wire-1.txt"],
    ],
    ids=lambda command: command[0] + ("-shards" if "--shards" in command else ""),
)
def test_store_whose_rocksdb_files_are_corrupt_is_one_error_line_and_stays_as_it_is(command, tmp_path):
    """RocksDB reports corruption as a RuntimeError, which went up as a traceback (kg query: 'ended unexpectedly')."""
    from typer.testing import CliRunner

    from kg.cli import app

    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("not a manifest name\n", encoding="utf-8")
    (store / "kg-index.sqlite").write_bytes(b"")
    before = {path.name: path.read_bytes() for path in store.iterdir()}
    result = CliRunner().invoke(app, [*(part.format(tmp=tmp_path) for part in command), "--store", str(store)])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {store}: cannot ") and line.endswith(": Corruption: CURRENT file corrupted"), line
    assert {path.name: path.read_bytes() for path in store.iterdir()} == before


def test_store_that_is_no_store_is_still_named_as_such(tmp_path):
    with pytest.raises(StoreError, match="no kg store here"):
        open_store(tmp_path / "nothing", create=False)
