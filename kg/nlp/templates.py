"""Descriptive references to any state: one template, every state of the gazetteer.

A template record of ``lexicons/entity_patterns.jsonl`` (``{"template": ..., "pattern": ...}``)
starts its pattern with a state slot ``{"STATE": true}``, which matches

- a demonym of a state ("the **Thai** army"; a demonym several states share, "Congolese",
  holds only for the one the document names),
- a state's name, possessive or not ("**Cambodia's** defence ministry", "**Congo** troops"),
- "the country's" / "the nation's" (words of ``focus_nouns``): the state the document is
  about, the one it names most ("the **country's** Interior Ministry");

the rest of the pattern (``LOWER``/``ORTH`` values, ``IN`` lists, ``OP: "?"``) is the head.
What the reference denotes depends on ``refers``:

- ``state``: the state itself ("the Thai government", "Bangkok's authorities" is no such case);
- ``body``: the state's body of ``kind`` named by the first of ``names`` that the gazetteer
  knows ("{demonym} Armed Forces" finds the row "Azerbaijani Armed Forces"), else a new entity
  that belongs to the state (``part_of``), labelled by ``label`` or the first name that can be
  formed. A force's own name varies ("Royal Thai Armed Forces", "Rwanda Defence Force"), so the
  force templates label an unlisted force as the text first names it (``"label": "{surface}"``:
  "Rwandan army"); ministries follow one pattern ("Ministry of Health of Sudan");
- ``role``: the person the document last named in that role ("Thai Prime Minister Anutin ...
  the Thai prime minister"), else the state ("the Ruritanian leader").

The ruler finds the references (:func:`find_references`); the linker decides what each denotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args

from kg.errors import ResourceError
from kg.records import EntityKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.nlp.doccache import TokenTable
    from kg.nlp.gazetteer import GazetteerEntry

Refers = Literal["state", "body", "role"]
#: Tokens that make a state's name possessive (U+2019 and U+02BC too).
POSSESSIVES = frozenset({"'s", "’s", "ʼs", "'", "’", "ʼ"})
STATE_SLOT = "STATE"
_KIND_OF_REFERENCE: dict[str, EntityKind] = {"state": "state", "role": "person"}
#: The state slot of a name or demonym the gazetteer does not know.
_UNKNOWN: tuple[str, ...] = ("?",)
#: Where the ruler leaves the references it found: ``doc.user_data[STATE_REFERENCES][(start, end)]``.
STATE_REFERENCES = "kg_state_references"


@dataclass(frozen=True)
class Template:
    """One template record: what it refers to, the canonical names of a body, the head sequences."""

    index: int
    name: str
    refers: Refers
    kind: EntityKind
    names: tuple[str, ...]
    heads: tuple[tuple[str, ...], ...]
    label: str | None = None
    not_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StateReference:
    """A descriptive reference the ruler found: its template and the states it may name
    (several for a shared demonym; none for "the country's", the state in focus, or for a state the
    gazetteer does not know, whose name or demonym is ``unknown``); ``name_end`` ends a state's name.
    ``bare``: the unknown word follows "the" without a possessive ("the Norland government"), so it
    may be the state's own name as well as a demonym."""

    template: Template
    states: tuple[str, ...]
    head_start: int
    name_end: int | None = None
    unknown: str | None = None
    bare: bool = False


def read_template(index: int, item: dict[str, Any], expand: Any) -> Template:
    """A template record of the patterns file, checked; ``expand`` turns the head tokens into sequences."""
    where = f"entity template {index} ({item.get('template')!r})"
    pattern = item["pattern"]
    if not pattern or pattern[0] != {STATE_SLOT: True} or len(pattern) < 2:
        raise ResourceError(f"{where}: the pattern must start with {{{STATE_SLOT!r}: true}} and have a head")
    refers: Refers = item.get("refers", "")
    if refers not in get_args(Refers):
        raise ResourceError(f"{where}: 'refers' must be one of {', '.join(get_args(Refers))}, got {refers!r}")
    names = tuple(item.get("names", ()))
    if refers == "body" and (not names or not all(isinstance(name, str) and name for name in names)):
        raise ResourceError(f"{where}: a body template needs 'names', e.g. [\"{{demonym}} Armed Forces\"]")
    kind: EntityKind = _KIND_OF_REFERENCE.get(refers) or item.get("kind", "")
    if kind not in ("organization", "armed_group", "state", "person"):
        raise ResourceError(f"{where}: 'kind' of a body must be organization or armed_group, got {kind!r}")
    label = item.get("label")
    if label is not None and (not isinstance(label, str) or not label):
        raise ResourceError(f"{where}: 'label' must be a name form such as \"{{surface}}\", got {label!r}")
    not_before = item.get("not_before", [])
    if not isinstance(not_before, list) or not all(isinstance(word, str) and word for word in not_before):
        raise ResourceError(f"{where}: 'not_before' must be a list of words, got {not_before!r}")
    return Template(index, str(item["template"]), refers, kind, names, tuple(expand(pattern[1:], where)), label,
                    frozenset(word.lower() for word in not_before))


class ReferenceFinder:
    """Finds template references in a doc: a state slot, then a head of some template.

    Args:
        templates: The template records.
        state_names: (tokens, state id) for every name of every state, matched case-sensitively.
        demonyms: (lower-case tokens, state ids) for every demonym.
        focus_nouns: Nouns of "the country's" (lower case).
        demonym_endings: Endings of demonyms ("-ian"): an unknown capitalised word with one before a
            head may be the demonym of a state the gazetteer does not know ("the Ruritanian army").
        stance_prefixes: Prefixes joined by a hyphen that make the slot a stance, not an owner
            ("pro-Russian forces" are not Russia's).
        institutions: Nouns of institutions (lower case): one of them, "and" or "or", then a head
            ("Rwanda's presidency or foreign ministry") shares the slot: the head is the state's too.
        coordinators: The conjunctions of such a pair (lower case: "and", "or").
    """

    def __init__(
        self,
        templates: list[Template],
        state_names: list[tuple[tuple[str, ...], str]],
        demonyms: list[tuple[tuple[str, ...], tuple[str, ...]]],
        focus_nouns: frozenset[str],
        demonym_endings: frozenset[str] = frozenset(),
        stance_prefixes: frozenset[str] = frozenset(),
        institutions: frozenset[str] = frozenset(),
        coordinators: frozenset[str] = frozenset(),
    ) -> None:
        self.names: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for words, state in state_names:
            self.names.setdefault(words[0], []).append((words, (state,)))
        self.demonyms: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for words, states in demonyms:
            self.demonyms.setdefault(words[0], []).append((words, states))
        self.heads: dict[str, list[tuple[tuple[str, ...], Template]]] = {}
        for template in templates:
            for head in template.heads:
                self.heads.setdefault(head[0], []).append((head, template))
        self.focus_nouns = focus_nouns
        self.demonym_endings = demonym_endings
        self.stance_prefixes = stance_prefixes
        self.institutions = institutions
        self.coordinators = coordinators

    def __call__(self, doc: Doc) -> list[tuple[int, int, StateReference]]:
        """(start, end, reference) of every match."""
        from kg.nlp.doccache import token_table  # imports spaCy, which the gazetteer's readers must not

        found: list[tuple[int, int, StateReference]] = []
        table = token_table(doc)
        lower = table.lower
        for start in range(len(doc)):
            if _inside_name(table, start - 1):
                continue  # "Royal Thai Army": a name of its own
            for slot_end, states, name_end in self._slots(table, start):
                head_at = _solid(table, slot_end)  # a hard-wrapped line break may stand between
                for head, template in self.heads.get(lower[head_at] if head_at < len(doc) else "", ()):
                    end = _matched(table, head_at, head)
                    if end is not None and end < len(doc) and lower[end] in template.not_before:
                        continue  # "Kenya's presidency of the bloc": an office held, no body
                    if end is not None and not (table.text[end - 1][:1].isupper() and _inside_name(table, end)):
                        if not (template.refers == "role" and _names_follow(table, end)) and not self._stance(table, start):
                            found.append((start, end, _reference(doc, template, states, start, slot_end, name_end, head_at)))
                if states != _UNKNOWN and states and not self._stance(table, start):
                    found.extend(self._coordinated(table, slot_end, states))
        return found

    def _coordinated(self, table: TokenTable, slot_end: int, states: tuple[str, ...]) -> list[tuple[int, int, StateReference]]:
        """A body or government after an institution noun and "and"/"or" that share the slot
        ("Rwanda's presidency or foreign ministry", "the Zemblan parliament and defence ministry"):
        the head alone, the slot's state's. Only heads that need no surface for a label (a
        ministry, the government), not a force labelled as written ("army")."""
        lower = table.lower
        first = _solid(table, slot_end)
        conjunction = _solid(table, first + 1)
        at = _solid(table, conjunction + 1)
        if at >= len(lower) or lower[first] not in self.institutions or lower[conjunction] not in self.coordinators:
            return []
        if table.text[first] != lower[first]:
            return []
        found = []
        for head, template in self.heads.get(lower[at], ()):
            end = _matched(table, at, head)
            if end is None or template.refers == "role" or template.label is not None:
                continue
            if not table.text[end - 1][:1].isupper() or not _inside_name(table, end):
                found.append((at, end, StateReference(template, states, at)))
        return found

    def _stance(self, table: TokenTable, start: int) -> bool:
        """Whether a stance prefix is joined to the slot ("pro-Russian forces", "anti-government forces")."""
        return start > 1 and table.lower[start - 2] in self.stance_prefixes and table.text[start - 1] == "-" and not table.space_after[start - 2]

    def _slots(self, table: TokenTable, start: int) -> list[tuple[int, tuple[str, ...], int | None]]:
        """(end, state ids, end of the state's name) of the state slots starting at ``start``: a
        demonym, a state's name (with its possessive when one follows), "the country's" (no state
        id: the state in focus)."""
        lower = table.lower
        if lower[start] in self.focus_nouns and start > 0 and lower[start - 1] == "the" and _possessive(lower, start + 1):
            return [(start + 2, (), None)]
        if not table.text[start][:1].isupper():
            return []
        found: list[tuple[int, tuple[str, ...], int | None]] = []
        for words, states in self.names.get(table.text[start], ()):
            end = start + len(words)
            if tuple(table.text[start:end]) == words:
                found.append((end + 1 if _possessive(lower, end) else end, states, end))
        for words, states in self.demonyms.get(lower[start], ()):
            end = start + len(words)
            if tuple(lower[start:end]) == words:
                found.append((end, states, None))
        return found or self._unknown_slots(table, start)

    def _unknown_slots(self, table: TokenTable, start: int) -> list[tuple[int, tuple[str, ...], int | None]]:
        """A state the gazetteer does not know: a capitalised name with a possessive ("Ruritania's"),
        one word with a demonym ending ("Ruritanian"), or a proper noun after "the" ("the Norland
        government"); the linker decides whether it is a state."""
        if table.pos[start] not in ("PROPN", "ADJ") or not table.alpha[start] or _inside_name(table, start - 1):
            return []
        if _possessive(table.lower, start + 1):
            return [(start + 2, _UNKNOWN, start + 1)]
        if any(table.lower[start].endswith(ending) for ending in self.demonym_endings):
            return [(start + 1, _UNKNOWN, None)]
        if start > 0 and table.lower[start - 1] == "the" and table.pos[start] == "PROPN" and not table.text[start].isupper():
            return [(start + 1, _UNKNOWN, start + 1)]
        return []


def _reference(doc: Doc, template: Template, states: tuple[str, ...], start: int, slot_end: int, name_end: int | None,
               head_at: int) -> StateReference:
    """The reference of a slot and a head (starting at ``head_at``, past a line break after the
    slot); an unknown slot keeps its word, and whether "the" is before it."""
    if states != _UNKNOWN:
        return StateReference(template, states, head_at, name_end)
    bare = name_end in (None, slot_end) and start > 0 and doc[start - 1].lower_ == "the"
    return StateReference(template, (), head_at, name_end, doc[start : name_end or slot_end].text, bare)


def _solid(table: TokenTable, i: int) -> int:
    """The first token from ``i`` on that is no white space (the line break of hard-wrapped text)."""
    while i < len(table.text) and table.text[i].isspace():
        i += 1
    return i


def _matched(table: TokenTable, at: int, words: tuple[str, ...]) -> int | None:
    """The end of ``words`` (lower case) read from token ``at`` on across line breaks, or None."""
    i = at
    for number, word in enumerate(words):
        i = _solid(table, i) if number else i
        if i >= len(table.lower) or table.lower[i] != word:
            return None
        i += 1
    return i


def _possessive(lower: list[str], i: int) -> bool:
    return i < len(lower) and lower[i] in POSSESSIVES


def _inside_name(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a capitalised word of a name, not the first word of its sentence."""
    return 0 <= i < len(table.pos) and table.pos[i] == "PROPN" and table.text[i][:1].isupper() and not table.sent_start[i]


def _names_follow(table: TokenTable, i: int) -> bool:
    """Whether a proper name follows: "Thai Prime Minister Anutin" is a title, not a reference."""
    return i < len(table.pos) and table.pos[i] == "PROPN" and table.text[i][:1].isupper()


def referred_state(reference: StateReference, named_states: list[str]) -> str | None:
    """The gazetteer state a reference names: its only state; of several (a shared demonym), the one
    the document names first."""
    if len(reference.states) == 1:
        return reference.states[0]
    return next((state for state in named_states if state in reference.states), None)


def body_names(forms: tuple[str, ...], state: GazetteerEntry, surface: str) -> list[str]:
    """The names of a state's body that can be formed from ``forms`` ("{demonym} Armed Forces" needs a
    demonym; "{surface}" is the reference as written, without a leading "the")."""
    demonym = state.demonyms[0] if state.demonyms else None  # the adjective comes first ("Thai;Thais")
    names = []
    for form in forms:
        if "{demonym}" in form and demonym is None:
            continue
        names.append(form.replace("{demonym}", demonym or "").replace("{state}", state.label).replace("{surface}", surface))
    return names

