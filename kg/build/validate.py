"""Validate a graph against the SHACL shapes with pySHACL and report readably.

pySHACL runs with ``advanced=True`` (SHACL-AF, so SHACL-SPARQL constraints and targets work)
and without inference: the graph already holds the ontology and the derived triples, and
validating exactly what will be stored keeps the report honest. Warnings and infos are
reported but do not make the graph non-conforming.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

from kg.build.load import Location, SourceIndex, parse_turtle
from kg.errors import InputError
from kg.namespaces import PREFIXES, bind_prefixes, curie

PROPERTY_TYPES = (RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
# Properties of RDF, RDFS and OWL themselves, which an ontology never declares.
_BUILT_IN = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.sameAs,
    OWL.equivalentClass,
}
_SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}


@dataclass(frozen=True)
class Result:
    """One ``sh:ValidationResult``, with its focus node located in the source files if possible."""

    focus_node: Node
    path: Node | None
    value: Node | None
    message: str
    severity: URIRef
    source_shape: Node | None
    constraint: URIRef | None
    location: Location | None = None
    suggestion: URIRef | None = None
    path_label: str = ""
    shape_label: str = ""

    @property
    def severity_name(self) -> str:
        """``Violation``, ``Warning`` or ``Info``."""
        return str(self.severity).rsplit("#", 1)[-1]


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validation: ``graph`` is the standard ``sh:ValidationReport``."""

    conforms: bool
    graph: Graph
    text: str
    results: list[Result]


def load_shapes(files: Iterable[Path], root: Path | None = None) -> Graph:
    """Parse SHACL shapes files into one graph (prefixes bound).

    Raises:
        ParseError: a shapes file is malformed (``file:line:column: reason``).

    >>> len(load_shapes([]))
    0
    """
    shapes = bind_prefixes(Graph(bind_namespaces="none"))
    for path in files:
        shown = path.as_posix()
        if root is not None:
            try:
                shown = path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                pass
        triples, prefixes, _ = parse_turtle(path, shown)
        for triple in triples:
            shapes.add(triple)
        # The shapes' own prefixes (e.g. one for the shapes namespace) name shapes in reports.
        bound = {prefix for prefix, _ in shapes.namespaces()}
        for prefix, namespace in prefixes.items():
            if prefix and prefix not in bound:
                shapes.bind(prefix, namespace)
    return shapes


def validate(
    graph: Graph,
    shapes: Graph,
    *,
    ontology: Graph | None = None,
    sources: SourceIndex | None = None,
) -> ValidationReport:
    """Validate ``graph`` against ``shapes``; neither is modified.

    Args:
        graph: the data to check (for a build: ontology + data + derived triples).
        shapes: the SHACL shapes.
        ontology: where declared properties are looked up for "did you mean" suggestions
            (default: ``graph`` itself).
        sources: to report the file and line of each focus node.

    Raises:
        InputError: the shapes themselves are unusable (pySHACL cannot load them).

    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> .
    ...   <urn:S> a sh:NodeShape ; sh:targetNode <urn:x> ;
    ...     sh:property [ sh:path <urn:p> ; sh:minCount 1 ; sh:message "needs urn:p" ] .
    ... ''')
    >>> report = validate(Graph(), shapes)
    >>> report.conforms, [r.message for r in report.results]
    (False, ['needs urn:p'])
    """
    # Imported here: pySHACL is the reference engine, and its import costs half a second of
    # every command that never validates with it (``kg serve`` among them).
    import pyshacl
    from pyshacl.errors import (
        ConstraintLoadError,
        ReportableRuntimeError,
        RuleLoadError,
        ShapeLoadError,
    )

    # pySHACL adds RDFS/OWL axioms to the shapes graph it is given; it gets a copy.
    shapes_copy = Graph()
    for triple in shapes:
        shapes_copy.add(triple)
    try:
        conforms, report_graph, _ = pyshacl.validate(
            graph,
            shacl_graph=shapes_copy,
            inference="none",
            advanced=True,
            allow_warnings=True,
            allow_infos=True,
        )
    except (ShapeLoadError, ConstraintLoadError, RuleLoadError, ReportableRuntimeError) as err:
        raise InputError(f"shapes: {_pyshacl_message(err)}") from None
    bind_prefixes(report_graph)
    declared = declared_properties(ontology if ontology is not None else graph)
    results = _results(report_graph, shapes, graph, declared, sources)
    text = format_results(results, bool(conforms))
    return ValidationReport(bool(conforms), report_graph, text, results)


def declared_properties(graph: Graph) -> set[URIRef]:
    """IRIs typed as an RDF or OWL property in ``graph``.

    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:p"), RDF.type, OWL.ObjectProperty))
    >>> sorted(declared_properties(g))
    [rdflib.term.URIRef('urn:p')]
    """
    return {
        s
        for kind in PROPERTY_TYPES
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef)
    }


def suggest_property(unknown: URIRef, declared: Iterable[URIRef]) -> URIRef | None:
    """Return the declared property whose CURIE is closest to ``unknown``'s, if one is close.

    >>> from kg.namespaces import HKG
    >>> suggest_property(HKG.outcom, [HKG.outcome, HKG.condition])
    rdflib.term.URIRef('https://w3id.org/hsct-kg/ontology#outcome')
    >>> suggest_property(HKG.zzz, [HKG.outcome]) is None
    True
    """
    by_name = {curie(p): p for p in declared}
    match = difflib.get_close_matches(curie(unknown), list(by_name), n=1, cutoff=0.75)
    return by_name[match[0]] if match else None


def format_results(results: list[Result], conforms: bool) -> str:
    """Render results for people: location, severity, focus node, path, value, message, shape.

    >>> print(format_results([], True))
    Validation passed: the graph conforms to the shapes.
    """
    if conforms and not results:
        return "Validation passed: the graph conforms to the shapes."
    counts = {}
    for result in results:
        counts[result.severity_name] = counts.get(result.severity_name, 0) + 1
    summary = ", ".join(f"{n} {name.lower()}{'s' if n != 1 else ''}" for name, n in counts.items())
    head = "Validation passed with" if conforms else "Validation failed:"
    lines = [f"{head} {summary}."]
    for result in results:
        where = str(result.location) if result.location else "(not located in a file)"
        lines.append("")
        lines.append(f"{where}: {result.severity_name.lower()}: {_message(result)}")
        lines.append(f"    focus node: {_show(result.focus_node)}")
        if result.path is not None:
            lines.append(f"    path:       {result.path_label or _show(result.path)}")
        if result.value is not None:
            lines.append(f"    value:      {_show(result.value)}")
        shape = result.shape_label or "(unknown shape)"
        component = f" ({curie(result.constraint)})" if result.constraint is not None else ""
        lines.append(f"    shape:      {shape}{component}")
    return "\n".join(lines)


def _message(result: Result) -> str:
    if result.suggestion is None:
        return result.message
    return f"{result.message} (did you mean {curie(result.suggestion)}?)"


def _results(
    report: Graph,
    shapes: Graph,
    data: Graph,
    declared: set[URIRef],
    sources: SourceIndex | None,
) -> list[Result]:
    results = []
    # Only the report's own results: a result nested under another's sh:detail is part of
    # that one, not a fault of its own (the compiled engine counts it once too).
    for node in report.objects(None, SH.result):
        focus = report.value(node, SH.focusNode)
        path = report.value(node, SH.resultPath)
        constraint = report.value(node, SH.sourceConstraintComponent)
        shape = report.value(node, SH.sourceShape)
        results.append(
            Result(
                focus_node=focus,
                path=path,
                value=report.value(node, SH.value),
                message=_pick_message(report, node, constraint),
                severity=report.value(node, SH.resultSeverity) or SH.Violation,
                source_shape=shape,
                constraint=constraint,
                location=sources.locate(focus) if sources is not None and focus else None,
                path_label=_show_path(path, report) if path is not None else "",
                shape_label=_show_shape(shape, shapes),
            )
        )
    return refine(results, shapes, declared, lambda p: (None, p, None) in data, sources)


def refine(
    results: Iterable[Result],
    shapes: Graph,
    declared: set[URIRef],
    used_as_predicate: Callable[[URIRef], bool],
    sources: SourceIndex | None,
) -> list[Result]:
    """Make results read alike whichever engine found them, in one order.

    A result about a property the ontology does not declare names it (pySHACL's wording for a
    closed shape names the value), points at the line where it is spelt and suggests the
    declared property it is closest to. ``used_as_predicate`` says whether the data uses an
    IRI as a predicate (a SPARQL check may report the property as the value).
    """
    refined = []
    for result in results:
        unknown = _unknown_property(result.path, result.value, used_as_predicate, declared)
        if unknown is None:
            refined.append(result)
            continue
        message = result.message
        if result.constraint == SH.ClosedConstraintComponent and not _has_own_message(
            shapes, result.source_shape
        ):
            # pySHACL's default wording for a closed shape names the value, not the property.
            message = f"unknown property {curie(unknown)}"
        location = result.location
        if sources is not None and location is not None and location.line is not None:
            # An undeclared property is rarely spelt elsewhere, so its next mention after the
            # focus node is where the typo is.
            location = sources.find(location.path, unknown, location.line) or location
        refined.append(
            replace(
                result,
                message=message,
                location=location,
                suggestion=suggest_property(unknown, declared),
            )
        )
    refined.sort(
        key=lambda r: (
            _SEVERITY_ORDER.get(r.severity, 3),
            r.location.path if r.location else "~",
            (r.location.line or 0) if r.location else 0,
            str(r.focus_node),
            str(r.path),
            str(r.source_shape),
            str(r.constraint),
            str(r.value),
        )
    )
    return refined


def _pick_message(report: Graph, node: Node, constraint: Node | None) -> str:
    messages = list(report.objects(node, SH.resultMessage))
    for preferred in (lambda m: m.language in (None, "en"), lambda m: True):
        for message in messages:
            if isinstance(message, Literal) and preferred(message):
                return str(message)
    return f"constraint {curie(constraint)} not met" if constraint is not None else "not conforming"


def _unknown_property(
    path: Node | None,
    value: Node | None,
    used_as_predicate: Callable[[URIRef], bool],
    declared: set[URIRef],
) -> URIRef | None:
    """The property a result is about if the ontology does not declare it."""
    if not declared:
        return None
    if isinstance(path, URIRef):
        return path if path not in declared and path not in _BUILT_IN else None
    if isinstance(value, URIRef) and value not in declared and used_as_predicate(value):
        # A SHACL-SPARQL "unknown property" check may report the property as the value.
        return value
    return None


def _has_own_message(shapes: Graph, shape: Node | None) -> bool:
    return shape is not None and (shape, SH.message, None) in shapes


def _show(node: Node) -> str:
    if isinstance(node, Literal):
        text = node.n3()
        return text if len(text) <= 120 else text[:117] + "..."
    return curie(node)


def _show_path(path: Node, graph: Graph) -> str:
    """Render a SHACL property path in SPARQL property-path syntax."""
    if isinstance(path, URIRef):
        return curie(path)
    if graph.value(path, RDF.first) is not None:
        return "/".join(_show_path(p, graph) for p in Collection(graph, path))
    for predicate, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return template.format(_show_path(inner, graph))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_show_path(p, graph) for p in Collection(graph, alternatives)) + ")"
    return curie(path)


def _show_shape(shape: Node | None, shapes: Graph | None) -> str:
    if shape is None:
        return "(unknown shape)"
    if isinstance(shape, BNode) and shapes is not None:
        parent = shapes.value(None, SH.property, shape)
        path = shapes.value(shape, SH.path)
        if parent is not None and path is not None:
            return f"{_show_shape(parent, shapes)} / property {_show_path(path, shapes)}"
    if shapes is not None:
        return curie(shape, {**PREFIXES, **{p: str(ns) for p, ns in shapes.namespaces() if p}})
    return curie(shape)


def _pyshacl_message(err: Exception) -> str:
    return str(getattr(err, "message", None) or err).strip()
