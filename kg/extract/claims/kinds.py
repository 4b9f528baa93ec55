"""The kind of a claim: the cue's default, refined from what it reports (GUIDELINES section 5).

A neutral cue reporting the speaker's own side negated is a denial, a hostile act
attributed to another named party an accusation, an obligation an appeal, an announced
future action a commitment (a warning when conditional).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from kg.codes import ClaimKind
from kg.extract.claims.content import CLAUSE_DEPS, verb_cue
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import QUOTE_MARKS
from kg.extract.claims.speakers import Discourse, SpeakerResolution
from kg.extract.syntax import VERBAL, is_future, prep_objects
from kg.words import shared_words

#: Entity kinds that wage hostilities: a compound before a hostile noun of these kinds is its agent ("US airstrikes").
_BELLIGERENT_KINDS = frozenset({"state", "armed_group"})

#: Penn tags of relative pronouns ("who", "which", "that" opening a relative clause).
_RELATIVE_TAGS = frozenset({"WP", "WDT"})

#: Penn tags of a preposition or subordinator ("if", "with", "after") and of "when".
_CONDITION_TAGS = frozenset({"IN", "WRB"})


def quote_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind:
    """The kind of a quotation: its cue's, else a first-person performative inside it ("I condemn"),
    else an accusation when it attributes a hostile act to another party."""
    rule = lexicon.verbs.get(cue.lemma_.lower())
    if rule is not None and rule.kind != "assertion":
        return rule.kind
    for token in quoted:  # a performative of the speaker: "I condemn ...", "we urge ...", "the coast guard condemns ..."
        if not any(c.dep_ == "nsubj" and _is_speaker(c, speaker, discourse) for c in token.children):
            continue
        inner = verb_cue(token, lexicon)  # with its particle: "we call upon ..." is an appeal, "we call it ..." an evaluation
        if inner and inner[0] != "assertion":
            return inner[0]
        if token.lemma_.lower() in lexicon.expectation_verbs and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            return "appeal"  # "We expect the corridor to be reopened"
        if token.lemma_.lower() in lexicon.need_verbs and any(c.dep_ == "dobj" for c in token.children):
            return "appeal"  # "We need the help of the whole world"
        if is_future(token):  # "we will discuss our procedure", "we will not let ..."
            return "warning" if _conditional(quoted, lexicon) else "commitment"
    if any(_dismisses(token, lexicon) for token in quoted):
        return "denial"
    if accuses(quoted, speaker, discourse, lexicon):
        return "accusation"
    return "assertion"


def _is_speaker(subject: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a subject inside a quotation is its speaker: a first-person pronoun, or the speaker named."""
    if subject.lower_ in shared_words().pronouns.first_person:
        return True
    keys = _actor_keys(subject, discourse)
    return bool(keys) and keys <= set(speaker.keys)


def content_kind(content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> ClaimKind:
    """The kind of a statement with no cue verb ("according to X, ...", a headline "X: ..."): what it says."""
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head == t]
    verbs = [t for t in roots if t.pos_ in VERBAL] + [c for t in roots for c in t.children if c.dep_ == "conj" and c.pos_ in VERBAL]
    if not _casualty_report(verbs, lexicon) and not _is_outlet(speaker, discourse, lexicon) and accuses(content, speaker, discourse, lexicon):
        return "accusation"
    if obliges(content, lexicon):
        return "appeal"
    if any(is_future(token) for token in content if token.pos_ in VERBAL):
        return "commitment"
    return "assertion"


def clause_kind(
    cue: Token, kind: ClaimKind, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> ClaimKind:
    """Refine a cue's default kind from its object and complement."""
    by_object = _object_kind(cue, kind, lexicon)
    if by_object is not None:
        return by_object
    if kind != "assertion":
        return kind
    lemma = cue.lemma_.lower()
    main = _main_clause(content, lexicon)
    verbs = _clause_verbs(cue)
    if lemma in lexicon.denial_capable and any(_negated_own(verb, speaker, discourse, lexicon) or _dismisses(verb, lexicon) for verb in verbs):
        return "denial"
    if any(_evaluates(verb, lexicon) for verb in verbs):
        return "evaluation"
    occasions = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and _tells_occasion(c, lexicon)]
    blames = _blames(lemma, main, lexicon) and not _is_outlet(speaker, discourse, lexicon)
    if not _casualty_report(verbs + occasions, lexicon) and blames and accuses(main, speaker, discourse, lexicon):
        return "accusation"
    if obliges(main, lexicon):
        return "appeal"
    if lemma in lexicon.commitment_capable and any(is_future(verb) or _undertakes(verb, lexicon) for verb in verbs):
        if _conditional(content, lexicon):
            return "warning"
        if _adverse(content, lexicon) and not any(_speaker_acts(verb, speaker, discourse) for verb in verbs):
            return "warning"  # "said Kyiv would face consequences"
        return "commitment"
    if any(_possible(verb, lexicon) for verb in verbs) and _adverse(content, lexicon):
        return "warning"  # "the situation could deteriorate further"
    return kind


def _speaker_acts(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a reported verb's subject is the speaker: a pronoun ("said it would ..."), no subject, or a
    name of the speaker's own side ("Kenya said Kenyan troops would stay")."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    keys = _actor_keys(subject, discourse) or {key for token in subject.subtree for key in _actor_keys(token, discourse)}
    return bool(keys) and _all_own(keys, _own_keys(speaker, discourse), discourse)


def _all_own(keys: set[str], own: set[str], discourse: Discourse) -> bool:
    """Whether every actor is the speaker's side: one of ``own`` or acting for one ("Ukrainian units" for Kyiv)."""
    return all(key in own or discourse.acting_state(discourse.entity_of(key)) in own for key in keys)


def _possible(verb: Token, lexicon: ClaimLexicon) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in lexicon.possibility_auxiliaries for child in verb.children)


def _adverse(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    return any(token.lemma_.lower() in lexicon.adverse_outcome_words for token in tokens)


def _blames(cue_lemma: str, content: list[Token], lexicon: ClaimLexicon) -> bool:
    """Whether a cue can blame: any but a news cue, which blames only by laying an act at someone's
    door ("reported 20 US airstrikes" relays news; "..., which it attributed to X" blames X)."""
    return cue_lemma not in lexicon.news_cues or any(token.lemma_.lower() in lexicon.attribution_verbs for token in content)


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
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"]
    predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]
    doc = verb.doc
    quoted = any(doc[p.i - 1].text in QUOTE_MARKS or (p.i + 1 < len(doc) and doc[p.i + 1].text in QUOTE_MARKS) for p in predicates[:1])
    return verb.lemma_ == "be" and bool(predicates) and (quoted or any(p.lemma_.lower() in lexicon.evaluative_adjectives for p in predicates))


def _casualty_report(verbs: list[Token], lexicon: ClaimLexicon) -> bool:
    """A count of casualties ("8 were killed by X", "strikes killed two people and wounded others"):
    reported, not blamed. When people kill ("Russian troops killed six civilians") the clause blames them."""
    acts = [v for v in verbs if v.pos_ == "VERB"]
    casualties = [v for v in acts if v.lemma_.lower() in lexicon.casualty_verbs and not _killed_by_people(v, lexicon)]
    strikes = [v for v in acts if v not in casualties and v.lemma_.lower() in lexicon.hostile_verbs and _struck_by_a_thing(v, lexicon)]
    return len(casualties) + len(strikes) == len(acts) and any(_counts(v) for v in casualties + strikes)


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
    """The kind a cue's object gives: "express <noun>" by the noun, a commitment or appeal noun."""
    for obj in (child for child in cue.children if child.dep_ == "dobj"):
        noun = obj.lemma_.lower()
        if cue.lemma_.lower() == "express":
            return lexicon.expressed.get(noun, "evaluation")
        if noun in lexicon.sentiment_objects:  # "offered condolences", "sent congratulations"
            return "evaluation"
        if kind == "assertion" and noun in lexicon.commitment_objects:
            return "commitment"
        if kind == "assertion" and noun in lexicon.appeal_objects:
            return "appeal"
    return None


def _clause_verbs(cue: Token) -> list[Token]:
    """The verbs of a cue's complement clause (with their conjuncts)."""
    verbs = []
    for child in cue.children:
        if child.dep_ in CLAUSE_DEPS:
            verbs.append(child)
            verbs.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _main_clause(content: list[Token], lexicon: ClaimLexicon) -> list[Token]:
    """Content tokens without subordinate adverbial clauses ("as X launched strikes"), but for one that says
    how the main event came about ("... were killed when Boko Haram attacked a military unit").

    An adverbial clause's subtree is the contiguous span between its edges; the spans are
    merged and looked up by bisection, so this is n log n in the content.
    """
    inside = {t.i for t in content}
    spans = sorted(
        (t.left_edge.i, t.right_edge.i)
        for t in content
        if t.dep_ == "advcl" and t.head.i in inside and not _tells_occasion(t, lexicon)
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
    """Whether an adverbial clause tells how its head's event came about ("when gunmen stormed the post")."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in lexicon.occasion_markers for c in clause.children)


def _own_keys(speaker: SpeakerResolution, discourse: Discourse) -> set[str]:
    """The speakers, the states they act for, and the affiliations of described sources."""
    own = set(speaker.keys)
    for key in speaker.keys:
        source = discourse.sources.get(key)
        if source is not None and source.affiliation:
            own.add(source.affiliation)
            key = source.affiliation
        state = discourse.acting_state(discourse.entity_of(key))
        if state:
            own.add(state)
    return own


def _dismisses(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula calling something untrue: "the reports were false", "whatever they say is incorrect"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.untrue_adjectives for c in verb.children)


def _negated_own(verb: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a complement verb is negated and its subject is the speaker's own side, or nobody.

    Negated: a ``not``/``never``, or a negative object ("bears no responsibility");
    "nobody is forcing them out" denies that anyone does; "they did not die in vain" denies nothing;
    a negated future is a resolve, not a denial ("it will never abandon the shoal").
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or verb.lemma_.lower() in lexicon.suffering_verbs or is_future(verb):
        return False
    subject = subjects[0]
    pronouns = shared_words().pronouns
    if subject.lower_ in pronouns.negative:
        return True
    negated = any(child.dep_ == "neg" or child.lower_ == "never" for child in verb.children) or any(
        child.dep_ == "dobj" and any(d.lower_ == "no" for d in child.children) for child in verb.children
    )
    if not negated:
        return False
    own = pronouns.third_person | pronouns.first_person
    if subject.lower_ in own or any(c.dep_ == "poss" and c.lower_ in own for c in subject.children):
        return True
    keys = _actor_keys(subject, discourse)
    return bool(keys) and keys <= _own_keys(speaker, discourse)


def _actor_keys(token: Token, discourse: Discourse) -> set[str]:
    """Actor keys a token names: a linked actor, a nationality adjective, or an institution the text
    described before ("the army" after "the Tarvian army said")."""
    span = discourse.entity_at.get(token.i)
    if span is not None and discourse.is_actor(span):
        return {span.kb_id_}
    key = discourse.nationality(token.lower_)
    if key is None and token.pos_ == "NOUN" and token.lemma_.lower() in claim_lexicon().collective_roles:
        earlier = discourse.described(token.idx, token.lemma_.lower(), people=False)
        return set(earlier) if earlier else set()
    return {key} if key else set()


def accuses(tokens: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether the tokens attribute a hostile act to a named party other than the speaker."""
    own = _own_keys(speaker, discourse)
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in lexicon.hostile_nouns:
            agents = _noun_agents(token)
        elif token.pos_ == "VERB" and lemma in lexicon.hostile_verbs:
            agents = _verb_agents(token)
        else:
            continue
        if _hypothetical(token, lexicon):
            continue
        for agent in agents:
            if agent.lower_ in shared_words().pronouns.group:  # "they came to bomb the village": unless "they" are the speaker
                referent = discourse.last_actor(agent.idx, True, agent.sent.start_char)
                if referent is None or not set(referent) <= own:
                    return True
                continue
            keys = _actor_keys(agent, discourse)
            if not keys and _unnamed_armed_party(agent, speaker, discourse, lexicon):
                return True
            if agent.dep_ == "compound" and agent.head == token:  # "Dam strike": a target as often as an agent
                keys = {key for key in keys if _belligerent(key, discourse)}
            if keys and not _all_own(keys, own, discourse):
                return True  # another party's act; the speaker's own forces are not blamed ("Kyiv said Ukrainian units ...")
    return False


def _unnamed_armed_party(agent: Token, speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """An armed party described, not named ("separatist fighters", "the gang"), that is not the speaker's:
    not owned by a pronoun or the speaker's side ("our fighters", "TPNPB fighters" said by the TPNPB), and
    not what the speaker is described as ("militants" said by a militant commander), not left unknown
    ("suspected jihadists", "unidentified gunmen")."""
    if agent.lemma_.lower() not in lexicon.armed_agent_nouns or agent.lemma_.lower() in speaker.text.lower():
        return False
    if any(word.lower_ in lexicon.unattributed_words for word in agent.subtree):
        return False
    own = _own_keys(speaker, discourse)
    for modifier in agent.children:
        if modifier.dep_ == "poss" and modifier.pos_ == "PRON":
            return False
        if modifier.dep_ in ("poss", "compound", "amod") and (_actor_keys(modifier, discourse) & own):
            return False
    return True


def _hypothetical(token: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile act only envisaged: a noun with "any" ("respond to any provocation"), a verb with a
    modal ("could strike", "will attack")."""
    if token.pos_ != "VERB":
        return any(c.dep_ == "det" and c.lower_ in lexicon.hypothetical_determiners for c in token.children)
    return is_future(token) or any(c.dep_ == "aux" and c.lower_ in lexicon.modal_auxiliaries for c in token.children)


def _belligerent(key: str, discourse: Discourse) -> bool:
    """A state or armed group (a nationality names a state)."""
    entity = discourse.entity_of(key)
    return entity is None or entity.kind in _BELLIGERENT_KINDS


def _noun_agents(noun: Token) -> list[Token]:
    """Who does a hostile act named by a noun: possessor, nationality, "by"/"of" phrase, "conducted by"."""
    nouns = [noun]
    if noun.dep_ == "conj":
        nouns.append(noun.head)
    nouns.extend(c for c in noun.children if c.dep_ == "conj")
    agents: list[Token] = []
    for item in nouns:
        for child in item.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                agents.append(child)
            elif child.dep_ == "prep" and child.lower_ in claim_lexicon().agent_prepositions:
                agents.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "prep":  # a participle hung on the noun's own object: "crimes against humanity committed by X"
                agents.extend(a for g in child.children if g.dep_ == "pobj" for acl in g.children if _act_participle(acl) for a in _passive_agents(acl))
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in claim_lexicon().attribution_verbs:
                agents.extend(prep_objects(child, "to") + prep_objects(child, "on"))  # "which they attributed to X"
            elif child.dep_ in ("acl", "relcl"):
                agents.extend(_verb_agents(child))
        if item.dep_ == "dobj" and item.head.lemma_.lower() in claim_lexicon().act_verbs:  # "carried out attacks"
            agents.extend(c for c in item.head.children if c.dep_ == "nsubj")
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _verb_agents(verb: Token) -> list[Token]:
    """The subjects and passive agents of a verb; a phase verb's subject for its complement ("began attacking")
    or for an infinitive of purpose ("came to bomb"),
    the first conjunct's for a later one ("interrogated a resident and later burned five houses"), the noun a
    relative clause modifies for its relative pronoun ("the gang who killed them")."""
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    if not agents and (verb.dep_ in ("xcomp", "conj") or _purpose_infinitive(verb)):
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
    agents.extend(_passive_agents(verb))
    agents = [verb.head if a.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl" else a for a in agents]
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose, done by its head verb's subject ("they came to bomb the village")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _act_participle(token: Token) -> bool:
    """A participle of doing an act ("committed", "carried out") modifying a noun."""
    return token.dep_ == "acl" and token.lemma_.lower() in claim_lexicon().act_verbs


def _passive_agents(verb: Token) -> list[Token]:
    """The objects of a verb's "by" agent phrase."""
    return [g for agent in verb.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]


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
    """An obligation: "must", "should", "are to be ..."."""
    for token in tokens:
        if token.dep_ == "aux" and token.lemma_.lower() in lexicon.obligation_words:
            return True
        if token.lemma_ == "be" and token.i + 2 < len(token.doc):
            doc = token.doc
            if doc[token.i + 1].lower_ == "to" and doc[token.i + 2].lemma_ == "be":
                return True  # "are to be surrendered"
    return False


def _undertakes(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a reported verb is itself an undertaking ("said Azerbaijan had agreed to let ...")."""
    return verb.lemma_.lower() in lexicon.undertaking_verbs


def _conditional(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """A condition on an announced action ("will withdraw unless ...", "will respond to any provocation"), or a
    restricted one on announced hostilities ("the offensive will stop only with the surrender of ..."; "will
    attend the talks only with the consent of parliament" is a commitment); a time limit is none ("will remain
    until the group is defeated")."""
    hostile = any(token.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for token in tokens)
    return any(token.lower_ in lexicon.condition_words or (hostile and _restricted_condition(token, lexicon)) for token in tokens) or any(
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.hostile_nouns and _hypothetical(token, lexicon) for token in tokens
    )


def _restricted_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """A restricting adverb before a preposition or subordinator: "only if", "only with", "only after"."""
    doc = token.doc
    return token.lower_ in lexicon.restricting_adverbs and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in _CONDITION_TAGS
