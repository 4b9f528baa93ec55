"""Whom an accusing cue blames.

An accusation the kind decision found by a hostile act (:func:`~kg.extract.claims.accusation.blame`) carries its
:class:`~kg.extract.claims.accusation.Blame` on the draft. One whose kind an accusing cue gives ("accused Vestria of
...", "blamed the attack on rebel fighters", "held Vestria responsible", "the allegation that ...", "“we accuse
...”") blames the cue's objects and the doers of the acts its content names (:func:`cue_blame`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.accusation import Blame, blame, blame_of, speakers_side
from kg.extract.claims.content import verb_cue
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.claims.sides import actor_keys
from kg.extract.syntax import children, prep_objects


def cue_blame(cue: Token, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: ClaimLexicon,
              found: Blame | None = None) -> Blame:
    """The blame of an accusation: ``found``, the doers its kind decision blamed (else the doers of the hostile acts
    its content names), and the parties an accusing cue's object names (the claim's, or one inside its content: "a
    statement in which it accused X of ...", "“we hold X responsible”"), not the speaker's side (one notion for both:
    :func:`~kg.extract.claims.accusation.speakers_side`); a capital or ministry stands for its state."""
    if found is None:
        found = blame(content, speaker, discourse, lexicon)
    named = [o for verb in [cue, *content] for o in _cue_objects(verb, lexicon)]  # "accused Vestria of ...": also a place the text makes a party
    keys = {key for o in named for key in actor_keys(o, discourse) or _place_key(o, discourse)}
    cued = blame_of([keys], speakers_side(speaker, discourse, lexicon), discourse)
    return Blame(tuple(sorted({*(found.parties if found else ()), *cued.parties})))


def _place_key(token: Token, discourse: Discourse) -> set[str]:
    """The key of the place no gazetteer row or QID names that a token heads, if any: the cue makes it a party."""
    key = discourse.party_place_at(token)
    return {key} if key is not None else set()


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
