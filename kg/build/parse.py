"""Stage **parse**: the project's Turtle files, read by Oxigraph straight into a store.

No triple becomes a Python object: a file is one small transaction, so a syntax error names
its own file, line and column (as :mod:`kg.build.load` words them), and its blank nodes are
renamed per file. A shortcut triple written by hand is refused, located by :mod:`kg.build.load`.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg.build.load import _OX_POSITION, SourceIndex, _display, load_files, read_utf8
from kg.errors import ParseError, Report
from kg.namespaces import PREFIXES


def parse_store(files: list[Path], root: Path) -> ox.Store:
    """Stage **parse**: every file into a new in-memory store; hand-written shortcuts refused.

    Raises:
        ParseError: a file is not valid Turtle (file:line:column).
        ShortcutTripleError: a file states a shortcut triple itself (located by :mod:`kg.build.load`).
    """
    store = ox.Store()
    parse_into(store, files, root)
    reject_shortcuts(store, files, root)
    return store


def unique_files(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for path in paths:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            out.append(path)
    return out


def parse_to_spool(files: list[Path], spool: Path, root: Path) -> int:
    """Parse every file (pyoxigraph) into one N-Triples file; return the number of triples."""
    count = 0
    with spool.open("wb") as out:
        for path in files:
            shown = _display(path, root)
            data, _ = read_utf8(path, shown)
            triples = []
            try:
                for quad in ox.parse(data, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True):
                    triples.append(quad.triple)
            except SyntaxError as err:
                reason = _OX_POSITION.sub("", err.msg or str(err))
                raise ParseError(shown, err.lineno, err.offset, reason) from None
            ox.serialize(triples, out, format=ox.RdfFormat.N_TRIPLES)
            count += len(triples)
    return count


def parse_into(store: ox.Store, files: list[Path], root: Path) -> None:
    """Parse every file straight into ``store``: no triple becomes a Python object.

    Each load renames the file's blank nodes, as :mod:`kg.build.load` does per file; a file is one
    small transaction, so a syntax error names its own file, line and column.
    """
    for path in files:
        shown = _display(path, root)
        data, _ = read_utf8(path, shown)
        try:
            store.load(data, format=ox.RdfFormat.TURTLE)
        except SyntaxError as err:
            reason = _OX_POSITION.sub("", err.msg or str(err))
            raise ParseError(shown, err.lineno, err.offset, reason) from None


def reject_shortcuts(store: ox.Store, files: list[Path], root: Path) -> None:
    found = store.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f"PREFIX hkg: <{PREFIXES['hkg']}>\n"
        "ASK { ?p rdfs:subPropertyOf+ hkg:shortcutRelation . ?s ?p ?o }"
    )
    if found:
        # Rare and fatal: let the rdflib loader find and locate every one of them.
        load_files(files, root=root)


def locate_subjects(files: list[Path], root: Path, report: Report) -> SourceIndex:
    """Where each focus node of ``report`` is stated in ``files`` (read again, by Oxigraph)."""
    index = SourceIndex()
    wanted = {str(r.focus_node) for r in report.results}
    texts = {}
    for path in files:
        shown = _display(path, root)
        text = path.read_text(encoding="utf-8")
        texts[shown] = text
        index.add_file(shown, text, {})
    for shown, text in texts.items():
        parser = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
        prefixes = None
        for quad in parser:
            if prefixes is None:
                prefixes = parser.prefixes
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and subject.value in wanted:
                index.add_subject(URIRef(subject.value), shown)
        index.add_file(shown, text, dict(parser.prefixes))
    return index
