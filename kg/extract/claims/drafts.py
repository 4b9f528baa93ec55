"""Claim drafts: one per reporting cue whose source resolves to a known actor.

* a cue verb with its complement ("Yerevan denied that ...", "accused Baku of ...",
  "called for talks"), one claim per cue: a conjoined or participial cue
  ("... and denied", "..., stating that") is a claim of its own sharing the subject;
* "according to X" (an assertion of X), a call noun ("joined the calls for ...");
* "X reported, citing Y, that ...": Y claims what X reports;
* a quotation attached to a cue before ("X said: “...”") or after ("“...,” he said"),
  several quotations around one cue making one claim; cues nested inside a
  quotation belong to it;
* a headline "Actor: what they say";
* in an opinion piece, a first-person sentence outside quotations.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import InitVar, dataclass, field

from spacy.tokens import Doc, Token

from kg.codes import ClaimKind
from kg.extract.claims.accusation import Blame
from kg.extract.claims.commitments import means_to
from kg.extract.claims.content import (
    adjective_complement,
    bounds,
    content_tokens,
    coordinated,
    cue_evidence,
    demonstrative_content,
    issued_statement_body,
    listed_after_colon,
    noun_content,
    verb_cue,
)
from kg.extract.claims.discourse import Discourse, SpeakerResolution
from kg.extract.claims.hedges import negative_determiner
from kg.extract.claims.kinds import Decided, clause_kind, content_kind, noun_kind, quote_kind
from kg.extract.claims.lexicon import ClaimLexicon, claim_lexicon
from kg.extract.claims.quotes import MAX_LABEL_WORDS, Quotation, is_quote_mark, quoted_tokens, word_count
from kg.extract.claims.sides import own_side
from kg.extract.claims.source_phrases import adjective_subject, attribution_object, noun_sources, statement_place
from kg.extract.claims.speakers import resolve_phrase, resolve_speakers
from kg.extract.claims.transcripts import transcript
from kg.extract.syntax import children, governing_verb
from kg.nlp.doccache import blocks, doc_text, sentence_numbers, sentences, tokens_before
from kg.nlp.intervals import containing
from kg.words import shared_words

#: A quotation paragraph continues a claim made at most this many paragraph breaks before it.
PARAGRAPH_REACH = 2
#: The fewest tokens of a quotation paragraph that continues the previous speaker.
MIN_CONTINUED_TOKENS = 4
#: Marks that end a quoted sentence (a short quotation without one is a label, see ``_quoted_label``).
_SENTENCE_ENDS = (".", "!", "?", "…", ",")


@dataclass
class Draft:
    """A claim before assembly: its cue token and cue end, kind, speakers, content and evidence spans.

    ``decided`` is what the kind decision returned: a kind, or the blame of an accusation that lays a hostile act at
    another party's door, which sets ``kind`` (to "accusation") and ``blame``.
    ``dataclasses.replace`` needs it again, never ``kind`` or ``blame``: ``replace(d, ..., decided=d.blame or d.kind)``.
    """

    cue: Token
    cue_end: int
    decided: InitVar[Decided]
    speaker: SpeakerResolution
    content: tuple[int, int]
    evidence: tuple[int, int]
    method: str
    #: A verb of sponsoring an actor ("Russia backs Armenia"): no claim of its own, but inside another claim of its
    #: speaker's side it still gives that claim its kind ("Turkey supports Azerbaijan, Erdogan told the UN").
    sponsoring: bool = False
    #: A volitional verb with an infinitive of its own subject, told by the narrator ("He wanted to leave for
    #: Armenia", "Tehran wants to keep its connections"): a wish or plan the text ascribes, no statement; inside
    #: another claim it still gives that claim its kind ("said his government wanted to address it via dialogue").
    narrated_wish: bool = False
    kind: ClaimKind = field(init=False)
    #: The blame the kind decision found (whom the accusation blames); ``None`` for an accusation an accusing cue
    #: makes by its own kind ("accused X of ..."), whose blame is read from the cue and its content.
    blame: Blame | None = field(init=False)

    def __post_init__(self, decided: Decided) -> None:
        self.blame = decided if isinstance(decided, Blame) else None
        self.kind = "accusation" if isinstance(decided, Blame) else decided


def _conversation(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A noun cue of ``conversation_nouns`` that a word of a conversation's medium modifies (``conversation_modifiers``)
    names a conversation, not a speech act: "made a phone call to President X" (not "a call for talks", nor "a video
    appeal")."""
    return noun.lemma_.lower() in lexicon.conversation_nouns and any(
        child.dep_ in ("compound", "amod") and child.lower_ in lexicon.conversation_modifiers for child in noun.children)


def draft(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon, attached: dict[int, list[Quotation]]) -> Draft | None:
    """A claim draft when ``token`` is a cue whose source resolves to a known actor."""
    if token.i in attached:
        return _quote_draft(token, doc, discourse, lexicon, attached[token.i])
    if token.lower_ in lexicon.attribution_prepositions and attribution_object(token) is not None:
        last = doc[token.i + 1] if lexicon.attribution_prepositions[token.lower_].next else token
        return _according_draft(token, last.idx + len(last.text), doc, discourse, "according-to")
    if (token.lemma_.lower() in lexicon.verbs or token.lemma_.lower() in lexicon.attribution_clause_verbs) and _as_reported(token, lexicon):
        return _according_draft(token, token.idx + len(token.text), doc, discourse, "as-reported")
    if token.pos_ == "NOUN" and (token.lemma_.lower() in lexicon.noun_cues or _statement_with_that(token, lexicon)):
        return None if _conversation(token, lexicon) else _noun_draft(token, doc, discourse, lexicon)
    if token.pos_ in ("ADJ", "VERB") and token.lower_ in lexicon.adjective_cues:
        return _adjective_draft(token, doc, discourse, lexicon)
    if token.tag_ == "VBG" and token.lemma_.lower() in lexicon.quoting_verbs and token.dep_ in ("advcl", "acl", "xcomp"):
        cited = _citing_draft(token, doc, discourse, lexicon)
        if cited is not None:
            return cited  # else "..., citing the presence of militants": the subject's claim, as for any cue
    if (misread := _misread_verb_draft(token, doc, discourse, lexicon)) is not None:
        return misread
    found = verb_cue(token, lexicon)
    if found is None:
        return None
    kind, cue_end = found
    speaker = _cue_speaker(token, doc, discourse, lexicon)
    if speaker is None:
        return None
    content = _verb_content(token, speaker, doc, lexicon)
    antecedent = _antecedent(token, lexicon)  # "... and then confirmed by Y": the conjunct shares "this"
    if not content and not antecedent:
        return None
    evidence = cue_evidence(token, lexicon)
    if content and content[-1].idx > evidence[1]:  # "The ministry said in a statement:\n- 12 soldiers were killed ..."
        evidence = (evidence[0], content[-1].idx + len(content[-1].text))
    if antecedent:  # "This was reported by 24News": what "this" stands for is the content
        content, evidence = antecedent, (antecedent[0].idx, evidence[1])
    decided = clause_kind(token, kind, content, speaker, discourse, lexicon)
    quoted = [t for t in content if discourse.in_quote(t.idx)]
    if decided == "assertion" and quoted:  # a quotation the parser made the cue's clause: read it as one
        decided = quote_kind(token, quoted, speaker, discourse, lexicon)
    return Draft(token, cue_end, decided, speaker, bounds(content), evidence, "cue", _sponsors_actor(token, discourse, lexicon), means_to(token, lexicon))


def _cue_speaker(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> SpeakerResolution | None:
    """A cue verb's speakers; for a bare "this" passive cue with no agent, who issued the statement it was said in
    ("This is stated in the statement of X": X speaks through its statement)."""
    speaker = resolve_speakers(token, doc, discourse)
    if speaker is not None:
        return speaker
    return next((issuer for source in _demonstrative_statement(token, lexicon) if (issuer := resolve_phrase(source, doc, discourse))), None)


def _misread_verb(token: Token) -> bool:
    """A verb in -s the parser read as a plural noun, hung as a conjunct on the object noun before it, or made a
    modifier of its object noun while giving it a subject ("Armenia claims casualties after ...")."""
    on_noun = token.tag_ == "VBZ" and token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")
    return token.tag_ == "NNS" or on_noun or _verb_as_modifier(token)


def _verb_as_modifier(token: Token) -> bool:
    """A verb in -s the parser made a modifier of the noun after it, its subject before it left on it, in a
    headline (no final stop: not "The Veterans Affairs claims office reopened on Monday.")."""
    if token.tag_ != "VBZ" or token.dep_ != "compound" or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
        return False
    last = next((t for t in reversed(token.sent) if not t.is_space), token)
    return last.text not in (".", "!", "?")


def _misread_verb_draft(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """A cue verb in -s that the parser read as a plural noun or hung on a noun, a bare word right before "that":
    its subject the parser left on it ("Rebel group charges that civilians were killed"), or, after "and", the
    subject of the main verb in -s before it ("The ministry condemns the attack by the armed forces and states
    that ...", "condemns the attack and stresses that ...")."""
    rule = lexicon.verbs.get(token.lemma_.lower())
    if not _misread_verb(token) or rule is None or rule.statement_subject or token.i + 1 >= len(doc):
        return None
    after = doc[token.i + 1]
    as_modifier = _verb_as_modifier(token)
    if as_modifier:  # what it reports is its object, the noun it was hung on, and what follows
        if "object" not in rule.requires:
            return None
    elif "clause" not in rule.requires or after.lower_ != "that" or after.dep_ != "mark":
        return None
    if not token.lower_.endswith("s") or any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in token.children):
        return None  # "the claims that ...", "its charges that ...": a noun
    speaker, start = _misread_verb_speaker(token, doc, discourse, lexicon)
    content = _without_final_punctuation([t for t in doc[after.i + (0 if as_modifier else 1) : token.sent.end] if not t.is_space])
    if speaker is None or len(content) < 3:
        return None
    kind = clause_kind(token, rule.kind, content, speaker, discourse, lexicon)
    return Draft(token, token.idx + len(token.text), kind, speaker, bounds(content), (start, content[-1].idx + len(content[-1].text)), "cue")


def _misread_verb_speaker(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> tuple[SpeakerResolution | None, int]:
    """The speaker of a misread cue verb and where its evidence starts: its own subject, or after "and" the
    subject of the main verb in -s before it ("The army denied the rumours and claims that ...": none, a noun
    coordinated with a noun)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is not None:
        return resolve_phrase(subject, doc, discourse), subject.left_edge.idx
    main = token.sent.root
    if token.i == 0 or doc[token.i - 1].lower_ != "and" or main.tag_ != "VBZ" or main.i > token.i or verb_cue(main, lexicon) is None:
        return None, token.idx
    return resolve_speakers(main, doc, discourse), token.idx


def _sponsors_actor(cue: Token, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """A verb of sponsoring ("back", "support") whose object is an actor or a party's forces: an alliance or a
    sponsorship, an act, not a stance taken on something ("Russia backs Armenia", "forces backed by the Armenian
    military", "it is supporting the M23 rebel movement"; "Turkey backed the proposal" takes one)."""
    if cue.lemma_.lower() not in lexicon.sponsorship_verbs:
        return False
    objects = [child for child in cue.children if child.dep_ in ("dobj", "nsubjpass")]
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:
        objects.append(cue.head)  # "forces backed by X": the noun the participle describes
    parties = lexicon.armed_agent_nouns | lexicon.party_nouns
    for obj in objects:
        named = [obj, *children(obj, "appos")]  # not a modifier: "backed the UN plan" backs a plan
        if any(word.lemma_.lower() in parties for word in (*named, *children(obj, "amod"), *children(obj, "compound"))):
            return True  # "the M23 rebel movement"
        if any(word.i in discourse.entity_at and discourse.is_actor(discourse.entity_at[word.i]) for word in named):
            return True
    return False


def _verb_content(cue: Token, speaker: SpeakerResolution, doc: Doc, lexicon: ClaimLexicon) -> list[Token]:
    """What a cue verb reports; for one that ends its paragraph with a colon and says nothing itself ("said in a
    statement:", "said the following:"), the paragraphs after it."""
    body = issued_statement_body(cue, lexicon) if cue.lemma_.lower() not in lexicon.verbs else []
    if body:
        return body  # "issued the following statement:": the body after the colon
    content = _without_speaker(content_tokens(cue, lexicon), speaker, doc)
    if len(content) < 4 and all(t.is_punct or t.lower_ in lexicon.colon_placeholders for t in content):
        return listed_after_colon(cue) or content
    return content


def _without_speaker(content: list[Token], speaker: SpeakerResolution, doc: Doc) -> list[Token]:
    """The content without a speaker phrase the parser put inside it, as an apposition of its subject
    ("Two drones were shot down, the region's governor, Alexander Bogomaz, said")."""
    inside = content and content[0].idx <= speaker.start <= content[-1].idx
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if inside else None
    if span is None:
        return content
    top = span.root
    while top.dep_ == "appos" and top.head.dep_ == "appos":
        top = top.head
    if top.dep_ != "appos":
        return content
    drop = {t.i for t in top.subtree}
    return _without_final_punctuation([t for t in content if t.i not in drop and not (t.text == "," and t.i + 1 in drop)])


def _without_final_punctuation(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the punctuation at their end."""
    end = len(tokens)
    while end and tokens[end - 1].is_punct:
        end -= 1
    return tokens[:end]


def _citing_draft(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """ "TASS reported, citing the defence ministry, that ...": the source cited claims what the
    reporting verb the participle belongs to reports (the reporter's own claim is that verb's)."""
    source = next((child for child in token.children if child.dep_ == "dobj"), None)
    cue = next((verb for verb in token.ancestors if verb_cue(verb, lexicon) is not None), None)
    if source is None or cue is None:
        return None
    speaker = resolve_phrase(source, doc, discourse)
    own = {t.i for t in token.subtree}
    content = [t for t in content_tokens(cue, lexicon) if t.i not in own and not t.is_punct]
    if speaker is None or not content:
        return None
    kind = content_kind(content, speaker, discourse, lexicon)
    return Draft(token, token.idx + len(token.text), kind, speaker, bounds(content), cue_evidence(cue, lexicon), "cue")


def _antecedent(cue: Token, lexicon: ClaimLexicon) -> list[Token]:
    """What a bare demonstrative object or passive subject of a cue stands for ("This was reported by X"): the
    sentence before the cue's, or the whole paragraph before when the cue's sentence opens its paragraph."""
    if demonstrative_content(cue, lexicon) is None:
        return []
    spans, paragraph = sentences(cue.doc), blocks(cue.doc)
    number = sentence_numbers(cue.doc)[cue.i]
    words = [t for t in cue.doc[spans[number][0] : cue.i] if not t.is_space]
    if number == 0 or not words:
        return []
    first = number - 1
    while first > 0 and paragraph[words[0].i] != paragraph[spans[first][0]] and paragraph[spans[first - 1][0]] == paragraph[spans[first][0]]:
        first -= 1  # the sentence opens its paragraph: "this" is the whole paragraph before
    found = [t for t in cue.doc[spans[first][0] : spans[number - 1][1]] if not t.is_space and not t.is_punct]
    return found if found and paragraph[found[0].i] >= paragraph[words[0].i] - 1 else []


def _demonstrative_statement(cue: Token, lexicon: ClaimLexicon) -> list[Token]:
    """Who speaks through a passive cue with no agent whose subject is a bare demonstrative: who issued the statement
    it says something in ("This is stated in the statement of the Foreign Ministry", "This was said in a statement
    released by the army": its possessor, "of/by/from" object or the agent of the participle after it; none for "This
    was stated in a statement"), or the agent the parser hung on its occasion ("This was announced at a briefing by
    X")."""
    if cue.tag_ != "VBN" or any(child.dep_ == "agent" for child in cue.children):
        return []
    subject = demonstrative_content(cue, lexicon)
    if subject is None or subject.dep_ != "nsubjpass":
        return []
    found: list[Token] = []
    for prep in children(cue, "prep"):
        for noun in children(prep, "pobj"):
            if prep.lower_ in lexicon.statement_place_prepositions and noun.lemma_.lower() in lexicon.statement_nouns:
                found += [*(source for source, _ in noun_sources(noun, lexicon)), *_issuers(noun)]
            else:  # the agent the parser hung on the occasion: "This was announced at a briefing by X"
                found += [obj for by in children(noun, "prep") if by.lower_ == "by" for obj in children(by, "pobj")]
    return found


def _issuers(noun: Token) -> list[Token]:
    """The agent of a participle after a noun: who made it ("a statement released by the army")."""
    return [obj for acl in children(noun, "acl") for agent in children(acl, "agent") for obj in children(agent, "pobj")]


def _as_reported(token: Token, lexicon: ClaimLexicon) -> bool:
    """ "..., as reported by the regional governor": a passive cue in an "as" clause with its agent; "as
    Guterres said, ...", "as the envoy put it, ...": a cue in an "as" clause with its subject and no content of
    its own (nothing, or "it")."""
    deps = {child.dep_: child.lower_ for child in token.children}
    if deps.get("mark") not in lexicon.attribution_marks or token.dep_ != "advcl":
        return False
    if token.tag_ == "VBN" and ("agent" in deps or statement_place(token) is not None):  # "as stated in the decree"
        return True
    rule = lexicon.verbs.get(token.lemma_.lower())
    gapped = rule is None or bool(rule.requires & {"clause", "object"})  # not "as the minister spoke, ...": a time
    return gapped and "nsubj" in deps and not any(_reports_content(child, lexicon) for child in token.children)


def _reports_content(child: Token, lexicon: ClaimLexicon) -> bool:
    """Whether a child of a cue holds what it reports: a clause, an object (not "it", not the addressee of
    "told reporters"), a content preposition ("spoke of ...")."""
    if child.dep_ in ("ccomp", "xcomp"):
        return True
    if child.dep_ == "dobj":
        return child.lower_ != "it" and child.head.lemma_.lower() not in lexicon.recipient_cues
    dated = any(grand.ent_type_ in ("DATE", "TIME") for grand in child.children)
    return child.dep_ == "prep" and child.lower_ in lexicon.content_prepositions and not dated


def _according_draft(token: Token, cue_end: int, doc: Doc, discourse: Discourse, method: str) -> Draft | None:
    """ "according to X" and "as reported by X": an assertion of X, the clause they attach to its content."""
    speaker = resolve_speakers(token, doc, discourse)
    if speaker is None:
        return None
    clause = governing_verb(token.head)
    own = {t.i for t in token.subtree}
    content = [t for t in clause.subtree if t.i not in own and not t.is_punct]
    if not content:
        return None
    evidence = bounds(sorted(clause.subtree, key=lambda t: t.i))
    return Draft(token, cue_end, content_kind(content, speaker, discourse, claim_lexicon()), speaker, bounds(content), evidence, method)


def _noun_draft(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """A noun that carries a claim: "Bamako's pledge of safe passage", "allegations by X that ...",
    "made an appeal", "joined the calls for talks"; not one denied by its determiner ("no confirmation
    from Thailand")."""
    if negative_determiner(token):
        return None
    if _entitlement(token, lexicon):
        return None
    for source, via in noun_sources(token, lexicon):
        speaker = resolve_phrase(source, doc, discourse)
        if speaker is not None:
            break
    else:
        return None
    content = noun_content(token, lexicon, via)
    if not content:
        return None
    if via is None and source.dep_ != "poss":  # a light verb's subject: the verb's clause is the evidence
        evidence = cue_evidence(governing_verb(token.head), lexicon)
    else:
        evidence = bounds(sorted({*content, *token.subtree}, key=lambda t: t.i))
    kind = noun_kind(token, _noun_kind(token, lexicon), content, speaker, discourse, lexicon)
    return Draft(token, token.idx + len(token.text), kind, speaker, bounds(content), evidence, "noun")


def _entitlement(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A noun cue in its sense of a right held over something: "claim to the shoal", "claims over the sea"
    (a noun object after the preposition, no clause saying what is claimed)."""
    if noun.lemma_.lower() not in lexicon.entitlement_nouns or any(c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children):
        return False
    held = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in lexicon.entitlement_prepositions for o in children(prep, "pobj")]
    return any(o.pos_ in ("NOUN", "PROPN") for o in held)


def _statement_with_that(noun: Token, lexicon: ClaimLexicon) -> bool:
    """A statement noun with a "that" clause of its content ("the ministry's statement that no civilians were
    hurt"; not the relative clause of "the statement that was published")."""
    if noun.lemma_.lower() not in lexicon.statement_nouns or not children(noun, "poss", "compound", "prep"):
        return False  # no issuer named: "reports that the town had fallen"
    return any(
        clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for clause in noun.children
    )


def _noun_kind(token: Token, lexicon: ClaimLexicon) -> ClaimKind:
    """A noun cue's kind; a feeling voiced ("voiced alarm at ...") is the kind "express" gives it, not the
    noun's own ("raised the alarm about ..." warns)."""
    noun = token.lemma_.lower()
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.expressing_verbs and noun in lexicon.expressed:
        return lexicon.expressed[noun]
    return lexicon.noun_cues.get(noun, "assertion")  # a statement noun ("the ministry's statement that ...") asserts


def _adjective_draft(token: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon) -> Draft | None:
    """An adjective of stance with a complement: "officials are confident they can ...", "ready to talk"."""
    complement = adjective_complement(token)
    subject = adjective_subject(token)
    if not complement or subject is None:
        return None
    speaker = resolve_phrase(subject, doc, discourse)
    if speaker is None:
        return None
    clause = governing_verb(token)
    return Draft(token, token.idx + len(token.text), lexicon.adjective_cues[token.lower_], speaker, bounds(complement), cue_evidence(clause, lexicon), "adjective")


def _quote_draft(cue: Token, doc: Doc, discourse: Discourse, lexicon: ClaimLexicon, quotes: list[Quotation]) -> Draft | None:
    speaker = resolve_speakers(cue, doc, discourse)
    if speaker is None:
        return None
    content = (quotes[0].inner[0], quotes[-1].inner[1])
    if cue.idx > quotes[0].start:  # cue after (or between) quotations: up to the end of the cue's clause
        end = cue.idx + len(cue.text)
        for token in doc[cue.i :]:
            if token.text in (".", "!", "?", ";") or token.idx >= quotes[-1].end or is_quote_mark(token):
                break
            end = token.idx + len(token.text)
        evidence = (quotes[0].start, max(end, quotes[-1].end))
    else:
        evidence = (min(speaker.start if speaker.start >= 0 else cue.idx, cue.idx), quotes[-1].end)
    said = quoted_tokens(doc, *content)
    if cue.idx > quotes[0].start and said:  # a fragment ending a clause begun before it: "This operation is “illegal”, X said"
        opener = doc[said[0].sent.start : tokens_before(doc, quotes[0].start)]
        cued = any(token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon.cue_lemmas for token in opener)
        if not cued and any(not (token.is_punct or token.is_space) for token in opener):  # not "called on “...,” adding"
            said = [token for token in opener if not token.is_space] + said
            evidence = (min(evidence[0], said[0].idx), evidence[1])  # the clause the fragment ends is its evidence too
    kind = quote_kind(cue, said, speaker, discourse, lexicon)
    return Draft(cue, cue.idx + len(cue.text), kind, speaker, content, evidence, "quote")


def continued_quotes(doc: Doc, quotes: list[Quotation], attached: set[Quotation], drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> list[Draft]:
    """A paragraph that is only a quotation, with no cue, right after a paragraph with a claim: the
    previous speaker goes on ("Ruto said the mission would stay.\n\n“We will not abandon Haiti.”"); right
    after a paragraph that ends with a speech event, its subject speaks ("The envoy briefed the council.")."""
    paragraph = blocks(doc)
    cues = [d.cue.i for d in drafts]  # in text order
    found = []
    for quote in quotes:
        tokens = quoted_tokens(doc, quote.start, quote.end)
        if quote in attached or len(tokens) < MIN_CONTINUED_TOKENS or not _whole_paragraph(doc, quote, paragraph) or _quoted_label(doc, quote):
            continue
        block = paragraph[tokens[0].i]
        # paragraph numbers grow with the token index: the last draft before the quotation's paragraph
        last = bisect_left(cues, tokens[0].i) - 1
        while last >= 0 and paragraph[cues[last]] >= block:
            last -= 1
        speaker = _speech_event_speaker(doc, tokens[0], paragraph, discourse, lexicon)
        if speaker is None and (last < 0 or paragraph[cues[last]] < block - PARAGRAPH_REACH):
            continue
        speaker = speaker or drafts[last].speaker
        kind = quote_kind(tokens[0], tokens, speaker, discourse, lexicon)
        found.append(Draft(tokens[0], tokens[0].idx + len(tokens[0].text), kind, speaker, quote.inner, (quote.start, quote.end), "quote-continued"))
    return found


def _speech_event_speaker(doc: Doc, first: Token, paragraph: list[int], discourse: Discourse, lexicon: ClaimLexicon) -> SpeakerResolution | None:
    """The subject of a speech event ("addressed the rally", "spoke to reporters") whose sentence ends the
    paragraph right before a quotation's, when it resolves to a speaker."""
    before = first.i - 1
    while before >= 0 and (doc[before].is_space or doc[before].is_punct):
        before -= 1
    if before < 0 or paragraph[before] != paragraph[first.i] - 1:
        return None
    verb = doc[before].sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.speech_event_verbs:
        return None
    return resolve_speakers(verb, doc, discourse)


def _quoted_label(doc: Doc, quote: Quotation) -> bool:
    """A short quotation that ends no sentence: a crosshead or label ("- 'War zone' -"), not a quoted statement."""
    text = doc_text(doc)
    inner = text[quote.inner[0] : quote.inner[1]].rstrip()
    return quote.closed and word_count(text, quote) <= MAX_LABEL_WORDS and not inner.endswith(_SENTENCE_ENDS)


def _whole_paragraph(doc: Doc, quote: Quotation, paragraph: list[int]) -> bool:
    """Whether a quotation fills its paragraph (nothing but white space and punctuation around it)."""
    first, last = tokens_before(doc, quote.start), tokens_before(doc, quote.end) - 1
    if last < first:
        return False
    block = paragraph[first]
    before = first - 1
    while before >= 0 and paragraph[before] == block and (doc[before].is_space or doc[before].is_punct):
        before -= 1
    after = last + 1
    while after < len(doc) and paragraph[after] == block and (doc[after].is_space or doc[after].is_punct):
        after += 1
    return (before < 0 or paragraph[before] != block) and (after >= len(doc) or paragraph[after] != block)


def fold_nested(drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> list[Draft]:
    """A cue inside another claim's content joins that claim when it has the same speakers (its kind if
    sharper), or when it is a stance rather than speech ("X noted that Baku has always supported ...",
    "X said Kenya remained committed to ...");
    a relative clause's cue of the same speakers sharpens the kind but stays a claim of its own
    ("claimed an ambush that it said killed 10 soldiers")."""
    holders = containing([d.content for d in drafts], [d.cue.idx for d in drafts])
    outers = [
        next(
            (
                other
                for other in (drafts[j] for j in holding)
                if other is not draft
                and (set(draft.speaker.keys) <= set(other.speaker.keys) or _stance(draft, lexicon))
                and not coordinated(draft.cue, other.cue, lexicon)
            ),
            None,
        )
        for draft, holding in zip(drafts, holders)
    ]
    index = {id(draft): i for i, draft in enumerate(drafts)}
    for i, (draft, outer) in enumerate(zip(drafts, outers)):
        if outer is not None and outers[index[id(outer)]] is draft and draft.cue.idx < outer.cue.idx:
            outers[i] = None  # each in the other's content ("X condemns ... – statement"): the first cue's claim stays
    _fold_elaborations(drafts, outers, lexicon)
    kept: list[Draft] = []
    for draft, outer, holding in zip(drafts, outers, holders):
        if outer is None or _relative(draft) and not _stance(draft, lexicon):
            kept.append(draft)
        if outer is not None and outer.kind == "assertion" and draft.kind != "assertion" and _same_side(draft, outer, discourse, lexicon):
            outer.kind, outer.blame = draft.kind, draft.blame
        if outer is None and draft.kind != "assertion":
            for reporter in (drafts[j] for j in holding):
                if reporter is not draft and reporter.kind == "assertion" and _speaks_for_reporter(draft, reporter, discourse):
                    reporter.kind, reporter.blame = draft.kind, draft.blame  # "the minister stated that Azerbaijan welcomed ...": an evaluation
    return kept


def _fold_elaborations(drafts: list[Draft], outers: list[Draft | None], lexicon: ClaimLexicon) -> None:
    """Give each participle that only elaborates the statement of the cue it hangs on (:func:`_elaboration`) that
    cue's draft as its outer claim, whose evidence takes it in."""
    heads = {draft.cue.i: draft for draft in drafts}
    for i, draft in enumerate(drafts):
        head = heads.get(draft.cue.head.i)
        if outers[i] is None and head is not None and head is not draft and _elaboration(draft, head, lexicon):
            outers[i] = head  # "condemned the strikes, calling them a ruthless attack": one statement
            head.evidence = (min(head.evidence[0], draft.evidence[0]), max(head.evidence[1], draft.evidence[1]))


def _elaboration(draft: Draft, head: Draft, lexicon: ClaimLexicon) -> bool:
    """Whether a cue is a participle that only elaborates the statement of the cue it hangs on, by the same
    speakers: a label of the head's object by a pronoun ("condemned the strikes, calling them a “deliberate
    attack”") or the reasons the head's point rests on ("emphasized the challenges, citing insecurity and funding
    cuts"). A participle with a proposition of its own stays a claim ("said A, calling the attack a war crime",
    "expressed hope for A, stating that B")."""
    cue = draft.cue
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head.method != "cue" or set(draft.speaker.keys) != set(head.speaker.keys):
        return False
    if not draft.speaker.keys or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    lemma = cue.lemma_.lower()
    if lemma in lexicon.reason_participles:
        return not children(cue, "ccomp")  # not "citing that the rebels had attacked the camp": a proposition
    pronouns = shared_words().pronouns
    return lemma in lexicon.label_verbs and any(
        c.dep_ == "dobj" and c.lower_ in pronouns.thing | pronouns.group for c in cue.children
    ) and any(o.i < cue.i for o in _own_objects(head.cue))


def _own_objects(cue: Token) -> list[Token]:
    """A cue's own objects: its direct objects and the objects of its own prepositions but a time ("condemned the
    strikes", "spoke of the strikes"), not a noun of its subject or of its reported clause ("Russia attacked the port,
    Ukraine said, calling it ...", "said on Monday")."""
    objects = [o for p in children(cue, "prep") for o in children(p, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
    return children(cue, "dobj") + objects


def _speaks_for_reporter(inner: Draft, outer: Draft, discourse: Discourse) -> bool:
    """Whether a cue that is the main verb of another cue's reported clause is the reporter's own side speaking
    ("the minister stated that Azerbaijan welcomed the step", "Stano said the EU condemns the attack": the
    reporter's claim has the cue's kind; "the minister said Russia had condemned the attack" reports another's)."""
    cue = inner.cue
    while cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX"):
        cue = cue.head
    if inner.method != "cue" or cue.dep_ != "ccomp" or cue.head != outer.cue:
        return False
    keys = set(inner.speaker.keys)
    return bool(keys) and keys <= own_side(outer.speaker, discourse) and not keys & set(discourse.sources)


def _same_side(inner: Draft, outer: Draft, discourse: Discourse, lexicon: ClaimLexicon) -> bool:
    """Whether a nested claim's kind is the outer claim's: the same speakers, or a stance of the outer speaker's
    own side or of a pronoun ("Pashinyan said Armenia was prepared to sign", "the envoy said he was hopeful";
    "Erdogan said Russia was ready to sign" reports another's)."""
    inner_keys = set(inner.speaker.keys)
    if inner_keys <= set(outer.speaker.keys):
        return True
    pronouns = shared_words().pronouns
    personal = pronouns.person | pronouns.thing | pronouns.group | pronouns.first_person
    return _stance(inner, lexicon) and (inner.speaker.text.lower() in personal or inner_keys <= own_side(outer.speaker, discourse))


def _relative(draft: Draft) -> bool:
    """A cue of a relative clause, a report of its own ("claimed an ambush that it said killed 10 soldiers")."""
    return draft.method == "cue" and draft.cue.dep_ == "relcl"


def _stance(draft: Draft, lexicon: ClaimLexicon) -> bool:
    """A stance verb or adjective ("X said Kenya remained committed to the mission" is X's claim)."""
    return draft.method == "adjective" or draft.method == "cue" and lexicon.is_stance(draft.cue.lemma_.lower())


def first_person(doc: Doc, drafts: list[Draft], discourse: Discourse, lexicon: ClaimLexicon) -> list[Draft]:
    """Opinion pieces: a sentence outside quotations with I/we/us/our is the author's claim, of the kind what it
    says gives (as after "according to"); in a transcript the page reproduces, a statement in the speaker's
    words is the speaker's (not a question: "Are we ready?")."""
    spoken = transcript(doc, lexicon) if discourse.author is None else None
    author = discourse.author.key if discourse.author is not None else spoken.speaker if spoken is not None else None
    if author is None:
        return []
    pronouns = shared_words().pronouns.first_person
    cues = sorted(d.cue.idx for d in drafts)
    found = []
    for sentence in doc.sents:
        pronoun = next(
            (t for t in sentence if t.pos_ == "PRON" and t.lower_ in pronouns and not discourse.in_quote(t.idx)), None
        )
        if pronoun is None:
            continue
        if spoken is not None and (not spoken.covers(pronoun) or any(t.text == "?" for t in sentence)):
            continue
        first = bisect_left(cues, sentence.start_char)
        if first < len(cues) and cues[first] < sentence.end_char:  # a claim's cue in the sentence
            continue
        speaker = SpeakerResolution((author,), None, pronoun.text, "author", pronoun.idx, pronoun.idx + len(pronoun.text))
        tokens = [t for t in sentence if not t.is_space]
        cue = verb_cue(pronoun.head, lexicon) if pronoun.dep_ == "nsubj" else None
        kind: Decided
        if cue is not None and cue[0] != "assertion":  # "We strongly condemn ...", "We call on ...": the cue's kind
            kind = cue[0]
        else:
            kind = content_kind(tokens, speaker, discourse, lexicon)  # "we must not let this aggression go unpunished"
        span = bounds([t for t in tokens if not t.is_punct] or tokens)
        found.append(Draft(pronoun, pronoun.idx + len(pronoun.text), kind, speaker, span, span, "first-person"))
    return found
