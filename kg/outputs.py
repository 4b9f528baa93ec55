"""Output files: written whole or not at all, with the permissions the process umask gives.

A file is written under a temporary name beside its final path and renamed into
place once complete, so a reader never sees half a file. The temporary file is
created with mode 0666 and the kernel applies the umask, as for any new file
(``tempfile.mkstemp`` would make it 0600, unreadable by a bulk loader running as
another user).

A path that leads to a device, a FIFO or a socket (``/dev/stdout``, ``/dev/null``,
a named pipe) is written into as it is: renaming a file over it would put a
regular file in the place of the device or pipe (for root, ``/dev/stdout`` of
the whole system). A symbolic link to a file is written through: the file it
leads to is replaced, the link stays.

Both hold only for a path the user named (``follow_links=True``: ``--out``). A
link leads to a file in an existing folder only: the folders a link names are
never created. A file kg names itself in a folder (a manifest, a shard) replaces
whatever stands at its name, a link or a pipe included, as a rename does: in a
folder shared with others, a link planted there must not make kg write where it
leads.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_output(path: Path, *, follow_links: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through; it appears at ``path`` only when the block ends without error.

    With ``follow_links`` (a path the user named), a device, FIFO or socket is
    written into directly and a symbolic link is followed to the file it leads to,
    in a folder that must exist; without it, whatever is at ``path`` is replaced
    (see the module docstring). The folders of ``path`` itself are created.

    Raises:
        OSError: The folder cannot be created or written, ``path`` is a folder, a folder
            of it is a file, or a link leads into a folder that does not exist.
    """
    if follow_links and is_stream(path):
        with open(path, "wb") as stream:
            yield stream
        return
    check_writable(path, follow_links=follow_links)
    path.parent.mkdir(parents=True, exist_ok=True)
    path = _final(path, follow_links)
    temp, out = temporary_beside(path)
    try:
        with out:
            yield out
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def is_stream(path: Path) -> bool:
    """Whether ``path`` leads, also through symbolic links, to an existing device, FIFO or socket."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_writable(path: Path, *, follow_links: bool = True) -> None:
    """Fail now, not after hours of work, where ``atomic_output(path, follow_links=...)`` could not write: ``path``
    a folder, its nearest existing folder a file or not writable, or a link that leads into a missing folder.
    Writes nothing, creates no folder.

    Raises:
        OSError: ``IsADirectoryError``, ``NotADirectoryError``, ``FileNotFoundError`` or ``PermissionError``,
            naming the path at fault.
    """
    if follow_links and is_stream(path):
        return
    target = _final(path, follow_links)
    if target.is_dir() and (follow_links or not target.is_symlink()):  # a link of kg's own name is replaced
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))


def _final(path: Path, follow_links: bool) -> Path:
    """The file ``atomic_output`` replaces: ``path``, or with ``follow_links`` the file a link at ``path`` leads to,
    whose folder must exist (a link is no order to create folders).

    Raises:
        FileNotFoundError: A link leads into a folder that does not exist, naming that folder.
    """
    if not (follow_links and path.is_symlink()):
        return path
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the link leads into a folder that does not exist", str(target.parent))
    return target


def failure(error: OSError, path: Path) -> str:
    """What went wrong in writing ``path``, with the path at fault when it is another (a parent that is a file)."""
    at = f" ({error.filename})" if error.filename and str(error.filename) != str(path) else ""
    return f"{error.strerror or error}{at}"


def temporary_beside(path: Path) -> tuple[Path, BinaryIO]:
    """A new hidden file in the folder of ``path`` (mode 0666 less the umask), open for writing, and its path.

    The caller renames it over ``path`` when complete, or removes it.
    """
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return temp, os.fdopen(handle, "wb")
