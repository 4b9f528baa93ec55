"""Conflict events (GUIDELINES section 4) from a parsed document.

Each token is tested against the trigger records of ``lexicons/event_triggers.yaml``
(:mod:`.triggers`, with the named checks of :mod:`.checks`); each trigger then gets a
modality (:mod:`.modality`), a date (:mod:`.dating`), participants and places
(:mod:`.participants`), and same-type mentions of one event are merged
(:mod:`.coreference`). A definite noun that repeats an earlier trigger noun read in a narrower sense
("A riot at the prison ... the riot") keeps that sense (:func:`_senses_carried`).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from kg.codes import EventType
from kg.extract.events.checks import is_definite, is_reference_point, sentence_has_noun
from kg.extract.events.context import EventContext
from kg.extract.events.coreference import Trigger, corefer, last_day, to_event
from kg.extract.events.dating import attach_time, dated_by_its_end
from kg.extract.events.lexicon import EventLexicon, TriggerRule, event_lexicon
from kg.extract.events.modality import modality
from kg.extract.events.participants import participants
from kg.extract.events.triggers import classify
from kg.extract.syntax import NOMINAL, clause_head, has_indefinite_article, hyphenated, lemma, proper_plural_singular
from kg.nlp.doccache import token_table
from kg.records import Event, TimeValue
from kg.timex.calendar import date_range

__all__ = ["EventLexicon", "event_lexicon", "extract_events"]


def extract_events(
    doc: Doc,
    times: list[TimeValue],
    demonyms: frozenset[str] = frozenset(),
    lexicon: EventLexicon | None = None,
    published: date | None = None,
) -> list[Event]:
    """The events a parsed document reports, one per real-world event.

    Args:
        doc: A document processed by ``kg.nlp.pipeline.load_pipeline()``.
        times: The time expressions of ``doc.text`` (``kg.timex.find_time_expressions``).
        demonyms: Lower-case demonyms: a plural one ("Georgians") names people.
        lexicon: The trigger records and word classes (default: the shipped ``event_triggers.yaml``).
        published: The article's publication date, if known: the news day is no later than it for a week, month or
            year that holds it ("earlier this year").

    Returns:
        Events in order of their first mention; offsets point into ``doc.text``.
    """
    context = EventContext(doc, times, lexicon or event_lexicon(), demonyms)
    candidates = _candidates(doc, context.lexicon)
    rules = {i: rule for i in candidates if (rule := classify(doc[i], context)) is not None}
    carried = _senses_carried(doc, rules)
    triggers = [_trigger(doc[i], rule, context, published, carried.get(i)) for i, rule in rules.items()]
    _operation_hostilities(triggers, context)
    _protest_clashes(triggers, context)
    events = [to_event(cluster, context) for cluster in corefer(triggers, _news_day(times, published), frozenset(context.lexicon.history_types))]
    for event in events:  # a headline's undated mention merged with the body's talks to come
        if event.modality == "happened" and _after_publication(event.time, published):
            event.modality = "planned"
    return events


def _after_publication(time: TimeValue | None, published: date | None) -> bool:
    """Whether a time's day comes after the publication day."""
    day = time.date if time is not None else None
    return published is not None and day is not None and len(day) == 10 and date.fromisoformat(day) > published


def _news_day(times: list[TimeValue], published: date | None) -> date | None:
    """The latest day the time expressions of a document name (a dateline's too; of a week, month or year, its
    last day, or the publication day for one that holds it: "earlier this year" in an October report names no
    December day): the day of its news."""
    days = []
    for time in times:
        if time.date is None:
            continue
        end = last_day(time.date)
        if published is not None and len(time.date) < 10 and date.fromisoformat(date_range(time.date)[0]) <= published < end:
            end = published
        days.append(end)
    return max(days, default=None)


def _candidates(doc: Doc, lexicon: EventLexicon) -> list[int]:
    """The tokens some trigger record is for, by part of speech and word (``classify`` tries no other)."""
    table = token_table(doc)
    words = lexicon.trigger_words
    nouns, found = words.get("NOUN", frozenset()), []
    for i, (pos, tag, word) in enumerate(zip(table.pos, table.tag, table.lemma)):
        if pos in NOMINAL:
            if pos == "PROPN" and tag == "NNPS":
                word = proper_plural_singular(word)  # as ``syntax.lemma``: "Talks" -> "talk", "Clashes" -> "clash"
            if word in nouns or table.lower[i] in nouns or (table.lower[i - 1] == "-" and hyphenated(doc[i]) in nouns):
                found.append(i)
        elif word in words.get(pos, ()):
            found.append(i)
    return found


def _senses_carried(doc: Doc, rules: dict[int, TriggerRule]) -> dict[int, EventType]:
    """The types definite nouns take from an earlier mention of their word in a narrower sense: a noun whose
    own record is its word's general one ("the riot", "the attack", "the clashes") that repeats a noun a
    record with conditions typed otherwise ("A riot at the women's prison", "a suicide attack", "clashes
    with protesters") refers back to that event, the latest such one. A war's extent ("months of fighting")
    is no sense of the word, and an indefinite noun in the general sense ("another attack") is a new event:
    after either, nothing is carried."""
    carried: dict[int, EventType] = {}
    narrow: dict[str, EventType] = {}
    for i, rule in rules.items():
        token = doc[i]
        if token.pos_ not in NOMINAL:
            continue
        word = lemma(token)
        if rule.when and rule.type != "War":
            narrow[word] = rule.type
        elif not rule.when and word in narrow and narrow[word] != rule.type and is_definite(token):
            carried[i] = narrow[word]
        else:
            narrow.pop(word, None)  # a new event of the word's general sense, or a war's extent
    return carried


def _operation_hostilities(triggers: list[Trigger], context: EventContext) -> None:
    """Hostilities told after a military operation the document reports, with no time of their own, are that
    operation's fighting, not a war of their own ("launched an anti-terrorist operation ... the first major
    resumption of hostilities in the region", "the two-day offensive ... cut off as a result of the
    hostilities"); hostilities a time bounds are a war ("hostilities that lasted until 1994")."""
    words = context.lexicon.operation_hostility_nouns
    operation = False
    for trigger in triggers:
        token = trigger.token
        if trigger.type == "MilitaryOperation" and trigger.modality in ("happened", "announced"):
            operation = True
        elif (
            operation
            and trigger.type == "War"
            and lemma(token) in words
            and trigger.time is None
            and not any(t.i in context.time_at for t in token.subtree)
        ):
            trigger.type = "MilitaryOperation"


def _protest_clashes(triggers: list[Trigger], context: EventContext) -> None:
    """Clashes with no armed side and no fighter in their sentence, in a document that reports protests and no
    fighting of armed sides, are the protests' clashes, not a battle ("Violent clashes in Senegal after the
    opposition leader was charged", "was caught in Thursday's clashes", told with protests); a clash of armed
    sides anywhere in the document ("clashes between soldiers and rebels") keeps them battles. Clashes a word of
    armed or communal fighting describes ("rebel clashes", "tribal clashes", "border clashes") stay battles, and so do
    clashes placed apart from the protests, with no protest or crowd in their sentence ("Thousands of protesters
    marched in Khartoum ... Meanwhile, clashes killed 30 people in Blue Nile state")."""
    lexicon = context.lexicon
    words, fighters = lexicon.crowd_clash_nouns, lexicon.combatant_nouns
    protests = [t for t in triggers if t.type == "Protest" and t.modality == "happened"]
    if not protests:
        return
    armed = [t for t in triggers if t.type in _ARMED_TYPES and (t.sides or sentence_has_noun(t.token.sent, fighters))]
    if armed:
        return
    battle_words = lexicon.armed_uprising_modifiers | lexicon.communal_clash_modifiers
    protest_places = {place for t in protests for place in t.places}
    protest_sentences = {t.sentence for t in protests}
    crowd = lexicon.demonstrator_nouns | lexicon.police_force_nouns
    for trigger in triggers:
        token = trigger.token
        if trigger.type != "MilitaryOperation" or token.pos_ not in NOMINAL or lemma(token) not in words:
            continue
        if any(lemma(c) in battle_words for c in token.children if c.dep_ in ("amod", "compound")):
            continue  # (not "armed clashes", "rebel clashes", "tribal clashes")
        told_with_protest = trigger.sentence in protest_sentences or sentence_has_noun(token.sent, crowd)
        if not told_with_protest and trigger.places and protest_places and not set(trigger.places) & protest_places:
            continue  # (clashes of another place than the protests')
        trigger.type = "Protest"


#: Types of fighting whose armed sides make the clashes of a document a battle.
_ARMED_TYPES = frozenset({"MilitaryOperation", "Attack", "Explosion", "Capture", "War"})


def _trigger(token: Token, rule: TriggerRule, context: EventContext, published: date | None, carried: EventType | None = None) -> Trigger:
    event_type = carried or rule.type
    year = published.year if published is not None else None
    said = modality(token, context.lexicon, event_type, year)
    trigger = Trigger(type=event_type, token=token, anaphoric=rule.anaphoric, modality=said)
    trigger.family = lemma(token) if rule.own_event else ""
    if rule.redescribes is not None and carried is None:
        trigger.redescribes = rule.redescribes
        trigger.redescribes_with = context.lexicon.word_class(rule.redescribes_with) if rule.redescribes_with else frozenset()
    if event_type == "Ceasefire" and _ends_a_war(token, context.lexicon):
        trigger.family = "war_end"  # (its own event: not the ceasefire of the news)
    trigger.reference_point = is_reference_point(token, context.lexicon)
    trigger.time, trigger.time_inherited = attach_time(token, event_type, context)
    if trigger.modality == "happened" and _after_publication(trigger.time, published):
        trigger.modality = "planned"  # "Talks resume in Arusha on Friday": not yet happened when the article was written
    trigger.ended = dated_by_its_end(token, event_type, trigger.time, trigger.time_inherited)
    sentence = token.sent
    trigger.era = context.era(sentence)
    trigger.sentence = sentence.start
    trigger.indefinite = _is_indefinite_kind(token)
    # (not a definite noun, which refers back: "Also, the attack cut the road")
    trigger.additive = sentence[0].lower_ in context.lexicon.additive_openers and not (token.pos_ in NOMINAL and is_definite(token))
    trigger.counted = _is_counted(token, context)
    trigger.participants, trigger.places, trigger.generic_side = participants(token, context)
    trigger.sides = context.sides(trigger.participants)
    return trigger


def _ends_a_war(token: Token, lexicon: EventLexicon) -> bool:
    """A ceasefire told as the end of a war as a whole, the war the subject or object of its clause's "end" ("The
    war ended with a Russia-brokered cease-fire", "The armed conflict ended with the signing of the Bishkek
    Protocol on Armistice and Ceasefire"): the war's background, another event than a ceasefire the news reports
    ("the offensive ended with a ceasefire on Wednesday" is that one)."""
    verb = clause_head(token)
    if verb is None or lemma(verb) not in lexicon.war_end_verbs:
        return False
    return any(lemma(c) in lexicon.whole_conflict_nouns for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))


def _is_indefinite_kind(trigger: Token) -> bool:
    """An indefinite noun of a kind its compound or participle names ("was killed in a knife attack", "suffered
    casualties in a repelled attack"): a new event, not one told before ("an attack", "a deadly attack" may be)."""
    children = list(trigger.children)
    return (
        trigger.pos_ in NOMINAL
        and has_indefinite_article(trigger)
        and any(child.dep_ == "compound" or (child.dep_ == "amod" and child.tag_ == "VBN") for child in children)
    )


def _is_counted(trigger: Token, context: EventContext) -> bool:
    """A plural mention with a number or counting word ("two attacks", "several strikes"): several events."""
    if trigger.tag_ not in ("NNS", "NNPS"):
        return False
    counting = context.lexicon.counting_words
    return any(
        child.dep_ == "nummod" or (child.dep_ in ("det", "amod", "quantmod") and child.lower_ in counting)
        for child in trigger.children
    )
