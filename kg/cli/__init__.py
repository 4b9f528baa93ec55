"""The `kg` command line: thin wrappers over kg's functions.

Commands live in one module per area (``build``, ``query``, ...); each registers
itself on ``app``. Exit status: 0 success; 1 the command ran but something
failed (an unreadable input, violations found); 2 usage or fatal error (bad
option, missing store, invalid query).
"""

from __future__ import annotations

from kg.cli import build, gazetteer, load, query, report, validate  # noqa: F401  (registers the commands)
from kg.cli.app import app

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (exits the process with the command's status)."""
    app(args=argv, prog_name="kg")
