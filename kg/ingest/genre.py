"""Is the page an opinion piece? Its own label or headline says so (``lexicons/genres.yaml``)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import DocumentMetadata, SourceDocument, Zone
from kg.resources import LexiconModel, Words, load_lexicon


class GenreLexicon(LexiconModel):
    """The schema of ``lexicons/genres.yaml`` (see the comments there)."""

    opinion_labels: Words
    opinion_headline_starts: Words
    label_window: int
    section_words: Words


#: Zones whose lines are links to other sections, not labels of this page.
_LINK_ZONES = frozenset({"navigation", "teaser", "share", "comments", "ticker"})


def is_opinion(source: SourceDocument, zones: Sequence[Zone], metadata: DocumentMetadata) -> bool:
    """Whether a genre label near the top ("Opinion", "Op-Ed") or the headline marks an opinion piece.

    A label inside a menu or teaser list ("News | Opinion | Sport") names another
    section, not this page, and does not count.
    """
    genres = load_lexicon("genres.yaml", GenreLexicon)
    if any(line.rstrip(":") in genres.opinion_labels for line in _top_lines(source.visible, zones, genres.label_window)):
        return True
    title = (metadata.title or "").strip().lower()
    return any(title.startswith(start) for start in genres.opinion_headline_starts)


def _top_lines(visible: str, zones: Sequence[Zone], count: int) -> list[str]:
    """The first ``count`` non-blank lines outside link zones, stripped and lower-cased.

    Zones are in order and lines start at increasing positions, so one pass over
    both finds each line's zone (linear in the page, not lines × zones).
    """
    lines: list[str] = []
    position = 0
    zone = 0
    for line in visible.splitlines(keepends=True):
        if len(lines) == count:
            break
        while zone < len(zones) and zones[zone].end <= position:
            zone += 1
        inside = zone < len(zones) and zones[zone].start <= position
        kind = zones[zone].kind if inside else "article"
        if line.strip() and kind not in _LINK_ZONES:
            lines.append(line.strip().lower())
        position += len(line)
    return lines


def section_words() -> frozenset[str]:
    """Words of site section names ("World News"), which are never a person's name."""
    return load_lexicon("genres.yaml", GenreLexicon).section_words
