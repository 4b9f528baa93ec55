"""A headline in capitals or in Title Case, read as the body writes its words.

A headline shouted in capitals ("MYANMAR JUNTA AIRSTRIKE KILLS 20") or written in Title Case ("Houthis Claim Missile
Strike on Tanker in Red Sea") hides which of its words are names: the gazetteer matches names as the text writes them,
and the model reads every capitalised word as one. The headline is read again, by the pipeline's own components, with
each word in the case the body writes it in (a word the body never writes stays as a Title Case line writes it, and in
lower case in a line in capitals); its entities, tags and lemmas replace the ones read in the headline's own case.
Text, offsets and tokens are unchanged; a headline in sentence case is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.doccache import drop_caches
from kg.nlp.lede_tags import read_alone

#: ``doc.user_data`` key: the end offset of a first line read again in the body's case (its names trusted as in a
#: sentence, not doubted as in a Title Case line).
RECASED_HEADLINE = "kg_recased_headline"
#: ``doc.user_data`` key: the start offsets of the words of that line the body never writes (kept as the line writes
#: them, so a name of those words alone is doubted as in any Title Case line).
UNCONFIRMED_WORDS = "kg_recased_headline_unconfirmed"


class HeadlineCase:
    """Re-reads a shouted first line with ``components`` run on it in the body's case, and takes its entities.

    Args:
        nlp: The pipeline whose components read the headline (looked up by name when first used).
        components: Names of the components that find entities, in order; the missing ones are skipped, and
            without an ``ner`` nothing changes.
        min_words: The fewest words of at least two letters a shouted headline has.
        max_tokens: The most tokens of a headline.
    """

    def __init__(self, nlp: Language, components: Sequence[str], min_words: int, max_tokens: int) -> None:
        self.nlp = nlp
        self.components = tuple(components)
        self.min_words = min_words
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        present = [name for name in self.components if name in self.nlp.pipe_names]
        if "ner" not in present:
            return doc
        end = _first_line_end(doc, self.max_tokens)
        if end is None or end >= len(doc) or not _shouted([token.text for token in doc[:end]], self.min_words):
            return doc
        recased = _body_case([token.text for token in doc[:end]], doc, end, word_lemmas(self.nlp))
        if recased is None:
            return doc
        words, unconfirmed = recased
        line = read_alone(doc, 0, end, words, [self.nlp.get_pipe(name) for name in present])
        for token, read, word in zip(doc[:end], line, words):
            if word != token.text:  # a word kept as written keeps its tags (``kg_lede_tags`` re-tagged the headline)
                token.tag, token.pos, token.lemma = read.tag, read.pos, read.lemma
        kept = [span for span in doc.ents if span.start >= end]
        found = [Span(doc, span.start, span.end, label=span.label_, span_id=span.id_) for span in line.ents]
        doc.ents = [*found, *kept]
        drop_caches(doc)  # the tables read before (the gazetteer ruler's) hold the headline's old tags
        doc.user_data[RECASED_HEADLINE] = doc[end - 1].idx + len(doc[end - 1].text)
        doc.user_data[UNCONFIRMED_WORDS] = frozenset(doc[i].idx for i in unconfirmed)
        return doc


def word_lemmas(nlp: Language) -> Callable[[str], list[str]]:
    """The lemmas a word in lower case has as a plural noun and as a verb, by the pipeline's own lemmatizer ("kills"
    and "killed": "kill"; "clashes": "clash"; "was": "be"); without a lemmatizer, the word itself."""
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word: [word]
    lemmatizer: Any = nlp.get_pipe("lemmatizer")  # spaCy's ``Lemmatizer``: ``lemmatize`` is its mode's function

    def lemmas(word: str) -> list[str]:
        forms = Doc(nlp.vocab, words=[word, word], pos=["NOUN", "VERB"], tags=["NNS", "VBZ"])
        return [lemma for token in forms for lemma in lemmatizer.lemmatize(token)]

    return lemmas


def _first_line_end(doc: Doc, max_tokens: int) -> int | None:
    """The index of the token that ends the document's first line (its line break), within ``max_tokens``."""
    for token in doc[: max_tokens + 1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.i if "\n" in token.text else token.i + 1
    return None


def _shouted(texts: list[str], min_words: int) -> bool:
    """Whether a line is written in capitals, or in Title Case (every word of four letters or more capitalised)."""
    words = [text for text in texts if text.isalpha() and len(text) > 1]
    if len(words) < min_words:
        return False
    if all(text.isupper() for text in words):
        return True
    long_words = [text for text in words if len(text) > 3]
    return len(long_words) >= min_words and all(text[0].isupper() for text in long_words)


def _body_case(texts: list[str], doc: Doc, end: int, lemmas: Callable[[str], list[str]]) -> tuple[list[str], set[int]] | None:
    """Each word of the headline as the body after token ``end`` writes it: in lower case when the body ever does (or
    a word of one of its ``lemmas``, as ``word_lemmas`` gives them: "kills" after "killed"), else as the body writes it inside a sentence, else at a sentence's
    start; a word the body never writes stays as a Title Case headline writes it (a name the headline alone writes,
    an acronym), and is in lower case in a headline in capitals (the first capitalised). ``None`` when the body writes
    fewer than half of the line's words (a byline in capitals: "PIERRE LUXAMA and MEGAN JANE", not the story's
    headline). Also the positions of the words the body never writes."""
    lower: set[str] = set()
    inside: dict[str, str] = {}
    opening: dict[str, str] = {}
    for token in doc[end:]:
        text = token.text
        key = text.lower()
        if text == key:
            lower.add(key)
            lower.add(token.lemma_.lower())
        elif token.is_sent_start:
            opening.setdefault(key, text)
        else:
            inside.setdefault(key, text)
    def written(key: str) -> bool:
        """Whether the body writes the word in lower case, or a word of one of its lemmas."""
        return key in lower or any(lemma in lower for lemma in lemmas(key))

    words = [text.lower() for text in texts if text.isalpha() and len(text) > 1]
    if 2 * sum(written(word) or word in inside or word in opening for word in words) < len(words):
        return None
    in_capitals = all(text.isupper() for text in texts if text.isalpha() and len(text) > 1)
    recased: list[str] = []
    unconfirmed: set[int] = set()
    for position, text in enumerate(texts):
        key = text.lower()
        if not any(character.isalpha() for character in text):
            recased.append(text)
        elif written(key):
            recased.append(key)  # "kills", "clashes" after "killed", "clashed"
        elif key in inside or key in opening:
            recased.append(inside.get(key) or opening[key])
        else:
            unconfirmed.add(position)
            if in_capitals:
                recased.append(key.capitalize() if not recased else key)
            else:
                recased.append(text)  # an acronym or a Title Case word the body never writes
    return recased, unconfirmed
