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

#: Shortest run of characters that are neither letters nor digits (white space
#: included, but not only white space) that is noise: ``"…” “`` in prose is 4.
MIN_SYMBOL_RUN = 10
#: Longest whitespace-free chunk left to the tokenizer: the worst chunk of this
#: length costs it about a millisecond.
MAX_WORD = 100

_SYMBOL_RUN = re.compile(rf"[\W_]{{{MIN_SYMBOL_RUN},}}")
_WORD = re.compile(r"\S+")


def noise_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The ``[start, end)`` spans of ``text`` to blank before parsing, sorted and merged."""
    spans = [m.span() for m in _SYMBOL_RUN.finditer(text) if not m.group().isspace()]
    spans += [m.span() for m in _WORD.finditer(text) if m.end() - m.start() > MAX_WORD]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
