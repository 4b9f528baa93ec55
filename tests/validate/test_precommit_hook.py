"""The pre-commit hook (`.pre-commit-hooks.yaml`), run by `pre-commit try-repo` on a temporary repository.

pre-commit installs kg from this repository into a fresh virtual environment of its
own. Its dependencies (spaCy and the rest, some 300 MB) are taken from the test's
environment instead of being installed again (``PIP_NO_DEPS`` and ``PYTHONPATH``),
which keeps the test to seconds; the hook's manifest, entry point and the kg it
installs are the real ones.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pyoxigraph as ox

from kg.store import write_graph_file

ROOT = Path(__file__).resolve().parent.parent.parent
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
VALID = Path(__file__).resolve().parent / "valid.trig"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _try_repo(repo: Path, home: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "PIP_NO_DEPS": "1",
        "PYTHONPATH": sysconfig.get_paths()["purelib"],
    }
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "kg-validate", "--files", *files],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600,
    )


def test_precommit_hook_passes_a_valid_graph_and_refuses_broken_and_empty_ones(tmp_path: Path) -> None:
    repo = tmp_path / "analysis"
    repo.mkdir()
    _git(repo, "init", "--quiet")
    (repo / "graph.trig").write_bytes(VALID.read_bytes())
    store = ox.Store()
    store.load(path=str(VALID), format=ox.RdfFormat.TRIG)
    store.update("PREFIX kg: <https://w3id.org/kg-news/ontology#> DELETE WHERE { GRAPH ?g { "
                 "<https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196/claim/claim-50> kg:speaker ?s } }")
    write_graph_file(repo / "broken.nq", list(store))
    (repo / "empty.nq").write_text("", encoding="utf-8")
    (repo / "notes.md").write_text("not a graph: the hook leaves it alone\n", encoding="utf-8")
    _git(repo, "add", ".")

    passed = _try_repo(repo, tmp_path / "home", "graph.trig", "notes.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "kg validate" in passed.stdout and "Passed" in passed.stdout

    failed = _try_repo(repo, tmp_path / "home", "graph.trig", "broken.nq", "empty.nq")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "Violation ks:ClaimSource (1)" in failed.stdout
    assert "error: empty.nq: the graph is empty" in failed.stdout
    assert "Traceback" not in failed.stdout + failed.stderr
