"""Whom an accusation blames (``Claim.accused``, ``kg:accuses``): the doer of the hostile act it lays at another
party's door, not every actor its content mentions (made-up sentences about conflicts other than Karabakh)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer


def _claims(nlp, text):
    return [(claim.speakers, claim.kind, claim.accused, claim.about_entities) for claim in extract_claims(nlp(text), load_gazetteer())[0]]


def test_accused_is_the_doer_not_the_victims_or_the_place(nlp):
    claims = _claims(nlp, "Norland accused Vestria of shelling the border town of Kessa, killing four Norlandic civilians.")
    assert [(kind, accused) for _, kind, accused, _ in claims] == [("accusation", ("name:vestria",))]
    assert "name:kessa" in claims[0][3]  # still about the town


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Ethiopia said the shelling of Mekelle was carried out by Eritrea.", ("Q986",)),  # passive, "by" agent
        ("Ethiopia said the massacre in Mekelle was committed by Eritrean troops.", ("Q986",)),  # passive; a state's troops
        ("Norland said the village was bombed by the Kessa Liberation Front.", ("name:kessa liberation front",)),
        ("Ethiopia said Eritrea's drone strike on the market in Mekelle was a war crime.", ("Q986",)),  # possessor
        ("India blamed the attack on the market in Srinagar on Pakistan.", ("Q843",)),  # "blamed the act on X"
        ("India accused Pakistan of attacks on Kashmir.", ("Q843",)),  # the cue's object, not the target
        ("Norland blamed the attack on the Kessa Liberation Front.", ("name:kessa liberation front",)),
    ],
)
def test_accused_doer_by_construction(nlp, text, accused):
    claims = _claims(nlp, text)
    assert [(kind, found) for _, kind, found, _ in claims] == [("accusation", accused)]


def test_accused_names_the_state_of_a_nationality(nlp):
    claims = _claims(nlp, "The Tigray People's Liberation Front said they were attacked by Ethiopian and Eritrean forces in Adigrat.")
    assert claims[0][1] == "accusation" and claims[0][2] == ("Q115", "Q986")


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia said unidentified gunmen attacked a convoy near Mekelle, killing six.",  # no named doer
        "Ethiopia said the talks with Eritrea would resume in Nairobi next week.",  # no accusation
        "Ethiopia said its own troops shelled the Tigrayan positions near Mekelle.",  # its own side
    ],
)
def test_accused_no_one_without_a_blamed_named_doer(nlp, text):
    claims = _claims(nlp, text)
    assert claims and all(accused == () for _, _, accused, _ in claims)


def test_accused_are_about_too(nlp):
    for _, kind, accused, about in _claims(nlp, "India blamed the attack on the market in Srinagar on Pakistan."):
        assert kind == "accusation" and set(accused) <= set(about)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The ministry of Ethiopia issued a statement in which it accused Eritrea of shelling Mekelle.", ("Q986",)),
        ('Ethiopia\'s foreign minister said: "We hold Eritrea responsible for the fate of the people of Mekelle."', ("Q986",)),
    ],
)
def test_accused_by_an_accusing_verb_inside_the_content(nlp, text, accused):
    claims = _claims(nlp, text)
    assert [(kind, found) for _, kind, found, _ in claims] == [("accusation", accused)]


_TALKS = "Border clashes. Vestria and Ostrelia held talks in Marrow last month. "


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a place no gazetteer knows that fires is the party accused (the kind decision's doer, not found again)
        (_TALKS + "Ostrelia fired rockets at Kessa on Monday, the Vestrian defence ministry said.", ("name:ostrelia",)),
        (_TALKS + "The market in Kessa was shelled by Ostrelia on Monday, the Vestrian defence ministry said.", ("name:ostrelia",)),  # passive, "by"
        ("Border clashes. Ethiopia and Eritrea held talks in Nairobi last month. Eritrea fired rockets at Zalambessa on Monday, "
         "the Ethiopian defence ministry said.", ("Q986",)),  # a known state
        (_TALKS + 'Vestria called Ostrelia\'s actions "large-scale aggression".', ("name:ostrelia",)),  # a label calls the conduct hostile
    ],
)
def test_accused_are_the_doers_the_kind_decision_found(nlp, text, accused):
    assert [(kind, found) for _, kind, found, _ in _claims(nlp, text)] == [("accusation", accused)]


def test_accused_a_known_state_whose_conduct_a_label_calls_hostile(nlp):
    claims = _claims(nlp, 'Ethiopia called Eritrea\'s actions "large-scale aggression".')
    assert [(kind, found) for _, kind, found, _ in claims] == [("accusation", ("Q986",))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_TALKS + "Ostrelia will hold new talks with Vestria in Kessa next week, the Vestrian defence ministry said.", "commitment"),  # no act
        (_TALKS + "Unidentified gunmen fired rockets at Kessa on Monday, the Vestrian defence ministry said.", "assertion"),  # no named doer
        ("Villagers said soldiers burned their homes in Kessa on Monday.", "accusation"),  # blamed, unnamed: accuses no one
    ],
)
def test_accused_no_one_in_an_unknown_states_story_without_a_named_doer(nlp, text, kind):
    assert [(k, found) for _, k, found, _ in _claims(nlp, text)] == [(kind, ())]


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Liberation Army shelled the town. Mara Donn, a spokeswoman for the group, accused Vestria and the Kessel "
        "Liberation Army of breaking the truce.",
        'The Kessel Liberation Army shelled the town. Mara Donn, a spokeswoman for the group, said: "We hold the Kessel '
        'Liberation Army and Vestria responsible for the deaths."',
    ],
)
def test_an_accusing_cue_blames_no_group_the_speakers_title_names(nlp, text):
    # the cue's objects and the content's doers leave out one speaker's side: a spokeswoman's group is hers
    assert [(kind, found) for _, kind, found, _ in _claims(nlp, text)] == [("accusation", ("name:vestria",))]
