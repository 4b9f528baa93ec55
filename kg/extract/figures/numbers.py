"""Number phrases of a document ("seven", "2,000", "1.5 million", "a dozen") and their values;
numbers that are dates, money, shares, measures or labels are left out."""

from __future__ import annotations

import re
from bisect import bisect_left
from fractions import Fraction
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract.figures.lexicon import FigureLexicon
from kg.nlp.doccache import opens_line, token_table
from kg.records import TimeValue
from kg.words import shared_words

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


class Number(NamedTuple):
    """A number phrase: its tokens ``[start, end)``, integer value and syntactic head."""

    start: int
    end: int
    value: int
    head: Token


def number_phrases(doc: Doc, lexicon: FigureLexicon) -> list[Number]:
    """Maximal number phrases of the document with an integer value ("a dozen", "twenty-five")."""
    table = token_table(doc)
    atoms = [_atom(text, lower, lexicon) for text, lower in zip(table.text, table.lower)]
    found: list[Number] = []
    i = 0
    while i < len(doc):
        atom = atoms[i]
        fraction = _fraction(doc, table.lower, i, lexicon, found[-1] if found else None) if atom is None else None
        if fraction is not None:
            if found and found[-1].start == fraction.start:
                found.pop()
            found.append(fraction)
            i = fraction.end
            continue
        if atom is None:
            i += 1
            continue
        article = i > 0 and table.lower[i - 1] in shared_words().indefinite_articles
        start = i - 1 if article and atom in ("scale", "multiplier") else i
        end = i + 1
        while end < len(doc) and (step := _continues(atoms, table.lower, end)):
            end += step
        # a scale or multiplier after a vague quantifier is no number: "several dozen", "a few hundred"
        vague = atom in ("scale", "multiplier") and i > 0 and table.lower[i - 1] in lexicon.numbers.vague
        value = None if vague else _value(doc[start:end], lexicon)
        if value is not None:
            found.append(Number(start, end, value, _phrase_head(doc[start:end])))
        i = end
    return found


def _fraction(doc: Doc, lower: list[str], i: int, lexicon: FigureLexicon, before: Number | None = None) -> Number | None:
    """A fraction of a scale starting at token ``i`` ("half a million", "a quarter of a million", "half a dozen"), or ``None``:
    the fraction word, an optional "of", an article and the scale word; an article before the fraction is part of it, and
    so is a number joined to it by "and" (``before``, which the result then replaces: "two and a half million")."""
    part = lexicon.numbers.fractions.get(lower[i])
    if part is None:
        return None
    at = i + 1
    if at < len(doc) and lower[at] == "of":
        at += 1
    articles = shared_words().indefinite_articles
    if at < len(doc) and lower[at] in articles:
        at += 1
    whole = {**lexicon.numbers.multipliers, **lexicon.numbers.scales}.get(lower[at]) if at < len(doc) else None
    if whole is None:
        return None
    start = i - 1 if i > 0 and lower[i - 1] in articles else i
    share = Fraction(*part)
    if before is not None and before.end == start - 1 and lower[start - 1] == "and":
        start, share = before.start, share + before.value
    value = round(share * whole)
    return Number(start, at + 1, value, _phrase_head(doc[start : at + 1]))


def _atom(text: str, lower: str, lexicon: FigureLexicon) -> str | None:
    """A token's number category: ``digits``, ``unit``, ``tens``, ``multiplier``, ``scale`` or ``None``."""
    if _DIGITS.fullmatch(text):
        return "digits"
    cardinals = shared_words().cardinals
    for category, words in (
        ("unit", cardinals.units),
        ("tens", cardinals.tens),
        ("multiplier", lexicon.numbers.multipliers),
        ("scale", lexicon.numbers.scales),
    ):
        if lower in words:
            return category
    return None


def _continues(atoms: list[str | None], lower: list[str], end: int) -> int:
    """How many tokens from ``end`` extend the number phrase that ends before it (0: none), by the
    tokens' number categories and lower-case forms."""
    previous, following = atoms[end - 1], atoms[end]
    if following in ("scale", "multiplier"):
        return 1
    if previous == "scale" and following in ("unit", "tens"):
        return 1
    if end + 1 < len(atoms):
        joiner, after = lower[end], atoms[end + 1]
        if joiner == "-" and previous == "tens" and after == "unit":
            return 2
        if joiner == "and" and previous == "scale" and after in ("unit", "tens"):
            return 2
    return 0


def _value(span: Span, lexicon: FigureLexicon) -> int | None:
    """The integer a number phrase stands for, or ``None`` (a fraction, a bare "a")."""
    total: Fraction | int = Fraction(0)
    current: Fraction | int | None = None
    cardinals = shared_words().cardinals
    for token in span:
        word = token.lower_
        if word in shared_words().indefinite_articles or word in lexicon.number_joiners:
            continue
        if _DIGITS.fullmatch(token.text):
            if current is not None:
                return None
            current = Fraction(token.text.replace(",", ""))  # exact: "66.1 million" is 66,100,000
        elif word in cardinals.units:
            current = (current or 0) + cardinals.units[word]
        elif word in cardinals.tens:
            current = (current or 0) + cardinals.tens[word]
        elif word in lexicon.numbers.multipliers:
            current = (current or 1) * lexicon.numbers.multipliers[word]
        elif lexicon.numbers.scales.get(word, 0) < 1000:
            current = (current or 1) * lexicon.numbers.scales[word]
        else:
            total += (current or 1) * lexicon.numbers.scales[word]
            current = None
    value = total + (current or 0)
    if value != int(value) or value <= 0:
        return None
    return int(value)


def _phrase_head(span: Span) -> Token:
    """The token of the span whose head lies outside it (the last such one)."""
    heads = [token for token in span if not span.start <= token.head.i < span.end or token.head.i == token.i]
    return heads[-1] if heads else span[-1]


def _designator_code(token: Token) -> bool:
    """Whether a token is the capital letter code of a model designator ("AK", "BM", "T") written right
    before its digits: up to three capitals, no word of the language, a space before the digits."""
    return token.is_alpha and token.is_upper and len(token.text) <= 3 and not token.is_stop and token.whitespace_ == " "


def excluded(span: Span, times: list[TimeValue], time_ends: list[int], lexicon: FigureLexicon) -> bool:
    """Whether a number phrase is a date, clock time, duration, money, percentage, measure or label.

    ``times`` are sorted by start and do not overlap; ``time_ends`` are their ends.
    """
    start, end = span.start_char, span.end_char
    at = bisect_left(time_ends, start + 1)  # the first time ending after ``start``
    if at < len(times) and times[at].start < end:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.text[-1:] in lexicon.currency_symbols or before.lower_ in lexicon.label_before):
        return True
    if before is not None and _designator_code(before) and span[0].text.isdigit():
        return True  # a model designator written apart from its letter code: "10 AK 47 rifles"
    if span.text[:1] in lexicon.currency_symbols:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in lexicon.enumerator_marks and opens_line(doc, span.start_char) and _text_follows(after):
        return True  # a list item's number: "1. 55 soldiers killed", "4) 29 rifles captured"
    return after is not None and (after.lower_ in lexicon.non_count_next or after.lemma_.lower() in lexicon.non_count_next)


def _text_follows(token: Token) -> bool:
    """Whether more text follows a token on its line ("1. 55 soldiers killed"; not "45." on a line of its own)."""
    doc = token.doc
    return token.i + 1 < len(doc) and not doc[token.i + 1].is_space
