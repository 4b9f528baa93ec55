"""The domain gazetteer: known actors and places, their aliases and descriptive patterns.

Data: ``lexicons/gazetteer.tsv`` (one entry a row) and ``lexicons/entity_patterns.jsonl``
(spaCy token patterns for descriptive references such as "the Russian peacekeepers").
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import ResourceError
from kg.records import ENTITY_KINDS, Entity
from kg.resources import read_text

GAZETTEER_COLUMNS = ("id", "label", "qid", "kind", "aliases", "stands_for", "part_of")

#: The spaCy entity label a gazetteer match gets, by entity kind.
SPACY_LABEL_BY_KIND = {
    "person": "PERSON",
    "organization": "ORG",
    "armed_group": "ORG",
    "state": "GPE",
    "place": "LOC",
}

_LEADING_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Lower-case, fold white space and hyphen variants: the form names are compared in."""
    text = text.replace("‐", "-").replace("–", "-").replace("’", "'")
    return _SPACES.sub(" ", text).strip().lower()


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
    kind: str
    aliases: tuple[str, ...]
    stands_for: str | None
    part_of: str | None

    @property
    def key(self) -> str:
        """The scoring key: the QID, else ``name:`` + the normalised label."""
        return self.qid or f"name:{normalise_name(self.label)}"



class Gazetteer:
    """Entries by id, an index of their names, and descriptive token patterns."""

    def __init__(self, entries: list[GazetteerEntry], patterns: list[dict]) -> None:
        self.entries = {entry.id: entry for entry in entries}
        self.patterns = patterns
        self._by_name: dict[str, GazetteerEntry] = {}
        for entry in entries:
            for name in (entry.label, *entry.aliases):
                self._by_name.setdefault(normalise_name(strip_name(name)), entry)
        for entry in entries:
            for ref in (entry.stands_for, entry.part_of):
                if ref and ref not in self.entries:
                    raise ResourceError(f"gazetteer entry {entry.id!r} refers to unknown id {ref!r}")
        for pattern in patterns:
            if pattern["id"] not in self.entries:
                raise ResourceError(f"entity pattern refers to unknown gazetteer id {pattern['id']!r}")
        for entry_id, words in self.descriptions():  # "ministry of defense of azerbaijan" finds its entry too
            self._by_name.setdefault(normalise_name(" ".join(words)), self.entries[entry_id])

    @classmethod
    def from_text(cls, tsv: str, patterns_jsonl: str) -> Gazetteer:
        """Parse the TSV and JSONL formats described in the module docstring."""
        rows = list(csv.reader(io.StringIO(tsv), delimiter="\t"))
        if not rows or tuple(rows[0]) != GAZETTEER_COLUMNS:
            raise ResourceError(f"gazetteer.tsv: the header must be the columns {', '.join(GAZETTEER_COLUMNS)}")
        entries = []
        for number, row in enumerate(rows[1:], start=2):
            if not row:
                continue
            if len(row) != len(GAZETTEER_COLUMNS):
                raise ResourceError(f"gazetteer.tsv:{number}: expected {len(GAZETTEER_COLUMNS)} columns, got {len(row)}")
            id_, label, qid, kind, aliases, stands_for, part_of = (cell.strip() for cell in row)
            if kind not in ENTITY_KINDS:
                raise ResourceError(f"gazetteer.tsv:{number}: unknown kind {kind!r}")
            entries.append(
                GazetteerEntry(
                    id=id_,
                    label=label,
                    qid=qid or None,
                    kind=kind,
                    aliases=tuple(a.strip() for a in aliases.split(";") if a.strip()),
                    stands_for=stands_for or None,
                    part_of=part_of or None,
                )
            )
        patterns = []
        for number, line in enumerate(patterns_jsonl.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise ResourceError(f"entity_patterns.jsonl:{number}: {error}") from error
            if not isinstance(item, dict) or "id" not in item or "pattern" not in item:
                raise ResourceError(f"entity_patterns.jsonl:{number}: needs 'id' and 'pattern'")
            patterns.append(item)
        return cls(entries, patterns)

    def entity(self, entry: GazetteerEntry) -> Entity:
        """The entity record of an entry, with the key of the state it belongs to."""
        part_of = self.entries[entry.part_of].key if entry.part_of else None
        return Entity(key=entry.key, label=entry.label, kind=entry.kind, qid=entry.qid, gazetteer_id=entry.id, part_of=part_of)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry one of whose names equals ``surface`` (case-insensitive, no "the"/possessive)."""
        return self._by_name.get(normalise_name(strip_name(surface)))

    def names(self) -> list[tuple[str, str]]:
        """(entry id, name) for every label and alias, matched case-sensitively.

        Places and states also get their upper-case forms: datelines and shouted
        headlines ("BAKU, Azerbaijan").
        """
        found = []
        for entry in self.entries.values():
            names = (entry.label, *entry.aliases)
            if entry.kind in ("place", "state"):
                names += tuple(name.upper() for name in names)
            found.extend((entry.id, name) for name in dict.fromkeys(names))
        return found

    def descriptions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(entry id, lower-cased token sequence) for every expansion of the descriptive patterns.

        Patterns use only ``LOWER``/``ORTH`` values or ``IN`` lists and the ``?``
        operator, so each expands to a finite set of token sequences, which a
        phrase matcher finds much faster than the token matcher would.
        """
        found = []
        for item in self.patterns:
            sequences: list[tuple[str, ...]] = [()]
            for token in item["pattern"]:
                choices = _token_choices(token, item["id"])
                if token.get("OP") == "?":
                    choices = choices + [None]
                sequences = [seq + ((c,) if c is not None else ()) for seq in sequences for c in choices]
            found.extend((item["id"], seq) for seq in sequences if seq)
        return found


def _token_choices(token: dict, entry_id: str) -> list[str]:
    unknown = set(token) - {"LOWER", "ORTH", "OP"}
    if unknown or token.get("OP", "?") != "?":
        raise ResourceError(f"entity pattern for {entry_id!r}: only LOWER/ORTH values, IN lists and OP '?' are supported")
    value = token.get("LOWER", token.get("ORTH"))
    values = value["IN"] if isinstance(value, dict) else [value]
    return [str(v).lower() for v in values]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``lexicons/``."""
    return Gazetteer.from_text(read_text("lexicons", "gazetteer.tsv"), read_text("lexicons", "entity_patterns.jsonl"))
