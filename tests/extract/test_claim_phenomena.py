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


# --------------------------------------------------------------------------- unnamed and collective speakers


@pytest.mark.parametrize(("text", "expected"), [
    ("Displaced herders who marched on the governor's office demanded armed escorts.", ("Displaced herders", "group", None)),
    ("Villagers told reporters that soldiers had burned the granary.", ("Villagers", "group", None)),
    ("Police said the gunmen fled towards the forest.", ("Police", "group", None)),
    ("A source in Chad's interior ministry said the convoy had been attacked.", ("A source in Chad's interior ministry", "person", "Q657")),
    ("Officials said the road to Goma had reopened.", ("Officials", "group", None)),
    ("Ukrainian officials said 21 people were killed in Kherson.", ("Ukrainian officials", "group", "Q212")),
    ("A nurse at the clinic in Khan Younis said the generators had stopped.", ("A nurse at the clinic", "person", None)),
])
def test_phenomenon_unnamed_and_collective_speakers_are_described_sources(nlp, text, expected):
    found = claims(nlp, text)
    assert len(found) == 1 and found[0].speakers == ()
    assert [(s.label, s.kind, s.affiliation) for s in found[0].sources] == [expected]


def test_phenomenon_described_speaker_is_one_node_for_its_later_mentions(nlp):
    text = (
        "A resident of Nyaung Kone told AFP that ten people had been killed. He said the jets came at dawn. "
        "The resident added that nobody had warned them. Officials in Sagaing said the count was lower. "
        "Officials later said the toll had risen."
    )
    found = claims(nlp, text)
    labels = [[s.label for s in c.sources] for c in found]
    assert labels == [["A resident of Nyaung Kone"]] * 3 + [["Officials in Sagaing"]] * 2
    assert len({c.sources[0] for c in found[:3]}) == 1


@pytest.mark.parametrize("text", [
    "Estimates say the bridge had collapsed.",  # a thing, not people
    "The report said the bridge had collapsed.",  # a statement with no speaker before it
    "Satellite images showed that the bridge had collapsed.",
])
def test_phenomenon_unnamed_speakers_negative(nlp, text):
    assert claims(nlp, text) == []


# --------------------------------------------------------------------------- the speaker's owner in a prepositional phrase


def test_phenomenon_owner_in_a_prepositional_phrase(nlp):
    text = "The authorities of the rebel-held province and the federal defence ministry announced a 48-hour truce."
    assert kinds(nlp, text) == [(("authorities of the rebel-held province", "federal defence ministry"), "commitment")]
    text = "The government of Chad and the African Union announced a three-day truce in the east."
    assert kinds(nlp, text) == [(("Q657", "Q7159"), "commitment")]


def test_phenomenon_owner_in_a_prepositional_phrase_negative(nlp):
    # two places inside one "of" phrase are one owner, not a second speaker
    text = "The authorities of Gedo and Bay regions said the road was open."
    assert [len(speakers(c)) for c in claims(nlp, text)] == [1]


# --------------------------------------------------------------------------- claim verbs with a noun-phrase object


@pytest.mark.parametrize(("text", "expected"), [
    ("The junta claimed full control of the river port on Friday.", [(("junta",), "assertion")]),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", [(("name:al-shabaab",), "assertion")]),
    ("Hamas acknowledged the deaths of two of its commanders.", [(("name:hamas",), "assertion")]),
])
def test_phenomenon_claim_verbs_with_a_noun_phrase_object(nlp, text, expected):
    assert kinds(nlp, text) == expected


def test_phenomenon_claim_verbs_with_a_noun_phrase_object_negative(nlp):
    assert claims(nlp, "The floods claimed more than forty lives in the delta.") == []


# --------------------------------------------------------------------------- claims carried by nouns and adjectives


@pytest.mark.parametrize(("text", "expected"), [
    ("Bamako's earlier pledge of safe passage drew scepticism.", [(("Q912",), "commitment")]),
    ("Moscow's promise to withdraw its troops was met with doubt.", [(("Q159",), "commitment")]),
    ("Local officials are confident they can shelter everyone.", [(("Local officials",), "evaluation")]),
    ("Serbia is ready for talks on the status of the north.", [(("Q403",), "commitment")]),
    ("Antonio Guterres was outraged by the killings in Darfur.", [(("Q311440",), "evaluation")]),
    ("Russia issued a warning of reprisals against the Baltic states.", [(("Q159",), "warning")]),
])
def test_phenomenon_claims_carried_by_nouns_and_adjectives(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The warning of reprisals was ignored.",  # nobody's warning
    "This move underlines Kenya's commitment to the mission.",  # a disposition, not a speech act
    "The bridge is ready for traffic.",  # no speaker
])
def test_phenomenon_claims_carried_by_nouns_and_adjectives_negative(nlp, text):
    assert claims(nlp, text) == []


# --------------------------------------------------------------------------- headline and live-blog shapes


@pytest.mark.parametrize(("text", "expected"), [
    ("Forty rebels detained in dawn raid: Chadian army\n\nThe raid took place near Abeche.", [(("Q657",), "assertion")]),
    ("Two aid workers kidnapped near Bunia: UN officials\n\nThe workers were driving to Beni.", [(("UN officials",), "assertion")]),
    ("Dam strike cuts power to half the region, says provincial governor\n\nRepairs will take weeks.", [(("provincial governor",), "assertion")]),
    ("Talks to resume in Doha next week, says Qatari mediator\n\nBoth delegations have arrived.", [(("Qatari mediator",), "assertion")]),
    ("Commander: we will hold the line until reinforcements arrive\n\nThe battalion has fought for a week.", [(("Commander",), "commitment")]),
    ("Rebels seize second town in a week – report\n\nThe rebels took Kiwanja on Monday, according to Reuters.",
     [(("Q130879",), "assertion"), (("Q130879",), "assertion")]),
    ("Suspected jihadists kill 12 in eastern Burkina Faso – Army\n\nBurkina Faso's army said the attack took place on Sunday.",
     [(("Q965",), "assertion"), (("Q965",), "assertion")]),
])
def test_phenomenon_headline_and_live_blog_shapes(nlp, text, expected):
    found = claims(nlp, text)
    assert [(speakers(c), c.kind) for c in found] == expected
    assert found[0].method in ("headline", "cue")


@pytest.mark.parametrize("text", [
    "Ethiopia: multiple injuries as military and militia clash\n\nThe clashes began on Tuesday.",  # a topic, not a source
    "Analysis: why the truce in Tigray failed\n\nThe truce lasted a month.",
    "Update: the road to the border is open again\n\nIt reopened at noon.",
])
def test_phenomenon_headline_shapes_negative(nlp, text):
    assert claims(nlp, text) == []


def test_phenomenon_headline_outlet_name_is_the_page_title_not_a_source(nlp):
    text = "Army pauses operation in the north – The Daily Courier\n\nThe operation began on Tuesday."
    assert extract_claims(nlp(text), load_gazetteer(), outlet="The Daily Courier")[0] == []
