"""A bug in an extractor is no input error: one line naming the document, the other documents
still built, the traceback with `kg --debug`. The bug is injected by replacing one extractor: in
this process for a build with a given pipeline, and through ``sitecustomize`` in the worker
processes of `kg build`, so that the error and its traceback are seen to come back from a worker."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import kg.extract.document
from kg.build import build
from kg.cli import app
from kg.errors import ExtractorError, InputError
from kg.store import load_graph_file

#: Run by every Python process started with the folder on PYTHONPATH: the build's workers.
BROKEN_FIGURES = '''
import kg.extract.document as document

_real = document.extract_figures


def extract_figures(doc, times, demonyms):
    if "Zembla" in doc.text:
        raise ZeroDivisionError("injected bug")
    return _real(doc, times, demonyms)


document.extract_figures = extract_figures
'''


@pytest.fixture
def broken_figures(monkeypatch):
    real = kg.extract.document.extract_figures

    def extract_figures(doc, times, demonyms):
        if "Zembla" in doc.text:
            raise ZeroDivisionError("injected bug")
        return real(doc, times, demonyms)

    monkeypatch.setattr(kg.extract.document, "extract_figures", extract_figures)


@pytest.fixture
def broken_workers(monkeypatch, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sitecustomize")
    (folder / "sitecustomize.py").write_text(BROKEN_FIGURES, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(folder))


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "good.txt").write_text("Rebels seized the airport near Goma on Sunday, the army said.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Zembla said three soldiers were killed.\n", encoding="utf-8")
    return tmp_path


def _build(articles, *options: str):
    out = articles / "out.nq"
    return CliRunner().invoke(app, [*options, "build", str(articles), "--no-store", "--out", str(out), "--jobs", "1"]), out


def _message(path) -> str:
    return (
        f"{path}: internal error while analysing the document (ZeroDivisionError: injected bug); "
        "this is a bug in kg, not in the input (run with --debug for the traceback)"
    )


def test_document_errors_an_extractor_bug_names_the_document_and_spares_the_others(broken_figures, articles, nlp):
    errors: list = []
    report = build([articles], store_path=None, out=articles / "out.nq", nlp=nlp, on_error=errors.append)
    assert [str(error) for error in errors] == [_message(articles / "bad.txt")]
    assert isinstance(errors[0], ExtractorError) and 'raise ZeroDivisionError("injected bug")' in errors[0].trace
    assert report.built == 1 and report.failed == 1
    assert "good.txt" in (articles / "out.nq").read_text(encoding="utf-8")


def test_document_errors_a_bug_in_a_worker_is_one_line_and_the_others_are_written(broken_workers, articles):
    result, out = _build(articles)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {_message(articles / 'bad.txt')}"]
    assert "Traceback" not in result.output
    docs = {quad.object.value for quad in load_graph_file(out) if quad.predicate.value.endswith("#docId")}
    assert docs == {"good.txt"}


def test_document_errors_debug_prints_the_traceback_from_the_worker(broken_workers, articles):
    result, _ = _build(articles, "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.output
    assert 'raise ZeroDivisionError("injected bug")' in result.output


def test_document_errors_the_error_types_differ():
    assert not issubclass(ExtractorError, InputError)
