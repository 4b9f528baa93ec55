"""The kind of a claim: the cue's default, refined from what it reports (GUIDELINES section 5).

A neutral cue reporting the speaker's own side negated, or a report called untrue or without
ground, is a denial; a hostile act (also sponsoring an armed party, an act done "illegally",
responsibility for a harm) attributed to another named party, or to unnamed forces by civilian
witnesses, an accusation; an obligation, "the only way" or another party's need an appeal; an
announced future action or an intention of the speaker's side a commitment (a warning when
conditional on a hostile act, when it is itself hostile, or when harm or hostilities are foreseen);
a judging predicate an evaluation.

Whether an act is laid at another party's door is :mod:`~kg.extract.claims.accusation`; whose side the
speaker is on, :mod:`~kg.extract.claims.sides`; whether a verb is negated or only possible,
:mod:`~kg.extract.claims.hedges`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.accusation import (
    accuses,
    blamed,
    hostile_act,
    hostile_conduct,
    noun_agents,
    passive_agents,
    purpose_infinitive,
)
from kg.extract.claims.content import CLAUSE_DEPS, WH_TAGS, adjective_complement, content_tokens, verb_cue
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.hedges import hypothetical, likely, negated_act, negation, no_subject, possible
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import QUOTE_MARKS
from kg.extract.claims.sides import TITLE_DEPS, actor_keys, all_own, nationality, own_side, speaker_acts, title_body, title_state
from kg.extract.syntax import VERBAL, children, demonym_forms, is_future, prep_objects, relative_antecedent, word_in
from kg.nlp.doccache import token_table
from kg.records import BELLIGERENT_KINDS
from kg.words import shared_words

#: Entity kinds of a party to hostilities or its people: a negated hostile act they speak of is denied.
_PARTY_KINDS = frozenset({"state", "armed_group", "person"})
#: Dependencies of a copula's predicate ("it is time to ...", "it is necessary to ...").
_PREDICATE_DEPS = frozenset({"attr", "acomp"})
#: Penn tags of a preposition or subordinator ("if", "with", "after") and of "when".
_CONDITION_TAGS = frozenset({"IN", "WRB"})
#: Penn tags of a finite verb or modal: a clause with none is verbless ("Kremlin says accusations groundless").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dependencies of a noun's modifiers that name whose it is ("the ECOWAS troops", "Israeli forces", "Kenya's police").
_NAMING_DEPS = frozenset({"compound", "amod", "poss"})


def quote_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind:
    """The kind of a quotation: its cue's, else a first-person performative inside it ("I condemn"), else
    what it says, as a reported clause (a report called untrue, a judging predicate, a hostile act of
    another party, an obligation, a foreseen harm)."""
    rule = lexicon.verbs.get(cue.lemma_.lower())
    if rule is not None and rule.kind != "assertion":
        return rule.kind
    performative = _performative_kind(quoted, speaker, discourse, lexicon) or _relayed_kind(cue, quoted, speaker, discourse, lexicon)
    if performative is not None:
        return performative
    if any(_dismisses(token, lexicon) or _discredited(token, lexicon) or _denies_own_act(token, speaker, discourse, lexicon) for token in quoted):
        return "denial"
    if any(_evaluates(token, lexicon) for token in quoted):
        return "evaluation"  # "“The siege is illegal and inhumane,”" as "said the siege was illegal"
    if accuses(quoted, speaker, discourse, lexicon):
        return "accusation"
    if any(_judges_by_noun(token, lexicon) for token in quoted):
        return "evaluation"  # "“The attack on the convoy is a war crime”"
    if obliges(quoted, lexicon):
        return "appeal"  # "“Russia must withdraw its troops”", "“The only way forward is a negotiated settlement”"
    verbs = [token for token in quoted if token.pos_ in VERBAL]
    if any(is_future(verb) or possible(verb) for verb in verbs) and (_adverse(quoted, lexicon) or _conditional(quoted, lexicon)):
        return "warning"  # "“The war will continue and escalate”", "“The situation could deteriorate”", "“If ... not ..., the operation will continue”"
    if any(_leads_to_hostilities(verb, lexicon) or (_forbids(verb, lexicon) and _agentless(verb)) or _vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "“Such measures may include the use of force”", "“Such provocations will not be tolerated”"
    inside = {t.i for t in quoted}
    roots = [verb for verb in verbs if verb.head.i not in inside or verb.head == verb]
    if _party_speaker(speaker, discourse) and any(_planned_own_act(verb, speaker, discourse) for verb in roots):
        return "commitment"  # "“Issues of security will be discussed at the meeting,” the statement said"
    return "assertion"


def _planned_own_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A future the speaking party plans: an agentless passive of nobody else's ("“Issues will be discussed at the
    meeting”", not "“The meeting of the Security Council will be held”"), or a named actor of its own side ("“Kenyan
    troops will stay”"); not a pronoun or another party's. Also an intention of a named own actor: "“The government
    has decided to release 13 prisoners,” Interior Minister X said"."""
    if verb.lemma_.lower() in claim_lexicon().intention_verbs and any(c.dep_ == "xcomp" for c in verb.children) and not negation(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ != "PRON" and speaker_acts(verb, speaker, discourse)
    if not is_future(verb) or negation(verb):
        return False
    if _agentless(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subject is not None and subject.pos_ != "PRON" and not _others_act(verb, speaker, discourse)
    return _named_own_future(verb, speaker, discourse)


def _relayed_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a readout: a quotation whose main verb is a cue of the speaker's principal, told in the third person
    ("“He called on President Aliyev to provide assurances ...,” the statement read" of the one who called; "“The head
    of state said the measures will stop once the weapons are laid down,” the presidency said"): the inner cue's kind,
    refined by its clause as a reported one; ``None`` when there is none or its subject is someone else ("“He called
    on us to surrender,” the commander said" of an enemy commander)."""
    inside = {t.i for t in quoted}
    for verb in (t for t in quoted if t.pos_ in VERBAL and t != cue and (t.head.i not in inside or t.head == t)):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = verb_cue(verb, lexicon) if subject is not None and _principal(subject, speaker, discourse, lexicon) else None
        if found is None:
            continue
        content = [t for t in content_tokens(verb, lexicon) if t.i in inside and t.i > verb.i]
        if content:  # the cue opens what it reports ("He called on ..."); a trailing "he noted" is the quotation's own
            return clause_kind(verb, found[0], content, speaker, discourse, lexicon)
    return None


def _principal(subject: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the third-person subject of a quotation's cue is the speaker or, for an office or a body speaking, its
    head: "he"/"she" naming the speaker, or the last person named when the speaker is no person; a leader's role
    noun no other party owns ("the head of state", "the president")."""
    person_speaker = any(discourse.is_person_key(key) for key in speaker.keys)
    if subject.lower_ in shared_words().pronouns.person:
        if not person_speaker:
            return True
        referent = discourse.last_person(subject.idx)
        return referent is not None and set(referent) <= set(speaker.keys)
    if person_speaker or subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.leader_roles | lexicon.office_titles:
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"] + prep_objects(subject, "of")
    keys = {key for owner in owners for key in actor_keys(owner, discourse)}
    return not keys or all_own(keys, own_side(speaker, discourse), discourse)


def _performative_kind(quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a performative of the speaker in a quotation: "I condemn ...", "we urge ...", "the coast guard
    condemns ...", "we are ready for talks", "our army will respond to any provocation"; ``None`` when none."""
    for token in quoted:
        if token.tag_ in ("VBZ", "VBP") and _stands_on(token, lexicon) and any(
            c.dep_ == "nsubj" and (_is_speaker(c, speaker, discourse) or _the_country(c, lexicon)) for c in token.children
        ):
            return "evaluation"  # "“We are against foreign interference”", "“The country is with the people of Manipur”"
        if not any(c.dep_ == "nsubj" and _is_speaker(c, speaker, discourse) for c in token.children):
            if _speaker_passive_then_future(token, speaker, discourse):
                return "warning" if _conditional(quoted, lexicon) else "commitment"  # "China is dedicated to ... and will defend its rights"
            continue
        if _refuses_charge(token, lexicon):
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
            threat = any(_forbids(verb, lexicon) or _threatens(verb, lexicon) for verb in announced)  # "we will strike their bases"
            return "warning" if _conditional(quoted, lexicon) or threat else "commitment"
    return None


def _earlier_speech(verb: Token) -> bool:
    """A speech verb in a past or perfect relative clause names what the speaker said before, not the act the
    quotation performs: "an act of ethnic cleansing of which we were warning the world for a long time" (not "the
    people whom we urge to leave")."""
    past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children)
    return verb.dep_ == "relcl" and past


def _stands_on(verb: Token, lexicon: ClaimLexicon) -> bool:
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


def wishes_seen(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A volitional verb, not negated, whose wish infinitive has what it wishes to see as an object or a clause: an
    appeal for it ("would like to see the United States take action", "wants to see a ceasefire"; not "did not want to
    see the war spread", "would like to see"). Whose wish it is the caller checks."""
    if verb.lemma_.lower() not in lexicon.volitional_verbs or negation(verb):
        return False
    wishes = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.wish_infinitives]
    return any(g.dep_ in ("dobj", "ccomp", "xcomp") for c in wishes for g in c.children)


def _denies_own_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """In a quotation, a hostile act of the speaker's side negated ("“We did not fire a single shot”") or its forces
    said not to be there ("“There are no Rwandan troops in Congo”"); "“We have not received any aid”" denies nothing."""
    if verb.pos_ not in VERBAL or not (hostile_act(verb, lexicon) or children(verb, "expl") or _present(verb, lexicon)):
        return False
    return _negated_own(verb, speaker, discourse, lexicon)


def _present(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Forces said to be somewhere: "“Orvelian soldiers are not in Teln”", "“No soldier of ours was near that
    road”" (the caller checks the negation and whose forces they are)."""
    forces = lexicon.party_nouns | lexicon.armed_agent_nouns
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "prep" and _places(c, lexicon) for c in verb.children)
        and any(c.lemma_.lower() in forces for c in children(verb, "nsubj"))
    )


def _places(preposition: Token, lexicon: ClaimLexicon) -> bool:
    """A phrase of place: a spatial preposition ("near that road"), or one that may be with a name ("in Teln";
    "in danger" is none)."""
    if preposition.lower_ in lexicon.presence_prepositions:
        return True
    return preposition.lower_ in lexicon.named_place_prepositions and any(o.pos_ == "PROPN" for o in children(preposition, "pobj"))


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


def content_kind(content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind:
    """The kind of a statement with no cue verb ("according to X, ...", a headline "X: ..."): what it says."""
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head == t]
    verbs = [t for t in roots if t.pos_ in VERBAL] + [c for t in roots for c in t.children if c.dep_ == "conj" and c.pos_ in VERBAL]
    if any(_dismisses(verb, lexicon) or _discredited(verb, lexicon) or _denies_own_act(verb, speaker, discourse, lexicon) for verb in verbs):
        return "denial"  # "Kremlin: reports of a drone attack are false", "Defence ministry: our army does not shell civilians"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"  # "according to the ministry, the strike was illegal"
    if any(_vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "Houthis: US strikes will not go unanswered"
    wrongful_only = _casualty_report(verbs, lexicon)
    if not _is_outlet(speaker, discourse, lexicon) and accuses(content, speaker, discourse, lexicon, wrongful_only):
        return "accusation"
    if any(_judges_by_noun(verb, lexicon) for verb in verbs):
        return "evaluation"  # "according to Amnesty, the arrests were a violation of international law"
    if obliges(content, lexicon) or any(_needs_others(verb, speaker, discourse, lexicon) for verb in verbs):
        return "appeal"
    stance = _speakers_stance(verbs, speaker, discourse, lexicon)
    if stance is not None:
        return stance  # "A joint statement: We are ready to resume the talks if ...", as "said it was ready to ..."
    if _foreseen_harm(verbs, content, lexicon):
        return "warning"  # "according to the UN, the situation could deteriorate"
    if any(is_future(token) for token in content if token.pos_ in VERBAL):
        return "warning" if _conditional(content, lexicon) else "commitment"
    return "assertion"


def noun_kind(
    noun: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind:
    """A noun cue's kind, an asserting one refined as a verb cue's by a hostile act its content lays on another party
    ("Azerbaijan's claim that Armenian forces had fired on its positions", "X's claim that Russia is partly
    responsible for the tensions": accusations; "the ministry's statement that the talks would resume" asserts), a
    warning as a warning cue's (see ``_warns_of_done_act``)."""
    if kind == "warning" and noun.lemma_.lower() in lexicon.warning_report_cues and content and _warns_of_done_act(content, speaker, discourse, lexicon):
        return "accusation"  # "issued a warning that the exodus is a result of Azerbaijan's policy of ethnic cleansing"
    if kind != "assertion" or not content or _is_outlet(speaker, discourse, lexicon):
        return kind
    main = _main_clause(content, lexicon)
    verbs = [token for token in main if token.pos_ in VERBAL]
    return "accusation" if accuses(main, speaker, discourse, lexicon, wrongful_only=_casualty_report(verbs, lexicon)) else kind


def clause_kind(
    cue: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind:
    """Refine a cue's default kind from its object and complement."""
    if _discredits(cue, lexicon):
        return "denial"
    by_object = _object_kind(cue, kind, lexicon) or _meant_kind(cue, lexicon) or _charging_kind(cue, kind, content, speaker, discourse, lexicon)
    if by_object is not None:
        return by_object
    if kind != "assertion":
        return kind
    lemma = cue.lemma_.lower()
    main = _main_clause(content, lexicon)
    verbs = _clause_verbs(cue)
    if lemma in lexicon.denial_capable and (any(_denies(verb, speaker, discourse, lexicon) for verb in verbs) or _verbless_dismissal(cue, content, lexicon)):
        return "denial"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"
    if any((_forbids(verb, lexicon) and (speaker_acts(verb, speaker, discourse) or _agentless(verb))) or _vows_answer(verb, lexicon) for verb in verbs):
        return "warning"  # "said Japan would never tolerate Pyongyang's provocations", "said the strikes would not go unanswered": a threat
    occasions = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and _tells_occasion(c, lexicon)]
    blamable = [] if _is_outlet(speaker, discourse, lexicon) else _blamable(lemma, main, verbs, lexicon)
    if blamable and accuses(blamable, speaker, discourse, lexicon, wrongful_only=_casualty_report(verbs + occasions, lexicon)):
        return "accusation"
    if any(_judges_by_noun(verb, lexicon) for verb in verbs):
        return "evaluation"
    stance = _wanted_kind(main, verbs, kind, speaker, discourse, lexicon) or _own_performative(verbs, speaker, discourse, lexicon)
    stance = stance or _speakers_stance(verbs, speaker, discourse, lexicon)
    if stance is not None:
        return stance  # "said that the US ... calls on Azerbaijan to cease", "said he was hopeful that ...", "said it was ready to ..."
    if lemma in lexicon.commitment_capable or lemma in lexicon.announcing_verbs or (
        lemma in lexicon.own_side_announcing_verbs and any(_named_own_future(verb, speaker, discourse) for verb in verbs)
    ):
        announced = _announced_kind(verbs, content, speaker, discourse, lexicon)
        if announced is not None:
            return announced
    if _foreseen_harm(verbs, content, lexicon) or (any(possible(verb) for verb in verbs) and _conditional(content, lexicon)):
        return "warning"  # "the situation could deteriorate further", "could use nuclear weapons if attacked"
    return kind


def _verbless_dismissal(cue: Token, content: list[Token], lexicon: ClaimLexicon) -> bool:
    """A headline's verbless clause calling a report untrue: "Kremlin says accusations groundless", "Army says rebel
    claims untrue", also with the adjective parsed as the cue's modifier ("Rwanda says claims of backing M23 baseless");
    not a clause with a finite verb ("says false claims spread panic")."""
    if any(t.tag_ in _FINITE_TAGS for t in content):
        return False
    judged = content + [c for c in cue.children if c.dep_ in ("advmod", "acomp", "oprd")]
    return any(word_in(t, lexicon.report_nouns) for t in content) and any(word_in(t, lexicon.untrue_adjectives) for t in judged)


def _wanted_kind(
    main: list[Token], verbs: list[Token], kind: ClaimKind, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """An appeal in a reported clause: an obligation or another party's need ("said both sides must ...", "said Serbia
    needed to de-escalate"), the speaker's wish to see what another does ("told VOA he would like to see the United
    States take action against X"); another party's wish is reported, the cue's own kind; ``None`` when none."""
    if obliges(main, lexicon) or any(_needs_others(verb, speaker, discourse, lexicon) or _expects_of_others(verb, speaker, discourse, lexicon) for verb in verbs):
        return "appeal"
    wishing = [verb for verb in verbs if wishes_seen(verb, lexicon)]
    if not wishing:
        return None
    return "appeal" if any(speaker_acts(verb, speaker, discourse) for verb in wishing) else kind


def _denies(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A reported verb that denies: the speaker's own side negated, a report called untrue or without ground, a
    charge the speaker's side refuses ("said it disagreed with criticism of its forces")."""
    if _negated_own(verb, speaker, discourse, lexicon) or _dismisses(verb, lexicon) or _discredited(verb, lexicon):
        return True
    return _refuses_charge(verb, lexicon) and speaker_acts(verb, speaker, discourse)


def _own_performative(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a speech act the speaker's own side performs in the reported clause, in the present tense ("said
    that the United States is deeply concerned ... and calls on Azerbaijan to cease", "said Kenya urges both sides
    to ..."); ``None`` when there is none, or the act is another party's ("said Russia calls on ...")."""
    for verb in verbs:
        if verb.tag_ not in ("VBZ", "VBP"):
            continue
        holder = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj") else verb  # "is concerned and calls on"
        if not children(holder, "nsubj") or negation(verb):
            continue
        inner = verb_cue(verb, lexicon)
        if inner and inner[0] != "assertion" and speaker_acts(holder, speaker, discourse):
            return inner[0]
    return None


def _charging_kind(
    cue: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """An accusation an evaluating or warning cue makes: a label calling another party's conduct a hostile act
    ("Yerevan called Baku's actions “large-scale aggression”"), a warning of a hostile act done ("warned that the
    aggressive actions of Azerbaijan pursue one goal: ..."); else ``None``."""
    if kind == "evaluation" and _labels_hostile(cue, speaker, discourse, lexicon):
        return "accusation"
    if kind == "warning" and cue.lemma_.lower() in lexicon.warning_report_cues and _warns_of_done_act(content, speaker, discourse, lexicon):
        return "accusation"
    return None


def _warns_of_done_act(content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A warning that foresees nothing but lays a hostile act done or going on at another party's door: an accusation
    ("warned that the aggressive actions of Azerbaijan pursue one goal", "issued a warning that the exodus is a result
    of Azerbaijan's policy of ethnic cleansing"; "warned that Russia could attack", "warned that the operation would
    continue until ...", "warned that Armenia is preparing a provocation", "warned that what is unfolding is a
    genocidal pattern" (no party named) stay warnings)."""
    compared = {t.i for c in content if c.lower_ in lexicon.comparison_words for t in c.subtree}
    main = [token for token in _main_clause(content, lexicon) if token.i not in compared]  # not "similar to Rwanda's 1994 genocide"
    verbs = [token for token in main if token.pos_ in VERBAL]
    if not verbs or any(is_future(verb) or possible(verb) or likely(verb, lexicon) or _risks(verb, lexicon) for verb in verbs):
        return False
    plotting = lexicon.plotting_verbs | lexicon.intention_verbs | lexicon.plan_nouns
    if any(token.lemma_.lower() in plotting for token in main):
        return False  # a plan looks ahead: "warned that Armenia is preparing a provocation", "warned of Rwanda's plans"
    inside = {token.i for token in content}
    if any(c.dep_ == "aux" and c.tag_ == "TO" for verb in verbs if verb.head.i not in inside for c in verb.children):
        return False  # an infinitive looks ahead: "warned Kigali to withdraw its troops after they shelled Goma"
    if _conditional(content, lexicon) or _is_outlet(speaker, discourse, lexicon):
        return False
    return accuses(main, speaker, discourse, lexicon, wrongful_only=_casualty_report(verbs, lexicon))


def _labels_hostile(cue: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A label verb calling another party's conduct a hostile act: "called Baku's actions “large-scale aggression”",
    "described Kigali's deployment as an invasion" (what is labelled is no hostile act itself: "described the assault
    as a “premeditated attack” by X" qualifies an attack named already, an evaluation)."""
    if cue.lemma_.lower() not in lexicon.label_verbs:
        return False
    predicates = [c for c in cue.children if c.dep_ in ("oprd", "xcomp")]
    predicates += [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for g in children(p, "pobj")]
    if not any(p.lemma_.lower() in lexicon.hostile_nouns or _instance_of_wrong(p, lexicon) for p in predicates):
        return False
    own = own_side(speaker, discourse)
    objects = [o for o in children(cue, "dobj") if not (o.lemma_.lower() in lexicon.hostile_nouns or hostile_conduct(o, lexicon))]
    return any(blamed(agent, obj, own, speaker, discourse, lexicon) for obj in objects for agent in noun_agents(obj))


def _meant_kind(cue: Token, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of what a volitional cue's subject means to do: a commitment ("his government wanted to address it
    peacefully via dialogue"), a warning when the act is hostile ("wants to attack the bases"); else ``None``."""
    if not means_to(cue, lexicon):
        return None
    return "warning" if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.hostile_verbs for c in cue.children) else "commitment"


def means_to(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A volitional cue with an infinitive of its own subject and no object: what the subject means to do ("wanted to
    address it via dialogue"; not "wants the rebels to leave", "wants a ceasefire", "wants to see a ceasefire")."""
    if cue.lemma_.lower() not in lexicon.volitional_verbs or negation(cue) or any(c.dep_ in ("dobj", "ccomp") for c in cue.children):
        return False
    infinitives = [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    return any(not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and c.lemma_.lower() not in lexicon.wish_infinitives for c in infinitives)


def _speakers_stance(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a stance adjective with a complement whose subject is the speaker ("said he was hopeful that the
    talks would succeed", "said it was ready to mediate"); ``None`` when there is none or it is another's."""
    for verb in verbs:
        if _stands_on(verb, lexicon) and not children(verb, "advcl") and speaker_acts(verb, speaker, discourse):
            if not any(key in discourse.sources for key in speaker.keys):  # not a witness: "said he was with his brother when ..."
                return "evaluation"  # "said Iran was against any change of borders"
        for adjective in (c for c in children(verb, "acomp") if c.lower_ in lexicon.adjective_cues):
            kind = lexicon.adjective_cues[adjective.lower_]
            if kind != "assertion" and adjective_complement(adjective) and speaker_acts(verb, speaker, discourse):
                if kind == "commitment" and any(_hostile_deed(c, lexicon) for c in children(adjective, "xcomp") if not negation(c)):
                    return "warning"  # "said it was prepared to use force to defend its sovereignty", "ready to strike"
                return kind
    return None


def _announced_kind(
    verbs: list[Token], content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """The kind of a reported future, undertaking or intention of the speaker's side ("said it plans to deploy"):
    a warning when conditional, hostile or harmful to another party, else a commitment ("said it would send aid",
    "said the crossings will open on Monday"); ``None`` when nothing is announced."""
    intends = [verb for verb in verbs if _intends(verb, speaker, discourse) or (_forced_course(verb, lexicon) and speaker_acts(verb, speaker, discourse))]
    if not intends and not any(is_future(verb) or _undertakes(verb, lexicon) for verb in verbs):
        return None
    if _conditional(content, lexicon) or any(_threatens(verb, lexicon) or _forbids(verb, lexicon) for verb in verbs):
        return "warning"  # "will respond unless ...", "would strike Hezbollah targets"
    if any(_exodus_foreseen(verb, discourse, lexicon) for verb in verbs):
        return "warning"  # "said all Armenians will have fled the region in the coming days"
    if _adverse(content, lexicon) and not intends and not any(speaker_acts(verb, speaker, discourse) for verb in verbs):
        return "warning"  # "said Kyiv would face consequences"
    futures = [verb for verb in verbs if is_future(verb) or _undertakes(verb, lexicon)]
    if not intends and futures and all(_others_act(verb, speaker, discourse) or _other_party_acts(verb, speaker, discourse) for verb in futures):
        return None  # "confirmed that the meeting of the Security Council will be held on Monday", "said Hamas had agreed to ...": another's, reported
    return "commitment"


def _other_party_acts(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is itself a named actor, no person, of another side than the known side of the speaker:
    "Qatar said Hamas had agreed to release 50 hostages", "the junta said the ECOWAS troops would withdraw" report
    another party's undertaking or plan; not "Kenya said Kenyan troops would stay", nor any actor when the speaker's
    side is unknown (a person or a described source with no state or body it speaks for)."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or speaker_acts(verb, speaker, discourse):
        return False
    own = own_side(speaker, discourse)
    if not {key for key in own if not discourse.is_person_key(key) and key not in discourse.sources}:
        return False  # a person or a described source of no known side: "Zakharova said ...", "..., the command said"
    if any(discourse.is_person_key(key) for token in subject.subtree for key in actor_keys(token, discourse)):
        return False  # a person, maybe the speaker's head or a party to its deal: "President X will meet ...", "the group's chief, Y, will move ..."
    named = [subject] + [c for c in subject.children if c.dep_ in _NAMING_DEPS] + prep_objects(subject, "of")  # "the ECOWAS troops", "Israeli forces"
    keys = {key for token in named for key in actor_keys(token, discourse)}
    return bool(keys) and not any(key in own or discourse.acting_state(discourse.entity_of(key)) in own for key in keys)


def _exodus_foreseen(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A future of people leaving or suffering: a leaving or suffering verb whose subject is a people noun or a
    people named by its demonym ("all Armenians will have fled the region", "no Armenian will be left in the region",
    "thousands of residents would flee"), or a staying verb of none of them ("no Armenians will remain"); not forces
    ("the troops will leave"), not "no one will die"."""
    lemma = verb.lemma_.lower()
    if not is_future(verb) or negation(verb) or lemma not in lexicon.leaving_verbs | lexicon.suffering_verbs | lexicon.staying_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    left = subject.dep_ == "nsubjpass"  # "no Armenian will be left": none remain
    if lemma in lexicon.staying_verbs:
        left = any(c.lower_ == "no" for c in subject.children)  # "no Armenians will remain"; "the residents will stay" is none
        if not left:
            return False
    if not left and any(c.lower_ == "no" for c in subject.children):
        return False
    people = [subject] + prep_objects(subject, "of")  # "thousands of residents"
    return any(p.lemma_.lower() in shared_words().people_nouns or _people_of_state(p, discourse) for p in people)


def _people_of_state(noun: Token, discourse: Discourse) -> bool:
    """A demonym used as a noun for a people: "Armenians", "no Armenian" (the plural also from its singular)."""
    if noun.tag_ not in ("NNP", "NNPS"):
        return False
    return any(nationality(form, discourse) is not None for form in demonym_forms(noun))


def _others_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is owned ("of", possessive) by actors of another side than the speaker's
    ("the meeting of the Security Council will be held", said by a state's spokeswoman); not a subject owned by
    none ("the crossings will open", "the talks with the rebels will continue") or by the speaker's own side."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or speaker_acts(verb, speaker, discourse):
        return False
    owners = [child for child in subject.children if child.dep_ == "poss"] + prep_objects(subject, "of")
    keys = {key for owner in owners for key in actor_keys(owner, discourse)}
    own = own_side(speaker, discourse)
    return bool(keys) and not any(key in own or discourse.acting_state(discourse.entity_of(key)) in own for key in keys)


def _named_own_future(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A future whose subject is a named actor of the speaker's own side, no pronoun: "The rebel army will disband,
    it added" (not "adding that it would help stability")."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return is_future(verb) and subject is not None and subject.pos_ != "PRON" and speaker_acts(verb, speaker, discourse)


def _forced_course(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A course left as the only one: "had no choice but to cease fire" takes the infinitive after "but" (no
    negation of the speaker's act); "has no plans to withdraw" is none."""
    buts = [p for p in verb.children if p.lower_ == "but"]  # the parser hangs "but" on the noun or the verb
    infinitives = [c for c in children(verb, "conj") if c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    for obj in children(verb, "dobj"):
        if obj.lemma_.lower() not in lexicon.forced_choice_nouns or not any(d.lower_ in shared_words().negative_determiners for d in children(obj, "det")):
            continue
        buts += [p for p in obj.children if p.lower_ == "but"]
        if any(c.pos_ in VERBAL for p in buts for c in p.children) or (buts and infinitives):
            return True
    return False


def _intends(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """An intention verb with an infinitive, of the speaker's side: "said it plans to deploy", "had decided to extend";
    also a volitional verb with an infinitive of its own subject: "has said he wishes to integrate the ethnic Armenians"
    (not "wants to see a ceasefire", "wants the rebels to leave")."""
    lexicon = claim_lexicon()
    intends = verb.lemma_.lower() in lexicon.intention_verbs and any(c.dep_ == "xcomp" for c in verb.children)
    return (intends or means_to(verb, lexicon)) and not negation(verb) and speaker_acts(verb, speaker, discourse)


def _needs_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A need verb with an infinitive whose subject is another party: "said Serbia needed to de-escalate" is an
    appeal; "said it needed to verify the reports" tells the speaker's own need."""
    if verb.lemma_.lower() in lexicon.obligation_verbs:
        return _duty_of_others(verb, speaker, discourse)
    if verb.lemma_.lower() not in lexicon.need_verbs or negation(verb):
        return False
    if not any(c.dep_ == "xcomp" or purpose_infinitive(c) for c in verb.children):  # the parser makes some advcl
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not speaker_acts(verb, speaker, discourse)


def _expects_of_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """The speaker's side expecting another party to act: "said it expected the Somali government to hold talks",
    "Moscow expects Baku and Yerevan to implement the agreements, the spokeswoman said" demand it; not "expected the
    talks to last three days" (no party), "expected Russia to launch an offensive" (a hostile act foreseen), "expected
    Kenya to send troops" said by Kenya (its own plan), "is expected to" (no one's demand)."""
    if verb.lemma_.lower() not in lexicon.demand_expectation_verbs or negation(verb) or not speaker_acts(verb, speaker, discourse):
        return False
    if not children(verb, "nsubj"):
        return False
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    for act in acts:
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or act.lemma_.lower() in lexicon.hostile_verbs or _adverse(list(act.subtree), lexicon):
            continue
        if speaker_acts(act, speaker, discourse):
            continue  # its own side: a plan
        if actor_keys(subject, discourse) or word_in(subject, lexicon.party_nouns | lexicon.collective_roles):
            return True
    return False


def _duty_of_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """ "Have to" with an infinitive whose subject is another party, not people: "said the rebel units had to disarm",
    "said the rebels would have to comply with the conditions" demand it; "said residents had to flee their homes", "said
    it had to postpone the vote", "said the rebels did not have to surrender", "the community had to suffer" do not."""
    if negation(verb) or speaker_acts(verb, speaker, discourse):
        return False
    lexicon = claim_lexicon()
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    if not infinitives or any(c.lemma_.lower() in lexicon.suffering_verbs for c in infinitives):
        return False  # "the community had to suffer twice": what they went through
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    people = [subject] + prep_objects(subject, "of")  # "thousands of residents"
    return not any(p.lemma_.lower() in shared_words().people_nouns or _people_of_state(p, discourse) for p in people)


def _discredits(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A label verb calling a report or charge untrue: "called the claims baseless", "described the reports as fake
    news", "labelled the accusations a lie", also by a pronoun for the report its head verb takes ("denied the
    allegations, calling them baseless") (the predicate is an untrue word, or has an untrue modifier)."""
    if cue.lemma_.lower() not in lexicon.label_verbs:
        return False
    predicates = [c for c in cue.children if c.dep_ in ("oprd", "acomp", "xcomp")]
    objects = [c for c in cue.children if c.dep_ == "dobj"] + [c for p in predicates for c in p.children if c.dep_ in ("nmod", "npadvmod")]
    taken = cue.dep_ in ("advcl", "conj") and any(o.lemma_.lower() in lexicon.report_nouns for o in children(cue.head, "dobj"))
    objects = [c for c in objects if c.lemma_.lower() in lexicon.report_nouns or (taken and c.pos_ == "PRON")]  # "called the statement “disinformation”"
    predicates += [g for holder in [cue, *objects] for p in holder.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    predicates += [c for p in predicates for c in p.children if c.dep_ in ("conj", "amod")]
    untrue = lexicon.untrue_adjectives | lexicon.untrue_nouns
    return bool(objects) and any(word_in(p, untrue) for p in predicates)


def _threatens(verb: Token, lexicon: ClaimLexicon) -> bool:
    """An announced hostile act (CAMEO's threats, not its intents to cooperate): "would strike Hezbollah targets",
    "will launch an offensive", "will continue to attack ships"; not "will not attack civilians", not "would
    remain to sustain the offensive" (the act is not what is announced)."""
    undeterred = verb.lemma_.lower() in lexicon.hesitation_verbs and negation(verb)  # "would not hesitate to strike"
    if not (is_future(verb) or verb.lemma_.lower() in lexicon.intention_verbs or means_to(verb, lexicon)) or (negated_act(verb) and not undeterred):
        return False
    if verb.lemma_.lower() in lexicon.halting_verbs:
        return False  # "will stop firing", "will cease fire": hostilities announced to end
    if _holds_to_blame(verb, lexicon):
        return True  # "would hold the political leaders responsible for any escalation"
    acts = [] if undeterred else [verb]
    return any(_hostile_deed(act, lexicon) for act in acts + [c for c in verb.children if c.dep_ == "xcomp" and not negation(c)])


def _hostile_deed(act: Token, lexicon: ClaimLexicon) -> bool:
    """A verb doing harm: a hostile verb, an act verb with a hostile noun ("launch an offensive"), a use of force
    ("use force", "resort to force", "respond with force")."""
    lemma = act.lemma_.lower()
    if lemma in lexicon.hostile_verbs:
        return True
    objects = [c for c in act.children if c.dep_ == "dobj"] + prep_objects(act, "to")
    if lemma in lexicon.act_verbs and any(o.lemma_.lower() in lexicon.hostile_nouns for o in objects if o.dep_ == "dobj"):
        return True
    if any(o.lemma_.lower() in lexicon.force_nouns and not children(o, "det") for o in prep_objects(act, "with")):
        return True  # "respond with force", "with overwhelming force"; not "cooperate with the force"
    return lemma in lexicon.force_applying_verbs and any(o.lemma_.lower() in lexicon.force_nouns for o in objects)


def _holds_to_blame(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A blame word an announced verb holds someone to: "would hold the leaders responsible" (with its object, the
    parser's small clause with a subject, or the object's modifier); "would be responsible for the talks" holds no one."""
    objects = children(verb, "dobj")
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp")] + [a for o in objects for a in children(o, "amod")]
    blamed = [w for w in words if w.lemma_.lower() in lexicon.blame_words]
    return any(objects or children(w, "nsubj") for w in blamed)


def _forbids(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A future refusal to let something happen: "will never tolerate provocations", "will not permit a breakdown of
    order" (a warning to those who would); not "will not abandon our people", not "tolerated" in the past."""
    return verb.lemma_.lower() in lexicon.toleration_verbs and is_future(verb) and negation(verb)


def _vows_answer(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A future denial that an act will stay unanswered: "the strikes would not go unanswered", "the attack will not
    remain unpunished" (a threat of retaliation); not "the letter went unanswered" (past), "will go unnoticed"."""
    if not is_future(verb) or not negation(verb):
        return False
    return any(c.dep_ in ("acomp", "oprd", "advmod", "advcl", "xcomp") and c.lower_ in lexicon.unanswered_words for c in verb.children)


def _agentless(verb: Token) -> bool:
    """A passive with no agent: who refuses to tolerate is the one who says so ("Rwanda's ambitions will never be
    tolerated"; "will not be tolerated by the region's states" names others)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _adverse(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """A word of harm to come, not denied ("will face no charges"), paying dearly ("will pay a heavy price"), or
    being made a target ("would become legitimate targets"; "will meet its target" is none)."""
    return any(
        (token.lemma_.lower() in lexicon.adverse_outcome_words or _pays(token, lexicon) or _targeted(token, lexicon)) and not _denied(token)
        for token in tokens
    )


def _targeted(token: Token, lexicon: ClaimLexicon) -> bool:
    """A target noun as a copula's predicate: "would become legitimate targets", "will be a target"."""
    return token.dep_ == "attr" and token.lemma_.lower() in lexicon.target_nouns


def _pays(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A paying verb with a cost ("pay a heavy price", "pay dearly") or a hostile act ("pay for this aggression");
    "pay the salaries" costs nothing."""
    if verb.lemma_.lower() not in lexicon.paying_verbs:
        return False
    words = [c for c in verb.children if c.dep_ in ("dobj", "advmod")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in lexicon.cost_words | lexicon.hostile_nouns or w.lower_ in lexicon.cost_words for w in words)


def _denied(token: Token) -> bool:
    """A word negated, or a verb whose object has "no"."""
    return any(c.dep_ == "neg" or (c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)) for c in token.children)


def _foreseen_harm(verbs: list[Token], content: list[Token], lexicon: ClaimLexicon) -> bool:
    """A possible turn for the worse ("the situation could deteriorate", "could undermine stability"), or a toll
    foreseen to rise ("the toll could still rise", "the death toll was expected to rise")."""
    for verb in verbs:
        if _risks(verb, lexicon):
            return True
        rising = [c for c in verb.children if c.dep_ == "xcomp"] if verb.lemma_.lower() in lexicon.likelihood_verbs else []
        if possible(verb) and (_adverse(content, lexicon) or _toll_rises(verb, verb, lexicon) or verb.lemma_.lower() in shared_words().casualty_verbs):
            return True  # also "a cholera outbreak could kill thousands"
        if _hostilities_foreseen(verb, lexicon) or _leads_to_hostilities(verb, lexicon):
            return True
        if any(_toll_rises(verb, target, lexicon) for target in rising):
            return True
    return False


def _risks(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A verb of risking a turn with its infinitive or gerund, said of a thing: "the famine risked spreading", "the
    fighting threatens to engulf the region" ("soldiers risked their lives" has an object, no turn; "he threatened
    to wipe them out" is a threat of his, a claim of its own)."""
    if verb.lemma_.lower() not in lexicon.risk_verbs or negation(verb) or not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _hostilities_foreseen(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Hostilities foreseen: a possible or likely verb whose subject is a hostile or conflict noun, not about the
    past: "the fighting could spill over", "attacks may resume", "more attacks were likely", "clashes are likely
    to intensify", "renewed fighting was expected" ("the attack could have been prevented" looks back; "shelling
    could be heard" is a past ability: a possible verb needs an active subject)."""
    conflict = lexicon.conflict_nouns
    subjects = [
        c for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and any(w in lexicon.hostile_nouns or w in conflict for w in (c.lemma_.lower(), c.lower_))
    ]
    if not subjects or _perfect(verb):  # the cheap test first: most verbs have no hostile subject
        return False
    if likely(verb, lexicon):
        return True
    return any(s.dep_ == "nsubj" for s in subjects) and possible(verb)


def _leads_to_hostilities(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A possible or future verb of bringing about with hostilities as its object or in its phrases: "any action can
    lead to ... war in the region", "such measures may include the use of force" ("the talks could lead to an end of
    the war" ends them; "could have led to war" looks back)."""
    if verb.lemma_.lower() not in lexicon.causing_verbs or negation(verb) or _perfect(verb):
        return False
    modals = shared_words().possibility_auxiliaries | lexicon.causal_auxiliaries
    if not (is_future(verb) or any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)):
        return False
    hostile = lexicon.conflict_nouns | lexicon.hostile_nouns
    for token in (t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree):
        if token.pos_ == "NOUN" and token.lemma_.lower() in hostile and not _ended(token, verb, lexicon):
            return True
        if token.lemma_.lower() in lexicon.force_nouns and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.force_use_nouns:
            return True  # "the use of force"
    return False


def _ended(token: Token, verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a noun is under an ending noun below ``verb`` ("an end of the war")."""
    while token != verb and token.head != token:
        token = token.head
        if token.lemma_.lower() in lexicon.ending_nouns:
            return True
    return False


def _toll_rises(holder: Token, verb: Token, lexicon: ClaimLexicon) -> bool:
    """A rising verb whose subject (``holder``'s) counts casualties: "the toll could rise", "the number of dead"."""
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    counted = any(word_in(t, lexicon.toll_nouns) for s in subjects for t in s.subtree)
    return verb.lemma_.lower() in lexicon.rising_verbs and counted


def _blamable(cue_lemma: str, content: list[Token], verbs: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """The content tokens whose hostile acts a cue can lay on someone: all but a news cue's, which blames only by
    laying an act at someone's door ("reported 20 US airstrikes" relays news; "..., which it attributed to X" blames
    X) or by the verb of its clause with its doer ("reported that Armenian forces had fired on its positions"; not
    one relayed: "reported that the army said RSF fighters had looted the bank"). ``verbs``: the clause's verbs."""
    if cue_lemma not in lexicon.news_cues or any(token.lemma_.lower() in lexicon.attribution_verbs for token in content):
        return content
    return [verb for verb in verbs if verb.pos_ == "VERB"]


def _is_outlet(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the speaker is a news outlet, which relays hostile acts without blaming anyone (dev set
    convention 5): its name as written or its entity's label ends in an outlet word or has "news"
    ("al-Masirah TV", "Agence France-Presse", "the Sahel Voice news agency"; not "the press secretary")."""
    names = [speaker.text] + [entity.label for key in speaker.keys if (entity := discourse.entity_of(key)) is not None]
    for name in names:
        words = [word for word in re.split(r"[\s\-]+", name.lower()) if word]
        if words and (words[-1] in lexicon.outlet_words or lexicon.news_word in words):
            return True
    return False


def _evaluates(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a judging predicate: "the raid was “reckless and unlawful”", "the strike was illegal"."""
    if verb.lower_ in lexicon.evaluative_adjectives and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children):
        return True  # the parser's "were deeply worrying", "was biased"
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    doc = verb.doc
    quoted = any(
        (doc[p.i - 1].text in QUOTE_MARKS or (p.i + 1 < len(doc) and doc[p.i + 1].text in QUOTE_MARKS))
        and lexicon.adjective_cues.get(p.lower_, "evaluation") == "evaluation"  # not a quoted undertaking: is “ready to help”
        for p in predicates[:1]
    )
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ == "VBN" and c.lower_ in lexicon.evaluative_adjectives for c in verb.children):
        return True  # a participle the tagger took for a verb: "said he ... is disappointed"
    return verb.lemma_ == "be" and bool(predicates) and (quoted or any(p.lemma_.lower() in lexicon.evaluative_adjectives for p in predicates))


def _judges_by_noun(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a judging noun as its predicate, or a noun a judging adjective modifies: "the launch was a
    grave threat to regional peace", "the arrests were a violation of the truce", "the agreement was a historic
    step" ("the mission was a show of resolve" only describes; "would be a disaster" foresees)."""
    if verb.lemma_ != "be" or is_future(verb) or possible(verb):  # "would be a disaster" foresees a harm
        return False
    if children(verb, "expl"):
        return False  # "there are violations by X" says they happen, judging no subject: whose they are decides
    predicates = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    return any(
        p.lemma_.lower() in lexicon.evaluative_nouns
        or any(a.dep_ == "amod" and a.lower_ in lexicon.evaluative_adjectives for a in p.children)
        or _instance_of_wrong(p, lexicon)
        for p in predicates
    )


def _instance_of_wrong(noun: Token, lexicon: ClaimLexicon) -> bool:
    """ "an act of ethnic cleansing", "a case of genocide", "a form of collective punishment": an instance noun
    with a hostile or judging noun after "of" ("a case of faulty wiring" judges nothing)."""
    if noun.lemma_.lower() not in lexicon.instance_nouns:
        return False
    wrongs = lexicon.hostile_nouns | lexicon.evaluative_nouns | lexicon.punishment_nouns
    return any(g.lemma_.lower() in wrongs for p in noun.children if p.dep_ == "prep" and p.lower_ in lexicon.agent_prepositions for g in p.children if g.dep_ == "pobj")


def _casualty_report(verbs: list[Token], lexicon: ClaimLexicon) -> bool:
    """A count of casualties ("8 were killed by X", "strikes killed two people and wounded others", "the toll
    of the strikes rose to 50"):
    reported, not blamed. When people kill ("Russian troops killed six civilians") the clause blames them."""
    acts = [v for v in verbs if v.pos_ == "VERB"]
    casualties = [v for v in acts if v.lemma_.lower() in shared_words().casualty_verbs and not _killed_by_people(v, lexicon)]
    strikes = [v for v in acts if v not in casualties and v.lemma_.lower() in lexicon.hostile_verbs and _struck_by_a_thing(v, lexicon)]
    tolls = [v for v in acts if v not in casualties + strikes and (_casualties_rise(v, lexicon) or _strike_toll(v, lexicon))]
    return len(casualties) + len(strikes) + len(tolls) == len(acts) and (bool(tolls) or any(_counts(v) for v in casualties + strikes))


def _casualties_rise(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A rising or toll verb whose subject counts casualties ("the toll rose to 50", "the number of people killed
    in airstrikes has risen to 558", "the victims included 50 children"): a toll reported, not a doer blamed ("killed by Rwandan troops" blames them)."""
    if verb.lemma_.lower() not in lexicon.rising_verbs | lexicon.toll_verbs:
        return False
    counters = lexicon.toll_nouns | shared_words().casualty_verbs
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in counters for s in subjects for t in s.subtree) and not _deaths_blamed(verb, lexicon)


def _strike_toll(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A strike or weapon bringing about a count of the dead ("the airstrike resulted in the deaths of ten
    civilians", "shelling caused the deaths of 12"): a casualty report, as "the airstrike killed ten" is."""
    if verb.lemma_.lower() not in lexicon.toll_causing_verbs or not _struck_by_a_thing(verb, lexicon):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    tolls = [o for o in objects if o.lemma_.lower() in lexicon.toll_nouns]
    return any(t.pos_ == "NUM" for o in tolls for t in o.subtree) and not _deaths_blamed(verb, lexicon)


def _deaths_blamed(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a casualty verb under a toll verb names people as the killers ("the toll of those killed by Rwandan
    troops rose to 50"): then the clause blames them."""
    return any(_killed_by_people(t, lexicon) for t in verb.subtree if t.lemma_.lower() in shared_words().casualty_verbs)


def _struck_by_a_thing(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile verb whose subject is a strike or weapon, not someone ("US air raids targeted two houses",
    "missiles hit three buildings"): a strike reported, as "airstrikes killed two" is."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in lexicon.hostile_nouns | lexicon.weapon_nouns


def _killed_by_people(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A casualty verb whose doer is not a strike or weapon ("airstrikes killed", "killed by shelling") but
    someone: the subject of a verb with an object ("Russian troops killed six civilians"; in "six policemen
    died", "others wounded" the subject is the victim), or the passive agent ("killed by separatist fighters")."""
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if transitive else None
    doer = subject or next(iter(passive_agents(verb)), None)
    return doer is not None and doer.lemma_.lower() not in lexicon.hostile_nouns | lexicon.weapon_nouns


def _counts(verb: Token) -> bool:
    """Whether a verb's subject or object is a number of people ("8", "two people", "at least 13 civilians")."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(a.pos_ == "NUM" or any(c.dep_ == "nummod" for c in a.children) for a in arguments)


def _object_kind(cue: Token, kind: ClaimKind, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind a cue's object gives: "express <noun>" by the noun, a commitment or appeal noun; a feeling the
    cue is said with ("noted with concern that ...") as "express" would give it."""
    for feeling in (g for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        if kind == "assertion" and feeling.lemma_.lower() in lexicon.expressed:
            return lexicon.expressed[feeling.lemma_.lower()]
    for obj in _objects(cue):
        noun = obj.lemma_.lower()
        if cue.lemma_.lower() in lexicon.expressing_verbs and noun in lexicon.fear_nouns and _fears_hostilities(obj, lexicon):
            return "warning"  # "expressed concern that any conflict could lead to changes along the border"
        if cue.lemma_.lower() == "express":
            return lexicon.expressed.get(noun, "evaluation")
        if noun in lexicon.sentiment_objects:  # "offered condolences", "sent congratulations"
            return "evaluation"
        if kind == "assertion" and cue.lemma_.lower() in lexicon.renewal_verbs and noun in lexicon.renewed_commitment_objects:
            return "commitment"  # "reaffirmed its unwavering support for the mission"
        attests = cue.lemma_.lower() in lexicon.attesting_verbs and noun not in lexicon.disposition_objects
        if kind == "assertion" and not attests and (noun in lexicon.commitment_objects or _amount_of(obj, lexicon.commitment_objects, lexicon)):
            return "commitment"  # "announced a truce", "announced 50 million euros in aid"; "confirmed the ceasefire" attests it
        if kind == "assertion" and noun in lexicon.appeal_objects:
            return "appeal"
    return None


def _objects(cue: Token) -> list[Token]:
    """The cue's object, or in a passive with its agent the subject: "a truce was announced by the army" as
    "the army announced a truce" ("a truce was announced", with no agent, has no speaker to commit)."""
    if any(c.dep_ == "agent" for c in cue.children):
        return [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return [c for c in cue.children if c.dep_ == "dobj"]


def _fears_hostilities(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A fear noun whose "that" clause foresees hostilities: "concern that any conflict could lead to changes along
    the border", "fears that clashes may resume" ("concern that the talks could collapse" foresees none)."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL]
    verbs = clauses + [c for clause in clauses for c in children(clause, "conj") if c.pos_ in VERBAL]
    return any(_hostilities_foreseen(verb, lexicon) or _leads_to_hostilities(verb, lexicon) for verb in verbs)


def _amount_of(obj: Token, nouns: frozenset[str], lexicon: ClaimLexicon) -> bool:
    """An amount of one of ``nouns``: "50 million euros in aid" ("the results of the investigation" is none)."""
    return any(
        p.dep_ == "prep" and p.lower_ in lexicon.amount_prepositions and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in p.children)
        for p in obj.children
    )


def _clause_verbs(cue: Token) -> list[Token]:
    """The verbs of a cue's complement clause (with their conjuncts); for a parenthetical cue the clause it
    interrupts ("The army, Aguer stressed, would adhere to the ceasefire": "adhere")."""
    heads = [child for child in cue.children if child.dep_ in CLAUSE_DEPS]
    if not heads and cue.dep_ == "parataxis" and cue.head.pos_ in VERBAL:
        heads = [cue.head]
    verbs = []
    for head in heads:
        verbs.append(head)
        verbs.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _main_clause(content: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """Content tokens without subordinate adverbial clauses ("as X launched strikes"), but for one that says
    how the main event came about ("... were killed when Boko Haram attacked a military unit") and an
    infinitive the parser hangs as one ("came to bomb the village", "subjected the positions to fire").

    An adverbial clause's subtree is the contiguous span between its edges; the spans are
    merged and looked up by bisection, so this is n log n in the content.
    """
    inside = {t.i for t in content}
    spans = sorted(
        (t.left_edge.i, t.right_edge.i)
        for t in content
        if t.dep_ == "advcl" and t.head.i in inside and not _tells_occasion(t, lexicon) and not purpose_infinitive(t)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    starts = [start for start, _ in merged]

    def dropped(i: int) -> bool:
        at = bisect_right(starts, i) - 1
        return at >= 0 and i <= merged[at][1]

    return [t for t in content if not dropped(t.i)]


def _tells_occasion(clause: Token, lexicon: ClaimLexicon) -> bool:
    """Whether an adverbial clause tells how its head's event came about ("when gunmen stormed the post"), or what
    set off an outbreak ("the clashes occurred after militants opened fire")."""
    markers = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark", "prep")}
    if markers & lexicon.occasion_markers:
        return True
    return bool(markers & lexicon.sequel_markers) and clause.head.lemma_.lower() in lexicon.outbreak_verbs  # "occurred after X opened fire"


def _dismisses(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula calling something untrue: "the reports were false", "whatever they say is incorrect", also by a
    noun: "the reports were “disinformation”", "the story is a lie" (not "are not lies")."""
    if verb.lemma_ != "be":
        return False
    children = list(verb.children)
    untrue_noun = any(c.dep_ == "attr" and _untrue_noun(c, lexicon) for c in children) and not negation(verb)
    return untrue_noun or any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.untrue_adjectives for c in children)


def _untrue_noun(noun: Token, lexicon: ClaimLexicon) -> bool:
    """An untrue noun, also an instance of one ("a lie", "another piece of disinformation"), or a report noun an untrue
    adjective modifies ("the reports were “fake news”", "is false information"; "fake news" about another thing is none
    unless it is the predicate, which the caller checks)."""
    if noun.lemma_.lower() in lexicon.untrue_nouns:
        return True
    if noun.lemma_.lower() in lexicon.report_nouns and any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.untrue_adjectives for c in noun.children):
        return True
    return noun.lemma_.lower() in lexicon.instance_nouns and any(
        g.lemma_.lower() in lexicon.untrue_nouns for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
    )


def _spreads_untruth(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Spreading something untrue: "the Armenian side was disseminating fake news", "continued to spread false
    information", "is spreading disinformation", "false statements are being spread about ..." (a report called
    untrue by the one who answers it)."""
    if verb.pos_ not in VERBAL:
        return False
    verbs = [v for v in (verb, *children(verb, "xcomp")) if v.lemma_.lower() in lexicon.spreading_verbs and not negation(v)]
    objects = [o for v in verbs for o in children(v, "dobj") + children(v, "nsubjpass")]  # "false statements are being spread"
    return any(
        _untrue_noun(o, lexicon)
        or (o.lemma_.lower() in lexicon.report_nouns and any(a.dep_ == "amod" and a.lower_ in lexicon.untrue_adjectives for a in o.children))
        for o in objects
    )


def _negated_own(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a complement verb is negated and its subject is the speaker's own side, or nobody.

    Negated: a ``not``/``never``, or a negative object ("bears no responsibility");
    "nobody is forcing them out" denies that anyone does; "they did not die in vain" denies nothing;
    a negated future is a resolve, not a denial ("it will never abandon the shoal").
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or verb.lemma_.lower() in lexicon.suffering_verbs or is_future(verb) or _forced_course(verb, lexicon):
        return False
    subject = subjects[0]
    if subject.dep_ == "expl":  # "there were no Armenian army units in Karabakh": the units
        subject = next((c for c in verb.children if c.dep_ == "attr"), subject)
    pronouns = shared_words().pronouns
    if subject.lower_ in pronouns.negative:
        return True
    if not _negated_clause(verb):
        return False
    if subject.dep_ == "attr" and _unowned_act(subject, lexicon):
        return _warring_speaker(speaker, discourse)  # "the army said there were no military operations in the area"
    own = pronouns.third_person | pronouns.first_person
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in lexicon.hostile_verbs:
        agents = passive_agents(verb)  # "civilians were not targeted" said by a party to the fighting, "... by its forces"
        if not agents:
            return _party_speaker(speaker, discourse)
        subject = agents[0]
    if subject.lower_ in own or any(c.dep_ == "poss" and c.lower_ in own for c in subject.children):
        return True
    own_keys = own_side(speaker, discourse)  # the entity linked, or the state its demonym names ("Armenian troops")
    return any(keys and all_own(keys, own_keys, discourse) for keys in (actor_keys(subject, discourse), _forces_owner(subject, discourse, lexicon)))


def _unowned_act(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile act or an armed operation said to be there with no doer named: "there were no attacks on civilians",
    "there were no military operations in the area" (not "there were no casualties", nor "no attacks by the rebels")."""
    if noun.lemma_.lower() not in lexicon.hostile_nouns | lexicon.armed_operation_nouns:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in lexicon.agent_prepositions) for c in noun.children)


def _warring_speaker(speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether the speakers are parties to the fighting: states, armed groups, their bodies, or persons whose title
    names a state ("Tarvian military spokesman X"); not a person with no side ("UN spokesman X"), nor a described source."""
    for key in speaker.keys:
        entity = discourse.entity_of(key)
        if entity is None or key in discourse.sources:
            return False
        if not (entity.kind in BELLIGERENT_KINDS or discourse.acting_state(entity) is not None or title_state(key, discourse) is not None):
            return False
    return bool(speaker.keys)


def _refuses_charge(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A refusal of a charge: a refusing verb, or an accepting one negated, whose object or "with" object is a
    charge or an attempt to blame ("disagree with attempts to place responsibility on ...", "will never accept
    such accusations", "do not agree with such reproaches"); "disagree with the plan", "will not accept their
    terms" refuse no charge (the caller checks whose refusal it is)."""
    lemma = verb.lemma_.lower()
    negated = negation(verb)
    if not ((lemma in lexicon.refusing_verbs and not negated) or (lemma in lexicon.accepting_verbs and negated)):
        return False
    objects = children(verb, "dobj") + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in lexicon.refusal_prepositions for g in children(p, "pobj")
    ]
    objects += [c for o in objects for c in children(o, "conj")]
    return any(_charge(noun, lexicon) for noun in objects)


def _charge(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A charge noun ("such accusations", "criticism of its forces"), or an attempt to blame or to lay
    responsibility ("attempts to place responsibility on the Russian side", "efforts to blame Kyiv")."""
    if noun.lemma_.lower() in lexicon.charge_nouns:
        return True
    if noun.lemma_.lower() not in lexicon.attempt_nouns:
        return False
    for infinitive in (c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in VERBAL):
        rule = lexicon.verbs.get(infinitive.lemma_.lower())
        if infinitive.lemma_.lower() in lexicon.attribution_verbs or (rule is not None and rule.kind == "accusation"):
            return True  # "attempts to blame the peacekeepers"
        if any(o.lemma_.lower() in lexicon.blame_words | lexicon.charge_nouns for o in children(infinitive, "dobj")):
            return True  # "attempts to impose responsibility on ...", "efforts to shift the blame"
    return False


def _party_speaker(speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether the speakers are named parties or their people (states, armed groups, their bodies, persons), not
    organisations or described sources ("the UN said convoys were not attacked" reports, it denies nothing)."""
    entities = [discourse.entity_of(key) for key in speaker.keys if key not in discourse.sources]
    return len(entities) == len(speaker.keys) > 0 and all(
        entity is not None and (entity.kind in _PARTY_KINDS or discourse.acting_state(entity) is not None) for entity in entities
    )


def _forces_owner(noun: Token, discourse: Discourse, lexicon: ClaimLexicon) -> set[str]:
    """The actors a forces noun's nationality, possessor or compound names ("Armenian troops", "Russia's army";
    not "Armenian civilians")."""
    if noun.lemma_.lower() not in lexicon.party_nouns | lexicon.collective_roles | lexicon.armed_agent_nouns:
        return set()
    owners: set[str] = set()
    for modifier in (c for c in noun.children if c.dep_ in TITLE_DEPS):  # the demonym first: "Armenian" in "Armenian troops"
        state = nationality(modifier.lower_, discourse)
        owners |= {state} if state else actor_keys(modifier, discourse)
    return owners


def _negated_clause(verb: Token) -> bool:
    """A ``not``/``never``, or a negative object or predicate ("bears no responsibility", "had nothing to do with
    it", "there was no truth in the reports")."""
    negative = shared_words().pronouns.negative
    return negation(verb) or any(
        child.dep_ in ("dobj", "attr") and (child.lower_ in negative or any(d.lower_ == "no" for d in child.children))
        for child in verb.children
    ) or no_subject(verb)


def _discredited(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A report or charge said to have no ground: "the allegations had no basis", "there was no truth in the
    reports", "the reports were not accurate", also in a relative clause on it: "issued a statement that has nothing to
    do with reality" (a copula or "have"; "the report did not mention ..." denies nothing),
    or to be made up: "the images were doctored", or spread untrue ("disseminating fake news")."""
    if _spreads_untruth(verb, lexicon):
        return True
    if verb.lemma_.lower() in lexicon.untrue_verbs and any(c.dep_ == "auxpass" for c in verb.children) and not _negated_clause(verb):
        return True  # "the images were doctored", "the report was fabricated"
    if verb.lemma_ not in lexicon.ground_verbs or not _negated_clause(verb):
        return False
    if verb.lemma_ == "be" and negation(verb) and _called_true(verb, lexicon):
        return True  # "this is not true", "is not a true reflection of the reality"
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [relative_antecedent(n) for n in nouns]  # "a statement that has no basis"
    nouns += [g for c in verb.children if c.dep_ in ("attr", "dobj") for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(noun.lemma_.lower() in lexicon.report_nouns for noun in nouns)


def _called_true(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula's predicate of truth: "is true", "is a true reflection of reality" (the caller checks the negation)."""
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return any(p.lower_ in lexicon.truth_adjectives or any(a.dep_ == "amod" and a.lower_ in lexicon.truth_adjectives for a in p.children) for p in predicates)


def obliges(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """An obligation: "must", "should", "are to be ...", "the only way to peace is ..." (not a guess about
    the past: "we must have missed the convoy")."""
    deps = token_table(tokens[0].doc).dep if tokens else []
    for token in tokens:
        if token.dep_ == "aux" and token.lemma_.lower() in lexicon.obligation_words and not _perfect(token.head):
            return True
        if _only_means(token, lexicon) or _mandative(token) or (deps[token.i] in _PREDICATE_DEPS and _time_to(token, lexicon)):
            return True
        if _urgently_needed(token, lexicon):
            return True
        if _duty_put(token, lexicon):
            return True
        if token.lemma_ == "be" and token.i + 2 < len(token.doc):
            doc = token.doc
            if doc[token.i + 1].lower_ == "to" and doc[token.i + 2].lemma_ == "be":
                return True  # "are to be surrendered"
    return False


def _duty_put(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A present passive participle of obligation with an infinitive: "Serbia is obligated to respect the law"
    (not "felt obliged to respond", nor the past "was obliged to retreat")."""
    if verb.lemma_.lower() not in lexicon.obligation_participles or verb.tag_ != "VBN" or negation(verb):
        return False
    present = any(c.dep_ == "auxpass" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "xcomp" for c in verb.children)


def _urgently_needed(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A passive need verb with an adverb of urgency and no negation: "international help is very urgently
    required", "aid is badly needed" (not "more evidence was needed", a lack told)."""
    if verb.lemma_.lower() not in lexicon.need_verbs or not any(c.dep_ == "nsubjpass" for c in verb.children) or negation(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.urgency_adverbs for c in verb.children)


def _time_to(word: Token, lexicon: ClaimLexicon) -> bool:
    """ "It is time for the parties to sign", "it is high time to act", "it was necessary to resume the talks", "it is
    important for both sides to exercise restraint": an exhortation noun or a necessity adjective as the predicate of
    "it" with an infinitive ("it was the first time the rebels attacked", "it had been necessary to ..." are none)."""
    if word.dep_ == "attr" and word.lemma_.lower() in lexicon.exhortation_nouns:
        holders = [word]
    elif word.dep_ == "acomp" and word.lower_ in lexicon.necessity_adjectives:
        holders = [word, word.head]  # the parser hangs the infinitive on either
    else:
        return False
    copula = word.head
    if copula.lemma_ != "be" or _perfect(copula) or not any(c.dep_ in ("nsubj", "expl") and c.lower_ in shared_words().pronouns.thing for c in copula.children):
        return False
    infinitives = ("relcl", "acl", "xcomp", "advcl")
    return any(c.dep_ in infinitives and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for h in holders for c in h.children)


def _mandative(verb: Token) -> bool:
    """A that-clause in the subjunctive: "insisted that the crossing be reopened", "demanded that Israel
    withdraw", "it is vital that aid be let in" (a bare verb or "be" + participle with a subject, no modal or
    tense, under a cue verb or a copula; "helped them carry the wounded" is a bare infinitive, no demand)."""
    if verb.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.head.lemma_ != "be" and verb.head.lemma_.lower() not in claim_lexicon().verbs:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    plain = verb.head.lemma_ != "be" and verb.head.lemma_.lower() not in claim_lexicon().mandative_verbs
    if verb.tag_ == "VB" and verb.lemma_ != "be" and plain and _plural_subject(verb):
        return False  # "said that the developments underscore the concern": a plural present, no demand
    if verb.tag_ == "VB":
        return not auxiliaries
    return verb.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["be"]


def _plural_subject(verb: Token) -> bool:
    """Whether a verb's subject is plural or a pronoun other than the third person singular ("the developments",
    "they", "we"): its present tense has the bare form, so the bare form shows no subjunctive."""
    pronouns = shared_words().pronouns
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ in ("NNS", "NNPS") or (s.pos_ == "PRON" and s.lower_ not in pronouns.third_person) for s in subjects)


def _perfect(verb: Token) -> bool:
    """A verb in the perfect ("must have missed")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _only_means(token: Token, lexicon: ClaimLexicon) -> bool:
    """ "The only way/solution/path" as a copula's subject or predicate: what the speaker demands ("the only way
    to peace is the withdrawal of ...", "dialogue is the only solution"; "the only road to the town" is no means)."""
    return (
        token.lemma_.lower() in lexicon.means_nouns
        and token.dep_ in ("nsubj", "attr")
        and token.head.lemma_ == "be"
        and any(c.dep_ in ("amod", "advmod") and c.lower_ in lexicon.restricting_adverbs for c in token.children)
    )


def _undertakes(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a reported verb is itself an undertaking ("said Azerbaijan had agreed to let ...")."""
    return verb.lemma_.lower() in lexicon.undertaking_verbs


def _conditional(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """A condition on an announced action ("will withdraw unless ...", "will respond to any provocation", an
    ultimatum: "if they do not lay down their arms, the operation will continue"), or a
    restricted one on announced hostilities ("the offensive will stop only with the surrender of ..."; "will
    attend the talks only with the consent of parliament" is a commitment); a time limit is none ("will remain
    until the group is defeated")."""
    hostile = any(token.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for token in tokens)
    return any(token.lower_ in lexicon.condition_words or (hostile and _restricted_condition(token, lexicon)) for token in tokens) or any(
        (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.hostile_nouns and hypothetical(token, lexicon))
        or _hostile_condition(token, lexicon)
        or (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks and negation(token.head))
        for token in tokens
    )


def _hostile_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """An "if" clause of a hostile act: "would respond if Israel attacked its sites" ("will attend if invited" is none)."""
    if not (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks):
        return False
    if token.head.lemma_.lower() in lexicon.halting_verbs and not negation(token.head):
        return False  # "will cease fire if government forces stop shooting first": the other side's halt
    return any(t.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for t in token.head.subtree)


def _restricted_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """A restricting adverb before a preposition or subordinator: "only if", "only with", "only after"."""
    doc = token.doc
    return token.lower_ in lexicon.restricting_adverbs and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in _CONDITION_TAGS
