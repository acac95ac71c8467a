"""Errors of the hsct-kg library, all rooted at :class:`KGError`.

The library raises; only the CLI and the server turn these into exit codes or HTTP statuses.
Every message says where the problem is (file:line:column, focus node, query position) and,
where it can, what to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class KGError(Exception):
    """Base class of every error the library reports to a user."""


class InputError(KGError):
    """The input (a file, a query, an argument) is unusable as given."""


class ConfigError(InputError):
    """The project layout or a setting is wrong: a directory is missing, a path is unusable."""


class ParseError(InputError):
    """A Turtle file is malformed.

    >>> str(ParseError("data/claims/x.ttl", 12, 7, "A dot is expected"))
    'data/claims/x.ttl:12:7: A dot is expected'
    """

    def __init__(self, path: str, line: int | None, column: int | None, reason: str):
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ShortcutTriple:
    """A hand-written shortcut triple and where it was written."""

    path: str
    line: int | None
    triple: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.triple}"


class ShortcutTripleError(InputError):
    """Input data contains shortcut triples, which only the derive stage may produce.

    >>> found = ShortcutTriple("d.ttl", 3, "intervention:x hkg:improves outcome:y")
    >>> err = ShortcutTripleError([found])
    >>> print(err)
    d.ttl:3: intervention:x hkg:improves outcome:y
      shortcut triples are derived from claims at build time; describe a claim instead
    """

    def __init__(self, triples: list[ShortcutTriple]):
        self.triples = list(triples)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [str(t) for t in self.triples]
        lines.append(
            "  shortcut triples are derived from claims at build time; describe a claim instead"
        )
        return "\n".join(lines)


class QueryError(InputError):
    """A SPARQL query is malformed or cannot run.

    ``position`` is ``(line, column)``, both 1-based, in the query text as the user wrote it.

    >>> print(QueryError("expected one of HAVING", (1, 35), "SELECT * WHERE { ?s ?p ?o } LIMT 3"))
    line 1, column 35: expected one of HAVING
      SELECT * WHERE { ?s ?p ?o } LIMT 3
                                        ^
    """

    def __init__(self, message: str, position: tuple[int, int] | None = None, query: str = ""):
        self.message = message
        self.position = position
        self.query = query
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        line, column = self.position
        text = f"line {line}, column {column}: {self.message}"
        lines = self.query.splitlines()
        if 1 <= line <= len(lines):
            source = lines[line - 1].expandtabs(1)
            text += f"\n  {source}\n  {' ' * (column - 1)}^"
        return text


class StoreError(InputError):
    """A store cannot be opened or written (missing, locked, not a store)."""


class Report(Protocol):
    """What an error needs of a validation report (:class:`kg.build.validate.ValidationReport`).

    Named by its shape, so this module imports nothing of the library: every other module may
    import it without a cycle.
    """

    conforms: bool
    text: str
    results: list


class ValidationFailed(KGError):
    """The graph does not conform to the shapes; ``report`` holds the details."""

    def __init__(self, report: Report):
        self.report = report
        count = len(report.results)
        super().__init__(f"validation failed: {count} result{'s' if count != 1 else ''}")
