"""A lede run on after a dateline is tagged as the sentence it is (``kg.nlp.lede_tags``)."""

from __future__ import annotations

import pytest

from kg.nlp.sentences import lede_starts


@pytest.mark.parametrize(
    ("dateline", "word", "lemma"),
    [
        ("GOMA, Congo (Reuters) -", "Rebels", "rebel"),
        ("MOGADISHU, Somalia (AP) —", "Gunmen", "gunman"),
        ("LAGOS, March 11, 2025 -", "Militants", "militant"),
        ("BAMAKO —", "Soldiers", "soldier"),  # a city in capitals the tagger reads as a common noun
        ("KHARTOUM:", "Paramilitaries", "paramilitary"),
    ],
)
def test_lede_tags_a_common_noun_opening_the_lede_is_no_name(nlp, dateline, word, lemma):
    doc = nlp(f"Attack on army base\n\n{dateline} {word} attacked an army base near the border on Monday.")
    token = next(token for token in doc if token.text == word)
    assert (token.tag_, token.lemma_) == ("NNS", lemma)
    assert token.is_sent_start


def test_lede_tags_a_name_opening_the_lede_stays_a_name(nlp):
    # negative: the lede's subject is a person's name; tagged alone it is still one
    doc = nlp("Talks resume\n\nNAIROBI, Kenya (AP) — Ruto said on Monday that the talks would resume.")
    token = next(token for token in doc if token.text == "Ruto")
    assert token.tag_ == "NNP"


def test_lede_tags_a_line_with_a_verb_before_its_dash_is_no_dateline(nlp):
    # negative: "Azerbaijan - a former Soviet republic - said": no dateline, no lede re-tagged
    doc = nlp("Velmora - a former colony - said rebels attacked the port.")
    assert lede_starts(doc) == []

