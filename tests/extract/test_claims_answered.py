"""What a denial is about when its content names nobody, and capitals acting for their state in a
claim's content (made-up sentences about conflicts other than Karabakh)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _claims(nlp, text):
    return [(claim.speakers, claim.kind, claim.about_entities) for claim in extract_claims(nlp(text), load_gazetteer())[0]]


@pytest.mark.parametrize(
    ("text", "denier", "accuser"),
    [
        ("India accused Pakistan of shelling border villages. Pakistan denied the accusation.", "Q843", "Q668"),
        ("Ethiopia accused Eritrea of sending troops into Tigray. Eritrea rejected the claim on Sunday.", "Q986", "Q115"),
    ],
)
def test_claims_a_denial_naming_nobody_answers_the_last_claim_of_another(nlp, text, denier, accuser):
    assert ((denier,), "denial", (accuser,)) in _claims(nlp, text)


def test_claims_a_denial_that_names_someone_keeps_its_own_about(nlp):
    claims = _claims(nlp, "India accused Pakistan of shelling villages. Pakistan denied that China had helped.")
    assert (("Q843",), "denial", ("Q148",)) in claims


def test_claims_a_denial_with_nothing_to_answer_is_about_nobody(nlp):
    assert _claims(nlp, "Pakistan denied the accusation on Tuesday.") == [(("Q843",), "denial", ())]


def test_claims_a_capital_acting_in_the_content_makes_it_about_its_state(nlp):
    claims = _claims(nlp, "Bangkok rejected the figures released by Phnom Penh.")
    assert claims and claims[0][1] == "denial" and "Q424" in claims[0][2]
    claims = _claims(nlp, "Thailand said 300 people had fled to Phnom Penh.")
    assert "Q424" not in claims[0][2]
