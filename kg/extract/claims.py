"""Claims and framing: reported speech, attributions and quotations (GUIDELINES section 5).

A claim is made by a reporting cue with a source that names a known actor:

* a cue verb with its complement ("Yerevan denied that ...", "accused Baku of ...",
  "called for talks"), one claim per cue: a conjoined or participial cue
  ("... and denied", "..., stating that") is a claim of its own sharing the subject;
* "according to X" (an assertion of X), a call noun ("joined the calls for ...");
* a quotation attached to a cue before ("X said: “...”") or after ("“...,” he said"),
  several quotations around one cue making one claim; cues nested inside a
  quotation belong to it;
* in an opinion piece (``author`` given), a first-person sentence outside quotations.

The speaker is decided in :mod:`kg.extract.speakers`. The kind starts from the
cue's default (``lexicons/reporting_cues.yaml``) and is refined from the content:
a neutral cue reporting the speaker's own side negated is a denial, a hostile act
attributed to another named party an accusation, an obligation an appeal, an
announced future action a commitment (a warning when conditional). Short quoted
labels and "what it calls X" are framings, not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.errors import ResourceError
from kg.extract.speakers import (
    Discourse,
    SpeakerResolution,
    acting_state,
    reporting_cues,
    resolve_phrase,
    resolve_speakers,
    speaker_lexicon,
)
from kg.nlp.doccache import doc_text, tokens_before
from kg.codes import CLAIM_KINDS
from kg.records import Claim, Entity, Framing

#: Quoted spans of at most this many words inside a sentence are labels (scare quotes).
MAX_LABEL_WORDS = 6
#: Confidence of each claim method (a rough prior, not a calibrated probability).
CONFIDENCE = {"cue": 0.8, "quote": 0.8, "according-to": 0.8, "call-noun": 0.7, "first-person": 0.6, "headline-colon": 0.7}

_QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»"}
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_CONTENT_PREPS = frozenset({"of", "for", "about", "on", "against", "as", "over", "upon"})
_RECIPIENT_CUES = frozenset({"tell"})
_LABEL_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_OTHER_PRONOUNS = frozenset({"they", "their", "them"})
_NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone"})
_OWN_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our", "he", "his", "she", "her", "i", "my"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


@dataclass(frozen=True)
class CueLexicon:
    """The cue words and kind-deciding word classes of ``lexicons/reporting_cues.yaml``."""

    verbs: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    requires: dict[str, frozenset[str]]
    call_nouns: dict[str, str]
    expressed: dict[str, str]
    commitment_objects: frozenset[str]
    appeal_objects: frozenset[str]
    obligation_words: frozenset[str]
    condition_words: frozenset[str]
    threat_words: frozenset[str]
    hostile_nouns: frozenset[str]
    hostile_verbs: frozenset[str]
    commitment_capable: frozenset[str]
    undertaking_verbs: frozenset[str]
    denial_capable: frozenset[str]


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The parsed cue lexicon; raises ResourceError naming the bad entry."""
    data = reporting_cues()

    def kinds(key: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise ResourceError(f"lexicons/reporting_cues.yaml: {key!r} must map words to kinds")
        for word, kind in value.items():
            if kind not in CLAIM_KINDS:
                raise ResourceError(f"lexicons/reporting_cues.yaml: {key}: {word!r} has unknown kind {kind!r}")
        return {str(word).lower(): kind for word, kind in value.items()}

    def words(key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list):
            raise ResourceError(f"lexicons/reporting_cues.yaml: {key!r} must be a list of words")
        return frozenset(str(word).lower() for word in value)

    phrasal = {}
    for phrase, kind in kinds("phrasal").items():
        parts = phrase.split()
        if len(parts) != 2:
            raise ResourceError(f"lexicons/reporting_cues.yaml: phrasal: {phrase!r} must be a verb and a particle")
        phrasal[(parts[0], parts[1])] = kind
    requires = {str(verb).lower(): frozenset(str(r) for r in needs) for verb, needs in (data.get("requires") or {}).items()}
    return CueLexicon(
        verbs=kinds("verbs"),
        phrasal=phrasal,
        requires=requires,
        call_nouns=kinds("call_nouns"),
        expressed=kinds("expressed"),
        commitment_objects=words("commitment_objects"),
        appeal_objects=words("appeal_objects"),
        obligation_words=words("obligation_words"),
        condition_words=words("condition_words"),
        threat_words=words("threat_words"),
        hostile_nouns=words("hostile_nouns"),
        hostile_verbs=words("hostile_verbs"),
        commitment_capable=words("commitment_capable"),
        undertaking_verbs=words("undertaking_verbs"),
        denial_capable=words("denial_capable"),
    )


@dataclass(frozen=True)
class Quotation:
    """A quoted span of ``doc.text``: ``start``/``end`` include the quotation marks."""

    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotations(text: str) -> list[Quotation]:
    """Quoted spans: curly, guillemet and single-curly pairs, and straight double quotes paired per paragraph."""
    found: list[Quotation] = []
    for opener, closer in _QUOTE_PAIRS.items():
        position = text.find(opener)
        while position >= 0:
            close = _closing(text, position, closer)
            if close is None:
                position = text.find(opener, position + 1)
                continue
            found.append(Quotation(position, close + 1))
            position = text.find(opener, close + 1)
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = [m.start() + paragraph.start() for m in re.finditer('"', paragraph.group())]
        found.extend(Quotation(a, b + 1) for a, b in zip(marks[::2], marks[1::2]))
    found.sort(key=lambda q: q.start)
    kept: list[Quotation] = []
    for quote in found:
        if not kept or quote.start >= kept[-1].end:
            kept.append(quote)
    return kept


def _closing(text: str, opening: int, closer: str) -> int | None:
    """The closing mark of a quotation in the same paragraph ("’" as an apostrophe inside a word does not close)."""
    position = opening + 1
    while True:
        close = text.find(closer, position)
        newline = text.find("\n", opening)
        if close < 0 or (0 <= newline < close):
            return None
        after = text[close + 1 : close + 2]
        if closer == "’" and after.isalpha():
            position = close + 1
            continue
        return close


@dataclass
class _Draft:
    cue: Token
    cue_end: int
    kind: str
    speaker: SpeakerResolution
    content: tuple[int, int]
    evidence: tuple[int, int]
    method: str


def extract_claims(doc: Doc, author: Entity | None) -> tuple[list[Claim], list[Framing]]:
    """The claims and framings of a processed document (offsets into ``doc.text``).

    Args:
        doc: A document run through ``kg.nlp.pipeline.load_pipeline()``.
        author: The byline author of an opinion piece, whose first-person statements
            outside quotations are claims; ``None`` ignores first person.
    """
    lexicon = cue_lexicon()
    quotes = find_quotations(doc_text(doc))
    attached = _attach_quotes(doc, quotes, lexicon)
    quoted_spans = [q for q in quotes if _words(doc_text(doc), q) > MAX_LABEL_WORDS]
    quoted_spans += [q for group in attached.values() for q in group]
    discourse = Discourse(doc, author, tuple((q.start, q.end) for q in quoted_spans))
    drafts: list[_Draft] = []
    for token in doc:
        if discourse.in_quote(token.idx) and token.i not in attached:
            continue
        draft = _draft(token, doc, discourse, lexicon, attached)
        if draft is not None:
            discourse.observe_claim(token.idx, draft.speaker)
            drafts.append(draft)
    drafts = _fold_nested(drafts)
    if author is not None:
        drafts.extend(_first_person(doc, drafts, discourse, lexicon))
    drafts.sort(key=lambda d: d.evidence[0])
    claims = [_claim(doc, draft) for draft in drafts]
    return claims, _framings(doc, quotes, attached, claims, discourse)


# --------------------------------------------------------------------------- cues


def _draft(token: Token, doc: Doc, discourse: Discourse, lexicon: CueLexicon, attached: dict) -> _Draft | None:
    """A claim draft when ``token`` is a cue whose source resolves to a known actor."""
    if token.i in attached:
        return _quote_draft(token, doc, discourse, lexicon, attached[token.i])
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return _according_draft(token, doc, discourse)
    if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.call_nouns:
        return _call_noun_draft(token, doc, discourse, lexicon)
    if token.text == ":":
        return _headline_draft(token, doc, discourse, lexicon)
    found = _verb_cue(token, lexicon)
    if found is None:
        return None
    kind, cue_end = found
    speaker = resolve_speakers(token, doc, discourse)
    if speaker is None:
        return None
    content = _content_tokens(token, lexicon)
    if not content:
        return None
    kind = _clause_kind(token, kind, content, speaker, discourse, lexicon)
    return _Draft(token, cue_end, kind, speaker, _bounds(content), _evidence(token, lexicon), "cue")


def _verb_cue(token: Token, lexicon: CueLexicon) -> tuple[str, int] | None:
    """(default kind, end offset of the cue) when ``token`` is a reporting verb with its complement."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "VBN" and token.dep_ == "amod":
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        kind = lexicon.phrasal.get((lemma, child.lower_))
        if kind is not None and child.dep_ in ("prt", "prep") and child.i > token.i:
            return kind, child.idx + len(child.text)
    kind = lexicon.verbs.get(lemma)
    if kind is None:
        return None
    if any(child.dep_ == "dobj" and child.tag_ in ("WP", "WDT") for child in token.children):
        return None  # "what it describes as ...": a label, not a claim
    has = _complement_types(token)
    needed = lexicon.requires.get(lemma, frozenset({"clause", "object", "prep:*"}))
    if not any(need in has or (need == "prep:*" and any(h.startswith("prep:") for h in has)) for need in needed):
        return None
    return kind, token.idx + len(token.text)


def _complement_types(token: Token) -> set[str]:
    has = set()
    for child in token.children:
        if child.dep_ in _CLAUSE_DEPS:
            has.add("clause")
        elif child.dep_ == "dobj":
            has.add("object")
            for grand in child.children:
                if grand.dep_ in ("xcomp", "ccomp"):
                    has.add("clause")
                elif grand.dep_ == "prep" and grand.lower_ == "as":
                    has.add("prep:as")  # "described the move as ..."
        elif child.dep_ == "prep" and any(grand.dep_ in ("pobj", "pcomp") or child.lower_ == "as" for grand in child.children):
            has.add(f"prep:{child.lower_}")
        elif child.dep_ == "oprd":
            has.add("predicate")  # "called the decision incorrect"
    return has


def _content_tokens(cue: Token, lexicon: CueLexicon) -> list[Token]:
    """The tokens of the reported proposition: clause, object and content prepositions."""
    lemma = cue.lemma_.lower()
    tokens: list[Token] = []
    for child in cue.children:
        if child.dep_ in _CLAUSE_DEPS or child.dep_ in ("oprd", "attr"):
            tokens.extend(child.subtree)
        elif child.dep_ == "dobj" and lemma not in _RECIPIENT_CUES:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and (child.lower_ in _CONTENT_PREPS or (child.lower_ == "to" and lemma in lexicon.requires and "prep:to" in lexicon.requires[lemma])):
            if not any(grand.ent_type_ in ("DATE", "TIME") for grand in child.children):
                tokens.extend(child.subtree)
    excluded = _coordinated_cue_tokens(cue, lexicon)
    return _same_paragraph(sorted((t for t in tokens if t.i not in excluded), key=lambda t: t.i), cue)


def _same_paragraph(tokens: list[Token], anchor: Token) -> list[Token]:
    """The tokens on the anchor's side of any line break (headlines and broken lines end a clause)."""
    doc = anchor.doc
    first = anchor.i
    while first > 0 and not _is_break(doc[first - 1]):
        first -= 1
    last = anchor.i
    while last + 1 < len(doc) and not _is_break(doc[last + 1]):
        last += 1
    return [t for t in tokens if first <= t.i <= last and not t.is_space]


def _is_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _evidence(cue: Token, lexicon: CueLexicon) -> tuple[int, int]:
    """The cue's clause: its subtree without conjoined or participial cue clauses."""
    excluded = _coordinated_cue_tokens(cue, lexicon)
    kept = _same_paragraph([t for t in cue.subtree if t.i not in excluded], cue)
    return _trimmed_bounds(kept, cue)


def _coordinated_cue_tokens(cue: Token, lexicon: CueLexicon) -> set[int]:
    """Token indices of the cue clauses coordinated with ``cue`` (each a claim of its own)."""
    excluded: set[int] = set()
    for token in cue.subtree:
        if token.i > cue.i and _coordinated(token, cue, lexicon):
            excluded.update(t.i for t in token.subtree)
    return excluded


def _coordinated(token: Token, cue: Token, lexicon: CueLexicon) -> bool:
    """A cue of its own sharing this cue's subject: "... and denied", "..., stating that"."""
    if token.dep_ not in ("conj", "advcl") or not _is_cue_word(token, lexicon):
        return False
    return token.head == cue or not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)


def _is_cue_word(token: Token, lexicon: CueLexicon) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lexicon.verbs or any((lemma, child.lower_) in lexicon.phrasal for child in token.children)


def _trimmed_bounds(tokens: list[Token], anchor: Token) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    # keep the span contiguous around the anchor: stop at a gap
    ids = {t.i for t in tokens} | {anchor.i}
    first = last = anchor.i
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    doc = anchor.doc
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "cc") and doc[first].text not in _QUOTE_PAIRS:
        first += 1
    while last > first and (doc[last].is_space or doc[last].is_punct or doc[last].dep_ == "cc") and doc[last].text not in ("”", '"', "’", "»"):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _bounds(tokens: list[Token]) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def _according_draft(token: Token, doc: Doc, discourse: Discourse) -> _Draft | None:
    speaker = resolve_speakers(token, doc, discourse)
    if speaker is None:
        return None
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    own = {t.i for t in token.subtree}
    content = [t for t in clause.subtree if t.i not in own and not t.is_punct]
    if not content:
        return None
    evidence = _bounds(sorted(clause.subtree, key=lambda t: t.i))
    return _Draft(token, doc[token.i + 1].idx + 2, "assertion", speaker, _bounds(content), evidence, "according-to")


def _headline_draft(colon: Token, doc: Doc, discourse: Discourse, lexicon: CueLexicon) -> _Draft | None:
    """A headline or subheading "Actor: what they say" ("Kremlin: talks will resume")."""
    sentence = colon.sent
    source = doc[sentence.start : colon.i]
    content = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_space and not t.is_punct]
    if not 0 < len(source) <= 6 or len(content) < 3 or "\n" in sentence.text.strip():
        return None
    if not any(ent.start == source.start and ent.end == source.end for ent in doc.ents if ent.kb_id_):
        return None
    speaker = resolve_phrase(source.root, doc, discourse)
    if speaker is None:
        return None
    if _accuses(content, speaker, discourse, lexicon):
        kind = "accusation"
    elif _obliges(content, lexicon):
        kind = "appeal"
    elif any(_future(token) for token in content if token.pos_ in ("VERB", "AUX")):
        kind = "commitment"
    else:
        kind = "assertion"
    evidence = (source.start_char, content[-1].idx + len(content[-1].text))
    return _Draft(colon, colon.idx + 1, kind, speaker, _bounds(content), evidence, "headline-colon")


def _call_noun_draft(token: Token, doc: Doc, discourse: Discourse, lexicon: CueLexicon) -> _Draft | None:
    preps = [child for child in token.children if child.dep_ == "prep" and child.lower_ in ("for", "on")]
    if not preps or token.dep_ not in ("dobj", "pobj", "conj"):
        return None
    speaker = resolve_speakers(token, doc, discourse)
    if speaker is None:
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    content = sorted((t for prep in preps for t in prep.subtree), key=lambda t: t.i)
    return _Draft(token, token.idx + len(token.text), lexicon.call_nouns[token.lemma_.lower()], speaker, _bounds(content), _evidence(verb, lexicon), "call-noun")


# --------------------------------------------------------------------------- quotations


def _words(text: str, quote: Quotation) -> int:
    start, end = quote.inner
    return len(_WORD.findall(text[start:end]))


def _attach_quotes(doc: Doc, quotes: list[Quotation], lexicon: CueLexicon) -> dict[int, list[Quotation]]:
    """Cue token index -> the full quotations it introduces or closes."""
    attached: dict[int, list[Quotation]] = {}
    for quote in quotes:
        cue = _cue_after(doc, quote, lexicon) or _cue_before(doc, quote, lexicon)
        if cue is not None:
            attached.setdefault(cue.i, []).append(quote)
    return attached


def _is_speech_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon.verbs


def _cue_after(doc: Doc, quote: Quotation, lexicon: CueLexicon) -> Token | None:
    """ "“...,” he said": the cue right after a quotation closed by a comma, ! or ?."""
    inner_start, inner_end = quote.inner
    inner = doc_text(doc)[inner_start:inner_end].rstrip()
    following = doc_text(doc)[quote.end : quote.end + 2].lstrip(" ")
    if not (inner.endswith((",", "!", "?", "—", "-")) or following.startswith(",")):
        return None
    tokens = [t for t in doc if t.idx >= quote.end][:8]
    for token in tokens:
        if token.text in (".", "!", "?", ";") or token.text in _QUOTE_PAIRS or token.text == '"':
            return None
        if _is_speech_verb(token, lexicon):
            return token
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            return None
    return None


def _cue_before(doc: Doc, quote: Quotation, lexicon: CueLexicon) -> Token | None:
    """ "X said: “...”": a cue shortly before a quotation opened after a colon or comma."""
    before = doc[: tokens_before(doc, quote.start)]
    if not before or before[-1].text not in (":", ","):
        return None
    for token in reversed(before[-10:-1]):
        if token.text in (".", "!", "?", ";") or token.text in _QUOTE_PAIRS.values() or token.text == '"':
            return None
        if _is_speech_verb(token, lexicon):
            return token
    return None


def _quote_draft(cue: Token, doc: Doc, discourse: Discourse, lexicon: CueLexicon, quotes: list[Quotation]) -> _Draft | None:
    speaker = resolve_speakers(cue, doc, discourse)
    if speaker is None:
        return None
    content = (quotes[0].inner[0], quotes[-1].inner[1])
    if cue.idx > quotes[0].start:  # cue after (or between) quotations: up to the end of the cue's clause
        end = cue.idx + len(cue.text)
        for token in doc[cue.i :]:
            if token.text in (".", "!", "?", ";") or token.idx >= quotes[-1].end or token.text in _QUOTE_PAIRS or token.text == '"':
                break
            end = token.idx + len(token.text)
        evidence = (quotes[0].start, max(end, quotes[-1].end))
    else:
        evidence = (min(speaker.start if speaker.start >= 0 else cue.idx, cue.idx), quotes[-1].end)
    quoted = [t for t in doc if content[0] <= t.idx < content[1]]
    kind = _quote_kind(cue, quoted, speaker, discourse, lexicon)
    return _Draft(cue, cue.idx + len(cue.text), kind, speaker, content, evidence, "quote")


def _quote_kind(cue: Token, quoted: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: CueLexicon) -> str:
    default = lexicon.verbs.get(cue.lemma_.lower(), "assertion")
    if default != "assertion":
        return default
    for token in quoted:  # a first-person performative: "I condemn ...", "we urge ..."
        kind = lexicon.verbs.get(token.lemma_.lower())
        if kind and kind != "assertion" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children):
            return kind
    if _accuses(quoted, speaker, discourse, lexicon):
        return "accusation"
    return "assertion"


# --------------------------------------------------------------------------- kinds


def _clause_kind(
    cue: Token, kind: str, content: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: CueLexicon
) -> str:
    """Refine a cue's default kind from its object and complement."""
    lemma = cue.lemma_.lower()
    objects = [child for child in cue.children if child.dep_ == "dobj"]
    for obj in objects:
        noun = obj.lemma_.lower()
        if lemma == "express":
            kind = lexicon.expressed.get(noun, "evaluation")
            clause = [t for c in (*obj.children, *cue.children) if c.dep_ in ("acl", "ccomp", "relcl") for t in c.subtree]
            if noun == "concern" and any(t.lemma_.lower() in lexicon.threat_words for t in clause):
                return "warning"
            return kind
        if kind == "assertion" and noun in lexicon.commitment_objects:
            return "commitment"
        if kind == "assertion" and noun in lexicon.appeal_objects:
            return "appeal"
    if kind != "assertion":
        return kind
    main = _main_clause(content)
    verbs = _clause_verbs(cue)
    if lemma in lexicon.denial_capable and any(_negated_own(verb, speaker, discourse) for verb in verbs):
        return "denial"
    if _accuses(main, speaker, discourse, lexicon):
        return "accusation"
    if _obliges(main, lexicon):
        return "appeal"
    if lemma in lexicon.commitment_capable and any(_future(verb) or _undertakes(verb, lexicon) for verb in verbs):
        return "warning" if _conditional(content, lexicon) else "commitment"
    return kind


def _clause_verbs(cue: Token) -> list[Token]:
    """The verbs of a cue's complement clause (with their conjuncts)."""
    verbs = []
    for child in cue.children:
        if child.dep_ in _CLAUSE_DEPS:
            verbs.append(child)
            verbs.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _main_clause(content: list[Token]) -> list[Token]:
    """Content tokens without subordinate adverbial clauses ("as X launched strikes")."""
    inside = {t.i for t in content}
    dropped = {d.i for t in content if t.dep_ == "advcl" and t.head.i in inside for d in t.subtree}
    return [t for t in content if t.i not in dropped]


def _own_keys(speaker: SpeakerResolution, discourse: Discourse) -> set[str]:
    own = set(speaker.keys)
    for key in speaker.keys:
        state = acting_state(discourse.entity_of(key))
        if state:
            own.add(state)
    return own


def _negated_own(verb: Token, speaker: SpeakerResolution, discourse: Discourse) -> bool:
    """Whether a complement verb is negated and its subject is the speaker's own side, or nobody.

    Negated: a ``not``/``never``, or a negative object ("bears no responsibility");
    "nobody is forcing them out" denies that anyone does.
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in _NEGATIVE_PRONOUNS:
        return True
    negated = any(child.dep_ == "neg" or child.lower_ == "never" for child in verb.children) or any(
        child.dep_ == "dobj" and any(d.lower_ == "no" for d in child.children) for child in verb.children
    )
    if not negated:
        return False
    if subject.lower_ in _OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in subject.children):
        return True
    keys = _actor_keys(subject, discourse)
    return bool(keys) and keys <= _own_keys(speaker, discourse)


def _actor_keys(token: Token, discourse: Discourse) -> set[str]:
    """Actor keys a token names: a linked actor or a nationality adjective."""
    span = discourse.entity_at.get(token.i)
    if span is not None and discourse.is_actor(span):
        return {span.kb_id_}
    key = speaker_lexicon().nationalities.get(token.lower_)
    return {key} if key else set()


def _accuses(tokens: list[Token], speaker: SpeakerResolution, discourse: Discourse, lexicon: CueLexicon) -> bool:
    """Whether the tokens attribute a hostile act to a named party other than the speaker."""
    own = _own_keys(speaker, discourse)
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in lexicon.hostile_nouns:
            agents = _noun_agents(token)
        elif token.pos_ == "VERB" and lemma in lexicon.hostile_verbs:
            agents = _verb_agents(token)
        else:
            continue
        for agent in agents:
            if agent.lower_ in _OTHER_PRONOUNS:
                return True
            keys = _actor_keys(agent, discourse)
            if keys and not keys <= own:
                return True
    return False


def _noun_agents(noun: Token) -> list[Token]:
    """Who does a hostile act named by a noun: possessor, nationality, "by"/"of" phrase, "conducted by"."""
    nouns = [noun]
    if noun.dep_ == "conj":
        nouns.append(noun.head)
    nouns.extend(c for c in noun.children if c.dep_ == "conj")
    agents: list[Token] = []
    for item in nouns:
        for child in item.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                agents.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", "of"):
                agents.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ in ("acl", "relcl"):
                agents.extend(_verb_agents(child))
        if item.dep_ == "dobj":
            agents.extend(c for c in item.head.children if c.dep_ == "nsubj")
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _verb_agents(verb: Token) -> list[Token]:
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in verb.children:
        if child.dep_ == "agent":
            agents.extend(g for g in child.children if g.dep_ == "pobj")
    return [a for agent in agents for a in _with_conjuncts(agent)]


def _with_conjuncts(token: Token) -> list[Token]:
    found = [token]
    found.extend(c for c in token.children if c.dep_ in ("amod", "compound"))
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_with_conjuncts(child))
    return found


def _obliges(tokens: list[Token], lexicon: CueLexicon) -> bool:
    """An obligation: "must", "should", "are to be ..."."""
    for token in tokens:
        if token.dep_ == "aux" and token.lemma_.lower() in lexicon.obligation_words:
            return True
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        after = token.doc[token.i + 2] if token.i + 2 < len(token.doc) else None
        if token.lemma_ == "be" and nxt is not None and nxt.lower_ == "to" and after is not None and after.lemma_ == "be":
            return True  # "are to be surrendered"
    return False


def _future(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in verb.children)


def _undertakes(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a reported verb is itself an undertaking ("said Azerbaijan had agreed to let ...")."""
    return verb.lemma_.lower() in lexicon.undertaking_verbs


def _conditional(tokens: list[Token], lexicon: CueLexicon) -> bool:
    for token in tokens:
        if token.lower_ in lexicon.condition_words:
            if token.lower_ != "only" or (token.i + 1 < len(token.doc) and token.nbor().pos_ in ("ADP", "SCONJ")):
                return True
    return False


# --------------------------------------------------------------------------- assembly


def _fold_nested(drafts: list[_Draft]) -> list[_Draft]:
    """A cue inside another claim's content with the same speakers joins that claim (its kind if sharper)."""
    kept: list[_Draft] = []
    for draft in drafts:
        outer = next(
            (
                other
                for other in drafts
                if other is not draft
                and other.content[0] <= draft.cue.idx < other.content[1]
                and set(draft.speaker.keys) <= set(other.speaker.keys)
                and not _coordinated(draft.cue, other.cue, cue_lexicon())
            ),
            None,
        )
        if outer is None:
            kept.append(draft)
        elif outer.kind == "assertion" and draft.kind != "assertion":
            outer.kind = draft.kind
    return kept


def _first_person(doc: Doc, drafts: list[_Draft], discourse: Discourse, lexicon: CueLexicon) -> list[_Draft]:
    """Opinion pieces: a sentence outside quotations with I/we/us/our is the author's claim."""
    author = discourse.author
    assert author is not None
    found = []
    for sentence in doc.sents:
        pronoun = next(
            (t for t in sentence if t.pos_ == "PRON" and t.lower_ in _FIRST_PERSON and not discourse.in_quote(t.idx)), None
        )
        if pronoun is None:
            continue
        if any(sentence.start_char <= d.cue.idx < sentence.end_char for d in drafts):
            continue
        speaker = SpeakerResolution((author.key,), None, pronoun.text, "author", pronoun.idx, pronoun.idx + len(pronoun.text))
        tokens = [t for t in sentence if not t.is_space]
        kind = "accusation" if _accuses(tokens, speaker, discourse, lexicon) else "assertion"
        span = _bounds([t for t in tokens if not t.is_punct] or tokens)
        found.append(_Draft(pronoun, pronoun.idx + len(pronoun.text), kind, speaker, span, span, "first-person"))
    return found


def _claim(doc: Doc, draft: _Draft) -> Claim:
    start, end = draft.content
    about = tuple(dict.fromkeys(span.kb_id_ for span in doc.ents if span.kb_id_ and start <= span.start_char and span.end_char <= end))
    return Claim(
        id=f"claim-{draft.cue.idx}",
        kind=draft.kind,
        speakers=draft.speaker.keys,
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
        about_entities=about,
    )


# --------------------------------------------------------------------------- framing


def _framings(doc: Doc, quotes: list[Quotation], attached: dict, claims: list[Claim], discourse: Discourse) -> list[Framing]:
    """Scare-quoted labels and "what it calls/describes as X"."""
    framings = _what_it_calls(doc, discourse)
    taken = [q for group in attached.values() for q in group]
    for quote in quotes:
        if quote in taken or _words(doc_text(doc), quote) > MAX_LABEL_WORDS or _words(doc_text(doc), quote) == 0:
            continue
        start, end = quote.inner
        while end > start and doc_text(doc)[end - 1] in ".,;:!? ":
            end -= 1
        if any(f.start < end and start < f.end for f in framings):
            continue
        enclosing = next((c for c in claims if c.evidence_start <= quote.start < c.evidence_end), None)
        source = enclosing.speakers[0] if enclosing else None
        framings.append(Framing(start, end, doc_text(doc)[start:end], source, "scare quotes"))
    return sorted(framings, key=lambda f: f.start)


def _what_it_calls(doc: Doc, discourse: Discourse) -> list[Framing]:
    found = []
    for token in doc:
        if token.lower_ != "what" or token.dep_ != "dobj" or token.head.lemma_.lower() not in _LABEL_VERBS:
            continue
        verb = token.head
        label = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
        if not label:
            label = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not label or subject is None:
            continue
        tokens = sorted(label[0].subtree, key=lambda t: t.i)
        tokens = [t for t in tokens if t.text not in _QUOTE_PAIRS and t.text not in _QUOTE_PAIRS.values() and t.text != '"']
        tokens = [t for t in tokens if not (t.dep_ == "prep" or t.head.dep_ == "prep" and t.head in label[0].children)] or tokens
        start, end = _bounds(tokens)
        resolved = resolve_phrase(subject, doc, discourse)
        cue = "what it calls" if verb.lemma_.lower() != "describe" else "what it describes as"
        found.append(Framing(start, end, doc_text(doc)[start:end], resolved.keys[0] if resolved else None, cue))
    return found
