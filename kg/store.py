"""The embedded on-disk triple store (Oxigraph) and graph files.

Writes never touch the live store. A build or ``kg reason`` holds the store's
lock file (``.NAME.lock`` beside it: a second writer is refused), works on a
staging copy beside it (``.NAME.staging-PID``: a RocksDB checkpoint of the live
store, hard links, plus a copy of its index; an empty store for a first
build), and then swaps the two folders with one atomic ``renameat2`` exchange
(on systems without it: two renames, undone by the next writer if interrupted
between them). A failed or killed run leaves the previous store as it was; the
staging folders it leaves behind are removed by the next writer.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import gc
import heapq
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import StoreError
from kg.index import INDEX_FILE, StoreIndex

DEFAULT_STORE = Path("kg-store")

#: Output formats by file extension.
FORMAT_BY_SUFFIX = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def open_store(path: Path, *, create: bool = True) -> ox.Store:
    """Open (or create) the on-disk store at ``path``.

    Raises:
        StoreError: The folder is missing (with ``create=False``), is not a store,
            or is in use by another process.
    """
    if not create and not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no kg store here (run `kg build` first or pass --store)")
    try:
        return ox.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreError(f"{path}: the store is in use by another process (a running `kg` or `oxigraph serve`)") from error
        raise StoreError(f"{path}: cannot open the store: {error}") from error


class StagedStore:
    """A writable staging copy of the store at ``path``, swapped into place by :meth:`commit`.

    Use as a context manager: leaving it without ``commit`` (an error, an
    interrupt) removes the staging copy and leaves the store as it was. With
    ``path=None`` the staging store lives in a temporary folder and ``commit``
    keeps nothing (a build that only writes a file).

    Attributes:
        store: The staging store, to write into.
        index: Its index (``kg.index``), when ``with_index``.
        existed: Whether the staging copy started from an existing store.

    Raises:
        StoreError: Another writer holds the lock; the existing folder is not a
            store, or (``with_index``) has no kg index.
    """

    def __init__(self, path: Path | None, *, with_index: bool = True) -> None:
        self.path = path
        self.with_index = with_index
        self.existed = False
        self._lock: int | None = None
        self._temporary: str | None = None
        self.staging: Path
        self.store: ox.Store
        self.index: StoreIndex

    def __enter__(self) -> StagedStore:
        if self.path is None:
            self._temporary = tempfile.mkdtemp(prefix="kg-build-")
            self.staging = Path(self._temporary) / "store"
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(self.path)
            _recover(self.path)
            self.staging = self.path.parent / f".{self.path.name}.staging-{os.getpid()}"
        try:
            self._stage()
        except BaseException:
            self._discard()
            raise
        return self

    def _stage(self) -> None:
        path = self.path
        if path is not None and path.exists():
            if not (path / "CURRENT").exists():
                raise StoreError(f"{path}: exists but is not a kg store")
            index_file = path / INDEX_FILE
            if self.with_index and not index_file.exists():
                raise StoreError(f"{path}: has no kg index (made by an older kg or another tool); build into a new --store")
            try:
                ox.Store.read_only(str(path)).backup(str(self.staging))
            except OSError as error:
                raise StoreError(f"{path}: cannot copy the store: {error}") from error
            if index_file.exists():
                live = StoreIndex(index_file)
                live.copy_to(self.staging / INDEX_FILE)
                live.close()
            self.existed = True
        self.store = ox.Store(str(self.staging))
        if self.with_index:
            self.index = StoreIndex(self.staging / INDEX_FILE)

    def commit(self) -> None:
        """Make the staging copy the store: flush and close it, then swap the folders.

        Raises:
            StoreError: The staging store is still open elsewhere in this process
                (a reference to ``store`` was kept), so it cannot be swapped in safely.
        """
        self.store.flush()
        self._close()
        if self.path is None:
            return
        gc.collect()
        try:
            ox.Store(str(self.staging)).flush()  # fails while another handle still has it open
        except OSError as error:
            raise StoreError(f"{self.path}: the staging store is still open; nothing was swapped in: {error}") from error
        if self.existed:
            _exchange(self.staging, self.path)  # the old store is now at the staging path
            shutil.rmtree(self.staging, ignore_errors=True)
        else:
            os.rename(self.staging, self.path)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._discard()

    def _close(self) -> None:
        if self.with_index and hasattr(self, "index"):
            self.index.close()
            del self.index
        if hasattr(self, "store"):
            del self.store

    def _discard(self) -> None:
        self._close()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
        elif self.path is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _lock(path: Path) -> int:
    """Take the store's writer lock (released when the process ends, however it ends)."""
    handle = os.open(path.parent / f".{path.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        raise StoreError(f"{path}: another kg build or reason is writing this store; try again when it has finished") from None
    return handle


def _recover(path: Path) -> None:
    """Under the lock: put back a store left aside by an interrupted swap, remove stale staging folders."""
    previous = path.parent / f".{path.name}.previous"
    if previous.exists() and not path.exists():
        os.rename(previous, path)
    for stale in path.parent.glob(f".{path.name}.*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)


def _exchange(staging: Path, path: Path) -> None:
    """Swap two folders atomically (Linux ``renameat2``), else with two renames that ``_recover`` can undo."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(path), _RENAME_EXCHANGE) == 0:
            return
        if ctypes.get_errno() not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise StoreError(f"{path}: cannot swap in the new store: {os.strerror(ctypes.get_errno())}")
    previous = path.parent / f".{path.name}.previous"
    os.rename(path, previous)
    os.rename(staging, path)
    os.rename(previous, staging)


def sorted_nquads(quads: Iterable[ox.Quad]) -> str:
    """N-Quads text with one statement a line, lines sorted: byte-identical for identical graphs."""
    lines = sorted({f"{q} .\n" for q in quads})
    return "".join(lines)


def write_graph_file(path: Path, quads: Sequence[ox.Quad]) -> None:
    """Write quads to ``path`` in the format its extension names, atomically (temp file + rename).

    ``.nq`` output is sorted; ``.ttl`` holds the triples of every graph merged.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if rdf_format == ox.RdfFormat.N_QUADS:
        data = sorted_nquads(quads).encode("utf-8")
    elif rdf_format == ox.RdfFormat.TURTLE:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
        data = ox.serialize(triples, format=rdf_format) or b""
    else:
        data = ox.serialize(sorted(quads, key=str), format=rdf_format) or b""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_store_file(store: ox.Store, path: Path, *, run_lines: int = 200_000) -> None:
    """Write a whole store to ``path`` (format by extension), in bounded memory.

    ``.nq`` is sorted N-Quads, as ``write_graph_file`` writes them, sorted in runs
    of ``run_lines`` lines that are merged; the other formats are written graph
    by graph, in the order of the graph names, each graph sorted.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out, tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.runs-") as runs:
            if rdf_format == ox.RdfFormat.N_QUADS:
                _write_sorted_lines(out, store, Path(runs), run_lines)
            else:
                quads = (q for name in _graph_names(store) for q in sorted(store.quads_for_pattern(None, None, None, name), key=str))
                if rdf_format == ox.RdfFormat.TURTLE:
                    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
                    ox.serialize(triples, out, format=rdf_format)
                else:
                    ox.serialize(quads, out, format=rdf_format)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _graph_names(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    names: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = sorted(store.named_graphs(), key=str)
    return [ox.DefaultGraph(), *names]


def _write_sorted_lines(out: BinaryIO, store: ox.Store, runs: Path, run_lines: int) -> None:
    """Sorted, distinct N-Quads lines of the store: sorted runs on disk, merged."""
    files: list[Path] = []
    pending: list[str] = []

    def spill() -> None:
        run = runs / f"run-{len(files):05d}"
        run.write_text("".join(sorted(pending)), encoding="utf-8")
        files.append(run)
        pending.clear()

    for quad in store.quads_for_pattern(None, None, None):
        pending.append(f"{quad} .\n")
        if len(pending) >= run_lines:
            spill()
    if pending or not files:
        spill()
    handles = [run.open(encoding="utf-8") for run in files]
    try:
        previous = None
        for line in heapq.merge(*handles):
            if line != previous:
                out.write(line.encode("utf-8"))
                previous = line
    finally:
        for item in handles:
            item.close()


def load_graph_file(path: Path) -> ox.Store:
    """An in-memory store holding the dataset in a graph file (format by extension)."""
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown graph file format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    store = ox.Store()
    try:
        store.load(path=str(path), format=rdf_format)
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"{path}: cannot parse: {error}") from error
    return store
