"""The rule engines honour the records of their lexicons: a newcomer adds a trigger, a cue or a
figure trigger by adding a record (made-up sentences from other conflicts)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from kg.errors import ResourceError
from kg.extract.claims.content import verb_cue
from kg.extract.claims.lexicon import ClaimLexicon
from kg.extract.events import EventLexicon, extract_events
from kg.extract.figures import FigureLexicon, extract_figures
from kg.resources import parse_lexicon, read_yaml
from kg.timex import find_time_expressions

PUBLISHED = date(2024, 3, 4)


def _with(name: str, key: str, record: dict[str, Any], model: Any) -> Any:
    """The shipped lexicon ``name`` with one more record in its list ``key``."""
    data = dict(read_yaml("lexicons", name))
    data[key] = [*data[key], record]
    return parse_lexicon(data, model, f"lexicons/{name}")


def test_rule_records_a_new_trigger_record_and_its_check(nlp):
    record = {"type": "Blockade", "pos": ["VERB"], "lemmas": ["seal"], "when": [{"argument_in": "blockade_objects"}]}
    lexicon = _with("event_triggers.yaml", "triggers", record, EventLexicon)
    text = "Soldiers sealed the main road to Khartoum on Friday. The clerk sealed the envelope."
    doc = nlp(text)
    times = find_time_expressions(text, PUBLISHED)
    assert [e.type for e in extract_events(doc, times)] == []
    found = extract_events(doc, times, lexicon=lexicon)
    assert [(e.type, e.mentions[0].text, e.time.value if e.time else None) for e in found] == [("Blockade", "sealed", "2024-03-01")]


def test_rule_records_a_new_cue_record_and_its_complement(nlp):
    record = {"kind": "warning", "lemmas": ["caution"], "requires": ["clause"]}
    lexicon = _with("reporting_cues.yaml", "cues", record, ClaimLexicon)
    doc = nlp("The UN cautioned that the camps near Gao would flood. The UN cautioned drivers.")
    cues = [token for token in doc if token.lemma_ == "caution"]
    assert [verb_cue(token, lexicon) for token in cues] == [("warning", cues[0].idx + len("cautioned")), None]


def test_rule_records_a_new_figure_trigger_record(nlp):
    record = {"kind": "evacuated", "counted": ["people"], "triggers": ["host"]}  # "shelter" is shipped since round 37b
    lexicon = _with("figures.yaml", "kinds", record, FigureLexicon)
    doc = nlp("The camp near Dadaab hosted 3,000 families.")
    assert extract_figures(doc, []) == []
    assert [(f.kind, f.value) for f in extract_figures(doc, [], lexicon=lexicon)] == [("evacuated", 3000)]


@pytest.mark.parametrize(
    ("name", "key", "record", "model", "message"),
    [
        ("event_triggers.yaml", "triggers", {"type": "Hijack", "pos": ["VERB"], "lemmas": ["hijack"]}, EventLexicon,
         "lexicons/event_triggers.yaml: triggers[N] (hijack).type: Input should be 'Attack'"),
        ("event_triggers.yaml", "triggers", {"type": "Attack", "pos": ["VERB"], "lemmas": ["snipe"], "when": ["nearby"]},
         EventLexicon, "triggers[N] (snipe): unknown check 'nearby'"),
        ("event_triggers.yaml", "triggers", {"type": "Attack", "pos": ["VERB"], "lemmas": ["snipe"], "when": [{"argument_in": "rifles"}]},
         EventLexicon, "check 'argument_in': 'rifles' is no word class of the lexicon"),
        ("reporting_cues.yaml", "cues", {"kind": "warning", "lemmas": ["caution"], "requires": ["sentence"]}, ClaimLexicon,
         "lexicons/reporting_cues.yaml: cues[N] (caution).requires: unknown complements ['sentence']"),
        ("figures.yaml", "kinds", {"kind": "shelled", "counted": ["people"], "triggers": ["shell"]}, FigureLexicon,
         "lexicons/figures.yaml: kinds[N] (shelled).kind: Input should be 'captured_equipment'"),
    ],
)
def test_rule_records_a_bad_record_is_named_with_its_file_entry_and_field(name, key, record, model, message):
    with pytest.raises(ResourceError) as error:
        _with(name, key, record, model)
    index = len(read_yaml("lexicons", name)[key])
    assert message.replace("[N]", f"[{index}]") in str(error.value)


@pytest.mark.parametrize(
    ("name", "key", "model"),
    [("event_triggers.yaml", "triggers", EventLexicon), ("reporting_cues.yaml", "cues", ClaimLexicon)],
)
def test_rule_records_every_field_of_a_record_is_described_above_its_list(name, key, model):
    """A newcomer adding a record reads its format next to the data: each field of the record's schema is described
    in the comment above the list (``#   field: ...``)."""
    from kg.resources import read_text

    text = read_text("lexicons", name)
    header = text[: text.index(f"\n{key}:\n")]
    record = model.model_fields[key].annotation.__args__[0]  # tuple[Record, ...]
    missing = [field for field in record.model_fields if not re.search(rf"^#\s+{field}:", header, re.MULTILINE)]
    assert not missing, f"lexicons/{name}: fields of a {key} record not described above it: {missing}"
