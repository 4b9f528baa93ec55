"""Described sources: speakers the text describes without naming ("residents", "Ukrainian officials",
"a doctor", "a source in Chad's interior ministry"; GUIDELINES section 5, eval/dev convention 4).

A source phrase names a described source when its head is a person or group noun: a source noun of
``lexicons/reporting_cues.yaml``, a person role of ``lexicons/words.yaml``, or a plural with a person
ending ("herders", "protesters"). It is a group when plural or a group noun ("police", "local media"),
else one person. Its description is the head with its left modifiers and its first
"of/from/in/at ..." phrase ("Thai soldiers at the base", "A resident of Central Gondar Zone"), or a place
adverb right after the head ("employees there"); its affiliation is the actor or place named in those modifiers or that phrase. :mod:`.speakers` decides
when a phrase is such a source; this module only reads the phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.codes import SourceKind
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.syntax import PLURAL_TAGS, children, prep_objects
from kg.rdf.iris import slug
from kg.words import shared_words

#: Dependencies of the modifiers that belong to a description, left of its head.
_LISTED_DEPS = frozenset({"amod", "nmod", "compound"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case", "punct", "npadvmod", "advmod", "quantmod"})


def source_id(label: str) -> str:
    """The id of a described source within its document: its description in lower case, dashed."""
    return slug(label, empty="source")


def is_source_noun(head: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a noun names people who can speak: a source noun, a person role, a plural person noun, a
    quantifier standing alone as a subject ("Some in the region say")."""
    if head.lower_ in lexicon.quantifier_sources and head.dep_ == "nsubj" and head.pos_ in ("PRON", "ADJ", "DET", "NOUN"):
        return not prep_objects(head, "of")  # "some of the soldiers": the soldiers (a partitive)
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    words = {head.lemma_.lower(), head.lower_}  # "media" is lemmatised as "medium"
    if words & (lexicon.source_nouns | lexicon.group_nouns) or role_noun(head) or misread_plural(head, lexicon):
        return True
    return head.tag_ in PLURAL_TAGS and head.lower_.endswith(tuple(lexicon.person_plural_endings))


def role_noun(head: Token) -> bool:
    """Whether a noun names a person's role (`person_roles`); an abbreviation that also ends names
    (`name_clashing_roles`) only with a determiner, possessor or adjective and no name word before it ("the Swedish
    FM said", not "Capital FM said")."""
    words = shared_words()
    found = {head.lemma_.lower(), head.lower_} & words.person_roles
    if not found or not found <= words.name_clashing_roles:
        return bool(found)
    deps = {child.dep_ for child in head.children if child.i < head.i}
    return "compound" not in deps and bool(deps & {"det", "poss", "amod"})


def misread_plural(head: Token, lexicon: ClaimLexicon) -> bool:
    """A capitalised plural of a source noun that the tagger took for a name, its lemma left unreduced
    ("Medics said at least 20 children were among the dead": "Medics" as a proper noun), outside any name."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text[:1].isupper() or not head.lower_.endswith("s"):
        return False
    if any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in children(head)):
        return False  # "Red Crescent Medics": part of a name
    return head.lower_[:-1] in lexicon.source_nouns | shared_words().person_roles


def source_kind(head: Token, lexicon: ClaimLexicon) -> SourceKind:
    """A group when the noun is plural or names a group or body, else one person."""
    words = {head.lemma_.lower(), head.lower_}
    if head.tag_ in PLURAL_TAGS or words & (lexicon.group_nouns | lexicon.collective_roles) or head.lower_ in lexicon.quantifier_sources:
        return "group"
    if misread_plural(head, lexicon):  # "Physicians" tagged as a singular name
        return "group"
    if head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in lexicon.media_nouns for c in head.children):
        return "group"  # a broadcaster named by its country: "radio Pakistan"
    return "person"


def is_indefinite(head: Token, lexicon: ClaimLexicon) -> bool:
    """A description that introduces someone new ("a doctor", "another spokesman"; a numeral before one person:
    "said one community leader in X", whom no earlier person is)."""
    return any(
        (child.dep_ == "det" or child.dep_ == "nummod" and head.tag_ not in PLURAL_TAGS) and child.lower_ in lexicon.indefinite_determiners
        for child in children(head)
    )


def description_tokens(head: Token, lexicon: ClaimLexicon) -> list[Token]:
    """The head, its left modifiers and its first affiliation phrase, in text order (no relative
    clause, apposition or nested phrase: "Another resident from Ayimba Kebele in Dembiya district"
    is described as "Another resident from Ayimba Kebele")."""
    found = _with_left_modifiers(head)
    if head.dep_ == "dobj" and head.head.dep_ == "csubj" and head.head.i == head.i - 1:
        found.insert(0, head.head)  # "Aid workers" parsed as a clause "aid [workers]" (see speakers)
    capitalised = head.text[:1].isupper() and head.lower_ not in shared_words().person_roles  # "the Governor of X": a title
    named = capitalised and (head.pos_ == "PROPN" or (head.lemma_.lower() in lexicon.name_heads and len(found) > 1 and found[-2].pos_ == "PROPN"))
    if named:  # a name the recogniser missed: the name, not what qualifies it ("Houthi-run al-Masirah TV")
        part = _name_part(found)
        at = len(found) - len(part)
        # "state radio Pakistan": a lower-case media noun before a one-word name is part of the name; before a
        # longer one it classifies it ("the local news outlet Papua New Guinea Post-Courier")
        return found[at - 1 :] if at > 0 and len(part) == 1 and found[at - 1].lower_ in lexicon.media_nouns else part
    phrase = affiliation_phrase(head, lexicon)
    if phrase is not None:
        found.append(phrase)
        for obj in children(phrase, "pobj")[:1]:
            found.extend(_with_left_modifiers(obj))
    # "employees there said", "Senior police officers here said": the place adverb stands for a definite place
    # phrase ("employees at the hospital") and is part of the description as written
    found.extend(child for child in children(head, "advmod") if child.i == head.i + 1 and child.lower_ in lexicon.place_adverbs)
    moods = {t.i for child in children(head, "amod") if child.lower_ in lexicon.momentary_state_adjectives and child.i < head.i
             for t in child.subtree}  # "angry protesters": the protesters
    found = sorted({token for token in found if token.i not in moods}, key=lambda token: token.i)
    while found and (found[0].is_punct or found[0].is_space):
        found.pop(0)
    while found and (found[-1].is_punct or found[-1].is_space):
        found.pop()
    return found


def _name_part(tokens: list[Token]) -> list[Token]:
    """The run of proper nouns (joined by hyphens) that ends a phrase."""
    first = len(tokens) - 1
    while first > 0 and (tokens[first - 1].pos_ == "PROPN" or (tokens[first - 1].text in "-–" and not tokens[first - 1].whitespace_)):
        first -= 1
    while tokens[first].is_punct and first < len(tokens) - 1:
        first += 1
    return tokens[first:]


def left_modifiers(head: Token) -> list[Token]:
    """The tokens of a noun's left modifiers that belong to its phrase (see :func:`_with_left_modifiers`),
    nearest first."""
    return [token for token in reversed(_with_left_modifiers(head)) if token.i != head.i]


def _with_left_modifiers(head: Token) -> list[Token]:
    """A noun and the modifiers before it, up to a spaced punctuation mark or a line break (a
    dateline "GOMA - Kenyan officials" is not part of the description; "Houthi-run" is), past the commas of a list
    of its modifiers ("Kenyan, Somali and Ethiopian officials")."""
    left = {t.i for child in children(head) if child.i < head.i and child.dep_ in _LEFT_DEPS for t in child.subtree}
    first = head.i
    doc = head.doc
    listing = False  # past a comma of a list of the head's modifiers ending in a coordination ("Kenyan, Somali and ...")
    while first - 1 in left:
        before = doc[first - 1]
        spaced = bool(before.whitespace_) or (first - 2 >= 0 and bool(doc[first - 2].whitespace_))
        after = doc[first]
        listed = (before.text == "," and first - 2 in left and all(t.head.i == head.i and t.dep_ in _LISTED_DEPS for t in (doc[first - 2], after))
                  and (listing or any(child.dep_ == "conj" for child in after.children)))
        listing = listing or listed
        if before.is_space or (before.is_punct and spaced and before.text not in ("'", "’") and not listed):
            break
        first -= 1
    return list(doc[first : head.i + 1])


def affiliation_phrase(head: Token, lexicon: ClaimLexicon) -> Token | None:
    """The first "of/from/in/at/with X" phrase of the head that has an object, not a place named
    indefinitely ("a doctor at a hospital": where, not whose)."""
    for child in children(head, "prep"):
        if child.i > head.i and child.lower_ in lexicon.affiliation_prepositions and children(child, "pobj"):
            if child.lower_ in lexicon.source_place_prepositions and is_indefinite(children(child, "pobj")[0], lexicon):
                continue
            return child
    return None


def of_chain(token: Token, depth: int = 3) -> list[Token]:
    """A token and the first objects of its nested "of" phrases, ``depth`` at most ("the head of the press service of
    the Ministry of Defence": head, service, ministry)."""
    chain: list[Token] = []
    current: Token | None = token
    while current is not None and len(chain) < depth:
        chain.append(current)
        current = next(iter(prep_objects(current, "of")), None)
    return chain


def affiliation(head: Token, lexicon: ClaimLexicon, actor_of: Callable[[Token], str | None]) -> str | None:
    """The key of what a description says the source belongs to: the entity of its affiliation
    phrase ("in Chad's interior ministry": the ministry, else Chad; "in the Interior Ministry of Chad": the
    ministry the "of" phrases name, else Chad), else of its left modifiers
    ("Ukrainian officials", "Hamas officials"). ``actor_of`` gives the key a token names, if any."""
    phrase = affiliation_phrase(head, lexicon)
    candidates: list[Token] = []
    if phrase is not None:
        for obj in of_chain(children(phrase, "pobj")[0]):  # "in the Interior Ministry of Mali": the ministry, else Mali
            candidates.append(obj)
            candidates.extend(left_modifiers(obj))
    candidates.extend(left_modifiers(head))
    for token in candidates:
        key = actor_of(token)
        if key is not None:
            return key
    return None
