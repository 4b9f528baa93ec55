"""The kind of a claim: the cue's default, refined from what it reports (GUIDELINES section 5).

A neutral cue reporting the speaker's own side negated, or a report called untrue or without
ground, is a denial; a hostile act (also sponsoring an armed party, an act done "illegally",
responsibility for a harm) attributed to another named party, or to unnamed forces by civilian
witnesses, an accusation; an obligation, "the only way" or another party's need an appeal; an
announced future action or an intention of the speaker's side a commitment (a warning when
conditional on a hostile act, when it is itself hostile, or when harm or hostilities are foreseen);
a judging predicate an evaluation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Literal

from spacy.tokens import Span, Token

from kg.codes import ClaimKind
from kg.records import BELLIGERENT_KINDS, Entity
from kg.extract.claims.content import CLAUSE_DEPS, WH_TAGS, adjective_complement, content_tokens, verb_cue
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import QUOTE_MARKS
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.speakers import plainly_described
from kg.extract.syntax import VERBAL, children, demonym_forms, is_future, prep_objects, proper_plural_singular, relative_antecedent, word_in
from kg.nlp.doccache import token_table
from kg.nlp.coreference import fold
from kg.nlp.linking import unknown_state_of_demonym
from kg.words import shared_words

#: ``doc.user_data`` key of the states persons' titles name (see ``_title_state``).
_TITLE_STATES = "kg_title_states"
_TITLE_BODIES = "kg_title_bodies"
_UNKNOWN_STATES = "kg_unknown_state_keys"

#: Entity kinds of a body no state acts for whose title a person holds ("UN chief X", "FSA spokesman X").
_BODY_KINDS = frozenset({"organization", "armed_group"})

#: Dependencies of a title before a person's name ("Armenian Prime Minister Pashinyan", "Turkey's President Erdogan").
_TITLE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})

#: Entity kinds of a party to hostilities or its people: a negated hostile act they speak of is denied.
_PARTY_KINDS = frozenset({"state", "armed_group", "person"})

#: Dependencies of a copula's predicate ("it is time to ...", "it is necessary to ...").
_PREDICATE_DEPS = frozenset({"attr", "acomp"})

#: Penn tags of a preposition or subordinator ("if", "with", "after") and of "when".
_CONDITION_TAGS = frozenset({"IN", "WRB"})


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
    if any(is_future(verb) or _possible(verb) for verb in verbs) and (_adverse(quoted, lexicon) or _conditional(quoted, lexicon)):
        return "warning"  # "“The war will continue and escalate”", "“The situation could deteriorate”", "“If ... not ..., the operation will continue”"
    if any(_leads_to_hostilities(verb, lexicon) or (_forbids(verb, lexicon) and _agentless(verb)) for verb in verbs):
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
    if verb.lemma_.lower() in claim_lexicon().intention_verbs and any(c.dep_ == "xcomp" for c in verb.children) and not _negation(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ != "PRON" and _speaker_acts(verb, speaker, discourse)
    if not is_future(verb) or _negation(verb):
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
    keys = {key for owner in owners for key in _actor_keys(owner, discourse)}
    return not keys or _all_own(keys, own_side(speaker, discourse), discourse)


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
    if verb.lemma_.lower() not in lexicon.volitional_verbs or _negation(verb):
        return False
    wishes = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.wish_infinitives]
    return any(g.dep_ in ("dobj", "ccomp", "xcomp") for c in wishes for g in c.children)


def _denies_own_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """In a quotation, a hostile act of the speaker's side negated ("“We did not fire a single shot”") or its forces
    said not to be there ("“There are no Rwandan troops in Congo”"); "“We have not received any aid”" denies nothing."""
    if verb.pos_ not in VERBAL or not (_hostile_act(verb, lexicon) or children(verb, "expl") or _present(verb, lexicon)):
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


def _hostile_act(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile verb, or an act or launching verb with a hostile or weapon object ("fired", "launched a drone",
    "conducted any operation"; "launched an appeal" is none)."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.hostile_verbs:
        return True
    nouns = lexicon.hostile_nouns | lexicon.weapon_nouns
    return lemma in lexicon.act_verbs | lexicon.launch_verbs and any(o.lemma_.lower() in nouns for o in children(verb, "dobj"))


def _is_speaker(subject: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a subject inside a quotation is its speaker: a first-person pronoun or what one owns ("our army"),
    or the speaker named."""
    first_person = shared_words().pronouns.first_person
    if subject.lower_ in first_person or any(c.dep_ == "poss" and c.lower_ in first_person for c in subject.children):
        return True
    keys = _actor_keys(subject, discourse)
    own = set(speaker.keys) | (_acting_states(speaker, discourse) | _title_bodies(speaker, discourse) if _main_verb_subject(subject) else set())
    return bool(keys) and keys <= own


def _title_bodies(speaker: SpeakerResolution, discourse: Discourse) -> set[str]:
    """The organisations a person speaker's office title names (see ``_title_body``)."""
    bodies = {_title_body(key, discourse) for key in speaker.keys if discourse.is_person_key(key)}
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
    if lemma in lexicon.denial_capable and any(_denies(verb, speaker, discourse, lexicon) for verb in verbs):
        return "denial"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"
    if any(_forbids(verb, lexicon) and (_speaker_acts(verb, speaker, discourse) or _agentless(verb)) for verb in verbs):
        return "warning"  # "said Japan would never tolerate Pyongyang's provocations": a threat, before the act it names
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
    if _foreseen_harm(verbs, content, lexicon) or (any(_possible(verb) for verb in verbs) and _conditional(content, lexicon)):
        return "warning"  # "the situation could deteriorate further", "could use nuclear weapons if attacked"
    return kind


def _wanted_kind(
    main: list[Token], verbs: list[Token], kind: ClaimKind, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """An appeal in a reported clause: an obligation or another party's need ("said both sides must ...", "said Serbia
    needed to de-escalate"), the speaker's wish to see what another does ("told VOA he would like to see the United
    States take action against X"); another party's wish is reported, the cue's own kind; ``None`` when none."""
    if obliges(main, lexicon) or any(_needs_others(verb, speaker, discourse, lexicon) for verb in verbs):
        return "appeal"
    wishing = [verb for verb in verbs if wishes_seen(verb, lexicon)]
    if not wishing:
        return None
    return "appeal" if any(_speaker_acts(verb, speaker, discourse) for verb in wishing) else kind


def _denies(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A reported verb that denies: the speaker's own side negated, a report called untrue or without ground, a
    charge the speaker's side refuses ("said it disagreed with criticism of its forces")."""
    if _negated_own(verb, speaker, discourse, lexicon) or _dismisses(verb, lexicon) or _discredited(verb, lexicon):
        return True
    return _refuses_charge(verb, lexicon) and _speaker_acts(verb, speaker, discourse)


def _own_performative(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a speech act the speaker's own side performs in the reported clause, in the present tense ("said
    that the United States is deeply concerned ... and calls on Azerbaijan to cease", "said Kenya urges both sides
    to ..."); ``None`` when there is none, or the act is another party's ("said Russia calls on ...")."""
    for verb in verbs:
        if verb.tag_ not in ("VBZ", "VBP"):
            continue
        holder = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj") else verb  # "is concerned and calls on"
        if not children(holder, "nsubj") or _negation(verb):
            continue
        inner = verb_cue(verb, lexicon)
        if inner and inner[0] != "assertion" and _speaker_acts(holder, speaker, discourse):
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
    if not verbs or any(is_future(verb) or _possible(verb) or _likely(verb, lexicon) or _risks(verb, lexicon) for verb in verbs):
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
    objects = [o for o in children(cue, "dobj") if not (o.lemma_.lower() in lexicon.hostile_nouns or _hostile_conduct(o, lexicon))]
    return any(_blamed(agent, obj, own, speaker, discourse, lexicon) for obj in objects for agent in _noun_agents(obj))


def _meant_kind(cue: Token, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of what a volitional cue's subject means to do: a commitment ("his government wanted to address it
    peacefully via dialogue"), a warning when the act is hostile ("wants to attack the bases"); else ``None``."""
    if not means_to(cue, lexicon):
        return None
    return "warning" if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.hostile_verbs for c in cue.children) else "commitment"


def means_to(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A volitional cue with an infinitive of its own subject and no object: what the subject means to do ("wanted to
    address it via dialogue"; not "wants the rebels to leave", "wants a ceasefire", "wants to see a ceasefire")."""
    if cue.lemma_.lower() not in lexicon.volitional_verbs or _negation(cue) or any(c.dep_ in ("dobj", "ccomp") for c in cue.children):
        return False
    infinitives = [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in VERBAL and any(a.tag_ == "TO" for a in c.children)]
    return any(not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and c.lemma_.lower() not in lexicon.wish_infinitives for c in infinitives)


def _speakers_stance(verbs: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind | None:
    """The kind of a stance adjective with a complement whose subject is the speaker ("said he was hopeful that the
    talks would succeed", "said it was ready to mediate"); ``None`` when there is none or it is another's."""
    for verb in verbs:
        if _stands_on(verb, lexicon) and not children(verb, "advcl") and _speaker_acts(verb, speaker, discourse):
            if not any(key in discourse.sources for key in speaker.keys):  # not a witness: "said he was with his brother when ..."
                return "evaluation"  # "said Iran was against any change of borders"
        for adjective in (c for c in children(verb, "acomp") if c.lower_ in lexicon.adjective_cues):
            kind = lexicon.adjective_cues[adjective.lower_]
            if kind != "assertion" and adjective_complement(adjective) and _speaker_acts(verb, speaker, discourse):
                return kind
    return None


def _announced_kind(
    verbs: list[Token], content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """The kind of a reported future, undertaking or intention of the speaker's side ("said it plans to deploy"):
    a warning when conditional, hostile or harmful to another party, else a commitment ("said it would send aid",
    "said the crossings will open on Monday"); ``None`` when nothing is announced."""
    intends = [verb for verb in verbs if _intends(verb, speaker, discourse) or (_forced_course(verb, lexicon) and _speaker_acts(verb, speaker, discourse))]
    if not intends and not any(is_future(verb) or _undertakes(verb, lexicon) for verb in verbs):
        return None
    if _conditional(content, lexicon) or any(_threatens(verb, lexicon) or _forbids(verb, lexicon) for verb in verbs):
        return "warning"  # "will respond unless ...", "would strike Hezbollah targets"
    if any(_exodus_foreseen(verb, discourse, lexicon) for verb in verbs):
        return "warning"  # "said all Armenians will have fled the region in the coming days"
    if _adverse(content, lexicon) and not intends and not any(_speaker_acts(verb, speaker, discourse) for verb in verbs):
        return "warning"  # "said Kyiv would face consequences"
    futures = [verb for verb in verbs if is_future(verb)]
    if not intends and futures and all(_others_act(verb, speaker, discourse) for verb in futures):
        return None  # "confirmed that the meeting of the Security Council will be held on Monday": another's plan, reported
    return "commitment"


def _exodus_foreseen(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A future of people leaving or suffering: a leaving or suffering verb whose subject is a people noun or a
    people named by its demonym ("all Armenians will have fled the region", "no Armenian will be left in the region",
    "thousands of residents would flee"), or a staying verb of none of them ("no Armenians will remain"); not forces
    ("the troops will leave"), not "no one will die"."""
    lemma = verb.lemma_.lower()
    if not is_future(verb) or _negation(verb) or lemma not in lexicon.leaving_verbs | lexicon.suffering_verbs | lexicon.staying_verbs:
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
    return any(_nationality(form, discourse) is not None for form in demonym_forms(noun))


def _others_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is owned ("of", possessive) by actors of another side than the speaker's
    ("the meeting of the Security Council will be held", said by a state's spokeswoman); not a subject owned by
    none ("the crossings will open", "the talks with the rebels will continue") or by the speaker's own side."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or _speaker_acts(verb, speaker, discourse):
        return False
    owners = [child for child in subject.children if child.dep_ == "poss"] + prep_objects(subject, "of")
    keys = {key for owner in owners for key in _actor_keys(owner, discourse)}
    own = own_side(speaker, discourse)
    return bool(keys) and not any(key in own or discourse.acting_state(discourse.entity_of(key)) in own for key in keys)


def _named_own_future(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A future whose subject is a named actor of the speaker's own side, no pronoun: "The rebel army will disband,
    it added" (not "adding that it would help stability")."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return is_future(verb) and subject is not None and subject.pos_ != "PRON" and _speaker_acts(verb, speaker, discourse)


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
    return (intends or means_to(verb, lexicon)) and not _negation(verb) and _speaker_acts(verb, speaker, discourse)


def _needs_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A need verb with an infinitive whose subject is another party: "said Serbia needed to de-escalate" is an
    appeal; "said it needed to verify the reports" tells the speaker's own need."""
    if verb.lemma_.lower() in lexicon.obligation_verbs:
        return _duty_of_others(verb, speaker, discourse)
    if verb.lemma_.lower() not in lexicon.need_verbs or _negation(verb):
        return False
    if not any(c.dep_ == "xcomp" or _purpose_infinitive(c) for c in verb.children):  # the parser makes some advcl
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _speaker_acts(verb, speaker, discourse)


def _duty_of_others(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """ "Have to" with an infinitive whose subject is another party, not people: "said the rebel units had to disarm",
    "said the rebels would have to comply with the conditions" demand it; "said residents had to flee their homes", "said
    it had to postpone the vote", "said the rebels did not have to surrender", "the community had to suffer" do not."""
    if _negation(verb) or _speaker_acts(verb, speaker, discourse):
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
    if not (is_future(verb) or verb.lemma_.lower() in lexicon.intention_verbs or means_to(verb, lexicon)) or _negated_act(verb):
        return False
    if verb.lemma_.lower() in lexicon.halting_verbs:
        return False  # "will stop firing", "will cease fire": hostilities announced to end
    if _holds_to_blame(verb, lexicon):
        return True  # "would hold the political leaders responsible for any escalation"
    acts = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(
        act.lemma_.lower() in lexicon.hostile_verbs
        or (act.lemma_.lower() in lexicon.act_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.hostile_nouns for c in act.children))
        for act in acts
    )


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
    return verb.lemma_.lower() in lexicon.toleration_verbs and is_future(verb) and _negation(verb)


def _agentless(verb: Token) -> bool:
    """A passive with no agent: who refuses to tolerate is the one who says so ("Rwanda's ambitions will never be
    tolerated"; "will not be tolerated by the region's states" names others)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _speaker_acts(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is the speaker: a personal pronoun ("said it would ..."), no subject, a
    state noun a pronoun owns ("said her country was ready"), or a name of the speaker's own side ("Kenya said
    Kenyan troops would stay"); "anyone", "those" are others."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    pronouns = shared_words().pronouns
    if subject is not None and subject.dep_ == "csubj":  # "countries supplying missiles would become targets"
        return False
    if subject is None or subject.lower_ in pronouns.person | pronouns.thing | pronouns.group | pronouns.first_person:
        return True
    if subject.pos_ == "PRON":  # "anyone who attacks the base", "those responsible": not the speaker
        return False
    lexicon = claim_lexicon()
    if subject.lemma_.lower() in lexicon.state_nouns | lexicon.collective_roles and any(
        child.dep_ == "poss" and child.lower_ in pronouns.third_person | pronouns.first_person for child in subject.children
    ):
        return True  # "said her country was ready to return to the table", "her government remained committed": the speaker's own
    if _ministers_government(subject, speaker, discourse, lexicon):
        return True  # "the government has decided to free 13 prisoners, Interior Minister X said"
    if _own_fighters(subject, speaker, discourse, lexicon):
        return True  # "Syrian rebels are committed to a ceasefire, a rebel spokesman said"
    keys = _actor_keys(subject, discourse) or {key for token in subject.subtree for key in _actor_keys(token, discourse)}
    return bool(keys) and _all_own(keys, own_side(speaker, discourse), discourse)


def _ministers_government(subject: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A bare government noun ("the government", nothing owning or naming it) said by a person a cabinet title names
    at one of its mentions ("Interior Minister X", "the Prime Minister"): the minister's own government; not "the
    Sudanese government", "the government of Chad", nor said by a rebel commander or an envoy."""
    if subject.lemma_.lower() not in lexicon.own_government_nouns or any(c.dep_ not in ("det", "punct") for c in subject.children):
        return False
    return any(discourse.is_person_key(key) and _cabinet_member(key, discourse, lexicon) for key in speaker.keys)


def _own_fighters(subject: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Fighters described, not named, nor owned by anyone ("Syrian rebels", "the rebels"), said by a speaker described
    so ("a rebel spokesman") or speaking for an armed group no state acts for ("X, spokesman of the Free Syrian
    Army"): the speaker's own; not said by a state's army or any state's voice."""
    lemma = subject.lemma_.lower()
    if lemma not in lexicon.armed_agent_nouns or any(c.dep_ == "poss" for c in subject.children) or prep_objects(subject, "of"):
        return False
    if lemma in speaker.text.lower():
        return True
    own = own_side(speaker, discourse)
    return any(
        (entity := discourse.entity_of(key)) is not None and entity.kind == "armed_group" and _owner_state(entity, discourse) is None
        for key in own
    )  # a group no state acts for: "the rebels" said by the Sudanese army are not its own


def _cabinet_member(key: str, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a cabinet title ("minister", "prime minister") is one of a person's titles in the text."""
    return any(
        t.lemma_.lower() in lexicon.cabinet_titles
        for span in discourse.spans_of(key)
        for t in list(span) + [w for phrase in _title_phrases(span, heads_after=True) for w in _title_words(phrase)]
    )


def _all_own(keys: set[str], own: set[str], discourse: Discourse) -> bool:
    """Whether every actor is the speaker's side: one of ``own`` or acting for one ("Ukrainian units" for Kyiv)."""
    return all(key in own or _owner_state(discourse.entity_of(key), discourse) in own for key in keys)


def _owner_state(entity: Entity | None, discourse: Discourse) -> str | None:
    """The state an entity acts for: its gazetteer row's, else the linker's owner of a body of a state no
    reference list knows ("the Marvonian army": Marvonia)."""
    return discourse.acting_state(entity) or (entity.part_of if entity is not None else None)


def _possible(verb: Token) -> bool:
    """A verb with "could", "may", "might" and no negation ("could not be confirmed" foresees nothing)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in shared_words().possibility_auxiliaries for c in children) and not any(c.dep_ == "neg" for c in children)


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
        if _possible(verb) and (_adverse(content, lexicon) or _toll_rises(verb, verb, lexicon) or verb.lemma_.lower() in shared_words().casualty_verbs):
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
    if verb.lemma_.lower() not in lexicon.risk_verbs or _negation(verb) or not any(c.dep_ == "xcomp" for c in verb.children):
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
    if _likely(verb, lexicon):
        return True
    return any(s.dep_ == "nsubj" for s in subjects) and _possible(verb)


def _leads_to_hostilities(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A possible or future verb of bringing about with hostilities as its object or in its phrases: "any action can
    lead to ... war in the region", "such measures may include the use of force" ("the talks could lead to an end of
    the war" ends them; "could have led to war" looks back)."""
    if verb.lemma_.lower() not in lexicon.causing_verbs or _negation(verb) or _perfect(verb):
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


def _likely(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a likelihood adjective ("were likely", "is imminent") or a passive likelihood verb ("was
    expected", "are feared"), not negated."""
    if verb.lemma_ == "be":
        likely = any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.likelihood_adjectives for c in verb.children)
    else:
        likely = verb.lemma_.lower() in lexicon.likelihood_verbs and any(c.dep_ == "auxpass" for c in verb.children)
    return likely and not _negation(verb)


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
    if verb.lemma_ != "be" or is_future(verb) or _possible(verb):  # "would be a disaster" foresees a harm
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
    doer = subject or next(iter(_passive_agents(verb)), None)
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
    for obj in (child for child in cue.children if child.dep_ == "dobj"):
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
        if t.dep_ == "advcl" and t.head.i in inside and not _tells_occasion(t, lexicon) and not _purpose_infinitive(t)
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


def own_side(speaker: SpeakerResolution, discourse: Discourse, titles: bool = True) -> set[str]:
    """The speakers, the states they act for (with ``titles``, a person's by the title it has in the text), and
    the affiliations of described sources."""
    own = set(speaker.keys)
    for key in speaker.keys:
        source = discourse.sources.get(key)
        if source is not None and source.affiliation:
            own.add(source.affiliation)
            key = source.affiliation
        entity = discourse.entity_of(key)
        state = _owner_state(entity, discourse)
        if state is None and titles and entity is not None and entity.kind == "person":
            state = _title_state(key, discourse)
            body = _title_body(key, discourse)  # "FSA military council chief X": the FSA is his side
            if body:
                own.add(body)
        if state:
            own.add(state)
    return own


def _title_state(key: str, discourse: Discourse) -> str | None:
    """The state a person's title or apposition names at one of its mentions ("Armenian Prime Minister Nikol
    Pashinyan", "Turkey's President Erdogan", "Ruto, the Kenyan president"); not words outside the name's
    phrase ("Speaking to Russian media, Erdogan said"). Found once per person and document."""
    found: dict[str, str | None] = discourse.doc.user_data.setdefault(_TITLE_STATES, {})
    if key not in found:
        found[key] = _first_title_state(key, discourse)
    return found[key]


def _title_body(key: str, discourse: Discourse) -> str | None:
    """The organisation no state acts for that a person's office title names ("EU top diplomat Josep Borrell", "UN
    human rights chief X": the EU, the UN), whose performative the person's quotation voices ("“The EU condemns
    ...”"); not a state, a place, a private person's affiliation ("Oxfam analyst X")."""
    found: dict[str, str | None] = discourse.doc.user_data.setdefault(_TITLE_BODIES, {})
    if key not in found:
        found[key] = _first_title_state(key, discourse, bodies=True)
    return found[key]


def _first_title_state(key: str, discourse: Discourse, bodies: bool = False) -> str | None:
    """The state the first title of a person's mentions names (see ``_title_state``); with ``bodies`` the
    organisation (see ``_title_body``)."""
    for span in discourse.spans_of(key):
        phrases = _title_phrases(span, heads_after=False)
        if any(c.i < span.start and c.dep_ in _TITLE_DEPS for c in span.root.children):  # "President Jane Roe of Kenya"
            owners = claim_lexicon().title_owner_prepositions
            phrases.extend(c for c in span.root.children if c.dep_ == "prep" and c.i >= span.end and c.lower_ in owners)
        words = [t for phrase in phrases for t in _title_words(phrase)]
        if not any(t.lemma_.lower() in claim_lexicon().office_titles for t in words + list(span)):
            continue  # a private person's nationality is no side ("Sudanese analyst X")
        for token in words:
            named = discourse.entity_at.get(token.i)
            if bodies:
                entity = discourse.entity_of(named.kb_id_) if named is not None else None
                if named is not None and entity is not None and entity.kind in _BODY_KINDS and discourse.acting_state(entity) is None:
                    return named.kb_id_
                continue
            entity = discourse.entity_of(named.kb_id_) if named is not None else None
            if entity is not None and entity.kind != "state":  # "Free Syrian Army spokesman X": the group's state, not Syria
                state = discourse.acting_state(entity)
            else:
                state = _nationality(token.lower_, discourse) or (named.kb_id_ if named is not None and entity is not None else None)
            if state:
                return state
    return None


def _title_phrases(span: Span, heads_after: bool) -> list[Token]:
    """The phrases that title a person's mention: its appositions, the titles before the name ("Kenyan President X"),
    and the noun the name is in apposition to ("the Foreign Minister of Kenya, Jane Roe, said"), with ``heads_after``
    also one after the name."""
    phrases = [c for c in span.root.children if c.dep_ == "appos"]
    phrases += [c for t in span for c in t.children if c.i < span.start and c.dep_ in _TITLE_DEPS]  # also on a first name: "Minister Chaudhry X Y"
    if span.root.dep_ == "appos" and (heads_after or span.root.head.i < span.start):
        phrases.append(span.root.head)
    return phrases


def _title_words(phrase: Token) -> list[Token]:
    """A title phrase's words without its postings ("the UN envoy [for Sudan]", "the US ambassador [to Ukraine]");
    an "of" phrase names whom the holder serves ("the president of Kenya") and stays."""
    owners = claim_lexicon().title_owner_prepositions
    words = [phrase]
    for child in phrase.children:
        if child.dep_ != "prep" or child.lower_ in owners:
            words.extend(_title_words(child))
    return sorted(words, key=lambda t: t.i)


def _dismisses(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula calling something untrue: "the reports were false", "whatever they say is incorrect", also by a
    noun: "the reports were “disinformation”", "the story is a lie" (not "are not lies")."""
    if verb.lemma_ != "be":
        return False
    children = list(verb.children)
    untrue_noun = any(c.dep_ == "attr" and _untrue_noun(c, lexicon) for c in children) and not _negation(verb)
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
    verbs = [v for v in (verb, *children(verb, "xcomp")) if v.lemma_.lower() in lexicon.spreading_verbs and not _negation(v)]
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
        agents = _passive_agents(verb)  # "civilians were not targeted" said by a party to the fighting, "... by its forces"
        if not agents:
            return _party_speaker(speaker, discourse)
        subject = agents[0]
    if subject.lower_ in own or any(c.dep_ == "poss" and c.lower_ in own for c in subject.children):
        return True
    own_keys = own_side(speaker, discourse)  # the entity linked, or the state its demonym names ("Armenian troops")
    return any(keys and _all_own(keys, own_keys, discourse) for keys in (_actor_keys(subject, discourse), _forces_owner(subject, discourse, lexicon)))


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
        if not (entity.kind in BELLIGERENT_KINDS or discourse.acting_state(entity) is not None or _title_state(key, discourse) is not None):
            return False
    return bool(speaker.keys)


def _refuses_charge(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A refusal of a charge: a refusing verb, or an accepting one negated, whose object or "with" object is a
    charge or an attempt to blame ("disagree with attempts to place responsibility on ...", "will never accept
    such accusations", "do not agree with such reproaches"); "disagree with the plan", "will not accept their
    terms" refuse no charge (the caller checks whose refusal it is)."""
    lemma = verb.lemma_.lower()
    negated = _negation(verb)
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
    for modifier in (c for c in noun.children if c.dep_ in _TITLE_DEPS):  # the demonym first: "Armenian" in "Armenian troops"
        state = _nationality(modifier.lower_, discourse)
        owners |= {state} if state else _actor_keys(modifier, discourse)
    return owners


def _negated_clause(verb: Token) -> bool:
    """A ``not``/``never``, or a negative object or predicate ("bears no responsibility", "had nothing to do with
    it", "there was no truth in the reports")."""
    negative = shared_words().pronouns.negative
    return _negation(verb) or any(
        child.dep_ in ("dobj", "attr") and (child.lower_ in negative or any(d.lower_ == "no" for d in child.children))
        for child in verb.children
    ) or _no_subject(verb)


def _no_subject(verb: Token) -> bool:
    """A subject "no" denies: "no shots were fired by our personnel", "no soldier was near the road"."""
    negative = shared_words().negative_determiners
    return any(d.dep_ == "det" and d.lower_ in negative for c in children(verb, "nsubjpass") + children(verb, "nsubj") for d in c.children)


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
    if verb.lemma_ == "be" and _negation(verb) and _called_true(verb, lexicon):
        return True  # "this is not true", "is not a true reflection of the reality"
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [relative_antecedent(n) for n in nouns]  # "a statement that has no basis"
    nouns += [g for c in verb.children if c.dep_ in ("attr", "dobj") for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(noun.lemma_.lower() in lexicon.report_nouns for noun in nouns)


def _called_true(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula's predicate of truth: "is true", "is a true reflection of reality" (the caller checks the negation)."""
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return any(p.lower_ in lexicon.truth_adjectives or any(a.dep_ == "amod" and a.lower_ in lexicon.truth_adjectives for a in p.children) for p in predicates)


def _nationality(word: str, discourse: Discourse) -> str | None:
    """The key of the state a demonym names: the gazetteer's, else a state of the document no reference list knows
    whose name the demonym is made of ("the Korvathi army" of "Korvath", "Tessarian drones" of "Tessaria")."""
    state = discourse.nationality(word)
    if state is not None:
        return state
    unknown: dict[str, str] | None = discourse.doc.user_data.get(_UNKNOWN_STATES)
    if unknown is None:
        entities = [discourse.entity_of(key) for key in discourse.entity_keys()]
        unknown = {fold(e.label): e.key for e in entities if e is not None and e.kind == "state" and not e.qid and not e.gazetteer_id}
        discourse.doc.user_data[_UNKNOWN_STATES] = unknown
    return unknown_state_of_demonym(word, unknown) if unknown else None


def _actor_keys(token: Token, discourse: Discourse) -> set[str]:
    """Actor keys a token names: a linked actor, a nationality adjective, or an institution the text
    described before ("the army" after "the Tarvian army said")."""
    span = discourse.entity_at.get(token.i)
    if span is not None and discourse.is_actor(span):
        return {span.kb_id_}
    # (a plural demonym names the state's side: "the Pakistanis")
    key = next((state for form in demonym_forms(token) if (state := _nationality(form, discourse)) is not None), None)
    lexicon = claim_lexicon()
    lemma, roles = token.lemma_.lower(), lexicon.collective_roles
    if key is None and token.pos_ == "NOUN" and (lemma in roles or token.lower_ in roles):
        owners = [c for c in token.children if c.dep_ == "poss"] + [
            obj for preposition in lexicon.title_owner_prepositions for obj in prep_objects(token, preposition)
        ]
        owned = {owned_key for owner in owners for owned_key in _actor_keys(owner, discourse)}
        if owned:
            return owned  # "the authorities of the Republic of Ruwenzori", "Kenya's government": the owner's
        if lemma in roles:
            earlier = discourse.described(token.idx, lemma, people=False)
            return set(earlier) if earlier else set()
    if key is None and token.pos_ == "NOUN" and lemma in lexicon.group_anaphors and _definite(token) and plainly_described(token, discourse):
        earlier = discourse.last_group_actor(token.idx)  # "the group was responsible for ..." after "the Arakan Army"
        return set(earlier) if earlier else set()
    return {key} if key else set()


def _definite(noun: Token) -> bool:
    """A noun with a definite determiner ("the group", "the terrorist group")."""
    return any(c.dep_ == "det" and c.lower_ in shared_words().definite_determiners for c in noun.children)


def accuses(
    tokens: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon, wrongful_only: bool = False
) -> bool:
    """Whether the tokens attribute a hostile act to a named party other than the speaker; with ``wrongful_only``,
    only an act marked as wrongdoing ("killed in a deliberate shelling by the RSF")."""
    own = own_side(speaker, discourse) | _titled_groups(speaker, discourse, lexicon)
    infringing = _infringing_verbs(tokens, lexicon)
    inside = {token.i for token in tokens}
    for token in tokens:
        if _breaks_rule(token, own, discourse, lexicon):
            return True  # "the corridor's blockade violates the ceasefire declaration", "these actions contravene the Geneva Conventions"
        agents = _act_agents(token, discourse, lexicon)
        if not agents and token.i in infringing:  # "kept the corridor closed in violation of the statement"
            agents = _verb_agents(token, lambda agent: _party_noun(agent, discourse, lexicon))
        if not agents or _hypothetical(token, lexicon) or _negated_act(token) or _negated_object(token, lexicon):
            continue
        if _occasion_of_own_act(token, inside, speaker, discourse, lexicon):
            continue
        if wrongful_only and not (_wrongful(token, lexicon) or token.i in infringing):
            continue
        if any(_blamed(agent, token, own, speaker, discourse, lexicon) for agent in agents):
            return True
    return False


def _titled_groups(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> set[str]:
    """The groups a speaking person's title names, by name, as "the group" or "its" ("Kessel Liberation Army spokeswoman
    X", "X, a spokeswoman for the group", "the group's spokesman X", "its spokeswoman X"): the person speaks for them."""
    groups: set[str] = set()
    spans = sorted((s for key in speaker.keys if discourse.is_person_key(key) for s in discourse.spans_of(key)), key=lambda s: s.start)
    for span in spans:
        for token in (t for phrase in _title_phrases(span, heads_after=True) for t in phrase.subtree):
            named = discourse.entity_at.get(token.i)
            entity = discourse.entity_of(named.kb_id_) if named is not None else None
            if entity is not None and entity.kind in ("armed_group", "organization"):
                groups.add(entity.key)
            elif (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.group_anaphors) or (
                token.dep_ == "poss" and token.lower_ in shared_words().pronouns.thing
            ):  # "the group's spokesman", "its spokeswoman"
                groups |= set(discourse.last_group_actor(token.idx) or ())
    return groups


def _breaks_rule(verb: Token, own: set[str], discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """An act, measure or conduct said to break a rule or an agreement, its doer left unsaid: "the blockade violates the
    ceasefire declaration", "these actions contravene the Geneva Conventions", "the declaration violates the agreement";
    not negated or only envisaged ("did not violate", "would violate"), not the speaker's side's ("our measures")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    harms = lemma not in lexicon.rule_breaking_verbs
    if harms and not _harms_peace(verb, lemma, lexicon):
        return False
    if _negated_act(verb) or _hypothetical(verb, lexicon) or (harms and _possible(verb)):
        return False
    acts = lexicon.hostile_nouns | lexicon.conflict_nouns | lexicon.conduct_nouns
    people = shared_words().people_nouns | lexicon.source_nouns
    for subject in children(verb, "nsubj"):
        if subject.pos_ != "NOUN" or subject.i in discourse.entity_at or subject.lemma_.lower() in people:
            continue
        if harms and subject.lemma_.lower() not in acts:
            continue  # "the rains undermined the relief effort": no act
        owners = [c for c in subject.children if c.dep_ in _TITLE_DEPS]
        if any(c.lower_ in shared_words().pronouns.first_person or _actor_keys(c, discourse) & own for c in owners):
            continue
        return True
    return False


def _negated_object(noun: Token, lexicon: ClaimLexicon) -> bool:
    """The object of a negated act: "did not fire a single shell", "did not launch any attack" (not "did not stop the
    shelling by X", which lays it on X)."""
    return noun.dep_ == "dobj" and _negated_act(noun.head) and _hostile_act(noun.head, lexicon)


def _occasion_of_own_act(noun: Token, inside: set[int], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A hostile noun in a sequel phrase ("following", "after") of an act the speaker's side reports doing or
    undertakes, inside the reported clause: the reference point of that act, laid on no one ("said France will
    convene the council following Azerbaijan's attack", "reported targeting positions following an attack by the
    group"; "said Russia struck the city after the talks" and "following the attack, X said ..." are no such act)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in lexicon.sequel_markers:
        return False
    verb = noun.head.head
    while verb.pos_ not in VERBAL and verb.head != verb:
        verb = verb.head
    return verb.pos_ in VERBAL and verb.i in inside and _speaker_acts(verb, speaker, discourse)


def _act_agents(token: Token, discourse: Discourse, lexicon: ClaimLexicon) -> list[Token]:
    """Who does the hostile act a token names: a hostile noun or verb, sponsoring an armed party ("arms the
    rebels"), or an act marked as wrongdoing done by a party's forces ("ships illegally entered the waters")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.blame_words and _for_harm(token, lexicon):
        return _responsible_agents(token)
    if token.pos_ == "NOUN" and (lemma in lexicon.hostile_nouns or _hostile_conduct(token, lexicon)):
        return _noun_agents(token)
    if token.pos_ == "NOUN" and lemma in lexicon.sponsorship_nouns:
        return _sponsors(token, discourse, lexicon)
    if token.pos_ == "NOUN" and lemma in lexicon.conflict_nouns and token.head.lemma_.lower() in lexicon.starting_verbs:
        return _starters(token)  # "the clash was started by the Pakistanis"
    if token.pos_ == "NOUN" and lemma in lexicon.weapon_nouns and _launched(token, lexicon):
        return _verb_agents(token.head)  # "launched 100 drones at Ukrainian cities", "used chemical weapons"
    if token.pos_ != "VERB":
        return []
    if lemma in lexicon.hostile_verbs or (lemma in lexicon.sponsorship_verbs and _sponsors_armed_party(token, discourse, lexicon)) or _forces_out(token, lexicon):
        agents = _verb_agents(token) or _course_owners(token, lexicon)
        return agents + _launchers(agents, lexicon)
    if _uses_as_shield(token, lexicon):  # "used civilians as human shields", "resorted to mobilizing civilians as human shield"
        agents = _verb_agents(token)
        return agents or (_verb_agents(token.head.head) if token.dep_ == "pcomp" and _has_recourse(token, lexicon) else [])
    if lemma in lexicon.seizing_verbs and _seizes_person(token, discourse, lexicon):
        return _verb_agents(token)  # "he was seized by Azerbaijani authorities at the border"
    if _wrongful(token, lexicon):
        return _verb_agents(token, lambda agent: _party_noun(agent, discourse, lexicon))
    if _fails_to_keep(token, lexicon) or (
        lemma in lexicon.agreement_breaking_verbs and any(o.lemma_.lower() in lexicon.kept_nouns for o in children(token, "dobj"))
    ):
        return _verb_agents(token)  # "the armed forces had failed to honor this ceasefire", "government breaking truce": a breach
    return []


def _harms_peace(verb: Token, lemma: str, lexicon: ClaimLexicon) -> bool:
    """A verb harming a peace effort its object names ("undermines regional efforts"), or dealing a harm to one
    ("dealt a serious blow to efforts")."""
    objects = children(verb, "dobj")
    if not objects:
        return False
    if lemma in lexicon.peace_harming_verbs and any(o.lemma_.lower() in lexicon.peace_effort_nouns for o in objects):
        return True
    return any(_harm_to_peace(o, lexicon) for o in objects)


def _harm_to_peace(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A harm noun with a "to" phrase of a peace effort, on it or on its verb: "dealt a serious blow to efforts to
    normalize relations"."""
    if noun.lemma_.lower() not in lexicon.peace_harm_nouns:
        return False
    phrases = [p for holder in (noun, noun.head) for p in children(holder, "prep", "dative") if p.lower_ == "to"]
    return any(o.lemma_.lower() in lexicon.peace_effort_nouns for p in phrases for o in children(p, "pobj"))


def _fails_to_keep(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A failing verb with an infinitive of keeping an agreement, its object or its prepositional object: "failed to
    honor this ceasefire", "failed to abide by the truce" (not "failed to reach an agreement")."""
    if verb.lemma_.lower() not in lexicon.failing_verbs or _negation(verb):
        return False
    for keeping in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.keeping_verbs):
        objects = children(keeping, "dobj") + [g for p in children(keeping, "prep") for g in children(p, "pobj")]
        if any(o.lemma_.lower() in lexicon.kept_nouns for o in objects):
            return True
    return False


def _uses_as_shield(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A verb that makes people a hostile role through its "as" phrase: "used civilians as human shields"."""
    for noun in (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in children(p, "pobj")):
        words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if any(noun.lemma_.lower() == phrase.split()[-1] and set(phrase.split()[:-1]) <= words for phrase in lexicon.hostile_roles):
            return True
    return False


def _hostile_conduct(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A conduct noun a hostile adjective modifies, also as a later conjunct: "Azerbaijan's aggressive actions", "the
    aggressive behaviour of Tessaria", "Baku's bellicose rhetoric", "provocative and aggressive actions" ("peaceful
    actions", "aggressive growth" are none)."""
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    modifiers += [g for c in modifiers for g in children(c, "conj")]  # "provocative and aggressive actions"
    return noun.lemma_.lower() in lexicon.conduct_nouns and any(c.lower_ in lexicon.hostile_adjectives for c in modifiers)


def _seizes_person(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a seizing verb's patient (its object or passive subject, a later conjunct's the first one's: "was
    arrested and captured by X") is a person not under arms: a person's name or pronoun, or a people noun
    ("captured some heights", "captured two soldiers" are battlefield news)."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and verb.dep_ == "conj":
        patients = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    civilians = (shared_words().people_nouns | lexicon.source_nouns) - lexicon.party_nouns - lexicon.armed_agent_nouns  # not "captured two soldiers"
    for patient in patients:
        span = discourse.entity_at.get(patient.i)
        if patient.lower_ in shared_words().pronouns.person or patient.lemma_.lower() in civilians:
            return True
        if patient.ent_type_ == "PERSON" or (span is not None and discourse.is_person(span)):
            return True
    return False


def _starters(noun: Token) -> list[Token]:
    """Who starts hostilities a conflict noun names: the subject of the starting verb it is the object of, the agent of
    one it is the passive subject of ("started the fighting", "the clash was started by the Pakistanis")."""
    if noun.dep_ == "dobj":
        return _verb_agents(noun.head)
    return _passive_agents(noun.head) if noun.dep_ == "nsubjpass" else []


def _forces_out(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Forcing people out: a coercion verb with a leaving infinitive ("had forced citizens to leave their houses")."""
    return verb.lemma_.lower() in lexicon.coercion_verbs and any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.leaving_verbs for c in verb.children)


def _launchers(agents: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """Who launched a weapon that does an act: "drones launched by the RSF struck ...", "shells fired by X hit ..."."""
    verbs = lexicon.act_verbs | lexicon.launch_verbs
    weapons = [a for a in agents if a.lemma_.lower() in lexicon.weapon_nouns]
    return [a for w in weapons for c in w.children if c.dep_ == "acl" and c.lemma_.lower() in verbs for p in _passive_agents(c) for a in _with_conjuncts(p)]


def _launched(weapon: Token, lexicon: ClaimLexicon) -> bool:
    """A weapon as the object of an act done, not envisaged ("launched drones", "used chemical weapons";
    "could use nuclear weapons" is a threat, not an act), nor given up ("began laying down their weapons")."""
    head = weapon.head
    verbs = lexicon.act_verbs | lexicon.launch_verbs
    if any(c.dep_ == "prt" and c.lower_ in lexicon.yielding_particles for c in head.children):
        return False
    return weapon.dep_ == "dobj" and head.lemma_.lower() in verbs and not _hypothetical(head, lexicon)


def _for_harm(token: Token, lexicon: ClaimLexicon) -> bool:
    """A "for" phrase naming a hostile act or a harm ("responsible for the shelling", "for the escalation"), also one
    the parser hung on the copula of a quoted predicate ("is “partly responsible” for the tensions")."""
    harms = lexicon.hostile_nouns | lexicon.adverse_outcome_words | lexicon.harm_nouns
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    return any(
        (g.dep_ == "pobj" and g.lemma_.lower() in harms) or (g.dep_ == "pcomp" and g.lemma_.lower() in lexicon.hostile_verbs)
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
    )  # also a hostile gerund: "was responsible for attacking the convoy"


def _responsible_agents(word: Token) -> list[Token]:
    """Who is made responsible: the object of "hold ... responsible", else the subject of "was responsible",
    "bears (full) responsibility"."""
    head = word.head
    deps = ("dobj",) if word.dep_ == "oprd" else ("nsubj", "nsubjpass") if word.dep_ in ("acomp", "dobj", "attr") else ()
    return [a for c in head.children if c.dep_ in deps for a in _with_conjuncts(c)]


def _blamed(agent: Token, act: Token, own: set[str], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether an act's agent is a party other than the speaker's side (the speaker's own forces are not blamed:
    "Kyiv said Ukrainian units ...")."""
    if agent.lower_ in shared_words().pronouns.group:  # "they came to bomb the village": unless "they" are the speaker
        if _reporter_pronoun(agent):
            return False
        referent = discourse.last_actor(agent.idx, True, agent.sent.start_char)  # not the state of a person's title:
        return referent is None or not set(referent) <= own_side(speaker, discourse, titles=False)  # often the one named
    if agent.lower_ in shared_words().pronouns.person:  # "his strategy of interfering in ...": the person named last
        return _other_person(discourse.last_person(agent.idx), own, discourse)
    if agent.lower_ in shared_words().pronouns.thing:  # "Rwanda acknowledges its support for the rebels"
        referent = discourse.last_actor(agent.idx, False, agent.sent.start_char)
        return referent is not None and not _all_own(set(referent), own, discourse)
    keys = _actor_keys(agent, discourse)
    if not keys and _unnamed_armed_party(agent, speaker, discourse, lexicon):
        return True
    if not keys and agent.lemma_.lower() in lexicon.party_nouns and (_bystander(speaker, discourse) or _private_speaker(agent, speaker, discourse)):
        return True  # "villagers said soldiers burned their homes", "said protest coordinator X: police fired teargas"
    if not keys and _unowned_forces(agent, own, discourse, lexicon) and _armed_speaker(speaker, discourse, lexicon):
        return True  # "rebels claimed government forces attacked their positions", "... that the army launched an attack"
    if agent.dep_ == "compound" and agent.head == act:  # "Dam strike": a target as often as an agent
        keys = {key for key in keys if _belligerent(key, discourse)}
    return bool(keys) and not _all_own(keys, own, discourse)


def _unowned_forces(agent: Token, own: set[str], discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Forces or a body no pronoun, name, armed noun or actor of the speaker's side owns ("the army", "government
    forces", "soldiers"; not "our forces", "SLA fighters", "rebel troops")."""
    if agent.lemma_.lower() not in lexicon.party_nouns | lexicon.collective_roles:
        return False
    return not any(
        c.dep_ in _TITLE_DEPS and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in lexicon.armed_agent_nouns or _actor_keys(c, discourse) & own)
        for c in agent.children
    )


def _armed_speaker(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the speakers are an armed group not a state's: one named, or a described source of one ("rebels of the
    SLA", "a rebel commander"), for whom forces no one owns are the other side's."""
    for key in speaker.keys:
        entity = discourse.entity_of(key)
        if entity is not None and entity.kind == "armed_group" and discourse.acting_state(entity) is None:
            continue  # not a state's force ("the Kenyan police")
        source = discourse.sources.get(key)
        if source is None:
            return False
        owner = discourse.entity_of(source.affiliation) if source.affiliation else None
        words = {proper_plural_singular(word) for word in source.label.lower().split()}
        state_side = owner is not None and (owner.kind == "state" or discourse.acting_state(owner) is not None)
        if state_side or not ((owner is not None and owner.kind == "armed_group") or words & lexicon.armed_agent_nouns):
            return False
    return bool(speaker.keys)


def _other_person(referent: tuple[str, ...] | None, own: set[str], discourse: Discourse) -> bool:
    """Whether a person a pronoun stands for is of another side than the speaker's: not the speaker, nor one whose
    title or office names the speaker's state ("his forces", said of the speaker or of his own president, blames no one)."""
    if referent is None or len(referent) != 1:
        return False
    key = referent[0]
    return key not in own and _title_state(key, discourse) not in own and discourse.acting_state(discourse.entity_of(key)) not in own


def _private_speaker(agent: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A named person with no office, force or state in any title the text gives them ("protest coordinator X",
    "the Sinn Fein MLA for North Belfast, X"), for whom forces the text leaves unowned ("police", "soldiers") are
    another party's, as for a bystander; not forces a modifier owns ("our soldiers", "Ukrainian troops"), not an
    official's ("police spokesman X", "Minister X", "Kenyan President X")."""
    if len(speaker.keys) != 1 or any(c.dep_ in ("poss", "amod", "compound") and (c.pos_ in ("PRON", "PROPN") or _actor_keys(c, discourse)) for c in agent.children):
        return False
    key = speaker.keys[0]
    entity = discourse.entity_of(key)
    if entity is None or entity.kind != "person" or key in discourse.sources or discourse.acting_state(entity) is not None:
        return False
    lexicon = claim_lexicon()
    official = lexicon.office_titles | lexicon.party_nouns | lexicon.collective_roles
    for span in discourse.spans_of(key):
        phrases = _title_phrases(span, heads_after=True)
        if any(word_in(t, official) for phrase in phrases for t in _title_words(phrase)):
            return False
    return True


def _reporter_pronoun(agent: Token) -> bool:
    """A plural pronoun subject of a reported clause whose reporter is a plural noun is that reporter ("Houthi
    officials boasted that they had shot down a drone"; not "Kyiv said they had fired", a singular reporter)."""
    clause = agent.head
    if agent.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in clause.head.children)


def _bystander(speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A speaker described as civilians with no affiliation ("villagers", "a witness", "residents"), for whom
    unnamed forces are another party's (``bystander_nouns``)."""
    sources = [discourse.sources.get(key) for key in speaker.keys]
    if not sources or any(source is None or source.affiliation for source in sources) or speaker.start < 0:
        return False
    span = discourse.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in claim_lexicon().bystander_nouns


def _negated_act(token: Token) -> bool:
    """A verb negated ("Rwanda does not arm the rebels"): no act is laid at anyone's door."""
    return token.pos_ == "VERB" and (_negation(token) or _no_subject(token))


def _negation(token: Token) -> bool:
    """A "not", "n't" or "never" under the token."""
    return any(child.dep_ == "neg" or child.lower_ == "never" for child in token.children)


def _wrongful(token: Token, lexicon: ClaimLexicon) -> bool:
    """An act marked as wrongdoing: "illegally entered", "a deliberate shelling" (also when the parser hangs the
    act as a participle or compound on the modified noun: "a deliberate artillery shelling")."""
    holders = [token, token.head] if token.dep_ in ("acl", "compound") else [token]
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in lexicon.wrongful_modifiers for holder in holders for c in holder.children)


def _infringing_verbs(tokens: list[Token], lexicon: ClaimLexicon) -> set[int]:
    """The verbs of acts done "in violation of" or "in breach of" a rule, as "illegally" marks them, on the verb or
    its predicate ("kept the corridor closed in violation of the statement"; "deployed in line with the agreement"
    breaks nothing). Found from the rule's noun up, the rare word."""
    found: set[int] = set()
    if not tokens:
        return found
    lemmas = token_table(tokens[0].doc).lemma  # the doc's lemma list, not a string made per token
    for noun in (t for t in tokens if lemmas[t.i] in lexicon.infringement_nouns):
        if noun.dep_ != "pobj" or noun.head.lower_ not in lexicon.infringement_prepositions:
            continue
        holder = noun.head.head
        verb = holder.head if holder.dep_ in ("oprd", "acomp") else holder
        if verb.pos_ == "VERB":
            found.add(verb.i)
    return found


def _party_noun(agent: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A named actor or a noun of a party's forces or means ("soldiers", "vessels", "jets"), not civilians."""
    words = lexicon.party_nouns | lexicon.armed_agent_nouns | lexicon.collective_roles | lexicon.vessel_words | lexicon.weapon_nouns
    return word_in(agent, words) or agent.i in discourse.entity_at


def _sponsors_armed_party(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A verb whose object is an armed party: an armed noun ("the M23 rebels") or an armed group named."""
    return any(_armed_party(c, discourse, lexicon) for c in verb.children if c.dep_ == "dobj")


def _armed_party(noun: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """An armed noun ("the M23 rebels") or an armed group named, also as the noun's modifier or apposition."""
    for word in [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound", "appos")]:
        span = discourse.entity_at.get(word.i)
        entity = discourse.entity_of(span.kb_id_) if span is not None else None
        if word.lemma_.lower() in lexicon.armed_agent_nouns or (entity is not None and entity.kind == "armed_group"):
            return True
    return False


def _sponsors(noun: Token, discourse: Discourse, lexicon: ClaimLexicon) -> list[Token]:
    """Who sponsors an armed party a sponsorship noun names: its possessor, with the party in its phrases ("its
    support for the M23 rebels", "Kigali's backing of the militia"), else the party's helper after "of"/"from"/"by",
    the party in its "for"/"to" phrase or acting "with" it ("the group operates with the support of Norland's
    government"); none when no armed party is supported ("Kenya's support for the talks")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    phrases = {p.lower_: [g for g in p.children if g.dep_ == "pobj"] for p in noun.children if p.dep_ == "prep"}
    helped = [g for word in lexicon.sponsored_prepositions | (lexicon.agent_prepositions if owners else frozenset()) for g in phrases.get(word, [])]
    if noun.dep_ == "pobj" and noun.head.lower_ in lexicon.sponsoring_prepositions:
        helped += children(noun.head.head, "nsubj")
    if not any(_armed_party(word, discourse, lexicon) for word in helped):
        return []
    if owners:
        return owners
    helpers = [g for word in lexicon.agent_prepositions for g in phrases.get(word, [])]
    return helpers + [c for g in helpers for c in g.children if c.dep_ in ("poss", "amod", "compound")]


def _unnamed_armed_party(agent: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """An armed party described, not named ("separatist fighters", "the gang"), that is not the speaker's:
    not owned by a pronoun or the speaker's side ("our fighters", "TPNPB fighters" said by the TPNPB), and
    not what the speaker is described as ("militants" said by a militant commander), not left unknown
    ("suspected jihadists", "unidentified gunmen")."""
    if agent.lemma_.lower() not in lexicon.armed_agent_nouns or agent.lemma_.lower() in speaker.text.lower():
        return False
    if any(word.lower_ in lexicon.unattributed_words for word in agent.subtree):
        return False
    own = own_side(speaker, discourse)
    for modifier in agent.children:
        if modifier.dep_ == "poss" and modifier.pos_ == "PRON":
            return False
        if modifier.dep_ in ("poss", "compound", "amod") and (_actor_keys(modifier, discourse) & own):
            return False
    return True


def _hypothetical(token: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile act only envisaged: a noun with "any" ("respond to any provocation") or foreseen, a verb with a
    modal ("could strike", "will attack") or in a condition ("if Israel attacks")."""
    if token.pos_ != "VERB":  # also a foreseen one: "a new Russian offensive was imminent", "strikes could follow"
        foreseen = (token.dep_ == "nsubj" and _possible(token.head)) or (token.dep_ in ("nsubj", "nsubjpass") and _likely(token.head, lexicon))
        return foreseen or any(c.dep_ == "det" and c.lower_ in lexicon.hypothetical_determiners for c in token.children)
    marks = lexicon.hostile_condition_marks | lexicon.condition_words  # "if Israel attacks its sites"
    verbs = [token, token.head] if token.dep_ == "xcomp" else [token]  # "will continue to attack"
    return any(is_future(verb) for verb in verbs) or any(
        (c.dep_ == "aux" and c.lower_ in shared_words().modal_auxiliaries) or (c.dep_ == "mark" and c.lower_ in marks)
        for verb in verbs
        for c in verb.children
    )


def _belligerent(key: str, discourse: Discourse) -> bool:
    """A state or armed group (a nationality names a state)."""
    entity = discourse.entity_of(key)
    return entity is None or entity.kind in BELLIGERENT_KINDS


def _noun_agents(noun: Token) -> list[Token]:
    """Who does a hostile act named by a noun: possessor, nationality, "by"/"of" phrase, "conducted by"."""
    nouns = [noun]
    if noun.dep_ == "conj":
        nouns.append(noun.head)
    lexicon = claim_lexicon()
    for run in (_run_of(item) for item in list(nouns)):
        if run is not None and run.pos_ == "NOUN" and run.lemma_.lower() in lexicon.sequence_nouns | lexicon.course_nouns | lexicon.instance_nouns:
            nouns.append(run)  # "unleashed a wave of terror", "chose the path of provocations", "acts of violence were instigated by X"
    nouns.extend(c for c in noun.children if c.dep_ == "conj")
    agents: list[Token] = []
    for item in nouns:
        for child in item.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                agents.append(child)
            elif child.dep_ == "prep" and child.lower_ in claim_lexicon().agent_prepositions:
                agents.extend(g for g in child.children if g.dep_ == "pobj" and g != noun)
            elif child.dep_ == "prep":  # a participle hung on the noun's own object: "crimes against humanity committed by X"
                agents.extend(a for g in child.children if g.dep_ == "pobj" for acl in g.children if _act_participle(acl) for a in _passive_agents(acl))
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in claim_lexicon().attribution_verbs:
                agents.extend(prep_objects(child, "to") + prep_objects(child, "on"))  # "which they attributed to X"
            elif child.dep_ in ("acl", "relcl"):
                agents.extend(_verb_agents(child))
        agents.extend(_act_doers(item) + _stray_agents(item))
        subjecting = _subjecting_verb(item.head) if item.dep_ == "pobj" else None
        if subjecting is not None:  # "subjected the positions to fire"
            agents.extend(_verb_agents(subjecting))
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _stray_agents(noun: Token) -> list[Token]:
    """The agent phrase of a hostile object the parser hung on its active verb after the object's own phrases
    ("thwarted the attack on El Fasher, the capital of North Darfur state, by the RSF", "condemns the attack on
    10 June by armed elements on the mission"), or on the copula of "there is" ("there are violations today by
    Israel"): neither takes a "by" agent of its own ("stopped the assault by shelling their positions" is a means,
    a gerund)."""
    verb = noun.head
    existential = noun.dep_ == "attr" and bool(children(verb, "expl"))  # "there are violations today by Israel"
    if not existential and (noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children)):
        return []
    return [g for p in verb.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]


def _course_owners(gerund: Token, lexicon: ClaimLexicon) -> list[Token]:
    """Who does an act a gerund names in the "of" phrase of a course of action: the course's owner or chooser ("his
    strategy of permanently interfering in ...", "Norland has a policy of arming the rebels")."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "of":
        return []
    course = gerund.head.head
    if course.pos_ != "NOUN" or course.lemma_.lower() not in lexicon.course_nouns | lexicon.sequence_nouns:
        return []
    return [c for c in course.children if c.dep_ == "poss"] or _act_doers(course)


def _run_of(noun: Token) -> Token | None:
    """The noun whose "of" phrase holds a noun, also as the object of a gerund there: "a wave of [terror]", "the path
    of aggravating the situation and [provocations]"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and noun.head.head.lower_ == "of":
        return noun.head.head.head
    return None


def _verb_agents(verb: Token, keep: Callable[[Token], bool] | None = None) -> list[Token]:
    """The subjects and passive agents of a verb; a phase verb's subject for its complement ("began attacking")
    or for an infinitive of purpose ("came to bomb"),
    the first conjunct's for a later one ("interrogated a resident and later burned five houses"), the noun a
    relative clause modifies for its relative pronoun ("the gang who killed them")."""
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    if not agents and (verb.dep_ in ("xcomp", "conj") or _purpose_infinitive(verb)):
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
    agents.extend(_passive_agents(verb))
    agents = [relative_antecedent(a) for a in agents]  # also "which trains and arms"
    agents = [a for a in agents if keep is None or keep(a)]  # before the modifiers join: "North Korean soldiers"
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose, done by its head verb's subject ("they came to bomb the village")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _act_doers(noun: Token) -> list[Token]:
    """Who does a hostile act through the verb or copula it hangs on: "the rebels carried out attacks", "the attack
    was carried out by the PKK", "Iran was behind the attack"."""
    lexicon, head = claim_lexicon(), noun.head
    if noun.dep_ in ("pobj", "xcomp") and _has_recourse(noun, lexicon):  # "resorted to military provocation"
        return _verb_agents(head.head if noun.dep_ == "pobj" else head)
    chosen = noun.lemma_.lower() in lexicon.course_nouns and head.lemma_.lower() in lexicon.course_verbs  # "chose the path of X"
    if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.plotting_verbs and not _negation(head):
        return _plotters(head)  # "the enemy is preparing a new provocation"
    if noun.dep_ == "dobj" and (head.lemma_.lower() in lexicon.act_verbs or chosen):  # also a later conjunct's: "crossed the line and laid mines"
        subjects = [c for c in head.children if c.dep_ == "nsubj"] or [c for c in head.head.children if c.dep_ == "nsubj" and head.dep_ == "conj"]
        return [relative_antecedent(s) for s in subjects]  # "Azerbaijan, which is implementing the policy of ethnic cleansing"
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in lexicon.act_verbs:
        return _passive_agents(head)
    if noun.dep_ == "pobj" and head.lower_ in lexicon.instigator_prepositions and head.head.lemma_ == "be":
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    return []


def _plotters(verb: Token) -> list[Token]:
    """Who prepares or plans an act: the verb's subject, the noun a headline's participle modifies ("Baku preparing
    new provocation")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return [verb.head]
    return subjects


def _has_recourse(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A noun after a verb of recourse and its preposition ("resorted to violence"; the parser may make the noun the
    verb's infinitive complement: "resorted to/xcomp violence")."""
    head = noun.head
    if noun.dep_ == "xcomp":
        return noun.pos_ == "NOUN" and head.lemma_.lower() in lexicon.recourse_verbs
    return head.lower_ in lexicon.recourse_prepositions and head.head.lemma_.lower() in lexicon.recourse_verbs


def _subjecting_verb(preposition: Token) -> Token | None:
    """The verb of subjecting someone to an act whose preposition this is, on the verb or its object
    ("subjected Kherson to shelling", "subjected the border post to mortar fire")."""
    lexicon = claim_lexicon()
    if preposition.lower_ not in lexicon.subjecting_prepositions:
        return None
    verb = preposition.head.head if preposition.head.dep_ == "dobj" else preposition.head
    return verb if verb.lemma_.lower() in shared_words().subjecting_verbs else None


def _act_participle(token: Token) -> bool:
    """A participle of doing an act ("committed", "carried out") modifying a noun."""
    return token.dep_ == "acl" and token.lemma_.lower() in claim_lexicon().act_verbs


def _passive_agents(verb: Token) -> list[Token]:
    """The objects of a verb's "by" agent phrase, also of a gerund used as a noun ("a shelling by the RSF")."""
    phrases = [c for c in verb.children if c.dep_ == "agent" or (verb.tag_ == "VBG" and c.dep_ == "prep" and c.lower_ == "by")]
    return [g for agent in phrases for g in agent.children if g.dep_ == "pobj"]


def _with_conjuncts(token: Token) -> list[Token]:
    """An agent with its conjuncts, its modifiers and the party it belongs to ("units of the Armenian armed
    forces", "elements from the Boko Haram sect")."""
    found = [token]
    found.extend(c for c in token.children if c.dep_ in ("amod", "compound"))
    members = claim_lexicon().member_prepositions
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in members):
        owners = [g for g in prep.children if g.dep_ == "pobj"]
        found.extend(owners + [c for owner in owners for c in owner.children if c.dep_ in ("amod", "compound")])
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_with_conjuncts(child))
    return found


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
    if verb.lemma_.lower() not in lexicon.obligation_participles or verb.tag_ != "VBN" or _negation(verb):
        return False
    present = any(c.dep_ == "auxpass" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "xcomp" for c in verb.children)


def _urgently_needed(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A passive need verb with an adverb of urgency and no negation: "international help is very urgently
    required", "aid is badly needed" (not "more evidence was needed", a lack told)."""
    if verb.lemma_.lower() not in lexicon.need_verbs or not any(c.dep_ == "nsubjpass" for c in verb.children) or _negation(verb):
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
        (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.hostile_nouns and _hypothetical(token, lexicon))
        or _hostile_condition(token, lexicon)
        or (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks and _negation(token.head))
        for token in tokens
    )


def _hostile_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """An "if" clause of a hostile act: "would respond if Israel attacked its sites" ("will attend if invited" is none)."""
    if not (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks):
        return False
    if token.head.lemma_.lower() in lexicon.halting_verbs and not _negation(token.head):
        return False  # "will cease fire if government forces stop shooting first": the other side's halt
    return any(t.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for t in token.head.subtree)


def _restricted_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """A restricting adverb before a preposition or subordinator: "only if", "only with", "only after"."""
    doc = token.doc
    return token.lower_ in lexicon.restricting_adverbs and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in _CONDITION_TAGS
