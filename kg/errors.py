"""The exceptions kg raises.

    KgError
    ├── InputError       an input file or record cannot be read (names file and line)
    ├── StoreError       the on-disk store cannot be opened or written
    ├── LoadError        a SPARQL server refused or could not take a load
    ├── HttpError        an HTTP request to a server failed (refused, unreachable, too slow, unsafe)
    ├── QueryError       a query file is missing, malformed, or fails to run
    ├── GoldError        a gold annotation file is malformed
    ├── ReportError      a report or network export cannot be written
    ├── ResourceError    a shipped data file (gazetteer, lexicon, ontology) is broken
    └── ExtractorError   a bug in kg met on one document (names it; traceback with --debug)

    KgWarning            something the user should know, though the command goes on
                         (the CLI prints it as one ``warning:`` line on stderr)
    └── InputWarning     an input was read, but part of it was ignored (collected, never raised)
"""

from __future__ import annotations

import re
import reprlib
import traceback
from collections.abc import Callable

_SHOWN = reprlib.Repr()
_SHOWN.maxstring = 80


def shown(value: str) -> str:
    """A value the user gave, quoted for an error message and cut to 80 characters."""
    return _SHOWN.repr(value)


#: Control characters left after white space is collapsed: a value holding them (a page title with an escape
#: sequence, a hostile endpoint's answer) would drive the terminal it is printed on (clear it, set its title,
#: write the clipboard with OSC 52).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f]")


def printable(value: str) -> str:
    """``value`` on one line for display: white space runs as one space, control characters as ``\\x1b``."""
    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], " ".join(value.split()))


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


class HttpError(KgError):
    """An HTTP request to a server failed.

    Args:
        message: What happened, naming the URL.
        status: The HTTP status of a refusal, ``None`` when no answer came.
        retryable: Whether trying again may help (no connection, 5xx, 429).
    """

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


class QueryError(KgError):
    """A query file is missing, malformed, or fails to run."""


class GoldError(KgError):
    """A gold annotation file is malformed."""


class ReportError(KgError):
    """A report folder or network export cannot be written."""


class GraphValueError(ReportError):
    """A value of the graph a report reads is not one kg writes; the command names the file or store it came from."""


class ResourceError(KgError):
    """A shipped data file is missing or malformed."""


class ExtractorError(KgError):
    """A bug in kg met on one document: its analysis or mapping raised where no input problem explains it.

    Args:
        path: The document (``file:line`` for a JSON Lines record).
        error: The exception raised; its traceback is kept as text in ``trace`` (errors
            travel back from worker processes, where traceback objects cannot go).
        activity: What kg was doing with the document.
    """

    def __init__(self, path: str, error: BaseException, activity: str = "analysing the document") -> None:
        super().__init__(f"{path}: internal error while {activity} ({type(error).__name__}: {error}); "
                         f"this is a bug in kg, not in the input (run with --debug for the traceback)")
        self.path = path
        self.trace = "".join(traceback.format_exception(error))

    def __reduce__(self) -> tuple[Callable[[str, str, str], ExtractorError], tuple[str, str, str]]:
        """Rebuild from path, message and traceback text."""
        return ExtractorError._restored, (self.path, str(self), self.trace)

    @classmethod
    def _restored(cls, path: str, message: str, trace: str) -> ExtractorError:
        restored = cls.__new__(cls)
        KgError.__init__(restored, message)
        restored.path, restored.trace = path, trace
        return restored


class KgWarning(UserWarning):
    """Something the user should know, though the command goes on (e.g. graphs merged in a Turtle file)."""


class InputWarning(KgWarning):
    """Part of an input was ignored (an unparseable ``published`` value), the rest read.

    Args:
        path: The file (``file:line`` for a JSON Lines record).
        problem: What was ignored and why, in a few words.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputWarning], tuple[str, str]]:
        """Rebuild from path and problem (warnings travel back from worker processes)."""
        return InputWarning, (self.path, self.problem)
