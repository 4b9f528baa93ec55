"""Where a line states a byline: the label ("By", "Author:") and the name after it (zones and metadata both ask)."""

from __future__ import annotations

import re

from kg.ingest.lexicon import clutter_lexicon
from kg.timex.dates import find_dates

_SEPARATOR = re.compile(r"[:\-–—]")
_INLINE_BY = re.compile(r"(?<!\w)by\s+(?=[A-Z])")
_NAME_CUT = re.compile(r"\s*(?:[,|(/•·;:]|\s[-–—]\s|\s(?:and|&|in|for|on|at)\s|\s\d)")
_NAME_TOKEN = re.compile(r"[A-Z][\w.'’-]*|(?:al|el|de|da|di|del|der|van|von|bin|ibn|la|le)(?:-\w+)?")


def byline_label(text: str) -> tuple[int, bool] | None:
    """Where a byline's name starts after its label, if ``text`` opens with one.

    A label that does not end in "by" ("Author", "Reporter") needs a separator
    (":", "-") before the name. Also finds "by" after a date ("Posted on March 3,
    2024 by ..."). The flag tells a bare "by", which opens ordinary sentences
    too, so that its name needs checking.
    """
    match = clutter_lexicon().byline_labels.match(text)
    if match:
        label = match.group("label").lower()
        separated = _SEPARATOR.search(text, match.end("label"), match.end()) is not None
        if label.endswith("by") or separated or match.end() == len(text):
            return match.end(), label == "by"
        return None
    inline = _INLINE_BY.search(text)
    if inline and find_dates(text[: inline.start()]):
        return inline.end(), True
    return None


def byline_name(value: str) -> tuple[int, int] | None:
    """The span of the name a byline states, after its label.

    Honorifics before the name are skipped; titles, affiliations, places and
    co-authors after it are cut (``"Mr. Jane Doe, Director, ..."`` -> ``Jane Doe``).
    """
    honorific = clutter_lexicon().honorifics.match(value)
    start = honorific.end() if honorific else 0
    cut = _NAME_CUT.search(value, start)
    name = value[start : cut.start() if cut else len(value)].rstrip(" .:;-–—")
    if not name or not name[0].isalnum() or len(name.split()) > 6 or not any(c.isupper() for c in name):
        return None
    return start, start + len(name)


def looks_like_name(name: str) -> bool:
    """One to five capitalised words (or name particles), not a date or a sentence opener."""
    tokens = name.split()
    return (
        1 <= len(tokens) <= 5
        and tokens[0][0].isupper()
        and tokens[0].lower().strip(".,") not in clutter_lexicon().not_names
        and all(_NAME_TOKEN.fullmatch(token) for token in tokens)
    )
