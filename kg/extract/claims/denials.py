"""What makes a claim a denial: the speaker's own side negated, a report called untrue or without ground.

A reported verb that denies (:func:`denies`): a hostile act of the speaker's own side negated, or nobody's ("said its
forces had not fired", "there were no attacks on civilians"; not a course left as the only one: "had no choice but to
cease fire", :func:`forced_course`), a report called untrue (:func:`dismisses`: "the reports were false") or without
ground (:func:`discredited`: "the allegations had no basis"), a charge the speaker's side refuses
(:func:`refuses_charge`: "disagree with attempts to place responsibility on ..."); a label verb calling a report
untrue (:func:`discredits`: "called the claims baseless"); in a quotation, the speaker's side negated or its forces
said not to be there (:func:`denies_own_act`: "“There are no Rwandan troops in Congo”"). Which kind a claim then
takes is :mod:`.kinds`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.accusation import hostile_act, passive_agents
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.hedges import negation, no_subject
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.claims.sides import TITLE_DEPS, actor_keys, all_own, nationality, own_side, speaker_acts, title_state
from kg.extract.syntax import VERBAL, children, is_future, prep_objects, relative_antecedent, word_in
from kg.records import BELLIGERENT_KINDS
from kg.words import shared_words

#: Entity kinds of a party to hostilities or its people: a negated hostile act they speak of is denied.
_PARTY_KINDS = frozenset({"state", "armed_group", "person"})
#: Penn tags of a finite verb or modal: a clause with none is verbless ("Kremlin says accusations groundless").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dependencies of a clause extraposed after an anticipatory "it" ("it is not possible to ...", "... that ...").
_EXTRAPOSED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "csubj"})  # the parser may hang "for X to ..." as advcl


def denies(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A reported verb that denies: the speaker's own side negated, a report called untrue or without ground, a
    charge the speaker's side refuses ("said it disagreed with criticism of its forces")."""
    if _negated_own(verb, speaker, discourse, lexicon) or dismisses(verb, lexicon) or discredited(verb, lexicon):
        return True
    return refuses_charge(verb, lexicon) and speaker_acts(verb, speaker, discourse)


def denies_own_act(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
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


def discredits(cue: Token, lexicon: ClaimLexicon) -> bool:
    """A label verb calling a report or charge untrue: "called the claims baseless", "described the reports as fake
    news", "labelled the accusations a lie", "described the accusation as baseless", also by a pronoun for the report its
    head verb takes, as object or after "to" ("denied the allegations, calling them baseless", "responded to the
    allegations, calling them baseless"), and with the report after its predicate ("described as ‘baseless’ the
    accusation that ...") (the predicate is an untrue word, or has an untrue modifier)."""
    if cue.lemma_.lower() not in lexicon.label_verbs:
        return False
    predicates = [c for c in cue.children if c.dep_ in ("oprd", "acomp", "xcomp")]
    objects = [c for c in cue.children if c.dep_ == "dobj"] + [c for p in predicates for c in p.children if c.dep_ in ("nmod", "npadvmod")]
    taken = cue.dep_ in ("advcl", "conj") and any(o.lemma_.lower() in lexicon.report_nouns for o in children(cue.head, "dobj") + prep_objects(cue.head, "to"))
    objects = [c for c in objects if c.lemma_.lower() in lexicon.report_nouns or (taken and c.pos_ == "PRON")]  # "called the statement “disinformation”"
    untrue = lexicon.untrue_adjectives | lexicon.untrue_nouns
    as_phrases = [p for holder in [cue, *objects] for p in holder.children if p.dep_ == "prep" and p.lower_ == "as"]
    if not children(cue, "dobj") and any(_untrue_before(o, lexicon) for o in prep_objects(cue, "as")):
        return True  # the report after its predicate: "described as ‘baseless’ Pakistan's accusation that ..."
    predicates += [g for p in as_phrases for g in p.children if g.dep_ == "pobj" or (g.dep_ in ("amod", "acomp", "pcomp") and g.pos_ == "ADJ")]  # "as baseless"
    predicates += [c for p in predicates for c in p.children if c.dep_ in ("conj", "amod")]
    return bool(objects) and any(word_in(p, untrue) for p in predicates)


def _untrue_before(noun: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a report noun has an untrue adjective among the words of its phrase before it, wherever the parser hung
    it ("as ‘baseless’ Pakistan's accusation": "baseless" may hang on the possessor)."""
    before = [t for t in noun.subtree if t.i < noun.i]
    return noun.lemma_.lower() in lexicon.report_nouns and any(t.lemma_.lower() in lexicon.untrue_adjectives for t in before)


def dismisses(verb: Token, lexicon: ClaimLexicon) -> bool:
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


def discredited(verb: Token, lexicon: ClaimLexicon) -> bool:
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


def _negated_clause(verb: Token) -> bool:
    """A ``not``/``never``, or a negative object or predicate ("bears no responsibility", "had nothing to do with
    it", "there was no truth in the reports")."""
    negative = shared_words().pronouns.negative
    return negation(verb) or any(
        child.dep_ in ("dobj", "attr") and (child.lower_ in negative or any(d.lower_ == "no" for d in child.children))
        for child in verb.children
    ) or no_subject(verb)


def _negated_own(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a complement verb is negated and its subject is the speaker's own side, or nobody.

    Negated: a ``not``/``never``, or a negative object ("bears no responsibility");
    "nobody is forcing them out" denies that anyone does; "they did not die in vain" denies nothing;
    a negated future is a resolve, not a denial ("it will never abandon the shoal").
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or verb.lemma_.lower() in lexicon.suffering_verbs or is_future(verb) or forced_course(verb, lexicon):
        return False
    subject = subjects[0]
    if anticipatory_it(verb, subject, lexicon):
        return False  # "said it is not appropriate for Moscow and Yerevan to communicate through newspapers": no side
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
            return party_speaker(speaker, discourse)
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


def party_speaker(speaker: SpeakerResolution, discourse: Discourse) -> bool:
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


def anticipatory_it(verb: Token, subject: Token, lexicon: ClaimLexicon) -> bool:
    """Whether "it" is the anticipatory subject of a copula with an adjective and an extraposed clause, standing for
    that clause and for nobody's side: "it is not appropriate for Moscow to reply through newspapers", "it was not
    possible to reach the village", "it is not acceptable that civilians were targeted"; not the speaker's "it" with a
    stance adjective ("said it was not ready to withdraw") nor with no clause ("said it was not responsible")."""
    if subject.tag_ != "PRP" or subject.lower_ not in shared_words().pronouns.thing or verb.lemma_ != "be":
        return False
    adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in lexicon.extraposing_adjectives]
    clauses = [c for holder in [verb, *adjectives] for c in holder.children if c.dep_ in _EXTRAPOSED_DEPS and c.i > holder.i]
    return bool(adjectives) and any(_extraposed(clause, lexicon) for clause in clauses)


def _extraposed(clause: Token, lexicon: ClaimLexicon) -> bool:
    """A clause that can stand extraposed after "it is ADJ": a "to" infinitive ("for X to communicate") or a finite
    clause opened by a complementiser ("that civilians were targeted"; not "because ...")."""
    return clause.pos_ in VERBAL and any(c.tag_ == "TO" or (c.dep_ == "mark" and c.lower_ in lexicon.complementisers) for c in clause.children)


def forced_course(verb: Token, lexicon: ClaimLexicon) -> bool:
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


def refuses_charge(verb: Token, lexicon: ClaimLexicon) -> bool:
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


def verbless_dismissal(cue: Token, content: list[Token], lexicon: ClaimLexicon) -> bool:
    """A headline's verbless clause calling a report untrue: "Kremlin says accusations groundless", "Army says rebel
    claims untrue", also with the adjective parsed as the cue's modifier ("Rwanda says claims of backing M23 baseless");
    not a clause with a finite verb ("says false claims spread panic")."""
    if any(t.tag_ in _FINITE_TAGS for t in content):
        return False
    judged = content + [c for c in cue.children if c.dep_ in ("advmod", "acomp", "oprd")]
    return any(word_in(t, lexicon.report_nouns) for t in content) and any(word_in(t, lexicon.untrue_adjectives) for t in judged)
