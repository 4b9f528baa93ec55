"""Tests of kg.ingest.zones on made-up pages of other conflicts and site layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.codes import ZONE_KINDS
from kg.ingest.readers import read_inputs
from kg.ingest.zones import find_zones
from kg.records import Zone

DATA = Path(__file__).parent / "data"

BODY = (
    "Sudanese army units pushed into the eastern districts of Omdurman on Saturday, "
    "residents said, after a week of heavy shelling along the Nile.\n\n"
    "The Rapid Support Forces said they had repelled the assault and captured two armoured "
    "vehicles, a claim that could not be independently verified.\n\n"
    "Aid agencies warned that tens of thousands of civilians remained trapped without water.\n"
)


def _kinds(visible: str, zones: list[Zone], phrase: str) -> set[str]:
    start = visible.index(phrase)
    end = start + len(phrase)
    return {zone.kind for zone in zones if zone.start < end and zone.end > start}


def _check(page: str, expected: dict[str, str]) -> list[Zone]:
    zones = find_zones(page)
    for phrase, kind in expected.items():
        assert _kinds(page, zones, phrase) == {kind}, (phrase, _kinds(page, zones, phrase))
    return zones


def _assert_partition(visible: str, zones: list[Zone]) -> None:
    assert zones[0].start == 0 and zones[-1].end == len(visible)
    for before, after in zip(zones, zones[1:]):
        assert before.end == after.start and before.start < before.end
        assert (before.kind, before.reason) != (after.kind, after.reason)
    assert all(zone.kind in ZONE_KINDS and zone.reason for zone in zones)


@pytest.mark.parametrize("name", ["wire_truce.txt", "blog_drones.txt", "sahel_raid.html"])
def test_zones_cover_the_visible_text_without_gaps(name: str) -> None:
    document = read_inputs([DATA / name])[0][0]
    zones = find_zones(document.source.visible, document.hints)
    _assert_partition(document.source.visible, zones)


def test_zones_plain_article_is_one_article_zone() -> None:
    zones = find_zones("\n" + BODY)
    assert zones == [Zone(0, len(BODY) + 1, "article", "article text")]


def test_zones_site_chrome_lines() -> None:
    page = (
        "Skip to content\nEnter your keywords to search\nSahel Monitor Logo\n\n"
        "Army pushes into Omdurman districts\n\nShare this article\n\n"
        + BODY
        + "\nShare on WhatsApp\nFacebook | Twitter | Telegram\nPrint this article\n"
        "Follow us on Telegram\nCopyright © 2024 Sahel Monitor. All rights reserved.\n"
    )
    _check(
        page,
        {
            "Skip to content": "navigation",
            "Enter your keywords to search": "navigation",
            "Sahel Monitor Logo": "navigation",
            "Army pushes into Omdurman districts": "article",
            "Share this article": "share",
            "Sudanese army units": "article",
            "Share on WhatsApp": "share",
            "Facebook | Twitter | Telegram": "share",
            "Print this article": "share",
            "Follow us on Telegram": "navigation",
            "All rights reserved": "navigation",
        },
    )


def test_zones_menu_run_of_short_lines() -> None:
    page = "Home\nPolitics\nSudan\nRegions\nOpinion\nContact\n\nArmy pushes into Omdurman\n\n" + BODY
    zones = _check(page, {"Home\nPolitics\nSudan\nRegions": "navigation", "Army pushes": "article"})
    assert zones[0].reason == "menu"


def test_zones_menu_of_section_names_and_breadcrumb_line() -> None:
    page = (
        "Sections\nPolitics & Diplomacy\nBusiness & Economy\nWar in Sudan\nScience & Space\n\n"
        "News | Africa\n\nArmy pushes into Omdurman districts\n\n" + BODY
    )
    _check(page, {"Politics & Diplomacy\nBusiness": "navigation", "News | Africa": "navigation"})


def test_zones_tag_list_and_page_widgets() -> None:
    page = (
        "Army pushes into Omdurman districts\n\nListen to this article\n4 min read\nViews: 12,408\n\n"
        + BODY + "\nTopics\nSudan\nRapid Support Forces\nKhartoum\n"
    )
    _check(
        page,
        {
            "Listen to this article\n4 min read\nViews: 12,408": "navigation",
            "Topics\nSudan\nRapid Support Forces\nKhartoum": "navigation",
            "Aid agencies warned": "article",
        },
    )


def test_zones_short_article_lines_are_no_menu() -> None:
    page = "Casualties by town:\nKhartoum\nOmdurman\nBahri\n\n" + BODY
    _check(page, {"Khartoum\nOmdurman\nBahri": "article"})


def test_zones_teaser_heading_near_the_end_takes_the_rest_of_the_page() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\nMore from Africa\n\n"
        "Ethiopia and Eritrea trade accusations over border\n\n"
        "Libya’s rival governments agree on central bank chief\n\n"
        "Mali junta delays elections again …\n"
    )
    _check(
        page,
        {
            "More from Africa": "teaser",
            "Ethiopia and Eritrea": "teaser",
            "Libya’s rival governments": "teaser",
            "Mali junta delays": "teaser",
            "Aid agencies warned": "article",
        },
    )


@pytest.mark.parametrize("subheading", ["Humanitarian situation", "Discussion", "Reactions", "Background"])
def test_zones_subheading_with_prose_after_it_stays_article(subheading: str) -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + f"\n{subheading}\n\n"
        "The World Food Programme said its convoys had been unable to reach the city for a month, "
        "and that prices of bread had tripled.\n\n"
        "Doctors at the last functioning hospital said they were treating patients on the floor.\n"
    )
    _check(page, {subheading: "article", "Doctors at the last": "article"})


def test_zones_inline_teaser_link_is_clutter_by_itself() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n"
        "Sudanese army units pushed into the eastern districts of Omdurman on Saturday, residents said.\n\n"
        "Read also: Who are the Rapid Support Forces?\n\n"
        "The Rapid Support Forces said they had repelled the assault near the bridge.\n"
    )
    _check(
        page,
        {
            "Read also: Who are": "teaser",
            "Sudanese army units": "article",
            "The Rapid Support Forces said": "article",
        },
    )


def test_zones_teaser_heading_inside_the_body_takes_only_short_lines() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n"
        "Sudanese army units pushed into the eastern districts of Omdurman on Saturday, residents said.\n\n"
        "Related\nWho are the Rapid Support Forces\n\n"
        + BODY
        + "The fighting has displaced millions since April 2023, the United Nations says.\n"
    )
    _check(
        page,
        {
            "Related": "teaser",
            "Who are the Rapid Support Forces": "teaser",
            "The Rapid Support Forces said": "article",
            "The fighting has displaced": "article",
        },
    )


def test_zones_comment_section_after_the_body() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\n14 responses to “Army pushes into Omdurman”\n\n"
        "Khalid M. says:\nThis war has to stop, the people of Omdurman have suffered enough.\n\n"
        "Post a comment\nName *\nEmail *\n"
        "You must be logged in to post a comment.\n"
    )
    _check(
        page,
        {
            "14 responses to": "comments",
            "Khalid M. says": "comments",
            "This war has to stop": "comments",
            "Name *": "comments",
            "You must be logged in": "comments",
        },
    )


def test_zones_comment_link_above_the_body_is_clutter_by_itself() -> None:
    page = "Army pushes into Omdurman districts\n\nLeave a comment\n\n" + BODY
    _check(page, {"Leave a comment": "comments", "Aid agencies warned": "article"})


@pytest.mark.parametrize(
    ("byline", "kind"),
    [
        ("By Amira Osman", "byline"),
        ("By AMIRA OSMAN and John Keller | Reuters", "byline"),
        ("Reported by: Amira Osman in Port Sudan", "byline"),
        ("Posted on 12 June 2024 by Amira Osman", "byline"),
        ("By Saturday, the army had taken the bridge.", "article"),
        ("By contrast, the RSF said it still held the bridge.", "article"),
        ("By Sunday", "article"),
        ("Author: Amira Osman", "byline"),
        ("Reporters Without Borders condemned the arrest of two journalists.", "article"),
        ("Editors at the paper said the report was accurate", "article"),
    ],
)
def test_zones_byline_lines(byline: str, kind: str) -> None:
    page = f"Army pushes into Omdurman districts\n\n{byline}\n\n" + BODY
    _check(page, {byline: kind, "Army pushes": "article"})


@pytest.mark.parametrize(
    ("credit", "kind"),
    [
        ("Associated Press writer Amira Osman in Port Sudan contributed to this report.", "byline"),
        ("Amira Osman contributed reporting from Kassala.", "byline"),
        ("Additional reporting by Amira Osman in Nairobi; Editing by John Keller", "byline"),
        # a wire story's closing credit line of reporters and editors, bracketed or as a list (ents21: a
        # reporter named like a capital, "Writing by Sofia ...", made a place)
        ("(Reporting by Amira Osman; Writing by Sofia Lindqvist; Editing by John Keller)", "byline"),
        ("Writing by Sofia Lindqvist; Editing by John Keller", "byline"),
        ("Reporting by the monitoring group found that 20 villages were burned, the mayor said.", "article"),
        # an article sentence about contributions stays article text
        ("Qatar contributed to the reconstruction fund, the ministry said.", "article"),
        ("Egypt contributed troops to the peacekeeping force in 2019, officials said.", "article"),
        # an editors' sign-off of initials joined by slashes and the agencies drawn on (ents24: DW's
        # "fb/dj (AFP, AP, dpa. Reuters)" made AFP and AP entities, APA's "CD/fss/abj/APA" an agency)
        ("jr/kl (AFP, AP, dpa. Reuters)", "byline"),
        ("MT/ks/abj/APA", "byline"),
        ("The convoy used the Kursk/Bryansk road (AFP, AP).", "article"),
        ("Talks resumed in Doha/Geneva on Monday.", "article"),
        # the reporter's name first, then the editors (entities46: Reuters' "(Paul-Marin Ngoupana; editing by
        # Richard Valdmanis)" made an organisation and a person)
        ("(Amira Osman; editing by John Keller)", "byline"),
        ("(Jean-Luc Mbaye and Amira Osman in Kassala; additional reporting by John Keller)", "byline"),
        ("(Amira Osman; she was released on Monday, her lawyer said)", "article"),
    ],
)
def test_zones_a_closing_credit_of_contributing_reporters_is_a_byline(credit: str, kind: str) -> None:
    page = "Army pushes into Omdurman districts\n\n" + BODY + f"\n{credit}\n"
    _check(page, {credit: kind, "Army pushes": "article"})


def test_zones_byline_label_takes_the_next_line() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\nWritten by:\n"
        "Dr. Amira Osman, Senior Fellow, Horn Policy Institute, Nairobi\n"
    )
    _check(page, {"Written by:": "byline", "Dr. Amira Osman, Senior Fellow": "byline"})


def test_zones_byline_label_does_not_take_a_body_sentence() -> None:
    page = "Army pushes into Omdurman districts\n\nBy\n\n" + BODY
    _check(page, {"By": "byline", "Sudanese army units": "article"})


def test_zones_more_than_is_no_teaser_link() -> None:
    page = "Army pushes into Omdurman districts\n\nMore-than-expected numbers fled the city.\n\n" + BODY
    _check(page, {"More-than-expected": "article"})


def test_zones_author_label_takes_the_name_repeated_next_to_it() -> None:
    page = "Army pushes into Omdurman districts\n\n" + BODY + "\nNile Desk\nAuthor: Nile Desk\n"
    _check(page, {"Nile Desk\nAuthor: Nile Desk": "byline"})


def test_zones_author_box_and_about_us_box() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\nAbout the Author\nAmira Osman\n"
        "Amira Osman covers Sudan and South Sudan for the paper.\n\n"
        "Who we are\n\nWe are an independent newsroom reporting on the Horn of Africa since 2009.\n"
    )
    _check(
        page,
        {
            "About the Author": "byline",
            "Amira Osman covers Sudan": "byline",
            "Who we are": "about",
            "We are an independent newsroom": "about",
        },
    )


def test_zones_about_heading_before_a_headline_takes_nothing() -> None:
    page = "About\n\nArmy pushes into Omdurman districts\n\n" + BODY
    _check(page, {"Army pushes into Omdurman districts": "article"})


@pytest.mark.parametrize(
    "ticker",
    [
        "USD/SDG 601.50 ▲ EUR/SDG 650.20 ▼",
        "Brent $82.4 +0.6%  WTI $78.1 -0.2%",
        "Gold 2,315.40",
        "Bitcoin 64,210 ▼ 1.2%",
    ],
)
def test_zones_price_ticker_lines(ticker: str) -> None:
    page = f"{ticker}\n\nArmy pushes into Omdurman districts\n\n" + BODY
    _check(page, {ticker: "ticker", "Army pushes": "article"})


def test_zones_prices_in_a_sentence_stay_article() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n"
        "Brent crude rose to $82.4 a barrel after the attack on the pipeline.\n\n" + BODY
    )
    _check(page, {"Brent crude rose": "article"})


def test_zones_page_access_and_header_widget_dates() -> None:
    page = (
        "Today is 8 July 2024 | Khartoum 41°C\nFriday, 14 June 2024\n\nArmy pushes into Omdurman districts\n\n"
        "Saturday, 1 June 2024\n\n" + BODY
    )
    zones = _check(
        page,
        {
            "Today is 8 July 2024 | Khartoum 41°C": "page_date",
            "Friday, 14 June 2024": "page_date",
            "Army pushes": "article",
            "Saturday, 1 June 2024": "article",
        },
    )
    assert {zone.reason for zone in zones if zone.kind == "page_date"} == {
        "page-access date",
        "date widget above the headline",
    }


def test_zones_html_hints_turn_article_text_into_clutter() -> None:
    visible = "Army pushes into Omdurman districts\n\n" + BODY + "\nAmira Osman reports from Port Sudan.\n"
    start = visible.index("Amira Osman")
    hint = Zone(start, len(visible) - 1, "byline", "html class 'author'")
    zones = find_zones(visible, [hint])
    assert _kinds(visible, zones, "Amira Osman reports") == {"byline"}
    assert _kinds(visible, zones, "Aid agencies warned") == {"article"}
    _assert_partition(visible, zones)


def test_zones_html_hints_do_not_override_text_rules() -> None:
    visible = "Share on Telegram\n\n" + BODY
    zones = find_zones(visible, [Zone(0, 17, "navigation", "html <nav>")])
    assert zones[0] == Zone(0, zones[0].end, "share", "share button")


def test_zones_consent_banners_and_subscription_appeals() -> None:
    page = (
        "This site and our 14 partners use cookies to personalise content and measure traffic.\nAccept all\n\n"
        "Army pushes into Omdurman districts\n\n"
        "Back independent reporting from the Sahel: become a member from $4 a month.\n\n"
        + BODY
        + "\nBy subscribing, you agree to our terms and privacy notice.\n"
    )
    _check(
        page,
        {
            "This site and our 14 partners use cookies": "navigation",
            "Accept all": "navigation",
            "Back independent reporting from the Sahel": "navigation",
            "By subscribing, you agree": "navigation",
            "Army pushes into Omdurman districts": "article",
        },
    )


def test_zones_run_of_other_stories_headlines_inside_the_body_is_a_teaser() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\n"
        "Mediators to consult RSF negotiators after meeting\n\n"
        "Drone strike kills two aid workers in El Obeid\n\n"
        "Kenya and Ethiopia see first rail link take off\n\n"
        "The World Food Programme said its convoys had been unable to reach the city for a month.\n"
    )
    _check(
        page,
        {
            "Mediators to consult": "teaser",
            "Drone strike kills two": "teaser",
            "first rail link take off": "teaser",
            "The World Food Programme said": "article",
            "Aid agencies warned": "article",
        },
    )


def test_zones_one_headline_in_capitals_inside_the_body_is_another_story() -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\n"
        "AT LEAST 40 CIVILIANS KILLED IN DRONE STRIKES ON EL FASHER THIS WEEK\n\n"
        "The World Food Programme said its convoys had been unable to reach the city for a month.\n"
    )
    _check(page, {"AT LEAST 40 CIVILIANS": "teaser", "The World Food Programme said": "article"})


@pytest.mark.parametrize("heading", ["History of the conflict", "HISTORY", "WHY IT MATTERS:"])
def test_zones_a_subheading_in_capitals_or_too_short_stays_article(heading: str) -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + f"\n{heading}\n\n"
        "The World Food Programme said its convoys had been unable to reach the city for a month.\n"
    )
    _check(page, {heading: "article", "The World Food Programme said": "article"})


@pytest.mark.parametrize(
    "lines",
    [
        "History of the conflict\n\n",  # one subheading: article text
        "What happened on Saturday:\nTroops crossed the Nile\nand took the bridge\n\n",  # a heading with a colon, then a list
    ],
)
def test_zones_a_single_subheading_inside_the_body_stays_article(lines: str) -> None:
    page = (
        "Army pushes into Omdurman districts\n\n" + BODY + "\n" + lines
        + "The World Food Programme said its convoys had been unable to reach the city for a month.\n"
    )
    _check(page, {lines.split("\n")[0]: "article"})


@pytest.mark.parametrize(
    "caption",
    [
        "Displaced families shelter in a school in Goma, Democratic Republic of Congo, February 2, 2025. REUTERS/Arlette Bashizi",
        "A soldier stands guard near the presidential palace in Niamey [Djibril Sambo/Reuters]",
        "Residents inspect a destroyed house in Kharkiv. (Photo by Sergey Bobok/AFP via Getty Images)",
        "Smoke rises over Khartoum on Tuesday. Photo: AFP",
        "Rohingya refugees wait for food at a camp in Cox's Bazar. PHOTO | JANE ROE |",
        "Police patrol a market in Port-au-Prince. (AP Photo/Odelyn Joseph)",
        "Photo: Soldiers of the Malian army patrol a road near Gao.",
        "Image caption, Residents queue for water in Goma",
        "Protesters gather near a burned car in Almaty on Wednesday. (Jane Roe / Associated Press)",
        "(Jane Roe / Associated Press)",
        "Militia recruits walk down a street in Kismayo in 2012. (Jane Roe / AFP/ Getty Images)",
        # entities46: a name word opening with a particle ("al-Marjani"), a square-bracketed credit with a
        # spaced dash ("[Hazem Turkia - Anadolu Agency]") made people and places
        "Protesters gather on a bridge in Basra, Iraq November 14, 2019. REUTERS/Omar al-Tamimi",
        "The interior minister speaks during a press conference in Aden on 23 February 2020. [Jane Roe - Anadolu Agency]",
    ],
)
def test_zones_photo_captions_of_other_outlets(caption: str) -> None:
    page = f"Rebels advance on regional capital\n\n{caption}\n\n{BODY}"
    _check(page, {caption: "caption", "Sudanese army units": "article"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between the two delegations [Aden - Marib] resumed on Monday, officials said.",
        "Fighters held the road between the two towns, the governor said. REUTERS reported al-Tamimi was freed on Monday.",
    ],
)
def test_zones_a_sentence_with_a_bracket_or_slash_stays_article(sentence: str) -> None:
    page = f"Rebels advance on regional capital\n\n{sentence}\n\n{BODY}"
    _check(page, {sentence: "article"})


def test_zones_caption_label_alone_takes_the_next_line() -> None:
    page = f"Image caption,\nResidents queue for water in Goma\n\n{BODY}"
    _check(page, {"Residents queue for water": "caption", "Aid agencies warned": "article"})


def test_zones_caption_keeps_the_publication_date_and_the_paragraph_before_it() -> None:
    page = (
        "date 2025-02-03 Fighters walk through Bukavu on Sunday. REUTERS/Jane Roe\n\n"
        "The city fell to the rebels on Sunday, officials said. M23 fighters patrol a street in Bukavu. (credit: ARMY PRESS OFFICE)\n\n"
        + BODY
    )
    zones = _check(page, {"date 2025-02-03": "article", "Fighters walk": "caption", "The city fell": "article", "M23 fighters patrol": "caption"})
    _assert_partition(page, zones)


@pytest.mark.parametrize(
    "sentence",
    [
        "In photos released yesterday, al-Shabaab showed the bodies of soldiers it said were killed at the base.",
        "The ministry said the photo: a fake, made by enemy propaganda.",
        "State television showed images of burning trucks near the border crossing, witnesses said.",
        "Officials in Kyiv said the drones were launched from Kursk/Bryansk border areas.",
        "Talks between the two delegations (Doha / Geneva format) resumed on Monday, officials said.",
        "Flights between the two capitals (Bishkek / Dushanbe) were suspended on Friday.",
        "Flights on the route (Bishkek / Dushanbe/ Osh) were suspended on Friday.",
    ],
)
def test_zones_sentences_about_photos_stay_article(sentence: str) -> None:
    page = f"{BODY}\n{sentence}\n"
    _check(page, {sentence: "article"})


def test_zones_caption_with_a_slash_credit() -> None:
    caption = "Burnt houses in Saw Lon village after a junta airstrike on Wednesday. / Yinmabin PDF"
    page = f"Junta jets bomb villages\n\n{caption}\n\n{BODY}"
    _check(page, {caption: "caption", "Sudanese army units": "article"})
    sentence = "Fighters crossed the river at Kalehe, officials said, as shelling went on day and night / and into the week."
    _check(f"{BODY}\n{sentence}\n", {sentence: "article"})
