"""Claims and framing on made-up news sentences; the few that reword a sentence of the example articles say so."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.extract.claims.quotes import find_quotations
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline
from kg.records import Entity


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def claims_of(nlp, text: str, author: Entity | None = None):
    doc = nlp(text)
    claims, framings = extract_claims(doc, load_gazetteer(), author)
    return doc, claims, framings


def evidence(doc, claim) -> str:
    return doc.text[claim.evidence_start : claim.evidence_end]


def test_claims_say_with_that_clause_is_assertion(nlp):
    doc, claims, _ = claims_of(nlp, "Russia said on Monday that its diplomats were in touch with both governments.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q159",), "assertion")]
    assert "in touch with both governments" in doc.text[claims[0].content_start : claims[0].content_end]
    assert claims[0].cue == "said"


def test_claims_accuse_is_accusation_with_about_entities(nlp):
    doc, claims, _ = claims_of(nlp, "Armenia accused Turkey of sending mercenaries to the front line.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q399",), "accusation")]
    assert "Q43" in claims[0].about_entities


def test_claims_deny_and_reject_are_denials(nlp):
    _, claims, _ = claims_of(nlp, "Iran denied that it had supplied drones to either side.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q794",), "denial")]


def test_claims_negated_own_side_after_insist_is_denial(nlp):
    _, claims, _ = claims_of(nlp, "Georgia insisted its troops were not involved in the clashes.")
    assert [c.kind for c in claims] == ["denial"]


def test_claims_warn_is_warning(nlp):
    _, claims, _ = claims_of(nlp, "France warned that further attacks on civilians would have consequences.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q142",), "warning")]


def test_claims_urge_and_call_for_are_appeals(nlp):
    _, claims, _ = claims_of(nlp, "The United Nations urged both parties to return to talks. Pakistan called for restraint.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q1065",), "appeal"), (("Q843",), "appeal")]


def test_claims_announced_future_own_action_is_commitment(nlp):
    _, claims, _ = claims_of(nlp, "Turkey announced it will send humanitarian aid to the region next week.")
    assert [c.kind for c in claims] == ["commitment"]


def test_claims_announced_conditional_future_is_warning(nlp):
    _, claims, _ = claims_of(nlp, "Iran announced that the drills will go on unless the foreign troops leave.")
    assert [c.kind for c in claims] == ["warning"]


def test_claims_obligation_in_complement_is_appeal(nlp):
    _, claims, _ = claims_of(nlp, "Russia stated that all checkpoints are to be dismantled by Friday.")
    assert [c.kind for c in claims] == ["appeal"]


def test_claims_hostile_act_by_named_other_party_is_accusation(nlp):
    _, claims, _ = claims_of(nlp, "Armenia said the shelling carried out by Azerbaijani forces had destroyed a school.")
    assert [c.kind for c in claims] == ["accusation"]


def test_claims_casualties_without_culprit_stay_assertion(nlp):
    _, claims, _ = claims_of(nlp, "Georgia reported that 12 people were killed by the shelling near the border.")
    assert [c.kind for c in claims] == ["assertion"]


def test_claims_express_concern_and_hope_are_evaluations(nlp):
    _, claims, _ = claims_of(nlp, "China expressed concern about the humanitarian situation. Qatar expressed hope for a quick settlement.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q148",), "evaluation"), (("Q846",), "evaluation")]


def test_claims_express_intention_is_commitment(nlp):
    _, claims, _ = claims_of(nlp, "Ukraine expressed its intention to reopen the embassy.")
    assert [c.kind for c in claims] == ["commitment"]


def test_claims_describe_as_is_evaluation_and_keeps_scare_quote(nlp):
    doc, claims, framings = claims_of(nlp, "Israel described the decision as “unacceptable” and a threat to the region.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q801",), "evaluation")]
    assert [(f.text, f.source) for f in framings] == [("unacceptable", "Q801")]


def test_claims_importance_object_is_appeal(nlp):
    _, claims, _ = claims_of(nlp, "Qatar stressed the importance of dialogue between the two capitals.")
    assert [c.kind for c in claims] == ["appeal"]


def test_claims_significance_object_is_appeal(nlp):
    _, claims, _ = claims_of(nlp, "Qatar underscored the significance of implementing the truce agreements.")
    assert [c.kind for c in claims] == ["appeal"]
    _, claims, _ = claims_of(nlp, "Qatar underscored the agreements on the truce.")
    assert [c.kind for c in claims] == ["assertion"]


def test_claims_present_obligation_participle_is_appeal(nlp):
    _, claims, _ = claims_of(nlp, "Qatar said Israel is obligated to respect international law and its obligations.")
    assert [c.kind for c in claims] == ["appeal"]
    _, claims, _ = claims_of(nlp, "Qatar said Israel felt obliged to respond.")
    assert [c.kind for c in claims] == ["assertion"]
    _, claims, _ = claims_of(nlp, "Qatar said Israel is not obliged to respond.")
    assert [c.kind for c in claims] == ["assertion"]


def test_claims_two_cues_one_subject_are_two_claims(nlp):
    doc, claims, _ = claims_of(nlp, "Iran said it respected the border and denied sending weapons to the rebels.")
    assert [(c.speakers, c.kind) for c in claims] == [(("Q794",), "assertion"), (("Q794",), "denial")]
    assert "denied" not in evidence(doc, claims[0])
    assert evidence(doc, claims[1]).startswith("denied")


def test_claims_participial_cue_is_its_own_claim(nlp):
    _, claims, _ = claims_of(nlp, "Pakistan praised the agreement, adding that it would help stability.")
    assert [c.kind for c in claims] == ["evaluation", "assertion"]


def test_claims_coordinated_subjects_share_one_claim(nlp):
    # Rewords a sentence of the example articles (more speakers, another object).
    _, claims, _ = claims_of(nlp, "China, Turkey and the European Union called for an immediate halt to the fighting.")
    assert len(claims) == 1
    assert claims[0].speakers == ("Q148", "Q43", "Q458")
    assert claims[0].kind == "appeal"


def test_claims_call_noun_gives_appeal_of_each_subject(nlp):
    _, claims, _ = claims_of(nlp, "Iran and Pakistan joined the calls for a humanitarian corridor.")
    assert [(c.speakers, c.kind, c.method) for c in claims] == [(("Q794", "Q843"), "appeal", "noun")]


def test_claims_according_to_is_assertion_of_its_object(nlp):
    doc, claims, _ = claims_of(nlp, "According to the International Committee of the Red Cross, 40 people were wounded.")
    assert [(c.speakers, c.kind, c.method) for c in claims] == [(("Q5987345",), "assertion", "according-to")]
    assert "40 people were wounded" in doc.text[claims[0].content_start : claims[0].content_end]


def test_claims_multi_sentence_quote_closed_by_one_cue_is_one_claim(nlp):
    text = (
        "Vladimir Putin spoke to reporters in Sochi.\n\n"
        "“The talks were difficult. Nobody wants a new war. We will keep working,” he added."
    )
    doc, claims, _ = claims_of(nlp, text)
    assert len(claims) == 1
    assert claims[0].speakers == ("Q7747",)
    assert claims[0].method == "quote"
    assert evidence(doc, claims[0]).startswith("“The talks")
    assert evidence(doc, claims[0]).endswith("he added")


def test_claims_quote_with_cue_before(nlp):
    text = 'Nikol Pashinyan told parliament: "Our army will defend every village of the country."'
    doc, claims, _ = claims_of(nlp, text)
    assert [(c.speakers, c.method) for c in claims] == [(("Q7035479",), "quote")]
    assert doc.text[claims[0].content_start : claims[0].content_end].startswith("Our army")


def test_claims_quote_around_cue_is_one_claim(nlp):
    text = "“We are ready to talk,” Ilham Aliyev said, “but not under pressure from outside.”"
    doc, claims, _ = claims_of(nlp, text)
    assert len(claims) == 1
    assert claims[0].speakers == ("Q57371",)
    assert doc.text[claims[0].content_start : claims[0].content_end].endswith("outside.")


def test_claims_attribution_nested_in_quote_is_not_separate(nlp):
    text = "“Russia said it would send observers, but nothing happened,” Nikol Pashinyan said."
    _, claims, _ = claims_of(nlp, text)
    assert [c.speakers for c in claims] == [("Q7035479",)]


def test_claims_first_person_is_author_claim_in_opinion_piece(nlp):
    author = Entity(key="name:jane roe", label="Jane Roe", kind="person")
    text = "I welcome the decision of Georgia to open its border. The region needs trade."
    _, claims, _ = claims_of(nlp, text, author)
    assert [(c.speakers, c.kind) for c in claims] == [(("name:jane roe",), "evaluation")]


def test_claims_first_person_sentence_without_cue_is_author_claim(nlp):
    author = Entity(key="name:jane roe", label="Jane Roe", kind="person")
    _, claims, _ = claims_of(nlp, "The blockade is directed against us and our families.", author)
    assert [(c.speakers, c.method) for c in claims] == [(("name:jane roe",), "first-person")]


def test_claims_first_person_ignored_without_author(nlp):
    _, claims, _ = claims_of(nlp, "I welcome the decision of Georgia to open its border.")
    assert claims == []


def test_claims_unattributed_paraphrase_is_no_claim(nlp):
    text = "The situation along the border remains tense. The hope is that the talks in Vienna will continue."
    assert claims_of(nlp, text)[1] == []


def test_claims_cue_without_complement_or_speaker_is_no_claim(nlp):
    text = "The army added 300 soldiers to the garrison. Estimates say the water supply had been cut."
    assert claims_of(nlp, text)[1] == []


def test_claims_headline_line_is_not_the_subject(nlp):
    text = "Fresh Clashes on the Border\n\nIran said that its patrols had been fired upon."
    doc, claims, _ = claims_of(nlp, text)
    assert [c.speakers for c in claims] == [("Q794",)]
    assert evidence(doc, claims[0]).startswith("Iran said")


def test_claims_framing_what_it_calls(nlp):
    _, claims, framings = claims_of(nlp, "Turkey moved troops to disarm what it calls terrorist cells in the north.")
    assert claims == []
    assert [(f.text, f.source, f.cue) for f in framings] == [("terrorist cells", "Q43", "what it calls")]


@pytest.mark.parametrize(("text", "label"), [
    ('Azerbaijan launched what it called "anti-terrorist" operations in the region on Tuesday.', '"anti-terrorist" operations'),
    ("Russia began what it called a special military operation in Ukraine on Thursday.", "a special military operation"),
])
def test_claims_framing_what_it_called_with_a_date_is_no_appeal(nlp, text, label):
    _, claims, framings = claims_of(nlp, text)  # "called ... on Tuesday" is not the phrasal "call on"
    assert claims == [] and [f.text for f in framings] == [label]


def test_claims_call_on_someone_is_still_an_appeal(nlp):  # the negative of the dated-preposition rule
    _, claims, _ = claims_of(nlp, "The Houthis called on Saudi Arabia to end the blockade.")
    assert [c.kind for c in claims] == ["appeal"]


def test_claims_framing_scare_quotes_without_claim(nlp):
    _, claims, framings = claims_of(nlp, "The “special operation” entered its second week.")
    assert claims == []
    assert [(f.text, f.source, f.cue) for f in framings] == [("special operation", None, "scare quotes")]


def test_claims_find_quotations_pairs_marks_and_skips_apostrophes():
    text = "He said: \"It’s over.\" The ‘red line’ was crossed, it’s said."
    spans = [text[q.start : q.end] for q in find_quotations(text)]
    assert spans == ['"It’s over."', "‘red line’"]


def test_claims_find_quotations_pairs_straight_single_marks():
    # probe40c: a straight single pair opens after a space before a letter and closes after a word or punctuation
    text = "'Our troops are ready,' she said. The rebels' base, they don't say 'where'.\n\n'We will hold.'"
    spans = [text[q.start : q.end] for q in find_quotations(text)]
    assert spans == ["'Our troops are ready,'", "'where'", "'We will hold.'"]


def test_claims_find_quotations_straight_single_marks_negative():
    # apostrophes of plural possessives, contractions and years open nothing
    text = "The rebels' base was hit in the '90s, and the soldiers' families don't know."
    assert find_quotations(text) == []


def test_claims_headline_colon_attribution(nlp):
    doc = nlp("Kremlin: peacekeepers acted within their mandate\n\nThe statement came late on Friday.")
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [(c.speakers, c.kind, c.method) for c in claims] == [(("name:kremlin",), "assertion", "headline")]


def test_claims_colon_without_actor_is_not_a_claim(nlp):
    claims, _ = extract_claims(nlp("Update: the road to the border is open again\n"), load_gazetteer())
    assert claims == []


def test_claims_bare_plural_officials_name_nobody(nlp):
    text = "Anna Petrosyan, a nurse, treated the wounded. More than 200 others were injured, officials said."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert not any("name:anna petrosyan" in c.speakers for c in claims if "officials" in text[c.evidence_start : c.evidence_end])


def test_claims_nobody_subject_makes_a_denial(nlp):
    claims, _ = extract_claims(nlp("Aliyev said nobody was forcing the villagers to leave."), load_gazetteer())
    assert [c.kind for c in claims] == ["denial"]


def test_claims_headline_colon_future_is_a_commitment(nlp):
    claims, _ = extract_claims(nlp("Pashinyan: Armenia will take in every refugee\n\nHe spoke on Monday."), load_gazetteer())
    assert [(c.kind, c.method) for c in claims] == [("commitment", "headline")]


def test_claims_calling_something_by_a_name_is_an_evaluation(nlp):
    claims, framings = extract_claims(nlp("Peskov called the sanctions illegal."), load_gazetteer())
    assert [(c.speakers, c.kind) for c in claims] == [(("name:dmitry peskov",), "evaluation")]
    claims, framings = extract_claims(nlp("Israel launched what it called a limited operation in the north."), load_gazetteer())
    assert claims == [] and [f.text for f in framings] == ["a limited operation"]


def test_claims_reported_undertaking_is_a_commitment(nlp):
    claims, _ = extract_claims(nlp("Lavrov said Moscow had agreed to send more monitors to the border."), load_gazetteer())
    assert [c.kind for c in claims] == ["commitment"]


def test_claims_untrue_predicate_is_a_denial(nlp):
    claims, _ = extract_claims(nlp("Rwanda said the reports of its troops in Goma were false."), load_gazetteer())
    assert [c.kind for c in claims] == ["denial"]
    claims, _ = extract_claims(nlp("Rwanda said the reports of its troops in Goma were detailed."), load_gazetteer())
    assert [c.kind for c in claims] == ["assertion"]


def test_claims_dying_is_not_denied(nlp):
    claims, _ = extract_claims(nlp("Kenya said its soldiers did not die in vain."), load_gazetteer())
    assert [c.kind for c in claims] == ["assertion"]
    claims, _ = extract_claims(nlp("Kenya said its soldiers did not fire on civilians."), load_gazetteer())
    assert [c.kind for c in claims] == ["denial"]


def test_claims_according_to_is_judged_by_its_content(nlp):
    text = "Cambodian soldiers opened fire at a Thai military base, according to the Royal Thai Army."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(c.method, c.kind) for c in claims] == [("according-to", "accusation")]
    claims, _ = extract_claims(nlp("The border crossing reopened on Monday, according to the Royal Thai Army."), load_gazetteer())
    assert [(c.method, c.kind) for c in claims] == [("according-to", "assertion")]


def test_claims_hostile_object_belongs_to_the_subject_of_an_act_verb_only(nlp):
    claims, _ = extract_claims(nlp("Thailand said Cambodian troops had carried out attacks on the temple."), load_gazetteer())
    assert [c.kind for c in claims] == ["accusation"]
    claims, _ = extract_claims(nlp("Thailand said Cambodian troops had found landmines near the temple."), load_gazetteer())
    assert [c.kind for c in claims] == ["assertion"]


def test_claims_act_attributed_to_someone_is_theirs(nlp):
    text = "Azerbaijan reported the deaths of six citizens in blasts caused by landmines, which it attributed to Armenian groups."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [c.kind for c in claims] == ["accusation"]


def test_claims_casualty_count_according_to_a_source_is_an_assertion(nlp):
    text = "At least 13 civilians were killed by RSF shelling, according to the Sudan Doctors Network."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(c.kind, c.speakers) for c in claims] == [("assertion", ("name:sudan doctors network",))]
    claims, _ = extract_claims(nlp("Russian troops shelled the market in Kherson, according to Ukraine."), load_gazetteer())
    assert [c.kind for c in claims] == ["accusation"]


def test_claims_an_institution_described_before_can_be_accused(nlp):
    text = (
        "The Tarvian army said its troops had killed 12 fighters. "
        "The Northern Liberation Front said the army had shelled a market in Kessa."
    )
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [c.kind for c in claims] == ["assertion", "accusation"]
    claims, _ = extract_claims(nlp("The Northern Liberation Front said the army had shelled a market in Kessa."), load_gazetteer())
    assert [c.kind for c in claims] == ["assertion"]  # no army named before: nobody in particular is blamed



def test_claims_a_want_inside_reported_speech_is_part_of_that_claim(nlp):
    _, claims, _ = claims_of(nlp, "The adviser Hikmet Hajiyev told Reuters that Baku wanted the reintegration of the region.")
    assert [c.speakers for c in claims] == [("name:hikmet hajiyev",)]
    _, claims, _ = claims_of(nlp, "Kenya wants a ceasefire in Sudan.")  # on its own, a want is still an appeal
    assert [(c.speakers, c.kind) for c in claims] == [(("Q114",), "appeal")]


def test_claims_find_quotations_pairs_mixed_double_marks():
    # a straight opener closed by a curly mark, and a curly opener closed by a straight mark (CMS-converted copy)
    text = '"Velkan apologised to the families,” the palace said.\nThe office said, “Velkan will visit Dorsk on Monday."'
    spans = [text[q.start : q.end] for q in find_quotations(text)]
    assert spans == ['"Velkan apologised to the families,”', '“Velkan will visit Dorsk on Monday."']


def test_claims_find_quotations_mixed_marks_keep_nested_straight_quotes():
    # a straight pair inside a curly quotation stays a pair of its own; the curly closer closes the outer one
    text = 'The envoy said: “They called it "a farce" and left the table.” Talks resumed.'
    spans = [text[q.start : q.end] for q in find_quotations(text)]
    assert spans == ['“They called it "a farce" and left the table.”']


def test_claims_mixed_quotation_marks_attribute_to_the_speaker_after(nlp):
    text = '"Velkan apologised and expressed deep condolences over the death of Dorskian troops,” the Kremlin said in a statement.'
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [c.speakers for c in claims] == [("name:kremlin",)]


def test_claims_quotation_before_passive_quoted_as_saying(nlp):
    claims, _ = extract_claims(nlp("“His health is fine,” Marko Doran was quoted as saying after the hearing."), load_gazetteer())
    assert [c.speakers for c in claims] == [("name:marko doran",)]


def test_claims_quotation_before_other_passive_verb_has_no_cue(nlp):
    # past the passive auxiliary, a passive verb that reports nothing ends the search for the quotation's cue
    claims, _ = extract_claims(nlp("“Welcome to Dorsk,” the banner was hung across the bridge before the convoy arrived."), load_gazetteer())
    assert claims == []


def test_claims_negated_disclosure_with_only_an_object_is_no_claim(nlp):
    text = "The Dorskian Ministry of Defence did not disclose the number of peacekeepers killed. The army declined to reveal the names of the detainees."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert claims == []


def test_claims_negated_saying_or_declaring_with_only_an_object_is_no_claim(nlp):
    # round 42: "said" or "declared" negated with only an object tells what was not said, no proposition
    text = ("The junta read out a statement, which did not say anything about the fate of the Varnese president. "
            "The clashes were no breach, since the Dorskian rebels had not declared a truce at the time.")
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert claims == []


def test_claims_saying_or_declaring_with_a_clause_or_not_negated_stays_a_claim(nlp):
    text = "The Dorskian army did not say that its troops had withdrawn. The Dorskian rebels declared a truce on Monday."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert len(claims) == 2


def test_claims_disclosure_with_a_clause_or_not_negated_stays_a_claim(nlp):
    text = "The Dorskian Ministry of Defence did not disclose that talks had stalled. The army disclosed the number of soldiers killed."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert len(claims) == 2


def test_claims_possessed_kin_noun_is_a_described_source_of_its_own(nlp):
    claims, _ = extract_claims(nlp("Dorskian forces detained Marko Doran on Monday, his wife said."), load_gazetteer())
    assert [(c.speakers, c.speaker_text) for c in claims] == [((), "his wife")]
    assert [s.label for c in claims for s in c.sources] == ["his wife"]


def test_claims_possessed_voice_role_speaks_for_its_principal(nlp):
    text = "Marko Doran was detained on Monday. “He is being held in Vaar,” his spokesman said."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [c.speakers for c in claims] == [("name:marko doran",)]


def test_claims_trailing_attribution_with_an_addressee(nlp):
    text = "What did Marko Doran say? Video\n\nThe Dorskian side detained the former head of the rebel government of Vaar, Marko Doran, his wife told RBC."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(c.speaker_text, c.cue) for c in claims] == [("his wife", "told")]


def test_claims_trailing_cue_coordinated_with_and_is_no_attribution(nlp):
    # "and" makes the second clause a coordination of its own, not an attribution of the first
    claims, _ = extract_claims(nlp("The army shelled the town, and the rebels told the villagers nothing."), load_gazetteer())
    assert claims == []


def test_claims_headline_verb_read_as_a_plural_noun(nlp):
    doc = nlp("Ruritania President Velkan apologises to Mardov for Dorskian peacekeepers' deaths\n\nThe fighting went on. Officials met on Monday.\n")
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [(c.speaker_text, c.cue, c.method) for c in claims] == [("Ruritania President Velkan", "apologises", "headline")]


def test_claims_headline_plural_noun_that_is_no_cue_is_no_claim(nlp):
    doc = nlp("Ruritania President Velkan visits Dorsk for talks\n\nThe fighting went on. Officials met on Monday.\n")
    claims, _ = extract_claims(doc, load_gazetteer())
    assert claims == []


# Transcripts (GUIDELINES section 5: in the transcript of a speech, first-person statements are claims of its
# speaker): a speech under a heading line that names its speaker, an interview with dashed turns whose lede names
# the interviewee (the kbclaims36 round: a flag-raising speech and a newspaper interview reproduced in full).
SPEECH = (
    "Tokayev addresses the nation\n\n"
    "Speech by President Kassym-Jomart Tokayev\n\n"
    "Dear compatriots.\n\n"
    "Today is a historic day. I sincerely thank all the people of Kazakhstan. We have waited for this day for ten years."
)


def test_claims_first_person_in_speech_transcript_is_speaker_claim(nlp):
    doc, claims, _ = claims_of(nlp, SPEECH)
    assert [(c.speakers, evidence(doc, c)) for c in claims] == [
        (("Q200881",), "I sincerely thank all the people of Kazakhstan"),
        (("Q200881",), "We have waited for this day for ten years"),
    ]


# claimskb38 (an EU statement and Armenian foreign ministry statements reproduced whole): the heading may go on with
# the statement's topic after its speaker, and a statement's issuer may be a body; a first-person cue gives its kind
STATEMENT = (
    "Statement by Kenyan Foreign Minister Musalia Mudavadi on the escalation along the border with Somalia\n\n"
    "Nairobi is following the events closely. We call for the immediate cessation of hostilities."
)
BODY_STATEMENT = (
    "Statement of the Ministry of Foreign Affairs of Kenya on the shelling of Mandera\n\n"
    "We strongly condemn the shelling of Mandera. The talks must resume."
)


def test_claims_first_person_in_statement_with_topic_is_issuer_claim(nlp):
    doc, claims, _ = claims_of(nlp, STATEMENT)
    assert [(c.speakers, c.kind, evidence(doc, c)) for c in claims] == [
        (("name:musalia mudavadi",), "appeal", "We call for the immediate cessation of hostilities"),
    ]
    doc, claims, _ = claims_of(nlp, BODY_STATEMENT)
    assert [(c.speakers, c.kind, evidence(doc, c)) for c in claims] == [
        (("name:ministry of foreign affairs of kenya",), "evaluation", "We strongly condemn the shelling of Mandera"),
    ]


def test_claims_first_person_under_long_or_bodily_speech_heading_is_no_claim(nlp):
    # negatives: a speech (not a statement) by a body; a speaker named beyond the heading's length before its topic
    assert claims_of(nlp, BODY_STATEMENT.replace("Statement of", "Remarks of"))[1] == []
    text = (
        "Statement by the chairperson of the joint committee of the regional parliaments of the eastern provinces "
        "Musalia Mudavadi on the border\n\nWe call for the immediate cessation of hostilities."
    )
    assert claims_of(nlp, text)[1] == []


def test_claims_first_person_without_speech_heading_is_no_claim(nlp):
    text = (
        "Tokayev addresses the nation\n\n"
        "The speech by President Kassym-Jomart Tokayev was broadcast on Sunday.\n\n"
        "We will update this story as it develops."
    )
    assert claims_of(nlp, text)[1] == []


INTERVIEW = (
    "Tokayev interviewed by Japan's Nikkei newspaper\n\n"
    "President Kassym-Jomart Tokayev was interviewed by Japan's Nikkei newspaper.\n\n"
    "- We are grateful for your time. What do you expect from the talks in Astana?\n\n"
    "- I expect a fair deal on the water sharing. Our ministers are ready.\n\n"
    "- We are told the talks may be delayed. Are you worried?\n\n"
    "- No. We have agreed on most of the text."
)


def test_claims_first_person_in_interview_answers_is_interviewee_claim(nlp):
    doc, claims, _ = claims_of(nlp, INTERVIEW)
    assert [(c.speakers, evidence(doc, c)) for c in claims] == [
        (("Q200881",), "I expect a fair deal on the water sharing"),
        (("Q200881",), "Our ministers are ready"),
        (("Q200881",), "We have agreed on most of the text"),
    ]


def test_claims_first_person_in_undashed_interview_is_no_claim(nlp):
    text = INTERVIEW.replace("- ", "")
    assert claims_of(nlp, text)[1] == []
