"""A document's text as HTML: its zones as blocks, every extracted span highlighted at its offsets.

Spans overlap (a claim's evidence holds mentions, figures, a time), so the text
is cut at every span boundary into segments. Each segment that some span
covers is one ``<span class="hl hl-LAYER ..." data-m="3 7">`` naming the marks
(spans) that cover it, by index into the page's list of marks; the text of the
segments that name a mark is exactly ``text[start:end]`` of that mark. Zones
are ``<div class="zone zone-KIND">`` blocks; every kind but ``article`` is
site clutter (greyed in the page).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from html import escape

from kg.report.data import Span, Zone

ARTICLE = "article"


@dataclass(frozen=True)
class Block:
    """A stretch of text in one zone (``kind`` None: text no zone covers), as HTML."""

    kind: str | None
    reason: str
    start: int
    end: int
    html: str


def render_text(text: str, zones: tuple[Zone, ...], spans: tuple[Span, ...]) -> list[Block]:
    """The document text as blocks of HTML, one per zone (and per gap between zones).

    ``spans[i]`` is mark ``i``: the ``data-m`` attributes refer to it.
    """
    blocks = []
    position = 0
    for zone in sorted(zones, key=lambda z: (z.start, z.end)):
        start, end = max(zone.start, position), min(zone.end, len(text))
        if start >= end:
            continue
        if start > position:
            blocks.append(Block(None, "", position, start, ""))
        blocks.append(Block(zone.kind, zone.reason, start, end, ""))
        position = end
    if position < len(text):
        blocks.append(Block(None, "", position, len(text), ""))
    return [Block(b.kind, b.reason, b.start, b.end, _highlight(text, b.start, b.end, spans)) for b in blocks]


def _highlight(text: str, start: int, end: int, spans: tuple[Span, ...]) -> str:
    """``text[start:end]`` as HTML, cut at every boundary of the spans that overlap it."""
    inside = [(i, span) for i, span in enumerate(spans) if span.start < end and span.end > start and span.start < span.end]
    boundaries = sorted({start, end} | {max(s.start, start) for _, s in inside} | {min(s.end, end) for _, s in inside})
    by_start = sorted(inside, key=lambda pair: max(pair[1].start, start))
    active: list[tuple[int, int]] = []  # heap of (end, mark index)
    parts = []
    next_span = 0
    for left, right in zip(boundaries, boundaries[1:]):
        while next_span < len(by_start) and max(by_start[next_span][1].start, start) <= left:
            index, span = by_start[next_span]
            heapq.heappush(active, (span.end, index))
            next_span += 1
        while active and active[0][0] <= left:
            heapq.heappop(active)
        segment = escape(text[left:right], quote=False)
        if not active:
            parts.append(segment)
            continue
        marks = sorted(index for _, index in active)
        layers = sorted({spans[index].layer for index in marks})
        classes = " ".join(["hl", *(f"hl-{layer}" for layer in layers)])
        parts.append(f'<span class="{classes}" data-m="{" ".join(map(str, marks))}">{segment}</span>')
    return "".join(parts)
