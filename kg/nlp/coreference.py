"""One node per entity per document: spellings and short forms of one name become one entity.

After linking, the entities of a document that no reference list knows are merged when

- their names fold to the same form: case, hyphens and spaces, apostrophes (U+2019, U+02BC) and a
  possessive "'s" aside ("Port-Amber" = "Port Amber", "Attorney General's Office" = "Attorney
  General Office");
  such a spelling of a listed entity's name is that entity ("Al Shabaab" = "al-Shabaab", also when
  the model took it for a person), but not a place named by a listed area without its head ("Kherson"
  is no "Kherson Oblast");
- one is a place and the other that place with a head word of ``place_heads`` ("Sweida" =
  "Sweida province", "Ayimba Kebele" = "Ayimba"), or, both unknown to the reference lists, with a
  subdivision head ("Plateau" = "Plateau State"; the bare name also when the model took it for an
  organisation: "Unity and Ruweng residents" after "Unity State"; never a listed city: "Katsina State");
- a one-word or short person name is the surname, given name or a middle name of exactly one fuller
  person name of the document (the surname of exactly one when it is the given name of others too:
  "Ali" = "Osman Ali", not "Ali Nur") (a long surname also misspelt by one letter: "Kulaigye" = "Felix
  Kulayigye") ("Kabore", "al-Burhan", "Anwar" = "Anwar Ibrahim", "Deby" = "Mahamat
  Idriss Deby Itno"), gazetteer people included;
  a one-word place name ends the name of exactly one state of the document ("Congo" = "DR Congo");
- an acronym spells the initials of exactly one organisation or armed group of the document, even
  where the text never defines it ("RSF" = "Rapid Support Forces"), also for the name's last words
  ("Kyauk Lone Gyi PDF" = "Kyauk Lone Gyi People's Defense Force"), or of a state's name of three
  words or more ("CAR" = "Central African Republic", "PNG" = "Papua New Guinea");
- a group's name with and without a plural "s" ("Houthi", "Houthis"; the model may take one for a
  person), and a one-word organisation name that is a word of exactly one longer one of the
  document ("Observatory": "Syrian Observatory for Human Rights"), or the first word of exactly one
  two-word group name with a group head ("Polisario": "Polisario Front");
- a name with its first word cut to an initial ("W. Sahara" = "Western Sahara");
- a long one-word place name written with a letter left out or added ("Bashashin" = "Bashaashin",
  "Beijig" = "Beijing"; not a letter changed, which may name another place: "Kaduna", "Kaduru");
- an organisation named without its state, where the document names exactly one organisation
  so with its state after "of" ("the Presidential Administration" = "Presidential Administration of
  Azerbaijan", written "Azerbaijani Presidential Administration");
- a hashtag that writes a longer name of the document without its spaces and hyphens
  ("#NagornoKarabakh" = "Nagorno-Karabakh", "#SouthSudan" = "South Sudan");
- a group named by its state's demonym or by the state's name ("Chinese Coast Guard", "China Coast
  Guard"), and a facility with and without a longer head ("Moo Pa military base", "Moo Pa base").

Surnames and initials the model did not tag at all are found in the text too (:func:`missed_short_forms`).

The first mention's entity wins, so the label is the first name written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from spacy.tokens import Doc, Span

from kg.nlp.doccache import doc_text
from kg.nlp.gazetteer import unaccented
from kg.nlp.intervals import Intervals
from kg.records import Entity

_APOSTROPHE_S = re.compile(r"['’ʼ]s\b|['’ʼ]")
_SEPARATORS = re.compile(r"[\s\-‐–]+")
#: An acronym ending a label, also one with a faction's letters after a hyphen ("SPLM-N", "SPLA-IO").
_ACRONYM = re.compile(r"(?:^|\s)[A-Z]{2,6}(?:-[A-Z]{1,4})?$")
_WORD = re.compile(r"[\w-]+")
_ABBREVIATED = re.compile(r"^[A-Z]\.$")
#: The shortest surname a one-letter misspelling of which is still taken for it ("Kulaigye").
_MISSPELT_LENGTH = 7
#: The shortest one-word place name a letter left out of or added to which is still taken for it ("Beijig").
_MISSPELT_PLACE_LENGTH = 6
_CAMEL_CASE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")

L = TypeVar("L")


@dataclass(frozen=True)
class VariantRules:
    """What the merging knows of words: heads of areas and settlements ("province", "village"), heads
    of first-level subdivisions that are also ordinary words ("state": "Plateau State" = "Plateau",
    both unknown to the reference lists), of facilities ("base", "military base"), of groups ("front", "party", "army"), and the state a
    word names as a demonym or a state name ("Chinese", "China": the same id)."""

    place_heads: frozenset[str]
    facility_heads: frozenset[str]
    group_heads: frozenset[str]
    state_of_word: Callable[[str], str | None]
    subdivision_heads: frozenset[str] = frozenset()


def fold(name: str) -> str:
    """The comparison form of a name: lower case, no apostrophes or possessive "'s", hyphens as spaces, no accents
    (English outlets drop them: "Vucic's government" is "Aleksandar Vučić"'s, "Gnassingbe" is "Faure Gnassingbé")."""
    if not name.isascii():
        name = unaccented(name)
    return _SEPARATORS.sub(" ", _APOSTROPHE_S.sub("", name.lower())).strip()


class _LongNames:
    """The multi-word names of a document's entities, by word: people and states by their first and
    last words, unlisted groups by each word after their first."""

    def __init__(self) -> None:
        self.by_first: dict[str, dict[Entity, tuple[str, ...]]] = {}
        self.by_last: dict[str, dict[Entity, tuple[str, ...]]] = {}
        self.by_middle: dict[str, dict[Entity, tuple[str, ...]]] = {}
        self.groups: dict[str, dict[Entity, None]] = {}
        self.headed: dict[str, dict[Entity, None]] = {}
        self.stateless: dict[str, dict[Entity, None]] = {}
        self.order: dict[str, int] = {}  # every entity in the order the text first names it (merge_variants fills it)

    def add_person(self, names: tuple[str, ...], entity: Entity) -> None:
        """A person's or a state's name; a person's by its middle words too ("Deby": "Mahamat Idriss
        Deby Itno")."""
        self.by_first.setdefault(names[0], {})[entity] = names
        self.by_last.setdefault(names[-1], {})[entity] = names
        if entity.kind == "person":
            for word in names[1:-1]:
                self.by_middle.setdefault(word, {})[entity] = names

    def add_group(self, names: tuple[str, ...], entity: Entity, rules: VariantRules) -> None:
        """An unlisted organisation's or armed group's name: by each word after its first; a name
        ending with a group head by the words before it ("Polisario Front", "Jalisco New Generation
        cartel"); a name of three or more words opened by a state's name or demonym by the words
        after it ("Sudan Doctors Network": "the Doctors Network")."""
        for word in names[1:]:
            self.groups.setdefault(word, {})[entity] = None
        if names[-1] in rules.group_heads:
            self.headed.setdefault(" ".join(names[:-1]), {})[entity] = None
        if len(names) > 2 and rules.state_of_word(names[0]) is not None:
            self.stateless.setdefault(" ".join(names[1:]), {})[entity] = None


def merge_variants(linked: list[tuple[Span, L]], entity_of: Callable[[L], Entity], relink: Callable[[L, Entity], L],
                   rules: VariantRules) -> list[tuple[Span, L]]:
    """``linked`` (in text order) with each variant's link pointing at the entity of the first mention."""
    firsts: dict[tuple[str, str], Entity] = {}
    listed: dict[tuple[str, str], Entity] = {}
    names = _LongNames()
    initials: dict[str, dict[str, Entity]] = {}
    abbreviated: dict[tuple[str, str], dict[str, Entity]] = {}
    squashed: dict[str, Entity] = {}
    of_state: dict[str, dict[str, Entity]] = {}
    places: dict[str, dict[str, Entity]] = {}  # places and states by their folded names
    order = names.order
    for _, link in linked:
        entity = entity_of(link)
        order.setdefault(entity.key, len(order))
        if entity.kind in ("place", "state"):
            places.setdefault(fold(entity.label), {})[entity.key] = entity
        bare = _without_state(entity, rules)
        if bare is not None:
            of_state.setdefault(bare, {})[entity.key] = entity
        if len(fold(entity.label).split()) > 1:
            squashed.setdefault(fold(entity.label).replace(" ", ""), entity)
        first, _, rest = entity.label.partition(" ")
        if rest and first[:1].isupper() and not _ABBREVIATED.match(first):
            abbreviated.setdefault((first[0], fold(rest)), {})[entity.key] = entity
        if entity.kind in ("person", "state") and len(entity.label.split()) > 1:
            names.add_person(tuple(fold(entity.label).split()), entity)  # a state's short form too: "Congo"
        if entity.kind == "state" and len(entity.label.split()) > 2:
            initials.setdefault(_initials(entity.label), {})[entity.key] = entity  # "CAR": Central African Republic
        if entity.kind in ("organization", "armed_group") and len(entity.label.split()) > 1:
            initials.setdefault(_initials(entity.label), {})[entity.key] = entity
            for short in _shortened(entity.label):
                initials.setdefault(short, {})[entity.key] = entity
            if _unlisted(entity):
                names.add_group(tuple(fold(entity.label).split()), entity, rules)
        if _unlisted(entity):
            firsts.setdefault(_form(entity, rules), entity)
        elif len((form := _form(entity, rules))[1].split()) == len(fold(entity.label).split()):
            listed.setdefault(form, entity)  # not by a place without its head: "Kherson Oblast" is no "Kherson"
    firsts.update(listed)  # a spelling of a listed name is that entity: "al Shabaab" = "al-Shabaab"
    # listed places some mention names as a place, not only as the subject of a clause ("in Cuenca", "Cuenca's port")
    placed = {entity_of(link).key for span, link in linked if entity_of(link).kind == "place" and not _subject_word(span)}
    merged = []
    for span, link in linked:
        entity = entity_of(link)
        expanded = initials.get(entity.label.replace("-", ""), {}) if _unlisted(entity) and _ACRONYM.search(entity.label) else {}
        target = next(iter(expanded.values())) if len(expanded) == 1 else None
        if target is None and _unlisted(entity):
            target = _expansion(entity, abbreviated)
        if target is None and _unlisted(entity) and _hashtag(span, entity):
            target = squashed.get(entity.label.lower())
        if target is None and _unlisted(entity) and entity.kind == "organization" and len(bodies := of_state.get(fold(entity.label), {})) == 1:
            target = next(iter(bodies.values()))
        if target is None and _unlisted(entity):
            target = _variant_of(entity, firsts, names, rules) or _head_word_of(entity, names, rules.group_heads)
        if target is None and _unlisted(entity) and entity.kind in ("place", "organization"):
            target = _misspelt_place(entity, places, order)
        if target is None and entity.kind == "place" and not _unlisted(entity) and entity.key not in placed:
            target = _person_of_surname(entity, names)  # "Captain Chris Cuenca said ... Cuenca said": no city Cuenca
        merged.append((span, link if target is None or target.key == entity.key else relink(link, target)))
    return merged


def _subject_word(span: Span) -> bool:
    """Whether a mention is one word, the subject of its clause ("Cuenca said")."""
    return len(span) == 1 and span[0].dep_ == "nsubj"


def _person_of_surname(entity: Entity, names: _LongNames) -> Entity | None:
    """The one person of the document whose fuller name ends with a listed place's one-word name, when that
    place is named only as the subject of clauses: the person's surname ("Captain Chris Cuenca said ...
    Cuenca added"), not a city of that name."""
    words = fold(entity.label).split()
    if len(words) != 1:
        return None
    people = [person for person, full in names.by_last.get(words[0], {}).items() if person.kind == "person" and len(full) > 1]
    return people[0] if len(people) == 1 else None


def _without_state(entity: Entity, rules: VariantRules) -> str | None:
    """The folded name of an organisation without the state it ends with after "of" ("Presidential
    Administration of Azerbaijan": "presidential administration"), if it has two or more words."""
    if entity.kind != "organization":
        return None
    name, of, state = entity.label.rpartition(" of ")
    if not of or len(name.split()) < 2 or rules.state_of_word(state.removeprefix("the ")) is None:
        return None
    return fold(name)


def _hashtag(span: Span, entity: Entity) -> bool:
    """Whether ``span`` is a hashtag written in camel case ("#NagornoKarabakh")."""
    return bool(_CAMEL_CASE.match(entity.label)) and span.start_char > 0 and doc_text(span.doc)[span.start_char - 1] == "#"


def _expansion(entity: Entity, abbreviated: dict[tuple[str, str], dict[str, Entity]]) -> Entity | None:
    """The one entity of the document whose name this one writes with its first word cut to an
    initial ("W. Sahara": "Western Sahara", "S. Sudan": "South Sudan")."""
    first, _, rest = entity.label.partition(" ")
    if not rest or not _ABBREVIATED.match(first):
        return None
    found = abbreviated.get((first[0], fold(rest)), {})
    return next(iter(found.values())) if len(found) == 1 else None


def _variant_of(entity: Entity, firsts: dict[tuple[str, str], Entity], names: _LongNames, rules: VariantRules) -> Entity | None:
    """The entity this one is a spelling or short form of: a fuller person, a place of the same name
    (the model tags some villages as people), the first entity of the same form, a group of the same
    name (the model tags "Houthis" as a person; of several words only a listed one, "Al Shabaab", or its
    plural: "Al Houthis" of an unlisted "Al Houthi")."""
    kind, form = _form(entity, rules)
    group = firsts.get(_form(replace(entity, kind="organization"), rules)) if kind == "person" else None
    if group is not None and " " in form and _unlisted(group) and not _plural_of(entity.label, group.label):
        group = None  # a person of several words is kept, unless the group is listed ("Al Shabaab") or its plural ("Al Houthis")
    place = firsts.get(("place", form)) if kind != "facility" else None  # "the Juliaca airport" is no "Juliaca"
    candidates = (_fuller_person(entity, names), place, firsts.get((kind, form)), group)
    found = next((found for found in candidates if found is not None and found.key != entity.key), None)
    if found is not None and not _unlisted(found) and _subdivision_headed(entity, rules):
        return None  # "New York State" is no New York city, "Katsina State" no city Katsina
    return found


def _plural_of(name: str, group: str) -> bool:
    """Whether ``name`` is ``group``'s name with a plural "s" ("Al Houthis" of "Al Houthi"), which no person's name is."""
    return fold(name) == fold(group) + "s"


def _subdivision_headed(entity: Entity, rules: VariantRules) -> bool:
    """Whether a place's name ends with a subdivision head ("Plateau State")."""
    words = fold(entity.label).split()
    return entity.kind == "place" and len(words) > 1 and words[-1] in rules.subdivision_heads


def _head_word_of(entity: Entity, names: _LongNames, group_heads: frozenset[str]) -> Entity | None:
    """The one longer organisation of the document a one-word organisation (or person: the model
    mistakes some) name is a word of, other than its first, which names an owner ("Observatory":
    "Syrian Observatory for Human Rights"; not "Hamas": "Hamas Health Ministry"), or the first
    word before a group head ("Polisario": "Polisario Front"). A group's name of several words is
    the one longer group's name without its group head ("Jalisco New Generation": "Jalisco New
    Generation cartel") or without the state that opens it ("Doctors Network": "Sudan Doctors
    Network"; not where two states' groups share the rest)."""
    words = fold(entity.label).split()
    if entity.kind in ("organization", "armed_group") and len(words) > 1:
        longer = {group.key: group for group in names.headed.get(" ".join(words), ())}
        longer.update((group.key, group) for group in names.stateless.get(" ".join(words), ()))
        longer.pop(entity.key, None)
        return next(iter(longer.values())) if len(longer) == 1 else None
    if entity.kind not in ("organization", "person") or len(words) != 1:
        return None
    longer = {group.key: group for group in names.groups.get(words[0], ())}  # not a first word: "Hamas" Health Ministry
    longer.update((group.key, group) for group in names.headed.get(words[0], ()))
    return next(iter(longer.values())) if len(longer) == 1 else None


def _initials(name: str) -> str:
    """The capitals that start the words of a name ("People's Defence Force" → "PDF")."""
    return "".join(word[0] for word in _APOSTROPHE_S.sub("", name).replace("-", " ").split() if word[:1].isupper())


def _shortened(name: str) -> list[str]:
    """A name with its last two or more capitalised words as their initials ("Kyauk Lone Gyi People's
    Defense Force" → "Kyauk Lone Gyi PDF")."""
    words = _APOSTROPHE_S.sub("", name).replace("-", " ").split()
    return [
        " ".join([*words[:cut], _initials(" ".join(words[cut:]))])
        for cut in range(1, len(words) - 1)
        if all(word[:1].isupper() for word in words[cut:])
    ]


def _unlisted(entity: Entity) -> bool:
    return entity.qid is None and entity.gazetteer_id is None


def _form(entity: Entity, rules: VariantRules) -> tuple[str, str]:
    """What two spellings of one name share: the folded name; for a place without its head word, a
    facility by its name without the facility head ("Moo Pa military base" = "Moo Pa base"); for a
    group (organisation, armed group) and a person without a plural "s" ("Houthis" = "Houthi"), a
    group's state word by its state ("Chinese Coast Guard" = "China Coast Guard")."""
    words = fold(entity.label).split()
    if entity.kind == "place":
        for size in (2, 1):
            if len(words) > size and " ".join(words[-size:]) in rules.facility_heads:
                return "facility", " ".join(words[:-size])
        heads = rules.place_heads | rules.subdivision_heads
        return "place", " ".join(words[:-1] if len(words) > 1 and words[-1] in heads else words)
    words[-1] = words[-1].removesuffix("s") if len(words[-1]) > 3 else words[-1]
    if entity.kind == "person":
        return "person", " ".join(_romanised(word) for word in words) if len(words) > 1 else words[0]
    state = rules.state_of_word(words[0]) if len(words) > 1 else None
    return "group", " ".join([f"<{state}>", *words[1:]] if state else words)


#: Romanisation variants of one letter of a name (Cyrillic, Arabic, Armenian names written in Latin
#: letters): an "h" after a consonant it only marks ("kh", "gh", "th", "dh"), a final "y" or "iy" for
#: "i", a doubled letter.
_DIGRAPH_H = re.compile(r"(?<=[kgtd])h")
_FINAL_Y = re.compile(r"(?:iy|ij|y)$")
_DOUBLED = re.compile(r"(\w)\1")


def _romanised(word: str) -> str:
    """The form two romanisations of one name word share ("arkhady", "arkadi": "arkadi";
    "mohammed", "mohamed": "mohamed"); a letter changed otherwise stays ("maria", "marta")."""
    return _DOUBLED.sub(r"\1", _FINAL_Y.sub("i", _DIGRAPH_H.sub("", word)))


def _fuller_person(entity: Entity, names: _LongNames) -> Entity | None:
    """The one fuller person name of the document whose surname (or given name) this name is, or the
    one state whose name this place name ends ("Congo": "DR Congo"; also a person's or organisation's
    name, of a state no reference list knows: "Kalmar" of "Republic of Kalmar"), else, for a place
    name no reference list knows, the one person whose surname it is."""
    words = tuple(fold(entity.label).split())
    if not words or len(words) > 3:
        return None
    ending = names.by_last.get(words[-1], {})
    if entity.kind in ("person", "organization"):
        starting = names.by_first.get(words[0], {}) if len(words) == 1 else {}
        middle = names.by_middle.get(words[0], {}) if len(words) == 1 else {}
        people = {**ending, **starting, **middle}
        fuller = {e.key: e for e, full in people.items() if e.kind == "person" and len(full) > len(words) and _part_of_name(words, full)}
        if len(fuller) > 1 and len(words) == 1 and not any(e.key in fuller for e in starting):
            # a surname that ends one name and stands inside another: the person named first ("Bongo" is "Ali Bongo
            # Ondimba", named before "his father, Omar Bongo")
            inside = {e.key for e in middle if e.key in fuller}
            if inside and len(inside) < len(fuller):
                first = min(fuller, key=lambda key: names.order.get(key, len(names.order)))
                fuller = {first: fuller[first]}
        if len(fuller) > 1 and len(words) == 1:  # a surname before a given name: "Ali" is "Osman Ali", not "Ali Nur"
            fuller = {e.key: e for e in ending if e.key in fuller} or fuller
        if not fuller and len(words) == 1:  # "the Republic of Kalmar ... Kalmar reserves": a state the model took for a person
            fuller = {e.key: e for e in ending if e.kind == "state" and _unlisted(e)}
        if not fuller and len(words) == 1 and entity.kind == "person" and len(words[0]) >= _MISSPELT_LENGTH:
            fuller = {e.key: e for last, people in names.by_last.items() if _one_letter_apart(words[0], last)
                      for e, full in people.items() if e.kind == "person" and len(full) > 1}  # "Kulaigye": "Felix Kulayigye"
    elif entity.kind == "place" and len(words) == 1:
        fuller = {e.key: e for e in ending if e.kind == "state"}
        if not fuller and _unlisted(entity):  # "Maria Corina Machado ... Machado later went": a surname the model took for a place
            fuller = {e.key: e for e, full in ending.items() if e.kind == "person" and len(full) > 1}
    else:
        return None
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def _misspelt_place(entity: Entity, places: dict[str, dict[str, Entity]], order: dict[str, int]) -> Entity | None:
    """The one other place (or state) of the document whose name this one writes with one long word
    misspelt: a letter left out or doubled ("Bashashin": "Bashaashin", "Beijig's pressure": Beijing),
    or two letters swapped ("Naquora": "Naqoura", "Nagorno-Karabkah": "Nagorno-Karabakh"), its other
    words the same; an unlisted one is the variant of the one written first."""
    words = fold(entity.label).split()
    if not words:
        return None
    found = {
        other.key: other
        for name, entities in places.items() if _misspelt_words(words, name.split())
        for other in entities.values()
        if other.key != entity.key and (not _unlisted(other) or order.get(other.key, 0) < order.get(entity.key, 0))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _misspelt_words(words: list[str], other: list[str]) -> bool:
    """Whether two names of as many words differ in one long word only, by one letter left out,
    added or swapped with the next (not changed: "Kaduru" is no "Kaduna")."""
    if len(words) != len(other):
        return False
    differing = [(word, name) for word, name in zip(words, other) if word != name]
    if len(differing) != 1:
        return False
    word, name = differing[0]
    if len(word) < _MISSPELT_PLACE_LENGTH:
        return False
    return (len(name) != len(word) or _swapped(word, name)) and _one_letter_apart(word, name)


def _swapped(word: str, other: str) -> bool:
    """Whether two words of one length differ by two neighbouring letters swapped ("naquora", "naqoura")."""
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]]


def _one_letter_apart(word: str, other: str) -> bool:
    """Whether two long words of the same first letter differ by one letter left out, added or
    changed ("kulaigye", "kulayigye"), or by two neighbouring letters swapped ("karabkah", "karabakh")."""
    if word == other or word[:1] != other[:1] or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other)) == 1 or _swapped(word, other)
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _part_of_name(words: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether ``words`` end the full name (a surname, "al burhan") or are one of its words."""
    return words == names[-len(words) :] or (len(words) == 1 and words[0] in names)


def missed_short_forms(doc: Doc, linked: list[tuple[Span, Entity]]) -> list[tuple[Span, Entity]]:
    """Short forms of the document's entities the model did not tag: a person's surname
    ("Baig added", "later al-Burhan said"), an organisation's initials ("RSF fighters"), and the
    name of a state no reference list knows ("Dastan denied", after "Dastan's foreign ministry") or of a one-word place
    no gazetteer row names ("Ostrelia accused ...", after "talks between Norvania and Ostrelia");
    each only when it belongs to one entity, outside every linked span."""
    forms: dict[str, dict[str, Entity]] = {}
    inside: dict[str, dict[str, Entity]] = {}  # people by the words inside their names
    for _, entity in linked:
        words = entity.label.split()
        if entity.kind == "state" and not entity.qid and not entity.gazetteer_id:
            forms.setdefault(entity.label, {})[entity.key] = entity
        elif entity.kind == "place" and not entity.qid and not entity.gazetteer_id and len(words) == 1:
            forms.setdefault(entity.label, {})[entity.key] = entity  # "Ostrelia accused ..." the model tagged elsewhere only
        elif len(words) > 1 and entity.kind == "person":
            forms.setdefault(words[-1], {})[entity.key] = entity
            for word in words[1:-1]:
                inside.setdefault(word, {})[entity.key] = entity
        elif len(words) > 1 and entity.kind in ("organization", "armed_group") and len(_initials(entity.label)) > 1:
            forms.setdefault(_initials(entity.label), {})[entity.key] = entity
    first: dict[str, int] = {}  # where the text first names each entity
    for mention, named in linked:
        first.setdefault(named.key, mention.start_char)
    for word, people in inside.items():  # "Bongo" of "Ali Bongo Ondimba" (named before "his father, Omar Bongo")
        if word[:1].isupper() and word.isalpha():
            forms[word] = _named_first({**forms.get(word, {}), **people}, first)
    taken = Intervals([(span.start_char, span.end_char) for span, _ in linked])
    found = []
    text = doc_text(doc)
    for form, owners in forms.items():
        if len(owners) != 1 or not form.split("-")[-1][:1].isupper():
            continue
        if _WORD.fullmatch(form):  # a whole run of word characters and hyphens
            matches = _runs(text, form)
        else:
            matches = [match.span() for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
        for start, end in matches:
            span = doc.char_span(start, end)
            if span is not None and not taken.overlaps(start, end):
                found.append((span, next(iter(owners.values()))))
    return found


def _named_first(people: dict[str, Entity], first: dict[str, int]) -> dict[str, Entity]:
    """The one of ``people`` the text names first (``first``: where it first names each entity)."""
    key = min(people, key=lambda key: first.get(key, 0))
    return {key: people[key]}


def _runs(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of the maximal runs of word characters and hyphens in ``text`` that are ``word`` (itself
    such a run): the pattern starts with the word, so the search skips ahead by it, and the character
    before is checked after (an occurrence inside a longer run is preceded by one of its own characters)."""
    return [
        match.span()
        for match in re.finditer(rf"{re.escape(word)}(?![\w-])", text)
        if match.start() == 0 or not _WORD.match(text, match.start() - 1)
    ]

