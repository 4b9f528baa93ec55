"""Framing: labels a source puts on things without making a claim: scare-quoted labels and
"what it calls X"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.claims.content import bounds
from kg.extract.claims.discourse import Discourse
from kg.extract.claims.lexicon import claim_lexicon
from kg.extract.claims.quotes import MAX_LABEL_WORDS, Quotation, is_quote_mark, word_count
from kg.extract.claims.speakers import resolve_phrase
from kg.nlp.doccache import doc_text, token_table
from kg.nlp.intervals import Intervals, containing
from kg.records import Claim, Framing


def framings(doc: Doc, quotes: list[Quotation], attached: dict[int, list[Quotation]], claims: list[Claim], discourse: Discourse) -> list[Framing]:
    """Scare-quoted labels and "what it calls/describes as X"."""
    found = _what_it_calls(doc, discourse)
    labelled = Intervals([(f.start, f.end) for f in found])
    taken = {q for group in attached.values() for q in group}
    text = doc_text(doc)
    labels = [q for q in quotes if q not in taken and 0 < word_count(text, q) <= MAX_LABEL_WORDS]
    enclosing = containing([(c.evidence_start, c.evidence_end) for c in claims], [q.start for q in labels])
    for quote, holders in zip(labels, enclosing):
        start, end = quote.inner
        while end > start and text[end - 1] in ".,;:!? ":
            end -= 1
        if labelled.overlaps(start, end):  # the quotations, and so their labels, never overlap one another
            continue
        claim = claims[holders[0]] if holders else None
        source = claim.speakers[0] if claim and claim.speakers else None
        found.append(Framing(start, end, text[start:end], source, "scare quotes"))
    return sorted(found, key=lambda f: f.start)


def _what_it_calls(doc: Doc, discourse: Discourse) -> list[Framing]:
    found = []
    for token in (doc[i] for i, lower in enumerate(token_table(doc).lower) if lower == "what"):
        if token.dep_ != "dobj" or token.head.lemma_.lower() not in claim_lexicon().label_verbs:
            continue
        verb = token.head
        label = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
        if not label:
            label = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not label or subject is None:
            continue
        start, end = bounds(_label_tokens(label[0]))
        resolved = resolve_phrase(subject, doc, discourse)
        cue = "what it calls" if verb.lemma_.lower() != "describe" else "what it describes as"
        named = [key for key in resolved.keys if key not in discourse.sources] if resolved else []
        found.append(Framing(start, end, doc_text(doc)[start:end], named[0] if named else None, cue))
    return found


def _label_tokens(head: Token) -> list[Token]:
    """The label a "what it calls" verb puts on things: its phrase without trailing prepositional
    phrases ("operations in the region"), and without quotation marks that enclose all of it."""
    cut = {t.i for child in head.children if child.dep_ == "prep" and child.i > head.i for t in child.subtree}
    tokens = [t for t in head.subtree if t.i not in cut] or list(head.subtree)
    if len(tokens) > 2 and is_quote_mark(tokens[0]) and is_quote_mark(tokens[-1]):
        tokens = tokens[1:-1]
    return tokens
