"""Claims and framing: reported speech, attributions and quotations (GUIDELINES section 5).

A claim is made by a reporting cue with a source that names a known actor
(:mod:`.drafts`): cue records of ``lexicons/reporting_cues.yaml`` matched to verbs
(:mod:`.content`), quotations attached to a cue (:mod:`.quotes`), "according to X",
nouns and adjectives that carry a claim, headlines (:mod:`.headlines`). The speaker is decided in :mod:`.speakers`, the one place
that does; the kind in :mod:`.kinds`. Short quoted labels and "what it calls X" are
framings, not claims (:mod:`.framing`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.claims.accused import cue_blame
from kg.extract.claims.content import quotes_named, relayed_clause
from kg.extract.claims.discourse import Discourse
from kg.extract.claims.drafts import Draft, continued_quotes, draft, first_person, fold_nested
from kg.extract.claims.framing import framings
from kg.extract.claims.headlines import headline_drafts
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import MAX_LABEL_WORDS, Quotation, QuotedSpans, attach_quotes, find_quotations, word_count
from kg.nlp.doccache import doc_text, entity_spans, token_table
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.smart_quotes import curly_text
from kg.records import Claim, Entity, Framing

__all__ = ["ClaimLexicon", "claim_lexicon", "extract_claims"]

#: Confidence of each claim method (a rough prior, not a calibrated probability). The keys are method names
#: (codes, not words of text).
CONFIDENCE = {"cue": 0.8, "quote": 0.8, "according-to": 0.8, "as-reported": 0.8, "noun": 0.7, "adjective": 0.7, "first-person": 0.6, "headline": 0.7, "quote-continued": 0.6}


def extract_claims(
    doc: Doc, gazetteer: Gazetteer, author: Entity | None = None, outlet: str | None = None
) -> tuple[list[Claim], list[Framing]]:
    """The claims and framings of a processed document (offsets into ``doc.text``).

    Args:
        doc: A document run through ``kg.nlp.pipeline.load_pipeline()``.
        gazetteer: The pipeline's gazetteer (``kg.nlp.pipeline.pipeline_gazetteer``): what capitals
            and ministries speak for, and which state a demonym names.
        author: The byline author of an opinion piece, whose first-person statements
            outside quotations are claims; ``None`` ignores first person.
        outlet: The document's outlet: its name after a headline's dash is the page's, not a source.
    """
    lexicon = claim_lexicon()
    text = doc_text(doc)
    quotes = find_quotations(curly_text(doc))  # straight marks read as the curly ones they stand for
    attached = _relayed_quotes(doc, attach_quotes(doc, quotes, lexicon), lexicon)
    quoted = [q for q in quotes if word_count(text, q) > MAX_LABEL_WORDS] + [q for group in attached.values() for q in group]
    discourse = Discourse(doc, gazetteer, author, QuotedSpans(quoted))
    drafts: list[Draft] = []
    for token in (doc[i] for i in _cue_candidates(doc, lexicon, attached)):
        if discourse.in_quote(token.idx) and token.i not in attached:
            continue
        found = draft(token, doc, discourse, lexicon, attached)
        if found is not None:
            discourse.observe_claim(token.idx, found.speaker, statement=token.dep_ != "acl")  # not "a truce proposed by X"
            drafts.append(found)
    taken = {q for group in attached.values() for q in group}
    drafts += continued_quotes(doc, quotes, taken, drafts, discourse, lexicon)
    drafts = fold_nested(drafts + headline_drafts(doc, drafts, discourse, lexicon, outlet), discourse, lexicon)
    drafts = [found for found in drafts if not found.sponsoring and not found.narrated_wish]
    drafts.extend(first_person(doc, drafts, discourse, lexicon))  # an opinion piece's author, a transcript's speaker
    drafts.sort(key=lambda d: d.evidence[0])
    ents = list(entity_spans(doc))
    starts = [span.start_char for span in ents]
    stands_for = {(m.start, m.end): m.stands_for for m in doc._.kg_mentions or () if m.stands_for}
    claims = _answered([_claim(doc, found, ents, starts, stands_for, discourse) for found in drafts])
    return claims, framings(doc, quotes, attached, claims, discourse)


def _relayed_quotes(doc: Doc, attached: dict[int, list[Quotation]], lexicon: ClaimLexicon) -> dict[int, list[Quotation]]:
    """Quotations closed by a relaying verb ("“...,” Reuters quoted the army as saying") are also the words of
    the one quoted: the cue of the verb's "as" clause gets them too, as it gets a "that" clause after it."""
    relayed: dict[int, list[Quotation]] = {}
    passed_on: set[int] = set()
    for index, group in attached.items():
        clause = relayed_clause(doc[index], lexicon)
        if clause is not None and clause.i not in attached and all(quote.end <= doc[index].idx for quote in group):
            relayed[clause.i] = group
            if quotes_named(doc[index], lexicon):
                passed_on.add(index)  # "“...,” Reuters quoted the Artsakh Republic as saying": the republic's words only
    return {index: group for index, group in attached.items() if index not in passed_on} | relayed


def _cue_candidates(doc: Doc, lexicon: ClaimLexicon, attached: dict[int, list[Quotation]]) -> list[int]:
    """The tokens that may be a cue (``draft`` finds none elsewhere): a cue word, a light verb ("issued the
    following statement:"), "according"/"per", a token a quotation is attached to."""
    table = token_table(doc)
    lemmas, adjectives = lexicon.cue_lemmas | lexicon.light_verbs, lexicon.adjective_cues
    return [
        i for i, (lower, lemma) in enumerate(zip(table.lower, table.lemma))
        if lemma in lemmas or lower in adjectives or lower in lexicon.attribution_prepositions or i in attached
    ]


def _answered(claims: list[Claim]) -> list[Claim]:
    """A denial that names nobody ("Cambodia denied the accusation") is about the speakers of the
    claim it answers: the last claim before it by other speakers."""
    answered = []
    latest: dict[frozenset[str], Claim] = {}  # the last claim of each set of speakers, the latest last
    for claim in claims:
        if claim.kind == "denial" and not claim.about_entities:
            speakers = set(claim.speakers)
            earlier = next((c for group, c in reversed(latest.items()) if not group & speakers), None)
            if earlier is not None:
                claim = replace(claim, about_entities=earlier.speakers)
        if claim.speakers:
            group = frozenset(claim.speakers)
            latest.pop(group, None)
            latest[group] = claim
        answered.append(claim)
    return answered


def _claim(
    doc: Doc, draft: Draft, ents: list[Span], starts: list[int], stands_for: dict[tuple[int, int], str], discourse: Discourse
) -> Claim:
    """The claim record of a draft; ``ents`` are ``doc.ents`` and ``starts`` their start offsets;
    a capital acting for its state ("the figures released by Phnom Penh") makes it about the state too; an
    accusation accuses the parties its kind decision blamed and those an accusing cue blames."""
    start, end = draft.content
    accused: tuple[str, ...] = ()
    if draft.kind == "accusation":
        span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
        accused = cue_blame(draft.cue, list(span) if span is not None else [], draft.speaker, discourse, claim_lexicon(), draft.blame).parties
    first = bisect_left(starts, start)
    about = []
    for span in ents[first:]:
        if span.start_char >= end:
            break
        if span.kb_id_ and span.end_char <= end:
            about.append(span.kb_id_)
            if (span.start_char, span.end_char) in stands_for:
                about.append(stands_for[(span.start_char, span.end_char)])
    return Claim(
        id=f"claim-{draft.cue.idx}",
        kind=draft.kind,
        speakers=tuple(key for key in draft.speaker.keys if key not in discourse.sources),
        sources=tuple(discourse.sources[key] for key in draft.speaker.keys if key in discourse.sources),
        cue_start=draft.cue.idx,
        cue_end=draft.cue_end,
        cue=doc_text(doc)[draft.cue.idx : draft.cue_end],
        content_start=start,
        content_end=end,
        evidence_start=min(draft.evidence[0], start),
        evidence_end=max(draft.evidence[1], end),
        method=draft.method,
        confidence=CONFIDENCE[draft.method],
        literal_speaker=draft.speaker.literal,
        speaker_text=draft.speaker.text,
        about_entities=tuple(dict.fromkeys(about + list(accused))),  # kg:accuses is a kg:about
        accused=accused,
    )
