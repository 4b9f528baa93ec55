"""kg_whitespace_features: a run of white space reads to the models as its plain form (shapes41)."""

from __future__ import annotations

import pytest
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX

from kg.nlp.whitespace import plain_space

FEATURES = [NORM, PREFIX, SUFFIX, SHAPE]


def _break_features(nlp, text: str) -> list[list[int]]:
    doc = nlp(text)
    return [list(row) for token, row in zip(doc, doc.to_array(FEATURES)) if token.is_space]


@pytest.mark.parametrize("brk", ["\n\n  ", "  \n\n", "\r\n\r\n", "\n\n\n", "\n", "\n\t"])
def test_a_paragraph_break_spelled_otherwise_reads_as_a_plain_one(nlp, brk: str) -> None:
    # an indented paragraph, trailing spaces, CRLF, an extra blank line, one paragraph a line: features of "\n\n"
    plain = "Soldiers of the Varga Legion shelled Pellin on Monday.\n\nThe Kessan army said it lost two tanks.\n"
    assert _break_features(nlp, plain.replace("\n\n", brk)) == _break_features(nlp, plain)


def test_a_break_reads_plain_in_every_memory_zone(nlp) -> None:
    # a lexeme freed at the end of a memory zone and made again in the next one is given the plain features again
    text = "Rebels took Aroz on Friday.\n\n\n\n\n  The army denied it.\n"
    for _ in range(2):
        with nlp.memory_zone():
            assert _break_features(nlp, text) == _break_features(nlp, text.replace("\n\n\n\n\n  ", "\n\n"))


def test_white_space_without_a_line_break_is_no_paragraph_break() -> None:
    # negative: double spaces inside a line are a space, not a break
    assert plain_space("  ") == " "
    assert plain_space("\u3000") == " "
    assert plain_space(" \n ") == "\n\n"
