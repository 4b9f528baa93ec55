"""The named checks trigger records use (``when``/``unless`` in ``lexicons/event_triggers.yaml``).

Each check takes the candidate trigger token, its arguments (words, dependency labels
or names of word classes of the lexicon) and the document context. To add a check,
write a function here and list it in ``_CHECKS_BY_PARAMS`` under the kinds of its parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Span, Token

from kg.extract.syntax import (
    NOMINAL,
    PLURAL_TAGS,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    VERBAL,
    children,
    clause_head,
    clause_tokens,
    conj_root,
    lemma,
    negated,
    prep_objects,
    raised_infinitives,
    relative_antecedent,
    squash,
    subtrees,
)
from kg.nlp.doccache import sentence_numbers, sentences, token_table
from kg.records import BELLIGERENT_KINDS, TimeValue
from kg.timex.lexicon import time_lexicon
from kg.words import shared_words

if TYPE_CHECKING:
    from kg.extract.events.context import EventContext
    from kg.extract.events.lexicon import EventLexicon

Args = tuple[str, ...]
#: The grammatical roles of a noun a later pronoun most likely refers back to.
_SALIENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
ParamKind = Literal["word_class", "literal", "literals"]


@dataclass(frozen=True)
class CheckSpec:
    """A check function and the kinds of its parameters: the name of a ``word_class`` of the lexicon,
    a ``literal`` (a word or dependency label), or ``literals`` (one or more, last only)."""

    run: Callable[[Token, Args, EventContext], bool]
    params: tuple[ParamKind, ...] = ()


# --------------------------------------------------------------------------- shared syntax


def arguments(verb: Token, context: EventContext) -> list[Token]:
    """The object of a verb, or its subject when passive or intransitive, or the noun a participle
    describes ("civilians displaced by the fighting"), with conjuncts; a verb with no object shares that of the verb
    coordinated after it ("evacuated and treated 21 wounded soldiers")."""
    found = children(verb, "dobj", "nsubjpass") or _shared_object(verb) or children(verb, "nsubj")
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        found = [verb.head]
    for k, argument in enumerate(found):
        if argument.pos_ == "PRON" and (noun := _thing_antecedent(argument)) is not None:
            found = [*found[:k], noun, *found[k + 1 :]]
    for preposition in children(verb, "prep", "agent"):
        if preposition.lower_ in context.lexicon.argument_prepositions:
            found.extend(children(preposition, "pobj"))
    return found + [conjunct for argument in found for conjunct in argument.conjuncts]


def _shared_object(verb: Token) -> list[Token]:
    """The object of the verb coordinated right after a verb with none, the two joined by a conjunction alone
    ("evacuated and treated 21 wounded soldiers": both take the soldiers; not "fled and the army burned homes")."""
    if verb.pos_ != "VERB":
        return []
    for conjunct in children(verb, "conj"):
        between = verb.doc[verb.i + 1 : conjunct.i]
        if conjunct.pos_ == "VERB" and all(t.dep_ in ("cc", "advmod") for t in between) and not children(conjunct, "nsubj", "nsubjpass"):
            return children(conjunct, "dobj")
    return []


def _shares_object(token: Token, args: Args, context: EventContext) -> bool:
    """The verb has no object of its own but shares that of the verb coordinated after it ("the army evacuated and
    treated 40 residents")."""
    return bool(_shared_object(token)) and not children(token, "dobj")


def _thing_antecedent(pronoun: Token) -> Token | None:
    """For "it" or "them", the nearest noun before it in its sentence that is a subject or object of the
    same number, not of its own clause ("reopened the road after separatists had blocked it": the road)."""
    words = shared_words().pronouns
    plural = pronoun.lower_ in words.group
    if not (plural or pronoun.lower_ in words.thing):
        return None
    doc, table = pronoun.doc, token_table(pronoun.doc)
    start = sentences(doc)[sentence_numbers(doc)[pronoun.i]][0]
    for i in range(pronoun.i - 1, start - 1, -1):
        if table.pos[i] in NOMINAL and table.dep[i] in _SALIENT_DEPS and (table.tag[i] in PLURAL_TAGS) == plural:
            if doc[i].head != pronoun.head:  # not the subject of its own clause ("Israel closed it")
                return doc[i]
    return None


def modifiers(noun: Token) -> set[str]:
    return {lemma(child) for child in children(noun, "amod", "compound", "nmod")}


def modifier_text(noun: Token) -> str:
    """The noun's left modifiers, squashed ("anti - terrorist" -> "antiterrorist")."""
    parts = [
        squash("".join(t.text for t in child.subtree))
        for child in children(noun, "amod", "compound", "nmod", "npadvmod")
        if child.i < noun.i
    ]
    return "".join(parts)


def actors_of(verb: Token, context: EventContext) -> list[tuple[str, str]]:
    """Entities acting as subject (or passive agent) of a verb, pronouns resolved."""
    subjects = children(verb, *SUBJECT_DEPS)
    for agent in children(verb, "agent"):
        subjects.extend(children(agent, "pobj"))
    found: list[tuple[str, str]] = list(context.entities_in(subtrees(subjects)))
    if not found and any(context.is_pronoun(subject) for subject in subjects):
        found = antecedent(verb, context)
    return found


def antecedent(token: Token, context: EventContext) -> list[tuple[str, str]]:
    """The entity subject of the nearest governing clause (resolves "it"/"its" in reported speech)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in VERBAL:
            found = context.entities_in(subtrees(children(ancestor, *SUBJECT_DEPS)))
            if found:
                return list(found)
    return []


def is_definite(noun: Token) -> bool:
    return any(child.lower_ in shared_words().definite_determiners for child in children(noun, "det", "poss"))


def is_operation(noun: Token, context: EventContext) -> bool:
    """An operation noun is military by its modifier, by a launch, halt or step-up verb with a state actor or
    armed forces as its subject, or as the frame of what such a side does ("killed seven militants during two
    operations")."""
    lexicon = context.lexicon
    text = modifier_text(noun)
    if any(modifier in text for modifier in lexicon.squashed_military_modifiers) and not _civil_modifier(noun, context):
        return True
    head = conj_root(noun)
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in lexicon.operation_frame_prepositions:
        # what armed forces do in or during it: "security forces killed seven terrorists during two operations" (not
        # a bare singular, an idiom: "killed in action", "Missing In Action")
        verb = governor.head
        counted = noun.tag_ in PLURAL_TAGS or bool(children(noun, "det", "poss", "nummod"))
        if counted and verb.pos_ == "VERB" and (
            any(kind in BELLIGERENT_KINDS for _, kind in actors_of(verb, context)) or _combatant_subject(verb, noun, context)
        ):
            return True
    if head.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ == "of":
        owner = governor.head
        if lemma(owner) in lexicon.launch_nouns | lexicon.halt_nouns:
            return bool(context.kinds_in([owner]) & BELLIGERENT_KINDS)
        return False
    if governor.pos_ == "VERB" and head.dep_ in ("dobj", "nsubjpass", "nsubj"):
        word = lemma(governor)
        announced = word in lexicon.operation_announcing_verbs and lemma(noun) in lexicon.announced_operation_nouns
        particles = [p.lower_ for p in children(governor, "prt")]
        stepped_up = word in lexicon.operation_intensifying_verbs or any(f"{word} {p}" in lexicon.operation_intensifying_verbs for p in particles)
        if word in lexicon.launch_verbs | lexicon.halt_verbs or stepped_up or announced:
            actors = actors_of(governor, context) + list(context.entities_in(list(noun.subtree)))
            return (
                any(kind in BELLIGERENT_KINDS for _, kind in actors)
                or _state_representatives(governor, context)
                or _combatant_subject(governor, noun, context)
            )
    return False


def _combatant_subject(verb: Token, noun: Token, context: EventContext) -> bool:
    """The subject of the verb is armed forces a common noun names, acting as a side, and the operation noun has no
    modifier of its own kind but a search for fighters ("the military initiated an operation to remove the militia",
    "troops launched a campaign", "the military launched clearance operations"; not "the army launched a vaccination
    campaign", "a humanitarian operation", "troops launched a search and rescue operation")."""
    lexicon = context.lexicon
    if any(lemma(m) not in lexicon.armed_search_modifiers for m in children(noun, "compound")) or _civil_modifier(noun, context):
        return False
    if any(lemma(m) in lexicon.humanitarian_modifiers for m in children(noun, "amod")):
        return False
    return any(lemma(subject) in lexicon.combatant_nouns for subject in children(verb, "nsubj") if subject != noun)


def _civil_modifier(noun: Token, context: EventContext) -> bool:
    """A left modifier of the operation noun, or a word joined to one, makes it a civil operation ("a mine clearance
    operation", "a search and rescue operation")."""
    words = context.lexicon.civil_operation_modifiers
    return any(
        lemma(t) in words or t.lower_ in words
        for child in children(noun, "amod", "compound", "nmod")
        if child.i < noun.i
        for t in child.subtree
    )


def _state_representatives(verb: Token, context: EventContext) -> bool:
    """The subject is representatives a nationality names, who act for their state ("Azerbaijani officials
    announced a local operation"; not "officials announced", nor "Azerbaijani fans")."""
    return any(
        lemma(subject) in context.lexicon.side_representatives
        and any(m.lower_ in context.demonyms for m in children(subject, "amod", "compound", "nmod"))
        for subject in children(verb, "nsubj")
    )


def is_hostility(nouns: list[Token], context: EventContext) -> bool:
    """Whether one of ``nouns`` names hostilities or a military operation."""
    lexicon = context.lexicon
    for noun in nouns:
        word = lemma(noun)
        if word in lexicon.operation_nouns:
            # (definite, only one: "its operations were suspended" may be a company's)
            if (is_definite(noun) and noun.tag_ not in PLURAL_TAGS) or is_operation(noun, context):
                return True
        # (a gerund subject the tagger took for a verb by its own form: "Fighting between rival militias stopped")
        elif word in lexicon.hostility_nouns or noun.lower_ in lexicon.hostility_nouns or lexicon.unconditional_type(word) in _HOSTILE_TYPES:
            return True
    return False


_BODIES = frozenset({"state", "organization"})
_HOSTILE_TYPES = frozenset({"MilitaryOperation", "Attack", "War"})


# --------------------------------------------------------------------------- the checks


def _plural(token: Token, args: Args, context: EventContext) -> bool:
    return token.tag_ in PLURAL_TAGS


def _dependency(token: Token, args: Args, context: EventContext) -> bool:
    return token.dep_ in args


def _child_dependency(token: Token, args: Args, context: EventContext) -> bool:
    return bool(children(token, *args))


def _child_word(token: Token, args: Args, context: EventContext) -> bool:
    return any(child.lower_ == args[0] for child in children(token))


def _particle(token: Token, args: Args, context: EventContext) -> bool:
    return bool(children(token, "prt"))


def _first_preposition(token: Token, args: Args, context: EventContext) -> bool:
    prepositions = children(token, "prep")
    return bool(prepositions) and prepositions[0].lower_ == args[0]


def _modifier_in(token: Token, args: Args, context: EventContext) -> bool:
    return bool(modifiers(token) & context.lexicon.word_class(args[0]))


def _squashed_modifier_in(token: Token, args: Args, context: EventContext) -> bool:
    return squash(modifier_text(token)) in context.lexicon.word_class(args[0])


def _preposition_object_in(token: Token, args: Args, context: EventContext) -> bool:
    """The object of the trigger's preposition is of the word class, also the second preposition of a two-word one
    ("pulled out of the talks")."""
    words = context.lexicon.word_class(args[1])
    heads = [p for p in children(token, "prep", "advmod", "prt") if p.lower_ in context.lexicon.compound_preposition_heads]
    objects = prep_objects(token, args[0]) + [obj for head in heads for obj in prep_objects(head, args[0])]
    return any(lemma(obj) in words or obj.lower_ in words for obj in objects)


def _preposition_phrase_in(token: Token, args: Args, context: EventContext) -> bool:
    """The object of the trigger's preposition, or a modifier of it, is of the word class: a noun a police word
    makes police ("clashed with security forces", "with riot police"; not "with government forces"), also a
    coordinated noun the parser hung on the object as its modifier ("skirmishes between police and Sonko
    supporters": "police" under "supporters")."""
    words = context.lexicon.word_class(args[1])
    objects = prep_objects(token, args[0])
    return any(lemma(t) in words for obj in objects for t in (obj, *children(obj, "compound", "amod", "nmod")))


def _preposition_object_hostile(token: Token, args: Args, context: EventContext) -> bool:
    """The object of the trigger's preposition is hostilities, also where the parser hung the preposition on the
    verb the trigger is the object of ("urged a halt to the fighting", "put a stop to the shelling")."""
    objects = prep_objects(token, args[0])
    if not objects and token.dep_ == "dobj":
        objects = prep_objects(token.head, args[0])
    return is_hostility(objects, context)


def _governing_verb_in(token: Token, args: Args, context: EventContext) -> bool:
    return token.head.pos_ == "VERB" and lemma(token.head) in context.lexicon.word_class(args[0])


def _relative_verb_in(token: Token, args: Args, context: EventContext) -> bool:
    """The subject of a relative clause whose verb is of the word class ("a mine that killed six people"): the
    noun is that verb's subject, as in "the mine killed six people"; also of a verb the parser hung on the noun as
    a participle though it takes a direct object, the clause's own verb misread ("On Sunday, a homemade bomb injured
    at least seven people": not "a bomb planted by militants", a participle with no object)."""
    words = context.lexicon.word_class(args[0])
    return any(
        lemma(clause) in words and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in clause.children)
        for clause in children(token, "relcl")
        if clause.pos_ == "VERB"
    ) or any(lemma(clause) in words and clause.tag_ in ("VBD", "VBN") and children(clause, "dobj") for clause in children(token, "acl"))


def _verb_through_preposition_in(token: Token, args: Args, context: EventContext) -> bool:
    """The object of a preposition of a verb of the word class ("stepped on a mine", "drove over a mine")."""
    preposition = token.head
    verb = preposition.head
    return token.dep_ == "pobj" and verb.pos_ == "VERB" and lemma(verb) in context.lexicon.word_class(args[0])


def _anchored(token: Token, args: Args, context: EventContext) -> bool:
    """Tied to a time, place or named agent or target; a nationality names the agent ("Israeli strikes")."""
    clause = clause_head(token)
    tokens = list(token.subtree) + (clause_tokens(clause) if clause is not None else [])
    if any(context.dating_time(t) is not None for t in tokens):
        return True
    if any(child.lower_ in context.demonyms for child in children(token, "amod", "compound", "nmod")):
        return True
    return bool(context.entities_in(list(token.subtree))) or (clause is not None and bool(actors_of(clause, context)))


#: Grains of a date that names one day or a part of it.
_DAY_GRAINS = frozenset({"day", "part_of_day", "datetime"})


def _dated_to_the_day(token: Token, args: Args, context: EventContext) -> bool:
    """A day, or a part of one, dates the noun, or the clause it is the subject or the setting of ("killed during
    an armed conflict with rebels on Thursday morning"; not "the conflict that began in 2011", nor a topic: "spoke
    about the conflict on Monday")."""
    tokens = list(token.subtree)
    setting = token.dep_ == "pobj" and token.head.lower_ in context.lexicon.setting_prepositions
    if (token.dep_ == "nsubj" or setting) and (clause := clause_head(token)) is not None:
        tokens += clause_tokens(clause)
    return any((time := context.dating_time(t)) is not None and _names_a_day(time) for t in tokens)


def _names_a_day(time: TimeValue) -> bool:
    """A time of a day's grain, or a weekday left unresolved (no publication date: "on Thursday morning")."""
    if time.granularity in _DAY_GRAINS:
        return True
    weekdays = time_lexicon().calendar.weekdays
    return time.granularity == "unresolved" and any(word in weekdays for word in time.text.lower().split())


def _owner_is_force(token: Token, args: Args, context: EventContext) -> bool:
    """Forces or weapons own the noun, or forces do what it says: "the withdrawal of forces", "their surrender",
    "a pullback by government forces"."""
    owners = prep_objects(token, "of") + children(token, "poss") + prep_objects(token, "by")
    return any(
        lemma(o) in context.lexicon.force_nouns or context.is_pronoun(o) or "armed_group" in context.kinds_in([o])
        for o in owners
    )


def _meeting(token: Token, args: Args, context: EventContext) -> bool:
    """A meeting with a conflict modifier, named participants or a holding verb."""
    lexicon = context.lexicon
    if modifiers(token) & lexicon.talks_modifiers:
        return True
    if context.entities_in(subtrees(_participants(token, context))):
        return True
    owners = children(token, "poss")
    if any(lemma(owner) in lexicon.meeting_bodies or context.kinds_in([owner]) & _BODIES for owner in owners):
        return True
    # a meeting a participle of holding describes, or a holding verb takes as its passive subject, was held ("the
    # first meeting held on September 21 in the city of Yevlakh", "a meeting has been organized between the
    # central authorities and the representatives")
    if any(verb.tag_ == "VBN" and lemma(verb) in lexicon.holding_verbs for verb in children(token, "acl")):
        return True
    head = token.head
    if token.dep_ == "nsubjpass" and lemma(head) in lexicon.holding_verbs:
        return True
    if _settles(token, context) or _held_by_paired_sides(token, context):
        return True
    if token.dep_ == "dobj" and lemma(head) in lexicon.holding_verbs:  # by named sides or by go-betweens
        return bool(actors_of(head, context)) or any(lemma(s) in lexicon.negotiator_nouns for s in children(head, "nsubj"))
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return takes_place(head, lexicon)


def _settles(token: Token, context: EventContext) -> bool:
    """A meeting at which sides settle something: the verb its preposition hangs on settles and has an agreement
    as its subject or object, or, unless it settles only an agreement (``agreement_object_verbs``), named sides or
    a pair of sides as its doers ("the agreement was reached at a meeting in Ruili", "the two sides agreed at a
    meeting on Tuesday", "Kenya and Uganda agreed at a meeting"; not "the budget was approved at a meeting", "the
    board agreed at a meeting to raise fees", "Kenya and Uganda concluded at a meeting that the plan had failed")."""
    lexicon = context.lexicon
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in lexicon.meeting_setting_prepositions:
        return False
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in lexicon.settling_verbs:
        return False
    settled = children(verb, "nsubj", "nsubjpass", "dobj")
    if any(lemma(word) in lexicon.agreement_nouns for word in settled):
        return True
    if lemma(verb) in lexicon.agreement_object_verbs:
        return False
    return bool(actors_of(verb, context)) or any(pairs(word, lexicon) for word in subtrees(children(verb, "nsubj")))


def _held_by_paired_sides(token: Token, context: EventContext) -> bool:
    """A meeting whose doers are both sides of a conflict, named as a pair ("discussions by the military on both
    sides", "a meeting of the two sides"; not "discussions on both sides of the debate", where the pair is no
    doer)."""
    lexicon = context.lexicon
    doers = [obj for prep in sorted(lexicon.meeting_doer_prepositions) for obj in prep_objects(token, prep)]
    return any(
        lemma(word) in lexicon.side_nouns and any(pairs(d, lexicon) for d in children(word, "det", "nummod", "predet"))
        for word in subtrees(doers)
    )


def pairs(word: Token, lexicon: EventLexicon) -> bool:
    """A pair word that names both sides at once: "both", or a numeral of the class only after a definite
    determiner ("both sides", "the two presidents", "the two"; not "two officials", "a meeting of two parties",
    a count of people that may be of one side)."""
    if word.lower_ not in lexicon.pair_words:
        return False
    if not word.like_num:
        return True
    return is_definite(word.head if word.dep_ == "nummod" else word)


def takes_place(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether ``verb``, or an infinitive it raises its subject to, says its subject, an event noun, happens
    ("the meeting took place", "talks began", "discussions are expected to take place on May 18", "the meeting
    is scheduled to be held in Doha")."""
    for candidate in (verb, *raised_infinitives(verb)):
        word = lemma(candidate)
        if word in lexicon.meeting_subject_verbs:
            return word != "take" or any(lemma(obj) == "place" for obj in children(candidate, "dobj"))
    return False


def _participants(token: Token, context: EventContext) -> list[Token]:
    return [obj for prep in sorted(context.lexicon.participant_prepositions) for obj in prep_objects(token, prep)]


def _military_operation(token: Token, args: Args, context: EventContext) -> bool:
    return is_operation(token, context)


def _definite(token: Token, args: Args, context: EventContext) -> bool:
    return is_definite(token)


def _bare_definite(token: Token, args: Args, context: EventContext) -> bool:
    """A definite noun with no other word of its own and no date in its sentence, a passing reference to a
    conflict the reader knows ("displaced by the conflict", "the conflict has led to shortages"; not "the
    conflict in Lorn", "the conflict between the army and the rebels", "the conflict began in 2019", "the 2016
    deal that ended the insurgency")."""
    own = children(token)
    if not own or any(c.dep_ != "det" or c.lower_ not in shared_words().definite_determiners for c in own):
        return False
    return not any(context.dating_time(t) is not None for t in token.sent)


#: Tags of a verb's past forms, and the relations of a clause's subject or auxiliary (a heading label has none).
_PAST_TAGS = frozenset({"VBD", "VBN"})
_HEADING_EXCLUDED_DEPS = ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")

#: ``Doc.user_data`` key of the index of each noun lemma's first occurrence.
_FIRST_NOUNS = "kg.events.first_nouns"


def _repeats_earlier_noun(token: Token, args: Args, context: EventContext) -> bool:
    """A definite noun whose word the document used before: it refers back ("A suicide attack hit a market.
    The attack killed nine people."), it tells no new event."""
    if not is_definite(token):
        return False
    first = token.doc.user_data.get(_FIRST_NOUNS)
    if first is None:
        table = token_table(token.doc)
        first = token.doc.user_data[_FIRST_NOUNS] = {}
        for i, (pos, word) in enumerate(zip(table.pos, table.lemma)):
            if pos == "NOUN":
                first.setdefault(word.lower(), i)
    return first.get(lemma(token), token.i) < token.i


def _arguments_hostile(token: Token, args: Args, context: EventContext) -> bool:
    return is_hostility(arguments(token, context), context)


def _argument_in(token: Token, args: Args, context: EventContext) -> bool:
    """An argument, or past a quantity noun its "of" object ("launched dozens of rockets"), is of the word class."""
    return _any_in(arguments(token, context), args[0], context)


def _described_argument_in(token: Token, args: Args, context: EventContext) -> bool:
    """An argument (``_argument_in``), a relative pronoun read as the noun its clause describes, is of the word class
    ("the government that had been overthrown by the Houthis")."""
    found = [token.head if a.tag_ in RELATIVE_TAGS and token.dep_ == "relcl" else a for a in arguments(token, context)]
    return _any_in(found, args[0], context)


def _any_in(found: list[Token], word_class: str, context: EventContext) -> bool:
    """One of the arguments, or past a quantity noun its "of" object, is of the word class (the test both argument
    checks share)."""
    return bool({lemma(a) for a in _past_quantities(found, context)} & context.lexicon.word_class(word_class))


def _past_quantities(tokens: list[Token], context: EventContext) -> list[Token]:
    """Tokens, with the "of" objects of those that only count or group what they head ("dozens of rockets", "a
    group of gunmen"), or take a part of it ("several of the militants"): the counted word is the argument's, not
    "dozens" ("the headquarters of the army" is none)."""
    quantities = context.lexicon.quantity_nouns | context.lexicon.partitive_heads
    return tokens + [obj for token in tokens if lemma(token) in quantities or token.lower_ in quantities for obj in prep_objects(token, "of")]


def _only_arguments_in(token: Token, args: Args, context: EventContext) -> bool:
    """Every argument is of the word class ("captured two soldiers", not "captured the town and two soldiers"), past a
    quantity noun its "of" object, a group pronoun there standing for the plural noun before it ("clashed with a group
    of gunmen ... and captured a number of them")."""
    found = arguments(token, context)
    words = context.lexicon.word_class(args[0])
    return bool(found) and all(lemma(a) in words for a in _counted_arguments(found, context))


def _counted_arguments(tokens: list[Token], context: EventContext) -> list[Token]:
    """Tokens, each quantity noun with an "of" object replaced by that object ("dozens of villagers"), a group pronoun
    there by the nearest plural noun before the quantity in its sentence ("a group of gunmen ... a number of them")."""
    quantities, group = context.lexicon.quantity_nouns, shared_words().pronouns.group
    found: list[Token] = []
    for token in tokens:
        counted = prep_objects(token, "of") if lemma(token) in quantities or token.lower_ in quantities else []
        found.extend(_plural_antecedent(c, token.i) if c.pos_ == "PRON" and c.lower_ in group else c for c in counted)
        if not counted:
            found.append(token)
    return found


def _plural_antecedent(pronoun: Token, before: int) -> Token:
    """The nearest plural noun before index ``before`` in the pronoun's sentence, else the pronoun."""
    start = sentences(pronoun.doc)[sentence_numbers(pronoun.doc)[pronoun.i]][0]
    for i in range(before - 1, start - 1, -1):
        if pronoun.doc[i].pos_ == "NOUN" and pronoun.doc[i].tag_ in PLURAL_TAGS:
            return pronoun.doc[i]
    return pronoun


def _only_bare_counts(token: Token, args: Args, context: EventContext) -> bool:
    """The verb's own arguments (its object, else its subject, or the noun its participle describes) are all bare
    numbers, with no noun or "of" phrase of their own (a place they were taken in is theirs: "captured six in the hills"): a tally of people taken ("killed 21 bandits and captured 17",
    "430 were wounded, and 98 captured"), not of places, which a count names ("captured 3 villages", "3 of the 5
    bases"); the parser may hang the number as an adverbial noun ("killed 21 bandits, captured 17 and rescued 89")."""
    found = children(token, "dobj", "nsubjpass") or [c for c in children(token, "npadvmod") if c.pos_ == "NUM"] or children(token, "nsubj")
    if not found and token.dep_ == "acl" and token.tag_ == "VBN":
        found = [token.head]
    return bool(found) and all(a.pos_ == "NUM" and not prep_objects(a, "of") for a in found)


def _only_people_named(token: Token, args: Args, context: EventContext) -> bool:
    """Every argument names a person ("captured Tomas Lind"), also the one a conjunct with none of its own shares
    with the verb it is coordinated with ("X was arrested and captured by the police"): an arrest, no Capture."""
    found = arguments(token, context)
    if not found and token.dep_ == "conj" and token.head.pos_ == "VERB":
        found = arguments(token.head, context)
    return bool(found) and all({kind for _, kind in context.entities_in([a])} == {"person"} for a in found)


def _argument_phrase_in(token: Token, args: Args, context: EventContext) -> bool:
    """An argument, or the "of" object of one, of the word class ("detained dozens of demonstrators")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(a) in words for a in _with_partitives(arguments(token, context)))


def _argument_is_place(token: Token, args: Args, context: EventContext) -> bool:
    return "place" in context.kinds_in(arguments(token, context))


def _argument_names_place(token: Token, args: Args, context: EventContext) -> bool:
    """An argument itself names a place ("stormed Goma"), not a word in its phrase ("stormed a studio in Guayaquil")."""
    return any(kind == "place" for _, kind in context.entities_in(arguments(token, context)))


def _argument_phrase_is_place(token: Token, args: Args, context: EventContext) -> bool:
    """An argument, or the "of" object of one, is a place ("cut off a small part of Karabakh"); a relative
    pronoun stands for the noun its clause describes ("a small part of Karabakh, which was cut off")."""
    found = arguments(token, context)
    if token.dep_ == "relcl":
        found = [token.head if a.tag_ in RELATIVE_TAGS else a for a in found]
    return "place" in context.kinds_in(_with_partitives(found))


def _argument_in_or_armed(token: Token, args: Args, context: EventContext) -> bool:
    found = arguments(token, context)
    return _argument_in(token, args, context) or "armed_group" in context.kinds_in(found)


def _subject_in_or_armed(token: Token, args: Args, context: EventContext) -> bool:
    """The doer (the subject, or a passive verb's agent: "villagers were killed by gunmen", "homes were torched
    by rebels") is of the word class or named by a modifier of it ("separatist fighters", "rebel fighters"), an
    armed group, or people called armed ("armed men"); a pronoun doer of a reported clause is also the reporter
    ("the military said it had withdrawn from the city")."""
    words = context.lexicon.word_class(args[0])
    doers = _elided_doers(token, _doers(token), context)
    if any(context.is_pronoun(doer) for doer in doers):
        doers = doers + _reporter_subjects(token)  # "the military said it had temporarily withdrawn from the city"
    return any(
        lemma(s) in words
        or any(lemma(m) in words for m in children(s, "amod", "compound"))
        or "armed_group" in context.kinds_in([s])
        or _armed_men(s, context)
        for s in _with_appositions(_past_quantities(doers, context))
    )


def _with_appositions(nouns: list[Token]) -> list[Token]:
    """Nouns with the appositions that say what they are ("another group, the 444 Brigade": a brigade)."""
    return nouns + [appos for noun in nouns for appos in children(noun, "appos")]


def _elided_doers(verb: Token, doers: list[Token], context: EventContext) -> list[Token]:
    """Doers, with those a subject that leaves its noun out stands for: "others" or "the rest" in a clause
    coordinated with another are more of that clause's subject ("Some regime troops surrendered and many others
    fled": more troops), also a passive one or one of a clause the other modifies ("several of the militants were killed
    while others fled": more militants)."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.pos_ not in VERBAL or not any(lemma(d) in context.lexicon.elliptical_subjects for d in doers):
        return doers
    return doers + _doers(verb.head) + children(verb.head, "nsubjpass")


def _raised_subjects(verb: Token) -> list[Token]:
    """The object, else the subject, of the verb an infinitive with no subject of its own completes: who the
    infinitive's act is told of ("Rebels are said to have attacked a convoy", "Gunmen are believed to have killed
    12 villagers", "prompting thousands of junta troops to surrender or flee")."""
    if verb.dep_ != "xcomp" or children(verb, "nsubj", "nsubjpass"):
        return []
    # an object of the governing verb is who the infinitive is told of ("prompting thousands of troops to flee",
    # "forced the villagers to leave"); an adjective's infinitive is told of its verb's subject ("the group was
    # able to capture the base")
    head = verb.head.head if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" else verb.head
    # a governing verb that is itself raised passes on who its own act is told of ("the bandits were said to have
    # been sighted fleeing": the bandits fled)
    return children(head, "dobj") or children(head, "nsubj", "nsubjpass") or _raised_subjects(head)


def _doers(verb: Token) -> list[Token]:
    """Who does what a verb says: its subjects (a relative pronoun read as the noun its clause describes) and the
    objects of its passive agent phrase ("killed by gunmen"), with their conjuncts; for a conjunct verb with
    neither, those of the verb it is coordinated with."""
    found = _subjects_resolved(verb) + [obj for agent in children(verb, "agent") for obj in children(agent, "pobj")]
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _doers(verb.head)  # "Rebels looted shops and burned homes": the rebels burned them
    if not found and verb.dep_ == "pcomp" and _gerund(verb) and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERBAL:
        # "took vehicles and supplies before withdrawing": the takers withdrew; also a perfect gerund and a
        # copula's clause ("the rebels were back after having retreated": the rebels retreated)
        return _doers(verb.head.head)
    if not found and _subjectless_participle(verb):
        # "Gunmen attacked the town, looting shops and setting fire to homes": the gunmen set the fire; a chain of
        # them too ("deploying its forces in a buffer zone before coming under heavy fire": the group came under it)
        return _doers(verb.head)
    found = found or _raised_subjects(verb) or _modified_noun(verb)
    found = [resolved for doer in found for resolved in _adverbial_pronoun(doer, verb)]
    return found + [conjunct for doer in found for conjunct in doer.conjuncts]


def _subjectless_participle(verb: Token) -> bool:
    """A present participle clause with no subject of its own that modifies a verb ("..., ransacking buildings",
    "while setting fire to homes"): its act is done by the doers of that verb (not "with the army firing on them",
    which has a subject, nor an absolute clause with one)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ in VERBAL
        and not children(verb, "nsubj", "nsubjpass", "expl")
    )


def _gerund(verb: Token) -> bool:
    """A gerund, simple or perfect ("withdrawing", "having withdrawn")."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VBN" and any(aux.tag_ == "VBG" for aux in children(verb, "aux")))


def _modified_noun(verb: Token) -> list[Token]:
    """The noun a present participle describes does what it says ("airstrikes against the fleeing terrorists")."""
    return [verb.head] if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBG" and verb.head.pos_ in NOMINAL else []


def _adverbial_pronoun(doer: Token, verb: Token) -> list[Token]:
    """A personal pronoun subject of an adverbial clause stands for the object of the clause it modifies, else its
    subject ("jets attacked the attackers as they fled": the attackers fled; "escorted the villagers as they fled")."""
    if doer.tag_ != "PRP" or doer.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.pos_ not in VERBAL:
        return [doer]
    return children(verb.head, "dobj") or children(verb.head, "nsubj") or [doer]


def _armed_men(noun: Token, context: EventContext) -> bool:
    """People the modifier "armed" makes armed men ("armed men", "unidentified armed individuals")."""
    return lemma(noun) in context.lexicon.armed_man_nouns and any(lemma(m) == "armed" for m in children(noun, "amod"))


def _subjects_resolved(verb: Token) -> list[Token]:
    """A verb's subjects, a relative pronoun replaced by the noun its clause describes ("gunmen who fled")."""
    return [verb.head if s.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" else s for s in children(verb, "nsubj")]


def _subject_phrase_in(token: Token, args: Args, context: EventContext) -> bool:
    words = context.lexicon.word_class(args[0])
    return any(lemma(t) in words for t in _subject_phrases(token))


def _subjects_or_raised(verb: Token) -> list[Token]:
    """A verb's subjects (a relative pronoun read as the noun its clause describes: "protesters who marched"), or
    for an infinitive with none, whom the verb it completes tells it of ("the two foreign ministers are scheduled
    to meet")."""
    return _subjects_resolved(verb) or _raised_subjects(verb)


def _subject_phrases(verb: Token) -> list[Token]:
    """The words of the phrases of a verb's subjects (``_subjects_or_raised``), without the verb's own relative
    clause ("the two foreign ministers, who met in Arusha": not "Arusha")."""
    own = {t.i for t in verb.subtree} if verb.dep_ == "relcl" else set()
    return [t for t in subtrees(_subjects_or_raised(verb)) if t.i not in own]


def _in_time_expression(token: Token, args: Args, context: EventContext) -> bool:
    """The word is part of a time expression ("on March 3", "in March")."""
    return token.i in context.time_at


def _preposition_object_armed(token: Token, args: Args, context: EventContext) -> bool:
    """The object of the trigger's preposition is an armed group named ("fell to the RSF")."""
    return any("armed_group" in context.kinds_in([obj]) for obj in prep_objects(token, args[0]))


def _lone_subject_in(token: Token, args: Args, context: EventContext) -> bool:
    """One subject, singular and with no conjunct, that is of the word class or names a person ("the ambassador
    protested the decision", "Hassan protested his innocence"; not "farmers protested", "Ali and his friends
    protested")."""
    words = context.lexicon.word_class(args[0])
    subjects = children(token, "nsubj")
    if len(subjects) != 1 or subjects[0].conjuncts or subjects[0].tag_ not in ("NN", "NNP"):
        return False
    subject = subjects[0]
    return lemma(subject) in words or context.kinds_in([subject]) == {"person"}


def _doer_in(token: Token, args: Args, context: EventContext) -> bool:
    """The doer (a subject, or a passive verb's agent) or a compound word of its name is of the word class ("heavy
    rain pounded the region", "parts of the province that were hit by Cyclone Kenneth", "hit by a falling tree")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(d) in words or any(lemma(c) in words for c in children(d, "compound")) for d in _doers(token))


def _subject_in_or_people(token: Token, args: Args, context: EventContext) -> bool:
    words = context.lexicon.word_class(args[0])
    return any(lemma(s) in words or context.is_people(s) for s in children(token, "nsubj"))


def _states_on_both_sides(token: Token, args: Args, context: EventContext) -> bool:
    """Every side a state (or a country the model tags GPE or LOC), two or more: coordinated
    subjects, or a subject and the object of "with" ("Serbia and Croatia clashed")."""
    subjects = children(token, "nsubj")
    sides = [s for subject in subjects for s in (subject, *subject.conjuncts)]
    sides += [obj for prep in sorted(context.lexicon.participant_prepositions) for obj in prep_objects(token, prep)]
    states = {key for side in sides for key, kind in context.entities_in([side]) if kind == "state" or side.ent_type_ in ("GPE", "LOC")}
    return len(states) >= 2 and all(context.entities_in([side]) for side in sides)


def _demonyms_on_both_sides(token: Token, args: Args, context: EventContext) -> bool:
    """A subject of two coordinated nationalities ("Ethiopian and Eritrean officials met")."""
    for subject in _subjects_or_raised(token):
        for modifier in children(subject, "amod", "compound", "nmod"):
            sides = [m for m in (modifier, *modifier.conjuncts) if m.lower_ in context.demonyms]
            if len({side.lower_ for side in sides}) >= 2:
                return True
    return False


def _paired_subject(token: Token, args: Args, context: EventContext) -> bool:
    """A subject that names both sides at once ("the foreign ministers of both countries met", "the two
    presidents met"; not "two officials met", a count of people of one side)."""
    return any(pairs(word, context.lexicon) for word in _subject_phrases(token))


def _aimed(token: Token, args: Args, context: EventContext) -> bool:
    return bool(arguments(token, context) or _aims(token, context))


def _aims(token: Token, context: EventContext) -> list[Token]:
    return [obj for prep in sorted(context.lexicon.target_prepositions) for obj in prep_objects(token, prep)]


def _named_party_or_subject_in(token: Token, args: Args, context: EventContext) -> bool:
    """A named agent or target, or a subject or passive agent of the word class ("missiles hit the city",
    "Operation Red Dawn struck", "attacked by militants"; a later conjunct's subject is the first one's:
    "rebels regrouped and attacked the base"; a pronoun subject of a reported clause is the reporter:
    "rebels said they had attacked a convoy")."""
    aimed = arguments(token, context) + prep_objects(token, "on") + prep_objects(token, "at")
    if actors_of(token, context) or context.entities_in(subtrees(aimed)):
        return True
    words = context.lexicon.word_class(args[0])
    subjects = children(token, "nsubj") or (children(token.head, "nsubj") if token.dep_ == "conj" else []) or _raised_subjects(token)
    if any(context.is_pronoun(subject) for subject in subjects):
        subjects = subjects + _reporter_subjects(token)  # "the militia said it had ambushed a patrol"
    attackers = subjects + [obj for agent in children(token, "agent") for obj in children(agent, "pobj")]
    return any(lemma(t) in words or _named_operation(t, (), context) for t in subtrees(attackers))


def _reporter_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb a reported clause hangs on ("the militia said it had ambushed a patrol")."""
    return children(verb.head, "nsubj") if verb.dep_ == "ccomp" else []


def _named_party(token: Token, args: Args, context: EventContext) -> bool:
    return bool(actors_of(token, context) or context.entities_in(subtrees(arguments(token, context))))


def _describes_people(token: Token, args: Args, context: EventContext) -> bool:
    """An adjective of people: "displaced residents", "the villagers were uprooted"."""
    head = token.head if token.dep_ == "amod" else next(iter(children(token.head, "nsubj")), token.head)
    return lemma(head) in context.lexicon.word_class(args[0]) or (head.pos_ in NOMINAL and context.is_people(head))


def _housed_in(token: Token, args: Args, context: EventContext) -> bool:
    """An adjective of the people a shelter is for ("a camp for displaced people")."""
    people = token.head
    return people.dep_ == "pobj" and lemma(people.head.head) in context.lexicon.word_class(args[0])


def _under_preposition(token: Token, args: Args, context: EventContext) -> bool:
    """The object of one of these prepositions ("since the end of the war")."""
    head = conj_root(token)
    return head.dep_ == "pobj" and head.head.lower_ in args


def _next_word_in(token: Token, args: Args, context: EventContext) -> bool:
    """The next word is of the word class, whatever its parse ("ceasefire talks", even with "talks" read as a verb)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    words = context.lexicon.word_class(args[0])
    return following is not None and (lemma(following) in words or following.lower_ in words)


def _title_word(token: Token, args: Args, context: EventContext) -> bool:
    """A word of a person's title: the next word is a role noun of the class and the parse hangs the trigger on it
    as a modifier ("protest coordinator Nahid Islam", "military operations spokesman"; not "Thousands joined the
    protest, its coordinator said"). A role noun a temporal preposition governs is no title's: a person is no time,
    the event word is that object, its modifier a misparse of a missing comma ("During the protest coordinators of
    the union handed out leaflets")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or token.head != following or token.dep_ not in _TITLE_MODIFIER_DEPS:
        return False
    if following.dep_ == "pobj" and following.head.lower_ in context.lexicon.temporal_prepositions:
        return False
    words = context.lexicon.word_class(args[0])
    return lemma(following) in words or following.lower_ in words


#: The dependencies of a word of a title on the role noun after it ("protest coordinator", "operations spokesman").
_TITLE_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def halting_word(token: Token, lexicon: EventLexicon) -> Token | None:
    """The halt noun or verb that stops what ``token`` names ("the cessation of hostilities", "an end to the
    war", "halt the fighting"), negated or not; ``None`` for none."""
    head = conj_root(token)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in lexicon.halted_prepositions:
        if lemma(governor.head) in lexicon.halt_nouns:
            return governor.head
        # "urged a halt to the fighting", "put a stop to the shelling": the parser hung "to" on the verb
        return next((obj for obj in children(governor.head, "dobj") if lemma(obj) in lexicon.halt_nouns), None)
    word = lemma(governor)
    phrasal = any(f"{word} {p.lower_}" in lexicon.phrasal_halt_verbs for p in children(governor, "prt"))
    halting = head.dep_ in ("dobj", "nsubjpass", "nsubj") and (word in lexicon.halt_verbs or phrasal)
    return governor if halting else None


def is_halted(token: Token, lexicon: EventLexicon) -> bool:
    """What a halt stops; not under a negated halt ("the fighting has not stopped", "no end to the
    shelling"), which goes on."""
    halt = halting_word(token, lexicon)
    if halt is None:
        return False
    return not (negated(halt) or any(child.lower_ in shared_words().negative_determiners for child in children(halt, "det")))


#: The arguments of a clause an event noun can be ("clashes left six dead", "the army shelled the camp").
_CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def is_reference_point(token: Token, lexicon: EventLexicon) -> bool:
    """A mention named as the reference point of another event: behind a temporal preposition ("two weeks
    after the raid") or a reaction noun ("in retaliation for the bombing"), or in a clause a temporal
    preposition marks ("a day after the army shelled the camp", "after clashes left six dead")."""
    head = conj_root(token)
    preposition = head.head
    clause = head if head.pos_ in VERBAL else preposition if head.dep_ in _CLAUSE_ARGUMENTS else None
    if clause is not None and is_sequenced_clause(conj_root(clause), lexicon):
        return True
    if head.dep_ != "pobj":
        return False
    return preposition.lower_ in lexicon.temporal_prepositions or lemma(preposition.head) in lexicon.reaction_nouns


def is_sequenced_clause(clause: Token, lexicon: EventLexicon) -> bool:
    """An adverbial clause a temporal preposition marks ("after the army shelled the camp"): another time."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lexicon.temporal_prepositions for c in children(clause))


def _halted(token: Token, args: Args, context: EventContext) -> bool:
    return is_halted(token, context.lexicon)


def _with_partitives(tokens: list[Token]) -> list[Token]:
    """Tokens and the objects of their "of" ("tens of thousands", "thousands of civilians")."""
    return tokens + [obj for token in tokens for obj in prep_objects(token, "of")]


def _people_among(tokens: list[Token], words: frozenset[str], context: EventContext) -> bool:
    return any(lemma(t) in words or (t.pos_ in NOMINAL and context.is_people(t)) for t in _with_partitives(tokens))


def _own_argument(token: Token, args: Args, context: EventContext) -> bool:
    """Every argument of the word class is the doers' own, a possessive pronoun that agrees with them gives it to
    them ("the fighters took their weapons and left"; not "took their rifles and the rebels' rifles", nor "the
    fighters took its weapons", another's)."""
    taken = _taken_arguments(token, args, context)
    return bool(taken) and all(_owned_by_doers(t, token, context) for t in taken)


def _taken_from_others(token: Token, args: Args, context: EventContext) -> bool:
    """What is taken has a source other than the doers: the verb's "away" ("took away the rifles"), a "from" object
    of the verb or of the taken thing ("took nine vehicles from the base"), or an owner of an argument of the word
    class that is not the doers ("took the rebels' rifles", "the fighters took its weapons")."""
    taken = _taken_arguments(token, args, context)
    if any(child.lower_ == "away" for child in children(token)) or any(prep_objects(t, "from") for t in [token, *taken]):
        return True
    return any(children(t, "poss") and not _owned_by_doers(t, token, context) for t in taken)


def _taken_for_use(token: Token, args: Args, context: EventContext) -> bool:
    """Things of the word class brought to a place or for a purpose, from no one ("took armoured vehicles to the
    front line", "took ten trucks to carry food"): the doers move or use them, no capture."""
    destined = bool(prep_objects(token, "to")) or any(
        aux.tag_ == "TO" for clause in children(token, "advcl", "xcomp") for aux in children(clause, "aux")
    )
    return destined and not _taken_from_others(token, args, context)


def _taken_arguments(token: Token, args: Args, context: EventContext) -> list[Token]:
    """The arguments of the word class, past a quantity noun ("took dozens of rifles")."""
    words = context.lexicon.word_class(args[0])
    return [a for a in _past_quantities(arguments(token, context), context) if lemma(a) in words]


def _owned_by_doers(thing: Token, verb: Token, context: EventContext) -> bool:
    """A possessive pronoun gives ``thing`` to the verb's doers: "their" to any, a pronoun of one owner only to a
    doer that is not plural ("the army took its vehicles"; not "the fighters took its weapons")."""
    owners = [child for child in children(thing, "poss") if child.pos_ == "PRON"]
    if not owners:
        return False
    plural = any(doer.tag_ in ("NNS", "NNPS") for doer in _doers(verb))
    return all(not (plural and owner.lower_ in context.lexicon.single_owner_pronouns) for owner in owners)


def _hyphen_modifier(token: Token, args: Args, context: EventContext) -> bool:
    """The first half of a word joined by a hyphen to the participle or adjective it modifies, which only describes
    a thing ("battle-scarred Somalia", "battle-hardened fighters"; not "the fighting voiced", misparsed alike)."""
    if token.dep_ != "npadvmod" or token.i + 2 >= len(token.doc):
        return False
    hyphen = token.doc[token.i + 1]
    return hyphen.tag_ == "HYPH" and not token.whitespace_ and not hyphen.whitespace_ and token.doc[token.i + 2] == token.head


def _hyphen_compound(token: Token, args: Args, context: EventContext) -> bool:
    """The second half of a word joined by a hyphen, as the parser may not read it as a modifier: an adjective
    ("Pakistan-occupied Kashmir", "the Israeli-occupied Golan Heights")."""
    if token.i < 2:
        return False
    hyphen = token.doc[token.i - 1]
    return hyphen.tag_ == "HYPH" and not hyphen.whitespace_ and not token.doc[token.i - 2].whitespace_


def _heading_label(token: Token, args: Args, context: EventContext) -> bool:
    """A capitalised past form that opens a heading line with no subject, auxiliary or closing stop, the line's root
    or a modifier of its root noun: a label that describes what it heads by its status, no act ("Occupied Palestinian
    Territory" as a section heading of a UN digest, "Captured Soldiers" over a photo gallery; not "Rebels occupied
    the town", nor "Occupied the town, the rebels then moved on.")."""
    sentence = token.sent
    if token.i != sentence.start or token.tag_ not in _PAST_TAGS or not token.is_title:
        return False
    if token.dep_ == "ROOT":
        head = token
    elif token.dep_ in ("amod", "compound") and token.head.dep_ == "ROOT" and token.head.pos_ in NOMINAL:
        head = token.head  # (the parser's reading of a label before a noun: "Captured Kessan Soldiers")
    else:
        return False
    if children(head, *_HEADING_EXCLUDED_DEPS):
        return False
    words = [t for t in sentence if not t.is_space]
    return not words[-1].is_punct


def _counted(token: Token, args: Args, context: EventContext) -> bool:
    """A past participle right after a bare count, which counts the people it describes, in a tally of
    casualties: "left at least 80 dead and 11,000 displaced", "with 15,300 injured and over 1 million displaced"
    (not a year: "in 2023 displaced the old elite")."""
    if token.tag_ != "VBN" or token.i == 0:
        return False
    count = token.doc[token.i - 1]
    return count.pos_ == "NUM" and count.i not in context.time_at


def _argument_is_people(token: Token, args: Args, context: EventContext) -> bool:
    """People are what the verb acts on ("displaced 40,000 people", "civilians were massacred")."""
    return _people_among(arguments(token, context), context.lexicon.word_class(args[0]), context)


def _subject_is_people(token: Token, args: Args, context: EventContext) -> bool:
    """People are the active subject ("tens of thousands have left the valley"), or the object that a
    governing verb makes the subject ("forced 3,000 villagers to abandon their homes", "2,000 families were
    forced to leave their villages")."""
    return _people_among(_active_subjects(token), context.lexicon.word_class(args[0]), context)


def _subject_not_people(token: Token, args: Args, context: EventContext) -> bool:
    """A subject that is no people ("the president took refuge in rhetoric", "the militants sought refuge in the
    forest"), as :func:`_subject_is_people` finds it; a participle with no subject has none ("seeking refuge")."""
    subjects = _active_subjects(token)
    return bool(subjects) and not _people_among(subjects, context.lexicon.word_class(args[0]), context)


def _active_subjects(verb: Token) -> list[Token]:
    """The active subject of a verb, or for an infinitive with none the object, else the subject, of the verb it
    completes ("forced 3,000 villagers to abandon", "Armenians began leaving"); of a conjunct with none, the first
    verb's ("left their property behind and abandoned their homes"); of a present participle set off from its clause,
    the clause's ("villagers fled, leaving their homes")."""
    subjects = children(verb, "nsubj")
    if not subjects and verb.dep_ == "xcomp":
        subjects = children(verb.head, "dobj") or children(verb.head, "nsubj", "nsubjpass")
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in VERBAL:
        subjects = _active_subjects(verb.head)  # "have left their property behind and abandoned their homes"
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in VERBAL:
        subjects = children(verb.head, "nsubj")  # "people are moving away, leaving their homes"
    return [relative_antecedent(s, climb=True) for s in subjects]


def _argument_without_object_in(token: Token, args: Args, context: EventContext) -> bool:
    """An argument of the word class with no "of"/"over" object of its own or of the verb: an idiom, no control of a
    place ("a ceasefire took hold", "as the truce takes hold"; not "the rebels took hold of the airport")."""
    words = context.lexicon.word_class(args[0])
    prepositions = sorted(context.lexicon.argument_prepositions)
    if any(prep_objects(token, p) for p in prepositions):
        return False
    return any(lemma(a) in words and not any(prep_objects(a, p) for p in prepositions) for a in children(token, "dobj"))


def _driven_from(token: Token, args: Args, context: EventContext) -> bool:
    """The object of "from" or "out of" on the verb is of the word class ("forced thousands from their homes",
    "forced 20,000 people out of their homes"; not "drove protesters from the square")."""
    words = context.lexicon.word_class(args[0])
    places = prep_objects(token, "from") + [obj for out in children(token, "prep", "prt", "advmod") if out.lower_ == "out" for obj in prep_objects(out, "of")]
    return any(lemma(place) in words for place in places)


def _moved_to_safety(token: Token, args: Args, context: EventContext) -> bool:
    """A "to" or "in" object of the verb or of its object that a word of the class modifies: people taken or moved
    to safety ("residents were taken to safer places", "villagers moved to safer locations", "sought shelter in
    safer places")."""
    words = context.lexicon.word_class(args[0])
    holders = [token, *children(token, "dobj")]
    prepositions = sorted(context.lexicon.safety_prepositions)
    places = [obj for holder in holders for preposition in prepositions for obj in prep_objects(holder, preposition)]
    return any(lemma(modifier) in words for place in places for modifier in children(place, "amod"))


def _refuge_in(token: Token, args: Args, context: EventContext) -> bool:
    """The "in" object of the verb or of its object is of the word class: a refuge taken where one stays, no flight
    ("the population is seeking refuge in underground shelters", "took refuge in their basements")."""
    words = context.lexicon.word_class(args[0])
    places = prep_objects(token, "in") + [obj for argument in children(token, "dobj") for obj in prep_objects(argument, "in")]
    return any(lemma(place) in words for place in places)


def _lone_person_doer(token: Token, args: Args, context: EventContext) -> bool:
    """Every doer one person: a pronoun of the word class ("he", "she") or a person named, also one whom the verb an
    infinitive completes tells it of ("He fled to Aden", "he managed to flee to Jonglei", "forced President Hadi to
    flee the capital"; not "they fled", "Hadi and his ministers fled", "thousands fled", nor one who flees with kin or
    people, a family's flight: "She fled with her five children to a camp")."""
    doers = _doers(token)
    words = context.lexicon.word_class(args[0])
    companions = context.lexicon.companion_nouns
    if any(lemma(c) in companions or context.is_people(c) for c in prep_objects(token, "with")):
        return False
    return bool(doers) and all(
        doer.lower_ in words or {kind for _, kind in context.entities_in([doer])} == {"person"} for doer in doers
    )


def _named_subject(token: Token, args: Args, context: EventContext) -> bool:
    """A name as subject, not a people ("after Shabaab fled", but "Armenians fled")."""
    return any(s.pos_ == "PROPN" and not context.is_people(s) for s in children(token, "nsubj"))


def _armed_side(token: Token, args: Args, context: EventContext) -> bool:
    """A side of the fight is armed: a subject, object or "with" object of the word class or an armed group."""
    sides = children(token, "nsubj", "dobj") + prep_objects(token, "with") + prep_objects(token, "against")
    sides += [conjunct for side in sides for conjunct in side.conjuncts]
    words = context.lexicon.word_class(args[0])
    return any(lemma(side) in words or "armed_group" in context.kinds_in([side]) for side in sides)


def _named_operation(token: Token, args: Args, context: EventContext) -> bool:
    """A capitalised operation noun before a name ("Operation Red Dawn")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    named = token.is_title and following is not None and following.is_title and following.sent == token.sent
    return named and lemma(token) in context.lexicon.operation_nouns


def _purpose_in(token: Token, args: Args, context: EventContext) -> bool:
    """An infinitive of purpose of the word class ("gathered to demand the government's resignation")."""
    words = context.lexicon.word_class(args[0])
    return any(
        lemma(clause) in words and any(aux.tag_ == "TO" for aux in children(clause, "aux"))
        for clause in children(token, "advcl", "xcomp")
    )


def _aimed_at(token: Token, args: Args, context: EventContext) -> bool:
    """Aimed at a target by a preposition of the word class ("launched rockets toward the base"), also one the
    parser hangs on the path the fire crosses ("launched rockets over the border at Kiryat Shmona")."""
    prepositions = sorted(context.lexicon.word_class(args[0]))
    fired = [token, *children(token, "dobj")]  # (or on what is fired: "launched rockets over the border at X")
    paths = fired + [obj for holder in fired for prep in children(holder, "prep") if prep.lower_ in context.lexicon.path_prepositions for obj in children(prep, "pobj")]
    # (an aim is no time: "at dawn")
    return any(obj.i not in context.time_at for holder in paths for preposition in prepositions for obj in prep_objects(holder, preposition))


def _moved_into(token: Token, args: Args, context: EventContext) -> bool:
    """Moved across into a place by a preposition of the word class, on the verb or in its object's phrase, where
    the parser often hangs it ("sent troops backed by artillery strikes into Karabakh")."""
    words = context.lexicon.word_class(args[0])
    holders = [token, *(t for obj in children(token, "dobj") for t in obj.subtree)]
    return any(prep_objects(holder, preposition) for holder in holders for preposition in sorted(words))


#: Capitalised nouns a word of an institution's name may stand below its head ("Institute for the Study of War": 2).
_NAME_DEPTH = 3


def _names_institution(token: Token, args: Args, context: EventContext) -> bool:
    """Part of an institution's name or kind, not an event: a modifier of an institution noun ("the
    Ceasefire Monitoring Commission", "the protest committee") or a capitalised prepositional object in the
    capitalised name of one ("the Ministry of War", "the Institute for the Study of War")."""
    words = context.lexicon.word_class(args[0])
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head is not token:
        return lemma(head) in words or head.lower_ in words
    if not token.is_title:
        return False
    # up the capitalised words of a name, through "of" and "for": "the Institute for the Study of War"
    child = token
    for _ in range(_NAME_DEPTH):
        governor = child.head.head if child.dep_ == "pobj" and child.head.dep_ == "prep" else None
        if governor is None or not governor.is_title or governor.pos_ not in NOMINAL:
            return False
        if lemma(governor) in words:
            return True
        child = governor
    return False


def _state_campaign(token: Token, args: Args, context: EventContext) -> bool:
    """An attack a state launches at no target but a state, of no weapon ("Russia's launch of its armed
    attack on February 24", "in 2020 Azerbaijan launched an attack"): the state's offensive as a whole."""
    if modifiers(token) & context.lexicon.word_class(args[0]):
        return False
    targets = [t for t in _aims(token, context) if context.dating_time(t) is None]
    if any(context.kinds_in([target]) != {"state"} for target in targets):
        return False
    launcher = _launcher(token, context)
    actors = actors_of(launcher, context) if launcher is not None and launcher.pos_ in VERBAL else []
    if launcher is not None and not actors:
        actors = list(context.entities_in(subtrees(children(launcher, "poss"))))
    return _states_only(actors)


def _state_agent(token: Token, args: Args, context: EventContext) -> bool:
    """The noun's owner or its "by" object names states only ("Russia's military attack on the region", "a
    military attack by Russia"; not "the rebels' military attack"). An owner the parser hung as a noun modifier
    before a possessive ending ("Azerbaijan’s large-scale military attack") is one too."""
    doc = token.doc
    owners = [t for t in children(token, "nmod") if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"]
    agents = [*children(token, "poss"), *owners, *prep_objects(token, "by")]
    return _states_only(context.entities_in(subtrees(agents)))


def _states_only(actors: Sequence[tuple[str, str]]) -> bool:
    """Whether there are actors and all of them are states."""
    return bool(actors) and all(kind == "state" for _, kind in actors)


def _launcher(token: Token, context: EventContext) -> Token | None:
    """The launch verb whose object ``token`` is, or the launch noun whose "of" object it is."""
    lexicon, head = context.lexicon, token.head
    if token.dep_ == "dobj" and lemma(head) in lexicon.launch_verbs:
        return head
    if token.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in lexicon.launch_nouns:
        return head.head
    return None


def _sentence_has(token: Token, args: Args, context: EventContext) -> bool:
    """A word of the class in the trigger's sentence ("students protesting ... after violent clashes")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(t) in words for t in token.sent)


def _sentence_has_noun(token: Token, args: Args, context: EventContext) -> bool:
    """A noun of the class in the trigger's sentence ("a security operation due to riots" in a sentence about
    a prison; not the verb "jailed")."""
    return sentence_has_noun(token.sent, context.lexicon.word_class(args[0]))


def sentence_has_noun(sentence: Span, words: frozenset[str]) -> bool:
    """A noun of the class in the sentence ("soldiers", not the adjective of "a military parade")."""
    return any(t.pos_ in NOMINAL and lemma(t) in words for t in sentence)


def _spans_years(token: Token, args: Args, context: EventContext) -> bool:
    """Going on since a year or decade named in the sentence ("have been clashing since 2017"), with no date
    of its own clause: a conflict as a whole, not one battle."""
    clause = clause_head(token)
    own = list(token.subtree) + (clause_tokens(clause) if clause is not None else [])
    started = _span_start_phrases(token.sent, context)
    if any(context.dating_time(t) is not None and t.i not in started for t in own):
        return False
    return any(
        (time := context.time_at.get(t.i)) is not None
        and (time.role == "span_start" or (t.i in started and time.role == "point"))
        and time.granularity in args
        for t in token.sent
    )


def _span_start_phrases(sentence: Span, context: EventContext) -> set[int]:
    """The tokens of the objects of the sentence's "since" prepositions: a year there starts the span even inside an
    event's phrase ("since a coup in 2021", "since the elections of 2016")."""
    return {
        t.i
        for prep in sentence
        if prep.dep_ == "prep" and prep.lower_ in context.lexicon.ongoing_prepositions
        for obj in children(prep, "pobj")
        for t in obj.subtree
    }


def _ended_in_year(token: Token, args: Args, context: EventContext) -> bool:
    """Ended or lasted until a year or decade its relative or own clause names ("separatist fighting that ended in
    1994", "hostilities that lasted until 1994"; not "the fighting that ended on Tuesday"): a conflict as a whole."""
    return _aspect_in_year(token, context.lexicon.word_class(args[0]), context)


def _began_in_year(token: Token, args: Args, context: EventContext) -> bool:
    """Began or broke out in a year or decade its relative or own clause names, itself or the wave or spate it is "of"
    ("a wave of jihadist violence began four years ago", "violence that erupted in 2017"; not "violence erupted on
    Friday"): a conflict as a whole."""
    words = context.lexicon.word_class(args[0])
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in NOMINAL:
        return _aspect_in_year(token, words, context) or _aspect_in_year(token.head.head, words, context)
    return _aspect_in_year(token, words, context)


def _aspect_in_year(token: Token, words: frozenset[str], context: EventContext) -> bool:
    """The subject of a verb of ``words`` whose clause names a year or decade (not the start of a span)."""
    verbs = [token.head] if token.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [verb for verb in children(token, "relcl") if token in _subjects_resolved(verb)]
    return any(
        verb.pos_ == "VERB"
        and lemma(verb) in words
        and any(
            (time := context.time_at.get(t.i)) is not None and time.role != "span_start" and time.granularity in ("year", "decade")
            for t in clause_tokens(verb)
        )
        for verb in verbs
    )


def _plural_argument_in(token: Token, args: Args, context: EventContext) -> bool:
    """A plural argument of the word class ("had taken necessary controls": measures, not control of a place)."""
    words = context.lexicon.word_class(args[0])
    return any(a.tag_ in PLURAL_TAGS and lemma(a) in words for a in arguments(token, context))


def _bare_plural_argument_in(token: Token, args: Args, context: EventContext) -> bool:
    """A plural argument of the word class with no determiner, owner, number, modifier or "of" phrase: troops
    deployed ("security forces taking positions and patrolling the area"; not "took the army's positions", "took
    three positions", "took enemy positions", "took positions of the army")."""
    words = context.lexicon.word_class(args[0])
    return any(
        a.tag_ in PLURAL_TAGS
        and lemma(a) in words
        and not children(a, "det", "poss", "nummod", "amod", "compound")
        and not any(p.lower_ == "of" for p in children(a, "prep"))
        for a in arguments(token, context)
    )


def _plural_without(token: Token, args: Args, context: EventContext) -> bool:
    """A plural with no modifier of the word class ("explosions were heard", "three explosions", not "two car
    bomb blasts"): blasts of no named device, the sound of shelling or strikes as often as of mines."""
    return token.tag_ in PLURAL_TAGS and not modifiers(token) & context.lexicon.word_class(args[0])


def _perceived(token: Token, args: Args, context: EventContext) -> bool:
    """What is heard or seen, or the sound of it ("explosions could be heard", "the sound of explosions")."""
    words = context.lexicon.word_class(args[0])
    head = conj_root(token)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "of":
        governor = governor.head
    return lemma(governor) in words


def _duration_of(token: Token, args: Args, context: EventContext) -> bool:
    """The "of" object of a duration of the word class ("after months of fighting")."""
    head = conj_root(token)
    governor = head.head
    return head.dep_ == "pobj" and governor.lower_ == "of" and lemma(governor.head) in context.lexicon.word_class(args[0])


def _aspect_verb_in(token: Token, args: Args, context: EventContext) -> bool:
    """The subject or object of a verb of the word class, or the noun its relative clause describes
    ("airstrikes that began on Friday", "resumed its strikes on 22 March"; not "launched airstrikes")."""
    words = context.lexicon.word_class(args[0])
    verbs = [token.head] if token.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [verb for verb in children(token, "relcl") if token in _subjects_resolved(verb)]
    return any(verb.pos_ == "VERB" and lemma(verb) in words for verb in verbs)


def _verb_subject_in(token: Token, args: Args, context: EventContext) -> bool:
    """The subject of the verb the noun is the object of is of the word class ("dockworkers resumed their strikes")."""
    words = context.lexicon.word_class(args[0])
    return token.dep_ == "dobj" and any(lemma(s) in words for s in _subjects_resolved(token.head))


def _actor_subject_or_in(token: Token, args: Args, context: EventContext) -> bool:
    """The subject or passive agent is a state or armed group, or a noun of the word class ("Russia invaded
    Ukraine", "Rwandan troops invaded", "Kuwait was invaded by Iraq"; not "fans invaded the pitch")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(s) in words or context.kinds_in([s]) & BELLIGERENT_KINDS for s in _doers(token))


def _subject_in(token: Token, args: Args, context: EventContext) -> bool:
    """The subject, a relative pronoun read as the noun its clause describes, is of the word class ("the
    accord that ended the revolt")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(s) in words for s in _past_quantities(_subjects_resolved(token), context))


def _mover_is_people(token: Token, args: Args, context: EventContext) -> bool:
    """The subject, past quantity words ("thousands of ethnic Armenians", "tens of thousands"), is people
    ("thousands of fans" are not)."""
    words = context.lexicon.word_class(args[0])
    for subject in children(token, "nsubj"):
        while objects := prep_objects(subject, "of"):
            subject = objects[0]
        if lemma(subject) in words or (subject.pos_ in NOMINAL and context.is_people(subject)):
            return True
    return False


def _destination_is_state(token: Token, args: Args, context: EventContext) -> bool:
    """The object of a preposition of the word class is a state ("poured into Armenia"; not "into the streets")."""
    words = context.lexicon.word_class(args[0])
    return any(context.kinds_in([obj]) == {"state"} for word in sorted(words) for obj in prep_objects(token, word))


def _lasting(token: Token, args: Args, context: EventContext) -> bool:
    """Going on for a duration of the word class ("have fought the army for decades", "for three years")."""
    words = context.lexicon.word_class(args[0])
    return any(lemma(obj) in words for obj in prep_objects(token, "for"))


def _gerund_in(token: Token, args: Args, context: EventContext) -> bool:
    """A gerund complement of the word class ("agreed to stop fighting"; not "stop smoking")."""
    words = context.lexicon.word_class(args[0])
    return any(child.tag_ == "VBG" and lemma(child) in words for child in children(token, "xcomp", "dobj", "ccomp"))


def _ends_hostilities(token: Token, args: Args, context: EventContext) -> bool:
    """An agreement that ends hostilities, as the subject of a halt verb or by a relative clause ("the accord
    that ended a previous revolt", "the 1996 accord ended the civil war")."""
    lexicon = context.lexicon
    verbs = children(token, "relcl")
    if token.dep_ == "nsubj":
        verbs.append(token.head)
    return any(lemma(verb) in lexicon.halt_verbs and _arguments_hostile(verb, (), context) for verb in verbs)


def _accepted_proposal(token: Token, args: Args, context: EventContext) -> bool:
    """A ceasefire word of a proposal or plan a side accepts or agrees to is the ceasefire agreed ("accepted a
    ceasefire proposal", "agreed to a Russian ceasefire plan", "agreed to a Russian proposal of ceasefire"; not
    "rejected a ceasefire proposal", "did not accept the ceasefire plan", "drafted a ceasefire plan")."""
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        proposal = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        proposal = token.head.head
    else:
        return False
    if lemma(proposal) not in context.lexicon.proposal_nouns:
        return False
    verb = proposal.head.head if proposal.dep_ == "pobj" and proposal.head.dep_ == "prep" else proposal.head
    return verb.pos_ == "VERB" and lemma(verb) in context.lexicon.word_class(args[0]) and not negated(verb)


def _held_under(token: Token, args: Args, context: EventContext) -> bool:
    """The noun is the object of the preposition ``args[0]`` that tells what a place or target is under: the
    subject of a copula ("the capital Stepanakert and other cities are under intensive fire"), or the noun of a
    headline ("Stepanakert under fire"), of the word class ``args[1]`` or a place the text names (not "the
    minister is under fire", criticised)."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != args[0]:
        return False
    holder = preposition.head
    if holder.pos_ == "AUX":  # the copula
        targets = children(holder, "nsubj")
    elif holder.pos_ in NOMINAL and holder.dep_ == "ROOT":
        targets = [holder]
    else:
        return False
    targets += [t for target in targets for t in (*children(target, "appos"), *target.conjuncts)]
    words = context.lexicon.word_class(args[1])
    return any(lemma(t) in words or any(kind == "place" for _, kind in context.entities_in([t])) for t in targets)


def _status_copula(token: Token) -> Token | None:
    """The copula a status phrase's preposition hangs on ("is" of "the town is under rebel control"), if any."""
    holder = token.head.head if token.dep_ == "pobj" else None
    return holder if holder is not None and holder.pos_ == "AUX" else None


def _lasting_status(token: Token, args: Args, context: EventContext) -> bool:
    """The object of a preposition after a copula that tells the status as lasting, no taking: a perfect copula or
    one an adverb of the word class modifies ("the city has been under Somaliland's control", "the district had
    long been under Taliban control", "the town is still under rebel control"; not "Kamdesh is under our control",
    "the village is now under the control of the army")."""
    holder = _status_copula(token)
    if holder is None:
        return False
    words = context.lexicon.word_class(args[0])
    return holder.tag_ == "VBN" or any(a.lower_ in words for a in children(holder, "advmod"))


def _denied_status(token: Token, args: Args, context: EventContext) -> bool:
    """The object of a preposition after a copula that is negated, or whose adverb is, tells a status denied or
    ended, no taking ("the town is not under rebel control", "is no longer under rebel control"; not "is still under
    rebel control", a lasting status, nor "is now under the control of the army", a taking)."""
    holder = _status_copula(token)
    if holder is None:
        return False
    return bool(children(holder, "neg")) or any(children(a, "neg") for a in children(holder, "advmod"))


def _target_phrase_in(token: Token, args: Args, context: EventContext) -> bool:
    """A target of the verb, past a quantity noun its "of" object, is of the word class: its object or passive
    subject, or the object of a target preposition hung on the verb or on its object ("shot dead four protesters",
    "fired on thousands of protesters", "opened fire on a march by demonstrators", "four protesters shot dead by
    security forces")."""
    words = context.lexicon.word_class(args[0])
    prepositions = context.lexicon.target_prepositions
    holders = [token, *children(token, "dobj")]
    targets = children(token, "dobj", "nsubjpass") + [
        obj for holder in holders for p in children(holder, "prep") if p.lower_ in prepositions for obj in children(p, "pobj")
    ]
    if not targets and token.dep_ == "acl" and token.tag_ == "VBN":
        targets = [token.head]  # "protesters shot dead by the police"
    if not targets and children(token, "agent"):
        targets = children(token, "nsubj")  # a headline's passive, its auxiliary left out: "Four protesters shot dead by police"
    targets += [c for t in targets for c in t.conjuncts]
    return any(lemma(t) in words or t.lower_ in words for t in _with_partitives(targets))


def _time_clause_of(token: Token, args: Args, context: EventContext) -> bool:
    """The verb, or the attempt verb whose infinitive it is, is a time clause ("as", "when") of a verb of the word class:
    people hurt or shot as they fled escape the violence at hand ("many were hurt in stampedes as they tried to flee",
    "were shot in the back as they attempted to flee"; not "villagers fled as the rebels attacked", "six people were
    killed as thousands fled the fighting")."""
    lexicon = context.lexicon
    clause = token
    if clause.dep_ == "xcomp" and lemma(clause.head) in lexicon.attempt_verbs:
        clause = clause.head
    if clause.dep_ != "advcl" or not any(m.lower_ in lexicon.simultaneity_markers for m in children(clause, "mark")):
        return False
    # (the same people, a pronoun: not "six people were killed as thousands fled the fighting")
    return lemma(clause.head) in lexicon.word_class(args[0]) and any(context.is_pronoun(s) for s in children(clause, "nsubj"))


#: Every check under the kinds of its parameters; a trigger record names a check as its function, without the underscore.
_CHECKS_BY_PARAMS: dict[tuple[ParamKind, ...], tuple[Callable[[Token, Args, EventContext], bool], ...]] = {
    (): (
        _plural, _particle, _anchored, _owner_is_force, _meeting, _military_operation, _definite, _bare_definite, _repeats_earlier_noun, _arguments_hostile,
        _argument_is_place, _argument_names_place, _argument_phrase_is_place, _states_on_both_sides, _demonyms_on_both_sides, _paired_subject, _dated_to_the_day, _aimed, _named_party,
        _halted, _named_operation, _named_subject, _only_people_named, _only_bare_counts, _state_agent,
        _ends_hostilities, _counted, _heading_label, _hyphen_compound, _hyphen_modifier, _shares_object,
        _in_time_expression, _denied_status,
    ),
    ("literal",): (_child_word, _first_preposition, _preposition_object_hostile, _preposition_object_armed),
    ("literals",): (_dependency, _child_dependency, _under_preposition, _spans_years),
    ("word_class",): (
        _modifier_in, _squashed_modifier_in, _governing_verb_in, _argument_in, _argument_in_or_armed, _subject_in_or_armed,
        _subject_phrase_in, _doer_in, _lone_subject_in, _subject_in_or_people, _named_party_or_subject_in, _describes_people, _next_word_in, _title_word, _own_argument, _taken_from_others, _taken_for_use,
        _argument_is_people, _subject_is_people, _subject_not_people, _refuge_in, _moved_to_safety, _driven_from, _argument_without_object_in, _armed_side, _aimed_at, _moved_into, _purpose_in, _names_institution, _state_campaign,
        _sentence_has, _sentence_has_noun, _plural_argument_in, _bare_plural_argument_in, _plural_without, _perceived, _duration_of, _actor_subject_or_in, _subject_in,
        _lasting, _gerund_in, _destination_is_state, _mover_is_people, _argument_phrase_in,
        _only_arguments_in, _verb_through_preposition_in, _relative_verb_in, _housed_in, _aspect_verb_in, _verb_subject_in, _ended_in_year, _began_in_year,
        _accepted_proposal, _target_phrase_in, _time_clause_of, _lasting_status, _lone_person_doer, _described_argument_in,
    ),
    ("literal", "word_class"): (_preposition_object_in, _preposition_phrase_in, _held_under),
}
CHECKS: dict[str, CheckSpec] = {
    run.__name__.removeprefix("_"): CheckSpec(run, params) for params, runs in _CHECKS_BY_PARAMS.items() for run in runs
}
