"""Event probes (issue 12, events6): made-up sentences written from the GUIDELINES section 4 definitions
alone, every event type, many conflicts and genres (wire, live blog, explainer, op-ed, UN statement), dates in
every shape, and negatives (word senses, conditionals, negation). Published on a Wednesday, 2024-02-14. The
ones kg still fails are marked as known misses."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.document import _past_verbs
from kg.extract.events import extract_events
from kg.nlp.gazetteer import load_gazetteer
from kg.timex import find_time_expressions
from kg.words import shared_words

PUBLISHED = date(2024, 2, 14)
#: Known misses: sentence -> why.
OPEN = {
}

PROBES = [
    # --- dates in every shape (positive)
    ("wire", "Sudanese army jets bombed a market in Omdurman on Monday night, residents said.", {("Attack", "2024-02-12")}),
    ("wire", "Houthi forces fired two missiles at a tanker in the Red Sea on Sunday.", {("Attack", "2024-02-11")}),
    ("live", "Israeli troops raided the Jenin camp yesterday, the health ministry said.", {("Attack", "2024-02-13")}),
    ("wire", "M23 rebels seized the town of Rubaya last week.", {("Capture", "2024-02")}),
    ("expl", "Protesters marched through central Dhaka earlier this month to demand new elections.", {("Protest", "2024-02")}),
    ("expl", "The two sides signed a ceasefire on 3 March in Addis Ababa.", {("Ceasefire", "2023-03-03")}),
    ("expl", "The civil war in Sierra Leone broke out in 1991.", {("War", "1991")}),
    ("wire", "Colombian troops launched an offensive against ELN fighters on Tuesday.", {("MilitaryOperation", "2024-02-13")}),
    ("un", "The Security Council held consultations on Yemen on 12 February.", {("Talks", "2024-02-12")}),
    ("live", "A car bomb exploded outside a police station in Mogadishu this morning.", {("Explosion", "2024-02-14")}),
    ("wire", "Thousands of civilians fled Khan Younis three days ago.", {("Evacuation", "2024-02-11")}),
    ("wire", "Ethiopian and Eritrean officials met in Nairobi on Feb. 9.", {("Talks", "2024-02-09")}),
    ("expl", "NATO began its air campaign over Libya in March 2011.", {("MilitaryOperation", "2011-03")}),
    ("wire", "The army imposed a blockade on the city of Taiz in 2016.", {("Blockade", "2016")}),
    ("wire", "Hundreds of FARC fighters handed over their weapons in June 2017.", {("Disarmament", "2017-06")}),
    ("live", "Russian drones struck Odesa overnight, killing three people.", {("Attack", "2024-02-13")}),
    ("wire", "Ukrainian forces recaptured the village of Krynky on Saturday, the general staff said.", {("Capture", "2024-02-10")}),
    ("un", "The Secretary-General welcomed the truce agreed by the parties on Thursday.", {("Ceasefire", "2024-02-08")}),
    ("wire", "The next round of talks began on Tuesday in Doha.", {("Talks", "2024-02-13")}),
    ("wire", "A new round of negotiations opened on Monday in Geneva.", {("Talks", "2024-02-12")}),
    ("live", "The following session of the talks started on Friday.", {("Talks", "2024-02-09")}),
    ("wire", "Shelling resumed on the outskirts of Donetsk late on Wednesday.", {("Attack", "2024-02-14")}),
    ("oped", "When Serbian forces shelled Sarajevo in 1992, the world looked away.", {("Attack", "1992")}),
    ("wire", "The government said on Friday that rebels had attacked a convoy near Bamako.", {("Attack", "2024-02-09")}),
    ("wire", "Mali's junta announced on Thursday that it had ended the operation in Kidal.", {("Ceasefire", "2024-02-08"), ("MilitaryOperation", None)}),
    ("expl", "The Dayton accords of 1995 ended the Bosnian war.", {("Ceasefire", "1995"), ("War", None)}),
    ("wire", "Armenian and Azerbaijani diplomats will hold talks in Washington next week.", {("Talks", "2024-02")}),
    ("wire", "Talks between Kinshasa and Kigali are scheduled for Thursday in Luanda.", {("Talks", "2024-02-15")}),
    # --- more date shapes
    ("wire", "Gunmen kidnapped 40 pupils and attacked a school in Kaduna state on 4 March last year.", {("Attack", "2023-03-04")}),
    ("expl", "The insurgency began in 2009 when its fighters took the town of Maiduguri.", {("War", "2009"), ("Capture", "2009")}),
    ("wire", "KHARTOUM, Feb 13 (Reuters) - Paramilitary forces shelled a camp for displaced people, aid workers said.", {("Attack", None)}),
    ("live", "Around noon, a drone struck a petrol station in Kherson.", {("Attack", "2024-02-14")}),
    ("wire", "Israeli aircraft bombed the Rafah crossing in the early hours of Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Hundreds of protesters gathered outside parliament in Nairobi on Tuesday evening.", {("Protest", "2024-02-13")}),
    ("expl", "The Sri Lankan army captured Kilinochchi in January 2009.", {("Capture", "2009-01")}),
    ("wire", "The two armies agreed to a truce two weeks ago.", {("Ceasefire", "2024-01-31")}),
    ("expl", "Tigrayan forces and the federal government signed a peace deal in Pretoria in November 2022.", {("Ceasefire", "2022-11")}),
    ("un", "On 10 February, armed men attacked a humanitarian convoy near Goma.", {("Attack", "2024-02-10")}),
    ("wire", "Thousands have fled the fighting since January.", {("Evacuation", None), ("MilitaryOperation", None)}),
    ("wire", "Jihadists killed 21 soldiers in an ambush on Saturday, three days after an attack on a police post.", {("Attack", "2024-02-10"), ("Attack", "2024-02-07")}),
    ("wire", "The shelling on Thursday came a day after the army's assault on the town.", {("Attack", "2024-02-08"), ("Attack", "2024-02-07")}),
    ("oped", "In the 1990s, the war in Chechnya killed tens of thousands.", {("War", None)}),
    ("wire", "Protests have continued daily since 2019 in Khartoum.", {("Protest", None)}),
    ("live", "Police fired tear gas at demonstrators in Lima late on Monday.", {("Protest", "2024-02-12")}),
    ("wire", "Houthi rebels said on Monday they had attacked a British ship the previous day.", {("Attack", "2024-02-11")}),
    # --- a reported clause's own date over the reporting verb's (parser attaches "on Monday" to the wrong verb)
    ("wire", "Kyiv said on Tuesday Russian troops had shelled Kherson the night before.", {("Attack", "2024-02-12")}),
    ("wire", "The army said on Friday it had captured the town two days earlier.", {("Capture", "2024-02-07")}),
    ("wire", "Officials said on Thursday rebels had seized the town of Pibor on Monday.", {("Capture", "2024-02-12")}),
    ("wire", "The army said on Monday it had recaptured the village.", {("Capture", "2024-02-12")}),
    ("wire", "On Monday, rebels attacked a convoy near Bentiu the day before the vote.", {("Attack", "2024-02-12")}),
    ("wire", "Rebels said that on Monday they had attacked an army convoy.", {("Attack", "2024-02-12")}),
    ("wire", "The militia said on Sunday it had ambushed a patrol the previous evening.", {("Attack", "2024-02-10")}),
    ("wire", "Rebels shelled the airport of Kidal on 2 February, a week before the truce.", {("Attack", "2024-02-02"), ("Ceasefire", "2024-02-09")}),
    ("wire", "The strike on Monday came hours after a rocket attack on Haifa.", {("Attack", "2024-02-12"), ("Attack", None)}),
    ("wire", "Protesters marched a week after the massacre.", {("Protest", None), ("Attack", None)}),
    # --- distinct events, coreference must keep apart
    ("expl", "A ceasefire was signed in 2015 but collapsed within weeks. On Tuesday the parties agreed a new ceasefire.",
    {("Ceasefire", "2015"), ("Ceasefire", "2024-02-13")}),
    ("wire", "Rebels attacked an army post on Monday. On Tuesday soldiers attacked a rebel camp in reprisal.",
    {("Attack", "2024-02-12"), ("Attack", "2024-02-13")}),
    ("wire", "Kurdish fighters shelled Turkish positions on Sunday, and Turkish artillery shelled Kurdish villages on Monday.",
    {("Attack", "2024-02-11"), ("Attack", "2024-02-12")}),
    ("expl", "The 2006 truce lasted two years. The truce announced on Sunday is the third since then.",
    {("Ceasefire", "2006"), ("Ceasefire", "2024-02-11")}),
    ("wire", "Talks in Jeddah failed in May. Fresh talks opened in Jeddah on Monday.",
    {("Talks", "2023-05"), ("Talks", "2024-02-12")}),
    ("wire", "Protesters rallied in Tbilisi on Saturday. Another protest took place in Batumi on Sunday.",
    {("Protest", "2024-02-10"), ("Protest", "2024-02-11")}),
    # --- coreference must merge
    ("wire", "The army launched an offensive on Monday. The offensive has displaced thousands.", {("MilitaryOperation", "2024-02-12"), ("Evacuation", None)}),
    ("wire", "A truce took effect on Sunday. The truce was violated hours later.", {("Ceasefire", "2024-02-11")}),
    # --- negatives: word sense
    ("wire", "A farmer was killed when his tractor hit a landmine near Kharkiv.", {("Explosion", None)}),
    ("wire", "Ceasefire talks resumed in Cairo on Monday.", {("Talks", "2024-02-12")}),
    ("oped", "The government takes the crisis seriously.", set()),
    ("un", "Malta convened the council on Tuesday to discuss the crisis.", set()),
    ("expl", "Since the end of the war, the region has been rebuilt.", {("War", None)}),
    ("wire", "The film hit cinemas on Friday.", set()),
    ("wire", "Shares in the defence company struck a record high on Monday.", set()),
    ("wire", "The striker fired a shot past the goalkeeper on Saturday.", set()),
    # --- conditionals, hypotheticals, negation
    ("wire", "If talks fail, fighting could resume.", set()),
    ("wire", "Officials warned that an attack on the port could come within days.", set()),
    ("un", "Should the parties fail to agree, the blockade would deepen the famine.", {("Blockade", None)}),
    ("wire", "There was no pause in the shelling on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "The army denied that it had bombed the hospital.", set()),
    ("wire", "Neither side has launched an offensive since January.", set()),
    ("oped", "A war with Iran would be a disaster.", set()),
    ("wire", "Clashes may erupt again in Tripoli if the elections are delayed.", set()),
    ("expl", "A new offensive might begin as early as next week, analysts say.", set()),
    ("un", "Renewed hostilities could break out at any moment in South Sudan.", set()),
    ("wire", "Fighting resumed on Monday and could spread to the capital.", {("MilitaryOperation", None)}),
    ("wire", "A suicide attack on Monday could have killed dozens, police said.", {("Explosion", "2024-02-12")}),
    ("live", "Explosions could be heard across Kharkiv on Tuesday night.", set()),
    ("wire", "Fighting may have erupted near the border on Sunday, monitors said.", {("MilitaryOperation", "2024-02-11")}),
    ("wire", "Unless a ceasefire is agreed by Friday, Israel will launch an offensive on Rafah.", {("MilitaryOperation", None)}),
    # --- future cue before a past verb (timex tense)
    ("wire", "The army, which said it will respond, shelled the town on Monday.", {("Attack", "2024-02-12")}),
    ("live", "Delegates to the upcoming summit met on Friday in Addis Ababa.", {("Talks", "2024-02-09")}),
    ("wire", "Rebels who vowed to seize the capital next took Goma on Saturday.", {("Capture", "2024-02-10")}),
    ("un", "The mission, set to expire in June, evacuated 300 civilians on Tuesday.", {("Evacuation", "2024-02-13")}),
    ("wire", "The talks, which were postponed twice, will resume on Thursday.", {("Talks", "2024-02-15")}),
    ("wire", "Negotiators said the next round would begin on Monday.", {("Talks", "2024-02-19")}),
    ("wire", "Officials said the ceasefire will take effect on 3 March.", {("Ceasefire", "2024-03-03")}),
    ("live", "Militants did not attack the base on Sunday, the army said, denying earlier reports.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES)
def test_event_probe(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    if text in OPEN:
        pytest.xfail(OPEN[text])
    doc = nlp(text)
    demonyms = load_gazetteer().demonyms() | {word.lower() for word in shared_words().group_demonyms}
    events = extract_events(doc, find_time_expressions(doc.text, PUBLISHED, (), _past_verbs(doc)), demonyms)
    assert {(e.type, e.time.date if e.time else None) for e in events if e.modality in ("happened", "announced", "planned")} == expected


#: Round-10 probes (events10): talks, sanctions, hostage releases, drone strikes, elections, refugee flows, aid
#: convoys, peace deals, court rulings, crowd control and imagined events, written from the GUIDELINES alone.
#: Protest covers "clashes of protesters with police": security forces firing at, or using force against,
#: demonstrators is a Protest; the same without demonstrators ("to disperse students") is none.
OPEN10 = {
    "Police teargassed hundreds of protesters outside parliament in Kampala on Monday.": "the parser takes 'teargassed' for no verb",
}

PROBES10 = [
    # --- talks: meetings and talks of named sides (positive) and other senses of "meet" (negative)
    ("wire", "Israeli and Hamas negotiators met in Cairo on Sunday.", {("Talks", "2024-02-11")}),
    ("wire", "The Sudanese army and the RSF held talks in Jeddah last month.", {("Talks", "2024-01")}),
    ("wire", "A meeting between Putin and Erdogan took place in Sochi on Monday.", {("Talks", "2024-02-12")}),
    ("live", "Zelensky met Biden at the White House on Tuesday.", {("Talks", "2024-02-13")}),
    ("un", "The mediators held a meeting with both delegations on Friday in Doha.", {("Talks", "2024-02-09")}),
    ("wire", "Talks between the government and the ELN resumed in Caracas on Monday.", {("Talks", "2024-02-12")}),
    ("wire", "Indian and Chinese military commanders met at the border on Sunday.", {("Talks", "2024-02-11")}),
    ("wire", "Ethiopian officials met in Addis Ababa on Monday.", set()),
    ("wire", "Kenyan and Ugandan runners met at the finish line on Sunday.", set()),
    ("wire", "Officials held a meeting on Monday to discuss the budget.", set()),
    ("live", "The Kremlin held a press conference on Friday.", set()),
    ("wire", "The Qatari mediators held a news conference in Doha on Friday.", set()),
    ("wire", "The proposal met with widespread criticism.", set()),
    ("pr", "The new factory meets all safety standards.", set()),
    # --- sanctions, hostage releases, elections, court rulings: no event type of their own
    ("wire", "The EU imposed new sanctions on Iran on Monday.", set()),
    ("wire", "Hamas freed four hostages on Friday.", set()),
    ("wire", "Pakistan held a general election on Thursday.", set()),
    ("un", "The International Court of Justice ordered Israel on 26 January to prevent genocide.", set()),
    ("wire", "The court sentenced the former commander to 20 years for the 2012 massacre in Timbuktu.", {("Attack", "2012")}),
    # --- drone strikes
    ("wire", "A US drone strike killed a senior al-Shabaab commander near Jilib on Saturday.", {("Attack", "2024-02-10")}),
    # --- refugee flows; aid convoys carry supplies, not evacuees
    ("un", "Refugees streamed across the border into Chad on Monday.", {("Evacuation", "2024-02-12")}),
    ("wire", "Some 5,000 people fled across the border into Moldova on Tuesday.", {("Evacuation", "2024-02-13")}),
    ("wire", "The fighting displaced 20,000 people last week.", {("Evacuation", "2024-02"), ("MilitaryOperation", "2024-02")}),
    ("un", "The UN evacuated 300 civilians from Homs on Monday.", {("Evacuation", "2024-02-12")}),
    ("live", "An evacuation convoy left Mariupol on Friday.", {("Evacuation", "2024-02-09")}),
    ("expl", "Refugee numbers rose sharply last year.", set()),
    # (a shelter "for displaced people" is a place, no flight; displaced people who flee do)
    ("live", "An airstrike hit a shelter for displaced families in Rafah on Tuesday.", {("Attack", "2024-02-13")}),
    ("un", "Displaced people in camps for the displaced lacked water.", set()),
    ("wire", "Thousands of displaced villagers fled to the town of Kalemie on Monday.", {("Evacuation", "2024-02-12")}),
    ("un", "A humanitarian convoy reached Aleppo on Monday.", set()),
    ("wire", "An aid convoy came under fire near Kharkiv on Tuesday.", {("Attack", "2024-02-13")}),
    # --- peace deals (a trade deal is none)
    ("expl", "The government and the M23 signed a peace agreement in Nairobi in 2013.", {("Ceasefire", "2013")}),
    ("expl", "Colombia's peace accord with the FARC was signed in November 2016.", {("Ceasefire", "2016-11")}),
    ("wire", "The trade agreement was signed on Monday.", set()),
    # --- crowd control: fired at or used against demonstrators is a Protest (not at a bear, not a dismissal)
    ("wire", "Riot police fired teargas at protesters in Nairobi.", {("Protest", None)}),
    ("wire", "Security forces fired rubber bullets at protesters in Tehran on Saturday.", {("Protest", "2024-02-10")}),
    ("live", "Riot police used water cannon against demonstrators in Tbilisi on Thursday.", {("Protest", "2024-02-08")}),
    ("wire", "Soldiers opened fire on protesters in Khartoum on Monday.", {("Protest", "2024-02-12")}),
    ("wire", "Police teargassed hundreds of protesters outside parliament in Kampala on Monday.", {("Protest", "2024-02-12")}),
    ("wire", "Police fired tear gas at a bear that wandered into the town.", set()),
    ("wire", "Troops fired at a checkpoint near Jenin on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "The officer fired his deputy on Monday.", set()),
    ("wire", "The central bank used its reserves against inflation.", set()),
    # --- imagined events: a non-definite event judged under "would" is no report (a real one judged stays)
    ("oped", "An invasion of Taiwan would be catastrophic for the region.", set()),
    ("oped", "A ceasefire would be the first step toward peace.", set()),
    ("oped", "A wider war would prove catastrophic for Lebanon.", set()),
    ("wire", "Iran threatened to launch strikes on Israel.", set()),
    ("wire", "The army threatened to storm the city.", set()),
    ("wire", "The attack on Monday was a disaster.", {("Attack", "2024-02-12")}),
    ("un", "The blockade of Gaza has been a disaster for its people.", {("Blockade", None)}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES10)
def test_event_probe10(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    if text in OPEN10:
        pytest.xfail(OPEN10[text])
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11), from real dev misses grouped by cause, each phenomenon in other conflicts and
#: genres with negatives. Type precedence: plural attacks that begin or resume are a campaign (a
#: MilitaryOperation dated by its start); launched, or hitting, they stay attacks; a labour strike is none.
OPEN11: dict[str, str] = {}

PROBES11 = [
    ("wire", "Saudi-led coalition airstrikes on Yemen began in March 2015.", {("MilitaryOperation", "2015-03")}),
    ("live", "Russia resumed its strikes on Ukrainian power plants on 22 March.", {("MilitaryOperation", "2023-03-22")}),
    ("expl", "Hundreds died in Turkish drone strikes that started in northern Iraq on 2 January.", {("MilitaryOperation", "2024-01-02")}),
    ("wire", "Russia launched airstrikes on Aleppo on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "A strike began at dawn on the port of Hodeidah on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Dockworkers resumed their strikes on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11)
def test_event_probe11(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    if text in OPEN11:
        pytest.xfail(OPEN11[text])
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): an event a noun presupposes ("in the wake of", "the aftermath of", "an
#: investigation into", "survivors of") happened, whatever demand governs the phrase; "the threat of" and an
#: event under a demand itself stay wanted.
PROBES11_PRESUPPOSED = [
    ("wire", "Thousands of villagers sought shelter in schools in the wake of clashes between the two armies on Monday.", {("MilitaryOperation", "2024-02-12")}),
    ("un", "The opposition demanded an investigation into the massacre in the village on Friday.", {("Attack", "2024-02-09")}),
    ("ngo", "Aid groups urged donors to help survivors of the bombing in Aleppo on Tuesday.", {("Attack", "2024-02-13")}),
    ("oped", "Farmers want to rebuild in the aftermath of the offensive in Tigray.", {("MilitaryOperation", None)}),
    ("wire", "The minister warned of the threat of war with Eritrea.", set()),
    ("wire", "The council called for an inquiry into a possible ceasefire deal.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_PRESUPPOSED)
def test_event_probe11_presupposed(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): the subject of a verb that only judges, reports or looks into an event
#: ("condemned the strike", "investigated the raid") is not its agent, and the subject of one that endures
#: it ("repelled the assault") is its target, so the later mention stays one event with the attack; the
#: subject of a verb of doing ("carried out strikes", "launched rockets") still acts: the other side's act.
PROBES11_SIDES = [
    ("wire", "Houthi forces struck Saudi Arabia's Aramco facility in Jizan on Sunday. Saudi Arabia condemned the strike.", {("Attack", "2024-02-11")}),
    ("wire", "Boko Haram raided a Chadian army post on Lake Chad on Friday. Chad investigated the raid.", {("Attack", "2024-02-09")}),
    ("live", "ISWAP fighters attacked Nigeria's army base in Monguno on Saturday. The Nigerian army repelled the assault.", {("Attack", "2024-02-10")}),
    ("wire", "M23 rebels attacked Congolese troops in Sake on Friday. Kinshasa later acknowledged the attack.", {("Attack", "2024-02-09")}),
    ("wire", "Armenian forces shelled Azerbaijani positions on Monday. Azerbaijan carried out strikes on Armenian positions.", {("Attack", "2024-02-12"), ("Attack", None)}),
    ("live", "Israel launched strikes on Hezbollah positions in Lebanon on Monday. Hezbollah launched rockets at Israel.", {("Attack", "2024-02-12"), ("Attack", None)}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_SIDES)
def test_event_probe11_sides(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): a town, city or named place cut off is besieged (a Blockade), also through a
#: relative pronoun ("a small part of Karabakh, which was cut off"); power or funding cut off is none.
PROBES11_CUT_OFF = [
    ("wire", "The town was cut off by the rebels in December.", {("Blockade", "2023-12")}),
    ("expl", "Rebels have cut off the city of Goma from the rest of the country.", {("Blockade", None)}),
    ("oped", "The Armenians were left with a small part of Karabakh, which was cut off by Azerbaijan last December.", {("Blockade", "2023-12")}),
    ("live", "Power was cut off in Kharkiv on Monday.", set()),
    ("wire", "The government cut off funding to the region's schools.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_CUT_OFF)
def test_event_probe11_cut_off(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): "take" in an idiom ("took place", "taken up position") captures nothing; a
#: part of a territory taken over ("most of the villages", "half of the district") is a Capture; a town
#: taken still is.
PROBES11_TAKE = [
    ("wire", "The ambush took place near Diffa in the Lake Chad area, a vast marshy region shared by Niger and Nigeria.", {("Attack", None)}),
    ("wire", "The troops had only just taken up position on the island.", set()),
    ("expl", "In 2019, most of the villages were taken over by al-Shabaab.", {("Capture", "2019")}),
    ("expl", "Half of the district was taken over by the Taliban in 2021.", {("Capture", "2021")}),
    ("wire", "Rebels took the town of Bunagana on Monday.", {("Capture", "2024-02-12")}),
    ("live", "Ukrainian troops took up positions near Bakhmut on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_TAKE)
def test_event_probe11_take(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): an event in the "for" phrase of a verb whose subject is a demand noun
#: ("pressure built for a truce", "calls are growing for a ceasefire") is wanted, not reported; the talks of
#: a relative clause in the past stay real (issue 12); "after" the attack is no demand.
PROBES11_DEMANDED = [
    ("wire", "Pressure built for a truce to be signed at talks which restarted yesterday in Doha.", {("Talks", "2024-02-13")}),
    ("expl", "Calls are growing for a ceasefire in Tigray.", set()),
    ("live", "Pressure mounted on Monday for talks between Kinshasa and Kigali.", set()),
    ("un", "Demands grew for a withdrawal of Russian troops from Transnistria.", set()),
    ("wire", "Pressure built after the attack on the convoy near Gao on Monday.", {("Attack", None)}),
    ("expl", "The campaign for independence turned into a war in 1998.", {("War", "1998")}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_DEMANDED)
def test_event_probe11_demanded(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): "it"/"them" as a trigger's argument stands for the nearest earlier subject or
#: object of its number, not the subject of its own clause ("reopened the road after separatists had blocked
#: it"); a pronoun for a plan or a bill blocks nothing.
PROBES11_PRONOUN = [
    ("wire", "The army reopened the highway on Monday, a week after rebels had blocked it.", {("Blockade", "2024-02-05")}),
    ("expl", "The Rafah crossing is the only way into Gaza, and Israel closed it on Monday.", {("Blockade", "2024-02-12")}),
    ("live", "Protesters occupied the bridges on Friday and blocked them for three days.", {("Protest", "2024-02-09"), ("Blockade", "2024-02-09")}),  # (protest46: protesters who occupy a place protest, no Capture)
    ("wire", "The committee approved the plan on Monday, but parliament blocked it.", set()),
    ("oped", "The border plan was popular, but the senate blocked it.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_PRONOUN)
def test_event_probe11_pronoun(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-11 probes (events11): a past-tense verb the parser hangs on a purpose infinitive ("crossed the river
#: to reinforce their lines and overran an army post") is a clause of its own, not a purpose; a bare verb
#: coordinated with the infinitive stays wanted.
PROBES11_CONJUNCT = [
    ("wire", "Police arrived to clear the road and fired tear gas at protesters on Monday.", {("Protest", "2024-02-12")}),
    ("wire", "The rebels crossed the river to reinforce their lines and overran an army post on Sunday.", {("Capture", "2024-02-11")}),
    ("live", "Jets flew in to support the ground troops and bombed a bridge on Thursday.", {("Attack", "2024-02-08")}),
    ("wire", "The UN wants to deploy monitors and oversee a ceasefire in Idlib.", set()),
    ("un", "Egypt urged both sides to release hostages and agree a truce.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES11_CONJUNCT)
def test_event_probe11_conjunct(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-16 probes (events16): the doer of a passive verb is its agent ("villagers were killed by gunmen",
#: "homes were torched by rebels"), as the subject of the active verb is; things set on fire or ablaze by
#: fighters; a partitive object ("dozens of houses") is what was burnt. Not protesters burning tyres, not a
#: storm's victims.
PROBES16_DOER = [
    ("wire", "Twelve villagers were killed by gunmen in Zamfara on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Up to 25 people were killed by rebels at a school in Kasese on Friday.", {("Attack", "2024-02-09")}),
    ("wire", "Dozens of houses were torched by gunmen in Plateau state on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "Gunmen torched dozens of houses in Plateau state on Sunday.", {("Attack", "2024-02-11")}),
    ("live", "Two fuel trucks were set on fire by militants near Gondar.", {("Attack", None)}),
    ("wire", "Several homes were set ablaze by bandits on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Separatist fighters killed two soldiers in Bamenda on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "At least two soldiers have been killed by separatist fighters in the Northwest region on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Rebel fighters killed 14 civilians near Beni on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Two people were killed by the storm on Monday.", set()),
    ("wire", "A landslide killed two rebel fighters near Beni on Monday.", set()),
    ("wire", "Tyres were set ablaze by protesters in Nairobi.", set()),
    ("live", "Protesters set tyres on fire outside parliament on Monday.", set()),
    ("wire", "Dozens of tyres were burned by demonstrators in Dakar on Friday.", set()),
    ("wire", "The minister set the tone on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES16_DOER)
def test_event_probe16_doer(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)



#: Round-16 probes (events16): a conjunct verb with no subject of its own has the doer of the verb it is
#: coordinated with ("Rebels looted shops and burned homes"); not villagers burning tyres, not a storm.
PROBES16_CONJUNCT_DOER = [
    ("wire", "Rebels looted shops and burned homes and churches on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "Militants entered the village of Kalma and killed 12 people on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Villagers gathered in the square and burned tyres on Monday.", set()),
    ("wire", "The storm hit the coast and killed 12 people on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES16_CONJUNCT_DOER)
def test_event_probe16_conjunct_doer(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)



#: Round-16 probes (events16): a hedged report through a raising verb keeps its event and its doer: the subject
#: of "are said/believed/reported to have" is the infinitive's ("Rebels are said to have attacked a convoy");
#: not villagers burning tyres; a threatened attack stays wanted.
PROBES16_RAISED = [
    ("wire", "Rebels are said to have attacked a convoy near Beni on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Gunmen are believed to have killed 12 villagers in Zamfara on Monday.", {("Attack", "2024-02-12")}),
    ("expl", "Militants are thought to have torched the school on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "Villagers are said to have burned tyres on Monday.", set()),
    ("wire", "Rebels threatened to attack Goma on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES16_RAISED)
def test_event_probe16_raised(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-16 probes (events16): people shot dead or gunned down by irregular armed men are attacked, as people
#: they kill are ("Unidentified gunmen shot dead a journalist", "were shot dead by militants"); not a police
#: shooting, an aircraft shot down, or a film shot.
PROBES16_SHOT = [
    ("wire", "Two soldiers were shot dead by militants near Quetta on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Unidentified gunmen shot dead a journalist in Karachi on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Bandits gunned down six farmers in Zamfara on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "Police shot a suspect in Lagos on Monday.", set()),
    ("wire", "Militants shot a video of the attack.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES16_SHOT)
def test_event_probe16_shot(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-16 probes (events16): violence people were killed or wounded in is an Attack ("killed during fresh
#: violence that broke out on Friday morning"); not among demonstrators, not violence as a topic, nor a bare
#: outbreak of violence.
PROBES16_VIOLENCE = [
    ("wire", "Five villagers were killed in communal violence in Plateau state on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "Three herders were wounded during fresh violence that broke out in Ituri on Friday morning.", {("Attack", "2024-02-09")}),
    ("wire", "Two protesters died in violence at the rally on Monday.", {("Protest", "2024-02-12")}),
    ("un", "The report condemned violence against women.", set()),
    ("wire", "Violence broke out in the city on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES16_VIOLENCE)
def test_event_probe16_violence(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-17 probes (events17, new articles: Lebanon-Israel border, Nigeria banditry): a quantity noun heading a
#: verb's object or subject ("launched dozens of rockets", "Dozens of bandits stormed") hides the counted word
#: from the word-class checks; fire aimed past the path it crosses ("over the border at the town") is aimed.
#: Published on a Wednesday, 2024-02-14.
PROBES17_QUANTITY = [
    ("wire", "The militia said it had launched dozens of rockets at the town of Zarin on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Rebels launched a volley of missiles towards the airbase in Tessin on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "The militia said it had launched rockets over the border at Kiryat Dov in northern Velmora early on Tuesday.", {("Attack", "2024-02-13")}),
    ("wire", "Dozens of bandits on motorcycles stormed the village of Koran Dutse on Sunday.", {("Attack", "2024-02-11")}),
    ("wire", "A group of gunmen stormed a hotel in Marka on Friday.", {("Attack", "2024-02-09")}),
    # negatives: a quantity of what is no projectile or raider, a path with no aim, launches of no weapon
    ("wire", "The ministry launched dozens of projects across the region on Tuesday.", set()),
    ("wire", "Dozens of soldiers stormed the hill of Kuto on Sunday.", {("Capture", "2024-02-11")}),
    ("wire", "The agency launched hundreds of weather balloons over the border on Tuesday.", set()),
    ("wire", "The company launched dozens of satellites at the site on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES17_QUANTITY)
def test_event_probe17_quantity(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-17 probes (events17): attackers who flee after their attack are no evacuees ("The terrorists killed 16
#: people in the attack and fled"); residents who flee are.
PROBES17_FLED = [
    ("wire", "On Monday the bandits killed nine villagers in the raid and fled before troops arrived.", {("Attack", "2024-02-12")}),
    ("wire", "The kidnappers fled into the forest on Monday.", set()),
    ("wire", "Hundreds of villagers fled into the forest on Monday.", {("Evacuation", "2024-02-12")}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES17_FLED)
def test_event_probe17_fled(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-17 probes (events17, Cabo Delgado wire reports): a vehicle, patrol or place attacked in the passive, its
#: attackers unnamed, was attacked ("a vehicle was attacked on the road to Palma"); not a plan or a person attacked
#: in words. A sentence opened by "Also" tells another event of a list ("Also on Saturday, a vehicle was
#: attacked"), not the one told before on that day; a definite noun in it still refers back.
PROBES17_PASSIVE = [
    ("wire", "On Saturday, a vehicle was attacked 15 kilometres from Kavumu town.", {("Attack", "2024-02-10")}),
    ("wire", "A police patrol was ambushed near the village of Tonka on Sunday.", {("Attack", "2024-02-11")}),
    ("oped", "The plan was attacked by critics on Monday.", set()),
    ("wire", "The minister was attacked in the press on Monday.", set()),
]
PROBES17_ADDITIVE = [
    ("wire", "On Saturday, insurgents attacked a bus in Miyoe village.\nAlso on Saturday, a truck was attacked 11 kilometres from Kavumu town.",
     [("Attack", "2024-02-10"), ("Attack", "2024-02-10")]),
    ("wire", "On Saturday, insurgents attacked a bus in Miyoe village.\nAlso on Saturday, the attack drew a rebuke from the governor.", [("Attack", "2024-02-10")]),
    ("wire", "On Saturday, insurgents attacked a bus in Miyoe village.\nThe attack on Saturday killed ten people.", [("Attack", "2024-02-10")]),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES17_PASSIVE)
def test_event_probe17_passive(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES17_ADDITIVE)
def test_event_probe17_additive(nlp: Language, genre: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    doc = nlp(text)
    demonyms = load_gazetteer().demonyms() | {word.lower() for word in shared_words().group_demonyms}
    events = extract_events(doc, find_time_expressions(doc.text, PUBLISHED, (), _past_verbs(doc)), demonyms)
    found = sorted((e.type, e.time.date if e.time else None) for e in events if e.modality == "happened")
    assert found == expected


#: Round-34 probes (events34): an attack or bombing after "for" is the reason for the clause's act (a claim of
#: responsibility, an arrest, a wanted list), an earlier event that the clause's date does not date; a date of
#: its own phrase still does; talks after "for" are the purpose of the clause's act, at its time.
PROBES34_REASON = [
    ("wire", "The Islamic State group on Tuesday claimed responsibility for the attack, which killed nine soldiers.", {("Attack", None)}),
    ("wire", "Prosecutors said on Friday that Kassim had been placed on an international wanted list for the strikes that killed 12 people in Gao.", {("Attack", None)}),
    ("wire", "Police arrested two men in Mopti on Friday for the bombing on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "The rebel delegation arrived in Tindouf on Thursday for talks with the government.", {("Talks", "2024-02-08")}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES34_REASON)
def test_event_probe34_reason(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-34 probes (events34): talks an adjective of readiness takes by a preposition are offered, not held
#: ("remain open to dialogue", "were ready for talks"): no talks reported; talks held still are.
PROBES34_READINESS = [
    ("wire", "The rebels said they were open to talks with the capital.", set()),
    ("wire", "The junta says it remains prepared for negotiations with the ethnic armies.", set()),
    ("wire", "Rebel leaders held talks with the government on Monday.", {("Talks", "2024-02-12")}),
    ("wire", "The border crossing was reopened after talks on Monday.", {("Talks", "2024-02-12")}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES34_READINESS)
def test_event_probe34_readiness(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-34 probes (events34): a swath of territory taken or gained back is territory captured ("took back a large
#: swath of territory", "gaining back swathes of territory in 2020"); swathes only held, or of farmland burnt, are none.
PROBES34_SWATHES = [
    ("wire", "The two countries fought two wars over the enclave, with Velmora gaining back swathes of territory in 2020.", {("Capture", "2020"), ("War", "2020")}),
    ("wire", "The army regained large swathes of territory in 2020.", {("Capture", "2020")}),
    ("wire", "The rebels control vast swathes of territory in the north.", set()),
    ("wire", "The fire destroyed large swathes of farmland in 2020.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES34_SWATHES)
def test_event_probe34_swathes(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-37 probes (types37b): forces that pull back or leave withdraw (a Disarmament): the noun of a pullback done by
#: forces, troops that leave a country, fighters who are back after having retreated (a perfect gerund takes the doers of
#: the clause it modifies); fighters who flee in a chain of raising verbs retreat, no population flees. Negatives: troops
#: that leave for the front, an attack that leaves soldiers dead, a pullback of prices, villagers seen fleeing.
PROBES37_WITHDRAWAL = [
    ("wire", "Local officials credited a pullback by Dravenian troops for the calm in Ostrel.", {("Disarmament", None)}),
    ("wire", "The last Kessan troops left the province in August.", {("Disarmament", "2023-08")}),
    ("wire", "The militants were back in Harnu after having retreated some days previously.", {("Disarmament", None)}),
    ("wire", "The bandits were said to have been sighted fleeing from rockets fired by the jets.", {("Attack", None)}),
    ("wire", "The troops left for the front on Monday.", set()),
    ("wire", "The heatwave left five soldiers dead.", set()),
    ("wire", "Analysts expect a pullback by oil prices next month.", set()),
    ("wire", "Villagers were said to have been seen fleeing toward the border.", {("Evacuation", None)}),
]


#: Round-37 probes (types37b): "others" that flee in a clause beside one whose subject, active or passive, is fighters
#: ("several of the gunmen were neutralised while others fled") are more fighters, who retreat: no population flees.
#: Negative: others beside villagers flee.
PROBES37_OTHERS = [
    ("wire", "Several members of the Tarsin militia were neutralised while others fled with gunshot wounds.", set()),
    ("wire", "Several of the jihadists were killed while others fled into the forest.", set()),
    ("wire", "Some villagers were killed while others fled into the forest.", {("Evacuation", None)}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES37_OTHERS)
def test_event_probe37_others(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES37_WITHDRAWAL)
def test_event_probe37_withdrawal(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-37 probes (types37b): a verb with no object shares that of the verb coordinated right after it: wounded soldiers
#: "evacuated and treated" are no population moved out, residents are; forces that evacuate them do not pull out.
PROBES37_SHARED_OBJECT = [
    ("wire", "Medics were said to have evacuated and resuscitated 14 wounded soldiers from the scene to a military hospital.", set()),
    ("wire", "The Velmoran army evacuated and sheltered 40 residents of Tarsk.", {("Evacuation", None)}),
    ("wire", "Rescuers evacuated and sheltered 300 villagers from the district.", {("Evacuation", None)}),
    ("wire", "The soldiers evacuated with the help of helicopters.", {("Disarmament", None)}),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES37_SHARED_OBJECT)
def test_event_probe37_shared_object(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-37 probes (types37b): gunmen, bandits or terrorists who invade a place raid it, an Attack, and so is their
#: invasion; a state's or an army's invasion stays a campaign, fans invade nothing.
PROBES37_INVASION = [
    ("wire", "The locals were killed when heavily armed bandits invaded their community on Saturday evening.", {("Attack", "2024-02-10")}),
    ("wire", "The village of Korro was invaded by gunmen on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "We lost 11 people in the terrorist invasion on Friday, the administrator said.", {("Attack", "2024-02-09")}),
    ("wire", "Villagers fought back after a sudden invasion by the gunmen.", {("Attack", None)}),
    ("wire", "The Velmoran army invaded Kessa in February 2022.", {("MilitaryOperation", "2022-02")}),
    ("wire", "An invasion by Velmoran forces began on February 24.", {("MilitaryOperation", "2023-02-24")}),
    ("wire", "Fans invaded the pitch after the match.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES37_INVASION)
def test_event_probe37_invasion(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)


#: Round-41 probes (types41): every event type probed with positives and near misses across conflicts; the failing
#: patterns, each with a made-up sentence from another conflict and a close sentence where the rule must not fire.
PROBES41 = [
    # pirates, kidnappers and hijackers attack as gunmen do
    ("wire", "Pirates fired on a fishing trawler off the coast of Lorn on Monday.", {("Attack", "2024-02-12")}),
    ("wire", "Kidnappers attacked a bus near Tarsk on Saturday.", {("Attack", "2024-02-10")}),
    ("wire", "Kidnappers released the passengers of the bus near Tarsk on Saturday.", set()),
    # a counteroffensive the tagger reads as an adjective
    ("wire", "Kessan troops launched a counteroffensive near Tarsk on Tuesday.", {("MilitaryOperation", "2024-02-13")}),
    ("expl", "Kessan generals studied counteroffensive tactics at the academy.", set()),
    # a gerund subject tagged a verb is the hostilities a halt stops
    ("wire", "Fighting between the two clans ended on Sunday.", {("Ceasefire", "2024-02-11"), ("MilitaryOperation", None)}),
    ("expl", "Fighting the clans became the army's priority.", set()),
    # a refusal: an event verb refused is not done; an event noun it only touches is
    ("wire", "The Velmoran rebels refused to disarm on Monday.", set()),
    ("wire", "Villagers in Tarsk refused to leave their homes.", set()),
    ("wire", "The rebels refused to attend the talks in Lorn on Monday.", {("Talks", "2024-02-12")}),
    # an event of one's own pressed on goes on; one pressed for is sought
    ("wire", "Kessan forces pressed their offensive on Tarsk on Monday.", {("MilitaryOperation", "2024-02-12")}),
    ("wire", "The envoy pressed for talks with the Velmoran rebels on Monday.", set()),
    # mediation between sides
    ("wire", "Norwegian diplomats mediated between the Kessan government and the rebels in Oslo on Sunday.", {("Talks", "2024-02-11")}),
    ("wire", "Norway offered to mediate between the Kessan government and the rebels.", set()),
    # a withdrawal from a market
    ("wire", "The bank announced its withdrawal from the Velmoran market on Monday.", set()),
    ("wire", "The army completed its withdrawal from Tarsk on Friday.", {("Disarmament", "2024-02-09")}),
    # an explosion of a sudden growth
    ("wire", "Exporters reported an explosion in demand for drones.", set()),
    ("wire", "The crowd's explosion of anger surprised the police.", set()),
    ("wire", "A car bomb explosion in the market of Tarsk killed five people on Monday.", {("Explosion", "2024-02-12")}),
    # an event noun that only describes the noun after it
    ("wire", "Authorities in Lorn drew up an evacuation plan.", set()),
    ("wire", "The evacuation of Tarsk began on Monday.", {("Evacuation", "2024-02-12")}),
    ("oped", "Critics said the Kessan government had a siege mentality.", set()),
    ("wire", "The siege of Tarsk entered its third month.", {("Blockade", None)}),
    ("wire", "Kessa said on Monday it would leave the landmine treaty.", set()),
    ("wire", "A landmine killed two herders near Tarsk on Sunday.", {("Explosion", "2024-02-11")}),
    ("oped", "Analysts called the result a protest vote against the Kessan government.", set()),
    ("wire", "Students held a protest outside the university in Lorn on Tuesday.", {("Protest", "2024-02-13")}),
    # roads blocked by the weather, traffic or an accident: no one's hostility
    ("wire", "Heavy snow blocked the main road to Tarsk on Monday.", set()),
    ("wire", "Traffic jams blocked roads in Lorn.", set()),
    ("wire", "A road accident blocked the highway near Juba on Monday.", set()),
    ("wire", "A collision between two lorries blocked the road to Kassala.", set()),
    ("wire", "Militia fighters blocked the main road to Tarsk on Monday.", {("Blockade", "2024-02-12")}),
    ("wire", "Gunmen blocked the highway near Juba after an accident.", {("Blockade", None)}),
    # one official who protests objects in words
    ("wire", "The Kessan ambassador protested the decision in a letter on Monday.", set()),
    ("wire", "Farmers protested outside the ministry in Lorn on Monday.", {("Protest", "2024-02-12")}),
    # a march, not the month nor the march of progress
    ("wire", "Thousands took part in a march for peace in Lorn on Sunday.", {("Protest", "2024-02-11")}),
    ("oped", "The march of progress cannot be stopped, the minister said.", set()),
    ("wire", "The mercenaries' march on the capital ended on Saturday.", set()),
    ("wire", "A march by rebel fighters on the capital began on Friday.", set()),
    ("wire", "The talks were held on March 3 in Lorn.", {("Talks", "2023-03-03")}),
    # protesters who storm a building protest; troops who storm a town take it
    ("wire", "Protesters stormed the parliament in Lorn on Saturday.", {("Protest", "2024-02-10")}),
    ("wire", "Troops stormed the town of Tarsk on Saturday.", {("Capture", "2024-02-10")}),
    # a town that falls to an armed group named
    ("wire", "The town of Tarsk fell to the Rapid Support Forces on Sunday.", {("Capture", "2024-02-11")}),
    ("wire", "Support for the Kessan president fell to a record low on Monday.", set()),
    # a share of the vote captured is no territory
    ("wire", "The ruling party captured 60 percent of the vote in Kessa on Sunday.", set()),
    ("expl", "Rebels captured 40 percent of the territory of Kessa in 2023.", {("Capture", "2023")}),
    # a projectile hurled or thrown at a target
    ("wire", "Militants threw a grenade at a checkpoint in Lorn on Sunday.", {("Attack", "2024-02-11")}),
    # (stones are no projectile: no attack; protesters who throw them at police clash with them, a protest: protest47)
    ("wire", "Protesters threw stones at the police in Lorn on Sunday.", {("Protest", "2024-02-11")}),
    # weapons turned in or over
    ("wire", "Some 300 fighters turned in their rifles at a ceremony on Monday.", {("Disarmament", "2024-02-12")}),
    ("wire", "The clerk turned over the documents to the court on Friday.", set()),
    # people who stream out of a town, or are carried out of it, flee
    ("wire", "Thousands of families poured out of the town of Tarsk on Sunday.", {("Evacuation", "2024-02-11")}),
    ("wire", "Helicopters ferried 300 residents out of the town on Monday.", {("Evacuation", "2024-02-12")}),
    ("wire", "Fans streamed out of the stadium after the match on Monday.", set()),
    ("wire", "Residents poured out of their homes into the streets to celebrate on Monday.", set()),
    ("wire", "Porters carried the bags out of the house on Monday.", set()),
]


@pytest.mark.parametrize(("genre", "text", "expected"), PROBES41)
def test_event_probe41(nlp: Language, genre: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    test_event_probe(nlp, genre, text, expected)
