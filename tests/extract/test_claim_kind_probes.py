"""A floor on a probe set of made-up claim sentences, written from the GUIDELINES kind definitions across
conflicts and genres (wire, live blog, UN/NGO statement, ministry readout, op-ed; none from an evaluation
article): `data/claim_kind_probes.tsv`, one "kind<TAB>sentence" a line, the kind of the first claim found.
Some fail today (a missing word, a parse error, no speaker): the floor keeps the count from dropping."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline

PROBES = Path(__file__).parent / "data" / "claim_kind_probes.tsv"
#: Passing probes (207 of 226 measured 2026-12-05 round 10; 194 when the set was written, 157 before the round-7 kind rules), less a margin.
FLOOR = 203


def test_claim_kind_probes_floor():
    nlp, gazetteer = load_pipeline(), load_gazetteer()
    results: Counter[tuple[str, str]] = Counter()
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        expected, text = line.split("\t")
        found, _ = extract_claims(nlp(text), gazetteer)
        results[(expected, found[0].kind if found else "none")] += 1
    passed = sum(count for (expected, got), count in results.items() if expected == got)
    confusion = {pair: count for pair, count in results.items() if pair[0] != pair[1]}
    assert passed >= FLOOR, f"{passed} probes pass (floor {FLOOR}); expected -> got: {confusion}"


# Named probes (issue 12, round 10): made-up claims from other conflicts and genres (wire, UN/NGO
# statement, live blog, op-ed, ministry press release), each kind with the GUIDELINES section 5 rule it
# follows, and the hard negatives of the kinds brief. (kind, text); the kind of the first claim found.
# Ones kg fails today are strict xfails with their cause: a fixed one fails until its mark goes.
KIND_PROBES: list[tuple[str, str]] = [
    # assertion (says, states, reports): a count of the dead "by X" relays news, "stressed"/"underlined" are
    # neutral cues, the speaker's own strikes blame nobody, an act with no agent blames nobody
    ("assertion", "The Lebanese health ministry said eight people were killed by an Israeli strike on Nabatieh."),
    ("assertion", "Ukraine's air force said five civilians were wounded by Russian drones overnight in Odesa."),
    ("assertion", "Armenia's health ministry said 32 people were killed and 200 injured by Azerbaijani shelling."),
    ("assertion", "The Nigerian army stressed that its air strikes had hit only Boko Haram camps in the Sambisa forest."),
    ("assertion", "The Azerbaijani Defence Ministry underlined that the measures were directed only at legitimate military targets."),
    ("assertion", "Zakharova stressed that the Russian peacekeepers were continuing to carry out their tasks in Karabakh."),
    ("assertion", "The Somali information minister underlined that al-Shabaab had lost control of the port of Kismayo years ago."),
    ("assertion", "OCHA reported that more than 12,000 people had fled across the border into Chad since Friday."),
    ("assertion", "The Myanmar military confirmed that its troops had withdrawn from the Lashio garrison."),
    ("assertion", '"Rockets were fired from Gaza toward Sderot but caused no injuries," the Israeli army said.'),
    ("assertion", "Haiti's national police said the road to the airport had reopened on Monday morning."),
    ("assertion", "The IDF said its forces struck 40 Hezbollah targets in southern Lebanon on Sunday."),
    ("assertion", "Houthi-run al-Masirah TV said US strikes hit the port of Hodeidah."),
    ("assertion", "The Israeli army said its forces subjected the suspects to questioning."),
    ("assertion", "The Sudanese army said missiles fired by its air defence units hit two drones over Port Sudan."),
    ("assertion", "The Indian army said its troops were deployed in line with the 2020 agreement."),
    ("assertion", "Erdogan said Russia was ready to sign the grain deal."),  # another party's readiness is reported
    ("assertion", "President Elena Voss said the country was ready for a long war."),  # no pronoun owns the state noun
    ("assertion", "Turkish President Recep Tayyip Erdogan said Russia was ready to sign the grain deal."),
    ("assertion", "Speaking to Russian media, Erdogan said Russia was ready to resume the grain deal."),  # not a title
    ("assertion", "Ukraine's military said Russian forces were subjected to heavy shelling near Bakhmut."),  # no agent
    ("assertion", "The ministry said the talks were held in violation of the constitution."),  # talks are no party's act
    ("assertion", "Armenian Prime Minister Nikol Pashinyan said Armenian civilians were not allowed to leave Stepanakert."),
    ("assertion", "Armenian Prime Minister Nikol Pashinyan said Azerbaijani troops were not present in Lachin."),
    # a toll's size reported (issue 12, round 31: "the number of people killed in airstrikes has risen to N",
    # "the victims included N children"): a count, not a doer blamed; "killed by RSF fighters" blames them
    ("assertion", "The number of people killed in Rwandan shelling of Goma has risen to 40, the Congolese health minister said."),
    ("assertion", "The victims included 12 children and 9 women, while 60 people were wounded, Sudan's health minister said."),
    ("accusation", "The number of civilians killed by RSF fighters in El Geneina has risen to 40, the Sudanese health minister said."),
    ("accusation", "The victims included 12 children, killed by RSF fighters, the Sudanese health minister said."),
    # a strike bringing about a count of the dead ("resulted in the deaths of N") is reported as "killed N" is
    ("assertion", "A drone strike by the Malian army resulted in the deaths of 14 civilians near Kidal, residents said on Monday."),
    ("assertion", "The RSF shelling caused the deaths of nine people in Omdurman, a local medical group said."),
    ("accusation", "The drone strike by the Malian army resulted in heavy damage to the mosque in Kidal, residents said on Monday."),
    # accusation (accuses, blames): a hostile act whose agent is another named party, also through the
    # weapon it launched or a phrase that marks the act unlawful ("in violation of")
    ("accusation", "Ethiopia accused the TPLF of recruiting child soldiers in Tigray."),
    ("accusation", '"Drones launched by the RSF struck the power station at Merowe," the Sudanese army said in a statement.'),
    ("accusation", "The Yemeni government said missiles fired by the Houthis hit an oil terminal in Shabwa."),
    ("accusation", "The Malian army said JNIM fighters ambushed a supply convoy near Gao on Tuesday."),
    ("accusation", "Kyiv said Russian forces shelled Kherson overnight, killing two pensioners."),
    ("accusation", "The Philippine coast guard said Chinese vessels fired water cannon at its supply boat near the Second Thomas Shoal."),
    ("accusation", '"Houthi militias deliberately targeted a civilian tanker in the Red Sea," the Yemeni government said.'),
    ("accusation", "Amnesty International said Ethiopian federal forces executed dozens of men in Bora."),
    ("accusation", "The Congolese government blamed Rwanda for the bombing of the Mugunga camp."),
    ("accusation", "The Azerbaijani Defence Ministry said Armenian armed forces units subjected the positions of the Azerbaijani army to fire."),
    ("accusation", "Ukraine's military said Russian forces subjected Kherson to heavy shelling overnight."),
    ("accusation", "Armenia's foreign ministry said Azerbaijan was keeping the Lachin corridor closed in violation of the trilateral statement."),
    ("accusation", "The Guyanese army said Venezuelan soldiers had crossed the river in breach of the 1899 award."),
    ("accusation", "The Armenian ombudsman said Azerbaijani forces were deliberately shooting at civilian cars."),
    ("accusation", "The Kremlin said Ukrainian drones attacked a residential building in Belgorod."),
    ("accusation", "Israel said Hamas fighters stormed the kibbutz and killed dozens of residents."),
    # denial (denies, rejects a charge): "rejected the accusation", "dismissed reports", "refuted", the
    # speaker's own side negated, a report called untrue
    ("denial", "The RSF rejected the accusation that its fighters had looted the market in Nyala."),
    ("denial", "Baku rejected the accusation that it was starving the population of Karabakh."),
    ("denial", "Rwanda dismissed reports that its troops were fighting alongside the M23 near Goma."),
    ("denial", "The Armenian Defence Ministry dismissed reports that its units had fired at Azerbaijani positions as disinformation."),
    ("denial", "Moscow refuted claims that its missiles had struck a children's hospital in Kyiv."),
    ("denial", "Yerevan refuted Azerbaijan's claim that Armenian troops were present in Karabakh."),
    ("denial", "Hamas denied that it had fired the rocket that hit the hospital."),
    ("denial", "The junta said its aircraft had not bombed the monastery in Sagaing."),
    ("denial", "The Russian defence ministry said its forces did not strike civilian infrastructure in Kharkiv."),
    ("denial", "Russia's defence ministry said Russian troops did not fire on the convoy."),  # its own forces, by nationality
    ("denial", '"Those reports are pure fabrication," a spokesman for the Sudanese army said.'),
    ("denial", "Beijing described the Philippine account of the collision as a fabrication."),
    # appeal (calls for, urges, demands): "called on", "urged", an obligation, a first-person expectation
    ("appeal", "The UN Security Council called on the warring parties to allow aid into El Fasher."),
    ("appeal", "The EU called on Azerbaijan to guarantee the rights and security of Karabakh Armenians."),
    ("appeal", "The Red Cross urged both sides in Sudan to spare civilians and hospitals."),
    ("appeal", "Blinken urged Aliyev to halt military action in Karabakh immediately."),
    ("appeal", '"We expect the detainees to be released before the holiday," the Colombian negotiator said.'),
    ("appeal", "The African Union demanded the immediate withdrawal of foreign fighters from Libya."),
    ("appeal", "Human Rights Watch said the Bangladeshi authorities should release the detained journalists."),
    ("appeal", "Guterres said the parties must return to the negotiating table without preconditions."),
    ("appeal", "The European Union called for an independent investigation into the killings in Cabo Delgado."),
    ("appeal", "Pope Francis appealed for the release of all the hostages held in Gaza."),
    # warning (warns, threatens): a harm foreseen, a hostile act announced or conditional; "would be a
    # disaster" foresees a harm, it states no fact
    ("warning", "Iran warned that any attack on its nuclear sites would trigger a crushing response."),
    ("warning", "The UN said an assault on Rafah would be a catastrophe for the million people sheltering there."),
    ("warning", "Pashinyan said a new war in the region would be a disaster for everyone."),
    ("warning", "North Korea threatened to shoot down any US spy plane over its waters."),
    ("warning", "The Israeli army said it would strike Hezbollah targets across Lebanon if rocket fire continued."),
    ("warning", "The UN envoy said the fighting could spread to the border towns of North Kivu."),
    ("warning", "The ICRC said the humanitarian situation in Karabakh could deteriorate sharply."),
    ("warning", "The Houthis threatened to attack any ship heading to Israeli ports."),
    ("warning", "The WFP warned of famine in North Darfur."),
    # commitment (agrees, vows, promises, announces an intended action): "ready/willing/prepared to" of the
    # speaker's own side, an announced truce or aid
    ("commitment", "Kenya said it was ready to deploy 1,000 police officers to Haiti."),
    ("commitment", "The M23 rebels said they were willing to withdraw from Goma."),
    ("commitment", "Colombia's ELN said it was prepared to release all its hostages by Christmas."),
    ("commitment", "Pashinyan said Armenia was prepared to sign a peace treaty by the end of the year."),
    ("commitment", "Erdogan said Turkey was ready to host the next round of talks."),
    ("commitment", "Turkish President Recep Tayyip Erdogan said Turkey was ready to host the next round of talks."),
    ("commitment", "Armenian Prime Minister Nikol Pashinyan said Armenia was prepared to sign a peace treaty by the end of the year."),
    ("commitment", "Azerbaijan said it was ready to provide humanitarian aid to the Armenian residents of Karabakh."),
    ("commitment", "Egypt pledged to keep the Rafah crossing open for aid trucks."),
    ("commitment", "President Elena Voss of Ostrelia said her country was ready to return to the table if the shelling stopped."),
    ("commitment", "The Chadian foreign minister said his country was prepared to host the talks in N'Djamena."),
    ("commitment", "The Ethiopian government announced a 30-day truce in the Amhara region."),
    ("commitment", "The Sudanese army agreed to attend talks in Jeddah next month."),
    ("commitment", '"We will rebuild every school destroyed in this war," the Ukrainian prime minister said.'),
    ("commitment", "France said it would send 20 tonnes of medical supplies to Armenia."),
    # evaluation (praises, condemns, describes as, hopes): a judging adjective or noun as the predicate
    ("evaluation", 'The UN human rights office said the raid on the camp was "reckless and unlawful".'),
    ("evaluation", "France condemned the coup in Niger."),
    ("evaluation", "Qatar welcomed the prisoner exchange between Russia and Ukraine."),
    ("evaluation", "Amnesty International described the executions as a grave violation of international law."),
    ("evaluation", '"The strike on the refugee camp was a war crime," the Jordanian foreign minister said.'),
    ("evaluation", "Armenia's prime minister said the peace agreement with Azerbaijan was historic."),
    ("evaluation", "The Mozambican president hoped the talks would bring peace to Cabo Delgado."),
    ("evaluation", "The Norwegian foreign minister praised the ceasefire as a brave step toward peace."),
    ("evaluation", "The French foreign ministry called the Azerbaijani offensive unjustifiable and unacceptable."),
    ("evaluation", "The Kremlin said it was concerned by the escalation in Karabakh."),
    ("evaluation", "The UN secretary-general expressed deep concern over the fighting in El Fasher."),
    # kinds11: a nationality is a person's side only with an office title (office_titles), and a state after a
    # title's posting preposition is not its side (title_owner_prepositions); the first four failed on main
    ("accusation", "Sudanese analyst Kholood Khair said Sudanese troops had shelled the market in Omdurman."),
    ("accusation", "Ethiopian journalist Dawit Kebede said Ethiopian soldiers had looted the town of Axum."),
    ("accusation", "Syrian activist Rami Abdel Rahman said Syrian government forces had bombed the village."),
    ("accusation", "Malian researcher Ibrahim Maiga said Malian troops had executed dozens of civilians."),
    ("accusation", "The UN special envoy for Sudan, Volker Perthes, said Sudanese troops had shelled the camp."),
    ("accusation", "The US ambassador to Ukraine, Bridget Brink, said Ukrainian forces had fired on the convoy."),
    # negatives: an office title keeps its state as the speaker's side
    ("commitment", "The President of Kenya, William Ruto, said Kenya would send 1,000 police officers to Haiti."),
    ("assertion", "Kenyan President William Ruto said Kenyan troops had shelled militant positions near the border."),
    # kinds11: 'they' as the subject of a reported clause whose reporter is a plural noun is that reporter (its own
    # act blames no one; the three failed on main); negatives: a singular reporter leaves 'they' another party
    ("assertion", "Houthi officials boasted that they had shot down an American drone over Marib."),
    ("assertion", "Separatist fighters claimed that they had destroyed two Ukrainian tanks near Donetsk."),
    ("assertion", "Taliban commanders said they had attacked the police checkpoint overnight."),
    ("accusation", "Kyiv said they had fired on the convoy."),
    ("accusation", "The ministry said they had fired on the convoy near the border."),
    # claims14: a hostile noun in the "of" phrase of a run noun ("a wave of terror", "a barrage of strikes") is done
    # by whoever does the run; not the speaker's own run, not a run of something harmless
    ("accusation", "Gangsters unleashed a wave of terror across the capital, Haitian police said late on Tuesday."),
    ("accusation", "The Sudanese army said the paramilitaries had unleashed a barrage of drone strikes on Port Sudan."),
    ("assertion", "The Tarvian army said its troops had unleashed a wave of strikes on rebel positions."),
    ("assertion", "Residents said a wave of refugees reached the town on Monday."),
    # claims14: an announced measure as the object ("announced the immediate enforcement of a no-fly zone",
    # "announced a new unit to tackle the unrest") is an undertaking; an arrest or a unit in a clause is news
    ("commitment", "The Kenyan interior ministry announced the imposition of a dusk-to-dawn curfew in Lamu."),
    ("commitment", "Following a meeting with police chiefs, the Norland premier announced a new unit to tackle the riots."),
    ("assertion", "The army said a unit had been ambushed near Goma."),
    ("assertion", "The police confirmed the arrest of three suspects in Lamu."),
    # claims14: an "after" clause of a verb of breaking out tells what set it off, and its hostile act is said
    # ("the clashes occurred after Fano militants opened fire"); other "after" clauses are background
    ("accusation", "A Kasai villager said the fighting erupted after Kamuina Nsapu militiamen attacked a police post."),
    ("accusation", "A resident of Gao said the clashes broke out after jihadist fighters opened fire on the market."),
    ("assertion", "Residents said the shops reopened on Monday after the army attacked the rebel camp."),
    ("assertion", "The Tarvian army said the clashes broke out after its soldiers fired on the rebels."),
    # claims14: "I want to ..." / "I would like to ..." of the speaker is a preface; the kind is the infinitive's
    # cue's (not an appeal, not an undertaking); "we want them to leave" stays an appeal
    ("evaluation", '"I want to take this opportunity to express our deepest sympathy to the families of the fallen," the Kenyan president said.'),
    ("accusation", '"I would like to emphasise that we hold the RSF responsible for the fate of the civilians in El Fasher," the British foreign secretary said.'),
    ("appeal", '"We want the rebels to leave Goma immediately," the Congolese minister said.'),
    ("evaluation", '"I would like to thank all the soldiers who defended the town," the Malian president said.'),
    # claims16: "be going to" with an infinitive is a future as "will" is (fresh 024: "I am going to take drastic
    # measures!"); a free relative "what I am going to tell you" announces nothing, nor does "going to" a place
    ("commitment", "“We are going to rebuild every school in the district,” the Bor county commissioner said."),
    ("assertion", "“What I am going to tell you is that the road to Bor is open,” the county commissioner said."),
    ("assertion", "“We are going to the border town of Nimule,” the county commissioner said."),
    # round 18: a ministry's quotation naming its own state as the subject speaks for it ("“China hopes ...”,
    # the ministry said"; "“China is dedicated to ... and will defend ...”"); another state, or a state inside a
    # clause another's verb reports, or a passive future, is none of the speaker's
    ("evaluation", '"Tanzania hopes Uganda will pull its troops back from the border," the Tanzanian foreign ministry said.'),
    ("commitment", '"Serbia is committed to dialogue and will firmly defend its sovereignty," the Serbian defence ministry said.'),
    ("commitment", '"Peru will send a delegation to Quito next week," the Peruvian foreign ministry said.'),
    ("assertion", '"Uganda hopes Tanzania will pull its troops back from the border," the Tanzanian foreign ministry said.'),
    ("assertion", '"Kosovo is committed to dialogue and will firmly defend its sovereignty," the Serbian defence ministry said.'),
    ("assertion", '"Ecuador will send a delegation to Lima next week," the Peruvian foreign ministry said.'),
    ("assertion", '"Tanzania hopes Uganda will pull its troops back from the border," Tanzanian opposition leader Amani Mrema said.'),
    # round 18: the speaker's side will not tolerate/permit/allow something: a warning ("will not abandon", "will
    # not accept", "will allow", a past "have tolerated" are none)
    ("warning", '"We will never tolerate Pyongyang\'s continued provocations," Prime Minister Taro Sato said.'),
    ("warning", '"I will not permit a breakdown of law and order on our streets," Prime Minister Tom Harlow said.'),
    ("warning", "Prime Minister Tom Harlow said his government would not allow the rebels to take the city."),
    ("commitment", '"We will never abandon our people in the east," Prime Minister Tom Harlow said.'),
    ("commitment", "Prime Minister Tom Harlow said his government would allow aid convoys to enter the city."),
    ("warning", "Japanese Prime Minister Taro Sato said Japan would never tolerate Pyongyang's continued provocations."),
    ("accusation", "Japanese Prime Minister Taro Sato said China would never tolerate Pyongyang's continued provocations."),
    # round 18: entering another's territory unbidden (trespass, intrude, infiltrate, encroach) is a hostile act;
    # the speaker's own forces negated deny it; people who are no party ("farmers") accuse nobody
    ("accusation", "The Thai army said Cambodian soldiers had intruded into Thai territory near the temple."),
    ("accusation", "Pakistan's military said militants had infiltrated the border from Afghanistan."),
    ("denial", "The Thai army said its soldiers had not trespassed on Cambodian territory."),
    ("assertion", "The mayor said farmers had encroached on the forest reserve."),
    # round 22: a copula with a stance preposition ("against", "with") of the speaker's side is an evaluation; said of
    # another party, or by a witness of where people were, it is no stance of the speaker
    ("evaluation", "“We are firmly against any foreign military presence in the Sahel,” the Malian foreign minister said."),
    ("evaluation", "“The country is with the families of the miners,” President Jon Vale said."),
    ("evaluation", "The Kenyan foreign ministry said Kenya was against any change of the borders."),
    ("assertion", "The Kenyan foreign ministry said Uganda was against any change of the borders."),
    ("assertion", "“We were with our families when the shells hit,” a resident said."),
    ("assertion", "“Russia is against the plan,” the Kenyan foreign minister said."),
    # round 22: a reported volitional verb with an infinitive of the speaker's side is an intended action, as "plans
    # to" is: a commitment (a warning when the act is hostile); another party's wish is reported, "wants to see" hopes
    ("commitment", "The Kenyan foreign ministry said Kenya wanted to resolve the dispute with Uganda through dialogue."),
    ("commitment", "The Sudanese army chief has said he wishes to hand power to a civilian government."),
    ("warning", "The rebel commander said his fighters wanted to attack the army bases in Goma."),
    ("assertion", "The Kenyan foreign ministry said Uganda wanted to resolve the dispute through dialogue."),
    ("appeal", "The Kenyan foreign ministry said it wanted to see a ceasefire."),
    # round 22: "what it referred to as X" is a label (framing), not a cue whose kind the claim around it takes;
    # a relative clause with "which" before its cue is a claim of its own
    ("assertion", "The Tarvian army said its forces had struck rebel positions to drive the fighters from what it referred to as “Tarvian lands”."),
    ("commitment", "Guterres held talks with the general, during which the general agreed to a one-week humanitarian truce."),
    # round 24: a hostile verb's gerund used as a noun ("the targeting of X by Y", "firing by Y") is a hostile act as
    # "shelling" is: laid on another party it accuses, the speaker's own forces' is reported
    ("accusation", "The Kenyan defence ministry said the recent weeks had witnessed a rise in tension due to the targeting of Kenyan army posts by Somali forces."),
    ("accusation", "Kenya's defence ministry said the escalation followed weeks of indiscriminate firing by Shabaab militants on its border posts."),
    ("assertion", "The Kenyan defence ministry said the targeting of Shabaab camps by Kenyan army units had continued."),
    ("assertion", "Kenya's defence ministry said the firing by its troops on the Shabaab camp had stopped."),
    # round 24: a hostile noun in a "following"/"after" phrase of an act the speaker's side reports doing or undertakes
    # is that act's reference point, laid on no one; another party's act so dated still accuses. A title before a
    # person's name with its "of" phrase after it names the side ("President Jane Roe of Kenya")
    ("assertion", "The Thai army reported striking several Cambodian positions on Monday, following an attack attributed to Cambodia."),
    ("assertion", "The Thai army said it struck Cambodian positions on Monday following Cambodia's attack on a border post."),
    ("commitment", "President Jane Roe of Kenya said Kenya would convene a regional summit following Somalia's attack on the border town."),
    ("accusation", "The Thai army said Cambodian troops shelled a village on Monday following Cambodia's attack on a border post."),
    # round 25 (new articles: TASS/Hyetert Baku MFA, SOS Medias Burundi DRC statement): interfering in another's
    # internal affairs is a hostile act; its negation by the speaker's side denies
    ("accusation", "“Somalia is rudely interfering in the internal affairs of our country,” the Kenyan foreign ministry said."),
    ("denial", "The Kenyan foreign ministry said Kenya did not interfere in the internal affairs of Somalia."),
    # round 25: a gerund in the "of" phrase of a course of action is done by the course's owner or chooser; a person's
    # or a thing's pronoun stands for the one named last (the speaker's own policy blames no one)
    ("accusation", "The Kenyan foreign ministry said Somali President Abdi Farah had shown his strategy of permanently interfering in Kenya's internal affairs."),
    ("accusation", "The Kenyan foreign ministry said Somalia has a policy of arming the border militias."),
    ("assertion", "Kenyan President Jane Roe said her policy of arming the border militias had ended."),
    ("assertion", "The Kenyan foreign ministry said Kenya has a policy of helping the refugees."),
    # round 25 (new SOS Medias Burundi and Wall Africa Kagame articles, dev 036): sponsoring an armed party by a noun
    # ("its support for the rebels", "operates with the support of X") or by assisting/aiding it accuses the sponsor;
    # support of an unarmed party, or the speaker's own, is none
    ("accusation", "The Kenyan foreign ministry said Somalia had acknowledged its support for the Shabaab militants."),
    ("accusation", "The Kenyan foreign ministry said the militia operates with the support of Somalia's government."),
    ("accusation", "A UN report suggested that Eritrean forces were assisting the rebels."),
    ("assertion", "The Kenyan foreign ministry said the army operates with the support of the African Union."),
    ("assertion", "The Kenyan foreign ministry said Somali forces were assisting the flood victims."),
    ("assertion", "The Kenyan foreign ministry said Somalia's support for the peace talks had grown."),
    ("assertion", "The Kenyan army said it acknowledges its support for the militia that laid down its arms."),
    # round 25 (new Sudan Tribune El Fasher article; fresh 005's "condemns the attack on 10 June by armed elements"): a
    # "by" phrase the parser hung on the active verb of a hostile object is the object's agent; a means is none
    ("accusation", "The Sudanese army said on Sunday it had thwarted the largest drone attack on Kassala, the capital of the eastern state, by the paramilitary Rapid Support Forces."),
    ("assertion", "The Sudanese army said it had repelled the attack by artillery fire."),
    ("assertion", "The Sudanese army said it had stopped the assault by shelling their positions."),
    # round 25 (dev 030's protest coordinator, new Irish Times RUC article's Sinn Fein MLA): forces the text leaves
    # unowned ("police", "soldiers") are another party's for a named person with no office, force or state in any
    # title, as for a bystander; an official's, or forces a modifier owns, are reported
    ("accusation", "Police fired teargas and rubber bullets at the students as they marched to the campus, said protest coordinator Amina Rahman."),
    ("accusation", "Opposition activist Tomas Lind, who was present during the clashes, claimed soldiers had beaten the marchers outside the court."),
    ("assertion", "Police fired teargas and rubber bullets at the students, said police spokesman Karim Hossain."),
    ("assertion", "Police fired teargas at the students, said Minister Karim Hossain."),
    ("assertion", "Our soldiers fired at the boats, said protest coordinator Amina Rahman."),
    # round 25 (new Daily News Sri Lanka article; the Irish Times RUC article's "orchestrated by the Provisional IRA",
    # fresh 024's "planned by maras"): instigating, orchestrating or organising hostilities makes their doer, as
    # "masterminded" does, also through an instance noun ("acts of violence"); thugs are an armed party
    ("accusation", "The recent acts of communal violence were instigated by organised thugs, the Tarvian interior minister said."),
    ("accusation", "The Tarvian interior minister said the clashes in the north had been orchestrated by separatist militants."),
    ("accusation", "The Tarvian interior minister said gangs of thugs had organised the attacks on the mosques."),
    ("assertion", "The Tarvian interior minister said the acts of violence had ended."),
    ("assertion", "The Tarvian interior minister said the police had organised the evacuation."),
    ("assertion", "The Tarvian interior minister said the clashes had been orchestrated."),
    # round 25 (new Gercek News Pashinyan article): a speech verb of the speaker with a free relative "what" as its
    # object names earlier speech, no performative of the quotation (as "what it describes as" is a label)
    ("evaluation", '"This is a direct act of ethnic cleansing, precisely what we have been warning the international community about for a long time," the Tarvian prime minister declared.'),
    ("warning", '"We warn the rebels that any attack will be met with force," the Tarvian prime minister said.'),
    # round 25 (new SOS Medias Burundi DRC statement): a future refusal to tolerate in the passive with no agent is the
    # speaker's, a warning ("... will never be tolerated", a common formula of statements); not in the past, not affirmed
    ("warning", "The Tarvian government recalled that “Norland's expansionist ambitions will never be tolerated”."),
    ("warning", "“Attacks on our border posts will not be tolerated,” the Tarvian defence ministry said."),
    ("assertion", "The Tarvian government said such attacks had not been tolerated in the past."),
    ("assertion", "“Such attacks were never tolerated,” the Tarvian defence ministry said."),
    ("commitment", "The Tarvian government said peaceful protests would be tolerated."),
    # round 25 (new Just the News Israel-Hezbollah article, fresh 015's "there is now a historic opportunity"): "there
    # is" says a thing happens or exists, judging no subject: no evaluation by its noun; a "by" phrase the parser hung
    # on its copula is the noun's agent; a copula with a subject still judges
    ("accusation", "The Thai army spokesman said “there are violations today by Cambodia, even in this form.”"),
    ("assertion", "The Kenyan foreign minister said there is now a historic opportunity to seek better relations with Somalia."),
    ("evaluation", "The Kenyan foreign minister said the deal was a historic step."),
    ("evaluation", "The Thai army said the shelling was a violation of the truce."),
    # round 25 (new Yeni Safak Vucic article): a judging participle the tagger took for a verb after the copula still
    # judges ("said he understands the message very well but is disappointed"); a plain passive does not
    ("evaluation", "The Tarvian president said he understands the message very well but is disappointed."),
    ("assertion", "The Kenyan foreign minister said the border was closed."),
    # round 26 (Karabakh gold, fresh 010 and dev 048: "“The authorities of the Republic of Artsakh accept the proposal
    # ...,” they said"): a role noun owned by the speaker's side ("the government of X", "the authorities of X") is the
    # speaker performing the act, as "we" is; owned by another party it reports that party's act
    ("commitment", "“The government of Ethiopia accepts the ceasefire proposal of the African Union,” the Ethiopian foreign ministry said in a statement."),
    ("assertion", "“The government of Eritrea accepts the ceasefire proposal of the African Union,” the Ethiopian foreign ministry said in a statement."),
    # round 26 (fresh 014 "Open disregard by the EU of constructive discussions ... attests to ...", dev 008 "what some
    # in the region say is a disregard by the national government for Amhara's security"): disregard by another party
    # is conduct laid at its door; the speaker's own forces' disregard (for their own safety) blames nobody
    ("accusation", "“Open disregard by Eritrea of the talks between the government and the rebels attests to the narrow political purposes of certain circles,” the Ethiopian Foreign Ministry said."),
    ("assertion", "“Ethiopian soldiers acted with complete disregard for their own safety to rescue the villagers,” the Ethiopian army said."),
    # round 26 (dev 048 "Azerbaijan has confirmed the ceasefire", dev 042 "confirmed the ceasefire agreement", both
    # assertions in the gold): confirming an act attests it, announcing it undertakes it; a disposition still commits
    ("assertion", "Ethiopia has confirmed the ceasefire."),
    ("commitment", "Ethiopia announced a ceasefire."),
    ("commitment", "Ethiopia confirmed its commitment to the peace talks."),
    # round 30 (new ARKA article "Azerbaijan preparing new provocation", and the same charges in Armenpress):
    # preparing, plotting or planning a hostile act charges its preparer; preparing for one, or one's own operation, does not
    ("accusation", "Kosovo's interior minister said Serbia was preparing a new provocation in the north."),
    ("accusation", "Kosovo's interior minister said Serbia is plotting attacks on the power grid."),
    ("assertion", "Kosovo's interior minister said the police were preparing for a new provocation in the north."),
    ("assertion", "Kosovo's interior minister said Kosovo police were preparing an operation in the north."),
    ("assertion", "Kosovo's interior minister said Serbia was not preparing a new provocation in the north."),
    # round 30 (dev 049 "Pashinyan says no Armenian will be left in Nagorno-Karabakh in coming days", a warning in the
    # gold; new Naharnet article "said all Armenians will have fled the ... region in the coming days"): a future of a
    # people leaving or suffering foresees an exodus, a warning even of the speaker's own people; forces leaving, people
    # allowed to return, "no civilians would die" undertake
    ("warning", "Somalia's prime minister said thousands of residents would flee Baidoa in the coming weeks."),
    ("warning", "Ethiopian Prime Minister Abiy Ahmed said all Eritreans will have left Humera by the end of the month."),
    ("warning", "Abiy Ahmed says no Ethiopian will be left in Humera in coming days"),
    ("commitment", "Somalia's prime minister said Somali troops would leave Baidoa in the coming weeks."),
    ("commitment", "Somalia's prime minister said no civilians would die in the operation."),
    ("commitment", "Somalia's prime minister said the residents would be allowed to return to Baidoa."),
    # round 30 (new Naharnet quotation "This is an act of ethnic cleansing of which we were warning the international
    # community for a long time", as dev 049's "precisely what we've been warning the international community about"): a
    # speech verb in a past or perfect relative clause names earlier speech, not the quotation's act; a present one performs
    ("evaluation", "“This is an act of genocide of which we have been warning our partners for months,” Sudan's foreign minister said."),
    ("warning", "“This is a campaign of terror, and we warn our partners that it will spread,” Sudan's foreign minister said."),
    ("warning", "“This is an act of genocide of which we warn our partners today,” Sudan's foreign minister said."),
    # round 30 (dev 053 readout "“He called on President Aliyev to provide assurances ...,” the statement read", an
    # appeal in the gold; new Al Arabiya readout "“The head of state said the antiterror measures will stop once the
    # weapons are laid down ...,” Azerbaijan's presidency said"): a readout tells its principal's speech in the third
    # person: the inner cue's kind, its clause read as reported; someone else's words told in a quotation are not
    ("appeal", "“The president urged the rebels to lay down their arms and return to their villages,” Mali's presidency said in a statement."),
    ("commitment", "“The president said the army will reopen the road to Gao on Monday,” Mali's presidency said in a statement."),
    ("assertion", "“He called on us to surrender our weapons,” Malian commander Amadou Keita said of the rebel leader."),
    ("assertion", "“The rebel leader called on us to surrender our weapons,” Mali's defence ministry said."),
    # round 30 (dev 050 "The woman said that Vardanyan was arrested and “captured” by the Azerbaijani authorities",
    # dev 056 "... wrote that he ... was seized by Azerbaijani authorities at the border", both accusations in the gold):
    # seizing a person not under arms is a hostile act; capturing ground, things or soldiers is battlefield news
    ("accusation", "Juma's wife said the journalist Ali Juma was seized by Ugandan border guards at the crossing."),
    ("accusation", "Kenya's foreign ministry said Ugandan police had arrested two Kenyan fishermen on Lake Victoria."),
    ("assertion", "Kenya's foreign ministry said Ugandan troops had captured two hills near the border."),
    ("assertion", "Kenya's foreign ministry said Ugandan police had seized two boats on Lake Victoria."),
    ("assertion", "Kenya's foreign ministry said Ugandan troops had captured two Kenyan soldiers near the border."),
    ("assertion", "Kenya's foreign ministry said Kenyan police had arrested two fishermen on Lake Victoria."),
    # round 36: for rebels, forces no one of their side owns are the other side's ("government forces", "the army");
    # their own ("their forces", "rebel troops") and an official's ("Chadian officials said government forces ...") are not
    ("accusation", "Rebels claimed government and militia forces attacked their positions on Saturday around the towns of Disa and Tawila."),
    ("accusation", "Rebels of the Kessel Liberation Front said soldiers burned five houses in Tawila on Saturday."),
    ("assertion", "Rebels claimed their forces attacked army positions on Saturday around the towns of Disa and Tawila."),
    ("assertion", "Rebels said rebel troops attacked army positions on Saturday."),
    ("assertion", "Chadian officials said government forces attacked rebel positions on Saturday."),
    # an irregular plural of an armed noun is one too ("gunmen": gunman); not a plain "men"
    ("accusation", "The gunmen said government forces had attacked their camp near Lorn."),
    ("assertion", "The men said government forces had attacked the camp near Lorn."),
    # "ramped up" carries out an act as "stepped up" does
    ("accusation", "Yanna Lee, special rapporteur for human rights in Chad, said the Chadian army has ramped up attacks against civilians."),
    # an act, measure or conduct said to break a rule or an agreement, its doer unsaid, lays a wrong on it; negated,
    # envisaged, or a verb that breaks nothing, it does not
    ("accusation", "The Sudanese Ministry of Foreign Affairs emphasized that these actions contravene the Geneva Conventions."),
    ("accusation", "Kenyan President Samuel Ruto said the border's closure violates the 2021 trade agreement."),
    ("denial", "The Kenyan foreign ministry said its measures did not violate the agreement."),
    ("assertion", "The Kenyan foreign ministry said our measures respect the agreement."),
    # people made "human shields" by a verb's subject (also through "resorted to ...ing") are a hostile act of it; another
    # "as" role is none (dev 010, dev 019, new o05)
    ("accusation", "Chadian government spokeswoman Amina Dapo said the KLF has resorted to mobilizing civilians as human shield."),
    ("accusation", "Chadian government spokeswoman Amina Dapo said the rebels used civilians as human shields."),
    ("assertion", "Chadian government spokeswoman Amina Dapo said the rebels used the school as a shelter."),
    # round 37 (kinds37 articles): the doer of a hostile act named by a cleft's focus ("it is X that ...") or by the
    # antecedent of a relative pronoun choosing a course ("X, which is implementing a policy of ...") is charged; a
    # neutral act there charges no one
    ("accusation", '"It is al-Shabaab that has attacked the convoy," Somali army spokesman Ali Hassan said.'),
    ("assertion", '"It is al-Shabaab that has opened the road," Somali army spokesman Ali Hassan said.'),
    ("accusation", '"The responsibility lies with the Myanmar junta, which is implementing a policy of ethnic cleansing against the '
     'Rohingya," the Bangladeshi foreign minister said.'),
    ("assertion", '"The responsibility lies with the Myanmar junta, which is implementing a policy of national reconciliation," '
     'the Bangladeshi foreign minister said.'),
    # weapons laid down are given up, not used; mines laid are a hostile act
    ("assertion", "Fighters of the Kessel Liberation Army began laying down their weapons under the truce, Chadian officials announced."),
    ("accusation", "Fighters of the Kessel Liberation Army laid mines along the road to Abeche, Chadian officials said."),
    # "insisted" announces the speaker's side's own future as "said" does; with a subjunctive it still demands
    ("commitment", "The Malian prime minister insisted Mali will not send troops into the dispute."),
    ("appeal", "The Malian prime minister insisted that Niger withdraw its troops from the border."),
    # a parenthetical cue ("X, he stressed, would ...") reports the clause it interrupts, as a complement clause is
    ("commitment", "The Ethiopian army, army spokesman Getnet Adane stressed, would adhere to the truce signed in Pretoria."),
    ("assertion", "The truce, army spokesman Getnet Adane stressed, had been signed in Pretoria on Wednesday."),
    ("evaluation", "The drone strike on the market in Mekelle, the Tigrayan spokesman Getachew Reda said, was illegal and barbaric."),
    ("assertion", "The drone strike on the market in Mekelle, the Tigrayan spokesman Getachew Reda said, was launched at noon."),
]

#: Probes kg fails today, with the cause.
KIND_PROBES_OPEN: dict[str, str] = {
    "Erdogan said Turkey was ready to host the next round of talks.":
        "a named person's state is known only from a title in the text (\"Turkish President Erdogan\")",
    "Pashinyan said Armenia was prepared to sign a peace treaty by the end of the year.":
        "a named person's state is known only from a title in the text (\"Armenian Prime Minister Pashinyan\")",
}


def _kind_probe_params() -> list[object]:
    return [
        pytest.param(kind, text, marks=pytest.mark.xfail(strict=True, reason=KIND_PROBES_OPEN[text])) if text in KIND_PROBES_OPEN else (kind, text)
        for kind, text in KIND_PROBES
    ]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(("kind", "text"), _kind_probe_params())
def test_claim_kind_probe(nlp, kind, text):
    found, _ = extract_claims(nlp(text), load_gazetteer())
    assert found and found[0].kind == kind, [claim.kind for claim in found]


# The kind of the last claim found (round 37): a label participle after a denying or answering verb ("denied the
# allegations, calling them baseless") calls the report its head verb took untrue through a pronoun: a denial; one
# after a verb that took no report ("welcomed the proposals, calling them constructive") still evaluates.
LAST_KIND_PROBES: list[tuple[str, str]] = [
    ("denial", "M23 spokesman Lawrence Kanyuka sharply denied the allegations of involvement in the killings, calling them baseless."),
    ("denial", 'Sudanese army spokesman Ahmed al-Shami dismissed the claims, describing them as "mere fabrications".'),
    ("evaluation", "Houthi spokesman Mohammed Abdulsalam welcomed the Omani proposals, calling them constructive."),
]


@pytest.mark.parametrize(("kind", "text"), LAST_KIND_PROBES)
def test_claim_kind_of_last_claim(nlp, kind, text):
    found, _ = extract_claims(nlp(text), load_gazetteer())
    assert found and found[-1].kind == kind, [claim.kind for claim in found]


def test_kind_probes_cover_every_kind():
    counts = Counter(kind for kind, _ in KIND_PROBES)
    assert len(KIND_PROBES) >= 40 and min(counts.values()) >= 5 and len(counts) == 7, counts


# Round 27 (issue 12): who is a party, from the text alone. States no reference list knows: their demonyms
# ("Korvathi drones") name the state the document names with that stem, and their bodies ("Brennia's foreign
# ministry") act for the state the linker made their owner: a hostile act laid on the other one accuses, the
# speaker's own side negated denies.
SIDE_PROBES: list[tuple[str, str, str]] = [
    ("accusation", "Tessaria's defence ministry said Korvathi drones had struck a fuel depot near Mirel. Korvath's foreign ministry rejected the accusation.",
     "name:ministry of defence of tessaria"),
    ("assertion", "Tessaria's defence ministry said Tessarian drones had struck a fuel depot near Mirel. Korvath's foreign ministry condemned the strike.",
     "name:ministry of defence of tessaria"),  # its own drones: nobody is blamed
    ("denial", "Karsovia's defence ministry accused Brennia of shelling Mirel. Brennia's foreign ministry said Brennian troops did not fire across the river.",
     "name:ministry of foreign affairs of brennia"),
    ("assertion", "Karsovia's defence ministry accused Brennia of shelling Mirel. Brennia's foreign ministry said Karsovian troops did not fire across the river.",
     "name:ministry of foreign affairs of brennia"),  # the other side's troops negated: no denial


    # a first-person future hostile act in a quotation is a threat, as "said his fighters would strike ..."
    ("warning", '"We will strike their bases wherever they are," rebel commander Joran Maas said.', "name:joran maas"),
    ("commitment", '"We will defend our villages wherever they are," rebel commander Joran Maas said.', "name:joran maas"),
    ("commitment", '"We will not attack civilians, whatever happens," rebel commander Joran Maas said.', "name:joran maas"),
    # a government a pronoun owns is the speaker's side: its stance is the speaker's
    ("commitment", "Kenya's foreign minister said her government remained committed to the truce.", "Q114"),
    ("assertion", "Kenya's foreign minister said the rebels remained committed to the truce.", "Q114"),
    # the speaker's side negated in a quotation: a launching verb with a weapon, a passive subject "no" denies
    ("denial", '"Our units did not launch a drone on Sunday," Russian defence ministry spokesman Igor Konashenkov said.', "name:igor konashenkov"),
    ("assertion", '"Our units did not launch an appeal on Sunday," Russian defence ministry spokesman Igor Konashenkov said.', "name:igor konashenkov"),
    ("denial", '"No shots were fired by our personnel," the Chinese embassy said.', "Q148"),
    ("assertion", '"No shots were fired by Filipino personnel," the Chinese embassy said.', "Q148"),  # another's act negated: no charge
    ("assertion", '"No aid was delivered to the town," the Chinese embassy said.', "Q148"),
    # the speaker's own forces said not to be somewhere, as "there are no Rwandan troops in Congo"
    ("denial", '"Russian soldiers are not in Donetsk," the Russian defence ministry said.', "name:ministry of defence of russia"),
    ("denial", '"No Russian soldier was near that road," the Russian defence ministry said.', "name:ministry of defence of russia"),
    ("assertion", '"Ukrainian soldiers are not in Donetsk," the Russian defence ministry said.', "name:ministry of defence of russia"),
    ("assertion", '"The Russian soldiers are not in danger," the Russian defence ministry said.', "name:ministry of defence of russia"),
    # the object of a negated act is no act laid on anyone; a "by" phrase under a negated non-hostile verb still is
    ("assertion", "Ukraine's foreign ministry said Russian troops did not fire a single shell across the river.",
     "name:ministry of foreign affairs of ukraine"),
    ("accusation", "Ukraine's foreign ministry said Russian troops fired a shell across the river.", "name:ministry of foreign affairs of ukraine"),
    ("accusation", "Ukraine's foreign ministry said Moscow did not stop the shelling of Kherson by Russian troops.",
     "name:ministry of foreign affairs of ukraine"),
    # (round 36) a party to the fighting saying no hostile act or armed operation took place denies; a count of no
    # casualties, or a side-less voice ("UN spokesman X"), denies nothing
    ("denial", "Chadian military spokesman Brigadier Osman Bashir said there were no military operations in that area recently.",
     "name:osman bashir"),
    ("denial", "Chadian army spokesman Osman Bashir said there had been no attacks on civilians in the town.", "name:osman bashir"),
    ("assertion", "Chadian army spokesman Osman Bashir said there were no casualties among the soldiers.", "name:osman bashir"),
    ("assertion", "UN spokesman Paul Moreau said there were no attacks on the camp overnight.", "name:paul moreau"),
    # "the group" is the armed group named before: responsible for a hostile act (also a gerund) it is blamed, by
    # another side only; responsible for no harm it is not
    ("accusation", "The Kessel Liberation Army fought government troops in April. Chadian government spokesman Omar Dakhil said "
     "the group was responsible for attacking a World Health Organization vehicle.", "name:omar dakhil"),
    ("assertion", "The Kessel Liberation Army fought government troops in April. Chadian government spokesman Omar Dakhil said "
     "the group was responsible for the welfare of the villagers.", "name:omar dakhil"),
    ("assertion", "The Kessel Liberation Army fought government troops in April. Its spokeswoman Amina Dapo said the group was "
     "responsible for the welfare of the villagers.", "name:amina dapo"),
    # ... nor by its own voice, whose title names it ("Its spokeswoman", "a spokeswoman for the group", "the group's spokesman")
    ("assertion", "The Kessel Liberation Army fought government troops in April. Its spokeswoman Amina Dapo said the group "
     "attacked army positions on Monday.", "name:amina dapo"),
    ("assertion", "The Kessel Liberation Army fought government troops in April. Amina Dapo, a spokeswoman for the group, said "
     "the group attacked army positions on Monday.", "name:amina dapo"),
    ("assertion", "Al-Shabaab fighters stormed a base in April. The group's spokesman Ali Dhere said the group killed 50 soldiers.",
     "name:ali dhere"),
    ("accusation", "The Kessel Liberation Army fought government troops in April. Chadian army spokesman Omar Dakhil said the "
     "group attacked army positions on Monday.", "name:omar dakhil"),
    # harassing or destabilising is a hostile act; negated it lays nothing on anyone
    ("accusation", "Chadian government spokesman Omar Dakhil said the rebels were harassing communities in Salamat.", "name:omar dakhil"),
    ("assertion", "Chadian government spokesman Omar Dakhil said the rebels were not harassing communities in Salamat.", "name:omar dakhil"),
]


@pytest.mark.parametrize(("kind", "text", "speaker"), SIDE_PROBES)
def test_claim_sides(nlp, kind, text, speaker):
    found, _ = extract_claims(nlp(text), load_gazetteer())
    kinds = [claim.kind for claim in found if speaker in claim.speakers]
    assert kinds == [kind], [(claim.speakers, claim.kind) for claim in found]
