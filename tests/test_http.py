"""Safe HTTP for `kg query --endpoint` and `kg load`, against small hostile servers on 127.0.0.1 and a real Oxigraph."""

from __future__ import annotations

import base64
import time

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import HttpError
from kg.http import HttpClient
from kg.store import load_graph_file

runner = CliRunner()

SELECT_ANSWER = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"answer from B"}}]}}'
SHORT_QUERY = "SELECT ?x WHERE { ?x ?p ?o }\n"
#: Long enough to be sent as a form-encoded POST rather than a GET.
LONG_QUERY = "SELECT ?x WHERE { ?x ?p ?o FILTER (?o IN (" + ", ".join(f'"value {n}"' for n in range(300)) + ")) }\n"


def reply(handler, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def answering(status: int, body: bytes = b"", content_type: str = "application/sparql-results+json"):
    return lambda handler, _, __: reply(handler, status, body, {"Content-Type": content_type})


def redirecting(status: int, target: str):
    return lambda handler, _, __: reply(handler, status, headers={"Location": target})


def graph_count(path) -> int:
    """The named graphs of a graph file: one PUT each."""
    return len(list(load_graph_file(path).named_graphs()))


def query_file(tmp_path, text: str = SHORT_QUERY):
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize("command", ["query", "load"])
def test_http_cross_origin_redirect_never_receives_the_credentials(command, tmp_path, local_server, seeds_nq):
    other = local_server(answering(200, SELECT_ANSWER) if command == "query" else answering(201))

    def challenge_then_redirect(handler, _, __):
        if handler.headers.get("Authorization") != basic("analyst", "s3cret"):
            reply(handler, 401, headers={"WWW-Authenticate": 'Basic realm="kg"'})
        else:
            reply(handler, 307, headers={"Location": f"{other.url}/elsewhere"})

    endpoint = local_server(challenge_then_redirect)
    credentials = ["--user", "analyst", "--password", "s3cret"]
    if command == "query":
        result = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", f"{endpoint.url}/sparql", *credentials])
        assert result.exit_code == 0, result.output
        assert "answer from B" in result.stdout
    else:
        # a Graph Store URL of no known server layout: no SPARQL endpoints are guessed beside it
        result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{endpoint.url}/gsp", *credentials, "--batch-size", "1"])
        assert result.exit_code == 0, result.output
        assert len(other.requests) == graph_count(seeds_nq) and {r["method"] for r in other.requests} == {"PUT"}
    assert any(r["headers"].get("Authorization") == basic("analyst", "s3cret") for r in endpoint.requests)
    assert other.requests and not any("Authorization" in r["headers"] for r in other.requests)


def test_http_redirect_that_would_turn_a_post_into_a_get_is_an_error(tmp_path, local_server):
    other = local_server(answering(200, b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'))
    endpoint = local_server(redirecting(302, f"{other.url}/sparql"))
    result = runner.invoke(app, ["query", query_file(tmp_path, LONG_QUERY), "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 2
    assert "302 Found" in result.stderr and "would turn it into a GET" in result.stderr and f"{other.url}/sparql" in result.stderr
    assert "rows" not in result.stdout
    assert endpoint.requests[0]["method"] == "POST" and other.requests == []


def test_http_short_query_is_a_get_and_may_follow_a_302(tmp_path, local_server):
    other = local_server(answering(200, SELECT_ANSWER))
    endpoint = local_server(redirecting(302, f"{other.url}/sparql"))
    result = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 0, result.output
    assert [r["method"] for r in endpoint.requests + other.requests] == ["GET", "GET"]
    assert "query=SELECT" in endpoint.requests[0]["path"]


def test_http_long_query_is_a_form_encoded_post(tmp_path, local_server):
    endpoint = local_server(answering(200, SELECT_ANSWER))
    result = runner.invoke(app, ["query", query_file(tmp_path, LONG_QUERY), "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 0, result.output
    sent = endpoint.requests[0]
    assert sent["method"] == "POST" and sent["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert sent["body"].startswith(b"query=SELECT")


@pytest.mark.parametrize("status", [302, 303])
def test_http_load_redirect_that_would_turn_the_put_into_a_get_is_an_error(status, seeds_nq, local_server):
    other = local_server(answering(201))
    endpoint = local_server(redirecting(status, f"{other.url}/store"))
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{endpoint.url}/store", "--attempts", "3"])
    assert result.exit_code == 1
    assert f"{status} " in result.stderr and "would turn it into a GET" in result.stderr
    assert other.requests == [] and len(endpoint.requests) <= 8  # one try per graph of the first batch, no retries


@pytest.mark.parametrize("status", [307, 308])
def test_http_load_follows_a_307_or_308_with_the_same_method_and_body(status, seeds_nq, local_server):
    other = local_server(answering(204))
    endpoint = local_server(lambda handler, _, __: reply(handler, status, headers={"Location": f"{other.url}/moved{handler.path[4:]}"}))
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{endpoint.url}/gsp"])  # no SPARQL endpoints guessed
    assert result.exit_code == 0, result.output
    assert [r["method"] for r in other.requests] == ["PUT"] * graph_count(seeds_nq)
    sent = sorted(other.requests, key=lambda r: r["path"])
    assert all(r["path"].startswith("/moved?graph=") and r["body"] for r in sent)
    assert sum(r["body"].count(b"\n") for r in sent) == seeds_nq.read_text(encoding="utf-8").count("\n")


def trickle_body(handler, _, server) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    while not server.stopping.wait(0.05):
        handler.wfile.write(b" ")
        handler.wfile.flush()


def trickle_headers(handler, _, server) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    while not server.stopping.wait(0.05):
        handler.wfile.write(b"X")
        handler.wfile.flush()


def hang(handler, _, server) -> None:
    server.stopping.wait(30)


@pytest.mark.parametrize("behaviour", [trickle_body, trickle_headers, hang], ids=["trickled-body", "trickled-headers", "hung"])
def test_http_query_to_a_slow_server_stops_at_the_deadline(behaviour, tmp_path, local_server):
    endpoint = local_server(behaviour)
    started = time.monotonic()
    result = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", f"{endpoint.url}/sparql", "--timeout", "1"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 2
    assert "within 1 s" in result.stderr or "timed out" in result.stderr
    assert elapsed < 5


@pytest.mark.parametrize("behaviour", [trickle_body, hang], ids=["trickled-body", "hung"])
def test_http_load_to_a_slow_server_stops_at_the_deadline_without_retrying(behaviour, seeds_nq, local_server):
    endpoint = local_server(behaviour)
    started = time.monotonic()
    result = runner.invoke(
        app, ["load", str(seeds_nq), "--endpoint", f"{endpoint.url}/store", "--timeout", "1", "--attempts", "4", "--batch-size", "1"]
    )
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert f"0 of {graph_count(seeds_nq)} graphs were loaded" in result.stderr and "--timeout" in result.stderr
    assert len(endpoint.requests) == 1 and elapsed < 5


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/store", "127.0.0.1:7878/store", "http:///store"])
def test_http_only_http_and_https_urls_are_accepted(url, tmp_path, seeds_nq):
    query = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", url])
    load = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", url])
    for result in (query, load):
        assert result.exit_code == 2
        assert "only http:// and https:// URLs are supported" in result.stderr


def test_http_refusal_gives_the_status_line_never_the_html_page(tmp_path, seeds_nq, local_server):
    page = b"<!DOCTYPE html><html><head><title>403</title></head><body><h1>Forbidden</h1>" + b"<p>blah</p>" * 200 + b"</body></html>"
    endpoint = local_server(answering(403, page, "text/html; charset=ISO-8859-1"))
    for command in (["query", query_file(tmp_path)], ["load", str(seeds_nq)]):
        result = runner.invoke(app, [*command, "--endpoint", f"{endpoint.url}/x"])
        assert result.exit_code in (1, 2)
        assert "403 Forbidden" in result.stderr and "<" not in result.stderr.replace("<http", "").replace("<https", "")
        assert len(result.stderr.splitlines()) == 1


def test_http_plain_text_reason_of_a_refusal_is_kept(tmp_path, local_server):
    reason = b"Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at 'WHERE'"
    endpoint = local_server(answering(400, reason, "text/plain"))
    result = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 2
    assert "400 Bad Request: Virtuoso 37000 Error SP030" in result.stderr


def test_http_endpoint_without_union_default_graph_warns_how_to_query_the_union(seeds_nq, tmp_path, oxigraph):
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path / "db", port)  # no --union-default-graph
    try:
        loaded = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"http://127.0.0.1:{port}/store"])
        assert loaded.exit_code == 0, loaded.output
        plain = runner.invoke(app, ["query", "who-said-what", "-p", "kind=denial", "--endpoint", f"http://127.0.0.1:{port}/query"])
        union = runner.invoke(
            app, ["query", "who-said-what", "-p", "kind=denial", "--endpoint", f"http://127.0.0.1:{port}/query?union-default-graph"]
        )
    finally:
        oxigraph.stop(process)
    assert plain.exit_code == 0 and "(0 rows)" in plain.stdout
    assert "warning:" in plain.stderr and "default graph is empty but it has named graphs" in plain.stderr
    assert "?union-default-graph" in plain.stderr
    assert union.exit_code == 0 and "(0 rows)" not in union.stdout and "warning" not in union.stderr


def test_http_service_on_the_local_store_is_refused_unless_allowed(tmp_path, seeds_nq, local_server):
    remote = local_server(answering(200, b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"urn:remote"}}]}}'))
    text = f"SELECT ?s WHERE {{ SERVICE <{remote.url}/sparql> {{ ?s ?p ?o }} }}\n"
    refused = runner.invoke(app, ["query", query_file(tmp_path, text), "--data", str(seeds_nq)])
    assert refused.exit_code == 2 and "--allow-service" in refused.stderr
    assert remote.requests == []
    allowed = runner.invoke(app, ["query", query_file(tmp_path, text), "--data", str(seeds_nq), "--allow-service"])
    assert allowed.exit_code == 0, allowed.output
    assert "urn:remote" in allowed.stdout and len(remote.requests) == 1


@pytest.mark.parametrize("behaviour", [trickle_body, hang], ids=["trickled-body", "hung"])
def test_http_wikidata_gazetteer_from_a_slow_server_stops_at_the_deadline(behaviour, tmp_path, local_server):
    """`kg gazetteer wikidata` goes through the same client: a trickled answer cannot hold it past --timeout."""
    endpoint = local_server(behaviour)
    started = time.monotonic()
    out = tmp_path / "actors.tsv"
    result = runner.invoke(
        app, ["gazetteer", "wikidata", "--out", str(out), "--country", "Q869", "--endpoint", f"{endpoint.url}/sparql", "--timeout", "1"]
    )
    assert result.exit_code == 2 and "within 1 s" in result.stderr
    assert time.monotonic() - started < 5 and not out.exists()


def test_http_wikidata_gazetteer_asks_as_a_remote_query_with_its_user_agent(tmp_path, local_server):
    """`kg gazetteer wikidata` asks through ``EndpointBackend``: one form-encoded POST per country with Wikidata's
    User-Agent, and an empty answer asks nothing more (no union check on a public endpoint)."""
    endpoint = local_server(answering(200, b'{"head":{"vars":["item","kind","label"]},"results":{"bindings":[]}}'))
    out = tmp_path / "actors.tsv"
    result = runner.invoke(app, ["gazetteer", "wikidata", "--out", str(out), "--country", "Q869", "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 0, result.output
    [sent] = endpoint.requests
    assert sent["method"] == "POST" and sent["body"].startswith(b"query=")
    assert sent["headers"]["User-Agent"].startswith("kg-news/")


def test_http_wikidata_gazetteer_summary_names_its_output_on_one_line(tmp_path, local_server):
    endpoint = local_server(answering(200, b'{"head":{"vars":["item","kind","label"]},"results":{"bindings":[]}}'))
    out = tmp_path / "actors\nfake line.tsv"
    result = runner.invoke(app, ["gazetteer", "wikidata", "--out", str(out), "--country", "Q869", "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 0 and out.exists(), result.output
    assert result.stderr == f"0 actors → {tmp_path}/actors\\nfake line.tsv\n"


def test_http_wikidata_gazetteer_refuses_an_answer_that_is_no_sparql_results(tmp_path, local_server):
    endpoint = local_server(answering(200, b"<html>busy</html>", content_type="text/html"))
    out = tmp_path / "actors.tsv"
    result = runner.invoke(app, ["gazetteer", "wikidata", "--out", str(out), "--country", "Q869", "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 2 and "did not answer" in result.stderr and not out.exists()


def test_http_query_answer_in_json_labelled_text_plain_is_read_and_an_html_page_is_named(tmp_path, local_server):
    """text/plain maps to SPARQL CSV, which cannot be read back: a mislabelled JSON answer is read as JSON, and a
    page that is no results names its media type."""
    rq = query_file(tmp_path)
    plain = local_server(answering(200, SELECT_ANSWER, content_type="text/plain"))
    result = runner.invoke(app, ["query", str(rq), "--endpoint", f"{plain.url}/sparql", "--format", "csv"])
    assert result.exit_code == 0 and "answer from B" in result.stdout, result.output
    page = local_server(answering(200, b"<html>busy</html>", content_type="text/html; charset=utf-8"))
    result = runner.invoke(app, ["query", str(rq), "--endpoint", f"{page.url}/sparql"])
    assert result.exit_code == 2 and "did not answer SELECT results (text/html): " in result.stderr


CONSTRUCT_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n"
RDF_XML_HEAD = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'


def nested_rdf_xml(depth: int) -> bytes:
    """A node element nested ``depth`` deep: each property holds the next node."""
    opening, closing = b"<rdf:Description><ex:p>", b"</ex:p></rdf:Description>"
    return RDF_XML_HEAD + b"\n" + opening * depth + b"<rdf:Description/>" + closing * depth + b"</rdf:RDF>\n"


def test_http_construct_answer_nested_too_deeply_is_refused_before_the_parser(tmp_path, local_server):
    """A CONSTRUCT answer is checked like a graph file: 200,000 RDF/XML levels took the parser minutes, and deep
    JSON-LD can overflow the stack; 100 levels are read."""
    rq = query_file(tmp_path, CONSTRUCT_QUERY)
    deep = local_server(answering(200, nested_rdf_xml(200_000), content_type="application/rdf+xml"))
    started = time.monotonic()
    result = runner.invoke(app, ["query", rq, "--endpoint", f"{deep.url}/sparql"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: {rq}: {deep.url}/sparql:2: nested deeper than 1000 levels, the most kg reads")
    assert time.monotonic() - started < 10
    shallow = local_server(answering(200, nested_rdf_xml(100), content_type="application/rdf+xml"))
    result = runner.invoke(app, ["query", rq, "--endpoint", f"{shallow.url}/sparql"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("http://example.org/p") == 100


def test_http_construct_answer_that_is_no_rdf_names_its_media_type_once(tmp_path, local_server):
    page = local_server(answering(200, b"<html>busy</html>", content_type="text/html"))
    result = runner.invoke(app, ["query", query_file(tmp_path, CONSTRUCT_QUERY), "--endpoint", f"{page.url}/sparql"])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"{page.url}/sparql did not answer CONSTRUCT results (text/html): that is no RDF format\n")
    assert result.stderr.count("text/html") == 1


def test_http_wikidata_gazetteer_answer_with_a_value_past_the_parsers_buffer_is_one_clear_error(tmp_path, local_server):
    """A 17 MB label overflows pyoxigraph's results parser buffer (a MemoryError): one error line, no traceback."""
    row = b'{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q5"},"label":{"type":"literal","value":"'
    body = b'{"head":{"vars":["item","kind","label"]},"results":{"bindings":[' + row + b"A" * 17_000_000 + b'"}}]}}'
    endpoint = local_server(answering(200, body))
    out = tmp_path / "actors.tsv"
    result = runner.invoke(app, ["gazetteer", "wikidata", "--out", str(out), "--country", "Q869", "--endpoint", f"{endpoint.url}/sparql"])
    assert result.exit_code == 2, result.exception
    too_large = "a value is too large for the parser's buffer or for memory (Reached the buffer maximal size of 16777216)"
    assert f"did not answer SELECT results (application/sparql-results+json): {too_large}" in result.stderr
    assert not out.exists()


def endless_answer(handler, _, server) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    handler.wfile.write(b'{"head":{"vars":["x"]},"results":{"bindings":[')
    row = b'{"x":{"type":"literal","value":"' + b"A" * 1000 + b'"}},'
    while not server.stopping.is_set():
        try:
            handler.wfile.write(row * 64)
        except OSError:
            return


def test_http_answer_past_the_size_cap_is_refused_while_it_is_read(local_server):
    endpoint = local_server(endless_answer)
    client = HttpClient(f"{endpoint.url}/sparql", timeout=20, max_bytes=2 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(HttpError, match="larger than 2 MiB; refused"):
        client.fetch("GET", client.url, params={"query": SHORT_QUERY})
    assert time.monotonic() - started < 10


def announced_two_gigabytes(handler, _, server) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.send_header("Content-Length", str(2 * 1024**3))
    handler.end_headers()
    while not server.stopping.wait(0.05):
        try:
            handler.wfile.write(b" ")
            handler.wfile.flush()
        except OSError:
            return


def test_http_answer_announced_past_the_size_cap_is_refused_before_it_is_read(local_server):
    """A Content-Length past the cap is refused at once, not after reading up to the cap (or the deadline)."""
    endpoint = local_server(announced_two_gigabytes)
    client = HttpClient(f"{endpoint.url}/sparql", timeout=5, max_bytes=2 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(HttpError, match="announces 2,147,483,648 bytes, larger than 2 MiB; refused"):
        client.fetch("GET", client.url, params={"query": SHORT_QUERY})
    assert time.monotonic() - started < 2


def test_http_answer_within_the_size_cap_is_read_whole(local_server):
    endpoint = local_server(answering(200, SELECT_ANSWER))
    client = HttpClient(f"{endpoint.url}/sparql", max_bytes=len(SELECT_ANSWER))
    assert client.fetch("GET", client.url, params={"query": SHORT_QUERY}).body == SELECT_ANSWER


@pytest.mark.parametrize("command", ["query", "load", "gazetteer"])
def test_http_credentials_in_the_endpoint_url_are_refused_without_echoing_them(command, tmp_path, seeds_nq, local_server):
    server = local_server(answering(200, SELECT_ANSWER))
    url = server.url.replace("http://", "http://analyst:s3cret@") + "/sparql"
    arguments = {
        "query": ["query", query_file(tmp_path), "--endpoint", url],
        "load": ["load", str(seeds_nq), "--endpoint", url],
        "gazetteer": ["gazetteer", "wikidata", "--country", "Q869", "--out", str(tmp_path / "g.tsv"), "--endpoint", url],
    }[command]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert "credentials in the URL are not supported" in result.stderr and "--user" in result.stderr
    assert "s3cret" not in result.output and "s3cret" not in result.stderr
    assert server.requests == []  # nothing was sent


def test_http_endpoint_url_without_credentials_is_taken(tmp_path, local_server):
    server = local_server(answering(200, SELECT_ANSWER))
    result = runner.invoke(app, ["query", query_file(tmp_path), "--endpoint", f"{server.url}/sparql"])
    assert result.exit_code == 0, result.output
