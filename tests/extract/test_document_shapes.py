"""Same story, other shape (metamorphic tests, meta40e, shapes41): the events' (type, date, modality) and the figures'
(kind, value) of a whole build do not change when only the document's shape does: its lede hard-wrapped at a fixed width,
its headline in Title Case or in capitals; nor do its claims and mentions when the white space around its sentences and
paragraphs is spelled otherwise (tabs, indentation, trailing spaces, CRLF, blank lines) or a live blog's time stamps
stand between its paragraphs."""

from __future__ import annotations

import re
import textwrap
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kg.build import build_graphs
from kg.ingest import describe
from kg.ingest.readers import ReadDocument
from kg.ingest.zones import find_zones
from kg.nlp.lede_tags import capitalised_lines
from kg.rdf.vocab import KG
from kg.records import SourceDocument


def _outputs(tmp_path: Path, nlp, name: str, text: str) -> Counter[tuple[str, ...]]:
    """(type, date, modality) of each event and (kind, value) of each figure of ``text`` built alone."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert not result.errors
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for quad in result.quads:
        by_subject[quad.subject.value][quad.predicate.value].append(quad.object.value)
    found: Counter[tuple[str, ...]] = Counter()
    for fields in by_subject.values():
        if str(KG.modality) in fields:
            kinds = sorted(kind.rsplit("#", 1)[1] for kind in fields["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"])
            found["event", ",".join(k for k in kinds if k != "Event"), *fields.get(str(KG.date), ["-"]), fields[str(KG.modality)][0]] += 1
        if str(KG.figureKind) in fields:
            found["figure", fields[str(KG.figureKind)][0], fields[str(KG.value)][0]] += 1
    return found


#: Made-up stories (headline, lede paragraph) with dated events and figures.
STORIES = [
    (
        "Militia seizes river port in western Dalmora",
        "Fighters of the Ossel Brigade captured the river port of Tarnow on 12 May 2025, the regional governor said. "
        "At least 18 police officers were killed in the fighting, a hospital official said. About 6,000 people have "
        "fled the town since the clashes began, the Red Cross said.",
    ),
    (
        "Rebels overrun army camp in Kivu highlands",
        "Rebels of the Mabeko movement attacked an army camp near Kalonge on 2 February 2025, local officials said. "
        "Twenty-one soldiers were killed and dozens wounded, a military source said. Government troops retook the camp "
        "in Kalonge on 4 February, the army said.",
    ),
]


@pytest.mark.parametrize(("headline", "lede"), STORIES)
def test_shapes_a_hard_wrapped_lede_keeps_its_dates(tmp_path: Path, nlp, headline: str, lede: str) -> None:
    # the wrapped lede's lines are no date line under the headline: its event dates stay
    plain = _outputs(tmp_path, nlp, "plain.txt", f"{headline}\n{lede}\n")
    for width in (60, 72):
        wrapped = "\n".join(textwrap.wrap(lede, width))
        assert _outputs(tmp_path, nlp, f"wrapped{width}.txt", f"{headline}\n{wrapped}\n") == plain


def test_shapes_a_date_line_over_a_hard_wrapped_lede_still_dates_the_document(tmp_path: Path, nlp) -> None:
    # negative: a date line of its own under the headline is the publication date, wrapped lede or not
    lede = textwrap.wrap(STORIES[1][1].replace(" on 4 February", " on Tuesday"), 60)
    text = "\n".join([STORIES[1][0], "Wednesday 5 February 2025", "", *lede]) + "\n"
    page = tmp_path / "dated.txt"
    page.write_text(text, encoding="utf-8")
    published = [q.object.value for q in build_graphs([page], nlp=nlp).quads if q.predicate.value == str(KG.published)]
    assert published == ["2025-02-05"]


HEADLINES = [
    ("Shelling kills 5 in Varnok suburb", "Artillery shells hit a residential area of Varnok on 2 June 2025, the regional governor said."),
    ("Floods displace 30,000 in northern Kenya", "Heavy rain burst the banks of the Tana river on 8 April 2025, the Red Cross said."),
    ("Clashes leave 7 dead in Port Elan", "Rival militias fought in the streets of Port Elan on 15 May 2025, the health ministry said."),
]


def _title_case(headline: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in headline.split())


@pytest.mark.parametrize(("headline", "body"), HEADLINES)
@pytest.mark.parametrize("recase", [_title_case, str.upper])
def test_shapes_a_headline_in_title_case_or_capitals_keeps_its_figures(tmp_path: Path, nlp, headline, body, recase) -> None:
    # "Shelling Kills 5": the capitalised verb is read as the verb it is, not as a name; its figure stays
    plain = _outputs(tmp_path, nlp, "plain.txt", f"{headline}\n{body}\n")
    assert any(key[0] == "figure" for key in plain)
    assert _outputs(tmp_path, nlp, "recased.txt", f"{recase(headline)}\n{body}\n") == plain


def test_shapes_a_title_case_headline_keeps_its_names(nlp) -> None:
    # negative: the names of a Title Case headline stay names; a sentence in the body is not re-tagged
    doc = nlp("Rebels Seize Kessa Airport Near Varnok\nThe Rebels Seize Kessa Airport Near Varnok, officials said.\n")
    assert [token.tag_ for token in doc if token.text in ("Kessa", "Varnok")] == ["NNP"] * 4
    assert capitalised_lines(doc, 80) == [(0, 6)]


def test_shapes_a_short_capitalised_label_is_no_headline(nlp) -> None:
    # negative: a kicker or a name line ("BREAKING", "By Jane Doe") has too few long words to be re-tagged
    doc = nlp("BREAKING\nBy Jane Doe\nRebels seized the port on Monday.\n")
    assert capitalised_lines(doc, 80) == []


def _facts(tmp_path: Path, nlp, name: str, text: str) -> Counter[tuple[str, ...]]:
    """The events and figures of ``_outputs`` plus each claim's (kind, speakers, text) and each mention's (text, entity),
    with the document's IRI cut out of the IRIs and white space folded."""
    page = tmp_path / name
    page.write_bytes(text.encode("utf-8"))
    result = build_graphs([page], nlp=nlp)
    assert not result.errors
    local = re.compile(r"/doc/[0-9a-f]+")
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for quad in result.quads:
        by_subject[quad.subject.value][quad.predicate.value].append(quad.object.value)
    found = _outputs(tmp_path, nlp, name, text)
    for fields in by_subject.values():
        words = " ".join(fields.get(str(KG.anchorOf), [""])[0].split())
        if str(KG.claimKind) in fields:
            speakers = ",".join(sorted(local.sub("", speaker) for speaker in fields[str(KG.speaker)]))
            found["claim", fields[str(KG.claimKind)][0], speakers, words] += 1
        elif str(KG.denotes) in fields and words:
            found["mention", words, ",".join(sorted(local.sub("", entity) for entity in fields[str(KG.denotes)]))] += 1
    return found


#: Made-up stories (headline, paragraphs) with names, claims, events and figures.
SHAPED_STORIES = [
    (
        "Militia seizes river port in western Dalmora as thousands flee",
        [
            "Fighters of the Ossel Brigade captured the river port of Tarnow on 12 May 2025, the regional "
            "governor, Petra Alsing, said on Tuesday. At least 18 police officers were killed in the fighting, a "
            "hospital official said.",
            "\"They came at night with heavy weapons — we had no chance,\" said Marek Vold, a shopkeeper who fled "
            "to the city of Brenza.",
            "The Defence Ministry accused the brigade of shelling a market in Tarnow, killing 7 civilians. The "
            "brigade denied the accusation… and said government aircraft had bombed the port first.",
            "About 6,000 people have fled the town since the clashes began, the Red Cross said. The United "
            "Nations called for an immediate ceasefire.",
        ],
    ),
    (
        "Border guards exchange fire on disputed frontier",
        [
            "Border guards of Nordavia and Kestrel exchanged fire near the village of Ulmet on 9 March 2024, "
            "leaving two guards dead, Nordavia's border service said.",
            "Kestrel's foreign ministry denied that its troops had fired first. \"Our positions came under mortar "
            "fire at 5 a.m.,\" ministry spokeswoman Dana Ivik said.",
            "The two governments agreed on Thursday to a ceasefire brokered by Moscow, and pledged to withdraw "
            "heavy weapons from the frontier by 20 March.",
            "Some 1,200 residents of Ulmet were evacuated, local officials said.",
        ],
    ),
]


def _plain(headline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


def _tabs_between_sentences(headline: str, paragraphs: list[str]) -> str:
    return _plain(headline, [re.sub(r"(?<=[.!?\"]) (?=[A-Z\"])", "\t", paragraph) for paragraph in paragraphs])


def _indented(headline: str, paragraphs: list[str]) -> str:
    return _plain(headline, ["\t" + paragraph for paragraph in paragraphs])


def _trailing_spaces(headline: str, paragraphs: list[str]) -> str:
    return "\n".join(line + "  " if line else line for line in _plain(headline, paragraphs).split("\n"))


def _windows_line_ends(headline: str, paragraphs: list[str]) -> str:
    return _plain(headline, paragraphs).replace("\n", "\r\n")


def _extra_blank_lines(headline: str, paragraphs: list[str]) -> str:
    return _plain(headline, paragraphs).replace("\n\n", "\n\n\n")


def _one_paragraph_a_line(headline: str, paragraphs: list[str]) -> str:
    return "\n".join([headline, *paragraphs]) + "\n"


@pytest.mark.parametrize(("headline", "paragraphs"), SHAPED_STORIES)
@pytest.mark.parametrize(
    "shape", [_tabs_between_sentences, _indented, _trailing_spaces, _windows_line_ends, _extra_blank_lines, _one_paragraph_a_line]
)
def test_shapes_white_space_around_sentences_and_paragraphs_keeps_the_facts(tmp_path: Path, nlp, headline, paragraphs, shape) -> None:
    # tabs, indentation, trailing spaces, CRLF, extra blank lines, paragraphs one a line: the same facts as the plain text
    plain = _facts(tmp_path, nlp, "plain.txt", _plain(headline, paragraphs))
    assert any(key[0] == "claim" for key in plain) and any(key[0] == "mention" for key in plain)
    assert _facts(tmp_path, nlp, "shaped.txt", shape(headline, paragraphs)) == plain


def test_shapes_an_indented_line_still_ends_its_sentence(nlp) -> None:
    # negative: a line break read as a plain break is still a break: the headline without a stop is its own sentence,
    # and spaces inside a line are not moved
    text = "Rebels seize the port\t \n\n\tThe army said  the port was lost on Monday.\n"
    document = describe(ReadDocument(SourceDocument("a.txt", "a.txt", text, text)))[0]
    analysed = document.analysis_text()
    assert len(analysed) == len(text) and "said  the" in analysed
    doc = nlp(analysed)
    assert [sentence.text.strip() for sentence in doc.sents] == ["Rebels seize the port", "The army said  the port was lost on Monday."]


@pytest.mark.parametrize(
    ("visible", "analysed"),
    [
        ("said.  \n\nThe", "said.\n\n  The"),
        ("said.\n  \n The", "said.\n\n   The"),
        ("said.\n\n  The", "said.\n\n  The"),  # spaces after the breaks already: unchanged
        ("said  the", "said  the"),  # no line break: unchanged
    ],
)
def test_shapes_the_spaces_of_a_run_with_a_line_break_come_after_its_breaks(visible: str, analysed: str) -> None:
    document = describe(ReadDocument(SourceDocument("a.txt", "a.txt", visible, visible)))[0]
    assert document.analysis_text() == analysed


def test_shapes_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # a blanked unclosed HTML comment leaves 400,000 spaces with no line break; the white-space reading took minutes
    visible = "Talks resumed in Doha." + " " * 400_000 + "The army said so.\n"
    document = describe(ReadDocument(SourceDocument("a.txt", "a.txt", visible, visible)))[0]
    started = time.monotonic()
    assert len(document.analysis_text()) == len(visible)
    assert time.monotonic() - started < 2


TIME_STAMPS = ["10:42 GMT", "Updated 14.05 BST", "12:07 PM BST"]


@pytest.mark.parametrize(("headline", "paragraphs"), SHAPED_STORIES)
def test_shapes_a_live_blog_time_stamp_between_paragraphs_gives_no_facts(tmp_path: Path, nlp, headline, paragraphs) -> None:
    # a time stamp on a line of its own is clutter: no facts of its own, and the story's sentences stay whole
    plain = _facts(tmp_path, nlp, "plain.txt", _plain(headline, paragraphs))
    stamped = [part for i, paragraph in enumerate(paragraphs) for part in ([paragraph, TIME_STAMPS[i // 2]] if i in (0, 2) else [paragraph])]
    assert _facts(tmp_path, nlp, "stamped.txt", _plain(headline, stamped)) == plain
    page = tmp_path / "stamped.txt"
    kinds = [quad.object.value for quad in build_graphs([page], nlp=nlp).quads if quad.predicate.value == str(KG.zoneKind)]
    assert kinds.count("page_date") == 2


def test_shapes_a_time_in_a_sentence_or_a_measure_is_no_time_stamp() -> None:
    # negative: a time inside a sentence, or a number with a unit on its own line, stays article text
    text = "Shelling hits the capital\n\nShelling began at 10:42 GMT on Monday, officials said.\n\n12.50 kg\n\n10:42 GMT\n\nEnd of story here, he said.\n"
    clutter = [(zone.kind, text[zone.start : zone.end].strip()) for zone in find_zones(text) if zone.kind != "article"]
    assert clutter == [("page_date", "10:42 GMT")]
