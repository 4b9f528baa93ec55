"""The text of a processed spaCy Doc, computed once.

``Doc.text`` joins every token each time it is read; extractors read it often,
so they go through ``doc_text``, which keeps it in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the document."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
