"""The regular expressions of time expressions, built from the words of ``lexicons/time.yaml``."""

from __future__ import annotations

import re

from kg.timex.lexicon import alternation, time_lexicon
from kg.words import shared_words

# --------------------------------------------------------------------------- lexicon

_WORDS = time_lexicon()
#: The shared cardinal units that count in time expressions: one to nineteen (no "zero days").
_UNITS = {word: value for word, value in shared_words().cardinals.units.items() if value > 0}
_TENS = shared_words().cardinals.tens
_MONTH_FULL = alternation(name.capitalize() for name in _WORDS.calendar.months)
_MONTH_ABBREVIATIONS = alternation(name.capitalize() for name in _WORDS.calendar.month_abbreviations)
#: Words before a bare month name ("in June") that make it a month; "May" needs a stricter set.
_MONTH_TRIGGERS = alternation(_WORDS.calendar.month_triggers)
_WEEKDAY_NAMES = alternation(name.capitalize() for name in _WORDS.calendar.weekdays)
_DIGIT_WORDS = alternation(word for word, value in _UNITS.items() if value < 10)
_PARTS = alternation(word for word in _WORDS.relative.parts_of_day if word != "tonight")
#: The parts of the day before publication named with "last" ("last night"), from the day shifts of the lexicon.
_LAST_PARTS = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _WORDS.relative.day_shifts if word.startswith("last "))

# --------------------------------------------------------------------------- patterns


def _number_pattern(words: list[str]) -> str:
    """A regex for a number in digits, tens with units ("twenty-one") or one of ``words``."""
    return (
        r"(?:\d{1,4}(?![\d.,]\d)"
        r"|(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + _DIGIT_WORDS + r"))?"
        r"|" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"
    )


_NUMBER = _number_pattern([*_UNITS, *_WORDS.numbers.phrases, *_WORDS.numbers.vague])
#: Numbers that make a plain "N days" a duration (no bare "a"/"an").
_COUNT = _number_pattern([*_UNITS, *_WORDS.numbers.vague])
_QUANT = (
    r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|just\s+over|just\s+under|nearly|almost|about|"
    r"around|some|over|under|roughly|approximately|exactly|just)"
)
_UNIT = r"(?:seconds|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
_UNIT_SG = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)"
_MOD = (
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s{1,3}|-))?"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?:\s?[-–]\s?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?(?!\d)"
_MONTH = rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBREVIATIONS})\b\.?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)(?![.,]\d)"
_YEAR_REL = r"(?P<yrel>(?:of\s+)?(?:last|this|next)\s+year)\b"
_YEAR_OR_REL = rf"(?:,?\s{{1,3}}{_YEAR}|,?\s{{1,3}}{_YEAR_REL})"
_AMPM = r"(?i:[ap]\.?m\b\.?)"
_ZONE = (
    r"(?:(?:GMT|UTC)(?:\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?)?"
    r"|(?:" + "|".join(sorted([*_WORDS.zones.offsets, *(name for name in _WORDS.zones.names if name.isupper())], key=len, reverse=True)) + r")\b"
    r"|(?i:(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+Time)"
    r"|(?i:(?:Central|Eastern)\s+European(?:\s+Summer)?\s+Time)"
    r"|(?i:Moscow\s+Standard\s+Time)"
    r"|(?i:(?:" + "|".join(sorted(_WORDS.zones.places, key=len, reverse=True)) + r")(?:\s+local)?\s+time)"
    r"|(?i:local\s+time))"
)

#: A clock time with its zone ("12:55 PM BST", "10:30 a.m. EST", "14:00 (GMT+3)"): the zone is a
#: clock's, not a name (kg.nlp.spans).
CLOCK_ZONE = re.compile(rf"(?<![\w:.])\d{{1,2}}(?:[:.][0-5]\d)?\s?(?:{_AMPM}\s?)?\(?(?P<zone>{_ZONE})")

_FLAGS = re.IGNORECASE
_ISO = re.compile(
    r"(?<![\w./-])(?P<t>(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<z>Z|[+-][01]\d:?[0-5]\d)?)?)(?![\w/-]|\.\d)"
)
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<t>(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d))(?![\w/-]|[.,]\d)"
)
#: (an abbreviated month's full stop may run into the day: "on Sept.14", as some state agencies write it)
_MDY = re.compile(rf"(?<!\w)(?P<t>{_MONTH}(?:\s{{1,3}}|(?<=\.)(?=\d)){_DAY}{_DAY_RANGE}{_YEAR_OR_REL}?)(?![:.]\d)", _FLAGS)
_DMY = re.compile(
    rf"(?<![\w.,:/-])(?P<t>{_DAY}{_DAY_RANGE}(?:\s+of)?\s{{1,3}}{_MONTH}{_YEAR_OR_REL}?)", _FLAGS
)
_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<t>{_MOD}{_MONTH}(?:,|\s+of)?\s{{1,3}}(?:{_YEAR}|{_YEAR_REL}))", _FLAGS
)
_MONTH_BARE = re.compile(
    # (a year named relative to publication before "in" on the same line is the month's: "Last year in April"; not a
    # headline's "last year" over a line "In April ...")
    rf"(?<!\w)(?:(?P<year_shift>last|this|next)[^\S\n]{{1,3}}year,?[^\S\n]{{1,3}}(?=in\s))?(?:(?P<trig>{_MONTH_TRIGGERS})\s{{1,3}})?"
    rf"(?P<t>(?P<mod>{_MOD})(?:(?P<rel>last|this|next)\s{{1,3}})?(?P<mon>{_MONTH_FULL})\b)",
    _FLAGS,
)
_YEAR_ALONE = re.compile(rf"(?<![\w$€£#./:,+'’–-])(?P<t>{_MOD}{_YEAR})(?![\w%]|[:/]\d|[-–]\w)", _FLAGS)
_YEAR_RANGE = re.compile(
    r"(?<![\w$€£#./:,+'’–-])(?P<y1>(?:19|20)\d\d)\s?[-–—/]\s?(?P<y2>(?:19|20)\d\d|\d\d)(?![\w%]|[.,:/]\d|[-–]\w)"
)
_DECADE = re.compile(
    rf"(?<![\w'’])(?P<t>{_MOD}(?:(?P<d4>(?:19|20)\d)0s|['’](?P<d2>\d)0s))\b"
    rf"|\bthe\s+(?P<t2>{_MOD}(?:(?P<d2b>\d)0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b",
    _FLAGS,
)
_CENTURY = re.compile(
    rf"(?<!\w)(?P<t>{_MOD}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|"
    + "|".join(sorted(_WORDS.numbers.ordinals, key=len, reverse=True))
    + r")[\s-]century)\b",
    _FLAGS,
)
_WEEKDAY = re.compile(
    rf"(?<!\w)(?P<t>(?:(?P<wrel>last|this|next|past|coming)\s{{1,3}}|(?:early|late)(?:\s+on)?\s{{1,3}})?"
    rf"(?P<wd>{_WEEKDAY_NAMES})(?P<plural>s)?\b(?:\s{{1,3}}(?P<part>{_PARTS})\b)?)",
    _FLAGS,
)
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?P<t>(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|(?:(?:early|late|earlier|later)\s+)?(?:yesterday|today|tomorrow|tonight|"
    + _LAST_PARTS
    + rf"|overnight(?!\s+(?:(?:into|on|to|from)\s+)?(?:{_WEEKDAY_NAMES})\b))"
    + rf"|this\s+(?:{_PARTS}))(?:\s+(?P<part>{_PARTS}))?)\b",
    _FLAGS,
)
_RELATIVE_PERIOD = re.compile(
    r"(?<!\w)(?P<t>(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last|next|past)\s+(?P<unit>weekend|week|month|year))\b",
    _FLAGS,
)
#: An ordinal day of a month named relative to publication ("from the 7th of this month").
_DAY_OF_RELATIVE_MONTH = re.compile(
    r"(?<!\w)(?P<t>(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?P<rel>this|last|next|past)\s+month)\b", _FLAGS
)
_WEEKEND = re.compile(r"(?<!\w)(?P<t>(?:over|at|during)\s+the\s+weekend)\b", _FLAGS)
#: The word of a week expression that names its weekend only ("over the weekend", "last weekend").
WEEKEND_WORD = re.compile(r"\bweekend\b", _FLAGS)
_AGO_WORDS = alternation(_WORDS.relative.ago_words)
_AGO = re.compile(
    rf"(?<![\w-])(?P<t>(?:(?P<q>{_QUANT})\s+)?(?P<n>{_NUMBER})\s+(?P<unit>{_UNIT}|nights?)\s+(?P<ago>{_AGO_WORDS}))\b", _FLAGS
)
#: A verb of displacing, with a short object, that ends the text before an "N units back": a move, no date ("the
#: deadline was pushed two weeks back", "set the economy ten years back").
_DISPLACED = re.compile(
    rf"(?<![\w-])(?:{alternation(_WORDS.relative.displacing_verbs)})"
    rf"(?:\s+(?:{alternation(_WORDS.relative.displaced_object_openers)})(?:\s+[\w-]+){{0,2}})?\s+$",
    _FLAGS,
)
_ANCHORED = re.compile(
    r"(?<!\w)(?P<t>(?:the\s+)?(?:previous|following|same|preceding)\s+"
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
    r"|the\s+next\s+(?:day|morning|afternoon|evening|night|week|month|year)"
    r"|the\s+(?:day|night|morning|afternoon|evening)\s+(?:before|after)(?!\s+(?:the|a|an|his|her|its|their)\b)"
    r"|(?:earlier|later)\s+in\s+the\s+day"
    r"|that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
    rf"|(?:{_NUMBER})\s+{_UNIT}\s+(?:later|earlier|before|after|afterwards|prior))\b",
    _FLAGS,
)
_DURATION_PREP = re.compile(
    r"(?<!\w)(?P<t>(?:for|within|in|over|during|throughout|lasting|spanning|after)\s+"
    r"(?:(?P<mod>the\s+(?:past|last|next|coming|previous|following|first|final)|recent|coming)"
    r"(?:\s+(?:few|several|couple\s+of))?\s+)?"
    rf"(?:{_QUANT}\s+)?(?:(?P<n>{_NUMBER})\s+)?(?P<unit>{_UNIT}))\b",
    _FLAGS,
)
_DURATION_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<t>(?:{_COUNT})[-–]{_UNIT_SG}(?:-long)?|(?:{_UNIT_SG}|days|weeks|months|years|decades)-long)(?![\w-])",
    _FLAGS,
)
_DURATION_PLAIN = re.compile(
    rf"(?<![\w.,-])(?P<t>(?:{_QUANT}\s+)?(?:{_COUNT})\s+{_UNIT})\b(?!\s+old\b|-old)", _FLAGS
)
_SET = re.compile(
    rf"(?<!\w)(?P<t>(?:every|each)\s+(?:other\s+)?(?:(?:{_NUMBER})\s+)?(?:{_UNIT}|{_WEEKDAY_NAMES}|morning|afternoon|evening|night)"
    rf"|(?:once|twice|(?:{_NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+{_UNIT_SG})\b",
    _FLAGS,
)
_CLOCK = re.compile(
    r"(?<![\w:.,/])(?P<t>(?:"
    rf"(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)(?::(?P<s1>[0-5]\d))?(?!\d|,\d)(?:\s?(?P<ap1>{_AMPM}))?"
    rf"|(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)(?!\d)(?:\s?(?P<ap2>{_AMPM})|(?=\s{{0,2}}\(?\s?{_ZONE}|\s?(?i:hrs|h)\b))"
    rf"|(?P<h3>1[0-2]|0?[1-9])\s?(?P<ap3>{_AMPM})"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s{{0,2}}\(?\s?(?:GMT|UTC|{'|'.join(_WORDS.zones.offsets)})\b|\s?(?i:hrs)\b)"
    r"|(?P<word>(?i:noon|midday|midnight)))"
    r"(?:\s?(?i:hrs|h)\b)?"
    rf"(?P<zone>\s{{0,2}}\(\s{{0,2}}{_ZONE}\s{{0,2}}\)|\s{{0,2}}{_ZONE}(?!\w))?)"
)

_MONTH_NAME = re.compile(rf"{_MONTH_FULL}|{_MONTH_ABBREVIATIONS}", _FLAGS)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_UNIT_WORD = re.compile(_UNIT, _FLAGS)
#: A part of a pattern that every match of it has (same flags): ``Scanner`` runs the pattern only on a
#: text where the part is found, a search far faster than the pattern's (which tries every position).
REQUIRED_PARTS: dict[re.Pattern[str], re.Pattern[str]] = {
    _ISO: _YEAR_DIGITS,
    _NUMERIC: _YEAR_DIGITS,
    _MDY: _MONTH_NAME,
    _DMY: _MONTH_NAME,
    _MONTH_YEAR: _MONTH_NAME,
    _MONTH_BARE: _MONTH_NAME,
    _YEAR_ALONE: _YEAR_DIGITS,
    _YEAR_RANGE: _YEAR_DIGITS,
    _DECADE: re.compile("0s|ties", _FLAGS),
    _CENTURY: re.compile("century", _FLAGS),
    _AGO: re.compile(_AGO_WORDS, _FLAGS),
    _DAY_OF_RELATIVE_MONTH: re.compile("month", _FLAGS),
    _DURATION_PREP: _UNIT_WORD,
    _DURATION_ADJECTIVE: re.compile(rf"[-–]{_UNIT_SG}|-long", _FLAGS),
    _DURATION_PLAIN: _UNIT_WORD,
    _SET: re.compile("every|each|once|twice|times", _FLAGS),
}
_ZONE_PARTS = re.compile(r"(?P<utc>GMT|UTC)\s?(?:(?P<sign>[+\-−–])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?")
_TIME_COMPARISON = re.compile(r"\b(?:later|earlier|sooner)\s+than\s*$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|[;\n]")
#: What may stand before a time expression that opens its sentence: nothing, or one word ("On Friday, ...").
_FRONTED = re.compile(r"\s*(?:[A-Za-z]+\s+)?")
_SPAN_START = re.compile(r"\b(?:" + alternation(_WORDS.relative.span_start_words) + r")\s+(?:the\s+)?$", re.IGNORECASE)
#: A day count from another event ("three days after the raid", "a week before the vote").
_OFFSET_UNITS = alternation(_WORDS.relative.offset_units)
_OFFSET_WAYS = alternation(_WORDS.relative.offset_directions)
_OFFSET = re.compile(r"(?P<n>.+?) (?P<unit>" + _OFFSET_UNITS + r") (?P<way>" + _OFFSET_WAYS + r")")
_SPAN_END = re.compile(r"\b(?:" + alternation(_WORDS.relative.span_end_words) + r")\s+(?:the\s+)?$", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:" + "|".join(_WORDS.relative.future_cues) + r")\b|\w'll\b", re.IGNORECASE)
#: A future cue told in the past ("would meet", "was due to"): of a plan reported, made before publication.
_REPORTED_FUTURE_CUE = re.compile(r"\b(?:" + "|".join(_WORDS.relative.reported_future_cues) + r")\b", re.IGNORECASE)

# Gaps allowed between the parts of one expression.
_GAP_WEEKDAY_DATE = re.compile(r"\s{0,3}[,(]?\s{0,3}")
_GAP_CLOCK_CLOCK = re.compile(r"\s{0,2}\(\s{0,2}")
_GAP_DATE_AT_CLOCK = re.compile(
    r"\s{0,3}(?:,\s{0,3})?(?:at|around|about|approximately|from|until|till|by|after|before"
    r"|(?:shortly|just)\s+(?:before|after))\s{1,3}",
    re.IGNORECASE,
)
_GAP_CLOCK_ON_DATE = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:on|of)\s{1,3}", re.IGNORECASE)
_GAP_PLAIN = re.compile(r"\s{0,3}(?:,\s{0,3})?")
#: A blank line: the parts of one expression never stand on both sides of it.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")

_FUTURE_WINDOW = 90
#: Characters before a future cue its past-tense auxiliary may stand in ("was" of "was set to").
_REPORTED_REACH = 12
