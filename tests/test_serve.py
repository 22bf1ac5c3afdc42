"""`kg serve`: a SPARQL 1.1 Protocol endpoint, exercised with a real HTTP client over 127.0.0.1."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from kg.outputs import write_outputs
from kg.pipeline import build
from kg.serve import SparqlServer, make_server

ROOT = Path(__file__).resolve().parents[1]
COUNT_MODELS = "SELECT (COUNT(?m) AS ?n) WHERE { ?m a kg:Model }"
SAM_MED3D = """
PREFIX kg: <https://w3id.org/kg-medimg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?model ?label WHERE { ?model a kg:Model ; rdfs:label ?label . FILTER(?label = "SAM-Med3D") }
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    graph = build()
    write_outputs(graph, folder)
    return folder / "graph.ttl"


def start(data: Path, **options) -> SparqlServer:
    server = make_server(data, "127.0.0.1", 0, quiet=True, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def client(data) -> Iterator[httpx.Client]:
    server = start(data)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http
    server.shutdown()
    server.server_close()


def test_get_json_with_typed_terms(client):
    reply = client.get("/sparql", params={"query": SAM_MED3D}, headers={"Accept": "application/sparql-results+json"})
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/sparql-results+json")
    body = reply.json()
    assert body["head"]["vars"] == ["model", "label"]
    (row,) = body["results"]["bindings"]
    assert row["model"] == {"type": "uri", "value": "https://w3id.org/kg-medimg/resource/model/sam-med3d"}
    assert row["label"] == {"type": "literal", "value": "SAM-Med3D"}


def test_json_is_the_default_and_kg_prefixes_are_predeclared(client):
    reply = client.get("/sparql", params={"query": COUNT_MODELS})
    assert reply.status_code == 200
    (row,) = reply.json()["results"]["bindings"]
    assert row["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer" and int(row["n"]["value"]) > 10


def test_post_form_and_post_direct(client):
    form = client.post("/sparql", data={"query": SAM_MED3D}, headers={"Accept": "application/sparql-results+json"})
    direct = client.post(
        "/sparql", content=SAM_MED3D.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    )
    assert form.status_code == direct.status_code == 200
    assert form.json() == direct.json() and len(form.json()["results"]["bindings"]) == 1


@pytest.mark.parametrize(("accept", "delimiter"), [("text/csv", ","), ("text/tab-separated-values", "\t")])
def test_csv_and_tsv(client, accept, delimiter):
    reply = client.get("/sparql", params={"query": SAM_MED3D}, headers={"Accept": accept})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith(accept)
    rows = list(csv.reader(io.StringIO(reply.text), delimiter=delimiter))
    assert rows[0] == (["model", "label"] if accept == "text/csv" else ["?model", "?label"])
    assert "SAM-Med3D" in rows[1][1]


def test_xml_results(client):
    reply = client.get("/sparql", params={"query": SAM_MED3D}, headers={"Accept": "application/sparql-results+xml"})
    assert reply.status_code == 200
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(reply.content)
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == ["model", "label"]
    assert root.find("s:results/s:result/s:binding[@name='label']/s:literal", ns).text == "SAM-Med3D"


def test_q_values_pick_the_preferred_format(client):
    reply = client.get("/sparql", params={"query": SAM_MED3D}, headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml"})
    assert reply.headers["content-type"].startswith("application/sparql-results+xml")
    refused = client.get("/sparql", params={"query": SAM_MED3D}, headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_ask_and_construct(client):
    ask = client.get("/sparql", params={"query": "ASK { ?m a kg:Model }"})
    assert ask.json() == {"head": {}, "boolean": True}
    construct = client.get(
        "/sparql", params={"query": "CONSTRUCT { ?m a kg:Model } WHERE { ?m a kg:Model } LIMIT 3"}, headers={"Accept": "application/n-triples"}
    )
    assert construct.status_code == 200 and len(construct.text.strip().splitlines()) == 3


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST", "data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {"method": "POST", "content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "GET", "params": {"update": "CLEAR ALL"}},
    ],
)
def test_updates_are_refused_and_change_nothing(client, request_kwargs):
    method = request_kwargs.pop("method")
    reply = client.request(method, "/sparql", **request_kwargs)
    assert reply.status_code == 403
    check = client.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }"})
    assert check.json()["boolean"] is False


def test_update_disguised_as_query_is_a_bad_request(client):
    reply = client.get("/sparql", params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert reply.status_code == 400


def test_bad_query_is_400_with_the_parser_message(client):
    reply = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
    assert reply.status_code == 400 and "invalid SPARQL" in reply.text


def test_missing_query_and_unknown_paths(client):
    assert client.get("/sparql", params={"foo": "1"}).status_code == 400
    assert client.get("/nothing").status_code == 404
    assert client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"}).status_code == 415


def test_service_description(client):
    reply = client.get("/sparql")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/turtle")
    assert "sd:SPARQL11Query" in reply.text and "/sparql>" in reply.text


def test_cors_headers_and_preflight(client):
    reply = client.get("/sparql", params={"query": COUNT_MODELS}, headers={"Origin": "http://example.org"})
    assert reply.headers["access-control-allow-origin"] == "*"
    preflight = client.options(
        "/sparql", headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    )
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "content-type" in preflight.headers["access-control-allow-headers"].lower()


def test_page_is_served_at_root(client, data):
    reply = client.get("/")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/html")
    assert reply.content == (data.parent / "graph.html").read_bytes()


def test_page_is_rendered_when_no_html_is_beside_the_data(tmp_path, data):
    copy = tmp_path / "only.ttl"
    copy.write_bytes(data.read_bytes())
    server = start(copy)
    try:
        reply = httpx.get(server.url + "/", timeout=30)
        assert reply.status_code == 200 and "SAM-Med3D" in reply.text
    finally:
        server.shutdown()
        server.server_close()


def test_slow_query_gets_503_after_the_time_limit(data):
    server = start(data, timeout=0.1)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c a ?d }"  # about 4 million rows: ~1 s here
        reply = httpx.get(server.url + "/sparql", params={"query": slow}, timeout=30)
        assert reply.status_code == 503 and "time limit" in reply.text
    finally:
        server.shutdown()
        server.server_close()


def test_cli_serves_on_loopback_and_reports_missing_data(tmp_path, data):
    missing = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--data", str(tmp_path / "none.ttl")], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 3 and "none.ttl" in missing.stderr and "Traceback" not in missing.stderr
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--data", str(data), "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line
        url = line.split()[2]
        reply = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert reply.json()["boolean"] is True
    finally:
        process.terminate()
        process.wait(timeout=30)
