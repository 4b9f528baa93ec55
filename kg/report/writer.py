"""Write the report folder: ``index.html``, one page per document, chunked data and the browser assets.

    OUT/index.html            the overview (timeline, network, tables, map), bounded in size
    OUT/docs/ID-HASH.html     one page per document: its text, zones and every extracted item
    OUT/data/overview.js      the charts' data and the tables' manifests
    OUT/data/TABLE/NNNNN.js   table rows, loaded when shown (claims, figures, events, reports, documents)
    OUT/assets/               report.js, document.js, report.css and the vendored libraries with their licences

Everything is written into a temporary folder beside ``OUT`` and renamed into
place at the end, so a failed run leaves the previous report (or none). The
same graph gives the same files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from itertools import groupby
from pathlib import Path
from typing import Any

import jinja2
import pyoxigraph as ox

from kg.errors import ReportError
from kg.query import Row
from kg.report import data, sections
from kg.report.data import DocumentInfo, DocumentView
from kg.report.document import ARTICLE, render_text
from kg.report.network import actor_network
from kg.report.sections import Limits
from kg.report.tables import ChunkedTable, script, to_json
from kg.resources import data_dir, read_text

#: The file that marks a folder as a kg report (a report folder is replaced; any other non-empty folder is refused).
MARKER = "kg-report.json"

#: Shipped browser files copied to OUT/assets/ (the vendored libraries keep their folders and licences);
#: the ``.html`` page templates are not copied.
ASSET_SUFFIXES = (".js", ".css", "LICENSE", ".txt")


@dataclass(frozen=True)
class ReportSummary:
    """What a report holds."""

    documents: int
    events: int
    claims: int
    figures: int
    links: int
    pairs: int
    places: int


def write_report(
    store: ox.Store,
    out: Path,
    *,
    limits: Limits = Limits(),
    progress: Callable[[int, int], None] | None = None,
) -> ReportSummary:
    """Write the HTML report of the graph in ``store`` to the folder ``out``.

    Args:
        store: The graph (the default graph is the union of its named graphs).
        out: The report folder; an earlier report there is replaced.
        limits: Sizes that keep the index page bounded.
        progress: Called with (documents written, documents) as the pages are written.

    Raises:
        ReportError: ``out`` is a file or a non-empty folder that is not a report, or cannot be written.
    """
    check_target(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as error:
        raise ReportError(f"{out}: cannot create the report folder: {error.strerror or error}") from error
    try:
        os.chmod(staging, 0o777 & ~_umask())
        summary = _write(store, staging, limits, progress)
        _replace(staging, out)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise ReportError(f"{out}: cannot write the report: {error.strerror or error}") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return summary


def _write(store: ox.Store, folder: Path, limits: Limits, progress: Callable[[int, int], None] | None) -> ReportSummary:
    labels = data.entities(store)
    documents = {document.iri: document for document in data.documents(store)}
    timeline = sections.Timeline(limits)
    figure_chart = sections.FigureChart(limits)
    tables = {
        "documents": _documents_table(folder, documents, limits),
        "events": _rows_table(folder, "events", data.events(store), documents, limits, sections.event_row, "type",
                              lambda row, _, document: timeline.add(row, document)),
        "claims": _rows_table(folder, "claims", data.claims(store), documents, limits, sections.claim_row, "speaker"),
        "figures": _rows_table(folder, "figures", data.figures(store), documents, limits, sections.figure_row, "source",
                               lambda row, figure, _: figure_chart.add(row, figure["source"], figure["href"])),
        "reports": _reports_table(store, folder, documents, limits, {e.key: e.label for e in labels.values() if e.key}),
    }
    network = actor_network(store, labels)
    places = sections.map_payload(data.places(store), limits)
    overview = {
        "limits": {"filter_rows": limits.filter_rows, "network_links": limits.network_links},
        "timeline": timeline.payload(),
        "figures": figure_chart.payload(),
        "network": sections.network_payload(network, documents, limits),
        "places": places,
        "tables": tables,
    }
    summary = ReportSummary(
        documents=len(documents), events=sum(d.events for d in documents.values()),
        claims=sum(d.claims for d in documents.values()), figures=sum(d.figures for d in documents.values()),
        links=len(network.links), pairs=tables["reports"]["total"], places=len(places),
    )
    _write_text(folder / "data" / "overview.js", script("KG.setOverview", overview))
    _copy_assets(folder / "assets", with_world=bool(places))
    templates = _templates()
    _write_text(folder / "index.html", templates.get_template("index.html").render(summary=summary, limits=limits))
    for number, document in enumerate(sorted(documents.values(), key=lambda d: d.doc_id), start=1):
        view = data.document_view(store, document, labels)
        _write_text(folder / "docs" / document.page, _document_page(templates, view))
        if progress is not None:
            progress(number, len(documents))
    _write_text(folder / MARKER, to_json({"generator": "kg report", "documents": len(documents)}) + "\n")
    return summary


def _documents_table(folder: Path, documents: dict[str, DocumentInfo], limits: Limits) -> dict[str, Any]:
    table = ChunkedTable(folder, "documents", limits.chunk_rows)
    for document in sorted(documents.values(), key=lambda d: (d.source, d.published or "", d.doc_id)):
        table.add(document.source, sections.document_row(document))
    return table.close()


def _rows_table(
    folder: Path,
    name: str,
    rows: Iterable[Row],
    documents: dict[str, DocumentInfo],
    limits: Limits,
    to_row: Callable[[Row, DocumentInfo], dict[str, Any]],
    facet: str,
    observe: Callable[[Row, dict[str, Any], DocumentInfo], None] | None = None,
) -> dict[str, Any]:
    """A chunked table of query rows (those of known documents), grouped by the ``facet`` field of the table row.

    ``observe`` sees each query row with its table row too (a chart collecting its data).
    """
    table = ChunkedTable(folder, name, limits.chunk_rows)
    for row in rows:
        document = documents.get(str(row["document"]))
        if document is not None:
            item = to_row(row, document)
            if observe is not None:
                observe(row, item, document)
            table.add(str(item[facet]), item)
    return table.close()


def _reports_table(
    store: ox.Store, folder: Path, documents: dict[str, DocumentInfo], limits: Limits, owners: dict[str, str],
) -> dict[str, Any]:
    """The positions of disagreements, each with its reports: contradictions first, then compatible differing reports.

    ``owners``: entity labels by ``kg:key``, for the owners statements name by key.
    """
    found = [
        shown
        for _, rows in groupby(data.contradictions(store), key=lambda row: str(row["position"]))
        if (shown := sections.report_position(list(rows), documents, limits.reports_per_position, owners)) is not None
    ]
    table = ChunkedTable(folder, "reports", limits.chunk_rows)
    for relation, position in sorted(found, key=lambda item: item[0] != "contradiction"):
        table.add(relation, position)
    return table.close()


def _document_page(templates: jinja2.Environment, view: DocumentView) -> str:
    """A document's page: metadata, the text in zones with every span highlighted, and the list of items."""
    spans = tuple(sorted(view.spans, key=lambda s: (s.start, s.end, s.layer, s.anchor)))
    marks = [{"a": s.anchor, "l": s.layer, "k": s.kind, "t": s.label, "d": s.detail, "s": s.start, "e": s.end} for s in spans]
    items: dict[str, list[dict[str, Any]]] = {}
    seen = set()
    for span in spans:
        if span.layer != "content" and span.anchor not in seen:
            seen.add(span.anchor)
            items.setdefault(span.layer, []).append({
                "anchor": span.anchor, "kind": span.kind, "label": span.label, "detail": span.detail,
                "text": view.text[span.start:span.end],
            })
    return templates.get_template("document.html").render(
        info=view.info, blocks=render_text(view.text, view.zones, spans), article=ARTICLE,
        items=items, marks=to_json(marks),
    )


def check_target(out: Path) -> None:
    """Refuse a report folder that is a file, or a non-empty folder holding no kg report.

    Raises:
        ReportError: Which it is, and what to give instead.
    """
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out}: is a file; give a folder for the report")
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise ReportError(f"{out}: is a non-empty folder that holds no kg report; give a new or empty folder")


def _replace(staging: Path, out: Path) -> None:
    """Rename the finished report into place; an earlier report there is removed once the new one is in."""
    if not out.exists():
        os.rename(staging, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
    os.rename(out, old / out.name)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def _templates() -> jinja2.Environment:
    """The page templates shipped in ``web/`` (HTML-escaped by default)."""
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: read_text("web", name)),
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )


def _copy_assets(target: Path, *, with_world: bool) -> None:
    """The shipped browser files (not the page templates), and the world outline as a script when the map is shown.

    The outline becomes ``assets/world-110m.js`` because pages opened from ``file://`` cannot ``fetch`` JSON.
    """
    _copy_tree(data_dir("web"), target)
    if with_world:
        world = read_text("web", "vendor/world-atlas/countries-110m.json").strip()
        _write_text(target / "world-110m.js", f"KG.world = {world};\n")


def _copy_tree(folder: Traversable, target: Path) -> None:
    for child in sorted(folder.iterdir(), key=lambda c: c.name):
        if child.is_dir():
            if child.name != "__pycache__":
                _copy_tree(child, target / child.name)
        elif child.name.endswith(ASSET_SUFFIXES):
            target.mkdir(parents=True, exist_ok=True)
            (target / child.name).write_bytes(child.read_bytes())


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
