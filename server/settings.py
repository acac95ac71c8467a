"""Settings of the SPARQL server, declared once.

:class:`Settings` is the single source of the server's knobs: ``kg serve`` derives one flag per
field (``--max-rows``), the environment one variable (``KG_MAX_ROWS``), and ``create_app`` one
config key (``MAX_ROWS`` or ``max_rows``). Nothing else reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _setting(default: Any, help: str, *, metavar: str | None = None, flag: bool = False) -> Any:
    return field(default=default, metadata={"help": help, "metavar": metavar, "flag": flag})


@dataclass(frozen=True)
class Settings:
    """Everything the SPARQL server can be told, with its default.

    >>> Settings().timeout
    10.0
    >>> Settings.from_mapping({"MAX_ROWS": "5", "cors_origins": "https://a.example, *"}).cors_origins
    ('https://a.example', '*')
    """

    host: str = _setting("127.0.0.1", "interface to listen on", metavar="HOST")
    port: int = _setting(8000, "TCP port to listen on", metavar="PORT")
    store: str | None = _setting(
        None, "open this existing on-disk store (read-only) instead of building", metavar="PATH"
    )
    data: tuple[str, ...] = _setting(
        (),
        "serve these RDF files instead of the built-in graph (Turtle, N-Triples, TriG, N-Quads, "
        "RDF/XML, JSON-LD; named graphs kept)",
        metavar="FILE",
    )
    backend: str | None = _setting(
        None,
        "answer queries by delegating them to this remote SPARQL 1.1 query endpoint "
        "(the limits still apply here)",
        metavar="URL",
    )
    timeout: float = _setting(
        10.0, "seconds a query may run before it is stopped (its worker is killed)", metavar="SEC"
    )
    max_rows: int = _setting(
        10000,
        "most result rows (or triples) a query may return; a larger result is refused with 422 "
        "(add LIMIT/OFFSET to page)",
        metavar="N",
    )
    max_query_bytes: int = _setting(
        1_048_576, "largest query or request body accepted, in bytes (larger: 413)", metavar="N"
    )
    max_result_bytes: int = _setting(
        64 * 1024 * 1024,
        "largest answer a query may produce, in bytes; a larger one is refused whole with 422 "
        "(add LIMIT/OFFSET to page)",
        metavar="N",
    )
    max_header_bytes: int = _setting(
        16384,
        "largest total size of a request's header fields, in bytes (larger: 431)",
        metavar="N",
    )
    update_timeout: float = _setting(
        30.0,
        "seconds an update may take to run and be checked before it is stopped; nothing is "
        "changed and other writes can go on",
        metavar="SEC",
    )
    heavy_after: float = _setting(
        0.5,
        "seconds after which a running query counts as heavy and moves to the heavy lane, "
        "so light queries never wait behind it",
        metavar="SEC",
    )
    heavy_nice: int = _setting(
        10,
        "scheduling priority (nice, 0-19) a query's worker gets when it moves to the heavy lane, "
        "so light queries and the server itself get the cores first; 0 keeps every query equal",
        metavar="N",
    )
    connection_limit: int = _setting(
        1000,
        "most client connections held open at once; idle and slow ones cost no worker thread",
        metavar="N",
    )
    channel_timeout: float = _setting(
        20.0,
        "seconds a connection may stay silent (a request not arriving, or not read) before it "
        "is closed",
        metavar="SEC",
    )
    # As many heavy queries at once as cores: more made mixed workloads slower (the count-heavy
    # mix fell from 1.43x to 0.89x Oxigraph server's throughput at 4 on 2 cores). Light queries
    # run beside them in their own lane (light_workers).
    workers: int = _setting(
        os.cpu_count() or 1,
        "heavy queries that may run at once, each in its own worker process (by default one "
        "per CPU core; more wait, paused); 0 runs queries inside the server process (no hard "
        "timeout)",
        metavar="N",
    )
    light_workers: int | None = _setting(
        None,
        "queries that may run at once in the light lane, beside the heavy lane's --workers "
        "(default: four times --workers)",
        metavar="N",
    )
    threads: int = _setting(16, "HTTP worker threads of the WSGI server", metavar="N")
    result_cache_mb: int = _setting(
        64,
        "megabytes of answers kept for queries asked again, until the next update changes the "
        "store (not with --backend); 0 keeps none",
        metavar="MB",
    )
    cors_origins: tuple[str, ...] = _setting(
        (), "origins allowed by CORS, comma-separated, or * (default: no CORS)", metavar="ORIGIN"
    )
    allow_service: tuple[str, ...] = _setting(
        (),
        "endpoint IRIs a query may call with SERVICE (* allows any); SERVICE is refused otherwise",
        metavar="IRI",
    )
    enable_update: bool = _setting(False, "accept SPARQL updates (needs --update-token)", flag=True)
    update_token: str | None = _setting(
        None, "bearer token that update requests must present", metavar="TOKEN"
    )
    shapes: tuple[str, ...] = _setting(
        (),
        "SHACL shapes files that every update's result must conform to, or none to apply "
        "updates unchecked (default: the project's shapes/ for the built-in graph and --store; "
        "none for --data)",
        metavar="FILE",
    )
    base_iri: str = _setting(
        "https://w3id.org/hsct-kg/",
        "IRI base of the graph; IRIs under it are served as pages here (base/resource/... at "
        "/resource/..., base/ontology at /ontology)",
        metavar="IRI",
    )
    public_url: str | None = _setting(
        None,
        "URL at which clients reach this server, used in the links of its pages "
        "(default: taken from each request's Host)",
        metavar="URL",
    )

    def __post_init__(self) -> None:
        if min(self.timeout, self.update_timeout, self.heavy_after, self.channel_timeout) <= 0:
            raise ValueError(
                "timeout, update_timeout, heavy_after and channel_timeout must be positive"
            )
        if min(self.max_result_bytes, self.max_header_bytes, self.connection_limit) < 1:
            raise ValueError(
                "max_result_bytes, max_header_bytes and connection_limit must be positive"
            )
        if self.light_workers is not None and self.light_workers < 1:
            raise ValueError("light_workers must be at least 1")
        if self.max_rows < 0 or self.max_query_bytes <= 0 or self.workers < 0:
            raise ValueError("max_rows, max_query_bytes and workers must not be negative")
        if not 0 <= self.port <= 65535:
            raise ValueError(f"--port {self.port}: a TCP port is a number from 0 to 65535")
        if not 0 <= self.heavy_nice <= 19:
            raise ValueError(f"--heavy-nice {self.heavy_nice}: a nice value is from 0 to 19")
        if self.result_cache_mb < 0:
            raise ValueError("result_cache_mb must not be negative")
        if self.threads < 1:
            raise ValueError("threads must be at least 1")
        if self.enable_update and not self.update_token:
            raise ValueError("enable_update needs an update_token")
        if self.store and self.data:
            raise ValueError("give either store or data, not both")
        if self.backend and (self.store or self.data):
            raise ValueError("give one of backend, store and data")
        if self.backend and self.enable_update:
            raise ValueError("updates go to the remote store itself, not through --backend")
        if "none" in self.shapes and len(self.shapes) > 1:
            raise ValueError("shapes: give files, or none, not both")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Settings:
        """Build settings from a mapping whose keys are field names in any case.

        Strings are converted to each field's type, so environment values and flags need no
        pre-processing; unknown keys are ignored (a Flask config holds many others).
        """
        known = {f.name: f for f in dataclasses.fields(cls)}
        values = {}
        for key, value in mapping.items():
            name = key.lower() if isinstance(key, str) else key
            if name in known and value is not None:
                try:
                    values[name] = _coerce(known[name], value)
                except ValueError:
                    flag = "--" + name.replace("_", "-")
                    raise ValueError(
                        f"{flag} (KG_{name.upper()}): {value!r} is not {_KINDS[_kind(known[name])]}"
                    ) from None
        return cls(**values)

    def as_config(self) -> dict[str, Any]:
        """Return the settings as Flask config keys (upper case)."""
        return {name.upper(): value for name, value in dataclasses.asdict(self).items()}


_KINDS = {"int": "a whole number", "float": "a number"}


def _kind(f: dataclasses.Field) -> str:
    """The field's type name, without ``| None``."""
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    return kind.removesuffix(" | None")


def _coerce(f: dataclasses.Field, value: Any) -> Any:
    kind = _kind(f)
    if kind.startswith("tuple"):
        if isinstance(value, str):
            return tuple(part for part in re.split(r"[,\s]+", value) if part)
        return tuple(str(v) for v in value)
    if kind == "bool":
        if isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def setting_fields() -> list[dataclasses.Field]:
    """Return the declared settings, in order (for flags and documentation)."""
    return list(dataclasses.fields(Settings))
