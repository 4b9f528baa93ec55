"""Who says it: the one place where a claim's speaker is decided.

``resolve_speakers(cue, doc, discourse)`` finds the phrase that names the source of
a reporting cue and turns it into entity keys. In order:

1. The source phrase: the cue's subject (``nsubj``), the agent of a passive cue
   ("was announced by X"), the object of "according to", or, for a cue that
   shares its subject (a conjoined "... and denied", a participle "..., stating
   that"), the subject of the verb it hangs on. For a noun cue ("joined the calls
   for") the subject of the governing verb.
2. The phrase becomes keys, with each coordinated conjunct resolved on its own
   ("Russia, the UN and Pope Francis" gives three keys):

   * a linked entity: the entity the text names. A capital standing for its
     state ("Baku asserted") or a ministry keeps the named entity as the speaker
     and as ``literal``; the state is found later through the mention's
     ``stands_for`` or the gazetteer's ``part_of``;
   * a person named with an apposition ("Jane Doe, director of X, said") is the
     person; a role noun with a possessor or nationality ("Armenian officials",
     "Russia's government") is that actor;
   * he/she: the most recent person speaker or subject; it/they: the most
     recent actor of another kind (an actor named earlier in the same sentence
     first; "they" may be a coordinated group); I/we outside quotations: the
     document's author when one is given;
   * "both sides", "the two sides": the last coordinated pair of actors;
   * "the statement/report": its possessor, else the previous claim's speakers;
   * a description ("the expert", "the ministry", "the separatists"): the most
     recent actor whose mention or its surroundings contain that word; a bare
     plural role ("officials said", "analysts say") names nobody in particular
     and gives no speaker unless a modifier names the actor ("Armenian officials").

The discourse state (recent subjects, claims and actor mentions) lives in
:class:`Discourse`; the claims extractor feeds it each claim it makes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.errors import ResourceError
from kg.nlp.doccache import doc_text
from kg.nlp.gazetteer import default_gazetteer
from kg.records import Entity
from kg.resources import read_yaml

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it", "they", "them"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ACTOR_KINDS = frozenset({"person", "organization", "state", "armed_group"})
#: How far back (in characters) a pronoun or description may find its referent.
_MAX_DISTANCE = 2500


@dataclass(frozen=True)
class SpeakerLexicon:
    """The word classes of speaker resolution (from ``lexicons/reporting_cues.yaml``)."""

    statement_nouns: frozenset[str]
    person_roles: frozenset[str]
    collective_roles: frozenset[str]
    both_sides: frozenset[str]
    nationalities: dict[str, str]


@lru_cache(maxsize=1)
def reporting_cues() -> dict:
    """The parsed ``lexicons/reporting_cues.yaml`` (shared with ``kg.extract.claims``)."""
    return read_yaml("lexicons", "reporting_cues.yaml")


@lru_cache(maxsize=1)
def speaker_lexicon() -> SpeakerLexicon:
    """The speaker word classes, with nationality adjectives mapped to entity keys."""
    data = reporting_cues()
    gazetteer = default_gazetteer()
    nationalities = {}
    for adjective, name in (data.get("nationalities") or {}).items():
        entry = gazetteer.lookup(str(name))
        if entry is None:
            raise ResourceError(f"lexicons/reporting_cues.yaml: nationalities: {adjective!r} names unknown actor {name!r}")
        nationalities[str(adjective).lower()] = entry.key

    def words(key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list):
            raise ResourceError(f"lexicons/reporting_cues.yaml: {key!r} must be a list of words")
        return frozenset(str(word).lower() for word in value)

    return SpeakerLexicon(
        statement_nouns=words("statement_nouns"),
        person_roles=words("person_roles"),
        collective_roles=words("collective_roles"),
        both_sides=words("both_sides"),
        nationalities=nationalities,
    )


@dataclass(frozen=True)
class SpeakerResolution:
    """The speakers of one cue and how they were found.

    Attributes:
        keys: Entity keys of the speakers, in text order (several for coordinated subjects).
        literal: The key of the entity the text names when it acts for another (a capital
            for its state, a ministry for its government); ``None`` otherwise.
        text: The source phrase as written ("he", "Baku", "the expert").
        method: ``entity``, ``pronoun``, ``description``, ``both-sides``, ``statement``,
            ``nationality`` or ``author``.
        start: Offset of the source phrase in ``doc.text`` (``-1`` when not in the text).
        end: Offset after the source phrase.
    """

    keys: tuple[str, ...]
    literal: str | None
    text: str
    method: str
    start: int
    end: int


@dataclass(frozen=True)
class _Observation:
    """An actor seen at a position: as a subject, a claim's speaker, or a plain mention."""

    position: int
    keys: tuple[str, ...]
    person: bool
    salient: bool
    context: str


class Discourse:
    """The recent actors of a document: what pronouns and descriptions can refer to.

    Built once per document from its linked entity mentions (those inside
    quotations are left out); the claims extractor adds each claim's speakers
    with :meth:`observe_claim`, in document order.
    """

    def __init__(self, doc: Doc, author: Entity | None = None, quoted: tuple[tuple[int, int], ...] = ()) -> None:
        self.doc = doc
        self.author = author
        self.quoted = quoted
        self.entity_at: dict[int, Span] = {}
        for span in doc.ents:
            if span.kb_id_ and self.entity_of(span.kb_id_) is not None:
                for token in span:
                    self.entity_at[token.i] = span
        self._observations: list[_Observation] = []
        self._claims: list[tuple[int, tuple[str, ...]]] = []
        self._observe_mentions()

    def entity_of(self, key: str) -> Entity | None:
        """The entity behind a key, if the document links it."""
        return (self.doc._.kg_entities or {}).get(key)

    def entity_keys(self) -> set[str]:
        """The keys of the entities the document links."""
        return set(self.doc._.kg_entities or {})

    def in_quote(self, position: int) -> bool:
        """Whether a text offset lies inside a quotation."""
        return any(start <= position < end for start, end in self.quoted)

    def is_actor(self, span: Span) -> bool:
        """Whether a linked span names something that can speak (not a plain place)."""
        entity = self.entity_of(span.kb_id_)
        if entity is None:
            return False
        if entity.kind in _ACTOR_KINDS:
            return True
        return _stands_for(entity) is not None

    def observe_claim(self, position: int, resolution: SpeakerResolution) -> None:
        """Record the speakers of a claim whose cue is at ``position``."""
        self._claims.append((position, resolution.keys))
        person = all(self._is_person(key) for key in resolution.keys)
        self._observations.append(_Observation(position, resolution.keys, person, True, resolution.text.lower()))
        self._observations.sort(key=lambda item: (item.position, len(item.keys)))

    def last_claim(self, before: int) -> tuple[str, ...] | None:
        """The speakers of the last claim before a position."""
        earlier = [keys for position, keys in self._claims if position < before]
        return earlier[-1] if earlier else None

    def last_group(self, before: int) -> tuple[str, ...] | None:
        """The most recent salient coordinated group of two or more actors."""
        for item in reversed(self._before(before)):
            if item.salient and len(item.keys) >= 2:
                return item.keys
        return None

    def last_person(self, before: int, role: str | None = None) -> tuple[str, ...] | None:
        """The most recent person (salient ones first); with ``role``, one described by it."""
        items = [item for item in self._before(before) if item.person and len(item.keys) == 1]
        if role is not None:
            items = [item for item in items if role in item.context]
        salient = [item for item in items if item.salient]
        chosen = salient or items
        return chosen[-1].keys if chosen else None

    def last_actor(self, before: int, plural: bool, sentence_start: int) -> tuple[str, ...] | None:
        """The most recent non-person actor: named earlier in the sentence, else a salient one."""
        items = [item for item in self._before(before) if not item.person]
        if not plural:
            items = [item for item in items if len(item.keys) == 1]
        here = [item for item in items if item.position >= sentence_start]
        earlier = [item for item in items if item.position < sentence_start and item.salient]
        for group in ([i for i in here if i.salient], here, earlier, items):
            if group:
                return group[-1].keys
        return None

    def described(self, before: int, word: str) -> tuple[str, ...] | None:
        """The most recent single actor whose mention or context contains ``word``."""
        for item in reversed(self._before(before)):
            if len(item.keys) == 1 and word in item.context:
                return item.keys
        return None

    def _before(self, position: int) -> list[_Observation]:
        return [item for item in self._observations if position - _MAX_DISTANCE <= item.position < position]

    def _is_person(self, key: str) -> bool:
        entity = self.entity_of(key)
        return entity is not None and entity.kind == "person"

    def _observe_mentions(self) -> None:
        seen: set[int] = set()
        for span in self.doc.ents:
            if span.start in seen or not span.kb_id_ or not self.is_actor(span) or self.in_quote(span.start_char):
                continue
            seen.add(span.start)
            head = span.root
            salient = head.dep_ in _SUBJECT_DEPS or (head.dep_ == "conj" and _conj_root(head).dep_ in _SUBJECT_DEPS)
            self._observations.append(
                _Observation(
                    span.start_char,
                    (span.kb_id_,),
                    self._is_person(span.kb_id_),
                    salient,
                    _context(span) if self._is_person(span.kb_id_) else f"{span.text} {self.entity_of(span.kb_id_).label}".lower(),
                )
            )
            if head.dep_ in _SUBJECT_DEPS and any(child.dep_ == "conj" for child in head.children):
                keys = tuple(dict.fromkeys(key for key, _ in _conjunct_keys(head, self)))
                if len(keys) >= 2:  # placed at its last conjunct, after the single mentions
                    last = max(token.idx for token in _conjuncts(head))
                    self._observations.append(_Observation(last, keys, False, True, ""))
        self._observations.sort(key=lambda item: (item.position, len(item.keys)))


def resolve_speakers(cue: Token, doc: Doc, discourse: Discourse) -> SpeakerResolution | None:
    """The speakers of a reporting cue, or ``None`` when its source names no known actor."""
    source = source_phrase(cue)
    if source is None:
        return None
    return resolve_phrase(source, doc, discourse)


def source_phrase(cue: Token) -> Token | None:
    """The head token of the phrase naming who speaks through ``cue``."""
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        return None
    if cue.pos_ in ("NOUN", "PROPN"):
        verb = cue.head
        while verb.dep_ in ("dobj", "pobj", "prep", "conj") and verb.head != verb:
            verb = verb.head
        return _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    return _subject_of(cue)


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return _nominal_subject(child)
        for child in verb.children:
            if child.dep_ == "agent":
                return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            return None
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head != verb:
            verb = _coordinated_cue(verb) or verb.head
            continue
        return None
    return None


def _coordinated_cue(verb: Token) -> Token | None:
    """For a subjectless cue conjoined inside another cue's clause ("said that A had ceased and
    urged B", misparsed as coordinated with "ceased"): that outer cue."""
    cues = reporting_cues()["verbs"]
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() in cues:
        return None
    for _ in range(4):
        if head.dep_ not in ("conj", "ccomp", "xcomp") or head.head == head:
            return None
        head = head.head
        if head.lemma_.lower() in cues and head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _nominal_subject(subject: Token) -> Token | None:
    """The subject, or when the parser made a verb the subject (headline ellipsis: "X launches an
    offensive, vows to ..."), that verb's own subject."""
    if subject.pos_ not in ("VERB", "AUX"):
        return subject
    return next((child for child in subject.children if child.dep_ == "nsubj"), None)


def resolve_phrase(head: Token, doc: Doc, discourse: Discourse) -> SpeakerResolution | None:
    """Resolve the noun phrase headed by ``head`` to speakers (see the module docstring)."""
    lexicon = speaker_lexicon()
    lower = head.lower_
    start, end = _phrase_bounds(head)
    text = doc_text(doc)[start:end]
    position = head.idx
    sentence_start = head.sent.start_char

    def found(keys: tuple[str, ...] | None, method: str, literal: str | None = None) -> SpeakerResolution | None:
        if not keys:
            return None
        return SpeakerResolution(tuple(dict.fromkeys(keys)), literal, text, method, start, end)

    if head.pos_ == "PRON":
        if lower in _PERSON_PRONOUNS:
            return found(discourse.last_person(position), "pronoun")
        if lower in _THING_PRONOUNS:
            return found(discourse.last_actor(position, lower != "it", sentence_start), "pronoun")
        if lower in _FIRST_PERSON and discourse.author is not None and not discourse.in_quote(position):
            return SpeakerResolution((discourse.author.key,), None, text, "author", start, end)
        return None
    phrase = " ".join(token.lower_ for token in doc[head.left_edge.i : head.i + 1])
    if phrase in lexicon.both_sides:
        return found(discourse.last_group(position), "both-sides")
    pairs = _conjunct_keys(head, discourse)
    if pairs:
        keys = tuple(key for key, _ in pairs)
        if all(marker == "nationality" for _, marker in pairs):
            return found(keys, "nationality")
        literal = pairs[0][1] if len(pairs) == 1 else None
        return found(keys, "entity", literal)
    lemma = head.lemma_.lower()
    if lemma in lexicon.statement_nouns:
        return found(discourse.last_claim(position), "statement")
    if lemma in lexicon.person_roles:
        plural = head.tag_ in ("NNS", "NNPS")
        keys = None if plural else discourse.last_person(position, lemma)
        if keys is None:  # "the Artsakh ombudsman", "Armenian officials": the actor they serve
            modifier = _modifier_actor(head, discourse)
            if modifier is not None:
                return found((modifier,), "nationality" if modifier not in discourse.entity_keys() else "entity")
        if plural:  # bare "officials said", "analysts say": nobody in particular
            return None
        return found(keys or discourse.last_person(position), "description")
    if head.pos_ in ("NOUN", "PROPN") and any(child.lower_ in ("the", "this", "that") for child in head.children):
        stem = lemma[:-1] if lemma.endswith("s") else lemma
        return found(discourse.described(position, stem), "description")
    return None


def _conjunct_keys(head: Token, discourse: Discourse) -> list[tuple[str, str | None]]:
    """(key, literal or method) of each coordinated conjunct of a phrase that names an actor."""
    keys: list[tuple[str, str | None]] = []
    for conjunct in _conjuncts(head):
        resolved = _named_actor(conjunct, discourse)
        if resolved is not None:
            keys.append(resolved)
    return keys


def _named_actor(token: Token, discourse: Discourse) -> tuple[str, str | None] | None:
    """The actor a noun phrase names: (key, literal key when it acts for a state, or "nationality")."""
    lexicon = speaker_lexicon()
    span = discourse.entity_at.get(token.i)
    if span is None:
        for child in token.children:
            if child.dep_ == "appos" and child.i in discourse.entity_at:
                appos = discourse.entity_at[child.i]
                entity = discourse.entity_of(appos.kb_id_)
                if entity is not None and entity.kind == "person":
                    span = appos
                    break
    if span is not None:
        if not discourse.is_actor(span):
            return None
        entity = discourse.entity_of(span.kb_id_)
        government = _mention_stands_for(discourse.doc, span) or _stands_for(entity)
        if government is not None and entity is not None and entity.kind == "place":
            return government, span.kb_id_  # "Baku asserted": the state speaks; the capital is kept as literal
        literal = span.kb_id_ if _part_of(entity) else None
        return span.kb_id_, literal
    if token.lemma_.lower() in lexicon.collective_roles or token.lower_ in lexicon.collective_roles:
        key = _modifier_actor(token, discourse)
        if key is not None:
            return key, None if key in discourse.entity_keys() else "nationality"
    return None


def _modifier_actor(token: Token, discourse: Discourse) -> str | None:
    """The actor a role noun's possessor, compound or nationality adjective names ("Russia's", "Armenian")."""
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            if child.i in discourse.entity_at and discourse.is_actor(discourse.entity_at[child.i]):
                return discourse.entity_at[child.i].kb_id_
            key = speaker_lexicon().nationalities.get(child.lower_)
            if key is not None:
                return key
    return None


def _conjuncts(head: Token) -> list[Token]:
    found = [head]
    for child in head.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def _conj_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of a subject phrase without its appositions and relative clauses."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "case", "conj", "cc", "punct") or child.i < head.i:
            tokens.extend(child.subtree)
    tokens = [token for token in tokens if not token.is_punct or token.i in (head.i,)]
    first = min(tokens, key=lambda token: token.i)
    last = max(tokens, key=lambda token: token.i)
    return first.idx, last.idx + len(last.text)


def _context(span: Span) -> str:
    """A mention with its role words: a few tokens before it and its apposition."""
    doc = span.doc
    left = doc[max(span.sent.start, span.start - 4) : span.end]
    words = [left.text.lower()]
    for child in span.root.children:
        if child.dep_ == "appos":
            words.append(" ".join(token.lower_ for token in child.subtree))
    return " ".join(words)


def _mention_stands_for(doc: Doc, span: Span) -> str | None:
    for mention in doc._.kg_mentions or ():
        if mention.start == span.start_char and mention.end == span.end_char:
            return mention.stands_for
    return None


def acting_state(entity: Entity | None) -> str | None:
    """The state an entity speaks for: a capital's state or a ministry's government (gazetteer)."""
    return _stands_for(entity) or _part_of(entity)


def _stands_for(entity: Entity | None) -> str | None:
    """The state a place's name stands for (a capital), from the gazetteer."""
    entry = default_gazetteer().entries.get(entity.gazetteer_id or "") if entity else None
    if entry is None or entry.stands_for is None:
        return None
    return default_gazetteer().entries[entry.stands_for].key


def _part_of(entity: Entity | None) -> str | None:
    """The state a ministry or agency belongs to, from the gazetteer."""
    entry = default_gazetteer().entries.get(entity.gazetteer_id or "") if entity else None
    if entry is None or entry.part_of is None:
        return None
    return default_gazetteer().entries[entry.part_of].key
