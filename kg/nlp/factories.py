"""The spaCy components kg adds to a pipeline, registered as factories.

They are advertised through the ``spacy_factories`` entry point, so a saved
pipeline that uses them loads without importing kg first.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.gazetteer import SPACY_LABEL_BY_KIND, Gazetteer, default_gazetteer
from kg.nlp.linking import acts_for_government, link_entities
from kg.records import Entity, Mention

Doc.set_extension("kg_entities", default=None, force=True)
Doc.set_extension("kg_mentions", default=None, force=True)


#: Tokens after which a new sentence may start within a line.
_SENTENCE_FINAL = frozenset({".", "!", "?", "…", '"', "”", "’", "'", ")", ":", ";"})
#: Dashes that end a dateline ("YEREVAN, Armenia (AP) — ...").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
#: Part-of-speech tags a dateline is made of: names, numbers, commas, brackets, full stops.
_DATELINE_TAGS = frozenset({"NNP", "NNPS", "CD", ",", "-LRB-", "-RRB-", "."})
_DATELINE_REACH = 12


@Language.component("kg_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Sentence boundaries the parser must keep.

    One after every line break, and one after a dateline ("GORIS, Armenia, Sept 26
    (Reuters) - ..."), so a headline, dateline or paragraph never runs into the
    next; none mid-line without punctuation, so a headline without a full stop is
    not cut in two. A single line break inside a sentence (hard-wrapped text, HTML
    source lines) before a lower-case word is a soft wrap, not a break. Placed after
    the tagger, before the parser.
    """
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    texts = [strings[int(orth)] for orth in doc.to_array([ORTH])]
    tags = [strings[int(tag)] for tag in doc.to_array([TAG])]
    starts = numpy.zeros(len(doc), dtype="int64")  # 1 starts a sentence, -1 does not, 0 leaves it to the parser
    line_start = 0
    for i in range(1, len(doc)):
        if texts[i].isspace():
            continue
        previous = texts[i - 1]
        if "\n" in previous:
            line_start = i
            if previous.count("\n") > 1 or not _continues(texts, i):
                starts[i] = 1
            elif texts[i - 2] not in _SENTENCE_FINAL:
                starts[i] = -1  # a soft-wrapped line: the sentence goes on
        elif previous in _DATELINE_DASHES and _is_dateline(texts, tags, line_start, i - 1):
            starts[i] = 1
        elif previous not in _SENTENCE_FINAL:
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # spaCy stores -1 wrapped
    return doc


def _continues(texts: list[str], i: int) -> bool:
    """Whether the line starting at token ``i`` continues the sentence of the line before: a
    single line break after a word that ends no sentence, before a lower-case word."""
    return i >= 2 and texts[i][:1].islower() and texts[i - 2] not in _SENTENCE_FINAL


def _is_dateline(texts: list[str], tags: list[str], start: int, dash: int) -> bool:
    """Whether the tokens of a line before a dash are a dateline: a place in capitals, or a
    capitalised place with a comma or an agency in brackets, then only names, numbers and
    punctuation, no verb ("Azerbaijan - a former Soviet republic - said" is no dateline)."""
    words = [i for i in range(start, dash) if not texts[i].isspace()]
    if not 0 < len(words) <= _DATELINE_REACH or not all(tags[i] in _DATELINE_TAGS for i in words):
        return False
    first = texts[words[0]]
    return first.isupper() or (first[:1].isupper() and any(texts[i] in (",", "(") for i in words))


@Language.factory("kg_gazetteer_ruler", assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """Marks the shipped gazetteer's names and descriptive references as entities.

    Placed before the model's ``ner``, so the statistical model respects its spans.
    """
    return GazetteerRuler(nlp, default_gazetteer())


class GazetteerRuler:
    """Two phrase matchers: names case-sensitively, descriptive references by lower case.

    Overlapping matches resolve to the longest; each span's ``ent_id_`` is the
    gazetteer id, read by ``kg_entity_linker``.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.descriptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_id: dict[str, list[Doc]] = {}
        for entry_id, name in gazetteer.names():
            by_id.setdefault(entry_id, []).append(nlp.make_doc(name))
        for entry_id, docs in by_id.items():
            self.names.add(entry_id, docs)
        by_id = {}
        for entry_id, words in gazetteer.descriptions():
            by_id.setdefault(entry_id, []).append(Doc(nlp.vocab, words=list(words)))
        for entry_id, docs in by_id.items():
            self.descriptions.add(entry_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.names, self.descriptions):
            for match_id, start, end in matcher(doc):
                entry = self.gazetteer.entries[doc.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=SPACY_LABEL_BY_KIND[entry.kind], span_id=entry.id))
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


@Language.factory("kg_entity_linker", requires=["doc.ents"], assigns=["doc.ents", "doc._.kg_entities", "doc._.kg_mentions"])
def make_entity_linker(nlp: Language, name: str) -> EntityLinker:
    """Links entity spans to gazetteer entries or unknown entities (see ``kg.nlp.linking``)."""
    return EntityLinker(default_gazetteer())


class EntityLinker:
    """Sets ``doc._.kg_entities`` (key → Entity) and ``doc._.kg_mentions`` (text order).

    Linked spans stay in ``doc.ents`` with ``kb_id_`` set to the entity key, for the
    extractors downstream; unlinked named spans are removed from ``doc.ents``.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        linked_spans: list[Span] = []
        for span, link in link_entities(doc, self.gazetteer):
            entity = entities.setdefault(link.entity.key, link.entity)
            stands_for = self._government_of(entity) if acts_for_government(span) else None
            for related in (stands_for, self._state_of(entity)):
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
            label = SPACY_LABEL_BY_KIND[entity.kind]
            linked_spans.append(Span(doc, span.start, span.end, label=label, kb_id=entity.key))
        other = [span for span in doc.ents if not any(span.start < s.end and s.start < span.end for s in linked_spans)]
        doc.ents = sorted(linked_spans + [s for s in other if s.label_ not in _NAME_LABELS], key=lambda s: s.start)
        doc._.kg_entities = entities
        doc._.kg_mentions = mentions
        return doc

    def _government_of(self, entity: Entity) -> Entity | None:
        """The state a place's name stands for when used as an actor (Baku → Azerbaijan)."""
        entry = self.gazetteer.entries.get(entity.gazetteer_id or "")
        if entry is None or entry.stands_for is None:
            return None
        return self.gazetteer.entity(self.gazetteer.entries[entry.stands_for])

    def _state_of(self, entity: Entity) -> Entity | None:
        """The state a ministry or armed force belongs to, described alongside it."""
        entry = self.gazetteer.entries.get(entity.gazetteer_id or "")
        if entry is None or entry.part_of is None:
            return None
        return self.gazetteer.entity(self.gazetteer.entries[entry.part_of])


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
