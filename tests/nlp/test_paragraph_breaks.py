"""Sentence boundaries: every line break ends a sentence; a headline is not cut mid-line."""

from __future__ import annotations

import pytest


def test_paragraph_breaks_headline_never_runs_into_the_body(nlp):
    doc = nlp("Rebels Seize Airport In Overnight Raid\n\nFighters took the airport on Sunday, officials said.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Rebels Seize Airport In Overnight Raid"
    assert sentences[1].startswith("Fighters took the airport")


def test_paragraph_breaks_headline_without_full_stop_stays_one_sentence(nlp):
    doc = nlp("Georgia recalls envoy, vows to respond to border incident\n\nThe ministry said little else.")
    first = next(iter(doc.sents))
    assert first.text.strip() == "Georgia recalls envoy, vows to respond to border incident"


def test_paragraph_breaks_body_sentences_still_split_at_full_stops(nlp):
    doc = nlp("The talks ended. Both delegations left the city on Friday.")
    assert len(list(doc.sents)) == 2


def test_paragraph_breaks_pronoun_after_a_kept_full_stop_may_start_a_sentence(nlp):
    # claims15: the tokenizer keeps "X." whole; a capitalised pronoun after it opens the next sentence
    doc = nlp("“Lay down your weapons,” Dunmore said in a post on X. He said that the truce was supported by Chad and Niger.")
    assert [s.text.strip() for s in doc.sents][-1] == "He said that the truce was supported by Chad and Niger."


def test_paragraph_breaks_a_full_word_title_before_a_stop_still_ends_a_sentence(nlp):
    # negative: "minister" may end a sentence; only abbreviations keep it going
    doc = nlp("The delegation met the prime minister. Officials said the talks would resume.")
    assert len(list(doc.sents)) == 2


def test_paragraph_breaks_colon_after_a_name_in_mixed_case_or_a_clause_is_left_to_the_parser():
    # negative: a headline's topic in mixed case ("Ethiopia: ...") or words before a colon are no dateline in capitals
    from kg.nlp.sentences import _starts

    for words, tags in (
        (["Ethiopia", ":", "Clashes", "erupted", "."], ["NNP", ":", "NNS", "VBD", "."]),
        (["He", "said", ":", "Rebels", "fled", "."], ["PRP", "VBD", ":", "NNS", "VBD", "."]),
    ):
        starts = _starts(words, tags, [False] * len(words))
        assert starts[words.index(":") + 1] == 0
    capitals = _starts(["MOPTI", ":", "Clashes", "erupted", "."], ["NNP", ":", "NNS", "VBD", "."], [False] * 5)
    assert capitals[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Azerbaijan - a former Soviet republic - said it would stay.", id="dash-after-a-subject-is-no-dateline"),
        pytest.param("Malian troops entered the northern town of Kidal on Tuesday,\n  the army said, after rebels withdrew.", id="soft-wrapped-line"),
        # negative: an initial is followed by a name, not a pronoun
        pytest.param("Commander John F. Kabila said the truce was holding in Goma.", id="initial-before-a-name"),
        # claimskb40: the tokenizer splits "Brig" from its stop; the parser ended the sentence there
        pytest.param("Gunmen attacked a checkpoint near Rumbek, said police spokesman Brig. Tomas Deng Akol.", id="abbreviated-title"),
    ],
)
def test_paragraph_breaks_one_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KHARTOUM, Sudan (Wire) — The army said on Monday it had retaken the bridge.",
            ["KHARTOUM, Sudan (Wire) —", "The army said on Monday it had retaken the bridge."],
            id="dateline",
        ),
        pytest.param(
            "PORT-AU-PRINCE, Haiti (AP) — Police officers blocked roads on Thursday.",
            ["PORT-AU-PRINCE, Haiti (AP) —", "Police officers blocked roads on Thursday."],
            id="hyphenated-dateline",
        ),
        # datesother40: "CITY:" is no subject of the lede's reporting verb, whose date dates the lede's event
        pytest.param(
            "MOPTI: A drone strike on a market killed six traders, residents and local officials said on Tuesday.",
            ["MOPTI:", "A drone strike on a market killed six traders, residents and local officials said on Tuesday."],
            id="colon-dateline-in-capitals",
        ),
    ],
)
def test_paragraph_breaks_a_dateline_is_its_own_sentence(nlp, text, expected):
    assert [s.text.strip() for s in nlp(text).sents] == expected
