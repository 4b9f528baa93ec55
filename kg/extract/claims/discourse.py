"""What a document has said so far: the state pronouns and descriptions refer back to.

:class:`Discourse` is built once per document from its linked entity mentions (mentions inside
quotations left out); the claims extractor adds each claim's speakers with
:meth:`Discourse.observe_claim` in document order. :class:`SpeakerResolution` is what
:mod:`~kg.extract.claims.speakers` decides for one cue.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.claims.described import (
    affiliation,
    description_tokens,
    source_id,
    source_kind,
)
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.claims.named_actors import GROUP_KINDS, conjunct_keys, split_subjects
from kg.extract.claims.quotes import QuotedSpans
from kg.extract.syntax import PLURAL_TAGS, VERBAL, conj_root, conjuncts
from kg.nlp.doccache import doc_text, entity_spans, sentence_numbers, sentences, token_table, tokens_before
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.names import linking_lexicon
from kg.records import DescribedSource, Entity
from kg.words import shared_words

#: The dependencies of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: The prefix of a described source's key among a claim's speaker keys.
SOURCE_PREFIX = "source:"
_ACTOR_KINDS = frozenset({"person", "organization", "state", "armed_group"})
#: How far back (in characters) a pronoun or description may find its referent.
MAX_DISTANCE = 2500


@dataclass(frozen=True)
class SpeakerResolution:
    """The speakers of one cue and how they were found.

    Attributes:
        keys: Entity keys of the speakers, in text order (several for coordinated subjects).
        literal: The key of the entity the text names when it acts for another (a capital
            for its state, a ministry for its government); ``None`` otherwise.
        text: The source phrase as written ("he", "Baku", "the expert").
        method: ``entity``, ``pronoun``, ``description``, ``voice`` (one unnamed official speaking for a body),
            ``both-sides``, ``statement``, ``nationality`` or ``author``.
        start: Offset of the source phrase in ``doc.text`` (``-1`` when not in the text).
        end: Offset after the source phrase.
    """

    keys: tuple[str, ...]
    literal: str | None
    text: str
    method: str
    start: int
    end: int


@dataclass(frozen=True, order=True)
class _Observation:
    """An actor seen at a position: as a subject, a claim's speaker, or a plain mention.

    Ordered by position, then by the number of keys (a coordinated group after its members).
    """

    position: int
    size: int
    keys: tuple[str, ...] = field(compare=False)
    person: bool = field(compare=False)
    salient: bool = field(compare=False)
    context: str = field(compare=False)


class Discourse:
    """The recent actors of a document: what pronouns and descriptions can refer to.

    Built once per document from its linked entity mentions (those inside
    quotations are left out); the claims extractor adds each claim's speakers
    with :meth:`observe_claim`, in document order.
    """

    def __init__(self, doc: Doc, gazetteer: Gazetteer, author: Entity | None = None, quoted: QuotedSpans | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.author = author
        self.quoted = quoted or QuotedSpans([])
        self._entities: dict[str, Entity] = doc._.kg_entities or {}  # read once: each ``doc._`` access makes an object
        #: The actor a metonymic mention stands for, by the mention's offsets ("Baku asserted").
        self.stands_for = {(m.start, m.end): m.stands_for for m in doc._.kg_mentions or () if m.stands_for}
        self.entity_at: dict[int, Span] = {}
        self._spans_of: dict[str, list[Span]] = {}
        for span in entity_spans(doc):
            if span.kb_id_:
                self._spans_of.setdefault(span.kb_id_, []).append(span)
            if span.kb_id_ and self.entity_of(span.kb_id_) is not None:
                for i in range(span.start, span.end):
                    self.entity_at[i] = span
        #: Places no gazetteer row or QID names, and of them those the text makes speak (``_unknown_places_speaking``),
        #: actors wherever they are named, still places.
        self._unknown_places: frozenset[str] = frozenset()
        self.speaking_places: frozenset[str] = frozenset()
        self._observations: list[_Observation] = []
        self._claims: list[tuple[int, tuple[str, ...]]] = []
        self._statements: list[tuple[int, tuple[str, ...]]] = []  # the claims a later "the statement" can be
        self._phrases: dict[int, tuple[int, tuple[str, ...]]] = {}  # the speakers of each claim's source phrase, by its offsets
        #: Positions of claims whose source phrase is a person's office ("Aliyev's office said"): "it" after them is that office.
        self._office_claims: set[int] = set()
        #: The described sources of the document by key, and the lemma of each one's head.
        self.sources: dict[str, DescribedSource] = {}
        self._source_heads: dict[str, str] = {}
        self._names: dict[str, str] | None = None
        self._state_names: dict[str, str] | None = None  # the names of the linked states, lower case (states_named)
        self._states_in: dict[str, frozenset[str]] = {}  # states_named by context
        self._described: dict[str, list[str]] = {}  # described_as by key
        self._contexts: dict[str, list[str]] = {}  # mention_contexts by key
        self._unknown_places, self.speaking_places = self._unknown_places_speaking()
        self._observe_mentions()

    def named_elsewhere(self, name: str) -> str | None:
        """The actor a name is linked to at its other mentions in the document, when the recogniser missed
        this one ("According to Shabaab, ..." after "Shabaab said ..."); only a name linked to one actor."""
        if self._names is None:
            found: dict[str, set[str]] = {}
            for span in set(self.entity_at.values()):
                if self.is_actor(span):
                    found.setdefault(span.text.lower(), set()).add(span.kb_id_)
            self._names = {text: next(iter(keys)) for text, keys in found.items() if len(keys) == 1}
        return self._names.get(name.lower())

    def entity_of(self, key: str) -> Entity | None:
        """The entity behind a key, if the document links it."""
        return self._entities.get(key)

    def spans_of(self, key: str) -> list[Span]:
        """The entity mentions linked to a key, in document order."""
        return self._spans_of.get(key, [])

    def entity_keys(self) -> set[str]:
        """The keys of the entities the document links."""
        return set(self._entities)

    def in_quote(self, position: int) -> bool:
        """Whether a text offset lies inside a quotation."""
        return position in self.quoted

    def is_actor(self, span: Span) -> bool:
        """Whether a linked span names something that can speak (not a plain place; a place the text makes speak:
        "Port Halden stated that ...", whatever state it is the capital of; one that only acts is a party where it
        acts, :meth:`party_place_at`, and no referent of a later pronoun: "Gunmen attacked a police post. It said ..."
        has a name the model took for a place)."""
        entity = self.entity_of(span.kb_id_)
        if entity is None:
            return False
        if entity.kind in _ACTOR_KINDS or entity.key in self.speaking_places:
            return True
        return self.related_state(entity, "stands_for") is not None

    def party_place_at(self, token: Token) -> str | None:
        """The key of the place no gazetteer row or QID names whose mention ``token`` heads. Its callers ask at a doer
        they found (the doer of a hostile act done, not negated or envisaged, or its owner: "Ostrelia fired rockets",
        "ships from Corvina"; the party an accusing cue blames: "accused Vestria of ..."), where the text makes it a
        party; no state is guessed for a capital the text does not name as one, a known place is no party ("Gaza")."""
        span = self.entity_at.get(token.i)
        return span.kb_id_ if span is not None and token == span.root and span.kb_id_ in self._unknown_places else None

    def _unknown_places_speaking(self) -> tuple[frozenset[str], frozenset[str]]:
        """The places no gazetteer row or QID names that the document mentions, and of them those the text makes the
        subject of a cue verb ("Port Halden stated that ..."; not "border town X reported")."""
        entities = self._entities.items()
        unknown = frozenset(key for key, e in entities if e.kind == "place" and not e.qid and not e.gazetteer_id and key in self._spans_of)
        return unknown, _speaking_places(self._spans_of, unknown) if unknown else unknown

    def related_state(self, entity: Entity | None, column: str) -> str | None:
        """The key of the state an entity's gazetteer row names: ``stands_for`` (a capital's
        state) or ``part_of`` (a ministry's government)."""
        entry = self.gazetteer.related(entity, column) if entity is not None else None
        return entry.key if entry is not None else None

    def acting_state(self, entity: Entity | None) -> str | None:
        """The state an entity speaks for: a capital's state or a ministry's government."""
        return self.related_state(entity, "stands_for") or self.related_state(entity, "part_of")

    def nationality(self, word: str) -> str | None:
        """The key of the state a demonym names ("Armenian" → Armenia), if the gazetteer knows it."""
        entry = self.gazetteer.state_of_demonym(word)
        return entry.key if entry is not None else None

    def actor_key(self, token: Token) -> str | None:
        """The key of the entity (actor or place) a token names, or of the state its demonym names."""
        span = self.entity_at.get(token.i)
        if span is not None:
            return span.kb_id_
        return self.nationality(token.lower_)

    def described_source(self, head: Token, skip: frozenset[int] = frozenset()) -> str:
        """The key of the described source a phrase headed by ``head`` names (one per description); ``skip``: the
        tokens of the other conjuncts of a coordinated modifier ("Afghan and U.S. officials": "Afghan officials")."""
        lexicon = claim_lexicon()
        tokens = [token for token in description_tokens(head, lexicon) if token.i not in skip]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = doc_text(self.doc)[start:end]
        named = tokens[1:] if len(tokens) > 1 and tokens[0].lower_ in lexicon.definite_articles else tokens
        if skip:
            label = " ".join(token.text for token in named)
        else:
            label = " ".join(doc_text(self.doc)[named[0].idx : end].split())  # "the authorities" is described as "authorities"
        local_id = source_id(label)
        key = SOURCE_PREFIX + local_id
        if key not in self.sources:
            kind = source_kind(head, lexicon)
            actor_of = (lambda token: None if token.i in skip else self.actor_key(token)) if skip else self.actor_key
            self.sources[key] = DescribedSource(local_id, kind, label, start, end, text, affiliation(head, lexicon, actor_of))
            self._source_heads[key] = head.lemma_.lower()
        return key

    def last_source(self, before: int, lemmas: frozenset[str]) -> tuple[str, ...] | None:
        """The most recent described source whose head has one of these lemmas ("officials" after
        "Ukrainian officials", "the broadcaster" after "al-Masirah TV")."""
        for item in reversed(self.observations_before(before)):
            if len(item.keys) == 1 and self._source_heads.get(item.keys[0]) in lemmas:
                return item.keys
        return None

    def last_described_person(self, before: int, lemmas: frozenset[str], latest: bool = False) -> tuple[str, ...] | None:
        """The most recent described one-person source whose head has one of these lemmas, also one of several
        speakers ("the resident" after "according to the group's leader and a resident"); with ``latest``, only
        when no named person was mentioned after it ("the official" after "a senior military source", not after
        "a military source said ... . Colonel X said ...")."""
        for item in reversed(self.observations_before(before)):
            for key in item.keys:
                source = self.sources.get(key)
                if source is not None and source.kind == "person" and self._source_heads.get(key) in lemmas:
                    return (key,)
            if latest and item.person and any(key not in self.sources for key in item.keys):
                return None
        return None

    def last_outlet(self, before: int) -> tuple[str, ...] | None:
        """The most recent named news outlet (a name with a media word: "Al-Masirah TV", "Xinhua News Agency")."""
        words = self._outlet_words()
        for item in reversed(self.observations_before(before)):
            if len(item.keys) == 1 and not item.person and item.keys[0] not in self.sources and words & set(item.context.split()):
                return item.keys
        return None

    def last_group_actor(self, before: int, kinds: frozenset[str] = GROUP_KINDS) -> tuple[str, ...] | None:
        """The most recent armed group or organisation named ("the group" after "M23"), a subject or
        speaker first ("M23 ... took up arms against Congolese forces. The group has accused ..."); only
        those of ``kinds``."""
        items = [item for item in self.observations_before(before) if len(item.keys) == 1]
        groups = [item for item in items if (entity := self.entity_of(item.keys[0])) is not None and entity.kind in kinds]
        salient = [item for item in groups if item.salient]
        chosen = salient or groups
        return chosen[-1].keys if chosen else None

    def observe_claim(self, position: int, resolution: SpeakerResolution, statement: bool = True) -> None:
        """Record the speakers of a claim whose cue is at ``position``; ``statement`` false for a cue that only
        describes a noun ("a ceasefire proposed by Russian peacekeepers"), which a later "the statement" is not."""
        self._claims.append((position, resolution.keys))
        if statement:
            self._statements.append((position, resolution.keys))
        if resolution.start >= 0 and resolution.keys:
            self._phrases[resolution.start] = (resolution.end, resolution.keys)
        if self._office_phrase(resolution):
            self._office_claims.add(position)
        person = all(self.is_person_key(key) for key in resolution.keys) or _personal_source(resolution)
        if len(resolution.keys) == 1 and resolution.text:
            self._described.setdefault(resolution.keys[0], []).append(resolution.text.lower())
        insort(self._observations, _Observation(position, len(resolution.keys), resolution.keys, person, True, resolution.text.lower()))

    def same_description(self, head: Token) -> tuple[str, ...] | None:
        """The one person the nearest earlier claim's source phrase with the same words as ``head``'s named ("the
        spokesperson of the Russian President" said again)."""
        words = _subtree_words(head)
        for start in sorted((start for start in self._phrases if start < head.idx), reverse=True):
            end, keys = self._phrases[start]
            if len(keys) != 1 or keys[0] in self.sources or not self.is_person_key(keys[0]):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and _subtree_words(span.root) == words:
                return keys
        return None

    def spoke_as(self, token: Token) -> tuple[str, ...] | None:
        """The speakers a claim's source phrase headed by ``token`` was resolved to, if it was one."""
        for start, (end, keys) in self._phrases.items():
            if start <= token.idx < end:
                return keys
        return None

    def _office_phrase(self, resolution: SpeakerResolution) -> bool:
        """Whether a claim's source phrase is headed by an office noun ("The office of X, the president,
        said", "President X's office described"): a thing that a later "it" can continue, though X speaks."""
        if resolution.start < 0 or len(resolution.keys) != 1:
            return False
        if resolution.method == "pronoun" and resolution.text.lower() in shared_words().pronouns.thing:
            return True  # "It said ... . More talks will be held, it added": the office goes on
        span = self.doc.char_span(resolution.start, resolution.end, alignment_mode="expand")
        return span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in claim_lexicon().press_office_nouns

    def last_claim(self, before: int, skip: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
        """The speakers of the last claim before a position that is a statement of its own (claims are observed
        in text order): "X said it accepted a truce proposed by Y. The statement also ...": X's statement; not a claim
        its cue reports inside an earlier claim of a body ("The Kremlin reported that X apologized and expressed
        condolences. ... the statement read": the Kremlin's; a spokesperson's statement that X emphasized goes on
        telling X's words: "“He called on ...,” the statement read"); with ``skip``, not a claim of those speakers."""
        at = bisect_left(self._statements, before, key=lambda claim: claim[0])
        statements = [(position, keys) for position, keys in self._statements[:at] if not skip & set(keys)]
        if not statements:
            return None
        cues = {position for position, keys in statements if not all(self.is_person_key(key) for key in keys)}
        for position, keys in reversed(statements):
            if not self._reported_inside(position, cues):
                return keys
        return statements[-1][1]

    def _reported_inside(self, position: int, cues: set[int]) -> bool:
        """Whether the cue at ``position`` lies in the clause another claim's cue in ``cues`` governs."""
        at = tokens_before(self.doc, position)
        if at >= len(self.doc) or self.doc[at].idx != position:
            return False
        return any(ancestor.idx in cues for ancestor in self.doc[at].ancestors)

    def previous_source(self, pronoun: Token) -> tuple[str, ...] | None:
        """The one non-person speaker of the last claim of the sentence before a pronoun's ("According to
        state radio, rebels shelled the town. It said ...": the radio goes on, not the rebels)."""
        number = sentence_numbers(self.doc)[pronoun.i]
        reported = reported_before(pronoun)
        named = [item for item in self.observations_before(pronoun.idx) if item.position >= pronoun.sent.start_char and item.position not in reported]
        if number == 0 or named:
            return None  # an actor named before it in its sentence: "X issued a statement that it said ..."
        start = self.doc[sentences(self.doc)[number - 1][0]].idx
        at = bisect_left(self._claims, pronoun.idx, key=lambda claim: claim[0])
        if not at or not start <= self._claims[at - 1][0] < pronoun.sent.start_char:
            return None
        position, keys = self._claims[at - 1]
        return keys if len(keys) == 1 and (not self.is_person_key(keys[0]) or position in self._office_claims) else None

    def last_relayer(self, before: int) -> tuple[str, ...] | None:
        """The one non-person speaker of the most recent claim in reach ("According to state radio, rebels
        fired first. The army returned fire. It quoted security sources as saying ...": the radio relays,
        not the army that acted in between)."""
        at = bisect_left(self._claims, before, key=lambda claim: claim[0])
        for position, keys in reversed(self._claims[:at]):
            if position < before - MAX_DISTANCE:
                break
            if len(keys) == 1 and not self.is_person_key(keys[0]):
                return keys
        return None

    def last_group(self, before: int, salient: bool = True) -> tuple[str, ...] | None:
        """The most recent salient coordinated group of two or more actors (a subject, speakers); with ``salient``
        false, the most recent pair named after "between" ("fighting between Armenia and Azerbaijan")."""
        for item in reversed(self.observations_before(before)):
            if item.salient == salient and len(item.keys) >= 2:
                return item.keys
        return None

    def last_people(self, before: int, since: int, single: int = 0) -> tuple[str, ...] | None:
        """The most recent salient coordinated group of two or more people observed from offset ``since`` on ("X and
        Y discussed the war ... . The officials urged ...": X and Y); with ``single``, else the last that many people
        named one by one ("X conveyed condolences to Y ... . Both leaders emphasized ...": X and Y)."""
        if single:
            grouped = self.last_people(before, since)
            if grouped is not None:
                return grouped
            people: dict[str, None] = {}  # any mention: "to Y" is no subject, but one of the pair
            for span in reversed(entity_spans(self.doc)):
                if since <= span.start_char < before and self.is_person(span) and not self.in_quote(span.start_char):
                    people.setdefault(span.kb_id_)
            found = list(people)
            return tuple(reversed(found[:single])) if len(found) >= single else None
        for item in reversed(self.observations_before(before)):
            if item.position < since:
                break
            if item.salient and len(item.keys) >= 2:
                return item.keys if all(self.is_person_key(key) for key in item.keys) else None
        return None

    def people_of_sentence(self, pronoun: Token) -> tuple[str, ...] | None:
        """The two or more people a sentence names before a plural pronoun, when no other actor is a subject or speaker
        before it ("X received a call from Y, during which they stressed ...")."""
        items = [item for item in self.observations_before(pronoun.idx) if item.position >= pronoun.sent.start_char and item.size == 1]
        if any(not item.person and item.salient for item in items) or not any(item.salient for item in items):
            return None
        if any(token.dep_ in SUBJECT_DEPS and token.tag_ in PLURAL_TAGS for token in self.doc[pronoun.sent.start : pronoun.i]):
            return None  # "Police arrested X and Y, and they said ...": the police
        people = tuple(dict.fromkeys(item.keys[0] for item in items if item.person))
        return people if len(people) >= 2 else None

    def last_pair(self, before: int, states_since: int | None = None) -> tuple[str, ...] | None:
        """With no coordinated group in reach, the two most recent actors of two different sides seen as subjects
        or speakers ("Azerbaijan said it had halted the offensive after separatist forces agreed to a ceasefire. Under
        the agreement, confirmed by both sides, ..."); a body and its state are one side, people, described
        sources and news outlets (whose report is no side's: "the state-run X newspaper reported") are none, but for
        armed groups ("Kokang rebels denied ..."). With
        ``states_since`` ("both countries"), two states: a body stands for its state, an actor of no state is no
        side, and a state named from that offset on completes a single one ("... retreat into neighbouring Chad")."""
        found: dict[str, str] = {}  # side -> the key seen last
        items, words = self.observations_before(before), self._outlet_words()
        outlets = {item.keys[0] for item in items if len(item.keys) == 1 and words & set(item.context.split())}
        armed = claim_lexicon().armed_group_anaphors
        for item in reversed(items):
            if not item.salient or len(item.keys) != 1 or item.person:
                continue
            key, entity = item.keys[0], self.entity_of(item.keys[0])
            if key.startswith(SOURCE_PREFIX) and states_since is None and self._source_heads.get(key) in armed:
                found.setdefault(key, key)  # "Kokang rebels denied ... . The two sides traded accusations": the rebels
                if len(found) == 2:
                    return tuple(reversed(found.values()))
                continue
            if entity is None or key in outlets:
                continue
            state = self.acting_state(entity) or (key if entity.kind == "state" else None)
            if states_since is not None and state is None:
                continue
            side = state or key
            found.setdefault(side, side if states_since is not None else key)
            if len(found) == 2:
                return tuple(reversed(found.values()))
        if states_since is not None and len(found) == 1:
            for span in reversed(entity_spans(self.doc)):
                entity = self.entity_of(span.kb_id_) if states_since <= span.start_char < before else None
                if entity is not None and entity.kind == "state" and span.kb_id_ not in found:
                    return (*found.values(), span.kb_id_)
        return None

    def states_of(self, keys: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """The states a group's actors are or speak for, when they are two or more ("both countries" after "Sudan's
        army and Chad said"); ``None`` when fewer."""
        found = [self.acting_state(entity) or (key if entity is not None and entity.kind == "state" else None)
                 for key in keys or () for entity in [self.entity_of(key)]]
        states = tuple(dict.fromkeys(state for state in found if state is not None))
        return states if len(states) >= 2 else None

    def _outlet_words(self) -> frozenset[str]:
        lexicon = claim_lexicon()
        return frozenset(lexicon.media_nouns | lexicon.outlet_words | {lexicon.news_word})

    def next_group(self, after: int, end: int) -> tuple[str, ...] | None:
        """The first coordinated group of two or more actors named between two offsets ("Both sides
        accused each other of breaking the deal, which Kinshasa and Kigali had signed")."""
        first = bisect_left(self._observations, _Observation(after, 0, (), False, False, ""))
        for item in self._observations[first:]:
            if item.position >= end:
                break
            if len(item.keys) >= 2:
                return item.keys
        return None

    def last_person(
        self,
        before: int,
        role: str | None = None,
        titled: bool = False,
        state: str | None = None,
        of_state: bool = False,
        named: bool = False,
        affiliation: str | None = None,
        skip: range = range(0),
        subordinate: bool = False,
    ) -> tuple[str, ...] | None:
        """The most recent person (salient ones first); with ``role``, one described by it; ``titled``:
        one introduced with a person role ("President Ruto"); with ``state``, not one introduced with
        another state's demonym ("the Turkish president" is not "Russian President Putin"), and with
        ``of_state`` only one introduced with that state's ("Azerbaijan's prosecutor-general" is not
        "UN Secretary-General Guterres"); ``named``: not a described source (it has a role of its own);
        ``affiliation``: one whose mention has that word ("the representative of Karabakh Armenians" is not
        "an Azerbaijani representative" said before); none mentioned at a position in ``skip``; with ``role``, one
        introduced as a deputy of it only when ``subordinate`` ("the state security secretary" is not "deputy secretary
        of security X")."""
        items = [item for item in self.observations_before(before) if item.person and len(item.keys) == 1 and item.position not in skip]
        if named:
            items = [item for item in items if item.keys[0] not in self.sources]
        if role is not None:
            ranks = claim_lexicon().subordinate_ranks
            items = [item for item in items if role in item.context and any(
                f"{rank} {role}" in item.context or f"{rank}-{role}" in item.context for rank in ranks) == subordinate]
        if affiliation is not None:
            items = [item for item in items if any(_derived_from(word, affiliation) for word in self._described_words(item))]
        if titled:
            roles = shared_words().person_roles
            items = [item for item in items if item.keys[0] not in self.sources and roles & set(item.context.split())]
        if state is not None:
            items = [item for item in items if self.states_named(item.context) <= {state}]
            if of_state:
                items = [item for item in items if state in {self.nationality(w) for w in item.context.split()}]
        salient = [item for item in items if item.salient]
        chosen = salient or items
        return chosen[-1].keys if chosen else None

    def states_named(self, context: str) -> frozenset[str]:
        """The states a mention's role words name: by a demonym ("Russian President X") or by the name of a state the
        document links ("United States President X", "Azerbaijan's president")."""
        known = self._states_in.get(context)
        if known is not None:
            return known
        words = context.replace("'s", " ").replace("\u2019s", " ").split()
        found = {key for key in map(self.nationality, words) if key is not None}
        padded = f" {' '.join(words)} "
        if self._state_names is None:
            self._state_names = {span.text.lower(): key for key in self._entities if self.is_state(key) for span in self.spans_of(key)}
        found.update(key for name, key in self._state_names.items() if f" {name} " in padded)
        self._states_in[context] = result = frozenset(found)
        return result

    def described_as(self, key: str) -> list[str]:
        """The words of the source phrases of the claims observed so far with one speaker ("the ukrainian president")."""
        return self._described.get(key, [])

    def mention_contexts(self, key: str) -> list[str]:
        """The role words of each mention linked to a key (see ``mention_context``)."""
        found = self._contexts.get(key)
        if found is None:
            found = self._contexts[key] = [mention_context(span) for span in self.spans_of(key)]
        return found

    def last_person_called(self, before: int, words: frozenset[str]) -> tuple[str, ...] | None:
        """The most recent person whose mention has one of these words ("his wife Veronika Zonabend", "Chidera's
        wife" for "the woman")."""
        for item in reversed(self.observations_before(before)):
            if item.person and len(item.keys) == 1 and words & set(item.context.split()):
                return item.keys
        return None

    def _described_words(self, item: _Observation) -> set[str]:
        """The words a mention was described with: its context, and a described source's whole label."""
        source = self.sources.get(item.keys[0])
        return set(item.context.split()) | (set(source.label.lower().split()) if source is not None else set())

    def last_actor(self, before: int, plural: bool, sentence_start: int) -> tuple[str, ...] | None:
        """The most recent non-person actor: named earlier in the sentence, else a salient one."""
        items = [item for item in self.observations_before(before) if not item.person]
        if not plural:
            items = [item for item in items if len(item.keys) == 1]
        here = [item for item in items if item.position >= sentence_start]
        earlier = [item for item in items if item.position < sentence_start and item.salient]
        for group in ([i for i in here if i.salient], here, earlier, items):
            if group:
                return group[-1].keys
        return None

    def last_state(self, before: int) -> tuple[str, ...] | None:
        """The most recent state named (a subject or speaker first)."""
        items = [item for item in self.observations_before(before) if len(item.keys) == 1 and self.is_state(item.keys[0])]
        salient = [item for item in items if item.salient]
        chosen = salient or items
        return chosen[-1].keys if chosen else None

    def is_state(self, key: str) -> bool:
        """Whether the entity of ``key`` is a state."""
        entity = self.entity_of(key)
        return entity is not None and entity.kind == "state"

    def described(self, before: int, word: str, people: bool = True) -> tuple[str, ...] | None:
        """The most recent single actor whose mention or context has a word starting with ``word`` ("separatist"
        in "separatists", not "resident" in "president"; not a person unless ``people``)."""
        for item in reversed(self.observations_before(before)):
            if len(item.keys) == 1 and (people or not item.person) and any(w.startswith(word) for w in item.context.split()):
                return item.keys
        return None

    def observations_before(self, position: int) -> list[_Observation]:
        """The observations within ``MAX_DISTANCE`` characters before ``position``, in order."""
        first = bisect_left(self._observations, _Observation(position - MAX_DISTANCE, 0, (), False, False, ""))
        last = bisect_left(self._observations, _Observation(position, 0, (), False, False, ""))
        return self._observations[first:last]

    def is_person(self, span: Span) -> bool:
        """Whether a mention names a person."""
        entity = self.entity_of(span.kb_id_)
        return entity is not None and entity.kind == "person"

    def is_person_key(self, key: str) -> bool:
        """Whether a speaker key is a person: a linked one or a described one ("a doctor")."""
        if key in self.sources:
            return self.sources[key].kind == "person"
        entity = self.entity_of(key)
        return entity is not None and entity.kind == "person"

    def _observe_mentions(self) -> None:
        seen: set[int] = set()
        verbal, number = _verbal_sentences(self.doc), sentence_numbers(self.doc)
        for span in entity_spans(self.doc):
            if span.start in seen or not span.kb_id_ or not self.is_actor(span) or self.in_quote(span.start_char):
                continue
            if _addressee(span.root) or _vessel(span) or not verbal[number[span.start]]:
                continue  # "told AFP", "in a comment to Al Jazeera", a ship, a dateline: nobody "it" refers to
            seen.add(span.start)
            self._observations.append(self._mention(span))
            head = span.root
            paired = head.dep_ == "pobj" and head.head.lower_ in claim_lexicon().pair_prepositions  # "between A and B"
            split = split_subjects(head)
            if (head.dep_ in SUBJECT_DEPS or paired) and (split or any(child.dep_ == "conj" for child in head.children)):
                keys = tuple(dict.fromkeys(key for other in (*split, head) for key, _ in conjunct_keys(other, self)))
                if len(keys) >= 2:  # placed at its last conjunct, after the single mentions; a "between" pair is no subject
                    last = max(token.idx for token in conjuncts(head))
                    self._observations.append(_Observation(last, len(keys), keys, False, not paired, ""))
        self._observations.sort()

    def _mention(self, span: Span) -> _Observation:
        head = span.root
        if head.dep_ == "compound" and head.head.lemma_.lower() in claim_lexicon().name_heads:
            head = head.head  # "the Houthi group has been attacking ...": the name's own noun is the subject
        salient = head.dep_ in SUBJECT_DEPS or (head.dep_ == "conj" and conj_root(head).dep_ in SUBJECT_DEPS)
        person = self.is_person_key(span.kb_id_)
        entity = self.entity_of(span.kb_id_)
        context = mention_context(span) if person or entity is None else f"{span.text} {entity.label}".lower()
        return _Observation(span.start_char, 1, (span.kb_id_,), person, salient, context)


def _personal_source(resolution: SpeakerResolution) -> bool:
    """Whether one named speaker is a person whatever kind the recogniser gave its name: the text
    calls it "he" or "she", or names it in apposition to a person's role ("The Ombudsman, Eliana
    Revollar, told ..."); a later "she concluded" is then that speaker's."""
    words = resolution.text.lower().replace(",", " , ").split()
    if len(resolution.keys) == 1 and resolution.method == "voice":
        return True  # "a representative of the Karen National Union": a person speaks for the body
    if len(resolution.keys) != 1 or not words or resolution.method not in ("entity", "pronoun"):
        return False
    if resolution.method == "pronoun":
        return words == [words[0]] and words[0] in shared_words().pronouns.person
    lexicon = claim_lexicon()
    role = words[1] if words[0] in lexicon.definite_articles | shared_words().indefinite_articles and len(words) > 1 else words[0]
    return role in shared_words().person_roles and "," in words[1:3]


def _verbal_sentences(doc: Doc) -> list[bool]:
    """Whether each sentence has a verb."""
    pos = token_table(doc).pos
    return [any(pos[i] in VERBAL for i in range(start, end)) for start, end in sentences(doc)]


def _addressee(head: Token) -> bool:
    """Whether a mention is spoken to: the object of "tell", or "to X" after speech ("speaking to X")."""
    lexicon = claim_lexicon()
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in lexicon.recipient_cues
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        governor = head.head.head
        return governor.lemma_.lower() in lexicon.verbs or governor.lemma_.lower() in lexicon.speech_words
    return False


def _vessel(span: Span) -> bool:
    """A ship named by the text ("the tanker MV Sounion", "the cargo ship Galaxy Leader")."""
    sentence_start = sentences(span.doc)[sentence_numbers(span.doc)[span.start]][0]
    before = span.doc[max(sentence_start, span.start - 2) : span.start]
    return any(token.lower_ in claim_lexicon().vessel_words for token in (*before, span[0]))


def _subtree_words(head: Token) -> str:
    """The lower-case words of a noun phrase, without its trailing punctuation."""
    return " ".join(token.lower_ for token in head.subtree if not token.is_punct)


def reported_before(pronoun: Token) -> range:
    """The characters of what the pronoun's own cue reports before it ("The base is operated by the army and
    forces of the region, it reported."): actors named there are what is said, not who says it."""
    clauses = [child for child in pronoun.head.children if child.dep_ == "ccomp" and child.i < pronoun.i]
    if pronoun.dep_ != "nsubj" or not clauses:
        return range(0)
    first, last = clauses[0].left_edge, clauses[-1].right_edge
    return range(first.idx, last.idx + len(last.text))


def _derived_from(word: str, noun: str) -> bool:
    """Whether a word of a mention is ``noun`` or an adjective or possessive made from it by a short ending: "the
    representative of the president" is the "Presidential Representative" named before."""
    return word == noun or len(noun) >= 5 and word.startswith(noun) and len(word) - len(noun) <= 3


def mention_context(span: Span) -> str:
    """A mention with its role words: a few tokens before it, the role noun its name hangs on further back (the title
    runs on through "of": "the Undersecretary of the Ministry of Foreign Affairs (MFA) Tomas Lind") and its apposition."""
    doc = span.doc
    left = doc[max(span.sent.start, span.start - 4) : span.end]
    roles = shared_words().person_roles
    words = [token.lower_ for token in span.root.lefts if token.i < left.start and token.dep_ in ("nmod", "compound") and token.lemma_.lower() in roles]
    words.append(left.text.lower())
    for child in span.root.children:
        if child.dep_ == "appos":
            words.append(" ".join(token.lower_ for token in child.subtree))
    return " ".join(words)


def _speaking_places(spans_of: dict[str, list[Span]], places: frozenset[str]) -> frozenset[str]:
    """Of ``places`` (keys of places no gazetteer row or QID names), those one mention makes the subject of a cue verb
    ("Port Halden stated that ...", "Galdoria described the region as ..."): the text makes them speak; not a place
    that only lies, burns or is shelled ("Marrow lies on the river"), nor one a settlement word describes ("border
    town X reported")."""
    verbs, lexicon = claim_lexicon().verbs, linking_lexicon()
    described = lexicon.settlement_words | lexicon.area_heads  # "border town X reported": a place described as one
    return frozenset(
        key for key in places
        if any(span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB" and span.root.head.lemma_.lower() in verbs
               and not (span.start and span.doc[span.start - 1].lower_ in described) for span in spans_of[key])
    )
