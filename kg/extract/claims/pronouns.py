"""Lookups for a pronoun speaker that only read the sentence and the discourse, never resolve a phrase.

The pronoun's own sentence and the one before: a "he"/"she" whose previous sentence has the same pronoun as subject
(:func:`chained_pronoun`); a "he"/"she" for a person the text so far only called by the other (:func:`other_sex`);
an "it" that relays others' words (:func:`relaying_subject`); the subject of the clause a pronoun's clause is
coordinated with (:func:`parallel_subject`); the noun of its number before a subordinate clause's pronoun whose number
the main subject lacks (:func:`disagreeing_antecedent`). The order of the tries is :mod:`.speakers`' ``_pronoun``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.content import relayed_clause
from kg.extract.claims.discourse import SUBJECT_DEPS, Discourse, reported_before
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.syntax import PLURAL_TAGS, children, prep_objects
from kg.nlp.doccache import tokens_before


def chained_pronoun(pronoun: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """Whom the same person pronoun subject of the sentence before refers to (before the quotation the pronoun closes):
    "He referred to the prime minister's statement that ... . “We disagree ...,” he said": the first "he"'s person, not
    the prime minister whose statement the sentence reports."""
    doc, start = pronoun.doc, pronoun.sent.start_char
    quote = discourse.quoted.last_before(pronoun.idx)
    if quote is not None and quote[1] <= pronoun.idx and quote[1] > start:
        start = min(start, quote[0])
    if any(item.person and item.position >= start for item in discourse.observations_before(pronoun.idx)):
        return None  # a person named before it in its own sentence: "Minister X said that he rules out a truce"
    before = tokens_before(doc, start) - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0:
        return None
    subject = next((c for c in doc[before].sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ != pronoun.lower_:
        return None
    return discourse.last_person(subject.idx, skip=reported_before(subject))


def other_sex(pronoun: str, keys: tuple[str, ...], discourse: Discourse) -> bool:
    """Whether the one person a "he" or "she" would refer to spoke before only as the other ("“...,” she said. ...
    “...” he said" is not her, whom the text has not named: a boy the tagger did not take for a name)."""
    lexicon = claim_lexicon()
    sexes = (lexicon.female_pronouns, lexicon.male_pronouns)
    own = next((sex for sex in sexes if pronoun in sex), None)
    if own is None or len(keys) != 1:
        return False
    other = sexes[1] if own is sexes[0] else sexes[0]
    phrases = set(discourse.described_as(keys[0]))
    return bool(phrases & other) and not phrases & own


def relaying_subject(pronoun: Token) -> bool:
    """Whether a pronoun is the subject of a verb that relays another source's words ("It quoted security
    sources as saying ...", "it cited officials as saying ...")."""
    return pronoun.dep_ == "nsubj" and relayed_clause(pronoun.head, claim_lexicon()) is not None


def parallel_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun's clause is coordinated with, when it is no pronoun."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i < pronoun.i), None)


def disagreeing_antecedent(pronoun: Token, group: bool) -> Token | None:
    """The noun a pronoun subject of a subordinate clause refers to when the main clause's subject cannot be it, its
    number differing ("Eritrea and Amhara sent troops to support Abiy's government after it accused the TPLF ...":
    the government; "Azerbaijan held talks with the rebels after they agreed to disarm": the rebels): the last noun
    the main verb acts on or with (:func:`_counterparts`) before the pronoun that has the pronoun's number."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return None
    main = verb.head
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    governor = main
    while not subjects and governor.dep_ in ("xcomp", "advcl", "conj"):
        governor = governor.head  # "... sent troops to support X after it ...": the subject of "sent"
        subjects = [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
    pair = claim_lexicon().pair_determiners
    if not subjects or any(s.pos_ == "PRON" and s.lower_ not in pair for s in subjects):
        return None
    if any(_plural(s) for s in subjects) == group or (group and any(s.ent_type_ == "ORG" for s in subjects)):
        return None  # the subject may be what the pronoun refers to ("X ... and Y ... both sent"; "Hamas ... they")
    candidates = [t for t in _counterparts(main) if t.i < pronoun.i and _plural(t) == group]
    return candidates[-1] if candidates else None


def _counterparts(verb: Token) -> list[Token]:
    """The nouns a verb acts on or with: its direct objects and the objects of its counterpart prepositions, on it or
    on its object ("support the government", "held talks with the rebels"); no place or time ("in Havana")."""
    objects = children(verb, "dobj")
    found = objects + [o for head in (verb, *objects) for p in claim_lexicon().counterpart_prepositions for o in prep_objects(head, p)]
    return sorted((t for t in found if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _PLACE_OR_TIME), key=lambda t: t.i)


_PLACE_OR_TIME = frozenset({"LOC", "FAC", "DATE", "TIME"})  # a state may be one: "held talks with Russia"


def _plural(token: Token) -> bool:
    """Whether a noun phrase is plural: a plural noun, nouns coordinated with "and", or "both" standing alone."""
    return token.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in token.children) or token.lower_ in claim_lexicon().pair_determiners
