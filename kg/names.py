"""Name parameters: which entities a name means, written as an analyst types it.

A value matches an entity when, ignoring case and accents, it is one of the
entity's labels or aliases (``rdfs:label``, ``skos:altLabel``); failing that,
when its words are whole consecutive words of one of them ("Pashinyan" →
"Nikol Pashinyan", "kuala" → "Kuala Lumpur"). Entities are the nodes with a
``kg:key``; their labels may sit in any graph (the query runs over the union).
A value that matches nothing gets the closest names as suggestions.

Looking a name up needs every entity's labels. ``index_of_answer`` builds the
index from the labels query's answer as serialized bytes and keeps the last few
indexes by a hash of those bytes: the same labels give the same index, so a
store that changed (a build, a load, a removal) gives other bytes and a new
index, never a stale one, while repeated lookups on an unchanged store skip
converting and folding thousands of names.

Accents are removed by Unicode decomposition; a few Latin letters that do not
decompose (ı, ł, ø, đ, ...) are mapped by hand, which covers what news names
use without another dependency.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

#: Every entity's labels and aliases, over the union of the graphs. A row may repeat (a label stated in two
#: graphs); ``NameIndex`` keeps sets. Flat patterns, no ``DISTINCT`` subqueries: Oxigraph then looks each
#: label up by its entity (3 times faster at 10^6 triples than hash-joining three distinct tables).
LABELS_QUERY = """
PREFIX kg:   <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?label ?alias
WHERE {
  ?entity kg:key ?key .
  { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?alias }
}
"""

_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"})
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` without case and accents: "Erdoğan" → "erdogan"."""
    if text.isascii():  # nothing to decompose or map: 10 times faster, and most names are ASCII
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``."""
    return tuple(_WORD.findall(fold(text)))


@dataclass
class NameIndex:
    """The labels and aliases of every entity, for matching names."""

    labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _folded: list[tuple[str, tuple[str, ...]]] | None = field(default=None, init=False, repr=False, compare=False)
    _by_words: dict[tuple[str, ...], set[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str | None, str | None]]) -> NameIndex:
        """An index of (entity, label, alias) rows, as ``LABELS_QUERY`` gives them."""
        index = cls()
        for entity, label, alias in rows:
            if label is not None:
                index.labels[entity].add(label)
            for name in (label, alias):
                if name is not None:
                    index.names[entity].add(name)
        return index

    def entities(self, value: str) -> set[str]:
        """The entities ``value`` names: those with a name equal to it, else those with a name containing its words."""
        wanted = words(value)
        folded = self._folded_names()
        if not wanted:
            return {entity for entity, names in self.names.items() if any(_same(value, wanted, name) for name in names)}
        exact = self._by_words.get(wanted)
        if exact:
            return set(exact)
        return {entity for entity, name in folded if _contains(name, wanted)}

    def _folded_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """(entity, words of one of its names) for every name, folded once; fills ``_by_words``."""
        if self._folded is None:
            self._folded = [(entity, words(name)) for entity, names in self.names.items() for name in names]
            for entity, name_words in self._folded:
                self._by_words.setdefault(name_words, set()).add(entity)
        return self._folded

    def labels_of(self, entities: Iterable[str]) -> list[str]:
        """The labels of these entities, sorted."""
        return sorted({label for entity in entities for label in self.labels.get(entity, ())})

    def suggestions(self, value: str, limit: int = 3) -> list[str]:
        """The names closest to ``value`` (whole names or one of their words), best first."""
        by_key: dict[str, set[str]] = defaultdict(set)
        for names in self.names.values():
            for name in names:
                by_key[" ".join(words(name))].add(name)
                for word in words(name):
                    by_key[word].add(name)
        close = difflib.get_close_matches(" ".join(words(value)) or fold(value), list(by_key), n=limit * 3, cutoff=0.6)
        found: list[str] = []
        for key in close:
            found.extend(name for name in sorted(by_key[key]) if name not in found)
        return found[:limit]


#: Indexes by a hash of the labels query's serialized answer (see the module docstring); the last few stay.
_INDEXES: OrderedDict[bytes, NameIndex] = OrderedDict()
_INDEXES_KEPT = 4
_INDEXES_LOCK = threading.Lock()


def index_of_answer(answer: bytes) -> NameIndex:
    """The index of ``LABELS_QUERY``'s answer serialized as SPARQL TSV results, cached by the answer's hash."""
    key = hashlib.blake2b(answer, digest_size=32).digest()
    with _INDEXES_LOCK:
        index = _INDEXES.get(key)
        if index is not None:
            _INDEXES.move_to_end(key)
            return index
    rows = ox.parse_query_results(answer, format=ox.QueryResultsFormat.TSV)
    index = NameIndex.from_rows(
        (row[0].value, row[1].value if row[1] is not None else None, row[2].value if row[2] is not None else None)
        for row in rows  # type: ignore[union-attr]
        if row[0] is not None
    )
    index._folded_names()
    with _INDEXES_LOCK:
        _INDEXES[key] = index
        while len(_INDEXES) > _INDEXES_KEPT:
            _INDEXES.popitem(last=False)
    return index


def _same(value: str, wanted: tuple[str, ...], name: str) -> bool:
    return words(name) == wanted if wanted else fold(name).strip() == fold(value).strip()


def _contains(name: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    width = len(wanted)
    return any(name[i : i + width] == wanted for i in range(len(name) - width + 1))
