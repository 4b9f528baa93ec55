"""Which named actors a source phrase names.

A source phrase's head and its conjuncts become entity keys here: a linked entity (also when a
name-completing noun follows it: "the Xinhua news agency"), a person named with an apposition
or after a title's portfolio ("Jane Doe, director of X", "Hamas's spokesman Hazem Qassem"), an
institution owned through an "of" phrase ("the government of Sudan"), and the actor a role's
possessor, compound or nationality adjective names ("Russia's", "Armenian"). Shared by
:class:`~kg.extract.claims.discourse.Discourse`, which records the actors a document names, and
by :mod:`~kg.extract.claims.speakers`, which decides a claim's speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.claims.described import left_modifiers
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.syntax import PLURAL_TAGS, children, conjuncts, prep_objects, word_in
from kg.nlp.names import linking_lexicon
from kg.words import shared_words

if TYPE_CHECKING:
    from kg.extract.claims.discourse import Discourse

#: The kinds of entity "the group" can refer back to.
GROUP_KINDS = frozenset({"organization", "armed_group"})


def conjunct_keys(head: Token, discourse: Discourse) -> list[tuple[str, str | None]]:
    """(key, literal or method) of each coordinated conjunct of a phrase that names an actor."""
    keys: list[tuple[str, str | None]] = []
    for conjunct in conjuncts(head):
        resolved = named_actor(conjunct, discourse)
        if resolved is not None:
            keys.append(resolved)
    return keys


def named_actor(token: Token, discourse: Discourse) -> tuple[str, str | None] | None:
    """The actor a noun phrase names: (key, literal key when it acts for a state, or "nationality")."""
    lexicon = claim_lexicon()
    span = discourse.entity_at.get(token.i) or _completed_name(token, discourse)
    if span is None or not discourse.is_person(span):  # "Guyana's army chief, Omar Khan, said": the person speaks
        span = appositive_person(token, discourse) or span
    if span is None:
        span = _named_apposition(token, discourse)  # "the rebel group M23", "the UN peacekeeping force UNIFIL"
    if span is not None and _state_role(token, span, discourse):
        return None  # "Kenya's president", "the Rwandan president" read as the state's name: a person described
    if span is not None:
        if not discourse.is_actor(span):
            return None
        entity = discourse.entity_of(span.kb_id_)
        government = discourse.stands_for.get((span.start_char, span.end_char)) or discourse.related_state(entity, "stands_for")
        if government is not None and entity is not None and entity.kind == "place":
            return government, span.kb_id_  # "Baku asserted": the state speaks; the capital is kept as literal
        literal = span.kb_id_ if discourse.related_state(entity, "part_of") else None
        return span.kb_id_, literal
    if word_in(token, lexicon.collective_roles):
        key = modifier_actor(token, discourse) or _owner(token, discourse)
        if key is not None:
            return key, None if key in discourse.entity_keys() else "nationality"
    return None


def _state_role(token: Token, span: Span, discourse: Discourse) -> bool:
    """Whether a state's mention ends with a person role the recogniser took into it ("Kenya's president", "the Rwandan
    president"): the role's holder is described, not the state named."""
    return (discourse.is_state(span.kb_id_) and token.i == span.end - 1 and token.i > span.start
            and token.lemma_.lower() in shared_words().person_roles)


def appositive_person(token: Token, discourse: Discourse) -> Span | None:
    """A named person in apposition to a role or description ("the army chief, Omar Khan"), or named
    at the end of a capitalised title's chain of names ("Under-Secretary-General for Humanitarian Affairs
    Martin Griffiths", "Head of the Press Service of the Ministry of Defense Anar Eyvazov"; not "a
    spokesman for President Ruto")."""
    for child in children(token, "appos"):
        if child.i in discourse.entity_at:
            appos = discourse.entity_at[child.i]
            if discourse.is_person(appos) or _name_of_role_holder(token, appos, discourse):
                return appos
    held = _role_holder_after_owner(token, discourse) or _role_holder_set_off(token, discourse)
    if held is not None:
        return held
    if not token.n_rights or token.i in discourse.entity_at or not token.text[:1].isupper():
        return None
    if not any(child.i > token.i for child in children(token, "prep")):
        return None
    last = token.doc[token.right_edge.i]
    span = discourse.entity_at.get(last.i)
    if span is None or not discourse.is_person(span) or span.end != last.i + 1:
        return None
    chain = token.doc[token.i + 1 : span.start]  # "of the Press Service of the Ministry of Defense": capitals, "of", "the"
    titles = linking_lexicon().title_words
    named = any(t.i in discourse.entity_at or t.text[:1].isupper() and t.lower_.rstrip(".") not in titles for t in chain)
    if not named:  # not "The Lawyer for [President] X"
        return None
    return span if all(t.text[:1].isupper() or t.i in discourse.entity_at or t.pos_ in ("ADP", "DET", "CCONJ") or t.is_punct for t in chain) else None


def _role_holder_after_owner(token: Token, discourse: Discourse) -> Span | None:
    """A person named in apposition at the end of a person's role and the prepositional phrases that
    say whose role it is, which the parser hangs on the role's last noun ("the president of Chad,
    Idriss Mahamat, said", "the director of the Health Directorate in Gao, Ibrahim Maiga, explained"; also
    where the parser made the name the object of the role's preposition: "the spokesperson for the Houthis,
    Yahya Saree, stated"):
    the role's holder, not its owner."""
    if token.lemma_.lower() not in shared_words().person_roles:
        return None
    last = token.right_edge
    while last.is_punct and last.i > token.i:  # the comma that closes the apposition
        last = token.doc[last.i - 1]
    for child in token.subtree:
        if child.dep_ not in ("appos", "pobj") or child.i <= token.i or child.i not in discourse.entity_at:
            continue
        span = discourse.entity_at[child.i]
        if not discourse.is_person(span) or span.end != last.i + 1:
            continue
        if child.dep_ == "pobj" and not _set_off(span, child.head):
            continue  # "a spokesman for President Ruto": whose spokesman, not its holder
        step = child.head
        while step.i != token.i and step.dep_ in ("pobj", "prep") and step.i > token.i:
            step = step.head
        if step.i == token.i:
            return span
    return None


def _role_holder_set_off(token: Token, discourse: Discourse) -> Span | None:
    """A person named between commas right after a person's role and its phrases, which the parser hung outside
    the role's phrase ("According to the Commissioner for Human Rights in the unrecognized NKR, Gegham Stepanyan,
    27 residents became victims"): the role's holder. Not a name that goes on into a list ("X, Y and Z")."""
    if token.lemma_.lower() not in shared_words().person_roles:
        return None
    doc, comma = token.doc, token.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    span = discourse.entity_at.get(comma + 1)
    if span is None or span.start != comma + 1 or not discourse.is_person(span) or span.end + 1 >= len(doc):
        return None
    closing, following = doc[span.end], doc[span.end + 1]
    if closing.text != "," or following.pos_ == "CCONJ" or following.i in discourse.entity_at:
        return None
    return span


def _set_off(span: Span, preposition: Token) -> bool:
    """A name the parser made a preposition's object that a comma sets off from the words before it in
    that phrase ("the spokesperson for the Houthis, Yahya Saree,"): an apposition to the role, misparsed."""
    before = span.start - 1
    return before > preposition.i + 1 and span.doc[before].text == "," and span.end < len(span.doc) and span.doc[span.end].text == ","


def _named_apposition(token: Token, discourse: Discourse) -> Span | None:
    """A named actor (not a person) in apposition to a common noun that describes it ("the rebel group M23",
    "the UN peacekeeping force UNIFIL", "the Palestinian group Hamas"): the actor speaks, not a described group."""
    if token.pos_ != "NOUN" or token.i in discourse.entity_at or token.lemma_.lower() in shared_words().person_roles:
        return None  # not "The spokesman, Sahel Relief Network, said": a person's role
    for child in children(token, "appos"):
        span = discourse.entity_at.get(child.i)
        if span is not None and discourse.is_actor(span) and not discourse.is_person(span):
            return span
    return None


def _name_of_role_holder(role: Token, appos: Span, discourse: Discourse) -> bool:
    """A name in apposition to one person's role that the recogniser took for an organisation ("The Ombudsman,
    Eliana Revollar, told ..."): two or three proper nouns the gazetteer does not know, with no organisation word."""
    if role.lemma_.lower() not in shared_words().person_roles or role.tag_ in PLURAL_TAGS or appos.kb_id_.startswith("Q"):
        return False
    entity = discourse.entity_of(appos.kb_id_)
    if entity is None or entity.kind != "organization" or not 2 <= len(appos) <= 3:
        return False
    lexicon = claim_lexicon()
    heads = lexicon.name_heads | lexicon.group_nouns | lexicon.collective_roles
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in heads for t in appos)


def _completed_name(token: Token, discourse: Discourse) -> Span | None:
    """The actor a name-completing noun belongs to when the entity stops before it ("the Sahel Voice
    news agency", "the Houthi group", "the Kremlin press service")."""
    if token.lemma_.lower() not in claim_lexicon().name_heads:
        return None
    for child in left_modifiers(token):
        span = discourse.entity_at.get(child.i)
        entity = discourse.entity_of(span.kb_id_) if span is not None else None
        if entity is not None and child.dep_ == "compound" and entity.kind in GROUP_KINDS:  # not "the Sudan Doctors Network"
            return span
    return None


def _owner(token: Token, discourse: Discourse) -> str | None:
    """The actor an institution belongs to by an "of" phrase: "the government of Sudan"."""
    for obj in prep_objects(token, "of")[:1]:
        span = discourse.entity_at.get(obj.i)
        if span is not None and discourse.is_actor(span):
            return span.kb_id_
    return None


def split_subjects(head: Token) -> list[Token]:
    """The conjuncts of a coordinated subject the parser split into two subjects of one verb, the nearer one ``head``:
    the name after a role that ends the first ("X and his South Sudanese counterpart Y called for ...": X speaks too,
    and the counterpart is Y), or the second subject after an "and" left without its conjunct ("Foreign Minister X and
    US Secretary of State Y discussed ...")."""
    if head.dep_ != "nsubj":
        return []
    for other in head.head.children:
        if other.dep_ != "nsubj" or other.i >= head.i:
            continue
        rest = conjuncts(other)
        if len(rest) > 1 and rest[-1].pos_ == "NOUN" and rest[-1].right_edge.i + 1 == head.left_edge.i:
            return rest[:-1]
        dangling = len(rest) == 1 and any(c.dep_ == "cc" and c.lower_ == "and" and c.i + 1 == head.left_edge.i for c in other.children)
        if dangling and other.right_edge.i < head.left_edge.i:
            return rest
    return []


def modifier_actor(token: Token, discourse: Discourse) -> str | None:
    """The actor a role noun's possessor, compound or nationality adjective names ("Russia's", "Armenian"),
    the nearest first; a modifier cut off by a comma or dash is another phrase's ("..., Niger, Mali's army")."""
    for child in left_modifiers(token):
        if child.head == token and child.dep_ in ("poss", "compound", "amod", "nmod"):
            if child.i in discourse.entity_at and discourse.is_actor(discourse.entity_at[child.i]):
                return discourse.entity_at[child.i].kb_id_
            key = discourse.nationality(child.lower_)
            if key is not None:
                return key
    return None
