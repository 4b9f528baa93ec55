"""The report in a real browser: headless Chromium (Debian) driven by chromedriver, pages opened from file://.

What the page shows is checked against the graph, queried independently here with SPARQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

KG = "https://w3id.org/kg-news/ontology#"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"


def select(store: ox.Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(f"PREFIX kg: <{KG}>\n{sparql}", use_default_graph_as_union=True)
    names = [variable.value for variable in result.variables]
    return [{name: term.value for name, term in zip(names, solution) if term is not None} for solution in result]


def open_page(browser, path: Path) -> None:
    """Open a report page and wait until its charts are drawn; the console log starts empty."""
    browser.get_log("browser")
    browser.get(path.as_uri())
    WebDriverWait(browser, 15).until(lambda b: b.execute_script("return document.body.getAttribute('data-ready')") == "true")


def console_problems(browser) -> list[dict]:
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def test_report_loads_without_console_errors_and_draws_one_mark_per_dated_event(browser, seeds_report, seeds_store, artifacts):
    open_page(browser, seeds_report / "index.html")
    assert console_problems(browser) == []
    dated = select(seeds_store, "SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event a kg:Event ; kg:date ?date . }")
    marks = browser.find_elements(By.CSS_SELECTOR, "#timeline-chart svg g.mark-symbol.role-mark path")
    assert len(marks) == int(dated[0]["n"]) > 0
    assert browser.find_elements(By.CSS_SELECTOR, "#network-graph canvas")
    assert browser.find_elements(By.CSS_SELECTOR, "#figures-chart svg g.mark-symbol.role-mark path")
    browser.save_screenshot(str(artifacts / "index.png"))
    browser.find_element(By.ID, "network").screenshot(str(artifacts / "network.png"))
    assert (artifacts / "index.png").stat().st_size > 10_000


def test_network_edges_are_the_speaker_target_pairs_of_accusations_and_denials(browser, seeds_report, seeds_store):
    open_page(browser, seeds_report / "index.html")
    expected = {
        (row["speaker"], row["target"], {"accusation": "accused", "denial": "denied"}[row["kind"]])
        for row in select(seeds_store, """
            SELECT DISTINCT ?speaker ?target ?kind WHERE {
              { ?claim a kg:Claim ; kg:claimKind "accusation" ; kg:speaker ?speaker ; kg:accuses ?target . BIND ("accusation" AS ?kind) }
              UNION
              { ?claim a kg:Claim ; kg:claimKind "denial" ; kg:speaker ?speaker ; kg:about ?target . BIND ("denial" AS ?kind) }
              ?target a ?class .
              FILTER (?class IN (kg:Person, kg:Organization, kg:State, kg:ArmedGroup) && ?speaker != ?target)
            }""")
    }
    drawn = browser.execute_script(
        "return KG.cy.edges().map(function (e) { return [e.data('source'), e.data('target'), e.data('relation')]; })"
    )
    shown = {tuple(edge) for edge in drawn if edge[2] in ("accused", "denied")}
    assert expected and shown == expected
    akram = [edge for edge in shown if "khalid-taimur-akram" in edge[0] and edge[2] == "accused"]
    assert akram and all(not edge[1].endswith("/azerbaijan") for edge in akram)  # the side he defends: not accused
    assert console_problems(browser) == []


def test_a_clicked_claim_highlights_exactly_its_evidence(browser, seeds_report, seeds_store, artifacts):
    texts = {row["doc"]: row["text"] for row in select(seeds_store, "SELECT ?doc ?text WHERE { ?doc a kg:Document ; kg:text ?text . }")}
    for position in (0, 7):
        open_page(browser, seeds_report / "index.html")
        row = WebDriverWait(browser, 5).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr"))[position]
        claim = row.get_attribute("data-item")
        row.find_element(By.CSS_SELECTOR, "td.evidence").click()
        WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#text .hl.focus"))
        focused = "".join(element.get_attribute("textContent") for element in browser.find_elements(By.CSS_SELECTOR, "#text .hl.focus"))
        span = select(seeds_store, f"SELECT ?doc ?start ?end WHERE {{ <{claim}> kg:inDocument ?doc ; kg:start ?start ; kg:end ?end . }}")[0]
        assert focused == texts[span["doc"]][int(span["start"]) : int(span["end"])]
        assert browser.current_url.split("#", 1)[1] == claim.removeprefix(span["doc"] + "/")
        assert console_problems(browser) == []
    browser.save_screenshot(str(artifacts / "document.png"))


def test_document_page_shows_every_zone_with_clutter_greyed(browser, seeds_report, seeds_store):
    page = next((seeds_report / "docs").glob("004-*.html"))
    browser.get(page.as_uri())
    text = select(seeds_store, 'SELECT ?text WHERE { ?doc kg:docId "004_8bcc4ac5588322b9.txt" ; kg:text ?text . }')[0]["text"]
    shown = browser.execute_script("return Array.from(document.querySelectorAll('#text .zone')).map(z => z.textContent).join('')")
    assert shown == text
    clutter = browser.find_elements(By.CSS_SELECTOR, "#text .zone.clutter")
    article = browser.find_element(By.CSS_SELECTOR, "#text .zone:not(.clutter)")
    assert clutter and all(zone.value_of_css_property("color") != article.value_of_css_property("color") for zone in clutter)
    assert console_problems(browser) == []


def test_filters_change_what_is_shown(browser, seeds_report):
    open_page(browser, seeds_report / "index.html")
    visible = "return KG.cy.edges(':visible').length"
    accused = browser.execute_script("return KG.cy.edges('[relation = \"accused\"]').length")
    before = browser.execute_script(visible)
    browser.find_element(By.CSS_SELECTOR, "#relation-filters input[data-relation=accused]").click()
    assert accused > 0 and browser.execute_script(visible) == before - accused
    assert "accused" not in {edge.get("relation") for edge in browser.execute_script(
        "return KG.cy.edges(':visible').map(function (e) { return e.data(); })")}

    rows = "#claims-table tbody tr"
    total = WebDriverWait(browser, 5).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, rows)))
    Select(browser.find_element(By.CSS_SELECTOR, "#claims-table select.choice")).select_by_visible_text("denial")
    WebDriverWait(browser, 5).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, rows)) < total)
    kinds = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, f"{rows} td:nth-child(2)")}
    assert kinds == {"denial"}

    Select(browser.find_element(By.CSS_SELECTOR, "#claims-table select.choice")).select_by_visible_text("all")
    search = browser.find_element(By.CSS_SELECTOR, "#claims-table input.text")
    search.send_keys("ceasefire")
    WebDriverWait(browser, 5).until(lambda b: all("ceasefire" in r.text.lower() for r in b.find_elements(By.CSS_SELECTOR, rows)))
    assert 0 < len(browser.find_elements(By.CSS_SELECTOR, rows)) < total
    search.clear()
    search.send_keys("w3id.org")  # links and IRIs are not searched
    WebDriverWait(browser, 5).until(lambda b: not b.find_elements(By.CSS_SELECTOR, rows))
    assert console_problems(browser) == []


def test_map_shows_the_places_the_gazetteer_locates(browser, seeds_report, seeds_store, artifacts):
    """The build gives the places of the gazetteer that have coordinates geo:lat and geo:long: one circle each."""
    located = select(seeds_store, f"SELECT DISTINCT ?place WHERE {{ ?place a kg:Place ; <{GEO}lat> ?lat ; <{GEO}long> ?long . }}")
    places = select(seeds_store, "SELECT DISTINCT ?place WHERE { ?place a kg:Place . }")
    assert 0 < len(located) < len(places)  # Baku and Yerevan are in the world gazetteer; Stepanakert has no coordinates there
    open_page(browser, seeds_report / "index.html")
    assert console_problems(browser) == []
    circles = browser.find_elements(By.CSS_SELECTOR, "#map-chart svg g.mark-symbol.role-mark path")
    assert len(circles) == len(located)
    assert browser.find_elements(By.CSS_SELECTOR, "#map-chart svg g.mark-shape.role-mark path")  # the world outline
    browser.find_element(By.ID, "map").screenshot(str(artifacts / "map.png"))


@pytest.fixture(autouse=True)
def _fast(request):
    """Each browser test stays within a few seconds."""
    import time

    started = time.monotonic()
    yield
    assert time.monotonic() - started < 20, f"{request.node.name} took too long"


#: Markup, quotes and script URLs in every field a document gives the report: text, id, title, outlet, author, URL.
HOSTILE = '<script>alert("text")</script></textarea></script>"\'><img src=x onerror=alert(2)>&lt;&amp;'


def test_hostile_names_and_text_are_shown_as_text_never_run(browser, tmp_path, nlp):
    """Article text, entity names and metadata holding markup stay text on every page (no dialog, no injected
    element, no console problem), and a timeline whose events each have one day draws without Vega warnings."""
    from kg.build import build_graphs
    from kg.report.writer import write_report
    from tests.report.conftest import store_of

    record = {
        "id": "doc</script><script>alert(3)</script>", "title": HOSTILE, "url": "javascript:alert(4)", "outlet": HOSTILE,
        "author": HOSTILE, "published": "2025-03-02",
        "text": f'General <script>alert(5)</script> Tarn of the Rubavian army said on Monday that fighters of the "{HOSTILE}" '
        "Front had shelled the village of Ostrava</textarea>, killing 12 civilians.\n\nThe Front denied it. "
        '"We did not attack <img src=x onerror=alert(6)>," said commander javascript:alert(7) Mirek.\n',
    }
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = tmp_path / "report"
    write_report(store_of(build_graphs([feed.parent], nlp=nlp).quads), report)
    for page in [report / "index.html", *sorted((report / "docs").glob("*.html"))]:
        if page.name == "index.html":
            open_page(browser, page)
        else:
            browser.get_log("browser")
            browser.get(page.as_uri())
        assert browser.execute_script("return document.querySelectorAll('img[src=x], a[href^=javascript]').length") == 0
        assert console_problems(browser) == [], page.name
    assert "<script>alert(5)</script>" in browser.find_element(By.TAG_NAME, "body").text  # shown as text


def test_figure_axis_writes_each_tick_in_its_own_unit(browser, seeds_report, seeds_store):
    """The log axis of the figures chart labels 1 and 10 as "1" and "10", not in the largest tick's unit ("0k");
    the kinds on the other axis stay as they are."""
    open_page(browser, seeds_report / "index.html")
    labels = browser.execute_script(
        "return Array.from(document.querySelectorAll('#figures-chart svg g.role-axis-label')).map("
        "g => Array.from(g.querySelectorAll('text')).map(t => t.textContent))"
    )
    values = next(axis for axis in labels if "1" in axis)
    largest = max(int(row["value"]) for row in select(seeds_store, "SELECT ?value WHERE { ?f a kg:Figure ; kg:value ?value . }"))
    assert 1000 <= largest < 10000
    assert values == ["0", "1", "10", "100", "1k"]
    kinds = {row["kind"] for row in select(seeds_store, "SELECT DISTINCT ?kind WHERE { ?f a kg:Figure ; kg:figureKind ?kind . }")}
    assert set(next(axis for axis in labels if "1" not in axis)) == kinds
    assert console_problems(browser) == []


def _page_width(browser) -> tuple[int, int]:
    """The page's scroll width and the window's width (equal: no sideways scrolling of the whole page)."""
    return tuple(browser.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"))


def test_a_narrow_window_shows_the_report_without_sideways_scrolling(browser, seeds_report, artifacts):
    """On a phone-sized window (390 px) the page is no wider than the window: the network stacks above its
    detail at full width, the claims table keeps a readable evidence column inside its own box, a document's
    items go below its text. In a wide window (1400 px) nothing spills either (the map leaves room for its
    legend), and the network stays beside its detail."""
    metrics = {"width": 390, "height": 800, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        open_page(browser, seeds_report / "index.html")
        assert _page_width(browser) == (390, 390)
        graph = browser.find_element(By.ID, "network-graph").rect
        detail = browser.find_element(By.ID, "network-detail").rect
        assert graph["width"] >= 300 and detail["y"] >= graph["y"] + graph["height"]
        evidence = WebDriverWait(browser, 5).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#claims-table td.evidence"))[0]
        assert evidence.rect["width"] >= 200
        browser.save_screenshot(str(artifacts / "narrow.png"))
        page = next((seeds_report / "docs").glob("004-*.html"))
        browser.get(page.as_uri())
        assert _page_width(browser) == (390, 390)
        text, items = browser.find_element(By.ID, "text").rect, browser.find_element(By.ID, "items").rect
        assert text["width"] >= 300 and items["y"] >= text["y"] + text["height"]
        assert console_problems(browser) == []
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    open_page(browser, seeds_report / "index.html")
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert _page_width(browser) == (width, width) and width >= 1000
    graph = browser.find_element(By.ID, "network-graph").rect
    detail = browser.find_element(By.ID, "network-detail").rect
    assert detail["x"] >= graph["x"] + graph["width"] and detail["y"] == graph["y"]
    assert console_problems(browser) == []


def test_every_timeline_axis_names_its_year(browser, seeds_report, seeds_store):
    """The timeline of the example opens on four days of September 2023, whose default tick labels ("Mon 18",
    "06 AM") name no month or year: its first tick is written in full; the strip of the whole span keeps its years.
    The event types on the other axis stay as they are."""
    import re

    open_page(browser, seeds_report / "index.html")
    axes = browser.execute_script(
        "return Array.from(document.querySelectorAll('#timeline-chart svg g.role-axis-label')).map(g => "
        "Array.from(g.querySelectorAll('text')).filter(t => t.getAttribute('opacity') !== '0').map(t => t.textContent))"
    )
    types = {row["type"] for row in select(seeds_store, "SELECT DISTINCT (STRAFTER(STR(?c), '#') AS ?type) WHERE { "
                                                          "?e a kg:Event ; a ?c ; kg:date ?d . FILTER (?c != kg:Event) }")}
    dates = [axis for axis in axes if not set(axis) <= types]
    assert len(dates) == 2 and len(axes) == 3
    assert dates[0][0] == "18 Sep 2023" and "Tue 19" in dates[0]
    assert all(any(re.search(r"\b(19|20)\d\d\b", label) for label in axis) for axis in dates)
    assert console_problems(browser) == []


def test_printing_leaves_out_the_controls_and_keeps_rows_whole(browser, seeds_report):
    """Printed (or saved as PDF), the header prints once at the top, not over each page's text; filters and the
    pager's buttons are left out, but the pager's count and the filters in force print; mouse hints do not; a table row is not cut across pages. On screen the header stays sticky and the controls shown."""
    open_page(browser, seeds_report / "index.html")
    style = ("return [getComputedStyle(document.querySelector('.page-header')).position, "
             "getComputedStyle(document.querySelector('#claims-table form.controls')).display, "
             "getComputedStyle(document.querySelector('#claims-table .pager')).display, "
             "getComputedStyle(document.querySelector('#claims-table tbody tr')).breakInside]")
    WebDriverWait(browser, 5).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr"))
    assert browser.execute_script(style)[:3] == ["sticky", "flex", "block"]
    facet = browser.find_element(By.CSS_SELECTOR, "#claims-table select.facet")
    wanted = facet.find_elements(By.TAG_NAME, "option")[1].get_attribute("value")
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", facet, wanted)
    shown = ("return ['.pager button', '.pager .position', '.pager .filtered', '.vega-actions', '#network-detail .hint', '#timeline-note .hint']"
             ".map(s => { var e = document.querySelector(s); return e ? getComputedStyle(e).display + ':' + e.textContent.trim() : s; })")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.execute_script(style) == ["static", "none", "block", "avoid"]
        button, position, filtered, actions, network_hint, timeline_hint = browser.execute_script(shown)
        # paper says which rows it holds and which filter chose them; the mouse hints and Vega's menu are left out
        assert button.startswith("none:") and position.startswith("inline:") and " of " in position
        assert filtered.startswith("inline:shown: ") and wanted in filtered
        assert [actions.split(":")[0], network_hint.split(":")[0], timeline_hint.split(":")[0]] == ["none", "none", "none"]
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"]
        assert len(pdf) > 10_000
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert browser.execute_script(style)[0] == "sticky"
    assert console_problems(browser) == []


def test_the_network_says_what_each_node_colour_means(browser, seeds_report):
    """A key names the kind of actor of each node colour drawn (state, person, ...), in the nodes' own colours; the
    relation filters keep their own swatches."""
    open_page(browser, seeds_report / "index.html")
    drawn = browser.execute_script(
        "var found = {}; KG.cy.nodes().forEach(function (n) { found[n.data('kind')] = n.data('colour'); }); return found;")
    key = browser.execute_script(
        "return Array.from(document.querySelectorAll('#kind-legend .kind')).map(k => "
        "[k.getAttribute('data-kind'), getComputedStyle(k.querySelector('.dot')).backgroundColor, k.textContent])")
    assert {kind for kind, _, _ in key} == set(drawn) and len(drawn) >= 3
    for kind, colour, text in key:
        red, green, blue = (int(drawn[kind][i:i + 2], 16) for i in (1, 3, 5))
        assert colour == f"rgb({red}, {green}, {blue})" and text
    assert "state" in {text for _, _, text in key}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#relation-filters .swatch")) == 4
    assert console_problems(browser) == []
