"""A lede run on after a dateline, tagged as the sentence it is.

After a dateline ("LAGOS (Reuters) - Rebels attacked an army base"), the tagger reads the lede's capitalised first
word as a name inside a sentence: "Rebels" and "Gunmen" come out as proper nouns that keep their case as lemmas, and
no rule on "rebel" or "gunman" sees them. The lede's first sentence is tagged again on its own, by the pipeline's own
components (its tok2vec and tagger), and those tags replace the ones read with the dateline before it. The dateline
keeps its tags; offsets, tokens and the parser's input are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.sentences import lede_starts

#: Tokens that end a lede's first sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


class LedeTags:
    """Re-tags the first sentence of each lede after a dateline with ``components`` run on that sentence alone.

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
            tokens = doc[start:end]
            lede = Doc(doc.vocab, words=[token.text for token in tokens], spaces=[bool(token.whitespace_) for token in tokens])
            for tagger in taggers:
                lede = tagger(lede)
            for offset, token in enumerate(lede):
                if doc[start + offset].tag != token.tag:
                    doc[start + offset].tag = token.tag
        return doc


def _sentence_end(doc: Doc, start: int, max_tokens: int) -> int:
    """The end of the sentence that opens at ``start``: after its first full stop, question or exclamation mark, at the
    line's end, or ``max_tokens`` on."""
    end = start
    while end < len(doc) and end - start < max_tokens and "\n" not in doc[end].text:
        end += 1
        if doc[end - 1].text in _SENTENCE_ENDS:
            break
    return end
