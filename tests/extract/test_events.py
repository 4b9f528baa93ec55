"""Tests of kg.extract.events on made-up sentences; the few that reword a sentence of the example articles say so."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.codes import EVENT_TYPES
from kg.extract.events import event_lexicon, extract_events
from kg.extract.events.coreference import _Cluster, _era_fits
from kg.nlp.pipeline import load_pipeline
from kg.records import Event, TimeValue
from kg.timex import find_time_expressions

PUBLISHED = date(2022, 3, 10)  # a Thursday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def events_of(nlp: Language, text: str, published: date | None = PUBLISHED) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, find_time_expressions(doc.text, published))


def factual(events: list[Event]) -> set[tuple[str, str | None]]:
    """(type, date) of the events the text says happened, are announced or planned."""
    return {(e.type, e.time.value if e.time else None) for e in events if e.modality in ("happened", "announced", "planned")}


def test_events_lexicon_types_are_known() -> None:
    lexicon = event_lexicon()
    assert lexicon.event_types() == set(EVENT_TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces seized the town of Izium after heavy fighting.", "Capture"),
        ("Baku said its troops had taken 90 positions near Shusha.", "Capture"),
        ("Ukrainian troops regained control of the village.", "Capture"),
        ("Israel launched a new operation in Gaza.", "MilitaryOperation"),
        ("The army began a counterinsurgency campaign in the north.", "MilitaryOperation"),
        ("Russian artillery shelled Kharkiv overnight.", "Attack"),
        ("A drone strike hit a convoy near Mosul on Monday.", "Attack"),
        ("Two soldiers were killed when their vehicle hit an anti-tank mine.", "Explosion"),
        ("An explosion ripped through the market.", "Explosion"),
        ("The two sides signed a truce.", "Ceasefire"),
        ("Israel said it had halted its military operation in Gaza.", "Ceasefire"),
        ("Delegations from Kyiv and Moscow held talks in Istanbul.", "Talks"),
        ("Aliyev met Pashinyan in Brussels.", "Talks"),
        ("The rebels agreed to hand over their weapons.", "Disarmament"),
        ("Russia withdrew its troops from the region.", "Disarmament"),
        ("Thousands of residents fled the city.", "Evacuation"),
        ("The UN opened a humanitarian corridor for civilians.", "Evacuation"),
        ("Protesters clashed with police in Yerevan.", "Protest"),
        ("Thousands joined a rally against the government.", "Protest"),
        ("Activists blocked the road to the airport.", "Blockade"),
        ("The blockade of Mariupol lasted for weeks.", "Blockade"),
        ("Georgia and Russia fought a brief war in 2008.", "War"),
    ],
)
def test_events_detects_each_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in {e.type for e in events_of(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The company launched a marketing campaign for its new phone.",
        "Oil prices hit a record high on Tuesday.",
        "The striker took his chance and scored.",
        "Workers went on a general strike over pay.",
        "Their attacks against civilians have endangered many lives.",  # reworded from an example article
        "The minister warned of a price war between supermarkets.",
        "She seized the opportunity to speak.",
    ],
)
def test_events_ignores_non_conflict_sentences(nlp: Language, text: str) -> None:
    assert factual(events_of(nlp, text)) == set()


def test_events_modality_demanded_and_denied(nlp: Language) -> None:
    # The first sentence rewords one of the example articles.
    events = events_of(nlp, "The European Union called for an immediate ceasefire. Kyiv denied that its forces shelled the town.")
    modalities = {e.type: e.modality for e in events}
    assert modalities["Ceasefire"] == "demanded"
    assert modalities["Attack"] == "denied"


def test_events_modality_purpose_is_demanded(nlp: Language) -> None:
    events = events_of(nlp, "Mali's junta said the aim of the offensive is to disarm the militias.")
    assert {(e.type, e.modality) for e in events} >= {("Disarmament", "demanded"), ("MilitaryOperation", "happened")}


def test_events_modality_agreed_is_announced(nlp: Language) -> None:
    events = events_of(nlp, "The militia agreed to lay down its arms.")
    assert [(e.type, e.modality) for e in events] == [("Disarmament", "announced")]


def test_events_time_from_own_clause(nlp: Language) -> None:
    assert factual(events_of(nlp, "Russia launched a military operation in Ukraine on February 24.")) == {
        ("MilitaryOperation", "2022-02-24")
    }


def test_events_time_from_reporting_clause(nlp: Language) -> None:
    events = events_of(nlp, "The ministry said on Tuesday that its forces had captured the village of Bakhmut.")
    assert factual(events) == {("Capture", "2022-03-08")}


def test_events_time_inherited_by_continuation(nlp: Language) -> None:
    events = events_of(nlp, "In 2008, Russian troops occupied parts of Georgia, leading to a truce brokered by France.")
    assert factual(events) == {("Capture", "2008"), ("Ceasefire", "2008")}


def test_events_decades_and_durations_give_no_date(nlp: Language) -> None:
    # The first sentence rewords one of the example articles (other states, same shape).
    events = events_of(nlp, "Serbia and Croatia first clashed in the early 1990s. Within 48 hours rebels seized the airport.")
    assert factual(events) == {("War", None), ("Capture", None)}


def test_events_halted_operation_keeps_its_own_date(nlp: Language) -> None:
    events = events_of(nlp, "Turkey announced on Wednesday that it has stopped its military operation in Syria.")
    assert factual(events) == {("Ceasefire", "2022-03-09"), ("MilitaryOperation", None)}


def test_events_dateline_does_not_date_events(nlp: Language) -> None:
    events = events_of(nlp, "March 9, 2022: Ethiopia has launched a military offensive in Tigray.")
    assert factual(events) == {("MilitaryOperation", None)}


def test_events_coreference_merges_anaphora(nlp: Language) -> None:
    text = (
        "Israel launched a military operation in Jenin on Monday. "
        "The operation drew criticism from the United Nations. "
        "Officials said the operation would last several days."
    )
    events = [e for e in events_of(nlp, text) if e.type == "MilitaryOperation"]
    assert len(events) == 1
    assert events[0].time is not None and events[0].time.value == "2022-03-07"
    assert len(events[0].mentions) == 3
    assert events[0].id == f"MilitaryOperation-{events[0].mentions[0].start}"


def test_events_coreference_keeps_counted_and_other_eras_apart(nlp: Language) -> None:
    text = (
        "The region has seen two wars since independence. "
        "The country lost territory in a war in 1994. "
        "A war broke out in the 1970s between the neighbours."
    )
    wars = factual(events_of(nlp, text))
    assert wars == {("War", None), ("War", "1994")}
    assert len([e for e in events_of(nlp, text) if e.type == "War"]) == 3


def test_events_participants_and_places(nlp: Language) -> None:
    events = events_of(nlp, "Azerbaijani forces seized the town of Lachin on Friday.")
    capture = next(e for e in events if e.type == "Capture")
    assert ("name:azerbaijani armed forces", "agent") in {(p.entity_key, p.role) for p in capture.participants}


def test_events_metonymic_capital_acts_as_state(nlp: Language) -> None:
    events = events_of(nlp, "Baku launched an anti-terrorist operation in Karabakh.")
    operation = next(e for e in events if e.type == "MilitaryOperation")
    assert "Q227" in {p.entity_key for p in operation.participants}
    assert "name:nagorno-karabakh" in operation.places


def test_events_mediator_of_a_ceasefire(nlp: Language) -> None:
    events = events_of(nlp, "A ceasefire brokered by Turkey collapsed.")
    ceasefire = next(e for e in events if e.type == "Ceasefire")
    assert ceasefire.participants and ceasefire.participants[0].role == "mediator"


def test_events_evidence_is_the_sentence(nlp: Language) -> None:
    text = "Markets were calm. Rebels shelled the airport on Sunday."
    doc = nlp(text)
    events = extract_events(doc, find_time_expressions(doc.text, PUBLISHED))
    mention = events[0].mentions[0]
    assert doc.text[mention.start : mention.end] == "shelled"
    assert doc.text[mention.evidence_start : mention.evidence_end] == "Rebels shelled the airport on Sunday."
    assert events[0].time is not None and events[0].time.value == "2022-03-06"


def test_events_coming_under_fire_is_an_attack_only_when_literal(nlp):
    assert [e.type for e in events_of(nlp, "A Red Cross convoy came under fire near Kherson on Tuesday.")] == ["Attack"]
    assert events_of(nlp, "The finance minister came under fire from opposition lawmakers.") == []


def test_events_pounding_positions_is_an_attack(nlp):
    assert [e.type for e in events_of(nlp, "Government forces pounded rebel positions around Goma with artillery.")] == ["Attack"]


@pytest.mark.parametrize(
    ("eras", "fits"),
    [
        (set(), True),  # an undated cluster with no years at all
        ({"2019"}, True),
        ({"2017"}, True),
        ({"2016"}, False),
        ({"2016", "2021"}, True),
        ({"201"}, True),  # the 2010s last to 2019: as text "201" sorts before "2017"
        ({"200"}, False),  # the 2000s end before 2017
    ],
)
def test_events_a_span_start_fits_the_clusters_whose_years_reach_it(eras: set[str], fits: bool) -> None:
    """A mention dated "since 2017" joins an undated cluster only if one of the cluster's years or decades
    ends in 2017 or later (years compared as numbers)."""
    since = TimeValue(start=0, end=10, text="since 2017", value="2017", granularity="year", date="2017", role="span_start")
    assert _era_fits(since, frozenset({"2017"}), _Cluster(number=0, eras=eras)) is fits


def test_undated_repeat_is_not_of_the_years_its_sentence_dates_other_events_by() -> None:
    """An undated repeat ("The fall of Dorva") is the dated news event, though its sentence names the years of an
    offensive and a coup: those years are theirs, not the repeat's (seen on a Myanmar story; made up here)."""
    text = (
        "Rebels seize border town of Dorva\n\n"
        "The Kessan Liberation Front said on Wednesday it had taken over the town of Dorva after the army garrison "
        "there surrendered.\n\n"
        "The fall of Dorva is the rebels' biggest gain in an offensive that began in November and the gravest threat "
        "to the junta since it took power in a 2019 coup.\n"
    )
    events = events_of(load_pipeline(), text)
    captures = {(e.time.value if e.time else None, frozenset(m.text for m in e.mentions)) for e in events if e.type == "Capture"}
    assert ("2022-03-09", frozenset({"seize", "taken", "fall"})) in captures
    assert ("2019", frozenset({"coup"})) in captures


def test_undated_capture_in_a_sentence_dated_by_a_day_is_not_an_old_coup() -> None:
    """Negative: a sentence's day keeps its year for the sentence's undated mentions, so the rebels' capture of a
    police station is not the 2019 coup told earlier (two real events stay two)."""
    text = (
        "Kessan army battles rebels over river port\n\n"
        "The military, which seized power in a 2019 coup, is battling an offensive launched last month by three "
        "rebel groups.\n\n"
        "\"The army shelled Dorva with artillery after we captured the police station of the town,\" the rebels "
        "said, referring to the fighting on Thursday.\n"
    )
    events = events_of(load_pipeline(), text)
    coup = next(e for e in events if e.type == "Capture" and e.time is not None and e.time.value == "2019")
    assert {m.text for m in coup.mentions} == {"seized", "coup"}
