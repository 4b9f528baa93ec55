"""Sentence boundaries: every line break ends a sentence; a headline is not cut mid-line."""

from __future__ import annotations


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


def test_paragraph_breaks_dateline_is_its_own_sentence(nlp):
    doc = nlp("KHARTOUM, Sudan (Wire) — The army said on Monday it had retaken the bridge.")
    assert [s.text.strip() for s in doc.sents] == ["KHARTOUM, Sudan (Wire) —", "The army said on Monday it had retaken the bridge."]


def test_paragraph_breaks_dash_after_a_subject_is_no_dateline(nlp):
    doc = nlp("Azerbaijan - a former Soviet republic - said it would stay.")
    assert len(list(doc.sents)) == 1


def test_paragraph_breaks_soft_wrapped_line_continues_the_sentence(nlp):
    doc = nlp("Malian troops entered the northern town of Kidal on Tuesday,\n  the army said, after rebels withdrew.")
    assert len(list(doc.sents)) == 1


def test_paragraph_breaks_hyphenated_dateline_is_its_own_sentence(nlp):
    doc = nlp("PORT-AU-PRINCE, Haiti (AP) — Police officers blocked roads on Thursday.")
    assert [s.text.strip() for s in doc.sents] == ["PORT-AU-PRINCE, Haiti (AP) —", "Police officers blocked roads on Thursday."]


def test_paragraph_breaks_pronoun_after_a_kept_full_stop_may_start_a_sentence(nlp):
    # claims15: the tokenizer keeps "X." whole; a capitalised pronoun after it opens the next sentence
    doc = nlp("“Lay down your weapons,” Dunmore said in a post on X. He said that the truce was supported by Chad and Niger.")
    assert [s.text.strip() for s in doc.sents][-1] == "He said that the truce was supported by Chad and Niger."


def test_paragraph_breaks_initial_before_a_name_is_no_sentence_end(nlp):
    # negative: an initial is followed by a name, not a pronoun
    doc = nlp("Commander John F. Kabila said the truce was holding in Goma.")
    assert len(list(doc.sents)) == 1


def test_paragraph_breaks_abbreviated_title_before_a_name_is_no_sentence_end(nlp):
    # claimskb40: the tokenizer splits "Brig" from its stop; the parser ended the sentence there
    doc = nlp("Gunmen attacked a checkpoint near Rumbek, said police spokesman Brig. Tomas Deng Akol.")
    assert len(list(doc.sents)) == 1


def test_paragraph_breaks_a_full_word_title_before_a_stop_still_ends_a_sentence(nlp):
    # negative: "minister" may end a sentence; only abbreviations keep it going
    doc = nlp("The delegation met the prime minister. Officials said the talks would resume.")
    assert len(list(doc.sents)) == 2


def test_paragraph_breaks_colon_dateline_in_capitals_is_its_own_sentence(nlp):
    # datesother40: "CITY:" is no subject of the lede's reporting verb, whose date dates the lede's event
    doc = nlp("MOPTI: A drone strike on a market killed six traders, residents and local officials said on Tuesday.")
    assert [s.text.strip() for s in doc.sents] == [
        "MOPTI:",
        "A drone strike on a market killed six traders, residents and local officials said on Tuesday.",
    ]


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
