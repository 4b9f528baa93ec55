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
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through; it appears at ``path`` only when the block ends without error.

    A device, FIFO or socket is written into directly (see the module docstring);
    a symbolic link is followed to the file it leads to.

    Raises:
        OSError: The folder cannot be created or written, or ``path`` is a folder.
    """
    if is_stream(path):
        with open(path, "wb") as stream:
            yield stream
        return
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
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


def check_writable(path: Path) -> None:
    """Fail now, not after hours of work, where ``atomic_output(path)`` could not write: ``path`` a folder,
    or its nearest existing folder a file or not writable. Writes nothing, creates no folder.

    Raises:
        OSError: ``IsADirectoryError``, ``NotADirectoryError`` or ``PermissionError``, naming the path at fault.
    """
    if is_stream(path):
        return
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))


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
