"""Transcripts (GUIDELINES section 5: in the transcript of a speech, first-person statements are claims of
its speaker).

A page may reproduce a speech under a heading line that names its speaker ("Speech by President Ilham
Aliyev", "Remarks by Foreign Minister Jon Berg"), or an interview whose interviewee its lede names as
interviewed by an outlet ("President X was interviewed by Japan's Nikkei newspaper") and whose turns each
open with a dash. Its first-person sentences are then the speaker's claims: every one after the heading,
or those of the interviewee's turns (every second turn, the first being a question). In other news pages,
first-person sentences outside quotations are the newsroom's voice, not claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.syntax import DASHES
from kg.nlp.doccache import blocks, token_table

#: The longest heading line, in words, that introduces a speech ("Speech by President of the Republic of
#: Azerbaijan Ilham Aliyev").
MAX_HEADING_WORDS = 12

#: How many paragraphs from the top the lede naming an interviewee may be (headline, date line, lede).
LEDE_PARAGRAPHS = 4


@dataclass(frozen=True)
class Transcript:
    """Whose words a page reproduces: ``speaker`` (an entity key) from token ``start`` on; with ``turns``,
    only in those paragraphs (the interviewee's turns)."""

    speaker: str
    start: int
    turns: frozenset[int] | None = None

    def covers(self, token: Token) -> bool:
        """Whether ``token`` is in the speaker's words."""
        return token.i >= self.start and (self.turns is None or blocks(token.doc)[token.i] in self.turns)


def transcript(doc: Doc, lexicon: ClaimLexicon) -> Transcript | None:
    """The transcript a page reproduces, if it is one: a speech under its heading or a dashed interview."""
    paragraphs = _paragraphs(doc)
    return _speech(doc, paragraphs, lexicon) or _interview(doc, paragraphs, lexicon)


def _paragraphs(doc: Doc) -> list[list[int]]:
    """The indices of the words of each paragraph (no whitespace tokens), in order."""
    found: dict[int, list[int]] = {}
    for i, (space, block) in enumerate(zip(token_table(doc).space, blocks(doc))):
        if not space:
            found.setdefault(block, []).append(i)
    return list(found.values())


def _person_in(doc: Doc, start: int, end: int) -> str | None:
    """The key of the first person a mention between character offsets ``start`` and ``end`` names."""
    entities = doc._.kg_entities or {}
    for mention in doc._.kg_mentions or ():
        entity = entities.get(mention.entity_key)
        if start <= mention.start and mention.end <= end and entity is not None and entity.kind == "person":
            return entity.key
    return None


def _body_named(doc: Doc, start: int, end: int, lexicon: ClaimLexicon) -> str | None:
    """The organisation or state that opens a statement's issuer phrase between character offsets ``start`` and
    ``end``, named whole: the phrase ends with its name or with the name of the state it belongs to ("the Ministry of
    Foreign Affairs of Kenya"; not "MFA" of "MFA of Kenya" taken for another state's ministry)."""
    entities = doc._.kg_entities or {}
    for mention in doc._.kg_mentions or ():
        entity = entities.get(mention.entity_key)
        if entity is None or entity.kind not in ("organization", "state") or not start <= mention.start < mention.end <= end:
            continue
        before = doc.text[start : mention.start].strip().lower()
        if before and before not in lexicon.definite_articles:
            continue
        state = entities.get(entity.part_of) if entity.part_of else None
        rest = doc.text[mention.end : end]
        if not rest.strip() or state is not None and rest.rstrip().endswith(state.label):
            return entity.key
    return None


def _speech(doc: Doc, paragraphs: list[list[int]], lexicon: ClaimLexicon) -> Transcript | None:
    """A heading line "Speech by X" (a speech noun, "by"/"of", a person; a statement's issuer may be a body: "Statement
    of the Foreign Ministry of X"), also with its topic after X ("Statement by X on ..."): X's words follow it."""
    table = token_table(doc)
    for words in paragraphs:
        if len(words) < 3 or table.punct[words[-1]]:
            continue  # a heading line has no closing full stop
        if table.lower[words[0]] not in lexicon.transcript_nouns or table.lower[words[1]] not in lexicon.transcript_prepositions:
            continue
        topic = next((k for k, i in enumerate(words) if k > 2 and table.lower[i] in lexicon.transcript_topic_prepositions), len(words))
        if topic > MAX_HEADING_WORDS:
            continue
        named = table.idx[words[topic - 1]] + len(table.text[words[topic - 1]])
        speaker = _person_in(doc, table.idx[words[2]], named)
        if speaker is None and table.lower[words[0]] in lexicon.statement_nouns:
            speaker = _body_named(doc, table.idx[words[2]], named, lexicon)
        if speaker is not None and words[-1] + 1 < len(doc):
            return Transcript(speaker, words[-1] + 1)
    return None


def _interview(doc: Doc, paragraphs: list[list[int]], lexicon: ClaimLexicon) -> Transcript | None:
    """A lede "X was interviewed by Y" and turns opened by a dash: the answers (every second turn) are X's."""
    table = token_table(doc)
    for words in paragraphs[:LEDE_PARAGRAPHS]:
        for i in words:
            if table.lemma[i] not in lexicon.interview_verbs or table.tag[i] != "VBN":
                continue
            verb = doc[i]
            if not any(c.dep_ == "agent" for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
                subject = verb.head  # a headline: "President X interviewed by Japan's Nikkei newspaper"
            if subject is None:
                continue
            speaker = _person_in(doc, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
            if speaker is None:
                continue
            end = verb.sent.end
            turns = [blocks(doc)[p[0]] for p in paragraphs if p[0] >= end and table.text[p[0]] in DASHES]
            if len(turns) >= 2:
                return Transcript(speaker, end, frozenset(turns[1::2]))
    return None
