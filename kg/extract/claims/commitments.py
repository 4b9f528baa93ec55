"""What makes a claim a commitment or a warning by what the speaker's side announces it will do.

A reported future, undertaking or intention of the speaker's side (:func:`announced_kind`: "said it plans to
deploy", "had decided to extend", "said Azerbaijan had agreed to let ..."): a commitment, a warning when conditional,
hostile or harmful to another party ("would strike Hezbollah targets", :func:`threatens`; "will never tolerate
provocations", :func:`forbids`); what a volitional cue's subject means to do (:func:`means_to`, :func:`meant_kind`:
"wanted to address it via dialogue"); a future the speaking party plans in a quotation (:func:`planned_own_act`: "“Issues
will be discussed at the meeting”", not another party's meeting). Which kind a claim then takes is :mod:`.kinds`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.denials import forced_course
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.foreseen_harm import adverse, conditional, exodus_foreseen, outside_relative_clauses
from kg.extract.claims.hedges import negated_act, negation
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.sides import actor_keys, own_side, speaker_acts
from kg.extract.syntax import VERBAL, children, is_future, prep_objects, word_in

#: Dependencies of a noun's modifiers that name whose it is ("the ECOWAS troops", "Israeli forces", "Kenya's police").
_NAMING_DEPS = frozenset({"compound", "amod", "poss"})


def announced_kind(
    verbs: list[Token], content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind | None:
    """The kind of a reported future, undertaking or intention of the speaker's side ("said it plans to deploy"):
    a warning when conditional, hostile or harmful to another party, else a commitment ("said it would send aid",
    "said the crossings will open on Monday"); ``None`` when nothing is announced."""
    intends = [verb for verb in verbs if _intends(verb, speaker, discourse) or (forced_course(verb, lexicon) and speaker_acts(verb, speaker, discourse))]
    if not intends and not any(is_future(verb) or _undertakes(verb, lexicon) for verb in verbs):
        return None
    if conditional(content, lexicon) or any(threatens(verb, lexicon) or forbids(verb, lexicon) for verb in verbs):
        return "warning"  # "will respond unless ...", "would strike Hezbollah targets"
    if any(exodus_foreseen(verb, discourse, lexicon) for verb in verbs):
        return "warning"  # "said all Armenians will have fled the region in the coming days"
    if adverse(outside_relative_clauses(content), lexicon) and not intends and not any(speaker_acts(verb, speaker, discourse) and not children(verb, "expl") for verb in verbs):
        return "warning"  # "said Kyiv would face consequences", "said there would be injurious consequences for ..."; not "towns that suffered attacks"
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


def _intends(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """An intention verb with an infinitive, of the speaker's side: "said it plans to deploy", "had decided to extend";
    also a volitional verb with an infinitive of its own subject: "has said he wishes to integrate the ethnic Armenians"
    (not "wants to see a ceasefire", "wants the rebels to leave")."""
    lexicon = claim_lexicon()
    intends = verb.lemma_.lower() in lexicon.intention_verbs and any(c.dep_ == "xcomp" for c in verb.children)
    return (intends or means_to(verb, lexicon)) and not negation(verb) and speaker_acts(verb, speaker, discourse)


def _undertakes(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a reported verb is itself an undertaking ("said Azerbaijan had agreed to let ..."); not a deed done,
    ``perpetrating_verbs`` with a wrong as its object, or as its object's "of" object (``hostile_nouns``,
    ``evaluative_nouns``, ``perpetrated_nouns``): "said the rebels had committed a grave mistake", "committed acts of
    violence" (not "had committed 500 troops to the mission", "we had committed ourselves to the ceasefire")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.perpetrating_verbs and any(_wrong(o, lexicon) for c in children(verb, "dobj") for o in [c, *prep_objects(c, "of")]):
        return False
    return lemma in lexicon.undertaking_verbs


def _wrong(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A noun of a wrong one commits: "a grave mistake", "abuses", "violence"."""
    return noun.lemma_.lower() in lexicon.hostile_nouns | lexicon.evaluative_nouns | lexicon.perpetrated_nouns


def threatens(verb: Token, lexicon: ClaimLexicon) -> bool:
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
    if not undeterred and any(forceful_answer(o, lexicon) for o in children(verb, "dobj")):
        return True  # "Tehran will take revenge", "the killing will attract a tough response from the military"
    return any(hostile_deed(act, lexicon) for act in acts + [c for c in verb.children if c.dep_ == "xcomp" and not negation(c)])


def forceful_answer(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A noun of a forceful answer: revenge, retaliation ("will take revenge"), or an answer noun
    with a forceful modifier ("a tough response"; "a positive response" is none), with a merely firm one only when it
    answers a hostile act ("the attack will get a strong response"; "the floods will get a strong response" is none)."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.retaliation_nouns:
        return True
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")} if lemma in lexicon.answer_nouns else set()
    return bool(modifiers & lexicon.forceful_modifiers) or bool(modifiers & lexicon.firm_modifiers) and _answers_hostility(noun, lexicon)


def _answers_hostility(noun: Token, lexicon: ClaimLexicon) -> bool:
    """Whether what an answer noun answers is a hostile act: the subject of the verb it is the object of ("the attack
    will get a strong response") or its "to" object ("a firm response to any aggression"; not "the floods")."""
    answered = prep_objects(noun, "to") + (children(noun.head, "nsubj", "nsubjpass") if noun.dep_ == "dobj" else [])
    return any(t.lemma_.lower() in lexicon.hostile_nouns for t in answered)


def hostile_deed(act: Token, lexicon: ClaimLexicon) -> bool:
    """A verb doing harm: a hostile verb, an act verb with a hostile noun ("launch an offensive"), a continuing verb with
    a hostile act as its subject ("attacks will continue"), a use of force ("use force", "resort to force", "respond
    with force")."""
    lemma = act.lemma_.lower()
    if lemma in lexicon.hostile_verbs:
        return True
    if lemma in lexicon.continuing_verbs and any(s.lemma_.lower() in lexicon.hostile_nouns for s in children(act, "nsubj")):
        return True  # "attacks on ships will continue": the hostile act goes on
    objects = [c for c in act.children if c.dep_ == "dobj"] + prep_objects(act, "to")
    if lemma in lexicon.act_verbs and any(o.lemma_.lower() in lexicon.hostile_nouns for o in objects if o.dep_ == "dobj"):
        return True
    if any(o.lemma_.lower() in lexicon.force_nouns and not children(o, "det") for o in prep_objects(act, "with")):
        return True  # "respond with force", "with overwhelming force"; not "cooperate with the force"
    if any(_all_out_means(o, lexicon) for o in prep_objects(act, "by")):
        return True  # "will defend itself by all available means"
    return lemma in lexicon.force_applying_verbs and any(o.lemma_.lower() in lexicon.force_nouns for o in objects)


def _all_out_means(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A means with a totality word and a modifier of readiness: "by all available means", "by all necessary means"
    (force held in reserve); not the idiom "by all means", not "by peaceful means"."""
    if not word_in(noun, lexicon.force_means_nouns):  # "means", which the lemmatiser reads as "mean"
        return False
    total = any(c.dep_ in ("det", "predet") and c.lower_ in lexicon.totality_words for c in noun.children)
    return total and any(c.dep_ == "amod" and c.lower_ in lexicon.readiness_modifiers for c in noun.children)


def _holds_to_blame(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A blame word an announced verb holds someone to: "would hold the leaders responsible" (with its object, the
    parser's small clause with a subject, or the object's modifier); "would be responsible for the talks" holds no one."""
    objects = children(verb, "dobj")
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp")] + [a for o in objects for a in children(o, "amod")]
    blamed = [w for w in words if w.lemma_.lower() in lexicon.blame_words]
    return any(objects or children(w, "nsubj") for w in blamed)


def forbids(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A future refusal to let something happen: "will never tolerate provocations", "will not permit a breakdown of
    order" (a warning to those who would); not "will not abandon our people", not "tolerated" in the past."""
    return verb.lemma_.lower() in lexicon.toleration_verbs and is_future(verb) and negation(verb)


def vows_answer(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A future denial that an act will stay unanswered: "the strikes would not go unanswered", "the attack will not
    remain unpunished" (a threat of retaliation); not "the letter went unanswered" (past), "will go unnoticed"."""
    if not is_future(verb) or not negation(verb):
        return False
    return any(c.dep_ in ("acomp", "oprd", "advmod", "advcl", "xcomp") and c.lower_ in lexicon.unanswered_words for c in verb.children)


def agentless(verb: Token) -> bool:
    """A passive with no agent: who refuses to tolerate is the one who says so ("Rwanda's ambitions will never be
    tolerated"; "will not be tolerated by the region's states" names others)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def meant_kind(cue: Token, lexicon: ClaimLexicon) -> ClaimKind | None:
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


def planned_own_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A future the speaking party plans: an agentless passive of nobody else's ("“Issues will be discussed at the
    meeting”", not "“The meeting of the Security Council will be held”"), or a named actor of its own side ("“Kenyan
    troops will stay”"); not a pronoun or another party's. Also an intention of a named own actor: "“The government
    has decided to release 13 prisoners,” Interior Minister X said"."""
    if verb.lemma_.lower() in claim_lexicon().intention_verbs and any(c.dep_ == "xcomp" for c in verb.children) and not negation(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ != "PRON" and speaker_acts(verb, speaker, discourse)
    if not is_future(verb) or negation(verb):
        return False
    if agentless(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subject is not None and subject.pos_ != "PRON" and not _others_act(verb, speaker, discourse)
    return named_own_future(verb, speaker, discourse)


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


def named_own_future(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A future whose subject is a named actor of the speaker's own side, no pronoun: "The rebel army will disband,
    it added" (not "adding that it would help stability")."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return is_future(verb) and subject is not None and subject.pos_ != "PRON" and speaker_acts(verb, speaker, discourse)
