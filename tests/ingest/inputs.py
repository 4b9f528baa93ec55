"""Helpers the ingest tests share: writing an input file, the one error of a read."""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError


def write_input(path: Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` as it is (text as UTF-8, line ends untouched), making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def only_error(errors: list[InputError]) -> InputError:
    """The single error of a read (fails the test when there is not exactly one)."""
    assert len(errors) == 1, errors
    return errors[0]
