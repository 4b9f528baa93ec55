"""Read input files (plain text, HTML, JSON Lines) into source documents.

Every problem with one input becomes an :class:`~kg.errors.InputError` naming the
file (``file:line`` for JSON Lines); the other inputs are still read. Which files
are read and how their bytes are decoded is ``kg.ingest.files``' job.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.codes import ZoneKind
from kg.errors import InputError
from kg.ingest.files import InputFile, LineSpan, find_inputs, read_lines, read_text
from kg.ingest.lexicon import HtmlHints, clutter_lexicon
from kg.records import SourceDocument, Zone

JSONL_FIELDS = ("url", "title", "published", "outlet", "author")
#: The longest document text analysed, in characters (``kg build --max-chars``):
#: spaCy's own limit (``nlp.max_length``), about 150 pages of prose.
DEFAULT_MAX_CHARS = 1_000_000
#: Raw HTML may hold this many characters of markup, scripts and styles per
#: character of ``max_chars``; the limit applies to its visible text.
HTML_MARKUP_FACTOR = 10
#: JSON spends at most 12 characters on one character of text (an escaped surrogate
#: pair); a JSON Lines line may hold this many per character of ``max_chars``.
JSON_CHARS_PER_CHAR = 12
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ReadDocument:
    """A source document and the zone hints its markup gives (HTML only)."""

    source: SourceDocument
    hints: tuple[Zone, ...] = ()


def read_inputs(
    paths: str | Path | Sequence[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> tuple[list[ReadDocument], list[InputError]]:
    """Every document and error of :func:`iter_inputs`, in two lists."""
    documents: list[ReadDocument] = []
    errors: list[InputError] = []
    for item in iter_inputs(paths, max_chars=max_chars, follow_symlinks=follow_symlinks):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            documents.append(item)
    return documents, errors


def iter_inputs(
    paths: str | Path | Sequence[str | Path],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    follow_symlinks: bool = False,
) -> Iterator[ReadDocument | InputError]:
    """Read files and folders (recursively, files sorted by path) of supported inputs, one file at a time.

    A document id is the file's path relative to the folder given (its name when
    the file itself is given), or a JSON Lines record's ``id``; an id read twice
    is an error.

    Args:
        paths: Files and folders, or a single path.
        max_chars: The longest document text, in characters (of an HTML page: its visible text).
        follow_symlinks: Also follow symbolic links that leave a folder given.

    Yields:
        The documents in input order, and one error per unreadable path, file or record
        (the paths that cannot be used first).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files, errors = find_inputs(paths, follow_symlinks)
    yield from errors
    yield from read_files(files, max_chars=max_chars)


def read_files(files: Iterable[InputFile], *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[ReadDocument | InputError]:
    """Read input files already found (see :func:`iter_inputs`), in order; an id read twice is an error."""
    first_seen: dict[str, str] = {}
    for file in files:
        try:
            for item in _read_file(file, max_chars):
                if isinstance(item, InputError):
                    yield item
                elif item.source.doc_id in first_seen:
                    doc_id = item.source.doc_id
                    yield InputError(item.source.path, f"duplicate document id {doc_id!r} (first read from {first_seen[doc_id]})")
                else:
                    first_seen[item.source.doc_id] = item.source.path
                    yield item
        except InputError as error:
            yield error
        except Exception as error:  # a reader bug or a resource failure on one file must not lose the others
            yield InputError(str(file.path), f"cannot be read ({type(error).__name__}: {error})")


def _read_file(file: InputFile, max_chars: int) -> Iterator[ReadDocument | InputError]:
    """The documents of one file; a JSON Lines file also gives one error per bad record, record by record."""
    suffix = file.path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(file.path, max_chars, file.lines)
    elif suffix == ".txt":
        text = read_text(file.path, max_chars, f"--max-chars {max_chars:,}")
        visible = " " + text[1:] if text.startswith("\ufeff") else text
        yield ReadDocument(SourceDocument(file.doc_id, str(file.path), text, visible))
    else:
        raw_limit = f"{HTML_MARKUP_FACTOR} × --max-chars {max_chars:,} for raw HTML"
        yield _read_html(file, read_text(file.path, HTML_MARKUP_FACTOR * max_chars, raw_limit), max_chars)


def _read_jsonl(path: Path, max_chars: int, span: LineSpan | None = None) -> Iterator[ReadDocument | InputError]:
    """Each non-blank line of a JSON Lines file (or of its ``span``) as a document or the error that prevents it."""
    for number, line in read_lines(path, JSON_CHARS_PER_CHAR * max_chars, span):
        where = f"{path}:{number}"
        try:
            yield line if isinstance(line, InputError) else _read_record(where, line, max_chars)
        except MemoryError:
            yield InputError(where, "record too large to hold in memory")


def _read_record(where: str, line: str, max_chars: int) -> ReadDocument | InputError:
    """One JSON Lines record as a document, or the error that prevents it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return InputError(where, "JSON nested too deeply (a record is one flat object)")
    except ValueError:  # Python refuses to convert an integer of more digits than its limit
        return InputError(where, f"invalid JSON: an integer of more than {sys.get_int_max_str_digits():,} digits")
    if not isinstance(record, dict):
        return InputError(where, "a record must be a JSON object")
    for required in ("id", "text"):
        value = record.get(required)
        if not isinstance(value, str) or not value.strip():
            problem = "is missing" if value is None else "must be a non-empty string"
            return InputError(where, f"field {required!r} {problem}")
    metadata = {}
    for name in JSONL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return InputError(where, f"field {name!r} must be a string, not {type(value).__name__}")
        if value and value.strip():
            metadata[name] = value.strip()
    for name in ("id", "text", *metadata):
        surrogate = _SURROGATE.search(record[name])
        if surrogate:
            return InputError(
                where,
                f"field {name!r} is not valid Unicode: lone surrogate U+{ord(surrogate.group()):04X} "
                f"at character {surrogate.start()}",
            )
    text = record["text"]
    if len(text) > max_chars:
        return InputError(where, f"too long: field 'text' has {len(text):,} characters, more than --max-chars {max_chars:,}")
    return ReadDocument(SourceDocument(record["id"], where, text, text, metadata=metadata))


def _read_html(file: InputFile, text: str, max_chars: int) -> ReadDocument:
    path = str(file.path)
    parsed = _parseable(text)
    parser = _VisibleTextParser(parsed, clutter_lexicon().html)
    parser.feed(parsed)
    parser.close()
    visible, offsets, hints = parser.visible()
    if not visible.strip():
        raise InputError(path, "no visible text in the HTML page")
    if len(visible) > max_chars:
        raise InputError(path, f"too long: {len(visible):,} characters of visible text, more than --max-chars {max_chars:,}")
    source = SourceDocument(file.doc_id, path, text, visible, offsets, parser.metadata())
    return ReadDocument(source, hints)


#: Markup openers as Python's HTMLParser tells them apart (a marked section with its keyword).
_OPENER = re.compile(r"<(?:!--|!\[(?P<section>[a-zA-Z][-_.a-zA-Z0-9]*)?|[!/?a-zA-Z])")
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_ENDS = {
    **dict.fromkeys(("temp", "cdata", "ignore", "include", "rcdata"), re.compile(r"]\s*]\s*>")),
    **dict.fromkeys(("if", "else", "endif"), re.compile(r"]\s*>")),
}


def _parseable(raw: str) -> str:
    """The page as given to the HTML parser: same length, with a byte-order mark and
    every markup opener that nothing closes blanked to a space.

    Python's HTMLParser searches the rest of the page for the end of each opener
    (``<!--``, ``</``, ``<?``, ``<![``, ``<a``) and, when none follows, treats it as
    text and moves on: a page of such openers takes quadratic time (CPython issue
    135462, fixed only in later patch releases). Its ``<![`` with an unknown
    keyword raises AssertionError. Blanked, such an opener is text, as it would be
    anyway, and no Python version sees it differently.
    """
    last: dict[re.Pattern[str], int] = {}

    def last_start(pattern: re.Pattern[str]) -> int:
        if pattern not in last:
            last[pattern] = max((m.start() for m in pattern.finditer(raw)), default=-1)
        return last[pattern]

    last_gt = raw.rfind(">")
    chars = list(raw)
    if raw.startswith("\ufeff"):
        chars[0] = " "
    for opener in _OPENER.finditer(raw):
        start, end = opener.span()
        if raw.startswith("<!--", start):
            closed = last_start(_COMMENT_END) >= start + 4
        elif raw.startswith("<![", start):
            section = (opener.group("section") or "").lower()
            closed = section in _SECTION_ENDS and last_start(_SECTION_ENDS[section]) >= start + 3
        else:
            closed = last_gt > start
        if not closed:
            chars[start] = " "
    return "".join(chars)


#: Elements whose content is never shown.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
#: Elements that start and end a paragraph of visible text.
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd article section header footer nav aside main "
    "tr table thead tbody tfoot blockquote pre figure figcaption form fieldset address details "
    "summary body html".split()
)
_CELLS = frozenset({"td", "th"})
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
#: Elements that contain the article itself: never clutter hints, and a hint
#: element that contains one of them is not clutter either.
_CONTENT = frozenset({"html", "body", "main", "article", "h1"})
#: ``<meta>`` names and properties, with the metadata field each gives (best first).
_META = (
    ("article:published_time", "published"),
    ("datepublished", "published"),
    ("og:published_time", "published"),
    ("publish-date", "published"),
    ("pubdate", "published"),
    ("date", "published"),
    ("dc.date", "published"),
    ("author", "author"),
    ("og:site_name", "outlet"),
    ("og:title", "title"),
    ("og:url", "url"),
)
_HTML_SPACE = re.compile(r"[^ \t\n\r\f]+")
_WORD_BOUNDARY = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


@dataclass
class _OpenElement:
    tag: str
    hint: tuple[ZoneKind, str] | None  # (kind, reason)
    start: int  # visible offset where it began


class _VisibleTextParser(HTMLParser):
    """Collects the visible text of a page, each character with its raw offset,
    plus metadata and the visible spans of clutter elements."""

    def __init__(self, raw: str, hints: HtmlHints) -> None:
        super().__init__(convert_charrefs=False)
        self._raw = raw
        self._hint_table = hints
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self._chars: list[str] = []
        self._offsets: list[int] = []
        self._space_at: int | None = None
        self._hidden: list[str] = []
        self._svg = 0  # how many of the hidden elements are <svg> (a list scan per tag was quadratic)
        self._open: list[_OpenElement] = []
        self._open_count: Counter[str] = Counter()  # open elements by tag
        self._hinted: _OpenElement | None = None  # the one open element with a clutter hint
        self._hints: list[Zone] = []
        self._title: list[str] | None = None
        self._title_done = False
        self._meta: dict[str, str] = {}
        self._preformatted = 0

    # -- results -----------------------------------------------------------

    def visible(self) -> tuple[str, tuple[int, ...], tuple[Zone, ...]]:
        """The visible text, the raw offset of each of its characters, and the
        visible spans of clutter elements."""
        size = len(self._chars)
        while size and self._chars[size - 1].isspace():
            size -= 1
        hints = tuple(
            Zone(h.start, min(h.end, size), h.kind, h.reason) for h in self._hints if h.start < size
        )
        return "".join(self._chars[:size]), tuple(self._offsets[:size]), hints

    def metadata(self) -> dict[str, str]:
        """Title, date, author, outlet and URL the markup states."""
        found: dict[str, str] = {}
        for key, field_name in _META:
            if key in self._meta and field_name not in found:
                found[field_name] = self._meta[key]
        title = " ".join("".join(self._title or ()).split())
        if title:
            found["title"] = title
        return found

    # -- parser callbacks --------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._meta.setdefault("og:url", attributes.get("href", "").strip())
        if tag == "body" and self._hidden == ["head"]:
            self._hidden.pop()
        if tag == "title" and not self._title_done and not self._svg:
            self._title = []
        if tag in _HIDDEN and tag not in _VOID:
            self._hidden.append(tag)
            self._svg += tag == "svg"
        if self._hidden or tag in _VOID:
            if tag == "br" and not self._hidden:
                self._newline(self._position(), 1)
            elif tag == "hr" and not self._hidden:
                self._newline(self._position(), 2)
            return
        if tag in _BLOCKS:
            self._newline(self._position(), 2)
        elif tag in _CELLS:
            self._space(self._position())
        if tag == "pre":
            self._preformatted += 1
        if tag in _CONTENT and self._hinted is not None:
            self._hinted.hint = None
            self._hinted = None
        element = _OpenElement(tag, self._hint_for(tag, attributes), len(self._chars))
        if element.hint is not None:
            self._hinted = element
        self._open.append(element)
        self._open_count[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag == self._hidden[-1]:
                self._svg -= self._hidden.pop() == "svg"
            if tag == "title" and self._title is not None:
                self._title_done = True
            return
        if not self._open_count[tag]:
            return
        while self._open:
            element = self._open.pop()
            self._open_count[element.tag] -= 1
            if element is self._hinted:
                self._hinted = None
            if element.hint and len(self._chars) > element.start:
                kind, reason = element.hint
                self._hints.append(Zone(element.start, len(self._chars), kind, reason))
            if element.tag == "pre":
                self._preformatted -= 1
            if element.tag == tag:
                break
        if tag in _BLOCKS:
            self._newline(self._position(), 2)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            if self._title is not None and not self._title_done:
                self._title.append(data)
            return
        position = self._position()
        if not self._raw.startswith(data, position):  # never expected; keep offsets true anyway
            found = self._raw.find(data, position)
            position = found if found >= 0 else position
        if self._preformatted:
            self._emit(data, range(position, position + len(data)))
            return
        cursor = 0
        for word in _HTML_SPACE.finditer(data):
            if word.start() > cursor:
                self._space(position + cursor)
            self._emit(word.group(), range(position + word.start(), position + word.end()))
            cursor = word.end()
        if cursor < len(data):
            self._space(position + cursor)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    # -- helpers -----------------------------------------------------------

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _reference(self, written: str) -> None:
        """Emit a character reference; its characters map to its ``&``."""
        position = self._position()
        if self._raw.startswith(";", position + len(written)):
            written += ";"
        decoded = html.unescape(written)
        if self._hidden:
            if self._title is not None and not self._title_done:
                self._title.append(decoded)
            return
        if decoded == written:  # not a known reference: plain text
            self.handle_data(written)
        elif not decoded.strip(" \t\n\r\f") and not self._preformatted:
            self._space(position)
        else:
            self._emit(decoded, [position] * len(decoded))

    def _emit(self, text: str, offsets: Sequence[int]) -> None:
        if self._space_at is not None and self._chars and self._chars[-1] != "\n":
            self._chars.append(" ")
            self._offsets.append(self._space_at)
        self._space_at = None
        self._chars.extend(text)
        self._offsets.extend(offsets)

    def _space(self, position: int) -> None:
        if self._space_at is None:
            self._space_at = position

    def _newline(self, position: int, wanted: int) -> None:
        """End the current line; ``wanted=2`` leaves a blank line (a paragraph break)."""
        self._space_at = None
        if not self._chars:
            return
        trailing = 2 if self._chars[-2:] == ["\n", "\n"] else int(self._chars[-1] == "\n")
        added = 2 - trailing if wanted == 2 else int(trailing < 2)
        self._chars.extend("\n" * added)
        self._offsets.extend([position] * added)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = attributes.get("content", "").strip()
        if key and content:
            self._meta.setdefault(key, content)

    def _hint_for(self, tag: str, attributes: dict[str, str]) -> tuple[ZoneKind, str] | None:
        """The clutter kind an element's tag, role, class or id gives, if any."""
        if tag in _CONTENT or self._hinted is not None:
            return None
        table = self._hint_table
        if tag in table.tags:
            return table.tags[tag], f"html <{tag}>"
        role = attributes.get("role", "").lower()
        if role in table.roles:
            return table.roles[role], f"html role={role}"
        for attribute in ("class", "id"):
            for word in _WORD_BOUNDARY.split(attributes.get(attribute, "")):
                word = word.lower()
                kind = table.class_words.get(word) or table.class_words.get(word.removesuffix("s"))
                if kind:
                    return kind, f"html {attribute} {word!r}"
        return None
