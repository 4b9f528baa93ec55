"""Tests of kg.ingest.metadata and kg.ingest.dates on made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.ingest.metadata import read_metadata
from kg.ingest.zones import find_zones
from kg.records import DocumentMetadata, SourceDocument
from kg.timex.dates import (
    date_at,
    find_dates,
    find_periods,
    lone_date,
    named_weekdays,
    parse_date,
)

DATA = Path(__file__).parent / "data"

BODY = (
    "Kosovo police closed two border crossings with Serbia after an armed group attacked "
    "a patrol near the village of Banjska, the interior minister said.\n\n"
    "One officer was killed and another wounded in the ambush, police said.\n"
)


def _metadata(text: str, **given: str) -> DocumentMetadata:
    source = SourceDocument("page.txt", "page.txt", text, text, metadata=given)
    return read_metadata(source, find_zones(text))


def _span_text(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


# -- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("September 24, 2023", "2023-09-24"),
        ("24 September 2023", "2023-09-24"),
        ("Sep. 24, 2023", "2023-09-24"),
        ("Sept 24 2023", "2023-09-24"),
        ("24th of Sept, 2023", "2023-09-24"),
        ("Sun. Sep 24th, 2023", "2023-09-24"),
        ("Sunday, 24 September 2023 14:05", "2023-09-24"),
        ("2023-09-24", "2023-09-24"),
        ("2023-09-24T06:30:00+02:00", "2023-09-24"),
        ("2023/09/24", "2023-09-24"),
        ("24.09.2023", "2023-09-24"),
        ("24-09-2023", "2023-09-24"),
        ("24/09/2023", "2023-09-24"),
        ("09/24/2023", "2023-09-24"),
        # a comma run into the year, as some agency bylines print it (dates39)
        ("Sep 24,2023", "2023-09-24"),
        ("24 September,2023", "2023-09-24"),
    ],
)
def test_dates_written_forms(written: str, iso: str) -> None:
    assert parse_date(written) == iso
    assert [date.iso for date in find_dates(f"Seen on {written}, officials said.")] == [iso]


@pytest.mark.parametrize(
    "written", ["05/06/2023", "February 30, 2023", "in September 2023", "2023", "12.5 km", "In May 1,200 troops arrived"]
)
def test_dates_ambiguous_or_partial_dates_are_not_dates(written: str) -> None:
    assert find_dates(written) == []


def test_dates_day_and_month_only_when_asked() -> None:
    assert find_dates("PRISTINA, Sept. 25 (Wire) -") == []
    (date,) = find_dates("PRISTINA, Sept. 25 (Wire) -", without_year=True)
    assert (date.year, date.month, date.day, date.in_year(2023)) == (None, 9, 25, "2023-09-25")


def test_dates_lone_date_line() -> None:
    assert lone_date("Mon, 25 Sep 2023 | 10:42 GMT").weekday
    assert lone_date("25.09.2023, 10:42") is not None
    assert lone_date("Talks resume on 25 Sep 2023") is None
    assert lone_date("Friday 4 March 2022 16.40 GMT").iso == "2022-03-04"


@pytest.mark.parametrize(
    ("text", "position", "written"),
    [
        ("Updated 9:15 AM CET, March 4, 2022", 8, "March 4, 2022"),
        ("16:40 GMT 4 Mar 2022", 0, "4 Mar 2022"),
        ("Posted 08.30 on 4 March 2022", 7, "4 March 2022"),
        ("04.03.2022 [16:40]", 0, "04.03.2022"),
    ],
)
def test_dates_date_at_skips_a_clock_time_before_the_date(text: str, position: int, written: str) -> None:
    date = date_at(text, position)
    assert date is not None and date.iso == "2022-03-04"
    assert text[date.start : date.end] == written


def test_dates_date_at_needs_a_date_after_the_clock_time() -> None:
    assert date_at("Updated 9:15 AM CET", 8) is None
    assert date_at("9:15 AM, the minister arrived on 4 March 2022", 0) is None


def test_dates_periods_stated_with_a_year() -> None:
    text = (
        "Protests have continued since 14 February 2021. Talks stalled in March 2022 and a truce of 2019 "
        "collapsed. Some 2000 troops remain, and the government wants to join the bloc by 2030."
    )
    periods = [(period.first_day.isoformat(), period.precision) for period in find_periods(text)]
    assert periods == [("2021-02-14", "day"), ("2022-03-01", "month"), ("2019-01-01", "year")]


def test_dates_named_weekdays() -> None:
    assert named_weekdays("Officials said on Friday that talks set for Sunday were off") == [4, 6]
    assert named_weekdays("A Sun. edition and a monday meeting") == []


# -- publication date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "iso", "statement"),
    [
        ("Police close border crossings\n\nPublished: 25 September 2023 | 09:12\n\n" + BODY, "2023-09-25",
         "Published: 25 September 2023"),
        ("Police close border crossings\nBy Arben Krasniqi • Posted on Sep 25, 2023\n\n" + BODY, "2023-09-25",
         "Posted on Sep 25, 2023"),
        ("Police close border crossings\n\nMonday, September 25, 2023\n\n" + BODY, "2023-09-25",
         "Monday, September 25, 2023"),
        ("Police close border crossings\n\n25.09.2023: " + BODY, "2023-09-25", "25.09.2023"),
        ("Police close border crossings\n\nPRISTINA, Sept. 25 (Wire) - " + BODY
         + "\nThe attack on 24 September 2023 was condemned by the EU.\n", "2023-09-25", "Sept. 25"),
        ("Police close border crossings\n\nUpdated: 26/09/2023\n\n" + BODY, "2023-09-26",
         "Updated: 26/09/2023"),
        ("14:05, 25.09.2023\n\nPolice close border crossings\n\n" + BODY, "2023-09-25", "25.09.2023"),
        ("Police close border crossings\n\nPristina, 25 September 2023 (KosovaPress) - " + BODY, "2023-09-25",
         "25 September 2023"),
        ("Police close border crossings\n\nPRISTINA, September 25. /Wire/. " + BODY
         + "\nTalks are due on October 2, 2023.\n", "2023-09-25", "September 25"),
        ("Police close border crossings\n\nGOMA, Democratic Republic of Congo, Sept. 25 (Wire) - " + BODY
         + "\nThe attack on 24 September 2023 was condemned by the EU.\n", "2023-09-25", "Sept. 25"),
        ("Police close border crossings\n\nPRISTINA, SEPTEMBER 25, KOSOVAPRESS. " + BODY
         + "\nThe crossings were last closed in June 2023.\n", "2023-09-25", "SEPTEMBER 25"),
        ("Police close border crossings\n\nLast modified 16:40 CEST, 25 Sep 2023\n\n" + BODY, "2023-09-25",
         "Last modified 16:40 CEST, 25 Sep 2023"),
        ("Police close border crossings\n\nUpdated 4:40 p.m. ET Sept. 25, 2023\n\n" + BODY, "2023-09-25",
         "Updated 4:40 p.m. ET Sept. 25, 2023"),
        ("Police close border crossings\n\n16:40 CEST 25 Sep 2023\n\n" + BODY, "2023-09-25", "25 Sep 2023"),
        ("Police close border crossings\n\nby Arben Krasniqi | 25 September 2023\n\n" + BODY, "2023-09-25",
         "25 September 2023"),
        ("Police close border crossings\n\n25.09.2023 [14:05]\n\n" + BODY, "2023-09-25", "25.09.2023"),
        ("Police close border crossings\n\nSeptember 25, 2023 · 6 min read\n\n" + BODY, "2023-09-25",
         "September 25, 2023"),
        ("Police close border crossings\n\n6 minute read | 25 Sep 2023 10:05\n\n" + BODY, "2023-09-25",
         "25 Sep 2023"),
        ("Police close border crossings\n\nLast updated on 26 September 2023; published 25 September 2023\n\n" + BODY,
         "2023-09-25", "published 25 September 2023"),
    ],
)
def test_metadata_publication_date_forms(page: str, iso: str, statement: str) -> None:
    metadata = _metadata(page)
    assert metadata.published == iso
    assert _span_text(page, metadata.published_span) == statement


@pytest.mark.parametrize(
    ("opening", "iso", "statement"),
    [
        ("March 4, 2024Rebels shelled the border town of Kasindi on Sunday, the army said.", "2024-03-04",
         "March 4, 2024"),
        ("4 March 2024The Tarvian army said it had taken the ridge above Port Amber overnight.", "2024-03-04",
         "4 March 2024"),
    ],
)
def test_metadata_date_line_run_into_the_lead_is_the_publication_date(opening: str, iso: str, statement: str) -> None:
    """A scraper that drops the line break between the date line and the lead glues the year to the first word."""
    page = f"Fighting closes the Kasindi road\n{opening}\n" + BODY
    metadata = _metadata(page)
    assert metadata.published == iso
    assert _span_text(page, metadata.published_span) == statement


@pytest.mark.parametrize(
    "opening",
    [
        "March 4, 2024rebels shelled the border town of Kasindi on Sunday, the army said.",  # no capital: no lost break
        "2024Rebels shelled the border town of Kasindi on Sunday, the army said and residents confirmed.",  # a year only
        "Since March 4, 2024The rebels have shelled the border town of Kasindi every night, the army said.",
    ],
)
def test_metadata_no_publication_date_from_other_runs_into_the_lead(opening: str) -> None:
    page = f"Fighting closes the Kasindi road\n{opening}\n" + BODY
    assert _metadata(page).published is None


def test_metadata_published_label_beats_update_and_date_line() -> None:
    page = (
        "Police close border crossings\n\nUpdated: 27 September 2023\n\n" + BODY
        + "\nFirst published on 25 September 2023\n"
    )
    assert _metadata(page).published == "2023-09-25"


def test_metadata_date_line_under_a_headline_and_standfirst_lines() -> None:
    page = (
        "USD/RSD 108.20 | EUR/RSD 117.15 | Brent 93.10 $ | Gold 1,874.60 $\n\n"
        "Police close border crossings\n\nKosovo says an armed group planned the ambush\n\n"
        "Serbia denies any role\n\nSecurity desk\n\n25.09.2023 [14:05]\n\n" + BODY
    )
    metadata = _metadata(page)
    assert (metadata.title, metadata.published) == ("Police close border crossings", "2023-09-25")


def test_metadata_byline_update_date_is_no_publication_date() -> None:
    page = (
        "Police close border crossings\n\nBy Arben Krasniqi | Updated 26 September 2023\n\n"
        "PRISTINA, Sept. 25 (Wire) - " + BODY
    )
    metadata = _metadata(page)
    assert (metadata.published, _span_text(page, metadata.published_span)) == ("2023-09-25", "Sept. 25")


def test_metadata_dateline_after_a_since_date_is_in_the_next_year() -> None:
    page = "Police close border crossings\n\nPRISTINA, Sept. 25 (Wire) - " + BODY
    since = page + "\nThe crossing had been shut since December 12, 2022.\n"
    assert _metadata(since).published == "2023-09-25"
    assert _metadata(page + "\nThe crossing was shut on December 12, 2022.\n").published == "2022-09-25"


def test_metadata_dateline_with_only_a_bare_year_takes_the_weekday_of_its_sentence() -> None:
    opening = "PRISTINA, Sept. 25 (Wire) - Kosovo police closed two border crossings{} after an attack.\n"
    background = "\nThe two sides signed a trade deal in 2019.\n"
    with_weekday = "Police close border crossings\n\n" + opening.format(" on Monday") + BODY + background
    assert _metadata(with_weekday).published == "2023-09-25"
    without_weekday = "Police close border crossings\n\n" + opening.format("") + BODY + background
    assert _metadata(without_weekday).published == "2019-09-25"
    no_year = "Police close border crossings\n\n" + opening.format(" on Monday") + BODY
    assert _metadata(no_year).published is None


def test_metadata_bare_year_does_not_override_a_stated_date_with_the_weekday() -> None:
    page = (
        "Police close border crossings\n\nPRISTINA, Sept. 25 (Wire) - Kosovo police closed two crossings on "
        "Sunday after an attack.\n" + BODY + "\nTalks began on 3 May 2023, four years after a deal in 2019.\n"
    )
    assert _metadata(page).published == "2023-09-25"


@pytest.mark.parametrize(
    "opening",
    ["PRISTINA, Sept. 25 (Wire) - ", "Pristina, Sept. 25 - ", "Kosovo, Serbia, September 25 talks aside, "],
)
def test_metadata_dateline_without_a_stated_year_gives_no_date(opening: str) -> None:
    page = "Police close border crossings\n\n" + opening + BODY
    assert _metadata(page).published is None
    with_year = _metadata(page + "\nTalks resumed on October 2, 2023.\n").published
    assert with_year == ("2023-09-25" if opening.startswith("PRISTINA") else None)


def test_metadata_dates_in_the_body_are_not_publication_dates() -> None:
    page = (
        "Police close border crossings\n\n" + BODY
        + "\nThe crossings were last closed on 12 December 2022, after protests.\n"
        + "The report, published on 3 March 2021, found no evidence.\n"
    )
    assert _metadata(page).published is None


@pytest.mark.parametrize(
    ("page", "iso", "statement"),
    [
        # a print edition's footer names the paper before the date (dates38)
        ("Police close border crossings\n\n" + BODY + "\nPublished in The Pristina Courier, September 25th, 2023.\n",
         "2023-09-25", "Published in The Pristina Courier, September 25th, 2023"),
        # a date line above the headline with a clock time in a zone of the region (dates38)
        ("September 25, 2023 - 14:05 AMT\nPolice close border crossings\n\n" + BODY, "2023-09-25", "September 25, 2023"),
        ("25 September 2023, 14:05 AZT\nPolice close border crossings\n\n" + BODY, "2023-09-25", "25 September 2023"),
        # an agency byline with the comma run into the year (dates39)
        ("Police close border crossings\n\nBy Wire - Sep 25,2023 - Last updated at Sep 26,2023\n\n" + BODY, "2023-09-25",
         "Sep 25,2023"),
        # a dateline that puts its day-first date, with a two-digit year, between slashes (dates39)
        ("Police close border crossings\n\nPristina/25.09.23/Kosovapress: " + BODY, "2023-09-25", "25.09.23"),
        ("PRISTINA / 25.09.2023 / Wire - " + BODY, "2023-09-25", "25.09.2023"),
    ],
)
def test_metadata_print_footers_clock_zones_compact_bylines_and_slash_datelines(page: str, iso: str, statement: str) -> None:
    metadata = _metadata(page)
    assert metadata.published == iso
    assert _span_text(page, metadata.published_span) == statement


@pytest.mark.parametrize(
    "page",
    [
        # no agency after the slashed date, or no such day: no dateline (dates39)
        "Police close border crossings\n\nPristina/25.09.23 figures of the mission were disputed. " + BODY,
        "Police close border crossings\n\nPristina/31.02.23/Kosovapress: " + BODY,
        # a slashed date inside the body is no dateline
        "Police close border crossings\n\n" + BODY + "\nThe ministry's report (ref. Pristina/25.09.23/Kosovapress: draft) was leaked.\n",
    ],
)
def test_metadata_no_publication_date_from_slashed_lookalikes(page: str) -> None:
    assert _metadata(page).published is None


@pytest.mark.parametrize(
    "page",
    [
        # "published in" a report, not a paper's footer: no date right after the name
        "Police close border crossings\n\n" + BODY + "\nPublished in a report by the mission, the figures were disputed.\n",
        # an am/pm run into a word is no clock time: "12:53 AMBER" makes no date line
        "September 25, 2023 - 12:53 AMBER ALERT\nPolice close border crossings\n\n" + BODY,
    ],
)
def test_metadata_no_publication_date_from_lookalike_footers_and_clocks(page: str) -> None:
    assert _metadata(page).published is None


@pytest.mark.parametrize(
    "header",
    [
        "Today: 8 July 2024",
        "Wed. Jul 3rd, 2024",
        "Wednesday, 3 July 2024 | 10:15",
        "Today: Wednesday, 3 July 2024, 10:15",
    ],
)
def test_metadata_page_access_and_widget_dates_are_never_publication_dates(header: str) -> None:
    page = f"{header}\n\nPolice close border crossings\n\n" + BODY
    assert _metadata(page).published is None


@pytest.mark.parametrize("header", ["4 October 2023", "October 4, 2023"])
def test_metadata_lone_date_on_the_first_line_above_the_headline_is_the_publication_date(header: str) -> None:
    page = f"{header}\n\nTessaran authorities detain former rebel leaders\n\n" + BODY
    assert _metadata(page).published == "2023-10-04"


def test_metadata_lone_date_line_below_a_headline_and_its_standfirst() -> None:
    page = (
        "Drone strikes intensify in northern Velmora\n\n"
        "Several villages were targeted by the Velmoran air force on Thursday after a week of clashes.\n"
        "4 min read\n19 September, 2024\n\n" + BODY
    )
    assert _metadata(page).published == "2024-09-19"


def test_metadata_date_line_after_the_first_body_paragraph_is_no_publication_date() -> None:
    page = (
        "Drone strikes intensify in northern Velmora\n\n"
        "Several villages were targeted by the Velmoran air force on Thursday after a week of clashes.\n\n"
        "Residents fled to the hills as the strikes went on through the night, officials said.\n\n"
        "19 September, 2024\n\n" + BODY
    )
    assert _metadata(page).published is None


def test_metadata_given_date_wins_and_text_date_fills_in() -> None:
    page = "Police close border crossings\n\nPublished: 25 September 2023\n\n" + BODY
    assert _metadata(page, published="2023-09-30T22:10:00Z") == DocumentMetadata(
        title="Police close border crossings", published="2023-09-30"
    )
    assert _metadata(page, published="last week").published == "2023-09-25"


# -- title, author, outlet ------------------------------------------------------------


def test_metadata_title_is_the_first_substantial_article_line() -> None:
    page = "Search\nBalkan Wire Logo\n\nPolice  close border\u00a0crossings\n\n" + BODY
    assert _metadata(page).title == "Police close border crossings"


def test_metadata_no_title_when_the_page_opens_with_a_paragraph() -> None:
    assert _metadata(BODY).title is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Arben Krasniqi", "Arben Krasniqi"),
        ("By Arben Krasniqi and Jelena Petrović, Balkan Wire", "Arben Krasniqi"),
        ("Written by: Prof. Jelena Petrović, Head of Research, Institute for Regional Studies, Belgrade",
         "Jelena Petrović"),
        ("Author: Balkan Wire Desk", "Balkan Wire Desk"),
        ("Posted on 25 September 2023 by Arben Krasniqi", "Arben Krasniqi"),
    ],
)
def test_metadata_author_from_byline(byline: str, author: str) -> None:
    page = f"Police close border crossings\n\n{byline}\n\n" + BODY
    metadata = _metadata(page)
    assert metadata.author == author
    assert _span_text(page, metadata.author_span) == author


def test_metadata_author_on_the_line_after_the_label() -> None:
    page = "Police close border crossings\n\n" + BODY + "\nWritten by:\n\nMs. Jelena Petrović, Analyst\n"
    assert _metadata(page).author == "Jelena Petrović"


def test_metadata_names_in_the_body_are_no_author() -> None:
    page = "Police close border crossings\n\n" + BODY + "\nInterior minister Xhelal Sveçla told reporters.\n"
    assert _metadata(page).author is None


def test_metadata_outlet_from_headline_suffix() -> None:
    metadata = _metadata("Police close border crossings with Serbia | Balkan Insight\n\n" + BODY)
    assert (metadata.title, metadata.outlet) == ("Police close border crossings with Serbia", "Balkan Insight")


@pytest.mark.parametrize(
    "headline",
    [
        "Kosovo – Serbia talks stall after Banjska attack",
        "Police close border crossings, minister told Balkan Times",
        "Police close border crossings - Kosovo and Serbia",
    ],
)
def test_metadata_headline_without_outlet_suffix(headline: str) -> None:
    metadata = _metadata(f"{headline}\n\n" + BODY)
    assert (metadata.title, metadata.outlet) == (headline, None)


def test_metadata_given_metadata_wins() -> None:
    page = "Police close border crossings – Balkan Times\n\nBy Arben Krasniqi\n\n" + BODY
    metadata = _metadata(
        page, title="Kosovo shuts crossings", author="Wire Staff", outlet="Wire", url="https://example.org/k"
    )
    assert metadata == DocumentMetadata(
        title="Kosovo shuts crossings", author="Wire Staff", outlet="Wire", url="https://example.org/k"
    )


def test_metadata_given_outlet_is_cut_from_given_title() -> None:
    metadata = _metadata(BODY, title="Kosovo shuts crossings | Wire Daily", outlet="Wire Daily")
    assert (metadata.title, metadata.outlet) == ("Kosovo shuts crossings", "Wire Daily")


def test_metadata_jsonl_and_html_inputs() -> None:
    documents = {document.doc_id: document for document in ingest([DATA]).documents}
    feed = documents["feed-001"].metadata
    assert (feed.published, feed.author, feed.outlet, feed.title) == (
        "2023-10-01", "Desk Editor", "Horn Observer", "Border talks resume"
    )
    assert documents["feed-002"].metadata.published == "2024-03-07"
    page = documents["sahel_raid.html"].metadata
    assert page == DocumentMetadata(
        title="Army retakes Kidal from rebels & allies",
        published="2023-11-14",
        author="Aminata Diallo",
        outlet="Sahel Daily News",
        url="https://example.org/2023/11/kidal",
    )


# -- a date line right above the headline, a date under a label alone (published45) ------------------
@pytest.mark.parametrize(
    ("above", "iso"),
    [
        ("Tuesday, 30 August 2016", "2016-08-30"),  # a blog's date header, dropped by the zones as a widget
        ("Monday, February 27, 2017", "2017-02-27"),
        ("AFP\nDecember 27, 2018", "2018-12-27"),  # an agency line, then the date line
    ],
)
def test_metadata_date_line_right_above_the_headline_is_the_publication_date(above: str, iso: str) -> None:
    page = f"{above}\n\nMilitia fighters seize a checkpoint outside Kessara\n\n" + BODY
    metadata = _metadata(page)
    assert metadata.published == iso
    assert _span_text(page, metadata.published_span) == above.splitlines()[-1]


@pytest.mark.parametrize(
    "header",
    [
        # a header widget run into the breadcrumb under it: the day the page was viewed
        "Sunday, March 26, 2023\nHomeNewsMilitia fighters seize a checkpoint outside Kessara",
        "Sun. Jun 16th, 2024\nMilitia fighters seize a checkpoint outside Kessara",
        # a widget above the site's menu, not above the headline
        "Saturday, July 12, 2025\nNo Result\nView All Result\n  • Middle East\n  • Africa",
        # a labelled page-access date
        "Today is Friday, 14 June 2024",
    ],
)
def test_metadata_header_widget_date_is_no_publication_date(header: str) -> None:
    page = f"{header}\n\nMilitia fighters seize a checkpoint outside Kessara\n\n" + BODY
    assert _metadata(page).published is None


def test_metadata_stated_date_beats_a_weekday_line_above_the_headline() -> None:
    # negative: the widget is a fallback; a date line under the headline wins
    page = "Saturday, July 12, 2025\n\nMilitia fighters seize a checkpoint outside Kessara\n\nJuly 3, 2024\n\n" + BODY
    assert _metadata(page).published == "2024-07-03"


@pytest.mark.parametrize(
    ("label", "date", "iso"),
    [("Date", "2016.11.29 / 15:12", "2016-11-29"), ("Published", "\nNovember 25, 2022", "2022-11-25"), ("Posted on:", "03.05.2023", "2023-05-03")],
)
def test_metadata_date_under_a_label_alone_on_its_line(label: str, date: str, iso: str) -> None:
    page = f"Militia fighters seize a checkpoint outside Kessara\n\n{BODY}\n{label}\n{date}\nAuthor\nStaff\n"
    assert _metadata(page).published == iso


def test_metadata_label_alone_before_a_sentence_with_a_date_gives_no_date() -> None:
    # negative: only a date alone on the next line is the labelled date, not an event date in a sentence
    page = (
        "Militia fighters seize a checkpoint outside Kessara\n\nDate\n\n"
        "The fighters took the checkpoint on 3 May 2022 after a night of shelling, residents said on Monday.\n\n" + BODY
    )
    assert _metadata(page).published is None


def test_metadata_updated_label_alone_yields_to_a_published_date() -> None:
    # negative: an update date under its label is read only when no publication date is stated
    page = "Militia fighters seize a checkpoint outside Kessara\n\nPublished: 2 May 2022\n\n" + BODY + "\nUpdated\n9 May 2022\n"
    assert _metadata(page).published == "2022-05-02"
