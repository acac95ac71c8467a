"""Load Turtle files into one rdflib graph, remembering where each subject was written.

Parsing uses pyoxigraph, whose syntax errors carry exact 1-based line and column numbers
(rdflib's carry only a line and a character offset); the triples are then converted to
rdflib terms. Blank nodes are renamed per file, so ``_:b1`` in two files stays two nodes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from kg.errors import ConfigError, ParseError, ShortcutTriple, ShortcutTripleError
from kg.namespaces import HKG, bind_prefixes, curie
from kg.resources import Project
from kg.terms import to_rdflib

Triple = tuple[Node, Node, Node]

_OX_POSITION = re.compile(
    r"^Parser error (?:at line \d+ between columns \d+ and \d+"
    r"|between line \d+ column \d+ and line \d+ column \d+"
    r"|at line \d+ column \d+): "
)


@dataclass(frozen=True)
class Location:
    """A place in a source file; ``line`` and ``column`` are 1-based, or None when unknown.

    >>> str(Location("a.ttl", 3, 5)), str(Location("a.ttl", 3)), str(Location("a.ttl"))
    ('a.ttl:3:5', 'a.ttl:3', 'a.ttl')
    """

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


@dataclass
class _SourceFile:
    path: str
    text: str
    prefixes: dict[str, str]


class SourceIndex:
    """Which files each subject was written in, and the first line in a file mentioning a node.

    Lines are found on demand by searching the file text for the node's spellings (its full
    IRI in angle brackets or a prefixed name under one of the file's own prefixes).

    >>> index = SourceIndex()
    >>> text = "@prefix ex: <http://ex/> .\\n\\nex:s ex:p 1 .\\n"
    >>> index.add_file("a.ttl", text, {"ex": "http://ex/"})
    >>> index.add_subject(URIRef("http://ex/s"), "a.ttl")
    >>> str(index.locate(URIRef("http://ex/s")))
    'a.ttl:3'
    """

    def __init__(self) -> None:
        self._files: dict[str, _SourceFile] = {}
        self._subjects: dict[Node, list[str]] = {}

    def add_file(self, path: str, text: str, prefixes: dict[str, str]) -> None:
        self._files[path] = _SourceFile(path, text, dict(prefixes))

    def add_subject(self, node: Node, path: str) -> None:
        paths = self._subjects.setdefault(node, [])
        if path not in paths:
            paths.append(path)

    @property
    def paths(self) -> list[str]:
        """The files indexed, in load order."""
        return list(self._files)

    def files_of(self, node: Node) -> list[str]:
        """Files in which ``node`` occurs as a subject, in load order."""
        return list(self._subjects.get(node, ()))

    def line_of(self, path: str, node: Node) -> int | None:
        """First line of ``path`` mentioning ``node``, or None."""
        source = self._files.get(path)
        if source is None or not isinstance(node, URIRef):
            return None
        return _first_line(
            source.text, _spelling_pattern(str(node), tuple(source.prefixes.items()))
        )

    def find(self, path: str, node: Node, from_line: int = 1) -> Location | None:
        """First mention of ``node`` in ``path`` at or after ``from_line``, with its column."""
        source = self._files.get(path)
        if source is None or not isinstance(node, URIRef):
            return None
        pattern = _spelling_pattern(str(node), tuple(source.prefixes.items()))
        start = _line_offset(source.text, from_line)
        match = pattern.search(source.text, start)
        if match is None:
            return None
        line_start = source.text.rfind("\n", 0, match.start()) + 1
        line = source.text.count("\n", 0, match.start()) + 1
        return Location(path, line, match.start() - line_start + 1)

    def locate(self, node: Node) -> Location | None:
        """Where ``node`` was first written as a subject, or None if it never was."""
        paths = self._subjects.get(node)
        if not paths:
            return None
        return Location(paths[0], self.line_of(paths[0], node))


@dataclass
class LoadedGraph:
    """The result of loading: the merged graph, the ontology part alone, and the source index."""

    graph: Graph
    ontology: Graph
    sources: SourceIndex = field(default_factory=SourceIndex)


def read_utf8(path: Path, shown: str) -> tuple[bytes, str]:
    """Read a Turtle file's bytes and text.

    Raises:
        ConfigError: the file is missing or unreadable.
        ParseError: the bytes are not UTF-8 (``file:line:column`` of the first bad byte).
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such file") from None
    except OSError as err:
        raise ConfigError(f"{shown}: cannot read: {err.strerror or err}") from None
    try:
        return data, data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise ParseError(
            shown, line, column, "invalid UTF-8 (Turtle files must be UTF-8)"
        ) from None


def parse_turtle(
    path: Path, display: str | None = None
) -> tuple[list[Triple], dict[str, str], str]:
    """Parse one Turtle file; return its triples (rdflib terms), its prefixes and its text.

    Raises:
        ParseError: the file is not valid UTF-8 Turtle; the message is ``file:line:column: reason``.
        ConfigError: the file cannot be read.
    """
    shown = display if display is not None else str(path)
    data, text = read_utf8(path, shown)
    parser = ox.parse(data, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)
    triples: list[Triple] = []
    try:
        for quad in parser:
            triples.append(
                (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
            )
    except SyntaxError as err:
        reason = _OX_POSITION.sub("", err.msg or str(err))
        raise ParseError(shown, err.lineno, err.offset, reason) from None
    return triples, dict(parser.prefixes), text


def load_files(
    files: Iterable[Path],
    *,
    ontology_files: Iterable[Path] = (),
    root: Path | None = None,
) -> LoadedGraph:
    """Parse ``ontology_files`` and ``files`` into one graph (prefixes bound) and index them.

    Paths under ``root`` are reported relative to it (``data/claims/x.ttl``). A file listed
    twice is read once. Shortcut triples (predicate ``rdfs:subPropertyOf+ hkg:shortcutRelation``
    in the loaded graph) are rejected: only :func:`kg.build.derive.derive` may produce them.

    Raises:
        ParseError: a file is malformed.
        ConfigError: a file is missing or unreadable.
        ShortcutTripleError: a file contains hand-written shortcut triples (all are listed).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "a.ttl").write_text("<http://ex/s> <http://ex/p> 'o' .\\n")
    ...     loaded = load_files([Path(tmp) / "a.ttl"], root=Path(tmp))
    >>> len(loaded.graph), loaded.sources.paths
    (1, ['a.ttl'])
    """
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    ontology = bind_prefixes(Graph(bind_namespaces="none"))
    index = SourceIndex()
    per_file: list[tuple[str, list[Triple]]] = []
    seen: set[Path] = set()
    ontology_list = list(ontology_files)
    ontology_set = {p.resolve() for p in ontology_list}
    for path in [*ontology_list, *files]:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        shown = _display(path, root)
        triples, prefixes, text = parse_turtle(path, shown)
        index.add_file(shown, text, prefixes)
        target = ontology if resolved in ontology_set else None
        for triple in triples:
            graph.add(triple)
            if target is not None:
                target.add(triple)
            index.add_subject(triple[0], shown)
        per_file.append((shown, triples))
    _reject_shortcuts(graph, per_file, index)
    return LoadedGraph(graph, ontology, index)


def load_project(project: Project, files: Sequence[Path] | None = None) -> LoadedGraph:
    """Load the project's ontology with its data files (or with ``files`` instead of them).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     root = Path(tmp)
    ...     (root / "ontology").mkdir()
    ...     _ = (root / "ontology" / "o.ttl").write_text("<http://ex/C> a <http://ex/K> .\\n")
    ...     loaded = load_project(Project(root), files=[])
    >>> len(loaded.ontology), loaded.sources.paths
    (1, ['ontology/o.ttl'])
    """
    data = project.data_files() if files is None else list(files)
    return load_files(data, ontology_files=project.ontology_files(), root=project.root)


def shortcut_properties(graph: Graph) -> set[URIRef]:
    """Properties declared ``rdfs:subPropertyOf+ hkg:shortcutRelation`` in ``graph``.

    >>> g = Graph()
    >>> _ = g.add((HKG.improves, RDFS.subPropertyOf, HKG.shortcutRelation))
    >>> sorted(shortcut_properties(g))
    [rdflib.term.URIRef('https://w3id.org/hsct-kg/ontology#improves')]
    """
    found: set[URIRef] = set()
    for prop in graph.transitive_subjects(RDFS.subPropertyOf, HKG.shortcutRelation):
        if isinstance(prop, URIRef) and prop != HKG.shortcutRelation:
            found.add(prop)
    return found


def _reject_shortcuts(
    graph: Graph, per_file: list[tuple[str, list[Triple]]], index: SourceIndex
) -> None:
    shortcuts = shortcut_properties(graph)
    if not shortcuts:
        return
    found = [
        ShortcutTriple(path, index.line_of(path, s), " ".join(curie(t) for t in (s, p, o)))
        for path, triples in per_file
        for s, p, o in triples
        if p in shortcuts
    ]
    if found:
        raise ShortcutTripleError(found)


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


@lru_cache(maxsize=4096)
def _spelling_pattern(iri: str, prefixes: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    alternatives = [re.escape(f"<{iri}>")]
    for prefix, namespace in prefixes:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if re.fullmatch(r"[\w\-.]*", local) and not local.endswith("."):
                # A prefixed name ends where a name character ends; a dot only continues it when
                # another name character follows.
                alternatives.append(
                    r"(?<![\w\-.:%])" + re.escape(f"{prefix}:{local}") + r"(?![\w\-:%]|\.[\w\-])"
                )
    return re.compile("|".join(alternatives))


def _line_offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


def _first_line(text: str, pattern: re.Pattern[str]) -> int | None:
    match = pattern.search(text)
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1
