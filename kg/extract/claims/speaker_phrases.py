"""The parts of a source phrase, read before its speakers are decided (:mod:`.speakers`).

Its bounds (:func:`phrase_bounds`, without appositions and relative clauses); its conjuncts, each a speaker of its
own (:func:`speaker_conjuncts`: "Russia, the UN and Pope Francis", an actor coordinated inside an "of" phrase); the
group a part is taken from ("one of the survivors"); a pair of people ("the two leaders"); a definite role said
again; a named actor an apposition describes, a broadcaster named by its state; who issued a statement noun
(:func:`statement_author`) and whether a quotation names the last speaker. :data:`SpeakerPart` is what one
conjunct resolves to.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.described import is_source_noun, left_modifiers
from kg.extract.claims.discourse import SUBJECT_DEPS, Discourse
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.claims.named_actors import split_subjects
from kg.extract.syntax import PLURAL_TAGS, children, conjuncts, prep_objects
from kg.nlp.doccache import sentence_numbers, sentences
from kg.words import shared_words

#: The keys a conjunct of a source phrase resolves to, how, and the literal speaker's key.
SpeakerPart = tuple[tuple[str, ...], str, "str | None"]


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of a subject phrase without its appositions and relative clauses."""
    tokens = [head, *left_modifiers(head)]
    if head.dep_ == "dobj" and head.head.dep_ == "csubj" and head.head.i == head.i - 1:
        tokens.append(head.head)  # "Aid workers" parsed as a clause "aid [workers]"
    for child in head.children:
        if child.i > head.i and child.dep_ in ("compound", "amod", "nmod", "case", "conj", "cc"):
            if child.dep_ == "amod" and (child.n_rights or child.pos_ == "VERB"):
                continue  # a postposed adjective phrase, no part of the name ("Pashinyan confident of a deal")
            tokens.extend(child.subtree)
    tokens = [token for token in tokens if not token.is_punct or token.i in (head.i,)]
    first = min(tokens, key=lambda token: token.i)
    last = max(tokens, key=lambda token: token.i)
    return first.idx, last.idx + len(last.text)


def speaker_conjuncts(head: Token, discourse: Discourse) -> list[Token]:
    """The conjuncts of a source phrase, and an actor the parser coordinated inside its "of" phrase
    ("The authorities of the province and the federal ministry": the ministry speaks too)."""
    found = conjuncts(head)
    found.extend(t for listed in _listed_appositions(head, discourse) for t in conjuncts(listed))
    found.extend(split_subjects(head))
    for obj in prep_objects(head, "of")[:1]:
        found.extend(other for other in conjuncts(obj)[1:] if coordinated_speaker(obj, other, discourse))
    return found


def coordinated_speaker(obj: Token, other: Token, discourse: Discourse) -> bool:
    """Whether a conjunct of an "of" phrase's object is a speaker of its own, not a second owner ("the
    authorities of the province and the federal ministry"; not "the foreign ministers of Russia and Turkey")."""
    own_article = any(child.lower_ in claim_lexicon().definite_articles for child in other.children)
    return actor_noun(other, discourse) and (own_article or not actor_noun(obj, discourse))


def _listed_appositions(head: Token, discourse: Discourse) -> list[Token]:
    """A list "A, B and C" the parser read as A with an apposition "B and C" ("Russia, the UN and Pope Francis
    called for ...", "The Malian army, the French embassy and the UN mission said"): the apposition with a
    conjunct of its own is the list's rest, when A is no person and the list's items are actors ("Guterres, the
    UN chief and a former premier" describes one man)."""
    span = discourse.entity_at.get(head.i)
    if span is not None and discourse.is_person(span):
        return []
    roles = shared_words().person_roles
    found = []
    for appos in children(head, "appos"):
        rest = conjuncts(appos)
        if len(rest) < 2 or not any(c.dep_ == "cc" for item in rest for c in item.children):  # "and" on any item
            continue
        if all(actor_noun(item, discourse) and item.lemma_.lower() not in roles for item in rest):
            found.append(appos)
    return found


def actor_noun(token: Token, discourse: Discourse) -> bool:
    """A noun that can name a speaker: a linked actor, an institution, a person or group noun."""
    span = discourse.entity_at.get(token.i)
    if span is not None:
        return discourse.is_actor(span)
    lexicon = claim_lexicon()
    return token.lemma_.lower() in lexicon.collective_roles or is_source_noun(token, lexicon)


def partitive_whole(head: Token) -> Token | None:
    """The group a part is taken from: "survivors" in "one of the survivors" (not a pronoun: "some of them"
    after "Iran-backed groups" would find the last named actor, Iran)."""
    if head.pos_ != "NUM" and head.lower_ not in claim_lexicon().partitive_words:
        return None
    wholes = [whole for whole in prep_objects(head, "of") if whole.pos_ != "PRON"]
    return wholes[0] if wholes else None


def definite_role(head: Token) -> bool:
    """A singular person role after "the" with words of its own after it ("the spokesperson of the Russian President")."""
    return (head.pos_ == "NOUN" and head.tag_ not in PLURAL_TAGS and head.lemma_.lower() in shared_words().person_roles and head.n_rights > 0
            and any(child.dep_ == "det" and child.lower_ in claim_lexicon().definite_articles for child in head.children))


def pair_of_people(head: Token) -> bool:
    """Whether a plural person noun counts its people as a pair ("both leaders", "the two ministers"): they are the
    coordinated speakers or subjects named last, not a described source of their own."""
    lexicon = claim_lexicon()
    if head.tag_ not in PLURAL_TAGS or not (head.lemma_.lower() in shared_words().person_roles or is_source_noun(head, lexicon)):
        return False
    return " ".join(token.lower_ for token in head.doc[head.left_edge.i : head.i]) in lexicon.pair_determiners


def sentence_start_before(token: Token, back: int) -> int:
    """The offset of the sentence ``back`` sentences before a token's."""
    doc = token.doc
    bounds, number = sentences(doc), sentence_numbers(doc)[token.i]
    return doc[bounds[max(0, number - back)][0]].idx


def described_name(token: Token, discourse: Discourse) -> str | None:
    """The named actor that an apposition of a group or person noun describes, named right before its comma
    ("members of Fantom 509, an armed group of ...": the parser may hang it on "members")."""
    if token.dep_ != "appos" or token.head.i > token.i or not is_source_noun(token, claim_lexicon()):
        return None
    comma = token.left_edge.i - 1
    if comma < 1 or token.doc[comma].text != ",":
        return None
    span = discourse.entity_at.get(comma - 1)
    if span is None or span.end != comma or not span.kb_id_:
        return None
    # a group noun says what the name is, whatever the recogniser took it for ("Fantom 509" read as a place)
    named = discourse.is_actor(span) or token.lemma_.lower() in claim_lexicon().group_nouns
    return span.kb_id_ if named and span.start >= token.head.i else None


def state_outlet(token: Token, discourse: Discourse) -> bool:
    """Whether a state's or place's name is the name of a broadcaster or news medium: a media noun right
    before it ("state-owned radio Pakistan", "Radio Rwanda", "local news outlet Papua New Guinea Post-Courier"),
    the recogniser having named the state alone or taken the outlet for a place."""
    span = discourse.entity_at.get(token.i)
    entity = discourse.entity_of(span.kb_id_) if span is not None else None
    if entity is None or entity.kind not in ("state", "place") or span is None or span.start == 0:
        return False
    before = token.doc[span.start - 1]
    return before.lower_ in claim_lexicon().media_nouns and before.head.i == token.i and before.dep_ == "compound"


def statement_author(statement: Token, discourse: Discourse) -> Token | None:
    """Who issued a statement: its possessor, an actor named before it ("the BBC report"), the agent of
    "released/issued by", or "from X"."""
    for child in statement.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and child.i in discourse.entity_at and discourse.is_actor(discourse.entity_at[child.i]):
            return child
        if child.dep_ == "prep" and child.lower_ in claim_lexicon().statement_author_prepositions:  # "a report by X"
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl":
            for agent in (g for g in child.children if g.dep_ == "agent"):
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def named_before_in_sentence(head: Token, keys: tuple[str, ...], discourse: Discourse) -> bool:
    """Whether one of ``keys`` is named in a quotation of the head's sentence before it, never as a subject: what a
    quoted statement says of someone by name ("“We reject the statement of X, Prime Minister of Y,” the statement
    said") is not that one's own statement (not "X made the declaration citing ...", nor a statement telling what
    X said: "“President X emphasized that ...,” the statement said")."""
    named = [token for token in head.doc[head.sent.start : head.left_edge.i]
             if (span := discourse.entity_at.get(token.i)) is not None and span.kb_id_ in keys and discourse.in_quote(token.idx)]
    return bool(named) and not any(token.dep_ in SUBJECT_DEPS for token in named)
