"""Whom an unnamed voice of a body speaks for: the body, or the person named before as its voice.

An official voice of a named organisation, armed group or state speaks for it (:func:`voiced_body`: "a
representative of the Karen National Union", "the minister of health of Kenya", "a KDF spokesman", "officials at
the Ministry of Interior of Mali"; not a demonym, "a Moroccan official", nor a person's spokesman); a definite one
is the person the text named before as that body's voice (:func:`voice_named_before`); a press office speaks for
the body it serves (:func:`served_body`), an outlet's staff for the outlet (:func:`outlet_of_staff`), a role of an
unnamed institution for the body it refers back to (:func:`institution_referent`), an office holder "of" states
or bodies for each of them (:func:`office_owners`). The order in which these are tried is :mod:`.speakers`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.described import left_modifiers, of_chain
from kg.extract.claims.discourse import MAX_DISTANCE, Discourse
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.named_actors import GROUP_KINDS
from kg.extract.claims.speaker_phrases import coordinated_speaker
from kg.extract.syntax import PLURAL_TAGS, children, conjuncts, prep_objects
from kg.words import shared_words

#: The kinds of entity an office holder can serve ("the president of Kenya"; not "the mayor of Kyiv").
_OWNER_KINDS = frozenset({"organization", "state", "armed_group"})
#: The kind of entity many unnamed officials named after it speak for ("Health Ministry officials"; not "Hamas officials").
_ORGANIZATION = frozenset({"organization"})


def voiced_body(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The body an unnamed official voice speaks for: the organisation, armed group or state its "of/for/from"
    phrase names, also through nested "of" phrases ("a representative of the Karen National Union", "the minister
    of health of Kenya"), or the organisation or armed group an "at/in" phrase names ("officials at the Ministry of
    Interior of Mali"; not "an official in Burundi"), or a name before one person's role ("a KDF spokesman"), or an
    organisation's before many ("Health Ministry officials"; not "Hamas officials"); not a
    demonym ("a Moroccan official"), a person ("a spokesman for President X") or a role held no more ("a former
    official of X")."""
    lexicon = claim_lexicon()
    if head.lemma_.lower() not in lexicon.institution_voice_roles and head.lower_ not in lexicon.institution_voice_roles:
        return None
    if any(child.lower_ in lexicon.past_role_modifiers for child in head.lefts):
        return None  # "a former official of the African Union" speaks for no one but himself
    for child in head.children:  # an armed group or state named so stays described, as GUIDELINES names it: "Hamas officials"
        named = child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < head.i
        if named and not _demonym(child, discourse):  # many officials of an organisation speak for it: "Health Ministry officials"
            body = _body_named(child, discourse, _OWNER_KINDS if head.tag_ not in PLURAL_TAGS else _ORGANIZATION)
            if body is not None:
                return body
    prepositions = lexicon.voice_prepositions | lexicon.voice_place_prepositions
    phrase = next((c for c in children(head, "prep") if c.i > head.i and c.lower_ in prepositions), None)
    first = next(iter(children(phrase, "pobj")), None) if phrase is not None else None
    inside = phrase is not None and phrase.lower_ in lexicon.voice_place_prepositions
    kinds = GROUP_KINDS if inside else _OWNER_KINDS  # "at/in" a body, not a state: "an official in Burundi"
    # "the head of the press service of the Ministry of Defence": the ministry
    for obj in of_chain(first) if first is not None else []:
        body = _body_named(obj, discourse, kinds) or _body_named_elsewhere(obj, discourse, kinds)
        if body is not None or obj.i in discourse.entity_at:
            return body  # a person or place named there is whose or where the role is, not a body
    return None


def voice_method(head: Token) -> str:
    """How an official voice was resolved: ``voice`` for one person, whom a later "he"/"she" refers to though the body
    speaks ("a representative of X said ... “...,” he told reporters"); ``description`` for a group ("officials of X")."""
    return "description" if head.tag_ in PLURAL_TAGS else "voice"


def _body_named(token: Token, discourse: Discourse, kinds: frozenset[str]) -> tuple[str, ...] | None:
    """The organisation, armed group or state (of ``kinds``) a token's entity mention names."""
    span = discourse.entity_at.get(token.i)
    return _body_of_kind(span.kb_id_ if span is not None else None, discourse, kinds)


def _body_named_elsewhere(token: Token, discourse: Discourse, kinds: frozenset[str]) -> tuple[str, ...] | None:
    """A state or body (of ``kinds``) the recogniser missed inside a capitalised title ("the Minister of Health of
    Sudan" read as one name) that the document names elsewhere."""
    if token.pos_ != "PROPN" or token.i in discourse.entity_at or any(child.dep_ == "compound" for child in token.children):
        return None
    return _body_of_kind(discourse.named_elsewhere(token.text), discourse, kinds)


def _body_of_kind(key: str | None, discourse: Discourse, kinds: frozenset[str]) -> tuple[str, ...] | None:
    """The entity of ``key`` as a speaker's keys when it is of ``kinds``."""
    entity = discourse.entity_of(key) if key is not None else None
    return (entity.key,) if entity is not None and entity.kind in kinds else None


def _demonym(token: Token, discourse: Discourse) -> bool:
    """Whether a modifier names a nationality ("a Colombian government representative"), not a body."""
    return token.ent_type_ == "NORP" or discourse.nationality(token.lower_) is not None


def voice_named_before(head: Token, body: tuple[str, ...], discourse: Discourse) -> tuple[str, ...] | None:
    """The person a definite voice of a body refers back to: the last person speaker whose source phrase or
    mention named that body ("the State Department representative added" after "State Department spokesman
    Matthew Miller said": Miller); not an indefinite voice ("a representative of X": someone new), nor a group."""
    lexicon = claim_lexicon()
    if len(body) != 1 or head.tag_ in PLURAL_TAGS or not any(child.dep_ == "det" and child.lower_ in lexicon.definite_articles for child in head.children):
        return None
    names = {f" {_strip_article(span.text.lower(), lexicon)} " for span in discourse.spans_of(body[0])}
    for item in reversed(discourse.observations_before(head.idx)):
        if head.idx - item.position > MAX_DISTANCE:
            break
        if item.person and item.salient and len(item.keys) == 1 and item.keys[0] not in discourse.sources:
            texts = [f" {' '.join(text.replace(',', ' ').split())} " for text in discourse.described_as(item.keys[0]) + discourse.mention_contexts(item.keys[0])]
            if any(name in text for name in names for text in texts):
                return item.keys
    return None


def _strip_article(text: str, lexicon: ClaimLexicon) -> str:
    """A phrase without its leading definite article ("the us state department": "us state department")."""
    first, _, rest = text.partition(" ")
    return rest if first in lexicon.definite_articles and rest else text


def served_body(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The actor a press office serves, named by its possessor or "of" phrase ("the press service of the
    Ministry of Foreign Affairs of Armenia", "the Kremlin's press office")."""
    for owner in press_office_owners(head):
        span = discourse.entity_at.get(owner.i)
        if span is not None and discourse.is_actor(span):
            return (span.kb_id_,)
    return None


def press_office_owners(head: Token) -> list[Token]:
    """The possessor or "of" object of a press office noun ("the Kremlin's press office", "the press service of the
    ministry"), else none."""
    lexicon = claim_lexicon()
    if head.lemma_.lower() not in lexicon.press_office_nouns or not any(
        child.dep_ in ("compound", "amod") and child.lower_ in lexicon.press_modifiers for child in head.children
    ):
        return []
    return [child for child in head.children if child.dep_ == "poss"] + prep_objects(head, "of")[:1]


def outlet_of_staff(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The organisation named before its reporters ("AFP digital verification reporters", "a Reuters correspondent")."""
    if head.lemma_.lower() not in claim_lexicon().outlet_staff_nouns:
        return None
    for modifier in (token for child in head.lefts if child.dep_ in ("compound", "amod") for token in child.subtree):
        span = discourse.entity_at.get(modifier.i)
        entity = discourse.entity_of(span.kb_id_) if span is not None else None
        if entity is not None and entity.kind == "organization":
            return (entity.key,)
    first = left_modifiers(head)[-1] if left_modifiers(head) else head
    before = head.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.head != head and before.dep_ not in _ARGUMENT_DEPS and before.head.i > head.i:
        span = discourse.entity_at.get(before.i)  # the outlet's name hung elsewhere by the parser ("AFP" read as a verb)
        entity = discourse.entity_of(span.kb_id_) if span is not None else None
        if entity is not None and entity.kind == "organization" and span is not None and span.end == first.i:
            return (entity.key,)
    return None


#: Dependencies of a word that is an argument of its own, not a misplaced modifier of the next noun.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss", "appos", "conj", "attr"})


def institution_referent(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The actor an unnamed institution before a singular role noun refers back to: "the ministry's
    spokesperson" or "the army spokesman" after "Kenya's interior ministry" or "the Sudanese army"
    (not "a ministry spokesman": an indefinite one is a described source before this is asked)."""
    lexicon = claim_lexicon()
    if head.tag_ in PLURAL_TAGS:  # "the army's soldiers" do not speak for the army
        return None
    for child in left_modifiers(head):
        if child.head == head and child.dep_ in ("poss", "compound") and child.pos_ == "NOUN" and child.i not in discourse.entity_at:
            lemma = child.lemma_.lower()
            return discourse.described(child.idx, lemma, people=False) if lemma in lexicon.collective_roles else None
    return None


def office_owners(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The states or bodies an office holder serves by an "of" phrase ("the foreign ministers of Russia and
    Turkey": both states); not people who only live or work there ("residents of Kyiv", "officials of ...")."""
    lemma = head.lemma_.lower()
    if lemma not in shared_words().person_roles or lemma in claim_lexicon().source_nouns:
        return None
    keys = []
    for obj in prep_objects(head, "of")[:1]:
        for conjunct in (c for c in conjuncts(obj) if c == obj or not coordinated_speaker(obj, c, discourse)):
            span = discourse.entity_at.get(conjunct.i)
            entity = discourse.entity_of(span.kb_id_) if span is not None else None
            if entity is not None and entity.kind in _OWNER_KINDS:
                keys.append(entity.key)
    return tuple(dict.fromkeys(keys)) or None
