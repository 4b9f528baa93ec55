"""The exceptions kg raises.

    KgError
    ├── InputError       an input file or record cannot be read (names file and line)
    ├── StoreError       the on-disk store cannot be opened or written
    ├── LoadError        a SPARQL server refused or could not take a load
    ├── QueryError       a query file is missing, malformed, or fails to run
    ├── GoldError        a gold annotation file is malformed
    └── ResourceError    a shipped data file (gazetteer, lexicon, ontology) is broken
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to the user."""


class InputError(KgError):
    """An input file or record cannot be read.

    Args:
        path: The file (``file:line`` for a JSON Lines record).
        problem: What is wrong, in a few words.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Rebuild from path and problem (errors travel back from worker processes)."""
        return InputError, (self.path, self.problem)


class StoreError(KgError):
    """The on-disk store cannot be opened, read or written."""


class LoadError(KgError):
    """A SPARQL server refused a load or could not be reached."""


class QueryError(KgError):
    """A query file is missing, malformed, or fails to run."""


class GoldError(KgError):
    """A gold annotation file is malformed."""


class ResourceError(KgError):
    """A shipped data file is missing or malformed."""
