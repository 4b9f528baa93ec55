"""Name parameters: which entities a name means, written as an analyst types it.

A value matches an entity when, ignoring case and accents, it is one of the
entity's labels or aliases (``rdfs:label``, ``skos:altLabel``); failing that,
when its words are whole consecutive words of one of them ("Pashinyan" →
"Nikol Pashinyan", "kuala" → "Kuala Lumpur"). Entities are the nodes with a
``kg:key``; their labels may sit in any graph (the query runs over the union).
A value that matches nothing gets the closest names as suggestions.

Accents are removed by Unicode decomposition; a few Latin letters that do not
decompose (ı, ł, ø, đ, ...) are mapped by hand, which covers what news names
use without another dependency.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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
        exact = {entity for entity, names in self.names.items() if any(_same(value, wanted, name) for name in names)}
        if exact or not wanted:
            return exact
        return {entity for entity, names in self.names.items() if any(_contains(words(name), wanted) for name in names)}

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


def _same(value: str, wanted: tuple[str, ...], name: str) -> bool:
    return words(name) == wanted if wanted else fold(name).strip() == fold(value).strip()


def _contains(name: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    width = len(wanted)
    return any(name[i : i + width] == wanted for i in range(len(name) - width + 1))
