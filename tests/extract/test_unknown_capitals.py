"""Claims of made-up stories about states and capitals no gazetteer knows (the name-substitution test of round 41):
a place the text makes speak is the speaker, a place that does a hostile act is a party, and a body named after its
unknown state keeps that state; scenes, plain places and real one-word people keep what they were."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer


def claims_of(nlp, text: str) -> list[tuple[str, tuple[str, ...], str]]:
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.speaker_text, c.speakers, c.kind) for c in claims]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Border fighting escalates\n\nDravia and Kolmar traded fire on Monday. Port Halden stated that the goal of the "
         "operation was to disable Kolmari artillery positions.", "name:port halden", "assertion"),
        ("Border fighting escalates\n\nDravia and Kolmar traded fire on Monday. Port Halden alleges the incident happened "
         "on the border between the two countries.", "name:port halden", "accusation"),
        ("Island dispute\n\nAt the beginning of March, Galdoria described the atoll as an area of strategic importance and "
         "said that a new council would be elected there.", "name:galdoria", "evaluation"),
    ],
)
def test_an_unknown_place_that_speaks_is_the_speaker(nlp, text, speaker, kind):
    # the shape of "Baku stated that ..." with a capital no gazetteer knows: the claim stays, the place speaks
    found = claims_of(nlp, text)
    assert (speaker,) in [speakers for _, speakers, _ in found]
    assert kind in [k for _, speakers, k in found if speakers == (speaker,)]


def test_an_unknown_place_that_is_only_the_scene_speaks_no_claim(nlp):
    text = ("Protests spread\n\nProtesters gathered in Port Halden on Monday, police said. Marrow lies on the river, and "
            "rebels shelled Marrow overnight, the army said.")
    assert not [s for _, s, _ in claims_of(nlp, text) if s in (("name:port halden",), ("name:marrow",))]


def test_an_unknown_place_that_fires_is_the_accused_party(nlp):
    text = ("Border clashes\n\nAt 9.40am, Ostrelia fired rocket launchers at the temple ruins in Sakon province, Norvania "
            "said. Norvania and Ostrelia held talks on Monday.")
    assert [k for t, _, k in claims_of(nlp, text) if t == "Norvania"] == ["accusation"]


def test_an_unknown_place_that_is_hit_is_no_accused_party(nlp):
    text = ("Border clashes\n\nAt 9.40am, rockets fell on the temple ruins near Ostrelia, Norvania said. Norvania and "
            "Ostrelia held talks on Monday.")
    assert [k for t, _, k in claims_of(nlp, text) if t == "Norvania"] == ["assertion"]


def test_an_unknown_place_untagged_where_it_accuses_still_speaks(nlp):
    text = ("Truce under strain\n\nOstrelia accused Norvanian military forces on Friday of intensifying attacks along the "
            "border. The latest clashes came after Norvania and Ostrelia held talks.")
    assert ("name:ostrelia",) in [s for _, s, _ in claims_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Talks resume\n\nThe Ministry of Defense of Dravia confirmed the ceasefire agreement with Kolmar. Kolmari "
         "officials said the Kolmari army would withdraw.", "name:ministry of defense of dravia"),
        ("Talks resume\n\nThe Dravian Defense Ministry released a statement on Monday. The MoD also urged residents to "
         "avoid supporting the Kolmari army. Kolmar's army denied it.", "name:dravian defense ministry"),
    ],
)
def test_a_body_of_an_unknown_state_is_no_other_states(nlp, text, speaker):
    # "Ministry of Defense of Norland of Vestria", "The MoD" of the accused state: the body the text names is kept
    found = [s for t, s, _ in claims_of(nlp, text) if "Minist" in t or "MoD" in t]
    assert found == [(speaker,)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Talks resume\n\nThe Ministry of Defense confirmed the ceasefire agreement with Kolmar. Kolmari officials said "
         "the Kolmari army would withdraw.", "name:ministry of defence of kolmar"),
        ("Talks resume\n\nThe Dravian Health Ministry released a statement on Monday. The MoD also urged residents to "
         "avoid supporting the Kolmari army. Kolmar's army denied it.", "name:ministry of defence of kolmar"),
    ],
)
def test_an_unqualified_body_without_a_named_one_before_is_the_states(nlp, text, speaker):
    found = [s for t, s, _ in claims_of(nlp, text) if t in ("The Ministry", "The MoD")]
    assert found == [(speaker,)]


def _party_places(nlp, text: str) -> frozenset[str]:
    from kg.extract.claims.discourse import Discourse

    return Discourse(nlp(text), load_gazetteer()).party_places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Border clashes\n\nVestria and Ostrelia held talks on Monday. Ostrelia fired rockets at the temple ruins in Kessa.", {"name:ostrelia"}),
        ("Border clashes\n\nVestria and Ostrelia held talks on Monday. Port Halden stated that the talks had failed.", {"name:port halden"}),
        ("Border clashes\n\nVestria and Ostrelia held talks on Monday. The temple in Kessa was shelled by Ostrelia.", {"name:ostrelia"}),
    ],
)
def test_the_places_that_act_are_one_set_of_parties(nlp, text, places):
    # one notion of a place the text makes a party, which the accusation rules read (is_actor reads its speaking subset)
    assert set(_party_places(nlp, text)) == places


def test_a_place_that_is_only_the_scene_or_hit_is_no_party(nlp):
    text = "Protests spread\n\nProtesters gathered in Port Halden on Monday. Marrow lies on the river, and rockets fell near Ostrelia."
    assert _party_places(nlp, text) == frozenset()
