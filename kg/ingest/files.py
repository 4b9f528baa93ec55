"""Find input files and read their text safely.

* Folders are walked in path order. A symbolic link inside a folder is followed
  only when it leads to somewhere inside that folder (``leak.txt -> /etc/passwd``
  is refused), unless ``follow_symlinks`` is set; links that loop are skipped.
* Only regular files are read: a FIFO, a device or a socket is refused before it
  can block or stream forever.
* A file is refused by its size before it is read when it cannot fit the
  character limit, so a 50 MB file costs nothing.
* Text is UTF-8, or UTF-16/UTF-32 with a byte-order mark. The mark is kept as the
  character U+FEFF at offset 0, so that offsets count the characters of the whole
  file as decoded (GUIDELINES section 10).
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

from kg.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
#: Byte-order marks and the codec each announces (UTF-32 first: its LE mark starts with UTF-16's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: A character takes at most this many bytes in UTF-8, UTF-16 or UTF-32.
MAX_BYTES_PER_CHAR = 4
#: Bytes sniffed at the start of a JSON Lines file for a NUL (a binary file).
_SNIFF = 1 << 16
#: What the ``surrogateescape`` error handler puts in place of an undecodable byte.
_UNDECODABLE = re.compile("[\udc80-\udcff]")
#: What each file type that is not a regular file is called, by its ``stat.S_IFMT`` bits.
_FILE_TYPES = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


@dataclass(frozen=True)
class LineSpan:
    """A run of a text file's lines: ``count`` lines from line number ``first``, which starts at byte ``offset``."""

    offset: int
    first: int
    count: int


@dataclass(frozen=True)
class InputFile:
    """A file to read and the id of the document it holds: its path relative to
    the folder given (``c1/article.txt``), or its name when given itself.
    ``lines`` limits a JSON Lines file to some of its lines (a partition of a
    distributed build)."""

    path: Path
    doc_id: str
    lines: LineSpan | None = None


def find_inputs(paths: Sequence[str | Path], follow_symlinks: bool = False) -> tuple[list[InputFile], list[InputError]]:
    """The input files of files and folders, and one error per path that cannot be used.

    Inside folders, files of other types are skipped; named explicitly, they are errors.
    """
    found: list[InputFile] = []
    errors: list[InputError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found += (InputFile(file, file.relative_to(path).as_posix()) for file in _walk(path, follow_symlinks, errors))
        elif not path.exists():
            errors.append(InputError(str(path), "no such file or directory"))
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            errors.append(
                InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                )
            )
        else:
            found.append(InputFile(path, path.name))
    return found, errors


def _walk(root: Path, follow_symlinks: bool, errors: list[InputError]) -> list[Path]:
    """The supported files under ``root``, sorted by path (see the module docstring for links)."""
    real_root = root.resolve()
    visited = {real_root}
    files: list[Path] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            errors.append(InputError(str(folder), f"cannot be listed: {error.strerror}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            wanted = path.suffix.lower() in SUPPORTED_SUFFIXES
            try:
                real = path.resolve(strict=entry.is_symlink())
            except (OSError, RuntimeError):  # a dangling link, or a loop (RuntimeError before Python 3.13)
                if wanted:
                    errors.append(InputError(str(path), "symbolic link that leads nowhere (dangling or looping)"))
                continue
            is_dir = entry.is_dir()
            if entry.is_symlink() and not follow_symlinks and not real.is_relative_to(real_root):
                if is_dir or wanted:
                    errors.append(
                        InputError(
                            str(path),
                            f"symbolic link to {real}, outside the input folder {root}: not followed "
                            "(--follow-symlinks reads it)",
                        )
                    )
                continue
            if is_dir:
                if real not in visited:
                    visited.add(real)
                    pending.append(path)
            elif wanted:
                files.append(path)
    return sorted(files)


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary mode, if it is a regular file.

    It is opened without blocking and checked on the open descriptor, so a FIFO
    never waits for a writer and a file swapped for a device after the check is
    still refused.

    Raises:
        InputError: It cannot be opened, or is not a regular file.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO and stat.S_ISSOCK(_mode(path)):  # a socket cannot be opened at all
            _refuse_special(path, stat.S_IFSOCK)
        raise InputError(str(path), f"cannot be read: {error.strerror}") from error
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        _refuse_special(path, mode)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _mode(path: Path) -> int:
    """The mode of ``path`` (0 when it has gone)."""
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def _refuse_special(path: Path, mode: int) -> NoReturn:
    """Raise the error of a path that is not a regular file."""
    kind = _FILE_TYPES.get(stat.S_IFMT(mode), "a special file")
    raise InputError(str(path), f"not a regular file ({kind}); only regular files are read")


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """The codec a file's first bytes announce by a byte-order mark, and the mark's length (UTF-8 and 0 without one)."""
    for mark, codec in BOMS:
        if head.startswith(mark):
            return codec, len(mark)
    return "utf-8", 0


def read_text(path: Path, max_chars: int, rule: str) -> str:
    """The whole text of a file of at most ``max_chars`` characters (a byte-order mark kept as U+FEFF).

    ``rule`` names the limit in error messages ("--max-chars 1,000,000").

    Raises:
        InputError: Unreadable, not a regular file, too long, binary, not valid
            in its encoding, or blank.
    """
    with open_regular(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_BYTES_PER_CHAR * (max_chars + 1):
            raise InputError(str(path), f"too long: {size:,} bytes, more than {rule} characters can take")
        try:
            data = file.read()
        except OSError as error:
            raise InputError(str(path), f"cannot be read: {error.strerror}") from error
    codec, bom = sniff_encoding(data[:4])
    if not bom:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(
                str(path), f"binary file (NUL byte at byte offset {nul}); UTF-16 and UTF-32 need a byte-order mark"
            )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not valid {codec.upper()} (byte 0x{data[exc.start]:02x} at byte offset {exc.start})"
        ) from exc
    if len(text) > max_chars:
        raise InputError(str(path), f"too long: {len(text):,} characters, more than {rule}")
    if not text.lstrip("\ufeff").strip():
        raise InputError(str(path), "empty file")
    return text


def read_lines(path: Path, max_line: int, span: LineSpan | None = None) -> Iterator[tuple[int, str | InputError]]:
    """The non-blank lines of a text file (or of ``span``, in UTF-8 files) with their line numbers, read one at a time.

    A line longer than ``max_line`` characters is skipped without being held in
    memory and given as that line's error; so is a line that is not valid in the
    file's encoding. A byte-order mark is dropped.

    Raises:
        InputError: The file cannot be opened, is binary, or has no line (a whole file only).
    """
    with open_regular(path) as file:
        head = file.read(_SNIFF)
        codec, bom = sniff_encoding(head)
        nul = head.find(b"\x00")
        if not bom and nul >= 0:
            raise InputError(
                str(path), f"binary file (NUL byte at byte offset {nul}); UTF-16 and UTF-32 need a byte-order mark"
            )
        file.seek(max(bom, span.offset) if span else bom)
        stream = io.TextIOWrapper(file, encoding=codec, errors="surrogateescape", newline="\n")
        number, seen = (span.first - 1, True) if span else (0, False)
        last = span.first + span.count - 1 if span else None
        while (last is None or number < last) and (line := stream.readline(max_line + 1)):
            number += 1
            if len(line) > max_line and not line.endswith("\n"):
                while (rest := stream.readline(max_line + 1)) and not rest.endswith("\n"):
                    pass
                seen = True
                yield number, InputError(f"{path}:{number}", f"line too long: more than {max_line:,} characters")
                continue
            if not line.strip():
                continue
            seen = True
            bad = _UNDECODABLE.search(line)
            if bad is not None:
                byte = ord(bad.group()) - 0xDC00
                yield number, InputError(
                    f"{path}:{number}", f"not valid {codec.upper()} (byte 0x{byte:02x} at column {bad.start() + 1})"
                )
            else:
                yield number, line
    if not seen:
        raise InputError(str(path), "empty file")
