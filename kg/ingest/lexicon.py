"""The clutter lexicon (``lexicons/clutter.yaml``), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.errors import ResourceError
from kg.records import ZONE_KINDS
from kg.resources import read_yaml

_SOURCE = "lexicons/clutter.yaml"

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
#: Bullets cut from the start and punctuation cut from the end of a folded line.
#: ``str.strip`` with a character set, not an anchored regex: ``[...]+$`` retries at
#: every position of a long run and takes quadratic time.
_LEADING = " -–—•·*»›>|#"
_TRAILING = " :-–—.…»›>|•·,;"
_SPACE = re.compile(r"\s+")


def normalize_line(line: str) -> str:
    """A line as the lexicon patterns see it: quotes straightened, white space
    folded, leading bullets and trailing punctuation cut."""
    folded = _SPACE.sub(" ", line.translate(_QUOTES))
    return folded.lstrip(_LEADING).rstrip(_TRAILING)


@dataclass(frozen=True)
class LineRule:
    """Lines matching ``pattern`` are clutter of ``kind`` because of ``reason``."""

    kind: str
    reason: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class HtmlHints:
    """HTML structure that marks clutter, each mapped to a zone kind."""

    tags: dict[str, str]
    roles: dict[str, str]
    class_words: dict[str, str]


@dataclass(frozen=True)
class ClutterLexicon:
    """The compiled content of ``clutter.yaml`` (see the comments there)."""

    line_rules: tuple[LineRule, ...]
    teaser_headings: re.Pattern[str]
    teaser_links: re.Pattern[str]
    tag_headings: re.Pattern[str]
    comment_headings: re.Pattern[str]
    about_headings: re.Pattern[str]
    author_box_headings: re.Pattern[str]
    byline_labels: re.Pattern[str]
    page_date_labels: re.Pattern[str]
    published_labels: re.Pattern[str]
    updated_labels: re.Pattern[str]
    honorifics: re.Pattern[str]
    menu_words: frozenset[str]
    share_words: frozenset[str]
    ticker_instruments: frozenset[str]
    outlet_words: frozenset[str]
    html: HtmlHints


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ResourceError(f"{_SOURCE}: '{key}' must be a non-empty list of strings")
    return value


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise ResourceError(f"{_SOURCE}: bad regular expression in '{where}': {exc}") from exc


def _label(patterns: list[str], where: str) -> re.Pattern[str]:
    """A label at the start of a line, then its separator (``"Posted on: "``)."""
    body = _compile(patterns, where).pattern
    return re.compile(rf"(?P<label>{body})\b\s*[:\-–—]*\s*", re.IGNORECASE)


def _kind_map(data: dict[str, Any], key: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and v in ZONE_KINDS for k, v in value.items()
    ):
        raise ResourceError(f"{_SOURCE}: 'html.{key}' must map names to zone kinds {ZONE_KINDS}")
    return value


def _line_rules(data: Any) -> tuple[LineRule, ...]:
    if not isinstance(data, dict):
        raise ResourceError(f"{_SOURCE}: 'line_rules' must map zone kinds to reasons")
    rules = []
    for kind, reasons in data.items():
        if kind not in ZONE_KINDS or kind == "article" or not isinstance(reasons, dict):
            raise ResourceError(f"{_SOURCE}: line_rules: {kind!r} is not a clutter zone kind with reasons")
        for reason in reasons:
            where = f"line_rules.{kind}.{reason}"
            rules.append(LineRule(kind, reason, _compile(_strings(reasons, reason), where)))
    return tuple(rules)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _strings(data, key))


@cache
def clutter_lexicon() -> ClutterLexicon:
    """The clutter lexicon shipped as ``lexicons/clutter.yaml``.

    Raises:
        ResourceError: The file is missing or malformed.
    """
    data = read_yaml("lexicons", "clutter.yaml")
    html = data.get("html")
    if not isinstance(html, dict):
        raise ResourceError(f"{_SOURCE}: 'html' must be a mapping")
    honorifics = "|".join(re.escape(word) for word in _strings(data, "honorifics"))
    return ClutterLexicon(
        line_rules=_line_rules(data.get("line_rules")),
        teaser_headings=_compile(_strings(data, "teaser_headings"), "teaser_headings"),
        teaser_links=_compile(_strings(data, "teaser_links"), "teaser_links"),
        tag_headings=_compile(_strings(data, "tag_headings"), "tag_headings"),
        comment_headings=_compile(_strings(data, "comment_headings"), "comment_headings"),
        about_headings=_compile(_strings(data, "about_headings"), "about_headings"),
        author_box_headings=_compile(_strings(data, "author_box_headings"), "author_box_headings"),
        byline_labels=_label(_strings(data, "byline_labels"), "byline_labels"),
        page_date_labels=_label(_strings(data, "page_date_labels"), "page_date_labels"),
        published_labels=_label(_strings(data, "published_labels"), "published_labels"),
        updated_labels=_label(_strings(data, "updated_labels"), "updated_labels"),
        honorifics=re.compile(rf"^(?:(?:{honorifics})\.?\s+)+", re.IGNORECASE),
        menu_words=_words(data, "menu_words"),
        share_words=_words(data, "share_words"),
        ticker_instruments=_words(data, "ticker_instruments"),
        outlet_words=_words(data, "outlet_words"),
        html=HtmlHints(
            tags=_kind_map(html, "tags"),
            roles=_kind_map(html, "roles"),
            class_words=_kind_map(html, "class_words"),
        ),
    )
