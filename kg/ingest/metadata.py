"""Read a document's title, publication date, author and outlet.

Metadata given with the input (JSON Lines fields, HTML ``<title>`` and
``<meta>``) wins; otherwise it is read from the text of article and byline
zones, never from other clutter (a page-access date is not a publication date).

Publication dates, best first: a labelled date ("Published: ...", "Posted on
...", "date 2023-09-21", or the label alone above the date: "Date" / "2016.11.29 /
15:12"); a date in a byline ("By Jane Roe | 3 May 2023"); a date line under the
headline ("3 May 2023 · 4 min read", "03.05.2023 [18:07]"); a date
opening the first paragraph ("September 20, 2023: ..."); a dateline ("BAKU, Sept.
21.", "SOFIA, MAY 3, BTA.") with the year taken from the years the document
states; a date with a clock time alone above the headline ("18:42, 21 September
2023"); an update date ("Updated 3:47 PM EDT, May 3, 2023"); last, a full date
alone on the line right above the headline ("Sunday, August 6, 2023", as blogs and
wire pages print it, even where the zones drop it as a header widget).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.ingest.bylines import byline_label, byline_name, looks_like_name
from kg.ingest.genre import section_words
from kg.ingest.lexicon import ClutterLexicon, clutter_lexicon
from kg.ingest.text import count_words, unwrapped, visible_lines
from kg.records import DocumentMetadata, SourceDocument, Zone
from kg.timex.dates import (
    DateMatch,
    date_at,
    dateline_at,
    dateline_places,
    find_dates,
    find_periods,
    lone_date,
    named_weekdays,
    parse_date,
    starts_span,
)

#: Lines after the headline searched for its date line.
DATE_LINE_WINDOW = 3
#: Longest headline, in words.
MAX_HEADLINE_WORDS = 30
#: Characters at the start of the first paragraph searched for a dateline.
DATELINE_REACH = 150
#: Longest line under the headline that can be its date line, in words.
MAX_DATE_LINE_WORDS = 15
#: Years after the latest year a document states (as a bare year only) that the
#: weekday its dateline sentence names ("said on Tuesday") may place the dateline in.
WEEKDAY_YEAR_REACH = 6

_LABEL_POSITIONS = re.compile(r"[|•·;]\s*|\s[–—-]\s+")
_AFTER_OPENING_DATE = re.compile(r"\s*(?:[:|(,]|[-–—]\s)")
#: A year run into the capitalised word after it, where a scraper dropped the line break between a page's
#: date line and the lead ("September 30, 2023More than 100,000 refugees ...").
_YEAR_RUN_INTO_WORD = re.compile(r"[^\n]{0,30}?\b(?:1[89]|20)\d\d(?=[A-Z][a-z])")
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::)\s+")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_FULL_STOP = re.compile(r"\.[\"'”’)]*$")
_DOMAIN = re.compile(r"\w\.[a-z]{2,6}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@dataclass(frozen=True)
class _Piece:
    """A line of visible text inside one zone."""

    start: int
    text: str
    kind: str

    @property
    def words(self) -> int:
        return count_words(self.text)


def read_metadata(source: SourceDocument, zones: Sequence[Zone]) -> DocumentMetadata:
    """The metadata of one document.

    Args:
        source: The document as read.
        zones: Its zones (from :func:`kg.ingest.zones.find_zones`).
    """
    lexicon = clutter_lexicon()
    given = source.metadata
    pieces = _pieces(source.visible, zones)
    text_pieces = [piece for piece in pieces if piece.kind in ("article", "byline")]
    first = next(
        (
            i
            for i, piece in enumerate(text_pieces)
            if piece.kind == "article" and piece.words >= 3 and not lone_date(piece.text)
        ),
        None,
    )
    headline = first if first is not None and not _is_paragraph(text_pieces[first]) else None
    title = given.get("title")
    if title is None and headline is not None:
        title = " ".join(text_pieces[headline].text.split())
    title, suffix_outlet = _split_outlet(title, given.get("outlet"), lexicon)

    published, published_span = None, None
    if "published" in given:
        published = parse_date(given["published"])
    if published is None:
        published, published_span = _published(text_pieces, headline, lexicon)
    if published is None and headline is not None:
        published, published_span = _date_line_above(pieces, text_pieces[headline], source.visible) or (None, None)

    author, author_span = given.get("author"), None
    if author is None:
        author, author_span = _author(pieces)
    if author is None and headline is not None:
        author, author_span = _name_line_under_headline(text_pieces, headline)

    return DocumentMetadata(
        title=title,
        published=published,
        published_span=published_span,
        author=author,
        author_span=author_span,
        outlet=given.get("outlet") or suffix_outlet,
        url=given.get("url"),
    )


def _pieces(visible: str, zones: Sequence[Zone]) -> list[_Piece]:
    """The lines of each zone, the line breaks that only hard-wrap a sentence read as spaces (as the analysis reads
    them): a wrapped lede's line is no date line under the headline ("... captured the\ntown on 3 March 2025, ...")."""
    joined = unwrapped(visible)
    return [_Piece(start, text, zone.kind) for zone in zones for start, text in visible_lines(joined[zone.start : zone.end], zone.start)]


def _is_paragraph(piece: _Piece) -> bool:
    """Body text rather than a headline or a date line: long, or a sentence ending in a full stop."""
    return piece.words > MAX_HEADLINE_WORDS or (piece.words >= 8 and _FULL_STOP.search(piece.text) is not None)


def _split_outlet(
    title: str | None, outlet: str | None, lexicon: ClutterLexicon
) -> tuple[str | None, str | None]:
    """Cut an outlet's name off the end of a title (``"... – The Moscow Times"``)."""
    if not title:
        return title, None
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title, None
    last = separators[-1]
    head, tail = title[: last.start()].strip(), title[last.end() :].strip()
    tail_words = tail.split()
    is_outlet = (
        (outlet is not None and tail.casefold() == outlet.casefold())
        or _DOMAIN.search(tail) is not None
        or any(word.lower().strip(".,") in lexicon.outlet_words for word in tail_words)
    )
    if not is_outlet or len(tail_words) > 6 or len(head.split()) < 3 or not tail[0].isupper():
        return title, None
    return head, tail


def _published(
    pieces: list[_Piece], headline: int | None, lexicon: ClutterLexicon
) -> tuple[str | None, tuple[int, int] | None]:
    """The publication date the text states, and the span of that statement."""
    found = (
        _first_labelled_date(pieces, lexicon.published_labels)
        or _byline_date(pieces, lexicon)
        or _unlabelled_date(pieces, headline, lexicon)
        or _timestamp_above(pieces, headline)
        or _first_labelled_date(pieces, lexicon.updated_labels)
    )
    return found or (None, None)


def _first_labelled_date(pieces: list[_Piece], labels: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    for i, piece in enumerate(pieces):
        hit = _labelled_date(piece, labels) or (_date_under_label(piece, pieces[i + 1], labels) if i + 1 < len(pieces) else None)
        if hit is not None:
            return hit
    return None


def _date_under_label(piece: _Piece, after: _Piece, labels: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    """A date alone on the line after a label alone on its line ("Date" / "2016.11.29 / 15:12", "Published" /
    "November 25, 2022")."""
    label = labels.fullmatch(piece.text.strip().rstrip(":").strip())
    date = lone_date(after.text) if label else None
    return (date.iso, (piece.start, after.start + date.end)) if date is not None and date.iso else None


def _labelled_date(piece: _Piece, labels: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    """A date after a label at the start of a line or after a separator."""
    for position in [0] + [m.end() for m in _LABEL_POSITIONS.finditer(piece.text)]:
        label = labels.match(piece.text, position)
        date = date_at(piece.text, label.end()) if label else None
        if label and date and date.iso:
            return date.iso, (piece.start + position, piece.start + date.end)
    return None


def _byline_date(pieces: list[_Piece], lexicon: ClutterLexicon) -> tuple[str, tuple[int, int]] | None:
    """A full date in a short byline line ("By Jane Roe | 3 May 2023"), unless
    labelled an update or after "since" ("Staff writer since 4 May 2019")."""
    for piece in pieces:
        short_byline = piece.kind == "byline" and piece.words <= MAX_DATE_LINE_WORDS
        date = _plain_date(piece, lexicon) if short_byline else None
        if date is not None:
            return _statement(piece, date)
    return None


def _plain_date(piece: _Piece, lexicon: ClutterLexicon) -> DateMatch | None:
    """The first full date of a line not labelled an update ("| Updated ...") nor starting a span ("since")."""
    for date in find_dates(piece.text):
        before = _LABEL_POSITIONS.split(piece.text[: date.start])[-1]
        if date.iso and not lexicon.updated_labels.search(before) and not starts_span(before):
            return date
    return None


def _unlabelled_date(
    pieces: list[_Piece], headline: int | None, lexicon: ClutterLexicon
) -> tuple[str, tuple[int, int]] | None:
    """A date line under the headline (also below a standfirst: "Headline / One-sentence
    summary. / 19 September, 2024"), an opening date, or a dateline."""
    start = 0 if headline is None else headline + 1
    for piece in pieces[start : start + DATE_LINE_WINDOW]:
        if _is_paragraph(piece) or piece.words > MAX_DATE_LINE_WORDS:
            break
        date = _plain_date(piece, lexicon)
        if date is not None:
            return _statement(piece, date)
    for i, piece in enumerate(pieces[start:]):
        if _is_paragraph(piece) and not (i == 0 and headline is not None):
            break
        date = _date_line(piece)
        if date is not None:
            return _statement(piece, date)
    body = next((piece for piece in pieces[start:] if piece.kind == "article" and piece.words >= 8), None)
    if body is None:
        return None
    opening = date_at(body.text, 0)
    if opening and _AFTER_OPENING_DATE.match(body.text, opening.end):
        return _statement(body, opening)
    run_in = _date_run_into_lead(body.text)
    if run_in is not None:
        return _statement(body, run_in)
    return _dateline(body, pieces)


def _date_run_into_lead(text: str) -> DateMatch | None:
    """A full date opening the body and run into its first word, the line break between them lost."""
    glued = _YEAR_RUN_INTO_WORD.match(text)
    date = date_at(text[: glued.end()], 0) if glued else None
    return date if date is not None and date.iso and glued is not None and date.end == glued.end() else None


def _date_line(piece: _Piece) -> DateMatch | None:
    """The date of a line that is a date and nothing more but a time and a reading
    time ("03.05.2023 [18:07]", "May 3, 2023 · 4 min read")."""
    text = clutter_lexicon().reading_times.sub(lambda match: " " * len(match.group()), piece.text)
    return lone_date(text)


def _dateline(body: _Piece, pieces: list[_Piece]) -> tuple[str, tuple[int, int]] | None:
    """The date of a dateline opening the body ("BAKU, Sept. 21.", "Yerevan, 21
    September 2023 (Agency) -", "SOFIA, MAY 3, BTA."); without a year, the year
    :func:`_dateline_year` gives."""
    for start in dateline_places(body.text[:DATELINE_REACH]):
        dateline = dateline_at(body.text, start)
        if dateline is None or not (dateline.capitals or start == 0):
            continue
        date = dateline.date
        if not (dateline.capitals or date.year or dateline.agency) or not dateline.closed:
            continue
        if date.year is None:
            sentence = body.text[date.end :]
            end = _SENTENCE_END.search(sentence)
            year = _dateline_year(date, pieces, named_weekdays(sentence[: end.start() if end else None]))
            return _statement(body, date, year=year) if year is not None else None
        return _statement(body, date)
    return None


def _dateline_year(date: DateMatch, pieces: list[_Piece], weekdays: list[int]) -> int | None:
    """The year of a dateline written without one: the latest year the document
    states, or a later one when a date it states after "since" ("since December 12,
    2022") would otherwise be in the future; when that latest year is only a bare
    year ("in 2020", mostly background), the first year from it in which the dateline
    falls on the weekday its sentence names ("said on Tuesday"). ``None`` when the
    document states no year."""
    periods = [(piece, period) for piece in pieces for period in find_periods(piece.text)]
    if not periods:
        return None
    latest = max(period.first_day.year for _, period in periods)
    bare = all(period.precision == "year" for _, period in periods if period.first_day.year == latest)
    since = [
        period.first_day.isoformat()
        for piece, period in periods
        if starts_span(piece.text[max(0, period.start - 12) : period.start])
    ]
    years = [
        year
        for year in range(latest, latest + WEEKDAY_YEAR_REACH + 1)
        if (iso := date.in_year(year)) is not None and all(iso >= bound for bound in since)
    ]
    if not years:
        return None
    if bare and weekdays:
        weekday = weekdays[0]
        return next((y for y in years if datetime.date(y, date.month, date.day).weekday() == weekday), years[0])
    return years[0]


def _timestamp_above(pieces: list[_Piece], headline: int | None) -> tuple[str, tuple[int, int]] | None:
    """A lone date with a clock time above the headline ("18:42, 21 September 2023"), or
    a full date alone on the page's first line ("4 October 2023" above the headline)."""
    for i, piece in reversed(list(enumerate(pieces[: headline or 0]))):
        date = lone_date(piece.text)
        if date and (_CLOCK.search(piece.text) or (i == 0 and date.iso)):
            return _statement(piece, date)
    return None


def _date_line_above(pieces: list[_Piece], headline: _Piece, visible: str) -> tuple[str, tuple[int, int]] | None:
    """A full date alone on the line right above the headline, a blank line between them: a blog's or a wire
    page's date line ("Sunday, August 6, 2023" / headline, which the zones drop as a header widget; "AFP" /
    "December 27, 2018" / headline). A widget dropped by the zones counts only with its weekday written in full and
    no clock time: header clocks print it short or with the time ("Wed. Jul 3rd, 2024", "Wednesday, 3 July 2024 |
    10:15"). A widget run into the header's next line ("Sunday, March 26, 2023" / "HomeNews..."), one further up
    (menus between it and the headline) or a labelled one ("Today is ...") is no publication date: it is the day
    the page was viewed."""
    i = pieces.index(headline)
    above = pieces[i - 1] if i > 0 else None
    date = lone_date(above.text) if above is not None else None
    if above is None or date is None or not date.iso or "\n\n" not in visible[above.start + len(above.text) : headline.start]:
        return None
    readable = above.kind in ("article", "byline") or (
        above.kind == "page_date" and bool(named_weekdays(above.text)) and not _CLOCK.search(above.text)
    )
    return _statement(above, date) if readable else None


def _statement(
    piece: _Piece, date: DateMatch, year: int | None = None
) -> tuple[str, tuple[int, int]] | None:
    """The ISO date of a date found in a piece (in ``year`` if given) and its span."""
    iso = date.in_year(year) if year is not None else date.iso
    return (iso, (piece.start + date.start, piece.start + date.end)) if iso else None


def _author(pieces: list[_Piece]) -> tuple[str | None, tuple[int, int] | None]:
    """The first name a byline zone states after a label ("By", "Written by:"),
    else a byline line that is a name and nothing more."""
    bylines = [piece for piece in pieces if piece.kind == "byline"]
    candidates: list[tuple[_Piece, int]] = []
    for i, piece in enumerate(bylines):
        label = byline_label(piece.text)
        if label and label[0] < len(piece.text):
            candidates.append((piece, label[0]))
        elif label and i + 1 < len(bylines):
            candidates.append((bylines[i + 1], 0))
    for piece, offset in candidates:
        span = byline_name(piece.text[offset:])
        if span is not None:
            return _name(piece, offset + span[0], offset + span[1])
    for piece in bylines:
        if byline_name(piece.text) == (0, len(piece.text)) and looks_like_name(piece.text):
            return _name(piece, 0, len(piece.text))
    return None, None


def _name_line_under_headline(pieces: list[_Piece], headline: int) -> tuple[str | None, tuple[int, int] | None]:
    """A line that is only a person's name, between the headline and the first paragraph
    (bylines without "By", as opinion pages print them)."""
    for piece in pieces[headline + 1 :]:
        if _is_paragraph(piece):
            break
        words = piece.text.split()
        if (
            2 <= len(words) <= 4
            and not {word.lower().strip(".,") for word in words} & section_words()
            and byline_name(piece.text) == (0, len(piece.text))
            and looks_like_name(piece.text)
        ):
            return _name(piece, 0, len(piece.text))
    return None, None


def _name(piece: _Piece, start: int, end: int) -> tuple[str, tuple[int, int]]:
    return piece.text[start:end], (piece.start + start, piece.start + end)
