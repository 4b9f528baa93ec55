"""How a group or body noun is worded, for what it refers back to: alone or plainly described.

"officials", "the officials" (:func:`bare_noun`: nothing but an article); "the regional bloc", "the jihadist group"
(:func:`plainly_described`: plain adjectives that name no actor or nationality); "officials in Kamdesh district"
(:func:`described_anew`: others than a group named before); "the rebels" (:func:`armed_group_referent`: the last
armed group named); "government" alone before the noun cue it issues; "the Mission" capitalised as a body's short
name; "the government" (:func:`government_state`: the state whose government it is). Which referent is tried when is
:mod:`.speakers`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.described import affiliation_phrase, left_modifiers
from kg.extract.claims.discourse import Discourse
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.syntax import PLURAL_TAGS, children, prep_objects

#: The kind of entity "the rebels" refer back to.
_ARMED = frozenset({"armed_group"})
#: How a reported clause hangs from the cue; how a doer hangs from its verb; the verbs' parts of speech.
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_VERBAL = frozenset({"VERB", "AUX"})


def bare_noun(head: Token, lexicon: ClaimLexicon) -> bool:
    """A noun with nothing that describes it but an article ("officials", "the officials")."""
    return all(child.lower_ in lexicon.definite_articles for child in left_modifiers(head))


def unowned_plural(head: Token) -> bool:
    """A plural noun no article, demonstrative or possessor makes definite ("Reports say", "Some earlier reports
    claimed", "other reports"): new ones, not the ones named before ("the reports", "these reports", "its reports")."""
    return head.tag_ in PLURAL_TAGS and not any(
        child.dep_ in ("poss", "nmod:poss") or child.dep_ in ("det", "predet") and
        (child.morph.get("Definite", None) == ["Def"] or child.morph.get("PronType", None) == ["Dem"]
         or child.morph.get("Poss", None) == ["Yes"])
        for child in head.children)


def counted_back(head: Token) -> bool:
    """A plural noun that "both"/"all" (``referring_quantifiers``) or the count it was named with before makes definite
    ("issued two statements ... Both statements said", "issued two reports ... Two reports said"): the ones named
    before, not new ones ("Three reports said" after "two reports")."""
    if head.tag_ not in PLURAL_TAGS:
        return False
    if any(c.dep_ in ("det", "predet") and c.lower_ in claim_lexicon().referring_quantifiers for c in head.children):
        return True
    counts = {c.lower_ for c in head.children if c.dep_ == "nummod"}
    lemma = head.lemma_.lower()
    return bool(counts) and any(
        t.lemma_.lower() == lemma and counts == {c.lower_ for c in t.children if c.dep_ == "nummod"} for t in head.doc[: head.i]
    )


def plain_single(head: Token, discourse: Discourse) -> bool:
    """One group with only plain adjectives and nothing after it ("the armed group"; not "the main armed
    groups in Tripoli", who are others)."""
    return head.tag_ not in PLURAL_TAGS and not children(head, "prep") and plainly_described(head, discourse)


def plainly_described(head: Token, discourse: Discourse) -> bool:
    """A noun with only an article and lower-case adjectives, or nouns of armed parties, that name no actor or
    nationality ("the regional bloc", "the jihadist group"; not "the Sahel bloc", "the rebel-led bloc")."""
    lexicon = claim_lexicon()
    for child in left_modifiers(head):
        if child.lower_ in lexicon.definite_articles or child.is_punct:
            continue
        armed = child.dep_ in ("amod", "compound") and child.lemma_.lower() in lexicon.armed_agent_nouns  # "the rebel group"
        if not (armed or child.dep_ == "amod" and child.pos_ == "ADJ") or not child.is_lower or child.i in discourse.entity_at:
            return False
        if discourse.nationality(child.lower_) is not None:
            return False
    return True


def described_anew(head: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a group noun with an affiliation phrase of its own and no article describes others than a group
    named before with the same noun ("officials in Kamdesh district" after "Afghan officials"; not "the officials
    at the command" after "two officials with the command")."""
    definite = any(child.lower_ in lexicon.definite_articles for child in head.children)
    return not definite and affiliation_phrase(head, lexicon) is not None


def armed_group_referent(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The last armed group named, for "the rebels" (a definite article and a plural noun of armed parties alone)."""
    lexicon, lefts = claim_lexicon(), left_modifiers(head)
    if head.tag_ not in PLURAL_TAGS or head.lemma_.lower() not in lexicon.armed_group_anaphors:
        return None
    if len(lefts) != 1 or lefts[0].lower_ not in lexicon.definite_articles:
        return None
    return discourse.last_group_actor(head.idx, _ARMED)


def capitalised_common(head: Token, lexicon: ClaimLexicon) -> bool:
    """A group noun capitalised after "the" as the short name of a body named before ("the Mission said"
    after "the UN Support Mission in Libya"), which the parser tags a proper noun."""
    return head.pos_ == "PROPN" and head.text[:1].isupper() and head.lower_ in lexicon.group_nouns and head.n_lefts == 1


def bare_issuer(head: Token, lexicon: ClaimLexicon) -> bool:
    """ "government" in "government calls": a collective role alone, before the noun cue it issues."""
    return head.dep_ == "compound" and head.n_lefts == 0 and head.lemma_.lower() in lexicon.collective_roles


def government_state(head: Token, discourse: Discourse) -> tuple[str, ...] | None:
    """The state "the government" is the government of, when nothing but its article describes it: the state or
    capital of its "in" phrase ("the government in Yerevan": Armenia); else the one state the sentence names before it,
    by name, capital or ministry (not a city or region in it, nor in the subject or agent of the act it reports:
    "Russian forces shelled Kharkiv, the government said" is not Russia's) ("... in western Chad on Tuesday, the
    government said": Chad; "X's Defense Ministry denied ..., and the government asserted": X's); else, when the sentence names none, the one state named in the
    text nearby before it. None when two states are named there, or it has a modifier or "of" owner of its own."""
    lexicon = claim_lexicon()
    if head.tag_ in PLURAL_TAGS:  # a noun of ``state_government_nouns``, as its caller (.speakers) checked
        return None
    lefts = left_modifiers(head)
    if len(lefts) != 1 or lefts[0].lower_ not in lexicon.definite_articles:
        return None
    preps = children(head, "prep")
    seats = prep_objects(head, "in")
    if len(preps) != len(seats) or len(seats) > 1:
        return None  # "the government of Ethiopia's largest region": not a state's
    if seats:
        span = discourse.entity_at.get(seats[0].i)
        state = _state_of(span.kb_id_, discourse) if span is not None else None
        return (state,) if state is not None else None
    reported = _reported_doers(head)
    before = [item for item in discourse.observations_before(head.idx) if item.position not in reported]
    here = [item for item in before if item.position >= head.sent.start_char]
    for items in (here, before):
        states = {state for item in items if len(item.keys) == 1 and (state := _state_of(item.keys[0], discourse)) is not None}
        if states:
            return (states.pop(),) if len(states) == 1 else None
    return None


def _reported_doers(head: Token) -> set[int]:
    """The character offsets of the tokens in the subject or agent phrases of the verbs "the government" reports
    ("Russian forces shelled Kharkiv, the government said": "Russian forces"): the doer of a reported act is no
    state whose government speaks."""
    verb = head.head
    roots = [child for child in verb.children if child.dep_ in _CONTENT_DEPS]
    if verb.dep_ == "parataxis":
        roots.append(verb.head)  # "Russian forces shelled Kharkiv, the government said" parsed the other way round
    doers = [token for root in roots for token in root.subtree if token.dep_ in _DOER_DEPS and token.head.pos_ in _VERBAL]
    return {token.idx for doer in doers for token in doer.subtree if token.i != head.i}


def _state_of(key: str, discourse: Discourse) -> str | None:
    """The state a key names or acts for: a capital's, a ministry's (not a city's or region's)."""
    if discourse.is_state(key):
        return key
    entity = discourse.entity_of(key)
    state = discourse.related_state(entity, "stands_for")
    if state is None and entity is not None and entity.kind != "place":
        state = discourse.related_state(entity, "part_of")  # a ministry, not a city in the state
    return state
