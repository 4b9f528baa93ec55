"""Lines the tagger misreads in their context, tagged again on their own: a lede run on after a dateline, and a
headline in Title Case or capitals.

After a dateline ("LAGOS (Reuters) - Rebels attacked an army base"), the tagger reads the lede's capitalised first
word as a name inside a sentence: "Rebels" and "Gunmen" come out as proper nouns that keep their case as lemmas, and
no rule on "rebel" or "gunman" sees them. The lede's first sentence is tagged again on its own, by the pipeline's own
components (its tok2vec and tagger), and those tags replace the ones read with the dateline before it. The dateline
keeps its tags; offsets, tokens and the parser's input are unchanged.

A headline in Title Case or in capitals ("Shelling Kills 5 In Varnok Suburb") is read as a run of names: its verb
comes out as a plural proper noun and no figure rule sees "kills 5". It is tagged again in sentence case, and each
word read as a name takes the tag it has there unless that is a noun's (a name in lower case is still read as a noun,
so "Varnok" keeps its tag and "Kills" takes the verb's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.attrs import IS_ALPHA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.sentences import lede_starts

#: Tokens that end a lede's first sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Tags of names a capitalised line's word is read with, and the noun tags its sentence-case reading must not have to
#: replace them (a name in sentence case is still a noun: "Kharkiv" keeps its tag, "Kills" takes the verb's).
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: The fewest words of more than three letters of a capitalised line re-tagged.
_CAPITALISED_WORDS = 3


class LedeTags:
    """Re-tags the first sentence of each lede after a dateline, and each line in Title Case or capitals (in sentence
    case), with ``components`` run on it alone.

    Args:
        nlp: The pipeline whose components tag (looked up by name when first used: they load after this one).
        components: Names of the components that tag a sentence, in order; the missing ones are skipped, and without
            a tagger nothing changes.
        max_tokens: The most tokens of a lede re-tagged.
    """

    def __init__(self, nlp: Language, components: Sequence[str], max_tokens: int) -> None:
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
        self.nlp = nlp
        self.components = tuple(components)
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        present = [name for name in self.components if name in self.nlp.pipe_names]
        if "tagger" not in present:
            return doc
        taggers = [self.nlp.get_pipe(name) for name in present]
        for start in lede_starts(doc):
            end = _sentence_end(doc, start, self.max_tokens)
            lede = read_alone(doc, start, end, [token.text for token in doc[start:end]], taggers)
            for offset, token in enumerate(lede):
                doc[start + offset].tag = token.tag
        for start, end in capitalised_lines(doc, self.max_tokens):
            line = read_alone(doc, start, end, _sentence_case([token.text for token in doc[start:end]]), taggers)
            for offset, token in enumerate(line):
                if doc[start + offset].tag_ in _NAME_TAGS and token.tag_ not in _NOUN_TAGS:
                    doc[start + offset].tag = token.tag
        return doc


def read_alone(doc: Doc, start: int, end: int, words: list[str], components: Sequence[Callable[[Doc], Doc]]) -> Doc:
    """``words`` (the tokens ``start:end`` of ``doc``, maybe recased) read on their own by ``components`` (the
    pipeline's own, in order)."""
    alone = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc[start:end]])
    for component in components:
        alone = component(alone)
    return alone


def capitalised_lines(doc: Doc, max_tokens: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``doc`` of at most ``max_tokens`` tokens, with no sentence-final mark at its end,
    written in Title Case or in capitals ("Shelling Kills 5 In Kharkiv Suburb", "SHELLING KILLS 5"): a headline whose
    verbs and common words the tagger reads as names."""
    strings = doc.vocab.strings  # read from arrays: a Token object per word costs more than the rest
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    alpha = doc.to_array(IS_ALPHA).tolist()
    found: list[tuple[int, int]] = []
    start = 0
    for i in range(len(texts) + 1):
        if i < len(texts) and "\n" not in texts[i]:
            continue
        words = [texts[k] for k in range(start, i) if alpha[k]]
        if 0 < i - start <= max_tokens and texts[i - 1] not in _SENTENCE_ENDS and _capitalised(words):
            found.append((start, i))
        start = i + 1
    return found


def _capitalised(words: list[str]) -> bool:
    """Whether a line's words are in Title Case (every word of more than three letters capitalised) or in capitals,
    with at least ``_CAPITALISED_WORDS`` words of more than three letters (a short name or a label is no headline)."""
    long_words = [word for word in words if len(word) > 3]
    return len(long_words) >= _CAPITALISED_WORDS and all(word[0].isupper() for word in long_words)


def _sentence_case(words: list[str]) -> list[str]:
    """The words of a line in sentence case: the first word capitalised, the others in lower case."""
    return [word[:1].upper() + word[1:].lower() if i == 0 else word.lower() for i, word in enumerate(words)]


def _sentence_end(doc: Doc, start: int, max_tokens: int) -> int:
    """The end of the sentence that opens at ``start``: after its first full stop, question or exclamation mark, at the
    line's end, or ``max_tokens`` on."""
    end = start
    while end < len(doc) and end - start < max_tokens and "\n" not in doc[end].text:
        end += 1
        if doc[end - 1].text in _SENTENCE_ENDS:
            break
    return end
