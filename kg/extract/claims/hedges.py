"""How a reported verb is hedged: negated, only possible or likely, or only envisaged.

Shared by the claim kinds (:mod:`~kg.extract.claims.kinds`) and the accusation reading
(:mod:`~kg.extract.claims.accusation`): a negated or only envisaged hostile act is laid at no one's door.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.syntax import children, is_future
from kg.words import shared_words


def possible(verb: Token) -> bool:
    """A verb with "could", "may", "might" and no negation ("could not be confirmed" foresees nothing)."""
    below = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in shared_words().possibility_auxiliaries for c in below) and not any(c.dep_ == "neg" for c in below)


def likely(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A copula with a likelihood adjective ("were likely", "is imminent") or a passive likelihood verb ("was
    expected", "are feared"), not negated."""
    if verb.lemma_ == "be":
        found = any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.likelihood_adjectives for c in verb.children)
    else:
        found = verb.lemma_.lower() in lexicon.likelihood_verbs and any(c.dep_ == "auxpass" for c in verb.children)
    return found and not negation(verb)


def no_subject(verb: Token) -> bool:
    """A subject "no" denies: "no shots were fired by our personnel", "no soldier was near the road"."""
    negative = shared_words().negative_determiners
    return any(d.dep_ == "det" and d.lower_ in negative for c in children(verb, "nsubjpass") + children(verb, "nsubj") for d in c.children)


def negated_act(token: Token) -> bool:
    """A verb negated ("Rwanda does not arm the rebels"): no act is laid at anyone's door."""
    return token.pos_ == "VERB" and (negation(token) or no_subject(token))


def negated_noun(token: Token) -> bool:
    """A noun with a negative determiner ("there had been no government bombing of the villages"): no act is laid at
    anyone's door."""
    return token.pos_ == "NOUN" and negative_determiner(token)


def negative_determiner(token: Token) -> bool:
    """A word with a negative determiner ("no group", "no confirmation"), whatever its part of speech."""
    return any(child.lower_ in shared_words().negative_determiners for child in children(token, "det"))


def negation(token: Token) -> bool:
    """A "not", "n't" or "never" under the token."""
    return any(child.dep_ == "neg" or child.lower_ == "never" for child in token.children)


def hypothetical(token: Token, lexicon: ClaimLexicon) -> bool:
    """A hostile act only envisaged: a noun with "any" ("respond to any provocation") or foreseen, a verb with a
    modal ("could strike", "will attack") or in a condition ("if Israel attacks")."""
    if token.pos_ != "VERB":  # also a foreseen one: "a new Russian offensive was imminent", "strikes could follow"
        foreseen = (token.dep_ == "nsubj" and possible(token.head)) or (token.dep_ in ("nsubj", "nsubjpass") and likely(token.head, lexicon))
        return foreseen or any(c.dep_ == "det" and c.lower_ in lexicon.hypothetical_determiners for c in token.children)
    marks = lexicon.hostile_condition_marks | lexicon.condition_words  # "if Israel attacks its sites"
    verbs = [token, token.head] if token.dep_ == "xcomp" else [token]  # "will continue to attack"
    return any(is_future(verb) for verb in verbs) or any(
        (c.dep_ == "aux" and c.lower_ in shared_words().modal_auxiliaries) or (c.dep_ == "mark" and c.lower_ in marks)
        for verb in verbs
        for c in verb.children
    )
