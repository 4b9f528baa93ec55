"""Figures: the numbers a conflict is measured by (GUIDELINES section 6).

A figure is a number phrase ("seven", "2,000", "1.5 million", "a dozen") that
counts something of a known class (people, forces, positions, equipment) or has
its noun elided ("over 200 injured"), and whose syntactic context says what is
measured: the number's governing words up to its clause's verb, the objects of
light verbs ("lost their lives", "took control of"), modifiers of the counted
noun ("people killed in", "a 2,000-strong force") and measure subjects ("the
death toll rose to 45"). Word classes live in ``lexicons/figures.yaml``.

Numbers inside time expressions, money, percentages and quantities are never
figures, nor are vague plurals ("thousands of civilians").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.errors import ResourceError
from kg.extract.timex import TimeExpression
from kg.nlp.doccache import doc_text
from kg.codes import FIGURE_KINDS, QUALIFIERS
from kg.records import Figure
from kg.resources import read_yaml

_SOURCE = "lexicons/figures.yaml"
_METHOD = "figure-rule"
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_CURRENCY_SYMBOLS = frozenset("$€£₽¥₼֏")
_NON_COUNT_NEXT = frozenset({"%", "percent", "per", "pct", "dollar", "euro", "pound", "manat", "ruble", "rouble",
                             "dram", "lira", "usd", "eur", "rub", "azn", "amd", "cent", "kilometre", "kilometer",
                             "km", "mile", "metre", "meter", "ton", "tonne", "kg", "hectare"})
_VERBAL = frozenset({"VERB", "AUX"})
_PREPOSITION_QUALIFIERS = frozenset({"over", "above", "under", "around", "about"})


@dataclass(frozen=True)
class KindRule:
    """What makes a figure of one kind: counted-noun classes and trigger lemmas."""

    kind: str
    counted: frozenset[str]
    triggers: frozenset[str]


@dataclass(frozen=True)
class FigureLexicon:
    """The parsed ``lexicons/figures.yaml``."""

    units: dict[str, int]
    tens: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    before: tuple[tuple[tuple[str, ...], str], ...]
    after: tuple[tuple[tuple[str, ...], str], ...]
    counted: dict[str, str]
    default_kinds: dict[str, str]
    kinds: tuple[KindRule, ...]
    transparent: frozenset[str]
    complement_deps: frozenset[str]
    subject_undergoes: frozenset[str]
    measure_verbs: frozenset[str]
    demonyms: frozenset[str]


@dataclass(frozen=True)
class _Number:
    """A number phrase: its tokens ``[start, end)``, integer value and syntactic head."""

    start: int
    end: int
    value: int
    head: Token


def extract_figures(doc: Doc, times: list[TimeExpression]) -> list[Figure]:
    """The figures of a processed document, in text order.

    Args:
        doc: The document after the kg pipeline (parser, lemmatizer, NER).
        times: Time expressions of ``doc.text``; numbers inside them are skipped.

    Returns:
        One ``Figure`` per number phrase with a kind; ``event`` and
        ``attributed_to`` are left empty for the caller to link.
    """
    lexicon = figure_lexicon()
    figures = []
    for number in _number_phrases(doc, lexicon):
        span = doc[number.start : number.end]
        if _excluded(span, times):
            continue
        figure = _figure(doc, number, lexicon)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure(doc: Doc, number: _Number, lexicon: FigureLexicon) -> Figure | None:
    """The figure a number phrase states, or ``None`` when it counts nothing of a known kind."""
    noun = _counted_noun(number, lexicon)
    if noun is None:
        if doc[number.start : number.end].text.lower() == "one":
            return None  # the pronoun "one" ("including one leading to ...")
        noun_class, anchor = "none", number.head
    else:
        if noun.pos_ == "PRON":
            return None  # a part of a group counted before ("13 of them")
        if noun.i < number.start and number.head.head.i == noun.i:
            return None  # a label ("Resolution 2334", "Flight 752"), not a count
        noun_class = _noun_class(noun, lexicon)
        if noun_class is None:
            return None
        anchor = number.head if noun.head.head.i == number.head.i else noun  # "six of its citizens"
    kind = _kind(anchor, noun_class, lexicon)
    if kind is None and noun is not None:
        kind = _default_kind(noun, lexicon)
    if kind is None:
        return None
    qualifier, first = _qualifier(doc, number, lexicon)
    counted, last = _counted_text(doc, number, noun)
    if last.i < number.end - 1:  # the counted noun comes first ("peacekeepers, about 2,000 strong")
        last = doc[number.end - 1]
    start, end = doc[first].idx, last.idx + len(last.text)
    return Figure(
        id=f"figure-{start}",
        kind=kind,
        value=number.value,
        qualifier=qualifier,
        start=start,
        end=end,
        text=doc_text(doc)[start:end],
        counted=counted,
        method=_METHOD,
        confidence=0.85 if noun is not None else 0.7,
    )


def _counted_text(doc: Doc, number: _Number, noun: Token | None) -> tuple[str, Token]:
    """What a figure counts, as written ("combat positions"), and the last token of its text."""
    if noun is None:
        strong = _strong_force(number)
        if strong is None:
            return "", doc[number.end - 1]
        return strong.text, strong
    if noun.i < number.start:
        return noun.text, doc[number.end - 1]
    counted = doc_text(doc)[doc[number.end].idx : noun.idx + len(noun.text)].strip()
    return counted.removeprefix("of "), noun


# --------------------------------------------------------------------------- numbers


def _number_phrases(doc: Doc, lexicon: FigureLexicon) -> list[_Number]:
    """Maximal number phrases of the document with an integer value ("a dozen", "twenty-five")."""
    found = []
    i = 0
    while i < len(doc):
        atom = _atom(doc[i], lexicon)
        if atom is None:
            i += 1
            continue
        start = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "an") and atom in ("scale", "multiplier") else i
        end = i + 1
        while end < len(doc) and (step := _continues(doc, end, lexicon)):
            end += step
        value = _value(doc[start:end], lexicon)
        if value is not None:
            found.append(_Number(start, end, value, _phrase_head(doc[start:end])))
        i = end
    return found


def _atom(token: Token, lexicon: FigureLexicon) -> str | None:
    """The token's number category: ``digits``, ``unit``, ``tens``, ``multiplier``, ``scale`` or ``None``."""
    word = token.lower_
    if _DIGITS.fullmatch(token.text):
        return "digits"
    for category, words in (
        ("unit", lexicon.units),
        ("tens", lexicon.tens),
        ("multiplier", lexicon.multipliers),
        ("scale", lexicon.scales),
    ):
        if word in words:
            return category
    return None


def _continues(doc: Doc, end: int, lexicon: FigureLexicon) -> int:
    """How many tokens from ``end`` extend the number phrase that ends before it (0: none)."""
    previous = _atom(doc[end - 1], lexicon)
    following = _atom(doc[end], lexicon)
    if following in ("scale", "multiplier"):
        return 1
    if previous == "scale" and following in ("unit", "tens"):
        return 1
    if end + 1 < len(doc):
        joiner, after = doc[end].lower_, _atom(doc[end + 1], lexicon)
        if joiner == "-" and previous == "tens" and after == "unit":
            return 2
        if joiner == "and" and previous == "scale" and after in ("unit", "tens"):
            return 2
    return 0


def _value(span: Span, lexicon: FigureLexicon) -> int | None:
    """The integer a number phrase stands for, or ``None`` (a fraction, a bare "a")."""
    total = 0.0
    current: float | None = None
    for token in span:
        word = token.lower_
        if word in ("a", "and", "-"):
            continue
        if _DIGITS.fullmatch(token.text):
            if current is not None:
                return None
            current = float(token.text.replace(",", ""))
        elif word in lexicon.units:
            current = (current or 0) + lexicon.units[word]
        elif word in lexicon.tens:
            current = (current or 0) + lexicon.tens[word]
        elif word in lexicon.multipliers:
            current = (current or 1) * lexicon.multipliers[word]
        elif lexicon.scales.get(word, 0) < 1000:
            current = (current or 1) * lexicon.scales[word]
        else:
            total += (current or 1) * lexicon.scales[word]
            current = None
    value = total + (current or 0)
    if value != int(value) or value <= 0:
        return None
    return int(value)


def _phrase_head(span: Span) -> Token:
    """The token of the span whose head lies outside it (the last such one)."""
    heads = [token for token in span if not span.start <= token.head.i < span.end or token.head.i == token.i]
    return heads[-1] if heads else span[-1]


def _excluded(span: Span, times: list[TimeExpression]) -> bool:
    """Whether a number phrase is a date, clock time, duration, money, percentage or measure."""
    start, end = span.start_char, span.end_char
    if any(time.start < end and start < time.end for time in times):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.text[-1:] in _CURRENCY_SYMBOLS or before.lower_ in ("us", "#", "no.", "number")):
        return True
    if span.text[:1] in _CURRENCY_SYMBOLS:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and (after.lower_ in _NON_COUNT_NEXT or after.lemma_.lower() in _NON_COUNT_NEXT)


# --------------------------------------------------------------------------- counted noun and kind


def _counted_noun(number: _Number, lexicon: FigureLexicon) -> Token | None:
    """The noun a number counts, or ``None`` when it is elided.

    The head of a ``nummod`` ("seven soldiers"), the object of a partitive "of"
    ("six of its citizens"), or the subject of a verb of measure ("refugees
    numbering 90,000").
    """
    head = number.head
    parent = head.head
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and parent.pos_ in ("NOUN", "PROPN"):
        return parent
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
                    return pobj
    if head.dep_ in ("dobj", "attr", "npadvmod") and parent.lemma_.lower() in lexicon.measure_verbs:
        if parent.dep_ in ("acl", "relcl") and parent.head.pos_ in ("NOUN", "PROPN"):
            return parent.head
        for child in parent.children:
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _noun_class(noun: Token, lexicon: FigureLexicon) -> str | None:
    """The counted-noun class of a noun (``people``, ``force``, ...), or ``None``."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ == "compound":
            found = lexicon.counted.get(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    found = lexicon.counted.get(lemma) or lexicon.counted.get(noun.lower_)
    if found:
        return found
    word = noun.lower_
    if noun.tag_ == "NNPS" or noun.tag_ == "NNS" and (word[:-1] in lexicon.demonyms or word[:-2] in lexicon.demonyms):
        return "people"  # a plural group name: "Armenians", "Azerbaijanis", "Kurds"
    return None


def _default_kind(noun: Token, lexicon: FigureLexicon) -> str | None:
    """The kind a counted noun names by itself ("inhabitants", "refugees"), or ``None``."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            found = lexicon.default_kinds.get(f"{child.lemma_.lower()} {lemma}")
            if found:
                return found
    return lexicon.default_kinds.get(lemma)


def _strong_force(number: _Number) -> Token | None:
    """The noun of "a 2,000-strong force", when the number is such a modifier."""
    parent = number.head.head
    if parent.lower_ == "strong" and parent.head.pos_ in ("NOUN", "PROPN"):
        return parent.head
    return None


def _kind(anchor: Token, noun_class: str, lexicon: FigureLexicon) -> str | None:
    """The kind of a figure from the words that govern or modify its anchor, nearest first."""
    for coordinated in _coordination(anchor):
        for child in coordinated.children:
            if child.dep_ in ("amod", "acl", "relcl"):
                kind = _match(_with_complements(child, lexicon), noun_class, lexicon)
                if kind is not None:
                    return kind
    current = anchor
    while current.head.i != current.i:
        relation, parent = current.dep_, current.head
        if parent.pos_ in _VERBAL and parent.dep_ != "prep" and parent.lemma_.lower() not in lexicon.transparent:
            return _verb_kind(parent, relation, noun_class, lexicon)
        kind = _match([parent.lemma_.lower(), *_compound_lemmas(parent)], noun_class, lexicon)
        if kind is not None:
            return kind
        current = parent
    return None


def _verb_kind(verb: Token, relation: str, noun_class: str, lexicon: FigureLexicon) -> str | None:
    """The kind a clause's verb gives a number that is its ``relation`` (nearest words first)."""
    complements = [child.lemma_.lower() for child in verb.children if child.dep_ in lexicon.complement_deps]
    kind = _match(complements, noun_class, lexicon)
    if kind is not None:
        return kind
    lemma = verb.lemma_.lower()
    is_agent = (
        relation == "nsubj"
        and lemma not in lexicon.subject_undergoes
        and any(child.dep_ == "dobj" and not child.like_num for child in verb.children)
    )
    if not is_agent:
        kind = _match([lemma, verb.lower_], noun_class, lexicon)
        if kind is not None:
            return kind
    subjects = [
        lemma
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") and relation not in ("nsubj", "nsubjpass")
        for lemma in (child.lemma_.lower(), *_compound_lemmas(child))
    ]
    return _match(subjects, noun_class, lexicon)


def _with_complements(token: Token, lexicon: FigureLexicon) -> list[str]:
    """A modifier's lemma and, for a verb, its complements' lemmas ("forced to flee")."""
    lemmas = [token.lemma_.lower(), token.lower_]
    if token.pos_ in _VERBAL:
        lemmas += [child.lemma_.lower() for child in token.children if child.dep_ in lexicon.complement_deps]
    return lemmas


def _compound_lemmas(token: Token) -> list[str]:
    return [child.lemma_.lower() for child in token.children if child.dep_ == "compound"]


def _coordination(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("seven vehicles, one tank and four mortars")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first]
    stack = [first]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    return members


def _match(lemmas: list[str], noun_class: str, lexicon: FigureLexicon) -> str | None:
    """The first kind (in lemma order) that accepts ``noun_class`` with one of ``lemmas`` as trigger."""
    for lemma in lemmas:
        for rule in lexicon.kinds:
            if noun_class in rule.counted and lemma in rule.triggers:
                return rule.kind
    return None


# --------------------------------------------------------------------------- qualifiers


def _qualifier(doc: Doc, number: _Number, lexicon: FigureLexicon) -> tuple[str, int]:
    """The qualifier of a number phrase and the token index where the figure's text starts."""
    sentence_start = doc[number.start].sent.start
    for words, qualifier in lexicon.before:
        first = number.start - len(words)
        if first < sentence_start:
            continue
        if tuple(token.lower_ for token in doc[first : number.start]) != words:
            continue
        last = doc[number.start - 1]
        governs_number = number.start <= last.head.i < number.end
        if last.lower_ in _PREPOSITION_QUALIFIERS and last.dep_ in ("prep", "prt") and not governs_number:
            continue  # "control over 60 positions", "handed over 6 tanks"
        return qualifier, first
    for words, qualifier in lexicon.after:
        following = tuple(token.lower_ for token in doc[number.end : number.end + len(words)])
        if following == words:
            return qualifier, number.start
    return "exact", number.start


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def figure_lexicon() -> FigureLexicon:
    """The figures lexicon shipped as ``lexicons/figures.yaml``.

    Raises:
        ResourceError: The file is missing or malformed.
    """
    data = read_yaml("lexicons", "figures.yaml")
    numbers = _mapping(data, "numbers")
    qualifiers = _mapping(data, "qualifiers")
    counted: dict[str, str] = {}
    for noun_class, words in _mapping(data, "counted").items():
        for word in _words(words, f"counted.{noun_class}"):
            counted.setdefault(word, noun_class)
    default_kinds = {
        str(word).lower(): _kind_name(kind, f"default_kinds.{word}")
        for word, kind in _mapping(data, "default_kinds").items()
    }
    kinds = []
    for kind, rule in _mapping(data, "kinds").items():
        where = f"kinds.{kind}"
        _kind_name(kind, where)
        if not isinstance(rule, dict):
            raise ResourceError(f"{_SOURCE}: {where} must map 'counted' and 'triggers' to lists")
        classes = frozenset(_words(rule.get("counted"), f"{where}.counted"))
        unknown = classes - set(_mapping(data, "counted")) - {"none"}
        if unknown:
            raise ResourceError(f"{_SOURCE}: {where}.counted names unknown classes {sorted(unknown)}")
        kinds.append(KindRule(kind, classes, frozenset(_words(rule.get("triggers"), f"{where}.triggers"))))
    return FigureLexicon(
        units=_numbers(numbers, "units"),
        tens=_numbers(numbers, "tens"),
        multipliers=_numbers(numbers, "multipliers"),
        scales=_numbers(numbers, "scales"),
        before=_qualifier_phrases(qualifiers, "before"),
        after=_qualifier_phrases(qualifiers, "after"),
        counted=counted,
        default_kinds=default_kinds,
        kinds=tuple(kinds),
        transparent=frozenset(_words(data.get("transparent"), "transparent")),
        complement_deps=frozenset(_words(data.get("complement_deps"), "complement_deps")),
        subject_undergoes=frozenset(_words(data.get("subject_undergoes"), "subject_undergoes")),
        measure_verbs=frozenset(_words(data.get("measure_verbs"), "measure_verbs")),
        demonyms=_demonyms(),
    )


def _demonyms() -> frozenset[str]:
    """Nationality words of ``lexicons/demonyms.yaml``, lower case ("armenian")."""
    data = read_yaml("lexicons", "demonyms.yaml")
    return frozenset(_words(data.get("demonyms"), "demonyms"))


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ResourceError(f"{_SOURCE}: '{key}' must be a mapping")
    return value


def _words(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(word, str) and word.strip() for word in value):
        raise ResourceError(f"{_SOURCE}: {where} must be a list of non-empty strings, got {value!r}")
    return [" ".join(word.lower().split()) for word in value]


def _numbers(data: dict[str, Any], key: str) -> dict[str, int]:
    values = _mapping(data, key)
    for word, value in values.items():
        if not isinstance(value, int) or value < 0:
            raise ResourceError(f"{_SOURCE}: numbers.{key}.{word} must be a non-negative integer, got {value!r}")
    return {str(word).lower(): value for word, value in values.items()}


def _kind_name(kind: Any, where: str) -> str:
    if kind not in FIGURE_KINDS:
        raise ResourceError(f"{_SOURCE}: {where}: {kind!r} is not a figure kind ({', '.join(FIGURE_KINDS)})")
    return str(kind)


def _qualifier_phrases(data: dict[str, Any], key: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Qualifier phrases as token tuples, longest first so "well over" wins over "over"."""
    phrases = []
    for qualifier, words in _mapping(data, key).items():
        if qualifier not in QUALIFIERS or qualifier == "exact":
            raise ResourceError(
                f"{_SOURCE}: qualifiers.{key}: {qualifier!r} is not a qualifier ({', '.join(QUALIFIERS)})"
            )
        phrases += [(tuple(phrase.split()), qualifier) for phrase in _words(words, f"qualifiers.{key}.{qualifier}")]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))
