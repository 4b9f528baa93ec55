"""Performatives in a quotation: what the speaker does by saying it ("I condemn ...", "we urge ...").

:func:`performative_kind` is the kind of a speech act, stance or announcement whose subject is the speaker
(``_is_speaker``: a first-person pronoun or what one owns, "our army", the speaker named, "the country"; an
organ speaking for its state): "we urge ...", "the coast guard condemns ...", "we are ready for talks", "our army
will respond", "we expect the corridor to be reopened", "I want to take this opportunity to express ..."; a speech
verb of an earlier speech is none ("of which we were warning the world"). Which kind a claim then takes is
:mod:`.kinds`'.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.appeals import wishes_seen
from kg.extract.claims.commitments import forbids, threatens
from kg.extract.claims.content import WH_TAGS, adjective_complement, verb_cue
from kg.extract.claims.denials import refuses_charge
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.foreseen_harm import conditional
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.claims.sides import actor_keys, title_body
from kg.extract.syntax import VERBAL, children, is_future
from kg.words import shared_words


def performative_kind(quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a performative of the speaker in a quotation: "I condemn ...", "we urge ...", "the coast guard
    condemns ...", "we are ready for talks", "our army will respond to any provocation"; ``None`` when none."""
    for token in quoted:
        if token.tag_ in ("VBZ", "VBP") and stands_on(token, lexicon) and any(
            c.dep_ == "nsubj" and (_is_speaker(c, speaker, discourse) or _the_country(c, lexicon)) for c in token.children
        ):
            return "evaluation"  # "“We are against foreign interference”", "“The country is with the people of Manipur”"
        if not any(c.dep_ == "nsubj" and _is_speaker(c, speaker, discourse) for c in token.children):
            if _speaker_passive_then_future(token, speaker, discourse):
                return "warning" if conditional(quoted, lexicon) else "commitment"  # "China is dedicated to ... and will defend its rights"
            continue
        if refuses_charge(token, lexicon):
            return "denial"  # "“We categorically disagree with attempts to place responsibility on us”"
        prefaced = _prefaced_kind(token, lexicon)
        if prefaced:
            return prefaced  # "I want to take this opportunity to express ...", "I would like to emphasise ..."
        if prefaced == "":
            continue  # a preface, neither an appeal nor an undertaking
        if any(c.dep_ in ("dobj", "dative") and c.tag_ in WH_TAGS for c in token.children):
            continue  # a free relative names earlier speech: "precisely what we have been warning the world about"
        inner = verb_cue(token, lexicon)  # with its particle: "we call upon ..." is an appeal, "we call it ..." an evaluation
        if inner and inner[0] != "assertion" and not _earlier_speech(token):
            return inner[0]
        if token.lemma_.lower() in lexicon.expectation_verbs and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            return "appeal"  # "We expect the corridor to be reopened"
        if token.lemma_.lower() in lexicon.need_verbs and any(c.dep_ == "dobj" for c in token.children):
            return "appeal"  # "We need the help of the whole world"
        stance = [lexicon.adjective_cues[c.lower_] for c in token.children if c.dep_ == "acomp" and c.lower_ in lexicon.adjective_cues and adjective_complement(c)]
        if stance and stance[0] != "assertion":
            return stance[0]  # "we are ready for talks", "we are deeply concerned about ..."
        announced = [token] + [c for c in children(token, "conj") if c.pos_ in VERBAL and not children(c, "nsubj")]  # "we are ready and will defend"
        if any(is_future(verb) for verb in announced) and token.left_edge.tag_ not in WH_TAGS:  # "we will discuss our procedure"; not "what I am going to tell you"
            threat = any(forbids(verb, lexicon) or threatens(verb, lexicon) for verb in announced)  # "we will strike their bases"
            return "warning" if conditional(quoted, lexicon) or threat else "commitment"
    return None


def _earlier_speech(verb: Token) -> bool:
    """A speech verb in a past or perfect relative clause names what the speaker said before, not the act the
    quotation performs: "an act of ethnic cleansing of which we were warning the world for a long time" (not "the
    people whom we urge to leave")."""
    past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children)
    return verb.dep_ == "relcl" and past


def stands_on(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a stance preposition and its object: "are against interference", "is with the people" (where
    the subject stands; the caller checks whose stance it is)."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ in lexicon.stance_prepositions and children(c, "pobj") for c in verb.children
    )


def _the_country(subject: Token, lexicon: ClaimLexicon) -> bool:
    """ "The country", "the nation" with nothing else: in a quotation, the speaker's own ("“The country is with the
    people of Manipur”"; "the neighbouring country" is another)."""
    words = [c.lower_ for c in subject.children]
    return subject.lemma_.lower() in lexicon.state_nouns and len(words) == 1 and words[0] in lexicon.definite_articles


def _speaker_passive_then_future(token: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A passive of the speaker joined to a future it announces: "“China is dedicated to dialogue and will defend its
    rights”" ("“we were attacked and will be targeted again”" announces nothing of the speaker: a passive future)."""
    if not any(c.dep_ == "nsubjpass" and _is_speaker(c, speaker, discourse) for c in token.children):
        return False
    return any(c.pos_ in VERBAL and is_future(c) and not children(c, "nsubj") and not children(c, "auxpass") for c in children(token, "conj"))


def _prefaced_kind(token: Token, lexicon: ClaimLexicon) -> ClaimKind | Literal[""] | None:
    """The kind of the first cue with a kind of its own inside the infinitive of a volitional verb with no subject
    of its own ("I want to take this opportunity to express our sympathy": an evaluation; "I would like to
    emphasise that we hold X responsible": an accusation); "" when it holds none (no appeal, no undertaking
    either); ``None`` when the token is no such preface ("we want them to leave" is an appeal)."""
    if token.lemma_.lower() not in lexicon.volitional_verbs:
        return None
    if wishes_seen(token, lexicon):
        return "appeal"  # "“We would like to see the UN act”"
    complements = [c for c in token.children if c.dep_ == "xcomp" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if not complements or any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None
    for verb in (t for c in complements for t in c.subtree if t.pos_ in VERBAL):
        inner = verb_cue(verb, lexicon)
        if inner and inner[0] != "assertion":
            return inner[0]
    return ""


def _is_speaker(subject: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a subject inside a quotation is its speaker: a first-person pronoun or what one owns ("our army"),
    or the speaker named."""
    first_person = shared_words().pronouns.first_person
    if subject.lower_ in first_person or any(c.dep_ == "poss" and c.lower_ in first_person for c in subject.children):
        return True
    keys = actor_keys(subject, discourse)
    own = set(speaker.keys) | (_acting_states(speaker, discourse) | _title_bodies(speaker, discourse) if _main_verb_subject(subject) else set())
    return bool(keys) and keys <= own


def _title_bodies(speaker: SpeakerResolution, discourse: Discourse) -> set[str]:
    """The organisations a person speaker's office title names (see ``title_body``)."""
    bodies = {title_body(key, discourse) for key in speaker.keys if discourse.is_person_key(key)}
    return {body for body in bodies if body}


def _main_verb_subject(subject: Token) -> bool:
    """A subject of the quotation's own main verb (the cue follows the quotation) or of a verb joined to it, not of
    a clause another's verb reports ("“Uganda hopes Tanzania will pull back”": Tanzania is what Uganda hopes for)."""
    verb = subject.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)  # the cue after the quotation


def _acting_states(speaker: SpeakerResolution, discourse: Discourse) -> set[str]:
    """The states an organ speaker acts for: a ministry's or army's statement speaks for its state when it names it
    ("“China will defend its rights,” the ministry said"); a person's title is no such voice."""
    states = {discourse.acting_state(discourse.entity_of(key)) for key in speaker.keys}
    return {state for state in states if state and state not in speaker.keys}
