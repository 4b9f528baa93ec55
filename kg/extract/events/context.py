"""What the event rules know about one document: linked entities and time expressions by token,
paragraph blocks, the lexicon and the demonyms of the gazetteer."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from kg.extract.events.lexicon import EventLexicon, TriggerRule
from kg.extract.syntax import PLURAL_TAGS, demonym_forms, subtrees
from kg.nlp.doccache import blocks, doc_text, entity_spans
from kg.records import BELLIGERENT_KINDS, EntityKind, Participant, Role, TimeValue
from kg.timex import DATING_GRANULARITIES
from kg.words import shared_words

#: A line's start and the spaces that open it (matched at the start of the text and after each line break).
_LINE_OPENING = re.compile(r"^[^\S\n]*", re.MULTILINE)


class EventContext:
    """Entities and time expressions of one document, indexed by token."""

    def __init__(self, doc: Doc, times: list[TimeValue], lexicon: EventLexicon, demonyms: frozenset[str]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.demonyms = demonyms
        self.pronouns = shared_words().pronouns.third_person
        self.entity_at = _entities_by_token(doc)
        self.block = blocks(doc)
        self.text = doc_text(doc)  # (``Doc.text`` joins every token again on each call)
        # (each line's start and its first character not a space, found once: looked up per trigger)
        lines = list(_LINE_OPENING.finditer(self.text))
        self._line_starts = [line.start() for line in lines]
        self._line_openings = [line.end() for line in lines]
        self.time_ending_at = {expression.end: expression for expression in times}
        self.time_starting_at = {expression.start: expression for expression in times}
        self.time_at: dict[int, TimeValue] = {}
        self.rules: dict[int, TriggerRule | None] = {}  # the trigger record of each token classified so far
        for expression in times:
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                self.time_at[i] = expression

    def line_opening(self, offset: int) -> int:
        """The offset of the first character not a space on the line of ``offset`` (``offset`` itself if only
        spaces come before it on its line)."""
        line = bisect_right(self._line_starts, offset) - 1
        return min(self._line_openings[line], offset)

    def entities_in(self, tokens: list[Token]) -> list[tuple[str, EntityKind]]:
        """Distinct (key, kind) of the entities among ``tokens``, in order."""
        found: list[tuple[str, EntityKind]] = []
        for token in tokens:
            entity = self.entity_at.get(token.i)
            if entity is not None and entity not in found:
                found.append(entity)
        return found

    def kinds_in(self, tokens: list[Token]) -> set[EntityKind]:
        """The kinds of the entities in the subtrees of ``tokens``."""
        return {kind for _, kind in self.entities_in(subtrees(tokens))}

    def dating_time(self, token: Token) -> TimeValue | None:
        """The time expression ``token`` is part of, if it can date an event (not a dateline, not "since")."""
        return self._dating_time(token.i)

    def _dating_time(self, i: int) -> TimeValue | None:
        expression = self.time_at.get(i)
        if expression is None or expression.role != "point":
            return None
        return expression

    def era(self, sentence: Span) -> frozenset[str]:
        """Years and decades of the resolved time expressions in a sentence."""
        values = {
            expression.value[:4]
            for i in range(sentence.start, sentence.end)
            if (expression := self._dating_time(i)) is not None
            and expression.value
            and expression.granularity in (*DATING_GRANULARITIES, "decade")
        }
        return frozenset(values)

    def sides(self, participants: list[Participant]) -> dict[Role, frozenset[str]]:
        """The acting states and armed groups of each role, each as the state it belongs to if any
        ("the Russian army" is Russia's side)."""
        entities = self.doc._.kg_entities
        found: dict[Role, set[str]] = {}
        for participant in participants:
            entity = entities.get(participant.entity_key)
            if entity is not None and entity.kind in BELLIGERENT_KINDS:
                found.setdefault(participant.role, set()).add(entity.part_of or entity.key)
        return {role: frozenset(keys) for role, keys in found.items()}

    def is_pronoun(self, token: Token) -> bool:
        return token.lower_ in self.pronouns

    def is_people(self, noun: Token) -> bool:
        """A noun of people: a people word, or a plural demonym ("Georgians", "Thais")."""
        plural = noun.tag_ in PLURAL_TAGS or noun.lower_.endswith("s")  # the model tags "Georgians" NNP
        plural_demonym = plural and any(form in self.demonyms for form in demonym_forms(noun))
        return noun.lemma_.lower() in shared_words().people_nouns or plural_demonym


def _entities_by_token(doc: Doc) -> dict[int, tuple[str, EntityKind]]:
    """(key, kind) of the linked entity each token belongs to; a metonymic mention counts as what it stands for."""
    stands_for = {(mention.start, mention.end): mention.stands_for for mention in doc._.kg_mentions}
    entities = doc._.kg_entities
    found: dict[int, tuple[str, EntityKind]] = {}
    for ent in entity_spans(doc):
        if not ent.kb_id_ or ent.kb_id_ not in entities:
            continue
        key = stands_for.get((ent.start_char, ent.end_char)) or ent.kb_id_
        kind = entities[key].kind if key in entities else entities[ent.kb_id_].kind
        for i in range(ent.start, ent.end):
            found[i] = (key, kind)
    return found
