"""The indexed attribute ruler sets exactly the token attributes spaCy's AttributeRuler sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.nlp import DEFAULT_MODEL
from kg.nlp.attributes import IndexedAttributeRuler, index_attribute_rules

ROOT = Path(__file__).resolve().parent.parent

#: Text with the shapes the model's multi-token and dependency rules are about, from several genres.
SHAPES = [
    "I ain't gonna sign it, y'all, the farmer told us. Let's wait, c'mon.",
    "There were two blasts. There is no pause in the shelling.\n\n  It was the army that did it.",
    "Do you have the list? I did. Have they left? You gotta see it, they said.",
    "But the militia, which had been warned, did not withdraw; it hit the convoy.",
]


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.Language, spacy.Language]:
    plain = spacy.load(DEFAULT_MODEL)
    indexed = spacy.load(DEFAULT_MODEL)
    index_attribute_rules(indexed)
    return plain, indexed


def test_the_model_ruler_is_replaced_with_its_rules(pipelines) -> None:
    plain, indexed = pipelines
    ruler = indexed.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert indexed.pipe_names == plain.pipe_names
    assert ruler.patterns == plain.get_pipe("attribute_ruler").patterns


def test_same_token_attributes_as_spacy_on_real_and_made_up_text(pipelines) -> None:
    plain, indexed = pipelines
    texts = [*SHAPES, *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").rglob("*.txt")))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "eval" / "dev" / "articles").glob("*.txt"))[:12]]
    for text in texts:
        assert _attributes(indexed(text)) == _attributes(plain(text))


#: Made-up rules with every kind of condition, an unsupported one (LENGTH, OP) and a later rule overriding an earlier.
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"IN": ["army", "militia"]}, "TAG": "NN"}]], "attrs": {"POS": "PROPN", "LEMMA": "force"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": "nsubj"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^gun"}}]], "attrs": {"MORPH": "Number=Plur"}},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "THE"}, "index": -1},
    {"patterns": [[{"LENGTH": 4}]], "attrs": {"MORPH": "Degree=Pos"}},
    {"patterns": [[{"LOWER": "shelled", "OP": "+"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"ORTH": "army"}], [{"ORTH": "gunmen"}]], "attrs": {"POS": "X"}},
]


def _made_up_doc(vocab) -> Doc:
    words = ["the", "army", "shelled", "gunmen", "near", "Tessin", ",", "it", "said", "."]
    tags = ["DT", "NN", "VBD", "NNS", "IN", "NNP", ",", "PRP", "VBD", "."]
    deps = ["det", "nsubj", "ccomp", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"]
    heads = [1, 2, 8, 2, 2, 4, 8, 8, 8, 8]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_every_kind_of_condition_matches_as_spacy_does() -> None:
    nlp = spacy.blank("en")
    spacy_ruler = AttributeRuler(nlp.vocab)
    indexed_ruler = IndexedAttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(RULES)
    indexed_ruler.add_patterns(RULES)
    expected = {(number, start, end) for number, _, start, end in spacy_ruler.match(_made_up_doc(nlp.vocab))}
    assert {(number, start, end) for number, _, start, end in indexed_ruler.match(_made_up_doc(nlp.vocab))} == expected
    assert {number for number, _, _ in expected} == set(range(len(RULES)))  # every rule fires somewhere
    assert _attributes(indexed_ruler(_made_up_doc(nlp.vocab))) == _attributes(spacy_ruler(_made_up_doc(nlp.vocab)))


def test_a_rule_that_must_not_fire_does_not() -> None:
    nlp = spacy.blank("en")
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add_patterns([{"patterns": [[{"LOWER": "army", "DEP": "dobj"}]], "attrs": {"POS": "X"}}])
    doc = ruler(_made_up_doc(nlp.vocab))  # "army" is the subject here, not an object
    assert ruler.match(_made_up_doc(nlp.vocab)) == []
    assert doc[1].pos_ != "X"


def test_rules_added_later_are_used() -> None:
    nlp = spacy.blank("en")
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add_patterns(RULES[:1])
    assert ruler.match(_made_up_doc(nlp.vocab))
    ruler.add_patterns([{"patterns": [[{"LOWER": "tessin"}]], "attrs": {"POS": "PROPN"}}])
    assert (1, 5, 6) in {(number, start, end) for number, _, start, end in ruler.match(_made_up_doc(nlp.vocab))}
