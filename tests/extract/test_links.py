"""Tests of kg.extract.links: the event a figure measures, on made-up stories."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from kg.extract.events import extract_events
from kg.extract.figures import extract_figures
from kg.extract.links import link_figures
from kg.records import Event, Figure
from kg.timex import find_time_expressions

PUBLISHED = date(2024, 2, 14)


def linked(nlp: Language, text: str) -> tuple[list[Event], list[Figure]]:
    doc = nlp(text)
    times = find_time_expressions(doc.text, PUBLISHED)
    events = extract_events(doc, times)
    return events, link_figures(extract_figures(doc, times), [], events)


def test_links_a_figure_measures_the_event_of_its_sentence(nlp: Language) -> None:
    events, figures = linked(nlp, "Talks resumed in Doha on Monday. A drone strike killed 14 people in Khan Younis.")
    attack = next(e for e in events if e.type == "Attack")
    assert [(f.value, f.event) for f in figures] == [(14, attack.id)]


def test_links_a_figure_without_an_event_in_its_sentence_measures_the_main_event(nlp: Language) -> None:
    text = "Rebels shelled the market in Kidal on Monday, the army said. Hospital staff said 12 people died."
    events, figures = linked(nlp, text)
    attack = next(e for e in events if e.type == "Attack")
    assert [(f.kind, f.value, f.event) for f in figures] == [("killed", 12, attack.id)]


def test_links_no_main_event_of_a_type_the_figure_cannot_measure(nlp: Language) -> None:
    events, figures = linked(nlp, "Talks resumed in Doha on Monday. Hospital staff said 12 people died.")
    assert [e.type for e in events] == ["Talks"]
    assert [(f.value, f.event) for f in figures] == [(12, None)]


def test_links_the_main_event_is_one_that_happened(nlp: Language) -> None:
    text = "Officials fear a new offensive in the north. Militants shelled Sderot on Monday. Medics said 3 people died."
    events, figures = linked(nlp, text)
    attack = next(e for e in events if e.type == "Attack")
    assert [(f.value, f.event) for f in figures] == [(3, attack.id)]


def test_links_a_later_figure_measures_the_main_event_of_a_kind_it_can_measure(nlp: Language) -> None:
    text = (
        "Talks between the army and the RSF resumed in Jeddah on Monday. Paramilitaries shelled the market in El Fasher on Tuesday.\n\n"
        "Doctors said 12 people died."
    )
    events, figures = linked(nlp, text)
    attack = next(e for e in events if e.type == "Attack")
    assert [(f.value, f.event) for f in figures] == [(12, attack.id)]


def test_links_a_later_figure_takes_the_first_event_of_its_kind(nlp: Language) -> None:
    text = "Gunmen attacked a church in Owo on Sunday. Bandits raided a village in Zamfara on Monday. Officials said 40 people died."
    events, figures = linked(nlp, text)
    first = min((e for e in events if e.type == "Attack"), key=lambda e: e.mentions[0].start)
    assert [(f.value, f.event) for f in figures] == [(40, first.id)]
