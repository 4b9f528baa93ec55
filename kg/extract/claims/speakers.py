"""Who says it: the one place where a claim's speaker is decided.

``resolve_speakers(cue, doc, discourse)`` is the decision, and this module reads top-down as it: it finds the
phrase that names the source of a reporting cue and turns it into speaker keys: entity keys, and the keys of
described sources (``SOURCE_PREFIX``, records in ``Discourse.sources``). The order of the tries is in four
functions here: :func:`resolve_phrase` (the whole a part is taken from, a pronoun, "both sides", a pair of people,
a role said again, then each conjunct), ``_pronoun`` (he/she, it/they, I/we), ``_conjunct_speaker`` (a broadcaster,
a named actor, "its"/"their", a name an apposition describes or linked elsewhere, else a description) and
``_description`` with ``_people`` (press office and outlet staff, information and statement nouns, person and
group nouns, body nouns). What each try reads is in the modules they import: :mod:`.source_phrases` (where a cue
names its source), :mod:`.speaker_phrases` (a phrase's bounds and conjuncts, a statement's author),
:mod:`.pronouns`, :mod:`.person_referents` (which person a role or person noun refers to), :mod:`.voices` (whom
an unnamed voice of a body speaks for), :mod:`.group_nouns` (how a group noun is worded), :mod:`.named_actors`
and :mod:`.described`. In order:

1. The source phrase (:func:`~kg.extract.claims.source_phrases.source_phrase`): the cue's subject, the "by" agent
   of a passive cue, the object of "according to", a name right after an inverted cue, the subject of the verb a
   cue that shares its subject hangs on, the object of a relaying verb, a subject the parser misplaced; a noun
   cue's possessor or "by/from/of" phrase; a stance adjective's subject (see that module).
2. The phrase becomes keys ("one of the survivors": the group named after "of"), with
   each coordinated conjunct resolved on its own
   ("Russia, the UN and Pope Francis" gives three keys; an actor the parser put
   inside an "of" phrase counts too):

   * a linked entity: the entity the text names (also when a name-completing noun
     follows it: "the Xinhua news agency"). A capital standing for its state
     ("Baku asserted") or a ministry keeps the named entity as the speaker and as
     ``literal``; the state is found later through the mention's ``stands_for`` or
     the gazetteer's ``part_of``;
   * a person named with an apposition ("Jane Doe, director of X, said", "Guyana's
     army chief, Omar Khan, said", "Hamas's spokesman Hazem Qassem") or after a title's
     portfolio ("Under-Secretary-General for Humanitarian Affairs Martin Griffiths") is the
     person, and the source phrase runs to the name; an institution with a possessor, nationality or "of" owner ("Russia's
     government", "the government of Sudan") is that actor; an office holder "of" states or bodies ("the
     foreign ministers of Russia and Turkey") speaks for each of them;
   * "its"/"their" before an institution or a role ("Its foreign ministry said", "their spokesman"):
     whom the pronoun refers to;
   * he/she: the described person that is the previous sentence's subject ("A doctor treated the
     wounded. He said ..."), else the most recent person speaker or subject; it/they: the most recent
     actor of another kind (the subject of a relaying verb, "It quoted security sources as saying", the last
     non-person speaker of a claim; an actor named earlier in the same sentence first;
     "they" may be a coordinated group, or the described group that is the previous sentence's subject ("Aid
     workers reached the camp. They said ..."); addressees, ships and datelines are not
     antecedents; in a clause coordinated with another, that clause's subject); I/we outside quotations: the document's author when one is given;
   * "both sides": the last coordinated pair of actors, else the pair named later
     in the sentence;
   * "the statement/report": who issued it (possessor, "the BBC report", "released
     by X", "from X", "by X"), else the previous claim's speakers; information nouns
     ("data from the health ministry", "figures released by the UN") only their issuer;
   * a description refers back: "the expert", "the resident", "the Kenyan leader"
     (a person with that role, a titled person of a compatible nationality),
     "officials" after "Ukrainian officials", "the broadcaster" after an outlet
     (described, else named: "Al-Masirah TV"),
     "the group" after an armed group (a subject first), "the country" after a state, "the
     separatists" (an actor whose mention has that word); a role of an unnamed institution
     speaks for the body it refers back to ("the ministry's spokesperson", "the army spokesman"
     after "Kenya's interior ministry", "the Sudanese army"), and a press office for the body
     it serves ("the press service of the Nigerian army");
   * an unnamed official voice of a named organisation, armed group or state speaks for that body ("a
     representative of the Karen National Union", "the minister of health of Kenya", "a KDF spokesman",
     "officials of the WHO"); not a demonym ("a Moroccan official", "Hamas officials" stay described) nor a
     person's spokesman; a later "he" is the same voice;
   * otherwise people or a body the text does not name are a described source
     (:mod:`.described`): "residents", "a doctor at the hospital", "Ukrainian
     officials" (affiliated with Ukraine), "the junta"; one per description and
     document. "No group" names nobody.

The discourse state (recent subjects, claims, actor mentions and described sources)
lives in :class:`~kg.extract.claims.discourse.Discourse`; the claims extractor feeds it each
claim it makes. Which named actors a phrase names is :mod:`~kg.extract.claims.named_actors`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.claims.described import is_indefinite, is_source_noun, role_noun, source_kind
from kg.extract.claims.discourse import SUBJECT_DEPS, Discourse, SpeakerResolution, reported_before
from kg.extract.claims.group_nouns import (
    armed_group_referent,
    bare_issuer,
    bare_noun,
    capitalised_common,
    counted_back,
    described_anew,
    government_state,
    plain_single,
    plainly_described,
    unowned_plural,
)
from kg.extract.claims.hedges import negative_determiner
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.claims.named_actors import appositive_person, named_actor
from kg.extract.claims.person_referents import (
    adviser_referent,
    described_person_before,
    introduced_later,
    kin_named_later,
    leader_referent,
    named_together,
    nationality_modifier,
    role_possessor,
    role_referent,
    same_role_holder,
    sex_referent,
    state_modifier,
    titled_before,
)
from kg.extract.claims.pronouns import chained_pronoun, disagreeing_antecedent, other_sex, parallel_subject, relaying_subject
from kg.extract.claims.source_phrases import name_before_role, source_phrase
from kg.extract.claims.speaker_phrases import (
    SpeakerPart,
    actor_noun,
    definite_role,
    described_name,
    named_before_in_sentence,
    pair_of_people,
    partitive_whole,
    phrase_bounds,
    sentence_start_before,
    speaker_conjuncts,
    state_outlet,
    statement_author,
)
from kg.extract.claims.voices import (
    institution_referent,
    outlet_of_staff,
    press_office_owners,
    served_body,
    voice_method,
    voice_named_before,
    voiced_body,
)
from kg.extract.syntax import PLURAL_TAGS, children, prep_objects
from kg.nlp.doccache import doc_text, sentence_numbers, sentences
from kg.words import shared_words


def resolve_speakers(cue: Token, doc: Doc, discourse: Discourse) -> SpeakerResolution | None:
    """The speakers of a reporting cue, or ``None`` when its source names no known actor."""
    source = source_phrase(cue)
    if source is None:
        return None
    return resolve_phrase(source, doc, discourse)


def resolve_phrase(head: Token, doc: Doc, discourse: Discourse) -> SpeakerResolution | None:
    """Resolve the noun phrase headed by ``head`` to speakers (see the module docstring)."""
    start, end = phrase_bounds(head)
    named = appositive_person(head, discourse) if head.n_rights else None
    if named is not None and named.start_char > end:  # "Hamas's spokesman Hazem Qassem": the person's name too
        end = named.end_char
    text = doc_text(doc)[start:end]

    def found(keys: tuple[str, ...] | None, method: str, literal: str | None = None) -> SpeakerResolution | None:
        return SpeakerResolution(tuple(dict.fromkeys(keys)), literal, text, method, start, end) if keys else None

    whole = partitive_whole(head)
    if whole is not None:  # "one of the survivors": the group they belong to speaks
        return resolve_phrase(whole, doc, discourse)
    if head.pos_ == "PRON" and not is_source_noun(head, claim_lexicon()):  # not "Some in the region say"
        return _pronoun(head, discourse, found)
    phrase = " ".join(token.lower_ for token in doc[head.left_edge.i : head.i + 1])
    if phrase in claim_lexicon().both_sides:
        group = discourse.last_group(head.idx) or discourse.next_group(head.idx, head.sent.end_char)
        if head.lemma_.lower() in claim_lexicon().state_side_nouns:  # "both countries": two states
            group = discourse.states_of(group) or discourse.states_of(discourse.last_group(head.idx, salient=False))
            # states named before the phrase only: not a state its own sentence names later ("... rebels in Kenya")
            return found(group or discourse.last_pair(head.idx, sentence_start_before(head, 1)), "both-sides")
        return found(group or discourse.last_group(head.idx, salient=False) or discourse.last_pair(head.idx), "both-sides")
    if pair_of_people(head):  # "the two leaders emphasized" after "X and his counterpart Y called for ..."
        group = discourse.last_group(head.idx) or discourse.next_group(head.idx, head.sent.end_char)
        group = group or discourse.last_people(head.idx, sentence_start_before(head, 6), 2)  # after "X conveyed ... to Y"
        if group is not None:
            return found(group, "both-sides")
    repeated = discourse.same_description(head) if definite_role(head) else None
    if repeated is not None:  # "The spokesperson of the Russian President said" again: whom it named the first time
        return found(repeated, "description")
    parts = [part for conjunct in speaker_conjuncts(head, discourse) if (part := _conjunct_speaker(conjunct, discourse)) is not None]
    if len(parts) == 1 and parts[0][1] == "described" and head.tag_ in PLURAL_TAGS:
        parts = _per_modifier(head, discourse) or parts  # "Afghan and U.S. officials": Afghan officials, U.S. officials
    if not parts:
        return None
    methods = sorted({method for _, method, _ in parts})
    keys = tuple(key for part_keys, _, _ in parts for key in part_keys)
    return found(keys, methods[0] if len(methods) == 1 else "entity", parts[0][2] if len(parts) == 1 else None)


_Found = Callable[..., "SpeakerResolution | None"]
#: Dependencies of a modifier before a noun that may be a coordination of its own ("Afghan and U.S. officials").
MODIFIER_DEPS = ("amod", "nmod", "compound")


def _pronoun(head: Token, discourse: Discourse, found: _Found) -> SpeakerResolution | None:
    """he/she: the last person; it/they: the last actor of another kind; I/we: the author."""
    pronouns = shared_words().pronouns
    lower, position = head.lower_, head.idx
    if lower in pronouns.person:  # "A doctor at the clinic treated the wounded. He said ...": the doctor
        # not a person named in what its own cue reports before it: "President X has ordered an inquiry, he said"
        earlier = discourse.last_person(position, skip=reported_before(head))
        person = _described_subject(head, discourse, "person") or chained_pronoun(head, discourse) or earlier
        return found(person, "pronoun") if person is None or not other_sex(lower, person, discourse) else None
    if lower in pronouns.thing | pronouns.group:
        parallel = parallel_subject(head)
        if parallel is not None and lower in pronouns.group and parallel.tag_ not in PLURAL_TAGS and parallel.i in discourse.entity_at \
                and discourse.is_person(discourse.entity_at[parallel.i]):
            parallel = None  # "X met Y, and they said ...": not X alone
        resolved = resolve_phrase(parallel, head.doc, discourse) if parallel is not None else None
        if resolved is not None:  # "The group halted its attacks, but it threatened to resume them"
            return found(resolved.keys, "pronoun")
        antecedent = disagreeing_antecedent(head, lower in pronouns.group)
        resolved = resolve_phrase(antecedent, head.doc, discourse) if antecedent is not None else None
        if resolved is not None:  # "... to support Abiy's government after it accused the TPLF": the government
            return found(resolved.keys, "pronoun")
        issuer = _statement_issuer(head, discourse) if lower in pronouns.thing else None
        if issuer is not None:  # "The government issued a statement after rebels raided X. It said ...": the government
            return found(issuer[0], "pronoun")
        continued = discourse.previous_source(head) if lower in pronouns.thing and head.dep_ == "nsubj" else None
        if continued is not None:  # "The ministry said ... . It added that ...": the source goes on
            return found(continued, "pronoun")
        relayer = discourse.last_relayer(position) if lower in pronouns.thing and relaying_subject(head) else None
        if relayer is not None:  # "It quoted security sources as saying ...": who quotes is a source already
            return found(relayer, "pronoun")
        met = discourse.people_of_sentence(head) if lower in pronouns.group else None
        if met is not None:  # "X received a call from Y during which they stressed ...": X and Y
            return found(met, "pronoun")
        described = _described_subject(head, discourse, "group") if lower in pronouns.group else None
        if described is not None:  # "Protesters gathered outside parliament. They said ..."
            return found(described, "pronoun")
        return found(discourse.last_actor(position, lower not in pronouns.thing, head.sent.start_char), "pronoun")
    if lower in pronouns.first_person and discourse.author is not None and not discourse.in_quote(position):
        return found((discourse.author.key,), "author")
    return None


def _conjunct_speaker(token: Token, discourse: Discourse) -> SpeakerPart | None:
    """One conjunct of a source phrase: a named actor, else what its description refers to."""
    if state_outlet(token, discourse):  # "radio Pakistan reported": the broadcaster, not the state
        return (discourse.described_source(token),), "described", None
    named = named_actor(token, discourse)
    if named is not None:
        key, marker = named
        return ((key,), "nationality", None) if marker == "nationality" else ((key,), "entity", marker)
    owners = _pronoun_owner(token, discourse)
    if owners is not None:  # "Its foreign ministry said", "their spokesman said": whom "its"/"their" refers to
        return owners, "pronoun", None
    described = described_name(token, discourse)
    if described is not None:  # "Fantom 509, an armed group of ... that has demanded": the group named
        return (described,), "entity", None
    if token.pos_ == "PROPN" and token.i not in discourse.entity_at:  # a name missed here, linked elsewhere
        name = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        linked = discourse.named_elsewhere(token.doc[name[0].i : token.i + 1].text) if name[0].i + len(name) - 1 == token.i else None
        if linked is not None:
            return (linked,), "entity", None
    return _description(token, discourse)


def _per_modifier(head: Token, discourse: Discourse) -> list[SpeakerPart]:
    """The speakers of a plural group noun whose modifier is a coordination ("Afghan and U.S. officials", "Kenyan,
    Somali and Ethiopian officials", "army and state government authorities"): one per conjunct, with the modifiers
    comma-joined before it, a body noun as itself ("army", "state government": a body speaks for itself), any other
    as the group noun it modifies ("Afghan officials"); none without such a modifier."""
    modifier = next((child for child in head.lefts if child.dep_ in MODIFIER_DEPS and children(child, "conj")), None)
    conjunctions = claim_lexicon().joint_modifier_conjunctions
    if modifier is None or not any(child.dep_ == "cc" and child.lower_ in conjunctions for child in modifier.children):
        return []
    siblings = _comma_joined_modifiers(head, modifier)
    items = [*siblings, modifier, *children(modifier, "conj")]
    first = len(siblings)
    conjoined = {t.i for item in items[first + 1 :] for t in item.subtree}
    own = [{t.i for t in item.subtree if t.dep_ != "punct"} for item in siblings]
    own += [{t.i for t in modifier.subtree if t.i not in conjoined and t.dep_ not in ("cc", "punct")}]
    own += [{t.i for t in item.subtree} for item in items[first + 1 :]]
    joints = {t.i for t in modifier.subtree if t.dep_ in ("cc", "punct") and t.head.i == modifier.i}
    joints |= {item.right_edge.i + (0 if item.right_edge.lower_ == "," else 1) for item in siblings}
    parts: list[SpeakerPart] = []
    for index, item in enumerate(items):
        if item.pos_ == "NOUN" and item.i not in discourse.entity_at and actor_noun(item, discourse):
            part = _conjunct_speaker(item, discourse)  # "army [authorities]": the army
            if part is not None:
                parts.append(part)
                continue
        skip = frozenset(joints.union(*(tokens for other, tokens in enumerate(own) if other != index)))
        parts.append(((discourse.described_source(head, skip),), "described", None))
    return parts


def _comma_joined_modifiers(head: Token, modifier: Token) -> list[Token]:
    """The modifiers of ``head`` joined by a comma before a coordinated ``modifier``, in order: "Kenyan" in
    "Kenyan, Somali and Ethiopian officials" (the parser hangs it on the noun, not in the coordination)."""
    lefts = [child for child in head.lefts if child.i < modifier.i]
    found: list[Token] = []
    start = modifier.left_edge.i
    for child in reversed(lefts):
        comma = child.right_edge.i + (0 if child.right_edge.lower_ == "," else 1)  # the comma may hang on the modifier
        if child.dep_ not in MODIFIER_DEPS or comma + 1 != start or head.doc[comma].lower_ != ",":
            break
        found.insert(0, child)
        start = child.left_edge.i
    return found


def _description(head: Token, discourse: Discourse) -> SpeakerPart | None:
    """ "the statement", "the expert", "officials", "a doctor", "the ministry": who they refer to."""
    lexicon = claim_lexicon()
    lemma, position = head.lemma_.lower(), head.idx
    served = served_body(head, discourse) or outlet_of_staff(head, discourse)
    if served is not None:  # "the press service of the Nigerian army", "AFP reporters"
        return served, "description", None
    for office_owner in press_office_owners(head):  # "the department's press service" after "the Ministry of Defence of X"
        if office_owner.lemma_.lower() in lexicon.collective_roles and any(c.lower_ in shared_words().definite_determiners for c in office_owner.children):
            body = _body_referent(office_owner, discourse)
            if body is not None:
                return body
    if lemma in lexicon.information_nouns or head.lower_ in lexicon.information_nouns:  # "data from the health ministry"
        owner = statement_author(head, discourse) or next((o for o in prep_objects(head, "of")[:1] if actor_noun(o, discourse)), None)
        return _authors(owner, discourse) if owner is not None else None
    if lemma in lexicon.statement_nouns:
        author = statement_author(head, discourse)
        if author is not None:  # "a communiqué released by the Malian army", "a joint statement by Kenya and Uganda"
            return _authors(author, discourse)
        pressed = any(child.dep_ in ("compound", "amod") and child.lower_ in lexicon.press_modifiers for child in head.children)
        if (pressed or (unowned_plural(head) and not counted_back(head))) and lemma not in lexicon.issuer_statement_nouns:
            # "media reports suggest ...", "Reports say ...", "Some earlier reports claimed ...": reports of their own
            return (discourse.described_source(head),), "described", None
        issuer = _issuer_before(head, discourse)
        if issuer is not None:  # "X has issued a decree ... According to the decree, ...": X's
            return issuer
        keys = discourse.last_claim(position)
        if keys and named_before_in_sentence(head, keys, discourse):  # "“We reject the statement of X,” the statement said"
            keys = discourse.last_claim(position, skip=frozenset(keys))  # is not X's: the one before
        return (keys, "statement", None) if keys else None
    if role_noun(head) or is_source_noun(head, lexicon):
        return _people(head, discourse)
    if head.pos_ in ("NOUN", "PROPN") and (any(child.lower_ in shared_words().definite_determiners for child in head.children)
                                           or bare_issuer(head, lexicon)):
        body = _body_referent(head, discourse)
        if body is not None:
            return body
    if head.pos_ in ("NOUN", "PROPN") and (lemma in lexicon.collective_roles or head.lower_ in lexicon.collective_roles):
        return (discourse.described_source(head),), "described", None  # "the junta", with nobody it refers back to
    return None


def _body_referent(head: Token, discourse: Discourse) -> SpeakerPart | None:
    """A definite body noun, or a bare one issuing a noun cue: the actor it refers back to. "The government said" after
    "the government spokesperson said": a body is no person described with its name; a bare body noun issuing a noun cue
    is that same body ("rejected government calls" after "the Sri Lankan government")."""
    lexicon = claim_lexicon()
    lemma, position = head.lemma_.lower(), head.idx
    word = lemma[:-1] if lemma.endswith("s") else lemma
    keys = discourse.described(position, word, people=lemma not in lexicon.collective_roles)
    if keys is None and lemma in lexicon.body_synonyms and not _named_as_place(lemma, head, discourse):
        keys = discourse.described(position, lexicon.body_synonyms[lemma], people=False)  # after "the Ministry of Defence of X"
    if keys is None and lemma in lexicon.group_anaphors and plainly_described(head, discourse):
        keys = discourse.last_group_actor(position)  # "the regional bloc said" after "ECOWAS"
    if keys is None and lemma in lexicon.state_nouns:  # "the eastern African country": the last state named
        keys = discourse.last_state(position)
    if keys is None and lemma in lexicon.state_government_nouns:  # "..., in western Chad, the government said": Chad
        government = government_state(head, discourse)
        if government is not None:  # a state the text does not name as the speaker (see headlines._speaks_later)
            return government, "government", None
    return (keys, "description", None) if keys else None


def _named_as_place(lemma: str, head: Token, discourse: Discourse) -> bool:
    """The document names a place with the body noun before it, which makes the noun that place's area word, no body
    ("troops killed five rebels in Cauca department. The department said ...": a department of Colombia, no ministry):
    the noun inside a place's name, or with a place as its "of" object ("the department of Cauca")."""
    for token in head.doc[: head.i]:
        if token.lemma_.lower() != lemma:
            continue
        spans = [discourse.entity_at.get(token.i)] + [discourse.entity_at.get(obj.i) for obj in prep_objects(token, "of")]
        entities = [discourse.entity_of(span.kb_id_) for span in spans if span is not None]
        if any(entity is not None and entity.kind == "place" for entity in entities):
            return True
    return False


def _people(head: Token, discourse: Discourse) -> SpeakerPart | None:
    """A person or group noun: someone mentioned before under that description ("the resident",
    "officials" after "Ukrainian officials"), the actor a role serves ("Iran's health minister"),
    else a described source of its own ("a doctor", "Displaced herders")."""
    lexicon = claim_lexicon()
    lemma, position = head.lemma_.lower(), head.idx
    plural = head.tag_ in PLURAL_TAGS
    if negative_determiner(head):
        return None  # "No group has claimed responsibility"
    if is_indefinite(head, lexicon):  # "a doctor"; "a spokesman for the Sudanese army": the army
        return _voice_or_described(head, discourse, later=not plural)
    principal, owned_by = role_possessor(head, discourse)
    if principal is not None and lemma not in lexicon.kin_nouns:  # not "his wife said": she speaks
        return principal, "description", None  # "his spokesman said": the one whose spokesman
    state = owned_by or nationality_modifier(head, discourse) or state_modifier(head, discourse)
    same = lexicon.media_nouns if lemma in lexicon.media_nouns else frozenset({lemma})
    anew = plural and described_anew(head, lexicon)
    if plural or lemma in lexicon.media_nouns:  # "officials" after "Ukrainian officials"; "Hamas officials" are others
        earlier = (discourse.last_source(position, same) or named_together(head, discourse)) if bare_noun(head, lexicon) and not anew else None
    else:  # "The group said" after "the group's spokesman X said": the group, not X
        earlier = _single_earlier(head, principal, state, owned_by, discourse)
    if earlier is None and lemma in lexicon.media_nouns and bare_noun(head, lexicon):
        earlier = discourse.last_outlet(position)  # "the broadcaster" after "Al-Masirah TV reported"
    if earlier is None and lemma in lexicon.group_anaphors and (bare_noun(head, lexicon) or plain_single(head, discourse)):
        earlier = discourse.last_group_actor(position)  # "The group has accused ..." after "M23"; "the armed group"
    if earlier is None and lemma in lexicon.leader_roles and not plural:
        earlier = leader_referent(head, state, discourse)  # "the Kenyan leader" after "President Ruto"; "the head of state"
    if earlier is None and bare_noun(head, lexicon) and not anew and (head.pos_ == "NOUN" or capitalised_common(head, lexicon)):
        earlier = discourse.described(position, lemma, people=False) or armed_group_referent(head, discourse)  # "the Mission"; "the rebels"
    if earlier is None and lemma in lexicon.generic_person_nouns and bare_noun(head, lexicon) and not plural:
        earlier = sex_referent(lemma, position, discourse)  # "The woman said" after "his wife Veronika Zonabend"
    if earlier is not None:
        return earlier, "description", None
    if not plural and lemma in shared_words().person_roles:
        role = role_referent(head, lemma, state, owned_by is not None, discourse)
        if role is not None:
            return role
    return _voice_or_described(head, discourse, later=not plural and lemma in shared_words().person_roles)  # "Displaced herders"


def _single_earlier(head: Token, principal: tuple[str, ...] | None, state: str | None, owned_by: str | None,
                    discourse: Discourse) -> tuple[str, ...] | None:
    """Whom a singular person or body noun refers back to: a relative named later, the person described or titled
    before, the holder of the same role, an adviser ("presidential aide says"), else the institution a role
    serves ("the ministry's spokesperson": the ministry)."""
    lemma = head.lemma_.lower()
    earlier = (kin_named_later(head, principal, discourse) or described_person_before(head, lemma, state, discourse)
               or same_role_holder(head, state, owned_by, discourse) or titled_before(head, discourse)
               or adviser_referent(head, state, discourse)) if lemma not in claim_lexicon().group_anaphors else None
    return earlier or institution_referent(head, discourse)


def _voice_or_described(head: Token, discourse: Discourse, later: bool = False) -> SpeakerPart:
    """The body an unnamed official voice speaks for (see :func:`voiced_body`), else with ``later`` the person the text
    names next with the role (see :func:`introduced_later`: "a rebel spokesman said ..." before "Abu Samad, spokesman of
    the Free Fighters, said"), else a described source of its own."""
    voiced = voiced_body(head, discourse)
    if voiced is not None:
        named = voice_named_before(head, voiced, discourse)
        if named is not None:
            return named, "description", None
        return voiced, voice_method(head), None
    named = introduced_later(head, discourse) if later else None
    if named is not None:
        return named, "description", None
    return (discourse.described_source(head),), "described", None


# The helpers below resolve a phrase again (an owner, an antecedent, a statement's authors): they belong to the
# decision, which they call back into.


def _pronoun_owner(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The actor an "its"/"their" possessor of an institution or a person role refers to ("Armenia condemned
    the offensive. Its foreign ministry said ..."; not "their families", who speak for themselves)."""
    pronouns = shared_words().pronouns
    owner = next((c for c in children(head, "poss") if c.lower_ in pronouns.thing or c.lower_ in pronouns.group), None)
    lemma = head.lemma_.lower()
    if owner is None or not (lemma in claim_lexicon().collective_roles or lemma in shared_words().person_roles):
        return None


    def found(keys: tuple[str, ...] | None, method: str, literal: str | None = None) -> SpeakerResolution | None:
        return SpeakerResolution(tuple(keys), literal, owner.text, method, owner.idx, owner.idx + len(owner.text)) if keys else None

    resolved = _pronoun(owner, discourse, found)
    return resolved.keys if resolved is not None else None


def _described_subject(pronoun: Token, discourse: Discourse, kind: str) -> tuple[str, ...] | None:
    """The described source of ``kind`` (group or person) that is the subject of the sentence before a
    pronoun ("Aid workers reached the camp. They said ...", "A doctor treated the wounded. He said ..."),
    unless that subject names an actor, or, for a person, a person is named before the pronoun in its own sentence
    ("A government minister dismissed the offer. The deputy minister, X, said ...: he said ...": X)."""
    doc = pronoun.doc
    if kind == "person" and _person_named_before(pronoun, discourse):
        return None
    before = pronoun.sent.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0:
        return None
    subject = next((c for c in doc[before].sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    subject = partitive_whole(subject) or subject if subject is not None else None
    lexicon = claim_lexicon()
    if subject is None or subject.i in discourse.entity_at or not is_source_noun(subject, lexicon) or name_before_role(subject):
        return None
    resolved = resolve_phrase(subject, doc, discourse) if source_kind(subject, lexicon) == kind else None
    return resolved.keys if resolved is not None else None  # "The minister ...": an earlier minister, if any


def _person_named_before(pronoun: Token, discourse: Discourse) -> bool:
    """Whether a person is named before a pronoun in its own sentence, outside what the pronoun's cue reports before
    it ("President X has ordered an inquiry, he said" names no one the pronoun could be)."""
    start, skip = pronoun.sent.start_char, reported_before(pronoun)
    return any(item.person and start <= item.position and item.position not in skip for item in discourse.observations_before(pronoun.idx))


def _statement_issuer(pronoun: Token, discourse: Discourse) -> SpeakerPart | None:
    """Who issued a statement in the sentence before an "it" that opens its own sentence as the subject of a
    cue: the subject of a light verb whose object is a statement noun ("The government issued a statement after
    rebels raided the town. It said ...": the government, not the rebels named after it)."""
    if pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start or pronoun.sent.start == 0:
        return None
    lexicon = claim_lexicon()
    before = pronoun.doc[pronoun.sent.start - 1].sent
    for token in reversed(before):
        if token.dep_ == "dobj" and token.lemma_.lower() in lexicon.statement_nouns and token.head.lemma_.lower() in lexicon.light_verbs:
            subject = next((child for child in token.head.children if child.dep_ == "nsubj"), None)
            return _authors(subject, discourse) if subject is not None and subject.pos_ != "PRON" else None
    return None


def _authors(author: Token, discourse: Discourse) -> SpeakerPart | None:
    """The issuers of a statement: its author and the authors coordinated with it ("by Kenya and Uganda")."""
    parts = [part for part in (_conjunct_speaker(token, discourse) for token in (author, *author.conjuncts)) if part is not None]
    if len(parts) < 2:
        return parts[0] if parts else None
    keys = tuple(dict.fromkeys(key for part in parts for key in part[0]))
    return keys, parts[0][1], parts[0][2]


def _issuer_before(statement: Token, discourse: Discourse) -> SpeakerPart | None:
    """Who issued the statement a definite statement noun refers back to: the subject of the last light verb
    before it whose object is the same noun ("Samvel Shahramanyan has issued a decree ... According to the
    decree, ..."; "The ministry released a statement on Monday. ... The statement said ..."); ``None`` for an
    indefinite one ("a statement posted online") or when none was issued before it."""
    if not any(child.lower_ in shared_words().definite_determiners for child in statement.children) and not counted_back(statement):
        return None  # "Both statements said" refers back as "the statements" does
    lemma, light = statement.lemma_.lower(), claim_lexicon().light_verbs
    for token in reversed(statement.doc[: statement.i]):
        if token.lemma_.lower() != lemma:
            continue
        if token.dep_ == "dobj" and token.head.lemma_.lower() in light:
            subject = next((child for child in token.head.children if child.dep_ == "nsubj"), None)
            return _authors(subject, discourse) if subject is not None else None
        author = statement_author(token, discourse)
        if author is not None:  # "X will make a statement. ... The ministry's statement said ... . The statement also ...": the ministry's
            return _authors(author, discourse)
        spoke = discourse.spoke_as(token) if token.dep_ in SUBJECT_DEPS else None
        if spoke is not None:  # "'...,' the report stated. ... The report also highlights ...": the same report
            return spoke, "statement", None
    return _announced_before(statement, discourse)


def _announced_before(statement: Token, discourse: Discourse) -> SpeakerPart | None:
    """Who issued a statement named with another statement noun in the sentence before ("The Kremlin's press service
    made this announcement. '...,' the report stated": the press service's)."""
    number = sentence_numbers(statement.doc)[statement.i]
    if number == 0:
        return None
    first, _ = sentences(statement.doc)[number - 1]
    lexicon = claim_lexicon()
    for token in reversed(statement.doc[first : statement.sent.start]):
        if token.dep_ == "dobj" and token.lemma_.lower() in lexicon.statement_nouns and token.head.lemma_.lower() in lexicon.light_verbs:
            subject = next((child for child in token.head.children if child.dep_ == "nsubj"), None)
            return _authors(subject, discourse) if subject is not None and subject.pos_ != "PRON" else None
    return None
