"""Linked-data pages over real HTTP: every route and content type, 404, 400, 406, dumps, the
ontology at its IRI (and loaded from its URL by the OWL API, as Protégé's "Open from URL" does),
security headers, and escaping of hostile labels."""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from kg_testing import kg_serve

HERE = Path(__file__).parent
HOSTILE = HERE / "data" / "pages" / "hostile.ttl"
BASE = "https://w3id.org/hsct-kg/"
MS = BASE + "resource/disease/multiple-sclerosis"
AHSCT = BASE + "resource/intervention/ahsct"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# What Protégé (OWL API) sends when it opens an ontology from a URL.
OWL_API = (
    "application/rdf+xml, application/xml; q=0.7, text/xml; q=0.6, text/plain; q=0.1, */*; q=0.09"
)
RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


@pytest.fixture(scope="module")
def hostile():
    with kg_serve("--data", str(HOSTILE)) as running:
        yield running


def get(server, path, accept=BROWSER, **kw):
    return requests.get(
        server.url + path, headers={"Accept": accept, **kw.pop("headers", {})}, **kw
    )


def media(response) -> str:
    return response.headers["Content-Type"].split(";")[0]


def parse(response) -> list[ox.Triple]:
    fmt = RDF_TYPES[media(response)]
    return [q.triple for q in ox.parse(response.content, format=fmt, base_iri=BASE)]


class Links(HTMLParser):
    """Collect hrefs and srcs of a page."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append((tag, name, value))


def links_of(html: str) -> list[tuple[str, str, str]]:
    parser = Links()
    parser.feed(html)
    return parser.links


# ---------------------------------------------------------------- home, query, search


def test_home_page_shows_counts_examples_and_links(server):
    r = get(server, "/")
    assert r.status_code == 200 and media(r) == "text/html"
    page = r.text
    assert re.search(r"<strong>\d+</strong> claims", page)
    for what in ("diseases", "interventions", "outcomes", "source document", "source statements"):
        assert re.search(rf"<strong>[1-9]\d*</strong> {what}", page), what
    assert "recommendation claim" in page and "Claims by kind" in page
    hrefs = {value for _, _, value in links_of(page)}
    for target in (
        "/ontology",
        "/dumps/hsct-kg.ttl",
        "/dumps/hsct-kg.nt",
        "/dumps/hsct-kg.jsonld",
        "/dumps/hsct-kg.ttl.gz",
        "/.well-known/void",
        "/sparql",
        "/query?example=example-01-bodies-recommending-ahsct-for-ms&run=1",
    ):
        assert target in hrefs, target
    # Every link the page follows resolves here (nothing is fetched from outside).
    for tag, attr, value in links_of(page):
        if tag in ("link", "script") or attr == "src":
            assert value.startswith("/"), value
    for value in hrefs:
        if value.startswith("/"):
            assert get(server, value, accept="*/*").status_code == 200, value


def test_query_page_has_prefixes_and_examples(server):
    r = get(server, "/query")
    assert r.status_code == 200
    assert "PREFIX hkg: &lt;https://w3id.org/hsct-kg/ontology#&gt;" in r.text
    assert "PREFIX disease: &lt;https://w3id.org/hsct-kg/resource/disease/&gt;" in r.text
    data = re.search(r'<script type="application/json" id="examples-data">(.*?)</script>', r.text)
    examples = json.loads(data.group(1))
    assert len(examples) >= 5
    assert all(e["query"].startswith("# ") for e in examples)
    assert '<script src="/static/query.js">' in r.text
    one = get(server, "/query?example=example-05-uncited-statements&run=1")
    assert "Which statements carry no citation?" in one.text and 'data-autorun="1"' in one.text
    assert get(server, "/query?example=nope").status_code == 404


def test_examples_are_competency_questions():
    """The examples offered on the home page are the tested competency questions, verbatim."""
    from importlib import resources

    folder = resources.files("kg").joinpath("queries")
    examples = [e for e in folder.iterdir() if e.name.startswith("example-")]
    assert examples
    for example in examples:
        twin = HERE / "competency" / example.name[len("example-") :]
        assert twin.is_file(), example.name
        assert example.read_text(encoding="utf-8") == twin.read_text(encoding="utf-8")


def test_label_search(server):
    r = get(server, "/search", params={"q": "SCLEROSIS"})
    assert r.status_code == 200
    assert f'href="{server.url}/resource/disease/multiple-sclerosis"' in r.text
    assert "systemic sclerosis" in r.text
    # An abbreviation finds its resource too.
    assert "/resource/intervention/ahsct" in get(server, "/search", params={"q": "AHSCT"}).text
    assert get(server, "/search", params={"q": "x" * 201}).status_code == 400


# ---------------------------------------------------------------- resources


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (BROWSER, "text/html"),
        ("*/*", "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_resource_by_accept(server, accept, expected):
    r = get(server, "/resource/disease/multiple-sclerosis", accept=accept)
    assert r.status_code == 200
    assert media(r) == expected
    assert "Accept" in r.headers["Vary"]
    if expected != "text/html":
        triples = parse(r)
        label = ox.Triple(
            ox.NamedNode(MS),
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
            ox.Literal("multiple sclerosis"),
        )
        assert label in triples
        # The verified mappings come with where they were verified.
        sources = [t for t in triples if t.predicate.value == "http://purl.org/dc/terms/source"]
        assert len(sources) == 5


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        (".ttl", "text/turtle"),
        (".jsonld", "application/ld+json"),
        (".nt", "application/n-triples"),
        (".rdf", "application/rdf+xml"),
    ],
)
def test_resource_by_suffix(server, suffix, expected):
    r = get(server, "/resource/intervention/ahsct" + suffix)
    assert r.status_code == 200 and media(r) == expected
    subjects = {t.subject for t in parse(r)}
    assert ox.NamedNode(AHSCT) in subjects


def test_describe_any_iri_and_its_formats(server):
    r = get(server, "/describe", params={"iri": "http://www.w3.org/ns/prov#Entity"})
    assert r.status_code == 200 and "source statement" in r.text
    r = get(
        server, "/describe", params={"iri": "http://www.w3.org/ns/prov#Entity", "format": "ttl"}
    )
    assert media(r) == "text/turtle"
    assert get(server, "/describe", params={"iri": "not an iri"}).status_code == 400
    assert get(server, "/describe", params={"iri": "relative/path"}).status_code == 400
    assert get(server, "/describe").status_code == 400
    r = get(server, "/describe", params={"iri": "http://example.org/unknown"})
    assert r.status_code == 404


def test_unknown_iri_is_a_helpful_404(server):
    r = get(server, "/resource/disease/no-such-disease")
    assert r.status_code == 404 and media(r) == "text/html"
    assert "https://w3id.org/hsct-kg/resource/disease/no-such-disease" in r.text
    assert 'name="q" value="no such disease"' in r.text
    for accept in ("text/turtle", "application/ld+json"):
        r = get(server, "/resource/disease/no-such-disease", accept=accept)
        assert r.status_code == 404
        assert "nothing is known" in r.json()["error"]
    assert get(server, "/resource/disease/no-such-disease.ttl").status_code == 404


def test_unacceptable_media_type_is_406(server):
    r = get(server, "/resource/disease/multiple-sclerosis", accept="image/png")
    assert r.status_code == 406
    assert "text/turtle" in r.json()["error"]
    assert get(server, "/ontology", accept="image/png").status_code == 406


def test_disease_page_lists_claims_with_provenance(server):
    r = get(server, "/resource/disease/multiple-sclerosis")
    page = r.text
    assert "<h1>multiple sclerosis</h1>" in page
    assert "A chronic immune-mediated demyelinating disease of the central nervous system." in page
    # Cross-references link to their registries.
    for url, shown in (
        ("http://purl.obolibrary.org/obo/MONDO_0005301", "MONDO:0005301"),
        ("http://purl.obolibrary.org/obo/DOID_2377", "DOID:2377"),
        ("http://purl.obolibrary.org/obo/NCIT_C3243", "NCIT:C3243"),
        ("http://id.nlm.nih.gov/mesh/D009103", "MeSH:D009103"),
        ("http://snomed.info/id/24700007", "SNOMEDCT:24700007"),
    ):
        assert f'<a href="{url}" rel="nofollow">{shown}</a>' in page
    # Claims grouped by kind, with wording, bodies, references and the exact sentence.
    assert re.search(
        r"<h3><a [^>]*>recommendation claim</a> <span class=\"muted\">\(1\)</span>", page
    )
    assert "efficacy claim" in page
    assert "“has been recommended”" in page
    assert "European Committee for Treatment and Research in Multiple Sclerosis" in page
    assert "reference 1 of the AHSCT evidence summary" in page
    assert (
        "The use of autologous haematopoietic stem cell transplantation (AHSCT) has been "
        "recommended for the treatment of multiple sclerosis" in page
    )
    # Claims about a subclass (relapsing-remitting MS) are included.
    assert "relapsing-remitting multiple sclerosis" in page
    # The source statement is linked in its document, and the anchor exists there.
    anchor = f"{server.url}/resource/source/ahsct-evidence-summary#s-ahsct-evidence-summary-02"
    assert f'href="{anchor}"' in page
    doc = get(server, "/resource/source/ahsct-evidence-summary").text
    assert 'id="s-ahsct-evidence-summary-02"' in doc
    # Every property and every incoming link.
    assert "Properties" in page and "Links to here" in page
    assert f'href="{server.url}/resource/disease/relapsing-remitting-multiple-sclerosis"' in page


def test_intervention_page_has_an_evidence_map(server):
    page = get(server, "/resource/intervention/ahsct").text
    svg = re.search(r"<svg[^>]*class=\"evidence-map wide\".*?</svg>", page, re.DOTALL)
    assert svg, "the intervention page draws its evidence map"
    weights = [int(w) for w in re.findall(r'data-weight="(\d+)"', svg.group(0))]
    assert weights and max(weights) >= 2, "edges are weighted by supporting statements"
    assert "stroke-dasharray" in svg.group(0)
    assert "Interventions" in svg.group(0) and "Diseases" in svg.group(0)
    alone = get(server, "/evidence-map.svg", params={"iri": AHSCT})
    assert alone.status_code == 200 and media(alone) == "image/svg+xml"
    assert alone.text.startswith("<?xml")
    assert get(server, "/evidence-map.svg", params={"iri": "::"}).status_code == 400
    no_claims = BASE + "resource/organisation/ebmt"
    assert get(server, "/evidence-map.svg", params={"iri": no_claims}).status_code == 404


# ---------------------------------------------------------------- ontology


@pytest.mark.parametrize(
    ("path", "accept", "expected"),
    [
        ("/ontology", OWL_API, "application/rdf+xml"),
        ("/ontology", "application/rdf+xml", "application/rdf+xml"),
        ("/ontology", "text/turtle", "text/turtle"),
        ("/ontology", "application/ld+json", "application/ld+json"),
        ("/ontology", BROWSER, "text/html"),
        ("/ontology.owl", BROWSER, "application/rdf+xml"),
        ("/ontology.ttl", BROWSER, "text/turtle"),
        ("/ontology.jsonld", BROWSER, "application/ld+json"),
        ("/ontology/0.1.0", OWL_API, "application/rdf+xml"),
        ("/ontology/imports/external-terms", "text/turtle", "text/turtle"),
    ],
)
def test_ontology_at_its_iri(server, path, accept, expected):
    r = get(server, path, accept=accept)
    assert r.status_code == 200
    assert media(r) == expected
    if expected == "text/html":
        return
    triples = parse(r)
    onto = ox.NamedNode(BASE + "ontology")
    owl = "http://www.w3.org/2002/07/owl#"
    assert (
        ox.Triple(
            onto,
            ox.NamedNode(ox.NamedNode(owl + "versionIRI").value),
            ox.NamedNode(BASE + "ontology/0.1.0"),
        )
        in triples
    )
    # Self-contained: no owl:imports (Protégé needs no network), no data, no shortcut triples.
    predicates = {t.predicate.value for t in triples}
    assert owl + "imports" not in predicates
    assert "https://w3id.org/hsct-kg/ontology#recommendedFor" not in predicates
    assert not any(t.subject.value.startswith(BASE + "resource/claim/") for t in triples)


def test_ontology_page_documents_classes_and_properties(server):
    page = get(server, "/ontology").text
    assert '<ul class="tree">' in page and "<details open>" in page
    # The hierarchy: multiple sclerosis under autoimmune disease, AHSCT under HSCT.
    tree = page[page.index('<ul class="tree">') : page.index('id="properties"')]
    assert tree.index("autoimmune disease") < tree.index("multiple sclerosis")
    assert "autologous haematopoietic stem-cell transplantation" in tree
    # Properties with domains and ranges, definitions, anchors for hkg: terms.
    row = re.search(r'<tr id="cites">(.*?)</tr>', page, re.DOTALL).group(1)
    assert "source statement" in row and "reference" in row
    assert 'id="RecommendationClaim"' in page
    assert "One sentence of a source document" in page


OPEN_FROM_URL = r"""
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;

// What Protégé's File > Open from URL does: the OWL API loads the document at the URL.
public class OpenFromUrl {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology onto = manager.loadOntologyFromOntologyDocument(IRI.create(args[0]));
        System.out.println("IRI " + onto.getOntologyID().getOntologyIRI().get());
        System.out.println("VERSION " + onto.getOntologyID().getVersionIRI().get());
        System.out.println("FORMAT " + manager.getOntologyFormat(onto).getKey());
        System.out.println("CLASSES " + onto.getClassesInSignature().size());
        System.out.println("OBJECT_PROPERTIES " + onto.getObjectPropertiesInSignature().size());
        System.out.println("IMPORTS " + onto.getImportsDeclarations().size());
        System.out.println("DL_VIOLATIONS " + new OWL2DLProfile().checkOntology(onto).getViolations().size());
    }
}
"""


DEPENDENCY_JARS = (
    "guava", "caffeine", "commons-io", "commons-codec", "commons-lang3", "slf4j-api", "slf4j-nop",
    "hppcrt", "jsr305", "atinject-jsr330-api", "xz", "httpclient", "httpclient-cache", "httpcore",
    "commons-logging", "commons-rdf-api", "commons-rdf-simple", "jackson-core",
    "jackson-databind", "jackson-annotations", "jsonld-java",
)  # fmt: skip


def owlapi_classpath() -> str | None:
    """The runtime classpath of Debian's OWL API (its jars carry no Class-Path)."""
    java = Path("/usr/share/java")
    if not (java / "owlapi-distribution.jar").is_file():
        return None
    jars = [java / "owlapi-distribution.jar"]
    for name in DEPENDENCY_JARS:
        if (java / f"{name}.jar").is_file():
            jars.append(java / f"{name}.jar")
    jars += [
        j for j in sorted(java.glob("rdf4j-*.jar")) if not re.search(r"-\d[^/]*\.jar$", j.name)
    ]
    return ":".join(str(j) for j in jars)


@pytest.mark.skipif(
    shutil.which("javac") is None or owlapi_classpath() is None,
    reason="needs javac and Debian's libowlapi-java (/usr/share/java/owlapi-distribution.jar)",
)
def test_protege_opens_the_ontology_from_its_url(server, tmp_path):
    source = tmp_path / "OpenFromUrl.java"
    source.write_text(OPEN_FROM_URL, encoding="utf-8")
    cp = owlapi_classpath()
    subprocess.run(
        ["javac", "-nowarn", "-cp", cp, "-d", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    run = subprocess.run(
        ["java", "-cp", f"{cp}:{tmp_path}", "OpenFromUrl", server.url + "/ontology"],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    assert out["IRI"] == BASE + "ontology"
    assert out["VERSION"] == BASE + "ontology/0.1.0"
    assert out["FORMAT"] == "RDF/XML Syntax"
    assert int(out["CLASSES"]) >= 80
    assert int(out["OBJECT_PROPERTIES"]) >= 30
    assert out["IMPORTS"] == "0"
    assert out["DL_VIOLATIONS"] == "0"


# ---------------------------------------------------------------- dumps and descriptions


@pytest.mark.parametrize("name", ["hsct-kg.ttl", "hsct-kg.nt", "hsct-kg.jsonld"])
def test_dumps(server, name):
    r = get(server, "/dumps/" + name, accept="*/*")
    assert r.status_code == 200
    assert f'filename="{name}"' in r.headers["Content-Disposition"]
    triples = parse(r)
    count = requests.get(
        server.url + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert len(triples) == int(count)
    zipped = requests.get(server.url + f"/dumps/{name}.gz", stream=True)
    assert zipped.status_code == 200 and media(zipped) == "application/gzip"
    assert gzip.decompress(zipped.raw.read()) == r.content
    # Or gzip as a content coding, when the client says it takes it.
    raw = requests.get(
        server.url + "/dumps/" + name, headers={"Accept-Encoding": "gzip"}, stream=True
    )
    assert raw.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(raw.raw.read()) == r.content
    assert get(server, "/dumps/other.ttl").status_code == 404


def test_void_and_service_description_are_linked_and_served(server):
    void = get(server, "/.well-known/void", accept="text/turtle")
    assert void.status_code == 200 and "void:Dataset" in void.text
    sd = get(server, "/sparql", accept="text/turtle")
    assert sd.status_code == 200 and "sd:Service" in sd.text


# ---------------------------------------------------------------- headers and escaping


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/query",
        "/ontology",
        "/resource/disease/multiple-sclerosis",
        "/static/query.js",
        "/sparql?query=ASK%7B%7D",
    ],
)
def test_security_headers(server, path):
    r = get(server, path)
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_scripts_and_fit_phones(server):
    for path in ("/", "/query", "/ontology", "/resource/intervention/ahsct", "/search?q=ms"):
        page = get(server, path).text
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
        for attrs in re.findall(r"<script([^>]*)>", page):
            assert "src=" in attrs or 'type="application/json"' in attrs, (path, attrs)
        assert " style=" not in page and "onclick" not in page


HOSTILE_PAGES = [
    "/resource/disease/hostile",
    "/resource/intervention/treatment",
    "/resource/organisation/body",
    "/resource/source/doc",
    "/resource/claim/c1",
    "/ontology",
    "/search?q=script",
    "/",
    "/evidence-map.svg?iri=https%3A%2F%2Fw3id.org%2Fhsct-kg%2Fresource%2Fdisease%2Fhostile",
]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_markup_in_the_data_is_shown_as_text(hostile, path):
    r = get(hostile, path)
    assert r.status_code == 200, r.text
    page = r.text
    for raw in (
        "<script>alert",
        "<img src=x",
        "<svg onload",
        "<iframe>",
        "<b>claim",
        "<i>ontology",
    ):
        assert raw not in page, (path, raw)
    if path.startswith("/resource/disease/hostile"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt; disease" in page
        assert "&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in page
        assert "Body &lt;/text&gt;&lt;script&gt;alert(5)&lt;/script&gt;" in page
        assert "Treatment &lt;script&gt;alert(6)&lt;/script&gt; is recommended 1." in page


def test_public_url_setting_moves_every_link(tmp_path):
    """Behind a proxy the pages link to the public address, not to the one they were asked at."""
    from server import create_app

    app = create_app(
        {"workers": 0, "data": [str(HOSTILE)], "public_url": "https://kg.example.org/x"}
    )
    page = app.test_client().get("/resource/disease/hostile", headers={"Accept": BROWSER}).text
    assert 'href="https://kg.example.org/x/resource/intervention/treatment"' in page
    assert "http://localhost/resource" not in page


def test_pages_refuse_a_remote_backend_rather_than_scan_it():
    from server import create_app

    app = create_app({"backend": "http://127.0.0.1:9/sparql", "workers": 0})
    client = app.test_client()
    for path in ("/", "/resource/disease/multiple-sclerosis", "/ontology", "/dumps/hsct-kg.ttl"):
        r = client.get(path, headers={"Accept": "*/*"})
        assert r.status_code == 501, path
        assert "/sparql" in r.get_json()["error"]


# --- A browser off the main road: the endpoint, descriptions and errors are pages too -------


def test_endpoint_in_a_browser_is_the_query_page(server):
    r = get(server, "/sparql", allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"].endswith("/query")
    page = get(server, "/sparql")
    assert page.status_code == 200 and media(page) == "text/html"
    assert 'id="query-form"' in page.text
    # Clients that do not prefer HTML still get the service description and results.
    assert media(get(server, "/sparql", accept="*/*")) == "text/turtle"
    r = get(server, "/sparql?query=ASK%7B%7D", accept="application/sparql-results+json")
    assert r.json()["boolean"] is True


def test_query_url_in_a_browser_opens_it_in_the_editor_and_runs_it(server):
    query = "SELECT ?c WHERE { ?c a hkg:Claim } LIMIT 3"
    r = get(server, "/sparql", params={"query": query}, allow_redirects=False)
    assert r.status_code == 303
    page = get(server, "/sparql", params={"query": query})
    assert media(page) == "text/html"
    assert html.escape(query, quote=False) in page.text and 'data-autorun="1"' in page.text
    # A shared /query?query= link opens the same way, without running unless asked.
    shared = get(server, "/query", params={"query": query})
    assert html.escape(query, quote=False) in shared.text and "data-autorun" not in shared.text


def long_query() -> str:
    """A query too long for a GET address (some 39,000 characters): a VALUES block of IRIs."""
    iris = " ".join(
        f"<https://w3id.org/hsct-kg/resource/claim/nothing-{k:05d}>" for k in range(700)
    )
    return f"SELECT ?c WHERE {{ VALUES ?c {{ {iris} }} ?c a hkg:Claim }}"


def test_a_long_query_posted_as_a_form_opens_the_query_page_with_it(server):
    query = long_query()
    assert len(query) > 35_000
    r = requests.post(
        server.url + "/query", data={"query": query, "run": "1"}, headers={"Accept": BROWSER}
    )
    assert r.status_code == 200 and media(r) == "text/html"
    assert html.escape(query, quote=False) in r.text
    assert 'data-autorun="1"' in r.text and 'data-given="1"' in r.text
    # Without run=1 it is loaded, not run.
    loaded = requests.post(
        server.url + "/query", data={"query": query}, headers={"Accept": BROWSER}
    )
    assert html.escape(query, quote=False) in loaded.text and "data-autorun" not in loaded.text
    # The page's own form POSTs there, so it works without scripts.
    page = get(server, "/query").text
    assert re.search(r'<form id="query-form" class="query" action="/query" method="post"', page)
    # A browser's form POSTing to /sparql is sent on to the query page with the same POST.
    sent = requests.post(
        server.url + "/sparql",
        data={"query": query},
        headers={"Accept": BROWSER, "Origin": server.url},
        allow_redirects=False,
    )
    assert sent.status_code == 307 and sent.headers["Location"].endswith("/query")
    followed = requests.post(
        server.url + "/sparql",
        data={"query": query},
        headers={"Accept": BROWSER, "Origin": server.url},
    )
    assert html.escape(query, quote=False) in followed.text
    # Control: a client asking for results gets results from the same POST.
    answer = requests.post(
        server.url + "/sparql",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json", "Origin": server.url},
    )
    assert answer.status_code == 200 and answer.json()["results"]["bindings"] == []


@pytest.mark.parametrize(
    ("body", "headers", "status", "words"),
    [
        ("query=ASK%7B%7D&query=ASK%7B%7D", {}, 400, "give one query"),
        (
            "ASK {}",
            {"Content-Type": "application/sparql-query"},
            415,
            "application/x-www-form-urlencoded",
        ),
        ("query=" + "x" * 1_100_000, {}, 413, ""),
    ],
)
def test_bad_posts_to_the_query_page_are_clear_errors(server, body, headers, status, words):
    headers = {"Accept": BROWSER, "Content-Type": "application/x-www-form-urlencoded", **headers}
    r = requests.post(server.url + "/query", data=body.encode(), headers=headers)
    assert r.status_code == status and words in r.text


@pytest.mark.parametrize(
    ("path", "page", "title"),
    [
        ("/sparql", "/sparql?format=html", "SPARQL service description"),
        ("/.well-known/void", "/.well-known/void", "VoID description"),
    ],
)
def test_descriptions_are_pages_for_browsers_and_rdf_for_clients(server, path, page, title):
    shown = get(server, page)
    assert shown.status_code == 200 and media(shown) == "text/html"
    assert f"<h1>{title}</h1>" in shown.text and "@prefix" in shown.text
    r = get(server, path, accept="text/turtle")
    assert media(r) == "text/turtle"
    assert len(list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))) > 5
    if path == "/.well-known/void":
        nt = get(server, path + "?format=nt")
        assert media(nt) == "application/n-triples"
        assert len(list(ox.parse(nt.content, format=ox.RdfFormat.N_TRIPLES))) > 5


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/no/such/route", 404, "Not found"),
        ("/ontology/not-a-version", 404, "no ontology document at /ontology/not-a-version"),
        ("/query?example=no-such-example", 404, "no example query named"),
    ],
)
def test_errors_are_full_pages_for_browsers(server, path, status, words):
    r = get(server, path)
    assert r.status_code == status and media(r) == "text/html"
    assert words in r.text
    # The site's own page: navigation and a way on.
    assert 'class="site"' in r.text and 'action="/search"' in r.text
    api = get(server, path, accept="application/json")
    assert api.status_code == status and api.json()["status"] == status


def test_ontology_aliases_still_answer(server):
    for path in ("/ontology/0.1.0", "/ontology/imports/external-terms"):
        assert get(server, path, accept="text/turtle").status_code == 200


def test_home_page_says_not_medical_advice_and_names_each_source(server):
    page = get(server, "/").text
    assert "Not medical advice." in page
    # Each source document, by title, with its date or plainly undated (the graph gives none).
    assert "AHSCT evidence summary" in page and "(undated)" in page
    assert "/resource/source/ahsct-evidence-summary" in page
