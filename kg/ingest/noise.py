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

_CHUNK = re.compile(r"\S+")
_SYMBOLS = re.compile(r"[\W_]+")


def noise_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The ``[start, end)`` spans of ``text`` to blank before parsing, sorted and merged.

    A span is a chunk longer than ``MAX_WORD``, or a run of chunks made only of
    punctuation and symbols, separated by white space only, with at least
    ``MIN_SYMBOL_RUN`` characters (``'"' * 50000``, ``'" ' * 50000``).
    """
    spans: list[tuple[int, int]] = []
    run_start = run_end = run_chars = 0
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if end - start > MAX_WORD:
            spans.append((start, end))
        if _SYMBOLS.fullmatch(chunk.group()):
            run_start = start if not run_chars else run_start
            run_end, run_chars = end, run_chars + end - start
            continue
        if run_chars >= MIN_SYMBOL_RUN:
            spans.append((run_start, run_end))
        run_chars = 0
    if run_chars >= MIN_SYMBOL_RUN:
        spans.append((run_start, run_end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
