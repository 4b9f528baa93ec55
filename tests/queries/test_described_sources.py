"""Described sources (speakers the text does not name) through `kg build`, SHACL and the query library,
on a made-up wire story about another conflict."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import OxigraphBackend, load_query, run

STORY = (
    "Drone strikes hit Goma market\n\n"
    "GOMA - Kenyan officials said on Monday that two drones had struck the market in Goma. "
    "Residents of Goma told reporters that the rebels had fired first. "
    "A doctor at the main hospital said 14 people were being treated. "
    "The doctor added that medicines were running out. "
    "Rwanda denied that its troops had crossed the border.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    (folder / "goma.txt").write_text(STORY, encoding="utf-8")
    out = folder / "goma.nq"
    result = CliRunner().invoke(app, ["build", str(folder / "goma.txt"), "--no-store", "--out", str(out), "--validate"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def backend(built) -> OxigraphBackend:
    store = ox.Store()
    store.load(path=str(built), format=ox.RdfFormat.N_QUADS)
    return OxigraphBackend(store)


def _rows(backend, **params: str) -> list[dict[str, str | None]]:
    return run(backend, load_query("who-said-what"), params).plain()


def test_who_said_what_flags_described_speakers_with_kind_and_affiliation(backend):
    rows = {(row["speaker"], row["described"], row["affiliation"]) for row in _rows(backend)}
    assert rows == {
        ("Kenyan officials", "group", "Kenya"),
        ("Residents of Goma", "group", "Goma"),
        ("A doctor at the main hospital", "person", None),
        ("Rwanda", None, None),
    }


def test_who_said_what_speaker_filter_matches_a_described_speakers_affiliation(backend):
    assert [row["speaker"] for row in _rows(backend, speaker="Kenya")] == ["Kenyan officials"]
    assert [row["speaker"] for row in _rows(backend, speaker="rwanda")] == ["Rwanda"]


def test_described_person_is_one_node_for_its_later_mentions(backend):
    doctor = [row for row in _rows(backend) if row["described"] == "person"]
    assert len(doctor) == 2 and len({row["speaker"] for row in doctor}) == 1
    assert "medicines were running out" in doctor[1]["content"]


def test_eval_claims_query_gives_a_described_speaker_its_label_and_no_qid(backend):
    rows = run(backend, load_query(str(Path(__file__).resolve().parents[2] / "queries" / "eval" / "claims.rq"))).plain()
    described = [row for row in rows if row["speaker_label"] == "Kenyan officials"]
    assert len(described) == 1 and described[0]["speaker_wikidata"] is None
