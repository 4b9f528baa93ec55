"""Events and dates in other news styles: time clauses ("when"), gerunds the parser reads as verbs,
"overnight", negotiators who meet; each with sentences from several conflicts and a negative case."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.timex import entry_mark_after, find_time_expressions
from tests.extract.test_event_phenomena import events_of, factual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels seized the town when government troops withdrew on Thursday.", ("Capture", "2024-02-08")),
        ("Soldiers captured the ridge when the militia retreated on Monday night.", ("Capture", "2024-02-12")),
        ("Militants shelled the base when the convoy arrived on Friday.", ("Attack", "2024-02-09")),
        ("Gunmen ambushed the patrol as it crossed the river on 3 January.", ("Attack", "2024-01-03")),
    ],
)
def test_a_when_clause_dates_its_main_event(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army retook the town after the rebels withdrew on Monday.", "Capture"),
        ("Jets bombed the bridge before the convoy crossed it on Friday.", "Attack"),
        ("Rebels seized the town of Kalehe, while talks opened in Nairobi on Monday.", "Capture"),
    ],
)
def test_an_after_or_before_clause_does_not_date_its_main_event(nlp: Language, text: str, event_type: str) -> None:
    assert (event_type, None) in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling resumed on Monday after a brief lull.", ("Attack", "2024-02-12")),
        ("Artillery shelling of Kharkiv intensified earlier this month.", ("Attack", "2024-02")),
    ],
)
def test_a_gerund_read_as_a_verb_takes_the_date_of_its_clause(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones attacked the port of Izmail overnight, officials said.", ("Attack", "2024-02-13")),
        ("Overnight, Israeli jets struck a house in Rafah.", ("Attack", "2024-02-13")),
        ("Houthi rebels fired missiles at a tanker overnight.", ("Attack", "2024-02-13")),
    ],
)
def test_overnight_is_the_night_before_publication(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


def test_overnight_keeps_a_named_day_and_needs_a_publication_date() -> None:
    published = date(2024, 2, 14)
    (sunday,) = find_time_expressions("Clashes erupted in Tripoli on Sunday overnight.", published)
    assert (sunday.value, sunday.granularity) == ("2024-02-11TNI", "part_of_day")
    (monday,) = find_time_expressions("Russia launched drones at Odesa overnight Monday.", published)
    assert (monday.text, monday.value) == ("Monday", "2024-02-12")
    (tuesday,) = find_time_expressions("Drones struck Kharkiv overnight into Tuesday.", published)
    assert (tuesday.text, tuesday.value) == ("Tuesday", "2024-02-13")
    (unknown,) = find_time_expressions("Drones struck the depot overnight.", None)
    assert unknown.value is None and unknown.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators met in Jeddah in mid-January.", {("Talks", "2024-01")}),
        ("Delegations from Kinshasa and Kigali met in Luanda on Tuesday.", {("Talks", "2024-02-13")}),
        ("The delegation met with rebel leaders on Saturday.", {("Talks", "2024-02-10")}),
    ],
)
def test_negotiators_who_meet_hold_talks(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    ["The envoys met resistance from hardliners.", "Government negotiators met the deadline."],
)
def test_negotiators_meeting_a_demand_hold_no_talks(nlp: Language, text: str) -> None:
    assert factual(events_of(nlp, text)) == set()


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in find_time_expressions(text, date(2024, 2, 14))]


def test_a_day_named_from_the_last_named_day_is_resolved() -> None:
    assert _values("On Monday, M23 rebels shelled Goma. The day before, drones struck the airport.") == [
        ("Monday", "2024-02-12"),
        ("The day before", "2024-02-11"),
    ]
    assert _values("On 3 January the army attacked Kidal. That night the rebels withdrew. The next morning they returned.") == [
        ("3 January", "2024-01-03"),
        ("That night", "2024-01-03TNI"),
        ("The next morning", "2024-01-04TMO"),
    ]
    assert _values("Troops entered Marawi on Tuesday. Earlier in the day, jets bombed the town.")[-1] == (
        "Earlier in the day",
        "2024-02-13",
    )


def test_a_day_named_from_no_named_day_stays_unresolved() -> None:
    """Negative: with no day named before, "the day before" is not the publication day's eve."""
    assert _values("An airstrike killed 20 civilians in Sagaing the day before.") == [("the day before", None)]
    assert _values("Three weeks later, talks resumed.") == [("Three weeks later", None)]
    assert _values("Later in the day, jets bombed the town.") == [("Later in the day", None)]


def test_the_day_before_dates_an_event(nlp: Language) -> None:
    events = events_of(nlp, "Houthi rebels attacked a tanker on Tuesday. The day before, US jets bombed Hodeidah.")
    assert ("Attack", "2024-02-12") in factual(events)


def test_an_ordinal_day_of_a_relative_month_is_a_day() -> None:
    assert _values("Taliban fighters started firing from the 7th of this month.") == [("7th of this month", "2024-02-07")]
    assert _values("Rebels attacked the garrison on the 3rd of last month.") == [("3rd of last month", "2024-01-03")]


def test_a_day_a_relative_month_does_not_have_is_only_the_month() -> None:
    """Negative: no 30 February; a bare number before "of this month" is no day."""
    assert _values("Rebels attacked on the 30th of this month.") == [("this month", "2024-02")]
    assert _values("Some 7 of this month's convoys were attacked.") == [("this month", "2024-02")]


def test_an_ordinal_day_of_a_relative_month_dates_an_event(nlp: Language) -> None:
    events = events_of(nlp, "Afghan Taliban started unprovoked firing from the 7th of this month from the Palosin area.")
    assert ("Attack", "2024-02-07") in factual(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2014 annexation of Crimea triggered sanctions.", ("Capture", "2014")),
        ("The fall of Kabul in August 2021 ended two decades of war.", ("Capture", "2021-08")),
        ("The rocket fire from Gaza continued overnight.", ("Attack", "2024-02-13")),
        ("Heavy artillery fire was reported near Bakhmut on Tuesday.", ("Attack", "2024-02-13")),
    ],
)
def test_nominal_captures_of_places_and_weapon_fire(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The fall of the government on Monday surprised analysts.",
        "The National Liberation Front rejected the deal.",
        "The fall in prices hit farmers.",
        "Firefighters battled a house fire in the suburb.",
        "Residents heard machine-gun fire all night.",  # heard: perhaps not an attack
    ],
)
def test_no_capture_of_a_government_and_no_attack_by_a_house_fire(nlp: Language, text: str) -> None:
    assert factual(events_of(nlp, text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli jets struck Gaza on Friday – the heaviest raids in weeks.", ("Attack", "2024-02-09")),
        ("Gunmen ambushed a bus near Jos on 3 February - the third attack this year.", ("Attack", "2024-02-03")),
        ("The army said on Monday: its troops had recaptured the town.", ("Capture", "2024-02-12")),
    ],
)
def test_a_date_before_a_dash_inside_a_sentence_dates_its_event(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    "line", ["Sept 20, 2023: Azerbaijan halts offensive", "Updated on 20 September 2023 - 10:15", "KYIV, March 3 - Russia attacked."]
)
def test_a_date_heading_its_line_before_a_colon_or_dash_is_still_a_dateline(line: str) -> None:
    assert find_time_expressions(line, date(2024, 2, 14))[0].role == "dateline"


def test_days_counted_from_the_last_named_day() -> None:
    assert _values("On 5 February Malian troops entered Gao. Two days later jihadists attacked the camp.") == [
        ("5 February", "2024-02-05"),
        ("Two days later", "2024-02-07"),
    ]
    assert _values("Rebels took Bunia on Monday. A week later the army retook it.")[-1] == ("A week later", "2024-02-19")


def test_days_counted_from_another_event_or_vaguely_stay_unresolved() -> None:
    """Negative: "two days after the vote" counts from the vote; "several days later" gives no count."""
    assert _values("On 5 February Kenya voted. Two days after the vote, riots broke out.")[-1] == ("Two days after", None)
    assert _values("On 5 February Kenya voted. Several days later, riots broke out.")[-1] == ("Several days later", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riots broke out in Dakar on Friday after the opposition leader was jailed.", {("Protest", "2024-02-09")}),
        ("Youths rioted in the suburbs of Paris on Tuesday night.", {("Protest", "2024-02-13")}),
        ("Deadly riots over fuel prices spread to Kano.", {("Protest", None)}),
    ],
)
def test_riots_are_protests(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text", ["The riot police guarded the parliament.", "The film caused a riot of colour.", "The Riot Act was read."]
)
def test_riot_police_and_a_riot_of_colour_are_no_protest(nlp: Language, text: str) -> None:
    assert factual(events_of(nlp, text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A riot at the Koruna women's prison on Tuesday left at least 30 inmates dead.", {("Attack", "2024-02-13")}),
        ("Police left the Valdora prison after a security operation due to riots.", {("Attack", None)}),
        ("Inmates rioted at the jail in Marenza on Monday.", {("Attack", "2024-02-12")}),
    ],
)
def test_a_riot_in_a_prison_is_an_attack(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    """A prison riot is inmates' violence (GUIDELINES: Protest is demonstrations and rallies)."""
    assert {event for event in factual(events_of(nlp, text)) if event[0] in ("Attack", "Protest")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out in Dakar on Friday after protesters learned the opposition leader was sent to prison.",
        "Riots broke out in Dakar after the opposition leader was jailed.",
    ],
)
def test_a_riot_over_a_prison_sentence_stays_a_protest(nlp: Language, text: str) -> None:
    """Negative: protesters who riot, or a prison only as a verb ("jailed"), keep the riot a Protest."""
    assert "Attack" not in {event[0] for event in factual(events_of(nlp, text))}
    assert "Protest" in {event[0] for event in factual(events_of(nlp, text))}


def test_nights_ago_are_a_night() -> None:
    assert _values("Russian drones struck Odesa two nights ago.") == [("two nights ago", "2024-02-12TNI")]
    assert _values("Gunmen raided the village several nights ago.") == [("several nights ago", None)]  # no count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A riot at the Koruna women's prison left 30 inmates dead on Tuesday. "
            "The president said the riot was planned by gangs.",
            {("Attack", "2024-02-13")},
        ),
        (
            "Four soldiers were killed during an armed conflict with Lembara rebels on Thursday morning. "
            "Four soldiers were killed in the conflict, the army spokesman said.",
            {("MilitaryOperation", "2024-02-08")},
        ),
        (
            "A suicide attack hit a market in Darunta on Monday. The attack killed nine people.",
            {("Explosion", "2024-02-12")},
        ),
    ],
)
def test_a_definite_repetition_keeps_the_earlier_sense(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    """ "the riot" after a prison riot, "the conflict" after a one-day armed conflict: one event, the first
    mention's type, not the word's general one (a Protest, a War, an Attack)."""
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A riot at the Koruna women's prison left 30 inmates dead on Tuesday. "
            "A riot broke out in the capital on Friday. The riot spread to Kano.",
            {("Attack", "2024-02-13"), ("Protest", "2024-02-09")},
        ),
        (
            "A riot at the Koruna women's prison left 30 inmates dead on Tuesday. Riots over fuel prices spread to Kano.",
            {("Attack", "2024-02-13"), ("Protest", None)},
        ),
    ],
)
def test_an_indefinite_mention_is_a_new_event_of_the_general_sense(
    nlp: Language, text: str, expected: set[tuple[str, str | None]]
) -> None:
    """Negative: "a riot" or "riots" without a determiner start a new event, and "the riot" after them is that one."""
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tajik forces fired at Kyrgyz border guards on Friday. Tajik officials charged that the Kyrgyz forces "
        "subjected Tajik villages near the border to intensive mortar bombardment and shelling.",
        "Jihadists attacked the Malian army on Monday. Villages were subjected to intensive shelling by the Malian army.",
    ],
)
def test_the_side_that_subjects_others_to_shelling_attacks_apart(nlp: Language, text: str) -> None:
    """Opposite sides' attacks (issue 12): the subject of "subjected X to shelling" is the shelling's agent, so the
    other side's attack is another event."""
    attacks = [event for event in events_of(nlp, text) if event.type == "Attack"]
    assert len(attacks) == 2
    shelling = next(event for event in attacks if any(m.text == "shelling" for m in event.mentions))
    assert any(p.role == "agent" for p in shelling.participants)


def test_a_side_that_only_answers_shelling_is_not_its_agent(nlp: Language) -> None:
    """Negative: "responded to the shelling" names no agent of the shelling."""
    events = events_of(nlp, "The Kyrgyz forces responded to the shelling of their posts on Friday.")
    assert all(p.role != "agent" for event in events if event.type == "Attack" for p in event.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The attack on a police post in Kalat killed seven troops, said the military on Sunday. The attack took place on Saturday.",
        "The ambush on a police convoy killed five officers, the police said on Sunday. The ambush took place on Saturday.",
    ],
)
def test_a_date_only_of_the_reporting_clause_gives_way_to_the_events_own(nlp: Language, text: str) -> None:
    """"said on Sunday" dates the report; the event "took place on Saturday": one event, dated Saturday."""
    assert factual(events_of(nlp, text)) == {("Attack", "2024-02-10")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ambush on a police convoy killed five officers, the police said on Sunday. "
            "An ambush on 20 January killed two herders.",
            {("Attack", "2024-02-11"), ("Attack", "2024-01-20")},
        ),
        (
            "The attack on a police post in Kalat killed seven troops, said the military on Sunday. "
            "The attack on the post in 2020 killed nine troops.",
            {("Attack", "2024-02-11"), ("Attack", "2020")},
        ),
    ],
)
def test_an_event_long_before_the_report_is_another(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    """Negative: an own date weeks or years before the reporting day is another event."""
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Those who don’t surrender will be eliminated,” the Kazakh president said.",
        "The militia didn’t attack the convoy near Bunia, the army said.",
    ],
)
def test_a_curly_nt_negates_like_a_straight_one(nlp: Language, text: str) -> None:
    """"don’t" with a typographic apostrophe, which the parser takes for punctuation, negates the event."""
    assert factual(events_of(nlp, text)) == set()


def test_a_curly_nt_elsewhere_leaves_the_event(nlp: Language) -> None:
    """Negative: a negation on another verb of the text does not touch the event."""
    text = "The militia attacked the convoy near Bunia on Monday. “We didn’t expect it,” the driver said."
    assert factual(events_of(nlp, text)) == {("Attack", "2024-02-12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lede names the country, the body the village: one attack, dated by the body's own day
        (
            "Armed men attacked a village in northern Zelania, killing nine people, the army said Monday.\n"
            "The gunmen staged the attack Sunday night in Korvasi, a local official said.",
            {("Attack", "2024-02-11")},
        ),
        # the lede names the town, the body its province
        (
            "Five soldiers were wounded when rebels attacked an army post outside Dunmar, officials said.\n"
            "The rebels staged the attack in Ostra province on Sunday, a spokesman said.",
            {("Attack", "2024-02-11")},
        ),
    ],
)
def test_a_lede_without_a_headline_sums_up_the_place_of_its_event(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert factual(events_of(nlp, text)) == expected


def test_an_event_told_past_the_lede_keeps_its_place(nlp: Language) -> None:
    text = (
        "Militants attacked a checkpoint in Dorva on Sunday, police said.\n"
        "The attack in Dorva killed four officers.\n"
        "In Palun, gunmen attacked a market, killing two traders."
    )
    assert factual(events_of(nlp, text)) == {("Attack", "2024-02-11"), ("Attack", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated war told first, at no place, and its start told later: one war, dated by its start
        (
            "Ten soldiers were killed in an ambush in war-torn Velmora on Sunday, officials said.\n"
            "The civil war, which began in March 2019, has killed thousands.",
            {("Attack", "2024-02-11"), ("War", "2019-03")},
        ),
        (
            "Seven people were killed after a patrol was ambushed on Monday, at the centre of a long insurgency.\n"
            "Separatists in the Drava hills began the insurgency in 2016.",
            {("Attack", "2024-02-12"), ("War", "2016")},
        ),
    ],
)
def test_a_war_is_one_event_from_its_start_on(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert factual(events_of(nlp, text)) == expected


def test_an_earlier_fight_stays_apart_from_the_news(nlp: Language) -> None:
    # the background rule still holds for types that are no history: an attack in 2016 is not Monday's news
    text = (
        "Gunmen attacked a market in Tarsk, killing seven people, officials said on Monday.\n"
        "In 2016, rebels attacked a convoy near Ostra."
    )
    assert factual(events_of(nlp, text)) == {("Attack", "2024-02-12"), ("Attack", "2016")}


def test_a_lede_that_dates_its_own_event_keeps_its_place(nlp: Language) -> None:
    # a lede with a day of its own tells one event, not a summary: a later event elsewhere is another
    text = "Drones struck a fuel depot in the town of Marsa on Tuesday.\nLater, militia fighters shelled the town of Olvin."
    assert factual(events_of(nlp, text)) == {("Attack", "2024-02-13"), ("Attack", None)}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # dates38: a "since"/"after" clause hung on an event noun tells another event's time, not the noun's
        (
            "Gunmen killed 40 villagers in Drava province, the deadliest attack since the insurgency spread to the "
            "region in 2017, officials said on Sunday.",
            ("Attack", "2024-02-11"),
            ("Attack", "2017"),
        ),
        (
            "The clashes in Ostra were the worst fighting since the truce collapsed in 2019.",
            ("MilitaryOperation", None),
            ("MilitaryOperation", "2019"),
        ),
    ],
)
def test_a_sequencing_clause_of_an_event_noun_does_not_date_it(
    nlp: Language, text: str, expected: tuple[str, str | None], not_expected: tuple[str, str]
) -> None:
    found = factual(events_of(nlp, text))
    assert expected in found
    assert not_expected not in found


def test_a_when_clause_of_an_event_noun_still_dates_it(nlp: Language) -> None:
    # negative case: a "when" clause tells the same moment, and a relative clause the noun's own start
    found = factual(events_of(nlp, "The offensive, which began on Monday, has killed dozens in Velmora."))
    assert ("MilitaryOperation", "2024-02-12") in found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # dates38: a date before an event word that modifies a noun is the whole phrase's event's
        (
            "The siege of Ostra is a gross violation of the 2019 Drava ceasefire agreement.",
            ("Blockade", None),
            ("Blockade", "2019"),
        ),
        (
            "The shelling of Ostra was a breach of the 2021 Drava peace agreement.",
            ("Attack", None),
            ("Attack", "2021"),
        ),
    ],
)
def test_a_date_of_another_event_phrase_does_not_date_the_clause_event(
    nlp: Language, text: str, expected: tuple[str, str | None], not_expected: tuple[str, str]
) -> None:
    found = factual(events_of(nlp, text))
    assert expected in found
    assert not_expected not in found


def test_a_dated_event_phrase_keeps_its_own_date(nlp: Language) -> None:
    # negative case: the phrase's own event keeps the date before it
    assert ("Ceasefire", "2019") in factual(events_of(nlp, "The 2019 ceasefire agreement ended the fighting in Drava."))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # datesother40: a relative clause of another noun in an event noun's phrase tells that noun's act, at its time
        (
            "The army launched airstrikes on Tuesday against rebels who seized the town of Doruma in 2021.",
            ("Attack", "2024-02-13"),
            ("Attack", "2021"),
        ),
        (
            "Helicopters carried out strikes on militias that overran the Kessa barracks in March 2022.",
            ("Attack", None),
            ("Attack", "2022-03"),
        ),
    ],
)
def test_a_relative_clause_of_another_noun_does_not_date_the_event_noun(
    nlp: Language, text: str, expected: tuple[str, str | None], not_expected: tuple[str, str]
) -> None:
    found = factual(events_of(nlp, text))
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative cases: the noun's own relative clause dates it, and so does one after a comma hung on its "of" noun
        ("An attack that killed five soldiers on Monday shocked the region.", ("Attack", "2024-02-12")),
        ("The siege of Varn, which began on 2 February, came to an end on Tuesday.", ("Blockade", "2024-02-02")),
    ],
)
def test_the_event_nouns_own_relative_clause_dates_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datesother40: a lasting event told with the day it ended on and a start days before it is one, of its start
        ("The fighting broke out on Monday near Lurra. The fighting came to an end on Tuesday.", {("MilitaryOperation", "2024-02-12")}),
        ("The fighting came to an end on Tuesday in Lurra. The fighting had broken out on Saturday.", {("MilitaryOperation", "2024-02-10")}),
        ("Shelling resumed after the truce ended at 6 am. The truce had come into effect on Saturday morning.", {("Ceasefire", "2024-02-10")}),
    ],
)
def test_the_end_of_a_lasting_event_joins_its_start(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    lasting = {kind for kind, _ in expected}
    assert {pair for pair in factual(events_of(nlp, text)) if pair[0] in lasting} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative cases: told alone, the end dates it; talks and protests end on the day they are held; a war's end year
        ("The truce expired on Sunday evening.", ("Ceasefire", "2024-02-11")),
        ("The talks in Ardel ended on Thursday without a deal.", ("Talks", "2024-02-08")),
        ("The protest ended on Monday night.", ("Protest", "2024-02-12")),
        ("The border war ended in 1994.", ("War", "1994")),
    ],
)
def test_an_end_told_alone_or_of_a_short_event_or_a_war_dates_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # datesother40: a tally of many events over a period is no event of one date
        ("The agency recorded at least 33 attacks on aid workers in the first quarter of 2023.", ("Attack", "2023")),
        ("The air force carried out more than 300 air strikes in the last year, the United Nations said in March.", ("Attack", "2024-03")),
        ("Militants staged 40 attacks on police posts in Ardel province in January.", ("Attack", "2024-01")),
    ],
)
def test_a_tally_of_events_over_a_period_is_not_dated(nlp: Language, text: str, not_expected: tuple[str, str]) -> None:
    found = factual(events_of(nlp, text))
    assert ("Attack", None) in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative cases: a day dates a tally; a few events keep the period's date
        ("Warplanes carried out nearly 20 airstrikes on Sunday.", ("Attack", "2024-02-11")),
        ("Rebels carried out two attacks on army posts in January.", ("Attack", "2024-01")),
    ],
)
def test_a_tally_on_a_day_or_a_few_events_keep_their_date(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


def test_a_lede_after_a_colon_dateline_takes_its_reporting_date(nlp: Language) -> None:
    # datesother40: the dateline in capitals is no subject the lede's clause hangs on
    text = "MOPTI: A drone strike on a market killed six traders, residents and local officials said on Tuesday."
    assert ("Attack", "2024-02-13") in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # types43: the date of a breach is the breach's (fire exchanged), not the truce's, which began before
        "Government troops violated the truce in Ardel province on Monday, the rebels said.",
        "The ceasefire along the northern front was breached on Sunday morning when militia fighters shelled a post.",
        "The junta accused the rebels of breaking a cease-fire Saturday, less than a day after it took effect.",
        "Monitors reported violations of the ceasefire on Tuesday in three districts.",
    ],
)
def test_a_breach_does_not_date_the_truce_it_breaks(nlp: Language, text: str) -> None:
    found = factual(events_of(nlp, text))
    assert ("Ceasefire", None) in found
    assert not any(event_type == "Ceasefire" and day is not None for event_type, day in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative cases: a truce agreed, begun or held on a day takes that day
        ("The army and the rebels agreed to a truce in Ardel province on Monday.", ("Ceasefire", "2024-02-12")),
        ("A ceasefire took effect on Sunday morning along the northern front.", ("Ceasefire", "2024-02-11")),
        ("The truce signed on Monday was violated within hours, the rebels said.", ("Ceasefire", "2024-02-12")),
    ],
)
def test_a_truce_made_on_a_day_keeps_its_date(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


# --------------------------------------------------------------------------- dates43: years of background events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired tear gas at students during the 2019 protests in Valparo.", ("Protest", "2019")),
        ("The 2016 attacks on hotels in Ouagadougou killed 30 people.", ("Attack", "2016")),
        ("Armed groups have roamed the hills of Kivara since the 1994-2001 wars.", ("War", "1994")),
        ("The 1992-95 war in the Drina valley left thousands dead.", ("War", "1992")),
    ],
)
def test_a_year_before_a_plural_event_noun_or_a_range_dates_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


def test_a_counted_plural_event_noun_still_takes_no_year(nlp: Language) -> None:
    # negative case: a count, not a year, before the noun: events over a period, no one date
    found = factual(events_of(nlp, "Militants staged more than 300 attacks in the province in 2023."))
    assert ("Attack", None) in found
    assert ("Attack", "2023") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valdoria has been unstable since 2012 when Tuareg rebels seized the northern towns.", ("Capture", "2012")),
        ("The junta has faced sanctions since the army seized power in the capital in 2021.", ("Capture", "2021")),
    ],
)
def test_an_event_told_after_since_takes_its_own_date(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # negative cases: the time clause is not the date's, and a participle modifier has no clause of its own
        "Rebels have held the hills since 2013 and seized the town when soldiers withdrew.",
        "Troops displayed the seized weapons in the town square in 2021.",
    ],
)
def test_a_time_clause_away_from_the_date_takes_none(nlp: Language, text: str) -> None:
    found = factual(events_of(nlp, text))
    assert ("Capture", "2013") not in found and ("Capture", "2021") not in found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Junta and rebel delegates ended a round of talks in Lomara with hopes for a deal before October elections.", "Talks"),
        ("Students protested outside parliament in Tarvo after a disputed vote last year.", "Protest"),
    ],
)
def test_a_year_or_month_of_a_reference_point_does_not_date_the_clause(nlp: Language, text: str, event_type: str) -> None:
    found = factual(events_of(nlp, text))
    assert (event_type, None) in found
    assert not any(kind == event_type and day is not None for kind, day in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative cases: a time as the object itself, or a day the parser hung on the object, still dates the clause
        ("Militiamen attacked the village of Soro after midnight on Sunday.", ("Attack", "2024-02-11")),
        ("Clashes erupted in Haldor after the vote on Sunday.", ("MilitaryOperation", "2024-02-11")),
        ("Rebels seized the town of Kiru in January, ahead of the elections.", ("Capture", "2024-01")),
    ],
)
def test_a_time_beside_a_reference_point_still_dates_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in factual(events_of(nlp, text))


# a timeline's entries: dates opening two or more lines before a dash or colon (dates44, a "key events" explainer)
_TIMELINE = (
    "Key events in the Velmora conflict\n\n"
    "March 3, 2021 – Rebels of the Kessa Front seize the border town of Dorn. Thousands of residents flee to Norland.\n\n"
    "June 12, 2021 – The army shells rebel positions around Dorn.\n\n"
    "Jan. 9, 2022: Government and rebel envoys hold talks in Arusha.\n"
)


def test_dates_opening_lines_of_a_timeline_are_points_not_datelines() -> None:
    roles = {e.text: e.role for e in find_time_expressions(_TIMELINE, date(2024, 2, 14))}
    assert roles == {"March 3, 2021": "point", "June 12, 2021": "point", "Jan. 9, 2022": "point"}


def test_clock_times_opening_lines_make_no_timeline() -> None:
    """Negative (fix44A): a live blog's clock times ("10:30 –") and weekdays opening lines are no timeline's
    dates: the one date opening a line stays the dateline."""
    text = (
        "Sept 20, 2023 - Live updates from Dorn\n\n10:30 – Rebels of the Kessa Front seized the border town of Dorn.\n\n"
        "11:45 – The army shelled rebel positions around Dorn.\n\nMonday: Envoys held talks in Arusha.\n"
    )
    roles = {e.text: e.role for e in find_time_expressions(text, date(2023, 9, 20))}
    assert roles["Sept 20, 2023"] == "dateline", roles


def test_a_timeline_entry_dates_each_sentence_of_its_line(nlp: Language) -> None:
    found = factual(events_of(nlp, _TIMELINE))
    assert {("Capture", "2021-03-03"), ("Evacuation", "2021-03-03"), ("Attack", "2021-06-12"), ("Talks", "2022-01-09")} <= found


def test_a_single_date_opening_a_line_stays_a_dateline(nlp: Language) -> None:
    """Negative: one date before a dash at a line's start dates the article, not the line's events."""
    text = "Sept 20, 2023 - Rebels of the Kessa Front seized the border town of Dorn.\n"
    roles = {e.text: e.role for e in find_time_expressions(text, date(2024, 2, 14))}
    assert roles == {"Sept 20, 2023": "dateline"}
    assert ("Capture", None) in factual(events_of(nlp, text))


def test_a_timeline_sentence_with_its_own_date_keeps_it(nlp: Language) -> None:
    """Negative: a sentence of an entry's line that names a date of its own is not dated by the entry."""
    text = _TIMELINE + "\nJuly 2, 2022 – Talks resume in Arusha. The army had shelled Dorn in 2019.\n"
    found = factual(events_of(nlp, text))
    assert ("Attack", "2019") in found and ("Attack", "2022-07-02") not in found


def test_a_timeline_entry_leaves_its_own_sentence_to_the_clause(nlp: Language) -> None:
    """Negative: in the entry's own sentence the clause dates its events: a breach's day is not the truce's."""
    text = _TIMELINE + "\nAug. 14, 2022 – The Kessa Front accuses the army of breaking the ceasefire.\n"
    found = factual(events_of(nlp, text))
    assert ("Ceasefire", "2022-08-14") not in found and ("Ceasefire", None) in found  # (the truce is there, undated)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Nov. 4, 2020 – Abiy sends troops", 12, True),
        ("Sept 20, 2023: Azerbaijan has launched", 13, True),
        # negatives: a range's dash, and no mark at all
        ("The 1992-95 war", 8, False),
        ("March 3, 2021 Rebels seize Dorn", 13, False),
    ],
)
def test_an_entry_mark_is_a_colon_or_dash_not_a_range(text: str, end: int, expected: bool) -> None:
    """fix44A: one test of the mark after an entry's date, shared by ``kg.timex`` and event dating."""
    assert entry_mark_after(text, end) is expected


def test_line_opening_is_the_first_character_not_a_space_of_its_line(nlp: Language) -> None:
    from kg.extract.events import event_lexicon
    from kg.extract.events.context import EventContext

    text = "  Rebels seized Dorn.\n\n \tMarch 3, 2021 – The army shelled Kiru."
    context = EventContext(nlp(text), [], event_lexicon(), frozenset())
    assert [context.line_opening(i) for i in (0, 1, 5, 21, 22, 24, 40)] == [0, 1, 2, 2, 22, 24, 25]


_HEADED_TIMELINE = (
    "- March 2021: Rebels advance -\n"
    "On March 3, 2021, rebels of the Kessa Front seize the town of Dorn.\n\n"
    "- June 2021: Talks -\n"
    "In late June, envoys of both sides hold talks in Arusha. On July 9, the army shells Dorn.\n"
)


def test_a_date_without_a_year_in_a_timeline_takes_the_year_it_has_reached(nlp: Language) -> None:
    values = {e.text: e.value for e in find_time_expressions(_HEADED_TIMELINE, date(2024, 2, 14))}
    assert values["late June"] == "2021-06" and values["July 9"] == "2021-07-09"
    assert {("Talks", "2021-06"), ("Attack", "2021-07-09")} <= factual(events_of(nlp, _HEADED_TIMELINE))


def test_a_year_alone_in_a_timeline_sets_the_year_it_has_reached() -> None:
    """fix44A: a year written alone ("In 2019,", "2020 –") moves the timeline on: a later "March" is of it."""
    text = _TIMELINE + "\nIn 2023, the army shelled Dorn again. In March, rebels seized Kiru.\n"
    assert {e.text: e.value for e in find_time_expressions(text, date(2024, 2, 14))}["March"] == "2023-03"


def test_29_february_in_a_timeline_takes_a_leap_year_it_has_reached() -> None:
    """fix44A: "29 February" after a leap year's entry is of that year; after a common year's it keeps its reading."""
    text = _TIMELINE + "\n2020 – On 29 February, envoys met in Arusha.\n\nMay 5, 2021 – On 29 February, envoys met.\n"
    values = [e.value for e in find_time_expressions(text, date(2024, 3, 10)) if e.text == "29 February"]
    assert values == ["2020-02-29", "2024-02-29"]


def test_a_date_without_a_year_outside_a_timeline_keeps_its_nearest_past_reading() -> None:
    """Negative: in a story (no timeline), a year named before does not carry over; nor does it to "last June"."""
    text = "Rebels seized Dorn on March 3, 2021. On July 9, the army shelled Dorn."
    assert {e.text: e.value for e in find_time_expressions(text, date(2024, 2, 14))}["July 9"] == "2023-07-09"
    values = {e.text: e.value for e in find_time_expressions(_HEADED_TIMELINE + "Talks resumed last June.\n", date(2024, 2, 14))}
    assert values["last June"] == "2023-06"


# --------------------------------------------------------------------------- dates45: the day of a telling about an event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appraising verb's object with the appraisal's day after it: the event told before with its own day
        ("Gunmen ambushed a convoy near Gao on Saturday. The African Union condemned the ambush on Monday.", {("Attack", "2024-02-10")}),
        # the object of a topic preposition on the telling or its object: the same
        (
            "Soldiers and rebels clashed near Tessit on February 11. A spokesman revealed on Tuesday new details about the clash.",
            {("MilitaryOperation", "2024-02-11")},
        ),
        (
            "A spokesman revealed on Tuesday some details about a clash that killed nine soldiers near Tessit. "
            "He said the clash on February 11 began at dawn.",
            {("MilitaryOperation", "2024-02-11")},
        ),
    ],
)
def test_the_day_of_a_telling_about_an_event_is_only_its_report_day(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told alone, the telling's day after the noun still dates it (it may be the event's own)
        ("The African Union condemned the killing of 12 villagers in Koro on Monday.", {("Attack", "2024-02-12")}),
        ("A spokesman revealed on Tuesday details about a clash near Tessit.", {("MilitaryOperation", "2024-02-13")}),
        # no telling: a later mention with a day of its own is another event
        # (fix45) nor is a topic preposition's object on a verb of no telling told about: "about" of "brought about"
        (
            "Soldiers and rebels clashed near Tessit on February 11. The arrest of a chief brought about fresh clashes near Tessit on Tuesday.",
            {("MilitaryOperation", "2024-02-11"), ("MilitaryOperation", "2024-02-13")},
        ),
        (
            "Soldiers and rebels clashed near Tessit on February 11. Soldiers and rebels clashed again near Tessit on Tuesday.",
            {("MilitaryOperation", "2024-02-11"), ("MilitaryOperation", "2024-02-13")},
        ),
    ],
)
def test_an_event_not_told_about_keeps_its_own_day(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert factual(events_of(nlp, text)) == expected


# --------------------------------------------------------------------------- dates46: a summary set off after the telling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase hung on the telling verb after its day and a comma sums up the event told: the day is its report's,
        # so the event told with its own day in the body is that event
        (
            "Eleven soldiers were killed in northern Niger, the army said on Sunday, in the deadliest ambush in months.\n\n"
            "Gunmen ambushed the patrol near Tillia on Saturday, the army said.",
            {("Attack", "2024-02-10")},
        ),
        (
            "A bomb attack on a market in Beni killed nine people, the governor said on Tuesday, the latest in a spate of raids.\n\n"
            "Rebels attacked the market on Monday, witnesses said.",
            {("Attack", "2024-02-12")},
        ),
    ],
)
def test_a_summary_set_off_after_a_telling_takes_the_report_day(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert factual(events_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no comma: a phrase of the telling (its setting), whose day is its own: two talks
        (
            "Delegates held talks in Niamey on Thursday. The envoy spoke at talks in Niamey on Sunday.",
            {("Talks", "2024-02-08"), ("Talks", "2024-02-11")},
        ),
        # told alone, the summary keeps the day after the telling (it may be the event's own)
        ("Eleven soldiers were killed in northern Niger, the army said on Sunday, in the deadliest ambush in months.", {("Attack", "2024-02-11")}),
        # a "during" phrase after the comma is the setting of the telling, no summary: two events
        (
            "Soldiers and rebels clashed near Tillia on Friday. The envoy spoke on Sunday, during talks in Niamey.\n\n"
            "Delegates held talks in Niamey on Thursday.",
            {("MilitaryOperation", "2024-02-09"), ("Talks", "2024-02-11"), ("Talks", "2024-02-08")},
        ),
    ],
)
def test_a_phrase_of_the_telling_itself_keeps_its_day(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert factual(events_of(nlp, text)) == expected
