"""Whom an accusation blames: the parties it lays the hostile act at the door of (``Claim.accused``).

The doers are the ones :func:`~kg.extract.claims.accusation.blamed_doers` finds in the claim's content (subject, "by"
agent, possessor, nationality, a pronoun's referent), and an accusing cue's object ("accused Vestria of ...",
"blamed the attack on rebel fighters", "held Vestria responsible"); each named as the entity key of the party, a
capital or ministry standing for its state. A doer kg cannot name ("unidentified gunmen", "soldiers", a rule broken
by a measure whose doer is unsaid) names no one: the accusation then accuses no one the graph knows.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.accusation import belligerent, blamed_doers
from kg.extract.claims.content import verb_cue
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.claims.sides import actor_keys, all_own, own_side
from kg.extract.syntax import children, prep_objects
from kg.words import shared_words


def accused_parties(
    cue: Token, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon
) -> tuple[str, ...]:
    """The entity keys of the parties an accusation blames, sorted: the blamed doers of the content's hostile acts and
    the parties an accusing cue's object names (the claim's, or one inside its content: "a statement in which it
    accused X of ...", "“we hold X responsible”"), not the speaker's side."""
    own = own_side(speaker, discourse)
    keys: set[str] = set()
    for found in blamed_doers(content, speaker, discourse, lexicon):
        if found is not None:
            keys |= _doer_keys(*found, discourse)
    for named in [o for verb in [cue, *content] for o in _cue_objects(verb, lexicon)]:  # "a statement in which it accused X of"
        span = discourse.entity_at.get(named.i)  # a name the linker took for a place accused is a party ("accused Vestria of ...")
        keys |= actor_keys(named, discourse) or ({span.kb_id_} if span is not None and span.kb_id_ else set())
    parties = {_party(key, discourse) for key in keys if key not in discourse.sources}
    return tuple(sorted(key for key in parties if not all_own({key}, own, discourse)))


def _doer_keys(agent: Token, act: Token, discourse: Discourse) -> set[str]:
    """The keys of a blamed doer: the actor it names, or the one a pronoun stands for ("his"; "they", "its" only a
    state or armed group: the last body named before "their attacks" is often the writer's own institute)."""
    pronouns = shared_words().pronouns
    referent: tuple[str, ...] | None
    if agent.lower_ in pronouns.group:
        referent = discourse.last_actor(agent.idx, True, agent.sent.start_char)
    elif agent.lower_ in pronouns.person:
        return set(discourse.last_person(agent.idx) or ())
    elif agent.lower_ in pronouns.thing:
        referent = discourse.last_actor(agent.idx, False, agent.sent.start_char)
    else:
        keys = actor_keys(agent, discourse)
        if agent.dep_ == "compound" and agent.head == act:  # "Dam strike": only a belligerent is a doer
            keys = {key for key in keys if belligerent(key, discourse)}
        return keys
    return {key for key in referent or () if belligerent(key, discourse)}


def _cue_objects(cue: Token, lexicon: ClaimLexicon) -> list[Token]:
    """The parties an accusing verb cue names as its object: "accused Vestria of ...", "blamed Vestria for ...",
    "held Vestria responsible", "blamed the attack on rebel fighters" (and their conjuncts)."""
    found = verb_cue(cue, lexicon)
    if found is None or found[0] != "accusation":
        return []
    objects = children(cue, "dobj")
    named = objects + prep_objects(cue, "on") + [g for o in objects for g in prep_objects(o, "on")]  # "blamed the attack on X"
    named += [s for c in cue.children if c.pos_ == "ADJ" and c.dep_ in ("ccomp", "xcomp") for s in children(c, "nsubj")]  # "hold X responsible" parsed as a small clause
    return named + [c for n in named for c in n.children if c.dep_ == "conj"]


def _party(key: str, discourse: Discourse) -> str:
    """A capital or ministry stands for its state or government: the party blamed."""
    return discourse.acting_state(discourse.entity_of(key)) or key
