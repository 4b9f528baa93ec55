"""The Typer application and what every command shares: consoles, errors, dataset options."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.errors import ExtractorError, KgError, KgWarning
from kg.store import DEFAULT_STORE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build, query and evaluate a knowledge graph of actors, events, claims and figures from news articles.",
)
LONGEST_WAIT = 7 * 24 * 3600.0
"""The longest ``--timeout``/``--doc-timeout`` a command accepts, in seconds (one week): a longer or infinite wait
overflows the clocks the deadlines are set on."""

stdout = Console()
stderr = Console(stderr=True)


class _Settings:
    """Options of the whole command line (``kg --debug COMMAND``)."""

    debug = False


settings = _Settings()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Print the traceback of internal errors (bugs in kg).")] = False,
) -> None:
    """Build, query and evaluate a knowledge graph of actors, events, claims and figures from news articles."""
    settings.debug = debug
    warnings.simplefilter("always", KgWarning)
    warnings.showwarning = _show_warning


_python_showwarning = warnings.showwarning


def _show_warning(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
    """kg's warnings as one ``warning:`` line on stderr; other warnings as Python shows them."""
    if issubclass(category, KgWarning):
        warning_line(str(message))
    else:
        _python_showwarning(message, category, *args, **kwargs)


StoreOption = Annotated[Optional[Path], typer.Option("--store", help="Embedded store folder (default: ./kg-store).")]
DataOption = Annotated[Optional[Path], typer.Option("--data", help="Graph file (.nq, .trig, .jsonld, .ttl, .nt, .rdf) instead of a store.")]


def progress_bar(label: str) -> Progress:
    """A progress bar on stderr (only on a terminal), so stdout stays clean for data."""
    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True, disable=not stderr.is_terminal,
    )


@contextmanager
def progress_callback(label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A progress bar (as ``progress_bar``) and the callback that moves it: ``update(done, total)``."""
    with progress_bar(label) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


#: Characters that would break a message's line or drive the terminal (a file name may hold any of them), and the
#: backslash, so that an escape is never confused with a file name's own backslash.
_CONTROL = re.compile("[\\\\\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """``message`` with its control characters and backslashes escaped as Python writes them (``\\n``, ``\\x1b``,
    ``\\\\``): a name holding a backslash and an ``n`` reads apart from one holding a newline."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], message)


def error_line(message: str) -> None:
    """One line on stderr, never wrapped, so it can be grepped."""
    typer.echo(f"error: {one_line(message)}", err=True)


def warning_line(message: str) -> None:
    """One ``warning:`` line on stderr: the one place kg prints warnings."""
    typer.echo(f"warning: {one_line(message)}", err=True)


def report_error(error: KgError) -> None:
    """An error line; with ``--debug``, the traceback of an internal error."""
    error_line(str(error))
    if settings.debug and isinstance(error, ExtractorError):
        typer.echo(error.trace, err=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Report a fatal error; ``raise fail(...)`` ends the command with ``code``."""
    error_line(message)
    return typer.Exit(code)


def dataset_name(store: Path | None, data: Path | None) -> str:
    """The graph file or store a command reads, as its errors name it."""
    return str(data or store or DEFAULT_STORE)


def open_dataset(store: Path | None, data: Path | None) -> ox.Store:
    """The store (opened read-only) or graph file a command reads."""
    from kg.store import load_graph_file, open_store_read_only

    if store is not None and data is not None:
        raise fail("give --store or --data, not both")
    try:
        if data is not None:
            return load_graph_file(data)
        return open_store_read_only(store or DEFAULT_STORE)
    except KgError as error:
        raise fail(str(error)) from error
