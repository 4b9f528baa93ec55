"""Straight quotation marks read as curly ones by the statistical components and the claim extractors
(``kg.nlp.smart_quotes``), the input's characters kept in the document; made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract.claims.quotes import find_quotations
from kg.nlp.smart_quotes import reads_as, smart_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We hold the bridge," Colonel Idris Kane said.', "“We hold the bridge,” Colonel Idris Kane said."),
        ('The governor said: "The road is open."', "The governor said: “The road is open.”"),
        ("'We will not retreat,' she said.", "‘We will not retreat,’ she said."),
        ('He said: "They called it \'a truce\' but kept firing."', "He said: “They called it ‘a truce’ but kept firing.”"),
        ('("Enough")', "(“Enough”)"),
        ('in Juba."The toll rose," he said.', "in Juba.“The toll rose,” he said."),  # paragraphs that lost their breaks
        ('"The first part.\n\n"The second part," he said.', "“The first part.\n\n“The second part,” he said."),
        ("'Hold the line,' the rebels' commander said.", "‘Hold the line,’ the rebels' commander said."),
    ],
)
def test_straight_marks_read_as_the_curly_ones_they_stand_for(text, expected):
    assert smart_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'a 12" pipe and a 6" shell',  # inches
        "a wall 8' high",  # feet
        "Côte d'Ivoire, N'Djamena and Ma'arib",  # an apostrophe inside a name, as the gazetteer writes it
        "Sudan's army and the UN's envoy",  # the tagger's own possessive
        "the rebels' base",  # a possessive plural: no single quotation open
        "they don't know",
        "the ' mark alone",  # a lone apostrophe
        'the " mark alone',
        "in the '90s",
    ],
)
def test_straight_marks_that_do_not_say_stay_straight(text):
    assert smart_quotes(text) == text


def test_one_character_for_one():
    text = 'In Goma, "We fled at night," said Amani, 34. "The rebels\' trucks came." A 5" shell hit the rebels\' depot.'
    smart = smart_quotes(text)
    assert len(smart) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, smart)) if a != b] == [i for i, c in enumerate(text) if c == '"'
                                                                        and text[i - 1] != "5"]


def test_the_document_keeps_the_input_characters(nlp):
    text = '"We hold the bridge in N\'Djamena," Colonel Idris Kane said of the rebels\' attack.'
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][:2] == ['"', "We"]
    assert "N'Djamena" in [ent.text for ent in doc.ents]
    assert [reads_as(t) for t in doc if t.text in ('"', "'")] == ["“", "”", "'"]


def test_a_possessive_plural_opens_no_quotation():
    text = smart_quotes("The rebels' commander said the rebels' trucks left the town at dawn on Monday, residents said.")
    assert find_quotations(text) == []


def test_inches_make_no_quotation():
    text = smart_quotes('Militia fighters fired 12" shells at the base, a spokesman said, and 6" ones at the road.')
    assert find_quotations(text) == []
