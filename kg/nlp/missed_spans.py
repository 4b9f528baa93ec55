"""Name spans the statistical model misses, found by rules over the tokens before its NER.

The ruler adds them, and the model keeps them:

- outlets named by a web address ("Sahel.Info reports") or a number run into a word ("24News");
- code names of armed groups, known by the fighters named after them ("K17 fighters"), every
  occurrence in the document;
- named operations ("Operation Trident Shield"): an event, so that no piece of it becomes an entity;
- proper names before an area head ("the Tigray region"), a lower-case settlement word ("Min Ma
  village": the name alone) or a fighters noun ("Fano militants");
- people named after an abbreviated title ("Second Sgt. Yusdin") or a role word ("Spokesperson
  Hossein Kermanpour");
- a force's name whose head the writer left in lower case ("the Baloch Liberation army");
- names joined by hyphens around a particle ("Shah-e-Mardan", "Tehreek-e-Labbaik Pakistan");
- ministries named by abbreviation ("the MoD said", "the MFA");
- a place named after an area word and "of" ("the town of Mereth");
- the city, region and outlet of a dateline in mixed case ("Laiza, Kachin (Chindwin): ..."), and of one in
  capitals before a dash ("ERBIL (Kurdistan 24) –") or two cities joined by a slash ("GUWAHATI/IMPHAL:");
- a publication's title with a capital "The" inside a sentence ("he told The Irrawaddy").

The model's own spans are corrected after its NER in ``kg.nlp.spans``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.doccache import TokenTable, doc_text, token_table
from kg.nlp.names import (
    DESCRIBED_ACRONYMS,
    HYPHENATED_GROUPS,
    NUMBERED_NAME,
    ORDINAL,
    LinkingLexicon,
    area_plural,
    never_a_name_alone,
)
from kg.timex.lexicon import time_lexicon

_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}$")
_DOMAIN_TOKEN = re.compile(r"^[A-Z][\w-]*\.([A-Za-z]{2,})$")
#: Dashes a name may be joined or cut at.
DASHES = ("-", "–", "—")
#: Tags of a lower-case modifier before a body's name ("the rebel-run Saba press agency").
_MODIFIER_TAGS = ("ADJ", "NOUN", "VERB")
#: An acronym of capitals, digits allowed ("ACLED", "OCHA", "2M"): one capital letter at least, two characters or more.
ACRONYM = re.compile(r"^(?=[A-Z0-9&]*[A-Z])[A-Z0-9&]{2,8}$")
#: Capitals the tokenizer splits from a number before them ("2M", "3R").
_NUMBERED_CAPITALS = re.compile(r"^[A-Z]{1,3}$")
#: Lower-case nouns between an acronym and the body noun it modifies ("the ACLED conflict registration project").
_BODY_MODIFIERS = 3
#: A dateline in mixed case opening a line, its city (and region) before its outlet in brackets ("Garowe-(Puntland
#: Mirror) At least", "Laiza, Kachin (Chindwin): The", "Sanaa, (Samajweekly) Yemeni"); one in capitals is
#: read by the names' rules.
_DATELINE_CREDIT = re.compile(
    r"^[ \t]*(?P<place>[A-Z][a-z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})(?:, (?P<region>[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}))?"
    r"[ \t]*[-–—,]?[ \t]*\((?P<outlet>[A-Z][\w'’.]*(?: [A-Z0-9][\w'’.]*){0,3})\)[ \t]*[:\-–—]?[ \t]+(?=[A-Z\"“])",
    re.MULTILINE,
)
#: A dateline in capitals opening a line near the top, before its outlet in brackets and a dash ("SULAIMANI (ESTA)
#: —", "ERBIL (Kurdistan 24) –": an outlet in capitals is left to the gazetteer; in square brackets, "BOSSASO [SMN] –",
#: an outlet's code, left as it is), or two cities joined by a slash before a colon ("GUWAHATI/IMPHAL: 10 ...").
_CAPITAL_DATELINE = re.compile(
    r"^[ \t]*(?:(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2})[ \t]+(?:\((?P<outlet>[A-Z][\w'’.]*(?: [A-Z0-9][\w'’.]*){0,3})\)"
    r"|\[(?P<code>[A-Z][\w'’.]*(?: [A-Z0-9][\w'’.]*){0,3})\])"
    r"[ \t]*[–—-]|(?P<first>[A-Z][A-Z'’.-]{2,})/(?P<second>[A-Z][A-Z'’.-]{2,})[ \t]*:)[ \t]+(?=[A-Z0-9\"“])",
    re.MULTILINE,
)
#: Characters from the top of a document within which a dateline in mixed case may start.
_DATELINE_CREDIT_REACH = 1500


def rule_spans(doc: Doc, lexicon: LinkingLexicon, demonyms: frozenset[str] = frozenset(),
               english: frozenset[str] = frozenset()) -> list[Span]:
    """The outlet, code-name, operation, area and fighters spans of ``doc`` (for the ruler, before
    the model's NER); ``demonyms`` (lower case) name no group of their own, nor do ``english`` words
    (the lemmatizer's, lower case) joined by a hyphen ("anti-government militias")."""
    return (
        _outlets(doc, lexicon) + _code_names(doc, lexicon) + _operations(doc) + _named_before(doc, lexicon, demonyms)
        + _titled_persons(doc, lexicon) + _forces_with_lower_head(doc, lexicon, demonyms) + _particle_compounds(doc, lexicon)
        + _abbreviated_bodies(doc, lexicon) + _named_after_area_of(doc, lexicon) + _dateline_credits(doc, lexicon)
        + _hyphenated_before_fighters(doc, lexicon, _union(demonyms, english), demonyms)
        + _titles_with_capital_the(doc) + _acronyms_of_described_bodies(doc, lexicon)
    )


@lru_cache(maxsize=4)
def _union(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """``first | second``, made once per pair of sets: the lemmatizer's words are many, and the same sets come with
    every document."""
    return first | second


def _acronyms_of_described_bodies(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """An acronym the model misses in apposition after a lower-case noun describing a body ("the conflict
    tracker organisation ACLED", "TV channel 2M"), or after "the" before lower-case nouns ending in one ("the
    ACLED conflict registration project", "the 3R armed group"): an organisation; a number and the capitals
    joined to it are one acronym, which the tokenizer splits ("2M", "3R"). Not an abbreviated common noun or
    title ("the agency CEO", "the NGO"), not one opening a sentence, nor one a capitalised word or a hyphen
    follows (a longer name's start: "the rebel group RED-Tabara")."""
    table = token_table(doc)
    text, lower = table.text, table.lower
    found = []

    def free_end(i: int) -> bool:  # nothing of a longer name after the acronym's last token
        return not (i + 1 < len(text) and capitalised(table, i + 1)) and (table.space_after[i] or i + 1 == len(text) or text[i + 1] not in DASHES)

    def acronym_start(last: int) -> int:
        """Where the acronym ending at token ``last`` starts, or -1."""
        if last < 1 or last >= len(text) or table.sent_start[last] or not free_end(last):
            return -1
        if _NUMBERED_CAPITALS.match(text[last]) and text[last - 1].isdigit() and len(text[last - 1]) <= 2 \
                and not table.space_after[last - 1] and not table.sent_start[last - 1]:
            return last - 1  # "2M", "3R"
        return last if ACRONYM.match(text[last]) and lower[last] not in lexicon.non_name_words else -1

    for i, word in enumerate(lower):
        if word not in lexicon.body_description_nouns or text[i] != word:
            continue
        for last in (i + 1, i + 2):
            first = acronym_start(last)
            if first == i + 1:
                found.append(Span(doc, first, last + 1, label="ORG"))
        start = i
        while start > 0 and i - start < _BODY_MODIFIERS and text[start - 1] == lower[start - 1] and table.alpha[start - 1] \
                and lower[start - 1] not in lexicon.name_function_words:
            start -= 1
        first = acronym_start(start - 1) if start < i else -1
        if first > 0 and lower[first - 1] == "the":
            found.append(Span(doc, first, start, label="ORG"))
    doc.user_data[DESCRIBED_ACRONYMS] = frozenset(span.text for span in found if span.text[:1].isdigit())
    return found


def _titles_with_capital_the(doc: Doc) -> list[Span]:
    """A publication's title whose "The" stays capitalised inside a sentence, after a lower-case word
    ("he told The Irrawaddy", "reported by The Kalmar Herald"): the model misses a title it has not
    seen. A place named with "The" that the gazetteer knows ("The Hague") keeps its own span."""
    table = token_table(doc)
    found = []
    for i, text in enumerate(table.text[:-1]):
        if text != "The" or i == 0 or table.sent_start[i] or not table.text[i - 1].islower() or not table.alpha[i - 1]:
            continue
        end = i + 1
        while end < len(table.text) and end - i <= 3 and proper(table, end) and not table.sent_start[end]:
            end += 1
        if end > i + 1:
            found.append(Span(doc, i, end, label="ORG"))
    return found


def _dateline_credits(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """The city, region and outlet of a dateline in mixed case that opens a line near the top ("Laiza,
    Kachin (Chindwin): ..."): the model misses a city it has not seen, or runs it into the outlet. Only
    the first, and not a person with a title in a caption ("President Ilse Brandt (Centre) Speaks"). Also the
    first dateline in capitals before an outlet in brackets and a dash ("ERBIL (Kurdistan 24) –": the outlet, which
    the gazetteer would cut to its place; one in capitals is the gazetteer's), or two cities joined by a slash
    ("GUWAHATI/IMPHAL:")."""
    found: list[Span] = []
    match = _DATELINE_CREDIT.search(doc_text(doc), 0, _DATELINE_CREDIT_REACH)
    titles = lexicon.honorifics | lexicon.person_roles
    if match is not None and not any(word.lower().rstrip(".") in titles for word in match.group("place").split()):
        for group, label in (("place", "GPE"), ("region", "GPE"), ("outlet", "ORG")):
            span = None if match.group(group) is None else doc.char_span(match.start(group), match.end(group), label=label)
            if span is not None:
                found.append(span)
    capital = _CAPITAL_DATELINE.search(doc_text(doc), 0, _DATELINE_CREDIT_REACH)
    if capital is not None:
        for group, label in (("place", "GPE"), ("outlet", "ORG"), ("first", "GPE"), ("second", "GPE")):
            span = None if capital.group(group) is None else doc.char_span(capital.start(group), capital.end(group), label=label)
            if span is not None and not never_a_name_alone(span, lexicon) and not (group == "outlet" and span.text.isupper()):
                found.append(span)
    return found


def _named_after_area_of(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """A place named after a lower-case area, subdivision or settlement word and "of" ("the town of
    Mereth", "the province of Cabo Delgado", "the western state of Michoacan"), which the model may
    tag as a date or a people or miss: the name, a place. After
    a plural one, each name of the list ("the districts of Kasese and Bundibugyo", "the provinces
    of Idlib, Hama and Aleppo")."""
    table = token_table(doc)
    areas = lexicon.area_heads | lexicon.settlement_words | lexicon.subdivision_heads
    plurals = {area_plural(word) for word in areas}
    found = []
    for i, lower in enumerate(table.lower[:-2]):
        plural = lower in plurals
        if (lower not in areas and not plural) or table.text[i] != lower or table.lower[i + 1] != "of" or not proper(table, i + 2):
            continue
        start = i + 2
        for _ in range(6):
            end = start
            while end < len(table.text) and end - start < 6 and _in_name(table, end, lexicon) and not (end > start and table.sent_start[end]):
                end += 1
            while not proper(table, end - 1):
                end -= 1
            found.append(Span(doc, start, end, label="GPE"))
            following = end + 1 if end < len(table.text) and table.text[end] == "," else end
            following += 1 if following < len(table.text) and table.lower[following] == "and" else 0
            if not plural or following == end or following >= len(table.text) or not proper(table, following) or table.sent_start[following]:
                break
            start = following
    return found


def _abbreviated_bodies(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """Government bodies named by their usual abbreviation ("the MoD said", "the MFA summoned"),
    which the model tags as anything or nothing: the linker gives them their state."""
    table = token_table(doc)
    return [Span(doc, i, i + 1, label="ORG") for i, text in enumerate(table.text) if text in lexicon.body_abbreviations]


def _forces_with_lower_head(doc: Doc, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """A force's name of two or more proper nouns whose head the writer left in lower case ("the
    Baloch Liberation army", "the Tigray Defence forces"): the name with its head. Not a run of
    demonyms, compass or title words ("Saudi Arabian forces", "US Special forces"), nor a name that
    is whole without the head ("Wagner Group forces")."""
    table = token_table(doc)
    found = []
    for i, lower in enumerate(table.lower):
        if i < 2 or lower not in lexicon.armed_group_words or table.text[i] != lower or table.dep[i - 1] != "compound":
            continue
        start = i
        while start > 0 and i - start < 5 and proper(table, start - 1) and not table.sent_start[start]:
            start -= 1
        words = table.lower[start:i]
        if len(words) < 2 or words[-1] in lexicon.organization_words or words[-1] in lexicon.armed_group_words:
            continue
        if all(word.removesuffix("s") in demonyms or word in lexicon.non_name_words or word in lexicon.honorifics for word in words):
            continue
        if words[-1] in lexicon.non_name_words or words[-1] in demonyms:
            continue
        found.append(Span(doc, start, i + 1, label="ORG"))
    return found


def _particle_compounds(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """Names joined by hyphens around a lower-case particle ("Shah-e-Mardan", "Tehreek-e-Labbaik",
    "Port-au-Prince"), which the tokenizer splits and the model cuts or misses: one span, a place
    after a locative preposition or before an area word, else an organisation (with the proper nouns
    that follow it: "Tehreek-e-Labbaik Pakistan"). Not a title ("Commander-in-Chief")."""
    table = token_table(doc)
    found, i = [], 0
    while i < len(table.text):
        end = i + 1
        while _particle_link(table, end, lexicon):
            end += 4
        if end > i + 1 and table.text[i][:1].isupper() and table.alpha[i] and not _title_or_body(table.lower[i], lexicon):
            found.append(_compound_span(doc, table, i, end, lexicon))
            i = end
        else:
            i += 1
    return found


def _named_before(doc: Doc, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Proper names the model misses before an area head ("the Tigray region": a place) or a
    fighters noun ("Fano militants": an armed group)."""
    table = token_table(doc)
    found = []
    for i, lower in enumerate(table.lower):
        label = "LOC" if lower in lexicon.area_heads else "ORG" if lower in lexicon.fighter_nouns else ""
        settlement = not label and _settlement_head(table, i, lexicon)
        label = "GPE" if settlement else label
        if not label:
            continue
        start = _name_start(table, i, lexicon, demonyms, area=label == "LOC")
        while start > 0 and settlement and start == i and _capitalised_word(table, start - 1):
            start -= 1  # "in Bamessing locality": the model takes an unknown name for a verb
        while start < i and not (proper(table, start) or ORDINAL.match(table.text[start]) or (settlement and _capitalised_word(table, start))):
            start += 1  # a name starts with a proper noun ("Bani al-Harith") or a number ("2nd"), not a particle
        if start < i:
            found.append(Span(doc, start, i + 1 if label == "LOC" else i, label=label))
    return (found + _named_before_facility(doc, table, lexicon, demonyms) + _named_before_group_head(doc, table, lexicon, demonyms)
            + _listed_before_plural_area(doc, table, lexicon, demonyms) + _named_before_body_noun(doc, table, lexicon, demonyms))


def _hyphenated_before_fighters(doc: Doc, lexicon: LinkingLexicon, words: frozenset[str], demonyms: frozenset[str]) -> list[Span]:
    """A group's name of two words joined by a hyphen, in lower case or not, before a lower-case
    fighters or force noun ("anti-balaka militiamen", "Mai-Mai militias", "the Kato-Kato armed groups"),
    which the model misses: an armed group, without the noun. Not when its last word is a demonym or
    an English word ("anti-government militias", "pro-Russian forces", "so-called rebels"), its first a
    demonym ("Kuki-Hmar militants") or a stance towards a people ("pro-Velmoran"), nor a part of a longer
    hyphenated run."""
    table = token_table(doc)
    heads = lexicon.fighter_nouns | lexicon.armed_group_words
    bodies = lexicon.body_description_nouns | {area_plural(word) for word in lexicon.body_description_nouns}
    found = []
    for i, lower in enumerate(table.lower):
        if table.text[i] != lower or i < 3:
            continue
        forces = table.lower[i - 1] in lexicon.generic_force_words  # "Mai-Mai armed groups"
        if lower not in heads and not (forces and lower in bodies):
            continue
        end = i - 1 if forces else i
        first, hyphen, last = end - 3, end - 2, end - 1
        if first < 0 or table.text[hyphen] != "-" or table.space_after[first] or table.space_after[hyphen]:
            continue
        if not (table.alpha[first] and table.alpha[last]) or table.lower[last] in words or table.lemma[last].lower() in words \
                or len(table.lower[last]) < 3:
            continue
        if first > 0 and table.text[first - 1] == "-" and not table.space_after[first - 1]:
            continue  # "Hayat-Tahrir-al-Sham": a longer run
        if table.lower[first] in demonyms or (table.lower[first] in lexicon.stance_prefixes and table.text[last][:1].isupper()
                                              and table.lower[last].endswith(tuple(lexicon.demonym_endings))):
            continue  # peoples' adjectives ("Kuki-Hmar militants"), a stance towards one ("a pro-Velmoran militia")
        found.append(Span(doc, first, end, label="ORG"))
    doc.user_data[HYPHENATED_GROUPS] = frozenset(span.text for span in found)
    return found


def _listed_before_plural_area(doc: Doc, table: TokenTable, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Each proper name of a list before a lower-case plural area or settlement word, also past one
    lower-case noun ("the Ta Krabey and Ta Mone temple areas", "the Kayan and Dosk provinces"): a
    place, without the head, which names them all. Not a demonym ("the Zemblan and Vesland border
    areas" names no "Zemblan")."""
    plurals = {area_plural(word) for word in lexicon.area_heads | lexicon.settlement_words}
    found = []
    for i, lower in enumerate(table.lower):
        if lower not in plurals or table.text[i] != lower:
            continue
        head = i - 1 if i > 1 and table.pos[i - 1] == "NOUN" and table.text[i - 1] == table.lower[i - 1] else i
        names: list[Span] = []
        while head > 0:
            start = _name_start(table, head, lexicon, demonyms)
            while start < head and not proper(table, start):
                start += 1
            if start == head and not names and _listed_adjective(table, head - 1, demonyms):
                start = head - 1  # the model takes the last unknown name of a list for an adjective: "Ulang and Baliet counties"
            if start == head:
                break
            names.append(Span(doc, start, head, label="GPE"))
            if start < 2 or table.lower[start - 1] not in ("and", ","):
                break
            head = start - 1
            if table.lower[head] == "and" and table.lower[head - 1] == ",":
                head -= 1  # a serial comma: "Nasir, Ulang, and Baliet counties"
        if len(names) > 1:  # a list: one name before a plural head is no list ("Kor villages" is rare)
            found.extend(names)
    return found


def _listed_adjective(table: TokenTable, i: int, demonyms: frozenset[str]) -> bool:
    """A capitalised word the model tagged as an adjective after "and" or a comma, not a demonym: the last
    name of a list ("Nasir, Ulang, and Baliet counties"), not "the Thai and Cambodian border areas"."""
    return (i > 1 and table.pos[i] == "ADJ" and table.text[i][:1].isupper() and table.alpha[i] and not table.sent_start[i]
            and table.lower[i] not in demonyms and table.lower[i - 1] in ("and", ","))


def _name_start(table: TokenTable, head: int, lexicon: LinkingLexicon, demonyms: frozenset[str], area: bool = False) -> int:
    """Where the words of a name before token ``head`` start: back over up to five name words, not past a demonym;
    before an ``area`` head, not past another capitalised area head either, which ends the name of the area
    before ("in Nyabugando Parish Karambi Sub County Kasese District": three areas)."""
    start = head
    while start > 0 and head - start < 5 and _in_name(table, start - 1, lexicon) and table.lower[start - 1] not in demonyms:
        if area and table.lower[start - 1] in lexicon.area_heads and table.text[start - 1][:1].isupper():
            break
        start -= 1
    return start


def _named_before_body_noun(doc: Doc, table: TokenTable, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Proper names before a lower-case noun describing a body, also past one lower-case noun ("the
    rebel-run Saba press agency", "the Almasirah television said"): an organisation, without the noun,
    which the model misses or takes for a person. Only right after "the" or a lower-case modifier that is
    no function word or possessive ("his Telegram channel" names a platform; not the end of a longer name:
    "the Syrian Observatory for Human Rights monitor"; not
    after a demonym, which the model tags with the name: "the Peruvian Sur Andino radio network"), not
    opening a sentence, not a demonym ("a Turkish news agency")."""
    found = []
    for i, lower in enumerate(table.lower):
        if lower not in lexicon.body_description_nouns or table.text[i] != lower or table.pos[i] != "NOUN":
            continue
        head = i - 1 if i > 1 and table.pos[i - 1] == "NOUN" and table.text[i - 1] == table.lower[i - 1] else i
        start = _name_start(table, head, lexicon, demonyms)
        while start < head and not proper(table, start):
            start += 1
        if start == head or start == 0 or table.sent_start[start] or table.lower[head - 1] in demonyms:
            continue
        before = table.text[start - 1]
        if before == "the" or (before.islower() and table.pos[start - 1] in _MODIFIER_TAGS and before not in lexicon.name_function_words):
            found.append(Span(doc, start, head, label="ORG"))
    return found


def _named_before_group_head(doc: Doc, table: TokenTable, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Proper names before a lower-case head of a criminal group ("the Sinaloa cartel", "the Grand
    Ravine gang"): the group, with its head, not the place it is named after. Not a demonym ("a
    Haitian gang")."""
    found = []
    for i, lower in enumerate(table.lower):
        if lower not in lexicon.group_heads or table.text[i] != lower:
            continue
        start = _name_start(table, i, lexicon, demonyms)
        while start < i and not proper(table, start):
            start += 1
        if start < i and table.lower[i - 1] not in demonyms:
            found.append(Span(doc, start, i + 1, label="ORG"))
    return found


def _named_before_facility(doc: Doc, table: TokenTable, lexicon: LinkingLexicon, demonyms: frozenset[str]) -> list[Span]:
    """Proper names after "the" that the model misses before a lower-case facility head ("the
    Kharlachi border crossing", "the Ruzizi bridge"): a new place, with its head, as ``kg.nlp.spans``
    makes of a name the model found. Not a demonym ("the Afghan border crossing")."""
    found = []
    for i, lower in enumerate(table.lower):
        if table.text[i] != lower or table.pos[i] not in ("NOUN", "PROPN"):
            continue
        size = 2 if i > 0 and f"{table.lower[i - 1]} {lower}" in lexicon.facility_heads and table.text[i - 1] == table.lower[i - 1] else 1
        if size == 1 and lower not in lexicon.facility_heads:
            continue
        head = i - size + 1
        start = _name_start(table, head, lexicon, demonyms)
        while start < head and not proper(table, start):
            start += 1
        if start < head and start > 0 and table.lower[start - 1] == "the" and table.lower[head - 1] not in demonyms:
            found.append(Span(doc, start, i + 1, label="FAC"))
    return found


def _particle_link(table: TokenTable, j: int, lexicon: LinkingLexicon) -> bool:
    """Whether tokens ``j`` to ``j + 3`` are "-", a lower-case particle, "-" and a capitalised word,
    written without spaces ("-e-Mardan", "-au-Prince"; not an English word: "-in-Chief")."""
    if j + 3 >= len(table.text) or table.text[j] != "-" or table.text[j + 2] != "-":
        return False
    particle = table.text[j + 1]
    if not (particle.isalpha() and particle.islower() and len(particle) <= 3) or particle in lexicon.name_function_words:
        return False
    joined = not any(table.space_after[k] for k in range(j - 1, j + 3))
    return joined and table.text[j + 3][:1].isupper() and table.alpha[j + 3]


def _compound_span(doc: Doc, table: TokenTable, start: int, end: int, lexicon: LinkingLexicon) -> Span:
    """A particle compound's span: a place after a locative preposition or before an area,
    settlement or facility word, else an organisation with the proper nouns after it."""
    after = table.lower[end] if end < len(table.text) else ""
    before = table.lower[start - 1] if start > 0 else ""
    if before in lexicon.locative_prepositions or after in lexicon.area_heads | lexicon.settlement_words | lexicon.facility_heads:
        return Span(doc, start, end, label="GPE")
    while end < len(table.text) and end - start < 12 and proper(table, end) and not table.sent_start[end]:
        end += 1
    return Span(doc, start, end, label="ORG")


def _capitalised_word(table: TokenTable, i: int) -> bool:
    return table.text[i][:1].isupper() and table.alpha[i] and not table.sent_start[i] and table.pos[i] in ("PROPN", "NOUN", "VERB")


def _settlement_head(table: TokenTable, i: int, lexicon: LinkingLexicon) -> bool:
    """A lower-case settlement word that follows the name of its place ("Min Ma village", "the Asr
    neighborhood", "Bamessing locality"): no part of the name. A camp is a facility (its name
    takes the head), and a settlement word before a noun may be a compound ("the town hall")."""
    lower = table.lower[i]
    return lower in lexicon.settlement_words and lower not in lexicon.facility_heads and table.text[i] == lower


def _after_clock_hour(table: TokenTable, i: int) -> bool:
    """Whether a word is the half of the day after a clock hour ("at 10 PM Monday", "11 p.m. Juba time"), not a
    title ("PM Modi")."""
    return i > 0 and table.lower[i] in time_lexicon().calendar.meridiems and table.text[i - 1][:1].isdigit()


def _titled_persons(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """People named after an abbreviated title ("Second Sgt. Yusdin", "Lt. Col. Amadou Diallo", a rank's initials:
    "ASP Ubah Ogaba"), a
    role word ("Spokesperson Hossein Kermanpour") or a title of two words or more ("First Deputy
    Prime Minister Lena Volk", "Varnian President Ilse Brandt", "Brigadier-General Zaw Min Tun"), two name words at least after the
    last two: the model misses names it has not seen."""
    table = token_table(doc)
    found = []
    for i, lower in enumerate(table.lower[:-1]):
        word = lower.rstrip(".")
        honorific, role = word in lexicon.honorifics, word in lexicon.person_roles
        if not (honorific or role) or _after_clock_hour(table, i):
            continue
        dot = not table.space_after[i] and table.text[i + 1] == "."  # "Sgt" "." as two tokens
        abbreviated = honorific and len(word) > 1 and (lower.endswith(".") or dot or table.text[i].isupper())  # "ASP", "CP"
        titled = i > 0 and table.text[i][:1].isupper() and (_after_title_word(table, i - 1, lexicon) or _hyphened_title(table, i, lexicon))
        if not abbreviated and not titled and honorific and not _leader_and_surname(table, i, lexicon):
            continue  # a title word unabbreviated may start a name ("the General Security Directorate")
        start = i + 2 if dot and not lower.endswith(".") else i + 1
        body = _portfolio_body(table, start, lexicon) if titled or role else None
        if body is not None:  # "Deputy Inspector General of [Administration Police] Noor Gabow"
            found.append(Span(doc, body[0], body[1], label="ORG"))
            start = body[1]
        elif titled or role:
            start = _portfolio_end(table, start, lexicon)  # "Director of Public Prosecutions [Renson Ingonga]"
        end = start
        while end < len(table.text) and end - start < 6 and _in_name(table, end, lexicon) and not _title_or_body(table.lower[end], lexicon):
            if table.sent_start[end] and not (abbreviated and end == start):
                break  # the parser ends a sentence after an abbreviation: the name still follows it
            end += 1
        while end > start and not proper(table, end - 1):
            end -= 1  # a name ends with a proper noun ("Abdel Fattah al-Burhan", not "... al-")
        if end - start >= (1 if abbreviated or _leader_and_surname(table, i, lexicon) else 2):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _hyphened_title(table: TokenTable, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether title word ``i`` ends a rank joined by a hyphen to a title word before it, as British
    and South Asian outlets write ranks ("Brigadier-General Zaw Min Tun", "Major-General Ali Khan")."""
    if i < 2 or table.text[i - 1] != "-" or table.space_after[i - 2] or table.space_after[i - 1]:
        return False
    return table.lower[i - 2].rstrip(".") in lexicon.honorifics and table.text[i - 2][:1].isupper()


def _leader_and_surname(table: TokenTable, title: int, lexicon: LinkingLexicon) -> bool:
    """A capitalised leader's title right before one proper noun alone, the surname it is written with
    ("President Ruto opened the summit", "Chancellor Scholz's visit"); not a place or building named
    after a title ("King Street", "the President Hotel")."""
    name = title + 1
    if name >= len(table.text) or table.lower[title] not in lexicon.leader_titles or not table.text[title][:1].isupper():
        return False
    heads = lexicon.area_heads | lexicon.facility_heads | lexicon.settlement_words | lexicon.named_after_title_heads
    alone = name + 1 >= len(table.text) or not _in_name(table, name + 1, lexicon)
    return proper(table, name) and alone and table.lower[name] not in heads and not _title_or_body(table.lower[name], lexicon)


def _portfolio_body(table: TokenTable, i: int, lexicon: LinkingLexicon) -> tuple[int, int] | None:
    """The bounds of the body a title names after "of" at ``i``, before a person's name: capitalised
    words ending with an organisation or force word, then two capitalised words ("Inspector General of
    Administration Police Noor Gabow"); ``None`` when no such body and name follow."""
    if i >= len(table.text) or table.lower[i] != "of":
        return None
    start = i + 1 + (i + 1 < len(table.text) and table.lower[i + 1] == "the")
    heads = lexicon.organization_words | lexicon.armed_group_words | lexicon.generic_institutions
    end = start
    while end < len(table.text) and end - start < 5 and _capitalised_word(table, end) and not table.sent_start[end]:
        end += 1
        if table.lower[end - 1] in heads and end + 1 < len(table.text) and proper(table, end) and proper(table, end + 1):
            return start, end
    return None


def _portfolio_end(table: TokenTable, i: int, lexicon: LinkingLexicon) -> int:
    """Where a title's portfolio after "of" or "for" at ``i`` ends, before a person's name: capitalised words ending
    with a portfolio head, then two capitalised words ("Director of Public Prosecutions Renson Ingonga", "Minister for
    Refugee Affairs Amina Yusuf"); ``i`` itself when no such portfolio and name follow."""
    if i >= len(table.text) or table.lower[i] not in lexicon.title_field_prepositions:
        return i
    start = i + 1 + (i + 1 < len(table.text) and table.lower[i + 1] == "the")
    end = start
    while end < len(table.text) and end - start < 4 and _capitalised_word(table, end) and not table.sent_start[end]:
        end += 1
        if table.lower[end - 1] in lexicon.portfolio_heads and end + 1 < len(table.text) and proper(table, end) and proper(table, end + 1):
            return end
    return i


def _after_title_word(table: TokenTable, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i`` may open a title of several words: a title or role word ("Deputy" Prime
    Minister), or a capitalised word inside its sentence, a nationality or a body ("Varnian"
    President, "Defence" Minister)."""
    word = table.lower[i].rstrip(".")
    if word in lexicon.honorifics or word in lexicon.person_roles:
        return True
    return table.text[i][:1].isupper() and table.alpha[i] and not table.sent_start[i]


def _title_or_body(word: str, lexicon: LinkingLexicon) -> bool:
    word = word.rstrip(".")
    return any(word in words for words in (lexicon.honorifics, lexicon.person_roles, lexicon.non_name_words, lexicon.organization_words, lexicon.armed_group_words))


def proper(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a capitalised proper noun of letters."""
    return table.pos[i] == "PROPN" and table.text[i][:1].isupper() and table.alpha[i]


def _in_name(table: TokenTable, i: int, lexicon: LinkingLexicon) -> bool:
    """A word of a multi-word proper name: a proper noun, a numbered ordinal ("2nd" Army Region), a
    hyphen or a name particle ("Bani al-Harith")."""
    text = table.text[i]
    return proper(table, i) or bool(ORDINAL.match(text)) or text == "-" or table.lower[i] in lexicon.name_particles


def _outlets(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    table = token_table(doc)
    text, lower = table.text, table.lower
    found = []
    for i in range(len(text)):
        match = _DOMAIN_TOKEN.match(text[i])
        if (match and match.group(1).lower() in lexicon.outlet_domains) or (text[i][:1].isdigit() and NUMBERED_NAME.match(text[i])):
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


def capitalised(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` exists and is a capitalised word of letters."""
    return i < len(table.text) and table.text[i][:1].isupper() and table.alpha[i]
