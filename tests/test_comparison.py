"""Figures as intervals over counted groups (``kg.rdf.comparison``, ``lexicons/counted_groups.yaml``)."""

from __future__ import annotations

import math
import random

import pytest

from kg.errors import ResourceError
from kg.rdf.comparison import CountedGroups, Extremes, Interval, Statement, counted_groups
from kg.resources import parse_lexicon, read_yaml

GROUPS = counted_groups()


def _statement(value, qualifier, counted, kind="killed", owner=None, lexicon=GROUPS):
    return lexicon.statement(value, qualifier, counted, kind, owner)


@pytest.mark.parametrize(("value", "qualifier", "interval"), [
    (7, "exact", Interval(7, 7)),
    (7, "at_least", Interval(7, math.inf)),
    (7, "more_than", Interval(8, math.inf)),
    (7, "up_to", Interval(0, 7)),
    (100, "about", Interval(90, 110)),
])
def test_comparison_each_qualifier_is_an_interval(value, qualifier, interval):
    assert GROUPS.interval(value, qualifier) == interval


@pytest.mark.parametrize(("counted", "kind", "group"), [
    ("Azerbaijani police officers", "killed", "police officers"),
    ("its citizens", "killed", "citizens"),
    ("servicemen", "killed", "soldiers"),  # servicemen = soldiers
    ("Sudanese troops", "killed", "soldiers"),
    ("aid workers", "killed", "aid workers"),
    ("combat positions", "captured_positions", "positions"),
    ("military positions", "captured_positions", "positions"),
    ("", "injured", "people"),  # "over 200 injured"
    ("mortars", "captured_equipment", "mortar"),  # no group names it: a group of its own
    ("Burundian arrivals", "evacuated", "displaced people"),  # round 46: people who have arrived are displaced
    ("foreigners", "killed", "foreigners"),
    ("foreign nationals", "killed", "foreigners"),  # not the citizens of "nationals"
])
def test_comparison_what_a_figure_counts_is_a_group(counted, kind, group):
    assert GROUPS.group_of(counted, kind) == group


@pytest.mark.parametrize(("first", "second"), [
    ((4, "exact", "soldiers"), (7, "at_least", "soldiers")),  # 4 against at least 7
    ((7, "exact", "police officers"), (6, "exact", "citizens")),  # a subset above its superset
    ((12, "exact", "children"), (10, "up_to", "people")),
    ((100, "about", "people"), (120, "exact", "civilians")),
    ((40, "more_than", "rebels"), (40, "exact", "militants")),
    ((12, "exact", "foreigners"), (10, "up_to", "people")),  # round 46: foreigners are people
])
def test_comparison_contradictions(first, second):
    a, b = _statement(*first), _statement(*second)
    assert GROUPS.relation(a, b) == GROUPS.relation(b, a) == "contradiction"


@pytest.mark.parametrize(("first", "second"), [
    ((4, "at_least", "soldiers"), (7, "exact", "soldiers")),  # "at least 4" and 7
    ((100, "about", "people"), (103, "exact", "people")),  # "about 100" and 103
    ((60, "more_than", "military positions"), (90, "more_than", "combat positions")),  # two lower bounds
    ((5, "exact", "police officers"), (9, "exact", "citizens")),  # a subset below its superset
    ((1000, "up_to", "refugees"), (800, "exact", "displaced people")),
    ((7, "exact", "police officers"), (7, "exact", "citizens")),  # the same number of a wider group
    ((6, "at_least", "foreigners"), (101, "at_least", "people")),  # foreigners are people: a part below its whole
    ((6000, "more_than", "arrivals"), (10000, "about", "refugees")),  # arrivals are displaced people
])
def test_comparison_compatible_differing_reports(first, second):
    a, b = _statement(*first), _statement(*second)
    assert GROUPS.relation(a, b) == GROUPS.relation(b, a) == "compatible"


@pytest.mark.parametrize(("first", "second"), [
    ((4, "exact", "soldiers", "killed", None), (3, "exact", "civilians", "killed", None)),  # unrelated groups
    ((3, "exact", "soldiers", "killed", "Q424"), (7, "exact", "soldiers", "killed", "Q869")),  # two states' soldiers
    ((12, "exact", "soldiers", "killed", None), (12, "exact", "soldiers", "killed", None)),  # the same statement
])
def test_comparison_figures_not_compared(first, second):
    assert GROUPS.relation(_statement(*first), _statement(*second)) is None


def test_comparison_a_range_is_its_interval():
    between = GROUPS.statement(10, "at_least", "soldiers", "killed", None, upper=15)  # "between 10 and 15 soldiers"
    assert between.interval == Interval(10, 15)
    assert GROUPS.relation(between, _statement(12, "exact", "soldiers")) == "compatible"
    assert GROUPS.relation(between, _statement(20, "more_than", "soldiers")) == "contradiction"


def test_comparison_an_analyst_adds_a_group_as_one_record():
    data = dict(read_yaml("lexicons", "counted_groups.yaml"))
    data["groups"] = [*data["groups"], {"group": "deminers", "names": ["deminer", "sapper"], "within": ["civilians"]}]
    lexicon = parse_lexicon(data, CountedGroups, "lexicons/counted_groups.yaml")
    deminers, civilians = (4, "exact", "deminers"), (3, "exact", "civilians")
    assert GROUPS.relation(_statement(*deminers), _statement(*civilians)) is None
    assert lexicon.relation(_statement(*deminers, lexicon=lexicon), _statement(*civilians, lexicon=lexicon)) == "contradiction"


@pytest.mark.parametrize(("record", "message"), [
    ({"group": "deminers", "names": ["deminer"], "within": ["demining teams"]}, "(deminers).within: unknown groups ['demining teams']"),
    ({"group": "troopers", "names": ["soldier"]}, "(troopers).names: 'soldier' already names 'soldiers'"),
    ({"group": "soldiers", "names": ["grunt"]}, "(soldiers): the group is declared twice"),
])
def test_comparison_a_bad_group_record_is_named(record, message):
    data = dict(read_yaml("lexicons", "counted_groups.yaml"))
    data["groups"] = [*data["groups"], record]
    with pytest.raises(ResourceError) as error:
        parse_lexicon(data, CountedGroups, "lexicons/counted_groups.yaml")
    assert "lexicons/counted_groups.yaml" in str(error.value) and message in str(error.value)


def test_comparison_a_cycle_of_groups_is_refused():
    data = dict(read_yaml("lexicons", "counted_groups.yaml"))
    data["groups"] = [{**record, "within": ["soldiers"]} if record["group"] == "forces" else record for record in data["groups"]]
    with pytest.raises(ResourceError, match="within itself"):
        parse_lexicon(data, CountedGroups, "lexicons/counted_groups.yaml")


@pytest.mark.parametrize("seed", range(4))
def test_comparison_extremes_agree_with_every_pair(seed):
    """Extremes decide for each statement at once what comparing it with every other statement of another
    document would: random statements over related and unrelated groups, two owners, shared documents."""
    rng = random.Random(seed)
    groups = ("people", "citizens", "civilians", "soldiers", "police officers", "children", "mortar")
    for _ in range(400):
        stated: dict[Statement, frozenset[str]] = {}
        for _ in range(rng.randint(1, 8)):
            value = rng.randint(1, 12)
            upper = value + rng.randint(1, 5) if rng.random() < 0.1 else None
            interval = GROUPS.interval(value, rng.choice(("exact", "at_least", "more_than", "up_to", "about")), upper)
            statement = Statement(interval, rng.choice(groups), rng.choice(("", "", "Q1", "Q2")))
            stated[statement] = stated.get(statement, frozenset()) | frozenset(rng.sample(("a", "b", "c", "d"), rng.choice((1, 1, 2))))
        extremes = Extremes(GROUPS, stated)
        for statement, docs in stated.items():
            relations = {GROUPS.relation(statement, other) for other, theirs in stated.items() if other != statement and len(docs | theirs) > 1}
            expected = "contradiction" if "contradiction" in relations else "compatible" if "compatible" in relations else None
            assert extremes.relation(statement, docs) == expected, (statement, docs, stated)


@pytest.mark.parametrize(("statement", "label"), [
    (Statement(Interval(7, math.inf), "soldiers"), "at least 7 soldiers"),
    (Statement(Interval(10, 15), "people"), "10 to 15 people"),
    (Statement(Interval(0, 7), "civilians"), "at most 7 civilians"),
    (Statement(Interval(6, 6), "citizens", "Q227"), "6 citizens of Q227"),
])
def test_comparison_a_statement_in_words(statement, label):
    assert GROUPS.label(statement) == label
