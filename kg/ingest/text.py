"""Lines and words of plain text, split one way for every ingest step (zones, metadata, near duplicates)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

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


#: A hard-wrapped block: at least this many lines, the widest within these widths ...
_WRAP_MIN_LINES = 3
_WRAP_WIDTHS = (40, 100)
#: ... most lines (this share) at least this share of the widest; and the text is prose: at least this
#: share of the lines after the first of such blocks go on with a lower-case word (not a list of headlines).
_WRAP_LINE_SHARE = 0.6
_WRAP_LOWER_SHARE = 0.2
#: Short paragraphs wrapped at one width: blocks of two lines count too when at least this many blocks of two or
#: more lines open with a line at least ``_WRAP_PAIR_SHARE`` of the widest of their first lines, within ``_WRAP_WIDTHS``.
_WRAP_PAIR_BLOCKS = 3
_WRAP_PAIR_SHARE = 0.8
#: Characters a wrapped line's continuation may start with besides letters and digits (not bullets or dashes).
_WRAP_CONTINUATION_MARKS = frozenset('"“‘\'([')
#: Characters after which a line ends its sentence, and the closing marks that may follow them.
_SENTENCE_END = frozenset(".!?:;…")
_CLOSING_MARKS = "\"'”’)]"


def hard_wraps(text: str) -> list[int]:
    """Offsets of the line breaks of ``text`` that only wrap a sentence at a fixed width (wire copy,
    mailing lists, plain-text archives: "... President Ilham\\nAliyev said"): in a block of at least
    three lines without a blank line, no wider than ``_WRAP_WIDTHS``, most of them nearly as wide as
    the widest, the break after a line that wide that ends no sentence, before a word or a quotation
    (a line that ends in a stop ends no sentence when the next goes on in lower case: "the U.N.\nrefugee agency");
    only in prose, where some of those lines go on with a lower-case word (not a list of headlines).
    A two-line block of a document with such blocks is one too when its first line is nearly as wide as their widest.
    The document's first line (its headline), a short line (a byline, a paragraph's last line) and a
    line before a bullet or a dash still end where they end."""
    lines: list[tuple[int, str]] = []  # (offset of the line break, the line without trailing spaces)
    offset = 0
    for line in text.split("\n"):
        offset += len(line)
        lines.append((offset, line.rstrip()))
        offset += 1
    blocks: list[tuple[list[tuple[int, str]], list[bool]]] = []  # (block, whether each line but the last is wide)
    every: list[list[tuple[int, str]]] = []
    block: list[tuple[int, str]] = []
    for end, line in [*lines, (len(text), "")]:
        if line.strip():
            block.append((end, line))
            continue
        if block:
            every.append(block)
        block = []
    pairs = _paired_width(every)
    short: list[list[tuple[int, str]]] = []  # two-line blocks no width of pairs accounts for
    for block in every:
        wide = _wrapped_block(block) if len(block) != 2 or pairs is None else [len(block[0][1]) >= _WRAP_PAIR_SHARE * pairs]
        if wide is not None:
            blocks.append((block, wide))
        elif len(block) == 2:
            short.append(block)
    if blocks:
        width = max(len(line) for block, _ in blocks for _, line in block)
        blocks += [(pair, [True]) for pair in short if _WRAP_PAIR_SHARE * width <= len(pair[0][1]) <= width]
    lower = [line.lstrip()[:1].islower() for block, _ in blocks for _, line in block[1:]]
    if sum(lower) < _WRAP_LOWER_SHARE * len(lower):
        return []
    return [end for block, wide in blocks for end in _block_wraps(block, wide, first=lines[0][0])]


@lru_cache(maxsize=8)
def unwrapped(text: str) -> str:
    """``text`` with the line breaks that only hard-wrap a sentence (``hard_wraps``) read as spaces; same length.
    Cached: the metadata reader, the near-duplicate signature and the analysis text each ask for it."""
    chars = list(text)
    for offset in hard_wraps(text):
        chars[offset] = " "
    return "".join(chars)


def _paired_width(blocks: list[list[tuple[int, str]]]) -> int | None:
    """The width the text's paragraphs are wrapped at, when at least ``_WRAP_PAIR_BLOCKS`` of its blocks of two or more
    lines open with a line nearly as wide as the widest of those first lines (``None`` otherwise), so that the wrapped
    two-line paragraphs of a short wire story ("... the U.N. refugee\\nagency said.") read as one line too."""
    firsts = [len(block[0][1]) for block in blocks if len(block) >= 2]
    if not firsts:
        return None
    width = max(firsts)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    return width if sum(first >= _WRAP_PAIR_SHARE * width for first in firsts) >= _WRAP_PAIR_BLOCKS else None


def _wrapped_block(block: list[tuple[int, str]]) -> list[bool] | None:
    """When a block of ``(line-break offset, line)`` has the shape of a hard-wrapped paragraph, whether
    each of its lines but the last is nearly as wide as the widest (else ``None``)."""
    if len(block) < _WRAP_MIN_LINES:
        return None
    width = max(len(line) for _, line in block)
    wide = [len(line) >= _WRAP_LINE_SHARE * width for _, line in block[:-1]]
    return wide if _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] and sum(wide) >= _WRAP_LINE_SHARE * len(wide) else None


def _block_wraps(block: list[tuple[int, str]], wide: list[bool], first: int) -> list[int]:
    """The offsets of the line breaks of one hard-wrapped block of ``(line-break offset, line)`` that wrap a
    sentence (``wide``: whether each line but the last is nearly as wide as the widest)."""
    return [
        end
        for (end, line), is_wide, (_, following) in zip(block, wide, block[1:])
        if is_wide and end != first and _continues(following.lstrip())
        and (line.rstrip(_CLOSING_MARKS)[-1:] not in _SENTENCE_END or following.lstrip()[:1].islower())
    ]


def _continues(line: str) -> bool:
    """Whether a line can continue a wrapped sentence: it starts with a word or an opening quotation, not a bullet."""
    return bool(line) and (line[0].isalnum() or line[0] in _WRAP_CONTINUATION_MARKS)
