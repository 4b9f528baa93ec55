"""The claims phenomena of issue 12, each with the issue's made-up sentence, a sentence of our own from
another conflict or genre, and a negative case of the rule (none of them rewords the example articles)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline
from kg.records import Claim


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def claims(nlp, text: str) -> list[Claim]:
    found, _ = extract_claims(nlp(text), load_gazetteer())
    return found


def speakers(claim: Claim) -> tuple[str, ...]:
    """Entity keys and described sources' descriptions, in that order."""
    return claim.speakers + tuple(source.label for source in claim.sources)


def kinds(nlp, text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(speakers(c), c.kind) for c in claims(nlp, text)]


# --------------------------------------------------------------------------- reporting and stance verbs


@pytest.mark.parametrize(("text", "expected"), [
    ("Khartoum charged that the paramilitaries had looted the central bank vaults.", [(("Q1049",), "accusation")]),
    ("Kyiv charged that Russian troops had deported children from occupied towns.", [(("Q212",), "accusation")]),
    ("Tehran agreed to a UN-brokered prisoner exchange.", [(("Q794",), "commitment")]),
    ("Colombia agreed to resume talks with the rebels in Havana.", [(("Q739",), "commitment")]),
    ("Serbia apologised for the shooting of two border guards.", [(("Q403",), "evaluation")]),
    ("Nigeria disclosed that 40 soldiers had died in the ambush.", [(("Q1033",), "assertion")]),
    ("The United Nations cited reports of Eritrean troops crossing into Tigray.", [(("Q1065",), "assertion")]),
    ("The United Nations documented executions committed by Russian forces in Bucha.", [(("Q1065",), "accusation")]),
    ("Turkey backed the proposal for a buffer zone in northern Syria.", [(("Q43",), "evaluation")]),
    ("Qatar supported the UN plan for a ceasefire in Gaza.", [(("Q846",), "evaluation")]),
])
def test_phenomenon_reporting_and_stance_verbs_are_cues(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Police charged three men with arson in Mombasa.",  # charge without a that-clause
    "Ukraine sent troops to the border with Belarus.",  # send: only condolences, support, ...
    "Ukrainian troops defended the town for three weeks.",  # defend a place, not a decision
    "Most analysts in Kinshasa agree.",  # agree with no complement
    "Pakistan has always supported dialogue with India.",  # a disposition, not a stance taken
])
def test_phenomenon_reporting_and_stance_verbs_negative(nlp, text):
    assert claims(nlp, text) == []


def test_phenomenon_stance_inside_a_reported_claim_is_part_of_it(nlp):
    text = "Kenya's foreign minister noted that Ethiopia had always backed the peace talks and agreed to send monitors."
    assert [c.cue for c in claims(nlp, text)] == ["noted"]
