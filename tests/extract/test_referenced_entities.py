"""The document's entity table completed with what its records refer to (`kg.extract.document`)."""

from __future__ import annotations

import pytest

from kg.extract.document import _with_referenced_entities
from kg.nlp.gazetteer import load_gazetteer
from kg.records import Entity


def test_referenced_entities_a_body_of_a_state_the_document_never_names_keeps_no_dangling_link():
    """A 1 MB page of concatenated articles made a ministry of an unknown state whose own mentions were gone."""
    ministry = Entity(key="name:interior ministry of ruritania", label="Interior Ministry of Ruritania",
                      kind="organization", part_of="name:ruritania")
    completed = _with_referenced_entities({ministry.key: ministry}, load_gazetteer(), [], [], [], [], [])
    assert completed[ministry.key].part_of is None
    assert set(completed) == {ministry.key}


def test_referenced_entities_a_body_of_a_known_state_brings_the_state():
    army = Entity(key="name:border guards of armenia", label="Border Guards of Armenia", kind="force", part_of="Q399")
    completed = _with_referenced_entities({army.key: army}, load_gazetteer(), [], [], [], [], [])
    assert completed[army.key].part_of == "Q399"
    assert completed["Q399"].label == "Armenia"


def test_referenced_entities_a_record_naming_an_unknown_key_is_still_a_bug():
    from kg.records import Framing

    framing = Framing(start=0, end=1, text="x", source="name:nobody", cue="calls")
    with pytest.raises(KeyError):
        _with_referenced_entities({}, load_gazetteer(), [], [], [], [], [framing])
