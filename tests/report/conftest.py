"""Fixtures for the report: graphs built from real text, written reports, and a real headless Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.report.writer import write_report

ROOT = Path(__file__).resolve().parents[2]
#: Articles from other conflicts and genres (wire copy, a blog, an HTML page, JSON Lines feeds).
OTHER_ARTICLES = ROOT / "tests" / "ingest" / "data"
#: Screenshots of the browser tests (gitignored).
ARTIFACTS = ROOT / "tests" / "artifacts" / "report"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def store_of(quads: list[ox.Quad]) -> ox.Store:
    """An in-memory store of a build's quads (document, entities and corpus graphs), as `kg build` writes them."""
    store = ox.Store()
    store.extend(quads)
    return store


@pytest.fixture(scope="session")
def seeds_store(example_build) -> ox.Store:
    """The example corpus (Karabakh 2023)."""
    return store_of(example_build.quads)


@pytest.fixture(scope="session")
def other_store() -> ox.Store:
    """Articles of other conflicts (Ethiopia/Tigray, the Sahel, drones) built with the real pipeline."""
    from kg.build import build_graphs

    return store_of(build_graphs([OTHER_ARTICLES]).quads)


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory, seeds_store) -> Path:
    """The report of the example corpus."""
    out = tmp_path_factory.mktemp("report") / "seeds"
    write_report(seeds_store, out)
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Any]:
    """A headless Chromium driven by chromedriver, with a fresh profile; always stopped."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.fail("the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    """The folder the browser tests save their screenshots in."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS
