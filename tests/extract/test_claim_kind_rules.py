"""Claim kinds from general shapes of news prose (issue 12, round 7): each rule with sentences from several
conflicts and genres, and negative cases where it must not fire. None rewords an evaluation article."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.records import Entity


def kinds(nlp, text: str) -> list[str]:
    found, _ = extract_claims(nlp(text), load_gazetteer())
    return [claim.kind for claim in found]


@pytest.mark.parametrize(("text", "kind"), [
    # an intention of the speaker's side with an infinitive announces an action
    ("The Nepalese army said it plans to deploy 800 peacekeepers to Lebanon.", "commitment"),
    ("Japan said it intends to provide 10 million dollars in humanitarian aid to Sudan.", "commitment"),
    ("The UN said it had decided to extend the mission in South Sudan by a year.", "commitment"),
    ("Hezbollah said it plans to strike Israeli bases if the bombing continues.", "warning"),
    # negative: another party's intention, a purpose of an act done
    ("Analysts said the rebels plan to hold elections in the areas they control.", "assertion"),
    ("Israel said its strikes aimed to protect the Druze minority.", "assertion"),
    ("The army said the operation aimed to clear the highway of bandits.", "assertion"),
])
def test_intention_of_the_speakers_side_is_a_commitment(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Analysts said the fighting could spill over into Chad.", "warning"),
    ("Officials said clashes may resume after the rainy season.", "warning"),
    ("The army said it may strike the depots.", "warning"),  # fix43: the speaker's own possible hostile act too
    # negative: no hostilities foreseen, or a look back
    ("The ministry said more attacks were likely in the coming days.", "warning"),
    ("Analysts said clashes are likely to intensify.", "warning"),
    ("The UN said renewed fighting was expected around the city.", "warning"),
    ("Kyiv said a new Russian offensive was imminent.", "warning"),  # foreseen, so not an act blamed
    ("Officials said the talks could resume next week.", "assertion"),
    ("The ministry said the attack could have been prevented.", "assertion"),
    ("The ministry said talks were likely next week.", "assertion"),
    ("The mediator said an agreement was possible.", "assertion"),
    ("Officials said the attack was not expected.", "assertion"),
    ("Kyiv said Russian shelling could be heard across the river all night.", "accusation"),  # a past ability
])
def test_possible_hostilities_are_a_warning(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("The EU said Belgrade needed to reduce tensions with Pristina.", "appeal"),
    ("The envoy insisted that both armies be withdrawn from the town.", "appeal"),
    ("The Red Cross said it was essential that the wounded be evacuated.", "appeal"),
    # negative: the speaker's own need; a bare infinitive after "help" is no subjunctive
    ("The army said it needed to regroup before the next offensive.", "assertion"),
    ("Villagers said soldiers helped them carry the wounded to the clinic.", "assertion"),
])
def test_another_partys_need_and_the_subjunctive_are_appeals(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Villagers said government troops burned their homes near Kutkai.", "accusation"),
    ("A witness told Reuters that soldiers opened fire on the crowd outside the mosque in Srinagar.", "accusation"),
    ('"Soldiers came at night and burned our houses," a villager told AFP.', "accusation"),
    ("Soldiers killed four farmers and burned a granary near Mopti, according to villagers.", "accusation"),
    ("Police fired tear gas at the marchers, witnesses said.", "accusation"),
    # negative: forces' own side speaks, or no hostile act
    ("A police spokesman said officers fired warning shots into the air.", "assertion"),
    ("The Colombian army said its soldiers had destroyed three cocaine labs.", "assertion"),
    ("Residents said the army had restored electricity to the district.", "assertion"),
])
def test_unnamed_forces_seen_by_civilians_are_another_party(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # the relative pronoun of a later conjunct is the noun the relative clause modifies
    ("The governor said Eritrea, which signed the accord but later occupied three border towns, was blocking aid.", "accusation"),
    ("The mayor said the militia, which controls the port and attacked the convoy last week, had left the city.", "accusation"),
    # negative: no hostile act in the relative clause
    ("The governor said Eritrea, which reopened the border and resumed flights, was sending a delegation.", "assertion"),
])
def test_a_relative_clauses_conjuncts_share_its_antecedent(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a report called untrue by a noun predicate
    ('Baku said the reports of an Azerbaijani attack were "disinformation".', "denial"),
    ("The army spokesman said the video of the executions was a fabrication.", "denial"),
    ('"These stories are lies spread by our enemies," the militia leader said.', "denial"),
    # negative: an untrue noun as the subject, not the predicate
    ("The minister said disinformation was a threat to the peace process.", "evaluation"),
    ("The minister said disinformation spread quickly on social media.", "assertion"),
])
def test_a_report_called_an_untrue_noun_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a quotation judges as a reported clause does
    ('"The siege of the city is inhumane and unacceptable," a UN official said.', "evaluation"),
    ('"Shelling a hospital is a crime," the doctor told Reuters.', "evaluation"),
    ('"The attack on the aid convoy is a war crime," the UN relief chief said.', "evaluation"),
    # negative: a plain description; a hostile act laid on a party is still an accusation
    ('"The road is closed and the bridge is destroyed," the governor said.', "assertion"),
    ('"The convoy was late because the weather was bad," the driver said.', "assertion"),
    ('"Rebel fighters shelled the hospital, which is a crime," the doctor said.', "accusation"),
])
def test_a_quotation_with_a_judging_predicate_is_an_evaluation(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "according to X, ..." judges and appeals as a reported clause does
    ("According to Amnesty International, the mass arrests in Dhaka were a violation of international law.", "evaluation"),
    ("The shelling of the market was a war crime, according to the UN human rights office.", "evaluation"),
    ("According to the EU, Serbia needs to reduce tensions in the north.", "appeal"),
    # negative: a describing noun; the speaker's own need
    ("According to the army, the patrol was a routine mission.", "assertion"),
    ("According to the army, it needs to regroup before the offensive.", "assertion"),
])
def test_attributed_content_judges_and_appeals_as_a_clause(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "tell", "add" announce a future action as "say" does
    ("Ethiopia's prime minister told parliament that the troops would leave Tigray within weeks.", "commitment"),
    ("The Kenyan interior minister told reporters that Kenya would send more police officers to Haiti.", "commitment"),
    ("The commander told AFP his fighters would attack the base if the army advanced.", "warning"),
    # negative: no future
    ("The governor told reporters that the crossing had reopened on Monday.", "assertion"),
    ("A resident told Reuters that the market was closed.", "assertion"),
])
def test_told_announces_as_said_does(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a stance of the speaker's own state (a person's state by the title the text gives) is the speaker's kind
    ("Turkish President Recep Tayyip Erdogan said Turkey was ready to host the next round of talks.", "commitment"),
    ("Armenian Prime Minister Nikol Pashinyan said Armenia was prepared to sign a peace treaty by the end of the year.", "commitment"),
    ("Ethiopian Prime Minister Abiy Ahmed said Ethiopia was ready to resume talks with Eritrea.", "commitment"),
    # negative: another state's readiness is reported; words outside the name's phrase are no title
    ("Ethiopian Prime Minister Abiy Ahmed said Eritrea was ready to resume talks.", "assertion"),
    ("Speaking to Russian media, Erdogan said Russia was ready to resume the grain deal.", "assertion"),
])
def test_a_stance_of_the_speakers_own_state_is_the_speakers(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "subjected X to <hostile act>": the subject does the act
    ("The Azerbaijani Defence Ministry said Armenian armed forces units subjected the positions of the Azerbaijani army to fire.", "accusation"),
    ("Ukraine's military said Russian forces subjected Kherson to heavy shelling overnight.", "accusation"),
    ("The Thai army said Cambodian troops subjected the border post to mortar fire.", "accusation"),
    # negative: no hostile act; a passive with no agent
    ("The Israeli army said its forces subjected the suspects to questioning.", "assertion"),
    ("Ukraine's military said Russian forces were subjected to heavy shelling near Bakhmut.", "assertion"),
])
def test_subjecting_to_a_hostile_act_does_it(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "in violation/breach of" marks an act of another party as wrongdoing, as "illegally" does
    ("Armenia's foreign ministry said Azerbaijan was keeping the Lachin corridor closed in violation of the trilateral statement.", "accusation"),
    ("The Guyanese army said Venezuelan soldiers had crossed the river in breach of the 1899 award.", "accusation"),
    ("The Philippine coast guard said Chinese ships entered the shoal in violation of the 2016 ruling.", "accusation"),
    # negative: no breach; the act is no party's
    ("The Indian army said its troops were deployed in line with the 2020 agreement.", "assertion"),
    ("The ministry said the talks were held in violation of the constitution.", "assertion"),
])
def test_an_act_in_violation_of_a_rule_is_wrongdoing(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # who launched the weapon that struck does the strike
    ('"Drones launched by the RSF struck the power station at Merowe," the Sudanese army said in a statement.', "accusation"),
    ("Missiles launched by the Houthis struck a tanker in the Gulf of Aden, the US military said.", "accusation"),
    ('"Shells launched by the separatists struck a school in Donetsk," the Ukrainian army said.', "accusation"),
    # negative: the speaker's own weapons; no launcher named
    ("The Sudanese army said missiles fired by its air defence units hit two drones over Port Sudan.", "assertion"),
    ("The Israeli army said drones launched from Gaza struck a field near Sderot.", "assertion"),
])
def test_a_weapons_launcher_does_its_strike(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # the speaker's own forces named by nationality, negated: a denial
    ("Russia's defence ministry said Russian troops did not fire on the convoy.", "denial"),
    ("The Ethiopian government said Ethiopian soldiers had not entered Mekelle.", "denial"),
    ("Kyiv said Ukrainian forces had not shelled the town.", "denial"),
    ("Armenian Prime Minister Nikol Pashinyan said Armenian troops were not present in Karabakh.", "denial"),  # by its demonym
    # negative: another party's forces; the speaker's civilians are no forces
    ("Kyiv said Russian forces had not entered the town.", "assertion"),
    ("Armenian Prime Minister Nikol Pashinyan said Armenian civilians were not allowed to leave Stepanakert.", "assertion"),
])
def test_own_forces_by_nationality_negated_are_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a judging adjective as the predicate, or on the predicate noun
    ("The Red Cross said the humanitarian situation in Goma was catastrophic.", "evaluation"),
    ("The EU said the arrests of journalists were deeply worrying.", "evaluation"),
    ("The Russian foreign ministry said the deployment of NATO troops was inadmissible.", "evaluation"),
    ("The Indonesian minister said the agreement was a historic step.", "evaluation"),
    ("The Colombian president said the peace deal was a historic day for the country.", "evaluation"),
    ("The UN envoy said the ceasefire was a significant achievement.", "evaluation"),
    ("Human Rights Watch said the verdict was a blow to press freedom.", "evaluation"),
    # negative: a describing noun; a judging noun foreseen is a warning
    ("The army said the patrol was a routine mission.", "assertion"),
    ("The UN said an assault on Rafah would be a catastrophe for the million people sheltering there.", "warning"),
])
def test_judging_predicates_are_evaluations(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # risking a turn for the worse foresees it
    ("The UN said the famine risked spreading to ten more provinces.", "warning"),
    ("Analysts said the fighting in Sudan threatened to engulf the whole region.", "warning"),
    # negative: risking something, no turn
    ("The army said its soldiers risked their lives to evacuate the villagers.", "assertion"),
])
def test_risking_a_turn_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "it is time for X to ..." exhorts
    ("The UN envoy said it was time for the parties to sign the agreement.", "appeal"),
    ("The Pope said it was time for the guns to fall silent in Ukraine.", "appeal"),
    ("The EU said it was necessary to resume the talks without delay.", "appeal"),
    ("The Chinese foreign ministry said it was important for both sides to exercise restraint.", "appeal"),
    ("The army said it had been necessary to evacuate the village.", "assertion"),  # looks back
    ("The minister said it was important to him that the families were informed.", "assertion"),
    # negative: no infinitive, not "it"
    ("The mayor said it was the first time the rebels had attacked the town.", "accusation"),
    ("The governor said there was no time to evacuate the hospital.", "assertion"),
])
def test_it_is_time_to_is_an_appeal(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # an announced amount of aid, or sanctions, is an undertaking
    ("The EU announced 50 million euros in aid for Sudan.", "commitment"),
    ("Japan announced 10 million dollars in humanitarian assistance for Gaza.", "commitment"),
    ("The EU announced new sanctions against Iranian drone makers.", "commitment"),
    # negative: what an investigation found is news
    ("The ministry announced the results of the investigation into the crash.", "assertion"),
])
def test_announced_aid_and_sanctions_are_commitments(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a performative of the speaker's side in a quotation: what "our" owns, a stance adjective
    ('"Our army will respond decisively to any provocation," the Azerbaijani defence ministry said.', "warning"),
    ('"Our forces will escort the convoys to Goma," the UN mission said.', "commitment"),
    ('"We are ready for talks at any level," Pashinyan told reporters.', "commitment"),
    ('"We are deeply concerned about the safety of the hostages," the Thai foreign minister said.', "evaluation"),
    # negative: another party's army; a stance adjective of no one's
    ('"Their army will keep the bridge closed," the mayor said.', "assertion"),
    ('"The roads are ready for the convoys," the governor said.', "assertion"),
])
def test_performatives_of_the_speakers_side_in_quotations(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a hostile act negated in the passive, said by a party to the fighting or of its own forces: a denial
    ("Hikmet Hajiyev said civilians were not targeted during the operation.", "denial"),
    ("The Israeli army insisted that the hospital was not targeted.", "denial"),
    ("The Sudanese army said the market in Omdurman was not shelled by its forces.", "denial"),
    # negative: an organisation reports no attack; another party's forces
    ("The UN said aid convoys had not been attacked since the truce began.", "assertion"),
    ("Kyiv said the bridge was not shelled by Russian forces on Sunday.", "assertion"),
])
def test_a_negated_passive_hostile_act_of_a_party_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a report said not to match reality; an instance of a wrong as the predicate
    ("The Armenian Defence Ministry said the information disseminated by the Azerbaijani side did not correspond to reality.", "denial"),
    ("Moscow said the Western reports did not reflect reality.", "denial"),
    ("Pashinyan said the exodus of Karabakh Armenians was an act of ethnic cleansing.", "evaluation"),
    ("The Indian government said the blast was an act of terror.", "evaluation"),
    ("Amnesty International said the siege of Gaza was a form of collective punishment.", "evaluation"),
    # negative: a report that leaves something out; an instance of nothing wrong
    ("The ministry said the report did not mention the casualties.", "assertion"),
    ("The governor said the reopening was a case of good planning.", "assertion"),
])
def test_reports_not_matching_reality_and_instances_of_wrongs(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # another party's report called untrue by what spreading it spreads
    ("The Armenian foreign ministry said Azerbaijani media continued to spread false information about Armenian troops in Karabakh.", "denial"),
    ("The Azerbaijani defence ministry said the Armenian side was disseminating fake news about the shelling of Stepanakert.", "denial"),
    ('"Our enemies are spreading lies about our army," the RSF commander said.', "denial"),
    ('"The statement of the Azerbaijani Defence Ministry is another piece of disinformation," the Armenian Defence Ministry said.', "denial"),
    # negative: spreading a report not called untrue; fighting untruth is an undertaking
    ("The ministry said the rebels had posted a video of the fighting.", "assertion"),
    ("The ministry said it would fight disinformation about the war.", "commitment"),
])
def test_spreading_untruths_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # blocking and beating are hostile acts of another party; a participle predicate judges as an adjective does
    ("The Armenian foreign ministry said Azerbaijan was blocking the delivery of food and medicine to Karabakh.", "accusation"),
    ("Residents said police beat protesters with batons in Nairobi.", "accusation"),
    ("The Azerbaijani foreign ministry said the resolution of the European Parliament was biased.", "evaluation"),
    # negative: no party blocks; the speaker's own officers
    ("The army said roadblocks had blocked the road for hours.", "assertion"),
    ("The Kenyan police said officers had blocked the road to the stadium.", "assertion"),
])
def test_blocking_is_hostile_and_biased_judges(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # the speaker's forces said not to be there, or its hostile act negated, in a quotation or a clause: a denial
    ('"There are no Rwandan troops in Congo," the Rwandan government spokeswoman said.', "denial"),
    ("Rwanda said there were no Rwandan soldiers in eastern Congo.", "denial"),
    ('"We did not fire a single shot," the Israeli army spokesman said.', "denial"),
    # negative: no forces; a negated act that is no hostility
    ("Kyiv said there were no civilians in the building.", "assertion"),
    ('"We have not received any aid since March," the mayor of El Fasher said.', "assertion"),
])
def test_own_forces_absent_or_own_acts_negated_are_denials(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # an ultimatum or condition on hostilities to come in a quotation; missiles that hit; a judging noun
    ('"If the separatists do not lay down their arms, the operation will continue," Aliyev said.', "warning"),
    ('"The siege will continue unless the rebels surrender," the Sudanese army said.', "warning"),
    ("Kyiv said Russian missiles hit the port of Odesa overnight.", "accusation"),
    ('"It is a shame for the whole civilised world," the Karabakh ombudsman said.', "evaluation"),
    # negative: a condition with no ultimatum; the speaker's own drones
    ('"If the weather allows, the convoy will leave on Monday," the WFP said.', "assertion"),
    ("Ukraine's air force said its drones hit an oil depot in Bryansk.", "assertion"),
])
def test_ultimatums_warn_and_strikes_that_hit_accuse(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # who is behind an attack, or carried it out in the passive, does it; "the enemy" is another party
    ("Israel said Iran was behind the attack on the tanker.", "accusation"),
    ("The Pakistani army said the Afghan Taliban were behind the attack on the border post.", "accusation"),
    ("The Iraqi government said the attack on the oil field was carried out by the PKK.", "accusation"),
    ('"The enemy shelled our positions all night," a Ukrainian soldier told Reuters.', "accusation"),
    # negative: no hostile act; the speaker's own
    ("The Pakistani army said heavy rains were behind the delay.", "assertion"),
    ("The Nigerian army said it was behind the strike on the Boko Haram camp.", "assertion"),
    ("The army said the operation was carried out by its special forces.", "assertion"),
])
def test_who_is_behind_or_carried_out_an_attack_does_it(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "insisted on <demand>" demands; being held accountable is a harm to come
    ("The Arab League insisted on the immediate withdrawal of Israeli forces from Gaza.", "appeal"),
    ("The Ukrainian prosecutor general said those responsible would be held accountable.", "warning"),
    ("Moscow said Kyiv would be held accountable for the attack on the Crimea bridge.", "warning"),
    # negative: "insisted on Tuesday that ..." is a date, no demand; a plain future stays a commitment (round 37:
    # "insisted" announces as "said" does, so the summit going ahead is one too)
    ("The Arab League insisted on Tuesday that the summit would go ahead.", "commitment"),
    ("The ministry said the talks would be held in Doha.", "commitment"),
])
def test_insisting_on_demands_and_accountability_warns(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a later conjunct's act is done by the first's subject; a possible killing is a harm foreseen; retaliating
    # is hostile; a stance adjective of the speaker in the reported clause is the claim's kind
    ("The Thai army said Cambodian soldiers entered the temple grounds and laid landmines along the path.", "accusation"),
    ("UNICEF said malnutrition could kill thousands of children in Gaza.", "warning"),
    ("The WHO said a cholera outbreak in the camps could kill thousands.", "warning"),
    ("Seoul said it would retaliate if North Korea launched another drone into its airspace.", "warning"),
    ("The UN envoy said he was hopeful that the talks would produce a deal.", "evaluation"),
    # negative: the speaker's own engineers; nothing harmful is possible; a plain undertaking; another's readiness
    ("The Thai army said its engineers entered the area and laid new cables.", "assertion"),
    ("The ministry said the drone could carry 40 kilograms of explosives.", "assertion"),
    ("The ministry said it would respond to the letter next week.", "commitment"),
    ("The envoy said the parties were ready to sign the deal.", "assertion"),
])
def test_conjoined_acts_possible_killing_retaliation_and_own_stance(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a news cue blames by a verb whose doer is named, as "said" does
    ("The Azerbaijani Defence Ministry reported that Armenian forces had fired on its positions in Kalbajar.", "accusation"),
    ("The Sudanese army reported that RSF fighters had looted the central bank in Nyala.", "accusation"),
    # negative: strikes reported as news (a noun), a casualty count
    ("Houthi group reports 2 new US airstrikes in northern Yemen", "assertion"),
    ("The ministry reported US airstrikes on Sanaa overnight.", "assertion"),
    ("The Houthi health ministry reported that eight people were killed in US airstrikes on Sanaa.", "assertion"),
    ("Reuters reported that Sudan's army said RSF fighters had looted the bank.", "assertion"),  # relayed: the army's claim
])
def test_a_news_cue_blames_by_a_verb_with_its_doer(nlp, text, kind):
    assert kinds(nlp, text)[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    # an opinion piece's first-person sentence with no cue has the kind what it says gives
    ("We must not let this aggression go unpunished.", "appeal"),
    ("Our country will never recognise the annexation of our land.", "commitment"),
    ("The occupation of our villages is illegal and immoral.", "evaluation"),
    ("For thirty years the occupiers shelled our villages and burned our churches.", "accusation"),
    ("If the world stays silent, our people could face another genocide.", "warning"),
    # negative: a plain statement
    ("We have lived in these mountains for centuries.", "assertion"),
    ("Our family moved to Yerevan in 1994.", "assertion"),
])
def test_an_opinion_pieces_first_person_sentence_has_its_contents_kind(nlp, text, kind):
    author = Entity(key="name:jane roe", label="Jane Roe", kind="person")
    found, _ = extract_claims(nlp(text), load_gazetteer(), author)
    assert [claim.kind for claim in found] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "set fire to" is an act done by the subject
    ("Haitian police said the Viv Ansanm gang coalition set fire to the national penitentiary.", "accusation"),
    ("Residents said RSF fighters set fire to the market in Tawila.", "accusation"),
    # negative: nothing hostile set
    ("The army said its engineers set up a bridge over the river.", "assertion"),
    ("The ministry said the government set a deadline for the talks.", "assertion"),
])
def test_setting_fire_is_an_act_of_the_subject(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


def test_a_threat_conjoined_to_a_report_is_its_own_claim(nlp):
    text = "Trump said that he had ordered a major offensive against the Houthis and later threatened to wipe them out."
    assert kinds(nlp, text) == ["assertion", "warning"]  # "threatened to" of a person is a threat, not a risk


@pytest.mark.parametrize(("text", "kind"), [
    # claims17: a future another body's meeting holds is reported, not undertaken by the speaker (fresh 017; a
    # second outlet's report of the same announcement): "confirmed that the meeting of the UN Security Council
    # will be held", "A meeting of the UN Security Council will be held ..., X said"
    ("Kenyan Foreign Ministry spokeswoman Mary Otieno confirmed Tuesday that the emergency meeting of the UN Security Council on Somalia will be held on May 3.", "assertion"),
    ("A meeting of the UN Security Council will be held on May 3 in connection with the fighting in Somalia, Kenyan Foreign Ministry spokeswoman Mary Otieno said.", "assertion"),
    # negative: a future of the speaker's own side, or of nobody named, stays a commitment
    ("The Kenyan president said his government will hold talks with the rebels on Friday.", "commitment"),
    ("The Kenyan defence ministry said Kenyan troops will stay in Somalia.", "commitment"),
    ("The Kenyan defence ministry said the border crossings will open on Monday.", "commitment"),
    ("The Kenyan foreign minister said the talks with the Shabaab in the Somali city of Kismayo will continue.", "commitment"),
])
def test_another_bodys_future_is_reported_not_undertaken(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # claims17: a passive need verb with an adverb of urgency is an appeal ("but international help is very
    # urgently required," (fresh 018); "Clear condemnation & appropriate action is urgently required" (fresh 017,
    # and a second outlet's report of it))
    ('"Aid agencies are stepping up their support, but international help is very urgently required," the UNHCR chief said.', "appeal"),
    ("The Sudanese health minister said medical supplies were badly needed in El Fasher.", "appeal"),
    # negative: no urgency (a lack told), or the need negated
    ("The Sudanese health minister said more evidence was needed before any conclusion.", "assertion"),
    ("The Sudanese health minister said foreign help was not urgently required.", "assertion"),
])
def test_an_urgent_need_is_an_appeal(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "expected"), [
    # kinds20: a cue that is the main verb of another cue's reported clause, said of the reporter's own side, gives
    # the reporter's claim its kind ("the Minister stated that Azerbaijan welcomed ... and hoped ..." (APA, Bayramov at
    # the UN, September 2023); "Josep Borrell stated ... that the “European Union condemns ...”" (fresh 014))
    ("The Minister of Foreign Affairs of Kenya, Jane Roe, stated that Kenya welcomed the truce and hoped that it would hold.",
     ["evaluation", "evaluation", "evaluation"]),
    ("The President of Kenya, William Ruto, said Kenya condemned the attack on the convoy.", ["evaluation", "evaluation"]),
    # negative: another party's cue is only reported, and a spokesman of an army speaks for no state named in his title
    ("The President of Kenya, William Ruto, said Uganda condemned the attack on the convoy.", ["assertion", "evaluation"]),
    ("The spokesman for the army, John Doe, said Uganda condemned the attack.", ["assertion", "evaluation"]),
])
def test_a_reported_cue_of_the_reporters_own_side_gives_its_kind(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: a hostile noun the subject has recourse to, or in the "of" phrase of a course it chose, is its act
    # ("Armenia ... resorted to military provocation" (APA, September 2023); "Armenia ... have chosen the path of
    # aggravating the situation and provocations" (TASS, September 2023))
    ("The Nigerian army said the rebels resorted to violence after the talks failed.", "accusation"),
    ("Kyiv said Russia had once again chosen the path of terror against civilians.", "accusation"),
    ("The Kenyan government said the Shabaab had chosen the path of escalating the situation and attacks.", "accusation"),
    # negative: no hostile act in the course or the recourse, or the speaker's own course
    ("The Nigerian army said the rebels had chosen the path of dialogue.", "assertion"),
    ("The Kenyan government said the Somali militias turned to the United Nations for help.", "assertion"),
    ("The Kenyan government said it had chosen the path of peace and would not resort to force.", "commitment"),
])
def test_a_hostile_course_chosen_or_resorted_to_is_the_subjects_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: "want" with an infinitive of its own subject tells an intended action, not a demand ("Abiy's government
    # wanted to address it peacefully via dialogue, he added" (Al Jazeera via Ghanaweb, Ethiopia-Eritrea); "He wants
    # to have a war biography" (Serbia-Kosovo)); a hostile one threatens
    ("The Kenyan president said Kenya wanted to resolve the border dispute through talks.", "commitment"),
    ("Hezbollah said it wanted to attack Israeli bases.", "warning"),
    # negative: a demand on another party, a thing wanted, a wish to see something happen
    ("The Kenyan president said Kenya wanted the rebels to leave the town.", "appeal"),
    ("The Kenyan president said Kenya wanted a ceasefire.", "appeal"),
    ("The Kenyan president said Kenya wanted to see an immediate ceasefire.", "appeal"),
])
def test_wanting_to_act_is_an_intended_action(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: "from" names the doer of a hostile act as "by" does ("the unprovoked aggression from Afghan Taliban"
    # (dev 025); "regular attacks from Afghanistan" (The New Arab, Torkham))
    ("The Kenyan army gave a befitting reply to the unprovoked aggression from Shabaab fighters at the border, said state media.", "accusation"),
    ("Kyiv said the shelling from Russian positions continued all night.", "accusation"),
    # negative: a hypothetical act, a direction, a place fled from
    ("The Philippine coast guard said the Chinese vessels manoeuvred without any provocation from the Filipino side.", "assertion"),
    ("The Kenyan army said its soldiers repelled an attack from the north.", "assertion"),
    ("The UN said civilians fled from the shelling in Kharkiv.", "assertion"),
])
def test_from_names_the_doer_of_a_hostile_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: a possible or future verb of bringing about with hostilities as its object foresees them, a warning
    # ("“Such measures may include the use of force”, the statement said" (fresh 008); "“Any ignorant action ... can
    # lead to the broadening of the scope of instability, insecurity and war in the region”" (Iran's foreign ministry,
    # July 2024))
    ('"Such measures may include the use of force", the SADC statement said.', "warning"),
    ('"Any reckless move by Kigali can lead to war in the region," the Burundian foreign minister said.', "warning"),
    ("Analysts said the border dispute could spark a wider conflict.", "warning"),
    # negative: hostilities ended, looked back on, or none brought about
    ("The mediator said the talks could lead to an end of the war.", "assertion"),
    ("The Kenyan minister said the incident could have led to war.", "assertion"),
    ("The minister said the measures may include the use of sanctions.", "assertion"),
])
def test_hostilities_a_possible_act_would_bring_about_are_a_warning(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "expected"), [
    # kinds20: a headline that calls a report untrue with its copula left out, the untrue adjective last ("Reports That
    # Boko Haram Is In Control Of Six Borno Towns Misleading – Army" (Channels TV, 2018); "Kiev's allegations about
    # Russian missile strike on civilian targets untrue - Defense Ministry" (TASS, July 2024)) is a denial
    ("Reports That Shabaab Is In Control Of Three Gedo Towns Misleading – Kenyan army\n\nThe Kenyan army spoke on Monday.", "denial"),
    # negative: a report headline that calls nothing untrue
    ("Reports Of New Clashes In Three Gedo Towns – Kenyan army\n\nThe Kenyan army spoke on Monday.", "assertion"),
])
def test_a_headline_calling_a_report_untrue_is_a_denial(nlp, text, expected):
    assert kinds(nlp, text)[:1] == [expected]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: a negated copula of truth denies ("said ... that the RSF claimed that they had taken over Central Darfur
    # state, stressing that “this is not true”" (Al Mayadeen, Sudan); "“is not a true reflection of the reality on the
    # ground”" (Channels TV, Nigeria))
    ('The Kenyan army spokesman stressed that "this is not true."', "denial"),
    ('The Kenyan army insisted that the reported capture of the towns "is not a true reflection of the facts".', "denial"),
    # negative: truth affirmed, or another predicate negated
    ("The Kenyan army said it was true that the town had fallen.", "assertion"),
    ("The Kenyan army said the town is not safe.", "assertion"),
])
def test_a_negated_copula_of_truth_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: forcing people out is a hostile act of the subject, as the verbs of expelling are ("many locals claimed
    # ... that Sudan's paramilitaries had forced citizens to leave their houses" (Al Mayadeen, Sudan); "expelling them
    # from their homes" (same), "to expel the Serb population" (Serbia-Kosovo), "forced millions to flee their homes" (dev 035))
    ("Residents said RSF fighters forced villagers to flee.", "accusation"),
    ("Kyiv said Russian troops expelled residents from the village.", "accusation"),
    # negative: no one's act, or no people forced out
    ("The UN said the fighting forced 10,000 people to flee.", "assertion"),
    ("The opposition said the protests forced the government to resign.", "assertion"),
])
def test_forcing_people_out_is_a_hostile_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: starting hostilities is the starter's hostile act, and a plural demonym names its state's side ("told
    # AFP, “The clash was started by the Pakistanis”" (The New Arab, Torkham); "Afghan Taliban started unprovoked firing"
    # (dev 025); "each side accusing the other of sparking the clash")
    ('A spokesman for the Burundian army told AFP, "The clash was started by the Rwandans".', "accusation"),
    ("Kabul said Pakistani troops started the fighting near Torkham.", "accusation"),
    # negative: the speaker's own side starts it, nobody does, or no hostilities are started
    ("Kabul said the Afghans started the fighting near Torkham.", "assertion"),
    ("Kabul said the fighting started near Torkham.", "assertion"),
    ("The UN said heavy rains triggered floods near Torkham.", "assertion"),
])
def test_starting_hostilities_is_the_starters_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds20: announcing that one will hold someone responsible threatens ("said that it would hold the political
    # leaders responsible for any escalation" (RTK, EU on Kosovo and Serbia); cf. "warned Israel that it will be
    # responsible for the unforeseen consequences" (Outlook, Iran))
    ("The African Union said that it would hold the political leaders responsible for any escalation in the region.", "warning"),
    # negative: a responsibility taken on, a meeting held
    ("The African Union said it would be responsible for the security of the talks.", "commitment"),
    ("The Kenyan army said it would hold a meeting with the elders.", "commitment"),
])
def test_announcing_to_hold_someone_responsible_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds21: reaffirming or reiterating support renews it, an undertaking ("The Secretary-General reaffirms his
    # unwavering support to MINUSCA" (UN, CAR); "reiterated Ankara's undivided support for Baku" (Defence Redefined))
    ("The Secretary-General reaffirms his unwavering support to the African Union mission in Somalia.", "commitment"),
    ("President William Ruto reiterated Kenya's full support for the Somali government during a phone call.", "commitment"),
    # negative: support announced or expressed endorses; a reiterated view asserts
    ("The Secretary-General expressed his support for the African Union mission in Somalia.", "evaluation"),
    ("President William Ruto reiterated that Kenyan troops would stay in Somalia until the end of the year.", "commitment"),
    ("The Kenyan foreign ministry reiterated that the border with Somalia remained closed.", "assertion"),
])
def test_reaffirmed_support_is_a_commitment(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "expected"), [
    # kinds21: the speaker's own side performing a speech act in the reported clause ("Blinken said today that the
    # United States is deeply concerned ... and calls on Azerbaijan to cease these actions" (Mediamax))
    ("Kenyan Foreign Minister Musalia Mudavadi said that Kenya calls on both sides to cease hostilities immediately.", "appeal"),
    ("U.S. Secretary of State Antony Blinken said that the United States is deeply concerned by the fighting in Sudan and calls on the army to cease its attacks.", "appeal"),
    # negative: another party's speech act reported (a claim of its own); a past act told
    ("Kenyan Foreign Minister Musalia Mudavadi said that Sudan calls on Kenya to stop hosting the rebels.", "assertion"),
])
def test_own_performative_in_a_reported_clause(nlp, text, expected):
    assert kinds(nlp, text)[0] == expected


@pytest.mark.parametrize(("text", "kind"), [
    # kinds21: untrue reports spread, in the passive ("emphasized that false statements are being spread in
    # Azerbaijani official reports and the media about the presence of units" (Pledge Times, Armenian MoD))
    ("The Sudanese army emphasized that false statements are being spread in RSF reports about the presence of Sudanese troops in Darfur.", "denial"),
    ("The Malian army said fabricated reports were being circulated about a massacre in Moura.", "denial"),
    # negative: spread but not called untrue; an intransitive spreading
    ("The Sudanese army emphasized that leaflets are being spread in the markets of Darfur.", "assertion"),
    ("The minister said disinformation spread quickly on social media.", "assertion"),
])
def test_untrue_reports_being_spread_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds21: a plural subject's bare present under a neutral cue is no subjunctive demand ("told The Guardian that
    # 'this weekend's developments ... underscore the serious concern for the Armenian population there'")
    ("Committee chair Jane Roe said that the developments in Darfur underscore the danger for the population there.", "assertion"),
    ("The UN envoy said that the latest attacks show the weakness of the ceasefire in Sudan.", "assertion"),
    # negative: a demand cue, or a third person singular bare verb, is a subjunctive demand
    ("Kenya demanded that the rebels withdraw from the town.", "appeal"),
    ("The African Union said it was vital that Sudan stop the fighting.", "appeal"),
])
def test_plural_present_is_no_subjunctive(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # refusing a charge made against the speaker's side is a denial (GUIDELINES 5: "rejects a charge")
    ('"We categorically disagree with attempts to blame our border guards for the incident," Tessarian foreign ministry spokesman Ivo Lanz said.', "denial"),
    ('"We will never accept such accusations," Kenyan army spokesman Paul Njuguna told reporters.', "denial"),
    ('"Nobody can say our soldiers did anything wrong. We do not agree with such reproaches," Kenyan army spokesman Paul Njuguna said.', "denial"),
    ("The Ethiopian government said it disagreed with criticism of its troops in Tigray.", "denial"),
    ("The Ethiopian government said on Monday it rejected the allegations of abuse by its troops in Tigray.", "denial"),
    # negative: no charge refused (a plan, terms, results), or another party refuses one
    ('"We disagree with the plan to move the talks to Geneva," Kenyan army spokesman Paul Njuguna said.', "assertion"),
    ('"We will never accept their terms," rebel commander Joran Maas said.', "commitment"),
    ('"We do not accept the results of the election," rebel commander Joran Maas said.', "assertion"),
    ("The Ethiopian government said the rebels disagreed with criticism of their fighters.", "assertion"),
])
def test_refusing_a_charge_against_the_speakers_side_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]



@pytest.mark.parametrize(("text", "kind"), [
    # a conduct noun a hostile adjective modifies names a hostile act of its owner
    ("The Congolese foreign ministry said the statements of Rwandan officials are the continuation of Rwanda's aggressive policy aimed at imposing its own will.", "accusation"),
    ("Sudan's foreign ministry said the RSF's hostile actions in Darfur had forced thousands to flee.", "accusation"),
    ("The aggressive behavior of Rwanda can seriously disrupt the efforts aimed at establishing lasting peace in the region, the Congolese foreign ministry said.", "accusation"),
    # negative: no hostile adjective, no conduct noun, or the speaker's own conduct
    ("The Congolese foreign ministry said Rwanda's peaceful actions had eased tension.", "assertion"),
    ("The Congolese foreign ministry said the aggressive marketing of Rwandan coffee had hurt local farmers.", "assertion"),
    ("Sudan's army said its aggressive actions against the RSF had cleared the road.", "assertion"),
])
def test_hostile_conduct_is_a_hostile_act(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "expected"), [
    # an asserting noun cue ("X's claim that ...") is refined by its content as a verb cue is: a hostile act or a
    # harm it lays on another party accuses ("responsible" also with the "for" phrase the parser hangs on the copula)
    ("Kinshasa rejected Rwanda's claim that Congolese troops had shelled Gisenyi.", ("Q1037", "accusation")),
    ('Moscow rejected Kyiv\'s claim that Russia is "partly responsible" for recent tensions in the region.', ("Q212", "accusation")),
    # negative: nothing hostile, the speaker's own side negated, or no other party named
    ("Kinshasa welcomed Rwanda's statement that the talks in Luanda would resume on Monday.", ("Q1037", "assertion")),
    ("Kinshasa rejected Rwanda's claim that Rwandan troops had not crossed the border.", ("Q1037", "assertion")),
    ("Kinshasa rejected Rwanda's claim that the town had been shelled overnight.", ("Q1037", "assertion")),
])
def test_an_asserting_noun_cue_is_refined_by_its_content(nlp, text, expected):
    found, _ = extract_claims(nlp(text), load_gazetteer())
    speaker, kind = expected
    assert [claim.kind for claim in found if speaker in claim.speakers] == [kind], [(c.speakers, c.kind) for c in found]


@pytest.mark.parametrize(("text", "kind"), [
    # a fear voiced with a "that" clause foreseeing hostilities warns
    ("Kenya expressed concern that the fighting in South Sudan could spill over the border.", "warning"),
    ("Egypt voiced fears that clashes may resume in Khartoum.", "warning"),
    # negative: no hostilities foreseen, or a fear of what happened
    ("Kenya expressed concern that the talks in Juba could collapse.", "evaluation"),
    ("Kenya expressed concern over the fighting in South Sudan.", "evaluation"),
    ("Kenya expressed concern that the fighting in South Sudan had displaced thousands.", "evaluation"),
])
def test_a_fear_of_hostilities_voiced_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a label verb calling another party's conduct a hostile act accuses it
    ('Kinshasa called Rwanda\'s deployment of troops in North Kivu "an act of aggression."', "accusation"),
    ("Kinshasa described Rwanda's deployment of troops in North Kivu as an invasion.", "accusation"),
    # negative: a judging label, an attack named already and qualified, the speaker's own conduct
    ('Kinshasa called Rwanda\'s decision "regrettable."', "evaluation"),
    ('Kinshasa described the assault on Goma as a "well-planned and premeditated attack" by armed groups.', "evaluation"),
    ('Kinshasa called its own deployment in North Kivu "a legitimate defence."', "evaluation"),
])
def test_labelling_anothers_conduct_a_hostile_act_accuses(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a warning that foresees nothing and lays a hostile act done or going on at another party's door accuses
    ("Kinshasa has repeatedly warned that the aggressive actions of Rwanda in North Kivu pursue one goal: to seize the mines.", "accusation"),
    ("Kinshasa warned that Rwandan troops had shelled Goma overnight.", "accusation"),
    ("Congolese President Felix Tshisekedi has issued a warning that the exodus from Goma is a result of Rwanda's policy of ethnic cleansing.", "accusation"),
    # negative: hostilities foreseen, a condition, no party named, a comparison, an infinitive, another cue
    ("Kinshasa warned that Rwandan troops could shell Goma.", "warning"),
    ("Kinshasa warned that Rwanda would face consequences if its troops shelled Goma.", "warning"),
    ("Rights groups warn that what is unfolding today in Darfur is a genocidal pattern similar to the early days of Rwanda's 1994 genocide.", "warning"),
    ("Kinshasa warned Kigali to withdraw its troops after they shelled Goma.", "warning"),
    ("Kinshasa warned Rwanda against shelling Goma.", "warning"),
    ("Kinshasa warned that Rwanda is preparing a large-scale provocation in North Kivu.", "warning"),
    ("Kinshasa warned that Rwanda plans to attack Goma.", "warning"),
])
def test_a_warning_of_a_hostile_act_done_is_an_accusation(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a course the speaker's side says it has no choice but to take is its undertaking, no denial (round 34)
    ("The Sudanese army said it had no choice but to withdraw from the city.", "commitment"),
    ("The Ethiopian government said it had no alternative but to accept the African Union proposal.", "commitment"),
    ("Rebels in the town said they had no option but to flee in face of the shelling.", "commitment"),
    # negative: a plan denied, another party's forced course
    ("The Sudanese army said it had no plans to withdraw from the city.", "denial"),
    ("The Sudanese army said the rebels had no choice but to surrender.", "assertion"),
])
def test_no_choice_but_undertakes_the_course(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "add" announces what a named actor of the speaker's own side will do (round 34)
    ("Kenyan troops will withdraw from the border villages by Friday, the Kenyan defence ministry added.", "commitment"),
    # negative: a pronoun may be anything, another party's future is reported
    ("Kenyan troops will withdraw from the border villages by Friday, the Somali defence ministry added.", "assertion"),
])
def test_add_announces_the_own_sides_future(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kinds_"), [
    ("The Kenyan defence ministry said the talks had gone well, adding that Kenyan troops will leave the border villages by Friday.", ["assertion", "commitment"]),
    ("The ministry praised the deal, adding that it would help stability in the region.", ["evaluation", "assertion"]),
    ("The Kenyan defence ministry praised the deal, adding that Somali troops will leave the border villages by Friday.", ["evaluation", "assertion"]),
])
def test_adding_the_own_sides_future(nlp, text, kinds_):
    assert kinds(nlp, text) == kinds_


@pytest.mark.parametrize(("text", "kind"), [
    # a party's quotation of its own planned act, an agentless passive or a named actor of its side (round 34)
    ('"Security issues will be discussed at the meeting," the Kenyan foreign ministry said.', "commitment"),
    ('"Kenyan troops will remain in the border villages," the Kenyan defence ministry said.', "commitment"),
    # negative: another party's plan, a pronoun, another side's troops, no party speaking
    ('"The meeting of the Security Council will be held on Monday," the Kenyan foreign ministry said.', "assertion"),
    ('"It will be discussed at the meeting," the Kenyan foreign ministry said.', "assertion"),
    ('"Somali troops will remain in the border villages," the Kenyan defence ministry said.', "assertion"),
    ('"Prices will be higher next year," the farmer said.', "assertion"),
])
def test_a_partys_quoted_plan_is_a_commitment(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # the organisation a person's office title names is the speaker's side in a quotation (round 34)
    ('"The EU condemns the shelling of the border villages," EU top diplomat Maria Lindqvist said.', "evaluation"),
    ('"The UN calls on both sides to stop the fighting," UN human rights chief Tomas Berg said.', "appeal"),
    # negative: no office title, another organisation than the title's
    ('"The EU condemns the shelling of the border villages," Oxfam analyst Maria Lindqvist said.', "assertion"),
    ('"The UN condemns the shelling of the border villages," EU top diplomat Maria Lindqvist said.', "assertion"),
])
def test_a_title_names_the_body_a_person_speaks_for(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38b: the armed group or organisation a person's title names is the speaker's side outside quotations too,
    # and a nationality word inside the group's name is no state of the speaker ("Free Syrian Army spokesman X")
    ("The Ogaden Liberation Front is ready to respect the truce, Ogaden Liberation Front spokesman Abdi Warsame said.", "commitment"),
    ('"The Tamil Tigers will stop firing if the army stops," said Tamil Tigers political wing chief Selvan Arulraj.', "commitment"),
    # negative: the title names another body or a state, or there is no title
    ("The Ogaden Liberation Front is ready to respect the truce, Somali Red Crescent spokesman Abdi Warsame said.", "assertion"),
    ("The Ogaden Liberation Front is ready to respect the truce, Ethiopian Foreign Minister Abdi Warsame said.", "assertion"),
    ('"The Tamil Tigers will stop firing if the army stops," said Selvan Arulraj.', "assertion"),
])
def test_a_title_names_the_side_a_person_speaks_for(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38b: hostilities a side announces to halt are no threat, nor is a condition that the other side halts
    ("The Ogaden Liberation Front will cease fire during the holiday if government troops stop shooting first, its commander said.", "commitment"),
    ("The Karen army said it would stop shelling the town on Monday.", "commitment"),
    # negative: a hostile act announced, or a condition that the other side does not halt
    ("The Ogaden Liberation Front will resume attacks if government troops do not stop shooting, its commander said.", "warning"),
    ("The rebels said they would attack the base if the army continued shelling.", "warning"),
])
def test_a_halt_of_hostilities_announced_is_a_commitment(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38b: a bare "the government" a minister speaks of is the minister's own (also a title on the first name:
    # "Trade Minister Ana Maria Petrel"), in a reported clause and in a quotation
    ("The government has decided to reopen the border crossing, Trade Minister Ana Maria Petrel said.", "commitment"),
    ('"The government has decided to reopen the border crossing," Valdorian Trade Minister Ana Petrel said.', "commitment"),
    # negative: no cabinet title, a government another state owns, another party's intention
    ("The government has decided to reopen the border crossing, rebel commander Ana Petrel said.", "assertion"),
    ("The government has decided to reopen the border crossing, UN envoy Ana Petrel said.", "assertion"),
    ("The Sudanese government has decided to reopen the border crossing, Interior Minister Ana Petrel said.", "assertion"),
    ('"The rebels have decided to reopen the border crossing," Valdorian Trade Minister Ana Petrel said.', "assertion"),
])
def test_the_government_a_minister_speaks_of_is_the_ministers(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38b: fighters described, not named, are the speaker's own when the speaker is described so or speaks for
    # an armed group
    ("Rebels in the north are ready to stop fighting the moment the army withdraws its tanks, a rebel spokesman said on Saturday.", "commitment"),
    ("Karen rebels are ready to respect the ceasefire, Joseph Htoo, spokesman of the Karen National Liberation Army, said on Tuesday.", "commitment"),
    # negative: an army's, a relief body's or a government's voice speaks of the rebels
    ("Karen rebels are ready to respect the ceasefire, army spokesman Joseph Htoo said on Tuesday.", "assertion"),
    ("Karen rebels are ready to respect the ceasefire, Joseph Htoo, spokesman of the Karen Red Cross, said on Tuesday.", "assertion"),
    ("The rebels are ready to stop fighting, a government spokesman said on Saturday.", "assertion"),
    ("The rebels are ready to stop fighting, the Sudanese army said on Saturday.", "assertion"),
])
def test_fighters_a_rebel_voice_speaks_of_are_its_own(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 36b: a report called untrue by the one who answers it, also a "message", "ungrounded", a "rumour", or
    # reported ("the ministry reported"); what a report says is untrue only when it is called so
    ("The message from the Kenyan interior ministry about the alleged raid by Somali troops does not correspond to reality, "
     "the Somali defence ministry said.", "denial"),
    ("The Kenyan interior ministry said the message about the raid had been received on Monday.", "assertion"),
    ("The Sudanese foreign minister told reporters that allegations that Sudan is arming the rebels are ungrounded.", "denial"),
    ("The Sudanese foreign minister told reporters that the road to Kadugli is open.", "assertion"),
    ("The information spread by the rebels about the shelling of Kidal by the army is an absolute lie, the Malian army reported on Friday.", "denial"),
    ("The Malian army reported on Friday that the road to Kidal had reopened.", "assertion"),
    ("A Malian army officer said the jihadist claim was a malicious rumour spread by enemies of the nation.", "denial"),
    ("A Malian army officer said rumours of a coup had circulated in Bamako since Monday.", "assertion"),
    # ... also through a relative clause on the report noun ("a statement that has nothing to do with reality")
    ('"The Somali defence ministry has again issued a statement that has nothing to do with reality," the Kenyan defence ministry said.',
     "denial"),
    ('"The Somali defence ministry continues to disseminate information that has no real basis," the Kenyan defence ministry said.',
     "denial"),
    ("The Kenyan police said they had issued a statement that has details of the curfew.", "assertion"),
])
def test_a_report_called_untrue_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 36b: an act another party attempts or carries out with small arms is laid at its door; the speaker's own is not
    ('"Units of the Eritrean army attempted an offensive in the eastern direction of the border," the Ethiopian defence ministry said.', "accusation"),
    ('"Units of the Ethiopian army attempted an offensive in the eastern direction of the border," the Ethiopian defence ministry said.', "assertion"),
    ("Kenya said Somali militants on Saturday night used sniper rifles and grenade launchers against Kenyan positions in Mandera.", "accusation"),
    ("Kenya said its forces used sniper rifles and grenade launchers against militant positions in Mandera.", "assertion"),
    ("Human Rights Watch said the Lord's Resistance Army rampaged through ten villages in northern Uganda last year.", "accusation"),
    ("Human Rights Watch said floods rampaged through ten villages in northern Uganda last year.", "assertion"),
])
def test_an_act_attempted_or_with_small_arms_is_laid_at_its_doers_door(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 36b: a headline "X: ..." or "according to X" denying a hostile act of X's own side
    ("Sudanese army: Sudanese troops did not shell the market in El Fasher", "denial"),
    ("Sudanese army: RSF fighters shelled the market in El Fasher", "accusation"),
    ("Sudanese army: Sudanese troops have not received any pay since March", "assertion"),
])
def test_a_headline_denying_the_own_sides_act(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 36b: another party distorting the facts is charged with it; a thing distorting something charges no one
    ("The Sudanese foreign ministry said the RSF was distorting the facts about the siege of El Fasher.", "accusation"),
    ("The Sudanese foreign ministry said the heat had distorted the radar images.", "assertion"),
    # round 36b: conduct called provocative (also as a later conjunct: "provocative and aggressive actions") is hostile
    ("The Serbian defence ministry said the Kosovo police's provocative and aggressive actions are aimed at intimidating the Serb population.",
     "accusation"),
    ("The Kosovo interior ministry said the strikes were the continuation of deliberate provocative steps by Serbia.", "accusation"),
    ("The Kosovo interior ministry said its own steps were measured and lawful.", "assertion"),
])
def test_distortion_and_provocative_conduct_are_laid_on_their_doer(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38: "have to" with another party as the subject demands it, like "needed to"
    ("The Kenyan defence minister said that the Shabaab fighters had to lay down their arms.", "appeal"),
    ("The Malian foreign ministry said the Wagner units would have to leave the country by March.", "appeal"),
    # negative: people who had to flee, the speaker's own duty, a duty negated
    ("The Malian foreign ministry said thousands of residents had to flee their homes after the shelling.", "assertion"),
    ("The Malian foreign ministry said it had to postpone the vote in Kidal.", "assertion"),
    ("The Malian foreign ministry said the rebels did not have to surrender their weapons.", "assertion"),
    ("The Malian foreign ministry said the fishing community of Mopti had to suffer twice.", "assertion"),
])
def test_another_partys_duty_is_an_appeal(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38: a quoted stance adjective keeps its own kind; a quoted judging adjective still judges
    ('The Kenyan foreign ministry said that Kenya is "ready to provide any assistance" to the talks in Juba.', "commitment"),
    ('The Kenyan foreign ministry said that Kenya is "deeply concerned" about the fighting in Juba.', "evaluation"),
    ('The Kenyan foreign ministry said the airstrikes on Juba were "reckless".', "evaluation"),
    # negative: another party's quoted readiness is reported
    ('The Kenyan foreign ministry said that Uganda is "ready to send troops" to Juba.', "assertion"),
])
def test_a_quoted_stance_adjective_keeps_its_kind(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38: breaching or abrogating a truce is a hostile act laid on its doer
    ("The Karen National Union said the junta had unilaterally abrogated the ceasefire agreement.", "accusation"),
    ("The Karen National Union said junta troops breached the truce twice on Monday.", "accusation"),
    # negative: a truce that simply ended
    ("The Karen National Union said the ceasefire agreement expired on Monday.", "assertion"),
])
def test_breaching_an_agreement_is_laid_on_its_doer(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38: a report called a report noun an untrue adjective modifies is denied
    ('The Sudanese army said the reports of a massacre in Omdurman were "fake news".', "denial"),
    ("The Sudanese army said the reports of a massacre in Omdurman were false information.", "denial"),
    # negative: a report noun with no untrue adjective
    ("The Sudanese army said the Omdurman footage was real news.", "assertion"),
])
def test_a_report_called_fake_news_is_a_denial(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 38: a statement with no cue verb (a headline "X: ...") reads a stance adjective of the speaker's side as a
    # reported clause does
    ("Kenyan army: We are ready to withdraw from Kismayo", "commitment"),
    # negative: another party's readiness
    ("Kenyan army: Somali troops are ready to take over Kismayo", "assertion"),
])
def test_a_stance_of_the_speakers_side_without_a_cue_verb(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 39: a future of staying denied to every one of a people foresees an exodus, as a leaving verb does
    ("The Rakhine council said that within weeks no civilians will remain in the camps near Maungdaw.", "warning"),
    ("The Tigrayan administration said no residents would stay in Humera after the shelling.", "warning"),
    # negative: people or forces said to stay
    ("The Tigrayan administration said the residents of Humera would stay in their homes.", "assertion"),
])
def test_no_people_remaining_foresees_an_exodus(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 39: a stance participle the parser made a verb with a direct object is that verb, no stance ("committed
    # the killings" carries out a hostile act)
    ("The Karen National Union said in a statement that there was “clear proof” that the junta committed the killings without any provocation.", "accusation"),
    # negative: the stance adjective with its complement
    ("The Karen National Union said it remained committed to the peace talks.", "commitment"),
])
def test_a_participle_with_an_object_is_no_stance(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 39: the speaker's wish to see what another party does is an appeal, not an undertaking
    ("The Malian government spokesman told AFP he would like to see France take action against the jihadists.", "appeal"),
    ("“We would like to see the African Union deploy more observers,” the Chadian minister said.", "appeal"),
    # negative: another party's wish is reported; a wish of the speaker's own act is an intention
    ("The Malian minister said the rebels would like to see the army leave Kidal.", "assertion"),
    ("The Malian minister said he would like to visit the camps in Kidal next week.", "commitment"),
])
def test_a_wish_to_see_another_party_act_is_an_appeal(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 39: failing to keep an agreement is a breach laid on the subject, as "violated" is
    ("The Houthi rebels said government forces had failed to honour the truce.", "accusation"),
    ("The Houthi rebels said government forces had failed to abide by the Stockholm agreement.", "accusation"),
    ("Houthi rebels say government forces breaking Hodeidah truce", "accusation"),
    ("The Houthi rebels said government forces broke the ceasefire on Monday.", "accusation"),
    # negative: failing at something that is no agreement kept
    ("The Houthi rebels said government forces had failed to reach an agreement with the tribes.", "assertion"),
    ("The Houthi rebels said government forces had failed to honor the invitation because of the weather.", "assertion"),
    ("The Houthi rebels said their fighters broke the siege of the town.", "assertion"),
])
def test_failing_to_keep_an_agreement_is_a_breach(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 39: an act or conduct said to harm a peace effort lays a wrong on its doer
    ("The Kenyan envoy said al-Shabaab's renewed attacks seriously undermine regional efforts to stabilise Somalia.", "accusation"),
    ("The Ethiopian ministry said Eritrea's aggressive actions jeopardise the peace process.", "accusation"),
    ("The Kosovo minister said Belgrade's actions had dealt a serious blow to efforts to normalise relations.", "accusation"),
    ("The Kosovo minister met the envoy. According to him, this activity has dealt a serious blow to efforts to normalise relations.", "accusation"),
    # negative: no act as the subject, the harm only foreseen, or denied of the speaker's own measures
    ("The relief agency said the heavy rains undermined the relief effort in Somalia.", "assertion"),
    ("The relief agency said the storm dealt a blow to the harvest.", "assertion"),
    ("The Kenyan envoy said renewed fighting could derail the talks in Somalia.", "warning"),
])
def test_an_act_harming_a_peace_effort_is_laid_on_its_doer(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: another party's undertaking or plan, reported by a speaker of a known side, is that party's (an assertion)
    ("Turkey said Russia had promised to extend the grain deal.", "assertion"),
    ("Mali's government said the UN mission would leave the country by December.", "assertion"),
    ("Sudan's army said Egyptian troops would take part in the exercise.", "assertion"),
    # negative: the speaker's own side, a person of no known side
    ("Kenya said Kenyan troops would stay in Somalia until June.", "commitment"),
    ("Chad said it had agreed to open the border crossing at Adre.", "commitment"),
    ("Zakharova said Russian peacekeepers would stay in Karabakh.", "commitment"),
    ("GOMA, May 2, 2024 (AP) — The Kenyan contingent will escort the convoy to Sake, the force command said.", "commitment"),
])
def test_another_partys_undertaking_is_reported(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: the speaker's side expecting or wanting another party to act demands it
    ("Kenya's foreign ministry said it expected the Somali government to hold talks with the clan elders.", "appeal"),
    ("Mali's government said it wanted the UN mission to leave the country.", "appeal"),
    # negative: no party expected to act, another party's expectation, a hostile act foreseen
    ("Kenya's foreign ministry said it expected the talks to last three days.", "assertion"),
    ("Rwanda said Congo expected the rebels to disarm.", "assertion"),
    ("Ukraine's defence ministry said it expected Russia to launch a new offensive in the spring.", "accusation"),
])
def test_expecting_another_party_to_act_is_an_appeal(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: supplying materiel to an armed party sponsors it; intimidating people is a hostile act
    ("Congo's army said Rwanda was supplying weapons to the M23 rebels.", "accusation"),
    ("Mali's junta said Algeria had sent arms to the separatist rebels.", "accusation"),
    ("Sudan's army said RSF fighters threatened villagers in Tawila with death.", "accusation"),
    ("Israel's army said Hamas fighters had threatened hospital staff.", "accusation"),
    # negative: no materiel or no armed party supplied; no people threatened, or the speaker's own
    ("Kenya's government said the UN had provided food to the refugees.", "assertion"),
    ("Chad said France had sent weapons to the Chadian army.", "assertion"),
    ("Kenya's government said the floods threatened the harvest.", "assertion"),
    ("Sudan's army said its soldiers had threatened the looters.", "assertion"),
])
def test_supplying_an_armed_party_and_intimidating_people_are_hostile_acts(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: a hostile act another party prepares, plans or tries to carry out is laid at its door
    ("Ukraine's army said Russia was preparing to launch a new offensive.", "accusation"),
    ("Somalia's government said al-Shabaab was planning to stage attacks in Mogadishu.", "accusation"),
    ("Sudan's army said the RSF had tried to carry out an attack on the airport.", "accusation"),
    # negative: negated, or the speaker's own
    ("Ukraine's army said Russia did not plan to launch a new offensive.", "assertion"),
    ("Ukraine's army said it was preparing to launch a counteroffensive.", "commitment"),
])
def test_a_prepared_hostile_act_is_laid_at_its_doers_door(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: an announced use of force and a vow that an act will not go unanswered threaten, a warning
    ("The Indian Navy said it would not hesitate to use force against any pirate vessel.", "warning"),
    ("China's defence ministry said it was prepared to use force to defend its sovereignty.", "warning"),
    ("“We will not hesitate to respond with force,” the Indian navy chief said.", "warning"),
    ("Iran's foreign ministry said the Israeli attack would not go unpunished.", "warning"),
    ("Pakistan's army said the Indian aggression would not go unanswered.", "warning"),
    ("“This crime will not go unpunished,” the Iranian president said.", "warning"),
    ("Hezbollah: Israeli strikes on Tyre will not go unanswered\nBEIRUT, March 3, 2024 (AP) — Lebanese officials said four people were killed.", "warning"),
    # negative: no force, force denied, a past act left unanswered
    ("Kenya's government said it would not hesitate to help the refugees.", "commitment"),
    ("China's defence ministry said it was ready to use diplomacy.", "commitment"),
    ("“We will cooperate with the force,” the Haitian police chief said.", "commitment"),
    ("Israel's army said it would not use force against the protesters.", "commitment"),
    ("Pakistan's army said the Indian aggression had gone unanswered for too long.", "accusation"),
])
def test_an_announced_use_of_force_or_answer_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: a headline's verbless clause calling a report untrue denies it; more judging adjectives
    ("Rwanda says claims of backing M23 baseless", "denial"),
    ("Army says rebel claims untrue", "denial"),
    ("Residents said they were happy that the soldiers had left.", "evaluation"),
    ("The United States said it was deeply troubled by the resumption of fighting.", "evaluation"),
    ("Kosovo's foreign ministry said Belgrade's statement was cynical.", "evaluation"),
    # negative: a clause with a verb, no untrue word; a certainty adjective
    ("Army says false claims spread panic", "assertion"),
    ("Army says reports of clashes in Kidal", "assertion"),
    ("Residents said they were sure that the soldiers had left.", "assertion"),
])
def test_verbless_dismissals_and_judging_adjectives(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 41: "be" with a "to" infinitive is an arrangement, a future the speaker's side announces
    ("Kenya's interior ministry said Kenyan police officers are to arrive in Haiti next week.", "commitment"),
    ("The Malian army said its troops are to withdraw from Kidal on Friday.", "commitment"),
    # negative: a purpose noun's predicate, blame
    ("The Malian army said the aim is to end the war.", "assertion"),
    ("The Malian army said the rebels were to blame for the attack.", "accusation"),
])
def test_an_arrangement_with_be_to_is_a_future(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 42: an anticipatory "it" with an adjective and an extraposed clause stands for the clause, not for the
    # speaker's side: its negation denies nothing (a judging adjective then evaluates)
    ("The Orvelian foreign ministry said it was not appropriate for Teln and Varda to trade accusations through the press.", "evaluation"),
    ("The Dorskian army spokesman said it was not acceptable that aid convoys were held at the border.", "evaluation"),
    ("The mediator said it was not possible to reach the northern villages.", "assertion"),
    # negative: the speaker's own "it" with a stance adjective, with no clause, or a hostile act negated
    ("The Dorskian army said it was not ready to withdraw from the town.", "denial"),
    ("The Dorskian army said it was not responsible for the attack on the market.", "denial"),
    ("The Dorskian army said it had not fired on the village.", "denial"),
    ("The Dorskian army said it was not present in the village because its troops had withdrawn the day before.", "denial"),
])
def test_a_negated_anticipatory_it_denies_nothing(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 43: a spokesperson or representative quoting the state or body they speak for in the present tense performs
    # its speech act: a quotation opening at the subject of a non-asserting cue
    ('"Norland urges all sides to settle the border dispute through dialogue," spokeswoman Ida Varn said.', "appeal"),
    ('African Union spokesman Marek Tolsen stated that "the African Union condemns the shelling of the camps near Kessel."', "evaluation"),
    ('The convoy was hit near Kessel. Marek Tolsen, a spokesman for the African Union, stated on Monday that the "African Union condemns the attack on the convoy".', "evaluation"),
    # negative: the quoted subject is another party than the speaker's known side; no quotation; no speech act
    ('"Ethiopia calls on Eritrea to pull back its troops," Eritrean Information Minister Alem Tesfay said.', "assertion"),
    ('"Norland has sent 200 soldiers to the border," spokeswoman Ida Varn said.', "assertion"),
    ('"Kenya urges Somalia to reopen the border," Kenyan opposition leader Otieno Wafula said.', "assertion"),
])
def test_a_quoted_speech_act_of_the_body_the_speaker_speaks_for(nlp, text, kind):
    assert kinds(nlp, text)[-1:] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 43: a hostile act another party may do, and a turn for the worse an act will bring, are foreseen: a warning
    ("The deputy minister noted that Ostrelia may also use force against the sovereign territory of Corvina.", "warning"),
    ("Officials said the militia could shell the camp at any time.", "warning"),
    ("The governor said the militants could attack again.", "warning"),  # round 2's blame negative: envisaged, no accusation
    ("The ministry said that such unilateral military action will complicate the conflict.", "warning"),
    ("Spokeswoman Ida Varn spoke in Teln. She added that such unilateral military action will complicate the conflict.", "warning"),
    # negative: a possible act looked back on, a possible peaceful act, an easing
    ("The minister said the rebels may have attacked the convoy.", "assertion"),
    ("The minister said the rebels may return to the talks.", "assertion"),
    ("The ministry said the new rules will simplify the delivery of aid.", "commitment"),
    ("Spokeswoman Ida Varn spoke in Teln. She added that the new road will ease the delivery of aid.", "assertion"),
])
def test_a_possible_hostile_act_and_a_complication_are_warnings(nlp, text, kind):
    assert kinds(nlp, text)[-1:] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 43: a forceful answer a neutral cue announces (revenge, retaliation, an answer with a forceful modifier) is a
    # threat, and so is a harm to come after an existential "there", which is no act of the speaker's side
    ("Governor Tamar Osei said the massacre at Dembi will attract a tough response from the security forces.", "warning"),
    ("The militia leader said his fighters will take revenge for the killing of their commander.", "warning"),
    ("Colonel Ruud Amsel said there would be severe consequences for those who ambushed the patrol.", "warning"),
    # negative: an answer with no forceful modifier, a helping response, a plain existential future, a vow
    ("The ministry said it expects a positive response from the rebels.", "assertion"),
    ("The governor said the state will give a swift response to the floods.", "commitment"),
    ("The spokesman said there would be elections in March.", "commitment"),
    ("The rebel commander vowed revenge for the killing.", "commitment"),
])
def test_an_announced_forceful_answer_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text)[-1:] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # fix43: a harm a future act of another party brings, in that act's own clause
    ("Officials said the blockade will cause a famine in the region.", "warning"),
    ("Kyiv said Moscow would face consequences.", "warning"),
    # negative: the harm word is in a relative clause of the future act, not brought by it
    ("The ministry said the UN will send investigators to towns that suffered attacks.", "commitment"),
    ("Kenya said the AU will deploy monitors in villages that were hit by airstrikes.", "assertion"),
])
def test_a_foreseen_harm_is_the_future_acts_own(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "title"), [
    # fix43: a title before a name is read back to the first verb or punctuation, however long
    ("Officials met, and EU High Representative for Foreign Affairs and Security Policy and Commission "
     "Vice-President Maria Lindqvist said the talks would go on.",
     "and EU High Representative for Foreign Affairs and Security Policy and Commission Vice - President"),
    # negative: a comma a few words back ends a short title
    ("After talks in Brussels with the envoys of both states on Monday, spokesperson Maria Lindqvist said the talks "
     "would go on.", "spokesperson"),
])
def test_a_title_before_a_name_runs_back_to_a_verb_or_punctuation(nlp, text, title):
    from kg.extract.claims.kinds import _title_before

    doc = nlp(text)
    name = next(token.i for token in doc if token.text == "Maria")
    assert " ".join(token.text for token in reversed(_title_before(doc[name : name + 2]))) == title


@pytest.mark.parametrize(("text", "kind"), [
    # fix43: a long title of an institution's voice: the quoted body is the speaker's own
    ('"The EU condemns the shelling of the border villages," EU High Representative for Foreign Affairs and Security '
     'Policy and Commission Vice-President Maria Lindqvist said.', "evaluation"),
    # negative: a short title of no institution's voice
    ('"The EU condemns the shelling of the border villages," Oxfam analyst Maria Lindqvist said.', "assertion"),
])
def test_a_long_title_names_the_body_a_person_speaks_for(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds44: an answer noun with a firm or strong modifier the future brings, also in a quotation, and force held in
    # reserve ("by all available means") announce a threat, a warning
    ("“This ambush will have a firm and strong response,” Colombian army spokesman Carlos Mena said.", "warning"),
    ("Colombia's defence ministry said the ambush would meet a strong response.", "warning"),
    ("The Venezuelan foreign ministry said the country would defend its waters by all available means.", "warning"),
    # negative: an answer to no one, steps to protect, the idiom "by all means", a past answer
    ("Colombia's health ministry said the floods would get a quick response.", "commitment"),
    # fix44B: a merely strong answer to no hostile act
    ("Colombia's health ministry said the floods would get a strong response from the government.", "commitment"),
    ("“We will take all possible steps to protect the detained fishermen,” Colombian foreign minister Carlos Mena said.", "commitment"),
    ("“By all means, the talks will go on,” Colombian army spokesman Carlos Mena said.", "assertion"),
    ("“The ambush had a strong response from the public,” Colombian army spokesman Carlos Mena said.", "assertion"),
])
def test_a_forceful_answer_or_force_in_reserve_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds44: a hostile act with a negative determiner is laid at no one's door
    ("UN spokesman Paul Moreau said there had been no shelling of the villages by the Malian army.", "assertion"),
    ("UN spokesman Paul Moreau said there had been no rebel attack on the camp.", "assertion"),
    # negative: the act itself, or one whose victims are counted with "no"
    ("UN spokesman Paul Moreau said there had been shelling of the villages by the Malian army.", "accusation"),
    ("UN spokesman Paul Moreau said the rebel attack on the camp had left no survivors.", "accusation"),
])
def test_a_hostile_act_with_no_is_laid_on_no_one(nlp, text, kind):
    assert kinds(nlp, text)[:1] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds44b: a concession ("despite ...") names what goes on regardless; the readiness it qualifies stays a commitment
    ("The Houthis said they were ready to resume talks despite the American strikes on Hodeidah.", "commitment"),
    ("The junta said it was prepared for dialogue despite the shelling of its positions by the rebels.", "commitment"),
    # negative: the hostile act is the clause's own, the concession only qualifies it
    ("The ministry said Russian forces shelled Kharkiv despite the ceasefire.", "accusation"),
])
def test_a_concession_lays_nothing_on_anyone(nlp, text, kind):
    assert kinds(nlp, text) == [kind]



@pytest.mark.parametrize(("text", "kind"), [
    # kinds44b: a predicate ranking its subject best or worst judges it
    ('"It is the best we could have hoped for," the Colombian negotiator told reporters.', "evaluation"),
    ("The Red Cross said Darfur was the worst crisis it had seen in a decade.", "evaluation"),
    ("MSF said eastern Chad was one of the most dangerous places in the world for aid workers.", "evaluation"),
    # negative: a superlative that ranks by size, or no superlative
    ("The ministry said Mogadishu was the largest city in Somalia.", "assertion"),
    ("The Red Cross said Darfur was a region of western Sudan.", "assertion"),
    # negative: worst ranking an event within a span of time is a record, not a judgment
    ("Officials said it was the worst flooding in decades.", "assertion"),
    ("The governor said it was the worst attack since 2019.", "assertion"),
    # but a non-event so ranked is still judged
    ("The opposition said it was the worst government in decades.", "evaluation"),
])
def test_a_best_or_worst_ranking_is_an_evaluation(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: a future continuing verb whose subject is a hostile act announces or foresees that act, a warning
    ("“Attacks on the convoys heading to Kessa will continue,” Vestrian rebel spokesman Omar Tali told reporters.", "warning"),
    ("The Tarsk Liberation Front said the shelling of army positions would resume next week.", "warning"),
    # negative: no hostile act goes on, or one that went on in the past
    ("“The talks with the government will continue next week,” Vestrian rebel spokesman Omar Tali told reporters.", "assertion"),
    ("The Tarsk Liberation Front said the talks would resume next week.", "commitment"),
    ("“The attacks on the convoys continued through the night,” Vestrian rebel spokesman Omar Tali told reporters.", "assertion"),
    ("The Tarsk Liberation Front said the shelling of army positions had resumed last week.", "assertion"),
])
def test_a_hostile_act_going_on_is_a_warning(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: "commit" with an object tells of a deed done, no undertaking of the speaker's side
    ("The Norland interior minister declared that the Vestrian militia had committed a grave mistake.", "assertion"),
    ("The Norland interior minister said the Vestrian militia had committed atrocities in the border villages.", "accusation"),
    # negative: committing oneself, or troops to a mission, undertakes
    ("The Norland interior minister said the government had committed itself to the talks.", "commitment"),
    ("The Norland interior minister said we had committed ourselves to the ceasefire.", "commitment"),
    ("The Norland defence minister said the government had committed 500 troops to the peacekeeping mission.", "commitment"),
])
def test_committing_a_deed_is_no_undertaking(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: the speaker's astonishment, a party called (not) trustworthy, judge
    ("The Tarsk Liberation Front said it was astonished and dismayed by the envoy's remarks.", "evaluation"),
    ("The Norland foreign ministry said Vestria was not a trustworthy mediator.", "evaluation"),
    ("The Tarsk Liberation Front said it was astonished by the envoy's remarks.", "evaluation"),
    ("The Tarsk Liberation Front said it was horrified by the envoy's remarks.", "evaluation"),
    ("The Norland foreign ministry said Vestria was an untrustworthy mediator.", "evaluation"),
    # negative: a predicate noun with a describing adjective, a participle of no mood
    ("The Norland foreign ministry said Vestria was not a neighbouring state.", "assertion"),
    ("The Tarsk Liberation Front said it was informed by the envoy of the talks.", "assertion"),
])
def test_astonishment_and_trust_judge(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: militarizing a region is a hostile act laid at another party's door
    ("It was Vestria that was militarizing the Kessa Strait with its warships, the Norland spokesman said.", "accusation"),
    # negative: the speaker's own side militarizing, or no one named
    ("The Norland defence ministry said Norland was militarizing its coast.", "assertion"),
    ("The Norland spokesman said the region had been calm for a decade.", "assertion"),
])
def test_militarizing_is_a_hostile_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: engaging in a hostile act is the subject's act, as resorting to one is
    ("Norland's army chief told reporters that the Kessa militia has engaged in indiscriminate violence.", "accusation"),
    # negative: engaging in talks, or in no hostile act
    ("Norland's army chief told reporters that the Kessa militia has engaged in talks with the mediators.", "assertion"),
    # negative: a verb of recourse with another verb's preposition ("turn in", not "turn to")
    ("Norland's army chief told reporters that the Kessa militia turned in the violence.", "assertion"),
    ("Norland's army chief told reporters that Kessa militiamen had turned up in the shelling.", "assertion"),
])
def test_engaging_in_a_hostile_act_is_an_act(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds45: a hostile gerund after "by" is done by the subject of the verb it hangs on
    ("The Norland interior minister declared that the Vestrian militia had committed a grave mistake by launching the offensive.", "accusation"),
    ("The Norland army said the Kessa rebels had responded by shelling the town.", "accusation"),
    # the verb "by" hangs on an infinitive or a later conjunct: its agents are the chain's subject
    ("The Kessa rebels gathered near the border and responded by shelling the town, the Norland army said.", "accusation"),
    # negative: the speaker's own forces, a gerund of no hostile act, a hostile noun after "by" with no doer
    ("The Norland army said its forces had responded by shelling rebel positions.", "assertion"),
    ("The Norland army said the Kessa rebels had marked the holiday by releasing prisoners.", "assertion"),
    ("The Norland army said the village was hit by shelling overnight.", "assertion"),
    ("Norland troops gathered near the border and responded by shelling rebel positions, the Norland army said.", "assertion"),
])
def test_a_hostile_means_gerund_is_its_verbs_subjects(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


def test_a_hostile_means_gerund_under_an_infinitive_is_the_chains_subjects(nlp):
    # the army's claim lays the shelling the rebels vowed on them (an accusation); the vow itself is the rebels' commitment
    assert kinds(nlp, "The Norland army said the Kessa rebels had vowed to respond by shelling the town.") == ["accusation", "commitment"]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds46: a named person whose title names rebels or an armed group no state acts for speaks for that side, as a
    # described "rebel spokesman" does: forces no one owns are the other side's
    ("Rebel spokesman Tomas Akot said government forces shelled the village of Kessa.", "accusation"),
    ("Amani Doru, a military spokesman for the rebels, said government forces burned the market in Kessa.", "accusation"),
    # negative: an army's or a junta's voice speaks of its own forces
    ("Army spokesman Tomas Akot said government forces shelled rebel positions near Kessa.", "assertion"),
    ("Junta spokesman Tomas Akot said government forces shelled the village of Kessa.", "assertion"),
    # negative: one of the side's fighters is no voice of it
    ("A military aircraft dropped three bombs on Kessa village, as confirmed by Tomas Akot, a rebel fighter from the village.", "assertion"),
    # negative (fix46b): the armed word must title the office itself, not a phrase against the rebels, a relative
    # clause, or a role held no more
    ("Tomas Akot, the commander of the campaign against the rebels, said government forces shelled the village of Kessa.", "assertion"),
    ("Tomas Akot, a former rebel leader who now serves as defence minister, said government forces shelled the village of Kessa.", "assertion"),
])
def test_unowned_forces_a_named_rebel_voice_speaks_of_are_the_other_sides(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds46: a light verb of doing ("make", "cause") with a hostile act as its object makes its subject the doer, as
    # "carry out" does: another party's act accuses, the speaker's own negated denies
    ("\"Eritrea is making provocative steps along our border,\" the Ethiopian foreign minister said.", "accusation"),
    ("The Ethiopian foreign minister said Eritrean troops were making incursions into Tigray.", "accusation"),
    ("\"We acted with restraint, we did not cause any provocation,\" the Thai army spokesman said.", "denial"),
    # negative: no hostile act made or caused, or no party doing it
    ("The governor said the floods caused widespread destruction in Mandera.", "assertion"),
    ("The Kenyan army said it made a mistake in Mandera.", "assertion"),
    ("The Ethiopian foreign minister said Eritrea made a proposal for talks.", "assertion"),
])
def test_a_hostile_act_made_or_caused_is_its_subjects(nlp, text, kind):
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # kinds47: a label verb calling a report untrue denies it in the shapes the parser gives "as" + an adjective, with
    # the report after its predicate, or taken by the head verb after "to"; "rubbish" dismisses as "dismiss" does
    ("Kenya described the accusation as baseless.", "denial"),
    ("Eritrea on Monday described as 'baseless' Ethiopia's accusation that Eritrean troops had shelled Zalambessa.", "denial"),
    ("Venezuela described as baseless the allegations that its army had shelled the border town.", "denial"),
    ("The Colombian defence ministry responded to the allegations made by Venezuela, calling them 'baseless and fabricated'.", "denial"),
    ("Somalia rubbished Kenya's allegations as \"baseless and irresponsible\".", "denial"),
    ("The claims by Ethiopia were immediately rubbished by the Eritrean ministry as false.", "denial"),
    # negative: the predicate is no untrue word, or what is labelled is no report
    ("Kenya described the accusation as detailed.", "evaluation"),
    ("Eritrea described as 'deliberate' the attack on its positions near Zalambessa.", "evaluation"),
    ("The Colombian defence ministry responded to the attack by Venezuela, calling it baseless.", "evaluation"),
])
def test_a_label_verb_calling_a_report_untrue_denies_it(nlp, text, kind):
    assert kinds(nlp, text)[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    # kinds47: a conflict that "can only be resolved" by a means names the only way, a demand as "the only way" does
    ("\"The conflict in Darfur can only be resolved through negotiations,\" the Kenyan foreign minister said.", "appeal"),
    ("The Kenyan foreign minister said the border dispute with Somalia could be settled only through talks.", "appeal"),
    ("The war in Tigray \"cannot be solved by force, but only by political means,\" the Kenyan envoy said.", "appeal"),
    # negative: a past settlement told, no "only", or no verb of resolving
    ("The Kenyan foreign minister said the border dispute with Somalia was only settled through talks in 2010.", "assertion"),
    ("The Kenyan foreign minister said the border dispute with Somalia can be resolved through talks.", "assertion"),
    ("The Kenyan foreign minister said the border dispute with Somalia can only be discussed in Nairobi.", "assertion"),
    # negative: the "with"/"by" phrase names a manner or a doer, no means of settling
    ("The Kenyan foreign minister said the dispute can only be settled with difficulty.", "assertion"),
    ("The Kenyan foreign minister said the case could only be resolved by the court in March.", "assertion"),
])
def test_a_conflict_only_resolvable_by_a_means_demands_it(nlp, text, kind):
    assert kinds(nlp, text) == [kind]
