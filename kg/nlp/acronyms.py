"""Acronyms the text defines in brackets after the words they abbreviate.

- A body's long name before its acronym ("African Union Mission in Somalia (AMISOM)") is linked to the body (a listed
  one, else a new organisation, armed group or area) and the acronym, wherever the text writes it, to the same
  entity: by its initials, by the letters inside its words (Schwartz–Hearst), or by its initials in another order or
  in the group's own language ("Haitian National Police (PNH)", "Sinjar Resistance Units (YBS)").
- The acronym of an office's title ("Police Public Relations Officer (PPRO)") or of a common noun ("a
  rocket-propelled grenade (RPG)") names no body.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.doccache import token_table
from kg.nlp.gazetteer import normalise_name, strip_name
from kg.nlp.links import CONFIDENCE, Link
from kg.nlp.names import LinkingLexicon, after_armed_wing, area_plural, title_of_office
from kg.nlp.spans import unbroken
from kg.records import Entity, EntityKind

_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
#: The kinds of entity a foreign-language acronym in brackets may stand for.
_GROUP_KINDS = frozenset({"organization", "armed_group"})
#: The model's labels of places, whose name no reordered acronym abbreviates.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_POSSESSIVES = frozenset({"'s", "’s", "ʼs"})


def acronym_definitions(doc: Doc, known: dict[tuple[int, int], Link], lexicon: LinkingLexicon) -> list[tuple[Span, str, Link]]:
    """Acronyms defined as "Long Name (ACR)": (long-name span, acronym, link) for each."""
    found: list[tuple[Span, str, Link]] = []
    words = token_table(doc).text
    for i in range(len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        acronym = words[i + 1]
        if not _ACRONYM.match(acronym):
            continue
        long_name = (_name_before(doc, i, acronym, lexicon) or _group_before(doc, i, acronym, known, lexicon)
                     or _foreign_group_before(doc, i, acronym, known, lexicon))
        if long_name is None:
            continue
        long_name = _whole_name(long_name)
        link = known.get((long_name.start_char, long_name.end_char))
        listed = known.get((doc[i + 1].idx, doc[i + 1].idx + len(acronym)))
        if link is None and listed is not None and listed.entity.kind in _GROUP_KINDS and _share_a_name_word(long_name.text, listed.entity.label):
            link = listed  # a listed group's acronym after its name spelt otherwise ("... wal Muslimeen (JNIM)")
        if link is None and title_of_office([t.text for t in long_name], lexicon):
            continue  # "the Police Public Relations Officer (PPRO)": a title's acronym, no body's
        if link is None:
            label = strip_name(long_name.text)
            kind: EntityKind = "armed_group" if lexicon.armed_group_words & set(label.lower().split()) \
                or after_armed_wing(long_name, lexicon) else "organization"
            if _area_name(long_name, lexicon):
                kind = "place"  # "Greater Pibor Administrative Area (GPAA)": an area's acronym, no body's
            entity = Entity(key=f"name:{normalise_name(label)}", label=label, kind=kind)
            link = Link(entity, "acronym", CONFIDENCE["acronym"])
            long_name = Span(doc, long_name.start, long_name.end, label="LOC" if kind == "place" else "ORG")
        found.append((long_name, acronym, link))
    return found


def place_acronyms(doc: Doc, definitions: list[tuple[Span, str, Link]], linked: list[tuple[Span, Link]]) -> list[tuple[Span, Link]]:
    """The mentions of an area's defined acronym outside every linked or tagged span ("Greater Pibor Administrative
    Area (GPAA)" ... "in GPAA"), which no short-form rule gives a place: the area's (a tagged one is linked to it
    by the definitions' acronyms)."""
    places = {acronym: link for _, acronym, link in definitions if link.entity.kind == "place"}
    if not places:
        return []
    taken = {token for span in [*(span for span, _ in linked), *doc.ents] for token in range(span.start, span.end)}
    words = token_table(doc).text
    return [(Span(doc, i, i + 1, label="LOC"), places[word]) for i, word in enumerate(words) if word in places and i not in taken]


def _area_name(name: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a long name defined with an acronym is an area's: its head, capitalised, is an area or
    settlement word ("Greater Pibor Administrative Area", "Bangsamoro Autonomous Region in Muslim
    Mindanao"), not a body's ("the Regional Development Authority")."""
    areas = lexicon.area_heads | lexicon.settlement_words
    head = name.root
    return head.text[:1].isupper() and (head.lower_ in areas or head.lower_ in {area_plural(word) for word in areas}) \
        and not lexicon.organization_words & {t.lower_ for t in name}


def defined_titles(doc: Doc, lexicon: LinkingLexicon) -> dict[str, Span]:
    """The titles of offices the text defines an acronym for, by acronym ("the Director, Defence Media
    Operations (DDMO)", "Police Public Relations Officer (PPRO)"): the capitalised words before the bracket,
    commas and function words between them, whose initials spell it."""
    words = token_table(doc).text
    found = {}
    for i in range(len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")" or not _ACRONYM.match(words[i + 1]):
            continue
        letters = [c for c in words[i + 1] if c.isalpha()]
        start, capitals = i, 0
        while start > 0 and capitals < len(letters):
            word = words[start - 1]
            if word[:1].isupper():
                capitals += 1
            elif word != "," and word.lower() not in lexicon.name_function_words:
                break
            start -= 1
        run = [word for word in words[start:i] if word[:1].isupper()]
        if [word[0] for word in run] == letters and title_of_office(words[start:i], lexicon):
            found[words[i + 1]] = doc[start:i]
    return found


def _share_a_name_word(name: str, label: str) -> bool:
    """Whether two names share a capitalised word of three letters or more: a listed body's name spelt
    otherwise ("Jama'at Nusrat al-Islam wal Muslimeen", "Jama'at Nusrat al-Islam wal-Muslimin"), not
    another body the same letters stand for ("Armed Forces of the Philippines (AFP)" is no Agence
    France-Presse)."""
    def words(text: str) -> set[str]:
        return {word.lower() for word in re.findall(r"\w+", text) if len(word) >= 3 and word[0].isupper()}

    return bool(words(name) & words(label))


def _name_before(doc: Doc, paren: int, acronym: str, lexicon: LinkingLexicon) -> Span | None:
    """The capitalised name ending just before ``paren`` whose initials spell ``acronym``, else whose
    letters it abbreviates (:func:`_abbreviated_name`)."""
    letters = [c for c in acronym if c.isalpha()]
    name, capitals = _capitalised_before(doc, paren, len(letters), lexicon)
    initials = [t.text[0] for t in name if t.text[:1].isupper()]
    return name if capitals == len(letters) and initials == letters else _abbreviated_name(doc, paren, letters, lexicon)


def _capitalised_before(doc: Doc, paren: int, words: int, lexicon: LinkingLexicon) -> tuple[Span, int]:
    """The name of up to ``words`` capitalised words (function words and possessives between them) ending just
    before ``paren``, and how many capitalised words it has."""
    start, capitals = paren, 0
    while start > 0 and capitals < words:
        token = doc[start - 1]
        if token.text[:1].isupper():
            capitals += 1
        elif token.lower_ not in lexicon.name_function_words and token.lower_ not in _POSSESSIVES and not _particle_joint(doc, start - 1, lexicon):
            break
        start -= 1
    return doc[start:paren], capitals


def _particle_joint(doc: Doc, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i`` is a lower-case name particle inside a transliterated name, or a hyphen after one
    ("Nusrat [al] [-] Islam [wal] Muslimeen", "Ahl al-Sunna [wal]-Jamaa"): between capitalised words."""
    token = doc[i]
    if token.text == "-" and i > 0:
        token = doc[i - 1]
    return token.lower_ in lexicon.name_particles and token.text.islower() and i + 1 < len(doc) and (
        doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-")


def _group_before(doc: Doc, paren: int, acronym: str, known: dict[tuple[int, int], Link], lexicon: LinkingLexicon) -> Span | None:
    """The capitalised name just before ``paren`` whose initials are the acronym's letters in another
    order: the name's acronym in a language that orders its words otherwise ("Haitian National Police
    (PNH)", "Presidential Transitional Council (CPT)", "Armed Forces of the Democratic Republic of the
    Congo (FARDC)"); not a place or a state the gazetteer or the model names so."""
    letters = [c for c in acronym if c.isalpha()]
    name = _name_of_letters(doc, paren, letters, lexicon)
    if name is None or sorted(t.text[0] for t in name if t.text[:1].isupper()) != sorted(letters):
        return None
    link = known.get((name.start_char, name.end_char))
    place = any(e.label_ in _PLACE_LABELS and e.start < paren and name.start < e.end for e in doc.ents)
    return None if _links_no_group(link) or (link is None and place) else name


def _foreign_group_before(doc: Doc, paren: int, acronym: str, known: dict[tuple[int, int], Link], lexicon: LinkingLexicon) -> Span | None:
    """The name of an armed group just before ``paren`` that the acronym abbreviates in the group's own
    language, its letters not the English name's ("Sinjar Resistance Units (YBS)", "West Papua National
    Liberation Army (TPNPB)", "People's Defense Forces (HPG)"): as many capitalised words as the acronym
    has letters, two at least, one of them a force's head word; not a name the gazetteer or the model
    links to a place, a state or a person. Other bodies keep the letter rules ("the Velmoran Council for
    Peace (PNV)" defines nothing)."""
    name = _name_of_letters(doc, paren, [c for c in acronym if c.isalpha()], lexicon)
    if name is None or not name[0].text[:1].isupper():
        return None
    if not any(token.lower_ in lexicon.armed_group_words for token in name if token.text[:1].isupper()):
        return None
    return None if _links_no_group(known.get((name.start_char, name.end_char))) else name


def _name_of_letters(doc: Doc, paren: int, letters: list[str], lexicon: LinkingLexicon) -> Span | None:
    """The name just before ``paren`` of as many capitalised words as ``letters`` (two at least), else ``None``."""
    name, capitals = _capitalised_before(doc, paren, len(letters), lexicon)
    return name if capitals == len(letters) and capitals >= 2 else None


def _links_no_group(link: Link | None) -> bool:
    """Whether a name is linked to something other than an organisation or armed group (a place, a state, a person)."""
    return link is not None and link.entity.kind not in _GROUP_KINDS


def _abbreviated_name(doc: Doc, paren: int, letters: list[str], lexicon: LinkingLexicon) -> Span | None:
    """The shortest capitalised name before ``paren`` that ``letters`` abbreviate by the Schwartz–Hearst
    rule (each letter in order inside the name, the first one starting its first word: "African Union
    Mission in Somalia (AMISOM)", "Coalition for Reforms and Democracy (CORD)"); its last capitalised
    word must give a letter and it has two capitalised words at least."""
    start = paren
    while start > 0 and paren - start < min(len(letters) + 5, 2 * len(letters)):
        token = doc[start - 1]
        if not (token.text[:1].isupper() or token.lower_ in lexicon.name_function_words or token.lower_ in _POSSESSIVES or token.text == "-"
                or _particle_joint(doc, start - 1, lexicon)):
            break
        start -= 1
    if start == paren:
        return None
    window = doc[start:paren]
    matched = _letter_positions(window.text, [c.lower() for c in letters])
    if not matched:
        return None
    first = next((t for t in window if t.idx - window.start_char == matched[0]), None)
    last = next(t for t in reversed(window) if t.text[:1].isupper())
    offset = last.idx - window.start_char
    if first is None or not first.text[:1].isupper() or not any(offset <= at < offset + len(last.text) for at in matched):
        return None
    name = doc[first.i : paren]
    return name if sum(t.text[:1].isupper() for t in name) >= 2 else None


def _letter_positions(text: str, letters: list[str]) -> list[int]:
    """Where ``letters`` occur in ``text`` in order, matched right to left as late as possible, the
    first at the start of a word (Schwartz and Hearst 2003); empty when they do not."""
    positions: list[int] = []
    at = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        while at >= 0 and (text[at].lower() != letters[index] or (index == 0 and at > 0 and text[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return []
        positions.append(at)
        at -= 1
    return positions[::-1]


def _whole_name(name: Span) -> Span:
    """``name`` with the capitalised words before it that belong to it: the model's entity span that
    ends with it ("Kani-based Kyauk Lone Gyi People's Defense Force (PDF)"), or a run of proper nouns
    after "the" ("the Zamfara Community Protection Guards (CPG)"); the acronym of its last words
    stands for all of it. The model's span is cut as ``unbroken`` cuts it ("MENAFN- Kuwait News Agency (KUNA)")."""
    doc = name.doc
    ent = next((unbroken(span) for span in doc.ents if span.end == name.end and span.start < name.start), None)
    if ent is not None and ent.end == name.end and ent.start < name.start and all(token.text[:1].isupper() for token in doc[ent.start : name.start] if token.is_alpha):
        return Span(doc, ent.start, name.end)
    start = name.start
    while start > 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        start -= 1
    return Span(doc, start, name.end) if start < name.start and doc[start - 1].lower_ == "the" else name


def acronym_of_common_noun(span: Span) -> bool:
    """Whether a one-word name is an acronym in brackets right after the lower-case words it abbreviates:
    a common noun, no name ("a rocket-propelled grenade (RPG)", "improvised explosive devices (IEDs)",
    "internally displaced persons (IDPs)"), unlike "the Rapid Support Forces (RSF)"."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    letters = span.text.removesuffix("s")
    if not _ACRONYM.match(letters):
        return False
    words: list[str] = []
    i = span.start - 2
    while i >= 0 and len(words) < len(letters):
        token = doc[i]
        if token.text in ("-", "‐"):
            i -= 1
            continue
        if not token.is_alpha:
            return False
        parts = [part for part in re.split(r"[-‐]", token.text) if part]
        words = parts + words
        i -= 1
    return len(words) == len(letters) and all(word.islower() for word in words) and "".join(
        word[0] for word in words).upper() == letters
