"""The spaCy components kg adds to a pipeline, registered as factories with complete default configs.

They are advertised through the ``spacy_factories`` entry point, so a saved
pipeline that uses them loads without importing kg first. The ruler and the
linker take their gazetteer from the registered function ``kg.gazetteer.v1``,
which returns one shared object per set of files; both write it with ``to_disk``
and read it back with ``from_disk``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, registry

from kg.nlp.doccache import doc_text, token_table
from kg.nlp.gazetteer import (
    IN_DOCUMENT,
    PATTERNS_FILE,
    SHIPPED_FILES,
    SPACY_LABEL_BY_KIND,
    Gazetteer,
    gazetteer_from_disk,
    gazetteer_to_disk,
    load_gazetteer,
    plain_apostrophes,
)
from kg.nlp.headline_case import HeadlineCase
from kg.nlp.lede_tags import LedeTags
from kg.nlp.linking import acts_for_government, link_entities
from kg.nlp.missed_spans import rule_spans
from kg.nlp.names import (
    LINKING_LEXICON,
    LinkingLexicon,
    common_noun_at_start,
    common_noun_phrase_at_start,
    common_words,
    compass_adjective,
    ends_of_name,
    extends_name,
    field_words,
    given_name_opening,
    linking_lexicon,
    never_a_name_alone,
)
from kg.nlp.sentences import DEFAULT_MAX_SENTENCE_TOKENS, SentenceBreaks
from kg.nlp.smart_quotes import PlainQuotes, SmartQuotes
from kg.nlp.templates import STATE_REFERENCES, ReferenceFinder
from kg.nlp.whitespace import WhitespaceFeatures
from kg.records import Entity, Mention

Doc.set_extension("kg_entities", default=None, force=True)
Doc.set_extension("kg_mentions", default=None, force=True)

_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")

#: The gazetteer config both components share by default: the shipped files, no user files.
GAZETTEER_CONFIG: dict[str, Any] = {
    "@misc": "kg.gazetteer.v1",
    "shipped": list(SHIPPED_FILES),
    "patterns": PATTERNS_FILE,
    "user_files": [],
}


@registry.misc("kg.gazetteer.v1")
def make_gazetteer(shipped: list[str], patterns: str, user_files: list[str]) -> Gazetteer:
    """The gazetteer of the shipped files (world file first when present) and ``user_files`` on top."""
    return load_gazetteer(tuple(shipped), patterns, tuple(user_files))


@Language.factory("kg_smart_quotes")
def smart_quotes(nlp: Language, name: str) -> SmartQuotes:
    """A copy of the document with curly quotation marks for straight ones (``kg.nlp.smart_quotes``). Placed first."""
    return SmartQuotes()


@Language.factory("kg_plain_quotes")
def plain_quotes(nlp: Language, name: str) -> PlainQuotes:
    """The input's quotation marks back under the copy's annotations (``kg.nlp.smart_quotes``). Placed after ``ner``."""
    return PlainQuotes()


@Language.factory("kg_whitespace_features")
def whitespace_features(nlp: Language, name: str) -> WhitespaceFeatures:
    """White-space tokens read with the features of their plain form (``kg.nlp.whitespace``). Placed after ``kg_smart_quotes``, before the models."""
    return WhitespaceFeatures(nlp.vocab)


@Language.factory(
    "kg_paragraph_breaks",
    assigns=["token.is_sent_start"],
    default_config={"max_sentence_tokens": DEFAULT_MAX_SENTENCE_TOKENS},
)
def paragraph_breaks(nlp: Language, name: str, max_sentence_tokens: int) -> SentenceBreaks:
    """Sentence boundaries the parser must keep (``kg.nlp.sentences``). Placed after the tagger, before the parser."""
    return SentenceBreaks(max_sentence_tokens, linking_lexicon().title_abbreviations)


@Language.factory(
    "kg_lede_tags",
    assigns=["token.tag"],
    default_config={"components": ["tok2vec", "tagger"], "max_tokens": 80},
)
def lede_tags(nlp: Language, name: str, components: list[str], max_tokens: int) -> LedeTags:
    """A lede run on after a dateline tagged again on its own, a headline in Title Case or capitals in sentence case
    (``kg.nlp.lede_tags``). Placed after ``kg_paragraph_breaks``, before the parser; ``components`` are the
    pipeline's tok2vec and tagger (for a transformer pipeline: its transformer and tagger)."""
    return LedeTags(nlp, components, max_tokens)


@Language.factory(
    "kg_headline_case",
    assigns=["doc.ents"],
    default_config={"components": ["tok2vec", "tagger", "attribute_ruler", "lemmatizer", "kg_gazetteer_ruler", "ner"], "min_words": 3, "max_tokens": 40},
)
def headline_case(nlp: Language, name: str, components: list[str], min_words: int, max_tokens: int) -> HeadlineCase:
    """A headline in capitals or Title Case read again in the case the body writes its words in
    (``kg.nlp.headline_case``). Placed after ``ner``, before ``kg_entity_linker``."""
    return HeadlineCase(nlp, components, min_words, max_tokens)


@Language.factory(
    "kg_gazetteer_ruler", assigns=["doc.ents"], default_config={"gazetteer": GAZETTEER_CONFIG, "lexicon": LINKING_LEXICON}
)
def make_gazetteer_ruler(nlp: Language, name: str, gazetteer: Gazetteer, lexicon: str) -> GazetteerRuler:
    """Marks the gazetteer's names and descriptive references (patterns and templates) as entities.

    Placed before the model's ``ner``, so the statistical model respects its spans.
    """
    return GazetteerRuler(nlp, gazetteer, linking_lexicon(lexicon))


class GazetteerRuler:
    """Names matched case-sensitively (a token index), descriptive references by lower case (a phrase matcher).

    A name is not matched inside a longer capitalised name ("Kenya" in "Kenya Defence Forces",
    "National" in "the National Defence Council", "Aden" in "the Gulf of Aden"; a demonym before a state or place only
    describes it: "mostly Christian Armenia"), nor when its words are never a name alone
    ("North", a region of Cameroon), nor a one-word place opening a sentence that the tagger reads as a
    common word ("Coast guards rescued"). Overlapping matches resolve to the longest (a
    name or pattern before a template of the same length); each span's ``ent_id_`` is the gazetteer id, read by ``kg_entity_linker``; a template
    match ("the Thai army") has none and is recorded in ``doc.user_data[STATE_REFERENCES]``.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, lexicon: LinkingLexicon) -> None:
        self.nlp = nlp
        self.lexicon = lexicon
        self._build(gazetteer)

    def _build(self, gazetteer: Gazetteer) -> None:
        """Index the names and fill the description matcher.

        Names are indexed as token strings, not as spaCy docs: a world gazetteer has over a
        hundred thousand names, and a doc per name would add a lexeme per unseen word.
        """
        self.gazetteer = gazetteer
        self.names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entry_id, name in gazetteer.names():
            tokens = tuple(plain_apostrophes(token) for token in self._tokens(name))
            if tokens:
                self.names.setdefault(tokens[0], []).append((tokens, entry_id))
        self.descriptions = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        by_pattern: dict[str, list[Doc]] = {}
        for index, _, words in gazetteer.pattern_expansions():
            by_pattern.setdefault(str(index), []).append(Doc(self.nlp.vocab, words=list(words)))
        for key, docs in by_pattern.items():
            self.descriptions.add(key, docs)
        states = [(self._tokens(name), entry_id) for entry_id, name in gazetteer.names() if gazetteer.entries[entry_id].kind == "state"]
        demonyms = [(tuple(t.lower() for t in self._tokens(word)), gazetteer.states_of_demonym(word)) for word in gazetteer.demonyms()]
        self._demonyms = gazetteer.demonym_words
        self.references = ReferenceFinder(
            gazetteer.templates, states, sorted(demonyms), self.lexicon.focus_nouns, self.lexicon.demonym_endings, self.lexicon.stance_prefixes,
            self.lexicon.generic_institutions, self.lexicon.coordinators,
        )

    def _adjective_before(self, doc: Doc, start: int, entry_id: str) -> bool:
        """Whether the capitalised word before a state's or place's name is a demonym describing it, not part of a
        longer name: "mostly Christian Armenia", "predominantly Muslim Azerbaijan" ("Christian Aid" is no match; "Western"
        is a compass word first: "in Mpondwe Western Uganda")."""
        word = doc[start - 1].lower_ if start > 0 else ""
        return word in self._demonyms and not compass_adjective(word, self.lexicon) and self.gazetteer.entries[entry_id].kind in ("state", "place")

    def _given_name_before(self, doc: Doc, start: int, end: int, entry_id: str) -> bool:
        """Whether a listed person's surname alone follows another given name opening the sentence
        ("Hovhannes Harutyunyan said" is not the listed Arayik Harutyunyan); not a word the gazetteer or
        its demonyms know ("Armenian Harutyunyan", "Baku ...")."""
        if end - start != 1 or self.gazetteer.entries[entry_id].kind != "person" or not given_name_opening(doc, start - 1, self.lexicon):
            return False
        word = doc[start - 1].text
        return word.lower() not in self._demonyms and self.gazetteer.lookup(word) is None

    def _tokens(self, name: str) -> tuple[str, ...]:
        """The tokens of a name as the tokenizer splits them: plain words with single spaces that
        are no special case of the tokenizer split at the spaces (fast), others by the tokenizer."""
        words = name.split(" ")
        if _PLAIN_NAME.match(name) and not any(word in self._special_cases for word in words):
            return tuple(words)
        return tuple(token.text for token in self.nlp.make_doc(name))

    @cached_property
    def _english(self) -> frozenset[str]:
        """The words the pipeline's lemmatizer lists, of every class: no group's own name."""
        return common_words(self.nlp) | field_words(self.nlp)

    @cached_property
    def _special_cases(self) -> frozenset[str]:
        tokenizer: Tokenizer = self.nlp.tokenizer  # type: ignore[assignment]  # spaCy types it as any callable
        return frozenset(tokenizer.rules or ())

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            self._span(doc, start, end, entry_id)
            for start, end, entry_id in self._name_matches(doc)
            if not ((extends_name(doc, start - 1, self.lexicon) and not self._adjective_before(doc, start, entry_id))
                    or extends_name(doc, end, self.lexicon) or ends_of_name(doc, start, self.lexicon)
                    or self._given_name_before(doc, start, end, entry_id))
            and not never_a_name_alone(doc[start:end], self.lexicon)
            and not (self.gazetteer.entries[entry_id].kind == "place" and common_noun_at_start(doc, start, end))
        ]
        lower = doc_text(doc).lower()
        for match_id, start, end in self.descriptions(doc):
            pattern = self.gazetteer.patterns[int(doc.vocab.strings[match_id])]
            if pattern.get("id") and common_noun_phrase_at_start(doc, start, end, self.lexicon):
                continue  # "Amnesty for the fighters was approved": the common noun, not the short name of a body
            if not pattern[IN_DOCUMENT] or any(word.lower() in lower for word in pattern[IN_DOCUMENT]):
                spans.append(self._span(doc, start, end, pattern["id"]))
        spans.extend(rule_spans(doc, self.lexicon, self._demonyms, self._english))
        references = {(start, end): reference for start, end, reference in self.references(doc)}
        known = [(start, end, ref) for (start, end), ref in references.items() if ref.unknown is None]  # the others wait for the NER
        spans.extend(Span(doc, start, end, label=SPACY_LABEL_BY_KIND[ref.template.kind]) for start, end, ref in known)
        doc.ents = filter_spans(list(doc.ents) + spans)
        doc.user_data[STATE_REFERENCES] = references
        return doc

    def _name_matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of every occurrence of a name, by the token it starts with; apostrophes of any
        form match ("N’Djamena", "Côte dʼIvoire" for the rows' "N'Djamena", "Côte d'Ivoire")."""
        texts = token_table(doc).text
        if "’" in doc_text(doc) or "ʼ" in doc_text(doc):
            texts = [plain_apostrophes(text) for text in texts]
        found = []
        for start, text in enumerate(texts):
            for tokens, entry_id in self.names.get(text, ()):
                end = start + len(tokens)
                if tuple(texts[start:end]) == tokens:
                    found.append((start, end, entry_id))
        return found

    def _span(self, doc: Doc, start: int, end: int, entry_id: str) -> Span:
        entry = self.gazetteer.entries[entry_id]
        return Span(doc, start, end, label=SPACY_LABEL_BY_KIND[entry.kind], span_id=entry.id)

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None) -> None:
        """Nothing to learn: the matchers are built from the gazetteer."""

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        gazetteer_to_disk(self.gazetteer, Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetteerRuler:
        self._build(gazetteer_from_disk(Path(path)))
        return self


@Language.factory(
    "kg_entity_linker",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.kg_entities", "doc._.kg_mentions"],
    default_config={"gazetteer": GAZETTEER_CONFIG, "lexicon": LINKING_LEXICON},
)
def make_entity_linker(nlp: Language, name: str, gazetteer: Gazetteer, lexicon: str) -> EntityLinker:
    """Links entity spans to gazetteer entries or unknown entities (see ``kg.nlp.linking``)."""
    return EntityLinker(gazetteer, linking_lexicon(lexicon), common_words(nlp), field_words(nlp))


class EntityLinker:
    """Sets ``doc._.kg_entities`` (key → Entity) and ``doc._.kg_mentions`` (text order).

    Linked spans stay in ``doc.ents`` with ``kb_id_`` set to the entity key, for the
    extractors downstream; unlinked named spans are removed from ``doc.ents``.
    """

    def __init__(self, gazetteer: Gazetteer, lexicon: LinkingLexicon, common: frozenset[str] = frozenset(),
                 fields: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.common = common
        self.fields = fields

    def __call__(self, doc: Doc) -> Doc:
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        linked_spans: list[Span] = []
        for span, link in link_entities(doc, self.gazetteer, self.lexicon, self.common, self.fields):
            entity = entities.setdefault(link.entity.key, link.entity)
            stands_for = self._related(entity, "stands_for") if acts_for_government(span, self.lexicon) else None
            for related in (stands_for, self._related(entity, "part_of")):
                if related is not None:
                    entities.setdefault(related.key, related)
            mentions.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    entity_key=entity.key,
                    method=link.method,
                    confidence=link.confidence,
                    stands_for=stands_for.key if stands_for else None,
                )
            )
            linked_spans.append(Span(doc, span.start, span.end, label=SPACY_LABEL_BY_KIND[entity.kind], kb_id=entity.key))
        linked_spans = _outermost(linked_spans)  # a state's name inside "Cambodia's army" is a mention, not an entity span
        covered = {i for s in linked_spans for i in range(s.start, s.end)}
        unlinked = [
            span for span in doc.ents
            if span.label_ not in self.lexicon.name_labels and covered.isdisjoint(range(span.start, span.end))
        ]
        doc.ents = sorted(linked_spans + unlinked, key=lambda s: s.start)
        doc._.kg_entities = entities
        doc._.kg_mentions = mentions
        return doc

    def _related(self, entity: Entity, column: str) -> Entity | None:
        """The state a place's name stands for (Baku → Azerbaijan), or a ministry belongs to."""
        entry = self.gazetteer.related(entity, column)
        return self.gazetteer.entity(entry) if entry is not None else None

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None) -> None:
        """Nothing to learn: links come from the gazetteer and the linking rules."""

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        gazetteer_to_disk(self.gazetteer, Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityLinker:
        self.gazetteer = gazetteer_from_disk(Path(path))
        return self


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans not inside or across another, longer one, in their order: longest first, then earliest.

    A span that only partly overlaps a longer one ("The South Sudan" across "South Sudan People's Defence
    Forces") cannot stand beside it in ``doc.ents`` either; its mention stays, as a nested one's does."""
    kept: list[tuple[int, int]] = []  # sorted by start, never overlapping
    for start, end in sorted({(s.start, s.end) for s in spans}, key=lambda bounds: (bounds[0] - bounds[1], bounds[0])):
        at = bisect.bisect_left(kept, (start, end))
        if (at == 0 or kept[at - 1][1] <= start) and (at == len(kept) or kept[at][0] >= end):
            kept.insert(at, (start, end))
    keep = set(kept)
    return [s for s in spans if (s.start, s.end) in keep]
