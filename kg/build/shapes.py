"""Validate a pyoxigraph store against the SHACL shapes by compiling the shapes to SPARQL.

pySHACL walks every focus node in Python over an rdflib graph: minutes for a few thousand
claims, days for a million. Here each constraint of each shape becomes one SPARQL SELECT that
returns only the violating (focus node, value) pairs, run by Oxigraph over the whole store, so
a conforming graph costs one scan per constraint and nothing is materialised in Python.

The compiled subset is what ``shapes/`` uses, with SHACL Core semantics as pySHACL applies
them: targets (``sh:targetClass`` through ``rdfs:subClassOf*``, ``sh:targetNode``,
``sh:targetSubjectsOf``, ``sh:targetObjectsOf``, SPARQL targets), property paths (IRI,
inverse, sequence, alternative, ``*``, ``+``, ``?``), and the components ``minCount``,
``maxCount``, ``datatype``, ``nodeKind``, ``class``, ``node``, ``or``, ``in``, ``hasValue``,
``minLength``, ``maxLength``, ``pattern``, ``min/maxInclusive``, ``min/maxExclusive`` and
SHACL-SPARQL constraints. A shape using anything else raises :class:`UnsupportedShape`, so a
new shape cannot be silently skipped; :func:`kg.build.validate.validate` (pySHACL) stays the
reference, and tests compare the two result sets on conforming and broken data.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kg.build.load import SourceIndex
from kg.build.validate import (
    PROPERTY_TYPES,
    Result,
    ValidationReport,
    _show_path,
    _show_shape,
    format_results,
    refine,
)
from kg.errors import InputError
from kg.namespaces import PREFIXES, bind_prefixes
from kg.terms import to_rdflib


class UnsupportedShape(InputError):
    """A shape uses a SHACL feature this compiler does not implement."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT of ``?this`` (and ``?value``, ``?path``) per violation."""

    shape: Node
    component: URIRef
    path: Node | None
    query: str
    message: str
    severity: URIRef
    # For SPARQL-target shapes: the focus nodes are selected first, and ``query`` runs only
    # on them (its ``@FOCUS@`` replaced by their VALUES), and not at all when there are none.
    focus_query: str | None = None
    # A cheaper query that finds nothing when ``query`` would find nothing, run first (once
    # for all checks sharing it); ``query`` runs only when it finds something. See
    # _value_prefilter and _screen_focus_checks.
    prefilter: str | None = None
    # The focus pattern as it appears in ``query`` (and in a shared screen), so that a run
    # can be limited to some focus nodes.
    focus: str = ""
    # For count and hasValue checks: the violation test on ?this, merged with the others of
    # the same focus pattern into one screen.
    focus_test: str | None = None
    # For value checks on one IRI path whose focus is one target class: (path, class, the
    # violation test on ?value), for the screen by (class, value) pairs that runs when the
    # prefilter found something. See _typed_value_screens.
    typed_values: tuple[str, str, str] | None = None


_VALUE_COMPONENTS = {
    SH.datatype: SH.DatatypeConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent,
    SH["class"]: SH.ClassConstraintComponent,
    SH.node: SH.NodeConstraintComponent,
    SH["or"]: SH.OrConstraintComponent,
    SH["in"]: SH.InConstraintComponent,
    SH.minLength: SH.MinLengthConstraintComponent,
    SH.maxLength: SH.MaxLengthConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent,
    SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
    SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent,
}
_FOCUS_COMPONENTS = {
    SH.minCount: SH.MinCountConstraintComponent,
    SH.maxCount: SH.MaxCountConstraintComponent,
    SH.hasValue: SH.HasValueConstraintComponent,
}
# Predicates of a shape that are not constraints (or are handled with their partner).
_IGNORED = {
    RDF.type,
    SH.path,
    SH.message,
    SH.name,
    SH.description,
    SH.severity,
    SH.property,
    SH.sparql,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.target,
    SH.flags,
    SH.deactivated,
    SH.order,
    SH.group,
    SH.prefixes,
    SH.declare,
    SH.closed,  # compiled as a whole-shape check (_closed_check)
    SH.ignoredProperties,
    URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
    URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
}
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise UnsupportedShape(f"shapes: blank node {node} used as a constant in a constraint")


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.counter = itertools.count()
        self.prologue = self._prologue()

    def fresh(self) -> str:
        return f"?_v{next(self.counter)}"

    def _prologue(self) -> str:
        prefixes = dict(PREFIXES)
        for declaration in self.shapes.objects(None, SH.declare):
            prefix = self.shapes.value(declaration, SH.prefix)
            namespace = self.shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                prefixes[str(prefix)] = str(namespace)
        return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())

    # ---------------------------------------------------------------- paths

    def path(self, node: Node) -> str:
        g = self.shapes
        if isinstance(node, URIRef):
            return f"<{node}>"
        if g.value(node, RDF.first) is not None:
            return "(" + "/".join(self.path(p) for p in Collection(g, node)) + ")"
        for predicate, template in (
            (SH.inversePath, "^({})"),
            (SH.zeroOrMorePath, "({})*"),
            (SH.oneOrMorePath, "({})+"),
            (SH.zeroOrOnePath, "({})?"),
        ):
            inner = g.value(node, predicate)
            if inner is not None:
                return template.format(self.path(inner))
        alternatives = g.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in Collection(g, alternatives)) + ")"
        raise UnsupportedShape(f"shapes: unsupported property path {node}")

    # ---------------------------------------------------------------- constraints

    def value_violation(self, predicate: URIRef, obj: Node, v: str, shape: Node) -> str:
        """A SPARQL expression true when value ``v`` violates ``predicate obj``."""
        g = self.shapes
        if predicate == SH.datatype:
            check = f"(isLiteral({v}) && DATATYPE({v}) = {_term(obj)})"
            if obj in (XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean):
                # An ill-typed literal such as "x"^^xsd:integer has the datatype but no value.
                check = f"({check} && (isNumeric({v}) || DATATYPE({v}) = {_term(XSD.boolean)}))"
            return f"!{check}"
        if predicate == SH.nodeKind:
            return "!" + _NODE_KINDS[obj].format(v=v)
        if predicate == SH["class"]:
            return f"NOT EXISTS {{ {v} {_TYPE}/{_SUBCLASS}* {_term(obj)} }}"
        if predicate == SH.node:
            return f"!({self.conforms(obj, v)})"
        if predicate == SH["or"]:
            members = list(Collection(g, obj))
            return "!(" + " || ".join(f"({self.conforms(m, v)})" for m in members) + ")"
        if predicate == SH["in"]:
            members = list(Collection(g, obj))
            return f"!({' || '.join(f'sameTerm({v}, {_term(m)})' for m in members) or 'false'})"
        if predicate == SH.minLength:
            return f"(isBlank({v}) || STRLEN(STR({v})) < {int(obj)})"
        if predicate == SH.maxLength:
            return f"(isBlank({v}) || STRLEN(STR({v})) > {int(obj)})"
        if predicate == SH.pattern:
            flags = g.value(shape, SH.flags)
            args = f", {Literal(str(flags)).n3()}" if flags is not None else ""
            return f"(isBlank({v}) || !REGEX(STR({v}), {Literal(str(obj)).n3()}{args}))"
        comparisons = {
            SH.minInclusive: ">=",
            SH.maxInclusive: "<=",
            SH.minExclusive: ">",
            SH.maxExclusive: "<",
        }
        if predicate in comparisons:
            # Incomparable values (an error in SPARQL) are violations, as in SHACL.
            return f"COALESCE(!({v} {comparisons[predicate]} {_term(obj)}), true)"
        raise UnsupportedShape(f"shapes: unsupported constraint {predicate} on {shape}")

    def focus_violation(self, predicate: URIRef, obj: Node, f: str, path: str | None) -> str:
        """A SPARQL expression true when focus ``f`` violates a count or hasValue constraint."""
        if path is None:
            if predicate == SH.hasValue:
                return f"!sameTerm({f}, {_term(obj)})"
            raise UnsupportedShape(f"shapes: {predicate} needs a property shape")
        if predicate == SH.hasValue:
            return f"NOT EXISTS {{ {f} {path} {_term(obj)} }}"
        n = int(obj)
        if predicate == SH.minCount:
            if n <= 0:
                return "false"
            return f"NOT EXISTS {{ {self._distinct_values(f, path, n)} }}"
        if predicate == SH.maxCount:
            return f"EXISTS {{ {self._distinct_values(f, path, n + 1)} }}"
        raise UnsupportedShape(f"shapes: unsupported constraint {predicate}")

    def _distinct_values(self, f: str, path: str, n: int) -> str:
        """A pattern matching when ``f`` has at least ``n`` distinct values on ``path``."""
        if n > 4:
            # Pairwise distinctness grows quadratically; no shape here needs more.
            raise UnsupportedShape(f"shapes: counts above 3 are not compiled (got {n - 1})")
        names = [self.fresh() for _ in range(n)]
        triples = " ".join(f"{f} {path} {x} ." for x in names)
        pairs = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(names, 2)]
        return triples + (f" FILTER ({' && '.join(pairs)})" if pairs else "")

    def constraints(self, shape: Node) -> Iterable[tuple[URIRef, Node]]:
        for predicate, obj in self.shapes.predicate_objects(shape):
            if predicate in _IGNORED:
                continue
            if predicate in _VALUE_COMPONENTS or predicate in _FOCUS_COMPONENTS:
                yield predicate, obj
                continue
            raise UnsupportedShape(f"shapes: unsupported constraint {predicate} on shape {shape}")

    def conforms(self, shape: Node, f: str) -> str:
        """A SPARQL expression true when node ``f`` conforms to ``shape`` (for sh:node, sh:or)."""
        g = self.shapes
        parts: list[str] = []
        if (shape, SH.sparql, None) in g:
            raise UnsupportedShape(f"shapes: SPARQL constraints in nested shape {shape}")
        if (shape, SH.closed, Literal(True)) in g:
            raise UnsupportedShape(f"shapes: sh:closed in nested shape {shape}")
        parts += self._violations(shape, f, None)
        for prop in g.objects(shape, SH.property):
            path = self.path(g.value(prop, SH.path))
            parts += self._violations(prop, f, path)
        if not parts:
            return "true"
        return " && ".join(f"!({p})" for p in parts)

    def _violations(self, shape: Node, f: str, path: str | None) -> list[str]:
        out = []
        for predicate, obj in self.constraints(shape):
            if predicate in _FOCUS_COMPONENTS:
                out.append(self.focus_violation(predicate, obj, f, path))
            elif path is not None:
                v = self.fresh()
                expression = self.value_violation(predicate, obj, v, shape)
                out.append(f"EXISTS {{ {f} {path} {v} . FILTER ({expression}) }}")
            else:
                out.append(self.value_violation(predicate, obj, f, shape))
        return out

    # ---------------------------------------------------------------- top-level shapes

    def focus_pattern(self, shape: Node) -> str | None:
        g = self.shapes
        alternatives = []
        for cls in g.objects(shape, SH.targetClass):
            alternatives.append(f"{{ ?this {_TYPE}/{_SUBCLASS}* {_term(cls)} }}")
        for node in g.objects(shape, SH.targetNode):
            alternatives.append(f"{{ VALUES ?this {{ {_term(node)} }} }}")
        for prop in g.objects(shape, SH.targetSubjectsOf):
            alternatives.append(f"{{ ?this {_term(prop)} [] }}")
        for prop in g.objects(shape, SH.targetObjectsOf):
            alternatives.append(f"{{ [] {_term(prop)} ?this }}")
        for target in g.objects(shape, SH.target):
            select = g.value(target, SH.select)
            if select is None:
                raise UnsupportedShape(f"shapes: unsupported custom target on {shape}")
            text = _plan(str(select))
            alternatives.append(f"{{ {_subquery(text)} }}")
        if not alternatives:
            return None
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(alternatives) + " } }"

    def compile(self) -> list[Check]:
        g = self.shapes
        checks: list[Check] = []
        node_shapes = set(g.subjects(RDF.type, SH.NodeShape))
        node_shapes |= {
            s for p in (SH.targetClass, SH.target, SH.targetNode) for s in g.subjects(p)
        }
        for shape in sorted(node_shapes, key=str):
            if (shape, SH.deactivated, Literal(True)) in g:
                continue
            focus = self.focus_pattern(shape)
            if focus is None:
                continue  # only used through sh:node
            severity = g.value(shape, SH.severity) or SH.Violation
            first = len(checks)
            checks += self._shape_checks(shape, focus, None, None, severity)
            for prop in g.objects(shape, SH.property):
                path_node = g.value(prop, SH.path)
                checks += self._shape_checks(
                    prop,
                    focus,
                    path_node,
                    self.path(path_node),
                    g.value(prop, SH.severity) or severity,
                )
            for constraint in g.objects(shape, SH.sparql):
                checks.append(self._sparql_check(shape, constraint, focus, severity))
            if (shape, SH.closed, Literal(True)) in g:
                checks.append(self._closed_check(shape, focus, severity))
            if (shape, SH.target, None) in g:
                # Oxigraph does not always start from the (small) focus set of a whole-graph
                # SPARQL target; selecting it first keeps each constraint to its few nodes.
                focus_query = self.prologue + focus[1:-1].strip()
                screen = _target_screen(g, shape)
                for i in range(first, len(checks)):
                    c = checks[i]
                    checks[i] = replace(
                        c,
                        query=c.query.replace(focus, "@FOCUS@"),
                        focus_query=focus_query,
                        focus="@FOCUS@",
                        focus_test=None,
                        prefilter=self.prologue + screen if screen else c.prefilter,
                    )
        return self._screen_focus_checks(checks)

    def _screen_focus_checks(self, checks: list[Check]) -> list[Check]:
        """Give the count and hasValue checks of one focus pattern a shared screen.

        Each such check is a pass over all its focus nodes (every claim, for the claim
        shapes): ninety passes over a million claims. One query testing all of a shape's
        count constraints per focus node finds nothing on conforming data, and then none of
        them has to run.
        """
        tests: dict[str, list[str]] = {}
        for check in checks:
            if check.focus_test is not None:
                tests.setdefault(check.focus, []).append(check.focus_test)
        screens = {
            focus: self.prologue
            + f"SELECT ?this WHERE {{ {focus} FILTER ({' || '.join(f'({t})' for t in group)}) }}"
            + " LIMIT 1"
            for focus, group in tests.items()
            if len(group) > 1
        }
        return [
            replace(check, prefilter=screens[check.focus])
            if check.focus_test is not None and check.focus in screens
            else check
            for check in checks
        ]

    def _shape_checks(self, shape, focus, path_node, path, severity) -> list[Check]:
        checks = []
        message = str(self.shapes.value(shape, SH.message) or "")
        for predicate, obj in self.constraints(shape):
            prefilter = focus_test = typed_values = None
            if predicate in _FOCUS_COMPONENTS:
                expression = self.focus_violation(predicate, obj, "?this", path)
                query = f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER ({expression}) }}"
                component = _FOCUS_COMPONENTS[predicate]
                if predicate == SH.maxCount and int(obj) == 1 and isinstance(path_node, URIRef):
                    # Whether any subject at all has two values: two counts over the
                    # property's triples, a few times cheaper than a test per focus node.
                    prefilter = (
                        "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?_s) AS ?d) "
                        f"WHERE {{ ?_s {path} ?_o }} }} FILTER (?n != ?d) }}"
                    )
                else:
                    focus_test = expression
            else:
                bind = f"?this {path} ?value ." if path is not None else "BIND (?this AS ?value)"
                expression = self.value_violation(predicate, obj, "?value", shape)
                query = (
                    f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {bind} FILTER ({expression}) }}"
                )
                component = _VALUE_COMPONENTS[predicate]
                prefilter = _value_prefilter(path, expression)
                target = _ONE_CLASS_FOCUS.match(focus)
                if target is not None and isinstance(path_node, URIRef):
                    typed_values = (path, target.group(1), expression)
            checks.append(
                Check(
                    shape,
                    component,
                    path_node,
                    self.prologue + query,
                    message,
                    severity,
                    prefilter=self.prologue + prefilter if prefilter else None,
                    focus=focus,
                    focus_test=focus_test,
                    typed_values=typed_values,
                )
            )
        return checks

    def _closed_check(self, shape, focus, severity) -> Check:
        """sh:closed: every property of the focus node is a path of the shape's property
        shapes or one of its sh:ignoredProperties (SHACL 4.8.1)."""
        g = self.shapes
        allowed = []
        for prop in g.objects(shape, SH.property):
            path = g.value(prop, SH.path)
            if isinstance(path, URIRef):
                allowed.append(path)
        ignored = g.value(shape, SH.ignoredProperties)
        if ignored is not None:
            allowed += list(Collection(g, ignored))
        test = f"FILTER (?path NOT IN ({', '.join(_term(p) for p in allowed)}))" if allowed else ""
        query = (
            f"SELECT DISTINCT ?this ?path ?value WHERE {{ {focus} ?this ?path ?value . {test} }}"
        )
        message = str(
            g.value(shape, SH.message) or "Node is closed: property {?path} is not allowed"
        )
        return Check(
            shape,
            SH.ClosedConstraintComponent,
            None,
            self.prologue + query,
            message,
            severity,
            focus=focus,
        )

    def _sparql_check(self, shape, constraint, focus, severity) -> Check:
        g = self.shapes
        select = g.value(constraint, SH.select)
        if select is None:
            raise UnsupportedShape(f"shapes: SPARQL constraint without sh:select on {shape}")
        text = _plan(str(select))
        query = _with_focus(text, focus)
        message = str(g.value(constraint, SH.message) or g.value(shape, SH.message) or "")
        return Check(
            shape,
            SH.SPARQLConstraintComponent,
            None,
            self.prologue + query,
            message,
            severity,
            focus=focus,
        )


_ONE_CLASS_FOCUS = re.compile(
    r"^\{ SELECT DISTINCT \?this WHERE \{ \{ \?this "
    + re.escape(f"{_TYPE}/{_SUBCLASS}*")
    + r" (<[^<>\s]+>) \} \} \}$"
)


def _value_prefilter(path: str | None, expression: str) -> str | None:
    """The distinct values of ``path`` anywhere in the graph that satisfy ``expression``.

    A value constraint depends on the value alone, so a focus node violates it only through
    a value this query returns. Testing each distinct value once, instead of once per
    (focus node, value) row, is what keeps validation linear: a million claims point at a
    few hundred interventions, and a class check per claim walked the class hierarchy a
    million times. Paths that can be empty (``*``, ``?``) match every node and are skipped.
    """
    if path is None or "*" in path or "?" in path.replace("?_", ""):
        return None
    # The LIMIT keeps Oxigraph from pushing the filter into the subquery, where it would run
    # once per triple again; it is far above any store's size.
    return (
        f"SELECT ?value WHERE {{ {{ SELECT DISTINCT ?value WHERE {{ ?_any {path} ?value }} "
        f"LIMIT {2**62} }} FILTER ({expression}) }} LIMIT 1"
    )


# Whole-graph SPARQL targets that test one term per triple (the predicate, the class), with
# a query finding the distinct terms that fail the test: nothing found, no focus nodes. The
# target itself tests every triple of the graph; the distinct terms are a few dozen.
_TARGET_SCREEN_TEMPLATE = (
    "SELECT ?{var} WHERE {{ {{ SELECT DISTINCT ?{var} WHERE {{ {pattern} }} LIMIT {limit} }} "
    "{filters} }} LIMIT 1"
)
_ONE_TERM_TARGET = re.compile(
    r"^SELECT DISTINCT \?this WHERE \{ \?this (\?path|rdf:type) \?value \. "
    r"((?:FILTER \(!STRSTARTS\(STR\(\?\w+\), \"[^\"]*\"\)\) )*"
    r"FILTER NOT EXISTS \{ \?\w+ rdf:type (?:owl:Class|\?kind \. FILTER \(\?kind IN \([\w:, ]*\)\)) \}) \}$"
)


def _target_screen(shapes: Graph, shape: Node) -> str | None:
    """A screen for ``shape``'s SPARQL target when it tests one term per triple."""
    targets = list(shapes.objects(shape, SH.target))
    if len(targets) != 1:
        return None
    select = shapes.value(targets[0], SH.select)
    match = _ONE_TERM_TARGET.match(_normalise(str(select))) if select is not None else None
    if match is None:
        return None
    predicate, filters = match.groups()
    var = "path" if predicate == "?path" else "value"
    if set(re.findall(r"\?(\w+)", filters)) - {var, "kind"}:
        return None  # the test reads another term of the triple
    pattern = f"?_s ?{var} ?_o" if var == "path" else f"?_s rdf:type ?{var}"
    return _TARGET_SCREEN_TEMPLATE.format(var=var, pattern=pattern, limit=2**62, filters=filters)


def _normalise(query: str) -> str:
    return " ".join(query.split())


# Constraints whose literal SPARQL Oxigraph plans badly at scale, with an equivalent query.
# "Unique positions per document" joins every statement with every other statement of the
# same position before checking the document (positions repeat across thousands of
# documents): minutes at 100k claims. Grouping by (document, position) first finds the
# duplicates in one pass. tests/test_scale_validate.py checks the results stay identical.
_EQUIVALENT_PLANS = {
    _normalise("""
            SELECT $this ?value WHERE {
                $this hkg:position ?value ; dcterms:isPartOf ?doc .
                ?other hkg:position ?value ; dcterms:isPartOf ?doc .
                FILTER (?other != $this)
            }"""): """
            SELECT $this ?value WHERE {
                { SELECT ?doc ?value WHERE {
                    ?s hkg:position ?value ; dcterms:isPartOf ?doc .
                  } GROUP BY ?doc ?value HAVING (COUNT(DISTINCT ?s) > 1) }
                $this hkg:position ?value ; dcterms:isPartOf ?doc .
            }""",
    # "Criterion texts are verbatim" (and "every shortcut triple has a claim behind it", see
    # _plan) test a NOT EXISTS per row whose inner pattern starts from a common node (AHSCT has a large share
    # of all claims): quadratic. MINUS evaluates the inner pattern once, sharing every
    # variable the NOT EXISTS correlated on, so the solutions are the same.
    _normalise("""
            SELECT $this ?value WHERE {
                $this hkg:criterionText ?value .
                FILTER NOT EXISTS {
                    ?claim hkg:population $this ; prov:wasDerivedFrom ?st .
                    ?st hkg:text ?text .
                    FILTER CONTAINS(?text, ?value)
                }
            }"""): """
            SELECT $this ?value WHERE {
                $this hkg:criterionText ?value .
                MINUS {
                    ?claim hkg:population $this ; prov:wasDerivedFrom ?st .
                    ?st hkg:text ?text .
                    $this hkg:criterionText ?value .
                    FILTER CONTAINS(?text, ?value)
                }
            }""",
}


_SHORTCUT_BACKING = re.compile(r"([?$]this \?path \?value \.\s*)FILTER NOT EXISTS \{")


def _plan(select: str) -> str:
    """The query to run for ``select``: itself, or an equivalent Oxigraph plans better."""
    known = _EQUIVALENT_PLANS.get(_normalise(select))
    if known is not None:
        return known
    if "hkg:shortcutRelation" in select and "?claim hkg:intervention" in select:
        # The backing check correlates its NOT EXISTS on ?this ?path ?value, all bound on both
        # sides, and its inner filters use only the inner ?claim: MINUS is equivalent.
        return _SHORTCUT_BACKING.sub(r"\1MINUS {", select, count=1)
    return select


def _subquery(select: str) -> str:
    """A SPARQL target's SELECT (prologue-free) as a subquery."""
    return "{ " + select.replace("$this", "?this").strip() + " }"


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_focus(select: str, focus: str) -> str:
    """Join a SHACL-SPARQL constraint's body with the focus nodes of its shape.

    SHACL pre-binds ``$this`` to each focus node; joining with the focus subquery inside the
    WHERE clause gives the same solutions (also under GROUP BY ``$this``) in one query.
    """
    text = select.replace("$this", "?this").strip()
    match = _WHERE.search(text)
    if match is None:
        raise UnsupportedShape(f"shapes: cannot find WHERE in SPARQL constraint: {text[:80]}")
    return text[: match.end()] + f" {focus} " + text[match.end() :]


def compile_shapes(shapes: Graph) -> list[Check]:
    """Compile ``shapes`` to one SPARQL query per constraint.

    Raises:
        UnsupportedShape: a shape uses a feature outside the compiled subset.

    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> .
    ...   <urn:S> a sh:NodeShape ; sh:targetClass <urn:C> ;
    ...     sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .
    ... ''')
    >>> [str(c.component).rsplit("#")[1] for c in compile_shapes(shapes)]
    ['MinCountConstraintComponent']
    """
    return _Compiler(shapes).compile()


def run_checks(
    store: ox.Store,
    checks: list[Check],
    *,
    threads: int = 1,
    focus_nodes: Iterable[ox.NamedNode | ox.BlankNode] | None = None,
) -> list[tuple[Check, dict[str, Node]]]:
    """Run compiled checks on ``store``; return each violation as (check, bindings).

    With ``focus_nodes``, only those focus nodes are validated (an incremental build passes
    the nodes a change touched); the store is still read whole for everything else.
    """
    focus_set = None if focus_nodes is None else set(focus_nodes)
    named = (
        None
        if focus_set is None or any(not isinstance(n, ox.NamedNode) for n in focus_set)
        else " ".join(str(n) for n in focus_set)
    )

    def limited(query: str, focus: str) -> str:
        # Blank focus nodes cannot be written in VALUES; those runs are filtered afterwards.
        if named is None or not focus or focus == "@FOCUS@":
            return query
        return query.replace(focus, f"{{ VALUES ?this {{ {named} }} {focus} }}")

    def finds_something(screen: str) -> bool:
        return next(iter(store.query(closed_screens[screen])), None) is not None

    def run(check: Check) -> list[tuple[Check, dict[str, Node]]]:
        rows: list[tuple[Check, dict[str, Node]]] = []
        query = limited(closed_queries[check.query], check.focus)
        if check.focus_query is not None:
            nodes = [row["this"] for row in store.query(check.focus_query)]
            if focus_set is not None:
                nodes = [n for n in nodes if n in focus_set]
            if not nodes:
                return rows
            if any(not isinstance(n, ox.NamedNode) for n in nodes):
                query = query.replace("@FOCUS@", check.focus_query.split("\n")[-1])
            else:
                query = query.replace(
                    "@FOCUS@", "{ VALUES ?this { " + " ".join(str(n) for n in nodes) + " } }"
                )
        solutions = store.query(query)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            if focus_set is not None and solution["this"] not in focus_set:
                continue
            rows.append(
                (
                    check,
                    {
                        name: to_rdflib(solution[name])
                        for name in names
                        if solution[name] is not None
                    },
                )
            )
        return rows

    if named is not None:
        # Few focus nodes (a change's): a shape none of them is a target of has nothing to
        # check. One ASK per target pattern replaces a query per constraint.
        targets = sorted({c.focus for c in checks if c.focus and c.focus != "@FOCUS@"})
        asks = [
            _prologue_of(next(c.query for c in checks if c.focus == f))
            + f"ASK {{ VALUES ?this {{ {named} }} {f} }}"
            for f in targets
        ]
        reached = {f for f, ask in zip(targets, asks) if store.query(ask)}
        checks = [c for c in checks if not c.focus or c.focus == "@FOCUS@" or c.focus in reached]
    screens = sorted({limited(c.prefilter, c.focus) for c in checks if c.prefilter is not None})
    closed_screens = _with_class_closures(store, screens)
    with _mapper(threads) as mapped:
        found = dict(zip(screens, mapped(finds_something, screens)))
        remaining = [
            c for c in checks if c.prefilter is None or found[limited(c.prefilter, c.focus)]
        ]
        remaining = _typed_value_screens(store, remaining, mapped)
        closed_queries = _with_class_closures(store, [c.query for c in remaining])
        return [row for rows in mapped(run, remaining) for row in rows]


@contextmanager
def _mapper(threads: int) -> Iterator[Callable]:
    """``map`` over a pool of ``threads`` threads, or in this thread when there is one: a
    change's few hundred small queries took a third longer handed to a single worker thread."""
    if threads <= 1:
        yield map
        return
    with ThreadPoolExecutor(threads) as pool:
        yield pool.map


def _prologue_of(query: str) -> str:
    """The PREFIX lines a compiled query starts with."""
    lines = query.split("\n")
    return "".join(
        line + "\n" for line in itertools.takewhile(lambda x: x.startswith("PREFIX "), lines)
    )


_CLASS_TEST = re.compile(
    r"NOT EXISTS \{ (\?\w+) " + re.escape(f"{_TYPE}/{_SUBCLASS}*") + r" (<[^<>\s]+>) \}"
)


def _with_class_closures(store: ox.Store, queries: list[str]) -> dict[str, str]:
    """Each query with its class tests on a bound value reading the class's subclasses.

    ``?value rdf:type/rdfs:subClassOf* C`` walks the class hierarchy again for every value;
    the subclasses of ``C``, looked up once in the same store, leave one type lookup per
    value: a screen over a hundred thousand distinct values took a third of the time. A
    class with a blank-node subclass (which VALUES cannot hold) keeps its path.
    """
    classes = sorted({m.group(2) for q in queries for m in _CLASS_TEST.finditer(q)})
    closures = {}
    for cls in classes:
        members = [row["t"] for row in store.query(f"SELECT ?t WHERE {{ ?t {_SUBCLASS}* {cls} }}")]
        if not any(isinstance(t, ox.BlankNode) for t in members):
            # The class itself, even where no triple names it (a zero-length path matches).
            closures[cls] = " ".join(sorted({cls, *(str(t) for t in members)}))
    names = itertools.count()

    def closed(match: re.Match[str]) -> str:
        value, cls = match.groups()
        if cls not in closures:
            return match.group(0)
        kind = f"?_class{next(names)}"
        return f"NOT EXISTS {{ {value} {_TYPE} {kind} . VALUES {kind} {{ {closures[cls]} }} }}"

    return {q: _CLASS_TEST.sub(closed, q) for q in queries}


# Above this many distinct (class, value) pairs on a path, the pairs are not fetched: the
# screen would cost about as much as the checks it saves.
_MAX_TYPED_PAIRS = 2000


def _typed_value_screens(store: ox.Store, checks: list[Check], mapped: Callable) -> list[Check]:
    """Drop the value checks that no value of their own target class violates.

    A path such as ``hkg:predicate`` has different allowed values on each claim class, so
    the screen by the path's values alone finds the other classes' values and every class's
    check used to run: a pass over its claims each. The distinct (class, value) pairs of the
    path, found in one pass and shared by all its checks, tell which values each target
    class (with its subclasses) has; a check runs only when one of those values fails its
    test. Paths with more pairs than ``_MAX_TYPED_PAIRS``, and blank-node values (which
    VALUES cannot hold), leave their checks to run as before.
    """
    by_path: dict[str, list[Check]] = {}
    for check in checks:
        if check.typed_values is not None:
            by_path.setdefault(check.typed_values[0], []).append(check)
    shared = [path for path, group in by_path.items() if len(group) > 1]
    if not shared:
        return checks

    def pairs(path: str) -> set[tuple[ox.Term, ox.Term]] | None:
        rows = store.query(
            f"SELECT DISTINCT ?t ?value WHERE {{ ?_s {path} ?value . ?_s {_TYPE} ?t }} "
            f"LIMIT {_MAX_TYPED_PAIRS + 1}"
        )
        found = {(row["t"], row["value"]) for row in rows}
        return None if len(found) > _MAX_TYPED_PAIRS else found

    def subclasses(cls: str) -> set[ox.Term]:
        return {row["t"] for row in store.query(f"SELECT ?t WHERE {{ ?t {_SUBCLASS}* {cls} }}")}

    path_pairs = dict(zip(shared, mapped(pairs, shared)))
    screened = [
        c for c in checks if c.typed_values and path_pairs.get(c.typed_values[0]) is not None
    ]
    classes = sorted({c.typed_values[1] for c in screened})
    closures = dict(zip(classes, mapped(subclasses, classes)))

    def needed(check: Check) -> bool:
        path, cls, expression = check.typed_values
        values = {v for t, v in path_pairs[path] if t in closures[cls]}
        if not values:
            return False
        if any(isinstance(v, ox.BlankNode) for v in values):
            return True
        terms = " ".join(str(v) for v in values)
        screen = (
            f"SELECT ?value WHERE {{ VALUES ?value {{ {terms} }} FILTER ({expression}) }} LIMIT 1"
        )
        return next(iter(store.query(screen)), None) is not None

    keep = dict(zip(map(id, screened), mapped(needed, screened)))
    return [c for c in checks if keep.get(id(c), True)]


def validate_store(
    store: ox.Store,
    shapes: Graph,
    *,
    sources: SourceIndex | None = None,
    threads: int = 1,
    checks: list[Check] | None = None,
    focus_nodes: Iterable[ox.NamedNode | ox.BlankNode] | None = None,
) -> ValidationReport:
    """Validate the default graph of ``store`` against ``shapes``; nothing is modified.

    With ``focus_nodes``, only the results about those focus nodes are looked for.

    The report has the same results (focus node, path, constraint component, source shape)
    as :func:`kg.build.validate.validate` on the same triples.

    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> .
    ...   <urn:S> a sh:NodeShape ; sh:targetNode <urn:x> ;
    ...     sh:property [ sh:path <urn:p> ; sh:minCount 1 ; sh:message "needs urn:p" ] .
    ... ''')
    >>> report = validate_store(ox.Store(), shapes)
    >>> report.conforms, [r.message for r in report.results]
    (False, ['needs urn:p'])
    """
    if checks is None:
        checks = compile_shapes(shapes)
    rows = run_checks(store, checks, threads=threads, focus_nodes=focus_nodes)
    results = []
    seen = set()
    for check, binding in rows:
        focus = binding.get("this")
        path = binding.get("path", check.path)
        value = binding.get("value")
        key = (focus, path, check.component, check.shape, value)
        if key in seen:
            continue
        seen.add(key)
        results.append(
            Result(
                focus_node=focus,
                path=path,
                value=value,
                message=_fill_message(check.message, binding),
                severity=check.severity,
                source_shape=check.shape,
                constraint=check.component,
                location=sources.locate(focus) if sources is not None else None,
                path_label=_show_path(path, shapes) if path is not None else "",
                shape_label=_show_shape(check.shape, shapes),
            )
        )
    results = refine(results, shapes, declared_in(store), lambda p: _used(store, p), sources)
    conforms = not any(r.severity == SH.Violation for r in results)
    return ValidationReport(
        conforms, report_graph(results, conforms), format_results(results, conforms), results
    )


def declared_in(store: ox.Store) -> set[URIRef]:
    """IRIs typed as an RDF or OWL property in ``store``'s default graph."""
    graph = ox.DefaultGraph()
    return {
        URIRef(q.subject.value)
        for kind in PROPERTY_TYPES
        for q in store.quads_for_pattern(None, _TYPE_NODE, ox.NamedNode(str(kind)), graph)
        if isinstance(q.subject, ox.NamedNode)
    }


_TYPE_NODE = ox.NamedNode(str(RDF.type))


def _used(store: ox.Store, predicate: URIRef) -> bool:
    found = store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, ox.DefaultGraph())
    return next(iter(found), None) is not None


def report_graph(results: list[Result], conforms: bool) -> Graph:
    """The standard ``sh:ValidationReport`` graph of ``results``."""
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(conforms)))
    for result in results:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, result.focus_node))
        graph.add((node, SH.resultSeverity, result.severity))
        graph.add((node, SH.sourceConstraintComponent, result.constraint))
        graph.add((node, SH.sourceShape, result.source_shape))
        graph.add((node, SH.resultMessage, Literal(result.message)))
        if result.path is not None:
            graph.add((node, SH.resultPath, result.path))
        if result.value is not None:
            graph.add((node, SH.value, result.value))
    return graph


def _fill_message(message: str, binding: dict[str, Node]) -> str:
    def replace(match: re.Match[str]) -> str:
        node = binding.get(match.group(1))
        return str(node) if node is not None else match.group(0)

    return re.sub(r"\{[?$](\w+)\}", replace, message)
