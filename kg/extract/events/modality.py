"""Whether the text says an event happened, or only announces, plans, demands or denies it.

The words governing the trigger decide, nearest first: a negation denies it; a demand
verb or noun, an intention adjective ("determined to recapture"), a condition, a fear, a possibility ("could launch", "fighting could resume"), "any" ("any attack") or
a judgement of a non-definite event under "would" ("a war with Iran would be a disaster") demands it; an announcement or agreement announces
it; a future auxiliary plans it. Its own past-tense relative clause ("talks which resumed
yesterday") or a halt that presupposes it ("an end to the war") says it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.codes import EventType, Modality
from kg.extract.events.checks import halting_word, is_definite, takes_place
from kg.extract.events.lexicon import EventLexicon
from kg.extract.syntax import (
    NOMINAL,
    PLURAL_TAGS,
    VERBAL,
    children,
    clause_head,
    conj_root,
    is_future,
    is_negation,
    lemma,
    negated,
)
from kg.words import shared_words

#: Tags of finite auxiliaries ("has resumed", "were held") and of the infinitive marker ("to be held").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_INFINITIVE_TAG = "TO"
_BARE_VERB_TAG = "VB"
_PARTICIPLE_TAG = "VBN"


def modality(trigger: Token, lexicon: EventLexicon, event_type: EventType, published_year: int | None = None) -> Modality:
    """The modality of the event a trigger mentions (of the type ``event_type``), in an article of ``published_year``
    (``None``: unknown)."""
    if _negated(trigger, lexicon):
        return "denied"
    if _realised(trigger, lexicon, published_year):
        return "happened"
    if _generic(trigger, lexicon):
        return "demanded"  # "any attack on Lebanon will be met with force": no particular attack
    found: Modality = "happened"
    child = trigger
    for ancestor in trigger.ancestors:
        if child.dep_ in ("relcl", "acl") and _to_infinitive(child) and lemma(ancestor) in lexicon.means_nouns:
            return "demanded"  # a means sought, whatever the parse: "to find a way to stop the fighting"
        if child.dep_ == "relcl" or _describes_people(child, ancestor, lexicon) or _finite_conjunct(child, ancestor):
            break
        if child is trigger and _refused(trigger, ancestor, lexicon):
            return "denied"
        attempt = _attempt(child, ancestor, event_type, lexicon) or _dispersed(child, ancestor, event_type, lexicon)
        if attempt is not None:
            if attempt != "happened":
                return attempt
            child = ancestor
            continue
        decided = _governed(child, ancestor, found, lexicon)
        if decided in ("demanded", "denied"):
            return decided
        found = decided or found
        if child.dep_ == "advcl" and (ancestor.pos_ in (*VERBAL, "ADJ") or _finite_clause(child)):
            break  # (a finite clause with its own subject the parser hung on a noun is its own: "ruled out any talks
            # with them as he pursues negotiations with two other groups")
        child = ancestor
    if found == "happened" and (_possible(trigger, lexicon) or _imagined(trigger, lexicon)):
        return "demanded"
    if found == "happened" and _future(trigger):
        return "planned"
    return found


def _refused(trigger: Token, verb: Token, lexicon: EventLexicon) -> bool:
    """An event verb in the infinitive of a refusal verb is not done ("the rebels refused to disarm"); an event noun
    deeper down is only touched by it ("refused to attend the talks")."""
    return trigger.dep_ == "xcomp" and lemma(verb) in lexicon.refusal_verbs and _to_infinitive(trigger)


def _attempt(child: Token, verb: Token, event_type: EventType, lexicon: EventLexicon) -> Modality | None:
    """An attack or a flight in the infinitive of an attempt verb is made, the attempt told as done ("terrorists
    attempted to attack a post", "thousands attempt to leave the region"); denied when the attempt is negated
    ("never attempted to attack"), only wanted when it is modal or to come ("will try to flee"). ``None`` for
    anything else (a capture attempted is not made)."""
    if (
        event_type.lower() not in lexicon.attempted_event_types
        or child.dep_ != "xcomp"
        or lemma(verb) not in lexicon.attempt_verbs
        or not _to_infinitive(child)
    ):
        return None
    if _negated_clause(verb):
        return "denied"
    if is_future(verb) or any(c.dep_ == "aux" and c.lower_ in shared_words().modal_auxiliaries for c in children(verb)):
        return "demanded"
    return "happened"


def _dispersed(child: Token, verb: Token, event_type: EventType, lexicon: EventLexicon) -> Modality | None:
    """A protest forces act to scatter, in the infinitive of their act's purpose or attempt, was held: the crowd is
    there, whether or not it was scattered ("police fired tear gas on Sunday to disperse a rally", "used armored
    vehicles to disperse defiant protesters", "tried to break up the march"); ``None`` when the act is only wanted,
    threatened, negated or to come ("police threatened to disperse the rally", "will use force to disperse any
    protest"), for any other governor ("vowed to disperse the rally": no purpose, no attempt), or for anything
    else."""
    word = lemma(child)
    phrasal = any(f"{word} {p.lower_}" in lexicon.dispersal_verbs for p in children(child, "prt"))
    if (
        event_type.lower() not in lexicon.dispersed_event_types
        or not (word in lexicon.dispersal_verbs or phrasal)
        or not (child.dep_ == "advcl" or (child.dep_ == "xcomp" and lemma(verb) in lexicon.attempt_verbs))
        or not _to_infinitive(child)
        or (lemma(verb) in lexicon.demand_verbs and lemma(verb) not in lexicon.attempt_verbs)
        or verb.pos_ not in VERBAL
    ):
        return None
    if _negated_clause(verb) or is_future(verb) or any(c.dep_ == "aux" and c.lower_ in shared_words().modal_auxiliaries for c in children(verb)):
        return None
    return "happened"


def _to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("attempted to attack", "agreed to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def _finite_clause(verb: Token) -> bool:
    """A verb in a finite tense with a subject of its own ("as he pursues negotiations")."""
    return verb.pos_ in VERBAL and verb.tag_ in _FINITE_TAGS and bool(children(verb, "nsubj", "nsubjpass"))


def _finite_conjunct(child: Token, ancestor: Token) -> bool:
    """A finite verb coordinated with an infinitive is a clause of its own, whatever the parse ("attacked the
    base to free prisoners and seized weapons": the seizure is no purpose)."""
    if child.dep_ != "conj" or ancestor.tag_ != _BARE_VERB_TAG:
        return False
    # (a past participle with no auxiliary of its own is a past tense the tagger missed)
    finite = child.tag_ in _FINITE_TAGS or (child.tag_ == _PARTICIPLE_TAG and not children(child, "aux", "auxpass"))
    return finite and any(c.dep_ == "aux" and c.tag_ == _INFINITIVE_TAG for c in children(ancestor))


def _describes_people(child: Token, noun: Token, lexicon: EventLexicon) -> bool:
    """A present participle describing people is what they do, whatever governs them ("to disperse students
    protesting"; but "an operation targeting Hamas" is as planned as the operation)."""
    people = shared_words().people_nouns | lexicon.casualty_nouns | lexicon.protester_nouns
    return child.dep_ == "acl" and child.tag_ == "VBG" and lemma(noun) in people


def _governed(child: Token, ancestor: Token, so_far: Modality, lexicon: EventLexicon) -> Modality | None:
    """The modality one step up the tree gives (``child`` depends on ``ancestor``), if any."""
    if child.dep_ == "xcomp" and lemma(ancestor) in lexicon.causative_verbs and _negated_clause(ancestor):
        return "denied"  # "Azerbaijan does not force Armenians to leave": what it did not make happen did not happen
    infinitive = _infinitive(child, ancestor, so_far, lexicon)
    if infinitive == "demanded" or _conditional(child, ancestor, lexicon) or _demanding_noun(child, ancestor, lexicon):
        return "demanded"
    if ancestor.pos_ in (*VERBAL, "ADJ"):
        return _governing_verb(child, ancestor, infinitive or so_far, lexicon) or infinitive
    return infinitive


def _infinitive(child: Token, ancestor: Token, so_far: Modality, lexicon: EventLexicon) -> Modality | None:
    """"an attempt to seize" demands it; "an agreement to withdraw" announces it."""
    if not _to_infinitive(child):
        return None
    dep = child.dep_
    if dep == "advcl" and _commitment_reached(ancestor, lexicon):
        return "announced" if so_far == "happened" else None  # "an agreement was reached to stop the offensive"
    if dep in ("advcl", "acl") and lemma(ancestor) not in lexicon.commitment_nouns:
        return "demanded"
    if dep == "xcomp" and children(ancestor, "dobj") and lemma(ancestor) not in lexicon.causative_verbs:
        return "demanded"  # "urged residents to flee", but "forced millions to flee" happened
    return "announced" if dep == "acl" and so_far == "happened" else None


def _commitment_reached(verb: Token, lexicon: EventLexicon) -> bool:
    """A passive verb of no agent whose subject is an agreement or decision: the infinitive the parser hung on
    the verb is what was agreed, put after it ("an agreement has been reached as of 13:00 to stop the
    measures", "a decision was taken on Monday to withdraw"), not a purpose ("troops were sent to stop the
    fighting"); with an agent it may be the agent's purpose ("a deal was mediated by Russia to halt the fighting")."""
    return (
        verb.pos_ in VERBAL
        and not children(verb, "agent")
        and not _negated_clause(verb)
        and any(lemma(s) in lexicon.commitment_nouns for s in children(verb, "nsubjpass"))
    )


def _conditional(child: Token, ancestor: Token, lexicon: EventLexicon) -> bool:
    """Under "if/unless/until", "without" an indefinite event ("without a ceasefire"), or a preposition
    restricted by "only" ("only with the surrender of"); not a past clause under a time limit ("until") of a past main
    clause, which tells what happened ("fighting continued until the two sides signed a truce")."""
    marks = [c.lower_ for c in children(child, "mark") if c.lower_ in lexicon.conditional_markers]
    if marks:
        return not (all(m in lexicon.time_limit_markers for m in marks) and _past_clause(child) and _finite_past(ancestor))
    if ancestor.dep_ == "prep" and ancestor.lower_ in lexicon.absence_prepositions:
        return not any(c.lower_ in shared_words().definite_determiners for c in children(child, "det", "poss"))
    if ancestor.dep_ == "prep" and ancestor.lower_ in lexicon.conditional_markers:
        # (a time point of a past clause is a past event: "was linked to Armenia until the 2020 war"; "will
        # continue until the surrender of the rebels" stays a condition)
        return not _past_clause(ancestor.head)
    return ancestor.dep_ == "prep" and any(c.lower_ in lexicon.restrictive_adverbs for c in children(ancestor))


def _past_clause(verb: Token) -> bool:
    """Whether a verb's clause tells the past: a past tense, or a perfect, with no modal, up through the verbs whose
    infinitive it is ("used to be linked", "had remained")."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in VERBAL or any(a.lower_ in shared_words().modal_auxiliaries for a in children(verb, "aux", "auxpass")):
        return False
    tags = {a.tag_ for a in children(verb, "aux", "auxpass")}
    return (verb.tag_ == "VBD" and not tags) or (verb.tag_ == "VBN" and bool(tags & _FINITE_TAGS) and _INFINITIVE_TAG not in tags)


def _finite_past(verb: Token) -> bool:
    """A past clause of its own, not an infinitive under a past verb ("vowed to fight until the army withdrew": the
    fight, and the withdrawal, are only wanted)."""
    return verb.dep_ != "xcomp" and not _to_infinitive(verb) and _past_clause(verb)


def _demanding_noun(child: Token, ancestor: Token, lexicon: EventLexicon) -> bool:
    """ "fears of a new war", "calls for a ceasefire", "the aim of reclaiming", "openness to negotiations" (but not "the
    demand of the protesters")."""
    if ancestor.pos_ not in NOMINAL or child.dep_ not in ("prep", "acl", "compound"):
        return False
    word = lemma(ancestor)
    of_owner = child.dep_ == "prep" and child.lower_ == "of" and not children(child, "pcomp")
    if word in lexicon.negotiation_nouns and _aim_of_talks(child, lexicon):
        return True
    if word in lexicon.readiness_nouns and child.dep_ == "prep" and child.lower_ in lexicon.readiness_prepositions:
        return True  # "signs of more openness to negotiations": offered, not held
    return word in lexicon.irrealis_nouns or (word in lexicon.demand_nouns and not of_owner and not _accepted(ancestor, lexicon))


def _aim_of_talks(preposition: Token, lexicon: EventLexicon) -> bool:
    """A non-definite event talks are held for or on is what they seek, not yet agreed ("sabotaged talks for a
    ceasefire deal", "negotiations on a truce"; not "talks on the ceasefire", one in force)."""
    if preposition.dep_ != "prep" or preposition.lower_ not in lexicon.talks_aim_prepositions:
        return False
    return any(not is_definite(obj) for obj in children(preposition, "pobj"))


def _accepted(noun: Token, lexicon: EventLexicon) -> bool:
    """A proposal a side accepts or agrees to is agreed, no longer only proposed ("accepted a truce proposal")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in VERBAL or lemma(verb) not in lexicon.acceptance_verbs:
        return False
    # (nor one a side is not ready, or refuses, to accept: "was not prepared to accept Hamas' demands for a deal")
    governor = verb.head if verb.dep_ == "xcomp" else None
    copula = governor.head if governor is not None and governor.dep_ == "acomp" else None  # "was not prepared to"
    refused = governor is not None and (negated(governor) or lemma(governor) in lexicon.deny_verbs or (copula is not None and negated(copula)))
    return not negated(verb) and not refused


def _governing_verb(child: Token, verb: Token, so_far: Modality, lexicon: EventLexicon) -> Modality | None:
    """Denied, demanded ("called for talks", "the only way is a withdrawal", "pressure built for a truce") or
    announced by the governing verb."""
    word, dep = lemma(verb), child.dep_
    if word in lexicon.deny_verbs and dep in ("ccomp", "dobj", "xcomp"):
        return "denied"
    if word in lexicon.prevention_verbs and dep == "prep" and child.lower_ == "from":
        return "denied"  # "distracted the army from taking the fight to the RSF": kept from happening
    if word in lexicon.failure_verbs and dep == "nsubj" and any(lemma(c) in lexicon.failed_start_verbs for c in children(verb, "xcomp")):
        return "denied"  # "the truce has failed to come into force": it never began
    if (
        word in lexicon.announce_verbs
        and dep == "nsubjpass"
        and so_far == "happened"
        and takes_place(verb, lexicon)
    ):
        return "announced"  # a set time, not a wish: "discussions are expected to take place on May 18"
    if word in lexicon.continuation_verbs and dep == "dobj" and _owned_or_definite(child):
        return None  # "pressed their counteroffensive": an event going on, pushed further, not one sought
    if word in lexicon.demand_verbs and dep in ("ccomp", "dobj", "xcomp", "prep", "pobj", "nsubjpass"):
        return "demanded"
    if word in lexicon.intention_adjectives and dep == "xcomp" and _to_infinitive(child):
        return "demanded"  # "appears determined to recapture the town": an intention, as "intends to" is
    if word in lexicon.readiness_adjectives and verb.pos_ == "ADJ" and dep == "prep":
        return "demanded"  # "the rebels remain open to dialogue", "said it was ready for talks": an offer
    if dep == "prep" and child.lower_ in lexicon.readiness_prepositions and any(
        lemma(o) in lexicon.readiness_nouns for o in children(verb, "dobj")
    ):
        return "demanded"  # the parser's "saw [more openness] [to negotiations]": the readiness noun's preposition
    if word == "be" and dep in ("xcomp", "attr", "ccomp") and any(
        lemma(s) in lexicon.demand_nouns | lexicon.means_nouns for s in children(verb, "nsubj")
    ):
        return "demanded"
    if dep == "prep" and child.lower_ in lexicon.demanded_prepositions and any(
        lemma(s) in lexicon.demand_nouns for s in children(verb, "nsubj")
    ):
        return "demanded"  # "pressure built for a truce", "calls are growing for a ceasefire"
    if word in lexicon.announce_verbs and dep in ("ccomp", "xcomp", "dobj") and so_far == "happened":
        return "announced"
    return None


def _generic(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether a generic determiner makes the trigger no particular event ("any attack")."""
    return any(child.lower_ in lexicon.generic_determiners for child in children(trigger, "det"))


def _owned_or_definite(noun: Token) -> bool:
    """A noun with a possessive or a definite article: an event already told or going on ("their offensive", "the
    assault")."""
    return bool(children(noun, "poss")) or is_definite(noun)


def _realised(trigger: Token, lexicon: EventLexicon, published_year: int | None = None) -> bool:
    """Whatever governs it, the event happened when its own relative clause reports it in the past
    ("a truce to be signed at talks which restarted yesterday"), when it goes on since a time, when it is what a halt stops or
    does not stop ("calls for an end to the war", "would not halt its offensive": the war is real), or when a preposition or a noun presupposes it ("after
    the offensive", "in the wake of clashes"), or when it is said to be going on ("the ongoing campaign"), or when a verb keeps,
    raises or calms it, or the implementation of it ("to maintain a ceasefire", "to de-escalate the conflict"; not of a
    generic determiner: "escalating any conflict"), or when a year not after the article's names it ("to honour the 2016 truce"; :func:`_year_named`),
    or when it is told as the cause or the result of another in the past ("unrest sparked by student demonstrations")."""
    measured = _partitive_head(trigger, lexicon)
    if halting_word(trigger, lexicon) is not None or (measured is not None and halting_word(measured, lexicon) is not None):
        return True  # (stopped or not: "would not halt its offensive"; "aimed at ending five decades of conflict")
    if trigger.pos_ in NOMINAL and any(lemma(c) in lexicon.ongoing_adjectives or c.lower_ in lexicon.ongoing_adjectives for c in children(trigger, "amod")):
        return True  # going on, whatever purpose it serves: "to clear any remaining militants as part of the ongoing campaign"
    head = conj_root(trigger)
    for governed in (head, measured):
        if governed is not None and governed.dep_ in ("pobj", "pcomp") and governed.head.lower_ in lexicon.presupposing_prepositions:
            return True  # "agreed to disband after a 24-hour offensive", "after some of the clashes", "despite losing territory"
    if _presupposed_by_noun(head, lexicon) or (measured is not None and _presupposed_by_noun(measured, lexicon)):
        return True  # "sought shelter in the wake of clashes", "its role in six decades of conflict"
    kept, owner = [head], head.head if head.dep_ == "compound" else head  # ("the Ceasefire Agreement")
    if owner.dep_ == "poss" or (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.pos_ in NOMINAL):
        kept.append(owner.head if owner.dep_ == "poss" else owner.head.head)  # "to preserve the Ceasefire Agreement's implementation"
    if not _generic(trigger, lexicon) and any(
        k.dep_ == "dobj" and k.head.pos_ in VERBAL and lemma(k.head) in lexicon.ongoing_object_verbs for k in kept
    ):
        return True  # "a truce committee to maintain a ceasefire"; not "refrain from escalating any conflict"
    if _year_named(trigger, published_year):
        return True  # "pledged to respect the conditions laid out in a 2003 ceasefire": that ceasefire was made
    if _causal_link(head, lexicon):
        return True  # "civil unrest sparked by student demonstrations", "a push by the rebels led to the capture of Goma"
    if trigger.pos_ in VERBAL and any(p.lower_ in lexicon.ongoing_prepositions and children(p, "pobj") for p in children(trigger, "prep")):
        return True  # going on since a time, whatever its purpose: "militias sprung up to battle the military since the 2021 coup"
    for clause in children(trigger, "relcl"):
        auxiliaries = children(clause, "aux", "auxpass")
        tags = {a.tag_ for a in auxiliaries}
        past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and bool(tags & _FINITE_TAGS) and _INFINITIVE_TAG not in tags)
        if past and not negated(clause) and not any(a.lower_ in shared_words().modal_auxiliaries for a in auxiliaries):
            return True
    return False


def _year_named(trigger: Token, published_year: int | None) -> bool:
    """An event noun with a year before it in its own phrase names an event of that year, one that took place
    whatever governs it ("to honour the 2016 truce", "a return to the 2015 peace talks"; not "new talks in 2025"), if
    the year is before the article's (not "to attend the 2030 peace talks"), or is the article's and the noun's clause
    has no future auxiliary (not "the 2024 talks will open in May" in 2024). An article of unknown date names no
    such event: the year alone then makes nothing happened."""
    if published_year is None or trigger.pos_ not in NOMINAL:
        return False
    years = [
        int(child.text)
        for child in trigger.children
        if child.i < trigger.i and child.dep_ in ("nummod", "compound", "amod", "nmod") and _is_year(child.text)
    ]
    return any(year < published_year or (year == published_year and not _future(trigger)) for year in years)


def _is_year(text: str) -> bool:
    """A year written in four digits, from 1900 to 2099."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _causal_link(head: Token, lexicon: EventLexicon) -> bool:
    """The event is told as the cause or the result of another in the past, which takes both as real: the agent of a
    past participle of causing ("unrest sparked by student demonstrations"), or the object of a verb of causing in the
    past ("a large push by the rebels led to the capture of Goma"; not "could lead to a war", "did not lead to talks")."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
        return verb.tag_ == _PARTICIPLE_TAG and lemma(verb) in lexicon.result_verbs
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
    elif head.dep_ == "dobj":
        verb = head.head
    else:
        return False
    if verb.pos_ not in VERBAL or lemma(verb) not in lexicon.result_verbs or negated(verb):
        return False
    auxiliaries = children(verb, "aux", "auxpass")
    if any(a.lower_ in shared_words().modal_auxiliaries for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == _PARTICIPLE_TAG and any(lemma(a) == "have" for a in auxiliaries))


def _partitive_head(trigger: Token, lexicon: EventLexicon) -> Token | None:
    """The word of part, stretch or number whose "of" object the trigger is ("some of the heaviest exchanges",
    "five decades of conflict", "dozens of strikes"), up through several ("one of dozens of raids"); ``None`` for none."""
    head, found = conj_root(trigger), None
    words = lexicon.partitive_heads | lexicon.quantity_nouns
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head is not head.head and lemma(head.head.head) in words:
        head = found = conj_root(head.head.head)
    return found


def _presupposed_by_noun(head: Token, lexicon: EventLexicon) -> bool:
    """The object of "of"/"into" after a noun that takes its event as real ("the aftermath of the strike",
    "an investigation into the massacre"; not "the threat of war")."""
    preposition = head.head
    return (
        head.dep_ == "pobj"
        and preposition.lower_ in lexicon.presupposing_noun_prepositions
        and lemma(preposition.head) in lexicon.presupposing_nouns
    )


def _negated(trigger: Token, lexicon: EventLexicon) -> bool:
    """Denied: a negation or "no" on the trigger, or a negated verb (or one with "neither side" as subject)
    that would have made the event exist ("did not launch an offensive", "no talks were held"); a
    negated verb of another kind (of an active subject, any but "occur", "take place", "begin") takes the event as given ("the truce did not hold", "did not join
    yesterday's talks") unless "any" marks it ("has not claimed any attack")."""
    negative = shared_words().negative_determiners
    if any(is_negation(child) or (child.lower_ in negative and not _only_counts(child)) for child in children(trigger)):
        return True
    if _phrase_negated(trigger):
        return True
    if trigger.pos_ == "VERB":
        return _negated_clause(trigger)
    preposition = trigger.head
    if trigger.dep_ == "pobj" and preposition.dep_ == "prep" and lemma(preposition.head) in lexicon.participation_verbs:
        # a bare plural a negated verb of taking part takes is no event ("Armenia does not participate in military
        # operations"; not "did not take part in the clashes", "did not flee despite clashes")
        return _bare_plural(trigger) and _negated_clause(preposition.head)
    if trigger.dep_ not in ("dobj", "nsubjpass", "nsubj") or trigger.head.pos_ not in VERBAL:
        return False
    verb = trigger.head
    makers = lexicon.occurrence_verbs if trigger.dep_ == "nsubj" else lexicon.existential_verbs
    existential = lemma(verb) in makers or any(c.lower_ in lexicon.any_words for c in children(trigger, "det"))
    return existential and _negated_clause(verb)


def _phrase_negated(noun: Token) -> bool:
    """A negative determiner that opens the noun's phrase, on the noun it is coordinated with ("there were no
    government or Russian air raids", as the parser reads it: "no" on "government", "raids" its conjunct) or hung on a
    modifier before the noun (not a conjunct with a determiner of its own: "no casualties and the attack ...", nor
    one that only counts: "no fewer than 30 air raids")."""
    if noun.pos_ not in NOMINAL:
        return False
    negative = shared_words().negative_determiners
    if (
        noun.dep_ == "conj"
        and noun.head.pos_ in NOMINAL
        and not children(noun, "det", "poss", "nummod")
        and any(c.lower_ in negative for c in children(noun.head, "det"))
    ):
        return True
    first = noun.left_edge
    modifier = first.head
    return (
        first.i < noun.i
        and first.dep_ == "det"
        and first.lower_ in negative
        and modifier is not noun
        and modifier.i < noun.i
        and modifier.dep_ in ("compound", "amod", "nmod", "nummod")
        and noun in modifier.ancestors
    )


#: Tags of a comparative ("fewer", "more", "less").
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _only_counts(determiner: Token) -> bool:
    """A negative determiner before a comparative of the noun's number, which only counts ("No fewer than 30 air raids
    hit Lorn": they happened; not "No more raids hit Lorn", with no number)."""
    doc = determiner.doc
    if determiner.i + 1 >= len(doc):
        return False
    comparative = doc[determiner.i + 1]
    number = comparative.head
    return comparative.tag_ in _COMPARATIVE_TAGS and number.tag_ == "CD" and number.dep_ == "nummod" and number.head == determiner.head


def _bare_plural(noun: Token) -> bool:
    """A plural with no determiner, possessive or number: events of a kind, none in particular ("military operations")."""
    return noun.tag_ in PLURAL_TAGS and not children(noun, "det", "poss", "nummod")


def _negated_clause(verb: Token) -> bool:
    """A verb with a negation, or with a negative subject ("neither side", "no one"; not one "no" only counts: "no
    fewer than 30 air raids hit Lorn")."""
    subjects = children(verb, "nsubj", "nsubjpass")
    negative = shared_words().negative_determiners
    return negated(verb) or any(
        subject.lower_ in negative or any(c.lower_ in negative and not _only_counts(c) for c in children(subject, "det")) for subject in subjects
    )


def _possible(trigger: Token, lexicon: EventLexicon) -> bool:
    """Only possible: a trigger verb, the object of a verb, or the subject of a verb of occurring, under
    "could/might/may" ("Hezbollah could launch a wider offensive", "fighting could resume"), or what a thing under it
    may turn into ("might unravel into a civil war"), as a fear or a
    threat is (not what "could be heard" was heard); a noun a possibility adjective modifies is as possible
    ("concerns over a potential wider conflict", "a possible attack"; not "the attack was possible")."""
    if trigger.pos_ in NOMINAL and any(
        lemma(c) in lexicon.possibility_adjectives or c.lower_ in lexicon.possibility_adjectives for c in children(trigger, "amod")
    ):  # (by its form too: the tagger may read "looming" as a participle of "loom")
        return True
    if trigger.pos_ in NOMINAL and _expected(trigger, lexicon):
        return True
    verb = trigger if trigger.pos_ in VERBAL and trigger.dep_ != "nsubj" else None  # (a gerund subject is a noun)
    if verb is None and trigger.dep_ == "dobj" and trigger.head.pos_ in VERBAL:
        verb = trigger.head
    if verb is None and trigger.dep_ == "pobj" and trigger.head.lower_ in lexicon.outcome_prepositions and trigger.head.head.pos_ in VERBAL:
        verb = trigger.head.head  # what a thing may turn into: "the situation might unravel into a civil war"
    if verb is None and trigger.dep_ == "nsubj" and lemma(trigger.head) in lexicon.occurrence_verbs:
        verb = trigger.head  # "fighting could resume", "clashes may erupt" (not "could have erupted")
        if any(c.dep_ == "aux" and lemma(c) == "have" for c in children(verb)):
            return False
    if verb is None or lemma(verb) in lexicon.perception_words:
        return False
    # (its own auxiliary, or the first verb's of coordinated ones: "has become complicated and might unravel into a war")
    return any(
        c.dep_ == "aux" and c.lower_ in shared_words().possibility_auxiliaries for v in (verb, conj_root(verb)) for c in children(v)
    )


def _expected(trigger: Token, lexicon: EventLexicon) -> bool:
    """An event noun only expected to come: one an expectation word modifies in a prepositional phrase ("the launch
    of an expected offensive"), or the passive subject of "expected" with no infinitive ("an operation is expected
    anytime"; not "talks are expected to take place", nor "the expected offensive began")."""
    if trigger.dep_ == "pobj" and any(lemma(c) in lexicon.expectation_words for c in children(trigger, "amod")):
        return True
    verb = trigger.head
    return trigger.dep_ == "nsubjpass" and lemma(verb) in lexicon.expectation_words and not children(verb, "xcomp")


def _imagined(trigger: Token, lexicon: EventLexicon) -> bool:
    """A non-definite event subject of a judgement under "would/could" ("a war with Iran would be a disaster")."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lemma(verb) not in lexicon.judging_verbs:
        return False
    if any(c.lower_ in shared_words().definite_determiners or c.dep_ == "poss" for c in children(trigger, "det", "poss")):
        return False
    return any(c.dep_ == "aux" and c.lower_ in lexicon.unreal_auxiliaries for c in children(verb))


def _future(trigger: Token) -> bool:
    """A future auxiliary on the trigger, its clause, or the first of coordinated verbs ("will be disbanded and disarmed")."""
    clause = clause_head(trigger)
    first = conj_root(clause) if clause is not None else None
    return any(verb is not None and is_future(verb) for verb in (trigger, clause, first))
