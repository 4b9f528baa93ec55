"""An organisation's name cut to its first word, a short form wire copy uses once the full name has been given
("Amnesty" for "Amnesty International"): the organisation speaks (recall47)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def speakers(nlp, text: str) -> list[str]:
    found, _ = extract_claims(nlp(text), load_gazetteer())
    return [" ".join(claim.speakers + tuple(source.label for source in claim.sources)).lower() for claim in found]


def test_short_form_after_the_full_name_speaks(nlp):
    text = ("Amnesty International called on the Moldovan authorities to investigate the shootings in Bender.\n\n"
            "Amnesty said police fired live ammunition at the crowd.\n\n"
            "Amnesty however noted that most of the dead were teenagers.")
    found = speakers(nlp, text)
    assert len([keys for keys in found if "amnesty" in keys]) == 3, found


def test_amnesty_without_the_organisation_is_no_speaker(nlp):
    text = ("Amnesty was offered to the rebels who surrender their weapons, the Moldovan government said.\n\n"
            "An amnesty law passed in June covers 300 fighters, officials said.")
    assert not any("amnesty" in keys for keys in speakers(nlp, text))


@pytest.mark.parametrize("text", [
    # negatives with the full name in the text (review D 4): the common noun heading its own phrase ("Amnesty for the
    # fighters") or the subject of a passive ("Amnesty was offered") is no short form of the organisation
    "Amnesty International criticised the vote.\n\nAmnesty for the fighters was approved by parliament on Friday, "
    "officials said.",
    "Amnesty International called on the Moldovan authorities to investigate the shootings.\n\nAmnesty was offered to "
    "the rebels who surrender their weapons, the government said.",
])
def test_amnesty_the_common_noun_beside_the_full_name_is_not_the_organisation(nlp, text):
    doc = nlp(text)
    assert [m.text for m in doc._.kg_mentions if m.entity_key == "name:amnesty international"] == ["Amnesty International"]


@pytest.mark.parametrize("text", [
    # review E 4: the body's short name as the passive subject of a verb that is no granting stays the body
    "Amnesty International published a report on the prisons.\n\nAmnesty was accused by the Freedonian government of bias.",
    "Amnesty International sent a mission to the border.\n\nAmnesty was barred from entering the country.",
])
def test_amnesty_the_body_as_a_passive_subject_is_the_organisation(nlp, text):
    doc = nlp(text)
    assert [m.text for m in doc._.kg_mentions if m.entity_key == "name:amnesty international"] == ["Amnesty International", "Amnesty"]
