"""The SPARQL endpoint over real HTTP: a server subprocess on a loopback port.

Protocol cases follow the W3C SPARQL 1.1 Protocol tests (rdf-tests, sparql11/protocol); the
named graphs they query are in tests/data/server/fixture.trig.
"""

import csv
import gzip
import io
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from kg_testing import canary

from server.process import ServerProcess

DATA = Path(__file__).parent / "data" / "server"
TIMEOUT = 1.5
TOKEN = "s3cret-token"
ORIGIN = "https://app.example"
D1, D2, D3 = (f"http://example.org/data{i}.rdf" for i in (1, 2, 3))
SPARQL_QUERY = {"Content-Type": "application/sparql-query"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def server():
    proc = ServerProcess.ours(
        "--data",
        str(DATA / "fixture.trig"),
        str(DATA / "numbers.ttl"),
        "--timeout",
        str(TIMEOUT),
        "--workers",
        "2",
        "--max-rows",
        "50",
        "--cors-origins",
        ORIGIN,
        "--enable-update",
        env={"KG_UPDATE_TOKEN": TOKEN},
    )
    with proc:
        yield proc


@pytest.fixture(scope="module")
def endpoint(server):
    return server.url + "/sparql"


def get(endpoint, query, **kwargs):
    return requests.get(endpoint, params={"query": query, **kwargs.pop("params", {})}, **kwargs)


def values(content, fmt, var):
    """The values of ``var`` in a result document (CSV via the csv module: it is lossy)."""
    if fmt == ox.QueryResultsFormat.CSV:
        return [row[var] for row in csv.DictReader(io.StringIO(content.decode(), newline=""))]
    return [sol[var].value for sol in ox.parse_query_results(content, fmt)]


def error_of(response):
    assert response.headers["Content-Type"].startswith("application/json"), response.text
    body = response.json()
    assert body["status"] == response.status_code
    return body["error"]


# --- W3C protocol: positive cases -------------------------------------------------------------


def test_query_get(endpoint):
    r = get(endpoint, "ASK {}")
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_query_post_form(endpoint):
    r = requests.post(endpoint, data={"query": "ASK {}"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_query_post_direct(endpoint):
    r = requests.post(endpoint, data=b"ASK {}", headers=SPARQL_QUERY)
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_query_dataset_default_graphs_get(endpoint):
    query = f"ASK {{ <{D1}> ?p ?o . <{D2}> ?p ?o }}"
    r = get(endpoint, query, params={"default-graph-uri": [D1, D2]})
    assert r.json()["boolean"] is True


def test_query_dataset_default_graphs_post(endpoint):
    query = f"ASK {{ <{D1}> ?p ?o . <{D2}> ?p ?o }}"
    r = requests.post(endpoint, data={"query": query, "default-graph-uri": [D1, D2]})
    assert r.json()["boolean"] is True


def test_query_dataset_named_graphs_post(endpoint):
    r = requests.post(
        endpoint,
        params={"named-graph-uri": [D1, D2]},
        data=b"SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }",
        headers=SPARQL_QUERY,
    )
    graphs = {b["g"]["value"] for b in r.json()["results"]["bindings"]}
    assert graphs == {D1, D2}


def test_query_dataset_named_graphs_get(endpoint):
    r = get(
        endpoint, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", params={"named-graph-uri": [D2]}
    )
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [D2]


def test_query_dataset_full(endpoint):
    r = requests.post(
        endpoint,
        params={"default-graph-uri": D3, "named-graph-uri": [D1, D2]},
        data=b"SELECT DISTINCT ?g ?x ?s { ?x ?y ?o  GRAPH ?g { ?s ?p ?o2 } }",
        headers=SPARQL_QUERY,
    )
    rows = r.json()["results"]["bindings"]
    assert {(b["x"]["value"], b["g"]["value"]) for b in rows} == {(D3, D1), (D3, D2)}


def test_query_multiple_dataset_protocol_wins(endpoint):
    # The protocol's dataset replaces the query's FROM; relative IRIs resolve against the endpoint.
    r = requests.post(
        endpoint,
        params={"default-graph-uri": D2},
        data=f"ASK FROM <{D1}> {{ <{D2}> ?p ?o }}".encode(),
        headers=SPARQL_QUERY,
    )
    assert r.json()["boolean"] is True


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT (1 AS ?value) {}", "application/sparql-results+json"),
        ("ASK {}", "application/sparql-results+json"),
        ("DESCRIBE <http://example.org/>", "text/turtle"),
        ("CONSTRUCT { <s> <p> 1 } WHERE {}", "text/turtle"),
    ],
)
def test_query_content_type(endpoint, query, expected):
    r = requests.post(endpoint, data=query.encode(), headers=SPARQL_QUERY)
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == expected


# --- W3C protocol: negative cases -------------------------------------------------------------


def test_bad_query_method(endpoint):
    r = requests.put(endpoint, params={"query": "ASK {}"})
    assert r.status_code == 405 and "POST" in r.headers["Allow"]


def test_bad_multiple_queries(endpoint):
    r = requests.get(endpoint, params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert r.status_code == 400 and "more than one query" in error_of(r)


def test_bad_query_wrong_media_type(endpoint):
    r = requests.post(endpoint, data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


@pytest.mark.parametrize("body", [b"query=ASK%20%7B%7D", b"ASK {}"])
def test_bad_query_missing_type(endpoint, body):
    # requests adds no Content-Type for a bytes body.
    r = requests.post(endpoint, data=body)
    assert r.status_code == 415


def test_bad_query_non_utf8(endpoint):
    r = requests.post(
        endpoint,
        data="ASK {}".encode("utf-16"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
    )
    assert r.status_code == 415


def test_bad_query_syntax_reports_parser_message_and_position(endpoint):
    r = get(endpoint, "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o > ) }")
    assert r.status_code == 400
    assert error_of(r).startswith("line 3, column ")


def test_bad_update_get(endpoint):
    r = requests.get(endpoint, params={"update": "CLEAR ALL"})
    assert r.status_code == 405


def test_bad_multiple_updates(endpoint):
    r = requests.post(
        endpoint,
        data=[("update", "CLEAR NAMED"), ("update", "CLEAR DEFAULT")],
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 400


def test_browser_gets_an_html_error(endpoint):
    # (A GET from a browser opens the query page instead: see test_pages_http.)
    r = requests.post(endpoint, data={"query": "ASK {"}, headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.status_code == 400 and r.headers["Content-Type"].startswith("text/html")
    assert "line 1, column 6" in r.text


def test_unknown_route_is_json_404(server):
    r = requests.get(server.url + "/nope")
    assert r.status_code == 404 and error_of(r)


# --- content negotiation ----------------------------------------------------------------------

SELECT = "SELECT ?d ?label { ?d rdfs:label ?label } ORDER BY ?d"


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            ox.QueryResultsFormat.JSON,
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            ox.QueryResultsFormat.XML,
        ),
        ("text/csv", "text/csv", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        (
            "text/csv;q=0.2, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
            ox.QueryResultsFormat.XML,
        ),
        ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ],
)
def test_select_formats_by_accept(endpoint, accept, media, fmt):
    r = get(endpoint, SELECT, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == media
    labels = sorted(values(r.content, fmt, "label"))
    assert "multiple sclerosis" in labels
    assert r.headers["X-Result-Rows"] == str(len(labels))


def test_select_literal_with_tab_newline_quotes_round_trips(endpoint):
    query = "SELECT ?t { statement:s2 hkg:text ?t }"
    for fmt, qrf in [
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("csv", ox.QueryResultsFormat.CSV),
        ("tsv", ox.QueryResultsFormat.TSV),
    ]:
        r = get(endpoint, query, params={"format": fmt})
        [text] = values(r.content, qrf, "t")
        assert '\twith\nline breaks, "quotes" & <tags>.' in text, fmt


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        (
            "application/n-triples;q=0.5, application/rdf+xml;q=0.6",
            "application/rdf+xml",
            ox.RdfFormat.RDF_XML,
        ),
    ],
)
def test_construct_formats_by_accept(endpoint, accept, media, fmt):
    r = get(
        endpoint,
        "CONSTRUCT WHERE { ?c a hkg:RecommendationClaim ; hkg:condition ?d }",
        headers={"Accept": accept},
    )
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == media
    assert len(list(ox.parse(r.content, fmt))) == 4


@pytest.mark.parametrize(
    ("query", "fmt", "media"),
    [
        ("ASK {}", "xml", "application/sparql-results+xml"),
        (SELECT, "tsv", "text/tab-separated-values"),
        ("DESCRIBE disease:multiple-sclerosis", "nt", "application/n-triples"),
        ("DESCRIBE disease:multiple-sclerosis", "application/ld+json", "application/ld+json"),
    ],
)
def test_format_parameter_overrides_accept(endpoint, query, fmt, media):
    r = get(endpoint, query, params={"format": fmt}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == media


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        ("ASK {}", "text/turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv"),
        (SELECT, "image/png"),
    ],
)
def test_not_acceptable_lists_types(endpoint, query, accept):
    r = get(endpoint, query, headers={"Accept": accept})
    assert r.status_code == 406
    message = error_of(r)
    assert ("text/turtle" in message) != ("application/sparql-results+json" in message)


def test_gzip_when_asked(endpoint):
    query = "SELECT * { ?s ?p ?o } LIMIT 50"
    raw = requests.get(
        endpoint, params={"query": query}, headers={"Accept-Encoding": "gzip"}, stream=True
    )
    assert raw.headers["Content-Encoding"] == "gzip"
    body = gzip.decompress(raw.raw.read())
    assert len(json.loads(body)["results"]["bindings"]) == 50
    plain = requests.get(endpoint, params={"query": query}, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers and plain.content == body


def test_cors_allowed_origin(endpoint):
    r = get(endpoint, "ASK {}", headers={"Origin": ORIGIN})
    assert r.headers["Access-Control-Allow-Origin"] == ORIGIN
    pre = requests.options(
        endpoint,
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert pre.status_code == 204
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in pre.headers["Access-Control-Allow-Headers"]


def test_cors_other_origin_gets_no_grant(endpoint):
    r = get(endpoint, "ASK {}", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_cors_headers_on_errors_too(endpoint):
    r = get(endpoint, "ASK {", headers={"Origin": ORIGIN})
    assert r.status_code == 400 and r.headers["Access-Control-Allow-Origin"] == ORIGIN


# --- descriptions -----------------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        (None, ox.RdfFormat.TURTLE),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_service_description(endpoint, accept, fmt):
    r = requests.get(endpoint, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    store = ox.Store()
    store.load(r.content, fmt)
    svc = ox.NamedNode(endpoint)
    assert bool(
        store.query(f"ASK {{ <{endpoint}> a <{SD}Service> ; <{SD}endpoint> <{endpoint}> }}")
    )
    values = {(q.predicate.value, q.object.value) for q in store.quads_for_pattern(svc, None, None)}
    assert (SD + "supportedLanguage", SD + "SPARQL11Query") in values
    assert (SD + "resultFormat", "http://www.w3.org/ns/formats/SPARQL_Results_CSV") in values
    assert (SD + "supportedLanguage", SD + "SPARQL11Update") in values  # enabled on this server
    named = store.query(f"SELECT ?g {{ ?d <{SD}namedGraph>/<{SD}name> ?g }}")
    assert {s["g"].value for s in named} == {D1, D2, D3}


def test_void_description_counts_the_dataset(server, endpoint):
    sd = ox.Store()
    sd.load(requests.get(endpoint).content, ox.RdfFormat.TURTLE)
    [link] = list(
        sd.quads_for_pattern(
            ox.NamedNode(endpoint),
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
            None,
        )
    )
    r = requests.get(link.object.value, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    void = ox.Store()
    void.load(r.content, ox.RdfFormat.N_TRIPLES)
    row = next(
        void.query(
            f"SELECT ?t ?s ?e {{ ?d a <{VOID}Dataset> ; <{VOID}triples> ?t ; "
            f"<{VOID}distinctSubjects> ?s ; <{VOID}sparqlEndpoint> ?e }}"
        )
    )
    expected = len(ox.Store()) + 0
    data = ox.Store()
    data.load(path=str(DATA / "fixture.trig"), format=ox.RdfFormat.TRIG)
    data.load(path=str(DATA / "numbers.ttl"), format=ox.RdfFormat.TURTLE)
    expected = len(data)
    assert int(row["t"].value) == expected
    assert int(row["s"].value) > 0 and row["e"].value == endpoint
    classes = {
        s["c"].value
        for s in void.query(f"SELECT ?c {{ ?d <{VOID}classPartition>/<{VOID}class> ?c }}")
    }
    assert "https://w3id.org/hsct-kg/ontology#RecommendationClaim" in classes


# --- safety -----------------------------------------------------------------------------------

CARTESIAN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def test_pathological_query_is_stopped_and_the_server_keeps_answering(server, endpoint):
    started = time.monotonic()
    r = get(endpoint, CARTESIAN)
    elapsed = time.monotonic() - started
    assert r.status_code == 503
    assert "stopped" in error_of(r)
    assert elapsed < TIMEOUT + 5
    started = time.monotonic()
    quick = get(endpoint, "ASK {}", timeout=5)
    assert quick.status_code == 200 and time.monotonic() - started < 1.0
    if os.path.isdir("/proc"):
        # The work is really gone: the server's processes stay idle afterwards.
        pids = [server.proc.pid, *_descendants(server.proc.pid)]
        before = _cpu_seconds(pids)
        time.sleep(1.0)
        assert _cpu_seconds(pids) - before < 0.5


def test_other_clients_are_served_while_a_query_runs_away(endpoint):
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(get, endpoint, CARTESIAN)
        time.sleep(0.2)
        started = time.monotonic()
        quick = get(endpoint, "ASK {}", timeout=5)
        assert quick.status_code == 200 and time.monotonic() - started < 1.0
        assert slow.result().status_code == 503


def test_two_megabyte_query_is_413(endpoint):
    query = "ASK {}" + " " * (2 * 1024 * 1024)
    r = requests.post(endpoint, data=query.encode(), headers=SPARQL_QUERY)
    assert r.status_code == 413
    r = requests.post(endpoint, data={"query": query})
    assert r.status_code == 413


def test_row_limit_is_signalled(endpoint):
    r = get(endpoint, "SELECT * { ?s ?p ?o }")
    assert r.status_code == 422 and "more than 50 rows" in error_of(r)
    r = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert r.status_code == 422
    r = get(endpoint, "SELECT * { ?s ?p ?o } LIMIT 50")
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 50


def test_concurrent_clients(endpoint):
    queries = [
        (
            "ASK { intervention:ahsct hkg:recommendedFor disease:multiple-sclerosis }",
            lambda d: d["boolean"] is True,
        ),
        (
            "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/next> ?o }",
            lambda d: d["results"]["bindings"][0]["n"]["value"] == "60",
        ),
        (
            "SELECT ?l { disease:systemic-sclerosis rdfs:label ?l }",
            lambda d: d["results"]["bindings"][0]["l"]["value"] == "systemic sclerosis",
        ),
    ]

    def client(i):
        ok = 0
        with requests.Session() as session:
            for j in range(25):
                query, check = queries[(i + j) % len(queries)]
                r = session.get(endpoint, params={"query": query}, timeout=30)
                ok += r.status_code == 200 and check(r.json())
        return ok

    with ThreadPoolExecutor(32) as pool:
        assert sum(pool.map(client, range(32))) == 32 * 25


@pytest.fixture
def listener():
    """A TCP listener on a free loopback port that records every connection made to it."""
    with canary() as listening:
        yield listening


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX r: <{base}> SELECT * {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        "SELECT * {{ BIND(<{url}> AS ?ep) SERVICE ?ep {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused_without_connecting(endpoint, listener, template):
    url, seen = listener
    query = template.format(url=url, base=url.rsplit("/", 1)[0] + "/")
    r = get(endpoint, query)
    assert r.status_code == 403 and "SERVICE" in error_of(r)
    time.sleep(0.3)
    assert seen == []


def test_remote_from_is_never_fetched(endpoint, listener):
    url, seen = listener
    r = get(endpoint, f"SELECT * FROM <{url}> FROM NAMED <{url}#g> {{ ?s ?p ?o }}")
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    r = get(endpoint, "ASK { ?s ?p ?o }", params={"default-graph-uri": url})
    assert r.status_code == 200 and r.json()["boolean"] is False
    time.sleep(0.3)
    assert seen == []


def test_literal_mentioning_service_is_not_refused(endpoint):
    r = get(endpoint, "SELECT ?s { ?s hkg:text ?t FILTER(CONTAINS(?t, 'SERVICE')) }")
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 1


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 403),
        ({"Authorization": "Basic czNjcmV0"}, 401),
    ],
)
def test_update_without_or_with_wrong_token_is_refused(endpoint, headers, status):
    before = get(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").json()
    r = requests.post(
        endpoint,
        data=b"INSERT DATA { <http://a> <http://b> <http://c> }",
        headers={"Content-Type": "application/sparql-update", **headers},
    )
    assert r.status_code == status
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    after = get(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").json()
    assert after == before


AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPDATE_TEST_GRAPH = "http://example.org/protocol-update-dataset-test/"


def count_all(endpoint):
    return get(
        endpoint, "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    ).json()


@pytest.mark.parametrize(
    ("data", "headers", "status"),
    [
        # bad_update_wrong_media_type
        (b"CLEAR NAMED", {"Content-Type": "text/plain"}, 415),
        # bad_update_missing_form_type
        (b"update=CLEAR%20NAMED", {}, 415),
        # bad_update_non_utf8
        (
            "CLEAR NAMED".encode("utf-16"),
            {"Content-Type": "application/sparql-update; charset=UTF-16"},
            415,
        ),
        # bad_update_syntax
        (b"update=CLEAR%20XYZ", FORM, 400),
        # bad_update_dataset_conflict: a dataset both as parameters and as USING in the update
        (
            (
                b"using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople&update="
                b"PREFIX%20foaf%3A%20%3Chttp%3A%2F%2Fxmlns.com%2Ffoaf%2F0.1%2F%3E%0A"
                b"WITH%20%3Chttp%3A%2F%2Fexample%2Faddresses%3E%0A"
                b"DELETE%20%7B%20%3Fperson%20foaf%3AgivenName%20'Bill'%20%7D%0A"
                b"INSERT%20%7B%20%3Fperson%20foaf%3AgivenName%20'William'%20%7D%0A"
                b"USING%20NAMED%20%3Chttp%3A%2F%2Fexample%2Fpeople%3E%0A"
                b"WHERE%20%7B%20%3Fperson%20foaf%3AgivenName%20'Bill'%20%7D"
            ),
            FORM,
            400,
        ),
    ],
    ids=["wrong_media_type", "missing_form_type", "non_utf8", "syntax", "dataset_conflict"],
)
def test_bad_update(endpoint, data, headers, status):
    before = count_all(endpoint)
    r = requests.post(endpoint, data=data, headers={**AUTH, **headers})
    assert r.status_code == status, r.text
    assert error_of(r)
    assert count_all(endpoint) == before


def test_update_syntax_error_has_its_position(endpoint):
    r = requests.post(
        endpoint, data={"update": "INSERT DATA {\n <http://a> <http://b> }"}, headers=AUTH
    )
    assert r.status_code == 400 and error_of(r).startswith("line 2, column ")


@pytest.mark.parametrize("direct", [False, True], ids=["post_form", "post_direct"])
def test_update_dataset_default_graph_and_queries_see_it(endpoint, direct):
    # update_dataset_default_graph, writing to its own graph so the other tests' data stays.
    update = (
        f"INSERT {{ GRAPH <{UPDATE_TEST_GRAPH}> {{ ?s a <http://purl.org/dc/terms/BibliographicResource> }} }}"
        " WHERE { ?s a foaf:Document }"
    )
    params = {"using-graph-uri": D1}
    if direct:
        r = requests.post(
            endpoint,
            params=params,
            data=update.encode(),
            headers={**AUTH, "Content-Type": "application/sparql-update"},
        )
    else:
        r = requests.post(endpoint, data={"update": update, **params}, headers=AUTH)
    assert r.status_code == 204, r.text
    # Asked of every query worker: each must see the committed update.
    for _ in range(4):
        rows = get(endpoint, f"SELECT ?s {{ GRAPH <{UPDATE_TEST_GRAPH}> {{ ?s ?p ?o }} }}").json()
        assert [b["s"]["value"] for b in rows["results"]["bindings"]] == [D1]
    r = requests.post(endpoint, data={"update": f"DROP GRAPH <{UPDATE_TEST_GRAPH}>"}, headers=AUTH)
    assert r.status_code == 204
    assert (
        get(endpoint, f"ASK {{ GRAPH <{UPDATE_TEST_GRAPH}> {{ ?s ?p ?o }} }}").json()["boolean"]
        is False
    )


def test_graph_store_over_http(server):
    store = server.url + "/store"
    graph = {"graph": "http://example.org/gsp-http"}
    ttl = {**AUTH, "Content-Type": "text/turtle"}
    r = requests.put(store, params=graph, data=b"<http://e/s> <http://e/p> 'x' .", headers=ttl)
    assert r.status_code == 201
    r = requests.get(store, params=graph, headers=AUTH)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    assert b"<http://e/s>" in r.content
    assert requests.head(store, params=graph, headers=AUTH).status_code == 200
    assert requests.delete(store, params=graph, headers=AUTH).status_code == 204
    assert requests.get(store, params=graph, headers=AUTH).status_code == 404
    assert requests.get(store, params=graph).status_code == 401


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("SELECT * { ?s zz:p ?o }", "undeclared prefix 'zz:'"),
        ("", "the query is empty"),
        ("   # nothing\n", "the query is empty"),
        ("INSERT DATA { <http://a> <http://b> 1 }", "this is an update (INSERT), not a query"),
        ("SELECT * WHERE { ?s ?p ?o } LIMT 3", "expected one of HAVING"),
    ],
)
def test_cli_and_server_word_a_syntax_error_alike(endpoint, query, words):
    r = requests.post(endpoint, data={"query": query})
    assert r.status_code == 400
    served = error_of(r)
    assert words in served and "[" not in served.splitlines()[0]
    cli = subprocess.run(
        [sys.executable, "-m", "kg", "query", "-", "--format", "json"],
        input=query,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert cli.returncode == 2
    assert served.splitlines()[0] in cli.stderr


EVERY_TERM = (
    "SELECT ?iri ?t ?n ?s ?l ?b { BIND(<http://example.org/a> AS ?iri) "
    'BIND(<<( <http://a> <http://b> "x"@en )>> AS ?t) BIND(1.5 AS ?n) BIND("a,\\"b\\"" AS ?s) '
    'BIND("chat"@fr AS ?l) BIND(BNODE() AS ?b) }'
)


@pytest.mark.parametrize(
    ("fmt", "media", "parser"),
    [
        ("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("csv", "text/csv", None),
    ],
)
def test_cli_and_server_write_every_term_alike(endpoint, fmt, media, parser):
    served = get(endpoint, EVERY_TERM, headers={"Accept": media})
    assert served.status_code == 200
    cli = subprocess.run(
        [sys.executable, "-m", "kg", "query", "-", "--format", fmt],
        input=EVERY_TERM,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr

    def rows(content: bytes):
        if parser is None:
            # CSV is lossy by design and has no parser; the text must be equal, blank nodes aside.
            table = list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))
            return table[0], [[c if not c.startswith("_:") else None for c in r] for r in table[1:]]
        answer = ox.parse_query_results(content, format=parser)
        variables = [v.value for v in answer.variables]
        # Blank node labels are the writer's own; everything else must be equal.
        return variables, [
            [None if isinstance(t, ox.BlankNode) else str(t) for t in sol] for sol in answer
        ]

    assert rows(cli.stdout.encode()) == rows(served.content)
