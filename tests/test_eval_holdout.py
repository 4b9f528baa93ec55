"""The held-out multi-conflict set (eval/holdout/): its gold is consistent, and kg keeps its scores.

The set is for measuring only, never for tuning (eval/holdout/README.md). FLOORS are the scores
of the build of 2026-12-04 minus 0.02; raise them when kg improves, never lower them to pass.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import load_gold

HOLDOUT = Path(__file__).resolve().parent.parent / "eval" / "holdout"

#: (section, measure) -> the lowest accepted score on the held-out set.
FLOORS: dict[tuple[str, str], float] = {
    ("documents", "published_accuracy"): 0.917,
    ("entities", "f1"): 0.848,
    ("entities", "linking_accuracy"): 0.704,
    ("entities", "linked_recall"): 0.704,
    ("event_type", "f1"): 0.730,
    ("event_dated", "f1"): 0.509,
    ("claims", "f1"): 0.558,
    ("claims", "kind_accuracy"): 0.750,
    ("figures", "f1"): 0.827,
}

runner = CliRunner()


@pytest.fixture(scope="module")
def holdout_scores(tmp_path_factory) -> dict[str, dict]:
    """``kg eval --json`` sections for one real build of the held-out articles."""
    out = tmp_path_factory.mktemp("holdout") / "holdout.nq"
    built = runner.invoke(app, ["build", str(HOLDOUT / "articles"), "--no-store", "--out", str(out)])
    assert built.exit_code == 0, built.output
    scored = runner.invoke(app, ["eval", str(HOLDOUT / "gold.jsonl"), "--data", str(out), "--json"])
    assert scored.exit_code == 0, scored.output
    return json.loads(scored.stdout)["sections"]


@pytest.mark.parametrize(("section", "measure"), list(FLOORS), ids=[f"{s}.{m}" for s, m in FLOORS])
def test_holdout_score_stays_above_its_floor(holdout_scores, section: str, measure: str) -> None:
    value = holdout_scores[section][measure]
    assert value is not None and value >= FLOORS[(section, measure)], (
        f"{section} {measure} fell to {value} (floor {FLOORS[(section, measure)]})"
    )


def test_holdout_gold_loads_and_covers_every_article() -> None:
    gold = load_gold(HOLDOUT / "gold.jsonl")
    articles = sorted(path.name for path in (HOLDOUT / "articles").glob("*.txt"))
    assert sorted(record["doc"] for record in gold) == articles
    assert len(articles) >= 14


def test_holdout_gold_passes_its_mechanical_check(capsys) -> None:
    spec = importlib.util.spec_from_file_location("holdout_check", HOLDOUT / "check.py")
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    assert check.main() == 0, capsys.readouterr().out


def test_holdout_check_reports_a_bad_evidence_and_a_malformed_key() -> None:
    spec = importlib.util.spec_from_file_location("holdout_check", HOLDOUT / "check.py")
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    record = {
        "doc": "x.txt", "published": "2025-03-03", "duplicate_of": None,
        "entities": [{"key": "name:Port  Selvin", "kind": "place", "names": ["Port Selvin"]}],
        "claims": [{"speaker": ["Q42"], "kind": "assertion", "evidence": "the army said nothing"}],
    }
    problems = check.check_document(record, "PORT SELVIN - The army said on Monday.", qids=set())
    assert any("malformed key 'name:Port  Selvin'" in p for p in problems)
    assert any("Q42 is not listed in qids.tsv" in p for p in problems)
    assert any("not an exact substring" in p for p in problems)
