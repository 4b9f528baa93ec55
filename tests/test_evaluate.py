"""Tests of kg.evaluate: the scorer of GUIDELINES section 9."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.evaluate import (
    ROW_SECTIONS,
    SectionScore,
    format_details,
    format_table,
    jaccard,
    load_gold,
    normalise_date,
    parse_value,
    qid_of,
    score,
)

SEEDS_GOLD = Path(__file__).resolve().parent.parent / "eval" / "seeds" / "gold.jsonl"
SEEDS_TEXTS = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2023"

DOC = "sudan_001.txt"

#: Text of a made-up report (not from the seeds), used for claim spans.
TEXT = (
    "KHARTOUM - The army said it had withdrawn from the northern town of Bara. "
    "The Rapid Support Forces accused the army of shelling markets in Omdurman. "
    "Aid groups warned that fighting would cut off food supplies. "
    "The army denied targeting civilians."
)


def _gold(**sections: object) -> dict:
    """One gold document with empty sections unless given."""
    record: dict = {"doc": DOC, "published": None, "duplicate_of": None}
    for name in ("entities", "optional", "events", "claims", "figures"):
        record[name] = sections.get(name, [])
    return record


def _entity(key: str, *names: str) -> dict:
    return {"key": key, "kind": "organization", "names": list(names)}


def _entity_row(label: str | None, qid: str | None = None, node: str | None = None) -> dict:
    return {
        "doc": DOC, "entity": node or f"ex:{label}", "label": label, "kind": "organization", "wikidata": qid,
    }


def _claim_row(claim: str, speaker: str, qid: str | None, label: str | None, kind: str, evidence: str | None,
               start: int | None = None, end: int | None = None) -> dict:
    return {
        "doc": DOC, "claim": claim, "speaker": speaker, "speaker_wikidata": qid, "speaker_label": label,
        "kind": kind, "evidence": evidence,
        "start": None if start is None else str(start), "end": None if end is None else str(end),
    }


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


# --------------------------------------------------------------------------- helpers and conventions


def test_evaluate_prf_zero_conventions() -> None:
    empty = SectionScore.from_counts("x", 0, 0, 0)
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    nothing_predicted = SectionScore.from_counts("x", 0, 0, 3)
    assert (nothing_predicted.precision, nothing_predicted.recall, nothing_predicted.f1) == (0.0, 0.0, 0.0)
    nothing_gold = SectionScore.from_counts("x", 0, 2, 0)
    assert (nothing_gold.precision, nothing_gold.recall, nothing_gold.f1) == (0.0, 0.0, 0.0)
    mixed = SectionScore.from_counts("x", 3, 1, 2)
    assert mixed.precision == pytest.approx(0.75)
    assert mixed.recall == pytest.approx(0.6)
    assert mixed.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_evaluate_cell_normalisers() -> None:
    assert qid_of("Q1049") == "Q1049"
    assert qid_of("http://www.wikidata.org/entity/Q1049") == "Q1049"
    assert qid_of("wd:Q1963") == "Q1963"
    assert qid_of("not a qid") is None
    assert qid_of(None) is None
    assert normalise_date("2023-04-15T06:30:00+02:00") == "2023-04-15"
    assert normalise_date("2023-04-15Z") == "2023-04-15"
    assert normalise_date("2023-04") == "2023-04"
    assert normalise_date("2021-05:00") == "2021"  # gYear with a time zone
    assert normalise_date(" 2021 ") == "2021"
    assert normalise_date("") is None
    assert normalise_date("spring 2021") == "spring 2021"
    assert parse_value("2,000") == 2000
    assert parse_value("2000.0") == 2000
    assert parse_value("1.5e3") == 1500
    assert parse_value("3.5") == "3.5"
    assert parse_value("dozens") == "dozens"
    assert jaccard("The army, said!", "said the ARMY") == 1.0
    assert jaccard("", "") == 0.0


# --------------------------------------------------------------------------- entities


def test_evaluate_entities_duplicate_node_is_false_positive() -> None:
    gold = [_gold(entities=[_entity("name:rapid support forces", "Rapid Support Forces", "RSF")])]
    rows = {"entities": [_entity_row("Rapid Support Forces"), _entity_row("RSF")]}
    section = score(gold, rows).section("entities")
    assert (section.tp, section.fp, section.fn) == (1, 1, 0)


def test_evaluate_entities_rows_with_same_key_collapse() -> None:
    gold = [_gold(entities=[_entity("Q1049", "Sudan")])]
    rows = {"entities": [
        _entity_row("Sudan", "Q1049", node="ex:a"),
        _entity_row("Republic of the Sudan", "Q1049", node="ex:b"),
        _entity_row("Sudan", None, node="ex:c"),
        _entity_row("sudan", None, node="ex:d"),
    ]}
    section = score(gold, rows).section("entities")
    # keys: Q1049 (two nodes, one prediction) and name:sudan (two nodes, one prediction)
    assert (section.tp, section.fp, section.fn) == (1, 1, 0)
    assert section.extras["linking_accuracy"] == 1.0


def test_evaluate_entities_optional_prediction_dropped() -> None:
    gold = [_gold(
        entities=[_entity("Q1049", "Sudan")],
        optional=[_entity("name:amira hassan", "Amira Hassan")],
    )]
    rows = {"entities": [_entity_row("Sudan", "Q1049"), _entity_row("Amira  HASSAN"), _entity_row("Bara")]}
    report = score(gold, rows)
    section = report.section("entities")
    assert (section.tp, section.fp, section.fn) == (1, 1, 0)
    assert report.details["entities"][DOC].false_positives == ["name:bara"]
    assert any("dropped" in note for note in report.details["entities"][DOC].notes)


def test_evaluate_entities_label_hit_via_names_case_and_space_folded() -> None:
    gold = [_gold(entities=[_entity("name:sudanese armed forces", "Sudanese Armed Forces", "Sudanese army")])]
    rows = {"entities": [_entity_row("  SUDANESE\n  army ")]}
    section = score(gold, rows).section("entities")
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)
    missed = score(gold, {"entities": [_entity_row("Sudanese soldiers")]}).section("entities")
    assert (missed.tp, missed.fp, missed.fn) == (0, 1, 1)


def test_evaluate_entities_linking_accuracy_wrong_and_missing_qid() -> None:
    gold = [_gold(entities=[
        _entity("Q1049", "Sudan"),
        _entity("Q1963", "Khartoum"),
        _entity("Q3044", "Omdurman"),
        _entity("name:rapid support forces", "Rapid Support Forces"),
    ])]
    rows = {"entities": [
        _entity_row("Sudan", "http://www.wikidata.org/entity/Q1049"),  # right QID given as IRI
        _entity_row("Khartoum", "Q99999"),  # wrong QID, hit by label
        _entity_row("Omdurman", None),  # no QID, hit by label
        _entity_row("Rapid Support Forces", None),
    ]}
    section = score(gold, rows).section("entities")
    assert (section.tp, section.fp, section.fn) == (4, 0, 0)
    assert section.extras["linking_accuracy"] == pytest.approx(1 / 3)
    assert section.extras["linked_recall"] == pytest.approx(1 / 3)


def test_evaluate_entities_linked_recall_counts_unhit_qid_entities() -> None:
    gold = [_gold(entities=[_entity("Q1049", "Sudan"), _entity("Q1963", "Khartoum")])]
    section = score(gold, {"entities": [_entity_row("Sudan", "Q1049")]}).section("entities")
    assert section.extras["linking_accuracy"] == 1.0
    assert section.extras["linked_recall"] == 0.5
    no_qid_gold = score([_gold(entities=[_entity("name:bara", "Bara")])], {"entities": [_entity_row("Bara")]})
    assert no_qid_gold.section("entities").extras == {"linking_accuracy": None, "linked_recall": None}


def test_evaluate_entities_assignment_maximises_hits() -> None:
    # "Darfur" names both gold entities, "North Darfur" only the state. A greedy
    # pass in key and gold order would give name:darfur to the state and lose a hit.
    gold = [_gold(entities=[
        _entity("name:north darfur state", "North Darfur", "Darfur"),
        _entity("name:darfur region", "Darfur"),
    ])]
    rows = {"entities": [_entity_row("Darfur"), _entity_row("North Darfur")]}
    section = score(gold, rows).section("entities")
    assert (section.tp, section.fp, section.fn) == (2, 0, 0)


def test_evaluate_entities_qid_match_preferred_over_label_match() -> None:
    gold = [_gold(entities=[_entity("Q1963", "Khartoum")])]
    # Q1000 (wrong QID) sorts first and matches by label; Q1963 matches by QID.
    rows = {"entities": [_entity_row("Khartoum", "Q1000"), _entity_row("Khartoum State", "Q1963")]}
    report = score(gold, rows)
    section = report.section("entities")
    assert (section.tp, section.fp, section.fn) == (1, 1, 0)
    assert section.extras["linking_accuracy"] == 1.0
    assert report.details["entities"][DOC].false_positives == ["Q1000 (duplicate of Q1963)"]


def test_evaluate_entities_hit_leaves_optional_match_to_be_dropped() -> None:
    # "Council" (sorted first) matches the gold entity and an optional one;
    # "Sovereign Council" only the gold entity. Pairing the latter lets the former drop.
    gold = [_gold(
        entities=[_entity("name:sovereign council", "Sovereign Council", "Council")],
        optional=[_entity("name:council of ministers", "Council of Ministers", "Council")],
    )]
    rows = {"entities": [_entity_row("Council"), _entity_row("Sovereign Council")]}
    section = score(gold, rows).section("entities")
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)


# --------------------------------------------------------------------------- events


def _event_row(event_type: str, date: str | None, node: str = "ex:e") -> dict:
    return {"doc": DOC, "event": node, "type": event_type, "date": date}


def test_evaluate_events_type_and_dated_sets() -> None:
    gold = [_gold(events=[
        {"type": "Attack", "date": "2023-04-15", "place": [], "participants": [], "evidence": "x"},
        {"type": "Attack", "date": None, "place": [], "participants": [], "evidence": "y"},
        {"type": "Ceasefire", "date": "2023-05", "place": [], "participants": [], "evidence": "z"},
    ])]
    rows = {"events": [
        _event_row("Attack", "2023-04-15", "ex:1"),
        _event_row("http://example.org/kg#Attack", "2023-04-15", "ex:2"),  # same pair: collapses
        _event_row("Ceasefire", "2023-05-20", "ex:3"),  # right type, wrong date
        _event_row("Protest", None, "ex:4"),
    ]}
    report = score(gold, rows)
    event_type = report.section("event_type")
    assert (event_type.tp, event_type.fp, event_type.fn) == (2, 1, 0)
    dated = report.section("event_dated")
    assert (dated.tp, dated.fp, dated.fn) == (1, 2, 2)


def test_evaluate_events_date_list_hit_by_any_alternative() -> None:
    gold = [_gold(events=[
        {"type": "Capture", "date": [None, "2023-04-16"], "place": [], "participants": [], "evidence": "x"},
    ])]
    for date in (None, "2023-04-16", "2023-04-16T10:00:00+03:00"):
        dated = score(gold, {"events": [_event_row("Capture", date)]}).section("event_dated")
        assert (dated.tp, dated.fp, dated.fn) == (1, 0, 0), date
    wrong = score(gold, {"events": [_event_row("Capture", "2023-04")]}).section("event_dated")
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)


def test_evaluate_events_second_alternative_of_hit_event_is_false_positive() -> None:
    gold = [_gold(events=[
        {"type": "Capture", "date": [None, "2023-04-16"], "place": [], "participants": [], "evidence": "x"},
    ])]
    rows = {"events": [_event_row("Capture", None, "ex:1"), _event_row("Capture", "2023-04-16", "ex:2")]}
    dated = score(gold, rows).section("event_dated")
    assert (dated.tp, dated.fp, dated.fn) == (1, 1, 0)


def test_evaluate_events_overlapping_alternatives_matched_for_most_hits() -> None:
    gold = [_gold(events=[
        {"type": "War", "date": [None, "2003"], "place": [], "participants": [], "evidence": "x"},
        {"type": "War", "date": None, "place": [], "participants": [], "evidence": "y"},
    ])]
    rows = {"events": [_event_row("War", None, "ex:1"), _event_row("War", "2003", "ex:2")]}
    dated = score(gold, rows).section("event_dated")
    assert (dated.tp, dated.fp, dated.fn) == (2, 0, 0)


def test_evaluate_events_dated_matching_is_one_to_one() -> None:
    # GUIDELINES v1.1: one predicted (type, date) hits at most one gold event, however many it would match.
    gold = [_gold(events=[
        {"type": "Attack", "date": "2023-04-15", "place": [], "participants": [], "evidence": "x"},
        {"type": "Attack", "date": ["2023-04-15", None], "place": [], "participants": [], "evidence": "y"},
    ])]
    one = score(gold, {"events": [_event_row("Attack", "2023-04-15", "ex:1")]}).section("event_dated")
    assert (one.tp, one.fp, one.fn) == (1, 0, 1)
    two = score(gold, {"events": [_event_row("Attack", "2023-04-15", "ex:1"), _event_row("Attack", None, "ex:2")]})
    dated = two.section("event_dated")
    assert (dated.tp, dated.fp, dated.fn) == (2, 0, 0)


# --------------------------------------------------------------------------- claims

ARMY_CLAIM = {"speaker": ["name:sudanese armed forces"], "kind": "assertion",
              "evidence": "The army said it had withdrawn from the northern town of Bara"}
RSF_CLAIM = {"speaker": ["name:rapid support forces"], "kind": "accusation",
             "evidence": "The Rapid Support Forces accused the army of shelling markets in Omdurman"}
DENIAL_CLAIM = {"speaker": ["name:sudanese armed forces"], "kind": "denial",
                "evidence": "The army denied targeting civilians"}


def test_evaluate_claims_jaccard_without_span() -> None:
    gold = [_gold(claims=[ARMY_CLAIM])]
    # gold has 11 distinct tokens: 6 shared + 1 new = 6/12 (hit); 5 shared + 1 new = 5/12
    close = _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed  Forces", "assertion",
                       "The army said it had withdrawn, yesterday")
    far = _claim_row("ex:c2", "ex:saf", None, "Sudanese Armed Forces", "assertion",
                     "army said it had withdrawn yesterday")
    hit = score(gold, {"claims": [close]}, {DOC: TEXT}).section("claims")
    assert (hit.tp, hit.fp, hit.fn) == (1, 0, 0)
    miss = score(gold, {"claims": [far]}, {DOC: TEXT}).section("claims")
    assert (miss.tp, miss.fp, miss.fn) == (0, 1, 1)


def test_evaluate_claims_span_overlap_needs_text() -> None:
    gold = [_gold(claims=[ARMY_CLAIM])]
    start, end = _span("withdrawn from the northern")  # low Jaccard, overlapping span
    row = _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed Forces", "assertion",
                     "withdrawn from the northern", start, end)
    with_text = score(gold, {"claims": [row]}, {DOC: TEXT}).section("claims")
    assert (with_text.tp, with_text.fp, with_text.fn) == (1, 0, 0)
    without_text = score(gold, {"claims": [row]}).section("claims")
    assert (without_text.tp, without_text.fp, without_text.fn) == (0, 1, 1)
    elsewhere = _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed Forces", "assertion",
                           "withdrawn from the northern", *_span("Aid groups warned"))
    apart = score(gold, {"claims": [elsewhere]}, {DOC: TEXT}).section("claims")
    assert (apart.tp, apart.fp, apart.fn) == (0, 1, 1)


def test_evaluate_claims_wrong_speaker_misses_and_qid_speaker_hits() -> None:
    gold = [_gold(claims=[RSF_CLAIM, {**DENIAL_CLAIM, "speaker": ["Q1049", "name:sudanese armed forces"]}])]
    rows = {"claims": [
        _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed Forces", "accusation", RSF_CLAIM["evidence"],
                   *_span(RSF_CLAIM["evidence"])),
        _claim_row("ex:c2", "ex:sudan", "http://www.wikidata.org/entity/Q1049", "Sudan", "denial",
                   DENIAL_CLAIM["evidence"], *_span(DENIAL_CLAIM["evidence"])),
    ]}
    section = score(gold, rows, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (1, 1, 1)


def test_evaluate_claims_greedy_in_document_order() -> None:
    # Two claims of one speaker. The first prediction by start (not by id) spans both
    # gold evidences and takes the first gold claim; the second overlaps only
    # that one, so it is a false positive although a perfect matching exists.
    second = {"speaker": ["name:sudanese armed forces"], "kind": "assertion",
              "evidence": "The Rapid Support Forces accused the army"}
    gold = [_gold(claims=[second, ARMY_CLAIM])]  # file order differs from document order
    long_start, _ = _span(ARMY_CLAIM["evidence"])
    _, long_end = _span(second["evidence"])
    rows = {"claims": [
        _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed Forces", "assertion", "army said",
                   *_span("army said")),
        _claim_row("ex:c2", "ex:saf", None, "Sudanese Armed Forces", "assertion",
                   TEXT[long_start:long_end], long_start, long_end),
    ]}
    report = score(gold, rows, {DOC: TEXT})
    section = report.section("claims")
    assert (section.tp, section.fp, section.fn) == (1, 1, 1)
    assert report.details["claims"][DOC].misses == [f"name:sudanese armed forces \"{second['evidence']}\""]


def test_evaluate_claims_each_speaker_row_is_a_prediction() -> None:
    appeal = "Aid groups warned that fighting would cut off food supplies"
    gold = [_gold(claims=[
        {"speaker": ["Q7817"], "kind": "warning", "evidence": appeal},
        {"speaker": ["name:save the children"], "kind": "warning", "evidence": appeal},
    ])]
    start, end = _span(appeal)
    rows = {"claims": [
        _claim_row("ex:c1", "ex:who", "Q7817", "World Health Organization", "warning", appeal, start, end),
        _claim_row("ex:c1", "ex:who", "Q7817", "WHO", "warning", appeal, start, end),  # same pair
        _claim_row("ex:c1", "ex:stc", None, "Save the Children", "appeal", appeal, start, end),
        _claim_row("ex:c9", "ex:who", "Q7817", "WHO", "warning", appeal, start, end),  # duplicate claim node
    ]}
    section = score(gold, rows, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (2, 1, 0)
    assert section.extras["kind_accuracy"] == 0.5


def test_evaluate_claims_kind_accuracy_over_hits() -> None:
    gold = [_gold(claims=[ARMY_CLAIM, RSF_CLAIM, DENIAL_CLAIM])]
    rows = {"claims": [
        _claim_row("ex:c1", "ex:saf", None, "Sudanese Armed Forces", "http://example.org/kg#Assertion",
                   ARMY_CLAIM["evidence"], *_span(ARMY_CLAIM["evidence"])),
        _claim_row("ex:c2", "ex:rsf", None, "Rapid Support Forces", "assertion",
                   RSF_CLAIM["evidence"], *_span(RSF_CLAIM["evidence"])),
    ]}
    section = score(gold, rows, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (2, 0, 1)
    assert section.extras["kind_accuracy"] == 0.5


def test_evaluate_claims_speaker_without_qid_hits_by_a_name_of_the_gold_speaker() -> None:
    # GUIDELINES v1.1: a described speaker ("Aid groups") has no QID; its label is one of the
    # names of the gold speaker entity (here an optional one), so the claim is a hit.
    warning = {"speaker": ["name:aid groups in darfur", "Q1049"], "kind": "warning",
               "evidence": "Aid groups warned that fighting would cut off food supplies"}
    optional = [_entity("name:aid groups in darfur", "Aid groups in Darfur", "aid groups")]
    gold = [_gold(claims=[warning], optional=optional)]
    span = _span(warning["evidence"])
    described = _claim_row("ex:c1", "ex:source-aid-groups", None, "Aid  groups", "warning", warning["evidence"], *span)
    section = score(gold, {"claims": [described]}, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)
    by_qid = _claim_row("ex:c1", "ex:sudan", "Q1049", "Republic of the Sudan", "warning", warning["evidence"], *span)
    section = score(gold, {"claims": [by_qid]}, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)


def test_evaluate_claims_speaker_label_outside_the_gold_names_misses() -> None:
    warning = {"speaker": ["name:aid groups in darfur"], "kind": "warning",
               "evidence": "Aid groups warned that fighting would cut off food supplies"}
    gold = [_gold(claims=[warning], optional=[_entity("name:aid groups in darfur", "aid groups")])]
    span = _span(warning["evidence"])
    rows = {"claims": [
        _claim_row("ex:c1", "ex:source-groups", None, "groups", "warning", warning["evidence"], *span),
        # a name of another entity of the document is not a name of this speaker
        _claim_row("ex:c2", "ex:saf", None, "Sudanese Armed Forces", "warning", warning["evidence"], *span),
    ]}
    gold[0]["entities"] = [_entity("name:sudanese armed forces", "Sudanese Armed Forces")]
    section = score(gold, rows, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (0, 2, 1)


def test_evaluate_claims_unlisted_name_key_is_matched_by_its_own_name() -> None:
    gold = [_gold(claims=[ARMY_CLAIM])]  # "name:sudanese armed forces", no entity lists it
    row = _claim_row("ex:c1", "ex:saf", None, "Sudanese armed forces", "assertion", ARMY_CLAIM["evidence"],
                     *_span(ARMY_CLAIM["evidence"]))
    section = score(gold, {"claims": [row]}, {DOC: TEXT}).section("claims")
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)


# --------------------------------------------------------------------------- figures and documents


def test_evaluate_figures_value_parsing_and_sets() -> None:
    gold = [_gold(figures=[
        {"kind": "killed", "value": 2000, "qualifier": "more_than", "attributed_to": [], "evidence": "x"},
        {"kind": "injured", "value": 7, "qualifier": "exact", "attributed_to": [], "evidence": "y"},
        {"kind": "evacuated", "value": 40000, "qualifier": "about", "attributed_to": [], "evidence": "z"},
    ])]
    rows = {"figures": [
        {"doc": DOC, "figure": "ex:f1", "kind": "killed", "value": "2,000", "qualifier": "more_than"},
        {"doc": DOC, "figure": "ex:f2", "kind": "killed", "value": "2000.0", "qualifier": "exact"},
        {"doc": DOC, "figure": "ex:f3", "kind": "injured", "value": "7", "qualifier": "exact"},
        {"doc": DOC, "figure": "ex:f4", "kind": "injured", "value": "3.5", "qualifier": "exact"},
        {"doc": DOC, "figure": "ex:f5", "kind": "killed", "value": "seven", "qualifier": "exact"},
    ]}
    section = score(gold, rows).section("figures")
    assert (section.tp, section.fp, section.fn) == (2, 2, 1)


def test_evaluate_documents_published_accuracy_and_duplicates() -> None:
    gold = [
        {"doc": "a.txt", "published": "2024-03-02", "duplicate_of": None},
        {"doc": "b.txt", "published": None, "duplicate_of": "a.txt"},
        {"doc": "c.txt", "published": "2024-03-05", "duplicate_of": None},
        {"doc": "d.txt", "published": "2024-03-06", "duplicate_of": None},
    ]
    rows = {"documents": [
        {"doc": "a.txt", "published": "2024-03-02T08:00:00Z", "duplicate_of": None},
        {"doc": "b.txt", "duplicate_of": "a.txt"},
        {"doc": "c.txt", "published": "2024-03-04", "duplicate_of": "a.txt"},
        {"doc": "zz.txt", "published": "2024-03-06", "duplicate_of": "a.txt"},
    ]}
    report = score(gold, rows)
    section = report.section("documents")
    assert section.extras["published_accuracy"] == 0.5  # a and b right; c wrong; d has no row
    assert (section.tp, section.fp, section.fn) == (1, 1, 0)
    assert report.ignored_docs == {"documents": ["zz.txt"]}
    no_duplicates = score(gold[:1], {"documents": [{"doc": "a.txt", "published": "2024-03-02"}]})
    assert no_duplicates.section("documents").f1 == 1.0


def test_evaluate_ids_of_files_in_subfolders_match_gold_base_names() -> None:
    gold = [
        {"doc": "a.txt", "published": "2024-03-02", "duplicate_of": None},
        {"doc": "b.txt", "published": None, "duplicate_of": "a.txt"},
        {"doc": "c.txt", "published": "2024-03-05", "duplicate_of": None},
    ]
    rows = {"documents": [
        {"doc": "wires/a.txt", "published": "2024-03-02"},
        {"doc": "wires/b.txt", "duplicate_of": "wires/a.txt"},
        {"doc": "x/c.txt", "published": "2024-03-05"},  # two graph documents named c.txt: neither is gold's
        {"doc": "y/c.txt", "published": "2024-03-05"},
    ]}
    report = score(gold, rows, texts={"wires/a.txt": "Troops entered Bakhmut."})
    section = report.section("documents")
    assert section.extras["published_accuracy"] == 2 / 3
    assert (section.tp, section.fp, section.fn) == (1, 0, 0)
    assert report.ignored_docs == {"documents": ["x/c.txt", "y/c.txt"]}


def test_evaluate_missing_sections_skipped_and_foreign_docs_ignored() -> None:
    gold = [_gold(entities=[_entity("Q1049", "Sudan")], figures=[{"kind": "killed", "value": 5}])]
    rows = {
        "figures": [{"doc": DOC, "kind": "killed", "value": "5"},
                    {"doc": "other.txt", "kind": "killed", "value": "9"}],
        "entities": [],
    }
    report = score(gold, rows)
    assert [s.name for s in report.sections] == ["entities", "figures"]
    assert report.section("figures").f1 == 1.0
    assert report.section("entities").recall == 0.0
    assert report.ignored_docs == {"figures": ["other.txt"]}
    with pytest.raises(KeyError):
        report.section("claims")
    with pytest.raises(ValueError, match="relations"):
        score(gold, {"relations": []})


def test_evaluate_micro_average_over_documents() -> None:
    gold = [
        {"doc": "a.txt", "figures": [{"kind": "killed", "value": 1}, {"kind": "killed", "value": 2}]},
        {"doc": "b.txt", "figures": [{"kind": "killed", "value": 3}]},
    ]
    rows = {"figures": [
        {"doc": "a.txt", "kind": "killed", "value": "1"},
        {"doc": "a.txt", "kind": "killed", "value": "2"},
        {"doc": "b.txt", "kind": "killed", "value": "4"},
    ]}
    section = score(gold, rows).section("figures")
    assert (section.tp, section.fp, section.fn) == (2, 1, 1)
    assert section.precision == pytest.approx(2 / 3)  # macro would be (1 + 0) / 2


def test_evaluate_report_rendering() -> None:
    gold = [_gold(entities=[_entity("Q1049", "Sudan"), _entity("Q1963", "Khartoum")])]
    report = score(gold, {"entities": [_entity_row("Sudan", "Q1049"), _entity_row("Bara")],
                          "documents": [{"doc": "x.txt"}]})
    table = format_table(report)
    assert table.splitlines()[0].split() == ["section", "P", "R", "F1", "tp", "fp", "fn", "extra"]
    assert "entities" in table and "linking_accuracy=1.000" in table and "published_accuracy=" in table
    details = format_details(report)
    assert "hit: Q1049 <- Q1049 (QID)" in details
    assert "false positive: name:bara" in details
    assert "miss: Q1963 (Khartoum)" in details
    assert "x.txt" in details
    encoded = json.loads(json.dumps(report.to_json()))
    assert encoded["sections"]["entities"]["tp"] == 1
    assert encoded["sections"]["entities"]["linked_recall"] == 0.5
    assert encoded["details"]["entities"][DOC]["false_positives"] == ["name:bara"]


# --------------------------------------------------------------------------- gold files


def test_evaluate_load_gold_reads_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_gold()) + "\n\n" + json.dumps({"doc": "b.txt"}) + "\n", encoding="utf-8")
    assert [g["doc"] for g in load_gold(path)] == [DOC, "b.txt"]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "JSON object"),
        ('{"published": null}', "missing or empty \"doc\""),
        ('{"doc": "a.txt", "entities": [{"key": "Sudan", "names": []}]}', "entities[0]: 'key'"),
        ('{"doc": "a.txt", "events": [{"type": "Attack", "date": []}]}', "events[0]: 'date'"),
        ('{"doc": "a.txt", "claims": [{"speaker": "Q1", "kind": "denial", "evidence": "x"}]}', "'speaker'"),
        ('{"doc": "a.txt", "figures": [{"kind": "killed", "value": "12"}]}', "'value'"),
    ],
)
def test_evaluate_load_gold_rejects_bad_lines(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc": "ok.txt"}) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=rf"gold\.jsonl:2: .*{re.escape(problem)}"):
        load_gold(path)


def test_evaluate_load_gold_rejects_repeated_doc(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a.txt"}\n{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: .*repeats line 1"):
        load_gold(path)


def _gold_as_rows(gold: list[dict], texts: dict[str, str]) -> dict[str, list[dict]]:
    """Rows a perfect graph would return for ``gold``: first name, first date, first speaker."""
    rows: dict[str, list[dict]] = {section: [] for section in ROW_SECTIONS}
    for record in gold:
        doc = record["doc"]
        rows["documents"].append(
            {"doc": doc, "published": record.get("published"), "duplicate_of": record.get("duplicate_of")}
        )
        for entity in record.get("entities", []):
            qid = entity["key"] if entity["key"].startswith("Q") else None
            rows["entities"].append(
                {"doc": doc, "entity": f"ex:{entity['key']}", "label": entity["names"][0], "wikidata": qid}
            )
        for index, event in enumerate(record.get("events", [])):
            date = event["date"][0] if isinstance(event["date"], list) else event["date"]
            rows["events"].append({"doc": doc, "event": f"ex:ev{index}", "type": event["type"], "date": date})
        for index, claim in enumerate(record.get("claims", [])):
            key = claim["speaker"][0]
            start = texts[doc].find(claim["evidence"]) if doc in texts else -1
            rows["claims"].append({
                "doc": doc, "claim": f"ex:c{index:03d}", "speaker": f"ex:{key}",
                "speaker_wikidata": key if key.startswith("Q") else None,
                "speaker_label": key.removeprefix("name:"), "kind": claim["kind"],
                "evidence": claim["evidence"],
                "start": str(start) if start >= 0 else None,
                "end": str(start + len(claim["evidence"])) if start >= 0 else None,
            })
        for index, figure in enumerate(record.get("figures", [])):
            rows["figures"].append(
                {"doc": doc, "figure": f"ex:f{index}", "kind": figure["kind"], "value": str(figure["value"])}
            )
    return rows


@pytest.mark.parametrize("with_texts", [True, False])
def test_evaluate_seeds_gold_scores_perfectly_against_itself(with_texts: bool) -> None:
    gold = load_gold(SEEDS_GOLD)
    texts = {}
    if with_texts:
        texts = {
            record["doc"]: (SEEDS_TEXTS / record["doc"]).read_text(encoding="utf-8")
            for record in gold
            if (SEEDS_TEXTS / record["doc"]).exists()
        }
    report = score(gold, _gold_as_rows(gold, texts), texts)
    assert [s.name for s in report.sections] == [
        "documents", "entities", "event_type", "event_dated", "claims", "figures"
    ]
    for section in report.sections:
        assert (section.f1, section.fp, section.fn) == (1.0, 0, 0), section.name
        assert all(value == 1.0 for value in section.extras.values()), section.name


def test_evaluate_load_gold_reads_a_file_saved_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps(_gold()) + "\n").encode("utf-8"))  # "UTF-8 with BOM", as Windows editors save
    assert [g["doc"] for g in load_gold(path)] == [DOC]


def test_evaluate_load_gold_byte_order_mark_inside_a_line_is_still_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_gold()) + "\n\ufeff" + json.dumps({"doc": "b.txt"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="gold.jsonl:2: invalid JSON"):
        load_gold(path)
