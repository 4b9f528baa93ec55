"""The per-document caches give what spaCy's own ``Token`` walks give, in the same order."""

from __future__ import annotations

import pytest

from kg.nlp.doccache import children_with, subtree_indices

TEXTS = (
    "The health ministry said on Tuesday that floods had cut the road between the two towns, "
    "and that rescuers who reached the valley found 40 families sheltering in a school.",
    "Striking dock workers, whom the port authority accused of blocking ships, denied the charge; "
    "their union said talks would resume on Monday.",
    "Which of the candidates the committee will back, nobody in the capital could say.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_subtree_indices_follow_spacy_subtree(nlp, text):
    doc = nlp(text)
    for token in doc:
        assert subtree_indices(token) == [t.i for t in token.subtree]
        assert subtree_indices(token) is subtree_indices(token)  # computed once per token


@pytest.mark.parametrize("text", TEXTS)
def test_children_with_filters_children_in_order(nlp, text):
    doc = nlp(text)
    for token in doc:
        for deps in (("prep",), ("nsubj", "nsubjpass"), ("no-such-label",)):
            assert [c.i for c in children_with(token, deps)] == [c.i for c in token.children if c.dep_ in deps]


def test_trigger_classified_once_per_document_gives_the_same_record(nlp):
    from kg.extract.events import event_lexicon
    from kg.extract.events.context import EventContext
    from kg.extract.events.triggers import _classify, classify

    doc = nlp("Rebels attacked a convoy near the border on Sunday, and the army said the attack killed three drivers.")
    context = EventContext(doc, [], event_lexicon(), frozenset())
    first = [classify(token, context) for token in doc]
    assert any(rule is not None for rule in first)  # "attacked", "attack"
    assert [classify(token, context) for token in doc] == first == [_classify(token, context) for token in doc]
    assert set(context.rules) == {token.i for token in doc}
