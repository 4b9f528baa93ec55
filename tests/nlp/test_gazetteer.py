"""The gazetteer: its TSV format, layered files, the shared object of the pipeline, and user
gazetteers given to `kg build --gazetteer` (a made-up country, Zembla)."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import spacy
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ResourceError
from kg.nlp.gazetteer import load_gazetteer, read_entries
from kg.nlp.pipeline import load_pipeline, pipeline_gazetteer
from kg.rdf.vocab import KG
from kg.resources import read_text

HEADER = "id\tlabel\tqid\tkind\taliases\tstands_for\tpart_of"
ZEMBLA = (
    f"{HEADER}\tdemonyms\tlat\tlon\n"
    "zembla\tZembla\t\tstate\tRepublic of Zembla\t\t\tZemblan;Zemblans\t\t\n"
    "zembla_defence_council\tZembla Defence Council\t\torganization\tZDC\t\tzembla\t\t\t\n"
    "onhava\tOnhava\t\tplace\t\tzembla\t\t\t57.1\t24.2\n"
)


@pytest.fixture(scope="module")
def zembla_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "zembla.tsv"
    path.write_text(ZEMBLA, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def zembla_nlp(zembla_file):
    return load_pipeline(gazetteers=[zembla_file])


def test_gazetteer_tsv_optional_columns_are_read():
    entries = read_entries(ZEMBLA, "zembla.tsv")
    assert [(e.id, e.demonyms, e.lat, e.lon) for e in entries] == [
        ("zembla", ("Zemblan", "Zemblans"), None, None),
        ("zembla_defence_council", (), None, None),
        ("onhava", (), 57.1, 24.2),
    ]
    assert read_entries(f"{HEADER}\nx\tX\tQ42\tperson\t\t\t\n", "short.tsv")[0].qid == "Q42"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id\tlabel\tkind\n", "bad.tsv:1: the header must be the columns id label qid kind aliases stands_for part_of"),
        (f"{HEADER}\tlat\tdemonyms\n", "bad.tsv:1: the header must be"),
        (f"{HEADER}\nx\tX\t\tperson\t\t\n", "bad.tsv:2: expected 7 columns"),
        (f"{HEADER}\n\nx\tX\t\tcountry\t\t\t\n", "bad.tsv:3: column kind: 'country' is not one of person, organization"),
        (f"{HEADER}\nx\tX\tq42\tperson\t\t\t\n", "bad.tsv:2: column qid: 'q42' is not a Wikidata QID"),
        (f"{HEADER}\tlat\tlon\nx\tX\t\tplace\t\t\t\t91\t0\n", "bad.tsv:2: column lat: 91.0 is outside -90..90"),
        (f"{HEADER}\tlat\tlon\nx\tX\t\tplace\t\t\t\tnorth\t0\n", "bad.tsv:2: column lat: 'north' is not a number"),
        # an id ends its entity's IRI: '>' or a space made every document naming the entity an internal error
        (f"{HEADER}\nx> <urn:evil\tX\t\tstate\t\t\t\n", "bad.tsv:2: column id: 'x> <urn:evil' is not an id"),
        (f"{HEADER}\nname/zembla-1\tX\t\tstate\t\t\t\n", "bad.tsv:2: column id: 'name/zembla-1' is not an id"),
    ],
)
def test_gazetteer_tsv_errors_name_the_file_line_and_column(text, message):
    with pytest.raises(ResourceError) as error:
        read_entries(text, "bad.tsv")
    assert str(error.value).startswith(message)


def test_gazetteer_ids_of_letters_digits_underscores_dashes_and_dots_are_taken():
    entries = read_entries(f"{HEADER}\nzembla_army-2.b\tZembla Army\t\tarmed_group\t\t\t\n", "ok.tsv")
    assert entries[0].id == "zembla_army-2.b"


def test_gazetteer_later_files_win_per_id(tmp_path):
    override = tmp_path / "override.tsv"
    override.write_text(f"{HEADER}\narmenia\tArmenia\tQ399\tstate\tHayastan\t\t\n", encoding="utf-8")
    layered = load_gazetteer(user_files=(str(override),))
    assert layered.entries["armenia"].aliases == ("Hayastan",)
    assert layered.lookup("Hayastan") is layered.entries["armenia"]
    assert load_gazetteer().entries["armenia"].aliases == ("Republic of Armenia",)


def test_gazetteer_a_later_row_without_coordinates_keeps_those_it_replaces(tmp_path):
    world = load_gazetteer()
    assert world.entries["baku"].qid == "Q9248" and world.entries["baku"].lat is not None  # the domain row, the world file's place
    moved = tmp_path / "moved.tsv"
    moved.write_text(f"{HEADER}\tdemonyms\tlat\tlon\nbaku\tBaku\tQ9248\tplace\t\tazerbaijan\t\t\t40.5\t49.9\n", encoding="utf-8")
    assert (load_gazetteer(user_files=(str(moved),)).entries["baku"].lat, load_gazetteer(user_files=(str(moved),)).entries["baku"].lon) == (40.5, 49.9)
    assert load_gazetteer().entries["stepanakert"].lat is None  # no file locates it


def test_gazetteer_unknown_reference_is_named(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"{HEADER}\nx_ministry\tX Ministry\t\torganization\t\t\tnowhere\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="gazetteer entry 'x_ministry': column part_of: unknown id 'nowhere'"):
        load_gazetteer(user_files=(str(bad),))


def test_gazetteer_one_object_for_ruler_linker_and_speakers(zembla_nlp):
    ruler = zembla_nlp.get_pipe("kg_gazetteer_ruler")
    assert ruler.gazetteer is pipeline_gazetteer(zembla_nlp)
    assert "zembla" in ruler.gazetteer.entries and "zembla" not in load_gazetteer().entries


def test_gazetteer_components_round_trip_through_disk(zembla_nlp, tmp_path):
    zembla_nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.get_pipe("kg_gazetteer_ruler").gazetteer is pipeline_gazetteer(reloaded)
    doc = reloaded("The Zembla Defence Council met in Onhava.")
    assert {e.label for e in doc._.kg_entities.values()} == {"Zembla Defence Council", "Onhava", "Zembla"}


def test_gazetteer_kg_build_with_a_user_gazetteer_links_and_resolves_speakers(zembla_file, tmp_path):
    article = tmp_path / "zembla.txt"
    article.write_text(
        "Zembla recalls envoy\n\n"
        "The Zembla Defence Council said on Tuesday that its troops had left the border zone. "
        "Zemblan officials said talks with Onhava elders would resume next week.\n",
        encoding="utf-8",
    )
    out = tmp_path / "zembla.nq"
    result = CliRunner().invoke(app, ["build", str(article), "--gazetteer", str(zembla_file), "--no-store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    rows = store.query(
        f"SELECT ?label ?of WHERE {{ ?claim <{KG.speaker}> ?speaker . ?speaker <http://www.w3.org/2000/01/rdf-schema#label> ?label "
        f"OPTIONAL {{ ?speaker <{KG.affiliation}>/<http://www.w3.org/2000/01/rdf-schema#label> ?of }} }}",
        use_default_graph_as_union=True,
    )
    found = sorted((row["label"].value, row["of"].value if row["of"] else None) for row in rows)
    assert found == [("Zembla Defence Council", None), ("Zemblan officials", "Zembla")]  # officials of the new state


def test_gazetteer_kg_build_reports_a_broken_user_gazetteer(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Nothing happened.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "--gazetteer", str(bad), "--no-store", "--out", str(tmp_path / "a.nq")])
    assert result.exit_code == 2
    assert f"error: {bad}:1: the header must be the columns" in result.output


def test_gazetteer_a_world_sized_file_loads_fast(tmp_path):
    """40,000 places with an alias each (160,000 names with the upper-case forms): well under the
    23 s a phrase-matcher doc per name took, and still matched."""
    syllables = ["ka", "lo", "mi", "ra", "tu", "ven", "sor", "dal", "ni", "ber", "go", "zan"]
    rows = [f"{HEADER}\tdemonyms\tlat\tlon"]
    for i in range(40000):
        first = "".join(syllables[(i // 12**k) % 12] for k in range(4)).capitalize()
        rows.append(f"w{i}\t{first} Valley\t\tplace\t{first}\t\t\t\t1.0\t2.0")
    world = tmp_path / "world.tsv"
    world.write_text("\n".join(rows) + "\n", encoding="utf-8")
    started = time.process_time()  # CPU time: other work on a shared machine does not count
    nlp = load_pipeline(gazetteers=[world])
    assert time.process_time() - started < 12.0
    doc = nlp("Shelling was reported in Kalomira Valley on Monday.")
    assert [e.label for e in doc._.kg_entities.values()] == ["Kalomira Valley"]


def test_gazetteer_an_empty_cell_keeps_the_earlier_layer_value(tmp_path):
    """A later row replaces an earlier one of the same id cell by cell: its empty cells (here the QID
    and the aliases) keep the earlier row's values, its filled cells win."""
    world = {e.id: e for e in read_entries(read_text("lexicons", "world_gazetteer.tsv"), "world")}
    assert world["germany"].qid == "Q183"
    layered = load_gazetteer()
    assert layered.entries["germany"].qid == "Q183"
    assert layered.entries["nato"].qid == world["nato"].qid is not None
    override = tmp_path / "override.tsv"
    override.write_text(f"{HEADER}\ngermany\tGermany\t\tstate\tBundesrepublik\t\t\n", encoding="utf-8")
    mine = load_gazetteer(user_files=(str(override),))
    assert (mine.entries["germany"].qid, mine.entries["germany"].aliases) == ("Q183", ("Bundesrepublik",))
    assert mine.entries["germany"].demonyms == layered.entries["germany"].demonyms


def test_gazetteer_a_city_names_its_state_and_the_states_of_its_namesakes():
    tripoli = load_gazetteer().entries["tripoli"]
    assert (tripoli.located_in, tripoli.namesakes_in) == ("libya", ("lebanon",))
    assert load_gazetteer().entries["moscow"].namesakes_in == ()  # Moscow, Idaho is too small to count
    row = f"{HEADER}\tdemonyms\tlat\tlon\tlocated_in\tnamesakes_in\nport_amber\tPort Amber\t\tplace\t\t\t\t\t\t\tnorland\tzembla;orsinia\n"
    assert read_entries(row, "ports.tsv")[0].namesakes_in == ("zembla", "orsinia")


def test_gazetteer_an_unknown_namesake_state_is_named(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"{HEADER}\tdemonyms\tlat\tlon\tlocated_in\tnamesakes_in\nport_amber\tPort Amber\t\tplace\t\t\t\t\t\t\tarmenia\tnowhere\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="gazetteer entry 'port_amber': column namesakes_in: unknown id 'nowhere'"):
        load_gazetteer(user_files=(str(bad),))


def test_a_place_written_without_its_inner_apostrophe_is_found():
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup("Muranga")
    assert entry is not None and entry.label == "Murang'a"
    assert gazetteer.lookup("Murang'a") is entry


def test_an_unapostrophed_name_is_no_lower_case_word_nor_a_word_run_on():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Hail") is not None and gazetteer.lookup("Hail").label == "Ha'il"
    assert gazetteer.lookup("hail") is None and gazetteer.lookup("a hail") is None
    assert gazetteer.lookup("Murang") is None


def test_gazetteer_user_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    """Spreadsheets save "UTF-8" TSV with a byte-order mark: the header read "\\ufeffid" and was refused."""
    path = tmp_path / "kalo.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + f"{HEADER}\nkalo_front\tKalo Liberation Front\t\tarmed_group\tKLF\t\t\n".encode("utf-8"))
    gazetteer = load_gazetteer(user_files=(str(path),))
    assert gazetteer.entries["kalo_front"].label == "Kalo Liberation Front"


def test_gazetteer_user_file_with_a_mark_inside_its_header_is_still_refused(tmp_path):
    path = tmp_path / "kalo.tsv"
    path.write_text("\ufeff" + HEADER.replace("label", "label\ufeff") + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="kalo.tsv:1: the header must be"):
        load_gazetteer(user_files=(str(path),))
