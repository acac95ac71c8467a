"""Shared fixtures: the built-in graph is prepared once per session (load + derive) and put
into a fresh in-memory pyoxigraph store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build import Prepared, prepare
from kg.resources import Project, find_project
from kg.store import memory_store


@pytest.fixture(scope="session")
def project() -> Project:
    return find_project()


@pytest.fixture(scope="session")
def prepared(project: Project) -> Prepared:
    return prepare(project)


@pytest.fixture()
def built_store(prepared: Prepared) -> ox.Store:
    return memory_store(prepared.graph)
