"""A gazetteer of one conflict's actors from Wikidata (``kg gazetteer wikidata``).

Runs a SPARQL query (by default the shipped ``queries/wikidata/conflict-actors.rq``) against a
SPARQL endpoint (by default Wikidata's) once per country, and turns its rows into gazetteer rows
in the shipped TSV columns (``kg.nlp.gazetteer``): states with their demonyms and capitals
(``stands_for`` the state: "Bangkok rejected"), the armed groups of each country (``part_of`` the
country), and the people who hold its positions, each with its
QID, English label and aliases. A row whose QID the shipped gazetteer already has keeps the
shipped id, so that ``kg build --gazetteer`` layers it over the shipped row instead of adding a
second entity.

The query's rows have the columns ``item`` (the Wikidata item), ``kind`` (``state``,
``armed_group``, ``person``, ``organization`` or ``place``), ``label``, and optionally ``alias``,
``demonym`` and ``country`` (the state an armed group belongs to, a capital stands for); a custom ``--query`` file
returns the same columns and declares the ``country`` parameter.

Each request goes as any remote query does (``kg.query.EndpointBackend``, through kg's HTTP client
``kg.http``: an overall deadline, a cap on the answer's size, safe redirects; a form-encoded POST for a long
query), with a User-Agent as Wikidata's policy asks.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import get_args

from kg import __version__
from kg.errors import QueryError
from kg.nlp.gazetteer import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, Gazetteer, is_qid
from kg.query import EndpointBackend, Query, load_query
from kg.rdf.iris import slug
from kg.records import EntityKind

#: Wikidata's public SPARQL endpoint.
WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql"
#: The shipped query (``queries/wikidata/conflict-actors.rq``).
DEFAULT_QUERY = "wikidata/conflict-actors"
ENTITY_PREFIX = "http://www.wikidata.org/entity/"
USER_AGENT = f"kg-news/{__version__} (gazetteer from Wikidata; https://w3id.org/kg-news)"

@dataclass
class Actor:
    """One item of the answer, its rows merged."""

    qid: str
    kind: EntityKind
    label: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    country: str | None = None


def fetch_rows(query: Query, countries: Sequence[str], endpoint: str, timeout: float = 60.0) -> Iterator[dict[str, str]]:
    """The rows of ``query`` for each country QID, from a SPARQL endpoint, one at a time as each answer is parsed
    (an answer is held as its bytes only, never as a table: memory stays near the answer's size).

    Raises:
        QueryError: A country is no QID, the endpoint cannot be reached, refuses, is too slow or answers no SPARQL JSON.
    """
    for country in countries:
        if not is_qid(country):
            raise QueryError(f"--country {country!r} is not a Wikidata QID (Q followed by digits, e.g. Q869)")
    try:
        backend = EndpointBackend(endpoint, timeout=timeout, headers={"User-Agent": USER_AGENT}, union_check=False)
    except QueryError as error:
        raise QueryError(f"{query.name}: {error}") from error
    return _rows(query, countries, backend)


def _rows(query: Query, countries: Sequence[str], backend: EndpointBackend) -> Iterator[dict[str, str]]:
    for country in countries:
        text = query.bind({"country": ENTITY_PREFIX + country}) if query.params else query.text
        for row in backend.plain_rows(text, query.name):
            yield {name: value for name, value in row.items() if value is not None}


def actors_of(rows: Iterable[dict[str, str]]) -> list[Actor]:
    """The rows merged per item, in order of QID; rows without an item, label or known kind are skipped.

    Raises:
        QueryError: The answer lacks the ``item``, ``kind`` or ``label`` column.
    """
    actors: dict[str, Actor] = {}
    for row in rows:
        if not {"item", "kind", "label"} <= set(row):
            raise QueryError(f"the query must return the columns item, kind and label; got {', '.join(sorted(row))}")
        qid = row["item"].removeprefix(ENTITY_PREFIX)
        if not is_qid(qid) or row["kind"] not in get_args(EntityKind) or not row["label"].strip():
            continue
        actor = actors.setdefault(qid, Actor(qid, row["kind"], row["label"].strip()))  # type: ignore[arg-type]  # checked above
        actor.aliases |= {row["alias"].strip()} if row.get("alias", "").strip() else set()
        actor.demonyms |= {row["demonym"].strip()} if row.get("demonym", "").strip() else set()
        country = row.get("country", "").removeprefix(ENTITY_PREFIX)
        if actor.kind in ("armed_group", "place") and is_qid(country):
            actor.country = country
    return [actors[qid] for qid in sorted(actors, key=lambda q: int(q[1:]))]


def gazetteer_tsv(actors: Sequence[Actor], shipped: Gazetteer) -> str:
    """Gazetteer TSV (every column) of the actors: shipped ids for QIDs the shipped files know,
    else a slug of the label; an armed group is ``part_of`` its country, a capital ``stands_for``
    it and is ``located_in`` it, when the country is listed too."""
    by_qid = {entry.qid: entry.id for entry in shipped.entries.values() if entry.qid}
    ids: dict[str, str] = {}
    taken = {by_qid[actor.qid] for actor in actors if actor.qid in by_qid}  # before any slug: a later actor's shipped id
    numbers: dict[str, int] = {}  # the number each slug's next duplicate starts from
    for actor in actors:
        ids[actor.qid] = by_qid.get(actor.qid) or _unique(slug(actor.label, "_", "item"), taken, numbers)
        taken.add(ids[actor.qid])
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    writer.writerow(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    for actor in actors:
        aliases = sorted(_clean(actor.aliases) - {actor.label})
        country = ids.get(actor.country or "", "")
        stands_for, part_of = (country, "") if actor.kind == "place" else ("", country)
        writer.writerow([ids[actor.qid], _clean_one(actor.label), actor.qid, actor.kind, ";".join(aliases), stands_for, part_of,
                         ";".join(sorted(_clean(actor.demonyms))), "", "", stands_for, ""])
    return out.getvalue()


def _clean(values: Iterable[str]) -> set[str]:
    """Names that fit a TSV cell and a ``;`` list."""
    return {cleaned for value in values if (cleaned := _clean_one(value))}


def _clean_one(value: str) -> str:
    return " ".join(value.replace(";", ",").split())


def _unique(slug: str, taken: set[str], numbers: dict[str, int]) -> str:
    """``slug``, or the first ``slug_N`` (N from 2) not taken; ``numbers`` remembers where the search stopped
    (``taken`` only grows), so n actors of one label cost n steps, not n²."""
    if slug not in taken:
        return slug
    number = numbers.get(slug, 2)
    while (candidate := f"{slug}_{number}") in taken:
        number += 1
    numbers[slug] = number + 1
    return candidate


def conflict_gazetteer(
    countries: Sequence[str], shipped: Gazetteer, *, endpoint: str = WIKIDATA_ENDPOINT, query_file: str | None = None, timeout: float = 60.0
) -> tuple[str, int]:
    """The gazetteer TSV of a conflict's actors and how many rows it has.

    Raises:
        QueryError: See :func:`fetch_rows` and :func:`actors_of`; a query file is missing or malformed.
    """
    query = load_query(query_file or DEFAULT_QUERY)
    actors = actors_of(fetch_rows(query, countries, endpoint, timeout))
    return gazetteer_tsv(actors, shipped), len(actors)
