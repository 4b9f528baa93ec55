"""Harm and hostilities foreseen, and the conditions put on an announced act: what makes a claim a warning.

A possible turn for the worse or a toll foreseen to rise (:func:`foreseen_harm`: "the situation could deteriorate",
"the toll could still rise"), hostilities foreseen or brought about ("the fighting could spill over", "any action
can lead to war", :func:`leads_to_hostilities`; feared in a noun's clause: :func:`fears_hostilities`), a word of
harm to come ("will pay a heavy price", "would become legitimate targets", :func:`adverse`), risking a turn
(:func:`risks`), a future of a people leaving or suffering (:func:`exodus_foreseen`), and a condition on an
announced act ("will withdraw unless ...", "would respond if Israel attacked", :func:`conditional`). Which kind a
claim then takes is :mod:`.kinds`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.discourse import Discourse
from kg.extract.claims.hedges import hypothetical, likely, negation, possible
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.claims.sides import nationality
from kg.extract.syntax import VERBAL, children, demonym_forms, is_future, prep_objects, word_in
from kg.words import shared_words

#: Penn tags of a preposition or subordinator ("if", "with", "after") and of "when".
_CONDITION_TAGS = frozenset({"IN", "WRB"})


def foreseen_harm(verbs: list[Token], content: list[Token], lexicon: ClaimLexicon) -> bool:
    """A possible turn for the worse ("the situation could deteriorate", "could undermine stability"), or a toll
    foreseen to rise ("the toll could still rise", "the death toll was expected to rise")."""
    for verb in verbs:
        if risks(verb, lexicon):
            return True
        rising = [c for c in verb.children if c.dep_ == "xcomp"] if verb.lemma_.lower() in lexicon.likelihood_verbs else []
        if possible(verb) and (adverse(content, lexicon) or _toll_rises(verb, verb, lexicon) or verb.lemma_.lower() in shared_words().casualty_verbs):
            return True  # also "a cholera outbreak could kill thousands"
        if _hostilities_foreseen(verb, lexicon) or leads_to_hostilities(verb, lexicon):
            return True
        if any(_toll_rises(verb, target, lexicon) for target in rising):
            return True
    return False


def adverse(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """A word of harm to come, not denied ("will face no charges"), paying dearly ("will pay a heavy price"), or
    being made a target ("would become legitimate targets"; "will meet its target" is none)."""
    return any(
        (token.lemma_.lower() in lexicon.adverse_outcome_words or _pays(token, lexicon) or _targeted(token, lexicon)) and not _denied(token)
        for token in tokens
    )


def outside_relative_clauses(tokens: list[Token]) -> list[Token]:
    """The tokens outside the relative clauses among them ("towns that suffered attacks": "towns")."""
    relative = {t.i for token in tokens if token.dep_ == "relcl" for t in token.subtree}
    return [token for token in tokens if token.i not in relative]


def _targeted(token: Token, lexicon: ClaimLexicon) -> bool:
    """A target noun as a copula's predicate: "would become legitimate targets", "will be a target"."""
    return token.dep_ == "attr" and token.lemma_.lower() in lexicon.target_nouns


def _pays(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A paying verb with a cost ("pay a heavy price", "pay dearly") or a hostile act ("pay for this aggression");
    "pay the salaries" costs nothing."""
    if verb.lemma_.lower() not in lexicon.paying_verbs:
        return False
    words = [c for c in verb.children if c.dep_ in ("dobj", "advmod")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in lexicon.cost_words | lexicon.hostile_nouns or w.lower_ in lexicon.cost_words for w in words)


def _denied(token: Token) -> bool:
    """A word negated, or a verb whose object has "no"."""
    return any(c.dep_ == "neg" or (c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)) for c in token.children)


def risks(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A verb of risking a turn with its infinitive or gerund, said of a thing: "the famine risked spreading", "the
    fighting threatens to engulf the region" ("soldiers risked their lives" has an object, no turn; "he threatened
    to wipe them out" is a threat of his, a claim of its own)."""
    if verb.lemma_.lower() not in lexicon.risk_verbs or negation(verb) or not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _hostilities_foreseen(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Hostilities foreseen: a possible or likely verb whose subject is a hostile or conflict noun, not about the
    past: "the fighting could spill over", "attacks may resume", "more attacks were likely", "clashes are likely
    to intensify", "renewed fighting was expected" ("the attack could have been prevented" looks back; "shelling
    could be heard" is a past ability: a possible verb needs an active subject)."""
    conflict = lexicon.conflict_nouns
    subjects = [
        c for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and any(w in lexicon.hostile_nouns or w in conflict for w in (c.lemma_.lower(), c.lower_))
    ]
    if not subjects or perfect(verb):  # the cheap test first: most verbs have no hostile subject
        return False
    if likely(verb, lexicon):
        return True
    return any(s.dep_ == "nsubj" for s in subjects) and possible(verb)


def leads_to_hostilities(verb: Token, lexicon: ClaimLexicon) -> bool:
    """A possible or future verb of bringing about with hostilities as its object or in its phrases: "any action can
    lead to ... war in the region", "such measures may include the use of force" ("the talks could lead to an end of
    the war" ends them; "could have led to war" looks back)."""
    if verb.lemma_.lower() not in lexicon.causing_verbs or negation(verb) or perfect(verb):
        return False
    modals = shared_words().possibility_auxiliaries | lexicon.causal_auxiliaries
    if not (is_future(verb) or any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)):
        return False
    hostile = lexicon.conflict_nouns | lexicon.hostile_nouns
    for token in (t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree):
        if token.pos_ == "NOUN" and token.lemma_.lower() in hostile and not _ended(token, verb, lexicon):
            return True
        if token.lemma_.lower() in lexicon.force_nouns and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.force_use_nouns:
            return True  # "the use of force"
    return False


def _ended(token: Token, verb: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a noun is under an ending noun below ``verb`` ("an end of the war")."""
    while token != verb and token.head != token:
        token = token.head
        if token.lemma_.lower() in lexicon.ending_nouns:
            return True
    return False


def _toll_rises(holder: Token, verb: Token, lexicon: ClaimLexicon) -> bool:
    """A rising verb whose subject (``holder``'s) counts casualties: "the toll could rise", "the number of dead"."""
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    counted = any(word_in(t, lexicon.toll_nouns) for s in subjects for t in s.subtree)
    return verb.lemma_.lower() in lexicon.rising_verbs and counted


def fears_hostilities(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A fear noun whose "that" clause foresees hostilities: "concern that any conflict could lead to changes along
    the border", "fears that clashes may resume" ("concern that the talks could collapse" foresees none)."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL]
    verbs = clauses + [c for clause in clauses for c in children(clause, "conj") if c.pos_ in VERBAL]
    return any(_hostilities_foreseen(verb, lexicon) or leads_to_hostilities(verb, lexicon) for verb in verbs)


def exodus_foreseen(verb: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A future of people leaving or suffering: a leaving or suffering verb whose subject is a people noun or a
    people named by its demonym ("all Armenians will have fled the region", "no Armenian will be left in the region",
    "thousands of residents would flee"), or a staying verb of none of them ("no Armenians will remain"); not forces
    ("the troops will leave"), not "no one will die"."""
    lemma = verb.lemma_.lower()
    if not is_future(verb) or negation(verb) or lemma not in lexicon.leaving_verbs | lexicon.suffering_verbs | lexicon.staying_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    left = subject.dep_ == "nsubjpass"  # "no Armenian will be left": none remain
    if lemma in lexicon.staying_verbs:
        left = any(c.lower_ == "no" for c in subject.children)  # "no Armenians will remain"; "the residents will stay" is none
        if not left:
            return False
    if not left and any(c.lower_ == "no" for c in subject.children):
        return False
    people = [subject] + prep_objects(subject, "of")  # "thousands of residents"
    return any(p.lemma_.lower() in shared_words().people_nouns or people_of_state(p, discourse) for p in people)


def people_of_state(noun: Token, discourse: Discourse) -> bool:
    """A demonym used as a noun for a people: "Armenians", "no Armenian" (the plural also from its singular)."""
    if noun.tag_ not in ("NNP", "NNPS"):
        return False
    return any(nationality(form, discourse) is not None for form in demonym_forms(noun))


def perfect(verb: Token) -> bool:
    """A verb in the perfect ("must have missed")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def conditional(tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """A condition on an announced action ("will withdraw unless ...", "will respond to any provocation", an
    ultimatum: "if they do not lay down their arms, the operation will continue"), or a
    restricted one on announced hostilities ("the offensive will stop only with the surrender of ..."; "will
    attend the talks only with the consent of parliament" is a commitment); a time limit is none ("will remain
    until the group is defeated")."""
    hostile = any(token.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for token in tokens)
    return any(token.lower_ in lexicon.condition_words or (hostile and _restricted_condition(token, lexicon)) for token in tokens) or any(
        (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.hostile_nouns and hypothetical(token, lexicon))
        or _hostile_condition(token, lexicon)
        or (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks and negation(token.head))
        for token in tokens
    )


def _hostile_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """An "if" clause of a hostile act: "would respond if Israel attacked its sites" ("will attend if invited" is none)."""
    if not (token.dep_ == "mark" and token.lower_ in lexicon.hostile_condition_marks):
        return False
    if token.head.lemma_.lower() in lexicon.halting_verbs and not negation(token.head):
        return False  # "will cease fire if government forces stop shooting first": the other side's halt
    return any(t.lemma_.lower() in lexicon.hostile_nouns | lexicon.hostile_verbs for t in token.head.subtree)


def _restricted_condition(token: Token, lexicon: ClaimLexicon) -> bool:
    """A restricting adverb before a preposition or subordinator: "only if", "only with", "only after"."""
    doc = token.doc
    return token.lower_ in lexicon.restricting_adverbs and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in _CONDITION_TAGS
