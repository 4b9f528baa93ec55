"""Accusations: a hostile act laid at the door of a party other than the speaker's side.

:func:`blame` finds the hostile acts the tokens of a claim name (hostile verbs and nouns, acts
done "illegally" or "in violation of" a rule, sponsoring an armed party, breaking an agreement or
harming a peace effort, responsibility for a harm), who does each (subject, "by" agent, possessor,
nationality, the launcher of a weapon), and whether that doer is another party than the speaker's
side (:mod:`~kg.extract.claims.sides`); a negated or only envisaged act (:mod:`~kg.extract.claims.hedges`)
is laid at no one's door. What it finds is the claim's :class:`Blame`: the kind decision
(:mod:`~kg.extract.claims.kinds`) returns it with the kind, and the claim's ``accused`` are its parties.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.hedges import hypothetical, negated_act, negated_noun, negation, possible
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.sides import (
    TITLE_DEPS,
    actor_keys,
    all_own,
    own_side,
    speaker_acts,
    title_body,
    title_phrases,
    title_state,
    title_words,
)
from kg.extract.syntax import VERBAL, children, prep_objects, proper_plural_singular, relative_antecedent, word_in
from kg.nlp.doccache import token_table
from kg.records import BELLIGERENT_KINDS
from kg.words import shared_words


def hostile_act(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile verb, or an act or launching verb with a hostile or weapon object ("fired", "launched a drone",
    "conducted any operation"; "launched an appeal" is none)."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.hostile_verbs:
        return True
    nouns = lexicon.hostile_nouns | lexicon.weapon_nouns
    return lemma in lexicon.act_verbs | lexicon.launch_verbs and any(o.lemma_.lower() in nouns for o in children(verb, "dobj"))


@dataclass(frozen=True)
class Blame:
    """What an accusation lays at another party's door: the entity keys of the parties it blames, sorted (a capital or
    ministry standing for its state; not the speaker's side). Empty when its doer is one the graph cannot name
    ("unidentified gunmen", "soldiers" said by villagers, a rule broken by a measure whose doer is left unsaid)."""

    parties: tuple[str, ...] = ()


def blame(
    tokens: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon, wrongful_only: bool = False
) -> Blame | None:
    """The blame of tokens that attribute a hostile act to a party other than the speaker, with the parties it names;
    ``None`` when they lay no act at another's door. With ``wrongful_only``, only an act marked as wrongdoing ("killed
    in a deliberate shelling by the RSF")."""
    own = speakers_side(speaker, discourse, lexicon)
    found = list(_blamed_keys(tokens, own, speaker, discourse, lexicon, wrongful_only))
    return blame_of(found, own, discourse) if found else None


def speakers_side(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> set[str]:
    """The speaker's side an accusation blames no party of: :func:`~kg.extract.claims.sides.own_side` and the groups a
    speaking person's title names ("X, a spokeswoman for the group"), for the doers its content names and the objects of
    an accusing cue alike."""
    return own_side(speaker, discourse) | _titled_groups(speaker, discourse, lexicon)


def blame_of(found: list[set[str]], own: set[str], discourse: Discourse) -> Blame:
    """The blame of the keys of the doers blamed: each party once, a capital or ministry as the state it stands for,
    no described source, none of the speaker's side ``own``."""
    parties = {discourse.acting_state(discourse.entity_of(key)) or key for keys in found for key in keys if key not in discourse.sources}
    return Blame(tuple(sorted(key for key in parties if not all_own({key}, own, discourse))))


def _blamed_keys(
    tokens: list[Token], own: set[str], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon, wrongful_only: bool
) -> Iterator[set[str]]:
    """The keys each doer :func:`blame` blames names, in token order: each hostile act's agents of another party than
    the speaker's side ``own``; none for a rule broken by a measure whose doer is left unsaid."""
    infringing = _infringing_verbs(tokens, lexicon)
    inside = {token.i for token in tokens}
    for token in tokens:
        if _breaks_rule(token, own, discourse, lexicon):
            yield set()  # "the corridor's blockade violates the ceasefire declaration", "these actions contravene the Geneva Conventions"
            continue
        agents = act_agents(token, discourse, lexicon)
        if not agents and token.i in infringing:  # "kept the corridor closed in violation of the statement"
            agents = _verb_agents(token, lambda agent: _party_noun(agent, discourse, lexicon))
        if not agents or hypothetical(token, lexicon) or negated_act(token) or negated_noun(token) or _negated_object(token, lexicon):
            continue
        if _occasion_of_own_act(token, inside, speaker, discourse, lexicon):
            continue
        if wrongful_only and not (_wrongful(token, lexicon) or token.i in infringing):
            continue
        yield from (keys for agent in agents if (keys := blamed(agent, token, own, speaker, discourse, lexicon)) is not None)


def _titled_groups(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> set[str]:
    """The groups a speaking person's title names, by name, as "the group" or "its" ("Kessel Liberation Army spokeswoman
    X", "X, a spokeswoman for the group", "the group's spokesman X", "its spokeswoman X"): the person speaks for them."""
    groups: set[str] = set()
    spans = sorted((s for key in speaker.keys if discourse.is_person_key(key) for s in discourse.spans_of(key)), key=lambda s: s.start)
    for span in spans:
        for token in (t for phrase in title_phrases(span, heads_after=True) for t in phrase.subtree):
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
    if negated_act(verb) or hypothetical(verb, lexicon) or (harms and possible(verb)):
        return False
    acts = lexicon.hostile_nouns | lexicon.conflict_nouns | lexicon.conduct_nouns
    people = shared_words().people_nouns | lexicon.source_nouns
    for subject in children(verb, "nsubj"):
        if subject.pos_ != "NOUN" or subject.i in discourse.entity_at or subject.lemma_.lower() in people:
            continue
        if harms and subject.lemma_.lower() not in acts:
            continue  # "the rains undermined the relief effort": no act
        owners = [c for c in subject.children if c.dep_ in TITLE_DEPS]
        if any(c.lower_ in shared_words().pronouns.first_person or actor_keys(c, discourse) & own for c in owners):
            continue
        return True
    return False


def _negated_object(noun: Token, lexicon: ClaimLexicon) -> bool:
    """The object of a negated act: "did not fire a single shell", "did not launch any attack" (not "did not stop the
    shelling by X", which lays it on X)."""
    return noun.dep_ == "dobj" and negated_act(noun.head) and hostile_act(noun.head, lexicon)


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
    return verb.pos_ in VERBAL and verb.i in inside and speaker_acts(verb, speaker, discourse)


def act_agents(token: Token, discourse: Discourse, lexicon: ClaimLexicon) -> list[Token]:
    """Who does the hostile act a token names: a hostile noun or verb, sponsoring an armed party ("arms the
    rebels"), or an act marked as wrongdoing done by a party's forces ("ships illegally entered the waters")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.blame_words and _for_harm(token, lexicon):
        return _responsible_agents(token)
    if token.pos_ == "NOUN" and (lemma in lexicon.hostile_nouns or hostile_conduct(token, lexicon)):
        return noun_agents(token)
    if token.pos_ == "NOUN" and lemma in lexicon.sponsorship_nouns:
        return _sponsors(token, discourse, lexicon)
    if token.pos_ == "NOUN" and lemma in lexicon.conflict_nouns and token.head.lemma_.lower() in lexicon.starting_verbs:
        return _starters(token)  # "the clash was started by the Pakistanis"
    if token.pos_ == "NOUN" and lemma in lexicon.weapon_nouns and _launched(token, lexicon):
        return _verb_agents(token.head)  # "launched 100 drones at Ukrainian cities", "used chemical weapons"
    if token.pos_ != "VERB":
        return []
    sponsors = (lemma in lexicon.sponsorship_verbs and _sponsors_armed_party(token, discourse, lexicon)) or _supplies_armed_party(token, discourse, lexicon)
    if lemma in lexicon.hostile_verbs or sponsors or _forces_out(token, lexicon):
        agents = _verb_agents(token) or _course_owners(token, lexicon)
        return agents + _launchers(agents, lexicon)
    if lemma in lexicon.intimidation_verbs and _intimidates(token, discourse, lexicon):
        return _verb_agents(token)  # "Azerbaijani troops had threatened residents of Tegh with weapons"
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
    if verb.lemma_.lower() not in lexicon.failing_verbs or negation(verb):
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


def hostile_conduct(noun: Token, lexicon: ClaimLexicon) -> bool:
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
    return passive_agents(noun.head) if noun.dep_ == "nsubjpass" else []


def _forces_out(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Forcing people out: a coercion verb with a leaving infinitive ("had forced citizens to leave their houses")."""
    return verb.lemma_.lower() in lexicon.coercion_verbs and any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.leaving_verbs for c in verb.children)


def _launchers(agents: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """Who launched a weapon that does an act: "drones launched by the RSF struck ...", "shells fired by X hit ..."."""
    verbs = lexicon.act_verbs | lexicon.launch_verbs
    weapons = [a for a in agents if a.lemma_.lower() in lexicon.weapon_nouns]
    return [a for w in weapons for c in w.children if c.dep_ == "acl" and c.lemma_.lower() in verbs for p in passive_agents(c) for a in _with_conjuncts(p)]


def _launched(weapon: Token, lexicon: ClaimLexicon) -> bool:
    """A weapon as the object of an act done, not envisaged ("launched drones", "used chemical weapons";
    "could use nuclear weapons" is a threat, not an act), nor given up ("began laying down their weapons")."""
    head = weapon.head
    verbs = lexicon.act_verbs | lexicon.launch_verbs
    if any(c.dep_ == "prt" and c.lower_ in lexicon.yielding_particles for c in head.children):
        return False
    return weapon.dep_ == "dobj" and head.lemma_.lower() in verbs and not hypothetical(head, lexicon)


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


def blamed(
    agent: Token, act: Token, own: set[str], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> set[str] | None:
    """The keys of an act's agent when it is a party other than the speaker's side (the speaker's own forces are not
    blamed: "Kyiv said Ukrainian units ..."), ``None`` when it is not blamed: the actor it names, or a pronoun's
    referent ("his"; "they", "its" only a state or armed group: the last body named before "their attacks" is often
    the writer's own institute); an empty set for a doer blamed unnamed ("separatist fighters")."""
    if agent.lower_ in shared_words().pronouns.group:  # "they came to bomb the village": unless "they" are the speaker
        if _reporter_pronoun(agent):
            return None
        referent = discourse.last_actor(agent.idx, True, agent.sent.start_char)  # not the state of a person's title:
        if referent is not None and set(referent) <= own_side(speaker, discourse, titles=False):  # often the one named
            return None
        return {key for key in referent or () if belligerent(key, discourse)}
    if agent.lower_ in shared_words().pronouns.person:  # "his strategy of interfering in ...": the person named last
        person = discourse.last_person(agent.idx)
        return set(person or ()) if _other_person(person, own, discourse) else None
    if agent.lower_ in shared_words().pronouns.thing:  # "Rwanda acknowledges its support for the rebels"
        referent = discourse.last_actor(agent.idx, False, agent.sent.start_char)
        if referent is None or all_own(set(referent), own, discourse):
            return None
        return {key for key in referent if belligerent(key, discourse)}
    keys = actor_keys(agent, discourse) or _party_place(agent, discourse, lexicon)
    if not keys and _unnamed_armed_party(agent, speaker, discourse, lexicon):
        return set()
    if not keys and agent.lemma_.lower() in lexicon.party_nouns and (_bystander(speaker, discourse) or _private_speaker(agent, speaker, discourse)):
        return set()  # "villagers said soldiers burned their homes", "said protest coordinator X: police fired teargas"
    if not keys and _unowned_forces(agent, own, discourse, lexicon) and _armed_speaker(speaker, discourse, lexicon):
        return set()  # "rebels claimed government forces attacked their positions", "... that the army launched an attack"
    if agent.dep_ == "compound" and agent.head == act:  # "Dam strike": a target as often as an agent
        keys = {key for key in keys if belligerent(key, discourse)}
    return keys if keys and not all_own(keys, own, discourse) else None


def _party_place(agent: Token, discourse: Discourse, lexicon: ClaimLexicon) -> set[str]:
    """The key of a place no gazetteer row or QID names (:meth:`Discourse.party_place_at`) that does an act, itself or
    as the owner of its doers: "Ostrelia fired rockets at the temple", "ships from Corvina broke into the waters"."""
    owners = [agent, *children(agent, "poss"), *(o for preposition in lexicon.agent_prepositions for o in prep_objects(agent, preposition))]
    return {key for owner in owners if (key := discourse.party_place_at(owner)) is not None}


def _unowned_forces(agent: Token, own: set[str], discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Forces or a body no pronoun, name, armed noun or actor of the speaker's side owns ("the army", "government
    forces", "soldiers"; not "our forces", "SLA fighters", "rebel troops")."""
    if agent.lemma_.lower() not in lexicon.party_nouns | lexicon.collective_roles:
        return False
    return not any(
        c.dep_ in TITLE_DEPS and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in lexicon.armed_agent_nouns or actor_keys(c, discourse) & own)
        for c in agent.children
    )


def _armed_speaker(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the speakers are an armed group not a state's: one named, or a described source of one ("rebels of the
    SLA", "a rebel commander"), for whom forces no one owns are the other side's."""
    for key in speaker.keys:
        entity = discourse.entity_of(key)
        if entity is not None and entity.kind == "armed_group" and discourse.acting_state(entity) is None:
            continue  # not a state's force ("the Kenyan police")
        if entity is not None and entity.kind == "person" and _armed_title(key, discourse, lexicon):
            continue  # "rebel spokesman X", "X, a military spokesman for the rebels", "M23 spokesman X"
        source = discourse.sources.get(key)
        if source is None:
            return False
        owner = discourse.entity_of(source.affiliation) if source.affiliation else None
        words = {proper_plural_singular(word) for word in source.label.lower().split()}
        state_side = owner is not None and (owner.kind == "state" or discourse.acting_state(owner) is not None)
        if state_side or not ((owner is not None and owner.kind == "armed_group") or words & lexicon.armed_agent_nouns):
            return False
    return bool(speaker.keys)


def _armed_title(key: str, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A named person whose title in the text names rebels or an armed group no state acts for, and no state ("rebel
    spokesman X", "X, a military spokesman for the rebels", "M23 spokesman X"), who speaks for that side as a
    described "rebel spokesman" does; not "army spokesman X", "junta spokesman X", "Sudanese rebel leader X", nor one
    of its fighters ("X, an anti-coup fighter from the village")."""
    entity = discourse.entity_of(key)
    if entity is None or discourse.acting_state(entity) is not None or title_state(key, discourse) is not None:
        return False
    body = title_body(key, discourse)
    if body is not None:
        owner = discourse.entity_of(body)
        return owner is not None and owner.kind == "armed_group" and discourse.acting_state(owner) is None
    armed = lexicon.armed_agent_nouns - lexicon.collective_roles  # not a junta or militia, often a state's own
    for span in discourse.spans_of(key):
        for phrase in title_phrases(span, heads_after=True):
            if any(_armed_office(t, armed, lexicon) for t in _title_nouns(phrase)):  # a voice of the side, not one of its fighters
                return True
    return False


def _title_nouns(phrase: Token) -> list[Token]:
    """A title phrase's head and the nouns compounded or coordinated with it ("rebel [spokesman]", "[spokesman] and
    [commander]"), not the nouns of its prepositional phrases or relative clauses ("the commander of the campaign
    [against the rebels]", "a leader [who now serves as defence minister]")."""
    nouns, stack = [], [phrase]
    while stack:
        token = stack.pop()
        nouns.append(token)
        stack.extend(c for c in token.children if c.dep_ in ("compound", "conj"))
    return nouns


def _armed_office(office: Token, armed: frozenset[str], lexicon: ClaimLexicon) -> bool:
    """Whether an office title is held for an armed side: an armed word modifies it directly ("rebel spokesman") or is
    right under it after "for" or "of" ("spokesman for the rebels"); not a role held no more ("a former rebel leader")."""
    if not word_in(office, lexicon.office_titles) or any(c.lower_ in lexicon.past_role_modifiers for c in office.children):
        return False
    holders = [c for c in office.children if c.dep_ in ("compound", "amod", "nmod")]
    holders += [o for c in office.children if c.dep_ == "prep" and c.lower_ in lexicon.armed_title_prepositions
                for o in c.children if o.dep_ == "pobj"]
    return any(proper_plural_singular(t.lower_) in armed or word_in(t, armed) for t in holders)


def _other_person(referent: tuple[str, ...] | None, own: set[str], discourse: Discourse) -> bool:
    """Whether a person a pronoun stands for is of another side than the speaker's: not the speaker, nor one whose
    title or office names the speaker's state ("his forces", said of the speaker or of his own president, blames no one)."""
    if referent is None or len(referent) != 1:
        return False
    key = referent[0]
    return key not in own and title_state(key, discourse) not in own and discourse.acting_state(discourse.entity_of(key)) not in own


def _private_speaker(agent: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """A named person with no office, force or state in any title the text gives them ("protest coordinator X",
    "the Sinn Fein MLA for North Belfast, X"), for whom forces the text leaves unowned ("police", "soldiers") are
    another party's, as for a bystander; not forces a modifier owns ("our soldiers", "Ukrainian troops"), not an
    official's ("police spokesman X", "Minister X", "Kenyan President X")."""
    if len(speaker.keys) != 1 or any(c.dep_ in ("poss", "amod", "compound") and (c.pos_ in ("PRON", "PROPN") or actor_keys(c, discourse)) for c in agent.children):
        return False
    key = speaker.keys[0]
    entity = discourse.entity_of(key)
    if entity is None or entity.kind != "person" or key in discourse.sources or discourse.acting_state(entity) is not None:
        return False
    lexicon = claim_lexicon()
    official = lexicon.office_titles | lexicon.party_nouns | lexicon.collective_roles
    for span in discourse.spans_of(key):
        phrases = title_phrases(span, heads_after=True)
        if any(word_in(t, official) for phrase in phrases for t in title_words(phrase)):
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


def _intimidates(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """An intimidation verb with people or a named party as its object: "threatened residents with weapons",
    "intimidated hospital staff", "threatened Guyana with annexation"; not "threatened to leave the talks", "the
    floods threaten the harvest"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = shared_words().people_nouns | lexicon.intimidated_nouns
    return any(word_in(o, people) or o.i in discourse.entity_at for o in objects)


def _supplies_armed_party(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A supplying verb whose object is materiel and an armed party in its "to"/"for" phrase, on the verb or the
    object: "was supplying weapons to the M23 rebels", "delivered drones to the militia"; not "provided food to the
    refugees", "sent weapons to the army" of no armed party named."""
    if verb.lemma_.lower() not in lexicon.supplying_verbs:
        return False
    materiel = [c for c in verb.children if c.dep_ == "dobj" and word_in(c, lexicon.materiel_nouns)]
    receivers = [g for holder in [verb] + materiel for word in lexicon.sponsored_prepositions for g in prep_objects(holder, word)]
    return bool(materiel) and any(_armed_party(g, discourse, lexicon) for g in receivers)


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
        if modifier.dep_ in ("poss", "compound", "amod") and (actor_keys(modifier, discourse) & own):
            return False
    return True


def belligerent(key: str, discourse: Discourse) -> bool:
    """A state or armed group (a nationality names a state)."""
    entity = discourse.entity_of(key)
    return entity is None or entity.kind in BELLIGERENT_KINDS


def noun_agents(noun: Token) -> list[Token]:
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
                agents.extend(a for g in child.children if g.dep_ == "pobj" for acl in g.children if _act_participle(acl) for a in passive_agents(acl))
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
    relative clause modifies for its relative pronoun ("the gang who killed them"); for a subjectless gerund after a
    preposition of means, the agents of the verb it hangs on (:func:`_means_doers`: "the rebels responded by shelling
    the town")."""
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    if not agents and (verb.dep_ in ("xcomp", "conj") or purpose_infinitive(verb)):
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not agents and (means := _means_doers(verb, keep)):
        return means  # the doers of the verb a "by" gerund hangs on, already with their conjuncts
    agents.extend(passive_agents(verb))
    agents = [relative_antecedent(a) for a in agents]  # also "which trains and arms"
    agents = [a for a in agents if keep is None or keep(a)]  # before the modifiers join: "North Korean soldiers"
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _means_doers(gerund: Token, keep: Callable[[Token], bool] | None = None) -> list[Token]:
    """Who does what a gerund after a preposition of means tells (``means_prepositions``): the agents of the verb it
    hangs on, as ``_verb_agents`` finds them, also an infinitive's or a later conjunct's ("the rebels responded by
    shelling the town", "had committed a grave mistake by launching the offensive", "the rebels vowed to respond by
    shelling the town", "massed at the border and retaliated by shelling the town"; not a noun: "was hit by
    shelling"). It only climbs the tree, so it ends."""
    head = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or head.lower_ not in shared_words().means_prepositions or head.head.pos_ not in VERBAL:
        return []
    return _verb_agents(head.head, keep)


def purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose, done by its head verb's subject ("they came to bomb the village")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _act_doers(noun: Token) -> list[Token]:
    """Who does a hostile act through the verb or copula it hangs on: "the rebels carried out attacks", "the attack
    was carried out by the PKK", "Iran was behind the attack"."""
    lexicon, head = claim_lexicon(), noun.head
    if noun.dep_ in ("pobj", "xcomp") and _has_recourse(noun, lexicon):  # "resorted to military provocation"
        return _verb_agents(head.head if noun.dep_ == "pobj" else head)
    chosen = noun.lemma_.lower() in lexicon.course_nouns and head.lemma_.lower() in lexicon.course_verbs  # "chose the path of X"
    if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.plotting_verbs and not negation(head):
        return _plotters(head)  # "the enemy is preparing a new provocation"
    if noun.dep_ == "dobj" and (head.lemma_.lower() in lexicon.act_verbs or chosen):  # also a later conjunct's: "crossed the line and laid mines"
        subjects = [c for c in head.children if c.dep_ == "nsubj"] or [c for c in head.head.children if c.dep_ == "nsubj" and head.dep_ == "conj"]
        if not subjects and head.dep_ == "xcomp" and head.head.pos_ == "VERB" and not negation(head.head):
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]  # "Russia was preparing to launch a new offensive"
        subjects = subjects or _means_doers(head)  # "had committed a grave mistake by launching the offensive"
        return [relative_antecedent(s) for s in subjects]  # "Azerbaijan, which is implementing the policy of ethnic cleansing"
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in lexicon.act_verbs:
        return passive_agents(head)
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
    """A noun after a verb of recourse and its own preposition (``recourse_verbs``: "resorted to violence", "engaged in
    violence", not "turned in the violence"; the parser may make the noun the verb's infinitive complement: "resorted
    to/xcomp violence")."""
    head = noun.head
    if noun.dep_ == "xcomp":
        return noun.pos_ == "NOUN" and head.lemma_.lower() in lexicon.recourse_verbs
    return head.lower_ == lexicon.recourse_verbs.get(head.head.lemma_.lower())


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


def passive_agents(verb: Token) -> list[Token]:
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
