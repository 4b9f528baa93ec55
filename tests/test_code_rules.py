"""Rules of the code base: word lists live in lexicons, extraction functions stay short."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import yaml

import kg.records
from kg.codes import CLAIM_KINDS, EVENT_TYPES, FIGURE_KINDS, GRANULARITIES, MODALITIES, QUALIFIERS, ZONE_KINDS
from kg.extract.claims import CONFIDENCE as CLAIM_METHODS
from kg.records import ENTITY_KINDS
from kg.resources import iter_files

ROOT = Path(__file__).resolve().parent.parent
MAX_FUNCTION_LINES = 40
_CODE_LISTS = (CLAIM_KINDS, EVENT_TYPES, FIGURE_KINDS, GRANULARITIES, MODALITIES, QUALIFIERS, ZONE_KINDS, ENTITY_KINDS, tuple(CLAIM_METHODS))  # codes, not words


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


#: Lexicon keys whose values name codes, checks, complements or dependency labels, not words of text.
_REFERENCE_KEYS = frozenset({"type", "pos", "when", "unless", "kind", "requires", "counted", "complement_deps", "measures"})
#: The folders and modules that analyse text: no word list may be written in them.
_TEXT_CODE = (
    "kg/extract", "kg/nlp", "kg/timex", "kg/words.py", "kg/ingest/lexicon.py", "kg/ingest/genre.py", "kg/ingest/zones.py",
    "kg/ingest/metadata.py", "kg/ingest/noise.py", "kg/ingest/dedup.py",
)  # not kg/ingest/readers.py, whose lists are HTML element names


def _lexicon_words() -> set[str]:
    """Every word of the word lists of the shipped YAML lexicons, lower case."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, list):
            found.update(item.lower() for item in value if isinstance(item, str))
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in _REFERENCE_KEYS:
                    walk(item)

    for item in iter_files("lexicons", ".yaml"):
        walk(yaml.safe_load(item.read_text(encoding="utf-8")))
    return found


def _field_names() -> set[str]:
    return {f.name for value in vars(kg.records).values() if dataclasses.is_dataclass(value) for f in dataclasses.fields(value)}


def _string_collections(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """(line, strings) of every list, tuple, set or dict-key literal of string constants, and of every ``"a b".split()``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split":
            if isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):  # "a b c".split()
                found.append((node.lineno, node.func.value.value.split()))
            continue
        elif isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        else:
            continue
        strings = [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]
        if len(strings) >= 2:
            found.append((node.lineno, strings))
    return found


def test_code_rules_no_word_list_of_the_lexicons_is_written_in_the_text_analysis_code():
    words = _lexicon_words() - _field_names() - {code.lower() for codes in _CODE_LISTS for code in codes}
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {strings}"
        for place in _TEXT_CODE
        for path in ([ROOT / place] if place.endswith(".py") else _python_files(place))
        for line, strings in _string_collections(ast.parse(path.read_text(encoding="utf-8")))
        if len([s for s in strings if s.lower() in words]) >= 2
    ]
    assert offenders == []


def test_code_rules_no_function_in_kg_extract_is_longer_than_40_lines():
    long = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in _python_files("kg/extract")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []
