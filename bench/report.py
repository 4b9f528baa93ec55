"""Writing benchmark results into docs/benchmarks.md, one section per benchmark."""

from __future__ import annotations

import platform
from datetime import date
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def machine() -> str:
    """The machine and date a result was measured on."""
    import os

    return (
        f"{date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()}"
    )


def write_section(heading: str, body: str) -> None:
    """Replace (or append) the section ``heading`` ("## ...") of docs/benchmarks.md; other sections stay."""
    text = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    section = body if body.startswith(heading) else f"{heading}\n\n{body}"
    start = text.find(heading)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = text.find("\n## ", start + len(heading))
        text = text[:start] + section.rstrip("\n") + "\n" + ("\n" + text[following + 1 :] if following != -1 else "")
    BENCHMARKS.parent.mkdir(parents=True, exist_ok=True)
    BENCHMARKS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
