"""Speaker resolution on made-up news sentences (not from the seed articles)."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.extract.claims.discourse import Discourse
from kg.extract.claims.speakers import resolve_speakers
from kg.nlp.gazetteer import load_gazetteer


def speakers(nlp, text: str) -> list[tuple[tuple[str, ...], str]]:
    """(speakers, speaker text) of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.speakers, c.speaker_text) for c in claims]


def test_speakers_subject_entity(nlp):
    doc = nlp("Pakistan said the ceasefire was holding.")
    resolution = resolve_speakers(doc[1], doc, Discourse(doc, load_gazetteer()))
    assert resolution is not None
    assert resolution.keys == ("Q843",)
    assert resolution.method == "entity"
    assert doc.text[resolution.start : resolution.end] == "Pakistan"


def test_speakers_passive_subject_is_no_speaker(nlp):
    doc = nlp("It was reported that the road had reopened.")
    assert resolve_speakers(doc[2], doc, Discourse(doc, load_gazetteer())) is None


def test_speakers_capital_speaks_for_its_state_and_is_kept_as_literal(nlp):
    claims, _ = extract_claims(nlp("Yerevan said its troops had withdrawn from the border."), load_gazetteer())
    assert claims[0].speakers == ("Q399",)
    assert claims[0].literal_speaker == "Q1953"


def test_speakers_ministry_keeps_ministry(nlp):
    claims, _ = extract_claims(nlp("The Russian Foreign Ministry said talks would resume."), load_gazetteer())
    assert claims[0].speakers == ("name:ministry of foreign affairs of russia",)
    assert claims[0].literal_speaker == "name:ministry of foreign affairs of russia"


def test_speakers_person_with_apposition(nlp):
    text = "Jane Holloway, a researcher at the Caspian Policy Institute, told reporters that the corridor would reopen."
    assert speakers(nlp, text)[0][0] == ("name:jane holloway",)


def test_speakers_he_is_the_last_person(nlp):
    text = "Vladimir Putin met the delegation on Friday. He said the region needed calm."
    assert speakers(nlp, text) == [(("Q7747",), "He")]


def test_speakers_it_is_the_last_non_person_actor(nlp):
    text = "Vladimir Putin spoke with Iran on Friday. Iran received the envoy. It later said it wanted a truce."
    assert speakers(nlp, text)[0][0] == ("Q794",)


def test_speakers_they_can_be_a_coordinated_group(nlp):
    text = "Qatar and Turkey sent mediators to the capital. They said a deal was close."
    assert speakers(nlp, text) == [(("Q846", "Q43"), "They")]


def test_speakers_description_finds_person_with_role(nlp):
    text = (
        "Nikol Pashinyan met Samir Haddad, an analyst at the Gulf Research Center, in Yerevan. "
        "The analyst said the talks had stalled."
    )
    assert speakers(nlp, text)[0][0] == ("name:samir haddad",)


def test_speakers_description_finds_collective_actor(nlp):
    text = "Azerbaijan’s defence ministry reported new attacks. The ministry added that two soldiers were wounded."
    found = speakers(nlp, text)
    assert found[-1][0] == ("name:ministry of defence of azerbaijan",)


def test_speakers_both_sides_are_the_last_pair(nlp):
    text = "Iran and Pakistan said the border would stay open. Both sides confirmed that trade would resume on Monday."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q794", "Q843"), ("Q794", "Q843")]


def test_speakers_statement_is_previous_speaker(nlp):
    text = "The European Union called for restraint. The statement also said aid would be increased."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q458",), ("Q458",)]


def test_speakers_officials_of_a_nationality_are_a_described_group_of_that_state(nlp):
    claims, _ = extract_claims(nlp("Armenian officials said the convoy had been stopped at the bridge."), load_gazetteer())
    assert [(c.speakers, c.speaker_text) for c in claims] == [((), "Armenian officials")]
    assert [(s.label, s.kind, s.affiliation) for s in claims[0].sources] == [("Armenian officials", "group", "Q399")]


def test_speakers_a_thing_is_no_speaker(nlp):
    assert speakers(nlp, "Estimates say the bridge had collapsed. Satellite images showed that it was gone.") == []


def test_speakers_we_without_author_is_no_speaker(nlp):
    assert speakers(nlp, "We said the bridge had collapsed.") == []


def test_speakers_role_with_actor_modifier_is_that_actor(nlp):
    text = "According to Iran's health minister, 15 people were injured in the blast."
    assert [keys for keys, _ in speakers(nlp, text)] == [("Q794",)]


def test_speakers_nationality_speaker_has_no_literal(nlp):
    claims, _ = extract_claims(nlp("The Turkish government said the airspace would stay closed."), load_gazetteer())
    assert [(c.speakers, c.literal_speaker) for c in claims] == [(("Q43",), None)]


def test_speakers_relative_pronoun_is_the_noun_it_describes(nlp):
    claims, _ = extract_claims(nlp("Hamas officials, who have accused Israel of stalling, said talks would resume."), load_gazetteer())
    assert [(c.cue, [s.label for s in c.sources]) for c in claims] == [("accused", ["Hamas officials"]), ("said", ["Hamas officials"])]
    claims, _ = extract_claims(nlp("Uganda, which denied the report, sent envoys to Kinshasa."), load_gazetteer())
    assert [(c.cue, c.speakers) for c in claims] == [("denied", ("Q1036",))]


def test_speakers_passive_cue_with_its_agent(nlp):
    text = "Myanmar's military has been accused by human rights organisations of carrying out extrajudicial killings."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(c.kind, [s.label for s in c.sources]) for c in claims] == [("accusation", ["human rights organisations"])]
    # "between" is no agent, even when the parser says so
    claims, _ = extract_claims(nlp("The group halted its attacks when a truce was declared between Israel and Hamas."), load_gazetteer())
    assert claims == []


def test_speakers_a_country_refers_to_the_last_state(nlp):
    text = "Kenya sent police to Haiti in June. The eastern African country has offered to lead an international force."
    assert speakers(nlp, text)[-1][0] == ("Q114",)
    assert speakers(nlp, "The eastern African country has offered to lead an international force.") == []


def test_speakers_no_source_for_a_negated_group(nlp):
    assert speakers(nlp, "No group has claimed responsibility for the attack on the convoy.") == []
    claims, _ = extract_claims(nlp("A group of activists claimed responsibility for the attack."), load_gazetteer())
    assert [s.label for c in claims for s in c.sources] == ["A group of activists"]


def test_speakers_outlets_and_headquarters_are_described_groups(nlp):
    claims, _ = extract_claims(nlp("Earlier, the military headquarters in Nairobi confirmed the deaths."), load_gazetteer())
    assert [(s.label, s.kind) for c in claims for s in c.sources] == [("military headquarters in Nairobi", "group")]
    text = "Houthi-run al-Masirah TV reported that US forces carried out more strikes."
    assert speakers(nlp, text) == [(("name:al-masirah tv",), "Houthi-run al-Masirah TV")]  # a name opened by a particle


def test_speakers_other_officials_are_not_the_earlier_ones(nlp):
    text = "Defence officials said the delegation had left. Hamas officials said the talks would resume. Officials later denied it."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [[s.label for s in c.sources] for c in claims] == [["Defence officials"], ["Hamas officials"], ["Hamas officials"]]


def test_speakers_the_broadcaster_and_the_group_refer_back(nlp):
    text = "Houthi-run al-Masirah TV reported new strikes on Saada. The broadcaster said three people were wounded."
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:al-masirah tv",), ("name:al-masirah tv",)]
    text = "Al-Shabaab fighters overran the base at dawn. The group said it had captured six vehicles."
    assert speakers(nlp, text)[-1][0] == ("name:al-shabaab",)
    claims, _ = extract_claims(nlp("The group said it had captured six vehicles."), load_gazetteer())
    assert [[s.label for s in c.sources] for c in claims] == [["group"]]


def test_speakers_a_report_by_an_outlet_is_the_outlets(nlp):
    text = "Ahmed al-Sharaa spoke on Sunday. According to a report by Reuters, 200 fighters entered the city."
    assert speakers(nlp, text)[-1][0] == ("Q130879",)


def test_speakers_a_rejected_accusation_is_not_the_rejecters(nlp):
    claims, _ = extract_claims(nlp("Rwanda rejected the accusations of support for the M23 rebels."), load_gazetteer())
    assert [(c.speakers, c.kind) for c in claims] == [(("Q1037",), "denial")]


def test_speakers_recalled_envoys_are_no_claim(nlp):
    assert speakers(nlp, "Chad recalls envoy to Sudan\n\nThe move came after a week of tension.") == []


def _speaker_labels(nlp, text: str) -> list[tuple[str, list[str]]]:
    """(cue, speaker keys and described-source labels) of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.cue, [*c.speakers, *(s.label for s in c.sources)]) for c in claims]


def test_speakers_it_that_quotes_is_the_last_source_not_the_last_actor(nlp):
    # claims16: "It quoted security sources as saying ..." (dev 025, radio Pakistan): who relays another's
    # words is a source already, not the army named in between that only acted
    text = ("According to state television, rebels attacked a convoy near Maiduguri. The Nigerian Army repelled the assault. "
            "It quoted a military source as saying that 12 rebels were killed.")
    assert ("quoted", ["state television"]) in _speaker_labels(nlp, text)


def test_speakers_it_that_says_still_is_the_last_actor(nlp):
    # negative: a plain "It said" is no relaying verb; the source rule is not extended to it
    text = ("According to state television, rebels attacked a convoy near Maiduguri. The Nigerian Army repelled the assault. "
            "It said 12 rebels were killed.")
    assert ("said", ["name:nigerian army"]) in _speaker_labels(nlp, text)


def test_speakers_outlet_the_recogniser_took_for_a_place(nlp):
    # claims16: "Local news outlet Papua New Guinea Post-Courier reported" (fresh 021; "state owned radio Pakistan",
    # dev 025): a media noun right before a name read as a place makes it the outlet, named without the
    # classifying noun; "it" goes on with it. Since entities38 the NLP stage already makes a name after a
    # noun describing a body an organisation (kg.nlp.names), so the outlet is that entity
    text = "Local news outlet East Timor Post-Courier reported that 12 people died. It said police had fired on the crowd."
    outlet = "name:east timor post-courier"
    assert _speaker_labels(nlp, text) == [("reported", [outlet]), ("said", [outlet])]


def test_speakers_place_without_media_noun_is_no_outlet(nlp):
    # negative: the same place name after a noun that is no media noun does not speak
    assert _speaker_labels(nlp, "Local border town East Timor Post-Courier reported that 12 people died.") == []


def test_speakers_name_after_a_cue_with_its_content_preposition_is_addressed(nlp):
    # claims16: "W. Sahara rebels launch attack, warn Morocco of escalation" (dev 032; issue 12 "..., reported AFP"
    # shape): a name after an inverted cue followed by the cue's content preposition is the warned or accused,
    # and a headline's verb after a comma shares the first verb's subject
    assert _speaker_labels(nlp, "M23 rebels launch attack, warn Kinshasa of escalation") == [("warn", ["M23 rebels"])]
    labels = _speaker_labels(nlp, "The rebels shelled the town, accused Kinshasa of failing to protect civilians.")
    assert labels == [("accused", ["rebels"])]


def test_speakers_inverted_source_with_a_time_still_speaks(nlp):
    # negative: "..., reported AFP", "..., said Reuters on Tuesday": the name after the cue is its source
    assert _speaker_labels(nlp, "The militia seized the airport, reported AFP.") == [("reported", ["name:agence france-presse"])]
    assert _speaker_labels(nlp, "Two soldiers were killed, said Reuters on Tuesday.") == [("said", ["Q130879"])]


def test_speakers_inverted_source_with_determiner_and_name_noun(nlp):
    # claims16 (issue 12, "..., reported AFP" shape): the name after an inverted cue may open with "the" and end
    # in a noun the recogniser counts in the name
    text = "Two soldiers were killed in the ambush near Kidal, reported the Anadolu news agency."
    assert _speaker_labels(nlp, text) == [("reported", ["name:anadolu agency"])]


def test_speakers_inverted_common_noun_is_no_source(nlp):
    # negative: a common noun after the cue is not taken for a name
    assert _speaker_labels(nlp, "Two soldiers were killed in the ambush near Kidal, reported the local radio.") == []


def test_speakers_it_after_a_persons_office_is_that_office(nlp):
    # claims17: "The office of X, the Karabakh president, said ... It said ..." and "President X's office
    # described the talks ... It said ... More talks will be held soon, it added" (two outlets): the office
    # (whose holder speaks) goes on, not the forces named in its claim nor a place named before
    text = ("The office of Tomas Kabila, the Kivu governor, said rebel forces managed to seize two villages. "
            "It said that the Congolese army is greatly outnumbered by the rebel forces.")
    assert [s for s, _ in speakers(nlp, text)] == [("name:tomas kabila",), ("name:tomas kabila",)]
    text = ("Kivu Governor Tomas Kabila's office described the talks in Goma as constructive. "
            "It said the two sides agreed on the need for a truce. More such talks will be held soon, it added.")
    assert [s for s, _ in speakers(nlp, text)] == [("name:tomas kabila",)] * 3


def test_speakers_it_after_a_persons_spokesman_is_no_person(nlp):
    # negative: a spokesman is a person, not the thing "it" continues
    text = ("Kivu Governor Tomas Kabila's spokesman described the talks in Goma as constructive. "
            "It said the two sides agreed on the need for a truce.")
    assert speakers(nlp, text)[1][0] != ("name:tomas kabila",)


def test_speakers_object_of_a_forcing_verb_agrees(nlp):
    # claims24 (issue 12, object control; two new Karabakh articles: "forcing the separatist authorities to agree to
    # lay down weapons", "an operation that compelled separatist authorities ... to agree"): the object of the verb an
    # infinitive cue completes is who agrees, not the subject of that verb
    text = "The army routed the militia in a two-day offensive, forcing the militia commanders to agree to lay down weapons."
    assert [t for _, t in speakers(nlp, text)] == ["the militia commanders"]
    text = "Mediators in Juba persuaded the rebel leadership to accept the ceasefire proposal."
    assert [t for _, t in speakers(nlp, text)] == ["the rebel leadership"]


def test_speakers_object_of_a_cue_verb_does_not_agree(nlp):
    # negative: the object of a cue verb is addressed ("urged the rebels to agree": what is urged, no commitment of
    # theirs), and an infinitive of a subject-control verb keeps the subject ("the army decided to agree")
    assert [t for _, t in speakers(nlp, "The United Nations urged the rebels to agree to a truce.")] == ["The United Nations"]
    assert [t for _, t in speakers(nlp, "The army decided to agree to the truce.")] == ["The army"]


def test_speakers_a_group_with_its_own_affiliation_is_no_earlier_group(nlp):
    # speakers27: "officials in Nuristan province's Kamdesh district said" after "Afghan officials said" (LA Times 2012):
    # a plural source with an "in/of" phrase of its own and no article is another group, described as written
    text = ("The attackers were repelled, but 11 people were killed, Tarvian officials said Saturday. "
            "The bombers targeted the police station early Friday, officials in Ostrava province's Kamen district said.")
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["Tarvian officials"], ["officials in Ostrava province's Kamen district"]]


def test_speakers_the_group_with_an_affiliation_still_refers_back(nlp):
    # negative: with the article it is the group named before ("the officials at the command" after "Two officials
    # with the command"), and a bare plural still refers back
    text = ("Two officials with the Ostrava Operations Command said the gunmen took hostages. "
            "Later officials said the toll had risen to 12.")
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["Two officials with the Ostrava Operations Command"]] * 2


def test_speakers_he_of_a_trailing_cue_is_not_a_person_in_what_it_reports(nlp):
    # speakers27: "One hostage had called the security services and told them ..., he said" (Reuters 2018, Jalalabad):
    # the pronoun of a cue after its clause is the speaker before, not a person that clause names
    text = ("Governor Tomas Okello visited the camp in Gulu on Monday. "
            "President Kabore has ordered an inquiry into the attack, he said.")
    assert _speaker_labels(nlp, text)[-1] == ("said", ["name:tomas okello"])


def test_speakers_he_after_a_person_named_before_the_clause_is_that_person(nlp):
    # negative: a person named in the sentence before (not inside the reported clause) is still "he"
    text = "President Kabore arrived in Solhan on Monday. He said the attack was barbaric."
    assert [keys for _, keys in _speaker_labels(nlp, text)] == [["name:kabore"]]


def test_speakers_a_capitalised_plural_read_as_a_name_is_a_described_group(nlp):
    # speakers27: "Medics said at least 20 children were among the dead" (Reuters 2024, Beit Lahiya; Reuters 2011,
    # Misrata): the tagger takes the sentence-initial plural for a proper noun; it is still the described group
    text = ("Bodies lay in the streets of Varnel and medics struggled to cope with the wounded on Monday.\n\n"
            "Medics said more than 20 people were killed in fighting on Sunday.")
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [[(s.label, s.kind) for s in c.sources] for c in claims] == [[("Medics", "group")]]


def test_speakers_a_plural_name_of_a_body_stays_the_body(nlp):
    # negative: a capitalised plural inside a name ("Harlan Medics") is the organisation, no described source
    text = ("Bodies lay in the streets of Varnel and medics struggled to cope with the wounded on Monday.\n\n"
            "Harlan Medics said more than 20 people were killed in fighting on Sunday.")
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(c.speakers, c.sources) for c in claims] == [(("name:harlan medics",), ())]


@pytest.mark.parametrize("text", [
    # speakers27: "Two militants believed to be members of Jaish-e-Muhammad outfit were killed", "Three militants, said
    # to be locals, were killed" (Kashmir Reader 2020, two articles): what others say of the noun, no claim of it
    "Two rebels believed to be members of the Harkat outfit were killed in a gunfight in Varnel on Saturday.",
    "Kamen: Three gunmen, said to be locals, were killed in the village on Wednesday.",
])
def test_speakers_a_reduced_passive_of_a_raising_verb_is_no_claim(nlp, text):
    assert _speaker_labels(nlp, text) == []


def test_speakers_a_full_passive_inside_a_claim_still_has_its_speaker(nlp):
    # negative: a full passive ("was believed to be") inside a claim leaves it to its speaker; a raising verb with a
    # clause of its own ("said the gunmen were ...") is a claim
    text = "Police said the gunman was believed to be a former soldier. Officials said the gunmen were believed to be locals."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["Police"], ["Officials"]]


def test_speakers_people_described_after_an_inverted_cue_speak(nlp):
    # speakers27: "Soldiers removed some protesters' corpses in vans, said two witnesses, one adding ..." (Reuters 2020,
    # Lagos): as a name after an inverted cue ("..., reported AFP"), described people after "said" are its source
    text = "Soldiers removed some corpses in vans near Kamen, said two witnesses, one adding that the troops took away bullet casings."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["two witnesses"]]


def test_speakers_people_after_a_cue_that_takes_a_person_are_addressed(nlp):
    # negative: after "tell" the people are whom the cue addresses; the subject speaks
    text = "The Tarvian army ordered the evacuation of Kamen, telling residents to leave before dawn."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["Tarvian army"]]


@pytest.mark.parametrize(("text", "expected"), [
    # speakers27: "on behalf of his wife Veronika Zonabend. The woman said ..." (dev 050), "Chidera's wife ... told
    # SaharaReporters ... The woman said ..." (Daily Trust 2024): the person last introduced with a word of that sex
    ("A message appeared on Tomas Vell's channel on behalf of his wife Mira Sorel. "
     "The woman said that Vell was arrested by the Tarvian authorities.", ["name:mira sorel"]),
    ("Okello's wife told reporters that her husband was detained on Monday. "
     "The woman said the army refused to release him.", ["Okello's wife"]),
])
def test_speakers_the_woman_is_the_person_last_introduced_as_one(nlp, text, expected):
    assert _speaker_labels(nlp, text)[-1][1] == expected


def test_speakers_the_woman_after_nobody_of_her_sex_is_a_new_source(nlp):
    # negative: after a man named with a male title only, "the woman" is someone new
    text = "President Okello arrived in Gulu on Monday. The woman said the army had fired first."
    assert _speaker_labels(nlp, text)[-1][1] == ["woman"]


def test_speakers_a_singular_relative_clause_on_a_group_of_people_is_the_group_named(nlp):
    # speakers27: "members of Fantom 509, an armed group of current and former police officers that has violently
    # demanded ..." (dev 017): "has" agrees with "group", not "officers"; the group is the name it describes
    text = "The killings enraged members of the Black Lions, an armed group of current and former soldiers that has violently demanded better pay."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["name:black lions"]]


def test_speakers_a_plural_relative_clause_stays_with_the_plural(nlp):
    # negative: "who have demanded" agrees with the soldiers, who speak
    text = "The killings enraged the Black Lions, a network of former soldiers who have demanded better pay."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["former soldiers"]]


def test_speakers_a_person_set_off_after_a_role_is_its_holder(nlp):
    # speakers27: "According to the Commissioner for Human Rights in the unrecognized NKR, Gegham Stepanyan, 27 residents
    # became victims" (dev 054), "According to a third witness, Abdulrahman Ali, 49, the US soldiers opened fire" (AFP
    # 2003): the parser hangs the name outside the role's phrase; it is the role's holder
    text = ("According to the Commissioner for Human Rights in the unrecognized Varnel Republic, Tomas Okello, "
            "27 residents became victims of shelling from Tarvia.")
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["name:tomas okello"]]


def test_speakers_a_list_of_names_after_a_role_is_no_holder(nlp):
    # negative: names that go on into a list after the role's comma are what is reported
    from kg.extract.claims.named_actors import _role_holder_set_off

    doc = nlp("According to the commander, Tomas Okello, Samuel Vell and Mira Sorel were killed in the attack.")
    assert _role_holder_set_off(doc[3], Discourse(doc, load_gazetteer())) is None


def test_speakers_an_unnamed_role_in_a_lead_is_the_person_the_text_then_names_with_it(nlp):
    # speakers36: "..., a rebel spokesman said Saturday. Abu Misry Mama, spokesman of the BIFF, said ..." (Inquirer),
    # "..., a military spokesman said Saturday. ..., local Army spokesman Lt. Col. Jonathan Ponce said" (Xinhua),
    # "According to the state minister of information, ... Minister Wol added" (Eye Radio): wire copy names the
    # source of its lead in the next paragraphs
    text = ("DAVAO CITY - Rebels attacked a military camp on Friday night, a rebel spokesman said Saturday.\n\n"
            "Abu Samad Lato, spokesman of the Free Fighters, said a new unit led the attack.")
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["name:abu samad lato"], ["name:abu samad lato"]]
    text = ("COTABATO - Rebels stormed a military headquarters but no one was hurt, a military spokesman said Saturday.\n\n"
            "Around 20 rebels started the attack, local Army spokesman Lt. Col. Juan Perez said.")
    assert [labels for _, labels in _speaker_labels(nlp, text)][0] == ["name:juan perez"]


def test_speakers_an_unnamed_role_described_again_is_no_person_named_after(nlp):
    # negative: the next mention of the role describes someone again ("a military spokesman in Swat told Reuters",
    # Reuters), so the spokesman of the other side named after is someone else
    text = ("MINGORA - More than 25 militants were killed in a clash, a military spokesman said on Wednesday.\n\n"
            "\"We have inflicted heavy losses,\" a military spokesman in Swat told Reuters.\n\n"
            "Musa Khan, a spokesman for the militants, confirmed the clashes.")
    labels = [labels for _, labels in _speaker_labels(nlp, text)]
    assert labels[0] == ["a military spokesman"]
    assert labels[-1] == ["name:musa khan"]


def test_speakers_an_anonymous_role_is_no_person_named_after(nlp):
    # negative: a source who asked not to be named is not the spokesman named next
    text = ("Four soldiers were killed, a spokesman who requested anonymity said.\n\n"
            "Army spokesman Maj. Tomas Rudd said the attack was repelled.")
    assert [labels for _, labels in _speaker_labels(nlp, text)][0] != ["name:tomas rudd"]


def test_speakers_a_headline_role_without_article_is_the_person_named_with_it(nlp):
    # speakers36: "Azerbaijan to end operation once military in Karabakh lays down weapons, president says", then
    # "Azerbaijani President Ilham Aliyev said" (1cananews): headlines drop the article of "the president"
    text = ("Zarvania to end operation once rebels lay down weapons, president says\n\n"
            "Zarvania will end its operation if the rebels lay down their weapons, Zarvanian President Tomas Lind said.")
    assert [labels for _, labels in _speaker_labels(nlp, text)][0] == ["name:tomas lind"]


def test_speakers_a_definite_unspecific_role_is_the_official_named_with_its_title_words(nlp):
    # speakers36: "The Army official said ..." after "local Army spokesman Lt. Col. Jonathan Ponce said" (Xinhua); "the
    # State police spokesman said ..." after "the State Police Public Relations Officer (PPRO) SP Gambo Isah" (Daily Post)
    text = ("Around 20 rebels attacked the camp, local Army spokesman Lt. Col. Juan Perez said.\n\n"
            "The Army official said they doubled their pressure against the rebels.")
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["name:juan perez"], ["name:juan perez"]]
    text = ("When contacted, the State Police Public Relations Officer (PPRO) SP Ada Bello confirmed the incident.\n\n"
            "However, the State police spokesman said that fifteen people were killed.")
    assert [labels for _, labels in _speaker_labels(nlp, text)][-1] == ["name:ada bello"]


def test_speakers_a_spokesperson_role_is_no_official_of_another_title(nlp):
    # negative: "the police spokesman" is not the police chief named before
    text = "Police Chief John Smith said the road was closed.\n\nThe police spokesman said that fifteen people were killed."
    assert [labels for _, labels in _speaker_labels(nlp, text)][-1] != ["name:john smith"]


def test_speakers_the_addressee_of_a_telling_participle_is_no_source(nlp):
    # speakers36: "A police commander in Maroof ... gave a slightly higher toll, telling AFP that 14 security personnel
    # had been killed" (Radio Farda): the participle shares the clause's subject; AFP is told, it does not tell
    text = "A police commander in Kordan gave a higher toll, telling AFP that 14 soldiers had been killed."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["A police commander in Kordan"]]


def test_speakers_a_name_after_an_inverted_finite_cue_is_still_its_source(nlp):
    # negative: "..., reported AFP" names the source after a finite cue
    text = "The militia seized the airport in Kordan, reported AFP."
    assert [labels for _, labels in _speaker_labels(nlp, text)] == [["name:agence france-presse"]]


def test_speakers_an_unnamed_role_is_no_other_body_s_role_holder_named_after(nlp):
    # negative: "a government spokesperson" is not "army spokesperson X" named next
    text = ("The attack was carried out by a disorganised band, a government spokesperson said.\n\n"
            "Army spokesperson Amara Telli said 24 assailants drove up.")
    assert [labels for _, labels in _speaker_labels(nlp, text)][0] != ["name:amara telli"]


def test_speakers_a_state_s_role_is_the_person_named_next_with_a_head_s_title(nlp):
    # speakers37: "Azerbaijan's president said ... . ... head of state Ilham Aliyev's call" (Al Arabiya): the person the
    # text names next without another role (a state's head may be titled by another head's role), not the state
    text = ("Moldova's president said the talks with Tiraspol would go on. "
            "Head of state Irina Vlasceanu also met the envoy in Chisinau.")
    assert speakers(nlp, text)[0][0] == ("name:irina vlasceanu",)


def test_speakers_a_state_s_role_is_no_person_named_with_another_role(nlp):
    # negative: "Moldova's foreign minister" is not "President X" named next
    text = ("Moldova's foreign minister said the talks with Tiraspol would go on. "
            "President Irina Vlasceanu also met the envoy in Chisinau.")
    assert speakers(nlp, text)[0][0] == ("Q217",)


def test_speakers_a_demonym_role_is_the_untitled_subject_before_not_another_state_s_president(nlp):
    # speakers37: "United States President Donald Trump will host ... Kagame accused ... the Rwandan president
    # cautioned" (Daily Times): Kagame, not the president of another state named by its name
    text = ("United States President Mark Dalton will host the leaders of Chad and Sudan on Friday. "
            "Khalid Omer accused Chadian officials of delaying the deal. "
            "The Sudanese president cautioned that peace needed commitment from both sides.")
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:khalid omer",), ("name:khalid omer",)]


def test_speakers_a_demonym_role_is_no_person_introduced_with_another_role(nlp):
    # negative: "the Sudanese president" is not "Sudanese Foreign Minister X" named before
    text = "Sudanese Foreign Minister Ali Karti met the envoy on Friday. The Sudanese president said the war would end soon."
    assert speakers(nlp, text)[0][0] == ("Q1049",)


def test_speakers_a_demonym_role_is_no_president_of_a_state_named_by_two_words(nlp):
    # negative: "United States President X" is not "the Sudanese president"
    text = ("United States President Mark Dalton will host the leaders of Chad and Sudan on Friday. "
            "The Sudanese president said the war would end soon.")
    assert speakers(nlp, text)[0][0] == ("Q1049",)


def test_speakers_a_state_s_role_prefers_the_person_named_with_that_state(nlp):
    # speakers37: "The Ukrainian president said ..., but the US president later said ... . President Volodymyr
    # Zelensky hailed a meeting with US President Donald Trump" (Homin): each state's president, not the first one named
    text = ("The Georgian president said the two discussed the border, but the US president later said they had not. "
            "President Nino Beridze met US President Dan Calloway on Friday.")
    assert [keys for keys, _ in speakers(nlp, text)][:2] == [("name:nino beridze",), ("name:dan calloway",)]


def test_speakers_the_statement_is_the_reporting_claim_not_one_it_reports(nlp):
    # speakers38: "Earlier, Kremlin reported that Aliyev ... apologized and expressed deep condolences ... . '...,' the
    # statement read" (Sputnik Africa): the statement is the Kremlin's, not the condolences it reports
    text = ("The Malian army said that Colonel Awa Traore had apologized and expressed regret over the deaths of the "
            "peacekeepers. \"The investigation will be thorough,\" the statement read.")
    found = speakers(nlp, text)
    assert found[0][0] == found[-1][0]
    assert found[-1][0] != ("name:awa traore",)


def test_speakers_the_statement_is_the_last_claim_when_it_reports_nothing(nlp):
    # negative: a claim of its own, not inside another's, is the statement a later "the statement" continues
    text = ("The Malian army said the convoy was attacked near Gao. Colonel Awa Traore expressed regret over the deaths. "
            "The statement added that an investigation had begun.")
    assert speakers(nlp, text)[-1][0] == ("name:awa traore",)


def test_speakers_the_statement_is_the_nearest_one_with_an_author(nlp):
    # speakers38: "Moscow will soon make an official statement ... The Ministry's statement cited that ... The statement
    # also mentioned ..." (A News): the ministry's statement, not the one Moscow will make
    text = ("Nairobi will soon make an official statement on the matter. The Ugandan army's statement said rebels had "
            "mined the road. The statement also mentioned the deaths of two police officers.")
    found = speakers(nlp, text)
    assert found[-1][0] == found[-2][0]
    assert found[-1][0] != ("Q114",)


def test_speakers_the_statement_is_the_one_issued_before(nlp):
    # negative: with no nearer statement of its own author, the issuer of the statement made before
    text = ("The Ugandan army issued a statement on Monday. Rebels had mined the road, officials said. "
            "The statement also mentioned the deaths of two police officers.")
    found = speakers(nlp, text)
    assert found[-1][0] != found[-2][0]


def test_speakers_the_two_leaders_are_the_pair_named_before(nlp):
    # speakers38: "Egypt's President Al-Sisi and his South Sudanese counterpart Salva Kiir called for ... the two
    # leaders emphasized" (Daily News Egypt): both presidents, not a described "two leaders"
    text = ("Chadian President Idriss Mahamat and his Nigerien counterpart Omar Tchiani called for a truce in a phone call on "
            "Sunday. The two leaders stressed that the fighting must stop.")
    found = speakers(nlp, text)
    assert set(found[0][0]) == {"name:idriss mahamat", "name:omar tchiani"}
    assert set(found[-1][0]) == {"name:idriss mahamat", "name:omar tchiani"}


def test_speakers_two_leaders_without_the_are_described(nlp):
    # negative: "Two leaders of the opposition" introduce people of their own
    text = ("Chadian President Idriss Mahamat and Nigerien President Omar Tchiani met on Sunday. "
            "Two leaders of the opposition said the meeting changed nothing.")
    assert not set(speakers(nlp, text)[-1][0]) & {"name:idriss mahamat", "name:omar tchiani"}


def test_speakers_an_and_left_without_its_conjunct_joins_two_subjects(nlp):
    # speakers38: "Saudi Foreign Minister Prince Faisal bin Farhan and US Secretary of State Antony Blinken discussed
    # ... The officials have previously urged ..." (Al Arabiya): the parser made each a subject of its own
    text = ("Kenyan Foreign Minister Prince Musa Otieno and US Secretary of State Selam Abebe discussed the border crisis "
            "during a phone call, the Kenyan foreign ministry said. The officials have previously urged the warring sides to "
            "end hostilities.")
    assert set(speakers(nlp, text)[-1][0]) == {"name:prince musa otieno", "name:selam abebe"}


def test_speakers_the_officials_after_described_officials_are_those(nlp):
    # negative: "the officials" after officials described before are those officials, not the people named
    text = ("Musa Otieno and Selam Abebe met on Monday. Two officials with the African Union said the talks had stalled. "
            "The officials urged both sides to return to the table.")
    found = speakers(nlp, text)
    assert found[-1][0] == found[-2][0]


def test_speakers_they_are_the_people_of_their_sentence(nlp):
    # speakers38: "Prince Faisal received a call from Blinken during which they stressed ..." (Al Arabiya): both
    text = ("Foreign Minister Musa Otieno received a call from US Secretary of State Selam Abebe, during which they stressed "
            "the need for a ceasefire in Sudan.")
    assert set(speakers(nlp, text)[0][0]) == {"name:musa otieno", "name:selam abebe"}


def test_speakers_they_after_a_plural_subject_is_that_subject(nlp):
    # negative: "Police arrested X and Y, and they said": the police, not the two people
    text = "Police arrested Musa Otieno and Selam Abebe on Monday, and they said the two men carried weapons."
    assert not set(speakers(nlp, text)[0][0]) & {"name:musa otieno", "name:selam abebe"}


def test_speakers_a_state_s_diplomat_is_its_minister_named_before(nlp):
    # speakers38 (dev 083, "the French diplomat noted" after "Catherine Colonna, the Minister for Europe and Foreign
    # Affairs of France"): a generic role stands for the minister, not the state
    text = ("Tamar Beridze, the Foreign Minister of Georgia, said the talks would resume. "
            "The Georgian diplomat noted that sanctions were not on the agenda.")
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:tamar beridze",), ("name:tamar beridze",)]


def test_speakers_a_state_s_diplomat_is_not_its_president(nlp):
    # negative: a president is no diplomat
    text = "Georgian President Tamar Beridze said the talks would resume. The Georgian diplomat noted that sanctions were not on the agenda."
    assert speakers(nlp, text)[-1][0] != ("name:tamar beridze",)


def test_speakers_both_leaders_are_the_two_people_of_a_call(nlp):
    # speakers38 (dev 086, "Aliyev conveyed his apologies ... to Russian President Vladimir Putin during a telephone
    # conversation ... Both leaders emphasized ..."): the two people named, with no coordinated pair before
    text = ("Chadian President Idriss Mahamat conveyed his condolences to Nigerien President Omar Tchiani during a phone call. "
            "The deaths happened near the border on Monday. Both leaders emphasized the need for a thorough investigation.")
    assert set(speakers(nlp, text)[-1][0]) == {"name:idriss mahamat", "name:omar tchiani"}


def test_speakers_both_leaders_with_one_person_before_are_described(nlp):
    # negative: one person named before is no pair
    text = ("Chadian President Idriss Mahamat visited the border town on Monday. "
            "Both leaders emphasized the need for a thorough investigation.")
    assert speakers(nlp, text)[-1][0] != ("name:idriss mahamat",)


def test_speakers_the_report_is_the_announcement_made_in_the_sentence_before(nlp):
    # speakers38 (dev 086, "The Kremlin's press service made this announcement. '...,' the report stated"): the report
    # is what the press service announced, not the claim told before
    text = ("President Idriss Mahamat conveyed his condolences to the families of the soldiers. The Ugandan army made this "
            "announcement. \"A thorough investigation will be held,\" the report stated.")
    found = speakers(nlp, text)
    assert found[-1][0] != ("name:idriss mahamat",)
    assert found[-1][0] != found[0][0]


def test_speakers_the_report_is_the_last_claim_without_an_announcement(nlp):
    # negative: with no statement made in the sentence before, the report is the last claim's
    text = ("The Ugandan army said President Idriss Mahamat had conveyed his condolences. \"A thorough investigation will "
            "be held,\" the report stated.")
    found = speakers(nlp, text)
    assert found[-1][0] == found[0][0]


def test_speakers_a_spokesperson_s_statement_goes_on_with_the_principal(nlp):
    # negative: a person's statement that another person said something goes on telling that person's words (dev 053:
    # "Spokesperson Matthew Miller said in a statement that Blinken emphasized ... “He called on ...,” the statement read")
    text = ("Foreign Ministry Spokesperson Ana Lopes said in a statement that Tomas Ferreira emphasized the need for a truce. "
            "\"He called on the rebels to lay down their arms,\" the statement read.")
    assert speakers(nlp, text)[-1][0] == ("name:tomas ferreira",)


def test_speakers_the_report_again_is_the_report_resolved_before(nlp):
    # speakers38 (dev 086: "'...,' the report stated. ... Both leaders emphasized ... The report also highlights ..."):
    # a statement noun speaking again is the statement it was before, not the last claim
    text = ("The Ugandan army made this announcement. \"A thorough investigation will be held,\" the report stated. "
            "President Idriss Mahamat expressed regret over the deaths. The report also highlights the work of the "
            "prosecutors.")
    found = speakers(nlp, text)
    assert found[-1][0] == found[0][0]
    assert found[-1][0] != ("name:idriss mahamat",)


def test_speakers_a_report_again_needs_the_same_word(nlp):
    # negative: "the statement" is no "report" resolved before; with nothing issued it is the last claim's
    text = ("The Ugandan army made this announcement. \"A thorough investigation will be held,\" the report stated. "
            "President Idriss Mahamat said he regretted the deaths. The statement also praised the prosecutors.")
    assert speakers(nlp, text)[-1][0] == ("name:idriss mahamat",)


def test_speakers_a_role_of_a_state_is_its_holder_named_before(nlp):
    # speakers38b: "President of Azerbaijan previously hoped ..." after "Ilham Aliyev" (onlynewsgroups): the person the
    # text names as the holder, not the state the role's "of" phrase names
    text = ("President William Ruto met the envoy in Nairobi on Monday. "
            "President of Kenya said that the talks with Somalia would go on.")
    assert speakers(nlp, text)[0][0] == ("Q195725",)


def test_speakers_a_role_of_a_state_is_its_state_without_a_holder(nlp):
    # negative: "the foreign minister of Kenya" is not "President X" named before; it stays Kenya
    text = ("President William Ruto met Ugandan officials in Nairobi on Monday. "
            "The foreign minister of Kenya said that the talks with Somalia would go on.")
    assert speakers(nlp, text)[0][0] == ("Q114",)


def test_speakers_a_definite_voice_of_a_body_is_the_person_named_before_as_its_voice(nlp):
    # speakers38b: "the State Department representative added" after "State Department spokesman Matthew Miller"
    # (news-pravda, twice): the person the text identified, not the body
    text = ("The talks in Jeddah will resume on Monday, UN spokesperson Amara Telli said. "
            "The date of the next round is still being discussed, the UN representative added.")
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:amara telli",), ("name:amara telli",)]


def test_speakers_an_indefinite_voice_or_another_body_s_voice_stays_the_body(nlp):
    # negative: "a UN representative" is someone new; "the UN representative" is not an AU spokesperson
    text = ("The talks in Jeddah will resume on Monday, UN spokesperson Amara Telli said. "
            "The date of the next round is still being discussed, a UN representative added.")
    assert speakers(nlp, text)[1][0] == ("Q1065",)
    text = ("The talks in Jeddah will resume on Monday, African Union spokesperson Amara Telli said. "
            "The date of the next round is still being discussed, the UN representative added.")
    assert speakers(nlp, text)[1][0] == ("Q1065",)


def test_speakers_a_repeated_role_phrase_is_the_person_it_named_the_first_time(nlp):
    # speakers38b: "This was stated by the spokesperson of the Russian President ... . The spokesperson of the Russian
    # President said ..." (1lurer): the second is the person the first one was resolved to, however far back
    text = ("Zembla remains Ruritania's ally. This was stated by the spokesperson of the Zemblan President, stressing the ties. "
            "\"We will continue the dialogue,\" Ivan Petrov said. He referred to President Karel Novak's statement that "
            "the monitors could have stopped the attack. \"We disagree with that reproach. No one can blame the monitors. "
            "We will never agree with it,\" he said. The spokesperson of the Zemblan President said that the mandate was not yet settled.")
    found = speakers(nlp, text)
    assert found[-1] == (("name:ivan petrov",), "The spokesperson")


def test_speakers_he_closing_a_quotation_is_the_he_that_opened_the_sentence_before(nlp):
    # speakers38b: "He referred to the RA Prime Minister's statement that ... . “We ... disagree ...,” he said" (1lurer):
    # the first "he"'s person, not the prime minister whose statement the sentence before reports
    text = ("Ivan Petrov, the Zemblan foreign minister, met reporters on Monday. He referred to President Karel Novak's "
            "statement that the monitors could have prevented the attack. \"We disagree with that reproach. No one can "
            "blame the monitors,\" he said.")
    assert speakers(nlp, text)[-1][0] == ("name:ivan petrov",)


def test_speakers_he_closing_a_quotation_after_a_named_subject_is_the_last_person(nlp):
    # negative: the sentence before opens with a name, not "he": the chain does not apply
    text = ("Ivan Petrov, the Zemblan foreign minister, met reporters on Monday. President Karel Novak referred to his "
            "statement that the monitors could have prevented the attack. \"We disagree with that reproach. No one can "
            "blame the monitors,\" he said.")
    assert speakers(nlp, text)[-1][0] == ("name:karel novak",)


def test_speakers_a_different_role_phrase_is_not_the_person_an_earlier_one_named(nlp):
    # negative: "the spokesperson of the Zemblan army" is not whom "the spokesperson of the Zemblan President" named
    text = ("Zembla remains Ruritania's ally. This was stated by the spokesperson of the Zemblan President, stressing the ties. "
            "\"We will continue the dialogue,\" Ivan Petrov said. He referred to President Karel Novak's statement that "
            "the monitors could have stopped the attack. \"We disagree with that reproach. No one can blame the monitors. "
            "We will never agree with it,\" he said. The spokesperson of the Zemblan army said that the mandate was not yet settled.")
    assert speakers(nlp, text)[-1][0] != ("name:ivan petrov",)


def claim_sources(nlp, text: str) -> list[tuple[str, list[str]]]:
    """(cue, speaker keys and described sources' labels) of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.cue, [*c.speakers, *(s.label for s in c.sources)]) for c in claims]


def test_speakers_the_resident_is_the_resident_named_with_a_leader_before(nlp):
    # speakers39: "according to the group's president and a resident. M23 president X said ... The resident, who spoke on
    # condition of anonymity, said ..." (Congo, AP): the resident described before, not the person named between
    text = ("Drones struck the market in Lumo on Friday, according to the militia's commander and a resident. "
            "Militia commander Paulo Mbeki said the strike killed four traders. "
            "The resident, who asked not to be named, said the market had been empty.")
    assert claim_sources(nlp, text)[-1] == ("said", ["a resident"])


def test_speakers_the_official_is_the_military_source_just_described(nlp):
    # speakers39: "A senior military source in Bangui told AFP that ... . “Our forces repulsed these attacks,” the official
    # said" (CAR, news24): the source, not the rebel leader named before it
    text = ("\"We were ambushed,\" rebel commander Idris Kalla told reporters in Niamey. "
            "A senior army source in Agadez told AFP that the convoy had come under fire twice. "
            "\"Our troops pushed the attackers back,\" the official said.")
    assert claim_sources(nlp, text)[-1] == ("said", ["A senior army source in Agadez"])


def test_speakers_the_official_after_a_named_person_since_the_source_is_not_the_source(nlp):
    # negative: a person named after the described source comes between: "the official" is not the source
    text = ("A senior army source in Agadez told AFP that the convoy had come under fire twice. "
            "Army spokesman Colonel Idris Kalla said the road had reopened. "
            "\"Our troops pushed the attackers back,\" the official said.")
    assert claim_sources(nlp, text)[-1][1] != ["A senior army source in Agadez"]


def test_speakers_a_statement_naming_the_last_speaker_is_not_the_last_speakers(nlp):
    # speakers39: "the Foreign Ministry said in a statement. Earlier, X opined ... He said ... “We reject the statement of
    # X, Prime Minister of Armenia,” the statement said" (TASS): the ministry's statement, not X's
    text = ("Zembla's foreign ministry rejected the charges in a statement on Monday. "
            "Earlier, President Karel Novak said his country faced a blockade. "
            "\"We reject the statement of Karel Novak, President of Ruritania, on the alleged blockade,\" the statement said.")
    assert speakers(nlp, text)[-1][0] == ("name:ministry of foreign affairs of zembla",)


def test_speakers_a_statement_not_naming_the_last_speaker_stays_the_last_speakers(nlp):
    # negative: the quotation does not name the last speaker, who goes on speaking (dev 073's convention)
    text = ("Zembla's foreign ministry rejected the charges in a statement on Monday. "
            "Separately, Ruritania's presidency said President Karel Novak would meet the envoys on Thursday. "
            "\"Issues of trade will be discussed at the meeting,\" the statement said.")
    assert speakers(nlp, text)[-1][0] != ("name:ministry of foreign affairs of zembla",)


def test_speakers_a_name_set_off_before_a_role_after_a_quotation_speaks(nlp):
    # speakers39: "“...,” Sheikh el-Din Mahin, the humanitarian coordinator for the Darfur rebel Justice and Equality
    # Movement (JEM) told Reuters" (Reuters): the role is the name's apposition, its closing comma left out
    text = ("\"There were about 20 civilians killed by the aerial bombardment in Jabel Kuru,\" Sheikh Ali al-Nur Hamid, the "
            "humanitarian coordinator for the Kuru rebel Liberation and Unity Front (LUF) told Reuters by telephone from the "
            "area. \"The hill is very big so we have not been able to reach the wounded yet,\" he added.")
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:ali al-nur hamid",), ("name:ali al-nur hamid",)]


def test_speakers_a_name_inside_the_quotation_before_a_role_does_not_speak(nlp):
    # negative: the name ends the quotation, the role after it is the speaker
    text = "\"We met Adam Tesfaye in Kuru,\" the spokesman for the Kuru Liberation Front told Reuters by telephone."
    assert speakers(nlp, text)[0][0] != ("name:adam tesfaye",)


def test_speakers_a_quotation_closed_by_a_full_stop_before_a_lower_case_cue(nlp):
    # speakers39: "“... It was horrendous.” he said." (BBC): the full stop stands for a comma; "he said" attributes it
    doc = nlp("Jonas Weber, a farmer, was wounded near Kuru. \"They shelled the whole village. It was terrible.\" he said.")
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [(c.speakers, c.cue) for c in claims] == [(("name:jonas weber",), "said")]
    assert "It was terrible" in doc.text[claims[0].content_start : claims[0].content_end]


def test_speakers_a_quotation_closed_by_a_full_stop_before_a_new_sentence_is_not_attributed(nlp):
    # negative: a capital letter starts a new sentence, whose cue says its own clause
    text = "Jonas Weber, a farmer, was wounded near Kuru. \"They shelled the whole village.\" He said the road was closed."
    doc = nlp(text)
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [doc.text[c.content_start : c.content_end] for c in claims] == ["the road was closed"]


def test_speakers_he_is_not_the_person_only_called_she_before(nlp):
    # speakers39: "“I have seen them,” she said. ... Arman, a 15-year-old boy, ... “...,” he said" (BBC; the tagger took
    # no name for Arman): "he" is not the woman the text so far called "she"
    text = ("Lena Moritz was in the town when the shelling started. \"I have seen them,\" she said. "
            "We spoke to him as he was being treated for wounds on his back. \"They started shooting everywhere,\" he said.")
    assert ("name:lena moritz",) not in [keys for keys, text_ in speakers(nlp, text) if text_ == "he"]


def test_speakers_he_is_the_person_called_he_before(nlp):
    # negative: the same person called "he" before stays the referent of "he"
    text = ("Paul Moritz was in the town when the shelling started. \"I have seen them,\" he said. "
            "We spoke to him as he was being treated for wounds on his back. \"They started shooting everywhere,\" he said.")
    assert [keys for keys, _ in speakers(nlp, text)] == [("name:paul moritz",), ("name:paul moritz",)]


def test_speakers_coordinated_sources_after_an_inverted_cue_the_parser_conjoined(nlp):
    # speakers39: "The fighting broke out Wednesday in Loi Sam village ..., said two army officers and an area intelligence
    # official." (AP, Pakistan): the cue conjoined with the statement's verb, its subjects after it, is inverted
    text = ("Fighting in Lomba\n\nThe fighting broke out Wednesday in Loma Sar village in the Kajur tribal region, said two "
            "army officers and an area intelligence official. All three spoke on condition of anonymity because they were "
            "not authorized to speak to media.\n")
    doc = nlp(text)
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [[s.label for s in c.sources] for c in claims] == [["two army officers", "an area intelligence official"]]
    assert doc.text[claims[0].content_start : claims[0].content_end].startswith("The fighting broke out")


def test_speakers_a_conjoined_cue_with_its_own_clause_is_not_inverted(nlp):
    # negative: no comma before the cue, which says its own clause: the subject before it speaks
    text = "The rebels stormed the village and said two soldiers and a police officer had died."
    assert [[s.label for s in c.sources] for c in extract_claims(nlp(text), load_gazetteer())[0]] == [["rebels"]]


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str], person: tuple[int, int]):
    """A doc with a given parse (the parser's reading of one sentence, which a made-up sentence need not reproduce)."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, person[0], person[1], label="PERSON")]
    return doc


def test_speakers_a_name_the_parser_coordinated_before_a_closing_cue_speaks(nlp):
    # speakers39: "The blast targeted a convoy ..., about 20 km (12 miles) east of the region's main town of X, military
    # spokesman Major-General Y said." (Reuters): "km" the cue's subject, the name a conjunct of the town's name
    from kg.extract.claims.source_phrases import _name_closing_before

    words = ["The", "blast", "hit", "a", "convoy", ",", "20", "km", "east", "of", "Kuru", ",", "army", "spokesman", "Tomas", "Adeyemi", "said", "."]
    heads = [1, 2, 16, 4, 2, 2, 7, 16, 7, 8, 9, 10, 13, 15, 15, 10, 16, 16]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "punct", "nummod", "nsubj", "appos", "prep", "pobj", "punct", "compound",
            "compound", "compound", "conj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NUM", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "NOUN",
           "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, (14, 16))
    found = _name_closing_before(doc[16], doc[7])
    assert found is not None and found.i == 15


def test_speakers_a_name_before_a_cue_that_goes_on_does_not_speak(nlp):
    # negative: words after the cue (it does not close the sentence): the parse's subject stands
    from kg.extract.claims.source_phrases import _name_closing_before

    words = ["The", "blast", "hit", "a", "convoy", ",", "20", "km", "east", "of", "Kuru", ",", "army", "spokesman", "Tomas", "Adeyemi", "said", "today", "."]
    heads = [1, 2, 16, 4, 2, 2, 7, 16, 7, 8, 9, 10, 13, 15, 15, 10, 16, 16, 16]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "punct", "nummod", "nsubj", "appos", "prep", "pobj", "punct", "compound",
            "compound", "compound", "conj", "ROOT", "npadvmod", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "NUM", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "NOUN",
           "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, (14, 16))
    assert _name_closing_before(doc[16], doc[7]) is None


def test_speakers_a_statement_telling_what_the_last_speaker_said_stays_theirs(nlp):
    # negative: the quotation names the last speaker as the subject of what it reports (dev 053's convention: a
    # statement telling X's words is X's claim)
    text = ("President Karel Novak said in a call with the envoy that the border would stay closed. "
            "\"President Karel Novak emphasized that these moves were provocations against Zembla,\" the statement said.")
    assert speakers(nlp, text)[-1][0] == speakers(nlp, text)[0][0]


def test_speakers_the_rebels_refer_back_to_the_armed_group_named_before(nlp):
    text = ("Government troops clashed with the Kebri Defence Forces rebel group near Kebri on Monday, the army said. "
            "The rebels, however, said soldiers had fired first at a market.")
    assert speakers(nlp, text)[-1] == (("name:kebri defence forces",), "The rebels")


def test_speakers_the_rebels_after_no_armed_group_stay_described(nlp):
    # negative: only an organisation named before: the rebels are a described group of their own
    text = "The United Nations said aid had reached Kebri on Monday. The rebels, however, said soldiers had fired first at a market."
    assert speakers(nlp, text)[-1] == ((), "The rebels")


def test_speakers_rebels_without_the_are_not_the_group_named_before(nlp):
    # negative: with no article, "rebels" are some rebels, not the group named before
    text = ("Government troops clashed with the Kebri Defence Forces rebel group near Kebri on Monday. "
            "Rebels said soldiers had fired first at a market.")
    assert speakers(nlp, text)[-1] == ((), "Rebels")


def test_speakers_a_bare_body_noun_issuing_a_noun_cue_is_the_body_named_before(nlp):
    text = ("The Moldovan government has denied shelling the village. "
            "The rebels have so far rejected government calls to surrender, or face a final assault.")
    assert speakers(nlp, text)[-1] == (("Q217",), "government")


def test_speakers_a_bare_body_noun_issuing_a_noun_cue_with_no_body_before_stays_described(nlp):
    # negative: no government named before: "government" is a described group of its own
    text = "The rebels have so far rejected government calls to surrender, or face a final assault."
    assert speakers(nlp, text)[-1] == ((), "government")


def test_speakers_name_after_an_abbreviated_title_the_parser_split_off(nlp):
    # claimskb40: "Brig" "." made a subject of its own, the name a second one
    text = "Gunmen attacked a checkpoint near Rumbek, said police spokesman Brig. Tomas Deng Akol."
    assert speakers(nlp, text)[0][0] == ("name:tomas deng akol",)


def test_speakers_relative_named_later_as_that_persons_relative(nlp):
    # claimskb40: "his wife told RBC" before "X, Y's wife, said"
    text = ("The rebel commander Juan Ortega was arrested at the border, his brother told reporters. "
            "Pedro Ortega, Juan Ortega’s brother, said the arrest was illegal.")
    assert speakers(nlp, text)[0][0] == ("name:pedro ortega",)


def test_speakers_relative_of_someone_else_named_later_is_no_referent(nlp):
    # negative: the brother named later is another man's
    text = ("The rebel commander Juan Ortega was arrested at the border, his brother told reporters. "
            "Pedro Ortega, Luis Mendez’s brother, said the arrest was illegal.")
    assert speakers(nlp, text)[0][0] != ("name:pedro ortega",)


def test_speakers_person_named_before_a_cue_whose_subject_the_parser_hung_in_a_fronted_phrase(nlp):
    # claimskb40: "To ensure the safety of those ..., X's commissioner, Y, emphasized": the commissioner read as an "of" object
    text = ("To ensure the safety of those gravely wounded, Sudan’s human rights commissioner, Amina Yusuf, "
            "emphasized the urgent need to evacuate them from the region for medical treatment.")
    assert speakers(nlp, text)[0][0] == ("name:amina yusuf",)


def test_speakers_person_named_in_a_fronted_phrase_before_a_subject_is_not_the_speaker(nlp):
    # negative: the cue has a subject of its own
    text = ("After a meeting with the human rights commissioner, Amina Yusuf, Sudan "
            "emphasized the urgent need to evacuate the wounded.")
    assert speakers(nlp, text)[0][0] == ("Q1049",)


def test_speakers_bare_government_is_the_state_the_sentence_names(nlp):
    # claimskb43: "..., in western Chad on Tuesday, the government said": the state, not a described "government"
    text = "Fighting broke out in the Oromia region of Ethiopia on Sunday, the government said."
    assert speakers(nlp, text)[0][0] == ("Q115",)


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv overnight, killing four civilians, the government said.",
    "Villages near Mekelle were shelled by Eritrean troops on Sunday, the government said.",
])
def test_speakers_bare_government_is_not_the_state_of_the_reported_doer(nlp, text):
    # fix43: the state behind the doer of the reported act is not the one whose government speaks
    found, _ = extract_claims(nlp(text), load_gazetteer())
    assert [(claim.kind, claim.speakers) for claim in found] == [("accusation", ())]
    assert [source.text for source in found[0].sources] == ["the government"]


def test_speakers_government_in_a_capital_is_that_capitals_state(nlp):
    # claimskb43: "the government in Yerevan said"
    text = "Clashes erupted near Mariupol on Monday, and the government in Kyiv said the Russian troops had fired first."
    assert speakers(nlp, text)[-1][0] == ("Q212",)


def test_speakers_bare_government_after_two_states_stays_described(nlp):
    # negative: two states named in the sentence: whose government is not told
    text = "Eritrea accused Ethiopia of shelling the border town, and the government said the attack had killed five people."
    assert speakers(nlp, text)[-1] == ((), "the government")


def test_speakers_head_of_state_is_the_president_not_the_caller(nlp):
    # claimskb43: readouts of a call: "X, Secretary of State, made a phone call to President of Y Z. The head of state
    # pointed out ...": Z, not the titled caller
    text = ("On Tuesday, Foreign Minister Karl Brandt made a phone call to President of the Republic of Freedonia Paul Vance. "
            "The head of state said that the rebels had attacked the capital.")
    assert speakers(nlp, text)[-1][0] == ("name:paul vance",)


def test_speakers_head_of_state_named_as_president_after_it(nlp):
    # claimskb43: "The head of state noted ... . President Ilham Aliyev underscored ..."
    text = ("The head of state noted that the rebels had laid down their arms. "
            "President Paul Vance underscored that aid would reach the region.")
    assert speakers(nlp, text)[0][0] == ("name:paul vance",)


def test_speakers_head_of_state_is_no_minister(nlp):
    # negative: only a minister was named: "the head of state" is not him
    text = "Foreign Minister Karl Brandt met rebel leaders on Monday. The head of state said the talks would resume."
    assert speakers(nlp, text)[-1] == ((), "The head")


@pytest.mark.parametrize(("text", "expected"), [
    # fix43: an army chief named after the president is no head of state
    ("President Paul Vance met army chief Karl Brandt on Monday. The head of state said the talks would resume.",
     ("name:paul vance",)),
    # negative: a president's spokesman named with the president's title before him is not the head of state
    ("President Ruto's spokesman Hussein Mohamed spoke on Monday. The head of state said the talks would resume.",
     ("Q195725",)),
])
def test_speakers_head_of_state_has_a_head_of_states_title(nlp, text, expected):
    assert speakers(nlp, text)[-1] == (expected, "The head")


def test_speakers_dateline_capital_is_no_speaker_when_only_the_government_speaks_below(nlp):
    # negative: "Juba: ..." stays a dateline though "the government said" below is the capital's state
    text = ("Khartoum: Rebels and government troops fought fresh battles in Sudan on Monday.\n\n"
            "Rebel spokesman Tomas Deng said the army had retaken the border town, "
            "which the government said it had already recaptured.")
    found = speakers(nlp, text)
    assert ("Q1049",) in [keys for keys, _ in found]
    assert all(speaker_text != "Khartoum" for _, speaker_text in found)


@pytest.mark.parametrize(("text", "expected"), [
    # claimskb44: news abbreviations of roles stand for the person named with the full role
    ("Marta Lind, the Foreign Minister of Sweden, visited Kyiv on Monday. "
     "The Swedish FM said that Stockholm would send more air defence systems.", ("name:marta lind",)),
    ("Nigerian presidential spokesman Samuel Okafor spoke to reporters in Abuja. "
     "\"The army remains in control of the town,\" the Nigerian presidential spox added.", ("name:samuel okafor",)),
])
def test_speakers_role_abbreviation_is_the_person_named_with_the_role(nlp, text, expected):
    assert speakers(nlp, text)[-1][0] == expected


def test_speakers_role_abbreviation_with_nobody_named_is_no_person(nlp):
    # negative: nobody holds a foreign minister's role in the text; the abbreviation stays the state's
    found = speakers(nlp, "The Swedish FM said that Stockholm would send more air defence systems.")
    assert found and all(not any(key.startswith("name:") for key in keys) for keys, _ in found)


@pytest.mark.parametrize("text", [
    "Capital FM said the rebels attacked the town.",
    "Kenya's Capital FM reported that the army shelled the camp.",
])
def test_speakers_radio_fm_is_no_role_abbreviation(nlp, text):
    # fix44B, negative: a station's "FM" after a name word is no foreign minister: no person, no state of a minister
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert all(source.kind != "person" for claim in claims for source in claim.sources)
    assert all(claim.speakers != ("Q114",) for claim in claims)


def test_speakers_subordinate_pronoun_of_another_number_than_the_subject(nlp):
    # claimskb44: a pronoun subject of an "after" clause whose number the main subject does not have is the noun before it
    text = "Kenya and Uganda sent troops to help the Somali government after it accused al-Shabaab of attacking the airport."
    assert speakers(nlp, text)[-1][0] == ("Q1045",)
    claims, _ = extract_claims(nlp("Colombia opened talks with the ELN rebels after they agreed to free all hostages."), load_gazetteer())
    assert claims[-1].speaker_text == "they" and claims[-1].speakers == ()
    assert [(s.label, s.affiliation) for s in claims[-1].sources] == [("ELN rebels", "name:national liberation army")]


def test_speakers_subordinate_pronoun_refers_to_a_counterpart_not_a_place(nlp):
    # fix44B: the antecedent is the verb's object or the object of a counterpart preposition ("with the ELN"), not a
    # place in a prepositional phrase ("in Havana")
    text = "Colombia and Venezuela opened talks with the ELN in Havana after it agreed to free all hostages."
    assert speakers(nlp, text)[-1] == (("name:national liberation army",), "it")


@pytest.mark.parametrize(("text", "expected"), [
    # negative: the main subject has the pronoun's number and stays its antecedent
    ("Kenya sent troops to help the Somali government after it accused al-Shabaab of attacking the airport.", ("Q114",)),
    ("Colombia opened talks with the ELN rebels in Havana after it agreed to free all prisoners.", ("Q739",)),
    # fix44B: a group named by an organisation's name may be "they"; the object it acts on is not ("the hostages")
    ("Hamas released the hostages after they agreed to a ceasefire.", ("Q38799",)),
])
def test_speakers_subordinate_pronoun_of_the_subjects_number_is_the_subject(nlp, text, expected):
    assert speakers(nlp, text)[-1][0] == expected


def test_speakers_both_countries_are_two_states(nlp):
    text = ("The Ethiopian army said its troops had pushed the fighters back into neighbouring Eritrea. "
            "Both countries accuse each other of arming rebel groups.")
    assert speakers(nlp, text)[-1][0] == ("Q115", "Q986")  # the army speaks for Ethiopia; Eritrea named before


def test_speakers_both_countries_are_not_a_state_named_after_them(nlp):
    text = ("The Ethiopian army said its troops had pushed the fighters back across the border. "
            "Both countries accuse each other of arming rebel groups based in Kenya.")
    assert all("Q114" not in keys for keys, _ in speakers(nlp, text))  # was (Ethiopia, Kenya)


def test_speakers_both_sides_may_be_a_body_of_no_state(nlp):
    text = "The UN said aid convoys had reached the border town. Kenya said the road was open. Both sides confirmed that trade would resume."
    assert speakers(nlp, text)[-1][0] == ("Q1065", "Q114")


def test_speakers_the_two_sides_are_no_outlet_but_an_armed_group(nlp):
    text = ("Mali said its troops had repelled an attack near Gao. Jihadist militants in the north denied any losses. "
            "The state-run Essor newspaper reported that the militants had fled. The two sides traded accusations over the fighting.")
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert (claims[-1].speakers, [s.label for s in claims[-1].sources]) == (("Q912",), ["Jihadist militants in the north"])


def test_speakers_the_two_sides_are_no_residents(nlp):
    text = ("Mali said its troops had repelled an attack near Gao. Residents in the north denied any losses. "
            "The state-run Essor newspaper reported that the militants had fled. The two sides traded accusations over the fighting.")
    assert [text for _, text in speakers(nlp, text)] == ["Mali", "Residents", "The state-run Essor newspaper"]


def test_speakers_a_state_an_outlet_reports_on_is_still_a_side(nlp):
    # a state's mention is tested for media words by its own words, not those before it ("State television said Eritrea")
    text = ("Ethiopia said its troops had repelled an attack near Zalambessa. State television said Eritrea had shelled "
            "the town. The two sides traded accusations over the fighting.")
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert claims[-1].speakers == ("Q115", "Q986")


def test_speakers_coordinated_modifiers_of_a_group_noun_are_one_source_each(nlp):
    claims, _ = extract_claims(nlp("Kenyan and Somali officials said the border crossing would reopen on Monday."), load_gazetteer())
    assert [(s.label, s.affiliation) for s in claims[0].sources] == [("Kenyan officials", "Q114"), ("Somali officials", "Q1045")]


def test_speakers_comma_joined_modifiers_of_a_group_noun_are_one_source_each(nlp):
    text = "Kenyan, Somali and Ethiopian officials said the border crossing would reopen on Monday."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [s.label for s in claims[0].sources] == ["Kenyan officials", "Somali officials", "Ethiopian officials"]


def test_speakers_a_modifier_not_comma_joined_stays_with_every_conjunct(nlp):
    claims, _ = extract_claims(nlp("Senior Kenyan and Somali officials said the border crossing would reopen."), load_gazetteer())
    assert [s.label for s in claims[0].sources] == ["Senior Kenyan officials", "Senior Somali officials"]


def test_speakers_a_body_noun_among_coordinated_modifiers_speaks_as_itself(nlp):
    text = "Police and district government authorities said they had moved 4,000 villagers away from the river."
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert [s.label for s in claims[0].sources] == ["Police", "district government"]


def test_speakers_a_body_noun_and_a_nationality_among_coordinated_modifiers(nlp):
    # the body speaks as itself, the nationality as the group noun it modifies
    claims, _ = extract_claims(nlp("Army and Sudanese officials said the convoy had reached El Fasher."), load_gazetteer())
    assert [s.label for s in claims[0].sources] == ["Army", "Sudanese officials"]


def test_speakers_alternative_modifiers_stay_one_source(nlp):
    claims, _ = extract_claims(nlp("Kenyan or Somali officials said the border crossing would reopen on Monday."), load_gazetteer())
    assert [s.label for s in claims[0].sources] == ["Kenyan or Somali officials"]


def test_claimskb45_premier_is_the_person_the_text_called_prime_minister(nlp):
    text = ("Ethiopian Prime Minister Abiy Ahmed said on Monday that the rebels had lost the war. "
            "\u201cWe will not negotiate under fire,\u201d Ethiopia's premier said.")
    found = speakers(nlp, text)
    assert len(found) == 2 and found[0][0] == found[1][0] and found[1][0] != ("Q115",)


def test_claimskb45_premier_is_not_another_minister(nlp):
    # negative: a foreign minister named before is not the premier; the state speaks
    text = ("Ethiopian Foreign Minister Demeke Mekonnen met the envoys in Addis Ababa on Monday. "
            "\u201cWe will not negotiate under fire,\u201d Ethiopia's premier said.")
    assert speakers(nlp, text)[-1][0] == ("Q115",)


def test_claimskb45_he_after_a_person_named_in_its_own_sentence_is_not_an_earlier_description(nlp):
    text = ("A senior Colombian official dismissed the rebels' ceasefire offer on Thursday. "
            "Defence minister Carlos Ruiz was in Cali, where he said it was only an effort to win time.")
    found = speakers(nlp, text)
    assert found[-1] == (("name:carlos ruiz",), "he")  # not the official the sentence before described


def test_claimskb45_he_after_a_described_person_with_no_name_between(nlp):
    # negative: with no person named in its own sentence, "he" is the person the sentence before described
    text = ("A Colombian government minister dismissed the rebels' ceasefire offer on Thursday as a gimmick. "
            "He said it was only an effort to win time.")
    found = speakers(nlp, text)
    assert len(found) == 2 and found[1][0] == found[0][0]


@pytest.mark.parametrize(("text", "key"), [
    ("Kenya issued a statement on Monday saying that al-Shabaab fighters attacked a base in Mandera.", "Q114"),
    ("The Somali government released a statement calling for calm in Mogadishu.", "Q1045"),
])
def test_claimskb45_participle_of_an_issued_statement_is_its_issuers(nlp, text, key):
    assert [keys for keys, _ in speakers(nlp, text)] == [(key,)]


def test_claimskb45_participle_of_a_statement_noun_not_issued_is_no_claim_of_the_subject(nlp):
    # negative: "read a statement" is no issuing light verb; "mourning" reports nothing either way
    assert speakers(nlp, "The Somali army read a statement mourning the soldiers killed in Baidoa.") == []


def test_claimskb45_issued_statement_inside_another_statement_is_part_of_it(nlp):
    # negative: the issuing clause is inside the content of Ruto's cue: his claim only
    text = "President William Ruto stressed that while several states have issued statements condemning the attacks, nobody has sent troops."
    assert speakers(nlp, text) == [(("Q195725",), "President William Ruto")]


LIND = "name:tomas lind"


def test_claims46_an_aide_is_the_person_titled_with_another_word_for_an_adviser(nlp):
    # a headline's "presidential aide" and a later "the foreign policy adviser" are the person the lede titles
    # "Assistant to the President of ..." (a long title, set off by a dash)
    text = ("Vestria will admit ceasefire monitors within days, presidential aide says\n\n"
            "Vestria will admit a team of ceasefire monitors within days, Assistant to the President of Vestria - Head "
            "of the Department of Foreign Policy Affairs Tomas Lind said in an interview.\n"
            "Vestria said it had no plans to expel the Tarsk villagers, the foreign policy adviser to Vestria's president said.\n"
            "\"We will not force anyone to leave Tarsk,\" the foreign policy adviser said.")
    found = speakers(nlp, text)
    assert [keys for keys, said in found if said and ("aide" in said or "adviser" in said)] == [(LIND,)] * 3


def test_claims46_a_states_aide_is_the_adviser_named_after_it(nlp):
    # "Kenya's presidential aide says" in a subheading, before "X, foreign policy adviser to Kenya's president"
    text = ("Kenya pledges smooth return for Garissa refugees\n"
            "Kenya's presidential aide says the disarmament of the militias will help the returns.\n\n"
            "Daniel Otieno, foreign policy adviser to Kenya's president, said the militias would hand over their weapons.")
    found = speakers(nlp, text)
    assert found[0][0] == found[-1][0] and found[-1][0] != ("Q114",)


def test_claims46_an_aide_is_no_person_titled_with_another_role(nlp):
    # negative: nobody was titled with a word for an adviser: the aide stays someone the text does not name
    text = ("Foreign Minister Tomas Lind said Vestria would admit ceasefire monitors.\n"
            "\"We will not force anyone to leave Tarsk,\" the presidential aide said.")
    found = speakers(nlp, text)
    assert found[-1][0] != (LIND,)


def test_claims46_a_states_aide_is_no_adviser_of_another_state(nlp):
    # negative: the adviser named after the role is titled as another state's
    text = ("Kenya's presidential aide says the militias will disarm.\n"
            "Ugandan presidential adviser Daniel Otieno said the militias would hand over their weapons.")
    found = speakers(nlp, text)
    assert found[0][0] != found[-1][0]



def _labels(nlp, text: str) -> list[tuple[str, ...]]:
    """The speaker keys and described sources' labels of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [c.speakers + tuple(source.label for source in c.sources) for c in claims]


def test_speakers47_reports_of_no_author_are_a_source_of_their_own(nlp):
    # a plural report noun no article, demonstrative or possessor makes definite is new reports, not the last speaker
    text = ("Army spokesman Daniel Achieng said the rebels had withdrawn from Kessa. "
            "Reports indicate that the rebels were seen near the Tarsk border crossing. "
            "A nurse at the Kessa clinic said nine people died. "
            "Some earlier reports, however, claimed a higher death toll.")
    assert _labels(nlp, text)[1:] == [("Reports",), ("A nurse at the Kessa clinic",), ("Some earlier reports",)]


def test_speakers47_the_reports_are_still_the_statements_named_before(nlp):
    # negative: "the reports" refer back to the reports the army issued
    text = ("The Vestrian army issued two reports on the Kessa fighting on Monday. "
            "The reports said 12 soldiers died near the border.")
    assert _labels(nlp, text) == [("Vestrian army",)]


@pytest.mark.parametrize("text", [
    "The Vestrian army issued two statements on Monday. Both statements said 12 soldiers died near the border.",
    "The Vestrian army issued two reports on Monday. Two reports said 12 soldiers died near the border.",
    "The Vestrian army issued three reports on Monday. All reports said 12 soldiers died near the border.",
])
def test_speakers47_both_or_the_same_count_of_statements_are_the_ones_issued_before(nlp, text):
    # negative: "both"/"all" or the count said again make a plural statement noun refer back, no source of its own
    assert _labels(nlp, text) == [("Vestrian army",)]


def test_speakers47_another_count_of_reports_is_a_source_of_its_own(nlp):
    # a count other than the one issued before is new reports
    text = ("The Vestrian army issued two reports on Monday. "
            "Three reports said 12 soldiers died near the border.")
    assert _labels(nlp, text) == [("Three reports",)]


def test_speakers47_undersecretary_is_a_title_not_a_name(nlp):
    # "Undersecretary" before a name is a title, as "Secretary" is, not part of the person's name, and the role
    # said again is that person
    text = ("Foreign Affairs Undersecretary Amina Oduya of Vestria said on Monday that the talks had gone well. "
            "\"There were no disputes,\" the undersecretary told reporters.")
    assert [keys for keys, said in speakers(nlp, text)] == [("name:amina oduya",), ("name:amina oduya",)]


def test_speakers47_the_undersecretary_said_again_is_no_body_of_that_name(nlp):
    # "The MFA Undersecretary" said again names no organisation "Undersecretary"
    text = ("In a press statement on Tuesday following a briefing he provided to diplomats, the Undersecretary of the "
            "Ministry of Foreign Affairs (MFA) Tomas Lind said that the Tarsk conference does not concern Vestria at all. "
            "The MFA Undersecretary indicated that Vestria would not attend.")
    found = speakers(nlp, text)
    assert found[0][0] == ("name:tomas lind",) and found[-1][0] == ("name:tomas lind",)


def test_speakers47_the_secretary_is_not_the_undersecretary(nlp):
    # negative: "the Cabinet Secretary" is still the secretary, not the undersecretary named after him
    text = ("Kenyan Cabinet Secretary Musalia Mudavadi met Foreign Affairs Undersecretary Amina Oduya of Vestria on "
            "Monday. The Cabinet Secretary said the talks had gone well.")
    assert speakers(nlp, text)[-1][0] == ("name:musalia mudavadi",)


def _claims_of(nlp, text: str) -> list[tuple[tuple[str, ...], str]]:
    """(entity keys and described sources' labels, speaker text) of each claim, in order."""
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    return [(c.speakers + tuple(source.label for source in c.sources), c.speaker_text) for c in claims]


@pytest.mark.parametrize("text, said", [
    # roles47: a bare definite office said with nobody of it named before is no person titled with another office
    ("Foreign Minister Tomas Lind said the border with Vestria would reopen. The ambassador said the talks would resume "
     "next week.", "The ambassador"),
    ("Foreign Minister Ahmed Salem said the Rafah crossing would reopen. The envoy added that prisoners would be exchanged.",
     "The envoy"),
    ("President William Ruto said the troops would stay in Somalia. The spokesman said the talks would resume next week.",
     "The spokesman"),
    ("Interior Minister Karl Brandt said the curfew in Tarsk would hold. The president said the talks would resume.",
     "The president"),
])
def test_roles47_a_bare_office_is_no_person_of_another_office(nlp, text, said):
    found = _claims_of(nlp, text)
    assert [keys for keys, speaker_text in found if speaker_text == said] == [(said.split()[-1],)]


def test_roles47_the_envoy_is_the_ambassador_named_before_not_the_last_minister(nlp):
    # an ambassador is an envoy (role_hyponyms), even with a minister named since
    text = ("Ambassador Maria Costa said the embassy in Juba would stay open. Foreign Minister Tomas Lind said the border "
            "would reopen. The envoy added that the talks would resume next week.")
    found = _claims_of(nlp, text)
    assert found[-1] == (("name:maria costa",), "The envoy")


@pytest.mark.parametrize("text, key", [
    # negatives: the same office, a person named with no title, a generic title that covers it, a role that is no office
    ("Defence Minister Karl Brandt said the army had withdrawn from Tarsk. The minister said the talks would resume.",
     "name:karl brandt"),
    ("Tomas Lind said the border with Vestria would reopen. The minister added that the talks would resume.",
     "name:tomas lind"),
    ("Western diplomat Tomas Lind said the border would reopen. The ambassador said the talks would resume.",
     "name:tomas lind"),
    ("Jane Holloway, a researcher at the Caspian Policy Institute, said the corridor would reopen. The expert said "
     "talks would resume.", "name:jane holloway"),
    ("Army spokesman Col. Ali Hassan said the rebels had retreated. President William Ruto said the troops would stay. "
     "The spokesman added that the talks would resume next week.", "name:ali hassan"),
    # an abbreviated title is its office (abbreviated_offices), another office beside it no bar
    ("Army commander Gen. Karl Brandt said the rebels had retreated from Tarsk. The general said the town was calm.",
     "name:karl brandt"),
])
def test_roles47_a_bare_role_still_refers_back_where_it_fits(nlp, text, key):
    assert _claims_of(nlp, text)[-1][0] == (key,)


def test_roles47_the_undersecretary_is_a_role(nlp):
    # "undersecretary" is a person role and an office: a described source of its own, and the one named with it
    found = _claims_of(nlp, "Foreign Minister Tomas Lind said the border would reopen. The undersecretary said the talks "
                            "would resume next week.")
    assert found[-1] == (("undersecretary",), "The undersecretary")
    found = _claims_of(nlp, "Undersecretary Maria Costa said the embassy would stay open. The undersecretary added that "
                            "the talks would resume next week.")
    assert found[-1] == (("name:maria costa",), "The undersecretary")


@pytest.mark.parametrize("text, key", [
    # roles47: the holder of a post the model ran into the post's place speaks (dev 077's "Ambassador to Manila X")
    ("Ambassador to Khartoum Omar Bashir Musa said the talks in Jeddah had stalled.", "name:omar bashir musa"),
    ("Azerbaijan's Consul in Baku Ramin Aliyev said the border would reopen.", "name:ramin aliyev"),
    # lower case, the parser hanging place and name on "in" as one phrase (review D 2): no place "in ... Tom Reed"
    ("The consul in Baku Tom Reed said the visas had been revoked.", "name:tom reed"),
    # negatives: the post's place with no name after it, the person met later, stay the described consul
    ("The consul in Baku said the visas had been revoked.", "consul in Baku"),
    ("The consul in Baku met Tom Reed on Monday and said the visas had been revoked.", "consul in Baku"),
    # its negatives, which can fail, are names tests (tests/nlp/test_names.py): no post before the name ("wrote to Baku
    # Ramin Aliyev"), a body's name after the post ("delegate to Kenya Red Cross Society")
])
def test_roles47_a_post_holder_run_into_the_post_speaks(nlp, text, key):
    assert _claims_of(nlp, text)[0][0] == (key,)


def test_kbclaims47_the_presidents_assistant_is_the_person_titled_assistant(nlp):
    # "assistant" is a person's role as "aide" is: "the president's assistant" and "the assistant" are the person
    # titled "Assistant to the President of ..." before them
    text = ("Vestria did not deploy troops near Tarsk, Assistant to the President of Vestria - Head of the Foreign "
            "Policy Department Tomas Lind said in an interview.\n\n"
            "The president's assistant also noted that Vestrian police had arrested three suspects.\n\n"
            "The assistant added that the border crossings would reopen on Monday.")
    found = speakers(nlp, text)
    assert [keys for keys, _ in found] == [(LIND,)] * 3


def test_kbclaims47_the_presidents_assistant_is_no_person_titled_with_another_role(nlp):
    # negative: nobody was titled with a word for an adviser: the assistant is not the minister
    text = ("Vestria did not deploy troops near Tarsk, Foreign Minister Tomas Lind said in an interview.\n\n"
            "The president's assistant also noted that Vestrian police had arrested three suspects.")
    found = speakers(nlp, text)
    assert found[0][0] == (LIND,)
    assert all(keys != (LIND,) for keys, said in found if said and "assistant" in said)


def test_kbclaims47_an_assistant_is_the_person_a_title_case_assistant_to_phrase_names(nlp):
    # "Assistant to the Serbian President Marko Djuric" (no determiner, title case): the parser hangs Djuric on "to"
    # as the one assisted; the outlets mean him as the assistant, whom "the assistant" before and after stands for
    text = ("The assistant to the President of Serbia said that the north is an internal issue.\n\n"
            "Assistant to the Serbian President Marko Djuric, in an interview with the Russian TASS news agency, said "
            "that Serbia would not discuss its borders with any third party.\n\n"
            "The assistant noted that the recent actions of Pristina had damaged the settlement.")
    found = speakers(nlp, text)
    assert len(found) == 3 and found[0][0] == found[1][0] == found[2][0] and found[1][1] is not None
    assert "Djuric" in (found[1][1] or "")


def test_kbclaims47_an_adviser_to_a_named_president_is_not_that_president(nlp):
    # negative: "an adviser to President X" is someone advising X, not X
    text = ("Vestria will not discuss its borders, President Tomas Lind said.\n\n"
            "An adviser to President Tomas Lind said that talks with Norland would resume.\n\n"
            "The adviser noted that the recent actions of Norland had damaged the settlement.")
    found = speakers(nlp, text)
    assert found[0][0] == (LIND,)
    assert all(keys != (LIND,) for keys, said in found if said and "adviser" in said.lower())
