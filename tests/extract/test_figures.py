"""Figure extraction on made-up sentences (other conflicts and wording than the example corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.codes import FIGURE_KINDS, QUALIFIERS
from kg.extract.figures import extract_figures, figure_lexicon
from kg.timex import find_time_expressions
from kg.words import shared_words

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def pipeline():
    """The real kg pipeline, loaded once for this module."""
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


def _figures(pipeline, text: str) -> list[tuple[str, int, str]]:
    doc = pipeline(text)
    return [(f.kind, f.value, f.qualifier) for f in extract_figures(doc, find_time_expressions(doc.text, PUBLISHED))]


# --------------------------------------------------------------------------- kinds


def test_figures_killed_and_elided_injured_in_coordination(pipeline):
    found = _figures(pipeline, "At least 45 civilians were killed and more than 120 wounded in the shelling of Kharkiv.")
    assert found == [("killed", 45, "at_least"), ("injured", 120, "more_than")]


def test_figures_killed_by_active_verb_and_light_verb(pipeline):
    assert _figures(pipeline, "A drone strike killed 14 people in Khan Younis.") == [("killed", 14, "exact")]
    assert _figures(pipeline, "According to the ombudsman, nearly 200 people lost their lives.") == [("killed", 200, "about")]


def test_figures_killed_from_death_toll_and_partitive(pipeline):
    assert _figures(pipeline, "The death toll rose to 213, the health ministry said.") == [("killed", 213, "exact")]
    assert _figures(pipeline, "Kyiv said 170 of its soldiers were killed in the fighting.") == [("killed", 170, "exact")]


def test_figures_injured_by_passive_verb(pipeline):
    assert _figures(pipeline, "Twelve protesters were injured in clashes with riot police.") == [("injured", 12, "exact")]


def test_figures_evacuated_flee_displace_refugees(pipeline):
    assert _figures(pipeline, "Some 5,000 residents fled the town, the mayor said.") == [("evacuated", 5000, "about")]
    assert _figures(pipeline, "An estimated 300,000 people were displaced by the fighting.") == [
        ("evacuated", 300000, "about")
    ]
    assert _figures(pipeline, "More than 100,000 refugees have crossed into Chad.") == [("evacuated", 100000, "more_than")]
    assert _figures(pipeline, "Up to 2,000 people were evacuated from the port on Tuesday.") == [("evacuated", 2000, "up_to")]


def test_figures_captured_positions_with_capture_verbs_and_take_control(pipeline):
    assert _figures(pipeline, "Ukrainian troops recaptured 12 villages and three strongholds near Bakhmut.") == [
        ("captured_positions", 12, "exact"),
        ("captured_positions", 3, "exact"),
    ]
    assert _figures(pipeline, "The army said it had regained control of 5 towns in Darfur.") == [
        ("captured_positions", 5, "exact")
    ]


def test_figures_captured_equipment_list_gives_one_figure_per_item(pipeline):
    found = _figures(pipeline, "The rebels seized two tanks, three howitzers and a dozen armoured vehicles.")
    assert found == [
        ("captured_equipment", 2, "exact"),
        ("captured_equipment", 3, "exact"),
        ("captured_equipment", 12, "exact"),
    ]


def test_figures_personnel_strong_force_and_deployment(pipeline):
    assert _figures(pipeline, "A 1,500-strong contingent of UN peacekeepers arrived in Goma.") == [
        ("personnel", 1500, "exact")
    ]
    assert _figures(pipeline, "Moscow has deployed some 10,000 troops along the border.") == [("personnel", 10000, "about")]


def test_figures_population_home_to_live_and_population_of(pipeline):
    assert _figures(pipeline, "The city, home to about 300,000 people, was encircled.") == [("population", 300000, "about")]
    assert _figures(pipeline, "The UN estimates that 120,000 ethnic Kurds live in the valley.") == [
        ("population", 120000, "exact")
    ]
    assert _figures(pipeline, "The enclave has a population of 1.5 million.") == [("population", 1500000, "exact")]


# --------------------------------------------------------------------------- numbers and qualifiers


def test_figures_number_words_compound_and_scale(pipeline):
    assert _figures(pipeline, "Twenty-five soldiers died in the ambush.") == [("killed", 25, "exact")]
    assert _figures(pipeline, "Two hundred and fifty civilians were evacuated.") == [("evacuated", 250, "exact")]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("at least 40", "at_least"),
        ("no fewer than 40", "at_least"),
        ("more than 40", "more_than"),
        ("upwards of 40", "more_than"),
        ("around 40", "about"),
        ("approximately 40", "about"),
        ("up to 40", "up_to"),
        ("as many as 40", "up_to"),
        ("40", "exact"),
    ],
)
def test_figures_qualifiers(pipeline, phrase, qualifier):
    assert _figures(pipeline, f"Officials said {phrase} civilians were killed in the raid.") == [("killed", 40, qualifier)]


def test_figures_phrasal_particle_is_not_a_qualifier(pipeline):
    found = _figures(pipeline, "The separatists handed over 6 tanks to the army.")
    assert found == [("captured_equipment", 6, "exact")]


def test_figures_record_fields_point_into_the_text(pipeline):
    doc = pipeline("Rebels said they had seized more than 30 military posts.")
    (figure,) = extract_figures(doc, [])
    assert doc.text[figure.start : figure.end] == figure.text == "more than 30 military posts"
    assert figure.id == f"figure-{figure.start}"
    assert figure.counted == "military posts"
    assert figure.attributed_to == () and figure.event is None


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire was signed on September 20, 2023, after talks in 2020.",
        "The offensive ended in less than 24 hours, three years after the 44-day war.",
        "The government spent $6 billion on 103 military aircraft.",
        "About 40 percent of the 2.3 million voters backed the second of two proposals.",
        "Thousands of civilians and dozens of soldiers were killed.",
        "Two soldiers killed a civilian at the checkpoint.",
        "The Security Council adopted Resolution 2334 after Flight 752 was downed.",
        "The army said it had destroyed 20 tanks near the river.",
        "Police detained 140 protesters outside parliament.",
        "2 thoughts on this story",
        "USD/AZN 1.7000 | EUR/AZN 1.7941 | Brent 93.10 $ | Gold 1,874.60 $",
        "The fighting over 30 villages continued all week.",
    ],
)
def test_figures_negatives_give_no_figure(pipeline, text):
    assert _figures(pipeline, text) == []


def test_figures_partitive_pronoun_is_not_a_second_figure(pipeline):
    found = _figures(pipeline, "The explosion wounded at least 290 people, 13 of them seriously.")
    assert found == [("injured", 290, "at_least")]


def test_figures_numbers_inside_time_expressions_are_skipped(pipeline):
    text = "Seven soldiers were killed on 12 March."
    doc = pipeline(text)
    times = find_time_expressions(doc.text, PUBLISHED)
    assert [(f.kind, f.value) for f in extract_figures(doc, times)] == [("killed", 7)]


# --------------------------------------------------------------------------- lexicon


def test_figures_lexicon_is_consistent():
    lexicon = figure_lexicon()
    assert {rule.kind for rule in lexicon.kinds} == set(FIGURE_KINDS)
    assert set(lexicon.default_kinds.values()) <= set(FIGURE_KINDS)
    assert {qualifier for _, qualifier in lexicon.before} <= set(QUALIFIERS)
    cardinals = shared_words().cardinals
    assert cardinals.units["nineteen"] == 19 and cardinals.tens["ninety"] == 90 and lexicon.numbers.multipliers["dozen"] == 12


def test_shared_cardinals_read_units_tens_and_compounds():
    cardinals = shared_words().cardinals
    values = [cardinals.value(words) for words in ("seven", "zero", "forty", "twenty-one", "sixty two", "dozen", "several")]
    assert values == [7, 0, 40, 21, 62, None, None]


def test_figures_and_time_expressions_read_the_same_cardinals(pipeline):
    doc = pipeline("Forty-two families fled the shelling in Kherson thirty-one days ago.")
    assert [f.value for f in extract_figures(doc, [])] == [42]
    assert [t.text for t in find_time_expressions(doc.text, date(2022, 11, 30))] == ["thirty-one days ago"]


def test_figures_counted_noun_before_the_number_keeps_a_valid_span(pipeline):
    doc = pipeline("The ministry said the peacekeepers, about 1,500 strong, would stay in the valley.")
    figures = extract_figures(doc, [])
    assert [(f.kind, f.value, f.qualifier) for f in figures] == [("personnel", 1500, "about")]
    assert figures[0].start < figures[0].end and doc.text[figures[0].start : figures[0].end] == figures[0].text == "about 1,500"


def test_figures_others_are_people(pipeline):
    figures = extract_figures(pipeline("Three soldiers died and more than 40 others were wounded in the raid."), [])
    assert {(f.kind, f.value, f.qualifier) for f in figures} == {("killed", 3, "exact"), ("injured", 40, "more_than")}


def test_figures_fraction_of_a_scale_keeps_its_value_and_qualifier(pipeline):
    found = _figures(pipeline, "More than half a million people fled the fighting in Lower Ombria, the agency said.")
    assert found == [("evacuated", 500000, "more_than")]
    found = _figures(pipeline, "About a quarter of a million villagers were displaced by the shelling.")
    assert found == [("evacuated", 250000, "about")]
    assert _figures(pipeline, "Half a dozen soldiers were wounded in the ambush near Varsk.") == [("injured", 6, "exact")]


def test_figures_number_and_a_fraction_of_a_scale_is_one_figure(pipeline):
    found = _figures(pipeline, "Two and a half million people fled the fighting in Lower Ombria, the agency said.")
    assert found == [("evacuated", 2500000, "exact")]
    # negative: a count of another noun before "and" stays apart
    found = _figures(pipeline, "The shelling killed two soldiers and half a million civilians fled Lower Ombria.")
    assert ("killed", 2, "exact") in found and ("evacuated", 500000, "exact") in found


def test_figures_fraction_of_a_counted_group_is_no_scale(pipeline):
    # negative: "half of the 300" takes no scale word; only the 300 is a number
    assert [value for _, value, _ in _figures(pipeline, "Half of the 300 residents fled the town of Varsk.")] == [300]


def test_figures_or_joins_a_range(pipeline):
    doc = pipeline("Five or six armed men attacked the village of Tessa, killing two farmers.")
    found = [(f.kind, f.value, f.qualifier, f.upper) for f in extract_figures(doc, find_time_expressions(doc.text, PUBLISHED))]
    assert found == [("personnel", 5, "at_least", 6), ("killed", 2, "exact", None)]
    doc = pipeline("Officials in Marra said three or four policemen were killed in the raid.")
    found = [(f.kind, f.value, f.qualifier, f.upper) for f in extract_figures(doc, find_time_expressions(doc.text, PUBLISHED))]
    assert found == [("killed", 3, "at_least", 4)]


def test_figures_or_between_counts_of_different_nouns_is_no_range(pipeline):
    # negative: "or" before a lower number, or between two counted nouns, joins no range
    found = _figures(pipeline, "Rebels killed 12 soldiers or 5 police officers, the two sides said.")
    assert ("killed", 12, "exact") in found
    found = _figures(pipeline, "The militia said six or four fighters were killed.")
    assert ("killed", 6, "exact") in found


def test_figures_definite_people_of_a_place_are_its_population(pipeline):
    found = _figures(pipeline, "More than half the 80,000 ethnic Tamils of the region have left in less than a week.")
    assert found == [("population", 80000, "exact")]
    found = _figures(pipeline, "That is almost a quarter of the 60,000 Somalis that officials say live in the province.")
    assert found == [("population", 60000, "exact")]
    found = _figures(pipeline, "Most of the 40,000 residents of the region have fled since the shelling began.")
    assert found == [("population", 40000, "exact")]


def test_figures_people_of_a_place_with_their_own_clause_or_no_article_keep_their_kind(pipeline):
    # negative: no definite article, a relative clause of what befell them, or "of" something that is no place
    assert _figures(pipeline, "Twelve residents of the town were killed.") == [("killed", 12, "exact")]
    assert _figures(pipeline, "The 12 residents of the town who were killed were buried on Sunday.") == [("killed", 12, "exact")]
    assert _figures(pipeline, "The 30 victims of the attack were buried.") == [("killed", 30, "exact")]
    # negative: the whole count of a place's people that the clause tells of, with no share taken from it
    assert _figures(pipeline, "The 9,000 residents of the district were evacuated by bus.") == [("evacuated", 9000, "exact")]
