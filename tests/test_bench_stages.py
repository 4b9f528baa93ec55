"""bench/stages.py (not a package): its timing of the extraction steps, run more than once."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


def _stages():
    return load_script(ROOT / "bench" / "stages.py", "bench_stages")


def test_repeated_runs_wrap_each_extraction_step_once(tmp_path, monkeypatch, capsys):
    import kg.extract.document as document_module

    stages = _stages()
    originals = {name: getattr(document_module, name) for name in stages.EXTRACTION_STEPS if hasattr(document_module, name)}
    for name, function in originals.items():
        monkeypatch.setattr(document_module, name, function)  # the module's own steps again after the test
    article = sorted((ROOT / "examples" / "karabakh-2023").glob("*.txt"))[0]
    shutil.copy(article, tmp_path / article.name)
    monkeypatch.setattr(sys, "argv", ["stages.py", str(tmp_path), "--repeat", "2", "--no-raw"])
    stages.main()
    for name, function in originals.items():
        assert getattr(document_module, name).__wrapped__ is function, name  # one timer, not one per run
    assert "1 articles, CPU seconds (mean of 2)" in capsys.readouterr().out


def test_an_empty_folder_is_a_clear_error(tmp_path, monkeypatch, capsys):
    # negative: no article to warm up on or time
    monkeypatch.setattr(sys, "argv", ["stages.py", str(tmp_path)])
    with pytest.raises(SystemExit):
        _stages().main()
    assert "no articles" in capsys.readouterr().err
