"""Lines and words of plain text, split one way for every ingest step (zones, metadata, near duplicates)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")


def words(text: str) -> list[str]:
    """The words of ``text``: runs of letters, digits and underscores."""
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """The number of words in ``text``."""
    return len(_WORD.findall(text))


def visible_lines(text: str, offset: int = 0) -> Iterator[tuple[int, str]]:
    """Each non-blank line of ``text``, stripped, with the offset of its first character plus ``offset``."""
    for match in _LINE.finditer(text):
        stripped = match.group().strip()
        if stripped:
            yield offset + match.start() + match.group().index(stripped[0]), stripped
