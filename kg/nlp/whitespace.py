"""White space as the models see it: a run of white space between words reads as its plain form.

The model's features of a token are read from its lexeme (norm, prefix, suffix, shape). A white-space token
is the run of white space after a line's last word ("\\n\\n", "\\n\\n  ", "\\r\\n", "\\n\\n\\n"), and its
features differ with every spelling of the same break: a page with indented paragraphs, Windows line ends,
an extra blank line between paragraphs or paragraphs one a line (an HTML page's text has a blank line
between them) was tagged and its names found differently from the same text with plain breaks. Each
white-space lexeme is given the features of its plain form: a paragraph break for any run with a line
break (a line that only wraps a sentence is no break by then: ``kg.ingest.text.unwrapped``), else a space.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc
from spacy.vocab import Vocab


def plain_space(text: str) -> str:
    """The plain form of a run of white space: ``"\\n\\n"`` when it breaks a line, else a space."""
    return "\n\n" if "\n" in text else " "


#: The lexeme attributes the models read (``tok2vec``'s ``NORM``, ``PREFIX``, ``SUFFIX``, ``SHAPE``).
_FEATURES = ("norm", "prefix", "suffix", "shape")


class WhitespaceFeatures:
    """Gives each white-space token's lexeme the model features of its plain form (``plain_space``), before the
    first model reads the document. Placed right after ``kg_smart_quotes``, before the models.

    The token's own lexeme is changed, every time: a build reads documents in spaCy memory zones, where a lexeme
    first seen in the zone is freed at its end and made afresh, with its own features, in the next."""

    def __init__(self, vocab: Vocab) -> None:
        self._plain = {text: tuple(getattr(vocab[text], name) for name in _FEATURES) for text in (" ", "\n\n")}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        for i in numpy.flatnonzero(doc.to_array([IS_SPACE])):
            lexeme = doc[int(i)].lex
            for name, value in zip(_FEATURES, self._plain[plain_space(lexeme.orth_)]):
                setattr(lexeme, name, value)
        return doc
