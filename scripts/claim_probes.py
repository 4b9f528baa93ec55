"""Claims probes of the claims6 round: made-up sentences per phenomenon (issue 12 and new ones from other conflicts
and genres), each with the speakers a claim must have ("!x": a speaker it must not have; an empty list: no claim).
Run ``python scripts/claim_probes.py [-v]``: prints the failures and the pass count per phenomenon."""

from __future__ import annotations

import sys

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline

PROBES = [
 # --- quoted X as saying
 ("quoted-as-saying", "It quoted security sources as saying that two tanks of the rebels were destroyed.", ["security sources"]),
 ("quoted-as-saying", "State television quoted a police spokesman as saying that 14 people had been arrested in Tbilisi.", ["spokesman", "television"]),
 ("quoted-as-saying", "The Interfax news agency quoted Russia's defence ministry as saying its air defences had downed eight drones.", ["ministry", "interfax"]),
 ("quoted-as-saying", "Reuters quoted a senior Sudanese army officer as saying the bridge had been retaken.", ["officer", "reuters"]),
 ("quoted-as-saying-neg", "The band quoted lines from an old song as its final number.", []),
 # --- according to a statement from
 ("according-statement", "According to a statement from the Nigerian army, 30 insurgents were killed near Maiduguri.", ["nigerian army"]),
 ("according-statement", "Three soldiers died in the blast, according to a statement issued by the Malian army.", ["mali"]),
 ("according-statement", "According to a statement by Human Rights Watch, the detainees were beaten in custody.", ["human rights watch"]),
 ("according-statement", "The talks ended without a deal, according to a statement released by the Kenyan presidency.", ["q114"]),
 ("according-statement-neg", "According to the schedule, the ferry leaves at noon.", []),
 # --- described groups / anonymous
 ("described-source", "Villagers told reporters that the soldiers had burned the granary.", ["villagers"]),
 ("described-source", "A source in Niger's defence ministry said the convoy had been attacked near Tillaberi.", ["source"]),
 ("described-source", "Officials said the bridge to Kherson had been destroyed.", ["officials"]),
 ("described-source", "Police said the gunmen fled towards the forest.", ["police"]),
 ("described-source", "Hospital staff in Khan Younis said the generators had run out of fuel.", ["staff"]),
 ("described-source", "Aid workers in Tigray said food was running out in the camps.", ["workers"]),
 ("described-source", "Two diplomats familiar with the talks said a deal was close.", ["diplomats"]),
 ("described-source", "Local media reported that the mayor had fled the city.", ["media"]),
 ("described-source", "Security sources said the attackers came from across the border.", ["sources"]),
 ("described-source", "Witnesses told AFP that the troops opened fire on the crowd.", ["witnesses"]),
 ("described-source", "A spokesman for the regional government said the curfew would be lifted on Monday.", ["spokesman"]),
 ("described-source", "An official who asked not to be named said the talks had collapsed.", ["official"]),
 ("described-source-neg", "Residents fled the town as the fighting spread.", []),
 ("described-source-neg", "No group has claimed responsibility for the attack.", []),
 # --- speaker owner in PP / coordinated speakers
 ("pp-owner", "The authorities of the rebel-held province and the federal defence ministry announced a 48-hour truce.", ["authorities", "ministry"]),
 ("pp-owner", "The government of Sudan said the paramilitaries had shelled the market.", ["sudan"]),
 ("pp-owner", "The foreign ministers of Kenya and Uganda said the border would reopen.", ["kenya", "uganda"]),
 ("coordinated", "Russia, the United Nations and Pope Francis called for an end to the fighting.", ["q159", "united nations", "francis"]),
 ("coordinated", "Kenya, Uganda and Tanzania accused the rebels of blocking aid.", ["kenya", "uganda", "tanzania"]),
 ("coordinated", "France and Germany urged both sides to return to the negotiating table.", ["france", "germany"]),
 ("coordinated", "The United States and the European Union condemned the coup in Niger.", ["united states", "european union"]),
 # --- NP objects
 ("np-object", "The junta claimed full control of the river port on Friday.", ["junta"]),
 ("np-object", "The rebels claimed responsibility for the attack on the airport.", ["rebels"]),
 ("np-object", "Kyiv confirmed the loss of two fighter jets.", ["ukraine"]),
 ("np-object", "The ministry announced a nationwide curfew.", ["ministry"]),
 ("np-object", "Ethiopia denied the allegations of ethnic cleansing in Tigray.", ["ethiopia"]),
 ("np-object-neg", "The flood claimed the lives of twelve villagers.", []),
 ("np-object-neg", "The soldiers confirmed their tickets for the flight.", []),
 # --- nouns / adjectives
 ("noun-adj", "Bamako's pledge of safe passage drew scepticism.", ["q912"]),
 ("noun-adj", "Kyiv's demand for more air defence systems was discussed in Brussels.", ["q212"]),
 ("noun-adj", "The UN's appeal for funding has gone unanswered.", ["united nations"]),
 ("noun-adj", "Local officials are confident they can shelter everyone.", ["officials"]),
 ("noun-adj", "Colombia's government is optimistic that the talks will succeed.", ["colombia"]),
 ("noun-adj", "The rebels are ready to release the hostages.", ["rebels"]),
 ("noun-adj-neg", "The call lasted thirty minutes.", []),
 ("noun-adj-neg", "The bridge is ready for traffic.", []),
 # --- reporting verbs
 ("verbs", "Khartoum charged that the paramilitaries had looted the central bank.", ["sudan"]),
 ("verbs", "Myanmar's junta agreed to a temporary ceasefire in Shan state.", ["junta"]),
 ("verbs", "The army apologised for the deaths of three farmers.", ["army"]),
 ("verbs", "Amnesty International documented dozens of unlawful killings in Cabo Delgado.", ["amnesty"]),
 ("verbs", "Egypt supported the proposal for a humanitarian pause.", ["egypt"]),
 ("verbs", "The ministry revealed that 200 soldiers had deserted.", ["ministry"]),
 ("verbs", "The governor admitted that the police had fired live rounds.", ["governor"]),
 ("verbs", "Moscow insisted that its troops were only defending the enclave.", ["russia"]),
 ("verbs", "Israel ordered residents of northern Gaza to move south.", []),  # an order is an act, not speech? (open)
 ("verbs", "Colombia's president acknowledged that the peace process had stalled.", ["colombia"]),
 ("verbs", "The opposition called the election a sham.", ["opposition"]),
 ("verbs", "The rebels vowed to retake the town.", ["rebels"]),
 ("verbs", "The president announced that troops would withdraw from the capital.", ["president"]),
 ("verbs", "Armenia's prime minister told parliament that the army would not intervene.", ["armenia"]),
 ("verbs", "Seoul informed Washington that the drills would go ahead.", ["korea"]),
 ("verbs-neg", "Police charged three men with arson in Mombasa.", []),
 ("verbs-neg", "The army backed the tanks into the compound.", []),
 # --- quotes continuing across paragraphs, speaker after the quote
 ("quote-continue", "Ruto said the mission would stay.\n\n\u201cWe will not abandon Haiti. Our officers are ready.\u201d", ["ruto", "ruto"]),
 ("quote-continue", "\u201cThe strikes hit the port and the power station,\u201d said Oleh Kiper, the governor of Odesa.", ["kiper"]),
 ("quote-continue", "\u201cWe have no more food,\u201d said Amina, a mother of four in the camp.", ["amina"]),
 ("quote-continue", "\u201cNobody will be left behind,\u201d the UN envoy told reporters in Geneva.", ["envoy"]),
 # --- diplomatic / government coverage shapes
 ("diplomatic", "During the phone call, Erdogan stressed that Turkey supports a peaceful settlement.", ["erdo"]),
 ("diplomatic", "In a phone call with Vladimir Putin, Emmanuel Macron urged Russia to release the journalists.", ["macron"]),
 ("diplomatic", "Kenya's foreign ministry said in a statement that the envoy had been summoned.", ["ministry"]),
 ("diplomatic", "The French foreign ministry said in a statement that it was deeply concerned by the fighting.", ["ministry"]),
 ("diplomatic", "In a statement, the Ethiopian government accused the TPLF of attacking an army base.", ["ethiop"]),
 ("diplomatic", "The Armenian Foreign Ministry condemned the attack, calling it a gross violation of the ceasefire.", ["ministry", "ministry"]),
 ("diplomatic", "Kazakhstan's president Kassym-Jomart Tokayev held talks with Xi Jinping, the presidential press service said.", ["press service"]),
 ("diplomatic", "The two leaders agreed to continue consultations, the Kremlin said.", ["kremlin"]),
 ("diplomatic", "Blinken spoke with Aliyev and Pashinyan on Tuesday and called for an immediate end to hostilities.", ["blinken"]),
 ("diplomatic", "The State Department said Blinken had urged restraint.", ["department of state"]),
 ("diplomatic", "Moscow expects the sides to honour the agreement, Peskov told reporters.", ["peskov"]),
 ("diplomatic", "The EU's foreign policy chief Josep Borrell condemned the military escalation.", ["borrell"]),
 ("diplomatic-neg", "The ministry building was damaged in the attack.", []),
 ("diplomatic-neg", "The president flew to Brussels on Tuesday for the summit.", []),
 # --- reported by / reported AFP / headline shapes
 ("inverted", "Eight soldiers were killed in the ambush, reported AFP.", ["france-presse"]),
 ("inverted", "The dam was hit twice overnight, as reported by the regional governor.", ["governor"]),
 ("inverted", "Speaking after the meeting, Cyril Ramaphosa said the mission would continue.", ["ramaphosa"]),
 ("inverted", "She said later that the convoy had been turned back.", []),  # no antecedent: nothing
 ("headline", "Rebels seize airport in Goma, says Congolese army\n\nThe army said fighting continued.", ["q974"]),
]
PROBES += [
 # --- a relative clause cue inside another claim's content
 ("relcl-cue", "The group claimed responsibility for an ambush that it said killed 10 soldiers.", ["group", "group"]),
 ("relcl-cue", "Hamas claimed a rocket attack on Ashkelon which it said hit a military base.", ["hamas", "hamas"]),
 ("relcl-cue", "The army announced an offensive against the rebels, who it said had killed 12 villagers.", ["army", "army"]),
 ("relcl-cue", "Kyiv reported a drone strike on Odesa that it said damaged the grain terminal.", ["ukraine", "ukraine"]),
 ("relcl-cue-neg", "The ministry said the bridge that the army built in May had collapsed.", ["ministry"]),
 ("relcl-cue-neg", "The rebels said they had seized the town that they had lost in May.", ["rebels"]),
 # --- reduced passive participle cue
 ("participle", "The Presidential Administration pledged to supply the humanitarian aid requested by Nagorno-Karabakh.", ["presidential", "karabakh"]),
 ("participle-neg", "Both sides respected the ceasefire announced by the junta on Sunday.", []),
 ("participle", "The talks followed a truce demanded by the African Union.", ["african union"]),
 ("participle-neg", "The casualty figures reported by the Gaza health ministry could not be verified.", []),
 ("participle", "Aid agencies rejected the plan backed by the United States.", ["aid agencies", "united states"]),
 ("participle-neg", "The villages controlled by the rebels were shelled on Monday.", []),
 ("participle-neg", "The road blocked by protesters reopened on Friday.", []),
 ("participle-neg", "The hospital was damaged by shelling.", []),
 # --- more speech verbs
 ("speech-verbs", "Students chanted: \u201cWe will not let our brothers' blood go in vain.\u201d", ["students"]),
 ("speech-verbs", "Protesters shouted that the police had killed their friends.", ["protesters"]),
 ("speech-verbs", "Zelensky tweeted that Russian missiles had struck Lviv overnight.", ["zelensk"]),
 ("speech-verbs", "A report by Human Rights Watch details the abuses committed by the militia in Darfur.", ["human rights watch"]),
 ("speech-verbs", "Seoul informed Washington that the drills would go ahead.", ["korea"]),
 ("speech-verbs", "The minister assured residents that the water supply would be restored.", ["minister"]),
 ("speech-verbs", "Hamas accepted the Egyptian proposal for a ceasefire.", ["hamas"]),
 ("speech-verbs", "The rebels accepted the offer of talks in Nairobi.", ["rebels"]),
 ("speech-verbs", "The UN envoy cautioned that the truce was fragile.", ["united nations"]),
 ("speech-verbs", "Kyiv conceded that its troops had withdrawn from Bakhmut.", ["ukraine"]),
 ("speech-verbs", "The governor recalled that the town had been shelled twice in May.", ["governor"]),
 ("speech-verbs", "The army replied that it had only targeted militants.", ["army"]),
 ("speech-verbs-neg", "The crowd shouted and sang in the square.", []),
 ("speech-verbs-neg", "The hospital accepted 40 wounded patients.", []),
 ("speech-verbs-neg", "The minister detailed officers to guard the border.", []),
 ("speech-verbs-neg", "Police informed the families on Tuesday.", []),
]
PROBES += [
 ("long-subject", "A resident of Central Gondar Zone, who requested anonymity due to safety concerns, shared with Addis Standard that clashes had escalated since Friday.", ["resident"]),
 ("long-subject", "A farmer from the village, who asked not to be named for fear of reprisals, told Reuters that soldiers had burned his house.", ["farmer"]),
 ("long-subject", "A senior official in the interior ministry, who spoke on condition of anonymity, confirmed that the convoy had been attacked.", ["official"]),
 ("long-subject", "A doctor at the main hospital in Goma, who declined to give his name, stated that 40 wounded people had arrived.", ["doctor"]),
 ("long-subject", "The spokesman for the regional police, who was speaking by telephone, claimed that the gunmen had fled.", ["spokesman"]),
 ("long-subject-neg", "A resident of the town, who fled on Monday, returned to find her house destroyed.", []),
 ("trailing-described", "The convoy reached the town at dawn, the presidential press service said.", ["press service"]),
 ("trailing-described", "Six people were killed in the strike, the regional health department said.", ["department"]),
 ("trailing-described", "The border will reopen on Monday, the opposition said.", ["opposition"]),
 ("trailing-described", "Aid workers in Tigray said food was running out in the camps.", ["workers"]),
 ("trailing-described", "Humanitarian workers in Darfur said the camps had been shelled.", ["workers"]),
 ("quote-continue", "President William Ruto said the mission would stay.\n\n\u201cWe will not abandon Haiti. Our officers are ready to serve.\u201d", ["q195725", "q195725"]),
 ("quote-continue", "The governor of Kherson said the city had been shelled overnight.\n\n\u201cThree districts have no power. Crews are working around the clock.\u201d", ["governor", "governor"]),
]
PROBES += [
 ("readout", "During the conversation, Putin informed Erdogan about the situation in Karabakh.", ["putin"]),
 ("readout", "The two presidents exchanged views on the situation in the Red Sea, the Kremlin said.", ["kremlin"]),
 ("readout", "According to the Kremlin readout, Putin and Tokayev discussed gas supplies.", ["kremlin"]),
 ("readout", "The head of state noted that Kenya remained committed to the mission.", ["head of state", "!kenya"]),
 ("readout", "Baku, for its part, insisted that the operation would continue.", ["q227"]),
 ("readout", "The Azerbaijani Defence Ministry, in turn, stated that its units had not fired.", ["ministry"]),
 ("readout", "In a televised address, Zelensky accused Moscow of nuclear blackmail.", ["zelensk"]),
 ("readout", "Gustavo Petro wrote on X that the guerrillas had broken the truce.", ["petro"]),
 ("readout", "President William Ruto told the state broadcaster KBC that the troops would stay in Haiti.", ["ruto"]),
 ("readout", "The Armenian side stressed that the talks must continue.", ["q399"]),
 ("readout", "The Sudanese army said it had retaken the bridge, adding that the RSF had fled.", ["sudan", "sudan"]),
 ("readout", "Pashinyan expressed his condolences to the families of the victims.", ["pashinyan"]),
 ("quote-shape", "\u201cWe will respond to every provocation,\u201d the ministry said in a statement.", ["ministry"]),
 ("quote-shape", "\u201cThe situation is catastrophic\u201d \u2013 said the head of the Red Cross delegation.", ["head"]),
 ("quote-shape", "The ministry said: \u201cOur forces control the heights.\u201d", ["ministry"]),
 ("quote-shape", "\u201cNo one will be forced to leave,\u201d Aliyev said, adding that the rights of Armenians would be guaranteed.", ["aliyev", "aliyev"]),
 ("quote-shape", "\u201cThis is a war crime,\u201d wrote Josep Borrell on X.", ["borrell"]),
 ("quote-shape", "Borrell: \u201cThis is a war crime.\u201d\n\nThe EU's top diplomat spoke in Brussels.", ["borrell"]),
 ("anon", "A senior US official told reporters on condition of anonymity that the talks had stalled.", ["official"]),
 ("anon", "Two sources familiar with the matter said the deal was close.", ["sources"]),
 ("anon", "Diplomats said the resolution would be put to a vote on Friday.", ["diplomats"]),
 ("anon", "Analysts said the offensive had stalled.", ["analysts"]),
 ("anon", "Eyewitnesses told the BBC that soldiers had fired on the crowd.", ["eyewitnesses"]),
 ("anon", "Human rights groups said hundreds had been detained.", ["groups"]),
]
PROBES += [
 ("partitive", "One of the survivors told AFP that the gunmen had shot at the bus.", ["survivors"]),
 ("partitive", "Many of the residents said they had not eaten for days.", ["residents"]),
 ("partitive", "Two of the hostages said they had been beaten by their guards.", ["hostages"]),
 ("partitive", "Some of the protesters shouted that the police had killed their friends.", ["protesters"]),
 ("partitive-neg", "None of the officials said anything.", []),
 ("partitive-neg", "One of the bombs hit the school in Kharkiv.", []),
]
PROBES += [
 ("wire", "Aliyev was quoted by the state news agency as saying that the operation was over.", ["aliyev"]),
 ("wire", "The commander was cited by Reuters as saying his troops had retreated.", ["commander"]),
 ("wire", "A Hamas official was quoted as saying the group would study the proposal.", ["official"]),
 ("wire", "Zelensky's office said the talks would resume in Istanbul.", ["zelensky"]),
 ("wire", "The statement read: \u201cThe government will not negotiate with terrorists.\u201d", []),
 ("wire", "The Nigerian army said in a statement on Sunday that 30 insurgents had been killed.", ["nigerian army"]),
 ("wire", "Interfax reported, citing unnamed sources, that the talks had been postponed.", ["interfax"]),
 ("wire", "Israeli media, citing security officials, reported that the strike targeted a weapons depot.", ["media"]),
 ("wire", "Emmanuel Macron made clear that France would not send troops.", ["macron"]),
 ("wire", "Emmanuel Macron made it clear that France would not send troops.", ["macron"]),
 ("wire", "Antonio Guterres voiced concern over the escalation in Sudan.", ["guterres"]),
 ("wire", "Antonio Guterres raised concerns about the humanitarian situation in Gaza.", ["guterres"]),
 ("wire", "Olaf Scholz went on to say that Germany would keep supporting Ukraine.", ["scholz"]),
 ("wire", "The Ethiopian government expressed confidence that the talks would succeed.", ["ethiop"]),
 ("wire", "Speaking to reporters in Nairobi, William Ruto said the mission would stay.", ["q195725"]),
 ("wire", "In an interview with CNN, Benjamin Netanyahu said the war would continue.", ["netanyahu"]),
 ("wire", "Addressing the Security Council, Linda Thomas-Greenfield accused Moscow of lying.", ["thomas-greenfield"]),
 ("wire", "The Sudanese army, in a statement, blamed the RSF for the shelling of the market.", ["sudanese army"]),
 ("wire-neg", "Aliyev was quoted in the newspaper's headline.", []),
 ("wire-neg", "The office was closed on Sunday.", []),
]
PROBES += [
 ("verbs2", "The Special Envoy reminded all parties of their obligations under international humanitarian law.", ["envoy"]),
 ("verbs2", "UN investigators found that government forces had tortured detainees in Tigray.", ["investigators"]),  # fails: "find" dropped
 ("verbs2-neg", "A resident of the town, who fled on Monday, returned to find her house destroyed.", []),
 ("verbs2", "The Security Council reaffirmed its support for the sovereignty of Somalia.", ["security council"]),
 ("verbs2", "The rebels signalled that they were ready to negotiate.", ["rebels"]),
 ("verbs2", "The minister hinted that the curfew could be lifted next week.", ["minister"]),
 ("verbs2", "The governor highlighted that the dam had been hit three times.", ["governor"]),
 ("verbs2", "The army countered that the villagers had sheltered the gunmen.", ["army"]),
 ("verbs2", "Amnesty International lauded the release of the journalists.", ["amnesty"]),
 ("verbs2", "Farmers complained that the militia had stolen their cattle.", ["farmers"]),
 ("verbs2", "Analysts speculated that the offensive would begin before winter.", ["analysts"]),
 ("verbs2-neg", "Residents feared that the militia would return.", []),  # an attitude, not speech (dev: a false positive)
 ("verbs2", "The Red Cross appealed to both sides to spare civilians.", ["red cross"]),
 ("verbs2-neg", "The police found the bodies in a ditch.", []),
 ("verbs2-neg", "The army signalled its tanks forward.", []),
 ("verbs2-neg", "The statue reminded visitors of the war.", []),
]
PROBES += [
 ("they-described", "Hundreds of residents fled Goma on Monday. They said the rebels had shelled the market.", ["residents"]),
 ("they-described", "Kenyan police fired tear gas in Nairobi. Protesters gathered outside parliament. They said the finance bill would ruin them.", ["protesters", "!kenyan police"]),
 ("they-described", "Aid workers reached the camp on Friday. They told reporters that children were starving.", ["workers"]),
 ("they-described", "Hospital staff worked through the night in Khan Younis.\n\nThey said the generators had run out of fuel.", ["staff"]),
 ("they-described-neg", "Russian troops shelled the town. They said the town was a military target.", ["russian", "!troops"]),
 ("they-described-neg", "Protesters gathered outside parliament. Kenyan police said they had arrested 40 people.", ["police", "!protesters"]),
]
PROBES += [
 ("he-described", "President William Ruto visited the camp. A doctor at the clinic treated the wounded. He said 12 people had died.", ["doctor", "!q195725"]),
 ("he-described", "A resident of Gondar, who requested anonymity, spoke to Addis Standard. He stated that the clashes had escalated.", ["resident"]),
 ("he-described", "Vladimir Putin spoke in Moscow. A local farmer lost his cattle in the raid. She said the militia had come at night.", ["farmer", "!q7747"]),
 ("he-described-neg", "Interior Minister Kithure Kindiki flew to Lamu. President William Ruto stayed in Nairobi. The minister visited the camp. He said aid would arrive.", ["kindiki"]),
 ("he-described-neg", "A doctor treated the wounded. President William Ruto said 12 people had died.", ["q195725", "!doctor"]),
]

PROBES += [
 # --- claims7: blame with no reporting cue (speaker = subject)
 ("blame", "The Malian junta held the jihadists responsible for the massacre in Moura.", ["junta"]),
 ("blame", "Kyiv blamed Moscow for the strike on the Kramatorsk railway station.", ["ukraine"]),
 ("blame", "Local residents blamed the army for the fire that destroyed the market.", ["residents"]),
 ("blame-neg", "The court held the hearing in Nairobi on Monday.", []),
 ("blame-neg", "The rain was blamed on a cold front.", []),
 # --- statement of X (speaker X, not the statement)
 ("statement-of", "A statement from the Sudanese army read: \u201cOur forces have retaken the bridge.\u201d", ["sudanese army"]),
 ("statement-of", "The Kenyan presidency's statement said the troops would stay in Haiti.", ["presidency", "!statement"]),
 ("statement-of", "In a statement, Human Rights Watch said the detainees had been tortured.", ["human rights watch"]),
 ("statement-of", "A statement by the Ethiopian government said the TPLF had attacked an army base.", ["ethiop"]),
 ("statement-of-neg", "The statement was published on Monday.", []),
 ("statement-of-neg", "A statement from the Sudanese army was expected later.", []),
 # --- long titles before a name
 ("long-title", "Deputy Foreign Minister for Political Affairs Mikhail Galuzin said the talks would resume.", ["galuzin"]),
 ("long-title", "Assistant Secretary of State for African Affairs Molly Phee said the ceasefire had failed.", ["phee"]),
 ("long-title", "Under-Secretary-General for Humanitarian Affairs Martin Griffiths warned that famine was imminent.", ["griffiths"]),
 ("long-title-neg", "The Deputy Foreign Minister for Political Affairs travelled to Ankara.", []),
 # --- two speakers in turn
 ("turns", "The ombudsman said the shelling had killed four civilians.\n\nThe president, however, said the army had not fired.\n\n\u201cWe respect the ceasefire,\u201d he said.", ["ombudsman", "president", "president"]),
 ("turns", "Amnesty International said the detainees had been beaten. The interior minister rejected the report.\n\n\u201cThese are lies,\u201d the minister said.", ["amnesty", "minister", "minister"]),
 # --- multi-paragraph quotation
 ("multi-para", "The governor said: \u201cThe dam was hit twice overnight. Water is rising.\n\n\u201cWe are evacuating three villages.\u201d", ["governor", "governor"]),
 ("multi-para", "\u201cWe have lost everything,\u201d said Amina, a farmer. \u201cThe militia took our cattle.\n\n\u201cNobody came to help us.\u201d", ["amina", "amina"]),
 # --- speaker after the content
 ("speaker-after", "Eight soldiers were killed in the ambush, reported AFP.", ["france-presse"]),
 ("speaker-after", "The dam was hit twice overnight, as reported by the regional governor.", ["governor"]),
 ("speaker-after", "Speaking after the meeting, Cyril Ramaphosa said the mission would continue.", ["ramaphosa"]),
 ("speaker-after", "The hostages were freed on Sunday, reported the BBC.", ["bbc"]),
 ("speaker-after-neg", "The convoy arrived on Sunday, carrying food for the camps.", []),
 # --- negated or interrogative non-claims
 # --- a cue and colon ending the paragraph before a quotation paragraph
 ("colon-paragraph", "The Kenyan foreign ministry said the envoy had been summoned. Uganda's foreign ministry responded with the following statement:\n\u201cOur troops have never crossed the border into Kenya and they will not do so.\u201d", ["kenya", "uganda"]),
 ("colon-paragraph", "Amnesty International said the detainees had been beaten.\n\nThe Nigerian army issued a statement:\n\n\u201cThese allegations are false and we will not dignify them with a response.\u201d", ["amnesty", "nigerian army"]),
 ("colon-paragraph", "Police said two men had been arrested.\n\nThe mayor wrote on Facebook:\n\n\u201cI ask everyone to stay calm and to stay at home tonight.\u201d", ["police", "mayor"]),
 ("colon-paragraph-neg", "The Kenyan army urged local residents to avoid supporting the rebels:\n\u201cWe urge the civilian population to stay away from military facilities.\u201d", ["kenyan army", "kenyan army"]),
 ("colon-paragraph-neg", "The army said the road was closed. Residents left.\n\nThe school timetable:\n\n\u201cLessons will start at nine and end at three in the afternoon.\u201d", ["army", "army"]),
 # --- "This was reported by X": the sentence or paragraph before is the content
 ("this-reported", "Two drones were shot down over the Kursk region overnight. This was reported by the regional governor on Telegram.", ["governor"]),
 ("this-reported", "The bridge in Zaporizhzhia was destroyed on Monday. Rail traffic stopped.\nThis was announced by the Ukrainian General Staff.", ["general staff"]),
 ("this-reported", "Three protesters were detained in Minsk. The Viasna rights group confirmed this.", ["viasna"]),
 ("this-reported-neg", "The army left the town. This was built by the army in 2010.", []),
 ("this-reported-neg", "Three protesters were detained in Minsk. This was reported to the police.", []),
 # --- joint statements: every coordinated issuer
 ("joint-statement", "A joint statement by Kenya and Uganda said the border would reopen.", ["kenya", "uganda"]),
 ("joint-statement", "A statement from Rwanda and Burundi said the border would reopen.", ["rwanda", "burundi"]),
 ("joint-statement", "According to a joint statement by France and Germany, the talks will resume in Paris.", ["france", "germany"]),
 ("joint-statement-neg", "A statement from the Sudanese army said the bridge had been retaken.", ["sudanese army"]),
 ("non-claim-neg", "The ministry did not confirm whether the convoy had been attacked.", []),
 ("non-claim-neg", "Police did not say how many people had been arrested.", []),
 ("non-claim-neg", "It was unclear whether the rebels had withdrawn.", []),
 ("non-claim-neg", "The army declined to say whether troops had crossed the border.", []),
 ("non-claim-neg", "Officials would not confirm if the talks had collapsed.", []),
]


def _names(claim, doc) -> list[str]:
    """Each speaker as "key|label" (entities) or "source|description" (described sources), lower case."""
    entities = doc._.kg_entities or {}
    found = [f"{key}|{entities[key].label if key in entities else ''}".lower() for key in claim.speakers]
    return found + [f"source|{source.label}".lower() for source in claim.sources]


def _passes(expected: list[str], found: list, names: list[str]) -> bool:
    if not expected:
        return not found
    wanted = [e for e in expected if not e.startswith("!")]
    ok = all(any(e in n for n in names) for e in wanted) and not any(e[1:] in n for e in expected if e.startswith("!") for n in names)
    return ok and len(names) >= len(wanted)


def main() -> None:
    nlp, gazetteer = load_pipeline(), load_gazetteer()
    counts: dict[str, list[int]] = {}
    for phenomenon, text, expected in PROBES:
        doc = nlp(text)
        found, _ = extract_claims(doc, gazetteer)
        names = [name for claim in found for name in _names(claim, doc)]
        ok = _passes(expected, found, names)
        counts.setdefault(phenomenon, [0, 0])
        counts[phenomenon][0] += ok
        counts[phenomenon][1] += 1
        if not ok or "-v" in sys.argv:
            print(("PASS " if ok else "FAIL ") + phenomenon + ": " + text[:150].replace("\n", " | "))
            print("      expected", expected, "got", [(_names(c, doc), c.kind, c.cue) for c in found])
    for phenomenon, (passed, total) in counts.items():
        print(f"{phenomenon:28s} {passed}/{total}")
    print("TOTAL", sum(p for p, _ in counts.values()), "of", sum(t for _, t in counts.values()))


if __name__ == "__main__":
    main()
