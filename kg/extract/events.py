"""Conflict events (GUIDELINES section 4) from a parsed document.

Each token is tested as a trigger: a lemma of ``lexicons/event_triggers.yaml``
in a fitting syntactic context (an operation noun needs a military modifier or
a launch verb with a state actor, "take" needs a territory object, ...). Each
trigger then gets a modality from the words governing it, a date from the time
expressions of its own clause or of the clauses governing it, participants from
the linked entities of its arguments, and same-type mentions are merged into
one event per real-world event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.errors import ResourceError
from kg.extract.timex import TimeExpression
from kg.nlp.doccache import children, doc_text
from kg.codes import EVENT_TYPES
from kg.records import Event, EventMention, Participant, TimeValue
from kg.resources import read_yaml

LEXICON_FILE = "event_triggers.yaml"
METHOD = "rules:event_triggers"
CONFIDENCE = 0.7

#: Time granularities that date an event (decades, weeks and durations do not).
_DATING_GRANULARITIES = ("datetime", "day", "month", "year")
#: Dependencies that open a new clause (its dates are not the governing clause's).
_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp")
#: Dependencies along which a trigger inherits the dates of the governing clause.
_INHERIT_DEPS = ("xcomp", "ccomp", "advcl", "conj")
_SUBJECT_DEPS = ("nsubj", "csubj")
_PRONOUNS = ("it", "its", "they", "their", "them", "he", "his", "she", "her")
_FACTUAL = ("happened", "announced", "planned")
_ACTOR_KINDS = ("state", "armed_group")
_DATELINE_AFTER = re.compile(r"\s*[:\u2013\u2014-]")


@dataclass(frozen=True)
class EventLexicon:
    """The parsed ``event_triggers.yaml``: word classes by name, nouns and verbs by type."""

    nouns: dict[str, str]
    verbs: dict[str, str]
    words: dict[str, frozenset[str]]
    military_modifiers: tuple[str, ...]
    object_verbs: dict[str, dict[str, Any]]

    def has(self, name: str, word: str) -> bool:
        """Whether ``word`` belongs to the word class ``name``."""
        return word in self.words[name]


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    """Load and check ``lexicons/event_triggers.yaml`` (cached)."""
    where = f"lexicons/{LEXICON_FILE}"
    data = read_yaml("lexicons", LEXICON_FILE)

    def by_type(key: str) -> dict[str, str]:
        table = data.get(key)
        if not isinstance(table, dict):
            raise ResourceError(f"{where}: {key!r} must map event types to word lists")
        found: dict[str, str] = {}
        for event_type, lemmas in table.items():
            if event_type not in EVENT_TYPES:
                raise ResourceError(f"{where}: {key}: unknown event type {event_type!r}")
            for lemma in lemmas:
                found[str(lemma).lower()] = event_type
        return found

    words: dict[str, frozenset[str]] = {}
    for key, value in data.items():
        if isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                raise ResourceError(f"{where}: {key!r} must be a list of words")
            words[key] = frozenset(item.lower() for item in value)
    object_verbs = data.get("object_verbs")
    if not isinstance(object_verbs, dict):
        raise ResourceError(f"{where}: 'object_verbs' must map event types to verb rules")
    for event_type, rule in object_verbs.items():
        if event_type not in EVENT_TYPES or not isinstance(rule, dict) or "verbs" not in rule:
            raise ResourceError(f"{where}: object_verbs: bad rule for {event_type!r}")
    return EventLexicon(
        nouns=by_type("nouns"),
        verbs=by_type("verbs"),
        words=words,
        military_modifiers=tuple(_squash(word) for word in data.get("military_modifiers", [])),
        object_verbs={key: {k: (frozenset(v) if isinstance(v, list) else v) for k, v in rule.items()} for key, rule in object_verbs.items()},
    )


def _squash(text: str) -> str:
    """Lower-case text without hyphens, spaces and quotes ("Anti-Terrorist" -> "antiterrorist")."""
    return re.sub(r"[\s\-\u2010-\u2015'\"\u2018\u2019\u201c\u201d]", "", text.lower())


@dataclass
class _Trigger:
    """A detected event mention before coreference."""

    type: str
    token: Token
    anaphoric: bool = False
    modality: str = "happened"
    time: TimeExpression | None = None
    time_inherited: bool = False
    era: frozenset[str] = frozenset()
    counted: bool = False
    participants: list[Participant] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass
class _Cluster:
    """Coreferent triggers of one event."""

    triggers: list[_Trigger]
    time: TimeExpression | None = None
    time_inherited: bool = False
    locked: bool = False

    @property
    def era(self) -> frozenset[str]:
        eras = set().union(*(trigger.era for trigger in self.triggers))
        if self.time is not None and self.time.value:
            eras.add(self.time.value[:4])
        return frozenset(eras)


# --------------------------------------------------------------------------- public API


def extract_events(doc: Doc, times: list[TimeExpression]) -> list[Event]:
    """The events a parsed document reports, one per real-world event.

    Args:
        doc: A document processed by ``kg.nlp.pipeline.load_pipeline()``.
        times: The time expressions of ``doc.text`` (``kg.extract.timex.find_time_expressions``).

    Returns:
        Events in order of their first mention; offsets point into ``doc.text``.
    """
    lexicon = event_lexicon()
    context = _Context(doc, times, lexicon)
    triggers: list[_Trigger] = []
    for token in doc:
        event_type, anaphoric = _classify(token, lexicon, context)
        if event_type is None:
            continue
        trigger = _Trigger(type=event_type, token=token, anaphoric=anaphoric)
        trigger.modality = _modality(token, lexicon)
        trigger.time, trigger.time_inherited = _attach_time(token, event_type, lexicon, context)
        trigger.era = context.era(token.sent)
        trigger.counted = _is_counted(token, lexicon)
        trigger.participants, trigger.places = _participants(token, lexicon, context)
        triggers.append(trigger)
    return [_event(cluster, context) for cluster in _corefer(triggers)]


# --------------------------------------------------------------------------- document context


class _Context:
    """Entities and time expressions of one document, indexed by token."""

    def __init__(self, doc: Doc, times: list[TimeExpression], lexicon: EventLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        stands_for = {(mention.start, mention.end): mention.stands_for for mention in doc._.kg_mentions}
        entities = doc._.kg_entities
        self.entity_at: dict[int, tuple[str, str]] = {}
        for ent in doc.ents:
            if not ent.kb_id_ or ent.kb_id_ not in entities:
                continue
            key = stands_for.get((ent.start_char, ent.end_char)) or ent.kb_id_
            kind = entities[key].kind if key in entities else entities[ent.kb_id_].kind
            for token in ent:
                self.entity_at[token.i] = (key, kind)
        self.block: list[int] = []
        block = 0
        for token in doc:
            if token.is_space and "\n" in token.text:
                block += 1
            self.block.append(block)
        self.time_at: dict[int, TimeExpression] = {}
        for expression in times:
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            for token in span:
                self.time_at[token.i] = expression

    def entities_in(self, tokens: list[Token]) -> list[tuple[str, str]]:
        """Distinct (key, kind) of the entities among ``tokens``, in order."""
        found: list[tuple[str, str]] = []
        for token in tokens:
            entity = self.entity_at.get(token.i)
            if entity is not None and entity not in found:
                found.append(entity)
        return found

    def dating_time(self, token: Token) -> TimeExpression | None:
        """The time expression ``token`` is part of, if it can date an event (not a dateline)."""
        expression = self.time_at.get(token.i)
        if expression is None or _is_dateline(doc_text(self.doc), expression):
            return None
        return expression

    def era(self, sentence: Span) -> frozenset[str]:
        """Years and decades of the resolved time expressions in a sentence."""
        values = {
            expression.value[:4]
            for token in sentence
            if (expression := self.dating_time(token)) is not None
            and expression.value
            and expression.granularity in (*_DATING_GRANULARITIES, "decade")
        }
        return frozenset(values)


def _is_dateline(text: str, expression: TimeExpression) -> bool:
    """Whether a time expression dates the article, not an event: alone on its line or before a colon or dash."""
    if _DATELINE_AFTER.match(text, expression.end):
        return True
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" .,") == expression.text


# --------------------------------------------------------------------------- trigger detection


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and token.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]
    return lemma


def _children(token: Token, *deps: str) -> list[Token]:
    return [child for child in children(token) if child.dep_ in deps]


def _arguments(verb: Token) -> list[Token]:
    """The object of a verb, or its subject when passive or intransitive, with conjuncts."""
    found = _children(verb, "dobj", "nsubjpass")
    if not found:
        found = _children(verb, "nsubj")
    for preposition in _children(verb, "prep", "agent"):
        if preposition.lower_ in ("of", "over"):
            found.extend(_children(preposition, "pobj"))
    return found + [conjunct for argument in found for conjunct in argument.conjuncts]


def _modifier_text(noun: Token) -> str:
    """The noun's left modifiers, squashed ("anti - terrorist" -> "antiterrorist")."""
    parts = [
        _squash("".join(t.text for t in child.subtree))
        for child in noun.children
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod") and child.i < noun.i
    ]
    return "".join(parts)


def _has_military_modifier(noun: Token, lexicon: EventLexicon) -> bool:
    text = _modifier_text(noun)
    return any(modifier in text for modifier in lexicon.military_modifiers)


def _actor_of(verb: Token, context: _Context) -> list[tuple[str, str]]:
    """Entities acting as subject (or passive agent) of a verb, pronouns resolved."""
    subjects = _children(verb, *_SUBJECT_DEPS)
    for agent in _children(verb, "agent"):
        subjects.extend(_children(agent, "pobj"))
    found = context.entities_in([t for subject in subjects for t in subject.subtree])
    if not found and any(subject.lower_ in _PRONOUNS for subject in subjects):
        found = _antecedent(verb, context)
    return found


def _antecedent(token: Token, context: _Context) -> list[tuple[str, str]]:
    """The entity subject of the nearest governing clause (resolves "it"/"its" in reported speech)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            subjects = _children(ancestor, *_SUBJECT_DEPS)
            found = context.entities_in([t for subject in subjects for t in subject.subtree])
            if found:
                return found
    return []


def _classify(token: Token, lexicon: EventLexicon, context: _Context) -> tuple[str | None, bool]:
    """The event type ``token`` triggers (or ``None``) and whether it is only an anaphor."""
    if token.pos_ in ("NOUN", "PROPN"):
        return _classify_noun(token, lexicon, context)
    if token.pos_ == "VERB":
        return _classify_verb(token, lexicon, context), False
    if token.pos_ == "ADJ" and token.dep_ in ("amod", "acomp"):
        lemma = _lemma(token)
        head = token.head if token.dep_ == "amod" else next(iter(_children(token.head, "nsubj")), token.head)
        if lexicon.has("displacement_adjectives", lemma) and lexicon.has("people_nouns", _lemma(head)):
            return "Evacuation", False
    return None, False


def _classify_noun(noun: Token, lexicon: EventLexicon, context: _Context) -> tuple[str | None, bool]:
    lemma = _lemma(noun)
    words = lexicon.words
    modifiers = {_lemma(child) for child in noun.children if child.dep_ in ("amod", "compound", "nmod")}
    event_type = lexicon.nouns.get(lemma) or lexicon.nouns.get(noun.lower_)
    if event_type is not None:
        if lemma in words["plural_only"] and noun.tag_ not in ("NNS", "NNPS"):
            return None, False
        if event_type == "War" and (modifiers & words["war_exclusions"] or _has_prep_object(noun, "of", {"word", "words"}) or noun.dep_ == "attr"):
            return None, False
        if lemma == "demonstration" and _children(noun, "prep") and _children(noun, "prep")[0].lower_ == "of":
            return None, False
        return event_type, False
    if lemma in words["attack_nouns"]:
        if modifiers & words["attack_noun_exclusions"] or _has_prep_object(noun, "on", {"strike"}):
            return None, False
        return ("Attack", False) if _anchored(noun, context) else (None, False)
    if lemma in words["halt_nouns"] and _is_hostility(_prep_objects(noun, "of"), lexicon, context):
        return "Ceasefire", False
    if lemma in words["force_action_nouns"]:
        owners = _prep_objects(noun, "of") + _children(noun, "poss")
        if any(lexicon.has("force_nouns", _lemma(o)) or o.lower_ in _PRONOUNS or _armed_arguments([o], context) for o in owners):
            return "Disarmament", False
    if lemma in words["mine_nouns"]:
        if modifiers & words["mine_modifiers"] or _squash(_modifier_text(noun)) in words["mine_modifiers"]:
            return "Explosion", False
        if noun.head.pos_ == "VERB" and lexicon.has("mine_verbs", _lemma(noun.head)):
            return "Explosion", False
    if lemma in words["corridor_nouns"] and modifiers & words["corridor_modifiers"]:
        return "Evacuation", False
    if lemma in words["meeting_nouns"] and _is_meeting(noun, modifiers, lexicon, context):
        return "Talks", False
    if lemma in words["operation_nouns"]:
        if _is_operation(noun, lexicon, context):
            return "MilitaryOperation", False
        if _is_definite(noun):
            return "MilitaryOperation", True
    return None, False


def _has_prep_object(token: Token, preposition: str, objects: set[str]) -> bool:
    return any(obj.lower_ in objects for obj in _prep_objects(token, preposition))


def _prep_objects(token: Token, preposition: str) -> list[Token]:
    found = [obj for prep in _children(token, "prep") if prep.lower_ == preposition for obj in _children(prep, "pobj")]
    return found + [conjunct for obj in found for conjunct in obj.conjuncts]


def _is_definite(noun: Token) -> bool:
    return any(child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "that", "its", "their") for child in noun.children)


def _is_operation(noun: Token, lexicon: EventLexicon, context: _Context) -> bool:
    """An operation noun is military by its modifier, or by a launch or halt verb with a state actor."""
    if _has_military_modifier(noun, lexicon):
        return True
    head = noun
    while head.dep_ == "conj":
        head = head.head
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ == "of":
        owner = governor.head
        if lexicon.has("launch_nouns", _lemma(owner)) or lexicon.has("halt_nouns", _lemma(owner)):
            return any(kind in _ACTOR_KINDS for _, kind in context.entities_in(list(owner.subtree)))
        return False
    if governor.pos_ == "VERB" and head.dep_ in ("dobj", "nsubjpass", "nsubj"):
        lemma = _lemma(governor)
        if lexicon.has("launch_verbs", lemma) or lexicon.has("halt_verbs", lemma):
            actors = _actor_of(governor, context) + context.entities_in(list(noun.subtree))
            return any(kind in _ACTOR_KINDS for _, kind in actors)
    return False


def _is_hostility(nouns: list[Token], lexicon: EventLexicon, context: _Context) -> bool:
    """Whether one of ``nouns`` names hostilities or a military operation."""
    for noun in nouns:
        lemma = _lemma(noun)
        if lemma in lexicon.words["operation_nouns"]:
            if _has_military_modifier(noun, lexicon) or _is_definite(noun) or _is_operation(noun, lexicon, context):
                return True
        elif lexicon.has("hostility_nouns", lemma) or lexicon.nouns.get(lemma) in ("MilitaryOperation", "Attack", "War"):
            return True
    return False


def _is_meeting(noun: Token, modifiers: set[str], lexicon: EventLexicon, context: _Context) -> bool:
    """A meeting noun is Talks with a conflict modifier, named participants or a holding verb."""
    if modifiers & lexicon.words["talks_modifiers"]:
        return True
    participants = [obj for prep in ("between", "with") for obj in _prep_objects(noun, prep)]
    if context.entities_in([t for obj in participants for t in obj.subtree]):
        return True
    head = noun.head
    if noun.dep_ == "dobj" and lexicon.has("holding_verbs", _lemma(head)):
        return bool(_actor_of(head, context))
    if noun.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in ("take", "hold", "begin", "start", "open"):
        return _lemma(head) != "take" or any(_lemma(obj) == "place" for obj in _children(head, "dobj"))
    return False


def _anchored(trigger: Token, context: _Context) -> bool:
    """Whether a generic trigger ("attack") is tied to a time, place or named agent or target."""
    clause = _clause_head(trigger)
    tokens = list(trigger.subtree) + (_clause_tokens(clause) if clause is not None else [])
    if any(context.dating_time(token) is not None for token in tokens):
        return True
    return bool(context.entities_in(list(trigger.subtree))) or (clause is not None and bool(_actor_of(clause, context)))


def _classify_verb(verb: Token, lexicon: EventLexicon, context: _Context) -> str | None:
    lemma = _lemma(verb)
    words = lexicon.words
    arguments = _arguments(verb)
    argument_lemmas = {_lemma(argument) for argument in arguments}
    if lexicon.has("halt_verbs", lemma) and _is_hostility(arguments, lexicon, context):
        return "Ceasefire"
    if lemma in words["control_verbs"] and argument_lemmas & words["control_nouns"]:
        return "Capture"
    if lemma in ("take", "gain") and (argument_lemmas & words["territory_nouns"] or _place_arguments(arguments, context)):
        return "Capture"
    if (
        lemma == "come"
        and any(lexicon.has("under_attack_nouns", _lemma(obj)) for obj in _prep_objects(verb, "under"))
        and any(
            lexicon.has("under_attack_subjects", _lemma(subject)) or _armed_arguments([subject], context)
            for subject in _children(verb, "nsubj")
        )
    ):  # "their vehicle came under fire"
        return "Attack"
    if lexicon.has("war_clash_verbs", lemma) and (
        any(lexicon.has("war_clash_adverbs", child.lower_) for child in _children(verb, "advmod"))
    ):
        return "War"
    if lexicon.has("protester_verbs", lemma) and any(
        lexicon.has("protester_nouns", _lemma(t)) for s in _children(verb, "nsubj") for t in s.subtree
    ):
        return "Protest"
    event_type = lexicon.verbs.get(lemma)
    if event_type is None:
        return None
    rule = lexicon.object_verbs.get(event_type)
    if rule is not None and lemma in rule["verbs"]:
        if argument_lemmas & rule.get("not_objects", frozenset()):
            return None
        if "objects" in rule and not (argument_lemmas & rule["objects"] or _armed_arguments(arguments, context)):
            return None
        if lemma == "lay" and not any(child.lower_ == "down" for child in verb.children):
            return None
        if lemma in ("hand", "pull") and not any(child.dep_ == "prt" for child in verb.children):
            return None
        if rule.get("objects_needed") and not (arguments or _prep_objects(verb, "on") or _prep_objects(verb, "at")):
            return None
    if event_type == "Attack" and not lexicon.has("unanchored_attack_verbs", lemma):
        subjects = _children(verb, "nsubj")
        aimed = arguments + _prep_objects(verb, "on") + _prep_objects(verb, "at")
        named = _actor_of(verb, context) + context.entities_in([t for a in aimed for t in a.subtree])
        if not named and not any(lexicon.has("weapon_nouns", _lemma(s)) for s in subjects):
            return None
    if event_type == "Talks" and not (_actor_of(verb, context) or context.entities_in([t for a in arguments for t in a.subtree])):
        return None
    if event_type == "Protest" and lemma in ("rally", "march") and not any(
        lexicon.has("protester_nouns", _lemma(s)) or lexicon.has("people_nouns", _lemma(s)) for s in _children(verb, "nsubj")
    ):
        return None
    if event_type == "Protest" and lemma == "demonstrate" and _children(verb, "dobj", "ccomp"):
        return None
    return event_type


def _place_arguments(arguments: list[Token], context: _Context) -> bool:
    return any(kind == "place" for _, kind in context.entities_in([t for a in arguments for t in a.subtree]))


def _armed_arguments(arguments: list[Token], context: _Context) -> bool:
    return any(kind == "armed_group" for _, kind in context.entities_in([t for a in arguments for t in a.subtree]))


# --------------------------------------------------------------------------- modality


def _modality(trigger: Token, lexicon: EventLexicon) -> str:
    """Whether the text says the event happened, announces or plans it, demands it or denies it."""
    if _negated(trigger):
        return "denied"
    modality = "happened"
    child = trigger
    for ancestor in trigger.ancestors:
        lemma = _lemma(ancestor)
        dep = child.dep_
        if dep in ("relcl",):
            break
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            if dep in ("advcl", "acl") and not lexicon.has("commitment_nouns", lemma):
                return "demanded"
            if dep == "xcomp" and _children(ancestor, "dobj"):
                return "demanded"
            if dep == "acl" and modality == "happened":
                modality = "announced"
        if any(c.dep_ == "mark" and lexicon.has("conditional_markers", c.lower_) for c in child.children):
            return "demanded"
        if ancestor.dep_ == "prep" and (
            lexicon.has("conditional_markers", ancestor.lower_) or any(c.lower_ == "only" for c in ancestor.children)
        ):
            return "demanded"
        if ancestor.pos_ in ("NOUN", "PROPN") and dep in ("prep", "acl", "compound"):
            of_phrase = dep == "prep" and child.lower_ == "of"
            if lexicon.has("irrealis_nouns", lemma) or (lexicon.has("demand_nouns", lemma) and not of_phrase):
                return "demanded"
        if ancestor.pos_ in ("VERB", "AUX", "ADJ"):
            if lexicon.has("deny_verbs", lemma) and dep in ("ccomp", "dobj", "xcomp"):
                return "denied"
            if lexicon.has("demand_verbs", lemma) and dep in ("ccomp", "dobj", "xcomp", "prep", "pobj", "nsubjpass"):
                return "demanded"
            if lemma == "be" and dep in ("xcomp", "attr", "ccomp") and any(
                lexicon.has("demand_nouns", _lemma(s)) for s in _children(ancestor, "nsubj")
            ):
                return "demanded"
            if lexicon.has("announce_verbs", lemma) and dep in ("ccomp", "xcomp", "dobj") and modality == "happened":
                modality = "announced"
            if dep == "advcl":
                break
        child = ancestor
    if modality == "happened" and _future(trigger, lexicon):
        modality = "planned"
    return modality


def _negated(trigger: Token) -> bool:
    if any(child.dep_ == "neg" or child.lower_ == "no" for child in trigger.children):
        return True
    clause = trigger if trigger.pos_ == "VERB" else None
    if clause is None and trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and trigger.head.pos_ in ("VERB", "AUX"):
        clause = trigger.head
    return clause is not None and any(child.dep_ == "neg" for child in clause.children)


def _future(trigger: Token, lexicon: EventLexicon) -> bool:
    clause = _clause_head(trigger)
    for verb in (trigger, clause):
        if verb is not None and any(c.dep_ == "aux" and lexicon.has("future_auxiliaries", c.lower_) for c in verb.children):
            return True
    return False


# --------------------------------------------------------------------------- time


def _clause_head(token: Token) -> Token | None:
    """The verb whose clause ``token`` belongs to (``token`` itself for a verb)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _clause_tokens(head: Token) -> list[Token]:
    """The tokens of a clause, without its subordinate and coordinated clauses."""
    found: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
                continue
            stack.append(child)
    return found


def _nearest_time(tokens: list[Token], anchor: Token, context: _Context) -> tuple[TimeExpression | None, bool]:
    """The time expression among ``tokens`` nearest to ``anchor``; the flag says one was found at all."""
    candidates = [
        (abs(token.i - anchor.i), token)
        for token in tokens
        if (expression := context.dating_time(token)) is not None
        and expression.granularity in (*_DATING_GRANULARITIES, "decade")
        and context.block[token.i] == context.block[anchor.i]
    ]
    if not candidates:
        return None, False
    expression = context.dating_time(min(candidates, key=lambda pair: pair[0])[1])
    if expression is None or expression.granularity not in _DATING_GRANULARITIES or not expression.value:
        if expression is not None and expression.granularity == "decade":
            return None, True
        return None, False
    return expression, True


def _attach_time(trigger: Token, event_type: str, lexicon: EventLexicon, context: _Context) -> tuple[TimeExpression | None, bool]:
    """The date of a trigger and whether it was inherited from a governing clause."""
    own, found = _nearest_time(list(trigger.subtree) if trigger.pos_ != "VERB" else _clause_tokens(trigger), trigger, context)
    if found:
        return own, False
    clause = _clause_head(trigger)
    if clause is None or (trigger != clause and not _dated_by_clause(trigger, clause, event_type, lexicon)):
        return None, False
    inherited = False
    while True:
        expression, found = _nearest_time(_clause_tokens(clause), trigger, context)
        if found:
            return expression, inherited
        if clause.dep_ not in _INHERIT_DEPS or clause.head == clause:
            return None, False
        inherited = inherited or clause.dep_ != "conj"
        clause = clause.head


def _dated_by_clause(noun: Token, clause: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """Whether a noun trigger takes the date of its clause (not behind a temporal preposition or a phase verb)."""
    for ancestor in noun.ancestors:
        if ancestor == clause:
            break
        if ancestor.dep_ == "prep" and lexicon.has("temporal_prepositions", ancestor.lower_):
            return False
        if event_type == "MilitaryOperation" and lexicon.has("halt_nouns", _lemma(ancestor)):
            return False
    return not (event_type == "MilitaryOperation" and lexicon.has("phase_verbs", _lemma(clause)))


# --------------------------------------------------------------------------- participants


def _participants(trigger: Token, lexicon: EventLexicon, context: _Context) -> tuple[list[Participant], list[str]]:
    """Participants with roles, and places, from the trigger's arguments and its clause's PPs."""
    roles: list[tuple[list[Token], str]] = []
    clause = _clause_head(trigger)
    if trigger.pos_ == "VERB":
        subjects = _subjects(trigger)
        roles.append((subjects, "agent"))
        roles.append(([t for agent in _children(trigger, "agent") for t in _children(agent, "pobj")], "agent"))
        roles.append((_children(trigger, "dobj", "nsubjpass"), "target"))
    else:
        roles.append((_children(trigger, "poss", "compound"), "agent"))
        roles.append((_prep_objects(trigger, "by"), "agent"))
        if clause is not None and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head == clause:
            roles.append((_subjects(clause), "agent"))
            roles.append(([t for agent in _children(clause, "agent") for t in _children(agent, "pobj")], "agent"))
        for acl in _children(trigger, "acl"):
            if lexicon.has("mediation_verbs", _lemma(acl)):
                roles.append(([t for agent in _children(acl, "agent") for t in _children(agent, "pobj")], "mediator"))
        if clause is not None and trigger.dep_ == "nsubjpass" and lexicon.has("mediation_verbs", _lemma(clause)):
            roles.append(([t for agent in _children(clause, "agent") for t in _children(agent, "pobj")], "mediator"))
    for preposition in lexicon.words["target_prepositions"]:
        roles.append((_prep_objects(trigger, preposition), "target"))
    roles.append((_prep_objects(trigger, "between") + _prep_objects(trigger, "with"), "participant"))
    participants: list[Participant] = []
    places: list[str] = []
    for tokens, role in roles:
        found = context.entities_in([t for token in tokens for t in token.subtree])
        if not found and role == "agent" and any(token.lower_ in _PRONOUNS for token in tokens):
            found = _antecedent(trigger, context)
        for key, kind in found:
            if kind == "place":
                continue
            if all(p.entity_key != key for p in participants):
                participants.append(Participant(entity_key=key, role=role))
    place_sources = [trigger] + ([clause] if clause is not None and clause != trigger else [])
    for source in place_sources:
        for preposition in lexicon.words["place_prepositions"]:
            for key, kind in context.entities_in([t for obj in _prep_objects(source, preposition) for t in obj.subtree]):
                if kind == "place" and key not in places:
                    places.append(key)
    return participants, places


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for a controlled or conjoined verb without one ("managed to take",
    "agreed to lay down and withdraw"), the subjects of the verb it depends on."""
    for _ in range(3):
        subjects = _children(verb, *_SUBJECT_DEPS)
        if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return subjects
        verb = verb.head
    return []


# --------------------------------------------------------------------------- coreference


def _is_counted(trigger: Token, lexicon: EventLexicon) -> bool:
    if trigger.tag_ not in ("NNS", "NNPS"):
        return False
    return any(
        child.dep_ == "nummod" or (child.dep_ in ("det", "amod", "quantmod") and lexicon.has("counting_words", child.lower_))
        for child in trigger.children
    )


def _compatible(era: frozenset[str], cluster: _Cluster) -> bool:
    other = cluster.era
    if not era or not other:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in era for b in other)


def _corefer(triggers: list[_Trigger]) -> list[_Cluster]:
    """Merge same-type mentions of one real-world event (GUIDELINES section 4)."""
    clusters: list[_Cluster] = []
    weak = [t.time_inherited and t.modality in ("announced", "planned") for t in triggers]
    ordered = [t for t, w in zip(triggers, weak) if not w] + [t for t, w in zip(triggers, weak) if w]
    for trigger in ordered:
        factual = trigger.modality in _FACTUAL
        candidates = [
            c for c in clusters
            if c.triggers[0].type == trigger.type and (c.triggers[0].modality in _FACTUAL) == factual and not c.locked
        ]
        candidates.sort(key=lambda c: min(abs(trigger.token.i - t.token.i) for t in c.triggers))
        target = _choose(trigger, candidates)
        if target is None:
            if trigger.anaphoric:
                continue
            target = _Cluster(triggers=[], locked=trigger.counted)
            clusters.append(target)
        target.triggers.append(trigger)
        if trigger.time is not None and (target.time is None or (target.time_inherited and not trigger.time_inherited)):
            target.time, target.time_inherited = trigger.time, trigger.time_inherited
    return clusters


def _choose(trigger: _Trigger, candidates: list[_Cluster]) -> _Cluster | None:
    """The cluster a trigger joins, nearest first, or ``None`` for a new event."""
    if trigger.anaphoric:
        return candidates[0] if candidates else None
    if trigger.counted:
        return None
    if trigger.time is not None:
        value = trigger.time.value
        for cluster in candidates:
            if cluster.time is not None and cluster.time.value == value:
                return cluster
        if trigger.time_inherited and trigger.modality in ("announced", "planned"):
            for cluster in candidates:
                if cluster.time is not None and not cluster.time_inherited:
                    return cluster
        era = frozenset({value[:4]}) if value else trigger.era
        for cluster in candidates:
            if cluster.time is None and _compatible(era, cluster):
                return cluster
        return None
    for cluster in candidates:
        if _compatible(trigger.era, cluster):
            return cluster
    return None


# --------------------------------------------------------------------------- records


def _event(cluster: _Cluster, context: _Context) -> Event:
    triggers = sorted(cluster.triggers, key=lambda t: t.token.i)
    first = triggers[0]
    modalities = [t.modality for t in triggers]
    modality = next((m for m in ("happened", "announced", "planned", "denied", "demanded") if m in modalities), "happened")
    participants: list[Participant] = []
    places: list[str] = []
    for trigger in triggers:
        participants.extend(p for p in trigger.participants if all(q.entity_key != p.entity_key for q in participants))
        places.extend(p for p in trigger.places if p not in places)
    time = None
    if cluster.time is not None:
        expression = cluster.time
        time = TimeValue(
            start=expression.start,
            end=expression.end,
            text=expression.text,
            value=expression.value,
            granularity=expression.granularity,
            datetime=expression.datetime_value,
        )
    return Event(
        id=f"{first.type}-{first.token.idx}",
        type=first.type,
        mentions=[_mention(trigger.token, context) for trigger in triggers],
        modality=modality,
        time=time,
        participants=participants,
        places=places,
    )


def _mention(token: Token, context: _Context) -> EventMention:
    """The mention of a trigger, its evidence the sentence clipped to the trigger's line."""
    block = context.block[token.i]
    tokens = [t for t in token.sent if context.block[t.i] == block and not t.is_space]
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return EventMention(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        evidence_start=start,
        evidence_end=end,
        method=METHOD,
        confidence=CONFIDENCE,
    )
