"""White space as the models see it: a run of white space between words reads as its plain form.

The model's features of a token are read from its lexeme (norm, prefix, suffix, shape). A white-space token
is the run of white space after a line's last word ("\\n\\n", "\\n\\n  ", "\\r\\n", "\\n\\n\\n"), and its
features differ with every spelling of the same break: a page with indented paragraphs, Windows line ends
or an extra blank line between paragraphs was tagged and its names found differently from the same text
with plain breaks. Each white-space lexeme is given the features of its plain form: one line break, two
(a paragraph break, however many blank lines), or a space.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc
from spacy.vocab import Vocab


def plain_space(text: str) -> str:
    """The plain form of a run of white space: ``"\\n\\n"`` for a paragraph break, ``"\\n"`` for a line break, else a space."""
    return "\n" * min(text.count("\n"), 2) or " "


class WhitespaceFeatures:
    """Gives each white-space lexeme of a document the model features of its plain form (``plain_space``),
    before the first model reads the document. Placed first in the pipeline."""

    def __init__(self) -> None:
        self._done: set[int] = set()  # the white-space lexemes already given their plain features

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        for i in numpy.flatnonzero(doc.to_array([IS_SPACE])):
            lexeme = doc[int(i)].lex
            if lexeme.orth not in self._done:
                _plain_features(doc.vocab, lexeme.orth_)
                self._done.add(lexeme.orth)
        return doc


def _plain_features(vocab: Vocab, text: str) -> None:
    """Set the norm, prefix, suffix and shape of the lexeme of ``text`` to those of its plain form."""
    plain = plain_space(text)
    if plain == text:
        return
    lexeme, model = vocab[text], vocab[plain]
    lexeme.norm_, lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = model.norm_, model.prefix_, model.suffix_, model.shape_
