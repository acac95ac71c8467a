"""Browse at scale: the claims list's index built from a generated graph, the browse, resource
and search pages answered in process (first and again), and an update followed by the indexes
beside the store (and the AHSCT page after it).

    python -m bench.browse --claims 1000000 [--seed 1] [--save G.nt | --data G.nt]

The graph comes from bench/generate.py with its shortcut triples and types derived (as
bench/search.py makes it), in an in-memory pyoxigraph store as the server holds it. Prints
Markdown; bench/RESULTS-search.md keeps the figures with their date.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pyoxigraph as ox

BASE = "https://w3id.org/hsct-kg/"
HKG = BASE + "ontology#"
TOKEN = "bench"


def _index_bytes(index) -> int:
    state = index._state
    arrays = sum(c.claims.nbytes + c.value.nbytes for c in state.built.columns.values())
    strings = sum(sys.getsizeof(iri) for iri in state.built.iris) + sys.getsizeof(state.built.iris)
    return arrays + strings + state.alive.nbytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, help="also write the graph here (N-Triples)")
    parser.add_argument("--data", type=Path, help="load this N-Triples file instead")
    args = parser.parse_args(argv)

    from bench.search import load
    from kg.update.change import diff, snapshot, update_patterns
    from server import create_app
    from server.claim_index import ClaimIndex

    out = sys.stdout
    start = time.perf_counter()
    if args.data:
        store = ox.Store()
        store.bulk_load(path=str(args.data), format=ox.RdfFormat.N_TRIPLES)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            store = load(args.claims, args.seed, Path(tmp))
    loaded = time.perf_counter() - start
    if args.save:
        store.dump(str(args.save), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    print(
        f"{len(store):,} triples (loaded in {loaded:.0f} s); python "
        f"{platform.python_version()}, pyoxigraph {ox.__version__}, numpy {np.__version__}\n",
        file=out,
    )
    start = time.perf_counter()
    index = ClaimIndex.build(store)
    built = time.perf_counter() - start
    print(
        f"Claim index: {len(index):,} claims, built in {built:.1f} s, "
        f"{_index_bytes(index) / 2**20:.0f} MiB (arrays and IRIs)\n",
        file=out,
    )

    start = time.perf_counter()
    app = create_app(
        {"workers": 0, "enable_update": True, "update_token": TOKEN, "shapes": ()}, store=store
    )
    print(
        f"App start (the label, claim and text indexes built, the property uses counted): "
        f"{time.perf_counter() - start:.1f} s\n",
        file=out,
    )
    client = app.test_client()
    ahsct = quote(BASE + "resource/intervention/ahsct", safe="")
    efficacy, safety = quote(HKG + "EfficacyClaim", safe=""), quote(HKG + "SafetyClaim", safe="")
    paths = [
        "/browse/claims",
        "/browse/claims?page=3",
        "/browse/claims?page=10000",
        f"/browse/claims?intervention={ahsct}",
        f"/browse/claims?intervention={ahsct}&kind={efficacy}",
        f"/browse/claims?kind={efficacy}&kind={safety}&strength=hkg:Demonstrated",
        f"/browse/claims.json?intervention={ahsct}&size=500",
        "/browse/diseases",
        "/browse/interventions",
        "/browse/outcomes",
        "/browse/organisations",
        "/browse/documents",
        "/browse",
        "/resource/intervention/ahsct",
        "/resource/intervention/ahsct?strength=hkg:Possible&page=2",
        # A property's pages (the first and a deep one) and the resource's data, whole.
        "/resource/intervention/ahsct?p=hkg:intervention&dir=in",
        "/resource/intervention/ahsct?p=hkg:intervention&dir=in&page=300",
        "/resource/intervention/ahsct?p=hkg:mayBeConsideredFor",
        "/resource/intervention/ahsct.ttl",
        f"/evidence-map.svg?iri={ahsct}",
        "/search?q=AHSCT",
        "/search?q=stem+cell+lupus",
    ]
    print("| page, in process (Flask test client) | first answer s | again s |", file=out)
    print("|---|---|---|", file=out)
    for path in paths:
        seconds = []
        for _ in range(2):
            start = time.perf_counter()
            status = client.get(path, headers={"Accept": "text/html"}).status_code
            seconds.append(time.perf_counter() - start)
            assert status == 200, (path, status)
        shown = path.replace(ahsct, "…ahsct").replace(efficacy, "hkg:EfficacyClaim")
        shown = shown.replace(safety, "hkg:SafetyClaim")
        print(f"| `{shown}` | {seconds[0]:.2f} | {seconds[1]:.2f} |", file=out)

    # The AHSCT page ten times more: on a shared machine one answer can take twice another.
    seconds = []
    for _ in range(10):
        start = time.perf_counter()
        client.get("/resource/intervention/ahsct", headers={"Accept": "text/html"})
        seconds.append(time.perf_counter() - start)
    print(
        f"\n`/resource/intervention/ahsct` ten times more: median {np.median(seconds):.2f} s, "
        f"fastest {min(seconds):.2f} s",
        file=out,
    )
    # How much the AHSCT page holds: its bytes and the rows of its tables.
    body = client.get("/resource/intervention/ahsct", headers={"Accept": "text/html"}).data
    node = ox.NamedNode(BASE + "resource/intervention/ahsct")
    print(
        f"\n`/resource/intervention/ahsct`: {len(body):,} bytes, {body.count(b'<tr'):,} table "
        f"rows; AHSCT has {sum(1 for _ in store.quads_for_pattern(node, None, None)):,} triples "
        f"of its own and {sum(1 for _ in store.quads_for_pattern(None, None, node)):,} links to it",
        file=out,
    )

    # What the first resource page computed per state of the store before the property use
    # counts were kept beside it (server/property_usage.py): the VoID statistics, whole.
    from server import property_usage
    from server.description import dataset_stats

    start = time.perf_counter()
    dataset_stats(store)
    whole = time.perf_counter() - start
    start = time.perf_counter()
    property_usage.count(store)
    print(
        f"\nThe VoID statistics over the whole store (what the first resource page after each "
        f"update counted before): {whole:.2f} s; the property use counts alone (counted once, "
        f"at the app's start, since): {time.perf_counter() - start:.2f} s",
        file=out,
    )

    # An update, then the list and a search: the indexes follow it before it is answered.
    claim = next(iter(store.quads_for_pattern(None, ox.NamedNode(HKG + "strength"), None))).subject
    disease = BASE + "resource/disease/bench-new-disease"
    text = (
        f"PREFIX hkg: <{HKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        f"PREFIX owl: <http://www.w3.org/2002/07/owl#> "
        f'INSERT DATA {{ <{disease}> a owl:Class ; rdfs:label "benchmark syndrome" . '
        f"{claim} hkg:condition <{disease}> }}"
    )
    # The update is run here and its change handed to the followers as the updater does (an
    # in-process updater would first copy the whole store to try it on).
    patterns = update_patterns(text)
    before = snapshot(store, patterns)
    store.update(text)
    change = diff(before, snapshot(store, patterns))
    start = time.perf_counter()
    for follow in app.extensions["kg.followers"]:
        follow(change)
    followed = time.perf_counter() - start
    start = time.perf_counter()
    found = client.get("/search.json?q=benchmark+syndrome").json["results"]
    searched = time.perf_counter() - start
    assert found and found[0]["iri"] == disease, found
    start = time.perf_counter()
    listed = client.get(f"/browse/claims.json?disease={quote(disease, safe='')}").json
    browsed = time.perf_counter() - start
    assert listed["total"] == 1, listed["total"]
    print(
        f"\nAn update (a new disease, and a claim given it): both indexes follow its change in "
        f"{followed * 1000:.0f} ms; then `/search.json?q=benchmark+syndrome` "
        f"{searched * 1000:.0f} ms (first hit: the new disease), "
        f"`/browse/claims.json?disease=…` {browsed * 1000:.0f} ms (1 claim)",
        file=out,
    )
    app.extensions["kg.backend"].changed()  # as /sparql does after an update
    seconds = []
    for _ in range(2):
        start = time.perf_counter()
        page = client.get("/resource/intervention/ahsct", headers={"Accept": "text/html"})
        seconds.append(time.perf_counter() - start)
        assert page.status_code == 200
    print(
        f"\nAfter the update, `/resource/intervention/ahsct`: {seconds[0]:.2f} s, "
        f"again {seconds[1]:.2f} s",
        file=out,
    )
    app.extensions["kg.backend"].close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
