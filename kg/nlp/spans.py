"""Name spans the statistical model cuts short or misses, corrected by rules over the tokens.

Before the model's NER (the ruler adds them, and the model keeps them):

- outlets named by a web address ("Sahel.Info reports");
- code names of armed groups, known by the fighters named after them ("K17 fighters"), every
  occurrence in the document;
- named operations ("Operation Trident Shield"): an event, so that no piece of it becomes an entity;
- proper names before an area head ("the Tigray region") or a fighters noun ("Fano militants").

After it (the linker's view of the entity spans):

- a place name followed by the head of an administrative area ("Tessin province") or of a
  facility ("the Rafah border crossing", "the Kisangani-Bunia road", with both names of a
  hyphenated compound) takes the head: an area is the same place as its bare name, a facility a
  new place;
- no name inside a photo credit ("(Photo: AFP/STR)") is an entity.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span

from kg.nlp.doccache import TokenTable, token_table
from kg.nlp.names import LinkingLexicon

_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_DOMAIN_TOKEN = re.compile(r"^[A-Z][\w-]*\.([A-Za-z]{2,})$")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
#: How far back a photo credit's opening bracket may be.
_CREDIT_REACH = 8


def rule_spans(doc: Doc, lexicon: LinkingLexicon, demonyms: frozenset[str] = frozenset()) -> list[Span]:
    """The outlet, code-name, operation, area and fighters spans of ``doc`` (for the ruler, before
    the model's NER); ``demonyms`` (lower case) name no group of their own."""
    return _outlets(doc, lexicon) + _code_names(doc, lexicon) + _operations(doc) + _named_before(doc, lexicon, demonyms)


def _named_before(doc: Doc, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Proper names the model misses before an area head ("the Tigray region": a place) or a
    fighters noun ("Fano militants": an armed group)."""
    table = token_table(doc)
    found = []
    for i, lower in enumerate(table.lower):
        label = "LOC" if lower in lexicon.area_heads else "ORG" if lower in lexicon.fighter_nouns else ""
        if not label:
            continue
        start = i
        while start > 0 and i - start < 5 and _in_name(table, start - 1, lexicon) and table.lower[start - 1] not in demonyms:
            start -= 1
        while start < i and not (_proper(table, start) or _ORDINAL.match(table.text[start])):
            start += 1  # a name starts with a proper noun ("Bani al-Harith") or a number ("2nd"), not a particle
        if start < i:
            found.append(Span(doc, start, i + 1 if label == "LOC" else i, label=label))
    return found


def _proper(table: TokenTable, i: int) -> bool:
    return table.pos[i] == "PROPN" and table.text[i][:1].isupper() and table.alpha[i]


def _in_name(table: TokenTable, i: int, lexicon: LinkingLexicon) -> bool:
    """A word of a multi-word proper name: a proper noun, a numbered ordinal ("2nd" Army Region), a
    hyphen or a name particle ("Bani al-Harith")."""
    text = table.text[i]
    return _proper(table, i) or bool(_ORDINAL.match(text)) or text == "-" or table.lower[i] in lexicon.name_particles


def _outlets(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    table = token_table(doc)
    text, lower = table.text, table.lower
    found = []
    for i in range(len(text)):
        match = _DOMAIN_TOKEN.match(text[i])
        if match and match.group(1).lower() in lexicon.outlet_domains:
            found.append(Span(doc, i, i + 1, label="ORG"))
        elif i + 2 < len(text) and text[i][:1].isupper() and table.alpha[i] and not table.space_after[i]:
            if text[i + 1] == "." and not table.space_after[i + 1] and lower[i + 2] in lexicon.outlet_domains and text[i + 2][:1].isupper():
                found.append(Span(doc, i, i + 3, label="ORG"))
    return found


def _code_names(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    table = token_table(doc)
    text, lower = table.text, table.lower
    codes = {text[i] for i in range(len(text) - 1) if _CODE.match(text[i]) and lower[i + 1] in lexicon.fighter_nouns}
    return [Span(doc, i, i + 1, label="ORG") for i in range(len(text)) if text[i] in codes]


def _operations(doc: Doc) -> list[Span]:
    table = token_table(doc)
    text = table.text
    found = []
    for i in range(len(text) - 1):
        if text[i] == "Operation":
            end = i + 1
            while end < len(text) and text[end][:1].isupper() and table.alpha[end] and not table.sent_start[end]:
                end += 1
            if end > i + 1:
                found.append(Span(doc, i, end, label="EVENT"))
    return found


def corrected_spans(doc: Doc, lexicon: LinkingLexicon, references: Collection[tuple[int, int]]) -> list[Span]:
    """The entity spans of ``doc`` with place heads taken in and photo credits left out (template
    references, at ``references``, are left as they are)."""
    spans = []
    for span in doc.ents:
        if _in_photo_credit(span, lexicon):
            continue
        spans.append(span if (span.start, span.end) in references else _with_head(span, lexicon))
    return _without_overlaps(spans)


def _with_head(span: Span, lexicon: LinkingLexicon) -> Span:
    """A place name (or a name the model took for something else: "Dangrek" escarpment) with the
    area or facility head after it; a facility takes the compound before it too. An organisation
    name the model cut after a capitalised word takes it back ("Attorney" General Office)."""
    doc = span.doc
    if span.label_ == "ORG" and not span.ent_id_:
        span = _with_capitalised_start(span)
    if span.label_ not in _PLACE_LABELS and (span.ent_id_ or span.label_ not in ("ORG", "PERSON")):
        return span
    start, end = _compound_start(span), _compound_end(span)
    for words, label in ((2, "FAC"), (1, "FAC"), (1, "")):
        head = doc[end : end + words] if label else doc[span.end : span.end + words]
        if len(head) != words or head[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        text = head.text.lower()
        if label == "FAC" and text in lexicon.facility_heads and (head.text[:1].isupper() or _definite(doc, start)):
            return Span(doc, start, end + words, label="FAC")
        if not label and text in lexicon.area_heads:  # a gazetteer place too: "Bryansk region" is no city
            return Span(doc, span.start, span.end + 1, label=span.label_ if span.label_ in _PLACE_LABELS else "LOC")
    return span


def _compound_end(span: Span) -> int:
    """The end of a hyphenated compound of names starting with ``span`` ("Gao-Menaka")."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2
    return end


def _definite(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ == "the"


def _with_capitalised_start(span: Span) -> Span:
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not doc[start].is_sent_start:
        start -= 1
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _compound_start(span: Span) -> int:
    """The start of a hyphenated compound of names ending with ``span`` ("Kisangani-Bunia")."""
    doc, start = span.doc, span.start
    while start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].text[:1].isupper():
        start -= 2
    return start


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Spans in text order, a span inside an extended one dropped."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _in_photo_credit(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether the span sits in a bracketed photo credit ("(Photo: AFP/STR)")."""
    table = token_table(span.doc)
    for i in range(span.start - 1, max(span.start - _CREDIT_REACH, 0) - 1, -1):
        word = table.text[i]
        if word in (")", "]") or "\n" in word:
            return False
        if word in ("(", "["):
            return i + 1 < len(table.text) and table.lower[i + 1] in lexicon.credit_words
    return False
