"""Reading a written report's data files back in tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_script_data(path: Path) -> Any:
    """The JSON argument of a data script such as ``KG.setOverview({...});``."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def read_chunks(report: Path, table: str) -> list[dict[str, Any]]:
    """Every row of one chunked table, in order."""
    rows = []
    for chunk in sorted((report / "data" / table).glob("*.js")):
        text = chunk.read_text(encoding="utf-8")
        rows.extend(json.loads("[" + text[text.index("(") + 1 : text.rindex(")")] + "]")[2])
    return rows
