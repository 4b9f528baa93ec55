"""Per-document caches of what the extractors read over and over.

spaCy computes ``Doc.text`` and ``Token.children`` anew on every access, and makes
a new ``Token`` object for every ``doc[i]``; the extractors read them many times
per document, so they go through these helpers, which keep the results in
``doc.user_data``. Loops over every token test the plain lists of
:func:`token_table` and make ``Token`` objects only for the few that may matter.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_ALPHA, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Token

_TABLE = "kg_token_table"
_TEXT = "kg_text"
_CHILDREN = "kg_children"
_STARTS = "kg_token_starts"
_BLOCKS = "kg_blocks"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def children(token: Token) -> list[Token]:
    """``list(token.children)``, computed once for the whole document."""
    doc = token.doc
    table = doc.user_data.get(_CHILDREN)
    if table is None:
        table = [[] for _ in range(len(doc))]
        for child in doc:
            if child.head.i != child.i:
                table[child.head.i].append(child)
        doc.user_data[_CHILDREN] = table
    return table[token.i]


def tokens_before(doc: Doc, offset: int) -> int:
    """How many tokens end at or before character ``offset``."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [token.idx + len(token.text) for token in doc]
    return bisect_right(starts, offset)


def blocks(doc: Doc) -> list[int]:
    """The paragraph number of each token, computed once: a line break starts a new paragraph
    (the break token belongs to the paragraph it opens)."""
    found = doc.user_data.get(_BLOCKS)
    if found is None:
        found, block = [], 0
        for token in doc:
            if token.is_space and "\n" in token.text:
                block += 1
            found.append(block)
        doc.user_data[_BLOCKS] = found
    return found


@dataclass(frozen=True)
class TokenTable:
    """Attributes of every token of a doc, as lists indexed by token (``lemma`` in lower case)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    sent_start: list[bool]
    alpha: list[bool]
    space_after: list[bool]


def token_table(doc: Doc) -> TokenTable:
    """The token table of a doc, read once with ``Doc.to_array`` (each distinct string looked up once)."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        columns = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, SENT_START, IS_ALPHA, SPACY]).reshape(len(doc), 8)
        text, lower, lemma, pos, tag = (_strings(doc, columns[:, i]) for i in range(5))
        flags = [column.tolist() for column in (columns[:, 5].astype("int64") == 1, columns[:, 6] == 1, columns[:, 7] == 1)]
        table = doc.user_data[_TABLE] = TokenTable(text, lower, [word.lower() for word in lemma], pos, tag, *flags)
    return table


def _strings(doc: Doc, column: numpy.ndarray) -> list[str]:
    values, inverse = numpy.unique(column, return_inverse=True)
    strings = [doc.vocab.strings[int(value)] for value in values]
    return [strings[i] for i in inverse.tolist()]
