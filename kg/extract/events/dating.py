"""The date of an event mention: the nearest time expression of its own clause (not a phrase the parser hung
on a reported clause before its subject: "said on Monday they had attacked"), else of the clauses governing it, or the time a relative clause describes ("in 2014 when its gunmen seized the
town", "since 2014, when Russia annexed Crimea"), a date right before a noun trigger ("the March 23, 2009, accord"), the clause's day shifted back by a count ("came a day after the assault") or a time clause of the same moment gives ("seized the town when the troops withdrew on
Thursday", not an "after" clause). A gerund the parser reads as a verb ("Shelling resumed on Monday")
is dated as a noun; a noun trigger behind a temporal preposition takes none; the start of a span,
"since March", dates nothing and is not looked past; some types take only coarse dates: a war is
dated by its year, not by the day a report mentions it; an event over a range of dates ("the 1992-95 war")
began at its start."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.tokens import Token

from kg.codes import EventType
from kg.extract.events.checks import is_sequenced_clause
from kg.extract.events.context import EventContext
from kg.extract.events.lexicon import EventLexicon
from kg.extract.events.triggers import classify
from kg.extract.syntax import NOMINAL, VERBAL, clause_head, clause_tokens, conj_root, lemma, raised_infinitives
from kg.records import TimeValue
from kg.timex import DATING_GRANULARITIES, day_from_offset, entry_mark_after
from kg.words import shared_words

#: Dependencies along which a trigger inherits the dates of the governing clause.
_INHERIT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
#: Dependencies of a gerund that stands as a noun ("Shelling resumed", "the start of shelling").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})
#: Dependencies of a verb's own subject, and of its object or complement (what makes it no intransitive verb).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})
#: Grains of an event noun's date that a relative clause about it takes: background history, not the day of news.
_BACKGROUND_GRAINS = frozenset({"year", "month"})
#: Grains of the day a lasting event ends on (a year may be all a war is dated by).
_END_GRAINS = frozenset({"day", "part_of_day", "datetime"})


def attach_time(trigger: Token, event_type: EventType, context: EventContext) -> tuple[TimeValue | None, bool]:
    """The date of a trigger and whether it is not the event's own: inherited from a governing clause, or the day of
    a judgement or telling about it ("condemned the ambush on Monday"), the day it was reported."""
    time, inherited = _time(trigger, event_type, context)
    grains = context.lexicon.date_grains.get(event_type)
    if time is not None and grains is not None and time.granularity not in grains and time.role != "span_start":
        return None, False
    if time is not None and time.granularity not in _END_GRAINS and _is_tally(trigger, context):
        return None, False  # "at least 33 attacks in the first quarter of 2017": events over a period, no one date
    return time, inherited


def _entry_time(trigger: Token, context: EventContext) -> TimeValue | None:
    """The date that opens the trigger's line as a timeline's entry, before a colon or dash (a point, not a
    dateline: ``kg.timex`` reads two or more such lines as a timeline): it dates each later sentence of the line
    with no time expression of its own ("Nov. 28, 2020 – Abiy says operations are over. Troops withdraw from
    Mekelle."; not "... Troops withdraw, as they did in 2019.", nor where a rule of the clause leaves it undated:
    "The Kessa Front accuses the army of breaking the ceasefire.")."""
    expression = context.time_starting_at.get(context.line_opening(trigger.idx))
    if expression is None or expression.role != "point" or expression.date is None or expression.end > trigger.sent.start_char:
        return None  # (in the trigger's own sentence, the date is the clause's to give: "... condemns the attack")
    others = {id(found) for token in trigger.sent if (found := context.time_at.get(token.i)) is not None and found is not expression
              and found.granularity in DATING_GRANULARITIES}
    return expression if not others and entry_mark_after(context.text, expression.end) else None


def _is_tally(noun: Token, context: EventContext) -> bool:
    """Whether a plural event noun is counted at ``tally_minimum`` or more ("more than 300 air strikes"); a year
    the parser hung on it as a number is its date, not a count ("the 2019 protests", "the 1996-2003 wars")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    words = shared_words()
    for child in noun.children:
        if child.dep_ != "nummod" or child.i in context.time_at:
            continue
        digits = child.text.replace(",", "")
        count = int(digits) if digits.isdigit() else words.cardinals.value(child.lower_)
        if count is not None and count >= words.tally_minimum:
            return True
    return False


def _time(trigger: Token, event_type: EventType, context: EventContext) -> tuple[TimeValue | None, bool]:
    # (not the object of another verb, whose span it is: "thousands have fled the fighting since January")
    spans = event_type in context.lexicon.span_dated_types and trigger.dep_ != "dobj"
    own, found = _own_time(trigger, context, spans)
    if found:
        return own, False
    clause = _governing_clause(trigger)
    if clause is not None and trigger != clause:
        clause = _naming_governor(clause, context)
    if clause is None or (trigger != clause and not _dated_by_clause(trigger, clause, event_type, context)):
        return None, False
    inherited = False
    enclosed = trigger != clause and _enclosed(trigger, clause, context)
    while True:
        if not inherited and (counted := _day_from_counted_clause(clause, context)) is not None:
            return counted, False  # "the attack came two days after gunmen killed ten villagers on Sunday"
        tokens = _without_other_events(clause_tokens(clause) + _raised_tokens(trigger, clause), trigger, context)
        expression, found = _nearest_time(tokens, trigger, context, spans)
        if not found and not inherited:
            # (the subject's later verb: "The insurgency, believed to be inspired by ..., began in October 2017")
            expression, found = _nearest_time(_subject_conjunct_tokens(trigger, clause, context), trigger, context, spans)
        if found:  # (a judgement's or telling's day is only the day the event was reported: "condemned the strike on Sunday")
            return expression, inherited or (expression is not None and trigger != clause and _told_about(trigger, clause, context.lexicon))
        if enclosed:
            return None, False  # a "during" event takes its clause's own date only, not a reporting verb's
        when = _relative_time(clause, context)
        if when is not None:
            return when, inherited  # "in 2014 when its gunmen seized the town", "a 2012 insurrection that overran Goma"
        when = _simultaneous_time(clause, context)
        if when is not None:
            return when, inherited  # "seized the town when the troops withdrew on Thursday"
        sequenced = _sequenced_time(clause, context)
        if sequenced is not None:
            return sequenced  # "two days after the army shelled the camp"; "almost six weeks after ...": no day
        if _means_clause(clause, context):
            return _means_time(trigger, clause, context)  # "expanded the conflict on Oct. 1 by launching an incursion"
        if clause.dep_ not in _INHERIT_DEPS or clause.head == clause:
            return _entry_time(trigger, context), False  # "Nov. 4, 2020 – Abiy sends troops into Tigray."
        inherited = inherited or clause.dep_ != "conj"
        clause = clause.head


def _own_time(trigger: Token, context: EventContext, spans: bool) -> tuple[TimeValue | None, bool]:
    """The time of a trigger's own phrase or clause, and whether one was found at all."""
    own_tokens = _own_phrase_tokens(trigger) if trigger.pos_ != "VERB" else _own_clause_tokens(trigger)
    own, found = _nearest_time(_without_other_events(own_tokens, trigger, context), trigger, context, spans)
    if not found and trigger.pos_ in NOMINAL:
        own, found = _nearest_time(_adjacent_time(trigger) + _preceding_time(trigger, context), trigger, context)
    if not found and trigger.dep_ == "pobj" and (clause := clause_head(trigger.head)) is not None:
        own = _counted_time(trigger.head, clause, context)  # "a day after the assault"
        found = own is not None
    if not found and trigger.pos_ == "VERB":
        own, found = _nearest_time(_shared_conjunct_tokens(trigger, context), trigger, context)
    if not found and spans and trigger.pos_ == "VERB":
        own, found = _infinitive_span(trigger, context)
    return own, found


def _own_phrase_tokens(noun: Token) -> list[Token]:
    """The tokens of a noun trigger's phrase, without the relative clauses of other nouns in it: their dates tell
    of what those nouns did ("has led airstrikes in Yemen against rebels who staged a coup in September 2014":
    2014 is the coup's); the noun's own relative clause stays ("an attack that killed five on Monday"), and so does
    one after a comma the parser may have hung on the wrong noun, unless it is of a person ("the siege of Varn,
    which began on 2 February" is the siege's)."""
    dropped = {descendant.i for token in noun.subtree if _other_relative_clause(token, noun) for descendant in token.subtree}
    return [token for token in noun.subtree if token.i not in dropped] if dropped else list(noun.subtree)


def _other_relative_clause(token: Token, noun: Token) -> bool:
    """Whether ``token`` heads a relative clause of another noun than ``noun``: restrictive (no comma before it),
    or of a person ("who", "whom", "whose")."""
    if token.dep_ != "relcl" or token.head == noun:
        return False
    edge = token.left_edge.i
    restrictive = edge == 0 or token.doc[edge - 1].text != ","
    return restrictive or any(child.tag_ in ("WP", "WP$") for child in token.children)


def dated_by_its_end(noun: Token, event_type: EventType, time: TimeValue | None, inherited: bool) -> bool:
    """Whether a noun trigger of a lasting type has only the day of its end, as the subject of a clause of its end
    ("the ceasefire ended at 6 am", "the clashes came to an end on Thursday"): the same event as one of a start a
    few days before ("had come into effect on Saturday", "broke out on Monday"), which dates it."""
    words = shared_words()
    if time is None or inherited or time.granularity not in _END_GRAINS or event_type not in words.lasting_event_types:
        return False
    clause = noun.head
    if noun.pos_ not in NOMINAL or noun.dep_ != "nsubj" or clause.pos_ not in VERBAL:
        return False
    verb = lemma(clause)
    if verb in words.ending_verbs:
        return True
    return verb in words.ending_goal_verbs and any(
        child.dep_ == "prep" and child.lower_ == "to" and any(lemma(goal) in words.ending_goal_nouns for goal in child.children)
        for child in clause.children
    )


def _infinitive_span(verb: Token, context: EventContext) -> tuple[TimeValue | None, bool]:
    """The start of a span the parser hung on the purpose infinitive of a war's or an operation's verb: the
    fighting lasts since then, not the aim ("have been fighting to overthrow the monarchy since 1996")."""
    tokens = [
        token
        for child in verb.children
        if child.dep_ in ("advcl", "xcomp") and child.i > verb.i and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        for token in clause_tokens(child)
        if (expression := context.time_at.get(token.i)) is not None and expression.role == "span_start"
    ]
    return _nearest_time(tokens, verb, context, spans=True) if tokens else (None, False)


def _means_time(trigger: Token, clause: Token, context: EventContext) -> tuple[TimeValue | None, bool]:
    """The date of the verb a means gerund hangs on, of its own clause only (not of a report above it: "said on
    Monday it would respond by shelling the town")."""
    verb = clause.head.head
    expression, _ = _nearest_time(_without_other_events(clause_tokens(verb), trigger, context), trigger, context)
    return expression, expression is not None


def _means_clause(clause: Token, context: EventContext) -> bool:
    """Whether a gerund clause is the means of the verb it hangs on ("by launching", "by shelling the town"): done
    at that verb's time."""
    preposition = clause.head
    return (
        clause.dep_ == "pcomp"
        and preposition.dep_ == "prep"
        and preposition.lower_ in shared_words().means_prepositions
        and preposition.head.pos_ in VERBAL
    )


def _subject_conjunct_tokens(trigger: Token, clause: Token, context: EventContext) -> list[Token]:
    """For a noun trigger that is the subject of its clause, the clause of the first later verb conjunct with no
    subject of its own, which says more of the same subject ("The attack killed three soldiers and wounded five on
    Tuesday"; "The insurgency, believed to be inspired by ..., began in October 2017", where the parser makes the
    participle the root): its date is the subject's, as the clause's own would be."""
    if trigger.head != clause or trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.pos_ not in NOMINAL:
        return []
    conjuncts = [
        child
        for child in clause.children
        if child.dep_ == "conj" and child.pos_ in VERBAL and child.i > trigger.i
        and not any(grand.dep_ in _SUBJECT_DEPS for grand in child.children)
    ]
    if not conjuncts:
        return []
    return _without_other_events(clause_tokens(conjuncts[0]), trigger, context)


def _raised_tokens(trigger: Token, clause: Token) -> list[Token]:
    """For the subject of a verb that raises it to an infinitive, the infinitive's clause: its time is the
    subject's ("discussions are expected to take place on May 18", "the meeting is scheduled to open on Friday")."""
    if trigger.head != clause or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [token for verb in raised_infinitives(clause) for token in clause_tokens(verb)]


def _own_clause_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's clause (with its object's phrase where the parser hung the verb on it), without
    those of a reported clause that stand between the reporting verb
    and the clause's subject: the parser hangs them on the wrong verb ("said on Monday they had attacked a
    ship the previous day": Monday is the saying's, and the clause's own "the previous day" dates the attack)."""
    tokens = clause_tokens(verb)
    head = verb.head
    if verb.dep_ == "amod" and head.i > verb.i and (verb.tag_ == "VBD" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)):
        # a verb with its own subject the parser hung on its object as a modifier ("since the military seized
        # power in 2020"): the object's phrase is of the verb's clause
        return tokens + [token for token in head.subtree if token.i > verb.i and token not in tokens]
    if verb.dep_ != "ccomp" or head.i > verb.i:
        return tokens
    openers = [child.left_edge.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "mark") and child.i < verb.i]
    if not openers:
        return tokens
    edge = min(openers)
    return [token for token in tokens if not head.i < token.i < edge]


def _governing_clause(trigger: Token) -> Token | None:
    """The clause that dates a trigger: a verb's own, or for a gerund the parser read as a verb but
    that stands as a noun ("Shelling resumed on Monday"), the clause of the word it hangs on."""
    clause = clause_head(trigger)
    if clause == trigger and trigger.tag_ == "VBG" and trigger.dep_ in _NOUN_DEPS and trigger.head != trigger:
        return clause_head(trigger.head)
    return clause


def _naming_governor(clause: Token, context: EventContext) -> Token:
    """The verb governing a free relative that names the trigger, or ``clause`` itself: "began what it called an
    “anti-terrorist” campaign on Tuesday" is the beginning of the campaign, dated by "began", not a judgement."""
    if (
        clause.dep_ == "ccomp"
        and lemma(clause) in context.lexicon.naming_verbs
        and any(child.tag_ == "WP" and child.dep_ in ("dobj", "nsubjpass") for child in clause.children)
    ):
        return clause.head
    return clause


def _relative_time(clause: Token, context: EventContext) -> TimeValue | None:
    """The date a relative clause takes from what it describes: a time ("in 2014 when its gunmen seized the town",
    "since 2014, when Russia annexed Crimea") or a dated event noun (:func:`_antecedent_time`), unless the clause
    ends that event ("the agreement that ended the war": a war is dated by its start)."""
    if clause.dep_ == "advcl":
        return _time_before_clause(clause, context)
    if clause.dep_ != "relcl":
        return None
    when = context.time_at.get(clause.head.i)
    if when is not None and when.date is not None and when.role != "dateline":
        return when
    if lemma(clause) in context.lexicon.war_end_verbs | context.lexicon.halt_verbs:
        return None
    return _antecedent_time(clause.head, context)


def _time_before_clause(clause: Token, context: EventContext) -> TimeValue | None:
    """The date right before a time clause that a simultaneity marker opens, which the parser hung on the verb,
    not on the date: the clause tells what happened then, even after "since" ("plagued by violence since 2013
    when Seleka fighters seized power"); not a clause with words before its marker ("since 2013, and when ...")."""
    edge = clause.left_edge
    if edge.lower_ not in context.lexicon.simultaneity_markers or edge.head != clause or edge.i == 0:
        return None
    before = edge.i - 1 if clause.doc[edge.i - 1].text != "," else edge.i - 2
    when = context.time_at.get(before) if before >= 0 else None
    if when is None or when.date is None or when.role == "dateline" or when.end > edge.idx:
        return None
    return when if when.role == "point" else replace(when, role="point")


def _antecedent_time(noun: Token, context: EventContext) -> TimeValue | None:
    """The year or month of the event noun a relative clause describes, in its own phrase ("a 2012 insurrection that
    briefly overran Goma") or, for a trigger, as dated ("In 2020, X and Y fought a war in which Y's forces
    reclaimed the territory"): what the clause tells of that event happened then. A day is not carried: it dates
    the noun's own event, not all the clause tells ("the attack on Monday, which followed weeks of shelling")."""
    if noun.pos_ not in NOMINAL:
        return None
    for child in noun.children:
        if child.i < noun.i and (time := context.dating_time(child)) is not None and time.date is not None:
            return time if time.granularity in _BACKGROUND_GRAINS else None
    rule = classify(noun, context)
    if rule is None:
        return None
    time, _ = _time(noun, rule.type, context)
    return time if time is not None and time.role == "point" and time.granularity in _BACKGROUND_GRAINS else None


def _simultaneous_time(clause: Token, context: EventContext) -> TimeValue | None:
    """The date of a time clause that says the clause's event happened at the same time ("when the
    militia retreated on Monday"); an "after" or "before" clause gives another time, not this one."""
    markers = context.lexicon.simultaneity_markers
    for child in clause.children:
        if child.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in child.children):
            continue
        expression, _ = _nearest_time(clause_tokens(child), child, context)
        if expression is not None:
            return expression
    return None


def _sequenced_time(clause: Token, context: EventContext) -> tuple[TimeValue | None, bool] | None:
    """For an "after"/"before" clause, the day a count of days from its governor gives ("two days after the army
    shelled the camp"), or no date when it is set at a distance that gives no day ("said on Monday, almost six weeks
    after Ukraine launched its incursion": not Monday); ``None`` when neither, and the governor's date may hold."""
    if not is_sequenced_clause(clause, context.lexicon):
        return None
    # the count hangs on the clause's verb, or on its temporal marker ("on Sunday, two weeks after battles there
    # killed more than 100 people", where the parser makes "weeks" the marker's)
    holders = _count_holders(clause, context)
    if (found := _sequenced_count(clause, context)) is not None and (own := _trailing_day(clause, found[0], context)) is not None:
        return own, False  # the parser hung the clause's own day on the governor: "... targeted soldiers ... on Sunday"
    for holder in holders:
        counted = _counted_time(holder, clause.head, context, skip=clause)
        if counted is not None:
            return counted, False
    return (None, False) if any(_measured(holder, context) for holder in holders) else None


def _count_holders(clause: Token, context: EventContext) -> list[Token]:
    """The tokens a count of an after/before clause hangs on: the clause's verb, and its temporal marker."""
    return [clause, *(c for c in clause.children if c.dep_ == "mark" and c.lower_ in context.lexicon.temporal_prepositions)]


def _sequenced_count(clause: Token, context: EventContext) -> tuple[Token, TimeValue] | None:
    """The holder (the clause's verb or its marker) and the unresolved count of days of an after/before
    clause, if it has one ("two days after gunmen killed ten villagers")."""
    for holder in _count_holders(clause, context):
        if (count := _unresolved_count(holder, context)) is not None:
            return holder, count
    return None


def _unresolved_count(holder: Token, context: EventContext) -> TimeValue | None:
    """The first count of days or weeks hung on ``holder`` that names no date of its own ("two days" after ...)."""
    counts = [context.time_at.get(child.i) for child in holder.children if child.dep_ == "npadvmod"]
    return next((time for time in counts if time is not None and time.value is None), None)


def _trailing_day(clause: Token, holder: Token, context: EventContext) -> TimeValue | None:
    """The day told after an after/before clause's start, in the sentence of its governor (``clause.head``), with
    no comma before it: the clause's own, even where the parser hung it on the governor ("came a day after
    another bomb targeted soldiers in X district at 5 pm on Sunday")."""
    start = clause.left_edge.i
    tokens = []
    for token in clause.head.subtree:
        if token.i <= start or token.i in context.time_at and context.time_at[token.i].value is None:
            continue
        if token.text == "," and token.i > clause.i:
            break
        tokens.append(token)
    day, _ = _nearest_time(tokens, holder, context)
    return day if day is not None and day.granularity in ("day", "datetime", "part_of_day") else None


def _day_from_counted_clause(clause: Token, context: EventContext) -> TimeValue | None:
    """The day of a clause with no date of its own before an after/before clause that counts days from a dated
    event ("The attack came two days after gunmen killed ten villagers on Sunday": Tuesday, not Sunday)."""
    for child in clause.children:
        if child.i < clause.i or not is_sequenced_clause(child, context.lexicon):
            continue
        found = _sequenced_count(child, context)
        if found is None:
            continue
        before = [t for t in clause_tokens(clause) if t.i < child.left_edge.i]
        if _nearest_time(before, clause, context)[1]:
            return None  # the clause's own date ("The shelling on Thursday came a day after ...")
        day = _trailing_day(child, found[0], context)
        return day_from_offset(found[1], day, towards_counted=False) if day is not None else None
    return None


def _measured(holder: Token, context: EventContext) -> bool:
    """A distance in time the clause is set at from its governor that gave no day ("almost six weeks after ...",
    "more than two years after ..."): the governor's date is not the clause's."""
    return any(
        child.dep_ == "npadvmod" and (child.i in context.time_at or any(c.dep_ == "nummod" for c in child.children))
        for child in holder.children
    )


def _counted_time(holder: Token, clause: Token, context: EventContext, skip: Token | None = None) -> TimeValue | None:
    """The day of an event a count of days before or after names ("the shelling on Thursday came a day after
    the assault", "... two days after the army shelled the camp": on Wednesday), from the day nearest to the
    count (a child of ``holder``) in ``clause``, the one it hangs on, outside ``skip``'s phrase (by default
    ``holder``'s: the counted event's own)."""
    count = _unresolved_count(holder, context)
    if count is None:
        return None
    skipped = {token.i for token in (skip if skip is not None else holder).subtree}
    day, _ = _nearest_time([token for token in clause.subtree if token.i not in skipped], holder, context)
    return day_from_offset(count, day) if day is not None else None


def _shared_conjunct_tokens(verb: Token, context: EventContext) -> list[Token]:
    """The clause of a later conjunct of the verb's trigger record when the verb has no object of its own and
    shares the conjunct's ("ambushed and attacked the soldiers on Tuesday": Tuesday dates the ambush too)."""
    if any(child.dep_ == "dobj" for child in verb.children):
        return []
    rule = classify(verb, context)
    if rule is None:
        return []
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
    shared = [c for c in conjuncts if any(g.dep_ == "dobj" for g in c.children) and lemma(c) in rule.lemmas]
    if not shared and not any(child.dep_ in _OBJECT_DEPS for child in verb.children):
        # an intransitive verb and a later conjunct of the same subject, dated ("surrendered and agreed to a
        # ceasefire on Wednesday": Wednesday dates the surrender too; not "and the army entered the town")
        shared = [c for c in conjuncts if not any(g.dep_ in _SUBJECT_DEPS for g in c.children)][:1]
    return [token for conjunct in shared for token in clause_tokens(conjunct)]


def _adjacent_time(noun: Token) -> list[Token]:
    """The tokens of an "in" phrase right after a noun trigger that the parser hung elsewhere ("since
    the Kosovo War in 1999", with "in 1999" attached to the verb): the date is the noun's."""
    doc = noun.doc
    after = noun.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "in" or doc[after].head.i == noun.i:
        return []
    return list(doc[after + 1].subtree) if doc[after + 1].head.i == after else []


def _preceding_time(noun: Token, context: EventContext) -> list[Token]:
    """The tokens of a time expression right before a noun trigger that the parser hung elsewhere ("the
    March 23, 2009, accord that ended a revolt"): the date is the noun's."""
    doc, before = noun.doc, noun.i - 1
    comma = before >= 0 and doc[before].text == ","
    before -= 1 if comma else 0
    expression = context.time_at.get(before) if before >= 0 else None
    if expression is None:
        return []
    tokens = [token for token in doc[max(0, before - 8) : before + 1] if context.time_at.get(token.i) is expression]
    # (after a comma, only inside a noun phrase the determiner opens: "the March 23, 2009, accord", not
    # "On Monday, shelling resumed")
    first = tokens[0].i
    return tokens if not comma or (first > 0 and doc[first - 1].tag_ in ("DT", "PRP$")) else []


def _nearest_time(
    tokens: list[Token], anchor: Token, context: EventContext, spans: bool = False
) -> tuple[TimeValue | None, bool]:
    """The time expression among ``tokens`` nearest to ``anchor``; the flag says one was found at all
    (a decade or the start of a span, "since March", is found but dates nothing, unless ``spans``: the
    start of a war or operation that has lasted since then dates it)."""
    candidates = [
        (abs(token.i - anchor.i), expression)
        for token in tokens
        if (expression := context.time_at.get(token.i)) is not None
        and expression.role != "dateline"
        and expression.granularity in (*DATING_GRANULARITIES, "decade")
        and context.block[token.i] == context.block[anchor.i]
    ]
    if not candidates:
        return None, False
    expression = _range_start(min(candidates, key=lambda pair: pair[0])[1], context)
    if spans and expression.role == "span_start" and expression.date is not None:
        return expression, True
    if expression.role != "point" or expression.date is None:
        return None, True
    return expression, True


def _range_start(expression: TimeValue, context: EventContext) -> TimeValue:
    """The start of a range whose end ``expression`` is ("the 1992-95 war", "between 1996 and 2003", "since the
    1996-2003 wars"): an event spanning it began then."""
    text, words = context.text, context.lexicon.range_words
    for end in range(expression.start - 1, max(-1, expression.start - 7), -1):
        start = context.time_ending_at.get(end)
        if (
            start is not None
            and _joins_range(text[end : expression.start].strip().lower(), words)
            and start.role in ("point", "span_start")
            and start.granularity == expression.granularity
            and start.value is not None
            and expression.value is not None
            and start.value < expression.value
        ):
            # (a range after "since" began at its start all the same: "active since the 1996-2003 wars")
            return replace(start, role="point")
    return expression


def _joins_range(gap: str, words: frozenset[str]) -> bool:
    """A word of ``words`` or a dash (any dash punctuation) between two dates."""
    return gap in words or (len(gap) == 1 and unicodedata.category(gap) == "Pd")


def _without_other_events(tokens: list[Token], trigger: Token, context: EventContext) -> list[Token]:
    """``tokens`` without the phrases of the other event nouns among them: their dates are theirs ("a
    conflict akin to two wars between 1996 and 2003"), unless the event frames the trigger's
    ("recaptured territory in a 2020 war"). Without a time expression among ``tokens`` nothing can be
    dropped that matters: they are returned as they are."""
    time_at = context.time_at
    if not any(token.i in time_at for token in tokens):
        return tokens
    others = [
        token
        for token in tokens
        if token != trigger
        and token.pos_ in NOMINAL
        and not token.is_ancestor(trigger)
        and not _frames(token, trigger, context)
        and classify(token, context) is not None
    ]
    # (an event word that modifies a noun names the event of the whole phrase, with its date: "a violation of
    # the 2020 ceasefire agreement" is the agreement's 2020, not the blockade's that violates it)
    others += [
        token.head
        for token in others
        if token.dep_ == "compound"
        and token.head.pos_ in NOMINAL
        and token.head != trigger
        and not token.head.is_ancestor(trigger)
    ]
    others += _other_time_clauses(tokens, trigger, context.lexicon)
    others += _reference_points(tokens, trigger, context)
    dropped = {descendant.i for token in others for descendant in token.subtree}
    return [token for token in tokens if token.i not in dropped] if dropped else tokens


def _other_time_clauses(tokens: list[Token], trigger: Token, lexicon: EventLexicon) -> list[Token]:
    """The heads of the clauses among ``tokens`` that tell another event's time: the gerund clause of a temporal
    preposition ("Since losing Khartoum last month, the RSF has ramped up its campaign": last month is the loss's),
    and a time clause a sequencing conjunction hangs on an event noun ("the deadliest attack since Islamist
    violence erupted in 2015": 2015 is the eruption's, the attack's date is its clause's)."""
    return [
        token
        for token in tokens
        if token != trigger
        and not token.is_ancestor(trigger)
        and (
            (
                token.dep_ == "pcomp"
                and token.head.lower_ in lexicon.temporal_prepositions
                and token.head.lower_ not in lexicon.enclosing_prepositions
            )
            or _sequencing_clause(token, lexicon)
        )
    ]


def _reference_points(tokens: list[Token], trigger: Token, context: EventContext) -> list[Token]:
    """The objects among ``tokens`` of the prepositions of a reference point before or after the trigger's event,
    that are no time themselves: a year or month in their phrase is theirs ("reiterated hopes for a peace deal before
    September elections", "after a disputed election last year"; not "after midnight on Sunday", nor a day the
    parser may have hung on the object: "erupted after the vote on Sunday")."""
    words = context.lexicon.reference_prepositions
    return [
        token
        for token in tokens
        if token.dep_ == "pobj"
        and token.i not in context.time_at
        and (token.head.lower_ in words or (token.head.lower_ == "to" and token.head.head.lower_ in words))
        and not token.is_ancestor(trigger)
        and token != trigger
        and not any((time := context.time_at.get(t.i)) is not None and time.granularity in _END_GRAINS for t in token.subtree)
    ]


def _sequencing_clause(token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token`` heads an adverbial clause a temporal conjunction of another time opens ("since ...",
    "after ...", "until ..."; not "during", nor a "when" or "as" clause of the same moment), hung on a noun."""
    return (
        token.dep_ == "advcl"
        and token.head.pos_ in NOMINAL
        and any(
            child.dep_ == "mark"
            and child.lower_ in lexicon.temporal_prepositions
            and child.lower_ not in lexicon.enclosing_prepositions
            for child in token.children
        )
    )


def _frames(noun: Token, trigger: Token, context: EventContext) -> bool:
    """Whether ``noun`` is the object of a framing preposition of the trigger or of a word above it ("in a war")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in context.lexicon.framing_prepositions:
        return False
    holder = preposition.head
    return holder == trigger or holder.is_ancestor(trigger)


def _told_about(noun: Token, clause: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun trigger is what its clause judges or tells about: the object of an appraising verb ("condemned
    the drone strike on Sunday"), or of a topic preposition on a telling verb or its object ("revealed on Friday
    some details about a violent clash"; not "brought about fresh clashes on Tuesday", no telling); its clause's
    date is the day of the telling."""
    head = conj_root(noun)
    if head.dep_ == "dobj" and head.head == clause:
        return lemma(clause) in lexicon.appraising_verbs
    if _set_off_after_telling(noun, clause, lexicon):
        return True
    preposition = head.head
    return (
        head.dep_ == "pobj"
        and lemma(clause) in lexicon.telling_verbs
        and preposition.lower_ in lexicon.topic_prepositions
        and (preposition.head == clause or (preposition.head.head == clause and preposition.head.dep_ in _OBJECT_DEPS))
    )


def _set_off_after_telling(noun: Token, clause: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun trigger is in a phrase the parser hung on a telling verb after it, set off by a comma: a
    summary of the event told, no time of its own ("..., police said Sunday, in the deadliest ambush of its kind",
    "..., the minister said on Tuesday, the latest in a spate of strikes"; not an object, nor a "during" phrase:
    "announced on Monday a ceasefire", "said on Monday, during talks in Doha")."""
    if lemma(clause) not in lexicon.telling_verbs:
        return False
    top = noun
    while top.head != clause:
        if top.head == top:
            return False
        top = top.head
    if top.i < clause.i or top.dep_ in _OBJECT_DEPS or top.dep_ in _SUBJECT_DEPS or top.lower_ in lexicon.enclosing_prepositions:
        return False
    edge = top.left_edge.i
    return edge > 0 and noun.doc[edge - 1].text == ","


def _enclosed(noun: Token, clause: Token, context: EventContext) -> bool:
    """Whether a noun trigger is the event of an enclosing preposition of its clause ("during attacks")."""
    lexicon = context.lexicon
    return any(
        ancestor.dep_ == "prep" and ancestor.lower_ in lexicon.enclosing_prepositions and ancestor.head == clause
        for ancestor in noun.ancestors
    )


def _halts(noun: Token, halt_nouns: frozenset[str]) -> bool:
    """A halt noun that is no denied halt ("a break in the talks", not "there was no pause in the shelling")."""
    denied = shared_words().negative_determiners
    return lemma(noun) in halt_nouns and not any(child.lower_ in denied for child in noun.children)


def _broken(noun: Token, clause: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is what its clause's verb of a breach breaks, as object or passive subject ("violated the
    ceasefire", "the truce was broken")."""
    head = conj_root(noun)
    return head.head == clause and head.dep_ in ("dobj", "nsubjpass") and lemma(clause) in lexicon.violation_verbs


def _dated_by_clause(noun: Token, clause: Token, event_type: EventType, context: EventContext) -> bool:
    """Whether a noun trigger takes the date of its clause: not behind a temporal preposition or a phase
    verb, nor inside the phrase of another event noun ("protests over the killings": the clause dates the
    protests), nor the object of a verb that judges or looks into it ("condemned the strike on Monday"), nor
    the reason for the clause's act ("arrested on Monday for the bombing"), nor a truce under a breach noun
    ("reported violations of the truce on Monday", "ceasefire violations on Tuesday") or what the clause's verb of
    a breach breaks ("violated the ceasefire on September 18"): the day is the breach's."""
    lexicon = context.lexicon
    for ancestor in noun.ancestors:
        if ancestor == clause:
            break
        if ancestor.dep_ == "prep" and ancestor.lower_ in lexicon.temporal_prepositions:
            # (an event the clause's falls within has its date: "seized in November 2023 during attacks")
            if ancestor.lower_ not in lexicon.enclosing_prepositions or ancestor.head != clause:
                return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in lexicon.reason_prepositions and event_type in lexicon.reason_dated_types:
            return False  # "placed on a wanted list on 1 October for the strikes": the strikes came before
        if event_type in lexicon.halt_undated_types and _halts(ancestor, lexicon.halt_nouns):
            return False
        if ancestor.pos_ in NOMINAL and classify(ancestor, context) is not None:
            return False
        if event_type in lexicon.violated_types and ancestor.pos_ in NOMINAL and lemma(ancestor) in lexicon.violation_nouns:
            return False  # "reported violations of the truce on Monday": the day of the violations
    if event_type in lexicon.violated_types and _broken(noun, clause, lexicon):
        return False  # "violated the ceasefire on September 18": the day of the breach, not of the truce
    if noun.dep_ in ("dobj", "conj") and lemma(clause) in lexicon.appraising_verbs and conj_root(noun).dep_ == "dobj":
        # "on Monday condemned the strike": the day of the condemnation; a date after the noun may still be
        # its own ("condemned the deaths of peacekeepers near Bunia on Monday")
        return any(t.i > noun.i and context.dating_time(t) is not None for t in clause_tokens(clause))
    if event_type != "MilitaryOperation" or (verb := lemma(clause)) not in lexicon.phase_verbs:
        return True
    return lemma(noun) in lexicon.campaign_nouns and verb in lexicon.campaign_verbs  # "resumed airstrikes on March 15"
