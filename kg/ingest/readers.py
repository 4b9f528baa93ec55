"""Read input files (plain text, HTML, JSON Lines) into source documents.

Every problem with one input becomes an :class:`~kg.errors.InputError` naming the
file (``file:line`` for JSON Lines); the other inputs are still read.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.ingest.lexicon import HtmlHints, clutter_lexicon
from kg.records import SourceDocument, Zone

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
JSONL_FIELDS = ("url", "title", "published", "outlet", "author")


@dataclass(frozen=True)
class ReadDocument:
    """A source document and the zone hints its markup gives (HTML only)."""

    source: SourceDocument
    hints: tuple[Zone, ...] = ()


def read_inputs(paths: Sequence[str | Path]) -> tuple[list[ReadDocument], list[InputError]]:
    """Read files and folders (recursively, files sorted by path) of supported inputs.

    A single path may be passed instead of a sequence.

    Inside folders, files of other types are skipped; named explicitly, they are
    errors. A document whose id was already read is an error too.

    Returns:
        The documents in input order, and one error per unreadable file or record.
    """
    documents: list[ReadDocument] = []
    errors: list[InputError] = []
    for item in iter_inputs(paths):
        (errors if isinstance(item, InputError) else documents).append(item)  # type: ignore[arg-type]
    return documents, errors


def iter_inputs(paths: Sequence[str | Path]) -> Iterator[ReadDocument | InputError]:
    """Like :func:`read_inputs`, one file at a time: documents and errors in input order, lazily."""
    first_seen: dict[str, str] = {}
    if isinstance(paths, (str, Path)):
        paths = [paths]
    errors: list[InputError] = []
    for file in _expand(paths, errors):
        yield from errors
        errors.clear()
        try:
            items = _read_file(file)
        except InputError as error:
            yield error
            continue
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            doc_id = item.source.doc_id
            if doc_id in first_seen:
                yield InputError(
                    item.source.path,
                    f"duplicate document id {doc_id!r} (first read from {first_seen[doc_id]})",
                )
                continue
            first_seen[doc_id] = item.source.path
            yield item
    yield from errors


def _expand(paths: Sequence[str | Path], errors: list[InputError]) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif not path.exists():
            errors.append(InputError(str(path), "no such file or directory"))
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            errors.append(
                InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                )
            )
        else:
            yield path


def _decode(path: Path) -> str:
    """The file's UTF-8 text without a byte-order mark."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc.strerror}") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(str(path), f"binary file (NUL byte at byte offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start})"
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(str(path), "empty file")
    return text


def _read_file(path: Path) -> list[ReadDocument | InputError]:
    """The documents of one file; a JSON Lines file also gives one error per bad record."""
    text = _decode(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return [_read_record(f"{path}:{number}", line) for number, line in _records(text)]
    if suffix == ".txt":
        return [ReadDocument(SourceDocument(path.name, str(path), text, text))]
    return [_read_html(path, text)]


def _records(text: str) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSON Lines file with their line numbers."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def _read_record(where: str, line: str) -> ReadDocument | InputError:
    """One JSON Lines record as a document, or the error that prevents it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
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
    text = record["text"]
    return ReadDocument(SourceDocument(record["id"], where, text, text, metadata=metadata))


def _read_html(path: Path, text: str) -> ReadDocument:
    parser = _VisibleTextParser(text, clutter_lexicon().html)
    parser.feed(text)
    parser.close()
    visible, offsets, hints = parser.visible()
    if not visible.strip():
        raise InputError(str(path), "no visible text in the HTML page")
    source = SourceDocument(path.name, str(path), text, visible, offsets, parser.metadata())
    return ReadDocument(source, hints)


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
    hint: tuple[str, str] | None  # (kind, reason)
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
        self._open: list[_OpenElement] = []
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
        if tag == "title" and not self._title_done and "svg" not in self._hidden:
            self._title = []
        if tag in _HIDDEN and tag not in _VOID:
            self._hidden.append(tag)
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
        if tag in _CONTENT:
            for element in self._open:
                element.hint = None
        self._open.append(_OpenElement(tag, self._hint_for(tag, attributes), len(self._chars)))

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
            if tag == "title" and self._title is not None:
                self._title_done = True
            return
        if not any(element.tag == tag for element in self._open):
            return
        while self._open:
            element = self._open.pop()
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

    def _hint_for(self, tag: str, attributes: dict[str, str]) -> tuple[str, str] | None:
        """The clutter kind an element's tag, role, class or id gives, if any."""
        if tag in _CONTENT or any(element.hint for element in self._open):
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
