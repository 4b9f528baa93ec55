"""Sentence boundaries the parser must keep: line breaks, datelines, and a cap on sentence length."""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY, TAG
from spacy.tokens import Doc

#: The longest sentence (in tokens) handed to the parser; longer runs are cut, offsets unchanged.
DEFAULT_MAX_SENTENCE_TOKENS = 250

#: Tokens after which a new sentence may start within a line.
_SENTENCE_FINAL = frozenset({".", "!", "?", "…", '"', "”", "’", "'", ")", ":", ";"})
#: Dashes that end a dateline ("YEREVAN, Armenia (AP) — ...").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
#: Part-of-speech tags a dateline is made of: names, numbers, commas, brackets, full stops, hyphens ("PORT-AU-PRINCE").
_DATELINE_TAGS = frozenset({"NNP", "NNPS", "CD", ",", "-LRB-", "-RRB-", ".", "HYPH"})
_DATELINE_REACH = 12


class SentenceBreaks:
    """Sets sentence starts: after every line break (unless a soft wrap), after a dateline, and
    every ``max_sentence_tokens`` tokens of a run without one; none mid-line without
    punctuation, so a headline without a full stop is not cut in two.

    A single line break inside a sentence (hard-wrapped text, HTML source lines)
    before a lower-case word is a soft wrap, not a break.
    """

    def __init__(self, max_sentence_tokens: int = DEFAULT_MAX_SENTENCE_TOKENS, abbreviations: frozenset[str] = frozenset()) -> None:
        """``abbreviations``: abbreviated titles (lower case, no stop) whose full stop ends no sentence before a capital."""
        if max_sentence_tokens < 2:
            raise ValueError(f"max_sentence_tokens must be at least 2, got {max_sentence_tokens}")
        self.max_sentence_tokens = max_sentence_tokens
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        strings = doc.vocab.strings
        texts = [strings[int(orth)] for orth in doc.to_array([ORTH])]
        tags = [strings[int(tag)] for tag in doc.to_array([TAG])]
        spaced = [bool(space) for space in doc.to_array([SPACY])]
        starts = _starts(texts, tags, spaced, self.abbreviations)
        _cap(starts, self.max_sentence_tokens)
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]  # -1 stored wrapped
        return doc


def _starts(texts: list[str], tags: list[str], spaced: list[bool], abbreviations: frozenset[str] = frozenset()) -> numpy.ndarray:
    """1 where a sentence starts, -1 where none may, 0 where the parser decides. A dash ends a dateline
    only after a space ("PORT-AU-PRINCE, Haiti (AP) —": the hyphens of the name do not); the full stop of an
    abbreviated title ends none before a capitalised word ("spokesman Brig. Daya Ratnayake")."""
    starts = numpy.zeros(len(texts), dtype="int64")
    line_start = 0
    for i in range(1, len(texts)):
        if texts[i].isspace():
            continue
        previous = texts[i - 1]
        if "\n" in previous:
            line_start = i
            if previous.count("\n") > 1 or not _continues(texts, i):
                starts[i] = 1
            elif texts[i - 2] not in _SENTENCE_FINAL:
                starts[i] = -1  # a soft-wrapped line: the sentence goes on
        elif _opens_lede(texts, tags, spaced, line_start, i):
            starts[i] = 1
        elif _title_stop(texts, i, spaced, abbreviations):
            starts[i] = -1
        elif _stop_kept(previous, texts[i], tags[i], spaced[i - 1]):
            starts[i] = 0  # "posted on X. He said": the parser may end the sentence there
        elif previous not in _SENTENCE_FINAL:
            starts[i] = -1
    return starts


def _title_stop(texts: list[str], i: int, spaced: list[bool], abbreviations: frozenset[str]) -> bool:
    """Whether token ``i``, capitalised, follows the full stop of a capitalised abbreviated title, split from it
    ("Brig" ".") or kept with it ("Brig."): a name follows, the sentence goes on."""
    if not abbreviations or not texts[i][:1].isupper():
        return False
    previous = texts[i - 1]
    if previous == "." and i >= 2 and not spaced[i - 2]:
        title = texts[i - 2]
    elif len(previous) > 1 and previous.endswith("."):
        title = previous[:-1]
    else:
        return False
    return title[:1].isupper() and title.lower() in abbreviations


def _stop_kept(previous: str, word: str, tag: str, spaced: bool) -> bool:
    """Whether ``word`` is a capitalised personal pronoun after a spaced word the tokenizer kept its
    full stop with ("on X. He said", "in the U.S. They"): an initial or a title is followed by a name,
    never by a pronoun, so the full stop may end a sentence."""
    return spaced and len(previous) > 1 and previous.endswith(".") and tag == "PRP" and word[:1].isupper()


def _cap(starts: numpy.ndarray, limit: int) -> None:
    """Start a sentence after every ``limit`` tokens that have none (the parser's cost grows with length)."""
    run = 0
    for i in range(len(starts)):
        if starts[i] == 1 or i == 0:
            run = 0
        elif run >= limit:
            starts[i] = 1
            run = 0
        run += 1


def _continues(texts: list[str], i: int) -> bool:
    """Whether the line starting at token ``i`` continues the sentence of the line before: a
    single line break after a word that ends no sentence, before a lower-case word."""
    return i >= 2 and texts[i][:1].islower() and texts[i - 2] not in _SENTENCE_FINAL


def lede_starts(doc: Doc) -> list[int]:
    """The first token of each lede that runs on after a dateline on its line ("LAGOS (Reuters) - Rebels ...")."""
    strings = doc.vocab.strings  # read from arrays: a Token object per word costs more than the rest
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    tags = [strings[tag] for tag in doc.to_array(TAG).tolist()]
    spaced = [space == 1 for space in doc.to_array(SPACY).tolist()]
    found: list[int] = []
    line_start = 0
    for i in range(1, len(texts)):
        if "\n" in texts[i - 1]:
            line_start = i
        elif not texts[i].isspace() and _opens_lede(texts, tags, spaced, line_start, i):
            found.append(i)
    return found


def _opens_lede(texts: list[str], tags: list[str], spaced: list[bool], line_start: int, i: int) -> bool:
    """Whether token ``i`` opens a lede after its line's dateline: after the dateline's spaced dash ("KHARTOUM,
    Sudan (AP) — Gunmen"), or after a place in capitals and a colon ("BANGKOK: A Myanmar military airstrike ... said
    on Wednesday": the dateline is no subject of the lede's verb)."""
    previous = texts[i - 1]
    if previous in _DATELINE_DASHES:
        return spaced[i - 2] and is_dateline(texts, tags, line_start, i - 1)
    return previous == ":" and texts[i][:1].isupper() and _capital_place(texts, tags, line_start, i - 1)


def _capital_place(texts: list[str], tags: list[str], start: int, colon: int) -> bool:
    """Whether the tokens of a line before a colon are a dateline's place in capitals ("BANGKOK:", "NORTH KIVU:"):
    one to three names (or words the tagger read as common nouns) written in capitals only, of more than one letter."""
    words = [i for i in range(start, colon) if not texts[i].isspace()]
    return 0 < len(words) <= 3 and all(tags[i] in ("NNP", "NNPS", "NN") and _in_capitals(texts[i]) for i in words)


def _in_capitals(text: str) -> bool:
    """Whether a word is written in capitals only, of more than one letter ("LAGOS", which the tagger may read as a
    common noun)."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def is_dateline(texts: list[str], tags: list[str], start: int, dash: int) -> bool:
    """Whether the tokens of a line before a dash are a dateline: a place in capitals, or a
    capitalised place with a comma or an agency in brackets, then only names, words in capitals, numbers and
    punctuation, no verb ("Azerbaijan - a former Soviet republic - said" is no dateline)."""
    words = [i for i in range(start, dash) if not texts[i].isspace()]
    if not 0 < len(words) <= _DATELINE_REACH or not all(tags[i] in _DATELINE_TAGS or _in_capitals(texts[i]) for i in words):
        return False
    first = texts[words[0]]
    return first.isupper() or (first[:1].isupper() and any(texts[i] in (",", "(") for i in words))
