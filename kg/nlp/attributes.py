"""The model's attribute rules (tag map, morphology rules, exceptions) applied through an index.

spaCy's ``AttributeRuler`` runs the pattern of every rule at every token through one
``Matcher``: in ``en_core_web_sm`` that is 179 rules, a tenth of the model's time.
Almost all of them test one token for exact values (a tag, a lower-case form, a
dependency label). :class:`IndexedAttributeRuler` looks such rules up by the token's
values and checks the rest of their conditions directly; any other rule (several
tokens, operators, other attributes) still goes through a ``Matcher``. The rules, their
order (a later rule wins) and the attributes they set are the model's own, so every
token ends with the same attributes (``tests/test_attribute_rules.py`` compares).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IDS, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LEMMA, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Attributes whose value is a string hash both in ``Doc.to_array`` and for the Matcher.
_STRING_ATTRIBUTES = frozenset({ORTH, LOWER, NORM, TAG, DEP, LEMMA})
#: Flags (0 or 1 in ``Doc.to_array``).
_FLAG_ATTRIBUTES = frozenset({IS_SPACE, IS_PUNCT, IS_ALPHA, IS_DIGIT})
#: Attributes a rule can be looked up by, the most selective first.
_KEY_ATTRIBUTES = (ORTH, LOWER, LEMMA, NORM, TAG, DEP, IS_SPACE, IS_PUNCT, IS_ALPHA, IS_DIGIT)

#: A test of a token's value of one attribute (a string hash, or 0/1 for a flag).
Test = Callable[[int], bool]


@dataclass(frozen=True)
class _Rule:
    """One one-token pattern of rule ``number``: the tests (column, test) left after its index key."""

    number: int
    conditions: tuple[tuple[int, Test], ...]


@Language.factory(
    "kg_indexed_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Any) -> IndexedAttributeRuler:
    """An attribute ruler that sets the same token attributes as spaCy's, faster (see the module)."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def index_attribute_rules(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler ``name`` (if it has one) by an indexed one with the same rules."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    patterns = nlp.get_pipe(name).patterns  # type: ignore[attr-defined]
    indexed = nlp.replace_pipe(name, "kg_indexed_attribute_ruler")
    indexed.add_patterns(patterns)  # type: ignore[attr-defined]


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its one-token rules matched by lookup."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: _RuleIndex | None = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:  # type: ignore[override]
        super().add(patterns, attrs, index)
        self._index = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches spaCy's ruler finds, as (rule number, rule key, start, end), in rule order."""
        if self._index is None:
            self._index = _RuleIndex(self.vocab, [self.matcher.get(str(n))[1] for n in range(len(self.attrs))])
        return self._index.match(doc)


#: Rows of token values whose matched rules ``_RuleIndex`` keeps (then it starts anew): some megabytes.
_MATCHED_ROWS = 20_000


class _RuleIndex:
    """The rules of one ruler: one-token rules by index key, the others in a Matcher."""

    def __init__(self, vocab: Vocab, patterns_by_rule: list[list[list[dict[str, Any]]]]) -> None:
        self.strings = vocab.strings
        self.columns: list[int] = []
        self.by_key: dict[tuple[int, int], list[_Rule]] = {}
        self.unkeyed: list[_Rule] = []
        self.others = Matcher(vocab, validate=False)
        self.keys = [self.strings.add(str(number)) for number in range(len(patterns_by_rule))]
        for number, patterns in enumerate(patterns_by_rule):
            if all(self._indexable(pattern) for pattern in patterns):
                for pattern in patterns:
                    self._add(number, pattern[0])
            else:
                self.others.add(self.keys[number], patterns)
        self.key_columns = sorted({column for column, _ in self.by_key})
        #: The rules matched by a token's values (a row of ``columns``), as found: most rows come again and again.
        self.matched: dict[tuple[int, ...], tuple[int, ...]] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        if self.columns and len(doc):
            array = doc.to_array(list[int | str](self.columns)).reshape(len(doc), len(self.columns))
            rows = cast(list[list[int]], array.tolist())  # string hashes and flags
            matched = self.matched
            for start, row in enumerate(rows):
                values = tuple(row)
                numbers = matched.get(values)
                if numbers is None:
                    if len(matched) >= _MATCHED_ROWS:
                        matched.clear()
                    numbers = matched[values] = self._numbers(row)
                for number in numbers:
                    found.add((number, start, start + 1))
        if len(self.others):  # a matcher without patterns warns (spaCy W036) and finds nothing
            for key, start, end in self.others(doc, allow_missing=True, as_spans=False):  # type: ignore[misc]
                found.add((int(self.strings[key]), start, end))
        return [(number, self.keys[number], start, end) for number, start, end in sorted(found)]

    def _numbers(self, row: list[int]) -> tuple[int, ...]:
        """The numbers of the one-token rules a token with the values ``row`` matches."""
        numbers = [
            rule.number for column in self.key_columns for rule in self.by_key.get((column, row[column]), ())
            if all(test(row[at]) for at, test in rule.conditions)
        ]
        numbers.extend(rule.number for rule in self.unkeyed if all(test(row[at]) for at, test in rule.conditions))
        return tuple(numbers)

    def _indexable(self, pattern: list[dict[str, Any]]) -> bool:
        """Whether a pattern is one token whose every condition is tested here."""
        return len(pattern) == 1 and all(_supported(_attribute(name), value) for name, value in pattern[0].items())

    def _add(self, number: int, token: dict[str, Any]) -> None:
        """File a one-token pattern under its most selective exact value (each member of an IN list), if any."""
        conditions = {IDS[name.upper()]: value for name, value in token.items()}
        key = next((attribute for attribute in _KEY_ATTRIBUTES if _exact(conditions.get(attribute))), None)
        rule = _Rule(number, tuple((self._column(a), self._test(a, v)) for a, v in conditions.items() if a != key))
        if key is None:
            self.unkeyed.append(rule)
            return
        value = conditions[key]
        for member in [value] if isinstance(value, (str, bool)) else value["IN"]:
            lookup = int(member) if isinstance(member, bool) else self.strings.add(member)
            self.by_key.setdefault((self._column(key), lookup), []).append(rule)

    def _column(self, attribute: int) -> int:
        if attribute not in self.columns:
            self.columns.append(attribute)
        return self.columns.index(attribute)

    def _test(self, attribute: int, value: Any) -> Test:
        strings = self.strings
        if attribute in _FLAG_ATTRIBUTES:
            return lambda found: bool(found) == value
        if isinstance(value, str):
            expected = strings.add(value)
            return lambda found: found == expected
        operator, argument = next(iter(value.items()))
        if operator == "REGEX":
            regex = re.compile(argument)
            return lambda found: regex.search(strings[found]) is not None
        members = frozenset(strings.add(member) for member in argument)
        return (lambda found: found in members) if operator == "IN" else (lambda found: found not in members)


def _attribute(name: str) -> int | None:
    attribute = IDS.get(name.upper())
    return attribute if attribute in _STRING_ATTRIBUTES or attribute in _FLAG_ATTRIBUTES else None


def _supported(attribute: int | None, value: Any) -> bool:
    """Whether a condition is one tested here: a flag's bool; a string, or IN, NOT_IN or REGEX of a string attribute."""
    if attribute is None:
        return False
    if attribute in _FLAG_ATTRIBUTES:
        return isinstance(value, bool)
    if isinstance(value, str):
        return True
    if not isinstance(value, dict) or len(value) != 1:
        return False
    operator, argument = next(iter(value.items()))
    if operator == "REGEX":
        return isinstance(argument, str)
    return operator in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(member, str) for member in argument)


def _exact(value: Any) -> bool:
    """Whether a condition names the exact value(s): a string, a flag's bool or an IN list."""
    return isinstance(value, (str, bool)) or (isinstance(value, dict) and "IN" in value)
