"""Casualty reports: a count of the killed or wounded is reported, not blamed, unless people did the killing.

:func:`casualty_report` tells a count of casualties ("8 were killed by X", "strikes killed two people and wounded
others", "the toll of the strikes rose to 50"), a strike or weapon bringing about deaths ("the airstrike resulted in
the deaths of ten civilians") and a strike whose subject is a weapon ("missiles hit three buildings") from a clause
that names people as the killers ("Russian troops killed ...", "the toll of those killed by Rwandan troops rose to
50"), which blames them. Which kind a claim then takes is :mod:`.kinds`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.accusation import passive_agents
from kg.extract.claims.lexicon import ClaimLexicon
from kg.words import shared_words


def casualty_report(verbs: list[Token], lexicon: ClaimLexicon) -> bool:
    """A count of casualties ("8 were killed by X", "strikes killed two people and wounded others", "the toll
    of the strikes rose to 50"):
    reported, not blamed. When people kill ("Russian troops killed six civilians") the clause blames them."""
    acts = [v for v in verbs if v.pos_ == "VERB"]
    casualties = [v for v in acts if v.lemma_.lower() in shared_words().casualty_verbs and not _killed_by_people(v, lexicon)]
    strikes = [v for v in acts if v not in casualties and v.lemma_.lower() in lexicon.hostile_verbs and _struck_by_a_thing(v, lexicon)]
    tolls = [v for v in acts if v not in casualties + strikes and (_casualties_rise(v, lexicon) or _strike_toll(v, lexicon))]
    return len(casualties) + len(strikes) + len(tolls) == len(acts) and (bool(tolls) or any(_counts(v) for v in casualties + strikes))


def _casualties_rise(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A rising or toll verb whose subject counts casualties ("the toll rose to 50", "the number of people killed
    in airstrikes has risen to 558", "the victims included 50 children"): a toll reported, not a doer blamed ("killed by Rwandan troops" blames them)."""
    if verb.lemma_.lower() not in lexicon.rising_verbs | lexicon.toll_verbs:
        return False
    counters = lexicon.toll_nouns | shared_words().casualty_verbs
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in counters for s in subjects for t in s.subtree) and not _deaths_blamed(verb, lexicon)


def _strike_toll(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A strike or weapon bringing about a count of the dead ("the airstrike resulted in the deaths of ten
    civilians", "shelling caused the deaths of 12"): a casualty report, as "the airstrike killed ten" is."""
    if verb.lemma_.lower() not in lexicon.toll_causing_verbs or not _struck_by_a_thing(verb, lexicon):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    tolls = [o for o in objects if o.lemma_.lower() in lexicon.toll_nouns]
    return any(t.pos_ == "NUM" for o in tolls for t in o.subtree) and not _deaths_blamed(verb, lexicon)


def _deaths_blamed(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a casualty verb under a toll verb names people as the killers ("the toll of those killed by Rwandan
    troops rose to 50"): then the clause blames them."""
    return any(_killed_by_people(t, lexicon) for t in verb.subtree if t.lemma_.lower() in shared_words().casualty_verbs)


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
    doer = subject or next(iter(passive_agents(verb)), None)
    return doer is not None and doer.lemma_.lower() not in lexicon.hostile_nouns | lexicon.weapon_nouns


def _counts(verb: Token) -> bool:
    """Whether a verb's subject or object is a number of people ("8", "two people", "at least 13 civilians")."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(a.pos_ == "NUM" or any(c.dep_ == "nummod" for c in a.children) for a in arguments)
