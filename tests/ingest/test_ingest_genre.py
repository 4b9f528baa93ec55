"""Opinion pieces are recognised by their own label or headline, not by menu links."""

from __future__ import annotations

from kg.ingest import ingest


def _opinion(tmp_path, text: str) -> bool:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return ingest([page]).documents[0].metadata.opinion


def test_ingest_genre_label_above_headline_marks_opinion(tmp_path):
    text = "Opinion\n\nThe world looked away from the Sahel once again\n\nMaria Lopez\n\nI have reported from Mali for a decade.\n"
    assert _opinion(tmp_path, text)


def test_ingest_genre_headline_prefix_marks_opinion(tmp_path):
    text = "Analysis: Why the Kosovo border deal will not hold\n\nThe agreement signed on Monday leaves the hard questions open.\n"
    assert _opinion(tmp_path, text)


def test_ingest_genre_news_report_is_not_opinion(tmp_path):
    text = "Flooding forces thousands from homes in Bangladesh\n\nDHAKA (Wire) - Floods displaced 20,000 people on Tuesday, officials said.\n"
    assert not _opinion(tmp_path, text)


def test_ingest_name_line_under_headline_is_the_author(tmp_path):
    page = tmp_path / "column.txt"
    page.write_text(
        "Opinion\n\nThe Sahel deserves better than silence\n\nMaria Lopez\n\n"
        "I have reported from Mali for a decade, and I have never seen the region so alone.\n",
        encoding="utf-8",
    )
    metadata = ingest([page]).documents[0].metadata
    assert (metadata.author, metadata.opinion) == ("Maria Lopez", True)


def test_ingest_section_label_under_headline_is_not_an_author(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text(
        "Floods displace thousands in Bangladesh\n\nWorld News\n\nFloods displaced 20,000 people on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    assert ingest([page]).documents[0].metadata.author is None
