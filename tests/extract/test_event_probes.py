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
    'Ethiopian and Eritrean officials met in Nairobi on Feb. 9.': 'officials who meet are no negotiator noun (lexical, left open)',
    'KHARTOUM, Feb 13 (Reuters) - Paramilitary forces shelled a camp for displaced people, aid workers said.': "'displaced people' read as an Evacuation",
    'The two armies agreed to a truce two weeks ago.': "'two weeks ago' is kept at week grain (its month), not the day",
    'On 10 February, armed men attacked a humanitarian convoy near Goma.': 'a humanitarian convoy read as an Evacuation',
    'Police fired tear gas at demonstrators in Lima late on Monday.': 'tear gas at demonstrators is no Protest trigger',
    'A war with Iran would be a disaster.': "'would' on a copula does not make its subject hypothetical",
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
