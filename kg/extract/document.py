"""The extraction records of one parsed document (``kg.worker`` runs the pipeline and calls this).

Per document: entities and mentions (from the pipeline's linker), time expressions,
events, claims and framing, figures; then the links between them
(``kg.extract.links``). Offsets are finally mapped to the original input.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.claims import extract_claims
from kg.extract.events import extract_events
from kg.extract.figures import extract_figures
from kg.extract.links import link_claims, link_figures, own_figure
from kg.nlp.doccache import children, children_with, doc_text, sentences, token_table
from kg.nlp.gazetteer import Gazetteer, normalise_name
from kg.records import (
    Claim,
    DescribedSource,
    DocumentAnalysis,
    Entity,
    Event,
    EventMention,
    Figure,
    Framing,
    IngestedDocument,
    Mention,
    SourceDocument,
    TimeValue,
)
from kg.timex import find_time_expressions
from kg.timex.lexicon import time_lexicon


def _past_verbs(doc: Doc) -> list[int]:
    """The start offsets of the past-tense verbs: finite ("began") or the participle of a reduced relative clause
    ("the talks held on Monday", not "planned on Monday"): a future cue before one is not a date's."""
    table = token_table(doc)
    plans = time_lexicon().relative.plan_participles
    return [
        start
        for i, (start, tag, dep, lemma) in enumerate(zip(table.idx, table.tag, table.dep, table.lemma))
        if tag == "VBD"
        or (tag == "VBN" and dep == "acl" and lemma not in plans and not any(child.dep_ in ("aux", "auxpass") for child in children(doc[i])))
    ]


def _scheduled_verbs(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) offsets of the present-tense verbs of scheduled events in sentences that end with a full
    stop ("Talks resume in Arusha on Friday.", "The truce takes effect on Sunday."; a headline's present tells the
    past): future cues of a weekday."""
    table = token_table(doc)
    words = time_lexicon().relative
    found: list[tuple[int, int]] = []
    for start, end in sentences(doc):
        last = next((i for i in range(end - 1, start - 1, -1) if not table.space[i]), None)
        if last is None or table.text[last] != ".":
            continue
        found.extend((table.idx[i], table.idx[i] + len(table.text[i])) for i in range(start, end)
                     if table.tag[i] in ("VBZ", "VBP") and table.dep[i] not in ("aux", "auxpass")
                     and (table.lemma[i] in words.schedule_verbs
                          or any(child.lemma_.lower() in words.schedule_objects.get(table.lemma[i], ()) for child in children_with(doc[i], ("dobj",)))))
    return found


def records_of(doc: Doc, document: IngestedDocument, gazetteer: Gazetteer) -> DocumentAnalysis:
    """The extraction records of one processed document, offsets mapped to the original text.

    ``gazetteer`` is the one the pipeline linked with (``kg.nlp.pipeline.pipeline_gazetteer``).
    """
    entities: dict[str, Entity] = dict(doc._.kg_entities)
    author = _author_entity(document)
    if author is not None:
        entities.setdefault(author.key, author)
    published = _published_date(document)
    statement = document.metadata.published_span
    times = find_time_expressions(doc_text(doc), published, [statement] if statement else [], _past_verbs(doc), _scheduled_verbs(doc))
    demonyms = gazetteer.demonym_words
    events = extract_events(doc, times, demonyms, published=published)
    claims, framings = extract_claims(doc, gazetteer, author, document.metadata.outlet)
    figures = link_figures(extract_figures(doc, times, demonyms), claims, events)
    figures = [own_figure(figure, gazetteer, lambda key: entities.get(key) or _gazetteer_entities(gazetteer).get(key)) for figure in figures]
    claims = link_claims(claims, events)
    mentions = list(doc._.kg_mentions)
    analysis = DocumentAnalysis(
        document=document,
        entities=_with_referenced_entities(entities, gazetteer, mentions, events, claims, figures, framings),
        mentions=mentions,
        events=events,
        claims=claims,
        figures=figures,
        framings=framings,
    )
    return _to_original_offsets(analysis, document.source, doc_text(doc))


def _with_referenced_entities(
    entities: dict[str, Entity],
    gazetteer: Gazetteer,
    mentions: list[Mention],
    events: list[Event],
    claims: list[Claim],
    figures: list[Figure],
    framings: list[Framing],
) -> dict[str, Entity]:
    """The entity table completed with every entity a record refers to.

    A speaker reached through a nationality word ("the Turkish leader") or a
    body's part-of link, or the affiliation of a described source ("Kenyan
    officials"), is a state the text may never name: its entity comes from the
    gazetteer, as does the state any described entity belongs to. A body's link to
    a state that is neither an entity of the document nor in the gazetteer is
    dropped (the body of an unknown state whose name never became a mention).

    Raises:
        KeyError: A record refers to a key that is neither named nor in the gazetteer.
    """
    referenced = [key for mention in mentions for key in (mention.entity_key, mention.stands_for) if key]
    referenced += [p.entity_key for event in events for p in event.participants] + [k for e in events for k in e.places]
    for claim in claims:
        referenced += [*claim.speakers, *claim.about_entities, *claim.accused, *([claim.literal_speaker] if claim.literal_speaker else [])]
        referenced += [source.affiliation for source in claim.sources if source.affiliation]
    referenced += [key for figure in figures for key in figure.attributed_to]
    referenced += [framing.source for framing in framings if framing.source]
    completed = dict(entities)
    for key in referenced:
        _complete(completed, key, gazetteer)
    for entity in entities.values():
        if entity.part_of and entity.part_of not in completed and entity.part_of not in _gazetteer_entities(gazetteer):
            completed[entity.key] = dataclasses.replace(entity, part_of=None)  # its state is no entity of the document
    for entity in list(completed.values()):
        if entity.part_of:
            _complete(completed, entity.part_of, gazetteer)
    return completed


def _complete(completed: dict[str, Entity], key: str, gazetteer: Gazetteer) -> None:
    """Add the gazetteer's entity for ``key``, and the states it belongs to, when the table lacks them."""
    while key not in completed:
        entity = completed[key] = _gazetteer_entities(gazetteer)[key]
        if not entity.part_of:
            return
        key = entity.part_of


@lru_cache(maxsize=4)
def _gazetteer_entities(gazetteer: Gazetteer) -> dict[str, Entity]:
    """Every gazetteer entry's entity, by key (the first entry of a key wins)."""
    table: dict[str, Entity] = {}
    for entry in gazetteer.entries.values():
        table.setdefault(entry.key, gazetteer.entity(entry))
    return table


def _author_entity(document: IngestedDocument) -> Entity | None:
    """The byline author of an opinion piece as a person: the speaker of its first-person claims.

    In other articles first-person sentences ("we are ending our coverage") are
    the newsroom's voice, not claims.
    """
    author = document.metadata.author
    if not document.metadata.opinion or not author or len(author.split()) < 2:  # "OpenAI": not a person's name
        return None
    return Entity(key=f"name:{normalise_name(author)}", label=author, kind="person")


def _published_date(document: IngestedDocument) -> date | None:
    published = document.metadata.published
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


# Fields holding offsets into the analysed text, per record type, as (start, end) pairs.
_SPANS: dict[type, tuple[tuple[str, str], ...]] = {
    Mention: (("start", "end"),),
    TimeValue: (("start", "end"),),
    EventMention: (("start", "end"), ("evidence_start", "evidence_end")),
    Claim: (("cue_start", "cue_end"), ("content_start", "content_end"), ("evidence_start", "evidence_end")),
    Figure: (("start", "end"),),
    Framing: (("start", "end"),),
    DescribedSource: (("start", "end"),),
}
# Fields holding the text of a span, re-read from the original after mapping.
_TEXTS = {Mention: ("start", "end", "text"), TimeValue: ("start", "end", "text"), EventMention: ("start", "end", "text"),
          Figure: ("start", "end", "text"), Framing: ("start", "end", "text"), DescribedSource: ("start", "end", "text")}


def _to_original_offsets(analysis: DocumentAnalysis, source: SourceDocument, analysed: str) -> DocumentAnalysis:
    """Map every span from the analysed text to the original input, and re-read its text there.

    A span is first trimmed of what the parser saw as white space at its ends (blanked clutter
    and noise included), so that no span starts or ends on white space.
    """

    def remap(record):
        changes = {}
        for start_field, end_field in _SPANS[type(record)]:
            start, end = _trimmed(analysed, getattr(record, start_field), getattr(record, end_field))
            changes[start_field], changes[end_field] = source.to_original(start, end)
        if isinstance(record, Claim):
            changes["sources"] = tuple(remap(source) for source in record.sources)
        if type(record) in _TEXTS:
            start_field, end_field, text_field = _TEXTS[type(record)]
            changes[text_field] = source.text[changes[start_field] : changes[end_field]]
        return dataclasses.replace(record, **changes)

    for event in analysis.events:
        event.mentions = [remap(m) for m in event.mentions]
        if event.time is not None:
            event.time = remap(event.time)
    analysis.mentions = [remap(m) for m in analysis.mentions]
    analysis.claims = [remap(c) for c in analysis.claims]
    analysis.figures = [remap(f) for f in analysis.figures]
    analysis.framings = [remap(f) for f in analysis.framings]
    return analysis


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space at either end (unchanged if it is all white space)."""
    first, last = start, end
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return (first, last) if first < last else (start, end)
