"""A read-only SPARQL 1.1 Protocol endpoint over a built graph, and the graph page.

The standard library's ThreadingHTTPServer around an in-memory pyoxigraph
Store: no web framework to install, and Oxigraph does the SPARQL. Routes:

- `/sparql`: GET `?query=`, POST form (`query=`) or POST
  `application/sparql-query`. Results by content negotiation (Accept):
  SPARQL JSON (default), XML, CSV, TSV; CONSTRUCT/DESCRIBE give Turtle
  (default), N-Triples or RDF/XML. GET without a query returns a SPARQL
  service description (Turtle). Updates (`update=`, `application/sparql-update`)
  get 403: the store is never written. CORS allows any origin, so browser
  clients such as YASGUI can use it.
- `/`: the interactive page (graph.html beside the data file, else rendered
  from the loaded graph).

Time limit: each query runs in a worker thread and the request gets 503
after `timeout` seconds. Oxigraph cannot be interrupted from Python, so a
timed-out query still finishes in its (daemon) thread; at most `workers`
queries run at once, and a query that finds them all busy waits within its
own time limit, then gets 503 too. Bind to loopback unless you mean to publish.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.query import QueryError, load_store
from kg.rdf import PREFIXES

MAX_BODY = 1 << 20  # bytes of a POSTed query
DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKERS = 2

_SOLUTION_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Max-Age": "86400",
}


class ServeError(Exception):
    """The data or the page cannot be loaded, or the address cannot be bound."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"


class SparqlServer(ThreadingHTTPServer):
    """HTTP server holding the store, the page and the query worker pool."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, page: bytes, timeout: float, workers: int, quiet: bool):
        self.store = store
        self.page = page
        self.query_timeout = timeout
        self.quiet = quiet
        self.slots = threading.BoundedSemaphore(workers)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def run_limited(self, query: str, accept: str) -> Reply:
        """Evaluate in a daemon thread; 503 when no result within the time limit."""
        deadline = time.monotonic() + self.query_timeout
        late = Reply(HTTPStatus.SERVICE_UNAVAILABLE, f"query exceeded the {self.query_timeout:g} s time limit\n".encode())
        if not self.slots.acquire(timeout=self.query_timeout):
            return late
        outcome: dict[str, object] = {}
        finished = threading.Event()

        def work() -> None:
            try:
                outcome["reply"] = _evaluate(self.store, query, accept)
            except BaseException as error:  # re-raised in the request thread below
                outcome["error"] = error
            finally:
                self.slots.release()
                finished.set()

        threading.Thread(target=work, name="kg-sparql-query", daemon=True).start()
        if not finished.wait(max(0.0, deadline - time.monotonic())):
            return late
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["reply"]  # type: ignore[return-value]


def make_server(
    data: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int = DEFAULT_WORKERS,
    quiet: bool = False,
) -> SparqlServer:
    """Load the graph and bind the address (port 0: any free port); call serve_forever() on the result."""
    if timeout <= 0:
        raise ServeError(f"query time limit must be positive, not {timeout}")
    data = Path(data)
    try:
        store = load_store(data)
    except QueryError as error:
        raise ServeError(str(error)) from error
    page = _page(data)
    try:
        return SparqlServer((host, port), store, page, timeout, workers, quiet)
    except OSError as error:
        raise ServeError(f"cannot listen on {host}:{port} ({error.strerror})") from error


def _page(data: Path) -> bytes:
    """graph.html beside the data; else the page rendered from the graph loaded back."""
    beside = data.with_name("graph.html")
    if beside.is_file():
        return beside.read_bytes()
    from kg.html import render_page
    from kg.load import LoadError, load_graph

    try:
        return render_page(load_graph(data)).encode("utf-8")
    except LoadError as error:
        raise ServeError(str(error)) from error


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
        if not self.server.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib naming)
        self._send(Reply(HTTPStatus.NO_CONTENT, b""))

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(Reply(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8"))
        elif url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if not params:
                self._send(self._service_description())
            else:
                self._send(self._protocol(params))
        else:
            self._send(Reply(HTTPStatus.NOT_FOUND, b"not found: the page is at / and SPARQL at /sparql\n"))

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(Reply(HTTPStatus.NOT_FOUND, b"not found: POST queries to /sparql\n"))
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._send(Reply(HTTPStatus.LENGTH_REQUIRED, b"a POST needs a Content-Length\n"))
            return
        if int(length) > MAX_BODY:
            self._send(Reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"query longer than {MAX_BODY} bytes\n".encode()))
            return
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif kind == "application/sparql-update":
            params.setdefault("update", []).append(body)
        else:
            self._send(
                Reply(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    b"POST application/sparql-query or application/x-www-form-urlencoded (query=...)\n",
                )
            )
            return
        self._send(self._protocol(params))

    def _protocol(self, params: dict[str, list[str]]) -> Reply:
        if "update" in params:
            return Reply(HTTPStatus.FORBIDDEN, b"this endpoint is read-only: SPARQL updates are refused\n")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return Reply(HTTPStatus.BAD_REQUEST, b"dataset selection (default-graph-uri, named-graph-uri) is not supported\n")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return Reply(HTTPStatus.BAD_REQUEST, b"give exactly one non-empty query parameter\n")
        return self.server.run_limited(queries[0], self.headers.get("Accept") or "*/*")

    def _service_description(self) -> Reply:
        host = self.headers.get("Host") or self.server.url.removeprefix("http://")
        formats = " , ".join(
            f"<http://www.w3.org/ns/formats/{name}>"
            for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML")
        )
        text = (
            "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\n"
            f"[] a sd:Service ;\n    sd:endpoint <http://{host}/sparql> ;\n"
            "    sd:supportedLanguage sd:SPARQL11Query ;\n"
            f"    sd:resultFormat {formats} ;\n"
            "    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n"
        )
        return Reply(HTTPStatus.OK, text.encode(), "text/turtle; charset=utf-8")

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in _CORS.items():
            self.send_header(name, value)
        if reply.status != HTTPStatus.NO_CONTENT:
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if reply.status != HTTPStatus.NO_CONTENT and self.command != "HEAD":
            self.wfile.write(reply.body)


def _evaluate(store: ox.Store, query: str, accept: str) -> Reply:
    """Run the query and serialise it in the best format the Accept header allows (in a worker)."""
    try:
        results = store.query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        return Reply(HTTPStatus.BAD_REQUEST, f"invalid SPARQL query: {error}\n".encode())
    except (OSError, ValueError) as error:
        return Reply(HTTPStatus.BAD_REQUEST, f"query failed: {error}\n".encode())
    graph = isinstance(results, ox.QueryTriples)
    choices = _GRAPH_FORMATS if graph else _SOLUTION_FORMATS
    media = _negotiate(accept, list(choices), default="text/turtle" if graph else "application/sparql-results+json")
    if media is None:
        offered = ", ".join(choices)
        return Reply(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept}; offered: {offered}\n".encode())
    if isinstance(results, ox.QueryTriples):
        body = results.serialize(format=_GRAPH_FORMATS[media])
    else:
        body = results.serialize(format=_SOLUTION_FORMATS[media])
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return Reply(HTTPStatus.OK, body or b"", media + charset)  # None only when given a file


def _negotiate(accept: str, offered: list[str], default: str) -> str | None:
    """The offered media type with the highest q in the Accept header (first offered wins ties)."""
    best: tuple[float, int] | None = None
    choice = None
    for index, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        q = 1.0
        candidate: str | None
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in ("*/*", "") or (media.endswith("/*") and default.startswith(media[:-1])):
            candidate = default
        elif media.endswith("/*"):
            candidate = next((o for o in offered if o.startswith(media[:-1])), None)
        else:
            candidate = media if media in offered else None
        if candidate and (best is None or (q, -index) > best):
            best, choice = (q, -index), candidate
    return choice
