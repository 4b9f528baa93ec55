"""Checks of the shipped gazetteer (gazetteer.tsv) and descriptive entity patterns (entity_patterns.jsonl)."""

from __future__ import annotations

import json
import re

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.util import filter_spans

from kg.records import ENTITY_KINDS
from kg.resources import read_text

COLUMNS = ["id", "label", "qid", "kind", "aliases", "stands_for", "part_of", "demonyms"]

#: Aliases deliberately shared by two entries (context must decide), with the ids that share them.
SHARED_ALIASES = {"Gaza": {"gaza_strip", "gaza_city"}}

#: Bare nationality adjectives: never a name of anything on their own (GUIDELINES section 3).
NATIONALITY_ADJECTIVES = {"Azerbaijani", "Armenian", "Russian", "Turkish", "Iranian", "French", "American",
                          "Georgian", "Azeri", "Karabakh Armenian", "Ukrainian"}


def _gazetteer_lines() -> list[list[str]]:
    return [line.split("\t") for line in read_text("lexicons", "gazetteer.tsv").splitlines()]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    lines = _gazetteer_lines()
    return [dict(zip(COLUMNS, cells)) for cells in lines[1:]]


@pytest.fixture(scope="module")
def patterns() -> list[dict]:
    """The patterns of named entries (the template records for any state are checked in tests/nlp/test_templates.py)."""
    items = [json.loads(line) for line in read_text("lexicons", "entity_patterns.jsonl").splitlines() if line.strip()]
    return [item for item in items if "template" not in item]


@pytest.fixture(scope="module")
def nlp_and_matcher(patterns: list[dict]) -> tuple[spacy.language.Language, Matcher]:
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for index, entry in enumerate(patterns):
        matcher.add(f"{entry['id']}|{','.join(entry.get('in_document', []))}|{index}", [entry["pattern"]])
    return nlp, matcher


def _matches(nlp: spacy.language.Language, matcher: Matcher, text: str) -> set[tuple[str, str]]:
    """(span text, gazetteer id) of the longest non-overlapping pattern matches (a pattern with
    ``in_document`` words only where the text has one)."""
    doc = nlp(text)
    spans = filter_spans(matcher(doc, as_spans=True))
    found = set()
    for span in spans:
        entry_id, words, _ = nlp.vocab.strings[span.label].split("|")
        if not words or any(word in text.lower() for word in words.split(",")):
            found.add((span.text, entry_id))
    return found


def test_gazetteer_data_header_and_columns() -> None:
    lines = _gazetteer_lines()
    assert lines[0] == COLUMNS
    bad = [(number, len(cells)) for number, cells in enumerate(lines[1:], 2) if len(cells) != len(COLUMNS)]
    assert not bad, f"gazetteer.tsv lines with a wrong number of columns (line, count): {bad}"
    assert len(lines) - 1 >= 300


def test_gazetteer_data_ids_unique_slugs(rows: list[dict[str, str]]) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", i)]
    assert not bad, f"ids that are not lower_snake slugs: {bad}"


def test_gazetteer_data_labels_unique_and_kinds_valid(rows: list[dict[str, str]]) -> None:
    labels = [row["label"] for row in rows]
    assert len(labels) == len(set(labels))
    assert all(label and label == label.strip() for label in labels)
    assert {row["kind"] for row in rows} <= set(ENTITY_KINDS)


def test_gazetteer_data_qids_well_formed_and_unique(rows: list[dict[str, str]]) -> None:
    qids = [row["qid"] for row in rows if row["qid"]]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids))
    by_label = {row["label"]: row["qid"] for row in rows}
    assert by_label["Azerbaijan"] == "Q227" and by_label["Ilham Aliyev"] == "Q57371"
    assert by_label["Georgia"] == "Q230"


def test_gazetteer_data_references_resolve(rows: list[dict[str, str]]) -> None:
    kind_of = {row["id"]: row["kind"] for row in rows}
    for row in rows:
        if row["stands_for"]:
            assert kind_of.get(row["stands_for"]) in ("state", "organization"), row
            assert row["kind"] in ("place", "organization"), row
        if row["part_of"]:
            assert kind_of.get(row["part_of"]) == "state", row
            assert row["kind"] in ("organization", "armed_group"), row
    assert {row["id"]: row["stands_for"] for row in rows}["baku"] == "azerbaijan"
    assert {row["id"]: row["part_of"] for row in rows}["ministry_of_defence_of_armenia"] == "armenia"


def test_gazetteer_data_aliases_clean_and_unshared(rows: list[dict[str, str]]) -> None:
    owners: dict[str, set[str]] = {}
    for row in rows:
        aliases = row["aliases"].split(";") if row["aliases"] else []
        assert all(alias and alias == alias.strip() and "\t" not in alias for alias in aliases), row
        assert row["label"] not in aliases, row
        assert len(aliases) == len(set(aliases)), row
        assert not set(aliases) & NATIONALITY_ADJECTIVES, row
        for name in [row["label"], *aliases]:
            owners.setdefault(name, set()).add(row["id"])
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_ALIASES


def test_entity_patterns_ids_exist_and_have_notes(rows: list[dict[str, str]], patterns: list[dict]) -> None:
    ids = {row["id"] for row in rows}
    assert patterns
    for entry in patterns:
        assert {"id", "pattern", "note"} <= set(entry) <= {"id", "pattern", "note", "in_document"}, entry
        assert entry["id"] in ids, entry
        assert entry["note"].strip(), entry


def test_entity_patterns_valid_for_matcher(patterns: list[dict]) -> None:
    matcher = Matcher(spacy.blank("en").vocab, validate=True)
    for number, entry in enumerate(patterns, 1):
        matcher.add(f"{entry['id']}#{number}", [entry["pattern"]])
        assert any(token.get("OP") in (None, "+", "1") for token in entry["pattern"]), f"all-optional: {entry}"
    assert len(matcher) == len(patterns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's peacekeeping contingent escorted the buses out of the town.",
         ("Russia's peacekeeping contingent", "russian_peacekeeping_forces")),
        ("Residents sheltered at a base of the Russian Peacekeeping Force near the airport.",
         ("Russian Peacekeeping Force", "russian_peacekeeping_forces")),
        ("Two soldiers of the Russian peace-keepers were wounded, Moscow said.",
         ("Russian peace-keepers", "russian_peacekeeping_forces")),
        ("Armenia’s Defence Ministry denied the claim on Sunday.",
         ("Armenia’s Defence Ministry", "ministry_of_defence_of_armenia")),
        ("A statement by the Ministry of Defense of the Republic of Azerbaijan listed the villages.",
         ("Ministry of Defense of the Republic of Azerbaijan", "ministry_of_defence_of_azerbaijan")),
        ("The Russian Ministry of Defence published a map of the ceasefire line.",
         ("Russian Ministry of Defence", "ministry_of_defence_of_russia")),
        ("Iran's foreign ministry urged both sides to show restraint.",
         ("Iran's foreign ministry", "ministry_of_foreign_affairs_of_iran")),
        ("The Azeri interior ministry said three officers were hurt.",
         ("Azeri interior ministry", "ministry_of_internal_affairs_of_azerbaijan")),
        ("Heavy fighting was reported as Azerbaijani troops pushed towards the hills.",
         ("Azerbaijani troops", "azerbaijani_armed_forces")),
        ("Armenia's armed forces were put on high alert along the border.",
         ("Armenia's armed forces", "armed_forces_of_armenia")),
        ("Separatist fighters began handing over tanks and artillery in Karabakh.",
         ("Separatist fighters", "artsakh_defence_army")),
        ("The ethnic Armenian rebels withdrew from the ridge overnight.",
         ("ethnic Armenian rebels", "artsakh_defence_army")),
        ("Nagorno-Karabakh combatants began handing over their weapons, the ministry said.",
         ("Nagorno-Karabakh combatants", "artsakh_defence_army")),
        ("Karabakh militia units pulled back from the ridge at dawn.",
         ("Karabakh militia", "artsakh_defence_army")),
        ("Baku demanded that illegal armed detachments leave Karabakh within a day.",
         ("illegal armed detachments", "artsakh_defence_army")),
        ("Officials in Baku said Armenian illegal armed groups had fired on a road crew.",
         ("Armenian illegal armed groups", "artsakh_defence_army")),
        ("Nagorno-Karabakh's de facto authorities said they would dissolve all institutions.",
         ("Nagorno-Karabakh's de facto authorities", "republic_of_artsakh")),
        ("The authorities of Nagorno-Karabakh said they would dissolve all institutions.",
         ("authorities of Nagorno-Karabakh", "republic_of_artsakh")),
        ("Talks with the leadership in Karabakh resumed in Yevlakh.", ("leadership in Karabakh", "republic_of_artsakh")),
        ("The breakaway government announced a curfew in Stepanakert.",
         ("breakaway government", "republic_of_artsakh")),
        ("Azerbaijan's president said the puppet regime in Karabakh had been dismantled.",
         ("puppet regime", "republic_of_artsakh")),
        ("The self-proclaimed republic of Artsakh will cease to exist on January 1.",
         ("self-proclaimed republic", "republic_of_artsakh")),
        ("Karabakh Armenian leaders met Azerbaijani officials for a second round of talks.",
         ("Karabakh Armenian leaders", "republic_of_artsakh")),
        ("EU monitors patrolled the border villages near Jermuk.", ("EU monitors", "eu_mission_in_armenia")),
        ("The U.N. refugee agency said more than 100,000 people had arrived.",
         ("U.N. refugee agency", "unhcr")),
        ("The case was heard at the UN's top court in The Hague.",
         ("UN's top court", "international_court_of_justice")),
        ("The Armenian government said it was ready to house the refugees.",
         ("Armenian government", "armenia")),
    ],
)
def test_entity_patterns_find_descriptive_references(
    nlp_and_matcher: tuple[spacy.language.Language, Matcher], text: str, expected: tuple[str, str]
) -> None:
    nlp, matcher = nlp_and_matcher
    assert expected in _matches(nlp, matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Most of the Armenian population had left by the end of the week.",
        "Armenian forces were blamed for the shelling, which both sides denied.",
        "Russian gas supplies to the region were cut, and Turkish drones were seen overhead.",
        "The Turkish military drones were later shown on state television.",
        "Azerbaijani officials and Armenian civilians gathered at the checkpoint.",
        "The breakaway region has been under blockade for months.",
        "The separatists agreed to the terms.",
        "Karabakh residents said they had no food left.",
    ],
)
def test_entity_patterns_ignore_bare_nationality_adjectives(
    nlp_and_matcher: tuple[spacy.language.Language, Matcher], text: str
) -> None:
    nlp, matcher = nlp_and_matcher
    assert _matches(nlp, matcher, text) == set()


def test_entity_patterns_authorities_of_a_state_are_not_karabakhs(
    nlp_and_matcher: tuple[spacy.language.Language, Matcher],
) -> None:
    """"the authorities of X" names Karabakh's de facto government only when X is (Nagorno-)Karabakh."""
    nlp, matcher = nlp_and_matcher
    found = _matches(nlp, matcher, "The authorities of Azerbaijan reopened the road to Karabakh.")
    assert ("authorities of Azerbaijan", "azerbaijan") in found
    assert not any(entity == "republic_of_artsakh" for _, entity in found)


def test_gazetteer_data_un_offices_are_labelled_as_offices(rows: list[dict[str, str]]) -> None:
    """The UN's refugee and human rights agencies are the Offices of their High Commissioners (the
    world gazetteer's label too), the High Commissioner's title an alias; no other row is renamed."""
    labels = {row["id"]: row["label"] for row in rows}
    assert labels["unhcr"] == "Office of the United Nations High Commissioner for Refugees"
    assert labels["ohchr"] == "Office of the United Nations High Commissioner for Human Rights"
    assert labels["international_court_of_justice"] == "International Court of Justice"
    aliases = {row["id"]: row["aliases"].split(";") for row in rows}
    assert "United Nations High Commissioner for Refugees" in aliases["unhcr"]
    assert "U.N. High Commissioner for Human Rights" in aliases["ohchr"]
