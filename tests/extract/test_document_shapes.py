"""Same story, other shape (metamorphic tests, meta40e): the events' (type, date, modality) and the figures' (kind,
value) of a whole build do not change when only the document's shape does: its lede hard-wrapped at a fixed width,
its headline in Title Case or in capitals."""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kg.build import build_graphs
from kg.nlp.lede_tags import capitalised_lines
from kg.rdf.vocab import KG


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
