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


def test_drop_caches_and_a_copy_keep_the_same_user_data(nlp):
    """One filter of the caches: what ``drop_caches`` keeps is what a document made anew takes over (a key of
    another component stays, in its order); a document nothing cached in keeps all of it."""
    from kg.nlp.doccache import doc_text, drop_caches, token_table, user_data_without_caches

    doc = nlp("Herders in Jos said 12 cattle were stolen on Friday.")
    doc.user_data["first"], doc.user_data["second"] = 1, 2
    assert user_data_without_caches(doc)["second"] == 2  # another component's key is kept
    doc_text(doc), token_table(doc)
    kept = user_data_without_caches(doc)
    assert list(kept)[-2:] == ["first", "second"] and len(kept) < len(doc.user_data)
    drop_caches(doc)
    assert doc.user_data == kept and list(doc.user_data) == list(kept)
    assert user_data_without_caches(doc) == kept  # nothing left to drop
