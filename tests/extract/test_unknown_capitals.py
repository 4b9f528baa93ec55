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


def _speaking_places(nlp, text: str) -> frozenset[str]:
    from kg.extract.claims.discourse import Discourse

    return Discourse(nlp(text), load_gazetteer()).speaking_places


def _accused(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.kind, c.accused) for c in extract_claims(nlp(text), load_gazetteer())[0]]


_TALKS = "Border clashes\n\nVestria and Ostrelia held talks on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        _TALKS + "Ostrelia fired rockets at the temple ruins in Kessa, the Vestrian defence ministry said.",
        _TALKS + "The temple in Kessa was shelled by Ostrelia, the Vestrian defence ministry said.",
        _TALKS + "Ships from Ostrelia shelled the harbour of Kessa, the Vestrian defence ministry said.",
    ],
)
def test_a_place_that_does_a_hostile_act_is_the_party_accused(nlp, text):
    # a place no gazetteer knows is a party where the text makes it the doer (or the doers' owner) of a hostile act
    assert ("accusation", ("name:ostrelia",)) in _accused(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _TALKS + "Vestria described Ostrelia's election as fair.",  # a label that calls nothing hostile
        _TALKS + "Ostrelia did not fire rockets at Kessa, the Vestrian defence ministry said.",  # a negated act
        _TALKS + "Ostrelia could fire rockets at Kessa, the Vestrian defence ministry said.",  # an envisaged act
    ],
)
def test_a_place_whose_act_is_not_hostile_or_not_done_is_no_party(nlp, text):
    assert all(accused == () for _, accused in _accused(nlp, text))


def test_a_place_that_speaks_is_an_actor(nlp):
    text = "Border clashes\n\nVestria and Ostrelia held talks on Monday. Port Halden stated that the talks had failed."
    assert _speaking_places(nlp, text) == {"name:port halden"}


def test_a_place_that_is_only_the_scene_or_hit_is_no_party(nlp):
    text = "Protests spread\n\nProtesters gathered in Port Halden on Monday. Marrow lies on the river, and rockets fell near Ostrelia."
    assert _speaking_places(nlp, text) == frozenset()
    text = "Protests spread\n\nProtesters gathered in Port Halden on Monday, police said. Rockets fell near Ostrelia, the ministry said."
    assert all(accused == () for _, accused in _accused(nlp, text))
