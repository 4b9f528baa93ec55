"""Quotations: finding them in one pass, and the reporting cue each one is attached to."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.syntax import VERBAL
from kg.nlp.doccache import doc_text, tokens_before
from kg.nlp.smart_quotes import reads_as

#: Opening quotation marks and the marks that close them.
QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»"}
#: Marks that open or close a quotation (straight and curly).
QUOTE_MARKS = frozenset({*QUOTE_PAIRS, *QUOTE_PAIRS.values(), '"'})
_CLOSERS = {closer: opener for opener, closer in QUOTE_PAIRS.items()}
_MARKS = re.compile('[“”‘’«»"\\n]')
_SINGLE_MARKS = re.compile("['\\n]")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_SENTENCE_END = frozenset({".", "!", "?", ";"})
#: Quoted spans of at most this many words inside a sentence are labels (scare quotes).
MAX_LABEL_WORDS = 6


def is_quote_mark(token: Token) -> bool:
    """Whether the token is a quotation mark that opens or closes a quotation, straight marks read as the curly
    ones they stand for (``reads_as``): '"' and "'" around a quotation are, the apostrophe of "rebels' base" is
    not."""
    return reads_as(token) in QUOTE_MARKS


def opens_quotation(token: Token) -> bool:
    """Whether the token is a quotation mark that opens a quotation ("“", "‘", "«", or a straight mark read as
    one of them)."""
    return reads_as(token) in QUOTE_PAIRS


def closes_quotation(token: Token) -> bool:
    """Whether the token is a quotation mark that closes a quotation ("”", "’", "»", a straight mark read as one
    of them, or a straight double mark the context leaves undecided)."""
    mark = reads_as(token)
    return mark in QUOTE_MARKS and mark not in QUOTE_PAIRS


@dataclass(frozen=True)
class Quotation:
    """A quoted span of ``doc.text``: ``start``/``end`` include the quotation marks; a quotation left open
    at the end of its paragraph (``closed`` false) ends with the paragraph's text."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def find_quotations(text: str) -> list[Quotation]:
    """Quoted spans, never overlapping, in one left-to-right pass (linear in the text).

    Curly, guillemet and single-curly pairs close within their paragraph ("’" before a
    letter is an apostrophe, not a closer); straight double and single (``_single_quotations``) quotes pair up per paragraph. Mixed
    double marks pair up too: a straight opener with a curly closer ('"He is safe,” she said') and
    a curly opener with a straight mark where a quotation closes ('“He is safe," she said').
    An opener inside an open quotation of the same kind is ignored. A paragraph that opens
    a quotation and leaves it open is quoted to its end, and with the next paragraph when
    that one opens a quotation again (news style: one quotation over several paragraphs).
    """
    found: list[Quotation] = []
    pending: dict[str, int] = {}
    straight: int | None = None
    line_start = 0
    for match in _MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "\n":
            if _wrapped(text, line_start, at, [*pending.values(), straight]):
                continue
            found.extend(_left_open(text, line_start, at, [*pending.values(), straight]))
            pending, straight, line_start = {}, None, at + 1
        elif mark == '"' and not _unit(text, at):  # 'a 12" pipe': inches, no quotation mark
            if straight is None and "“" in pending and _closes(text, at):
                found.append(Quotation(pending.pop("“"), at + 1))  # “...": a curly opener a straight mark closes
            elif straight is None:
                straight = at
            else:
                found.append(Quotation(straight, at + 1))
                straight = None
        elif mark in _CLOSERS and _CLOSERS[mark] in pending and not (mark == "’" and text[at + 1 : at + 2].isalpha()):
            found.append(Quotation(pending.pop(_CLOSERS[mark]), at + 1))
        elif mark == "”" and straight is not None and "“" not in pending:
            found.append(Quotation(straight, at + 1))  # "...”: a straight opener a curly mark closes
            straight = None
        elif mark in QUOTE_PAIRS:
            pending.setdefault(mark, at)
    found.extend(_left_open(text, line_start, len(text), [*pending.values(), straight]))
    found.extend(_single_quotations(text))  # one inside another quotation gives way to it (see ``_joined``)
    return _closed_later(text, _joined(text, sorted(found, key=lambda q: q.start)))


def _single_quotations(text: str) -> list[Quotation]:
    """Quotations in straight single marks, paired per paragraph (see ``_single_opens`` and ``_closes``)."""
    found: list[Quotation] = []
    single: int | None = None
    line_start = 0
    for match in _SINGLE_MARKS.finditer(text):
        at = match.start()
        if match.group() == "\n":
            found.extend(_left_open(text, line_start, at, [single]))
            single, line_start = None, at + 1
        elif single is not None and _closes(text, at):
            found.append(Quotation(single, at + 1))
            single = None
        elif single is None and _single_opens(text, at):
            single = at
    found.extend(_left_open(text, line_start, len(text), [single]))
    return found


def _joined(text: str, found: list[Quotation]) -> list[Quotation]:
    """The quotations in text order without overlaps, a quotation left open joined with the next paragraph's."""
    kept: list[Quotation] = []
    for quote in found:
        if kept and not kept[-1].closed and quote.start >= kept[-1].end and not text[kept[-1].end : quote.start].strip():
            kept[-1] = Quotation(kept[-1].start, quote.end, quote.closed)  # the next paragraph goes on with it
        elif not kept or quote.start >= kept[-1].end:
            kept.append(quote)
    return kept


#: Closing marks that may close a quotation left open paragraphs before ("’" is also an apostrophe).
_LATE_CLOSERS = re.compile("[”»]")
#: How many line breaks a quotation left open may run over to the paragraph that closes it.
MAX_OPEN_BREAKS = 8


def _closed_later(text: str, quotes: list[Quotation]) -> list[Quotation]:
    """Quotations left open and closed by a closing mark a few paragraphs on, with no quotation mark between (one
    quotation over several paragraphs whose middle ones the writer did not reopen: "“The EU calls on ...\n\nThe EU
    stands ready to act”, the High Representative said.")."""
    starts = [quote.start for quote in quotes]  # a late close moves an end, never a start
    for closer in (match.start() for match in _LATE_CLOSERS.finditer(text)):
        at = bisect_right(starts, closer) - 1
        if at < 0 or quotes[at].closed or closer < quotes[at].end:
            continue
        between = text[quotes[at].end : closer]
        if any(mark in QUOTE_MARKS for mark in between) or between.count("\n") > MAX_OPEN_BREAKS:
            continue
        quotes[at] = Quotation(quotes[at].start, closer + 1)
    return quotes


def _unit(text: str, at: int) -> bool:
    """Whether the straight double mark at ``at`` is the inch sign of a measure ('a 12" pipe'): right after a digit,
    before a space or the end."""
    return text[at - 1 : at].isdigit() and not text[at + 1 : at + 2].strip()


def _single_opens(text: str, at: int) -> bool:
    """Whether a straight single mark opens a quotation ("'We will not retreat,' she said"): at a line's start or
    after a space or bracket, before a letter; not an apostrophe ("the rebels' base", "don't", "'90s")."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return (not before or before.isspace() or before in "([") and after.isalpha()


def _closes(text: str, at: int) -> bool:
    """Whether the straight quotation mark at ``at`` stands where a quotation closes: after a word or punctuation,
    before a space, punctuation or the end (not an opener before a word)."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return bool(before) and not before.isspace() and not after.isalnum()


def _wrapped(text: str, line_start: int, at: int, openers: list[int | None]) -> bool:
    """Whether the line break at ``at`` only wraps a line of hard-wrapped text inside an open quotation: a single
    break after a line that stops mid-sentence ("We didn't think\nthat the army would come," he said)."""
    if all(opener is None for opener in openers) or text[at + 1 : at + 2] in ("\n", "\r"):
        return False
    line = text[max(line_start, text.rfind("\n", 0, at) + 1) : at].rstrip()
    return bool(line) and (line[-1].isalnum() or line[-1] in ",;-") and len(line) < WRAP_WIDTH


def _left_open(text: str, line_start: int, line_end: int, openers: list[int | None]) -> list[Quotation]:
    """The quotation a paragraph opens at its start and leaves open, when longer than a label."""
    first = min((at for at in openers if at is not None and not text[line_start:at].strip()), default=None)
    if first is None:
        return []
    end = line_end
    while end > first and text[end - 1].isspace():
        end -= 1
    quote = Quotation(first, end, closed=False)
    return [quote] if word_count(text, quote) > MAX_LABEL_WORDS else []


class QuotedSpans:
    """Non-overlapping quoted spans, asked whether they contain a position in O(log n)."""

    def __init__(self, spans: list[Quotation]) -> None:
        merged: list[tuple[int, int]] = []
        for quote in sorted(spans, key=lambda q: q.start):
            if merged and quote.start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], quote.end))
            else:
                merged.append((quote.start, quote.end))
        self.spans = tuple(merged)
        self._starts = [start for start, _ in merged]

    def __contains__(self, position: int) -> bool:
        at = bisect_right(self._starts, position) - 1
        return at >= 0 and position < self.spans[at][1]

    def last_before(self, position: int) -> tuple[int, int] | None:
        """The last quoted span that starts before ``position``, or ``None``."""
        at = bisect_right(self._starts, position) - 1
        return self.spans[at] if at >= 0 else None


def word_count(text: str, quote: Quotation) -> int:
    start, end = quote.inner
    return len(_WORD.findall(text[start:end]))


def attach_quotes(doc: Doc, quotes: list[Quotation], lexicon: ClaimLexicon) -> dict[int, list[Quotation]]:
    """Cue token index -> the full quotations it introduces or closes."""
    attached: dict[int, list[Quotation]] = {}
    for quote in quotes:
        cue = _cue_after(doc, quote, lexicon)
        if cue is None or _bare_participle(cue):  # "He said on television, “...,” indirectly referring to ...": "said"
            cue = _cue_before(doc, quote, lexicon) or cue
        if cue is not None:
            attached.setdefault(cue.i, []).append(quote)
    return attached


def quoted_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start within ``[start, end)``."""
    first = tokens_before(doc, start)
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1
    return [token for token in doc[first : tokens_before(doc, end) + 1] if start <= token.idx < end]


def _is_speech_verb(token: Token, lexicon: ClaimLexicon) -> bool:
    return token.pos_ in VERBAL and token.lemma_.lower() in lexicon.verbs


#: The longest line of hard-wrapped text (wire copy and e-mail wrap at 60 to 80 characters).
WRAP_WIDTH = 100

#: How many words after a quotation its cue may come: past a speaker with a long title in apposition
#: ("“...,” Erneste Kyaviro, spokesman for North Kivu governor Julien Paluku, told Reuters").
CUE_AFTER_WORDS = 16


def _cue_after(doc: Doc, quote: Quotation, lexicon: ClaimLexicon) -> Token | None:
    """ "“...,” he said": the cue right after a quotation closed by a comma, ! or ?."""
    inner_start, inner_end = quote.inner
    inner = doc_text(doc)[inner_start:inner_end].rstrip()
    following = doc_text(doc)[quote.end : quote.end + 2].lstrip(" ")
    if not (inner.endswith((",", "!", "?", "—", "-")) or following.startswith(",") or _lower_after_stop(inner, following)):
        return None
    first = tokens_before(doc, quote.end)
    words = (token for token in doc[first : first + 3 * CUE_AFTER_WORDS] if not token.is_space)  # a hard-wrapped line too
    for token in itertools.islice(words, CUE_AFTER_WORDS):
        if token.text in _SENTENCE_END or is_quote_mark(token):
            return None
        if _is_speech_verb(token, lexicon):
            return None if _says_own_clause(token) else token
        if token.pos_ in VERBAL and token.dep_ not in ("aux", "auxpass"):  # "“...,” Doran was quoted as saying"
            return None
    return None


def _lower_after_stop(inner: str, following: str) -> bool:
    """A quotation closed by a full stop where a comma belongs, its sentence going on in lower case ("“... It was
    horrendous.” he said"): no new sentence starts after it, so the words after it attribute it."""
    return inner.endswith(".") and following[:1].isalpha() and following[:1].islower()


def _bare_participle(cue: Token) -> bool:
    """A present participle with no subject of its own: after a quotation that a cue before it opens ("He said,
    “...,” referring to ..."), a comment on what was said, not who says the quotation."""
    return cue.tag_ == "VBG" and not any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children)


def _says_own_clause(cue: Token) -> bool:
    """A participle cue with a complement clause of its own after it ("called on “...,” adding that ...",
    "described the talks as “constructive,” saying that ..."): the quotation before it is not what it says."""
    return cue.tag_ == "VBG" and any(child.dep_ == "ccomp" and child.i > cue.i for child in cue.children)


#: Dependencies of what a cue says itself, before a colon that ends its paragraph.
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj"})


def _cue_before(doc: Doc, quote: Quotation, lexicon: ClaimLexicon) -> Token | None:
    """ "X said: “...”": a cue shortly before a quotation opened after a colon or comma, also one that ends
    the paragraph before the quotation's and says nothing of its own ("X issued the following statement:\n“...”";
    not "X urged residents to leave:\n“...”", whose quotation paragraph is a claim of its own)."""
    end = start = tokens_before(doc, quote.start)
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    before = doc[:end]
    if not before or before[-1].text not in (":", ","):
        return None
    for token in reversed(before[-10:-1]):
        if token.text in _SENTENCE_END or token.text in _CLOSERS or token.text == '"':
            return None
        if _is_speech_verb(token, lexicon):
            own = end < start and any(child.dep_ in _OWN_CONTENT and child.i < end for child in token.children)
            return None if own else token
        issuer = _statement_verb(token, lexicon)
        if issuer is not None:
            return issuer  # "The ministry responded with the following statement: “...”"
    return _manner_copula(before[-1])


def _manner_copula(colon: Token) -> Token | None:
    """ "Pashinyan was blunt: “...”", "The message from Baku was clear: “...”": the copula of a clause that
    ends at the colon, its adjective saying how the subject spoke; its subject says the quotation."""
    if colon.text != ":" or colon.i == 0:
        return None
    adjective = colon.doc[colon.i - 1]
    verb = adjective.head
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ" or adjective.n_rights or verb.lemma_.lower() != "be":
        return None
    return verb if any(child.dep_ == "nsubj" for child in verb.children) else None


def _statement_verb(token: Token, lexicon: ClaimLexicon) -> Token | None:
    """The verb whose object (or object of a preposition) is a statement noun ("issued a statement",
    "responded with the following statement"): who issues it says the quotation it introduces."""
    if token.lemma_.lower() not in lexicon.statement_nouns or token.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return verb if verb.pos_ in VERBAL and any(child.dep_ == "nsubj" for child in verb.children) else None
