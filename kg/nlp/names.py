"""What makes a span a name, and of which kind: the judgments the linker applies to names no
reference list knows, with the word classes of ``lexicons/name_words.yaml``.

A span the model tags as a name is kept as a new entity only when its label, without a leading
"the", a possessive and leading honorifics ("Sardar Imran Baig" → "Imran Baig"), is capitalised,
not just nationality or group adjectives, not a word that is never a name alone (ordinals,
compass points, titles: "Second", "North"), not a common word capitalised only because it opens
a sentence or a quotation ("Riot police fired"), not cut after a function word, and not in a
headline-style line. Digits are allowed in a name that has a capitalised word ("K17", "Fantom 509").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.doccache import doc_text
from kg.nlp.gazetteer import strip_name
from kg.records import EntityKind
from kg.resources import LexiconModel, Words, load_lexicon
from kg.words import shared_words

#: The linking lexicon shipped in ``lexicons/``.
LINKING_LEXICON = "name_words.yaml"

#: Model NER labels that may name an entity, and the entity kinds each is compatible with.
KINDS_BY_NER_LABEL: dict[str, tuple[EntityKind, ...]] = {
    "PERSON": ("person",),
    "ORG": ("organization", "armed_group", "state"),
    "GPE": ("state", "place"),
    "LOC": ("place", "state"),
    "FAC": ("place",),
    "NORP": ("organization", "armed_group", "state"),
}

#: The kind an unknown entity gets, by model NER label (NORP never makes a new entity).
UNKNOWN_KIND_BY_NER_LABEL: dict[str, EntityKind] = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}

#: Lemmatizer word lists whose words are common words, not names, when capitalised only by
#: their place at the start of a sentence (nouns are left out: that list has "paris", "gaza").
_COMMON_WORD_CLASSES = ("verb", "adj", "adv")
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "(", "["})
_CLOSING_QUOTES = "\"”’')]"
_SENTENCE_ENDS = (".", "!", "?")
#: Words of a line that make it a sentence rather than a headline, when it ends like one.
_LONG_SENTENCE = 12
#: ``Doc.user_data`` key of the lines judged by ``_in_title_case_line``.
_TITLE_CASE_LINES = "kg_title_case_lines"


class LinkingLexicon(LexiconModel):
    """The schema of ``lexicons/name_words.yaml`` (see the comments there)."""

    organization_words: Words
    generic_institutions: Words
    member_nouns: Words
    government_body_starts: Words
    armed_group_words: Words
    name_function_words: Words
    location_verbs: Words
    locative_prepositions: Words
    focus_nouns: Words
    area_heads: Words
    settlement_words: Words
    facility_heads: Words
    fighter_nouns: Words
    credit_words: Words
    outlet_domains: Words
    non_name_words: Words
    name_particles: Words
    demonym_endings: Words
    honorifics: Words
    leader_words: Words
    leader_titles: Words
    body_abbreviations: dict[str, str]
    body_name_links: Words
    portfolio_heads: Words
    lone_titles: dict[str, str]

    @cached_property
    def person_roles(self) -> frozenset[str]:
        return shared_words().person_roles

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Honorifics and person roles: the words of a title before a name."""
        return self.honorifics | self.person_roles

    @cached_property
    def office_bodies(self) -> frozenset[str]:
        """Words that end an office's portfolio or body before its holder's name ("for Political Affairs",
        "of the Security Council")."""
        return self.portfolio_heads | self.organization_words | self.generic_institutions | self.armed_group_words

    @cached_property
    def name_labels(self) -> frozenset[str]:
        """Model NER labels of names: a span with one that links to nothing is dropped."""
        return frozenset(KINDS_BY_NER_LABEL)


def linking_lexicon(name: str = LINKING_LEXICON) -> LinkingLexicon:
    """A linking lexicon of ``lexicons/`` (parsed once)."""
    return load_lexicon(name, LinkingLexicon)


def common_words(nlp: Language) -> frozenset[str]:
    """The verbs, adjectives and adverbs the pipeline's lemmatizer lists (none without its tables)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(word for pos in _COMMON_WORD_CLASSES if pos in index for word in index[pos])


@dataclass(frozen=True)
class NameRules:
    """What judging an unknown name needs: the linking words, every demonym and group adjective
    (lower case), and the common words of the pipeline's lemmatizer."""

    lexicon: LinkingLexicon
    demonyms: frozenset[str]
    common_words: frozenset[str] = frozenset()


#: A numbered ordinal ("3rd", "101st"): it may open a unit's name ("the 47th Mechanized Brigade").
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def unknown_name(span: Span, rules: NameRules) -> tuple[str, EntityKind] | None:
    """The label and kind of a new entity for a span the gazetteer does not know, if it is a name."""
    kind = kind_of_unknown(span, rules.lexicon)
    label = strip_name(span.text)
    if kind == "person":
        label = _without_honorifics(label, rules.lexicon.honorifics)
        if label.lower().rstrip(".") in rules.lexicon.honorifics:
            return None  # a title alone ("Brig. Gen. Nabil Abdallah" cut after "Brig")
    if not _looks_like_name(label, rules) or not _well_formed(span, rules.lexicon):
        return None
    if _common_word_at_start(span, rules) or _in_title_case_line(span, rules.lexicon):
        return None
    return label, kind


def _without_honorifics(label: str, honorifics: frozenset[str]) -> str:
    """A person's name without leading honorifics and titles ("Sardar Imran Baig", "Gen. Abdel Fattah al-Burhan")."""
    words = label.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return " ".join(words)


def kind_of_unknown(span: Span, lexicon: LinkingLexicon) -> EntityKind:
    """The kind of an unknown name: the NER label's, corrected by the words in and around it.

    The small English model often tags people as ORG, and organisations or villages as PERSON: a
    name with an armed-group word (a place's only as its head) or before a fighters noun ("K17
    fighters") is an armed group, one
    with an organisation word an organisation, one of an area ("the village of Kabuye") or after a
    preposition of place ("near Debre Tabor") a place; a two- or
    three-word name without organisation words, in apposition to a role noun ("X, a researcher"),
    is a person.
    """
    words = {token.lower_ for token in span}
    kind = UNKNOWN_KIND_BY_NER_LABEL[span.label_]
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if kind in ("organization", "person") and (lexicon.armed_group_words & words or after in lexicon.fighter_nouns):
        return "armed_group"
    last = span[-1].lower_
    if kind == "place" and len(span) > 1 and last in lexicon.armed_group_words:
        return "armed_group"  # a force's name the model took for a place ("the Ezzedine al-Qassam Brigades")
    if kind in ("person", "organization") and (_names_an_area(span, after, lexicon) or (len(span) > 1 and last in lexicon.area_heads)):
        return "place"  # "the village of Kabuye", "Ban Nong Khan village", "Ayimba Kebele"
    if kind == "person" and lexicon.organization_words & words:
        return "organization"
    if kind in ("person", "organization") and _after_place_preposition(span, lexicon) and not words & (lexicon.organization_words | lexicon.armed_group_words):
        return "place"  # "in El Fasher", "near Debre Tabor"
    if kind == "organization" and len(span) > 1 and span[0].lower_.rstrip(".") in lexicon.honorifics:
        return "person"  # "Sardar Imran Baig", "Dr Amina Yusuf" (no organisation word: checked above)
    if kind == "organization" and 2 <= len(span) <= 3 and not words & lexicon.organization_words:
        roles = lexicon.person_roles
        if any(child.dep_ == "appos" and child.lemma_.lower() in roles for child in span.root.children):
            return "person"
    return kind


def _after_place_preposition(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name is the object of a preposition of place ("in Jableh", "near Nduga")."""
    root, before = span.root, span.start - 1
    if before > 0 and span.doc[before].lower_ == "the":
        before -= 1
    return root.dep_ == "pobj" and root.head.i == before and root.head.lower_ in lexicon.locative_prepositions


def _names_an_area(span: Span, after: str, lexicon: LinkingLexicon) -> bool:
    """Whether a name is an area's: before an area head ("Ban Nong Khan village") or after "the
    village of" (a person is never named so)."""
    areas = lexicon.area_heads | lexicon.settlement_words
    if after in areas:
        return True
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in areas


def _looks_like_name(label: str, rules: NameRules) -> bool:
    """Capitalised; a capitalised word if it has digits; not just nationality adjectives
    ("Azerbaijani", "Armenians"), nor a people ("Kosovo Serbs"), nor words that are never a name alone
    ("Second", "North", "Second Sgt."); a numbered ordinal may open it ("101st Airborne Division")."""
    words = label.replace("-", " ").split()
    if len(words) > 1 and ORDINAL.match(words[0]):
        words, label = words[1:], label.split(" ", 1)[1]
    if not words or not label[:1].isupper() or len(label) < 2:
        return False
    if any(c.isdigit() for c in label) and not any(w[:1].isupper() and w.isalpha() and len(w) > 1 for w in words) and not _code(label):
        return False
    if all(word.lower().rstrip(".") in rules.lexicon.non_name_words | rules.lexicon.honorifics for word in words):
        return False
    if len(words) > 1 and words[-1].endswith("s") and words[-1].lower().removesuffix("s") in rules.demonyms:
        return False  # a people, named by where they live: "Karabakh Armenians", "Kosovo Serbs"
    return not all(word.lower().removesuffix("s") in rules.demonyms for word in words)


def never_a_name_alone(tokens: Iterable[Token], lexicon: LinkingLexicon) -> bool:
    """Whether every word is one that is never a name on its own ("North", "Second", "the North")."""
    words = [token.lower_ for token in tokens if token.lower_ != "the"]
    return bool(words) and all(word in lexicon.non_name_words for word in words)


def _code(label: str) -> bool:
    """A code name of capitals and digits ("K17", "M23")."""
    return label[:1].isupper() and label.replace("-", "").isalnum() and not label.isdigit() and " " not in label


def _well_formed(span: Span, lexicon: LinkingLexicon) -> bool:
    """A name's shape: it does not end in a function word ("Republic of") nor open with compass or
    ordinal words joined to it ("North and South Kivu"), and a one-word name is a
    proper noun of three or more letters that is not a generic institution word ("Government")."""
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if not tokens or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "PUNCT", "SCONJ"):
        return False
    conjunction = next((i for i, t in enumerate(tokens) if t.pos_ == "CCONJ"), None)
    if conjunction and all(t.lower_ in lexicon.non_name_words for t in tokens[:conjunction]):
        return False  # "North and South Kivu": two names sharing a word, not one
    if len(tokens) == 1:
        word = tokens[0]
        if _code(word.text) and any(c.isdigit() for c in word.text):
            return True  # "R5", "M23": the model tags them as anything
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        proper = word.pos_ == "PROPN" or (after in lexicon.settlement_words and not word.is_sent_start)  # "in Bamessing locality"
        return proper and len(word.text) >= 3 and word.lower_ not in lexicon.generic_institutions
    return True


def _common_word_at_start(span: Span, rules: NameRules) -> bool:
    """Whether a one-word name is a common word capitalised only because it opens a sentence or a
    quotation ("Riot police fired tear gas": not a person "Riot")."""
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    return len(words) == 1 and _opens_sentence(words[0]) and words[0].lower_ in rules.common_words


def _opens_sentence(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or before is None or before.text in _OPENING_QUOTES or "\n" in before.text


def extends_name(doc: Doc, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i`` continues a capitalised name beside it: a proper noun, capitalised, not
    opening its sentence, no title ("President"), not in a headline ("South" Caucasus counts)."""
    if not 0 <= i < len(doc):
        return False
    token = doc[i]
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or _opens_sentence(token):
        return False
    word = token.lower_.rstrip(".")
    if word in lexicon.honorifics or word in lexicon.person_roles:
        return False
    return not _in_title_case_line(doc[i : i + 1], lexicon)


def ends_of_name(doc: Doc, start: int, lexicon: LinkingLexicon) -> bool:
    """Whether a name at ``start`` ends a longer "X of [the] Y" name ("the Gulf of Aden", "the Bank of
    Israel", "the General Staff of the Armed Forces of Ukraine"): "of" (and "the") before it, a
    capitalised name word before that (not a title or a generic institution: "Government of Sudan"
    still names Sudan)."""
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    if start < 2 or doc[start - 1].text != "of":
        return False
    return extends_name(doc, start - 2, lexicon) and doc[start - 2].lower_ not in lexicon.generic_institutions


def _in_title_case_line(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether the span sits in a headline-style line, where the model's NER is unreliable (each line
    judged once per document)."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    lines = span.doc.user_data.setdefault(_TITLE_CASE_LINES, {})
    key = (line_start, line_end, id(lexicon))
    if key not in lines:
        lines[key] = _title_case(text[line_start : line_end if line_end >= 0 else None].rstrip(), lexicon)
    return lines[key]


def _title_case(line: str, lexicon: LinkingLexicon) -> bool:
    """Whether one line is headline-style: not a long sentence, most of its content words capitalised."""
    if line.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS) and len(line.split()) >= _LONG_SENTENCE and any(w[:1].islower() for w in line.split()):
        return False  # a sentence that lists names ("The soldiers are Second Sgt. Yusdin, ...")
    words = [w for w in line.split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in lexicon.name_function_words]
    if len(content) < 4:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75
