"""A described source set off by a comma at the end of the statement, which the parser hung on the statement's
last noun (an apposition or a conjunct) and left the closing cue with no subject of its own (recall47)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def speakers(nlp, text: str) -> list[tuple[str, ...]]:
    found, _ = extract_claims(nlp(text), load_gazetteer())
    return [claim.speakers + tuple(source.label for source in claim.sources) for claim in found]


@pytest.mark.parametrize(("text", "expected"), [
    # the cue a clause of the statement's verb, a bare time word between the source and it
    ("Rebels overran a police station in western Kessaria late Monday in an attack that took the lives of at least "
     "four officers, provincial officials today told Agence-France Presse.", "provincial officials"),
    # the source an apposition of the statement's last noun, with a prepositional phrase of its own
    ("An air strike targeting militia leaders in Kessaria killed 12 civilians, including four women, two military "
     "officials in the restive West African country said.", "two military officials in the restive West African country"),
])
def test_trailing_source_hung_on_the_statement(nlp, text, expected):
    found = speakers(nlp, text)
    assert any(expected in " ".join(keys) for keys in found), found


@pytest.mark.parametrize(("text", "wrong"), [
    # a list of the killed closed by no cue: no claim, no speaker
    ("An air strike targeting militia leaders in Kessaria killed 12 civilians, including four women and two military "
     "officials in the restive West African country.", "officials"),
    # a cue with a subject of its own inside a time clause: the subject speaks, not the noun before the comma
    ("Rebels overran a police station in western Kessaria in an attack that took the lives of four officers, "
     "hours after the governor told reporters the town was safe.", "officers"),
])
def test_no_trailing_source_without_a_closing_cue(nlp, text, wrong):
    assert not any(wrong in " ".join(keys) for keys in speakers(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a named source in apposition to a title, its closing comma right before "told" and the addressee after it
    ("Rebels attacked an army base in the northern Velmarian province of Tarsk on Friday and killed six soldiers, "
     "Maj. Petar Lukan, the regional army spokesman, told Reuters.", "Petar Lukan"),
    # the same with "told" parsed as the root and the statement as its clause (review D 3): still no inverted source
    ("The rebels attacked the convoy, Col. Ali Musa, the local police chief, told Reuters.", "Ali Musa"),
    # an inverted cue that takes no addressee keeps the name after it as its source
    ("Rebels attacked an army base in the northern Velmarian province of Tarsk on Friday and killed six soldiers, "
     "reported Reuters.", "Q130879"),
])
def test_source_before_told_is_not_the_addressee(nlp, text, expected):
    found = speakers(nlp, text)
    assert any(expected.lower() in " ".join(keys).lower() for keys in found), found
    if expected != "Q130879":  # Reuters
        assert not any("Q130879" in keys for keys in found), found
