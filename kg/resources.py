"""Locate the project's built-in directories and the library's own queries.

The package is installed editable from a clone, so the ontology, shapes and data sit beside
the ``kg`` package. Another checkout can be chosen with an explicit root; reading the
``KG_ROOT`` environment variable is left to the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import ConfigError

DEFAULT_ROOT = Path(__file__).resolve().parent.parent
EDIT_FILE = "hsct-kg-edit.ttl"


@dataclass(frozen=True)
class Project:
    """The directories of one hsct-kg checkout.

    >>> p = Project(Path("/x"))
    >>> p.shapes_dir.as_posix(), p.dist_dir.as_posix()
    ('/x/shapes', '/x/dist')
    """

    root: Path

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def edit_file(self) -> Path:
        return self.ontology_dir / EDIT_FILE

    @property
    def shapes_dir(self) -> Path:
        return self.root / "shapes"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    def ontology_files(self) -> list[Path]:
        """Every ``*.ttl`` under ``ontology/`` (the edit file and ``imports/``), sorted."""
        return _turtle_files(self.ontology_dir)

    def data_files(self) -> list[Path]:
        """Every ``*.ttl`` under ``data/``, sorted."""
        return _turtle_files(self.data_dir)

    def shapes_files(self) -> list[Path]:
        """Every ``*.ttl`` under ``shapes/``, sorted."""
        return _turtle_files(self.shapes_dir)


def find_project(root: str | Path | None = None) -> Project:
    """Return the project at ``root`` (default: the checkout this package was installed from).

    Raises:
        ConfigError: ``root`` has no ``ontology/`` directory.

    >>> find_project("/nonexistent")
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: /nonexistent is not an hsct-kg checkout (no ontology/ directory); pass --root DIR or set KG_ROOT to the directory that holds ontology/, shapes/ and data/
    """
    project = Project(Path(root) if root is not None else DEFAULT_ROOT)
    if not project.ontology_dir.is_dir():
        raise ConfigError(
            f"{project.root} is not an hsct-kg checkout (no ontology/ directory); "
            "pass --root DIR or set KG_ROOT to the directory that holds ontology/, shapes/ and data/"
        )
    return project


def query_text(name: str) -> str:
    """Return the text of the library query ``kg/queries/<name>.rq``.

    >>> "CONSTRUCT" in query_text("derive")
    True
    """
    return (
        resources.files("kg").joinpath("queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    )


def _turtle_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.rglob("*.ttl") if p.is_file())
