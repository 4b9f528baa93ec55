"""The clutter lexicon (``lexicons/clutter.yaml``), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Annotated

from pydantic import Field, field_validator

from kg.codes import ZoneKind
from kg.errors import ResourceError
from kg.resources import LexiconModel, load_lexicon

_SOURCE = "lexicons/clutter.yaml"

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
#: Bullets cut from the start and punctuation cut from the end of a folded line.
#: ``str.strip`` with a character set, not an anchored regex: ``[...]+$`` retries at
#: every position of a long run and takes quadratic time.
_LEADING = " -–—•·*»›>|#"
_TRAILING = " :-–—.…»›>|•·,;"
_SPACE = re.compile(r"\s+")
_WHITE = re.compile(r"\s")


def normalize_line(line: str) -> str:
    """A line as the lexicon patterns see it: quotes straightened, white space
    folded, leading bullets and trailing punctuation cut."""
    folded = _SPACE.sub(" ", line.translate(_QUOTES))
    return folded.lstrip(_LEADING).rstrip(_TRAILING)


def straighten(line: str) -> str:
    """``line`` as the patterns see it, character for character (its offsets kept): quotes
    straightened, each white-space character a space, trailing punctuation cut."""
    return _WHITE.sub(" ", line.translate(_QUOTES)).rstrip(_TRAILING)


@dataclass(frozen=True)
class LineRule:
    """Lines matching ``pattern`` are clutter of ``kind`` because of ``reason``."""

    kind: ZoneKind
    reason: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class HtmlHints:
    """HTML structure that marks clutter, each mapped to a zone kind."""

    tags: dict[str, ZoneKind]
    roles: dict[str, ZoneKind]
    class_words: dict[str, ZoneKind]


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
    not_names: frozenset[str]
    menu_words: frozenset[str]
    share_words: frozenset[str]
    ticker_instruments: frozenset[str]
    outlet_words: frozenset[str]
    caption_max_words: int
    caption_credits: re.Pattern[str]
    caption_labels: re.Pattern[str]
    reading_times: re.Pattern[str]  # found anywhere in a line
    html: HtmlHints


Patterns = Annotated[tuple[str, ...], Field(min_length=1)]


class _HtmlSchema(LexiconModel):
    tags: dict[str, ZoneKind]
    roles: dict[str, ZoneKind]
    class_words: dict[str, ZoneKind]


class _ClutterSchema(LexiconModel):
    """The schema of ``lexicons/clutter.yaml`` as written (patterns still text)."""

    version: int
    line_rules: dict[ZoneKind, dict[str, Patterns]]
    teaser_headings: Patterns
    teaser_links: Patterns
    tag_headings: Patterns
    comment_headings: Patterns
    about_headings: Patterns
    author_box_headings: Patterns
    byline_labels: Patterns
    page_date_labels: Patterns
    published_labels: Patterns
    updated_labels: Patterns
    honorifics: Patterns
    not_names: Patterns
    menu_words: Patterns
    share_words: Patterns
    ticker_instruments: Patterns
    outlet_words: Patterns
    caption_max_words: int = Field(gt=0)
    caption_credits: Patterns
    caption_labels: Patterns
    reading_times: Patterns
    html: _HtmlSchema

    @field_validator("line_rules")
    @classmethod
    def _clutter_kinds(cls, value: dict[ZoneKind, dict[str, Patterns]]) -> dict[ZoneKind, dict[str, Patterns]]:
        if "article" in value:
            raise ValueError("'article' is no clutter kind: article lines are what is left")
        return value


def _compile(patterns: tuple[str, ...], where: str) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise ResourceError(f"{_SOURCE}: bad regular expression in '{where}': {exc}") from exc


def _label(patterns: tuple[str, ...], where: str) -> re.Pattern[str]:
    """A label at the start of a line, then its separator (``"Posted on: "``)."""
    body = _compile(patterns, where).pattern
    return re.compile(rf"(?P<label>{body})\b\s*[:\-–—]*\s*", re.IGNORECASE)


def _words(patterns: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in patterns)


@cache
def clutter_lexicon() -> ClutterLexicon:
    """The clutter lexicon shipped as ``lexicons/clutter.yaml``, compiled.

    Raises:
        ResourceError: The file is missing or malformed (the entry and field named).
    """
    data = load_lexicon("clutter.yaml", _ClutterSchema)
    rules = tuple(
        LineRule(kind, reason, _compile(patterns, f"line_rules.{kind}.{reason}"))
        for kind, reasons in data.line_rules.items()
        for reason, patterns in reasons.items()
    )
    headings = {name: _compile(getattr(data, name), name) for name in _HEADINGS}
    labels = {name: _label(getattr(data, name), name) for name in _LABELS}
    honorifics = "|".join(re.escape(word) for word in data.honorifics)
    return ClutterLexicon(
        line_rules=rules,
        **headings,
        **labels,
        honorifics=re.compile(rf"^(?:(?:{honorifics})\.?\s+)+", re.IGNORECASE),
        not_names=_words(data.not_names),
        menu_words=_words(data.menu_words),
        share_words=_words(data.share_words),
        ticker_instruments=_words(data.ticker_instruments),
        outlet_words=_words(data.outlet_words),
        caption_max_words=data.caption_max_words,
        caption_credits=re.compile(rf"(?:{_compile(data.caption_credits, 'caption_credits').pattern})$", re.IGNORECASE),
        caption_labels=_compile(data.caption_labels, "caption_labels"),
        reading_times=_compile(data.reading_times, "reading_times"),
        html=HtmlHints(tags=dict(data.html.tags), roles=dict(data.html.roles), class_words=dict(data.html.class_words)),
    )


_HEADINGS = ("teaser_headings", "teaser_links", "tag_headings", "comment_headings", "about_headings", "author_box_headings")
_LABELS = ("byline_labels", "page_date_labels", "published_labels", "updated_labels")
