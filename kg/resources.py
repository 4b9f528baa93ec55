"""Access to the data files shipped with kg (ontology, shapes, queries, lexicons, the report's web files).

They live at the top of the source tree and are installed as the data packages
``kg.ontology``, ``kg.shapes``, ``kg.queries``, ``kg.lexicons`` and ``kg.web``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import yaml

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


@lru_cache(maxsize=None)
def read_yaml(package: str, name: str) -> dict:
    """A shipped YAML file whose top level is a mapping, parsed once.

    Raises:
        ResourceError: The file is missing, is not valid YAML, or is not a mapping.
    """
    try:
        data = yaml.safe_load(read_text(package, name))
    except yaml.YAMLError as error:
        raise ResourceError(f"{package}/{name}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise ResourceError(f"{package}/{name}: expected a mapping at the top level")
    return data


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
