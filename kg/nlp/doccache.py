"""Per-document caches of what the extractors read over and over.

spaCy computes ``Doc.text`` and ``Token.children`` anew on every access, and makes
a new ``Token`` object for every ``doc[i]``; the extractors read them many times
per document, so they go through these helpers, which keep the results in
``doc.user_data``. Loops over every token test the plain lists of
:func:`token_table` and make ``Token`` objects only for the few that may matter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span, Token

_TABLE = "kg_token_table"
_TEXT = "kg_text"
_CHILDREN = "kg_children"
_SUBTREES = "kg_subtrees"
_STARTS = "kg_token_starts"
_BLOCKS = "kg_blocks"
_SENTENCES = "kg_sentences"
_SENTENCE_NUMBERS = "kg_sentence_numbers"
_ENTITY_SPANS = "kg_entity_spans"
#: Every key these helpers keep in ``doc.user_data`` (a document made anew from another must not take them over).
_CACHE_KEYS = frozenset({_TABLE, _TEXT, _CHILDREN, _SUBTREES, _STARTS, _BLOCKS, _SENTENCES, _SENTENCE_NUMBERS, _ENTITY_SPANS})


def user_data_without_caches(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data`` but for what these helpers keep in it, in its order: what a document made anew from
    ``doc`` takes over, and what ``doc`` keeps when its tokens change (:func:`drop_caches`)."""
    return {key: value for key, value in doc.user_data.items() if key not in _CACHE_KEYS}


def drop_caches(doc: Doc) -> None:
    """Forget what these helpers keep for ``doc``: a component that changes its tokens' tags, lemmas or entities
    after an earlier one read them through these helpers (the gazetteer ruler reads the token table) calls it,
    so that later readers see the new ones."""
    kept = user_data_without_caches(doc)
    doc.user_data.clear()
    doc.user_data.update(kept)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def opens_line(doc: Doc, char: int) -> bool:
    """Whether only blanks stand between the start of its line and the character offset ``char`` (read back from
    ``char``: no copy of the text)."""
    text = doc_text(doc)
    while char > 0 and text[char - 1] != "\n" and text[char - 1].isspace():
        char -= 1
    return char == 0 or text[char - 1] == "\n"


def closes_line(doc: Doc, char: int) -> bool:
    """Whether only blanks stand between the character offset ``char`` and the end of its line."""
    text = doc_text(doc)
    while char < len(text) and text[char] != "\n" and text[char].isspace():
        char += 1
    return char == len(text) or text[char] == "\n"


def children(token: Token) -> list[Token]:
    """``list(token.children)``, computed once per token (the heads once for the whole document)."""
    indices, tokens = _children(token.doc)
    found = tokens[token.i]
    if found is None:
        found = tokens[token.i] = [token.doc[i] for i in indices[token.i]]
    return found


def children_with(token: Token, deps: Collection[str]) -> list[Token]:
    """The children of ``token`` whose dependency label is one of ``deps``, in order (``Token``
    objects made only when one is)."""
    doc, i = token.doc, token.i
    indices, tokens = _children(doc)
    below = indices[i]
    if not below:  # most tokens are leaves
        return []
    dep = token_table(doc).dep
    picked = [k for k, child in enumerate(below) if dep[child] in deps]
    if not picked:
        return []
    found = tokens[i]
    if found is None:
        found = tokens[i] = [doc[child] for child in below]
    return [found[k] for k in picked]


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` of a document the whole pipeline has run on, computed once (for the extractors)."""
    found = doc.user_data.get(_ENTITY_SPANS)
    if found is None:
        found = doc.user_data[_ENTITY_SPANS] = tuple(doc.ents)
    return found


def subtree_indices(token: Token) -> list[int]:
    """The indices of ``token.subtree``, in its order (left children's subtrees, the token, right
    children's), without making a ``Token`` for each; computed once per token (do not change the list)."""
    doc = token.doc
    done = doc.user_data.get(_SUBTREES)
    if done is None:
        done = doc.user_data[_SUBTREES] = {}
    found = done.get(token.i)
    if found is None:
        found = done[token.i] = _subtree(_children(doc)[0], token.i)
    return found


def _subtree(indices: list[list[int]], top: int) -> list[int]:
    found: list[int] = []
    stack = [top]  # ~i (negative): emit token i
    while stack:
        i = stack.pop()
        if i < 0:
            found.append(~i)
            continue
        below = indices[i]
        if not below:  # most tokens are leaves
            found.append(i)
            continue
        stack += [child for child in reversed(below) if child > i]
        stack.append(~i)
        stack += [child for child in reversed(below) if child < i]
    return found


def _children(doc: Doc) -> tuple[list[list[int]], list[list[Token] | None]]:
    """Each token's children: their indices, and the ``Token`` lists made so far."""
    table = doc.user_data.get(_CHILDREN)
    if table is None:
        heads = (doc.to_array(HEAD).astype("int64") + numpy.arange(len(doc))).tolist()
        indices: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                indices[head].append(i)
        tokens: list[list[Token] | None] = [None] * len(heads)
        table = doc.user_data[_CHILDREN] = (indices, tokens)
    return table


def tokens_before(doc: Doc, offset: int) -> int:
    """How many tokens end at or before character ``offset``."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        table = token_table(doc)
        starts = doc.user_data[_STARTS] = [start + len(text) for start, text in zip(table.idx, table.text)]
    return bisect_right(starts, offset)


def blocks(doc: Doc) -> list[int]:
    """The paragraph number of each token, computed once: a line break starts a new paragraph
    (the break token belongs to the paragraph it opens)."""
    found = doc.user_data.get(_BLOCKS)
    if found is None:
        table = token_table(doc)
        found, block = [], 0
        for space, text in zip(table.space, table.text):
            if space and "\n" in text:
                block += 1
            found.append(block)
        doc.user_data[_BLOCKS] = found
    return found


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of the sentences of ``doc.sents``, computed once."""
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        starts = [i for i, start in enumerate(token_table(doc).sent_start) if start and i > 0]
        found = doc.user_data[_SENTENCES] = list(zip([0, *starts], [*starts, len(doc)])) if len(doc) else []
    return found


def sentence_numbers(doc: Doc) -> list[int]:
    """The number of the sentence (in :func:`sentences`) each token is in, computed once."""
    found = doc.user_data.get(_SENTENCE_NUMBERS)
    if found is None:
        found = doc.user_data[_SENTENCE_NUMBERS] = [number for number, (start, end) in enumerate(sentences(doc)) for _ in range(start, end)]
    return found


@dataclass(frozen=True)
class TokenTable:
    """Attributes of every token of a doc, as lists indexed by token (``lemma`` in lower case)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    idx: list[int]
    sent_start: list[bool]
    alpha: list[bool]
    space: list[bool]
    space_after: list[bool]
    punct: list[bool]


def token_table(doc: Doc) -> TokenTable:
    """The token table of a doc, read once with ``Doc.to_array`` (each distinct string looked up once)."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        attributes = [ORTH, LOWER, LEMMA, POS, TAG, DEP, IDX, SENT_START, IS_ALPHA, IS_SPACE, SPACY, IS_PUNCT]
        columns = doc.to_array(attributes).reshape(len(doc), len(attributes))
        text, lower, lemma, pos, tag, dep = _strings(doc, columns[:, :6])
        flags = [(columns[:, i] == 1).tolist() for i in (8, 9, 10, 11)]
        sent_start = (columns[:, 7].astype("int64") == 1).tolist()
        lemma = [word.lower() for word in lemma]
        table = doc.user_data[_TABLE] = TokenTable(text, lower, lemma, pos, tag, dep, columns[:, 6].tolist(), sent_start, *flags)
    return table


def _strings(doc: Doc, columns: numpy.ndarray) -> list[list[str]]:
    """The strings of hash columns, column by column (each distinct hash looked up once, for all columns)."""
    values, inverse = numpy.unique(columns, return_inverse=True)
    strings = [doc.vocab.strings[int(value)] for value in values]
    by_column = cast("list[list[int]]", inverse.reshape(columns.shape).T.tolist())  # numpy's stubs type it as a scalar
    return [[strings[i] for i in column] for column in by_column]
