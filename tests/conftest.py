"""Shared fixtures: the built-in graph is prepared once per session (load + derive) and put
into a fresh in-memory pyoxigraph store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build.pipeline import Prepared, prepare
from kg.build.store import memory_store
from kg.resources import Project, find_project


@pytest.fixture(scope="session")
def project() -> Project:
    return find_project()


@pytest.fixture(scope="session")
def prepared(project: Project) -> Prepared:
    return prepare(project)


@pytest.fixture(scope="module")
def lexicon(project: Project):
    """The ingest lexicon of the project (the ontology and data/entities/)."""
    from kg.ingest import project_lexicon

    return project_lexicon(project)


@pytest.fixture()
def built_store(prepared: Prepared) -> ox.Store:
    return memory_store(prepared.graph)
