"""Consistency check of the fresh evaluation set: ``python eval/fresh/check.py [FOLDER]`` (default: this folder).

Checks what ``kg eval`` cannot see: every article has exactly one gold line, every
evidence is an exact substring of its article, every key that a claim, event or
figure uses is an entity (or optional entity) of the same document, every QID is
listed with its source in ``qids.tsv``, and every entity has at least one of its
names in the article text (a warning: descriptive references may use none).
Exit status 1 when a check fails.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from kg.errors import GoldError
from kg.evaluate import load_gold

HERE = Path(__file__).resolve().parent


def check(folder: Path = HERE) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for the gold file, articles and QID list in ``folder``."""
    errors: list[str] = []
    warnings: list[str] = []
    try:
        gold = load_gold(folder / "gold.jsonl")
    except GoldError as exc:
        return [str(exc)], warnings
    with (folder / "qids.tsv").open(encoding="utf-8", newline="") as handle:
        listed = {row["qid"] for row in csv.DictReader(handle, delimiter="\t")}
    articles = {path.name for path in (folder / "articles").glob("*.txt")}
    docs = {record["doc"] for record in gold}
    errors += [f"{name}: article without a gold line" for name in sorted(articles - docs)]
    errors += [f"{name}: gold line without an article" for name in sorted(docs - articles)]
    for record in gold:
        doc = record["doc"]
        if doc not in articles:
            continue
        text = (folder / "articles" / doc).read_text(encoding="utf-8")
        known = {e["key"] for e in record.get("entities", []) + record.get("optional", [])}
        errors += [f"{doc}: {key} is not in qids.tsv" for key in sorted(known) if key.startswith("Q") and key not in listed]
        for entity in record.get("entities", []):
            if not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in entity["names"]):
                warnings.append(f"{doc}: no name of {entity['key']} occurs in the text")
        uses = [("event", e["evidence"], e.get("place", []) + e.get("participants", [])) for e in record.get("events", [])]
        uses += [("claim", c["evidence"], c["speaker"]) for c in record.get("claims", [])]
        uses += [("figure", f["evidence"], f.get("attributed_to", [])) for f in record.get("figures", [])]
        for section, evidence, keys in uses:
            if evidence not in text:
                errors.append(f"{doc}: {section} evidence is not in the text: {evidence[:60]!r}")
            errors += [f"{doc}: {section} uses {key}, not an entity of the document" for key in keys if key not in known]
    return errors, warnings


def main(argv: list[str]) -> int:
    """Print problems, one a line; exit status 1 on errors."""
    errors, warnings = check(Path(argv[0]) if argv else HERE)
    for line in warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
