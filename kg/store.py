"""The embedded on-disk triple store (Oxigraph) and graph files.

Writers never touch the live store. A build, ``kg remove`` or ``kg reason``
holds the store's lock file (``.NAME.lock`` beside it: a second writer is
refused), works on a staging copy beside it (``.NAME.staging-PID``: a RocksDB
checkpoint of the live store, hard links, plus a copy of its index; an empty
store for a first build), and then swaps the two folders with one atomic
``renameat2`` exchange (on systems without it: two renames, undone by the next
writer if interrupted between them). A failed or killed run leaves the previous
store as it was; the staging folders it leaves behind are removed by the next
writer.

Readers (``open_store_read_only``) take no RocksDB lock, so any number run side
by side and beside a writer. Two things keep a reader safe while a writer swaps
a new store in: RocksDB opens its table files lazily, by path, so a reader opens
the store through a descriptor of its folder (``/proc/self/fd/N``) and keeps
reading the folder it opened, wherever that folder is renamed to; and it holds a
shared ``flock`` on that folder for as long as its process lives, so the writer
deletes the old folder only when no reader has it open (otherwise it leaves it,
as ``.NAME.retired-*``, for a later writer to delete).
"""

from __future__ import annotations

import codecs
import ctypes
import errno
import fcntl
import gc
import heapq
import os
import secrets
import shutil
import sqlite3
import tempfile
import warnings
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import KgWarning, StoreError
from kg.index import INDEX_FILE, StoreIndex
from kg.outputs import atomic_output, check_writable, failure, is_stream
from kg.rdf.syntax import FORMAT_BY_SUFFIX, TRIPLE_FORMATS, check_nesting, serialize

DEFAULT_STORE = Path("kg-store")

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
#: The folders this process reads (by device and inode): a descriptor with a shared lock on each.
_READ_FOLDERS: dict[tuple[int, int], int] = {}


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
    except (OSError, RuntimeError) as error:  # RocksDB's "Corruption: ..." is a RuntimeError
        if "lock" in str(error).lower():
            raise StoreError(f"{path}: the store is in use by another process (a running `kg` or `oxigraph serve`)") from error
        raise StoreError(f"{path}: cannot open the store: {error}") from error


def open_store_read_only(path: Path) -> ox.Store:
    """Open the existing store at ``path`` for reading, without a RocksDB lock: a snapshot as of now.

    The store is opened through a descriptor of its folder, with a shared lock
    on it that lasts as long as this process: a writer that swaps a new store
    in meanwhile neither pulls files from under the reader nor deletes them
    (see the module docstring).

    Raises:
        StoreError: The folder is missing, is not a store, or cannot be read.
    """
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no kg store here (run `kg build` first or pass --store)")
    try:
        handle = _reader_handle(path)
    except OSError as error:
        raise StoreError(f"{path}: cannot open the store for reading: {error.strerror or error}") from error
    folder = f"/proc/self/fd/{handle}" if os.path.isdir("/proc/self/fd") else str(path)
    try:
        return ox.Store.read_only(folder)
    except (OSError, RuntimeError) as error:  # RocksDB's "Corruption: ..." is a RuntimeError
        raise StoreError(f"{path}: cannot open the store for reading: {error}") from error


def _reader_handle(path: Path, attempts: int = 5) -> int:
    """A descriptor of the store folder now at ``path``, with a shared lock on it, kept until the process ends."""
    for _ in range(attempts):
        handle = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        fcntl.flock(handle, fcntl.LOCK_SH)  # waits only while a writer deletes this very folder
        status = os.fstat(handle)
        try:
            current = os.path.samestat(status, os.stat(path)) and os.path.exists(os.path.join(path, "CURRENT"))
        except FileNotFoundError:
            current = False
        if not current:  # swapped out (and perhaps deleted) between the open and the lock: open the new one
            os.close(handle)
            continue
        key = (status.st_dev, status.st_ino)
        if key in _READ_FOLDERS:
            os.close(handle)
        else:
            _READ_FOLDERS[key] = handle
        return _READ_FOLDERS[key]
    raise OSError(errno.EAGAIN, f"the store was replaced {attempts} times while opening it")


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
        quads: The quads of the store before this write: 0 for a new store, else as counted by the
            last writer that kept count (``None``: unknown). The staging copy forgets the count: a writer that keeps count sets
            ``index.quad_count`` before committing (counting a large store from scratch takes seconds).

    Args:
        path: The store folder; ``None`` for a temporary store.
        with_index: Open (or create) the store's index too.
        create: Start an empty store when there is none; otherwise that is an error.

    Raises:
        StoreError: Another writer holds the lock; the existing folder is not a
            store, or (``with_index``) has no kg index; there is no store and not ``create``.
    """

    def __init__(self, path: Path | None, *, with_index: bool = True, create: bool = True) -> None:
        self.path = path
        self.with_index = with_index
        self.create = create
        self.existed = False
        self._lock: int | None = None
        self._temporary: str | None = None
        self.staging: Path
        self.store: ox.Store
        self.index: StoreIndex
        self.quads: int | None = None

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
        except (OSError, sqlite3.Error) as error:
            self._discard()
            raise _write_error(self.path, error) from error
        except BaseException:
            self._discard()
            raise
        return self

    def _stage(self) -> None:
        path = self.path
        if path is not None and not path.exists() and not self.create:
            raise StoreError(f"{path}: no kg store here (run `kg build` first or pass --store)")
        if path is not None and path.exists():
            if not (path / "CURRENT").exists():
                raise StoreError(f"{path}: exists but is not a kg store")
            index_file = path / INDEX_FILE
            if self.with_index and not index_file.exists():
                raise StoreError(f"{path}: has no kg index (made by an older kg or another tool); build into a new --store")
            try:
                ox.Store.read_only(str(path)).backup(str(self.staging))
            except (OSError, RuntimeError) as error:  # RocksDB's "Corruption: ..." is a RuntimeError
                raise StoreError(f"{path}: cannot copy the store: {error}") from error
            if index_file.exists():
                StoreIndex.copy(index_file, self.staging / INDEX_FILE)
            self.existed = True
        self.store = ox.Store(str(self.staging))
        if self.with_index:
            self.index = StoreIndex(self.staging / INDEX_FILE)
            self.quads = self.index.quad_count if self.existed else 0  # a new store holds nothing: no need to count it
            self.index.quad_count = None  # a writer that does not count what it changes leaves the count unknown
        elif (self.staging / INDEX_FILE).exists():
            StoreIndex.forget_quad_count(self.staging / INDEX_FILE)

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
            retired = self.path.parent / f".{self.path.name}.retired-{secrets.token_hex(4)}"
            os.rename(self.staging, retired)
            _remove_unread(retired)
        else:
            os.rename(self.staging, self.path)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Remove the staging copy; a write that failed (a full disk) becomes one ``StoreError``."""
        self._discard()
        if isinstance(error, (OSError, sqlite3.Error)):
            raise _write_error(self.path, error) from error

    def _close(self, keep: bool = True) -> None:
        if self.with_index and hasattr(self, "index"):
            try:
                self.index.close(keep=keep)
            except sqlite3.Error:
                if keep:
                    raise
            del self.index
        if hasattr(self, "store"):
            del self.store

    def _discard(self) -> None:
        self._close(keep=False)
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
        elif self.path is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _write_error(path: Path | None, error: OSError | sqlite3.Error) -> StoreError:
    """The one error line of a store write that failed (a full disk, a file too large)."""
    reason = getattr(error, "strerror", None) or error
    return StoreError(f"{path or 'the temporary store'}: cannot write the store: {reason}; the store is as it was")


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
    """Under the lock: put back a store left aside by an interrupted swap, remove stale staging and retired folders."""
    previous = path.parent / f".{path.name}.previous"
    if previous.exists() and not path.exists():
        os.rename(previous, path)
    for stale in path.parent.glob(f".{path.name}.*"):
        if stale.is_dir():
            _remove_unread(stale)


def _remove_unread(folder: Path) -> bool:
    """Delete a folder no store reader holds (an exclusive lock on it succeeds); leave it otherwise.

    Returns whether it was deleted.
    """
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a reader still reads it; a later writer deletes it
        shutil.rmtree(folder, ignore_errors=True)
        return True
    finally:
        os.close(handle)


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


class BackgroundLoader:
    r"""Bulk-loads N-Quads into a store in a thread, so the caller goes on while a batch is written.

    The caller :meth:`write`\ s a batch into a spool file (in a folder of its
    own under ``spool_parent``), then :meth:`put`\ s it: a thread bulk-loads the
    file and deletes it. pyoxigraph releases the GIL while it loads, and its
    bulk loader streams the file, so only the batch being loaded is in memory
    (its loader needs about four times the batch's bytes). At most one batch
    waits behind the one being loaded (``put`` blocks until there is room). A
    failed load is raised by the next ``put`` or ``drain``; what was queued
    after it is dropped.
    """

    def __init__(self, store: ox.Store, spool_parent: Path) -> None:
        self.store = store
        self._folder = Path(tempfile.mkdtemp(prefix="kg-batches-", dir=spool_parent))
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-loader")
        self._loads: deque[Future[None]] = deque()
        self._batch: BinaryIO | None = None
        self._batches = 0

    def write(self, data: bytes) -> None:
        """Add N-Quads to the batch being spooled."""
        if self._batch is None:
            self._batch = open(self._folder / f"{self._batches}.nq", "wb")  # noqa: SIM115 (closed by put or close)
            self._batches += 1
        self._batch.write(data)

    def put(self) -> None:
        """Queue the spooled batch to load (waits while one batch is already queued); no batch, nothing."""
        if self._batch is None:
            return
        path = Path(self._batch.name)
        self._batch.close()
        self._batch = None
        while self._loads and (len(self._loads) >= 2 or self._loads[0].done()):
            self._collect()
        self._loads.append(self._executor.submit(self._load, path))

    def drain(self) -> None:
        """Wait until everything queued is in the store; raise a failed load's error."""
        while self._loads:
            self._collect()

    def close(self) -> None:
        """Drop what is queued or spooled, wait for the load in progress, stop the thread (no error raised)."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._loads.clear()
        if self._batch is not None:
            self._batch.close()
            self._batch = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def _load(self, path: Path) -> None:
        try:
            # lenient: kg wrote these N-Quads itself (valid IRIs), so the loader skips checking them again
            self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
        finally:
            path.unlink(missing_ok=True)

    def _collect(self) -> None:
        """Wait for the oldest load; if it failed, drop the later ones and raise its error."""
        try:
            self._loads.popleft().result()
        except BaseException:
            for load in self._loads:
                load.cancel()
            self._loads.clear()
            raise


def sorted_nquads(quads: Iterable[ox.Quad]) -> str:
    """N-Quads text with one statement a line, lines sorted: byte-identical for identical graphs."""
    lines = sorted({f"{q} .\n" for q in quads})
    return "".join(lines)


def write_graph_file(path: Path, quads: Sequence[ox.Quad]) -> None:
    """Write quads to ``path`` in the format its extension names, atomically, with the process umask.

    ``.nq`` output is sorted N-Quads; Turtle, TriG, RDF/XML and JSON-LD declare
    the ontology's prefixes. ``.ttl``, ``.nt`` and ``.rdf`` hold triples only:
    the graphs are merged, with a warning when there are named graphs.

    Raises:
        StoreError: An unknown extension, or the file cannot be written.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if rdf_format == ox.RdfFormat.N_QUADS:
        data = sorted_nquads(quads).encode("utf-8")
    else:
        data = serialize(quads, rdf_format)
    if rdf_format in TRIPLE_FORMATS and any(isinstance(q.graph_name, ox.NamedNode) for q in quads):
        warnings.warn(
            f"{path}: {path.suffix} has no named graphs, so the graphs are merged and which document said what is lost; "
            "write .trig or .nq to keep them",
            KgWarning,
            stacklevel=2,
        )
    try:
        with atomic_output(path, follow_links=True) as out:
            out.write(data)
    except OSError as error:
        raise StoreError(f"{path}: cannot write: {failure(error, path)}") from error


def check_output_file(path: Path) -> None:
    """Fail before a build where ``write_store_file(store, path)`` would fail at its end, the work lost: an extension
    that names no format, a folder, a parent that is a file or cannot be written.

    Raises:
        StoreError: Naming the file and the problem.
    """
    if FORMAT_BY_SUFFIX.get(path.suffix.lower()) is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    try:
        check_writable(path)
    except OSError as error:
        raise StoreError(f"{path}: cannot write: {failure(error, path)}") from error


def write_store_file(store: ox.Store, path: Path, *, run_lines: int = 200_000) -> None:
    """Write a whole store to ``path`` (format by extension) as ``write_graph_file`` does, ``.nq`` in bounded memory.

    ``.nq`` is sorted N-Quads, sorted in runs of ``run_lines`` lines on disk that
    are merged, so a store of any size is written; the other formats are
    serialised in memory (prefixes, JSON-LD context).

    Raises:
        StoreError: An unknown extension, or the file cannot be written.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown output format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if rdf_format != ox.RdfFormat.N_QUADS:
        write_graph_file(path, list(store))
        return
    try:
        runs_folder = None if is_stream(path) else Path(os.path.realpath(path)).parent  # beside the file; /dev may not take one
        with atomic_output(path, follow_links=True) as out, tempfile.TemporaryDirectory(dir=runs_folder, prefix=f".{path.name}.runs-") as runs:
            _write_sorted_lines(out, store, Path(runs), run_lines)
    except OSError as error:
        raise StoreError(f"{path}: cannot write: {failure(error, path)}") from error


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
    """An in-memory store holding the dataset in a graph file (format by extension).

    Raises:
        StoreError: An unknown extension, a missing or unreadable file, nesting
            deeper than ``kg.rdf.syntax.MAX_NESTING``, or a syntax error.
    """
    rdf_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"{path}: unknown graph file format; use one of {', '.join(FORMAT_BY_SUFFIX)}")
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from error
    data = data.removeprefix(codecs.BOM_UTF8)  # a leading byte-order mark (Windows editors write one) is no RDF term
    check_nesting(data, rdf_format, str(path))
    store = ox.Store()
    try:
        store.load(data, format=rdf_format)
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"{path}: cannot parse: {error}") from error
    except MemoryError as error:  # the parser's buffer has a fixed cap (16 MB): one line or term past it; or memory ran out
        too_large = "a line or term is too large for the parser's buffer or for memory"
        raise StoreError(f"{path}: cannot parse: {too_large} ({error})") from error
    return store
