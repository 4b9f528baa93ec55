"""Headline and live-blog attributions: "Kremlin: talks will resume", "Forty rebels detained in dawn
raid: Chadian army", "Suspected jihadists kill 21 in north Mali – Army", "Commander: we hold the line".

A one-line sentence split by a colon or a spaced dash into a short source phrase and a statement is a
claim of that source. The source comes after the mark ("...: officials", "... – Army") or, for a colon,
before it. A source that only describes ("Army", "report") names whoever the body says it is: the
speaker of the first later claim whose source phrase has that word, or for a statement noun
("report") the first later claim at all; else it is resolved as any description. A headline whose reporting verb in -s the parser read as a plural noun
("Zarvanian President Lind apologises to ...") is a claim of the name before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.claims.content import bounds
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.drafts import Draft
from kg.extract.claims.kinds import content_kind
from kg.extract.claims.lexicon import ClaimLexicon, CueRule
from kg.extract.claims.quotes import QUOTE_MARKS
from kg.extract.claims.speakers import resolve_phrase
from kg.extract.syntax import DASHES, VERBAL
from kg.nlp.doccache import TokenTable, doc_text, sentences, token_table

#: The most tokens a headline's source phrase may have.
MAX_SOURCE_TOKENS = 6


def headline_drafts(
    doc: Doc, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon, outlet: str | None = None
) -> list[Draft]:
    """The claims of headline-shaped lines; ``drafts`` are the document's other claims, in text order.
    The ``outlet``'s own name after a dash ("... – The Daily Courier") is the page title's, not a source."""
    found = []
    own = " ".join(outlet.lower().split()) if outlet else None
    table, text = token_table(doc), doc_text(doc)
    for start, end in _lines(doc):
        if "\n" in text[table.idx[start] : table.idx[end - 1] + len(table.text[end - 1])].strip():
            continue
        for i in range(start, end):
            mark = table.text[i]
            if mark in DASHES and own is not None and _words_after(table, text, i, end) == own:
                break
            if mark == ":" or (mark in DASHES and table.space_after[i]):
                headline = _headline(doc[i], doc[start:end], drafts, discourse, lexicon)
                if headline is not None:
                    found.append(headline)
                    break
        else:
            headline = (
                _comma_attribution(doc[start:end], drafts, discourse, lexicon)
                or _verb_read_as_noun(doc[start:end], drafts, discourse, lexicon)
                or _title_case_verb(doc[start:end], drafts, discourse, lexicon)
            )
            if headline is not None:
                found.append(headline)
    return found


def _unclaimed_line(sentence: Span, drafts: list[Draft], shortest: int) -> list[Token] | None:
    """The words of a headline line (no closing punctuation, at least ``shortest`` tokens) the parse gave no claim;
    ``None`` for any other sentence."""
    table = token_table(sentence.doc)
    words = [i for i in range(sentence.start, sentence.end) if not table.space[i]]
    if not words or len(words) < shortest or table.punct[words[-1]]:
        return None  # read from the token table: most sentences end with a full stop
    if any(sentence.start <= d.cue.i < sentence.end for d in drafts):
        return None
    return [sentence.doc[i] for i in words]


def _comma_attribution(sentence: Span, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """A headline ending in its attribution after a comma, "..., president's office says" or "..., Says Kyiv"
    (no final full stop), that the parse gave no claim: the words before the comma are the source's claim."""
    tokens = _unclaimed_line(sentence, drafts, 5)
    if tokens is None:
        return None
    comma = next((t for t in reversed(tokens) if t.text == ","), None) or _closing_quote(tokens, lexicon)
    if comma is None:
        return None
    tail = [t for t in tokens if t.i > comma.i]
    verbs = [t for t in (tail[0], tail[-1]) if t.lemma_.lower() in lexicon.headline_comma_verbs and t.tag_ in ("VBZ", "VBD", "VBP", "NNP")]
    if len(tail) < 2 or len(verbs) != 1:
        return None
    verb = verbs[0]
    source = [t for t in tail if t != verb]
    words = [t for t in tokens if t.i < comma.i and not t.is_punct]
    if len(source) > MAX_SOURCE_TOKENS or len(words) < 3 or any(t.pos_ in VERBAL for t in source):
        return None
    speaker = _source(source, False, drafts, discourse, lexicon)
    if speaker is None:
        return None
    evidence = bounds(tokens)
    kind = "denial" if _report_called_untrue(words, lexicon) else content_kind(words, speaker, discourse, lexicon)
    return Draft(verb, verb.idx + len(verb.text), kind, speaker, bounds(words), evidence, "headline")


#: Quotation marks of a headline: straight single ones too, which headlines use for quotations ("Army 'shelled
#: the camp' says ...").
_HEADLINE_QUOTES = QUOTE_MARKS | {"'"}


def _closing_quote(tokens: list[Token], lexicon: ClaimLexicon) -> Token | None:
    """The closing quotation mark right before a headline's attribution with no comma ("Army 'shelled the
    camp' says rebel group"), which sets the claim off as the comma does."""
    for before, verb in zip(tokens, tokens[1:]):
        if before.text in _HEADLINE_QUOTES and verb.lemma_.lower() in lexicon.headline_comma_verbs and before.i > tokens[0].i:
            opened = [t for t in tokens if t.i < before.i and t.text in _HEADLINE_QUOTES]
            return before if opened else None
    return None


def _verb_read_as_noun(sentence: Span, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """A headline (no final stop) whose reporting verb in -s the parser read as a noun after the name before it
    ("Zarvanian President Lind apologises to Mardov for soldiers' deaths": "apologises" a plural noun, the name
    its compound), that the parse gave no claim: the name is the speaker, the words after the verb the content."""
    tokens = _unclaimed_line(sentence, drafts, 4)
    if tokens is None:
        return None
    at = next((i for i, t in enumerate(tokens) if t.pos_ != "PROPN" and t.tag_ != "POS"), len(tokens))
    if not 0 < at <= MAX_SOURCE_TOKENS or at >= len(tokens) - 2:
        return None
    verb = tokens[at]
    rule = lexicon.verbs.get(verb.lemma_.lower())
    if rule is None or verb.tag_ != "NNS" or verb.dep_ not in ("ROOT", "compound") or not verb.lower_.endswith("s"):
        return None
    words = [t for t in tokens[at + 1 :] if not t.is_punct]
    speaker = _source(tokens[:at], False, drafts, discourse, lexicon)
    if speaker is None or len(words) < 2:
        return None
    return Draft(verb, verb.idx + len(verb.text), rule.kind, speaker, bounds(words), bounds(tokens), "headline")


def _title_case_verb(sentence: Span, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """A headline in title case (no final stop) whose reporting verb the parser read as part of a name ("Renamo
    Admits It Carried Out Ambushes", "Gbagbo Forces Deny Attacking UN", "Somali Minister Rejects Casualty Report"),
    that the parse gave no claim: the capitalised words before the verb (after a colon or dash) are the source, the
    words after it the content. The verb's form must agree with a source before it: an -s form, or the plain form
    after a plural ("Forces Deny"); a source that resolves to no speaker ("Fuel Depot Explosion Claims 20 Lives")
    makes none. Only the document's first line, its title: a title-case line below it is a subheading."""
    tokens = _unclaimed_line(sentence, drafts, 4)
    if tokens is None:
        return None
    if doc_text(sentence.doc)[: tokens[0].idx].strip():
        return None
    words = [t for t in tokens if t.is_alpha]
    if not words or sum(t.text[:1].isupper() for t in words) < 0.7 * len(words):
        return None  # not title case
    start = max((i + 1 for i, t in enumerate(tokens) if t.text == ":" or t.text in DASHES), default=0)
    for at in range(start + 1, min(start + MAX_SOURCE_TOKENS + 1, len(tokens) - 2)):
        verb, before = tokens[at], tokens[at - 1]
        if not verb.text[:1].isupper() or any(t.is_alpha and not t.text[:1].isupper() for t in tokens[start:at]):
            return None
        rule = _title_verb_rule(verb.lower_, before.lower_, lexicon)
        if rule is None:
            continue
        content = [t for t in tokens[at + 1 :] if not t.is_punct]
        speaker = resolve_phrase(before, sentence.doc, discourse)
        if speaker is None or len(content) < 2:
            return None
        return Draft(verb, verb.idx + len(verb.text), rule.kind, speaker, bounds(content), bounds(tokens), "headline")
    return None


def _title_verb_rule(form: str, before: str, lexicon: ClaimLexicon) -> CueRule | None:
    """The cue record of a title-case headline verb form: an -s form of a cue lemma ("admits", "denies",
    "accuses"), or the plain lemma after a plural ("forces deny", "rebels accuse")."""
    stems = [form[:-1], form[:-2], form[:-3] + "y"] if form.endswith("s") else []
    for stem in stems:
        if stem in lexicon.verbs:
            return lexicon.verbs[stem]
    if form in lexicon.verbs and before.endswith("s") and not before.endswith("ss"):
        return lexicon.verbs[form]
    return None


def _report_called_untrue(words: list[Token], lexicon: ClaimLexicon) -> bool:
    """A headline that calls a report untrue with its copula left out, the adjective last: "Reports That X Is In
    Control Of Six Towns Misleading – Army", "Kiev's allegations about ... strike untrue - Defense Ministry"."""
    if len(words) < 2 or (words[-1].lower_ not in lexicon.untrue_adjectives and words[-1].lemma_.lower() not in lexicon.untrue_adjectives):
        return False
    return any(t.lemma_.lower() in lexicon.report_nouns and not any(c.dep_ == "nsubj" for c in t.children) for t in words[:3])  # a title-case "Reports" may be tagged a verb


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """The sentences, a sentence the parser ended at a colon joined with the rest of its line ("Russia:" +
    "Armenian forces ... begin surrendering weapons")."""
    table, text = token_table(doc), doc_text(doc)
    joined: list[tuple[int, int]] = []
    for start, end in sentences(doc):
        if joined and table.text[joined[-1][1] - 1] == ":" and "\n" not in text[table.idx[joined[-1][1] - 1] : table.idx[start]]:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _words_after(table: TokenTable, text: str, i: int, end: int) -> str:
    """The lower-case words of the sentence after token ``i`` (it ends at token ``end``), single-spaced."""
    after = text[table.idx[i + 1] : table.idx[end - 1] + len(table.text[end - 1])] if i + 1 < end else ""
    return " ".join(after.lower().split())


def _headline(mark: Token, sentence: Span, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    doc = mark.doc
    before = [t for t in doc[sentence.start : mark.i] if not t.is_space]
    after = [t for t in doc[mark.i + 1 : sentence.end] if not t.is_space and not (t.is_punct and t.i == sentence.end - 1)]
    readings = [(after, before)] + ([(before, after)] if mark.text == ":" else [])
    for source, content in readings:
        words = [t for t in content if not t.is_punct]
        if not 0 < len(source) <= MAX_SOURCE_TOKENS or len(words) < 3:
            continue
        if source is before and len(source) == 1 and source[0].lower_ in lexicon.credit_labels:
            continue  # "Source: Xinhua | Editor: ...": a credit line, nobody speaks
        speaker = _source(source, source is before, drafts, discourse, lexicon)
        if speaker is not None:
            evidence = bounds(sorted(source + words, key=lambda t: t.i))
            kind = "denial" if _report_called_untrue(words, lexicon) else content_kind(words, speaker, discourse, lexicon)
            return Draft(mark, mark.idx + len(mark.text), kind, speaker, bounds(words), evidence, "headline")
    return None


def _source(tokens: list[Token], first: bool, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> SpeakerResolution | None:
    """The speaker a headline's source phrase names; a state or place before a colon is the topic
    ("Ethiopia: multiple injuries as ..."), not a source, unless it makes a claim in the body."""
    doc = tokens[0].doc
    phrase = doc[tokens[0].i : tokens[-1].i + 1]
    root = phrase.root
    if root.lemma_.lower() in lexicon.statement_nouns and len(tokens) == 1:
        return _named_later(root, drafts, lexicon)  # "... – report" (often tagged as a verb)
    loose = [t for t in tokens if t != root and not phrase.start <= t.head.i < phrase.end]
    if loose or any(t.pos_ in VERBAL and t.dep_ != "amod" for t in tokens):
        return None  # not one noun phrase
    named = discourse.entity_at.get(root.i)
    if named is not None:
        entity = discourse.entity_of(named.kb_id_)
        titled = named.start > phrase.start and entity is not None and entity.kind == "person"
        if named.end != phrase.end or (named.start != phrase.start and not titled):
            return None  # the phrase is the name, or a person's name after its title ("Zarvanian President Tomas Lind")
        resolved = resolve_phrase(root, doc, discourse)
        if first and entity is not None and entity.kind in ("state", "place"):  # a topic, unless it speaks below
            return resolved if resolved is not None and _speaks_later(root, resolved, drafts) else None
        return resolved
    resolved = resolve_phrase(root, doc, discourse)
    if resolved is not None and resolved.method in ("entity", "nationality"):
        return resolved  # "Chadian army"
    later = _named_later(root, drafts, lexicon)
    return later if later is not None else resolved


def _speaks_later(root: Token, resolved: SpeakerResolution, drafts: list[Draft]) -> bool:
    """Whether a state named before a headline's colon makes a claim in the body ("Russia: Armenian forces
    begin surrendering weapons", then "Russia has announced that ..."): the source, not the topic; not a dateline's
    capital whose state only "the government" speaks for below ("Juba: rebels and government troops fought ...")."""
    return any(draft.cue.i > root.i and set(resolved.keys) & set(draft.speaker.keys) and draft.speaker.method != "government"
               for draft in drafts)


def _named_later(root: Token, drafts: list[Draft], lexicon: ClaimLexicon) -> SpeakerResolution | None:
    """The speaker of the first later claim whose source phrase has the headline's word ("Army" →
    "Mali's army said"); for a statement noun ("report"), of the first later claim."""
    word = root.lower_
    statement = root.lemma_.lower() in lexicon.statement_nouns
    for draft in drafts:
        if draft.cue.i > root.i and (statement or word in draft.speaker.text.lower().split()):
            return draft.speaker
    return None
