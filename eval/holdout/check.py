"""Check the held-out gold mechanically against its articles and the annotation guidelines.

Run from the repository root: ``python eval/holdout/check.py``. Prints one line per problem
(file and what is wrong) and exits 1 when there is any, 0 when the set is consistent:
every article has one gold line and the reverse, every evidence is an exact substring of its
article, every key is well formed, every QID is listed in ``qids.tsv``, every value is one the
guidelines allow, and every gold entity has a name that occurs in its article (case aside).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITY_KINDS = {"person", "organization", "state", "armed_group", "place"}
EVENT_TYPES = {
    "MilitaryOperation", "Attack", "Explosion", "Ceasefire", "Talks", "Disarmament",
    "Capture", "Evacuation", "Protest", "Blockade", "War",
}
CLAIM_KINDS = {"assertion", "accusation", "denial", "appeal", "warning", "commitment", "evaluation"}
FIGURE_KINDS = {
    "killed", "injured", "evacuated", "captured_positions", "captured_equipment", "personnel", "population",
}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
KEY = re.compile(r"^(Q[1-9][0-9]*|name:[^A-Z\s](?:[^A-Z\s]| (?! ))*[^A-Z\s]|name:[^A-Z\s])$")
DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


def load_qids(path: Path) -> set[str]:
    """QIDs listed in ``qids.tsv`` (columns ``qid``, ``label``, ``source``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["qid"] for row in csv.DictReader(handle, delimiter="\t")}


def check_document(record: dict, text: str, qids: set[str]) -> list[str]:
    """Every problem of one gold line, each as a short sentence."""
    problems: list[str] = []

    def key_ok(key: object, where: str) -> None:
        if not isinstance(key, str) or not KEY.match(key):
            problems.append(f"{where}: malformed key {key!r} (want Q<digits> or name:<lower-case, single-spaced>)")
        elif key.startswith("Q") and key not in qids:
            problems.append(f"{where}: {key} is not listed in qids.tsv")

    def evidence_ok(evidence: object, where: str) -> None:
        if not isinstance(evidence, str) or not evidence or evidence not in text:
            problems.append(f"{where}: evidence is not an exact substring of the article: {evidence!r}")

    published = record.get("published")
    if published is not None and not DATE.match(str(published)):
        problems.append(f"published {published!r} is not an ISO date or null")
    keys: set[str] = set()
    for section in ("entities", "optional"):
        for index, entity in enumerate(record.get(section, [])):
            where = f"{section}[{index}]"
            key_ok(entity.get("key"), where)
            if entity.get("key") in keys:
                problems.append(f"{where}: key {entity.get('key')} appears twice in the document")
            keys.add(entity.get("key"))
            if entity.get("kind") not in ENTITY_KINDS:
                problems.append(f"{where}: kind {entity.get('kind')!r} not one of {sorted(ENTITY_KINDS)}")
            names = entity.get("names") or []
            if not names:
                problems.append(f"{where}: no names")
            if str(entity.get("key", "")).startswith("name:"):
                canonical = entity["key"][len("name:"):]
                if canonical not in {n.lower() for n in names}:
                    problems.append(f"{where}: canonical name {canonical!r} of the key is not among its names")
            if section == "entities" and not any(n.lower() in text.lower() for n in names):
                problems.append(f"{where}: none of the names of {entity.get('key')} occurs in the article")
    for index, event in enumerate(record.get("events", [])):
        where = f"events[{index}]"
        if event.get("type") not in EVENT_TYPES:
            problems.append(f"{where}: type {event.get('type')!r} not one of the guideline types")
        dates = event.get("date")
        for date in dates if isinstance(dates, list) else [dates]:
            if date is not None and not DATE.match(str(date)):
                problems.append(f"{where}: date {date!r} is not ISO 8601 or null")
        for key in list(event.get("place", [])) + list(event.get("participants", [])):
            key_ok(key, where)
        evidence_ok(event.get("evidence"), where)
    for index, claim in enumerate(record.get("claims", [])):
        where = f"claims[{index}]"
        if not claim.get("speaker"):
            problems.append(f"{where}: empty speaker list")
        for key in claim.get("speaker", []):
            key_ok(key, where)
        if claim.get("kind") not in CLAIM_KINDS:
            problems.append(f"{where}: kind {claim.get('kind')!r} not one of {sorted(CLAIM_KINDS)}")
        evidence_ok(claim.get("evidence"), where)
    for index, figure in enumerate(record.get("figures", [])):
        where = f"figures[{index}]"
        if figure.get("kind") not in FIGURE_KINDS:
            problems.append(f"{where}: kind {figure.get('kind')!r} not one of {sorted(FIGURE_KINDS)}")
        if not isinstance(figure.get("value"), int) or isinstance(figure.get("value"), bool):
            problems.append(f"{where}: value {figure.get('value')!r} is not an integer")
        if figure.get("qualifier") not in QUALIFIERS:
            problems.append(f"{where}: qualifier {figure.get('qualifier')!r} not one of {sorted(QUALIFIERS)}")
        for key in figure.get("attributed_to", []):
            key_ok(key, where)
        evidence_ok(figure.get("evidence"), where)
    return problems


def main() -> int:
    """Check ``gold.jsonl`` against ``articles/`` and ``qids.tsv``; print problems; return the exit code."""
    qids = load_qids(HERE / "qids.tsv")
    articles = {path.name: path for path in (HERE / "articles").glob("*.txt")}
    seen: set[str] = set()
    problems: list[str] = []
    lines = (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        where = f"gold.jsonl:{number}"
        record = json.loads(line)
        doc = record.get("doc")
        if doc not in articles:
            problems.append(f"{where}: no article {doc!r} in articles/")
            continue
        if doc in seen:
            problems.append(f"{where}: {doc} has a second gold line")
        seen.add(doc)
        text = articles[doc].read_text(encoding="utf-8")
        problems.extend(f"{where} ({doc}): {p}" for p in check_document(record, text, qids))
    problems.extend(f"articles/{name}: no gold line" for name in sorted(set(articles) - seen))
    for problem in problems:
        print(problem)
    print(f"{len(seen)} documents checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
