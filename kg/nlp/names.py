"""What makes a span a name, and of which kind: the judgments the linker applies to names no
reference list knows, with the word classes of ``lexicons/name_words.yaml``.

A span the model tags as a name is kept as a new entity only when its label, without a leading
"the", a possessive and leading honorifics ("Sardar Imran Baig" → "Imran Baig"), is capitalised,
not just nationality or group adjectives, not a word that is never a name alone (ordinals,
compass points, titles: "Second", "North"), not a common word capitalised only because it opens
a sentence or a quotation ("Riot police fired"), not cut after a function word, and not in a
headline-style line. Digits are allowed in a name that has a capitalised word ("K17", "Fantom 509")
or that runs a number into a word ("24News"). A person's name loses the field of the title before
it ("Minister for Political Affairs [Rustam Karimov]"). A word before a state's body or government
may name a state no reference list knows, whatever the model tagged it (:func:`may_name_a_state`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.ingest.lexicon import clutter_lexicon
from kg.nlp.doccache import children, doc_text, token_table
from kg.nlp.gazetteer import strip_name
from kg.nlp.headline_case import RECASED_HEADLINE, UNCONFIRMED_WORDS
from kg.records import EntityKind
from kg.resources import LexiconModel, Words, load_lexicon, read_yaml
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
#: The lists whose words may make up the field of a title ("Minister for Political Affairs",
#: "Commissioner of Police", "Envoy for the Horn of Africa").
_FIELD_WORD_CLASSES = ("noun", "adj")
#: Tags of the words before a noun that describes a body as a title ("Haitian police union X").
_BODY_TITLE_TAGS = ("NOUN", "PROPN", "ADJ")
#: Model NER labels of names the model gives no entity kind (it tags some unknown names so).
_OTHER_NAME_LABELS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
#: How many capitalised words before the field a title may have.
_TITLE_REACH = 6
#: How many names of a list a compass word may stand after the first ("of Northwest, Southwest and Far North").
_LIST_REACH = 4
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "(", "["})
_CLOSING_QUOTES = "\"”’')]"
_SENTENCE_ENDS = (".", "!", "?")
#: An agency credit in brackets and a dash after a dateline's city ("NOVIGRAD (AP) —", "KARSO [SMN] –").
_AGENCY_DASH = re.compile(r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?\s*(?:\([^)\n]{1,40}\)|\[[^]\n]{1,40}\])\s*[-–—]")
#: A lower-case name particle joined by a hyphen to a capitalised word opening a name ("al-Masirah TV").
_PARTICLE_HYPHEN = re.compile(r"([a-z]{1,4})-(?=[A-Z])")
#: Words of a line that make it a sentence rather than a headline, when it ends like one.
_LONG_SENTENCE = 12
#: Words of a shorter line that make it a sentence when one of them is a lower-case content word.
_SHORT_SENTENCE = 6
#: ``Doc.user_data`` key of the lines judged by ``_in_title_case_line``.
_TITLE_CASE_LINES = "kg_title_case_lines"


class LinkingLexicon(LexiconModel):
    """The schema of ``lexicons/name_words.yaml`` (see the comments there)."""

    organization_words: Words
    media_title_words: Words
    named_after_title_heads: Words
    generic_institutions: Words
    member_nouns: Words
    premises_nouns: Words
    government_body_starts: Words
    armed_group_words: Words
    generic_force_words: Words
    numbered_unit_words: Words
    name_function_words: Words
    location_verbs: Words
    locative_prepositions: Words
    posted_titles: Words
    granting_verbs: Words
    posting_prepositions: Words
    focus_nouns: Words
    area_heads: Words
    subdivision_heads: Words
    community_nouns: Words
    weapon_nouns: Words
    settlement_words: Words
    capital_words: Words
    facility_heads: Words
    fighter_nouns: Words
    armed_wing_words: Words
    group_heads: Words
    body_description_nouns: Words
    event_name_heads: Words
    credit_words: Words
    outlet_domains: Words
    non_name_words: Words
    name_particles: Words
    demonym_endings: Words
    honorifics: Words
    title_abbreviations: Words
    address_forms: Words
    leader_words: Words
    state_act_verbs: Words
    leader_titles: Words
    body_abbreviations: dict[str, str]
    body_name_links: Words
    body_run_on_heads: Words
    body_run_on_links: Words
    portfolio_heads: Words
    lone_titles: dict[str, str]
    personal_bodies: Words
    title_field_prepositions: Words
    state_forms: Words
    stance_prefixes: Words
    agreement_words: Words
    agreement_title_words: Words
    coordinators: Words
    compass_names: Words
    alias_cues: Words

    @cached_property
    def person_roles(self) -> frozenset[str]:
        return shared_words().person_roles

    @cached_property
    def body_words(self) -> frozenset[str]:
        """Words of an organisation's or an armed group's name ("Council", "Brigade")."""
        return self.organization_words | self.armed_group_words

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
    def area_words(self) -> frozenset[str]:
        """Area and settlement words and their plurals ("region", "villages")."""
        areas = self.area_heads | self.settlement_words
        return areas | {area_plural(area) for area in areas}

    @cached_property
    def community_words(self) -> frozenset[str]:
        """The shared words' group demonyms, lower case ("anglophone", "druze")."""
        return frozenset(word.lower() for word in shared_words().group_demonyms)

    @cached_property
    def kin_nouns(self) -> frozenset[str]:
        """The claims lexicon's nouns of kin (``lexicons/reporting_cues.yaml``): "his father, Omar Bongo" names a
        relative."""
        return frozenset(str(word).lower() for word in read_yaml("lexicons", "reporting_cues.yaml")["kin_nouns"])

    @cached_property
    def name_labels(self) -> frozenset[str]:
        """Model NER labels of names: a span with one that links to nothing is dropped."""
        return frozenset(KINDS_BY_NER_LABEL)


def linking_lexicon(name: str = LINKING_LEXICON) -> LinkingLexicon:
    """A linking lexicon of ``lexicons/`` (parsed once)."""
    return load_lexicon(name, LinkingLexicon)


def common_words(nlp: Language, classes: tuple[str, ...] = _COMMON_WORD_CLASSES) -> frozenset[str]:
    """The verbs, adjectives and adverbs (or other ``classes``) the pipeline's lemmatizer lists
    (none without its tables)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(word for pos in classes if pos in index for word in index[pos])


def field_words(nlp: Language) -> frozenset[str]:
    """The nouns and adjectives the pipeline's lemmatizer lists: the words of a title's field."""
    return common_words(nlp, _FIELD_WORD_CLASSES)


@dataclass(frozen=True)
class NameRules:
    """What judging an unknown name needs: the linking words, every demonym and group adjective
    (lower case), the common words of the pipeline's lemmatizer and its nouns and adjectives
    (``field_words``)."""

    lexicon: LinkingLexicon
    demonyms: frozenset[str]
    common_words: frozenset[str] = frozenset()
    field_words: frozenset[str] = frozenset()


#: A numbered ordinal ("3rd", "101st"): it may open a unit's name ("the 47th Mechanized Brigade").
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
#: A name written as a number run into a capitalised word ("24News", "7Dnews"), which the model tags as a number.
NUMBERED_NAME = re.compile(r"^\d{1,4}[A-Z][a-z]{2,}\w*$")
#: ``Doc.user_data`` key of the acronyms opened by a number that the text describes as bodies ("TV channel
#: 2M", "the 3R armed group"): names there, unlike "3D printers" (kg.nlp.missed_spans).
DESCRIBED_ACRONYMS = "kg_described_acronyms"
#: ``Doc.user_data`` key of the hyphenated names the text writes before a fighters noun ("anti-balaka
#: militiamen", "Mai-Mai militias"): names there, also in lower case (kg.nlp.missed_spans).
HYPHENATED_GROUPS = "kg_hyphenated_groups"
#: Two words a scraped page ran together where its blocks met, without a space: a year or a
#: capitalised word, then a capitalised word ("September 30, 2023More than", "HomeConflict and PeaceAt
#: least 64 killed", "More ShortsHours earlier").
#: The hyphen that joins the titles of a rank written as one word ("Maj-Gen", "Lt-Col").
_RANK_HYPHEN = re.compile(r"[-‐]")
_GLUED = re.compile(r"^((?:1[89]|20)\d\d|[A-Z][a-z]{3,})([A-Z][a-z]+)$")


def unknown_name(span: Span, rules: NameRules) -> tuple[str, EntityKind] | None:
    """The label and kind of a new entity for a span the gazetteer does not know, if it is a name."""
    kind = kind_of_unknown(span, rules.lexicon)
    label = strip_name(span.text)
    if _glued_words(label, rules) or _glued_menu_word(span, label, rules):
        return None
    if kind == "person":
        label = _without_honorifics(label, rules.lexicon.honorifics)
        if label.lower().rstrip(".") in rules.lexicon.honorifics:
            return None  # a title alone ("Brig. Gen. Nabil Abdallah" cut after "Brig")
    if compass_area_name(span, rules.lexicon):
        return label, "place"  # "the regions of Northwest and Southwest": compass words naming areas
    if kind in ("organization", "armed_group") and _generic_forces(label, rules.lexicon):
        return None  # "the Armed Forces", "Security Forces": a description of some state's forces
    if kind == "organization" and title_of_office([t.text for t in span if not (t.i == span.start and t.lower_ == "the")], rules.lexicon):
        return None
    if not (described_acronym(span) or hyphenated_group(span) or _looks_like_name(label, rules)) or not _well_formed(span, rules.lexicon):
        return None
    if _common_word_at_start(span, rules) or _in_title_case_line(span, rules.lexicon) or _in_law_title(span, rules.lexicon):
        return None
    if _community_areas(label, rules.lexicon):
        return None
    return label, kind


def _community_areas(label: str, lexicon: LinkingLexicon) -> bool:
    """Whether a name is a community's word and an area or settlement word alone: the areas where a
    people, language or faith is at home, a description, no named place ("the Anglophone region", "the
    Anglophone regions of the country", "Druze villages")."""
    words = label.lower().removeprefix("the ").split()
    return len(words) >= 2 and words[-1] in lexicon.area_words and all(word in lexicon.community_words for word in words[:-1])


def _generic_forces(label: str, lexicon: LinkingLexicon) -> bool:
    """Whether a name is an armed-group word with generic words only ("Armed Forces", "Security
    Forces"), the same words in every state."""
    words = [word for word in label.lower().split() if word != "the"]
    return (
        len(words) >= 2
        and words[-1] in lexicon.armed_group_words
        and all(word in lexicon.generic_force_words for word in words[:-1])
    )


def title_of_office(words: list[str], lexicon: LinkingLexicon) -> bool:
    """Whether the words of an organisation's name are the title of an office, no body: a role or rank
    word (or a run of them: "Assistant Superintendent of Police") and its "of"/"for" or comma ("the Commissioner
    of Police", "Director, Defence Media Operations"), or
    words ending in a role or member noun ("Police Public Relations Officer"), with no organisation word."""
    lower = [word.lower().rstrip(".") for word in words]
    if len(lower) < 2 or lexicon.organization_words.intersection(lower):
        return False
    titled = 0
    while titled < len(lower) - 1 and lower[titled] in lexicon.title_words:
        titled += 1  # a title of several title words: "Assistant Superintendent of Police"
    if titled and (lower[titled] in lexicon.title_field_prepositions or lower[titled] == ","):
        return True
    return lower[-1] in lexicon.person_roles or lower[-1] in lexicon.member_nouns


def _glued_words(label: str, rules: NameRules) -> bool:
    """Whether a one-word name is a common word and a function word, or a year and a common word, run
    together by scraping ("PeaceAt least 64 killed", "2023More than"), not a name written in camel
    case ("BlackRock", "YouTube": no function word, "WhatsApp": no common word)."""
    match = _GLUED.match(label)
    if match is None:
        return False
    words = rules.common_words | rules.field_words
    first, second = match.group(1).lower(), match.group(2).lower()

    def common(word: str) -> bool:
        return word in words or word.removesuffix("s") in words or word in STOP_WORDS

    if first.isdigit():
        return common(second)  # a date's year run into the next sentence
    return common(first) and second in STOP_WORDS


def _glued_menu_word(span: Span, label: str, rules: NameRules) -> bool:
    """Whether a one-word name is a site menu word run into the common word that opened the next
    block, where a scraped page's blocks meet: at a line's start or after another menu word ("Home"
    + "Conflict and Peace", "More Shorts" + "Hours earlier"); not a name in camel case ("BlackRock
    said")."""
    match = _GLUED.match(label)
    if match is None:
        return False
    menu = clutter_lexicon().menu_words
    second = match.group(2).lower()
    if match.group(1).lower() not in menu or not (second in rules.common_words or second in rules.field_words):
        return False
    before = doc_text(span.doc)[: span.start_char].rstrip(" \t")
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    return not before or before.endswith("\n") or last in menu


def _in_law_title(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether the span is a piece of the title of a law or agreement the model cut after its "on"
    ("the Bishkek Protocol on Armistice and Ceasefire", "the Treaty on Friendship and
    Cooperation"): capitalised words, "and", "of" and "the" back to "on" right after a law's name
    (tagged as a law, or a name ending with an agreement word). Not a name after a date or a comma
    ("the Minsk Protocol on Monday, Russia said")."""
    doc, i = span.doc, span.start - 1
    while i > 0 and span.start - i <= _TITLE_REACH:
        token = doc[i]
        if token.lower_ == "on":
            before = doc[i - 1]
            return before.ent_type_ == "LAW" or (bool(before.ent_type_) and before.lower_ in lexicon.agreement_words)
        if token.ent_type_ in ("DATE", "TIME") or not (token.lower_ in lexicon.agreement_title_words or (token.text[:1].isupper() and token.is_alpha)):
            return False
        i -= 1
    return False


def without_title_field(span: Span, rules: NameRules) -> Span:
    """A person's name that the model ran together with the field of the title before it, in a
    person's, an organisation's or a place's span ("Deputy Foreign Minister for [Political Affairs
    Rustam Karimov]", "Special Envoy for [Sudan Tom Perriello]", "Commissioner of [Police Peter
    Mwangi]"): the proper nouns after the field, two at least, as a person's name. The span itself
    when no title's "for"/"of" is before it."""
    if not _after_title(span, rules.lexicon):
        return span
    doc = span.doc
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    while span.end - start > 2 and _field_word(doc[start], rules):
        start += 1
    if start == span.start or not all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in doc[start : span.end]):
        return span
    return Span(doc, start, span.end, label="PERSON")


def title_field(span: Span, rules: NameRules) -> bool:
    """Whether a span is only the field of the title of a person named after it ("Chief of [Army
    Staff] General Asim Munir"): common nouns and adjectives after a title's "for"/"of", before a name."""
    if not _after_title(span, rules.lexicon):
        return False
    doc = span.doc
    after = span.end
    while after < len(doc) and doc[after].lower_.rstrip(".") in rules.lexicon.honorifics:
        after += 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON":
        return False
    return all(_field_word(token, rules) for token in span if token.lower_ != "the")


def _field_word(token: Token, rules: NameRules) -> bool:
    """A word of a title's field: a noun (also in the plural: "Refugees"), adjective or function word
    the lemmatizer lists."""
    lower = token.lower_
    return lower in rules.field_words or lower.removesuffix("s") in rules.field_words or lower in rules.lexicon.name_function_words


def _after_title(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a span follows the "for"/"of" (and "the") of a title ("Minister for", "Chief of the")."""
    lower, before = token_table(span.doc).lower, span.start - 1
    if before > 0 and lower[before] == "the":
        before -= 1
    return before >= 1 and lower[before] in lexicon.title_field_prepositions and _title_before(span.doc, before, lexicon)


def _title_before(doc: Doc, preposition: int, lexicon: LinkingLexicon) -> bool:
    """Whether a title's capitalised words end before ``preposition`` ("Deputy Foreign Minister",
    "Minister of State", "Special Envoy"): one of them a title or role word."""
    table = token_table(doc)
    i = preposition - 1
    while i >= 0 and preposition - i <= _TITLE_REACH and (table.text[i][:1].isupper() or table.lower[i] in lexicon.title_field_prepositions):
        word = table.lower[i].rstrip(".")
        if word in lexicon.honorifics or word in lexicon.person_roles or word in lexicon.leader_titles:
            return True
        if table.sent_start[i]:
            break
        i -= 1
    return False


def _without_honorifics(label: str, honorifics: frozenset[str]) -> str:
    """A person's name without leading honorifics and titles ("Sardar Imran Baig", "Gen. Abdel Fattah al-Burhan"),
    also a rank whose titles a hyphen joins, as British, Asian and African outlets write ranks ("Maj-Gen Tun
    Aye Lwin", "Brig-Gen. Amos Kiprono"; not a name one part of which is no title: "Pir-Ali Khan")."""
    words = label.split(" ")
    while len(words) > 1 and all(part.lower().rstrip(".") in honorifics for part in _RANK_HYPHEN.split(words[0])):
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
    if kind in ("organization", "person") and (lexicon.armed_group_words & words or after in lexicon.fighter_nouns or hyphenated_group(span)
                                               or after_armed_wing(span, lexicon)):
        return "armed_group"  # "K17 fighters", "Mai-Mai armed groups", "its armed wing, the Kivu Network"
    last = span[-1].lower_
    if kind == "place" and len(span) > 1 and last in lexicon.armed_group_words:
        return "armed_group"  # a force's name the model took for a place ("the Ezzedine al-Qassam Brigades")
    if kind == "place" and len(span) == 2 and span[0].lower_ in lexicon.numbered_unit_words and span[1].is_digit:
        return "armed_group"  # a unit and its number ("Battalion 36"), no place
    if kind in ("person", "place") and _described_as_body(span, lexicon):
        return "organization"  # "state broadcaster al-Ekhbariya", "police union Synapoha"
    if kind in ("person", "organization") and (_names_an_area(span, after, lexicon) or _after_settlement_word(span, lexicon)
                                               or (len(span) > 1 and last in lexicon.area_heads)):
        return "place"  # "the village of Kabuye", "Ban Nong Khan village", "Ayimba Kebele"
    before = span.doc[span.start - 1].lower_.rstrip(".") if span.start else ""
    if kind in ("person", "organization") and len(span) > 1 and span[-1].text[:1].isupper() and last in lexicon.facility_heads \
            and not words & lexicon.body_words \
            and before not in lexicon.honorifics and span[0].lower_.rstrip(".") not in lexicon.honorifics \
            and not (kind == "person" and _speaker(span)):
        return "place"  # "Shantinagar Bridge", "Manohara River Bridge", "Dera Ghazi Khan Highway" (not "Dr Ahmed Bridge",
        # nor a person who speaks: "Investor Garrett Camp said he would donate")
    if kind == "person" and lexicon.organization_words & words:
        return "organization"
    if kind in ("person", "organization") and (_after_place_preposition(span, lexicon) or _described_as_area(span, lexicon)) \
            and not words & lexicon.body_words:
        return "place"  # "in El Fasher", "near Debre Tabor", "in Tarsa, Velm and Orrin", "Velm, a town in ..."
    if kind in ("person", "organization") and len(span) <= 3 and not words & lexicon.body_words \
            and _in_place_list(span, lexicon):
        return "place"  # "the cities of Tarsa, Velm, Orrin and Kessel", "Tarsa, the market area and Kessel"
    if kind == "place" and len(span) > 2 and "of" in words and _state_form(span, lexicon):
        return "state"  # "the Republic of Kalmar", "the Kingdom of Tessaly"
    if kind == "organization" and _dateline_city(span):
        return "place"  # "NOVIGRAD (AP) -", "TARSK, March 4"
    if kind == "organization" and len(span) > 1 and span[0].lower_.rstrip(".") in lexicon.honorifics:
        return "person"  # "Sardar Imran Baig", "Dr Amina Yusuf" (no organisation word: checked above)
    if kind == "place" and len(span) > 1 and span[0].lower_.rstrip(".") in lexicon.address_forms and span[0].text[1:2].islower():
        return "person"  # "Mr Restrepo said": no place's name opens with "Mr" ("Sheikh Jarrah" may; "DR Congo" is no "Dr")
    if kind == "organization" and 2 <= len(span) <= 3 and not words & lexicon.organization_words:
        roles = lexicon.person_roles
        if any(child.dep_ == "appos" and child.lemma_.lower() in roles for child in span.root.children):
            return "person"
    return kind


def _described_as_body(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name stands right before a lower-case noun describing a body ("the Kivu Ndeke
    television"), or after one used as a title, without an article ("state broadcaster al-Ekhbariya",
    "police union Synapoha"), the noun a compound of the name: an organisation's name, not a person's
    or a place's. Not a name after a body with its article, which may open a clause ("told the agency
    Ahmed was freed", "to the Sputnik news agency Al-Mahjoub said")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in lexicon.body_description_nouns:
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text not in lexicon.body_description_nouns or before.dep_ != "compound" or not span.start <= before.head.i < span.end:
        return False
    i = before.i - 1
    while i >= 0 and doc[i].pos_ in _BODY_TITLE_TAGS:
        i -= 1
    return i < 0 or doc[i].pos_ != "DET"


def _state_form(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name opens with the word of a state's formal name ("the Republic of ...")."""
    lower = token_table(span.doc).lower
    first = span.start + 1 if lower[span.start] == "the" else span.start
    return lower[first] in lexicon.state_forms


def _dateline_city(span: Span) -> bool:
    """Whether a name in capitals opens a line as a dateline's city: before a date ("TARSK, March 4
    (Reuters) -") or an agency in brackets and a dash, after the state's name or not ("NOVIGRAD (AP) —",
    "NOVIGRAD, Zelania (AP) —"); not "DNO ASA, the
    Norwegian company"."""
    from kg.timex.dates import opening_dateline  # the dateline formats of ingest and time expressions

    text, start = doc_text(span.doc), span.start_char
    name = text[start : span.end_char]
    if not name.isupper() or len(name) < 3 or (start and text[start - 1] != "\n"):
        return False
    return opening_dateline(text, start) is not None or _AGENCY_DASH.match(text, span.end_char) is not None


def compass_adjective(word: str, lexicon: LinkingLexicon) -> bool:
    """A compass adjective ("western", "central"), of the words never a name alone."""
    return word in lexicon.non_name_words and (word.endswith("ern") or word == "central")


def _described_as_area(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name has an area or settlement noun in apposition ("El Tarsa, a municipality in the
    Varda region", "Velm, a village near the border"), as a person's has a role noun."""
    areas = lexicon.area_heads | lexicon.settlement_words | lexicon.capital_words
    return any(child.dep_ == "appos" and child.lower_ in areas for child in children(span.root))


def _after_place_preposition(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name is the object of a preposition of place ("in Jableh", "near Nduga", "across
    northern Zembla"), or a later name of a list that is ("in Tarsa, Velm as well as in Orrin": Velm,
    a proper noun joined to the first as its conjunct, or as one word in apposition: not "the director
    of the agency in Puno, Ismael Tarsa", a person in apposition to the office)."""
    root, name = span.root, span
    while (root.dep_ == "conj" or (root.dep_ == "appos" and len(span) == 1)) and root.pos_ == "PROPN" \
            and root.head.pos_ == "PROPN" and root.head.i < root.i:
        root = root.head
    if root is not span.root:
        first = root.left_edge.i
        span = span.doc[first : root.i + 1]
    root, before = span.root, span.start - 1
    if before > 0 and compass_adjective(span.doc[before].lower_, lexicon):
        before -= 1
    if before > 0 and span.doc[before].lower_ == "the":
        before -= 1
    if root.dep_ != "pobj" or root.head.i != before or root.head.lower_ not in lexicon.locative_prepositions:
        return False
    return not _follows_posted_place(name, root.head, lexicon)


def _follows_posted_place(name: Span, preposition: Token, lexicon: LinkingLexicon) -> bool:
    """Whether a name follows a place after an office held at a post and its preposition, the parser hanging both on
    the preposition as one phrase ("the consul in [Baku] Tom Reed said"): the post's holder, not a place."""
    doc, first = name.doc, preposition.i + 1
    if first < len(doc) and doc[first].lower_ == "the":
        first += 1
    return preposition.i > 0 and preposition.lower_ in lexicon.posting_prepositions \
        and doc[preposition.i - 1].lower_ in lexicon.posted_titles and name.start > first


def after_armed_wing(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name is in apposition right after a group's armed wing ("its armed wing, the Eastern
    Kivu Network (EKN)", "its militant wing, Eastern Kivu Network,"; not "its political wing, X")."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i].text == "," and doc[i - 1].lower_ == "wing" and doc[i - 2].lower_ in lexicon.armed_wing_words


#: Entity labels that name a place, not a state: a known state is "GPE" with the gazetteer's id (a person
#: is often listed with states: "Egypt, Qatar and Steve Witkoff brokered the deal"); an unknown "GPE"
#: is most often a town.
_PLACE_LABELS = frozenset({"LOC", "FAC"})


def _speaker(span: Span) -> bool:
    """Whether a name is the subject of a verb that reports a clause ("Singer Jordan Pass said the show was
    cancelled"): a person's, never a bridge's or a road's."""
    root = span.root
    return root.dep_ == "nsubj" and any(child.dep_ == "ccomp" for child in root.head.children)


def _in_place_list(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name is a conjunct of a list whose other members are mostly places: at least two the
    model tagged as places (not known states) or area nouns ("the airport area"), more than the other names
    of the list, and the name itself without a possessive ("the cities of Surman, Sabratha, Al-Essa and
    Zeltin", "Koteshwor, Tinkune, the airport area, Baneshwor Chowk, and Gaushala"; not "Ruto,
    Museveni and Kagame", nor "Egypt, Qatar and Steve Witkoff")."""
    root = span.root
    if any(child.dep_ == "poss" for child in root.children):
        return False
    top = root
    while top.dep_ in ("conj", "appos") and top.head.i < top.i:
        top = top.head
    members, stack = [], [top]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(child for child in token.children if child.dep_ in ("conj", "appos") and child.i > token.i)
    areas = lexicon.area_heads | lexicon.settlement_words
    places = others = 0
    for token in members:
        if span.start <= token.i < span.end:
            continue
        if token.ent_type_ in _PLACE_LABELS or (token.ent_type_ == "GPE" and not token.ent_id_) \
                or (token.pos_ == "NOUN" and token.lower_ in areas):
            places += 1
        elif token.ent_type_:
            others += 1  # an untagged name ("Tinkune") is neither
    return places >= 2 and places > others


def _names_an_area(span: Span, after: str, lexicon: LinkingLexicon) -> bool:
    """Whether a name is an area's: before an area head ("Ban Nong Khan village"), also a plural one
    after a list ("the Chouk Chey and Prey Chan villages") or past one lower-case noun ("the Ta Mone
    temple areas", "the Kor border area"), or after "the village of" (a person is never named so)."""
    areas = lexicon.area_heads | lexicon.settlement_words
    areas = areas | {area_plural(word) for word in areas}
    if after in areas:
        return True
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].text == after and doc[span.end + 1].text in areas:
        return True
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in areas


def _after_settlement_word(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a name comes right after a settlement word as its title, maybe glossed in brackets
    ("in Barangay Benli", "Barangay (village) Benli", "Sitio Bajada"): a place's name, never a
    person's ("the village head Musa Ali" has a noun between); or after a capital word ("the capital
    Sana’a"), unless the model took it for a person who is a verb's subject ("Speaking in the capital
    Musa Idris said ...")."""
    doc, i = span.doc, span.start - 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3
    if i < 0 or doc[i].lower_ in lexicon.facility_heads:
        return False
    if doc[i].lower_ in lexicon.capital_words:
        return not (span.label_ == "PERSON" and span.root.dep_ == "nsubj")
    return doc[i].lower_ in lexicon.settlement_words


def compass_area_name(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a capitalised compass word alone is the name of an area: after an area word and "of"
    ("the Anglophone region of Northwest"), in a list after one ("the regions of Northwest and
    Southwest") or listed after a plural area word ("two provinces, Northwest and Southwest"). Not
    the word alone elsewhere ("in the North", "the Northwest said"), which names no place."""
    if len(span) != 1 or not span[0].text[:1].isupper() or span[0].lower_ not in lexicon.compass_names:
        return False
    areas = lexicon.area_heads | lexicon.settlement_words | lexicon.subdivision_heads
    plurals = {area_plural(word) for word in areas}
    token = span[0]
    for _ in range(_LIST_REACH):
        if token.dep_ in ("conj", "appos") and token.head.lower_ in plurals:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in areas | plurals:
            return True
        if token.dep_ != "conj" or token.head.pos_ != "PROPN":
            return False
        token = token.head
    return False


def area_plural(word: str) -> str:
    """The plural of an area or settlement word ("villages", "counties")."""
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _particle_opened(label: str, rules: NameRules) -> bool:
    """A name opened by a lower-case particle joined by a hyphen to a capitalised word ("al-Masirah TV",
    "el-Watan")."""
    opening = _PARTICLE_HYPHEN.match(label)
    return opening is not None and opening.group(1) in rules.lexicon.name_particles


def _looks_like_name(label: str, rules: NameRules) -> bool:
    """Capitalised (or opened by a particle: "al-Masirah TV"); a capitalised word if it has digits; not just nationality adjectives
    ("Azerbaijani", "Armenians"), nor a people ("Kosovo Serbs", "Kuki-Zo", "Pak-Afghan"), nor words that are never a name alone
    ("Second", "North", "Second Sgt."); a numbered ordinal may open it ("101st Airborne Division"), and so
    may a unit's number ("122 Infantry Brigade")."""
    if NUMBERED_NAME.match(label):
        return True  # "24News"
    words = label.replace("-", " ").split()
    numbered_unit = len(words) > 2 and words[0].isdigit() and len(words[0]) <= 3 and words[-1].lower() in rules.lexicon.numbered_unit_words
    if len(words) > 1 and (ORDINAL.match(words[0]) or numbered_unit):  # "122 Infantry Brigade" too
        words, label = words[1:], label.split(" ", 1)[1]
    if not words or not (label[:1].isupper() or _particle_opened(label, rules)) or len(label) < 2:
        return False
    if any(c.isdigit() for c in label) and not any(w[:1].isupper() and w.isalpha() and len(w) > 1 for w in words) and not _code(label):
        return False
    titles = rules.lexicon.non_name_words | rules.lexicon.honorifics
    if all(word.lower().rstrip(".") in titles for word in words):
        return False
    if any(word.lower().rstrip(".") in rules.lexicon.honorifics for word in words) and all(
            word.lower().rstrip(".") in titles or word.lower() in rules.demonyms for word in words):
        return False  # a title with its nationality: "American Pfc", "Russian General"
    if len(words) > 1 and words[-1].endswith("s") and words[-1].lower().removesuffix("s") in rules.demonyms \
            and not any(word.lower() in rules.lexicon.name_function_words for word in words[:-1]):
        return False  # a people, named by where they live: "Karabakh Armenians", "Kosovo Serbs" (not a body "of the Philippines")
    if len(words) > 1 and words[-1].lower() in rules.lexicon.event_name_heads and not any(
            word.lower() in rules.lexicon.name_function_words | rules.lexicon.organization_words for word in words):
        return False  # an event, named by where or whom it befell: "the Anglophone Crisis", "the Kivu Conflict"
    if " " not in label and "-" in label and (words[0].lower() in rules.demonyms or words[-1].lower() in rules.demonyms):
        return False  # a compound of peoples' adjectives: "Kuki-Zo militants", "Kuki-Hmar women", "the Pak-Afghan border"
    if label.lower().removesuffix("s") in rules.demonyms:
        return False  # a demonym of several words alone: "two Sri Lankan soldiers"
    return not all(word.lower().removesuffix("s") in rules.demonyms for word in words)


def never_a_name_alone(tokens: Iterable[Token], lexicon: LinkingLexicon) -> bool:
    """Whether every word is one that is never a name on its own ("North", "Second", "the North")."""
    words = [token.lower_ for token in tokens if token.lower_ != "the"]
    return bool(words) and all(word in lexicon.non_name_words for word in words)


def _code(label: str) -> bool:
    """A code name of capitals and digits ("K17", "M23")."""
    return label[:1].isupper() and label.replace("-", "").isalnum() and not label.isdigit() and " " not in label


def hyphenated_group(span: Span) -> bool:
    """Whether a span is a hyphenated name the text writes before a fighters noun ("anti-balaka militiamen")."""
    return span.text in span.doc.user_data.get(HYPHENATED_GROUPS, ())


def described_acronym(span: Span) -> bool:
    """Whether a span is an acronym opened by a number that the text describes as a body ("2M", "3R")."""
    return span.text in span.doc.user_data.get(DESCRIBED_ACRONYMS, ())


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
        if (_code(word.text) and any(c.isdigit() for c in word.text)) or NUMBERED_NAME.match(word.text) or described_acronym(span):
            return True  # "R5", "M23", "24News", "the 3R armed group": the model tags them as anything
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        proper = word.pos_ == "PROPN" or (after in lexicon.settlement_words and not word.is_sent_start)  # "in Bamessing locality"
        return proper and len(word.text) >= 3 and word.lower_ not in lexicon.generic_institutions
    return True


def _common_word_at_start(span: Span, rules: NameRules) -> bool:
    """Whether a one-word name is a common word capitalised only because it opens a sentence or a
    quotation ("Riot police fired tear gas": not a person "Riot"): a verb, adjective or adverb, or a
    noun before the lower-case noun it modifies, or alone in its sentence (a kicker: "Exodus. Our
    report from ..."), that the document never capitalises inside a sentence ("Jihadist militants
    killed ..."; not "Darfur's governor", "Gaza. Our report from ...")."""
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if len(words) != 1 or not _opens_sentence(words[0]):
        return False
    word = words[0]
    if word.lower_ in rules.common_words:
        return True
    modifies_next = word.dep_ in ("compound", "amod") and word.head.i == word.i + 1 and word.head.text.islower()
    return (modifies_next or _sentence_alone(word)) and word.lower_ in rules.field_words and not _capitalised_inside(word)


def _sentence_alone(word: Token) -> bool:
    """Whether ``word`` is its sentence alone, with its punctuation: a kicker before a headline
    ("Exodus. Our report from Goris")."""
    sentence = word.sent
    return all(token.i == word.i or token.is_punct for token in sentence)


def _capitalised_inside(word: Token) -> bool:
    """Whether the document writes ``word`` capitalised inside a sentence too ("Wagner fighters left
    ... the Wagner Group"), as a name."""
    table = token_table(word.doc)
    text = word.text
    return any(other == text and i != word.i and not _opens_sentence(word.doc[i]) for i, other in enumerate(table.text))


def common_noun_at_start(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word match opens a sentence and the tagger reads it as a common word ("Coast
    guards rescued", "Lakes flooded": not the regions named Coast and Lakes; "Gaza residents" is a
    proper noun; "ABUJA, Nigeria" is a dateline)."""
    word = doc[start]
    return end - start == 1 and word.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and word.text[1:].islower() and _opens_sentence(word)


def common_noun_phrase_at_start(doc: Doc, start: int, end: int, lexicon: LinkingLexicon) -> bool:
    """Whether a one-word match that opens a sentence is read as a common noun by the parse: the subject of a passive
    verb of granting (``granting_verbs``: "Amnesty was offered to the rebels") or the head of a phrase with a
    determiner, adjective or prepositional complement of its own ("Amnesty for the fighters was approved"); a short
    name speaks or is spoken of ("Amnesty said", "Amnesty however noted", "Amnesty was accused of bias")."""
    word = doc[start]
    if end - start != 1 or not (_opens_sentence(word) or (word.i > 0 and doc[word.i - 1].text in (".", "!", "?"))):
        return False
    granted = word.dep_ == "nsubjpass" and word.head.lemma_.lower() in lexicon.granting_verbs
    return granted or any(child.dep_ in ("det", "amod", "prep") for child in word.children)


def _opens_sentence(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or before is None or before.text in _OPENING_QUOTES or "\n" in before.text


def extends_name(doc: Doc, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i`` continues a capitalised name beside it: a proper noun, capitalised, not
    opening its sentence, no title ("President"; "Observer", an organisation word, is), not in a
    headline ("South" Caucasus counts)."""
    if not 0 <= i < len(doc):
        return False
    token = doc[i]
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or _opens_sentence(token):
        return False
    word = token.lower_.rstrip(".")
    if (word in lexicon.honorifics or word in lexicon.person_roles) and word not in lexicon.organization_words:
        return False  # a title ("Thai President"), but a newspaper's name goes on ("The Libya Observer")
    return not _in_title_case_line(doc[i : i + 1], lexicon)


def given_name_opening(doc: Doc, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i``, opening its sentence, is a given name before the surname after it
    ("Hovhannes Harutyunyan, a resident, said": not the listed Arayik Harutyunyan): a capitalised
    proper noun of letters, no title, honorific or role ("President Aliyev"), with a capitalised
    name word after it. ``extends_name`` never counts a sentence's first word."""
    if not 0 <= i < len(doc) - 1 or not _opens_sentence(doc[i]):
        return False
    if not plain_given_name(doc[i], lexicon) or not doc[i + 1].text[:1].isupper():
        return False
    return not _in_title_case_line(doc[i : i + 1], lexicon)


def plain_given_name(token: Token, lexicon: LinkingLexicon) -> bool:
    """Whether a token may be a given name: a capitalised proper noun of letters, no title, honorific or
    role word ("President", "Dr")."""
    if token.pos_ != "PROPN" or not token.is_alpha or not token.text.istitle():
        return False
    word = token.lower_
    return word not in lexicon.honorifics and word not in lexicon.person_roles and word not in lexicon.leader_titles


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
    judged once per document); not a headline the pipeline read again in the body's case, unless the span is made of
    words the body never writes."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if line_start == 0 and span.end_char <= span.doc.user_data.get(RECASED_HEADLINE, -1):
        unconfirmed = span.doc.user_data.get(UNCONFIRMED_WORDS, frozenset())
        if not all(token.idx in unconfirmed for token in span if token.is_alpha):
            return False  # a headline read again in the body's case (kg.nlp.headline_case), a word of it in the body
    line_end = text.find("\n", span.end_char)
    lines = span.doc.user_data.setdefault(_TITLE_CASE_LINES, {})
    key = (line_start, line_end, id(lexicon))
    if key not in lines:
        lines[key] = _title_case(text[line_start : line_end if line_end >= 0 else None].rstrip(), lexicon)
    return lines[key]


def _sentence_words(words: list[str], lexicon: LinkingLexicon) -> bool:
    """Whether the words of a line ending like a sentence make one: long with a lower-case word, or
    shorter with a lower-case word that is no function word (the verb: "... Council met in ...")."""
    if len(words) >= _LONG_SENTENCE:
        return any(w[:1].islower() for w in words)
    return len(words) >= _SHORT_SENTENCE and any(w[:1].islower() and w.isalpha() and w not in lexicon.name_function_words for w in words)


def _title_case(line: str, lexicon: LinkingLexicon) -> bool:
    """Whether one line is headline-style: not a long sentence, most of its content words capitalised."""
    if line.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS) and _sentence_words(line.split(), lexicon):
        return False  # a sentence that lists names ("The soldiers are Second Sgt. Yusdin, ...", "On Monday the National Defence Council met in Port Amber.")
    words = [w for w in line.split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in lexicon.name_function_words]
    if len(content) < 4:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.75


def may_name_a_state(doc: Doc, start: int, head: int, bare: bool, rules: NameRules, known: Callable[[str], bool]) -> bool:
    """Whether an unknown word before a state's body or government ("Velmora's army", "the Norland
    government") may be the name of a state the gazetteer does not know, whatever the model tagged it.

    The word at ``start`` (the body's head at ``head``) is one capitalised word that is not an
    acronym ("RSF's forces" is a group's), nor a title, institution or word the lemmatizer lists, nor a name
    ``known`` to the gazetteer, nor tagged by the model as a date or number; after "the" not as a
    person or a nationality nor as a word of a longer name ("the Netanyahu government", "The Zemblan
    Defence Ministry"); tagged as a person, not before a body a person may lead ("Assad's forces",
    "Netanyahu's government"; a foreign ministry is a state's) unless the document writes a demonym
    of it ("Velmora's army ... Velmoran drones"). Nowhere in the document is
    it a person's name: a word of a longer person name ("Khalifa Haftar ... Haftar's forces"), after
    a title or honorific ("Mr Halvorsen"), the name of a group before an organisation word ("the
    Wagner Group ... Wagner's forces"), nor a people's in the plural ("the Houthis ... the Houthi
    government").
    """
    lexicon = rules.lexicon
    word = doc[start].text
    lower = word.lower()
    not_names = lexicon.honorifics | lexicon.person_roles | lexicon.generic_institutions | lexicon.non_name_words | lexicon.organization_words
    if not word.isalpha() or len(word) < 3 or not word[:1].isupper() or word.isupper() or lower in not_names:
        return False
    if lower in rules.common_words or lower in rules.field_words:
        return False  # a word of the lemmatizer's lists: "the Taliban government", "Wagner's forces"
    if known(word) or lower in rules.demonyms or lower in lexicon.armed_group_words | lexicon.leader_titles:
        return False
    tag = doc[start].ent_type_
    if tag and tag not in KINDS_BY_NER_LABEL and tag not in _OTHER_NAME_LABELS:
        return False  # a date or number: "the Monday government meeting"
    if doc[start].ent_iob_ == "I":
        return False  # inside a longer name: "Burkina Faso's army"
    if bare and tag and (tag in ("PERSON", "NORP") or doc[start].ent_iob_ != "B" or doc[start + 1].ent_iob_ == "I"):
        return False
    if tag == "PERSON" and doc[head].lower_ in lexicon.personal_bodies and not _demonym_used(doc, lower, lexicon):
        return False
    people = (span for span in doc.ents if span.label_ == "PERSON" and len(span) > 1)
    return not any(word in span.text.replace("-", " ").split() for span in people) and not _named_as_person_or_group(doc, word, lexicon)


def _demonym_used(doc: Doc, lower: str, lexicon: LinkingLexicon) -> bool:
    """Whether the document writes a demonym made of the name (``lower``: "velmora"; "Velmoran
    drones"): a person has none."""
    stem = lower[:-1]
    return any(
        len(text) > len(lower) and text[:1].isupper() and text.lower().startswith(stem) and text.lower().endswith(tuple(lexicon.demonym_endings))
        for text in token_table(doc).text
    )


def _named_as_person_or_group(doc: Doc, word: str, lexicon: LinkingLexicon) -> bool:
    """Whether ``word`` follows a title or honorific ("General Haftar") or comes before an
    organisation word that is no outlet's title word ("Wagner Group", not "Norland Press") anywhere in
    the document, or names a people or group in the plural ("the Houthis")."""
    table = token_table(doc)
    titles = lexicon.honorifics | lexicon.person_roles | lexicon.leader_titles
    plural = word + "s"
    for i, text in enumerate(table.text):
        if text == plural:
            return True
        if text != word:
            continue
        if i > 0 and table.lower[i - 1].rstrip(".") in titles:
            return True
        following = table.lower[i + 1] if i + 1 < len(table.lower) else ""
        if following in lexicon.organization_words and following not in lexicon.media_title_words and table.text[i + 1][:1].isupper():
            return True
    return False
