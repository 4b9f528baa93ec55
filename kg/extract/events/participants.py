"""Who takes part in an event and where: entities of the trigger's arguments and of its clause's
prepositional phrases, with their roles (agent, target, mediator, participant)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.checks import antecedent
from kg.extract.events.context import EventContext
from kg.extract.syntax import SUBJECT_DEPS, children, clause_head, conj_root, lemma, prep_objects, subtrees
from kg.nlp.doccache import closes_line, opens_line
from kg.nlp.names import linking_lexicon
from kg.records import Participant, Role
from kg.words import shared_words


def participants(trigger: Token, context: EventContext) -> tuple[list[Participant], list[str], str]:
    """Participants with roles, and places, from the trigger's arguments and its clause's PPs (a place
    attacked or taken is a place of the event), and the generic side of its doers (:func:`_generic_side`)."""
    found: list[Participant] = []
    places = _places(trigger, context)
    phrases = _role_phrases(trigger, context)
    doers = [_without_whereabouts(tokens, context) if role == "agent" else [] for tokens, role in phrases]
    for (tokens, role), doer in zip(phrases, doers):
        entities = context.entities_in(doer if role == "agent" else subtrees(tokens))
        if not entities and role == "agent" and any(context.is_pronoun(token) for token in tokens):
            entities = antecedent(trigger, context)  # type: ignore[assignment]
        for key, kind in entities:
            if kind == "place":
                places += [key] if role == "target" and key not in places else []  # "rebels shelled Kidal"
            elif all(p.entity_key != key for p in found):
                found.append(Participant(entity_key=key, role=role))
    return found, places, _generic_side(phrases, doers, context)


def _generic_side(phrases: list[tuple[list[Token], Role]], doers: list[list[Token]], context: EventContext) -> str:
    """The side of an internal conflict the common noun of a mention's doer names, by its head or a modifier of it
    ("The army and its allies have used air strikes", "the largest guerrilla group ambushed a base", "militants who
    stormed a post"); "" for none, or for both. A modifier after a stance prefix names the side opposed or backed,
    not the doers' ("anti-government militants", "pro-government gunmen"). A state among the doers (``doers``: each agent
    phrase without its whereabouts, in the order of ``phrases``) gives the side ``state_side`` names ("Morocco sent troops": the
    government side, not that of rebels from Morocco)."""
    sides = context.lexicon.generic_sides
    stances = linking_lexicon().stance_prefixes
    found: set[str] = set()
    for (tokens, role), doer in zip(phrases, doers):
        if role != "agent":
            continue
        if any(kind == "state" for _, kind in context.entities_in(doer)):
            found.add(context.lexicon.state_side)
        for token in tokens:
            for head in (token, *token.conjuncts):
                if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
                    head = head.head.head  # "militants who stormed a post": the militants
                words = {lemma(head)} | {lemma(child) for child in children(head, "compound", "amod") if not _stance(child, stances)}
                found.update(side for side, nouns in sides.items() if words & nouns)
    return next(iter(found)) if len(found) == 1 else ""


def _stance(modifier: Token, prefixes: frozenset[str]) -> bool:
    """Whether a modifier follows a stance prefix and a hyphen, written together ("anti-government")."""
    doc, i = modifier.doc, modifier.i
    return i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _without_whereabouts(tokens: list[Token], context: EventContext) -> list[Token]:
    """The phrases of the doers without the phrases that say where they are: "Armed gangs in Haiti launched an
    assault" is the gangs' act, not Haiti's ("Rwandan troops" and "troops from Rwanda" still name their side)."""
    words = context.lexicon.whereabouts_prepositions
    where = {t.i for token in tokens for prep in children(token, "prep") if prep.lower_ in words for t in prep.subtree}
    where |= {i for token in tokens for head in (token, *token.conjuncts) for i in _origin(head, context)}
    return [t for t in subtrees(tokens) if t.i not in where]


def _origin(head: Token, context: EventContext) -> set[int]:
    """The tokens of a state's name before a noun of doers who fight their state ("Myanmar rebels", "Myanmar's rebel forces", "Syrian
    opposition fighters"): where they are from, not who acts; "Myanmar troops" stays Myanmar's."""
    rebels = context.lexicon.rebel_doer_nouns
    modifiers = children(head, "compound", "amod", "nmod", "poss")
    if not ({lemma(head)} | {lemma(child) for child in modifiers}) & rebels:
        return set()
    return {t.i for child in modifiers if lemma(child) not in rebels for t in child.subtree if _kind(t, context) == "state"}


def _kind(token: Token, context: EventContext) -> str | None:
    """The kind of the entity ``token`` belongs to, if any."""
    entity = context.entity_at.get(token.i)
    return entity[1] if entity is not None else None


def _role_phrases(trigger: Token, context: EventContext) -> list[tuple[list[Token], Role]]:
    """The phrases that name participants, each with the role it gives."""
    lexicon = context.lexicon
    roles = _verb_roles(trigger, context) if trigger.pos_ == "VERB" else _noun_roles(trigger, context)
    present = {prep.lower_ for prep in children(trigger, "prep")}  # a preposition not among them has no objects
    for preposition in sorted(lexicon.target_prepositions):
        roles.append((prep_objects(trigger, preposition) if preposition in present else [], "target"))
    between = [obj for prep in sorted(lexicon.participant_prepositions) if prep in present for obj in prep_objects(trigger, prep)]
    roles.append((between, "participant"))
    return roles


def _verb_roles(verb: Token, context: EventContext) -> list[tuple[list[Token], Role]]:
    if _headline_passive(verb, context):
        return [(_agents(verb), "agent"), (children(verb, "nsubj", "nsubjpass"), "target")]  # "UN peacekeepers attacked in Mali"
    return [(subjects(verb), "agent"), (_agents(verb), "agent"), (children(verb, "dobj", "nsubjpass"), "target")]


_PAST_TAGS = ("VBD", "VBN")


def _headline_passive(verb: Token, context: EventContext) -> bool:
    """A bare past form of a verb that takes the one it hits as object, with a subject but no object and no auxiliary,
    in a headline (a line of its own that ends with no full stop), is a passive with its "was/were" left out: its
    subject is the target ("Guinea-Bissau military base attacked", "peacekeepers killed when convoy attacked"; not
    "Rebels attacked army base", nor a body sentence)."""
    if (
        verb.tag_ not in _PAST_TAGS
        or lemma(verb) not in context.lexicon.headline_passive_verbs
        or not children(verb, "nsubj")
        or children(verb, "dobj", "aux", "auxpass", "ccomp", "xcomp")
    ):
        return False
    sentence = verb.sent
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text in (".", "!", "?", ":", ";"):
        return False
    return opens_line(verb.doc, words[0].idx) and closes_line(verb.doc, words[-1].idx + len(words[-1].text))


def _noun_roles(noun: Token, context: EventContext) -> list[tuple[list[Token], Role]]:
    """A noun trigger's possessor and "by" phrase act; so does its clause's subject when the noun
    is the clause's object (not of a verb that only judges, reports or looks into it; of one that
    endures it, the subject is the target); the subject of a verb that subjects its object to the noun acts on
    that object ("subjected the villages to shelling"); the agent of a mediation verb mediates ("talks brokered by Qatar")."""
    mediation = context.lexicon.mediation_verbs
    roles: list[tuple[list[Token], Role]] = [(children(noun, "poss", "compound"), "agent"), (prep_objects(noun, "by"), "agent")]
    clause = clause_head(noun)
    if clause is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head == clause:
        word = lemma(clause)
        if word in context.lexicon.endured_attack_verbs:
            roles += [(subjects(clause), "target")]  # "the army repelled the assault"
        elif word not in context.lexicon.commenting_verbs:  # not "Saudi Arabia condemned the strike"
            roles += [(subjects(clause), "agent"), (_agents(clause), "agent")]
    holder = conj_root(noun)
    verb = holder.head.head if holder.dep_ == "pobj" and holder.head.lower_ == "to" else None
    if verb is not None and verb.pos_ == "VERB" and lemma(verb) in shared_words().subjecting_verbs:
        # "the Kyrgyz forces subjected Tajik villages to shelling", "villages were subjected to shelling by X"
        roles += [(subjects(verb), "agent"), (_agents(verb), "agent"), (children(verb, "dobj", "nsubjpass"), "target")]
    roles += [(_agents(acl), "mediator") for acl in children(noun, "acl") if lemma(acl) in mediation]
    if clause is not None and noun.dep_ == "nsubjpass" and lemma(clause) in mediation:
        roles.append((_agents(clause), "mediator"))
    return roles


def _agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's "by" phrase."""
    return [t for agent in children(verb, "agent") for t in children(agent, "pobj")]


def _places(trigger: Token, context: EventContext) -> list[str]:
    clause = clause_head(trigger)
    sources = [trigger] + ([clause] if clause is not None and clause != trigger else [])
    places: list[str] = []
    for source in sources:
        present = {prep.lower_ for prep in children(source, "prep")}  # most place prepositions head no phrase here
        for preposition in sorted(context.lexicon.place_prepositions & present):
            for key, kind in context.entities_in(subtrees(prep_objects(source, preposition))):
                if kind == "place" and key not in places:
                    places.append(key)
    return places


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for a controlled or conjoined verb without one ("managed to take",
    "agreed to lay down and withdraw"), the subjects of the verb it depends on."""
    for _ in range(3):
        found = children(verb, *SUBJECT_DEPS)
        if found or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return found
        verb = verb.head
    return []
