"""meta40n: a headline in capitals or in Title Case names what the same headline in sentence case names
(kg.nlp.headline_case): the pipeline reads it again in the case the body writes its words in."""

from __future__ import annotations

import pytest

from kg.nlp.headline_case import RECASED_HEADLINE, _body_case, _shouted, word_lemmas

STORIES = [
    (
        "Rebels shell market in Dar Kalla, killing nine",
        "Rebels of the Northern Front shelled a crowded market in Dar Kalla on Sunday, killing at least nine civilians, "
        "local officials said. The army said it had sent troops to the town.",
    ),
    (
        "Gunmen kill five at checkpoint near Wadi Sirra",
        "Gunmen killed five soldiers at a checkpoint near Wadi Sirra on Tuesday, the army said. "
        "No group claimed the attack on the road to the coast.",
    ),
]


def _headline_names(nlp, text: str) -> set[tuple[str, str]]:
    headline_end = text.index("\n")
    doc = nlp(text)
    return {(span.text.casefold(), span.label_) for span in doc.ents if span.end_char <= headline_end and span.label_ not in ("CARDINAL", "DATE")}


@pytest.mark.parametrize(("headline", "body"), STORIES)
@pytest.mark.parametrize("shape", [str.upper, str.title])
def test_headline_case_a_shouted_headline_names_what_the_plain_one_names(nlp, headline, body, shape):
    plain = _headline_names(nlp, f"{headline}\n\n{body}\n")
    assert plain
    assert _headline_names(nlp, f"{shape(headline)}\n\n{body}\n") == plain


def test_headline_case_a_headline_in_sentence_case_is_left_alone(nlp):
    headline, body = STORIES[0]
    doc = nlp(f"{headline}\n\n{body}\n")
    assert RECASED_HEADLINE not in doc.user_data
    # negative: a line of a few words, or of short words, is no shouted headline
    assert not _shouted(["War", "Ends"], 3)
    assert not _shouted(["Militia", "fighters", "attack", "camp", "near", "Bunia"], 3)
    assert _shouted(["MILITIA", "FIGHTERS", "ATTACK", "CAMP"], 3)


def test_headline_case_words_take_the_bodys_case(nlp):
    doc = nlp("Some body text here.\n\nThe army of the RSF said Bunia was calm. Fighters left.\n")
    start = 5  # after the first line's tokens
    assert _body_case(["ARMY", "RETAKES", "BUNIA"], doc, start, word_lemmas(nlp)) == (["army", "retakes", "Bunia"], {1})
    assert _body_case(["Army", "Says", "RSF", "Left"], doc, start, word_lemmas(nlp)) == (["army", "says", "RSF", "left"], set())


def test_headline_case_a_title_case_word_the_body_never_writes_names_nothing(nlp):
    # the re-read headline's names are trusted only where the body writes one of their words
    doc = nlp("Junta Airstrikes Hit Three Resistance Strongholds In Varno\n\nJunta aircraft struck three villages held by "
              "resistance fighters in Varno on Monday, residents said. The junta said it hit rebel bases.\n")
    labels = {entity.label for entity in doc._.kg_entities.values()}
    assert "Varno" in labels and not any("Strongholds" in label for label in labels)


def test_headline_case_a_byline_in_capitals_is_no_headline(nlp):
    doc = nlp("Some body text here.\n\nThe army said Bunia was calm on Monday. Fighters left.\n")
    assert _body_case(["PIERRE", "LUXAMA", "and", "MEGAN", "JANE"], doc, 5, word_lemmas(nlp)) is None
    assert _body_case(["Pashinyan", "Blames", "Baku"], doc, 5, word_lemmas(nlp)) is None  # the body writes too few of its words


def test_headline_case_later_readers_see_the_new_tags(nlp):
    # the gazetteer ruler reads the token table before the headline is read again: the table must not stay stale
    from kg.nlp.doccache import token_table

    doc = nlp("MILITIA FIGHTERS TORCH MARKET IN KORVALE\n\nMilitia fighters torched a market in Korvale on Friday, "
              "witnesses said. The fighters fled north.\n")
    assert RECASED_HEADLINE in doc.user_data
    table = token_table(doc)
    assert table.tag == [token.tag_ for token in doc]
    assert table.lemma == [token.lemma_.lower() for token in doc]
    assert table.pos == [token.pos_ for token in doc]


def test_headline_case_a_word_of_a_lemma_the_body_writes_is_in_lower_case(nlp):
    doc = nlp("Some body text here.\n\nOn Friday troops clashed with rebels who shelled Korvale, and two men were killed "
              "as fighting went on in the town.\n")
    lemmas = word_lemmas(nlp)
    assert "clash" in lemmas("clashes") and "shell" in lemmas("shelling") and "be" in lemmas("was")
    assert _body_case(["SHELLING", "KILLS", "TWO", "AS", "TROOPS", "CLASH", "IN", "KORVALE"], doc, 5, lemmas) == (
        ["shelling", "kills", "two", "as", "troops", "clash", "in", "Korvale"], set()
    )
    # negative: a word whose lemma the body never writes keeps the line's case ("Drones", "Strike" stay unconfirmed)
    assert _body_case(["Drones", "Strike", "Korvale", "As", "Troops", "Clash"], doc, 5, lemmas) == (
        ["Drones", "Strike", "Korvale", "as", "troops", "clash"], {0, 1}
    )
