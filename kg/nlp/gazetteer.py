"""The gazetteer: known actors and places, their aliases, demonyms and descriptive patterns.

Data: gazetteer files in TSV (one entry a row) and ``lexicons/entity_patterns.jsonl``
(spaCy token patterns for descriptive references such as "the Russian peacekeepers"; a
pattern with ``in_document`` words holds only in a document that contains one of them).

A gazetteer TSV starts with a header naming its columns: the required
``id label qid kind aliases stands_for part_of`` in this order, then any of the
optional ``demonyms`` (adjectival forms and demonyms of a state, e.g. ``Thai;Thais``),
``lat`` and ``lon`` (decimal degrees of a place), in this order. ``aliases`` and
``demonyms`` are separated by semicolons; ``stands_for`` and ``part_of`` name the id
of another entry (the state a capital stands for, the state a ministry belongs to).

Several files are layered: the shipped world file (when present), the shipped domain
file ``lexicons/gazetteer.tsv``, then user files (``kg build --gazetteer``); a later
file's row replaces an earlier row of the same id, except that its empty cells keep the
earlier row's values (a domain row without a QID keeps the world row's cited QID).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, get_args

from kg.errors import ResourceError
from kg.nlp.templates import Template, read_template
from kg.records import ENTITY_KINDS, Entity, EntityKind
from kg.resources import data_dir, read_text
from kg.words import shared_words

REQUIRED_COLUMNS = ("id", "label", "qid", "kind", "aliases", "stands_for", "part_of")
OPTIONAL_COLUMNS = ("demonyms", "lat", "lon", "located_in", "namesakes_in")
#: The shipped gazetteer files, bottom layer first (the world file is optional).
SHIPPED_FILES = ("world_gazetteer.tsv", "gazetteer.tsv")
PATTERNS_FILE = "entity_patterns.jsonl"
#: A pattern's optional list of words one of which the document must contain for the pattern to
#: hold ("separatist forces" are the Karabakh forces only where Karabakh is named).
IN_DOCUMENT = "in_document"

#: The spaCy entity label a gazetteer match gets, by entity kind.
SPACY_LABEL_BY_KIND: dict[EntityKind, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "armed_group": "ORG",
    "state": "GPE",
    "place": "LOC",
}

_LEADING_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")
_QID = re.compile(r"^Q[1-9]\d*$")
_INNER_HYPHEN = re.compile(r"(?<=\w)- ?(?=\w)")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})  # right single quotation mark, modifier letter apostrophe


def is_qid(text: str) -> bool:
    """Whether ``text`` is a Wikidata item id: Q and a number ("Q869")."""
    return _QID.match(text) is not None


def plain_apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes (’ and ʼ) written as the ASCII one ("N’Djamena" -> "N'Djamena")."""
    return text.translate(_APOSTROPHES)


def normalise_name(text: str) -> str:
    """Lower-case, fold white space, hyphen and apostrophe variants: the form names are compared in."""
    text = plain_apostrophes(text.replace("‐", "-").replace("–", "-"))
    return _SPACES.sub(" ", text).strip().lower()


def unaccented(name: str) -> str:
    """A name without its accents and diacritics ("Nouméa" -> "Noumea"), case kept."""
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _lookup_key(name: str) -> str:
    return normalise_name(strip_name(name)).replace(" of the ", " of ")


def _unhyphenated(key: str) -> str:
    """A lookup key with the hyphens inside it as spaces ("al-shabaab", "al- shabaab" -> "al shabaab"; not a
    hyphen that opens it: "-mardan")."""
    return _INNER_HYPHEN.sub(" ", key)


def _unapostrophed(key: str) -> str:
    """A lookup key without the apostrophes inside its words, as outlets drop them ("n'djamena" -> "ndjamena")."""
    return _INNER_APOSTROPHE.sub("", key)


def strip_name(text: str) -> str:
    """A surface form without a leading "the" and a trailing possessive."""
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor or place."""

    id: str
    label: str
    qid: str | None
    kind: EntityKind
    aliases: tuple[str, ...]
    stands_for: str | None
    part_of: str | None
    demonyms: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    located_in: str | None = None
    namesakes_in: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The scoring key: the QID, else ``name:`` + the normalised label."""
        return self.qid or f"name:{normalise_name(self.label)}"


# --------------------------------------------------------------------------- reading TSV


def read_entries(text: str, source: str) -> list[GazetteerEntry]:
    """The entries of one gazetteer TSV; errors name ``source:line`` and the column."""
    rows = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(rows, ()))
    optional = header[len(REQUIRED_COLUMNS) :]
    if header[: len(REQUIRED_COLUMNS)] != REQUIRED_COLUMNS or list(optional) != [c for c in OPTIONAL_COLUMNS if c in optional]:
        raise ResourceError(
            f"{source}:1: the header must be the columns {' '.join(REQUIRED_COLUMNS)}, then any of "
            f"{' '.join(OPTIONAL_COLUMNS)} in this order; got {' '.join(header) or 'nothing'}"
        )
    entries = []
    for number, row in enumerate(rows, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ResourceError(f"{source}:{number}: expected {len(header)} columns ({' '.join(header)}), got {len(row)}")
        entries.append(_entry(dict(zip(header, (cell.strip() for cell in row))), f"{source}:{number}"))
    return entries


#: A row's id, the last segment of its entity's IRI (``kg.rdf.iris.entity_iri``): no character an IRI may not hold
#: (``>``, a space), nor ``/``, which would reach into the IRIs of entities named by text (``entity/name/...``).
_ID = re.compile(r"[A-Za-z0-9_.-]+")


def _entry(cells: dict[str, str], where: str) -> GazetteerEntry:
    def bad(column: str, problem: str) -> ResourceError:
        return ResourceError(f"{where}: column {column}: {problem}")

    if not cells["id"] or not cells["label"]:
        raise bad("id" if not cells["id"] else "label", "must not be empty")
    if not _ID.fullmatch(cells["id"]):
        raise bad("id", f"{cells['id']!r} is not an id: ASCII letters, digits, '_', '-' and '.' only (it ends the entity's IRI)")
    kind = cells["kind"]
    if kind not in get_args(EntityKind):
        raise bad("kind", f"{kind!r} is not one of {', '.join(ENTITY_KINDS)}")
    qid = cells["qid"] or None
    if qid is not None and not is_qid(qid):
        raise bad("qid", f"{qid!r} is not a Wikidata QID (Q followed by digits) or empty")
    return GazetteerEntry(
        id=cells["id"],
        label=cells["label"],
        qid=qid,
        kind=kind,  # type: ignore[arg-type]  # checked against EntityKind above
        aliases=_list(cells["aliases"]),
        stands_for=cells["stands_for"] or None,
        part_of=cells["part_of"] or None,
        demonyms=_list(cells.get("demonyms", "")),
        lat=_degrees(cells.get("lat", ""), 90, "lat", bad),
        lon=_degrees(cells.get("lon", ""), 180, "lon", bad),
        located_in=cells.get("located_in") or None,
        namesakes_in=_list(cells.get("namesakes_in", "")),
    )


def _list(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(";") if item.strip())


def _degrees(cell: str, limit: int, column: str, bad: Any) -> float | None:
    if not cell:
        return None
    try:
        value = float(cell)
    except ValueError:
        raise bad(column, f"{cell!r} is not a number of decimal degrees") from None
    if not -limit <= value <= limit:
        raise bad(column, f"{value} is outside -{limit}..{limit}")
    return value


def read_patterns(text: str, source: str) -> list[dict[str, Any]]:
    """The descriptive token patterns of a JSONL file: one ``{"id", "pattern"}`` object a line, or a
    template ``{"template", "refers", "pattern", ...}`` for any state (``kg.nlp.templates``)."""
    patterns = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise ResourceError(f"{source}:{number}: {error}") from error
        if not isinstance(item, dict) or "pattern" not in item or ("id" not in item and "template" not in item):
            raise ResourceError(f"{source}:{number}: needs 'pattern' and 'id' (or 'template')")
        words = item.setdefault(IN_DOCUMENT, [])
        if not isinstance(words, list) or not all(isinstance(word, str) and word for word in words):
            raise ResourceError(f"{source}:{number}: {IN_DOCUMENT!r} must be a list of words, got {words!r}")
        patterns.append(item)
    return patterns


# --------------------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Entries by id, an index of their names and demonyms, and descriptive token patterns."""

    def __init__(self, entries: Iterable[GazetteerEntry], patterns: list[dict[str, Any]]) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            earlier = self.entries.get(entry.id)
            self.entries[entry.id] = entry if earlier is None else _layered(earlier, entry)
        self.items = patterns
        self.patterns = [item for item in patterns if "template" not in item]
        templates = [item for item in patterns if "template" in item]
        self.templates = [read_template(index, item, _expand) for index, item in enumerate(templates)]
        self._check_references()
        self._by_name: dict[str, GazetteerEntry] = {}
        self._by_key: dict[str, GazetteerEntry] = {}
        self._demonym_states: dict[str, list[str]] = {}
        for entry in self.entries.values():
            for name in (entry.label, *entry.aliases):
                self._by_name.setdefault(_lookup_key(name), entry)
                self._by_name.setdefault(_lookup_key(unaccented(name)), entry)
            self._by_key.setdefault(entry.key, entry)
            for demonym in entry.demonyms:
                self._demonym_states.setdefault(demonym.lower(), []).append(entry.id)
        self._by_demonym = {word: self.entries[ids[0]] for word, ids in self._demonym_states.items()}
        for entry_id, words in self.descriptions():  # "ministry of defense of azerbaijan" finds its entry too
            self._by_name.setdefault(_lookup_key(" ".join(words)), self.entries[entry_id])
        for entry in self.entries.values():  # after every name as written: "Al Shabaab", "Al- Shabaab" = "al-Shabaab"
            for name in (entry.label, *entry.aliases):
                self._by_name.setdefault(_unhyphenated(_lookup_key(name)), entry)
        # without inner apostrophes, for capitalised surfaces only ("Ndjamena" = "N'Djamena"; "hail" is no "Ha'il")
        self._by_unapostrophed: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            for name in (entry.label, *entry.aliases):
                if (folded := _unapostrophed(_lookup_key(name))) not in self._by_name:
                    self._by_unapostrophed.setdefault(folded, entry)

    def _check_references(self) -> None:
        for entry in self.entries.values():
            references = [("stands_for", entry.stands_for), ("part_of", entry.part_of), ("located_in", entry.located_in)]
            for column, ref in references + [("namesakes_in", state) for state in entry.namesakes_in]:
                if ref and ref not in self.entries:
                    raise ResourceError(f"gazetteer entry {entry.id!r}: column {column}: unknown id {ref!r}")
        for pattern in self.patterns:
            if pattern["id"] not in self.entries:
                raise ResourceError(f"entity pattern refers to unknown gazetteer id {pattern['id']!r}")

    def entity(self, entry: GazetteerEntry) -> Entity:
        """The entity record of an entry, with the key of the state it belongs to and its coordinates."""
        part_of = self.entries[entry.part_of].key if entry.part_of else None
        return Entity(
            key=entry.key, label=entry.label, kind=entry.kind, qid=entry.qid, gazetteer_id=entry.id, part_of=part_of,
            lat=entry.lat, lon=entry.lon,
        )

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry one of whose names equals ``surface`` (case-insensitive, no "the"/possessive, "of
        the" = "of": "Democratic Republic of Congo" is "Democratic Republic of the Congo"; a hyphen written
        as a space or with a space after it: "al Shabaab", "Al- Shabaab" is "al-Shabaab"; a capitalised name
        written without an apostrophe inside a word: "Ndjamena" is "N'Djamena", but "hail" is not "Ha'il")."""
        key = _lookup_key(surface)
        found = self._by_name.get(key) or self._by_name.get(_unhyphenated(key))
        if found is None and surface[:1].isupper():
            return self._by_unapostrophed.get(key)
        return found

    def person_of_surname(self, word: str) -> GazetteerEntry | None:
        """The one person whose name ends with ``word`` ("Ruto": William Ruto); ``None`` when no person's
        name ends with it or another person's name has it anywhere ("Kim": Kim Jong Un, Yuri Kim)."""
        return self._surnames.get(unaccented(word).lower())

    @cached_property
    def _surnames(self) -> dict[str, GazetteerEntry | None]:
        found: dict[str, GazetteerEntry | None] = {}
        people = [entry for entry in self.entries.values() if entry.kind == "person"]
        for entry in people:
            for name in (entry.label, *entry.aliases):
                words = unaccented(name).lower().split()
                for position, word in enumerate(words):
                    last = position == len(words) - 1 and len(words) > 1
                    found[word] = entry if last and found.get(word, entry) is entry else None
        return {word: entry for word, entry in found.items() if entry is not None}

    def state_of_demonym(self, word: str) -> GazetteerEntry | None:
        """The state a demonym or adjectival form names ("Armenian", "Thais"), case-insensitive."""
        return self._by_demonym.get(word.lower())

    def body_template(self, words: tuple[str, ...]) -> Template | None:
        """The first body template one of whose heads is ``words`` (lower case): "health ministry"."""
        return next((t for t in self.templates if t.refers == "body" and words in t.heads), None)

    @cached_property
    def state_name_ends(self) -> frozenset[str]:
        """The last words of the multi-word names of states (lower case): a name alone that is one of
        them ("Congo") is a short form of a known state, not a state of its own."""
        return frozenset(
            name.lower().split()[-1] for entry in self.entries.values() if entry.kind == "state"
            for name in (entry.label, *entry.aliases) if " " in name
        )

    @cached_property
    def state_heads(self) -> frozenset[str]:
        """The last words of the heads of the templates that denote the state itself ("government",
        "authorities"): "the Government of Zandria" is Zandria."""
        return frozenset(head[-1] for t in self.templates if t.refers == "state" for head in t.heads)

    def states_of_demonym(self, word: str) -> tuple[str, ...]:
        """The ids of every state a demonym may name ("Congolese": both Congos), in file order."""
        return tuple(self._demonym_states.get(word.lower(), ()))

    def demonyms(self) -> frozenset[str]:
        """Every demonym of the gazetteer, lower case."""
        return frozenset(self._by_demonym)

    @cached_property
    def demonym_words(self) -> frozenset[str]:
        """The gazetteer's demonyms and the shared group demonyms that name no state ("druze"), lower case."""
        return self.demonyms() | {word.lower() for word in shared_words().group_demonyms}

    def stands_for_state(self, entry_id: str) -> bool:
        """Whether the entry is a place that stands for a state, its capital ("Khartoum said")."""
        entry = self.entries.get(entry_id)
        return entry is not None and entry.kind == "place" and bool(entry.stands_for)

    def related(self, entity_or_id: Entity | str | None, column: str) -> GazetteerEntry | None:
        """The entry an entity's gazetteer row names in ``stands_for`` or ``part_of``; for an entity
        without a row ("Ministry of Health of Ruritania"), the entry of its ``part_of`` key."""
        entry_id = entity_or_id.gazetteer_id if isinstance(entity_or_id, Entity) else entity_or_id
        entry = self.entries.get(entry_id or "")
        if entry is None and isinstance(entity_or_id, Entity) and column == "part_of" and entity_or_id.part_of:
            return self._by_key.get(entity_or_id.part_of)
        ref = getattr(entry, column) if entry is not None else None
        return self.entries[ref] if ref else None

    def names(self) -> list[tuple[str, str]]:
        """(entry id, name) for every label and alias, matched case-sensitively.

        Places and states also get their upper-case forms: datelines and shouted
        headlines ("BAKU, Azerbaijan"); a name with "of the" also its form with "of" alone, which
        ``lookup`` takes for it ("Democratic Republic of Congo").
        """
        found: list[tuple[str, str]] = []
        for entry in self.entries.values():
            names = (entry.label, *entry.aliases)
            names += tuple(plain for name in names if (plain := unaccented(name)) != name)  # "Noumea" for "Nouméa"
            names += tuple(short for name in names if (short := name.replace(" of the ", " of ")) != name)  # as lookup: "Democratic Republic of Congo"
            if entry.kind in ("place", "state"):
                names += tuple(name.upper() for name in names)
            found.extend((entry.id, name) for name in dict.fromkeys(names))
        return found

    def descriptions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(entry id, lower-cased token sequence) for every expansion of the patterns that hold anywhere."""
        return [(entry_id, seq) for index, entry_id, seq in self.pattern_expansions() if not self.patterns[index][IN_DOCUMENT]]

    def pattern_expansions(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """(pattern index, entry id, lower-cased token sequence) for every expansion of the patterns.

        Patterns use only ``LOWER``/``ORTH`` values or ``IN`` lists and the ``?``
        operator, so each expands to a finite set of token sequences, which a
        phrase matcher finds much faster than the token matcher would.
        """
        found: list[tuple[int, str, tuple[str, ...]]] = []
        for index, item in enumerate(self.patterns):
            found.extend((index, item["id"], seq) for seq in _expand(item["pattern"], f"entity pattern for {item['id']!r}"))
        return found

    def to_tsv(self) -> str:
        """All entries as one gazetteer TSV with every column (what ``to_disk`` writes)."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        writer.writerow(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
        for e in self.entries.values():
            cells = (e.id, e.label, e.qid, e.kind, ";".join(e.aliases), e.stands_for, e.part_of, ";".join(e.demonyms), e.lat, e.lon,
                     e.located_in, ";".join(e.namesakes_in))
            writer.writerow(["" if cell is None else str(cell) for cell in cells])
        return out.getvalue()


def _layered(earlier: GazetteerEntry, later: GazetteerEntry) -> GazetteerEntry:
    """A later row of the same id over an earlier one: its cells win, its empty cells keep the earlier values."""
    empty = {f.name: getattr(earlier, f.name) for f in fields(later) if getattr(later, f.name) in (None, ())}
    return replace(later, **empty)


def _expand(pattern: list[dict[str, Any]], where: str) -> list[tuple[str, ...]]:
    """The lower-cased token sequences a pattern of ``LOWER``/``ORTH`` values, ``IN`` lists and ``OP: "?"`` matches."""
    sequences: list[tuple[str, ...]] = [()]
    for token in pattern:
        choices: list[str | None] = list(_token_choices(token, where))
        if token.get("OP") == "?":
            choices.append(None)
        sequences = [seq + ((c,) if c is not None else ()) for seq in sequences for c in choices]
    return [seq for seq in sequences if seq]


def _token_choices(token: dict[str, Any], where: str) -> list[str]:
    unknown = set(token) - {"LOWER", "ORTH", "OP"}
    if unknown or token.get("OP", "?") != "?":
        raise ResourceError(f"{where}: only LOWER/ORTH values, IN lists and OP '?' are supported")
    value = token.get("LOWER", token.get("ORTH"))
    values = value["IN"] if isinstance(value, dict) else [value]
    return [str(v).lower() for v in values]


@lru_cache(maxsize=8)
def load_gazetteer(
    shipped: tuple[str, ...] = SHIPPED_FILES, patterns: str = PATTERNS_FILE, user_files: tuple[str, ...] = ()
) -> Gazetteer:
    """The shipped gazetteer files (those present, bottom layer first) with ``user_files`` on top.

    One object per set of files: the ruler, the linker and speaker resolution share it.

    Raises:
        ResourceError: A shipped or user file is missing or malformed (file:line and column named).
    """
    entries: list[GazetteerEntry] = []
    for name in shipped:
        if (data_dir("lexicons") / name).is_file():
            entries += read_entries(read_text("lexicons", name), f"lexicons/{name}")
    for path in user_files:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")  # spreadsheets save UTF-8 with a byte-order mark
        except (OSError, UnicodeDecodeError) as error:
            raise ResourceError(f"{path}: cannot read the gazetteer file: {error}") from error
        entries += read_entries(text, path)
    return Gazetteer(entries, read_patterns(read_text("lexicons", patterns), f"lexicons/{patterns}"))


def gazetteer_from_disk(folder: Path) -> Gazetteer:
    """A gazetteer written by a component's ``to_disk`` (``gazetteer.tsv`` and ``entity_patterns.jsonl``).

    The ruler and the linker each write one; the same content gives the same object, so they
    share it again after loading.
    """
    tsv, jsonl = folder / "gazetteer.tsv", folder / PATTERNS_FILE
    return _gazetteer_of(tsv.read_text(encoding="utf-8"), jsonl.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _gazetteer_of(tsv: str, jsonl: str) -> Gazetteer:
    return Gazetteer(read_entries(tsv, "saved gazetteer.tsv"), read_patterns(jsonl, f"saved {PATTERNS_FILE}"))


def gazetteer_to_disk(gazetteer: Gazetteer, folder: Path) -> None:
    """Write a gazetteer so that :func:`gazetteer_from_disk` reads it back."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gazetteer.tsv").write_text(gazetteer.to_tsv(), encoding="utf-8")
    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in gazetteer.items)
    (folder / PATTERNS_FILE).write_text(lines, encoding="utf-8")
