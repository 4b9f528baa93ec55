"""Tests of kg.ingest.lexicon: the shipped clutter lexicon loads and is well formed."""

from __future__ import annotations

from kg.codes import ZONE_KINDS
from kg.ingest.lexicon import clutter_lexicon, normalize_line


def test_lexicon_loads_with_known_zone_kinds() -> None:
    lexicon = clutter_lexicon()
    kinds = {rule.kind for rule in lexicon.line_rules}
    kinds |= set(lexicon.html.tags.values()) | set(lexicon.html.roles.values())
    kinds |= set(lexicon.html.class_words.values())
    assert kinds <= set(ZONE_KINDS) - {"article"}
    assert all(rule.reason for rule in lexicon.line_rules)
    assert "facebook" in lexicon.share_words and "politics" in lexicon.menu_words


def test_lexicon_normalize_line() -> None:
    assert normalize_line("  • Don’t   Miss:  ") == "Don't Miss"
    assert normalize_line("Written by:-") == "Written by"
    assert normalize_line("“Quoted” — Reuters…") == '"Quoted" — Reuters'
