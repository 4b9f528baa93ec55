"""Made-up entity probes of news prose about many conflicts and genres (tests/nlp/data/entity_probes.jsonl):
the patterns of issue 11, the misses seen on an unseen set ("Shah-e-Mardan", "Baloch Liberation army",
"The Secretary-General", "MoD"), armed groups, acronyms, surnames, hyphenated and "the town of" names,
each with sentences where a rule must not fire. ``entities`` are labels that must be entities (``a|b``:
either), ``not_entities`` labels that must not. The pass count is a floor: raise it when probes start
passing. Known failures: a made-up state the model does not tag ("Ruritania's air campaign"), a
made-up demonym alone ("Zemblan troops" with no Zembla),
"the General Staff of the Armed Forces of Ukraine", a surname alone opening a one-sentence text
("Moravek later told"), a made-up place the model tags as a product ("an assault on Kortsk"), a person's
name the model runs into the organisation before it ("Head of the Velmora Red Cross Ilse Varga")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROBES = Path(__file__).parent / "data" / "entity_probes.jsonl"
#: Probes passing when the file was written (398 of 405 after the ents36 round's 2 probes of a community's word and an
#: area word alone ("the Anglophone region(s)": no place; not "the Anglophone General Conference"), 3 probes of a number ending a facility's
#: or a gang's name ("the Patrolling Point 14 (PP 14) area", "the Barrio 18 gang"; not "Hamas 20 fighters") and 11 probes of a run of title words before
#: "of" ("an Assistant Superintendent of Police (ASP)": no body), "(Retd.)", a weapon's model before "gun" ("a Sten
#: gun"), a two-word model after "a" ("a Land Cruiser belonging to ..."; not "a Human Rights Watch report"), an acronym
#: of lower-case words in brackets ("a rocket-propelled grenade (RPG)"; not "(VDF)") and a unit's acronym run into its
#: district ("DRG Kanpur": the unit and the place; not "KTV Malakal", written only whole), with their negatives;
#: 382 of 389 after the ents25 round's 2 probes of headquarters ("The Defence
#: Headquarters (Abuja)", "Defence Headquarters Abuja": the body and the city; lower-case "police headquarters" no name),
#: its 2 probes of names in a list of people
#: ("identified as Corporal Betsu, ..., Beldou Dankrou and Koyang Pol": people; "Marosa Provincial Council members" stays a
#: body), its 2 probes of enlisted ranks ("Master Sgt.",
#: "Pfc.", "American Pfc.", "Warrant Officer", "Privates First Class": no names, the person without them; "the Zemblan
#: Staff College" stays), its 2 probes of acronyms opened by a number
#: ("TV channel 4K", "the 3R armed group"; not "3D printers"), its 2 probes of a faction's acronym with a
#: hyphen ("... Movement-North (ZPLM-N)" ... "the ZPLM-N said": one entity; another "KRM-N" stays apart), its 3 probes of titles of offices ("the Police
#: Public Relations Officer (PPRO)", "the Commissioner of Police", "the Director of Defence Media Operations (DDMO)": no
#: bodies; "the Office of the Commissioner for Refugees" stays), its 2 probes of language communities' words
#: ("the Francophone dominated army", "Anglophones": no entity; "the Anglophone General Conference" stays), its 2 probes of conflicts' names ("Southern
#: Zembla Crisis:" kicker, "the Kivu Conflict": no actors; "the International Crisis Group", "Ministry of War" stay), its 2 probes of a surname written without
#: its accents ("Petrovic’s rivals" is "Zoran Petrović"; "Dragan Kovacs" stays apart from "Marta Kovač"), its 2 probes of police ranks written as initials
#: ("CP Halima Danjuma", "ASP Musa Bello": the person without the rank; "The AIG said": no entity), its 3 probes of an acronym the model misses after
#: a noun describing a body ("the conflict monitoring organisation VIOLA", "the VIOLA conflict registration project"; not
#: "the rebel group KRM-Sorval" cut at its hyphen, nor "the agency CEO") and 2 of common nouns and titles in capitals ("the
#: NGO's team", "(PPRO)", "IDPs": no entities); 356 of 363 after the ents24 round's 4 probes of a force named as the kind of
#: its premises or of another body ("the Marosa police station", "Honduras’ national police investigation agency": no police;
#: not "The Norland police said", nor an outlet's "the Xinhua news agency"), and its 3 probes of a common noun written
#: capitalised without the "The" of a listed name ("the Marosa Valley", "the Valley side": no "The Valley"; not "in The Valley" nor
#: "The Hague"); 349 of 356 after the ents23 round's 2 probes of a hyphenated given name cut from the name after it ("Abd-Rabbu Mansour Hadi"), 2 probes of a members' noun after a group's name ("ADF Terrorists"; not "the Tessaro Militia"), 2 probes of a place misspelt by a letter left out ("Bashashin" = "Bashaashin"; not "Kaduru"), 2 probes of acronyms after particle names ("... al-Islam wal Muslimeen (JNIM)"), 2 probes of a state's acronym ("CAR"; not "CPC"), 5 probes of aliases ("Hassan Abdi
#: Warsame, also known as Hassan Gaab", "Mayanga (also known as Nambeli)"; not after "The militia", nor without a cue),
#: 3 of portfolios after a possessive ("Lower Sarna's Humanitarian Aid Commissioner, Musa Idris,"; not "the Refugee
#: Affairs Commission"), 1 of an abbreviated rank ("Rear Adm.") and 1 of a dateline before an outlet's code in square
#: brackets ("KARSO [SMN] -"); 329 of 336 after the ents22 round's 3 probes of datelines in capitals
#: ("KIRKUK (Iraq 24) –": the outlet, not Iraq; "SHILLONG/KOHIMA:"; not "BREAKING (VIDEO) –"), 2 probes of weapon models ("Katyusha
#: rockets", "an RPG"; not "Tessaro drones" when Tessaro is named elsewhere), 4 probes of peoples' compound
#: adjectives ("Kuki-Hmar militants", "the Pak-Afghan border", the "Yezidi" spelling; "the Kuki-Zo Council" stays a
#: name) and 3 of acronyms in the group's own language ("Varda Resistance Units (YBK)", "West Varda National Liberation
#: Army (TPNVB)"; not when the acronym has more letters than the name has words); 317 of 324 after the ents21 round's 3 probes of numbered units ("131
#: Infantry Brigade", "Brigade 3", and "20 Border Police" kept out) and 4 of mixed-case datelines ("Kembara-(Lowland
#: Herald)", "Tessaro, Velmora (Zarni Post):") with their negatives (a caption's "President Ilse Brandt (Centre)"), and 2 of a rank joined by a hyphen
#: ("Brigadier-General Kyaw Lin Htet", and the rank alone), and 3 of a title's capital "The" ("told The Kalmar
#: Herald"; not "The Hague" nor a title-case headline); 305 of 312 after the ents20 round's 5 probes of "state of X", compass
#: words naming regions ("the regions of Northwest and Southwest") and their negative, a group's name without its
#: head ("Costa Verde Nueva" = "Costa Verde Nueva cartel") and a slash in a dateline credit ("(KNA/Xinhua)");
#: 300 of 307 after the ents16 round's 13 probes of hyphen spellings of
#: listed groups ("Al Shabaab" = "al-Shabaab"), a headline's colon, "of" for "of the" ("Democratic Republic of Congo's
#: army"), a surname that is others' given name ("Ali" = "Osman Ali"), names opened by a lower-case particle
#: ("al-Masirah TV") and their negatives, of which 5 passed before it;
#: 287 of 294 after the ents10 round's 57 probes of invented
#: states, long titles, sentence-initial common words, names inside longer names, pro-Y forces, '24News', 'the Government of Zandria', 'the Republic of Kalmar', of which 29 passed
#: before it, and its short sentences no longer taken for headlines; 227 of 237 after the ents9 round's UN/AU mission
#: acronyms; 221 of 232 before; 133 of 164 before the ents5 round, 208 of 232 before
#: the ents6 round, which added 68 probes of six more invented conflicts): no probe may start failing unnoticed.
FLOOR = 398


def _passes(nlp, probe: dict) -> bool:
    doc = nlp(probe["text"])
    labels = {doc._.kg_entities[m.entity_key].label.lower() for m in doc._.kg_mentions}
    found = all(any(name in labels for name in expected.lower().split("|")) for expected in probe["entities"])
    return found and not any(name.lower() in labels for name in probe["not_entities"])


def test_entity_probes_pass_at_least_the_floor(nlp):
    probes = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]
    failing = [probe["id"] for probe in probes if not _passes(nlp, probe)]
    assert len(probes) - len(failing) >= FLOOR, failing


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A demonym proves its state: a name the model leaves untagged, or tags as a person, is a state.
        ("Ruritania and Kessaria clashed again on Monday. The Ruritanian army said it repelled an attack. "
         "The Kessari defence ministry accused Ruritania of lying.", ["ruritania", "kessaria"], ["kessari", "ministry of defence of kessari"]),
        ("The Kessari army said it shelled the town. Kessaria later appealed to the UN.", ["kessaria"], ["kessari"]),
        ("Somali troops retook the town, and Somalia thanked its allies.", ["somalia"], ["somali"]),
        # An outlet named after the state ("Norland Press") does not make the state's name a group's.
        ("NORVIK, June 12 (Norland Press) - A ceasefire between Norland's army and the rebels collapsed, the army said.",
         ["norland"], ["norland's"]),
        # Not a demonym of a state: no template reference ("Christian groups") makes "Christ" a place.
        ("Christian groups in the region said the church was attacked. Pope Francis prayed in the name of Christ.", [], ["christ"]),
    ],
)
def test_entity_probes_demonyms_make_their_states(nlp, text, entities, not_entities):
    doc = nlp(text)
    labels = {doc._.kg_entities[m.entity_key].label.lower(): doc._.kg_entities[m.entity_key].kind for m in doc._.kg_mentions}
    assert all(labels.get(name) == "state" for name in entities), labels
    assert not set(not_entities) & set(labels), labels


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A capitalised "State" after a subdivision the gazetteer knows is that subdivision: one node, with its QID.
        ("Gunmen attacked two villages in Kebbi State on Friday. Police in Kebbi said six people were killed.",
         ["kebbi"], ["kebbi state"]),
        ("Fighting spread to Upper Nile State, where the army shelled Nasir.", ["upper nile"], ["upper nile state"]),
        # Not a name the gazetteer does not know as a subdivision: "Islamic State" stays the group.
        ("Islamic State claimed the bombing in Kebbi.", ["islamic state"], ["islamic"]),
    ],
)
def test_entity_probes_subdivision_state_heads(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


def test_entity_probes_a_span_across_a_longer_one_does_not_break_the_document(nlp):
    # "The South Sudan" (the state) runs into "South Sudan People's Defence Forces": the longer span is kept.
    doc = nlp("SSPDF advances on Nasir, raising fears of fresh violence\n\nThe South Sudan People’s Defence Forces "
              "(SSPDF) are advancing toward Nasir County, raising fears of renewed clashes.")
    labels = {doc._.kg_entities[m.entity_key].label for m in doc._.kg_mentions}
    assert "South Sudan People’s Defence Forces" in labels
    assert all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:]))


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A portfolio run into the title before its holder's name is the title's, not a name; the
        # jurisdiction before it stays ("Upper Nile State" = Upper Nile).
        ("Colombian Defense Minister Ivo Marak announced that aid had been sent to the border towns.",
         ["ivo marak"], ["defense"]),
        ("Upper Nile State Information Minister Tor Deng confirmed the fighting in Nasir.",
         ["tor deng", "upper nile"], ["upper nile state information"]),
        # Not a ministry's name, with no holder after its title: it stays.
        ("The Ministry of Information said the Zemblan Defense Ministry had lied.", ["ministry of information"], []),
    ],
)
def test_entity_probes_portfolio_before_a_holder_is_no_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A known name after a lower-case name particle is the end of a longer name, not the known place.
        ("Insurgents attacked a neighbourhood in Quissanga da Praia town on Sunday night, police said.",
         ["quissanga da praia"], ["praia"]),
        ("Zembla: Insurgents Kill Seven in Quissanga da Praia Town\n\nZemblan troops said they could keep insurgents "
         "out of Palma and Quissanga da Praia districts.", [], ["praia"]),
        # Not the known name alone, nor a longer name the gazetteer knows whole.
        ("Officials in Praia and in Rio de Janeiro said the talks would resume.", ["praia", "rio de janeiro"], []),
    ],
)
def test_entity_probes_name_particle_joins_a_longer_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A one-word name before a community noun is an ethnic group's adjective, no actor.
        ("The Red Army, a militia made up of armed Nuer youth, seized the town of Kodok on Tuesday.",
         ["red army"], ["nuer"]),
        ("Tensions rose between the army and the Red Army, a Nuer armed youth group, officials said.", ["red army"], ["nuer"]),
        # Not a name before another noun: "Fatah movement", "ISPR officials" stay.
        ("The Fatah movement and ISPR officials said the Kodok road was closed.", ["fatah", "ispr"], []),
    ],
)
def test_entity_probes_community_adjective_names_no_actor(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


def test_entity_probes_english_words_of_a_particle_spelling_join_no_name(nlp):
    # "as" is no name particle: "Haiti as Kenya" keeps Kenya the listed state, and "Quissanga da Praia" no Praia.
    doc = nlp("Police were deployed to Haiti as Kenya prepared a mission. Quissanga da Praia was calm.")
    qids = {doc._.kg_entities[m.entity_key].label: doc._.kg_entities[m.entity_key].qid for m in doc._.kg_mentions}
    assert qids.get("Kenya") == "Q114"
    assert qids.get("Praia") is None  # never the QID of Cape Verde's capital


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A second name given by an alias cue after a name is that entity's alias, wherever it stands,
        # also in brackets; the given name alone then names one person only ("Hassan").
        ("The drone strike on Saturday killed Hassan Abdi Warsame, also known as Hassan Gaab. Hassan had led "
         "the group's fighters in Lower Juba.", ["hassan abdi warsame"], ["hassan gaab", "hassan"]),
        ("Mudug governor Abdirahman Yusuf Omar also known as Gacmadheere said the forces had retaken the "
         "village. Gacmadheere visited the wounded.", ["abdirahman yusuf omar"], ["gacmadheere"]),
        ("Rebels now control the town of Mayanga (also known as Nambeli) on the border with Velmora.",
         ["mayanga"], ["nambeli"]),
        # Not after a description ("The militia"), nor two names without a cue.
        ("The militia, also known as Jabha Wataniya, attacked the town of Qoryoley on Monday.",
         ["jabha wataniya", "qoryoley"], []),
        ("Security agents arrested Hassan Abdi Warsame and Omar Gaab, police said on Monday.",
         ["hassan abdi warsame", "omar gaab"], []),
    ],
)
def test_entity_probes_alias_after_a_name_is_that_entity(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A portfolio before its title after a possessive, the holder in apposition, is no name: the
        # jurisdiction is the possessor; the model may take the portfolio for a person.
        ("Lower Sarna's Humanitarian Aid Commissioner, Musa Idris, told Radio Dabanga that 3,000 families had fled.",
         ["musa idris", "radio dabanga"], ["humanitarian aid", "humanitarian"]),
        ("South Darfur's Refugee Affairs Commissioner, Adam Yusuf, said the camps were full.",
         ["adam yusuf"], ["refugee affairs", "refugee"]),
        ("Velmora's Foreign Affairs Minister, Tesfaye Alemu, said the talks would resume in Addis Ababa.",
         ["tesfaye alemu", "velmora"], ["foreign affairs", "velmora's foreign", "foreign"]),
        # Not a body's own name, with no title after it.
        ("The Refugee Affairs Commission said 3,000 families had fled to Lower Sarna.",
         ["refugee affairs commission"], []),
    ],
)
def test_entity_probes_portfolio_after_a_possessive_is_no_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # An abbreviated rank before a name is the title, not an organisation.
        ("Navy spokesman Rear Adm. Tomas Ekvall told reporters that two boats had been seized near Varda.",
         ["tomas ekvall"], ["rear adm.", "rear adm"]),
        # A dateline in capitals before an outlet's code in square brackets: the city.
        ("Militia clash near border\n\nKARSO [SMN] - Varda forces killed seven fighters on Saturday.", ["karso"], []),
        # Not a bracketed word in capitals opening a sentence without a dash.
        ("Militia clash near border\n\nUPDATE [VIDEO] Varda forces killed seven fighters on Saturday.", [],
         ["update", "video"]),
    ],
)
def test_entity_probes_abbreviated_rank_and_square_bracket_dateline(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # An acronym of the initials of a state's name of three words or more is that state.
        ("Rebels killed six villagers in the Central African Republic on Saturday, the UN mission said. CAR is "
         "still suffering from the aftermath of a civil conflict.", ["central african republic"], ["car"]),
        # Not an organisation's own acronym in a document naming the state.
        ("Fighters of the Coalition of Patriots for Change (CPC) attacked Bangui in the Central African Republic. "
         "CPC leaders fled north.", ["coalition of patriots for change", "central african republic"], []),
    ],
)
def test_entity_probes_acronym_of_a_state_is_the_state(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A listed group's acronym after its name spelt otherwise, with the name particles of a
        # transliterated name ("al", "wal"): the listed group, no fragment of the name as a person.
        ("Jama'at Nusrat al-Islam wal Muslimeen (JNIM), an al-Qaeda affiliate in Mali, claimed the ambush near Karimama.",
         ["jama'at nusrat al-islam wal-muslimin", "al-qaeda"], ["nusrat al-islam", "jama'at nusrat al-islam"]),
        # An unlisted one is named in full; a name without particles keeps its own acronym.
        ("Fighters of Harakat Ansar al-Din wal-Jihad (HADJ) attacked Gao on Monday.", ["harakat ansar al-din wal-jihad"],
         ["hadj"]),
        ("Hayat Tahrir al-Sham (HTS) fighters seized the town of Saraqib on Monday.", ["hayat tahrir al-sham"], ["hts"]),
    ],
)
def test_entity_probes_acronym_after_a_particle_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # The text's own definition of an acronym the gazetteer lists for another body: the defined body,
        # at the definition and after it (Inquirer's "Armed Forces of the Philippines (AFP)"; made-up ones).
        ("The Armed Forces of the Philippines (AFP) said soldiers clashed with militants in Patikul. The AFP said "
         "two soldiers were killed.", ["armed forces of the philippines"], ["agence france-presse"]),
        ("The Alliance of Free Patriots (AFP) won the vote in Velmo. AFP leaders said the count was fair.",
         ["alliance of free patriots"], ["agence france-presse"]),
        ("Elders formed an Interim Coordination Committee (ICC) in Kessaro on Monday. The ICC said talks would resume.",
         ["interim coordination committee"], ["international criminal court"]),
        # Negatives: the listed body where no other is defined, and a listed group's name spelt otherwise.
        ("MANILA (AFP) - The army said rebels attacked a convoy on Monday, AFP reported.", ["agence france-presse"], []),
        ("The International Criminal Court (ICC) issued a warrant on Monday. The ICC said it had evidence.",
         ["international criminal court"], []),
    ],
)
def test_entity_probes_a_defined_acronym_beats_the_listed_one(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A long one-word place name written again with a letter left out or added is that place.
        ("Varda forces fought militants in Bashaashin area of Karso region. The governor said seven fighters were "
         "killed in Bashashin area on Saturday.", ["bashaashin"], ["bashashin"]),
        ("Manila said it will never abandon the shoal, despite Beijig's pressure. Beijing denied it.",
         ["beijing", "manila"], ["beijig"]),
        # Not a letter changed (another place), nor a person's name.
        ("Fighters entered Kaduna and Kaduru villages on Monday.", ["kaduna", "kaduru"], []),
        ("Governor Amina Kadunaa said Kaduna was calm on Monday.", ["amina kadunaa", "kaduna"], []),
    ],
)
def test_entity_probes_misspelt_place_is_that_place(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A capitalised plural noun for a group's members after its name is no part of the name.
        ("The Allied Democratic Forces (ADF) attacked a school. Police said ADF Terrorists fled to Congo.",
         ["allied democratic forces"], ["adf terrorists"]),
        ("Police said the Kafra Militants fled to the hills after the raid.", ["kafra"], ["kafra militants"]),
        # Not a singular head that ends the group's own name.
        ("The Tessaro Militia attacked Karso on Monday.", ["tessaro militia"], []),
    ],
)
def test_entity_probes_members_noun_after_a_group_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A person's name the model cut after a hyphenated given name is one name with the words after it.
        ("The war forced the government of President Abd-Rabbu Mansour Hadi out of the capital Sanaa.",
         ["abd-rabbu mansour hadi", "sanaa"], ["abd-rabbu", "mansour hadi"]),
        ("Rebel leader Ould-Ahmed Mohamed Salem said the truce held in Kidal.", ["ould-ahmed mohamed salem"],
         ["ould-ahmed", "mohamed salem"]),
        # The person's surname before "government" is the person's, no state, whatever the model tagged it.
        ("The war forced the government of President Abd-Rabbu Mansour Hadi out of Sanaa. A coalition intervened "
         "in 2015 to support Hadi's government.", ["abd-rabbu mansour hadi"], ["hadi"]),
        # Not a name the gazetteer knows after it, nor two names a comma parts; an unknown state stays.
        ("Envoy Abd-Rabbu Salem, Sudan and Chad signed the deal.", ["sudan", "chad"], ["abd-rabbu salem sudan"]),
        ("Officials said Velmora's government closed the border. Velmora's army moved to Karso.", ["velmora"], []),
    ],
)
def test_entity_probes_hyphenated_given_name_joins_the_name_after_it(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # The zone abbreviation of a clock time is a time, no organisation.
        ("12:55 PM BST\n\nThe Velmoran army said it had shelled Karso overnight.", ["karso"], ["bst"]),
        ("Civilians fled Karso.\n\n12:07 PM BST\n\nPictures: civilians evacuated from Karso", ["karso"], ["bst"]),
        ("The live blog will be back tomorrow at 9am BST. The Velmoran army shelled Karso.", ["karso"], ["bst"]),
        ("The Tessaran army said at 10:30 a.m. EST that it had shelled Port Halven.", ["port halven"], ["est"]),
        ("Talks between Tessara and Velmora start at 14:00 GMT+3 in Karso.", ["karso"], ["gmt+3", "gmt"]),
        # Not an acronym of a body that no clock time precedes.
        ("The BST said it would sell its stake in the Karso mine.", ["bst"], []),
    ],
)
def test_entity_probes_clock_zone_is_no_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A state's presidency or its president's office is a body of the state, labelled as written.
        ("Ruritania closed the border. The Ruritanian president's office said the talks had failed.",
         ["ruritanian president's office"], []),
        ("No immediate reaction was available from Rwanda's presidency on the clashes.", ["rwanda's presidency"], []),
        ("Separately, the Kenyan presidency said President William Ruto would meet the envoys.", ["kenyan presidency"], []),
        # Not a president's office of no state, nor the presidency of a body.
        ("The president's office said the talks with the rebels had failed.", [], ["president's office"]),
        ("The presidency of the council rotates every six months.", [], ["presidency"]),
        ("Later, Kenya's presidency of the regional bloc ended in Nairobi.", ["kenya"], ["kenya's presidency"]),
    ],
)
def test_entity_probes_state_presidency_is_a_body_of_the_state(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


def _keys(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {m.text.strip(): m.entity_key for m in doc._.kg_mentions}


@pytest.mark.parametrize(
    ("text", "variant", "name"),
    [
        # Two neighbouring letters swapped in a long word of a place named in the document: that place.
        ("A peacekeeper was wounded at the base in Naquora, the mission said. He underwent surgery at the hospital in "
         "Naqoura.", "Naqoura", "Naquora"),
        ("Tessara launched operations in North-Velmarkah, an area Velmora claims. Fighting spread across "
         "North-Velmarkha on Tuesday.", "North-Velmarkha", "North-Velmarkah"),
    ],
)
def test_entity_probes_place_with_two_letters_swapped_is_that_place(nlp, text, variant, name):
    keys = _keys(nlp, text)
    assert keys[variant] == keys[name]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # Not a letter changed ("Gidan Maidawa", "Gidan Maidama": two villages), nor letters swapped in a short word.
        ("Gunmen raided Gidan Maidawa and Gidan Maidama in Maradun district on Thursday.", "Gidan Maidawa", "Gidan Maidama"),
        ("Gunmen raided the villages of Tsauni Wari and Tsauni Wair on Thursday.", "Tsauni Wari", "Tsauni Wair"),
    ],
)
def test_entity_probes_places_a_changed_letter_apart_stay_apart(nlp, text, first, second):
    keys = _keys(nlp, text)
    assert first in keys and second in keys and keys[first] != keys[second]


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # An armed-group word with generic words only describes some state's forces: no force of its own.
        ("President Ivo Marek called for dialogue after a meeting with the General Staff of the Armed Forces in Karso.",
         ["ivo marek", "karso"], ["armed forces"]),
        ("Velmora denied that there are Armed Forces units of the Republic of Tessara in Karso.", ["karso"], ["armed forces"]),
        # Not a force named with its state or with words of its own.
        ("The Sudanese Armed Forces and the Rapid Support Forces clashed in Karso.",
         ["sudanese armed forces", "rapid support forces"], []),
    ],
)
def test_entity_probes_generic_forces_name_no_force(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # "illegal armed groups" where Karabakh is named: the Karabakh Armenian forces.
        ("Baku said the formations of Armenia's armed forces in Karabakh, as well as illegal armed groups, must lay "
         "down their arms.", ["artsakh defence army"], []),
        # Not in another conflict, nor one group in a charge ("membership of an illegal armed group").
        ("The Tessaran army said illegal armed groups in Karso must lay down their arms.", [], ["artsakh defence army"]),
        ("In Karabakh, he faces charges of membership of an illegal armed group.", [], ["artsakh defence army"]),
    ],
)
def test_entity_probes_illegal_armed_groups_where_karabakh_is_named(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "entities", "not_entities"),
    [
        # A demonym of several words alone names no state nor place.
        ("The army said two Sri Lankan soldiers were injured in Karso on Friday.", ["karso"], ["sri lankan"]),
        # Not the state's own name.
        ("The army said two soldiers from Sri Lanka were injured in Karso on Friday.", ["sri lanka", "karso"], []),
    ],
)
def test_entity_probes_demonym_of_several_words_alone_is_no_name(nlp, text, entities, not_entities):
    assert _passes(nlp, {"text": text, "entities": entities, "not_entities": not_entities})


@pytest.mark.parametrize(
    ("text", "variant", "name"),
    [
        # Two romanisations of one person's name (an "h" after "k", a final "y" for "i", a doubled letter).
        ("Former rebel leaders Arkadi Voskanyan and Timur Bekov were detained in Karso. Media reported that "
         "Arkhady Voskanyan had been moved to the capital.", "Arkhady Voskanyan", "Arkadi Voskanyan"),
        ("Police spokesman Mohammed Galadima said 16 people were killed. Mohamed Galadima added that troops were "
         "deployed.", "Mohamed Galadima", "Mohammed Galadima"),
    ],
)
def test_entity_probes_romanisations_of_one_name_are_one_person(nlp, text, variant, name):
    keys = _keys(nlp, text)
    assert keys[variant] == keys[name]


def test_entity_probes_given_names_a_changed_letter_apart_stay_two_people(nlp):
    # Not two people whose given names differ by a letter changed ("Maria", "Marta").
    keys = _keys(nlp, "Rebel commander Maria Kovacs said the truce held. Her sister Marta Kovacs, a nurse, said "
                      "the shelling went on.")
    assert keys["Maria Kovacs"] != keys["Marta Kovacs"]
