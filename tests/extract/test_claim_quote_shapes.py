"""Claims do not change with the shape of the quotation marks: two made-up stories from other conflicts, written
with curly marks and read again with straight ones (one character for one, so every offset is the same),
give the same claims (``kg.nlp.smart_quotes``); and marks that are no quotation stay none."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.extract.claims.quotes import closes_quotation, is_quote_mark, opens_quotation
from kg.nlp.gazetteer import load_gazetteer

CHAD = """Chad army says rebels attacked two garrisons

ABECHE, March 3 — Chad’s army said on Sunday that fighters of the Front for Change had attacked two garrisons north of N’Djamena overnight after they “regrouped” near the border.

“We repelled the attack and the situation is under control,” army spokesman Colonel Ahmat Daoud told reporters in N’Djamena.

The rebels’ spokesman, Mahamat Oumar, rejected the account. ‘Our fighters hold both positions,’ Oumar said by telephone. He said the curfew was ‘unlawful’.

Interior Minister Saleh Brahim said: “The curfew will stay in place until the region is safe. Nobody should travel at night.”
"""

YEMEN = """Yemen’s government accuses Houthis of shelling Ma’arib camp

ADEN, June 9 — Yemen’s government on Tuesday accused the Houthis of shelling a camp for displaced families near Ma’arib, killing four people.

“This is a war crime against people who have already lost everything,” Information Minister Rashid al-Ansi said in a statement.

The Houthis did not comment. Their military spokesman, Yahya Sabri, said last week that the group’s forces would “respond to every attack.”

“We call on the United Nations to act now.

The displaced cannot wait another winter,” the governor of Ma’arib, Sultan al-Arada, told reporters.
"""



def straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def claims(nlp, text: str) -> list[tuple]:
    found, _ = extract_claims(nlp(text), load_gazetteer())
    return sorted(
        (c.speakers + tuple(s.label for s in c.sources), c.kind, c.cue_start, c.content_start, c.content_end,
         c.evidence_start, c.evidence_end)
        for c in found
    )


@pytest.mark.parametrize("story", [CHAD, YEMEN], ids=["chad", "yemen"])
def test_straight_quotes_give_the_claims_of_curly_ones(nlp, story):
    curly = claims(nlp, story)
    assert len(curly) >= 5
    assert claims(nlp, straight(story)) == curly


def test_a_quotation_over_two_paragraphs_in_straight_marks(nlp):
    found = claims(nlp, straight(YEMEN))
    start = YEMEN.index("“We call on")
    assert [c[:2] for c in found if c[5] == start] == [(("name:sultan al-arada",), "appeal")]


def test_a_headline_label_in_straight_single_marks_is_a_judgement(nlp):
    text = "Rebel leader says truce was 'broken' by army\n\nGOMA — The rebels spoke.\n"
    assert [c[1] for c in claims(nlp, text)] == ["evaluation"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel leader says the rebels' truce was broken by army\n\nGOMA — The rebels spoke.\n",  # a possessive plural
        "Rebel leader says truce was broken by army\n\nGOMA — The rebels spoke.\n",
    ],
)
def test_a_headline_without_quotation_marks_is_no_judgement(nlp, text):
    assert [c[1] for c in claims(nlp, text)] == ["assertion"]


def test_inches_quote_nothing(nlp):
    text = 'Militia fighters fired 12" shells at the base, a spokesman for the army said on Monday.'
    found = claims(nlp, text)
    assert [c[2] for c in found] == [text.index("said")]


@pytest.mark.parametrize("marks", ["curly", "straight"])
def test_a_cue_clause_keeps_its_opening_mark_in_either_shape(nlp, marks):
    curly = "“Foreign mercenaries” are fighting alongside the rebels near Tessit, the defence ministry said."
    text = curly if marks == "curly" else straight(curly)
    found, _ = extract_claims(nlp(text), load_gazetteer())
    assert [text[c.evidence_start : c.evidence_end] for c in found] == [
        text[: text.index(" said") + len(" said")]
    ]



def test_quote_mark_helpers_read_straight_marks_as_curly_ones(nlp):
    text = "The rebels' base fell. 'We hold the town,' said Kone, as the \"envoys\" left."
    doc = nlp(text)
    marks = {(token.idx, token.text): (is_quote_mark(token), opens_quotation(token), closes_quotation(token))
             for token in doc if token.text in ("'", '"')}
    assert marks == {
        (text.index("'We"), "'"): (True, True, False),
        (text.index("' base"), "'"): (False, False, False),  # a possessive apostrophe is no mark
        (text.index(",' said") + 1, "'"): (True, False, True),
        (text.index('"envoys'), '"'): (True, True, False),
        (text.index('" left'), '"'): (True, False, True),
    }
