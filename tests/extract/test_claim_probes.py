"""Probe sentences for issue 12 claim shapes (made up, several conflicts and genres).

Each probe is (shape, text, want): want is an expected speaker key, or a substring of the speaker
text, or None when no claim may be found; a list of such wants must all hold, and a want "!x" says no
claim may have x as a speaker key, in its speaker text or as its cue.
Probes kg fails today are strict xfails: the file records the open shapes, and a fixed one fails until its mark goes.
"""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import load_pipeline

Want = str | list[str] | None

PROBES: list[tuple[str, str, Want]] = [
    ("title", "Deputy Foreign Minister for Political Affairs Rustam Karimov said the talks would resume in May.", "name:rustam karimov"),
    ("title", "Assistant Secretary of State for African Affairs Molly Brennan told reporters the aid was delayed.", "name:molly brennan"),
    ("title", "Chief of the General Staff for Operations Lt. Gen. Ivan Petrenko said the front had stabilised.", "name:ivan petrenko"),
    ("title-neg", "The deputy foreign minister for political affairs arrived in Geneva on Monday.", None),
    ("title-neg", "Minister Rustam Karimov visited the border crossing on Tuesday.", None),
    # the presidency is a body of its state (GUIDELINES section 3; the ents34 round's presidency template), the
    # speaker as a ministry is: section 5 accepts it or its state ("a government acting through its capital or
    # ministry accepts each")
    ("org-possessive", "The Kenyan presidency's statement said the troops would stay until March.", ["presidency"]),
    ("org-possessive", "The ministry's spokesperson said the convoy had been shelled.", "spokesperson"),
    ("nested", "Hamas's spokesman Hazem Qassem said the proposal was unacceptable.", "name:hazem qassem"),
    ("possessive-neg", "The presidency's statement was published on Friday.", None),
    ("possessive-neg", "The ministry's spokesperson resigned last week.", None),
    ("wrote-on", "Maria Zakharova wrote on Telegram that the sanctions would fail.", "Maria Zakharova"),
    ("wrote-on", "The governor wrote on X that two drones had been shot down over the city.", "governor"),
    ("news-conference", "Aliyev told a news conference that the corridor would open next year.", "Aliyev"),
    ("carried-by", "In comments carried by state media, Kim Yo Jong said the drills were a provocation.", "Kim Yo Jong"),
    ("added", "Sergei Lavrov added that Moscow was ready to mediate.", "Sergei Lavrov"),
    ("went-on", "Pashinyan went on to say that Armenia would not cede any territory.", "Pashinyan"),
    ("wrote-neg", "The governor wrote a letter to the families on Sunday.", None),
    ("added-neg", "The army added two brigades to the northern front.", None),
    ("noun", "Baku's demand that Armenia change its constitution stalled the talks.", "Baku"),
    ("noun", "Moscow's warning that it would respond to any strike was repeated on Friday.", "Moscow"),
    ("noun", "The ministry's claim that no civilians were hurt was disputed by witnesses.", "ministry"),
    # GUIDELINES section 4: a demand for a future act ("a demand for talks") is a claim; a noun cue with its object is one
    ("noun", "Baku's demand for a corridor was discussed on Monday.", "Q227"),
    ("passive", "It was announced by the defence ministry that the exercise had ended.", "ministry"),
    ("passive", "Netanyahu was quoted as saying that the operation would continue.", "Netanyahu"),
    ("passive", "The minister was quoted by Reuters as saying the border would reopen.", "minister"),
    ("passive-neg", "It was announced in March, and the road opened in April.", None),
    ("passive-neg", "The speech was quoted widely in the press.", None),
]

# Round claims10: the shapes left open by the last round, three sentences each from other conflicts
# and genres, two negatives each.
PROBES += [
    # a long title with its portfolio before the name ("for Political Affairs"): the person, named alone
    ("title", "Minister for Foreign Affairs Penny Wong said Australia would send two aircraft.", ["name:penny wong"]),
    ("title", "Under-Secretary-General for Humanitarian Affairs Martin Griffiths warned that famine was imminent.", ["name:martin griffiths"]),
    ("title", "Commissioner for Political Affairs, Peace and Security Bankole Adeoye said the troops would stay.", ["name:bankole adeoye"]),
    ("title-neg", "The Ministry of Foreign Affairs said the envoy had been summoned.", ["name:ministry of foreign affairs"]),
    ("title-neg", "The Department of Peacekeeping Operations said 200 troops would be sent to Goma.", ["name:department of peacekeeping operations"]),
    # "the ministry's spokesperson", "the army spokesman": the body named before speaks
    ("owner-ref", "Kenya's interior ministry imposed a curfew in Mombasa. The ministry's spokesperson said the curfew would be lifted on Friday.",
     ["name:ministry of interior of kenya"]),
    ("owner-ref", "The Sudanese army shelled the market in Omdurman. The army spokesman said the bridge had been retaken.", ["name:sudanese army"]),
    ("owner-ref", "Colombia's defence ministry released a casualty list on Monday.\n\nThe ministry's spokeswoman told reporters that the rebels had attacked first.",
     ["name:ministry of defence of colombia"]),
    ("owner-ref-neg", "The Sudanese army shelled the market. The army's soldiers said the bridge had been retaken.", ["soldiers", "!name:sudanese army"]),
    ("owner-ref-neg", "Ukraine's foreign ministry summoned the envoy. A ministry spokesman said the talks would resume.", ["spokesman"]),
    # a person named before in that role comes first: "the army chief" is the chief, not the army
    ("owner-ref-neg", "Sudan's army chief Abdel Fattah al-Burhan visited Omdurman. The Sudanese army shelled the market. "
     "The army chief said the bridge had been retaken.", ["name:abdel fattah al-burhan", "!name:sudanese army"]),
    # "X's spokesman Y said": the person speaks, and the speaker phrase names the person
    ("nested", "The Ethiopian army's spokesman, Getnet Adane, said the rebels had fled.", ["name:getnet adane", "Getnet Adane"]),
    ("nested", "The ELN's spokesman Antonio Garcia told a radio station the truce was over.", ["name:antonio garcia", "Antonio Garcia"]),
    ("nested", "“We will not leave,” Hamas's spokesman Hazem Qassem said.", ["name:hazem qassem", "Hazem Qassem"]),
    ("nested-neg", "Hamas's spokesman said the proposal was unacceptable.", ["Q38799"]),
    ("nested-neg", "The spokesman for Hamas, who declined to be named, said the proposal was unacceptable.", ["!name:hazem qassem"]),
    # "X was quoted by <outlet> as saying": X's claim, and the outlet's through "quoted" (GUIDELINES section 5:
    # "one claim per reporting cue and speaker"; dev gold gives the active "It quoted security sources as saying"
    # to both); without an agent ("was quoted as saying") X's only, and so with a source the text names or a
    # voice of a named body (dev 048 gold: "Interfax quoted Prime Minister Pashinyan as saying" is Pashinyan's only)
    ("passive-relay", "The minister was quoted by Reuters as saying the border would reopen.", ["minister", "Q130879"]),
    ("passive-relay", "The Houthi leader was quoted by Al-Masirah TV as saying the attacks would continue.", ["Houthi leader", "!Al-Masirah TV"]),
    ("passive-relay", "A police chief in Kano was quoted by local media as saying that 12 people had been arrested.", ["police chief", "local media"]),
    ("passive-relay-neg", "A Hamas official was quoted as saying the group would study the proposal.", ["official", "!quoted"]),
    ("passive-relay-neg", "The speech was quoted by several newspapers on Monday.", None),
    ("passive-relay-neg", "Reuters quoted a Sudanese army officer as saying the bridge had been retaken.", ["Q130879", "officer"]),
    ("passive-relay-neg", "State television quoted a police spokesman as saying that 14 people had been arrested in Tbilisi.", ["State television", "spokesman"]),
    # a paragraph that is only a quotation after one ending with a speech event ("addressed", "briefed", "spoke to")
    ("speech-event", "The UN envoy for Yemen, Hans Grundberg, briefed the council on Tuesday.\n\n“The truce is holding, but it is fragile. Both parties must show restraint.”",
     ["name:hans grundberg"]),
    ("speech-event", "Sudan's army chief Abdel Fattah al-Burhan addressed troops in Port Sudan on Sunday.\n\n“We will fight until the last militia fighter leaves Khartoum.”",
     ["name:abdel fattah al-burhan"]),
    ("speech-event", "Colombian President Gustavo Petro spoke to reporters in Bogota.\n\n“The guerrillas have broken their word. There will be no more talks.”", ["Q704022"]),
    ("speech-event-neg", "Colombian President Gustavo Petro flew to Bogota on Monday.\n\n“The guerrillas have broken their word. There will be no more talks.”", None),
    ("speech-event-neg", "Gustavo Petro spoke to reporters in Bogota.\n\nThe guerrillas later attacked a police station in Cauca.\n\n“They have broken their word. There will be no more talks.”",
     None),
]

PROBES += [
    # "X reported, citing Y, that ...": Y claims what X reports, beside X
    ("citing", "TASS reported, citing the defence ministry, that Russian forces had taken the village.", ["Q223799", "defence ministry", "!Russian forces"]),
    ("citing", "Al Arabiya reported, citing a Sudanese army source, that the bridge had been retaken.", ["name:al arabiya", "Sudanese army source"]),
    ("citing", "The talks have been postponed, Interfax reported, citing two diplomatic sources.", ["name:interfax", "diplomatic sources"]),
    ("citing-neg", "The army shelled the village, citing the presence of militants.", ["army", "!presence"]),
    ("citing-neg", "Amnesty International documented dozens of unlawful killings, citing witness accounts.", ["name:amnesty international", "!witness"]),
    # a raised subject: "X is reported to have said ...", "X was forced to admit ..."
    ("raised", "Gustavo Petro is reported to have said that the ceasefire was over.", ["Q704022"]),
    ("raised", "Abiy Ahmed is understood to have told the envoys that the army would withdraw.", ["Q50365049"]),  # Abiy Ahmed Ali (issue 11)
    ("raised", "The minister was forced to admit that the police had fired live rounds.", ["minister"]),
    ("raised-neg", "Civilians were ordered to leave the city.", None),
    ("raised-neg", "President William Ruto is expected to announce that the troops will stay.", None),
    ("raised-neg", "The minister was asked to explain the delay.", None),
]

PROBES += [
    # an "as" clause attributes the clause it hangs on ("as the envoy put it", "as X said on Monday")
    ("as-clause", "As the UN envoy put it, the ceasefire is hanging by a thread.", ["Q1065"]),
    ("as-clause", "The truce, as Antonio Guterres said on Monday, remains fragile.", ["Q311440"]),
    ("as-clause", "The ceasefire is hanging by a thread, as the Red Cross put it.", ["Q5987345"]),
    ("as-clause-neg", "As the minister spoke, the sirens sounded.", None),
    ("as-clause-neg", "As Kenya put its troops on alert, Uganda closed the border.", None),
    # a passive participle clause: its cue is put to the subject ("Asked whether ..., X said"), not made by it
    ("asked", "Asked whether the army would withdraw, Nikol Pashinyan said no decision had been made.", ["Q7035479"]),
    ("asked-neg", "Asked whether the army would withdraw, Nikol Pashinyan said no decision had been made.", ["!Asked"]),
    ("asked-neg", "Pressed on the issue, Ilham Aliyev denied that civilians had been targeted.", ["Q57371", "!Pressed"]),
]

PROBES += [
    # a sentence-initial noun the parser took for a verb with the noun after it as its object ("Aid workers")
    ("noun-as-verb", "Aid workers in Tigray said food was running out in the camps.", ["Aid workers"]),
    ("noun-as-verb", "Aid agencies in Gaza warned that the bakeries would close within days.", ["Aid agencies"]),
    ("noun-as-verb", "Aid officials in Yemen said the port had been damaged.", ["Aid officials"]),
    ("noun-as-verb-neg", "Fight corruption, the president told the new ministers.", None),
    ("noun-as-verb-neg", "Aid convoys in Sudan were blocked at the border, officials said.", ["officials", "!convoys"]),
]

PROBES += [
    # UN/NGO offices as speakers (person roles of words.yaml)
    ("roles", "The Special Rapporteur expressed alarm at reports of mass arrests in Minsk.", ["Special Rapporteur"]),
    ("roles", "The African Union Commission Chairperson, Moussa Faki Mahamat, urges restraint.", ["Q7159"]),
    ("roles", "The resident coordinator said aid convoys had been looted near El Fasher.", ["coordinator"]),
    ("roles-neg", "The Special Rapporteur arrived in Minsk on Monday.", None),
    ("roles-neg", "The coordinator's office in Port Sudan was closed.", None),
]

PROBES += [
    # more speech-act nouns with a possessor ("Baku's insistence that ...", "Hamas's refusal to ...")
    ("noun-acts", "Baku's insistence that the operation was over did not calm the region.", ["Q227"]),
    ("noun-acts", "Hamas's refusal to release the hostages prolonged the war.", ["Q38799"]),
    ("noun-acts", "Russia's acknowledgement that its troops had withdrawn surprised analysts.", ["Q159"]),
    ("noun-acts-neg", "The confirmation hearing was postponed.", None),
    ("noun-acts-neg", "The refusal rate rose sharply in May.", None),
    ("noun-acts-neg", "There was no immediate confirmation from Thailand of the attack on the base.", None),
]

PROBES += [
    # a headline's stance adjective with the copula left out ("Guterres alarmed by ...")
    ("headline-adjective", "Guterres 'alarmed' by escalation in eastern Congo", ["Q311440"]),
    ("headline-adjective", "EU concerned over mass arrests in Minsk", ["Q458"]),
    ("headline-adjective", "Pashinyan confident of peace deal with Azerbaijan by year's end", ["Q7035479"]),
    ("headline-adjective-neg", "Soldiers wounded by shelling in Donetsk", None),
    ("headline-adjective-neg", "The EU, concerned over the arrests, summoned the ambassador.", None),
]

PROBES += [
    # a press office speaks for the body it serves
    ("press-office", "The press service of the Ministry of Foreign Affairs of Armenia said the ambassador had been summoned.",
     ["name:ministry of foreign affairs of armenia"]),
    ("press-office", "The press service of the Nigerian army said 30 insurgents had been killed.", ["name:nigerian army"]),
    ("press-office", "The press centre of the Kenya Defence Forces said the soldiers had been rescued.", ["name:kenya defence forces"]),
    ("press-office-neg", "The press service said the meeting had been postponed.", ["press service"]),
    ("press-office-neg", "The press office of the stadium said the match would go ahead.", ["press office"]),
]

PROBES += [
    # information nouns with their source: "according to data from X", "figures released by X"
    ("information", "According to figures released by the UN refugee agency, 100,000 people have fled.", ["Q132551"]),
    ("information", "According to preliminary data of the Azerbaijani defence ministry, two soldiers were killed.",
     ["name:ministry of defence of azerbaijan"]),
    ("information", "Data from the UN suggest that the number of refugees in Chad has doubled.", ["Q1065"]),
    ("information-neg", "According to official data, 12 soldiers were killed.", None),
    ("information-neg", "According to figures of the last census, 3 million people live in the region.", None),
]

PROBES += [
    # a protocol title chain before the name ("Head of the Press Service of the Ministry of Defense Anar Eyvazov")
    ("title-chain", "Head of the Press Service of the Ministry of Defense Anar Eyvazov said the units had not fired.", ["name:anar eyvazov"]),
    ("title-chain", "Secretary of the Security Council Armen Grigoryan said Armenia would not intervene.", ["name:armen grigoryan"]),
    ("title-chain", "Assistant to the President of Azerbaijan - Head of the Foreign Policy Affairs Department of the Presidential "
     "Administration Hikmet Hajiyev said the corridor would open.", ["name:hikmet hajiyev"]),
    ("title-chain", "Commander of the Russian peacekeeping contingent Alexander Lentsov said the situation was calm.", ["name:alexander lentsov"]),
    ("title-chain-neg", "The Lawyer for Imran Khan said the trial was unfair.", ["Lawyer", "!Q155164"]),
    ("title-chain-neg", "A Spokesman for President William Ruto said the troops would stay.", ["Spokesman", "!Q195725"]),
]

PROBES += [
    # a "that" clause hung on a noun two phrases after the cue ("said in a readout of the call that ...")
    ("medium-clause", "The Kremlin said in a readout of the call that the two leaders had discussed Karabakh.", ["name:kremlin"]),
    ("medium-clause", "The Pentagon said in a summary of the meeting that the two ministers had agreed to stay in contact.",
     ["name:united states department of defense"]),
    ("medium-clause", "Beijing said in a summary of the call that Xi Jinping had urged calm.", ["Q148"]),
    ("medium-clause-neg", "The army said in a statement about the attack that was published on Monday.", None),
    ("medium-clause-neg", "The minister spoke at a meeting of the council that was held in Geneva.", None),
]

PROBES += [
    # reporting and stance verbs that were missing from the cues
    ("verbs", "The Institute for the Study of War assessed that Russian forces were preparing a new offensive.",
     ["name:institute for the study of war"]),
    ("verbs", "Moscow ruled out any talks with Kyiv.", ["Q159"]),
    ("verbs", "Turkey proposed that the talks be held in Istanbul.", ["Q43"]),
    ("verbs", "The rebels boasted that they had shot down two helicopters.", ["rebels"]),
    ("verbs", "The minister reassured residents that the water would be restored.", ["minister"]),
    ("verbs", "The junta proclaimed that the transition would last five years.", ["junta"]),
    ("verbs", "Zelensky lashed out at the West for its slow delivery of weapons.", ["name:zelensky"]),
    ("verbs", "Erdogan hit out at Israel over the strikes on Gaza.", ["Q39259"]),
    ("verbs", "Kenya's president lashed out at the opposition over the deadly protests.", ["Q114"]),
    ("verbs-neg", "The rebels hit out at night.", None),
    ("verbs-neg", "The engineers assessed the damage to the dam.", None),
    ("verbs-neg", "The court ruled on the case on Monday.", None),
    ("verbs-neg", "The rebels ruled the town for a decade.", None),
]

PROBES += [
    # "CONTENT, the region's governor, NAME, said": the parser hangs the speaker on the content's subject
    ("trailing-appos", "Two Ukrainian drones were shot down over Russia's Bryansk Region, the region's governor, Alexander Bogomaz, said.",
     ["name:alexander bogomaz"]),
    ("trailing-appos", "Three soldiers were killed in the ambush near Goma, the army's spokesman, Sylvain Ekenge, said.", ["name:sylvain ekenge"]),
    ("trailing-appos", "Four civilians died in the shelling of Kharkiv, the city's mayor, Ihor Terekhov, said on Telegram.", ["name:ihor terekhov"]),
    ("trailing-appos-neg", "The army said the town, a rebel stronghold, had fallen.", ["army", "!stronghold"]),
    ("trailing-appos-neg", "Four civilians died in the shelling of Kharkiv, the city in the north.", None),
]

PROBES += [
    # a noun cue as the subject of a passive light verb: its agent speaks ("the appeal was made by X")
    ("passive-light-verb", "The appeal was made by the UN refugee agency.", ["Q132551"]),
    ("passive-light-verb", "A similar warning was issued by the Kenyan meteorological department.", ["Q114"]),
    ("passive-light-verb", "The pledge was made by Ethiopia's prime minister at the summit.", ["Q115"]),
    ("passive-light-verb-neg", "The appeal was heard by the court on Monday.", None),
    ("passive-light-verb-neg", "The warning was ignored by the rebels.", None),
]

PROBES += [
    # a statement noun with a "that" clause of its content
    ("statement-that", "The ministry's statement that no civilians were hurt was disputed by witnesses.", ["ministry"]),
    ("statement-that", "Kenya's announcement that the troops would stay was welcomed in Haiti.", ["Q114"]),
    ("statement-that", "The army's report that 40 militants were killed could not be verified.", ["army"]),
    ("statement-that-neg", "The statement that was published on Monday was signed by both sides.", None),
    ("statement-that-neg", "Reports that the town had fallen could not be confirmed.", None),
]

PROBES += [
    # "traded/exchanged accusations": a light verb; each coordinated subject speaks
    ("traded", "Armenia and Azerbaijan traded accusations on Tuesday.", ["Q399", "Q227"]),
    ("traded", "Kenya and Uganda exchanged warnings over the disputed island.", ["Q114", "Q1036"]),
    ("traded", "Thailand and Cambodia traded blame for the clashes.", ["Q869", "Q424"]),
    ("traded-neg", "The two armies exchanged fire near the border.", None),
    ("traded-neg", "The ministers exchanged views on the crisis.", None),
]

PROBES += [
    # more speech-act verbs: "characterised X as", "disputed the figures", "pleaded with", "rebuked"
    ("verbs-acts", "Kinshasa portrayed the rebel advance as a Rwandan invasion.", ["Q974"]),
    ("verbs-acts", "Moscow disputed the casualty figures released by Kyiv.", ["Q159"]),
    ("verbs-acts", "The rebels challenged the army's account of the battle.", ["rebels"]),
    ("verbs-acts", "The families pleaded with the government to bring the hostages home.", ["families"]),
    ("verbs-acts", "The UN rebuked both sides for blocking aid.", ["Q1065"]),
    ("verbs-acts-neg", "The two countries dispute the island.", None),
    ("verbs-acts-neg", "The opposition contested the election in 2020.", None),
    ("verbs-acts-neg", "The defendant pleaded guilty to the charges.", None),
    ("verbs-acts-neg", "The rebels challenged the army to a fight.", None),
    # gold30 round (new Armenia-Azerbaijan analysis: "advised both countries to respect the ceasefire"; dev 055:
    # "is advised to familiarize themselves"): advice to act is an appeal
    ("verbs-acts", "The UN also advised both sides to respect the truce.", ["Q1065"]),
    ("verbs-acts-neg", "The minister, who was advised by lawyers, left the meeting.", None),
]

PROBES += [
    # "neither confirm nor deny": nothing is said
    ("neither-nor-neg", "The Pentagon would neither confirm nor deny the report.", None),
    ("neither-nor-neg", "Israel neither confirmed nor denied that it had carried out the strike.", None),
    ("neither-nor-neg", "The army would neither confirm nor deny reports of casualties.", None),
    ("neither-nor", "Kenya and Uganda both denied the report.", ["Q114", "Q1036"]),
    ("neither-nor", "The army did not deny that its drones had struck the market.", ["army"]),
]

PROBES += [
    # "X was quick to deny": the adjective's subject speaks
    ("quick-to", "Moscow was quick to deny any involvement in the attack.", ["Q159"]),
    ("quick-to", "The army was keen to stress that no civilians had been hurt.", ["army"]),
    ("quick-to", "Kenya was quick to condemn the attack.", ["Q114"]),
    ("quick-to-neg", "Kyiv was careful to avoid blaming Warsaw.", None),
    ("quick-to-neg", "The weather was too bad to report on the fighting.", None),
]

PROBES += [
    # "its"/"their" before an institution or a role: the actor the pronoun refers to
    ("its-body", "Armenia condemned the offensive. Its foreign ministry said Azerbaijan had shelled Stepanakert.", ["Q399", "Its foreign ministry"]),
    ("its-body", "Kenya sent 400 police officers. Its president said the mission would stay.", ["Q114"]),
    ("its-body", "Hamas rejected the plan. Its leaders said the proposal was unacceptable.", ["Q38799", "Its leaders"]),
    ("its-body-neg", "The hostages were freed on Sunday. Their families said they were relieved.", ["families"]),
    ("its-body-neg", "The ministry issued a statement. Its content was not disclosed.", None),
]

PROBES += [
    # a quotation after "X was blunt:": the subject of the manner adjective's copula says it
    ("manner-colon", "Pashinyan was blunt: “Armenia will not fight for Karabakh.”", ["Q7035479"]),
    ("manner-colon", "The message from Baku was clear: “The operation will continue until the separatists surrender.”", ["Q227"]),
    ("manner-colon", "The army was defiant: “We will defend every street of the city.”", ["army"]),
    ("manner-colon-neg", "The situation was dire: “There is no water and no food left in the camp.”", None),
    ("manner-colon-neg", "The situation was dire: “There is no water,” a resident said.", ["resident", "!situation"]),
]

PROBES += [
    # a cue that ends its paragraph with a colon introduces the unquoted paragraph or list after it
    ("colon-list", "The ministry said in a statement:\n\n- 12 soldiers were killed in the attack.\n- Three tanks were destroyed.", ["ministry"]),
    ("colon-list", "The rebels announced:\n\nThe town of Goma is under our control.\n\nResidents fled.", ["rebels"]),
    ("colon-list", "Kenya's foreign ministry said the following:\n\n1. The border is closed.\n2. Flights are suspended.",
     ["name:ministry of foreign affairs of kenya"]),
    ("colon-list-neg", "The statement listed the following demands:\n\n1. The release of all prisoners.\n2. A ceasefire.", None),
    ("colon-list-neg", "The army said 12 soldiers were killed. The situation:\n\n- The town is surrounded.", ["army"]),
]

PROBES += [
    # claims23: a statement issued after a colon, unquoted: its body is the issuer's claim (one claim per cue)
    ("statement-body", "The Peruvian Ministry of Defence issued the following statement:\n\nThe operation in the valley has been completed and all units have returned to their bases.",
     ["name:ministry of defence of peru"]),
    ("statement-body", "Kenya's foreign ministry released a statement:\n\nThe shelling of Mandera by the militia is a crime against civilians.", ["foreign ministry"]),
    ("statement-body", "The Foreign Ministry of Chad has issued a statement, which reads:\n\nThe attack on the border post near Adre is a gross violation of the truce.",
     ["Q657"]),
    ("statement-body-neg", "The Foreign Ministry of Chad issued a statement on Monday.\n\nThe border with Sudan remains closed to all traffic.", None),
    ("statement-body-neg", "The army issued the following instructions:\n\nResidents of Mandera must stay indoors after dark.", None),
]

PROBES += [
    # hard-wrapped text (wire archives, e-mailed press releases): a quotation wrapped over lines, its cue after
    # a speaker phrase that is wrapped too
    ("wrapped-quote", "\"The road to the camp is closed. We could not\nreach the wounded for three days,\" Maria Lopez, director\nof the main hospital, told AFP by telephone.",
     ["name:maria lopez"]),
    ("wrapped-quote", "\"Our units repelled the attack and the enemy\nlost two tanks,\" Colonel Ivan Petrenko, spokesman for\nthe southern command, told reporters.",
     ["name:ivan petrenko"]),
    ("wrapped-quote", "\"The militia came at night and burned the\nhouses,\" a farmer from a village near the\nborder with Chad told Reuters.", ["farmer"]),
    ("wrapped-quote-neg", "\"Closed until further notice,\" the sign on the\ngate of the border\ncrossing read.", None),
    ("wrapped-quote-neg", "\"The Long Night, a film about the\nsiege of the city,\" opened in cinemas\non Friday.", None),
]

PROBES += [
    # "it" opening the sentence after an organisation's claim: the source goes on, not the actor its claim names
    ("it-continues", "According to the Sudanese Doctors Network, the RSF shelled a market in El Fasher. It said 12 people were killed.",
     ["name:sudanese doctors network", "!name:rsf"]),
    ("it-continues", "The Gaza health ministry said the Israeli army had struck a school in Khan Younis. It said 12 people were killed.",
     ["Gaza health ministry", "!name:israeli army"]),
    ("it-continues", "Ukraine's air force said Russia had launched 40 drones overnight. It added that 35 were shot down.", ["air force", "!Q159"]),
    # not a claim two sentences back, nor a person's
    ("it-continues-neg", "The ministry said the road was open. Hamas later shelled the crossing near Rafah. It said the road was closed.", ["Q38799"]),
    ("it-continues-neg", "UN envoy Hans Grundberg said the Houthi group had released the crew of the tanker. It said the ship would sail on Monday.",
     ["name:hans grundberg", "name:houthi"]),
    # a broadcaster named by its country ("radio Pakistan"): the outlet speaks, not the state
    ("state-outlet", "According to state owned radio Pakistan, Afghan Taliban started unprovoked firing.", ["radio Pakistan", "!Q843"]),
    ("state-outlet", "Fighting resumed near Goma on Monday, state radio Rwanda reported.", ["radio Rwanda", "!Q1037"]),
    ("state-outlet", "According to state television Syria, the army retook the town of Saraqeb.", ["television Syria", "!Q858"]),
    ("state-outlet-neg", "Syria's foreign ministry said the talks had failed.", ["name:ministry of foreign affairs of syria"]),
    ("state-outlet-neg", "Radio in Rwanda was switched off on Monday, and Rwanda said the talks had failed.", ["Q1037"]),
]

PROBES += [
    # "claim to/over" a place or thing: a right held, not something said
    ("entitlement", "China's claims over the South China Sea were rejected by a tribunal in 2016.", None),
    ("entitlement", "Ethiopia's claim to a port on the Red Sea alarmed Eritrea.", None),
    ("entitlement", "Guyana rejected Venezuela's claim to the Essequibo region.", ["Q734", "!Q717"]),
    ("entitlement-neg", "Russia's claim that Ukraine shelled the plant was disputed.", ["Q159"]),
    ("entitlement-neg", "The army's claim to have killed 40 rebels could not be verified.", ["army"]),
]

PROBES += [
    # an outlet's reporters named with it report for it: the outlet speaks (dev gold: "AFP digital verification
    # reporters confirmed" is AFP's claim)
    ("outlet-staff", "Reuters reporters counted 40 bodies in the square, and said the shelling had continued.", ["Q130879"]),
    ("outlet-staff", "BBC journalists in Kharkiv said the strike hit a residential block.", ["Q9531"]),
    ("outlet-staff", "An AP correspondent in Gaza said the hospital was without power.", ["name:associated press"]),
    ("outlet-staff-neg", "Two local journalists said the checkpoint had been abandoned.", ["journalists"]),
    ("outlet-staff-neg", "Journalists in Goma said the rebels had entered the city.", ["Journalists", "!Q9531"]),
]

PROBES += [
    # goldkb31 (new Karabakh article 067): "ask for" a thing is a request, as "plead for" and "appeal for" are
    ("ask-for", "The elders of Kidal asked for food and medicine after the siege.", ["elders"]),
    ("ask-for", "At the same time, the Tigray delegation asked for a corridor to Mekelle.", ["delegation"]),
    ("ask-for-neg", "When asked for comment, the Ruritanian ministry declined to respond.", None),
    ("ask-for-neg", "The spokesman was asked for details but did not reply.", None),
    # goldkb31 (new Karabakh article 069): after a quotation closed by a comma, the described source right after
    # the cue keeps its own "of" phrase ("assured the representative of the president"); a name followed by a
    # content phrase and no quotation stays whom the cue addresses
    ("quote-inversion-of", "“Those who fled will be able to return,” promised the head of the Kivu delegation.", ["head"]),
    ("quote-inversion-of", "“The road will reopen next week,” assured the spokesman of the mission.", ["spokesman"]),
    ("quote-inversion-of-neg", "The rebels shelled the town, warned Morocco of escalation.", ["!Q1028"]),
]

PROBES += [
    # kbclaims36 (new Karabakh articles 18 and 27): a bare "this" as a passive subject stands for the text before, also
    # for a cue like "state" that otherwise needs a clause, and for a passive cue coordinated with it
    ("demonstrative-passive", "Rebels shelled the depot near Goma. This was stated by army spokesman Sylvain Ekenge.", ["Ekenge"]),
    ("demonstrative-passive", "A UN convoy reached Mekelle on Sunday. This was stated by UN official Stephane Dujarric and then confirmed by Ethiopian Foreign Minister Taye Atske Selassie.", ["Dujarric", "Selassie"]),
    ("demonstrative-passive-neg", "The road to Mekelle was closed for a week. This was explained by the heavy rain.", None),
    ("demonstrative-passive-neg", "This village was stated on the old maps as part of Tigray.", None),
    # kbclaims36 (new Karabakh article 27, dev 055, an earlier round's Serbian article): "remind that" reports as
    # "recall that" does; not with an "of" object, nor the outlet's own "let us remind that"
    ("remind-that", "Civil activists in Skopje reminded that citizens have the right to protest peacefully.", ["activists"]),
    ("remind-that", "The Ruritanian Interior Ministry reminded that the square had been closed since May.", ["Ministry"]),
    ("remind-that-neg", "The ruins of the old bridge remind visitors of the war.", None),
    ("remind-that-neg", "Let us remind that the corridor was closed in December.", None),
]

PROBES += [
    # claims36 (new articles: BenarNews and dpa on south Thailand, Bloomberg on Mozambique): a cue closing its
    # sentence after the statement and a comma has the subject before it also when the statement is a coordination
    # of its own ("planted ... and set it off"), when the subject is a name with an apposition ("Lusa, a Portuguese
    # news agency, reported, citing ..."), and when the parser left the statement hanging on the cue unlabelled
    ("trailing-coordinated", "Gunmen torched a school and shot two guards as they fled, Lt. Col. Daniel Okoro of the Maiduguri police command, told reporters.", ["name:daniel okoro"]),
    ("trailing-coordinated", "Bandits blocked the highway and robbed three buses before dawn, Inspector Musa Bello of the Katsina police, told journalists.", ["name:musa bello"]),
    ("trailing-apposition", "Three villagers were killed and 12 injured in a raid by militiamen on Sunday in the Ituri region of Congo, Interfax, a Russian news agency, reported, citing local officials.", ["name:interfax"]),
    ("trailing-unattached", "The convoy - a column of trucks carrying food for refugees, who are fleeing the fighting - was stopped by rebels near Rutshuru, army spokesman Colonel Marc Ilunga said.", ["name:marc ilunga"]),
    ("trailing-unattached", "The patrol - a unit guarding the schools, which are frequent targets of the rebels - was attacked by gunmen in Rutshuru district, police spokesman Jean Mbala said.", ["name:jean mbala"]),
    ("trailing-neg", "Militants attacked the post and burned the barracks, the commander and his men fled.", None),
    ("trailing-neg", "Four soldiers were killed in the Vunduzi region of Sofala, a central province, and two trucks burned.", None),
    ("trailing-neg", "The ambushed squad - a unit guarding teachers - was surprised by insurgents near Yala, and the colonel left.", None),
]

PROBES += [
    # claims36 (new articles: AllAfrica on Mozambique, VOA on Ivory Coast; the same shape in 11 of 15 title-case
    # headlines of this round's new articles): a title-case headline whose cue the parser read as part of a name is
    # a claim of the capitalised words before it, with an -s form or a plain form after a plural
    ("title-case-headline", "Ruritanian Army Admits Shelling Border Village", ["Army"]),
    ("title-case-headline", "Mali: Junta Rejects ECOWAS Sanctions As Illegal", ["Junta"]),
    ("title-case-headline-neg", "Fuel Depot Explosion Claims 20 Lives In Village", None),
    ("title-case-headline-neg", "Heavy Rains Claim Lives In Northern Provinces", None),
    ("title-case-headline-neg", "Ivory Coast Army Seals Off Pro-Ouattara Area, Bars UN", None),
]

PROBES += [
    # claimrecall37 (new articles: VOA on Congo, RNZ on Sri Lanka, IBTimes on Ukraine): a named actor or a body as
    # the noun modifier right before a noun cue issues it, as a possessor does; its "that" or "for ... to" clause
    # is its content, whatever clause the parser made it
    ("noun-modifier", "Officials in Juba welcomed a U.S. call for both sides to return to talks.", ["Q30"]),
    ("noun-modifier", "The rebels in Kidal rejected a UN demand that they leave the airport.", ["Q1065"]),
    ("noun-modifier", "Fighters in Darnaw have ignored army calls to lay down their weapons.", ["army"]),
    ("noun-modifier-neg", "The rebels rejected a ceasefire call from the mediators.", ["!ceasefire"]),
    ("noun-modifier-neg", "The UN call centre in Goma closed on Friday.", None),
    # claimrecall37 (Reuters on Somalia and Syria, Prothom Alo on Myanmar): sources listed before a cue with no
    # subject, which the parser coordinated with the statement's last noun, are its speakers (from the first one
    # set off by a comma)
    ("trailing-list", "Gunmen burned the market in Dorelo and looted the clinic, villagers and a local official said.", ["villagers", "official"]),
    ("trailing-list", "Soldiers shelled the camp near the river, residents and aid workers said.", ["residents", "aid workers"]),
    ("trailing-list", "The town sits near two fuel depots and opposition activists said the blast was deliberate.", ["activists"]),
    ("trailing-list-neg", "Soldiers shelled the camp near the river, the school and the clinic.", None),
    ("trailing-list-neg", "Rebels shelled the camp near the river and the bridge.", None),
]

# claims37b (Star Tribune on Congo, Hyetert and 1lurer on Armenia): a cue verb in -s the parser read as a plural
# noun, or hung on the object noun before it, right before "that": its own subject's claim, or after "and" the
# claim of the main verb's subject; not a noun with a determiner, nor after a main verb in the past
PROBES += [
    ("misread-verb", "Northern Mali rebel group charges that civilians were killed in army strikes on desert camp", ["rebel group"]),
    ("misread-verb", "The foreign ministry of Peru condemns the shelling by the armed forces and states that the responsibility lies with the rebels.",
     ["ministry"]),
    ("misread-verb", "The interior ministry of Mali condemns the attack by the gunmen and stresses that the convoy was unarmed.", ["ministry"]),
    ("misread-verb-neg", "The army denied the rumours and claims that soldiers looted the town.", ["!claims"]),
    ("misread-verb-neg", "The claims that soldiers looted the town near Gao were never checked.", None),
    ("misread-verb-neg", "Weapons charges that were filed last year against the militia leader were dropped.", None),
    # a headline verb in -s the parser made a modifier of its object noun, its subject left on it (nsn.asia on Armenia)
    ("misread-verb", "Somalia claims victory after ‘militants fled the town’", ["Q1045"]),
    ("misread-verb", "Kenya reports casualties after ‘gunmen attacked the camp’", ["Q114"]),
    ("misread-verb-neg", "The Veterans Affairs claims office reopened on Monday.", None),
]

# Probes kg fails on main at 837c457 (measured with the probe run below); remove an entry when fixed.
OPEN: set[str] = {
    # the model tags the person after the title as an organisation, and the title ending in a role word
    # is now a name of its own (the gazetteer no longer matches inside a longer name): neither the AU
    # nor the person speaks (the claims10 and ents10 rounds, each passing alone)
    "The African Union Commission Chairperson, Moussa Faki Mahamat, urges restraint.",
}


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _ok(nlp, text: str, want: Want) -> bool:
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    if want is None:
        return not claims
    wants = [want] if isinstance(want, str) else want

    def has(word: str) -> bool:
        return any(word in c.speakers or (c.speaker_text and word in c.speaker_text) or word == c.cue for c in claims)

    return all(not has(w[1:]) if w.startswith("!") else has(w) for w in wants)


@pytest.mark.parametrize(
    ("shape", "text", "want"),
    [
        pytest.param(*probe, marks=pytest.mark.xfail(strict=True, reason=f"open shape {probe[0]} (issue 12)"))
        if probe[1] in OPEN else probe
        for probe in PROBES
    ],
)
def test_claim_probe(nlp, shape: str, text: str, want: Want) -> None:
    assert _ok(nlp, text, want)


@pytest.mark.parametrize(
    ("text", "same"),
    [
        # claims23 (JAMnews, Yevlakh talks): "the representative of X" names its own affiliation, not an earlier
        # representative of someone else
        ('"The talks may lead to a deal," a Colombian government representative said in Havana.\n\n'
         'In turn, the representative of the guerrillas said that "there is no final agreement".', False),
        ("A government official said the road was open.\n\nThe official of the rebel movement said that the road was still closed.", False),
        # negative: the same affiliation, the same source
        ("A senior official of the rebel movement said the road was open.\n\nThe official of the movement said that the road would stay open.", True),
    ],
)
def test_claim_probe_affiliated_description_is_a_source_of_its_own(nlp, text: str, same: bool) -> None:
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    assert len(claims) == 2 and all(claim.sources for claim in claims)
    assert (claims[0].sources == claims[1].sources) is same


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # claims23 (Defence Redefined, Yevlakh talks): an account of a source is its information, as a tally is
        ("According to the latest account of the Ruritanian health ministry, the strike killed at least 20 people.", "health ministry"),
        ("According to accounts from residents, the militia burned at least 40 houses in Kidal.", "residents"),
        # negative: an account that is no one's report
        ("According to his bank account, the general was paid twice in March.", None),
    ],
)
def test_claim_probe_according_to_an_account(nlp, text: str, source: str | None) -> None:
    claims, _ = extract_claims(nlp(text), load_gazetteer())
    labels = [" ".join([*claim.speakers, *(s.label for s in claim.sources)]) for claim in claims]
    assert (not claims) if source is None else any(source in label for label in labels), labels
