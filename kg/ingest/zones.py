"""Split a page's visible text into the article and zones of site clutter.

Scraped pages carry the site around the article: menus, logos, share boxes,
bylines, price tickers, teaser lists of other stories, comment forms. The rules
here work on lines and paragraphs, driven by ``lexicons/clutter.yaml``:

* a line that ends in a photo credit or opens with a caption label is a caption (a
  publication date opening it stays article text), and a caption label alone ("Image
  caption") takes the next line;
* one line is clutter by itself when a lexicon pattern matches it whole (a
  search box, "Share this", a comment form, "Today: <date>"), when it is made of
  share-network or menu words, or when it is a price ticker;
* some lines take their neighbours along: a byline label alone takes the next
  line (the name), a byline name takes an adjacent line repeating it, an
  "About us" heading takes its paragraph, an author-box heading its lines;
* a run of short lines with several menu words is a menu;
* a lone date line with a weekday above the headline is a header widget date;
* a teaser or comment heading after the body, when little prose follows it,
  makes the rest of the page clutter; elsewhere a teaser heading takes the short
  lines after it, and an inline "Also read: ..." line is clutter by itself;
* inside the body, a run of headline-shaped lines (short, no full stop) between
  paragraphs is a list of other stories' headlines.

HTML structure (``<nav>``, ``class="share"``, ...) arrives as hints; it turns
article text inside such elements into clutter of the hinted kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from kg.codes import ZoneKind
from kg.ingest.bylines import byline_label, byline_name, looks_like_name
from kg.ingest.lexicon import ClutterLexicon, clutter_lexicon, normalize_line, straighten
from kg.ingest.text import count_words, visible_lines
from kg.records import Zone
from kg.timex.dates import date_at, lone_date

#: Prose before a heading needed to call it the end of the article (characters).
MIN_BODY = 150
#: Lines a teaser heading inside the page takes along.
TEASER_BLOCK_LINES = 6
#: Longest line, in words, that a page-access date ("Today: ...") makes clutter.
MAX_WIDGET_WORDS = 15
#: Lines a tag-list heading takes along.
TAG_LIST_LINES = 12
#: Words of a headline of another story inside the body, and how many in a row make a list of them.
INLINE_HEADLINE_WORDS = (4, 16)
INLINE_HEADLINE_RUN = 2

_ARTICLE: tuple[ZoneKind, str] = ("article", "article text")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_TRUNCATED = re.compile(r"(\.\.\.|…|\[…\])[\"'”’)\]]*$")
_MENU_SEPARATORS = re.compile(r"\s*[|•·/»›]\s*")
_NUMBER = re.compile(r"[+\-−]?[$€£¥₽₼]?\d[\d,.]*%?|[▲▼↑↓△▽+\-−]+")
_CURRENCY_PAIR = re.compile(r"[A-Z]{3}/[A-Z]{3}")
_TICKER_FILLER = re.compile(r"[|•·]+|[$€£¥₽₼]")
_DIGIT = re.compile(r"\d")
_MENU_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_CAPTION_SENTENCE_END = re.compile(r"(?<=[a-z\d])[.!?][\"')\]]*\s+(?=[A-Z\"])")


@dataclass
class _Line:
    """One non-blank line of visible text and what the rules say about it."""

    start: int
    end: int
    text: str
    norm: str
    words: int
    prose: bool
    label: tuple[ZoneKind, str] | None = None
    role: str | None = None  # teaser_heading, comment_heading, tags, byline_open, about, author_box, caption_label
    name: str | None = None  # the name a byline states


def find_zones(visible: str, hints: Sequence[Zone] = ()) -> list[Zone]:
    """Zones covering ``visible`` from start to end, in order, without overlap.

    Args:
        visible: A document's visible text.
        hints: Spans that the markup marks as clutter (from the HTML reader).

    Returns:
        Contiguous zones; white space between lines joins the zone before it.
    """
    lexicon = clutter_lexicon()
    lines = _split_lines(visible)
    for line in lines:
        _label_line(line, lexicon)
    lines = [part for line in lines for part in _split_caption(line, lexicon)]
    _label_menus(lines, lexicon)
    headline = next(
        (i for i, line in enumerate(lines) if not line.label and line.words >= 3 and not lone_date(line.text)),
        len(lines),
    )
    for line in lines[:headline]:
        date = lone_date(line.text)
        if not line.label and date and date.weekday:
            line.label = ("page_date", "date widget above the headline")
    _label_boxes(lines)
    _label_teasers(lines, no_body_before=headline)
    _label_inline_headlines(lines)
    return _zones(visible, lines, hints)


def _split_lines(visible: str) -> list[_Line]:
    lines = []
    for start, text in visible_lines(visible):
        words = count_words(text)
        prose = words >= 40 or (
            words >= 8 and bool(_SENTENCE_END.search(text)) and not _TRUNCATED.search(text)
        )
        lines.append(_Line(start, start + len(text), text, normalize_line(text), words, prose))
    return lines


def _label_line(line: _Line, lexicon: ClutterLexicon) -> None:
    """Label a line that is clutter by itself."""
    norm = line.norm
    if not norm:
        return
    page_date = lexicon.page_date_labels.match(norm)
    if page_date and line.words <= MAX_WIDGET_WORDS and date_at(norm, page_date.end()):
        line.label = ("page_date", "page-access date")
    elif lexicon.teaser_links.match(norm):
        line.label = ("teaser", "teaser link")
    elif lexicon.tag_headings.fullmatch(norm):
        line.label, line.role = ("navigation", "tag list"), "tags"
    elif lexicon.teaser_headings.fullmatch(norm):
        line.label, line.role = ("teaser", "teaser heading"), "teaser_heading"
    elif lexicon.comment_headings.fullmatch(norm):
        line.label, line.role = ("comments", "comment heading"), "comment_heading"
    elif lexicon.author_box_headings.fullmatch(norm):
        line.label, line.role = ("byline", "author box"), "author_box"
    elif lexicon.about_headings.fullmatch(norm):
        line.label, line.role = ("about", "about box"), "about"
    elif _label_byline(line):
        return
    else:
        for rule in lexicon.line_rules:
            if rule.pattern.fullmatch(norm):
                line.label = (rule.kind, rule.reason)
                return
        if _is_share_line(norm, lexicon):
            line.label = ("share", "share buttons")
        elif _is_menu_line(norm, lexicon):
            line.label = ("navigation", "menu")
        elif _is_ticker(line.text, lexicon):
            line.label = ("ticker", "price ticker")


def _split_caption(line: _Line, lexicon: ClutterLexicon) -> list[_Line]:
    """A photo caption labelled as one; what opens its line and is not the caption stays article text:
    a publication date (``"date 2024-07-18 People run ..."``), and before a credit the sentences
    before the one it ends (a paragraph the page ran into the caption)."""
    if line.label or line.words > lexicon.caption_max_words:
        return [line]
    dated = lexicon.published_labels.match(line.text)
    date = date_at(line.text, dated.end()) if dated else None
    cut = len(line.text) - len(line.text[date.end :].lstrip()) if date else 0
    rest = straighten(line.text[cut:])
    credit = lexicon.caption_credits.search(rest)
    label = None if credit else lexicon.caption_labels.match(norm := normalize_line(rest))
    if credit:  # a sentence end right before the credit is the caption's own: the search stops at the credit
        cut += max((end.end() for end in _CAPTION_SENTENCE_END.finditer(rest, 0, credit.start())), default=0)
    elif label is None:
        return [line]
    caption = line.text[cut:]
    parts = [_Line(line.start + cut, line.end, caption, normalize_line(caption), count_words(caption), line.prose, ("caption", "photo caption"))]
    parts[0].role = "caption_label" if label and label.end() == len(norm) else None
    head = line.text[:cut].rstrip()
    if head:
        parts.insert(0, _Line(line.start, line.start + len(head), head, normalize_line(head), count_words(head), bool(_SENTENCE_END.search(head))))
    return parts


def _label_byline(line: _Line) -> bool:
    """Label "Written by: X", "Author: X", "By X" lines; ``True`` if it is one."""
    found = byline_label(line.norm)
    if found is None:
        return False
    offset, bare_by = found
    value = line.norm[offset:]
    if not value:
        line.label, line.role = ("byline", "byline label"), "byline_open"
        return True
    span = byline_name(value)
    if span is None or not looks_like_name(name := value[span[0] : span[1]]):
        return False
    if bare_by:
        single = len(name.split()) == 1
        if line.prose or (count_words(value) > 3 if single else line.words > 15):
            return False
    elif line.words > 25:
        return False
    line.label, line.name = ("byline", "byline"), name
    return True


def _is_share_line(norm: str, lexicon: ClutterLexicon) -> bool:
    tokens = [token for token in re.split(r"[\s|•·,/]+", norm.lower()) if token]
    return bool(tokens) and all(token in lexicon.share_words for token in tokens)


def _is_menu_item(text: str, lexicon: ClutterLexicon) -> bool:
    """A menu entry: a menu word or phrase, or a short name of sections with one
    ("Business & Economy")."""
    text = text.lower()
    return text in lexicon.menu_words or any(word in lexicon.menu_words for word in _MENU_WORD.findall(text))


def _is_menu_line(norm: str, lexicon: ClutterLexicon) -> bool:
    """A line of menu entries: separated ("News | World | Sport") or plain words."""
    items = [item for item in _MENU_SEPARATORS.split(norm) if item]
    if len(items) >= 2 and all(len(item.split()) <= 3 for item in items):
        return sum(_is_menu_item(item, lexicon) for item in items) >= max(1, 0.5 * len(items))
    words = norm.lower().split()
    return len(words) >= 4 and sum(word in lexicon.menu_words for word in words) >= 0.8 * len(words)


def _is_ticker(text: str, lexicon: ClutterLexicon) -> bool:
    """A line of quotes: instrument names or currency pairs, prices, arrows (between
    separators and currency signs)."""
    tokens = text.split()
    if len(tokens) > 60 or not _DIGIT.search(text):
        return False
    instruments = numbers = others = 0
    i = 0
    while i < len(tokens):
        if others > max(1, (instruments + len(tokens) - i) // 2):
            return False  # even if every token left were an instrument
        token = tokens[i].strip(",;:()")
        pair = f"{token} {tokens[i + 1].strip(',;:()')}".lower() if i + 1 < len(tokens) else ""
        if pair in lexicon.ticker_instruments:
            instruments += 1
            i += 2
            continue
        if token.lower() in lexicon.ticker_instruments or _CURRENCY_PAIR.fullmatch(token):
            instruments += 1
        elif _NUMBER.fullmatch(token):
            numbers += 1
        elif token and not _TICKER_FILLER.fullmatch(token):
            others += 1
        i += 1
    return instruments >= 1 and numbers >= 1 and others <= max(1, instruments // 2)


def _label_menus(lines: list[_Line], lexicon: ClutterLexicon) -> None:
    """Label runs of three or more short lines, half or more of them menu words."""

    def short(line: _Line) -> bool:
        return line.words <= 3 and not _SENTENCE_END.search(line.text) and (
            line.label is None or line.label[0] == "navigation"
        )

    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short(lines[j]):
            j += 1
        run = lines[i:j]
        menu_items = sum(_is_menu_item(line.norm, lexicon) for line in run)
        if len(run) >= 3 and menu_items >= max(2, len(run) / 2):
            for line in run:
                line.label = line.label or ("navigation", "menu")
        i = max(j, i + 1)


def _label_boxes(lines: list[_Line]) -> None:
    """Extend bylines, "About us" and author boxes to the lines they govern."""
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if line.role == "byline_open" and following and not following.label and _is_byline_value(following):
            following.label = ("byline", "byline name")
        elif line.name:
            for neighbour in (lines[i - 1] if i else None, following):
                if neighbour and not neighbour.label and neighbour.norm.lower() == line.name.lower():
                    neighbour.label = ("byline", "byline name")
        elif line.role == "about" and following and not following.label and following.prose:
            following.label = ("about", "about box")
        elif line.role == "tags":
            for member in lines[i + 1 : i + 1 + TAG_LIST_LINES]:
                if member.label or member.prose or member.words > 4:
                    break
                member.label = ("navigation", "tag list")
        elif line.role == "caption_label" and following and not following.label and following.words <= clutter_lexicon().caption_max_words:
            following.label = ("caption", "photo caption")
        elif line.role == "author_box":
            for member in lines[i + 1 : i + 4]:
                if member.label:
                    break
                member.label = ("byline", "author box")
                if member.prose:
                    break


def _is_byline_value(line: _Line) -> bool:
    """A line that can hold the name after a lone byline label: short, and not a
    sentence unless it opens with a name ("Dr. Jane Doe, Director, ...")."""
    if line.words > 30:
        return False
    span = byline_name(line.norm)
    return not line.prose or (span is not None and looks_like_name(line.norm[span[0] : span[1]]))


def _label_teasers(lines: list[_Line], no_body_before: int) -> None:
    """Label teaser lists and comment sections (see the module docstring)."""
    body = [len(line.text) if line.prose and not line.label else 0 for line in lines]
    before = [0, *accumulate(body)]
    votes = [0 if line.label else 1 if line.prose else -1 for line in lines]
    # prose lines minus other lines, among the unlabelled lines from each line on
    balance = [*accumulate(reversed(votes))][::-1] + [0]
    for i, line in enumerate(lines):
        if line.role not in ("teaser_heading", "comment_heading"):
            continue
        ends_body = before[i] >= MIN_BODY and (
            line.role == "comment_heading"
            or (before[-1] - before[i + 1] <= before[i] / 2 and balance[i + 1] <= 0)
        )
        if ends_body:
            _label_tail(lines[i:])
            return
        if line.role == "teaser_heading":
            _label_teaser_block(lines, i, at_top=i < no_body_before or before[i] == 0)


def _label_inline_headlines(lines: list[_Line]) -> None:
    """Label runs of other stories' headlines inside the body: after a paragraph and before another,
    two or more unlabelled short lines in a row, capitalised, with no sentence end; or one such line
    in capitals ("AT LEAST 2 DOZEN CIVILIANS KILLED BY REBELS THIS WEEK", a link to another story)."""
    body_started = False
    run: list[_Line] = []
    for line in lines:
        if line.prose and not line.label:
            if body_started and (len(run) >= INLINE_HEADLINE_RUN or (len(run) == 1 and _in_capitals(run[0]))):
                for member in run:
                    member.label = ("teaser", "headlines of other stories")
            body_started, run = True, []
        elif body_started and not line.label and _headline_shaped(line):
            run.append(line)
        else:
            run = []


def _in_capitals(line: _Line) -> bool:
    """Whether every letter of a line is a capital."""
    return line.text.upper() == line.text and any(char.isalpha() for char in line.text)


def _headline_shaped(line: _Line) -> bool:
    low, high = INLINE_HEADLINE_WORDS
    return low <= line.words <= high and line.text[:1].isupper() and not _SENTENCE_END.search(line.text) and not line.text.endswith(":")


def _label_tail(tail: list[_Line]) -> None:
    """Label every unlabelled line after the heading that ends the article by the
    latest teaser or comment heading before it."""
    label: tuple[ZoneKind, str] | None = None
    for line in tail:
        if line.role == "teaser_heading":
            label = ("teaser", "teaser list")
        elif line.role == "comment_heading":
            label = ("comments", "comment section")
        line.label = line.label or label


def _label_teaser_block(lines: list[_Line], heading: int, at_top: bool) -> None:
    """Label the short lines after a teaser heading inside the page.

    Above the article body, the last short line before the first paragraph is
    left alone: it is most likely the article's own headline.
    """
    block: list[_Line] = []
    for line in lines[heading + 1 : heading + 1 + TEASER_BLOCK_LINES]:
        if line.prose:
            if at_top:
                unlabelled = [member for member in block if not member.label]
                if unlabelled:
                    block.remove(unlabelled[-1])
            break
        block.append(line)
    for line in block:
        line.label = line.label or ("teaser", "teaser list")


def _zones(visible: str, lines: list[_Line], hints: Sequence[Zone]) -> list[Zone]:
    """Paint line labels (white space after a line joins it), then hints over
    article text, and merge equal neighbours."""
    index = {_ARTICLE: 0}
    paint = [0] * len(visible)
    bounds = {0}
    for number, line in enumerate(lines):
        start = line.start if number else 0
        end = lines[number + 1].start if number + 1 < len(lines) else len(visible)
        paint[start:end] = [index.setdefault(line.label or _ARTICLE, len(index))] * (end - start)
        bounds.add(start)
    for hint in hints:
        start, end = max(hint.start, 0), min(hint.end, len(visible))
        number = index.setdefault((hint.kind, hint.reason), len(index))
        paint[start:end] = [number if label == 0 else label for label in paint[start:end]]
        bounds.update((start, end))
    kinds = list(index)
    zones: list[Zone] = []
    for bound in sorted(bounds - {len(visible)}):
        kind, reason = kinds[paint[bound]]
        if zones and (zones[-1].kind, zones[-1].reason) == (kind, reason):
            continue
        if zones:
            zones[-1] = Zone(zones[-1].start, bound, zones[-1].kind, zones[-1].reason)
        zones.append(Zone(bound, len(visible), kind, reason))
    return zones
