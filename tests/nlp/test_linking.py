"""Entity linking on made-up sentences (not from the example corpus)."""

from __future__ import annotations

from dataclasses import replace

import pytest


def _mentions(nlp, text):
    doc = nlp(text)
    return [(m.text, m.entity_key, m.stands_for) for m in doc._.kg_mentions], doc._.kg_entities


def test_linking_short_and_full_names_are_one_entity(nlp):
    mentions, entities = _mentions(
        nlp, "Ilham Aliyev met envoys in Ganja on Monday. Later, Aliyev said the talks had been useful."
    )
    keys = [key for _, key, _ in mentions if key == "Q57371"]
    assert len(keys) == 2
    assert entities["Q57371"].label == "Ilham Aliyev"
    assert entities["Q57371"].kind == "person"


def test_linking_role_prefixed_name_links_to_person(nlp):
    mentions, _ = _mentions(nlp, "Armenian Prime Minister Nikol Pashinyan spoke to reporters in Yerevan.")
    assert ("Nikol Pashinyan", "Q7035479", None) in mentions or any(k == "Q7035479" for _, k, _ in mentions)


def test_linking_capital_as_actor_stands_for_its_state(nlp):
    mentions, entities = _mentions(nlp, "Yerevan rejected the proposal on Friday, while Moscow urged restraint.")
    by_text = {text: (key, stands) for text, key, stands in mentions}
    assert by_text["Yerevan"] == ("Q1953", "Q399")
    assert by_text["Moscow"] == ("Q649", "Q159")
    assert entities["Q399"].kind == "state"


def test_linking_capital_as_place_does_not_stand_for_state(nlp):
    mentions, _ = _mentions(nlp, "Thousands of refugees arrived in Yerevan by bus overnight.")
    assert [(t, s) for t, _, s in mentions if t == "Yerevan"] == [("Yerevan", None)]


def test_linking_descriptive_reference_to_peacekeepers(nlp):
    mentions, entities = _mentions(nlp, "The Russian peacekeepers escorted a convoy of aid trucks.")
    keys = {key for _, key, _ in mentions}
    assert "name:russian peacekeeping forces in nagorno-karabakh" in keys


def test_linking_nationality_adjective_alone_is_not_an_entity(nlp):
    mentions, entities = _mentions(nlp, "Four Azerbaijani police officers and two Armenian farmers were hurt.")
    assert "Q227" not in entities and "Q399" not in entities
    assert not any(key.startswith("name:azerbaijani") or key.startswith("name:armenian") for key in entities)


def test_linking_unknown_person_gets_name_key_and_surname_corefers(nlp):
    mentions, entities = _mentions(
        nlp, "Olena Kravchuk, a researcher at the institute, said the data were incomplete. Kravchuk added more detail."
    )
    people = [key for _, key, _ in mentions if key == "name:olena kravchuk"]
    assert len(people) == 2
    assert entities["name:olena kravchuk"].kind == "person"
    assert entities["name:olena kravchuk"].qid is None


def test_linking_defined_acronym_is_the_long_name(nlp):
    mentions, entities = _mentions(
        nlp, "The Caspian Institute for Regional Studies (CIRS) published a report. CIRS said the border was calm."
    )
    key = "name:caspian institute for regional studies"
    assert key in entities
    assert [t for t, k, _ in mentions if k == key] == ["Caspian Institute for Regional Studies", "CIRS", "CIRS"] or (
        sum(1 for _, k, _ in mentions if k == key) >= 2
    )


def test_linking_police_as_a_force_but_not_police_officers(nlp):
    mentions, _ = _mentions(nlp, "Armenian police detained dozens of protesters in the capital.")
    assert [key for _, key, _ in mentions] == ["name:police of armenia"]
    mentions, entities = _mentions(nlp, "Two Azerbaijani police officers were injured when their car hit a mine.")
    assert not any("police" in key for key in entities)


def test_linking_unqualified_ministry_belongs_to_the_state_the_article_names_most(nlp):
    mentions, entities = _mentions(
        nlp,
        "Armenia opened more shelters on Friday. According to the Ministry of Health, 142 people "
        "were in hospital in Armenia, while Azerbaijan said nothing.",
    )
    assert ("the Ministry of Health", "name:ministry of health of armenia", None) in mentions
    assert entities["name:ministry of health of armenia"].part_of == "Q399"


def test_linking_unqualified_known_ministry_finds_the_gazetteer_entry(nlp):
    _, entities = _mentions(nlp, "Azerbaijan held a briefing. The Defense Ministry said Azerbaijan lost 192 soldiers.")
    assert "name:ministry of defence of azerbaijan" in entities


def test_linking_other_given_name_is_not_the_gazetteer_person_of_that_surname(nlp):
    # the shape of the dev miss: a delegation member who shares the surname of a listed aide
    mentions, _ = _mentions(nlp, "The Azerbaijani delegation included Bashir Hajiyev and Ilkin Sultanov from the Presidential Administration.")
    assert ("Bashir Hajiyev", "name:bashir hajiyev") in [(t, k) for t, k, _ in mentions]
    mentions, _ = _mentions(nlp, "Presidential aide Hikmet Hajiyev spoke first. President Aliyev then said the talks were over.")
    assert [(t, k) for t, k, _ in mentions] == [("Hikmet Hajiyev", "name:hikmet hajiyev"), ("President Aliyev", "Q57371")]


@pytest.fixture(scope="module")
def sahel_nlp(tmp_path_factory):
    from kg.nlp.pipeline import load_pipeline

    gazetteer = tmp_path_factory.mktemp("sahel") / "sahel.tsv"
    gazetteer.write_text(
        "id\tlabel\tqid\tkind\taliases\tstands_for\tpart_of\nidrissa_kambou\tIdrissa Kambou\t\tperson\tKambou;Colonel Kambou\t\t\n",
        encoding="utf-8",
    )
    return load_pipeline(gazetteers=[gazetteer])


@pytest.mark.parametrize(
    "text",
    [
        # a given name opening the sentence, then the surname alone: the person the text named, not the listed namesake
        "Moussa Kambou, a farmer in Mopti, said the road was closed. Kambou added that the market had burned.",
        "The road was closed, said Moussa Kambou, a farmer in Mopti. \"We have no food,\" Kambou told reporters.",
    ],
)
def test_linking_a_surname_alone_is_the_person_the_text_named_in_full(sahel_nlp, text):
    mentions, _ = _mentions(sahel_nlp, text)
    assert {k for t, k, _ in mentions if "Kambou" in t} == {"name:moussa kambou"}, mentions


def test_linking_a_surname_after_a_long_title_is_not_the_listed_namesake(sahel_nlp):
    # the model misses the name at the end of a long title; the given name still makes another person
    mentions, _ = _mentions(sahel_nlp, "Mali's Deputy Minister of Territorial Administration and Decentralisation Moussa Kambou said "
                                       "on Monday that 4,000 people had fled. \"We expect more,\" Kambou said.")
    keys = {k for t, k, _ in mentions if "Kambou" in t}
    assert keys and "name:idrissa kambou" not in keys, mentions


@pytest.mark.parametrize(
    "text",
    [
        "Idrissa Kambou met the envoy in Mopti. Kambou said the army would stay.",
        "Colonel Kambou met the envoy in Mopti. Kambou said the army would stay.",
        "Malian Kambou loyalists met the envoy in Mopti. Kambou said the army would stay.",
        # the listed person named again after the namesake: the surname alone is the last one named
        "The farmer Moussa Kambou said the road was closed. Interim President Kambou said the army would stay. Kambou left on Monday.",
    ],
)
def test_linking_a_surname_alone_stays_the_listed_person_named_last(sahel_nlp, text):
    mentions, _ = _mentions(sahel_nlp, text)
    assert [k for t, k, _ in mentions if t.endswith("Kambou")][-1] == "name:idrissa kambou", mentions


def test_linking_other_given_name_with_a_user_gazetteer_of_another_conflict(tmp_path):
    from kg.nlp.pipeline import load_pipeline

    gazetteer = tmp_path / "sahel.tsv"
    gazetteer.write_text(
        "id\tlabel\tqid\tkind\taliases\tstands_for\tpart_of\nidrissa_kambou\tIdrissa Kambou\t\tperson\tKambou;Colonel Kambou\t\t\n",
        encoding="utf-8",
    )
    nlp = load_pipeline(gazetteers=[gazetteer])
    mentions, _ = _mentions(nlp, "Junta leader Idrissa Kambou met the envoy. In Mopti, the farmer Moussa Kambou said the road was closed.")
    assert [(t, k) for t, k, _ in mentions if "Kambou" in t] == [("Idrissa Kambou", "name:idrissa kambou"), ("Moussa Kambou", "name:moussa kambou")]
    mentions, _ = _mentions(nlp, "Interim President Kambou said the army would stay. Colonel Kambou repeated it on Monday.")
    assert {k for t, k, _ in mentions if "Kambou" in t} == {"name:idrissa kambou"}


def test_linking_person_name_cut_short_by_the_model_is_whole(nlp):
    # the shape of the dev miss: the model tags "Roch Marc" and takes "Christian" for a group
    mentions, entities = _mentions(nlp, "President Roch Marc Christian Kabore called the attack barbaric.")
    assert [(t, k) for t, k, _ in mentions] == [("Roch Marc Christian Kabore", "name:roch marc christian kabore")]
    mentions, _ = _mentions(nlp, "Opposition leader Kizza Besigye Kifefe was arrested in Nairobi on Saturday. Besigye denied the charges.")
    assert [(t, k) for t, k, _ in mentions if "Besigye" in t] == [
        ("Kizza Besigye Kifefe", "name:kizza besigye kifefe"),
        ("Besigye", "name:kizza besigye kifefe"),
    ]


def test_linking_person_name_does_not_take_titles_or_other_names(nlp):
    mentions, _ = _mentions(nlp, "President William Ruto met Raila Odinga in Nairobi on Monday.")
    assert "William Ruto" in [t for t, _, _ in mentions]
    assert {t for t, _, _ in mentions} <= {"William Ruto", "Raila Odinga", "Nairobi"}
    mentions, _ = _mentions(nlp, "The orders came from Field Marshal Khalifa Belqasim Haftar on Monday.")
    assert [t for t, _, _ in mentions] == ["Khalifa Belqasim Haftar"]  # a name after a title of two words
    assert [k for _, k, _ in mentions] == ["name:khalifa belqasim haftar"]


def test_linking_middle_name_of_one_person_is_that_person(nlp):
    mentions, _ = _mentions(
        nlp,
        "Soldiers acted on the orders of President Mahamat Idriss Deby Itno. Since 2021, Chad has been ruled by General Deby.",
    )
    assert {k for t, k, _ in mentions if "Deby" in t} == {"name:mahamat idriss deby itno"}
    mentions, _ = _mentions(nlp, "Mohamed Hamdan Dagalo leads the RSF. Hamdan said on Monday that his fighters would stay.")
    assert {k for t, k, _ in mentions if "Hamdan" in t} == {"name:mohamed hamdan dagalo"}
    # two people share the middle name: neither takes a lone "Hassan"
    mentions, _ = _mentions(nlp, "Ali Hassan Nur and Omar Hassan Farah met in Baidoa. Later, Hassan said the talks went well.")
    assert "name:hassan" in {k for _, k, _ in mentions} or not any(t == "Hassan" for t, _, _ in mentions)


def test_linking_group_named_by_demonym_or_state_name_is_one_entity(nlp):
    # the shape of the dev miss (South China Sea), then another conflict
    mentions, _ = _mentions(nlp, "The Chinese Coast Guard fired water cannon. Manila said China Coast Guard ships blocked the mission.")
    assert {k for t, k, _ in mentions if "Coast Guard" in t} == {"name:chinese coast guard"}
    mentions, _ = _mentions(nlp, "Ethiopian National Defense Force troops clashed with Fano. The Ethiopia National Defense Force said it won.")
    assert len({k for t, k, _ in mentions if "Defense Force" in t}) == 1
    # negative: two states' coast guards stay two
    mentions, _ = _mentions(nlp, "The Philippine Coast Guard said the Chinese Coast Guard rammed its boat.")
    assert len({k for t, k, _ in mentions if "Coast Guard" in t}) == 2


def test_linking_first_word_of_a_headed_group_name_is_the_group(nlp):
    mentions, _ = _mentions(nlp, "The Polisario Front said its fighters attacked. A spokesman told AFP that Polisario had declared war.")
    assert {k for t, k, _ in mentions if "Polisario" in t} == {"name:polisario front"}
    # negative: the owner of a longer name is not that body ("Hamas" is not "Hamas Health Ministry")
    mentions, _ = _mentions(nlp, "The Hamas Health Ministry said 40 people died. Hamas said the strike hit a school.")
    assert len({k for t, k, _ in mentions if "Hamas" in t}) == 2


def test_linking_group_name_without_its_head_or_opening_state_is_the_group(nlp):
    # ents20: "Jalisco New Generation cartel" ... "Jalisco New Generation"; "Sudan Doctors Network" ... "the Doctors Network"
    mentions, _ = _mentions(nlp, "Banners were signed by the Costa Verde Nueva cartel. Costa Verde Nueva is one of the most feared groups.")
    assert len({k for t, k, _ in mentions if "Costa Verde Nueva" in t}) == 1
    mentions, _ = _mentions(nlp, "The Kenya Nurses Union said four staff died. \"The shelling hit the ward,\" said the Nurses Union in a statement.")
    assert len({k for t, k, _ in mentions if "Nurses Union" in t}) == 1
    # negatives: two states' groups sharing the rest of the name stay two, and so does the rest named alone
    mentions, _ = _mentions(nlp, "The Kenya Nurses Union and the Uganda Nurses Union met. The Nurses Union of Tanzania did not attend.")
    assert len({k for t, k, _ in mentions if "Nurses Union" in t}) >= 2
    mentions, _ = _mentions(nlp, "The Resistance Committees said the Kalma Resistance Committees had been attacked.")
    assert len({k for t, k, _ in mentions if "Resistance Committees" in t}) == 2


def test_linking_facility_with_a_longer_head_is_the_same_facility(nlp):
    mentions, _ = _mentions(nlp, "Rebels shelled the Kalima military base on Monday. Soldiers at the Kalima base returned fire.")
    assert len({k for t, k, _ in mentions if "Kalima" in t}) == 1
    # negative: a facility is not the town it is named after
    mentions, _ = _mentions(nlp, "Witnesses said the Rafah border crossing was closed, while the town of Rafah was shelled.")
    assert len({k for t, k, _ in mentions if "Rafah" in t}) == 2


def test_linking_a_facility_named_after_a_town_named_before_it_is_a_new_place(nlp):
    # the shape of the fresh miss (Peru): "in Juliaca ... in the vicinity of the Juliaca airport"
    mentions, _ = _mentions(nlp, "Clashes broke out in Tessin on Monday. Most of the dead were found near the Tessin airport.")
    assert len({k for t, k, _ in mentions if "Tessin" in t}) == 2
    # negative: an area head still names the town itself
    mentions, _ = _mentions(nlp, "Clashes broke out in Tessin on Monday. Most of the dead were found in Tessin province.")
    assert len({k for t, k, _ in mentions if "Tessin" in t}) == 1


def test_linking_acronym_of_the_last_words_stands_for_the_whole_name(nlp):
    # the shape of the dev miss (Myanmar): a local name before "People's Defense Force (PDF)"
    text = (
        "A civilian was hurt, said a representative of Kani-based Kyauk Lone Gyi People’s Defense Force (PDF). "
        "Groups including Kyauk Lone Gyi PDF attacked the troops. The PDF said 60 soldiers died."
    )
    mentions, _ = _mentions(nlp, text)
    key = "name:kyauk lone gyi people's defense force"
    assert [t for t, k, _ in mentions if k == key] == ["Kyauk Lone Gyi People’s Defense Force", "PDF", "Kyauk Lone Gyi PDF", "PDF"]
    mentions, _ = _mentions(
        nlp, "Gunmen ambushed a patrol of the Zamfara Community Protection Guards (CPG) near Gusau. Zamfara CPG commanders said five guards died."
    )
    assert {k for t, k, _ in mentions if "CPG" in t or "Guards" in t} == {"name:zamfara community protection guards"}


def test_linking_acronym_of_a_name_after_a_possessive_state_is_the_name_alone(nlp):
    mentions, _ = _mentions(nlp, "Sudan's Rapid Support Forces (RSF) shelled El Fasher. RSF fighters looted the market.")
    assert {k for t, k, _ in mentions if t in ("Rapid Support Forces", "RSF")} == {"name:rapid support forces"}
    assert ("Sudan", "Q1049") in [(t, k) for t, k, _ in mentions]


def test_linking_compass_word_alone_is_no_gazetteer_place(nlp):
    # the shape of the dev miss: "in the North" matched the Cameroonian region named North
    mentions, _ = _mentions(nlp, "Militants attacked check posts near the border in the North with heavy weapons.")
    assert not any(t.lower().endswith("north") for t, _, _ in mentions)
    mentions, _ = _mentions(nlp, "Fighting spread from the East to the capital, Sudanese officials said.")
    assert not any(t.lower().endswith("east") for t, _, _ in mentions)
    # negative: a name with such a word is still a name
    mentions, _ = _mentions(nlp, "Soldiers were ambushed in the North West region of Cameroon on Monday.")
    assert any("North West" in t for t, _, _ in mentions)


def test_linking_name_is_cut_at_a_spaced_dash(nlp):
    mentions, _ = _mentions(nlp, "Israel said it aimed to protect Syrian Druze - part of a small minority - in the south.")
    assert not any(" - " in t or t.endswith("part") for t, _, _ in mentions)
    mentions, _ = _mentions(nlp, "The Tigray People's Liberation Front – the region's ruling party – rejected the deal on Monday.")
    assert not any("–" in t for t, _, _ in mentions)
    # negative: a hyphenated name stays whole
    mentions, _ = _mentions(nlp, "ADF fighters cut the Kisangani-Bunia road on Friday.")
    assert "Kisangani-Bunia road" in [t for t, _, _ in mentions]


def test_linking_unqualified_ministry_belongs_to_the_state_whose_capital_the_story_is_in(nlp):
    # the shape of the dev miss (Georgia): another state named more often than the home state itself
    text = (
        "Police in Tbilisi detained 20 protesters overnight. Tbilisi residents said the arrests were brutal. "
        "Activists compared the bill to a law in Russia, which Russia's parliament passed in 2012. "
        "Georgia's opposition objected. The Interior Ministry said order was restored."
    )
    mentions, _ = _mentions(nlp, text)
    assert ("The Interior Ministry", "name:ministry of interior of georgia") in [(t, k) for t, k, _ in mentions]
    text = (
        "Protesters marched in Nairobi on Tuesday, and Nairobi shops stayed shut. Uganda closed a border post, "
        "and Uganda's police said they were ready. Kenya's opposition blamed the government. The Interior Ministry said 20 people were held."
    )
    mentions, _ = _mentions(nlp, text)
    assert ("The Interior Ministry", "name:ministry of interior of kenya") in [(t, k) for t, k, _ in mentions]
    # negative: without its capital, the state named most still owns the ministry
    mentions, _ = _mentions(nlp, text.replace("in Nairobi", "in the capital").replace("and Nairobi shops", "and shops"))
    assert ("The Interior Ministry", "name:ministry of interior of uganda") in [(t, k) for t, k, _ in mentions]


def test_linking_an_outlet_and_the_language_of_its_service_are_one_name(nlp):
    # the shape of the dev miss (Myanmar, Karabakh), then another outlet
    assert [k for _, k, _ in _mentions(nlp, "One resident told BBC Burmese that the bombs fell at night.")[0]] == ["name:bbc burmese"]
    assert [k for _, k, _ in _mentions(nlp, "A woman told VOA Somali that the town was shelled.")[0]] == ["name:voa somali"]
    # negative: a demonym before a noun describes the noun
    mentions, _ = _mentions(nlp, "BBC Russian reporters went to Goris.")
    assert ("BBC", "Q9531") in [(t, k) for t, k, _ in mentions]


def test_linking_an_organisation_before_a_title_keeps_its_name(nlp):
    mentions, _ = _mentions(nlp, "CIA Director Bill Burns and US envoy Brett McGurk represented Washington at the talks.")
    assert not any(t.endswith("Director") for t, _, _ in mentions)


def test_linking_acronym_glued_to_its_long_name(nlp):
    # the shape of the dev miss (Kenya), then another conflict
    mentions, _ = _mentions(nlp, "Raila Odinga and his Amani National Congress(ANC) counterpart sent condolences. The ANC said more.")
    assert [t for t, k, _ in mentions if k == "name:amani national congress"] == ["Amani National Congress", "ANC", "ANC"]
    mentions, _ = _mentions(nlp, "The Sudan Liberation Movement(SLM) rejected the deal, and SLM fighters left.")
    assert {k for t, k, _ in mentions if "SL" in t or "Movement" in t} == {"name:sudan liberation movement"}
    # negative: a bracket after a lower-case word before no acronym stays as it is
    assert [t.text for t in nlp("The function f(x) was odd.")][:4] == ["The", "function", "f(x", ")"]


def test_linking_area_name_with_a_plural_head_is_the_gazetteer_area(nlp):
    mentions, _ = _mentions(nlp, "Drones were destroyed over the territory of the Belgorod and Bryansk Regions by air defences.")
    assert ("Bryansk Regions", "Q2810") in [(t, k) for t, k, _ in mentions]
    mentions, _ = _mentions(nlp, "Heavy rain fell over the Grand Regions hotel in the city on Monday.")
    assert not any(k.startswith("Q") for _, k, _ in mentions)


def test_linking_name_takes_a_hyphenated_start_and_a_closing_number(nlp):
    # the shapes of the dev misses (Thailand-Cambodia, Haiti), then made-up ones
    mentions, _ = _mentions(nlp, "Teams from Cambodia-Thailand General Border Committee scheduled to meet again Friday.")
    assert [t for t, _, _ in mentions] == ["Cambodia-Thailand General Border Committee"]
    mentions, _ = _mentions(nlp, "The deaths enraged members of Fantom 509, an armed group of current and former officers.")
    assert [t for t, _, _ in mentions] == ["Fantom 509"]
    mentions, _ = _mentions(nlp, "Gunmen from Brigade 313 attacked the base.")
    assert [t for t, _, _ in mentions] == ["Brigade 313"]
    # negative: a year, a distance or a count after a name is not part of it
    for text, name in (("Hamas 2023 attacks were condemned.", "Hamas"), ("Shelling hit Kharkiv 20 km from the border.", "Kharkiv")):
        assert name in [t for t, _, _ in _mentions(nlp, text)[0]]


def test_linking_a_name_word_before_a_known_name_makes_another_name(nlp):
    # the shape of the dev miss (Chad): "Lake Chad" is no mention of the state
    mentions, _ = _mentions(nlp, "The attack took place near Ngouboua in the Lake Chad area, a vast marshy region.")
    assert ("Lake Chad", "name:lake chad") in [(t, k) for t, k, _ in mentions]
    mentions, _ = _mentions(nlp, "Aid workers crossed Lake Tanganyika and Lake Kivu by boat on Monday.")
    assert not any(k.startswith("Q") for _, k, _ in mentions)
    # negative: titles, demonyms and compass words before a known name still drop
    mentions, _ = _mentions(nlp, "Russian-backed forces shelled Eastern Ukraine, and Former President Uhuru Kenyatta condemned it.")
    assert {k for _, k, _ in mentions} >= {"Q212", "Q196070"}
    mentions, _ = _mentions(nlp, "Russia, a longstanding ally of mainly Orthodox Serbia, described the operation as justified.")
    assert ("Serbia", "Q403") in [(t, k) for t, k, _ in mentions]  # the demonym describes the state, outside its mention


def test_linking_an_unaccented_spelling_is_the_gazetteer_entry(nlp):
    from kg.nlp.gazetteer import unaccented

    assert (unaccented("Nouméa"), unaccented("Erdoğan"), unaccented("Kyiv")) == ("Noumea", "Erdogan", "Kyiv")
    mentions, _ = _mentions(nlp, "Riots broke out in Nouméa on Monday. Police in Noumea arrested 40 people in Bogota.")
    assert [(text, key) for text, key, _ in mentions if text.startswith("Noum")] == [("Nouméa", "name:nouméa"), ("Noumea", "name:nouméa")]
    assert any(text == "Bogota" and key != "name:bogota" for text, key, _ in mentions)  # "Bogotá" in the gazetteer


def test_linking_name_ends_before_a_bracket_it_does_not_close(nlp):
    # the shape of the fresh miss (Peru), then another conflict
    mentions, _ = _mentions(nlp, "For his part, the director of the Regional Health Directorate (Diresa) in Puno, Ismael Cornejo, said two died.")
    assert "the Regional Health Directorate" in [t for t, _, _ in mentions]
    assert not any("(" in t for t, _, _ in mentions)
    mentions, _ = _mentions(nlp, "Officials of the Provincial Disaster Authority (Pedema) in Velmora said the road was cut.")
    assert not any("(" in t for t, _, _ in mentions)
    # negative: a name that holds its whole bracket keeps it
    mentions, _ = _mentions(nlp, "Fighters of the Sudan Liberation Movement (SLM) attacked the camp, and SLM fighters left.")
    assert {k for t, k, _ in mentions if "SL" in t or "Movement" in t} == {"name:sudan liberation movement"}


def test_linking_camel_case_hashtag_of_a_name_is_that_name(nlp):
    # the shape of the fresh duplicate (a quoted post about Karabakh), then another conflict
    mentions, _ = _mentions(nlp, "Troops shelled Nagorno-Karabakh again. \"Stop the aggression agnst ppl of #NagornoKarabakh now,\" Badalyan said on X.")
    assert {k for t, k, _ in mentions if t.startswith("Nagorno")} == {"name:nagorno-karabakh"}
    mentions, _ = _mentions(nlp, "Rebels entered Port Amber on Monday. \"Pray for #PortAmber,\" the bishop wrote on X.")
    assert len({k for t, k, _ in mentions if t.startswith("Port")}) == 1
    # negative: a camel-case word that is no hashtag, and a hashtag of no name of the text, stay apart
    mentions, _ = _mentions(nlp, "Rebels entered Port Amber on Monday. The PortAmber ferry company and #NorthGate said nothing.")
    assert not any(t in ("PortAmber", "NorthGate") and k == "name:port amber" for t, k, _ in mentions)


def test_linking_hashtag_glued_to_a_slash_is_split_off(nlp):
    # the shape of the fresh miss ("in parallel w/#France"), then another post
    mentions, _ = _mentions(nlp, "\"#Armenia sent a letter, in parallel w/#France, requesting an emergency meeting,\" the minister wrote.")
    assert "France" in [t for t, _, _ in mentions]
    assert [t.text for t in nlp("Drones fly over #Goma/#Bunia today.")][3:8] == ["#", "Goma", "/", "#", "Bunia"]
    # negative: slashes of words, numbers and addresses stay as they are
    assert [t.text for t in nlp("It runs 24/7 and/or at http://x.com/#Top")][1:4] == ["runs", "24/7", "and/or"]


def test_linking_an_ethnic_group_word_alone_is_no_entity(nlp):
    # the shape of the fresh false positives (Manipur), then another conflict's peoples
    mentions, entities = _mentions(nlp, "Three men of the Kuki community were killed in Ukhrul district, and Naga groups blamed Meitei militants.")
    labels = {entities[k].label for _, k, _ in mentions}
    assert not {"Kuki", "Naga", "Meitei"} & labels
    assert "Ukhrul district" in labels
    # negative: a name that holds such a word is still a name
    mentions, entities = _mentions(nlp, "Clashes spread to the Naga Hills on Monday, and the Naga People's Front protested in Kohima.")
    labels = {entities[k].label for _, k, _ in mentions}
    assert {"Naga Hills", "Naga People's Front"} <= labels


def test_linking_a_body_named_without_its_state_is_the_one_body_named_with_it(tmp_path):
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    # the shape of the dev duplicate (Azerbaijan)
    mentions, _ = _mentions(nlp, "Officials of the Presidential Administration met the envoys. Later the Azerbaijani Presidential Administration said talks would resume.")
    assert {k for t, k, _ in mentions if "Presidential" in t} == {"name:presidential administration of azerbaijan"}
    # another conflict's body, from a user gazetteer
    gazetteer = tmp_path / "sahel.tsv"
    gazetteer.write_text(
        "id\tlabel\tqid\tkind\taliases\tstands_for\tpart_of\n"
        "transition_council_of_mali\tNational Transition Council of Mali\t\torganization\tMalian National Transition Council\t\t\n",
        encoding="utf-8",
    )
    nlp = load_pipeline(gazetteers=[gazetteer])
    mentions, _ = _mentions(nlp, "The Malian National Transition Council met in Bamako. Later the National Transition Council voted for the charter.")
    assert {k for t, k, _ in mentions if "Council" in t} == {"name:national transition council of mali"}
    # negative: a body of another name stays its own
    mentions, _ = _mentions(nlp, "The Malian National Transition Council met in Bamako. Later the National Security Council voted for the charter.")
    assert len({k for t, k, _ in mentions if "Council" in t}) == 2


def test_linking_a_long_surname_misspelt_by_one_letter_is_that_person(nlp):
    # the shape of the fresh duplicate (Uganda), then another conflict
    mentions, _ = _mentions(nlp, "UPDF spokesperson Brig. Gen. Felix Kulayigye said the rebels fled. Brig. Gen. Kulaigye says the militants tied up the guard.")
    assert {k for t, k, _ in mentions if "Kula" in t} == {"name:felix kulayigye"}
    # negative: a short surname one letter apart stays its own ("Varga", "Vargas")
    mentions, _ = _mentions(nlp, "Minister Ilse Varga met the envoy in Kortsk on Monday. Vargas said nothing about the talks.")
    assert len({k for t, k, _ in mentions if "Varga" in t}) == 2


def test_linking_one_letter_apart_needs_one_long_surname():
    from kg.nlp.coreference import _one_letter_apart

    assert _one_letter_apart("kulaigye", "kulayigye") and _one_letter_apart("hajiyeva", "hajiyevo")
    # negative: other first letter, two letters apart, the same word
    assert not _one_letter_apart("kulaigye", "bulayigye")
    assert not _one_letter_apart("kulaigye", "kulayigy")
    assert not _one_letter_apart("kulaigye", "kulaigye")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("PORT HALVEN, 14 May 2031 (Newswire) - Shelling hit the port. Officials in Port Halven said the harbour was closed.",
         "Port Halven"),
        # capitals the text never writes otherwise stay, and one word in capitals may be an acronym
        ("PORT HALVEN, March 4 (Reuters) - Rebels entered the city on Monday, residents said.", "PORT HALVEN"),
        ("TARSK, March 4 (Reuters) - Rebels entered Tarsk on Monday, residents said.", "TARSK"),
    ],
)
def test_linking_a_name_in_capitals_takes_the_label_the_text_writes_it_with(nlp, text, label):
    doc = nlp(text)
    assert label in {entity.label for entity in doc._.kg_entities.values()}


def test_linking_an_acronym_stays_in_capitals(nlp):
    doc = nlp("NATO said on Monday that NATO ministers would meet in Brussels.")
    assert "NATO" in {entity.label for entity in doc._.kg_entities.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Border crisis deepens\n\nOstrelia accused Zarvania of shelling the border town of Marrow.", "Ostrelia"),
        ("Border crisis deepens\n\nVorland denied the accusation and blamed rebels for the attack.", "Vorland"),
    ],
)
def test_linking_an_unknown_place_that_accuses_or_denies_is_a_state(nlp, text, name):
    kinds = {entity.label: entity.kind for entity in nlp(text)._.kg_entities.values()}
    assert kinds[name] == "state"


def test_linking_an_unknown_place_that_only_lies_or_is_shelled_stays_a_place(nlp):
    doc = nlp("Border crisis deepens\n\nMarrow lies on the river. Rebels shelled Marrow on Monday, the army said.")
    kinds = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert kinds.get("Marrow") != "state"


def test_linking_foreign_language_acronym_in_brackets_is_the_group_before_it(nlp):
    # the shape of new-article misses (Haiti: "Haitian National Police (PNH)", "Presidential Transitional Council (CPT)"):
    # an acronym of the name in a language that orders its words otherwise, then used alone, is the same group
    text = (
        "Four Velmoran National Police (PNV) officers died in the clash, the Transitional Governing Council (CGT) said. "
        "The PNV published on Facebook that four of its own had fallen, the CGT said."
    )
    mentions, _ = _mentions(nlp, text)
    police = {k for t, k, _ in mentions if "PNV" in t or "Police" in t}
    council = {k for t, k, _ in mentions if "CGT" in t or "Council" in t}
    assert len(police) == 1 and len(council) == 1
    assert sum(1 for t, _, _ in mentions if t == "PNV") == 2
    mentions, _ = _mentions(nlp, "Troops of the Armed Forces of the Democratic Republic of the Congo (FARDC) retook Kalemba. FARDC officers said 12 rebels died.")
    assert len({k for t, k, _ in mentions if "FARDC" in t or "Armed Forces" in t}) == 1
    # negative: letters the name's initials do not give define nothing
    mentions, _ = _mentions(nlp, "The Velmoran Council for Peace (PNV) met on Monday. PNV delegates said four officers died.")
    assert not {k for t, k, _ in mentions if t == "PNV"} & {k for t, k, _ in mentions if "Council" in t}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Clashes erupted in Tripoli overnight between rival gunmen, the Lebanese army said.", "Tripoli"),
        ("Floods swept through Valencia on Tuesday, and the Spanish government sent troops.", "Valencia"),
        ("Police in Cartagena arrested six dockers after the port strike, Spain's interior ministry said.", "Cartagena"),
    ],
)
def test_linking_a_city_named_like_a_city_of_the_state_in_the_story_is_not_the_foreign_one(nlp, text, city):
    # the story names the state of a namesake city, never the listed city's own: no QID, no state it stands for
    mentions, _ = _mentions(nlp, text)
    assert [(key, stands) for t, key, stands in mentions if t == city] == [(f"name:{city.lower()}", None)], mentions


@pytest.mark.parametrize(
    ("text", "city", "key"),
    [
        ("Clashes erupted in Tripoli overnight between rival militias, Libya's interior ministry said.", "Tripoli", "Q3579"),
        ("Tripoli accused Beirut of harbouring fugitives. The Libyan capital has been calm since the truce.", "Tripoli", "Q3579"),
        ("Tripoli said on Monday that it had closed its border with Tunisia.", "Tripoli", "Q3579"),
        ("Protesters marched in Valencia on Sunday against the Venezuelan government.", "Valencia", "Q54880"),
    ],
)
def test_linking_a_city_keeps_its_qid_where_its_own_state_or_no_namesake_state_is_named(nlp, text, city, key):
    mentions, _ = _mentions(nlp, text)
    assert [k for t, k, _ in mentions if t == city] == [key], mentions


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("More than 100,000 people fled to mostly Christian Armenia.", "Armenia", "Q399"),
        ("Thousands of Rohingya were pushed back into largely Buddhist Myanmar.", "Myanmar", "Q836"),
    ],
)
def test_linking_a_religious_or_ethnic_adjective_before_a_state_describes_it(nlp, text, name, key):
    # the capitalised adjective does not make the state's name part of a longer name the gazetteer would not match
    mentions, _ = _mentions(nlp, text)
    assert (name, key) in [(t, k) for t, k, _ in mentions], mentions


def test_linking_a_religious_adjective_before_a_state_negative(nlp):
    # a capitalised word that is no demonym still makes a longer name: "Kenya" in "Kenya Defence Forces" is no state mention
    mentions, _ = _mentions(nlp, "Christian Aid said the convoy was blocked, and Kenya Defence Forces escorted it.")
    assert "Q114" not in [k for _, k, _ in mentions], mentions


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a surname inside a three-word name, the person named first: not the relative named after him
        ('Soldiers detained President Jean Mavoungou Ekang on Wednesday. Mavoungou had ruled since 2009, when his father, '
         'Paul Mavoungou, died. "I am calling on you to make noise," Mavoungou said in a video.', "name:jean mavoungou ekang"),
        ('Soldiers detained President Jean Mavoungou Ekang on Wednesday. "I am calling on you to make noise," Mavoungou said.',
         "name:jean mavoungou ekang"),
        # the relative named first keeps the surname
        ("Paul Mavoungou ruled the country for decades. His son Jean Mavoungou Ekang took over in 2009. In 1990, Mavoungou "
         "said the party would allow rivals.", "name:paul mavoungou"),
    ],
)
def test_linking_a_surname_shared_by_relatives_is_the_one_named_first(nlp, text, key):
    mentions, _ = _mentions(nlp, text)
    assert {k for t, k, _ in mentions if t == "Mavoungou"} == {key}, mentions


@pytest.mark.parametrize(("text", "name"), [
    # speakers37: "Sudanese Minister of Foreign Affairs Ali Al-Sadiq said" (Al Bawaba) was "Foreign Affairs Ali Al-Sadiq"
    ("Chadian Minister of Foreign Affairs Mahamat Al-Nour said the border would reopen.", "Mahamat Al-Nour"),
    ("Sudanese Minister of Interior Khalil Al-Basha said that he rules out a truce.", "Khalil Al-Basha"),
])
def test_linking_a_hyphenated_name_after_a_portfolio_is_the_holder_s(nlp, text, name):
    mentions, _ = _mentions(nlp, text)
    assert [t for t, _, _ in mentions] == [name]


def test_linking_a_spaced_dash_joins_no_parts_of_a_name(nlp):
    # negative: only a hyphen written inside a word joins a name's parts
    from kg.nlp.spans import _joining_hyphen

    joined, spaced = nlp("Mahamat Al-Nour said."), nlp("Mahamat Al - Nour said.")
    assert [t.text for t in joined if _joining_hyphen(t)] == ["-"]
    assert [t.text for t in spaced if _joining_hyphen(t)] == []


def test_linking_unqualified_ministry_in_a_headline_is_the_body_the_lede_names(nlp):
    # speakers38b: "We strongly condemn ... by Armenian side - MFA" above "The Azerbaijani Foreign Ministry has issued a
    # statement" (news.az): the headline abbreviates the body its lede names, not the state named most
    text = (
        "We strongly condemn the shelling of border villages by Kenya - MFA\n\n"
        "The Somali Foreign Ministry has issued a statement on another attack by Kenya near Doolow. Kenya denied it."
    )
    mentions, _ = _mentions(nlp, text)
    assert ("MFA", "name:ministry of foreign affairs of somalia") in [(t, k) for t, k, _ in mentions]


def test_linking_unqualified_ministry_outside_a_headline_is_no_body_named_later(nlp):
    # negative: in the body text, a bare ministry named before another state's is still the home state's
    text = (
        "Kenya rejects claims on border shelling\n\n"
        "The Foreign Ministry said on Monday that Kenya had not shelled Doolow. Kenya denied it. "
        "Later the Somali Foreign Ministry repeated the charge."
    )
    mentions, _ = _mentions(nlp, text)
    assert ("The Foreign Ministry", "name:ministry of foreign affairs of kenya") in [(t, k) for t, k, _ in mentions]


def test_linking_an_unknown_group_shown_to_be_armed_in_a_later_mention_is_armed_throughout(nlp):
    # entities39 (the Taliban in Afghanistan, Seleka in the Central African Republic): the headline's first
    # mention, which the model takes for an organisation, does not decide the kind; "Varga fighters" does
    text = (
        "Varga launch attacks in the north\n\n"
        "Varga gunmen stormed a police post in Teluk district on Monday, officials said. "
        "Several Varga fighters were killed, the army said."
    )
    _, entities = _mentions(nlp, text)
    assert entities["name:varga"].kind == "armed_group"


def test_linking_an_unknown_group_never_written_before_a_fighters_noun_keeps_its_kind(nlp):
    # negative: a movement's name with no fighters noun after any of its mentions stays an organisation
    _, entities = _mentions(nlp, "The Varga movement said on Monday it had signed the accord. Varga leaders met the mediators in Teluk.")
    assert entities["name:varga"].kind == "organization"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # entities39 (El Carmen in Colombia, Awdhegle in Somalia): a name with an area noun in apposition, and
        # a later name of a list of places after "in", are places, not a person or an organisation
        ("Nine soldiers were injured in the attack in the rural part of El Morro, a municipality in the Tarsa region.",
         "name:el morro"),
        ("The militants attacked army bases in Tarsoole, Awdegga, as well as in Barrane town area, the radio reported.",
         "name:awdegga"),
    ],
)
def test_linking_a_name_described_as_an_area_or_listed_with_places_is_a_place(nlp, text, key):
    _, entities = _mentions(nlp, text)
    assert entities[key].kind == "place"


def test_linking_a_person_after_a_place_and_a_comma_stays_a_person(nlp):
    # negative: a person named after a place and a comma, not in apposition to it, nor an area noun after it
    _, entities = _mentions(nlp, "The militants attacked army bases in Tarsoole, police chief Ahmed Waal said. "
                                 "Velmira Karsh, a spokeswoman for the army, said the town had fallen.")
    assert entities["name:ahmed waal"].kind == "person"
    assert entities["name:velmira karsh"].kind == "person"


def test_linking_a_person_in_apposition_after_a_place_stays_a_person(nlp):
    # negative: the person a long subject names after "in" and its place stays a person
    _, entities = _mentions(nlp, "For his part, the director of the Regional Water Directorate in Tarsa, Ismo Velkar, "
                                 "said the first victim died on Monday.")
    assert entities["name:ismo velkar"].kind == "person"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # entities39 (anti-balaka in the Central African Republic, Mai-Mai in Congo): a hyphenated group name,
        # in lower case too, before a fighters noun or "armed groups"; a demonym before it is no part of it
        ("Four peacekeepers were wounded in an ambush by anti-kanda militiamen near the airport.", "name:anti-kanda"),
        ("An army position was attacked by two so-called Kato-Kato armed groups near the town of Velo.", "name:kato-kato"),
        ("A backlash by the Christian anti-Kanda militia against Muslim civilians followed.", "name:anti-kanda"),
    ],
)
def test_linking_a_hyphenated_name_before_a_fighters_noun_is_an_armed_group(nlp, text, key):
    _, entities = _mentions(nlp, text)
    assert entities[key].kind == "armed_group"


def test_linking_hyphenated_english_words_before_a_fighters_noun_name_nothing(nlp):
    # negative: stances and English compounds before a fighters noun ("anti-government forces", "so-called rebels")
    _, entities = _mentions(nlp, "Pro-government militias and anti-government armed groups clashed in Varda. "
                                 "The so-called rebels fled, and cross-border militants followed.")
    assert set(entities) == {"name:varda"}


def test_linking_a_name_before_rebel_is_an_armed_group(nlp):
    # entities39 ("the former Seleka rebel group"): "rebel" before its noun is a fighters noun too
    _, entities = _mentions(nlp, "Fighters with the former Ruba rebel group attacked a northern town in Vardania on Monday.")
    assert entities["name:ruba"].kind == "armed_group"


def test_linking_a_demonym_before_rebel_names_no_group(nlp):
    # negative: a demonym before "rebel" is an adjective of nationality, no group's name
    _, entities = _mentions(nlp, "A Somali rebel commander was killed near the border on Monday.")
    assert not any(key.startswith("name:somali") for key in entities)


# meta40n: a dateline's unknown city in capitals before the state's name and an agency ("ASTRAVA, Norland (AP) —")
# is a place, as without the state's name (the model tags it an organisation).
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Dravian rebels say they downed army helicopter\n\nKOLMAR, {state} (AP) — Rebels of the Dravian Liberation Front "
         "said on Friday they had shot down an army helicopter near Kolmar, killing its crew of three.\n\n"
         "Dravia's government denied the claim.", "KOLMAR"),
        ("Orvenian troops cross into Tessaly as border talks collapse\n\nVARNO, {state} (AP) — Orvenian troops crossed "
         "into Tessaly on Thursday, seizing two border villages, Tessaly's defence ministry said.", "VARNO"),
    ],
)
@pytest.mark.parametrize("case", [str.title, str.upper])
def test_linking_a_datelines_unknown_city_before_its_state_is_a_place(nlp, text, city, case):
    state = "Dravia" if "Dravia" in text else "Tessaly"
    kinds = {entity.label: entity.kind for entity in nlp(text.format(state=case(state)))._.kg_entities.values()}
    assert kinds[city] == "place"


def test_linking_a_name_in_capitals_before_a_name_and_brackets_without_a_dash_is_no_dateline():
    from kg.nlp.names import _AGENCY_DASH

    assert _AGENCY_DASH.match("KORSA, Tavora (AP) — Troops", len("KORSA")) is not None
    # negative: no dash after the brackets, or a lower-case apposition before them
    assert _AGENCY_DASH.match("ZELTA, Marrow (its sister company) said on Monday", len("ZELTA")) is None
    assert _AGENCY_DASH.match("KORSA, the capital (AP) — Troops", len("KORSA")) is None


def test_linking_a_one_word_name_another_mention_shows_a_place_is_a_city_speaking(nlp):
    # the name-substitution test: "Kessa, in turn, said ..." ... "rallies were held in Kessa" (Yerevan renamed) was a person
    doc = nlp("Border fighting escalates\n\nDravia and Kolmar traded fire on Monday. Tarsk, in turn, said there were no "
              "Kolmari troops in the area. Protesters rallied in Tarsk.")
    kinds = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert kinds["Tarsk"] == "place"


def test_linking_a_one_word_person_who_speaks_stays_a_person(nlp):
    doc = nlp("Rebels regroup\n\nCommander Barak, in turn, said his fighters would return to Velm. Barak spoke in Velm "
              "on Monday.")
    kinds = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert kinds.get("Barak") == "person" and kinds.get("Velm") == "place"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_linking_names_with_an_apostrophe_of_any_form(nlp, apostrophe):
    text = (f"Troops left N{apostrophe}Djamena for the east on Monday, the Chadian army said. "
            f"In Côte d{apostrophe}Ivoire, officials said Abidjan was calm.")
    mentions, entities = _mentions(nlp, text)
    keys = {key for _, key, _ in mentions}
    assert "Q3659" in keys  # N'Djamena, as the world gazetteer writes it
    assert "Q1008" in keys  # Côte d'Ivoire, an alias of Ivory Coast
    assert not any(text == "Côte" for text, _, _ in mentions)


def test_linking_a_possessive_after_a_name_and_quotation_marks_stay_what_they_are(nlp):
    mentions, _ = _mentions(nlp, "‘N’Djamena is calm,’ said a spokesman for Chad’s army on Friday.")
    keys = [key for _, key, _ in mentions]
    assert "Q3659" in keys
    assert "Q657" in keys  # "Chad’s army": Chad, its possessive split off
    assert not any(text.startswith("‘") or text.endswith("’") for text, _, _ in mentions)


def test_linking_an_unknown_name_taken_for_an_organisation_that_another_mention_shows_a_place_is_a_place(nlp):
    # the model tags some cities ORG at every mention ("attacks on X", "X, the capital of ..."): one mention read as a
    # place ("residents fled Tarsa, the capital of North Varda" or "fighting in Tarsa") makes the entity a place
    from kg.nlp.linking import _one_entity_per_key
    from kg.nlp.links import Link
    from kg.records import Entity

    doc = nlp("Militia shells Tarsa\n\nFighting spread to Tarsa on Monday.")
    span = doc[0:1]
    as_organisation = Entity(key="name:tarsa", label="Tarsa", kind="organization")
    as_place = Entity(key="name:tarsa", label="Tarsa", kind="place")
    linked = [(span, Link(as_organisation, "ner", 0.7)), (span, Link(as_place, "ner", 0.7))]
    assert {link.entity.kind for _, link in _one_entity_per_key(linked)} == {"place"}
    # negative: a person's name of several words that one mention shows to be a place stays a person, and a listed
    # organisation stays one
    person = Entity(key="name:tarsa warsame", label="Tarsa Warsame", kind="person")
    linked = [(span, Link(person, "ner", 0.7)), (span, Link(replace(person, kind="place"), "ner", 0.7))]
    assert {link.entity.kind for _, link in _one_entity_per_key(linked)} == {"person"}
    listed = Entity(key="Q1", label="Tarsa Radio", kind="organization", qid="Q1")
    linked = [(span, Link(listed, "gazetteer", 0.95)), (span, Link(replace(listed, kind="place"), "ner", 0.7))]
    assert {link.entity.kind for _, link in _one_entity_per_key(linked)} == {"organization"}


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "kind"),
    [
        # a name right after "capital" as its title, or with "the capital of ..." in apposition, is a place, also where
        # the model took it for an organisation or a person
        ("Rebels seized the capital Kardun in 2015, officials said.", 4, 5, "ORG", "place"),
        ("Residents fled Beledweyne, the capital of the Hiran region, on Monday.", 2, 3, "ORG", "place"),
        ("Residents fled Beledweyne, the capital of the Hiran region, on Monday.", 2, 3, "PERSON", "place"),
        # negative: a person in apposition to another role noun, or after a title after "the capital's", stays a person
        ("Residents met Amina Warsame, the head of the regional council, on Monday.", 2, 4, "PERSON", "person"),
        ("The capital's governor Musa Idris said the road was closed.", 4, 6, "PERSON", "person"),
        # negative: a person right after "the capital" who acts is no place
        ("Speaking to reporters in the capital Musa Idris said the road was closed on Monday.", 6, 8, "PERSON", "person"),
        # a name after "the X capital" is a place; a body's name before "capital" stays a body ("the Tigray capital Mekelle")
        ("Fighters entered the Varda Front capital Kessa on Monday.", 6, 7, "PERSON", "place"),
        ("Fighters entered the Varda Front capital Kessa on Monday.", 3, 5, "ORG", "organization"),
    ],
)
def test_linking_a_name_titled_or_described_as_a_capital_is_a_place(nlp, text, start, end, label, kind):
    from spacy.tokens import Span

    from kg.nlp.names import kind_of_unknown

    doc = nlp(text)
    span = Span(doc, start, end, label=label)
    assert kind_of_unknown(span, nlp.get_pipe("kg_entity_linker").lexicon) == kind, span.text


def test_linking_a_listed_groups_name_the_model_took_for_a_person_is_the_group(nlp):
    # "told Reuters al-Shabab also burned ...": the model reads the listed group's name as a person's
    mentions, entities = _mentions(nlp, "Some residents of Jowhar told Reuters al-Shabab also burned two trucks.")
    assert any(text == "al-Shabab" and entities[key].label == "al-Shabaab" for text, key, _ in mentions), mentions
    # negative: a person's name of several words that names no listed group stays a person
    mentions, entities = _mentions(nlp, "Some residents of Kessa said Abdi Warsame also burned two trucks.")
    assert any(entities[key].kind == "person" for text, key, _ in mentions if text == "Abdi Warsame"), mentions


def test_linking_a_groups_plural_the_model_took_for_a_person_is_the_group(nlp):
    # "Al Tarbun rebels ... Al Tarbuns launched": the plural of a group's name of several words is that group
    doc = nlp("A rocket attack by the Iran-aligned Al Tarbun rebels killed 12 people in Kessa. Last year, Al Tarbuns "
              "launched a massive offensive on the city.")
    labels = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert labels.get("Al Tarbun") == "armed_group", labels
    assert "Al Tarbuns" not in labels, labels
    plural = [doc._.kg_entities[m.entity_key].label for m in doc._.kg_mentions if m.text == "Al Tarbuns"]
    assert plural == ["Al Tarbun"], plural
    # negative: a person named as a group is, without a plural, stays apart ("Ali Ahmed" and the "Ali Ahmed Brigade")
    doc = nlp("Sheikh Ali Ahmed met the Ali Ahmed Brigade commander. Later Ali Ahmed said he was safe.")
    kinds = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert kinds.get("Ali Ahmed") == "person" and kinds.get("Ali Ahmed Brigade") == "armed_group", kinds


def test_linking_a_person_after_the_capital_keeps_the_claim(nlp):
    # "in the capital Musa Idris said": the speaker stays a person and his claim is kept; the city after "the X
    # capital" is a place, and the body before it no place
    from kg.extract.claims import extract_claims
    from kg.nlp.gazetteer import load_gazetteer

    doc = nlp("Speaking to reporters in the capital Musa Idris said the road was closed on Monday.")
    labels = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert labels.get("Musa Idris") == "person", labels
    claims, _ = extract_claims(doc, load_gazetteer())
    assert [claim.speaker_text for claim in claims] == ["Musa Idris"], claims
    doc = nlp("Fighters loyal to the Varda Front entered the Varda Front capital Kessa on Monday.")
    labels = {entity.label: entity.kind for entity in doc._.kg_entities.values()}
    assert labels.get("Kessa") == "place" and labels.get("Varda Front") != "place", labels


@pytest.fixture(scope="module")
def namesakes_nlp(tmp_path_factory):
    from kg.nlp.pipeline import load_pipeline

    gazetteer = tmp_path_factory.mktemp("namesakes") / "namesakes.tsv"
    gazetteer.write_text(
        "id\tlabel\tqid\tkind\taliases\tstands_for\tpart_of\n"
        "tomas_varenko\tTomas Varenko\t\tperson\tVarenko;President Varenko\t\t\n"
        "ilse_varenko\tIlse Varenko\t\tperson\t\t\t\n",
        encoding="utf-8",
    )
    return load_pipeline(gazetteers=[gazetteer])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a namesake the gazetteer lists too: the surname alone is the person the text named in full, not the alias's owner
        ("Attorney General Ilse Varenko said on Monday that the rebels would be tried. Varenko told reporters in the "
         "capital that the charges included treason.", ["name:ilse varenko"] * 2),
        # decided per mention: each surname alone is the last of the two named before it
        ("President Tomas Varenko opened the session. Attorney General Ilse Varenko said the rebels would be tried. "
         "Varenko told reporters the charges included treason. Later, President Tomas Varenko spoke. Varenko said "
         "the war was over.", ["name:tomas varenko", "name:ilse varenko", "name:ilse varenko", "name:tomas varenko",
                               "name:tomas varenko"]),
        # a surname after a title stays the titled namesake
        ("Attorney General Ilse Varenko said the rebels would be tried. President Varenko said the war was over.",
         ["name:ilse varenko", "name:tomas varenko"]),
        # a relative named by the namesake's surname is named in passing: the surname alone stays the namesake
        ("President Tomas Varenko was placed under house arrest. Varenko's late father, President Anton Varenko, ruled "
         "for 40 years. Varenko had won a third term on Saturday.",
         ["name:tomas varenko", "name:tomas varenko", "name:anton varenko", "name:tomas varenko"]),
        # fix44A: so is one named after a pronoun and a noun of kin
        ("President Tomas Varenko was placed under house arrest. His father, Anton Varenko, ruled for 40 years. "
         "Varenko had won a third term on Saturday.",
         ["name:tomas varenko", "name:anton varenko", "name:tomas varenko"]),
        # negative: a relative of someone else, named in full, is the surname alone after it
        ("President Tomas Varenko was placed under house arrest. The judge's mother, Ilse Varenko, said the ruling "
         "was unjust. Varenko added that she would appeal.",
         ["name:tomas varenko", "name:ilse varenko", "name:ilse varenko"]),
    ],
)
def test_linking_a_surname_alone_is_the_namesake_named_last_before_it(namesakes_nlp, text, expected):
    mentions, _ = _mentions(namesakes_nlp, text)
    assert [k for t, k, _ in mentions if t.endswith("Varenko")] == expected, mentions


def test_linking_a_surname_alone_without_a_namesake_in_the_text_is_the_listed_person(namesakes_nlp):
    mentions, _ = _mentions(namesakes_nlp, "Varenko told reporters in the capital that the war was over.")
    assert [k for t, k, _ in mentions if t == "Varenko"] == ["name:tomas varenko"], mentions


def test_linking_a_surname_alone_of_two_unlisted_namesakes_is_the_one_named_last(nlp):
    mentions, _ = _mentions(nlp, "Peter Wanjala, a farmer in Bungoma, said the road was closed. Joseph Wanjala, a teacher, "
                                 "said the school had burned. Wanjala added that the pupils had fled.")
    assert [k for t, k, _ in mentions if "Wanjala" in t] == ["name:peter wanjala", "name:joseph wanjala", "name:joseph wanjala"], mentions
