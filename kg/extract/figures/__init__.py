"""Figures: the numbers a conflict is measured by (GUIDELINES section 6).

A figure is a number phrase (:mod:`.numbers`) that counts something of a known class
(people, forces, positions, equipment) or has its noun elided ("over 200 injured"), and
whose syntactic context says what is measured (:mod:`.kinds`, by the trigger records of
``lexicons/figures.yaml``): the number's governing words up to its clause's verb, the
objects of light verbs ("lost their lives", "took control of"), modifiers of the counted
noun ("people killed in", "a 2,000-strong force") and measure subjects ("the death toll
rose to 45").

Numbers inside time expressions, money, percentages and quantities are never
figures, nor are vague plurals ("thousands of civilians"). A range ("between 10 and 15
soldiers", "35 to 40 fighters") is one figure: its lower number, ``at_least``, with the upper one as ``upper``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.codes import FigureKind
from kg.extract.figures.kinds import (
    bare_tally,
    counted_noun,
    counts,
    default_kind,
    figure_kind,
    measure_kind,
    noun_class,
    place_people,
    population_owner,
    qualifier,
    strong_force,
    whole_kind,
)
from kg.extract.figures.lexicon import FigureLexicon, figure_lexicon
from kg.extract.figures.numbers import Number, excluded, number_phrases
from kg.extract.syntax import VERBAL
from kg.nlp.doccache import doc_text
from kg.records import Figure, TimeValue

__all__ = ["FigureLexicon", "extract_figures", "figure_lexicon"]

METHOD = "figure-rule"


def extract_figures(
    doc: Doc, times: list[TimeValue], demonyms: frozenset[str] = frozenset(), lexicon: FigureLexicon | None = None
) -> list[Figure]:
    """The figures of a processed document, in text order.

    Args:
        doc: The document after the kg pipeline (parser, lemmatizer, NER).
        times: Time expressions of ``doc.text`` in text order; numbers inside them are skipped.
        demonyms: Lower-case demonyms: a plural one ("Kurds") counts people.
        lexicon: The figure trigger records and word classes (default: the shipped ``figures.yaml``).

    Returns:
        One ``Figure`` per number phrase with a kind; ``event`` and
        ``attributed_to`` are left empty for the caller to link.
    """
    lexicon = lexicon or figure_lexicon()
    figures: list[Figure] = []
    numbers = number_phrases(doc, lexicon)
    time_ends = [time.end for time in times]
    uppers = {
        start: upper for start, upper in _range_uppers(doc, numbers, lexicon).items()
        if not excluded(doc[upper.start : upper.end], times, time_ends, lexicon)
    }
    ends_of_ranges = {upper.start for upper in uppers.values()}
    for number in numbers:
        span = doc[number.start : number.end]
        if number.start in ends_of_ranges or excluded(span, times, time_ends, lexicon):
            continue
        figure = _figure(doc, number, lexicon, demonyms, uppers.get(number.start), figures[-1].kind if figures else None)
        if figure is not None:
            figures.append(figure)
    return figures


def _range_uppers(doc: Doc, numbers: list[Number], lexicon: FigureLexicon) -> dict[int, Number]:
    """The upper number of each range ("between 10 and 15", "35 to 40"), by the start of its lower number."""
    found = {}
    for lower, upper in zip(numbers, numbers[1:]):
        if upper.start != lower.end + 1 or upper.value <= lower.value:
            continue
        opener = doc[lower.start - 1].lower_ if lower.start > 0 else ""
        joiner = doc[lower.end].lower_
        if opener in lexicon.range_words:
            ranged = joiner in lexicon.range_words[opener]
        else:
            ranged = joiner in lexicon.bare_range_joiners and opener not in lexicon.change_openers
        if ranged:
            found[lower.start] = upper
    return found


def _figure(
    doc: Doc, number: Number, lexicon: FigureLexicon, demonyms: frozenset[str], upper: Number | None = None,
    previous: FigureKind | None = None,
) -> Figure | None:
    """The figure a number phrase (the lower end of a range up to ``upper``) states, or ``None`` when it counts
    nothing of a known kind; ``previous`` is the kind of the figure before it, which a bare tally goes on counting
    ("88,780 displaced persons have entered Armenia. As of 06:00, that number was 84,770")."""
    how_exact, first = qualifier(doc, number, lexicon)
    if upper is not None:  # "between 10 and 15 soldiers": from "between", counted after 15 (what 15 counts)
        opened = number.start > 0 and doc[number.start - 1].lower_ in lexicon.range_words
        how_exact, first = "at_least", number.start - 1 if opened else number.start
        number = number._replace(end=upper.end)
        if counted_noun(number, lexicon) is None:  # "35 to 40 fighters": the parser hung the noun on the upper number
            number = number._replace(head=upper.head)
    counted = _what_is_counted(doc, number, lexicon, demonyms)
    if counted is None:
        return None
    noun, counted_class, anchor = counted
    kind = _kind(noun, counted_class, anchor, lexicon, number)
    if kind is None and _goes_on_counting(previous, noun, counted_class, anchor, lexicon):
        kind = previous
    if kind is None or _hypothetical(anchor, lexicon):
        return None
    counted_text, last = _counted_text(doc, number, noun)
    if last.i < number.end - 1:  # the counted noun comes first ("peacekeepers, about 2,000 strong")
        last = doc[number.end - 1]
    start, end = doc[first].idx, last.idx + len(last.text)
    return Figure(
        id=f"figure-{start}",
        kind=kind,
        value=number.value,
        qualifier=how_exact,
        start=start,
        end=end,
        text=doc_text(doc)[start:end],
        counted=counted_text,
        method=METHOD,
        confidence=0.85 if noun is not None else 0.7,
        upper=upper.value if upper is not None else None,
    )


def _goes_on_counting(
    previous: FigureKind | None, noun: Token | None, counted_class: str, anchor: Token, lexicon: FigureLexicon
) -> bool:
    """Whether the number is a bare tally's that goes on counting the kind of the figure before it; a part the tally
    names must be of a class that kind counts ("The number ... now includes 3,000 children")."""
    if previous is None or (noun is not None and not counts(previous, counted_class, lexicon)):
        return False
    return bare_tally(anchor, lexicon)


def _kind(noun: Token | None, counted_class: str, anchor: Token, lexicon: FigureLexicon, number: Number) -> FigureKind | None:
    """The figure kind: what the counted noun measures itself ("deaths"), what its context says, what a
    place's people are (population), or what the noun names by default ("refugees")."""
    measured = measure_kind(noun, lexicon) if noun is not None else None
    if measured is not None:
        return measured
    if noun is not None and counted_class == "people" and place_people(noun, number.start, lexicon):
        return "population"  # "the 120,000 Armenians of Karabakh have left": the people of a place
    if noun is not None and noun != anchor and anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in lexicon.copulas:
        # a part of a whole that a copula describes: the whole says what is counted ("109 of the victims were evacuees")
        whole = whole_kind(noun, counted_class, lexicon)
        if whole is not None:
            return whole
    kind = figure_kind(anchor, counted_class, lexicon)
    if kind is None and noun is not None and noun != anchor:  # a partitive's own modifier: "two of the wounded soldiers"
        kind = figure_kind(noun, counted_class, lexicon)
    if kind is None and noun is not None and counted_class == "people" and population_owner(noun, lexicon):
        return "population"
    if kind is None and noun is not None and not _one_of_a_group(number, noun):
        kind = default_kind(noun, lexicon)
    return kind


def _one_of_a_group(number: Number, noun: Token) -> bool:
    """Whether the number is "one" of a group its counted noun names: a person picked out of it ("one of the new
    arrivals, Leonard, said"), whom the noun's own kind does not make a count (the clause's kind still does: "one of
    the refugees was killed")."""
    return number.value == 1 and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == number.head.i


def _hypothetical(anchor: Token, lexicon: FigureLexicon) -> bool:
    """Whether the number is stated in a conditional clause ("If Kenya did lose 100 soldiers")."""
    clause = anchor if anchor.pos_ in VERBAL else next((a for a in anchor.ancestors if a.pos_ in VERBAL), None)
    return clause is not None and any(
        child.dep_ == "mark" and child.lower_ in lexicon.conditional_markers for child in clause.children
    )


def _what_is_counted(doc: Doc, number: Number, lexicon: FigureLexicon, demonyms: frozenset[str]) -> tuple[Token | None, str, Token] | None:
    """(counted noun or ``None`` when elided, its class, the token the kind is read from), or ``None``
    when the number counts nothing."""
    noun = counted_noun(number, lexicon)
    if noun is None:
        if doc[number.start : number.end].text.lower() == "one" and not _counted_one(number.head, lexicon):
            return None  # the pronoun "one" ("including one leading to ...")
        return None, "none", number.head
    if noun.pos_ == "PRON":
        if any(child.dep_ in ("acl", "amod") for child in noun.children):
            return None, "none", noun  # "15 of those killed": the pronoun's participle says what is counted
        if number.head.dep_ in ("nsubj", "nsubjpass") and number.head.head.pos_ in VERBAL:
            return None, "none", number.head  # "79 of whom were injured", "nine of them were killed": the part's own verb says what is counted
        return None  # a part of a group counted before, with no verb of its own ("13 of them children")
    if noun.i < number.start and number.head.head.i == noun.i:
        return None  # a label ("Resolution 2334", "Flight 752"), not a count
    if _whole_of_a_part(noun, number):
        return None  # "four of the 25 fighters": 25 is the group a part of which is counted
    unit = noun
    noun = _unit_of(noun, lexicon, demonyms) or noun  # "92 units of armored vehicles": the vehicles are counted
    found = noun_class(noun, lexicon, demonyms)
    if found is None:
        return None
    if unit is not noun:
        return noun, found, unit  # the unit noun's context says what is measured ("handed over 92 units of ...")
    anchor = number.head if noun.head.head.i == number.head.i else noun  # "six of its citizens"
    return noun, found, anchor


def _unit_of(noun: Token, lexicon: FigureLexicon, demonyms: frozenset[str]) -> Token | None:
    """The "of" object of a unit noun ("units of armored vehicles", "pieces of equipment") when it is of a counted
    class a unit noun counts (``unit_classes``: not people), else ``None``."""
    if noun.lemma_.lower() not in lexicon.unit_nouns:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and noun_class(obj, lexicon, demonyms) in lexicon.unit_classes:
                    return obj
    return None


def _counted_one(token: Token, lexicon: FigureLexicon) -> bool:
    """Whether an elided "one" is a count: the subject or object of a clause's own verb ("Gunmen killed one and
    injured four", "five people killed and one injured"), not the pronoun of a transparent word ("including one
    leading to ...") nor one with a determiner ("No one was hurt", "the one who fled"); also a conjunct with its own
    participle ("found five people killed and one injured")."""
    verb = token.head
    if any(child.dep_ in ("det", "neg") for child in token.children):
        return False
    if token.dep_ == "conj":
        return any(child.dep_ in ("acl", "amod") for child in token.children)
    return token.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ in VERBAL and verb.lemma_.lower() not in lexicon.transparent


def _whole_of_a_part(noun: Token, number: Number) -> bool:
    """Whether the counted noun is the whole after a partitive "of" of another number ("four of the 25 fighters")."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder is not None and holder.like_num and not number.start <= holder.i < number.end


def _counted_text(doc: Doc, number: Number, noun: Token | None) -> tuple[str, Token]:
    """What a figure counts, as written ("combat positions"), and the last token of its text."""
    if noun is None:
        strong = strong_force(number)
        if strong is None:
            return "", doc[number.end - 1]
        return strong.text, strong
    if noun.i < number.start:
        return noun.text, doc[number.end - 1]
    counted = doc_text(doc)[doc[number.end].idx : noun.idx + len(noun.text)].strip()
    return counted.removeprefix("of "), noun


