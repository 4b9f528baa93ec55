"""Access to the data files shipped with kg (ontology, shapes, queries, lexicons, the report's web files).

They live at the top of the source tree and are installed as the data packages
``kg.ontology``, ``kg.shapes``, ``kg.queries``, ``kg.lexicons`` and ``kg.web``.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from kg.errors import ResourceError

DATA_PACKAGES = ("ontology", "shapes", "queries", "lexicons", "web")


def data_dir(package: str) -> Traversable:
    """The folder of one data package (``"ontology"``, ``"queries"``, ...)."""
    if package not in DATA_PACKAGES:
        raise ResourceError(f"unknown data package {package!r}; known: {', '.join(DATA_PACKAGES)}")
    return files(f"kg.{package}")


def data_file(package: str, name: str) -> Traversable:
    """One shipped data file, e.g. ``data_file("lexicons", "gazetteer.tsv")``."""
    path = data_dir(package)
    for part in name.split("/"):
        path = path / part
    if not path.is_file():
        raise ResourceError(f"shipped data file {package}/{name} is missing")
    return path


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of one shipped data file."""
    return data_file(package, name).read_text(encoding="utf-8")


#: PyYAML's safe loader, the libyaml one where PyYAML was built with it: the same data (checked for every
#: shipped file by ``tests/test_resources.py``), parsed about eight times faster (worker start-up).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a mapping that gives one key twice (YAML would keep the last value silently:
    two word lists of one name in a lexicon, one of them lost)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, where: str) -> dict[str, Any]:
    """YAML text whose top level is a mapping, no key given twice in any mapping.

    Raises:
        ResourceError: The text is not valid YAML, gives a key twice, or is not a mapping; naming ``where``.
    """
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ResourceError(f"{where}{at}: not valid YAML: {' '.join(problem.split())}") from error
    if not isinstance(data, dict):
        raise ResourceError(f"{where}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=None)
def read_yaml(package: str, name: str) -> dict[str, Any]:
    """A shipped YAML file whose top level is a mapping, parsed once (:func:`parse_yaml`).

    Raises:
        ResourceError: The file is missing, is not valid YAML, gives a key twice, or is not a mapping.
    """
    return parse_yaml(read_text(package, name), f"{package}/{name}")


def iter_files(package: str, suffix: str) -> list[Traversable]:
    """Every shipped file of a data package with the given suffix, sorted by path."""
    found: list[tuple[str, Traversable]] = []

    def walk(folder: Traversable, prefix: str) -> None:
        for child in folder.iterdir():
            if child.is_dir():
                if child.name != "__pycache__":
                    walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(suffix):
                found.append((prefix + child.name, child))

    walk(data_dir(package), "")
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


@lru_cache(maxsize=None)
def rules_digest(package: str = "lexicons") -> str:
    """SHA-256 (16 hex digits) of every file of a data package, names and bytes: changes when any rule changes."""
    digest = hashlib.sha256()
    for suffix in (".yaml", ".tsv", ".jsonl"):
        for path in iter_files(package, suffix):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class LexiconModel(BaseModel):
    """Base of the typed lexicon schemas: unknown fields are errors, loaded values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(" ".join(word.lower().split()) for word in words)


#: A word class: lower-cased words or lemmas (several words separated by single spaces).
Words = Annotated[frozenset[str], AfterValidator(_lower_words)]

LexiconT = TypeVar("LexiconT", bound=LexiconModel)


@lru_cache(maxsize=None)
def load_lexicon(name: str, model: type[LexiconT]) -> LexiconT:
    """A shipped YAML lexicon validated against its schema, parsed once (:func:`parse_lexicon`).

    Raises:
        ResourceError: The file is missing or malformed; the message names the file, the line, the
            entry (its position and first words) and the field.
    """
    return parse_lexicon(read_yaml("lexicons", name), model, f"lexicons/{name}", read_text("lexicons", name))


def parse_lexicon(data: Any, model: type[LexiconT], source: str, text: str | None = None) -> LexiconT:
    """Lexicon data validated against its schema; ``source`` names the file in errors, and ``text`` (the
    YAML the data was read from), when given, the line of the first problem that has one.

    Raises:
        ResourceError: The data does not fit the schema (the line, entry and field named).
    """
    try:
        return model.model_validate(data)
    except ValidationError as error:
        line = _error_line(error, text) if text is not None else None
        raise ResourceError(f"{source}{f':{line}' if line else ''}: {_describe(error, data)}") from None


def _error_line(error: ValidationError, text: str) -> int | None:
    """The line of the first validation problem whose path reaches a YAML node of ``text`` (a missing field
    has no node of its own: a misspelt name's other problem, the unknown key, has one)."""
    for path in _error_paths(error):
        line = _line_of(text, path)
        if line is not None:
            return line
    return None


def _error_paths(error: ValidationError) -> list[tuple[str | int, ...]]:
    """Where each validation problem is: its field path, or, for a check of the whole lexicon, the
    ``section[index]`` its message opens with (``triggers[12] (war): unknown check ...``)."""
    paths = []
    for problem in error.errors():
        if problem["loc"]:
            paths.append(tuple(problem["loc"]))
            continue
        named = re.match(r"(?:Value error, )?(\w+)\[(\d+)\]", problem["msg"])
        if named:
            paths.append((named.group(1), int(named.group(2))))
    return paths


def _line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The line (from 1) of the deepest YAML node of ``text`` that ``path`` reaches, or ``None``."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return None
    line = None
    for part in path:
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        elif isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _describe(error: ValidationError, data: Any) -> str:
    """The first validation problem: where it is (``triggers[3] (shelling, ...) .type``) and what is wrong."""
    first, *others = error.errors()
    where = _where(first["loc"], data)
    more = ""
    if others:  # named too: a misspelt field is both a missing one and an unknown one ("lemma" for "lemmas")
        shown_others = "; ".join(f"{_where(other['loc'], data, hints=False)}: {other['msg'].removeprefix('Value error, ')}"
                                 for other in others[:3])
        more = f" (and {len(others)} more problem{'s' if len(others) > 1 else ''}: {shown_others}{'; ...' if len(others) > 3 else ''})"
    message = first["msg"].removeprefix("Value error, ")
    if not where:  # a check of the whole lexicon: its message names the entry
        return message + more
    given = first.get("input")
    if isinstance(given, (dict, list)):  # a missing field's input is its whole parent record or lexicon
        return f"{where}: {message}{more}"
    return f"{where}: {message}, got {given!r}{more}"


def _where(loc: Any, data: Any, hints: bool = True) -> str:
    """A validation error's location as a path (``triggers[3] (shelling, ...).type``), with the first words of each
    list entry it passes through when ``hints``."""
    where, node = "", data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node = node[part]
            where += f"[{part}]" + (_entry_hint(node) if hints else "")
        else:
            node = node.get(part) if isinstance(node, dict) else None
            where += f".{part}" if where else str(part)
    return where


def _entry_hint(entry: Any) -> str:
    """A few words that identify a list entry in an error message."""
    if not isinstance(entry, dict):
        return ""
    for key in ("name", "id", "lemmas", "words", "kind", "type"):
        value = entry.get(key)
        if isinstance(value, list):
            return f" ({', '.join(map(str, value[:3]))}{', ...' if len(value) > 3 else ''})"
        if value:
            return f" ({value})"
    return ""
