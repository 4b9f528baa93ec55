"""A copy of the source tree that tests may change (a lexicon, the ontology) and run kg or a script in."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_PACKAGES = ("ontology", "shapes", "lexicons", "queries")


def copy_tree(target: Path) -> Path:
    """The source tree as an importable copy: data folders linked into the package, as installed."""
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("kg", "scripts", *DATA_PACKAGES):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    shutil.copy(ROOT / "README.md", target / "README.md")
    for folder in DATA_PACKAGES:
        (target / "kg" / folder).symlink_to(target / folder)
    return target


def run_in_tree(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True, timeout=300)
