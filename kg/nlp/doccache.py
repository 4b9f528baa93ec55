"""Per-document caches of what the extractors read over and over.

spaCy computes ``Doc.text`` and ``Token.children`` anew on every access; the
extractors read them many times per document, so they go through these helpers,
which keep the results in ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

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
