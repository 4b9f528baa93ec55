"""Straight quotation marks read as curly ones by the model (``kg.nlp.pipeline``, meta40c): the speaker after a
quotation in straight quotes is found as after one in curly quotes, and the text keeps its straight marks."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer

STORIES = [
    # a person with a title after the quotation: the model read "Mayor Anja Berisha" as a title (WORK_OF_ART)
    ('"The shelling has not stopped since dawn," Mayor Anja Berisha said.', "Anja Berisha"),
    # a person and an appositive: read as a title too, and no claim was found
    ('"We are living in fear and nobody protects us," Idris Mahamat, a camp leader, said.', "Idris Mahamat"),
]


@pytest.mark.parametrize(("text", "speaker"), STORIES)
def test_straight_quotes_find_the_speaker_as_curly_quotes_do(nlp, text: str, speaker: str) -> None:
    curly = text.replace('"', "“", 1).replace('"', "”", 1)
    straight_people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    curly_people = [e.text for e in nlp(curly).ents if e.label_ == "PERSON"]
    assert straight_people == curly_people == [speaker]
    assert nlp(text).text == text  # the text keeps its straight marks


@pytest.mark.parametrize(("text", "speaker"), STORIES)
def test_straight_quotes_give_the_claim_of_curly_quotes(nlp, text: str, speaker: str) -> None:
    curly = text.replace('"', "“", 1).replace('"', "”", 1)
    gazetteer = load_gazetteer()
    found = [[(claim.kind, claim.speaker_text or "") for claim in extract_claims(doc, gazetteer)[0]]
             for doc in (nlp(text), nlp(curly))]
    assert found[0] == found[1] and speaker in found[0][0][1]


def test_straight_quotes_a_quoted_title_stays_a_title(nlp) -> None:
    # negative: the words inside straight quotes are a work's title, not a person
    doc = nlp('The ministry banned the film "Silent Valley" on Monday, the newspaper said.')
    assert not [e for e in doc.ents if e.label_ == "PERSON"]
