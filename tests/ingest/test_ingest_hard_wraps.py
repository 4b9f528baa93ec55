"""Hard-wrapped text (wire copy, mailing lists, plain-text archives: a line break every ~70 characters):
its wrapping line breaks read as spaces in the analysed text, so a name or a clause cut by a wrap
stays whole; headlines, bylines, paragraph ends and list lines still break (claims23)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kg.extract.claims import extract_claims
from kg.ingest import ingest
from kg.ingest.text import hard_wraps
from kg.nlp.gazetteer import load_gazetteer

BODY = (
    "NAIROBI, Kenya, March 3. The ceasefire in the north of the country is holding, the Ministry of Defence "
    "of Kenya said in a statement on Tuesday, adding that three militia camps had been abandoned near the "
    "border with Somalia. President William Ruto said on Monday that the talks with the elders of the "
    "district would continue in Garissa next week."
)
HEADLINE = "Kenya says truce holding in the north"


def _wrapped(text: str, width: int = 72) -> str:
    return "\n".join(textwrap.wrap(text, width))


def _analysed(tmp_path: Path, text: str) -> str:
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    document = ingest([path]).documents[0]
    analysed = document.analysis_text()
    assert len(analysed) == len(document.source.text)  # offsets unchanged
    return analysed


def test_hard_wraps_a_wrapped_paragraph_reads_as_one_line(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{_wrapped(BODY)}\n"
    analysed = _analysed(tmp_path, text)
    assert analysed.startswith(HEADLINE + "\n\n")  # the headline still ends its line
    assert "the Ministry of Defence of Kenya said" in analysed and "President William Ruto said" in analysed
    assert analysed.split() == text.split()


def test_hard_wraps_a_line_ending_a_sentence_still_breaks() -> None:
    text = (
        f"{HEADLINE}\n\nThe talks ended in Garissa on Friday and the two delegations left.\n"
        "Both sides said the next round of the talks with the district elders\nwould be held in Mombasa in April, officials said.\n"
    )
    wraps = hard_wraps(text)
    assert text.index("\nBoth") not in wraps and text.index("\nwould") in wraps


@pytest.mark.parametrize(
    "text",
    [
        # a list: lines before a bullet or a dash keep their breaks
        "The statement of the Ministry of Foreign Affairs of Kenya listed these\n- the immediate release of all detainees held in\n- a ceasefire along the whole of the northern border\n",
        "The statement of the Ministry of Foreign Affairs of Kenya listed these\n• the immediate release of all detainees held in\n• a ceasefire along the whole of the northern border\n",
        # ordinary paragraphs: one long line each
        f"{HEADLINE}\n{BODY}\n{BODY}\n",
        # a list of related headlines (links of a scraped page): no line goes on with a lower-case word
        "Azerbaijan forces attack the enclave as threat of new war looms\nArmenia says 42,500 refugees arrived from the region\n"
        "Russia and US trade blame over instability in the South Caucasus\nKenyan army says militia camps near Somali border abandoned\n",
        # a short byline block: too narrow to be wrapped text
        "By Jane Mwangi\nNairobi bureau\nMarch 3, 2024\n",
    ],
)
def test_hard_wraps_lists_paragraphs_and_bylines_keep_their_breaks(text: str) -> None:
    assert hard_wraps(text) == []


def test_hard_wraps_the_first_line_of_a_document_is_a_headline() -> None:
    text = "Kenyan army says militia camps near Somali border were abandoned\nThe Ministry of Defence of Kenya said in a statement on Tuesday that\nthree militia camps had been abandoned near the border with Somalia.\n"
    assert text.index("\n") not in hard_wraps(text) and text.index("\nthree") in hard_wraps(text)


def test_hard_wraps_claims_are_those_of_the_unwrapped_text(tmp_path: Path, nlp) -> None:
    # a speaker wrapped over two lines ("the Ministry of Defence\nof Kenya", "President\nWilliam Ruto") is found whole
    gazetteer = load_gazetteer()

    def claims(text: str) -> list[tuple[str, str]]:
        found, _ = extract_claims(nlp(_analysed(tmp_path, text)), gazetteer)
        return sorted((claim.speaker_text, claim.kind) for claim in found)

    flat = claims(f"{HEADLINE}\n\n{BODY}\n")
    assert flat and claims(f"{HEADLINE}\n\n{_wrapped(BODY, 60)}\n") == flat
    assert claims(f"{HEADLINE}\n\n{_wrapped(BODY, 72)}\n") == flat


# meta40n: a short wire story's two-line paragraphs wrapped at one width, and a wrap after an abbreviation's stop
# ("the U.N.\nrefugee agency"): the plain story's names stay whole.
_SHORT_STORIES = [
    (
        "Rebels shell port town in Zelania",
        [
            "Rebels of the Western Front shelled the port of Ostrel on Monday, killing six people, the U.N. refugee agency said.",
            "President Mara Voss of Zelania called the attack a war crime and ordered troops to the coast.",
            "The Western Front said its fighters had hit army positions near the harbour on Sunday night.",
            "About 4,000 people have fled the town since May, the International Organization for Migration said.",
        ],
    ),
    (
        "Militia attacks convoy in northern Tavora",
        [
            "A militia attacked an aid convoy near Korsa on Tuesday, killing two drivers, the U.N. humanitarian office said.",
            "Tavora's interior minister, Paulo Reis, said the attackers had fled across the border into the hills.",
            "The militia did not comment. It has about 2,000 fighters, according to army estimates in the capital.",
            "The African Union called on both sides to respect the ceasefire agreed in the spring of last year.",
        ],
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs"), _SHORT_STORIES)
@pytest.mark.parametrize("width", [60, 64])
def test_hard_wraps_short_paragraphs_wrapped_at_one_width_read_as_lines(
    tmp_path: Path, headline: str, paragraphs: list[str], width: int
) -> None:
    text = headline + "\n\n" + "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"
    plain = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    assert _analysed(tmp_path, text) == plain


@pytest.mark.parametrize(
    "text",
    [
        # two-line blocks of uneven widths (a headline and its byline, short items): not wrapped prose
        "Rebels shell port town in Zelania\nBy Jane Doe, Reuters\n\nOstrel, 3 March\nUpdated 14:05 GMT\n\n"
        "The port was shelled on Monday, officials said in the capital.\nsee also the map\n",
        # a line that ends a sentence before a capitalised one still breaks
        "Rebels shelled the port of Ostrel on Monday and killed six people in it.\nThe army said it had "
        "returned fire at the rebel positions on the\nhills above the harbour, killing four of the fighters.\n"
        "Residents said the shelling went on through the night and into the\nmorning, when the first aid "
        "convoy reached the town from the south.\n",
    ],
)
def test_hard_wraps_uneven_pairs_and_sentence_ends_keep_their_breaks(text: str) -> None:
    assert not [offset for offset in hard_wraps(text) if text[offset - 1] == "." and text[offset + 1].isupper()]
    if "Jane Doe" in text:
        assert hard_wraps(text) == []


SHORT_PARAGRAPH_STORIES = [
    (
        "Militia fighters attacked three police posts in the Tarvo district of Orvenia on Sunday, the interior "
        "ministry said in a statement. At least 11 policemen were killed in the attacks and about twenty were "
        "wounded, a police source said, and the roads to the district were closed by the army on Monday.",
        "Some 3,000 people have fled the district since Friday, the United Nations refugee agency said.",
        "United Nations",
    ),
    (
        "Government troops retook the river port of Melka from the Kessel Liberation Army on Tuesday after a "
        "week of fighting, the army said. The rebels said they had withdrawn to spare the civilians of the town "
        "and that their fighters would go on fighting in the hills around the port and on the roads to it.",
        "The bridge over the river was destroyed in the fighting, a spokesman for the regional governor said.",
        "spokesman for the regional governor",
    ),
]


@pytest.mark.parametrize(("lede", "short", "speaker"), SHORT_PARAGRAPH_STORIES)
def test_hard_wraps_a_two_line_paragraph_of_a_wrapped_document(tmp_path: Path, lede: str, short: str, speaker: str) -> None:
    text = f"Fighting spreads in the north\n\n{_wrapped(lede, 70)}\n\n{_wrapped(short, 70)}\n"
    assert "\n" in _wrapped(short, 70)  # the paragraph is cut over two lines
    assert short in _analysed(tmp_path, text)


def test_hard_wraps_a_two_line_block_of_an_unwrapped_document_keeps_its_break(tmp_path: Path) -> None:
    # negative: no block of the document is wrapped (paragraphs on one line each): a two-line block is a headline
    # and its subtitle, or an address, and keeps its break
    text = (
        "Fighting spreads in the north of the country as rebels take the port of Melka\n"
        "Thousands flee the district after the attack on the police posts of Tarvo\n\n"
        "Militia fighters attacked three police posts in the Tarvo district of Orvenia on Sunday, the ministry said.\n"
    )
    assert hard_wraps(text) == []


def test_hard_wraps_a_short_two_line_block_of_a_wrapped_document_keeps_its_break() -> None:
    # negative: a two-line block whose first line is much narrower than the document's wrap (a byline and its
    # outlet) is no wrapped paragraph
    lede, _, _ = SHORT_PARAGRAPH_STORIES[0]
    text = f"Fighting spreads in the north\n\nBy Jane Doe and Omar Said\nreporting from Melka\n\n{_wrapped(lede, 70)}\n"
    wraps = hard_wraps(text)
    assert wraps and text.index("\nreporting") not in wraps
