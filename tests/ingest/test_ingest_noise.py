"""Tests of kg.ingest.noise: the stretches blanked before the tokenizer, and what that buys."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.ingest.noise import MAX_WORD, noise_spans

PROSE = (
    'The junta said on Friday that it had retaken Lashio. "We will not negotiate," a spokesman told reporters… '
    "Rebels (the MNDAA) denied it?! The U.N. envoy — who met both sides — urged calm. “Enough,” she said.\n\n"
    "See https://www.example.org/news/2024/08/myanmar-lashio-fighting-latest for updates; 1,200 people fled.\n"
)


def test_noise_ordinary_prose_has_none() -> None:
    assert noise_spans(PROSE) == ()


@pytest.mark.parametrize(
    "run",
    ['"' * 50_000, "“" * 50_000, "." * 100_000, "(" * 20_000, "😀" * 5_000, "$" * 10, '" ' * 20_000, "* * * * * * * * * *", "_" * 40],
)
def test_noise_symbol_runs_are_blanked_whole(run: str) -> None:
    text = f"Troops left Kherson.\n{run}\nShelling resumed."
    (span,) = noise_spans(text)
    assert text[span[0] : span[1]] == run.strip()


@pytest.mark.parametrize("run", ["?!", '..." —', "— — —", '.” “', " .........", " * * * * * * * * *"])  # at most 9
def test_noise_short_runs_stay(run: str) -> None:
    assert noise_spans(f"Gunfire was heard{run} Then silence fell.") == ()


def test_noise_overlong_words_are_blanked_and_words_up_to_the_limit_stay() -> None:
    longest = "w" * MAX_WORD
    blob = "QmFzZTY0" * 20 + "'s'" * 10
    text = f"Kept {longest} cut {blob} kept."
    start = text.index(blob)
    assert noise_spans(text) == ((start, start + len(blob)),)


def test_noise_spans_are_blanked_in_the_analysed_text_only(tmp_path: Path) -> None:
    run = "!" * 30_000
    path = tmp_path / "wire.txt"
    path.write_text(f"Aid trucks entered Rafah on Sunday.\n{run}\nThe crossing closed again.\n", encoding="utf-8")
    document = ingest([path]).documents[0]
    analysed = document.analysis_text()
    assert len(analysed) == len(document.source.text)
    assert run not in analysed and analysed.split() == "Aid trucks entered Rafah on Sunday. The crossing closed again.".split()
    assert run in document.source.text  # the original stays untouched


@pytest.mark.parametrize("shape", ['"' * 50_000, "“" * 50_000, "." * 100_000 + "a", "'s" * 25_000, "😀" * 20_000])
def test_noise_tokenizer_time_on_blanked_runs_is_linear(tmp_path: Path, nlp, shape: str) -> None:
    path = tmp_path / "junk.txt"
    path.write_text(f"Officials said.\n{shape}\n", encoding="utf-8")
    analysed = ingest([path]).documents[0].analysis_text()
    started = time.monotonic()
    nlp.tokenizer(analysed)
    assert time.monotonic() - started < 1.0  # unblanked, 50,000 quotes take minutes


def test_noise_non_breaking_hyphens_and_spaces_read_as_plain_ones(tmp_path: Path) -> None:
    path = tmp_path / "nb.txt"
    text = "Thousands left Nagorno\u2011Karabakh on Monday.\nThe UN sent 20\u00a0000 blankets to Goma.\n"
    path.write_text(text, encoding="utf-8")
    document = ingest([path]).documents[0]
    analysed = document.analysis_text()
    assert len(analysed) == len(document.source.text) and "Nagorno-Karabakh" in analysed and "20 000" in analysed
    assert "Nagorno\u2011Karabakh" in document.source.text  # offsets point into the text as written
