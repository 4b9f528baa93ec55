"""The GitHub Actions workflow (`.github/workflows/kg.yml`): its kg steps run, in order, in a fresh clone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import yaml

from kg.store import load_graph_file

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "kg.yml"


def _steps(job: str) -> list[dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return workflow["jobs"][job]["steps"]


def test_ci_workflow_runs_the_readme_test_command_through_ci_run() -> None:
    runs = [step["run"] for step in _steps("tests") if "run" in step]
    assert runs == [".ci/run"]
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


def test_ci_workflow_example_graph_steps_run_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "checkout"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True)
    steps = _steps("example-graph")
    commands = [step["run"] for step in steps if "run" in step and step["run"].startswith("kg ")]
    assert [command.split()[1] for command in commands] == ["build", "validate", "eval"]
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # this environment's kg
    for command in commands:
        process = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", command], cwd=clone, env={**os.environ, "PATH": path},
            capture_output=True, text=True, timeout=600,
        )
        assert process.returncode == 0, (command, process.stderr)
    uploaded = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    files = uploaded["with"]["path"].split()
    assert all((clone / name).is_file() for name in files), files
    report = ElementTree.parse(clone / "shacl-report.xml").getroot()
    graphs = len(list(load_graph_file(clone / "graph.nq").named_graphs()))  # documents, entities, corpus blocks
    assert graphs > 5 and report.tag == "testsuites" and int(report.get("tests")) == graphs and report.get("failures") == "0"
    assert json.loads((clone / "eval-scores.json").read_text(encoding="utf-8"))["sections"]
