"""Scoring of a built graph against gold annotations (GUIDELINES section 9).

The caller runs the eval queries (``queries/eval/*.rq``) and hands over their
rows; this module never touches RDF. Only the sections whose rows are given are
scored, and only gold documents are scored: rows of other documents are ignored
(listed in ``EvalReport.ignored_docs``). Counts are summed over documents
(micro-average).

Readings of the rules where GUIDELINES leaves room (an independent
implementation must follow them to get the same numbers):

* Cells: a missing column, ``None`` and a blank string are all unbound; values
  are stripped. Labels and ``name:`` keys are normalised by lower-casing and
  folding white space (``str.split``) to single spaces.
* QIDs: ``wikidata`` / ``speaker_wikidata`` may be bare (``Q227``) or end an IRI
  (``http://www.wikidata.org/entity/Q227``, ``wd:Q227``); anything else is
  treated as unbound. Event types and claim/figure kinds given as IRIs are cut
  to their local name; kinds are compared lower-cased, types exactly.
* Dates: an ISO date, ``gYearMonth`` or ``gYear`` compares as given; a dateTime
  compares by its date part and a time-zone suffix is dropped
  (``2023-09-20T13:00:00+04:00`` -> ``2023-09-20``). Other strings compare
  verbatim.
* P/R/F1: when ``tp + fp + fn == 0`` all three are 1.0; otherwise a ratio with a
  zero denominator is 0.0. Extra ratios with a zero denominator are ``None``.
* entities: the prediction of a document is its distinct key (QID, else
  ``name:`` + normalised label; rows with neither are skipped and noted); all
  labels of the rows with that key are its labels. It *matches* a gold entity
  when its QID equals the gold key or one of its labels equals one of the gold
  ``names`` (normalised). Predictions and gold entities are paired one-to-one
  by an optimal assignment that maximises, in this order: hits, hits whose QID
  equals the gold key, and hits by predictions that match no ``optional``
  entity. An unpaired prediction that matches an optional entity is dropped;
  any other unpaired one is a false positive (a duplicate node when it matches
  a gold entity that another prediction already hit). Linking accuracy and
  linked recall share the numerator "hits whose predicted QID is the gold
  QID key"; their denominators are hits on QID-keyed gold entities and all
  QID-keyed gold entities.
* events: ``event_type`` compares the sets of types per document.
  ``event_dated``: each distinct gold (type, acceptable dates) is one gold item,
  each distinct predicted (type, date) one prediction; they are paired
  one-to-one by a maximum matching (a prediction matches a gold item of its type
  whose acceptable dates contain its date, ``null`` included). An unpaired
  prediction is a false positive, even when it matches an alternative date of a
  gold item that another prediction already hit (so ``tp + fp`` is always the
  number of distinct predicted pairs).
* claims: one prediction per distinct (claim, speaker) row pair (a missing id
  falls back to the row itself / the speaker key). Its speaker matches a gold
  speaker as for entities (v1.1): one of its QIDs is the gold key, or one of its
  normalised labels is one of the ``names`` of the document's entity or
  optional entity with that key (a gold key listed under neither matches the
  label ``name:`` + label, so a speaker without a QID still hits
  ``name:ukrainian officials``). It matches a gold claim when its speaker
  matches one of the gold ``speaker`` list and either its ``[start, end)`` span overlaps an
  occurrence of the gold evidence in the document text (any occurrence; needs
  ``texts``) or the token-set Jaccard of the two evidence strings is >= 0.5
  (tokens: ``re.findall(r"\\w+", text.lower())``; a missing predicted evidence
  is read from ``text[start:end]``; several offsets give the widest span).
  Predictions are taken in order of start offset (unknown last), then claim id,
  then speaker id; gold claims in document order (first occurrence of the
  evidence; evidence not found: after the found ones), ties in gold file order.
  Each prediction hits the first unhit gold claim it matches; the others are
  false positives. Kind accuracy: share of hits whose predicted kind (the only
  kind of the pair, local name, lower-cased) equals the gold kind.
* figures: sets of (kind, value) per document (rows without a kind, like event
  rows without a type, are skipped); values are parsed to integers
  (``"2,000"``, ``"2000.0"``, ``"2e3"`` -> 2000); a value that is not an
  integer stays as text and can only be a false positive.
* documents: P/R/F1 over the set of (doc, duplicate_of) pairs with a non-null
  ``duplicate_of``. Published accuracy over gold documents: correct when the
  distinct non-null predicted dates are exactly the gold date, or when there are
  none and gold is ``null`` (a document without a row predicts ``null``).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path

from kg.errors import GoldError

Row = dict[str, str | None]

#: Row sections that ``score`` accepts, in report order.
ROW_SECTIONS = ("documents", "entities", "events", "claims", "figures")

_QID = re.compile(r"(?:^|[/#:])([Qq][1-9]\d*)$")
_GOLD_KEY = re.compile(r"Q[1-9]\d*|name:\S.*")
_DATE = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T\S*)?(?:Z|[+-]\d{2}:\d{2})?")
_TOKEN = re.compile(r"\w+")
_JACCARD_MIN = 0.5


@dataclass
class SectionScore:
    """Micro-averaged counts and scores of one section."""

    name: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    extras: dict[str, float | None] = field(default_factory=dict)

    @classmethod
    def from_counts(
        cls, name: str, tp: int, fp: int, fn: int, extras: dict[str, float | None] | None = None
    ) -> SectionScore:
        """Build a score from counts with the 0/0 conventions of this module."""
        if tp + fp + fn == 0:
            precision = recall = f1 = 1.0
        else:
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(name, tp, fp, fn, precision, recall, f1, dict(extras or {}))


@dataclass
class DocDetails:
    """What happened to the items of one document in one section."""

    hits: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    """The result of ``score``.

    Attributes:
        sections: One score per scored section, in report order.
        details: Section name -> gold doc id -> what was hit, wrong or missed.
        ignored_docs: Row section -> doc ids of rows that are not gold documents.
    """

    sections: list[SectionScore]
    details: dict[str, dict[str, DocDetails]] = field(default_factory=dict)
    ignored_docs: dict[str, list[str]] = field(default_factory=dict)

    def section(self, name: str) -> SectionScore:
        """The score of one section; ``KeyError`` when it was not scored."""
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(name)

    def to_json(self) -> dict:
        """A JSON-serialisable view: sections (keyed by name), details, ignored docs."""
        return {
            "sections": {
                s.name: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    **s.extras,
                }
                for s in self.sections
            },
            "details": {
                name: {
                    doc: {
                        "hits": d.hits,
                        "false_positives": d.false_positives,
                        "misses": d.misses,
                        "notes": d.notes,
                    }
                    for doc, d in docs.items()
                }
                for name, docs in self.details.items()
            },
            "ignored_docs": self.ignored_docs,
        }


# --------------------------------------------------------------------------- gold


def load_gold(path: Path) -> list[dict]:
    """Read a gold JSON Lines file (GUIDELINES section 8); blank lines are skipped.

    Raises:
        GoldError: ``file:line: problem`` for unreadable JSON, a malformed field,
            or a missing or repeated ``doc``.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a leading byte-order mark is no JSON
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from exc
    gold: list[dict] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: invalid JSON: {exc.msg}") from exc
        _check_gold_doc(record, where)
        doc = record["doc"]
        if doc in first_line:
            raise GoldError(f"{where}: doc {doc!r} repeats line {first_line[doc]}")
        first_line[doc] = number
        gold.append(record)
    return gold


def _check_gold_doc(record: object, where: str) -> None:
    """Raise ``GoldError`` unless ``record`` is a well-formed gold document."""
    if not isinstance(record, dict):
        raise GoldError(f"{where}: a gold line must be a JSON object")
    if not isinstance(record.get("doc"), str) or not record["doc"].strip():
        raise GoldError(f"{where}: missing or empty \"doc\"")
    for name in ("published", "duplicate_of"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise GoldError(f"{where}: {name!r} must be a string or null, got {record[name]!r}")
    for section, check in (
        ("entities", _check_gold_entity),
        ("optional", _check_gold_entity),
        ("events", _check_gold_event),
        ("claims", _check_gold_claim),
        ("figures", _check_gold_figure),
    ):
        items = record.get(section, [])
        if not isinstance(items, list):
            raise GoldError(f"{where}: {section!r} must be a list")
        for index, item in enumerate(items):
            label = f"{where}: {section}[{index}]"
            if not isinstance(item, dict):
                raise GoldError(f"{label}: must be a JSON object")
            check(item, label)


def _is_str_list(value: object, allow_empty: bool) -> bool:
    return (
        isinstance(value, list)
        and (allow_empty or bool(value))
        and all(isinstance(v, str) and v.strip() for v in value)
    )


def _check_gold_entity(item: dict, label: str) -> None:
    key = item.get("key")
    if not isinstance(key, str) or not _GOLD_KEY.fullmatch(key):
        raise GoldError(f"{label}: 'key' must be 'Q...' or 'name:...', got {key!r}")
    if not _is_str_list(item.get("names"), allow_empty=True):
        raise GoldError(f"{label}: 'names' must be a list of non-empty strings")


def _check_gold_event(item: dict, label: str) -> None:
    if not isinstance(item.get("type"), str) or not item["type"].strip():
        raise GoldError(f"{label}: 'type' must be a non-empty string")
    date = item.get("date")
    dates = date if isinstance(date, list) else [date]
    if not dates or not all(d is None or isinstance(d, str) for d in dates):
        raise GoldError(f"{label}: 'date' must be a string, null or a non-empty list of them")


def _check_gold_claim(item: dict, label: str) -> None:
    speakers = item.get("speaker")
    if not _is_str_list(speakers, allow_empty=False):
        raise GoldError(f"{label}: 'speaker' must be a non-empty list of keys")
    for key in speakers or ():
        if not _GOLD_KEY.fullmatch(key):
            raise GoldError(f"{label}: speaker key must be 'Q...' or 'name:...', got {key!r}")
    if not isinstance(item.get("kind"), str):
        raise GoldError(f"{label}: 'kind' must be a string")
    if not isinstance(item.get("evidence"), str) or not item["evidence"].strip():
        raise GoldError(f"{label}: 'evidence' must be a non-empty string")


def _check_gold_figure(item: dict, label: str) -> None:
    if not isinstance(item.get("kind"), str):
        raise GoldError(f"{label}: 'kind' must be a string")
    value = item.get("value")
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldError(f"{label}: 'value' must be an integer, got {value!r}")


# --------------------------------------------------------------------------- normalisation


def normalise_label(text: str) -> str:
    """Lower-case and fold white space to single spaces."""
    return " ".join(text.split()).lower()


def normalise_key(key: str) -> str:
    """A gold or predicted key in comparable form (``name:`` part normalised)."""
    key = key.strip()
    if key.startswith("name:"):
        return "name:" + normalise_label(key[5:])
    return key


def qid_of(value: str | None) -> str | None:
    """The bare QID of a ``wikidata`` cell (bare or at the end of an IRI), else ``None``."""
    if value is None:
        return None
    found = _QID.search(value.strip())
    return found.group(1).upper() if found else None


def normalise_date(value: str | None) -> str | None:
    """An ISO date/gYearMonth/gYear as given; a dateTime cut to its date; no time zone."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    found = _DATE.fullmatch(value)
    return found.group(1) if found else value


def parse_value(value: str | None) -> int | str | None:
    """A figure value as an integer (``"2,000"``, ``"2000.0"``), else the stripped text."""
    if value is None:
        return None
    text = value.strip()
    compact = re.sub(r"[,_\s\u202f]", "", text)
    try:
        number = Decimal(compact)
    except InvalidOperation:
        return text
    if number.is_finite() and number == number.to_integral_value():
        return int(number)
    return text


def tokens(text: str) -> set[str]:
    """The token set used by the Jaccard test: lower-cased ``\\w+`` runs."""
    return set(_TOKEN.findall(text.lower()))


def jaccard(first: str, second: str) -> float:
    """Token-set Jaccard similarity; 0.0 when both are empty."""
    a, b = tokens(first), tokens(second)
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _local_name(value: str) -> str:
    return re.split(r"[/#]", value)[-1]


def _cell(row: Row, column: str) -> str | None:
    value = row.get(column)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _int_cell(row: Row, column: str) -> int | None:
    value = parse_value(_cell(row, column))
    return value if isinstance(value, int) else None


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


# --------------------------------------------------------------------------- assignment


def _best_assignment(weights: list[list[int]]) -> dict[int, int]:
    """A maximum-weight one-to-one assignment of rows to columns (Hungarian method).

    ``weights[i][j] > 0`` is an allowed pair; 0 means not allowed. Returns
    ``{row: column}`` for the assigned allowed pairs. The optimal total weight is
    unique, so counts derived from it do not depend on tie-breaking.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return {}
    width = m + n  # n dummy columns let every row stay unassigned
    cost = [[0] * (width + 1)] + [[0] + [-w for w in row] + [0] * n for row in weights]
    u: list[float] = [0] * (n + 1)
    v: list[float] = [0] * (width + 1)
    owner = [0] * (width + 1)
    way = [0] * (width + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [math.inf] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = math.inf
            j1 = 0
            for j in range(1, width + 1):
                if not used[j]:
                    reduced = cost[i0][j] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j] = reduced
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(width + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {
        owner[j] - 1: j - 1
        for j in range(1, m + 1)
        if owner[j] and weights[owner[j] - 1][j - 1] > 0
    }


# --------------------------------------------------------------------------- scoring


def score(
    gold: list[dict],
    rows: dict[str, list[Row]],
    texts: dict[str, str] | None = None,
) -> EvalReport:
    """Score eval-query rows against gold documents (GUIDELINES section 9).

    Args:
        gold: Gold documents, as returned by ``load_gold``.
        rows: Row section (``documents``, ``entities``, ``events``, ``claims``,
            ``figures``; each optional) -> the rows of its eval query, each a
            dict of column -> value (``None`` or missing when unbound).
        texts: Doc id -> original input text, used to locate gold claim
            evidence for the span-overlap test; without it only Jaccard applies.

    A graph document is the gold document of its id, or of its id's base name
    when that is the only one with it: ids of files in subfolders are paths
    relative to the input folder (``c1/article.txt``), gold names files by their
    base name (GUIDELINES section 8).

    Raises:
        GoldError: A gold document is malformed or repeated.
        ValueError: ``rows`` has a section name this scorer does not know.
    """
    unknown = sorted(set(rows) - set(ROW_SECTIONS))
    if unknown:
        raise ValueError(f"unknown eval sections {unknown}; known: {', '.join(ROW_SECTIONS)}")
    gold_docs: dict[str, dict] = {}
    for index, record in enumerate(gold):
        _check_gold_doc(record, f"gold[{index}]")
        if record["doc"] in gold_docs:
            raise GoldError(f"gold[{index}]: doc {record['doc']!r} is repeated")
        gold_docs[record["doc"]] = record
    names = _gold_names(gold_docs, rows, texts or {})
    rows = {section: [_renamed(row, names) for row in section_rows] for section, section_rows in rows.items()}
    texts = {names.get(doc, doc): text for doc, text in (texts or {}).items()}
    report = EvalReport(sections=[])
    scorers: dict[str, Callable[[dict[str, dict], dict[str, list[Row]], EvalReport], None]] = {
        "documents": _score_documents,
        "entities": _score_entities,
        "events": _score_events,
        "claims": partial(_score_claims, texts=texts or {}),
        "figures": _score_figures,
    }
    for section in ROW_SECTIONS:
        if section not in rows:
            continue
        by_doc: dict[str, list[Row]] = {doc: [] for doc in gold_docs}
        ignored: set[str] = set()
        for row in rows[section]:
            doc = _cell(row, "doc")
            if doc in by_doc:
                by_doc[doc].append(row)
            else:
                ignored.add(doc if doc is not None else "<no doc>")
        if ignored:
            report.ignored_docs[section] = sorted(ignored)
        scorers[section](gold_docs, by_doc, report)
    return report


def _gold_names(gold_docs: dict[str, dict], rows: dict[str, list[Row]], texts: dict[str, str]) -> dict[str, str]:
    """Graph doc id -> the gold doc it is: the id itself, else its base name if no other id has that base name."""
    ids = {doc for section in rows.values() for row in section if (doc := _cell(row, "doc"))} | set(texts)
    holders: dict[str, set[str]] = defaultdict(set)
    for doc in ids:
        holders[doc.rsplit("/", 1)[-1]].add(doc)
    names = {}
    for doc in ids:
        base = doc.rsplit("/", 1)[-1]
        if doc in gold_docs:
            names[doc] = doc
        elif base in gold_docs and len(holders[base]) == 1:
            names[doc] = base
    return names


def _renamed(row: Row, names: dict[str, str]) -> Row:
    """The row with its ``doc`` and ``duplicate_of`` ids as gold names them."""
    renamed = dict(row)
    for column in ("doc", "duplicate_of"):
        value = _cell(row, column)
        if value in names:
            renamed[column] = names[value]
    return renamed


def _new_details(report: EvalReport, name: str, docs: Iterable[str]) -> dict[str, DocDetails]:
    details = {doc: DocDetails() for doc in docs}
    report.details[name] = details
    return details


def _score_documents(gold_docs: dict[str, dict], by_doc: dict[str, list[Row]], report: EvalReport) -> None:
    details = _new_details(report, "documents", gold_docs)
    tp = fp = fn = correct = 0
    for doc, record in gold_docs.items():
        info = details[doc]
        gold_date = normalise_date(record.get("published"))
        dates = sorted({d for row in by_doc[doc] if (d := normalise_date(_cell(row, "published")))})
        predicted = dates[0] if len(dates) == 1 else (None if not dates else " | ".join(dates))
        if predicted == gold_date:
            correct += 1
            info.hits.append(f"published {gold_date}")
        else:
            info.notes.append(f"published: predicted {predicted}, gold {gold_date}")
        gold_pairs = {record["duplicate_of"].strip()} if record.get("duplicate_of") else set()
        predicted_pairs = {d for row in by_doc[doc] if (d := _cell(row, "duplicate_of"))}
        for dup in sorted(gold_pairs & predicted_pairs):
            info.hits.append(f"duplicate_of {dup}")
        for dup in sorted(predicted_pairs - gold_pairs):
            info.false_positives.append(f"duplicate_of {dup}")
        for dup in sorted(gold_pairs - predicted_pairs):
            info.misses.append(f"duplicate_of {dup}")
        tp += len(gold_pairs & predicted_pairs)
        fp += len(predicted_pairs - gold_pairs)
        fn += len(gold_pairs - predicted_pairs)
    extras = {"published_accuracy": _ratio(correct, len(gold_docs))}
    report.sections.append(SectionScore.from_counts("documents", tp, fp, fn, extras))


@dataclass
class _GoldEntity:
    key: str
    names: frozenset[str]
    first_name: str


def _gold_entities(items: list[dict]) -> list[_GoldEntity]:
    """Gold entities of one document by key, in file order (a repeated key merges names)."""
    entities: dict[str, _GoldEntity] = {}
    for item in items:
        key = normalise_key(item["key"])
        names = frozenset(normalise_label(n) for n in item.get("names", []))
        if key in entities:
            entities[key].names |= names
        else:
            entities[key] = _GoldEntity(key, names, item["names"][0] if item.get("names") else key)
    return list(entities.values())


def _predicted_entities(rows: list[Row], info: DocDetails) -> dict[str, tuple[str | None, set[str]]]:
    """Distinct predicted keys of one document -> (QID or None, normalised labels)."""
    predictions: dict[str, tuple[str | None, set[str]]] = {}
    for row in rows:
        qid = qid_of(_cell(row, "wikidata"))
        label = _cell(row, "label")
        label_norm = normalise_label(label) if label else None
        if qid is None and not label_norm:
            info.notes.append(f"skipped entity row without QID or label: {_cell(row, 'entity')}")
            continue
        key = qid or f"name:{label_norm}"
        _, labels = predictions.setdefault(key, (qid, set()))
        if label_norm:
            labels.add(label_norm)
    return predictions


def _entity_matches(qid: str | None, labels: set[str], entity: _GoldEntity) -> bool:
    return (qid is not None and qid == entity.key) or bool(labels & entity.names)


def _score_entities(gold_docs: dict[str, dict], by_doc: dict[str, list[Row]], report: EvalReport) -> None:
    details = _new_details(report, "entities", gold_docs)
    tp = fp = fn = linked = qid_hits = qid_gold = 0
    for doc, record in gold_docs.items():
        info = details[doc]
        entities = _gold_entities(record.get("entities", []))
        optional = _gold_entities(record.get("optional", []))
        predictions = _predicted_entities(by_doc[doc], info)
        keys = sorted(predictions)
        hits_optional = [
            any(_entity_matches(*predictions[k], o) for o in optional) for k in keys
        ]
        base = len(keys) + len(entities) + 2
        weights = [
            [
                base * base + base * (predictions[k][0] == g.key) + (not opt)
                if _entity_matches(*predictions[k], g)
                else 0
                for k, opt in zip(keys, hits_optional)
            ]
            for g in entities
        ]
        assignment = _best_assignment(weights)
        assigned = set(assignment.values())
        for g_index, g in enumerate(entities):
            is_qid = not g.key.startswith("name:")
            qid_gold += is_qid
            if g_index not in assignment:
                fn += 1
                info.misses.append(f"{g.key} ({g.first_name})")
                continue
            key = keys[assignment[g_index]]
            qid = predictions[key][0]
            tp += 1
            how = "QID" if qid == g.key else "label"
            info.hits.append(f"{g.key} <- {key} ({how})")
            if is_qid:
                qid_hits += 1
                if qid == g.key:
                    linked += 1
                else:
                    info.notes.append(f"linking: {g.key} hit by {key} (QID {qid})")
        for p_index, key in enumerate(keys):
            if p_index in assigned:
                continue
            if hits_optional[p_index]:
                info.notes.append(f"dropped (optional): {key}")
                continue
            fp += 1
            duplicate = [g.key for g in entities if _entity_matches(*predictions[key], g)]
            suffix = f" (duplicate of {duplicate[0]})" if duplicate else ""
            info.false_positives.append(key + suffix)
    extras = {
        "linking_accuracy": _ratio(linked, qid_hits),
        "linked_recall": _ratio(linked, qid_gold),
    }
    report.sections.append(SectionScore.from_counts("entities", tp, fp, fn, extras))


def _score_events(gold_docs: dict[str, dict], by_doc: dict[str, list[Row]], report: EvalReport) -> None:
    type_details = _new_details(report, "event_type", gold_docs)
    dated_details = _new_details(report, "event_dated", gold_docs)
    type_counts = [0, 0, 0]
    dated_counts = [0, 0, 0]
    for doc, record in gold_docs.items():
        gold_items: list[tuple[str, frozenset[str | None]]] = []
        for event in record.get("events", []):
            dates = event.get("date")
            alternatives = dates if isinstance(dates, list) else [dates]
            item = (event["type"].strip(), frozenset(normalise_date(d) for d in alternatives))
            if item not in gold_items:
                gold_items.append(item)
        predicted: set[tuple[str, str | None]] = set()
        for row in by_doc[doc]:
            event_type = _cell(row, "type")
            if event_type:
                predicted.add((_local_name(event_type), normalise_date(_cell(row, "date"))))

        gold_types = {t for t, _ in gold_items}
        predicted_types = {t for t, _ in predicted}
        info = type_details[doc]
        info.hits.extend(sorted(gold_types & predicted_types))
        info.false_positives.extend(sorted(predicted_types - gold_types))
        info.misses.extend(sorted(gold_types - predicted_types))
        type_counts[0] += len(gold_types & predicted_types)
        type_counts[1] += len(predicted_types - gold_types)
        type_counts[2] += len(gold_types - predicted_types)

        pairs = sorted(predicted, key=lambda p: (p[0], p[1] or ""))
        weights = [[1 if t == gt and d in gd else 0 for t, d in pairs] for gt, gd in gold_items]
        assignment = _best_assignment(weights)
        assigned = set(assignment.values())
        info = dated_details[doc]
        for g_index, (gt, gd) in enumerate(gold_items):
            shown = f"{gt} {' | '.join(sorted(str(d) for d in gd))}"
            if g_index in assignment:
                info.hits.append(f"{shown} <- {pairs[assignment[g_index]][1]}")
            else:
                info.misses.append(shown)
        for p_index, (t, d) in enumerate(pairs):
            if p_index not in assigned:
                info.false_positives.append(f"{t} {d}")
        dated_counts[0] += len(assignment)
        dated_counts[1] += len(pairs) - len(assignment)
        dated_counts[2] += len(gold_items) - len(assignment)
    report.sections.append(SectionScore.from_counts("event_type", type_counts[0], type_counts[1], type_counts[2]))
    report.sections.append(SectionScore.from_counts("event_dated", dated_counts[0], dated_counts[1], dated_counts[2]))


@dataclass
class _PredictedClaim:
    claim: str
    speaker: str
    speaker_keys: set[str]
    labels: set[str]
    kinds: set[str]
    evidence: str
    start: int | None
    end: int | None


def _predicted_claims(rows: list[Row], text: str | None) -> list[_PredictedClaim]:
    """Distinct (claim, speaker) predictions of one document, in scoring order."""
    grouped: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for index, row in enumerate(rows):
        qid = qid_of(_cell(row, "speaker_wikidata"))
        label = _cell(row, "speaker_label")
        speaker_id = _cell(row, "speaker") or qid or (normalise_label(label) if label else "")
        grouped[(_cell(row, "claim") or f"<row {index}>", speaker_id)].append(row)
    claims: list[_PredictedClaim] = []
    for (claim, speaker), group in grouped.items():
        qids = {q for row in group if (q := qid_of(_cell(row, "speaker_wikidata")))}
        labels = {normalise_label(v) for row in group if (v := _cell(row, "speaker_label"))}
        keys = qids or {f"name:{label}" for label in labels if label}
        kinds = {_local_name(k).lower() for row in group if (k := _cell(row, "kind"))}
        starts = sorted({s for row in group if (s := _int_cell(row, "start")) is not None})
        ends = sorted({e for row in group if (e := _int_cell(row, "end")) is not None})
        start = starts[0] if starts else None
        end = ends[-1] if ends else None
        evidence = next((found for row in group if (found := _cell(row, "evidence"))), "")
        if not evidence and text is not None and start is not None and end is not None:
            evidence = text[start:end]
        claims.append(_PredictedClaim(claim, speaker, keys, labels, kinds, evidence, start, end))
    claims.sort(key=lambda c: (c.start is None, c.start or 0, c.claim, c.speaker))
    return claims


def _occurrences(text: str | None, evidence: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` span of ``evidence`` in ``text`` (overlapping ones too)."""
    if text is None or not evidence:
        return []
    spans = []
    position = text.find(evidence)
    while position >= 0:
        spans.append((position, position + len(evidence)))
        position = text.find(evidence, position + 1)
    return spans


@dataclass(frozen=True)
class _GoldSpeakers:
    """The acceptable speakers of a gold claim: their keys and every name the document gives them."""

    keys: frozenset[str]
    names: frozenset[str]

    def matched_by(self, claim: _PredictedClaim) -> bool:
        """Whether the predicted speaker is one of them, as an entity prediction would hit it (v1.1)."""
        return bool(claim.speaker_keys & self.keys or claim.labels & self.names)


def _gold_speakers(item: dict, names_by_key: dict[str, frozenset[str]]) -> _GoldSpeakers:
    """A gold claim's speakers; ``names_by_key`` holds the names of the document's (optional) entities.

    A ``name:`` key that no entity of the document lists is its own name.
    """
    keys = frozenset(normalise_key(k) for k in item["speaker"])
    names: set[str] = set()
    for key in keys:
        names |= names_by_key.get(key, frozenset({key[5:]}) if key.startswith("name:") else frozenset())
    return _GoldSpeakers(keys, frozenset(names))


def _claim_matches(
    claim: _PredictedClaim, speakers: _GoldSpeakers, evidence: str, spans: list[tuple[int, int]]
) -> bool:
    if not speakers.matched_by(claim):
        return False
    if claim.start is not None and claim.end is not None:
        if any(claim.start < g_end and g_start < claim.end for g_start, g_end in spans):
            return True
    return jaccard(claim.evidence, evidence) >= _JACCARD_MIN


def _score_claims(
    gold_docs: dict[str, dict], by_doc: dict[str, list[Row]], report: EvalReport, texts: dict[str, str]
) -> None:
    details = _new_details(report, "claims", gold_docs)
    tp = fp = fn = kind_correct = 0
    for doc, record in gold_docs.items():
        info = details[doc]
        text = texts.get(doc)
        names_by_key = {e.key: e.names for e in _gold_entities(record.get("entities", []) + record.get("optional", []))}
        gold_claims = []
        for index, item in enumerate(record.get("claims", [])):
            spans = _occurrences(text, item["evidence"])
            order = spans[0][0] if spans else math.inf
            speakers = _gold_speakers(item, names_by_key)
            gold_claims.append((order, index, item, speakers, spans))
        gold_claims.sort(key=lambda g: (g[0], g[1]))
        hit: set[int] = set()
        for claim in _predicted_claims(by_doc[doc], text):
            shown = f"{'/'.join(sorted(claim.speaker_keys)) or '<no speaker>'} \"{_short(claim.evidence)}\""
            for position, (_, _, item, speakers, spans) in enumerate(gold_claims):
                if position not in hit and _claim_matches(claim, speakers, item["evidence"], spans):
                    hit.add(position)
                    tp += 1
                    kind_ok = claim.kinds == {item["kind"].strip().lower()}
                    kind_correct += kind_ok
                    predicted_kind = "/".join(sorted(claim.kinds)) or "none"
                    info.hits.append(f"{shown} [{predicted_kind}{'' if kind_ok else ' != ' + item['kind']}]")
                    break
            else:
                fp += 1
                info.false_positives.append(shown)
        for position, (_, _, item, _, _) in enumerate(gold_claims):
            if position not in hit:
                fn += 1
                info.misses.append(f"{'/'.join(item['speaker'])} \"{_short(item['evidence'])}\"")
    extras = {"kind_accuracy": _ratio(kind_correct, tp)}
    report.sections.append(SectionScore.from_counts("claims", tp, fp, fn, extras))


def _score_figures(gold_docs: dict[str, dict], by_doc: dict[str, list[Row]], report: EvalReport) -> None:
    details = _new_details(report, "figures", gold_docs)
    tp = fp = fn = 0
    for doc, record in gold_docs.items():
        info = details[doc]
        gold_set = {(f["kind"].strip().lower(), f["value"]) for f in record.get("figures", [])}
        predicted = {
            (_local_name(kind).lower(), parse_value(_cell(row, "value")))
            for row in by_doc[doc]
            if (kind := _cell(row, "kind"))
        }
        info.hits.extend(f"{k} {v}" for k, v in sorted(gold_set & predicted, key=str))
        info.false_positives.extend(f"{k} {v}" for k, v in sorted(predicted - gold_set, key=str))
        info.misses.extend(f"{k} {v}" for k, v in sorted(gold_set - predicted, key=str))
        tp += len(gold_set & predicted)
        fp += len(predicted - gold_set)
        fn += len(gold_set - predicted)
    report.sections.append(SectionScore.from_counts("figures", tp, fp, fn))


# --------------------------------------------------------------------------- formatting


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_table(report: EvalReport) -> str:
    """A plain-text table: section, P, R, F1, tp, fp, fn and extra metrics."""
    header = ("section", "P", "R", "F1", "tp", "fp", "fn", "extra")
    lines = [
        (
            s.name,
            _number(s.precision),
            _number(s.recall),
            _number(s.f1),
            str(s.tp),
            str(s.fp),
            str(s.fn),
            "  ".join(f"{k}={_number(v)}" for k, v in s.extras.items()),
        )
        for s in report.sections
    ]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header) - 1)]

    def render(row: tuple[str, ...]) -> str:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:-1], widths[1:])]
        return ("  ".join(cells) + "  " + row[-1]).rstrip()

    out = [render(header), "  ".join("-" * w for w in widths) + "  -----", *map(render, lines)]
    if any(s.name == "documents" for s in report.sections):
        out.append("(documents: P/R/F1 of duplicate_of pairs)")
    return "\n".join(out)


def format_details(report: EvalReport) -> str:
    """Per section and gold document: hits, false positives, misses and notes."""
    out: list[str] = []
    for name, docs in report.details.items():
        out.append(f"== {name}")
        for doc, info in docs.items():
            if not (info.hits or info.false_positives or info.misses or info.notes):
                continue
            out.append(f"  {doc}")
            for label, items in (
                ("hit", info.hits),
                ("false positive", info.false_positives),
                ("miss", info.misses),
                ("note", info.notes),
            ):
                out.extend(f"    {label}: {item}" for item in items)
    for section, ignored in report.ignored_docs.items():
        out.append(f"== ignored {section} rows of docs not in gold: {', '.join(ignored)}")
    return "\n".join(out)
