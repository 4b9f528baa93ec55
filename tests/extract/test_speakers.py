"""Speaker resolution on made-up news sentences (not from the seed articles)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.extract.claims.speakers import Discourse, resolve_speakers
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def speakers(nlp, text: str) -> list[tuple[tuple[str, ...], str]]:
    """(speakers, speaker text) of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.speakers, c.speaker_text) for c in claims]


def test_speakers_subject_entity(nlp):
    doc = nlp("Pakistan said the ceasefire was holding.")
    resolution = resolve_speakers(doc[1], doc, Discourse(doc, load_gazetteer()))
    assert resolution is not None
    assert resolution.keys == ("Q843",)
    assert resolution.method == "entity"
    assert doc.text[resolution.start : resolution.end] == "Pakistan"


def test_speakers_passive_subject_is_no_speaker(nlp):
    doc = nlp("It was reported that the road had reopened.")
    assert resolve_speakers(doc[2], doc, Discourse(doc, load_gazetteer())) is None


def test_speakers_capital_speaks_for_its_state_and_is_kept_as_literal(nlp):
    claims, _ = extract_claims(nlp("Yerevan said its troops had withdrawn from the border."), load_gazetteer())
    assert claims[0].speakers == ("Q399",)
    assert claims[0].literal_speaker == "Q1953"


def test_speakers_ministry_keeps_ministry(nlp):
    claims, _ = extract_claims(nlp("The Russian Foreign Ministry said talks would resume."), load_gazetteer())
    assert claims[0].speakers == ("name:ministry of foreign affairs of russia",)
    assert claims[0].literal_speaker == "name:ministry of foreign affairs of russia"


def test_speakers_person_with_apposition(nlp):
    text = "Jane Holloway, a researcher at the Caspian Policy Institute, told reporters that the corridor would reopen."
    assert speakers(nlp, text)[0][0] == ("name:jane holloway",)


def test_speakers_he_is_the_last_person(nlp):
    text = "Vladimir Putin met the delegation on Friday. He said the region needed calm."
    assert speakers(nlp, text) == [(("Q7747",), "He")]


def test_speakers_it_is_the_last_non_person_actor(nlp):
    text = "Vladimir Putin spoke with Iran on Friday. Iran received the envoy. It later said it wanted a truce."
    assert speakers(nlp, text)[0][0] == ("Q794",)


def test_speakers_they_can_be_a_coordinated_group(nlp):
    text = "Qatar and Turkey sent mediators to the capital. They said a deal was close."
    assert speakers(nlp, text) == [(("Q846", "Q43"), "They")]


def test_speakers_description_finds_person_with_role(nlp):
    text = (
        "Nikol Pashinyan met Samir Haddad, an analyst at the Gulf Research Center, in Yerevan. "
        "The analyst said the talks had stalled."
    )
    assert speakers(nlp, text)[0][0] == ("name:samir haddad",)


def test_speakers_description_finds_collective_actor(nlp):
    text = "Azerbaijan’s defence ministry reported new attacks. The ministry added that two soldiers were wounded."
    found = speakers(nlp, text)
    assert found[-1][0] == ("name:ministry of defence of azerbaijan",)


def test_speakers_both_sides_are_the_last_pair(nlp):
    text = "Iran and Pakistan said the border would stay open. Both sides confirmed that trade would resume on Monday."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q794", "Q843"), ("Q794", "Q843")]


def test_speakers_statement_is_previous_speaker(nlp):
    text = "The European Union called for restraint. The statement also said aid would be increased."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q458",), ("Q458",)]


def test_speakers_officials_of_a_nationality_are_a_described_group_of_that_state(nlp):
    claims, _ = extract_claims(nlp("Armenian officials said the convoy had been stopped at the bridge."), load_gazetteer())
    assert [(c.speakers, c.speaker_text) for c in claims] == [((), "Armenian officials")]
    assert [(s.label, s.kind, s.affiliation) for s in claims[0].sources] == [("Armenian officials", "group", "Q399")]


def test_speakers_a_thing_is_no_speaker(nlp):
    assert speakers(nlp, "Estimates say the bridge had collapsed. Satellite images showed that it was gone.") == []


def test_speakers_we_without_author_is_no_speaker(nlp):
    assert speakers(nlp, "We said the bridge had collapsed.") == []


def test_speakers_role_with_actor_modifier_is_that_actor(nlp):
    text = "According to Iran's health minister, 15 people were injured in the blast."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q794",)]


def test_speakers_nationality_speaker_has_no_literal(nlp):
    claims, _ = extract_claims(nlp("The Turkish government said the airspace would stay closed."), load_gazetteer())
    assert [(c.speakers, c.literal_speaker) for c in claims] == [(("Q43",), None)]
