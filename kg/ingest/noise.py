"""Stretches of text that are noise to the parser: long punctuation runs and over-long "words".

spaCy's tokenizer splits a whitespace-free chunk by cutting prefixes and suffixes off
it one at a time, searching the whole remainder each time, so a chunk of n quotes,
brackets, symbols or emoji (``'"' * 50000``) takes time in n²: minutes for 50 KB.
The analysed text blanks these stretches to spaces of the same length (newlines
kept), as it blanks clutter zones, so offsets stay exact and the original text is
untouched. Neither shape carries anything the extractors read: prose never needs
ten punctuation marks in a row, and a "word" of over a hundred characters is a
long URL, an encoded blob or junk.
"""

from __future__ import annotations

import re

#: Fewest characters in a run of whitespace-separated chunks without a letter or
#: digit that make it noise: ``“Enough,” — “` in prose has 5.
MIN_SYMBOL_RUN = 10
#: Longest whitespace-free chunk left to the tokenizer: the worst chunk of this
#: length costs it about a millisecond.
MAX_WORD = 100

_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
#: A run of whitespace-separated chunks each made only of punctuation and symbols (whole chunks:
#: possessive, so a chunk that goes on with a letter ends the run before it).
_SYMBOL_CHUNK = r"(?:[^\w\s]|_)++(?!\S)"
_SYMBOL_RUN = re.compile(rf"(?<!\S){_SYMBOL_CHUNK}(?:\s++{_SYMBOL_CHUNK})*+")
_SPACE = re.compile(r"\s+")


def noise_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The ``[start, end)`` spans of ``text`` to blank before parsing, sorted and merged.

    A span is a chunk longer than ``MAX_WORD``, or a run of chunks made only of
    punctuation and symbols, separated by white space only, with at least
    ``MIN_SYMBOL_RUN`` characters (``'"' * 50000``, ``'" ' * 50000``).
    """
    spans = [match.span() for match in _LONG_WORD.finditer(text)]
    for match in _SYMBOL_RUN.finditer(text):
        run = match.group()
        if len(run) - sum(map(len, _SPACE.findall(run))) >= MIN_SYMBOL_RUN:
            spans.append(match.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
