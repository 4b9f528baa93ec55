"""Curly quotation marks for the statistical components, the input's own characters for everything else.

The tagger, parser and NER read a straight double or single quotation mark differently from the curly ones
they mostly saw in training: the same sentence with straight marks ('"...," Governor X said') loses its
speaker (tagged WORK_OF_ART) or its cue. Straight marks cannot say whether they open or close; curly ones
do. So the first component (``SmartQuotes``) gives the pipeline a copy of the document whose straight marks
are curly where the context says which (``smart_quotes``: one character for one, so every offset holds), and
the component after the NER (``PlainQuotes``) puts the input's characters back under the same annotations:
the rule-based components, the extractors, the offsets and the evidence strings all read the input as it was.

Why not a library: SmartyPants (``smartypants`` on PyPI) also turns dashes and dots, emits HTML entities
unless told otherwise, skips whatever lies between ``<`` and ``>`` and reads backslash escapes, so that its
output is not one character for one and not a plain-text reading; the rules kept here are the few it applies
to quotation marks, by the character before and after each mark.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Token

from kg.nlp.doccache import doc_text, user_data_without_caches

#: Where ``SmartQuotes`` leaves the input's words of a document it gave curly marks.
INPUT_WORDS = "kg_input_words"
#: Where ``curly_text`` keeps the document's text with curly marks (kept over ``PlainQuotes``: the offsets hold).
CURLY_TEXT = "kg_curly_text"
#: Characters after which a quotation mark opens a quotation ("(“", "—“", "“‘").
_OPEN_AFTER = frozenset("([{<-/\u2013\u2014\u201c\u2018")
#: Sentence ends a quotation may open right after, when paragraphs lost their breaks ('in Beirut."The majority').
_SENTENCE_END = frozenset(".!?")
_STRAIGHT = re.compile("[\"'\n]")
#: What the statistical components and the ruler leave on the tokens, carried from the curly copy.
_CARRIED: list[int | str] = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def smart_quotes(text: str) -> str:
    """``text`` with its straight quotation marks curly where the characters around them say which, one character
    for one (every offset into ``text`` holds).

    A double mark opens (“) at the start or after a space or an opening bracket, dash or mark, before a word or
    punctuation, and between a sentence's end and a letter ('in Beirut."The majority'); it closes (”) after
    anything else. A single mark opens (‘) where a double one would, before a letter; it closes (’) the one
    opened before it in its paragraph, after a letter or punctuation, before anything but a letter ("‘We will
    stay,’ she said"); with none open it is an apostrophe and stays straight ("the rebels' base", which the
    tagger reads as a possessive and as a closing mark when curly).
    An apostrophe inside a word stays straight ("Côte d'Ivoire", "N'Djamena", "Sudan's army"): the gazetteer
    writes names so and the ruler matches them so, and the possessive "'s" is the tagger's own reading (read as
    "’s" it moves the parse of "called Rwanda's deployment ..."). A mark after a digit stays straight (inches,
    feet: 'a 12" pipe'), as does a mark with spaces on both sides or a lone one before a digit ("'90s").
    """
    if '"' not in text and "'" not in text:
        return text
    chars = list(text)
    single_open = False  # a single quotation opened in this paragraph and not closed yet
    for match in _STRAIGHT.finditer(text):
        at = match.start()
        if match.group() == "\n":
            single_open = False
            continue
        mark = _curly(match.group(), chars[at - 1] if at else "", text[at + 1 : at + 2])
        if mark == "\u2019" and not single_open:
            continue  # "the rebels' base": a possessive, the tagger's own reading, with no quotation open
        single_open = mark == "\u2018" or (single_open and mark != "\u2019")
        chars[at] = mark
    return "".join(chars)


def _curly(mark: str, before: str, after: str) -> str:
    """The curly mark for a straight ``mark`` between the characters ``before`` (as already made curly) and
    ``after``, or ``mark`` itself where the context does not say."""
    opens = not before or before.isspace() or before in _OPEN_AFTER or (before in _SENTENCE_END and after.isalpha())
    if mark == '"':
        if before.isdigit() or (opens and (not after or after.isspace())):
            return mark
        return "\u201c" if opens else "\u201d"
    if opens:
        return "\u2018" if after.isalpha() else mark
    if after.isalpha() or (before.isdigit() and not after.isalpha()):
        return mark  # "don't", "d'Ivoire"; "5'" (feet)
    return "\u2019"


def curly_text(doc: Doc) -> str:
    """The document's text with curly marks for straight ones (``smart_quotes``), computed once: what the
    extractors read quotation marks in, as the statistical components did."""
    text = doc.user_data.get(CURLY_TEXT)
    if text is None:
        text = doc.user_data[CURLY_TEXT] = smart_quotes(doc_text(doc))
    return text


def reads_as(token: Token) -> str:
    """The token's text with its straight quotation marks read as curly ones: "‘" or "’" for a "'" that opens or
    closes a quotation ("'We will stay,' she said"), "'" for a lone one or one inside a word."""
    text = token.text
    if '"' not in text and "'" not in text:
        return text
    return curly_text(token.doc)[token.idx : token.idx + len(text)]


class SmartQuotes:
    """The first component: a document with curly marks for the straight ones (``smart_quotes``), the input's
    words kept in ``doc.user_data[INPUT_WORDS]`` for ``PlainQuotes``; a document without any, unchanged."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        smart = smart_quotes(text)
        if smart == text:
            return doc
        words = [token.text for token in doc]
        curly = Doc(doc.vocab, words=[smart[token.idx : token.idx + len(token)] for token in doc],
                    spaces=[bool(token.whitespace_) for token in doc])
        curly.user_data.update(doc.user_data)
        curly.user_data[INPUT_WORDS] = words
        curly.user_data[CURLY_TEXT] = smart
        curly._context = doc._context
        return curly


class PlainQuotes:
    """The component after the NER: the document with the input's words again (``SmartQuotes``), its tags,
    parse, lemmas and entities as read on the curly copy; ``doc.user_data`` carried over but for the caches
    of the copy's text and tokens (``kg.nlp.doccache``), which are made again on the input's."""

    def __call__(self, doc: Doc) -> Doc:
        words = doc.user_data.get(INPUT_WORDS)
        if words is None:
            return doc
        plain = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
        annotations: Any = doc.to_array(_CARRIED)  # spaCy types the array as floats, it holds ids
        plain.from_array(_CARRIED, annotations)
        for token, curly in zip(plain, doc):
            if curly.lemma_ == curly.text and token.text != curly.text:
                token.lemma_ = token.text  # a quotation mark is its own lemma
        plain.tensor = doc.tensor
        plain.user_data.update(user_data_without_caches(doc))
        for name, group in doc.spans.items():
            plain.spans[name] = [plain[span.start : span.end] for span in group]
        plain._context = doc._context
        return plain

