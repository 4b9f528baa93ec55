"""A bug in an extractor is no input error: one line naming the document, the other documents
still built, the traceback with `kg --debug`. The bug is injected by replacing one extractor."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import kg.extract.document
from kg.cli import app
from kg.errors import ExtractorError, InputError


@pytest.fixture
def broken_figures(monkeypatch):
    real = kg.extract.document.extract_figures

    def extract_figures(doc, times, demonyms):
        if "Zembla" in doc.text:
            raise ZeroDivisionError("injected bug")
        return real(doc, times, demonyms)

    monkeypatch.setattr(kg.extract.document, "extract_figures", extract_figures)


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "good.txt").write_text("Rebels seized the airport near Goma on Sunday, the army said.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Zembla said three soldiers were killed.\n", encoding="utf-8")
    return tmp_path


def _build(articles, *options: str):
    out = articles / "out.nq"
    return CliRunner().invoke(app, [*options, "build", str(articles), "--no-store", "--out", str(out)]), out


def test_document_errors_an_extractor_bug_names_the_document_and_spares_the_others(broken_figures, articles):
    result, out = _build(articles)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {articles / 'bad.txt'}: internal error while analysing the document (ZeroDivisionError: injected bug); "
        "this is a bug in kg, not in the input (run with --debug for the traceback)"
    ]
    assert "Traceback" not in result.output
    assert "good.txt" in out.read_text(encoding="utf-8")


def test_document_errors_debug_prints_the_traceback(broken_figures, articles):
    result, _ = _build(articles, "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.output
    assert 'raise ZeroDivisionError("injected bug")' in result.output


def test_document_errors_the_error_types_differ():
    assert not issubclass(ExtractorError, InputError)
