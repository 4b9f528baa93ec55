"""Whose side a speaker is on, and whether a reported act is the speaker's own.

A speaker's side is the speaker's keys with the states and bodies it acts for: the state a capital or
ministry stands for, the state or body a person's title names ("Armenian Prime Minister X", "UN chief X"),
the state of a nationality adjective. The claim kinds read it to tell an accusation (another party's act)
from a report of the speaker's own side, a commitment (the speaker's own future act) from a report.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.group_nouns import plainly_described
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.syntax import demonym_forms, prep_objects
from kg.nlp.coreference import fold
from kg.nlp.unknown_states import unknown_state_of_demonym
from kg.records import Entity
from kg.words import shared_words

#: ``doc.user_data`` keys of the states and bodies persons' titles name (see ``title_state``, ``title_body``), and of
#: the keys of states a nationality adjective names that no gazetteer knows.
_TITLE_STATES = "kg_title_states"
_TITLE_BODIES = "kg_title_bodies"
_UNKNOWN_STATES = "kg_unknown_state_keys"
#: ``doc.user_data`` key of the state a document names first (see ``_home_state``).
_HOME_STATE = "kg_home_state"
#: Entity kinds of a body no state acts for whose title a person holds ("UN chief X", "FSA spokesman X").
_BODY_KINDS = frozenset({"organization", "armed_group"})
#: Dependencies of a title before a person's name ("Armenian Prime Minister Pashinyan", "Turkey's President Erdogan").
TITLE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def speaker_acts(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
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
    if _unaffiliated_official(speaker, discourse, lexicon):  # "Liberia is willing to ..., the defence minister said"
        home = _home_state(discourse)
        keys = actor_keys(subject, discourse)
        return home is not None and bool(keys) and all(home in (key, discourse.acting_state(discourse.entity_of(key))) for key in keys)
    keys = actor_keys(subject, discourse) or {key for token in subject.subtree for key in actor_keys(token, discourse)}
    return bool(keys) and all_own(keys, own_side(speaker, discourse), discourse)


def _unaffiliated_official(speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A speaker described only by an office or an anonymous voice, no body or state named with it ("the defence
    minister", "a spokesman", "a government source"; not "a UN spokesman", "residents"): a state named as the subject
    of what it reports is the one it speaks for."""
    sources = [discourse.sources.get(key) for key in speaker.keys]
    if len(sources) != 1 or sources[0] is None or sources[0].affiliation or sources[0].kind != "person":
        return False
    head = sources[0].label.split()[-1].lower()
    return head in lexicon.office_titles or head in lexicon.anonymous_voice_nouns


def _home_state(discourse: Discourse) -> str | None:
    """The state the document names first, itself or by its capital or a body of it (the dateline's "MONROVIA —"):
    the state an official no text affiliates is taken to serve. Found once per document."""
    data = discourse.doc.user_data
    if _HOME_STATE not in data:
        keys = (discourse.entity_at[i].kb_id_ for i in sorted(discourse.entity_at))
        states = (key if discourse.is_state(key) else discourse.acting_state(discourse.entity_of(key)) for key in keys)
        data[_HOME_STATE] = next((state for state in states if state is not None), None)
    return data[_HOME_STATE]


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
        for t in list(span) + [w for phrase in title_phrases(span, heads_after=True) for w in title_words(phrase)]
    )


def all_own(keys: set[str], own: set[str], discourse: Discourse) -> bool:
    """Whether every actor is the speaker's side: one of ``own`` or acting for one ("Ukrainian units" for Kyiv)."""
    return all(key in own or _owner_state(discourse.entity_of(key), discourse) in own for key in keys)


def _owner_state(entity: Entity | None, discourse: Discourse) -> str | None:
    """The state an entity acts for: its gazetteer row's, else the linker's owner of a body of a state no
    reference list knows ("the Marvonian army": Marvonia)."""
    return discourse.acting_state(entity) or (entity.part_of if entity is not None else None)


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
            state = title_state(key, discourse)
            body = title_body(key, discourse)  # "FSA military council chief X": the FSA is his side
            if body:
                own.add(body)
        if state:
            own.add(state)
    return own


def title_state(key: str, discourse: Discourse) -> str | None:
    """The state a person's title or apposition names at one of its mentions ("Armenian Prime Minister Nikol
    Pashinyan", "Turkey's President Erdogan", "Ruto, the Kenyan president"); not words outside the name's
    phrase ("Speaking to Russian media, Erdogan said"). Found once per person and document."""
    found: dict[str, str | None] = discourse.doc.user_data.setdefault(_TITLE_STATES, {})
    if key not in found:
        found[key] = _first_title_state(key, discourse)
    return found[key]


def title_body(key: str, discourse: Discourse) -> str | None:
    """The organisation no state acts for that a person's office title names ("EU top diplomat Josep Borrell", "UN
    human rights chief X": the EU, the UN), whose performative the person's quotation voices ("“The EU condemns
    ...”"); not a state, a place, a private person's affiliation ("Oxfam analyst X")."""
    found: dict[str, str | None] = discourse.doc.user_data.setdefault(_TITLE_BODIES, {})
    if key not in found:
        found[key] = _first_title_state(key, discourse, bodies=True)
    return found[key]


def _first_title_state(key: str, discourse: Discourse, bodies: bool = False) -> str | None:
    """The state the first title of a person's mentions names (see ``title_state``); with ``bodies`` the
    organisation (see ``title_body``)."""
    for span in discourse.spans_of(key):
        phrases = title_phrases(span, heads_after=False)
        if any(c.i < span.start and c.dep_ in TITLE_DEPS for c in span.root.children):  # "President Jane Roe of Kenya"
            owners = claim_lexicon().title_owner_prepositions
            phrases.extend(c for c in span.root.children if c.dep_ == "prep" and c.i >= span.end and c.lower_ in owners)
        words = [t for phrase in phrases for t in title_words(phrase)]
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
                state = nationality(token.lower_, discourse) or (named.kb_id_ if named is not None and entity is not None else None)
            if state:
                return state
    return None


def title_phrases(span: Span, heads_after: bool) -> list[Token]:
    """The phrases that title a person's mention: its appositions, the titles before the name ("Kenyan President X"),
    and the noun the name is in apposition to ("the Foreign Minister of Kenya, Jane Roe, said"), with ``heads_after``
    also one after the name."""
    phrases = [c for c in span.root.children if c.dep_ == "appos"]
    phrases += [c for t in span for c in t.children if c.i < span.start and c.dep_ in TITLE_DEPS]  # also on a first name: "Minister Chaudhry X Y"
    if span.root.dep_ == "appos" and (heads_after or span.root.head.i < span.start):
        phrases.append(span.root.head)
    return phrases


def title_words(phrase: Token) -> list[Token]:
    """A title phrase's words without its postings ("the UN envoy [for Sudan]", "the US ambassador [to Ukraine]");
    an "of" phrase names whom the holder serves ("the president of Kenya") and stays."""
    owners = claim_lexicon().title_owner_prepositions
    words = [phrase]
    for child in phrase.children:
        if child.dep_ != "prep" or child.lower_ in owners:
            words.extend(title_words(child))
    return sorted(words, key=lambda t: t.i)


def nationality(word: str, discourse: Discourse) -> str | None:
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


def actor_keys(token: Token, discourse: Discourse) -> set[str]:
    """Actor keys a token names: a linked actor, a nationality adjective, or an institution the text
    described before ("the army" after "the Tarvian army said")."""
    span = discourse.entity_at.get(token.i)
    if span is not None and discourse.is_actor(span):
        return {span.kb_id_}
    # (a plural demonym names the state's side: "the Pakistanis")
    key = next((state for form in demonym_forms(token) if (state := nationality(form, discourse)) is not None), None)
    lexicon = claim_lexicon()
    lemma, roles = token.lemma_.lower(), lexicon.collective_roles
    if key is None and token.pos_ == "NOUN" and (lemma in roles or token.lower_ in roles):
        owners = [c for c in token.children if c.dep_ == "poss"] + [
            obj for preposition in lexicon.title_owner_prepositions for obj in prep_objects(token, preposition)
        ]
        owned = {owned_key for owner in owners for owned_key in actor_keys(owner, discourse)}
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
