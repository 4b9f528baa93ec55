"""Every data file the package ships is found through importlib.resources and loads."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from rdflib import Graph

from kg.errors import ResourceError
from kg.extract.events.lexicon import event_lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.query import parse_query
from kg.resources import SAFE_LOADER, LexiconModel, iter_files, load_lexicon, parse_lexicon, parse_yaml, read_text, read_yaml
from tests.source_tree import copy_tree, run_in_tree

ROOT = Path(__file__).resolve().parent.parent


def test_resources_every_turtle_file_parses():
    files = iter_files("ontology", ".ttl") + iter_files("shapes", ".ttl")
    assert len(files) >= 3
    for item in files:
        assert len(Graph().parse(data=item.read_text(encoding="utf-8"), format="turtle")) > 0, item.name


def test_resources_every_query_parses():
    library = iter_files("queries", ".rq")
    assert len(library) >= 16  # the analyst library and the five eval queries
    for item in library:
        query = parse_query(item.read_text(encoding="utf-8"), item.name)
        ox.Store().query(query.text)  # valid SPARQL 1.1 (a syntax error raises)


def test_resources_every_lexicon_loads():
    names = [item.name for item in iter_files("lexicons", ".yaml")]
    assert {"clutter.yaml", "event_triggers.yaml", "reporting_cues.yaml", "figures.yaml", "time.yaml"} <= set(names)
    for name in names:
        assert read_yaml("lexicons", name), name


def test_resources_yaml_loader_gives_the_pure_python_loaders_data():
    """``read_yaml`` parses with libyaml where PyYAML has it: the data must be what the pure-Python safe loader gives."""
    names = [item.name for item in iter_files("lexicons", ".yaml")]
    for name in names:
        assert read_yaml("lexicons", name) == yaml.load(read_text("lexicons", name), Loader=yaml.SafeLoader), name
    assert yaml.load("a: [1, 'x', {b: null}]\nc: 2023-09-19\n", Loader=SAFE_LOADER) == yaml.safe_load("a: [1, 'x', {b: null}]\nc: 2023-09-19\n")
    assert len(load_gazetteer().entries) > 300
    assert read_text("lexicons", "entity_patterns.jsonl").strip()


def test_resources_a_key_given_twice_is_an_error_naming_the_file_and_line():
    """Two word lists of one name in a lexicon: YAML would keep the second silently; kg refuses the file."""
    with pytest.raises(ResourceError, match=r"^lexicons/cues\.yaml:3:1: not valid YAML: the key 'place_prepositions' is given twice$"):
        parse_yaml("place_prepositions: [at]\nverbs: {say: assertion}\nplace_prepositions: [in, on]\n", "lexicons/cues.yaml")
    with pytest.raises(ResourceError, match="the key 'say' is given twice"):
        parse_yaml("verbs:\n  say: assertion\n  say: denial\n", "lexicons/cues.yaml")
    # the same key in two different mappings is no repeat
    assert parse_yaml("a: {x: 1}\nb: {x: 2}\n", "t.yaml") == {"a": {"x": 1}, "b": {"x": 2}}


def test_resources_the_wheel_ships_every_data_file(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed: {build.stderr[-2000:]}")
    wheel = next(tmp_path.glob("*.whl"))
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for folder, package in (("ontology", "ontology"), ("shapes", "shapes"), ("queries", "queries"), ("lexicons", "lexicons"), ("web", "web")):
        for source in (ROOT / folder).rglob("*"):
            if source.is_file() and (source.suffix in (".ttl", ".rq", ".yaml", ".tsv", ".jsonl", ".html", ".js", ".css", ".json", ".txt")
                                     or source.name == "LICENSE"):
                assert f"kg/{package}/{source.relative_to(ROOT / folder).as_posix()}" in shipped, source
    for module in (ROOT / "kg").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in shipped, module


@pytest.fixture
def broken_event_lexicon(monkeypatch):
    """``lexicons/event_triggers.yaml`` as shipped with one record of the caller's put first in ``triggers``; returns a
    function that installs the record and gives its line. Every lexicon cache is emptied before and after."""
    import kg.resources

    shipped = kg.resources.read_text

    def clear() -> None:
        read_yaml.cache_clear()
        load_lexicon.cache_clear()

    def install(record: str) -> int:
        text = shipped("lexicons", "event_triggers.yaml").replace("\ntriggers:\n", f"\ntriggers:\n  - {record}\n", 1)
        monkeypatch.setattr(kg.resources, "read_text",
                            lambda package, name: text if name == "event_triggers.yaml" else shipped(package, name))
        clear()
        return text.splitlines().index(f"  - {record}") + 1

    clear()
    yield install
    monkeypatch.undo()
    clear()


def test_resources_a_malformed_lexicon_record_names_file_record_and_line(broken_event_lexicon):
    """A newcomer's typo in a trigger record ("Atack"): the error names the file, its line, the record and the field."""
    line = broken_event_lexicon("{type: Atack, pos: [VERB], lemmas: [firebomb]}")
    with pytest.raises(ResourceError, match=rf"^lexicons/event_triggers\.yaml:{line}: triggers\[0\] \(firebomb\)\.type: .*got 'Atack'"):
        event_lexicon()
    # a check of the whole lexicon, whose message names the record, gets the record's line too
    line = broken_event_lexicon("{type: Attack, pos: [VERB], lemmas: [firebomb], when: [no_such_check]}")
    with pytest.raises(ResourceError, match=rf"^lexicons/event_triggers\.yaml:{line}: triggers\[0\] \(firebomb\): unknown check 'no_such_check'"):
        event_lexicon()
    # a misspelt field is a missing one and an unknown one: both are named
    line = broken_event_lexicon("{type: Attack, pos: [VERB], lemma: [firebomb]}")
    with pytest.raises(ResourceError, match=rf"^lexicons/event_triggers\.yaml:{line}: triggers\[0\] \(Attack\)\.lemmas: Field required "
                                            r"\(and 1 more problem: triggers\[0\]\.lemma: Extra inputs are not permitted\)$"):
        event_lexicon()
    # a record that fits (the near miss) loads
    broken_event_lexicon("{type: Attack, pos: [VERB], lemmas: [firebomb]}")
    assert any("firebomb" in rule.lemmas for rule in event_lexicon().triggers)


def test_resources_a_malformed_lexicon_record_stops_a_build_with_one_error_naming_file_line_and_record(tmp_path):
    """A newcomer's typo in a new trigger record: one error line before any document is analysed (exit status 2),
    not an internal error "bug in kg" for every document; the near miss (the record as meant) builds."""
    tree = copy_tree(tmp_path / "tree")
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a.txt", "b.txt"):
        (articles / name).write_text("Militants firebombed a police post in Tarsk on Monday, the ministry said.\n", encoding="utf-8")
    lexicon = tree / "lexicons" / "event_triggers.yaml"
    shipped = lexicon.read_text(encoding="utf-8")
    build = ("-c", "from kg.cli import main; main()", "build", str(articles), "--no-store", "--out", str(tmp_path / "a.nq"), "--jobs", "1")
    lexicon.write_text(shipped.replace("\ntriggers:\n", "\ntriggers:\n  - {type: Atack, pos: [VERB], lemmas: [firebomb]}\n", 1), encoding="utf-8")
    line = shipped[: shipped.index("\ntriggers:\n")].count("\n") + 3
    result = run_in_tree(tree, *build)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"error: lexicons/event_triggers.yaml:{line}: triggers[0] (firebomb).type: Input should be 'Attack', 'Blockade', "
        "'Capture', 'Ceasefire', 'Disarmament', 'Evacuation', 'Explosion', 'MilitaryOperation', 'Protest', 'Talks' or 'War', "
        "got 'Atack'"
    ]
    lexicon.write_text(shipped.replace("\ntriggers:\n", "\ntriggers:\n  - {type: Attack, pos: [VERB], lemmas: [firebomb]}\n", 1), encoding="utf-8")
    result = run_in_tree(tree, *build)
    assert result.returncode == 0, result.stderr
    assert "kg-news/ontology#Attack>" in (tmp_path / "a.nq").read_text(encoding="utf-8")


def test_resources_a_misspelt_word_list_name_is_one_short_error_at_the_unknown_keys_line(monkeypatch):
    """``riot_word:`` for ``riot_words:``: the missing list has no YAML node, so the line is the unknown key's, and the
    message does not print the whole lexicon (a missing field's input is its parent) but stays one short line."""
    import kg.resources

    shipped = kg.resources.read_text
    text = shipped("lexicons", "event_triggers.yaml").replace("\nriot_words:", "\nriot_word:", 1)
    monkeypatch.setattr(kg.resources, "read_text", lambda package, name: text if name == "event_triggers.yaml" else shipped(package, name))
    read_yaml.cache_clear()
    load_lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError) as raised:
            event_lexicon()
    finally:
        monkeypatch.undo()
        read_yaml.cache_clear()
        load_lexicon.cache_clear()
    line = text.splitlines().index(next(row for row in text.splitlines() if row.startswith("riot_word:"))) + 1
    assert str(raised.value) == (f"lexicons/event_triggers.yaml:{line}: riot_words: Field required "
                                 "(and 1 more problem: riot_word: Extra inputs are not permitted)")
    # near miss: a wrong word in the list still shows the value it got
    with pytest.raises(ResourceError, match=r"^t\.yaml:2: riot_words\[1\]: .*got 7$"):
        parse_lexicon({"riot_words": ["riot", 7]}, _RiotWords, "t.yaml", "x: 1\nriot_words: [riot, 7]\n")


class _RiotWords(LexiconModel):
    riot_words: frozenset[str]


def test_resources_parse_lexicon_names_the_line_when_given_the_text():
    """load_lexicon and parse_lexicon are one path: with the YAML text, the line of the record is named; without it
    (data made in a test), the file and record only."""
    text = "x: 1\nriot_words: {a: 1}\n"
    with pytest.raises(ResourceError, match=r"^t\.yaml:2: riot_words: Input should be a valid"):
        parse_lexicon(parse_yaml(text, "t.yaml"), _RiotWords, "t.yaml", text)
    with pytest.raises(ResourceError, match=r"^t\.yaml: riot_words: Input should be a valid"):
        parse_lexicon(parse_yaml(text, "t.yaml"), _RiotWords, "t.yaml")


def test_resources_a_yaml_syntax_error_is_one_line_with_file_line_and_column():
    """A bracket left open: ``file:line:column: not valid YAML: problem`` on one line, not PyYAML's text with its
    newlines printed as ``\\n``."""
    with pytest.raises(ResourceError) as raised:
        parse_yaml("a: [x]\nb: {y: 1\nc: 2\n", "lexicons/cues.yaml")
    assert "\n" not in str(raised.value)
    assert str(raised.value).startswith("lexicons/cues.yaml:3:2: not valid YAML: ")
    # near miss: valid YAML parses
    assert parse_yaml("a: [x]\nb: {y: 1}\n", "lexicons/cues.yaml") == {"a": ["x"], "b": {"y": 1}}



def test_resources_a_malformed_lexicon_record_stops_the_pipeline_loading(broken_event_lexicon):
    """A build's workers load every lexicon as they load the pipeline: a malformed record is their start error (one
    error line for the build, see tests/test_codes.py), not an internal error on every document."""
    from kg.nlp.pipeline import load_pipeline

    line = broken_event_lexicon("{type: Atack, pos: [VERB], lemmas: [firebomb]}")
    with pytest.raises(ResourceError, match=rf"^lexicons/event_triggers\.yaml:{line}: triggers\[0\] \(firebomb\)\.type: "):
        load_pipeline()
