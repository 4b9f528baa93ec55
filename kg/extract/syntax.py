"""Dependency-tree helpers the extractors share: children by relation, prepositional objects,
clauses, conjuncts and lemmas (spaCy English dependency labels)."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from kg.nlp.doccache import children as cached_children
from kg.nlp.doccache import children_with
from kg.words import shared_words

#: Dependencies that open a new clause (its dates are not the governing clause's).
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
VERBAL = frozenset({"VERB", "AUX"})
#: Entity types of a name that can be an actor: a person, a body, a state or a people ("a U.S. call", "an appeal to ECOWAS").
ACTOR_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
NOMINAL = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Penn tags of a relative pronoun ("who", "which", "that" opening a relative clause).
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Dashes as punctuation: a hyphen-minus, an en dash and an em dash.
DASHES = frozenset({"-", "\u2013", "\u2014"})

#: The plural ending "es" after a sibilant ("clashes", "marches", "taxes").
_SIBILANT_PLURAL = re.compile(r"(?:[sxz]|[cs]h)es$")
_SQUASHED = re.compile(r"[\s\-\u2010-\u2015'\"\u2018\u2019\u201c\u201d]")


def word_in(token: Token, words: Collection[str]) -> bool:
    """Whether the token's lower-case lemma or its lower-case form is one of ``words`` ("wounded" as written, not "wound")."""
    return token.lemma_.lower() in words or token.lower_ in words


def has_indefinite_article(token: Token) -> bool:
    """Whether a noun has "a"/"an" ("a war in 2008", "a knife attack")."""
    return any(child.dep_ == "det" and child.lower_ in shared_words().indefinite_articles for child in token.children)


def lemma(token: Token) -> str:
    """The lower-case lemma; a plural proper noun loses its "s" ("Talks" -> "talk"), or its "es" after a
    sibilant ("Clashes" -> "clash": a capitalised noun the tagger took for a name, after a heading line)."""
    value = token.lemma_.lower()
    if token.pos_ == "PROPN" and token.tag_ == "NNPS":
        return proper_plural_singular(value)
    return value


def proper_plural_singular(word: str) -> str:
    """The singular of a lower-case plural the tagger left unlemmatised: "talks" -> "talk", "clashes" -> "clash",
    "gunmen" -> "gunman" (a capitalised "Gunmen" the tagger took for a name, after a headline line)."""
    if word.endswith("men"):  # a compound of "man" ("gunmen", "militiamen", "tribesmen")
        return word[:-3] + "man"
    if _SIBILANT_PLURAL.search(word):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def demonym_forms(noun: Token) -> tuple[str, ...]:
    """The lower-case forms a demonym used as a noun is looked up by: the word, and for a word ending in "s" the
    word without it ("Armenians": "armenians", "armenian"; the model tags a plural demonym NNP as often as NNPS)."""
    word = noun.lower_
    return (word, word[:-1]) if word.endswith("s") else (word,)


def hyphenated(token: Token) -> str:
    """The lower-case word a token ends when the tokenizer split a hyphenated word before it ("cease-fire",
    "sit-in": the text of the first part, a hyphen, the lemma of the last), else ""."""
    i, doc = token.i, token.doc
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{lemma(token)}"


def squash(text: str) -> str:
    """Lower-case text without hyphens, spaces and quotes ("Anti-Terrorist" -> "antiterrorist")."""
    return _SQUASHED.sub("", text.lower())


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children, those with one of ``deps`` when given."""
    return children_with(token, deps) if deps else list(cached_children(token))


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """The objects of the token's ``preposition`` phrases, with their conjuncts."""
    found = [obj for prep in children(token, "prep") if prep.lower_ == preposition for obj in children(prep, "pobj")]
    return found + [conjunct for obj in found for conjunct in obj.conjuncts]


def subtrees(tokens: list[Token]) -> list[Token]:
    """Every token of the subtrees of ``tokens``."""
    return [t for token in tokens for t in token.subtree]


def conjuncts(head: Token) -> list[Token]:
    """A phrase head and every conjunct coordinated under it, depth first."""
    found = [head]
    for child in children(head, "conj"):
        found.extend(conjuncts(child))
    return found


def conj_root(token: Token) -> Token:
    """The first conjunct of the coordination ``token`` belongs to."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def relative_antecedent(token: Token, climb: bool = False) -> Token:
    """The noun a relative pronoun subject stands for ("the group which trains and arms ...": "group"), also the
    focus of a cleft the parser takes for a complement clause ("it is the M23 that has massacred civilians": "M23"),
    else ``token``. With ``climb``, the pronoun's verb may be an infinitive or a conjunct inside the relative clause
    ("civilians who were forced to abandon their homes": the civilians, for "abandon")."""
    if token.tag_ not in RELATIVE_TAGS:
        return token
    clause = token.head
    while climb and clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "relcl":
        return clause.head
    copula = token.head.head
    if token.head.dep_ == "ccomp" and copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return next((c for c in copula.children if c.dep_ == "attr" and c.i < token.i), token)
    return token


def clause_head(token: Token) -> Token | None:
    """The verb whose clause ``token`` belongs to (``token`` itself for a verb)."""
    if token.pos_ in VERBAL:
        return token
    return next((ancestor for ancestor in token.ancestors if ancestor.pos_ in VERBAL), None)


def governing_verb(token: Token) -> Token:
    """``token`` when it is a verb, else its nearest verbal ancestor (the root when there is none)."""
    while token.pos_ not in VERBAL and token.head != token:
        token = token.head
    return token


def raised_infinitives(verb: Token) -> list[Token]:
    """The infinitives ``verb`` raises its subject to: its open complements with no subject of their own
    ("discussions are expected to take place", "the meeting is scheduled to open": the subject's is the
    infinitive's), also through an adjective complement ("talks are due to resume", "likely to resume")."""
    heads = [verb, *children(verb, "acomp")]
    return [complement for head in heads for complement in children(head, "xcomp") if not children(complement, "nsubj")]


def clause_tokens(head: Token) -> list[Token]:
    """The tokens of a clause, without its subordinate and coordinated clauses."""
    found: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in children(token):
            if child.dep_ in CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in VERBAL):
                continue
            stack.append(child)
    return found


def negated(token: Token) -> bool:
    """Whether the token has a negation child ("not", "never", "n't")."""
    return any(is_negation(child) for child in children(token))


def is_negation(token: Token) -> bool:
    """A negation: what the parser marks as one, or "n’t" with a curly apostrophe, which it often takes for
    punctuation or a noun ("Those who don’t surrender")."""
    return token.dep_ == "neg" or token.lower_ == "n\u2019t"


def is_future(verb: Token) -> bool:
    """Whether a verb has a future auxiliary ("will", "would", "'ll") or is the infinitive of "be going to"
    ("we are going to take drastic measures"), or "be" of an arrangement or its infinitive ("the troops are to withdraw")."""
    words = shared_words()
    if any(c.dep_ == "aux" and c.lower_ in words.future_auxiliaries for c in children(verb)):
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and _be_to(c) for c in children(verb)):
        return True  # "the troops are to withdraw": the clause's verb is "be"
    return _going_to(verb, words.future_periphrases) or (verb.dep_ == "xcomp" and (_going_to(verb.head, words.future_periphrases) or _be_to(verb)))


def _be_to(verb: Token) -> bool:
    """The "to" infinitive of an arrangement, "be" with a subject and nothing else predicated ("the troops are to
    withdraw on Friday", "military chiefs are to meet"); not "the aim is to end the war" (a purpose noun's
    predicate), "were to blame", "is likely to", "what is to be done" (words.yaml ``arrangement_exceptions``)."""
    head = verb.head
    if head.lemma_ != "be" or verb.i < head.i or not any(a.dep_ == "aux" and a.lower_ == "to" for a in children(verb)):
        return False
    subject = next((c for c in children(head) if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("acomp", "attr", "neg") for c in children(head)):
        return False
    words = shared_words()
    return verb.lemma_.lower() not in words.arrangement_exceptions and subject.lemma_.lower() not in words.arrangement_exceptions


def _going_to(verb: Token, periphrases: frozenset[str]) -> bool:
    """"going" with "be" and a "to" infinitive after it ("are going to rebuild"; not "are going to the border")."""
    return (
        verb.lower_ in periphrases
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children(verb))
        and any(c.dep_ == "xcomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(verb))
    )
