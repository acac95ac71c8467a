"""``kg serve``: run the SPARQL endpoint under waitress.

Every field of :class:`~server.settings.Settings` becomes a flag here, so flags, ``KG_*``
environment variables and ``create_app`` config keys always agree.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import resource
import signal
import socket
import sys
import threading
import time

import pyoxigraph as ox

from server import sandbox
from server.settings import Settings, setting_fields

log = logging.getLogger(__name__)

_THREAD_STACK = 64 * 1024 * 1024


def _environment() -> dict[str, str]:
    return {key[3:]: value for key, value in os.environ.items() if key.startswith("KG_")}


def listen(host: str, port: int) -> socket.socket:
    """Bind and listen on ``host``:``port``, or raise ValueError saying what to do.

    >>> sock = listen("127.0.0.1", 0); busy = sock.getsockname()[1]
    >>> listen("127.0.0.1", busy)
    Traceback (most recent call last):
    ValueError: cannot listen on 127.0.0.1:... address already in use; choose another with --port
    >>> sock.close()
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as exc:
        raise ValueError(
            f"--host {host}: not an address of this machine ({exc.strerror})"
        ) from None
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        reason = "address already in use" if exc.errno == errno.EADDRINUSE else exc.strerror
        raise ValueError(
            f"cannot listen on {host}:{port}: {reason}; choose another with --port"
            + (" or --host" if exc.errno != errno.EADDRINUSE else "")
        ) from None
    return sock


def _raise_file_limit(connections: int) -> None:
    """Let the process hold ``connections`` sockets beside its own files, if the system allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = connections + 256
    if soft != resource.RLIM_INFINITY and soft < want:
        new = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add one flag per setting; an absent flag leaves the setting to the environment/default."""
    defaults = Settings()
    for f in setting_fields():
        flag = "--" + f.name.replace("_", "-")
        default = getattr(defaults, f.name)
        shown = ",".join(default) if isinstance(default, tuple) else default
        help_text = f.metadata["help"] + (
            f" (default: {shown})" if shown not in (None, "", ()) else ""
        )
        env = f" [env KG_{f.name.upper()}]"
        if f.metadata["flag"]:
            parser.add_argument(flag, action="store_true", default=None, help=help_text + env)
        elif f.name in ("data", "shapes"):
            parser.add_argument(
                flag, nargs="+", default=None, metavar=f.metadata["metavar"], help=help_text + env
            )
        else:
            parser.add_argument(
                flag, default=None, metavar=f.metadata["metavar"], help=help_text + env
            )


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``serve`` subcommand to the CLI's subparsers and return its parser."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the graph over the SPARQL 1.1 Protocol",
        description="Serve the built-in graph, an on-disk store (--store) or RDF files (--data) "
        "as a SPARQL 1.1 endpoint at /sparql, with a VoID description at /.well-known/void.",
    )
    add_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def config_from_args(args: argparse.Namespace) -> dict:
    """Return the settings given on the command line (absent flags are left out)."""
    return {
        f.name: getattr(args, f.name)
        for f in setting_fields()
        if getattr(args, f.name, None) is not None
    }


def run(args: argparse.Namespace) -> int:
    """Start waitress with the app and serve until interrupted; return the exit code."""
    import waitress

    from server import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    started = time.monotonic()
    config = config_from_args(args)
    if getattr(args, "root", None):
        config["ROOT"] = str(args.root)
    # /sparql answers as soon as the store is open; the pages' indexes follow (/ready).
    config["BACKGROUND_INDEXES"] = True
    try:
        # The address first: a busy or wrong port is reported at once, not after the build.
        early = Settings.from_mapping({**_environment(), **config})
        sock = listen(early.host, early.port)
        app = create_app(config)
    except ValueError as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return 2
    settings = app.extensions["kg.settings"]
    backend = app.extensions["kg.backend"]
    # Request threads parse update texts that a worker has already parsed on its main
    # thread's stack; theirs must be at least as deep.
    threading.stack_size(_THREAD_STACK)
    _raise_file_limit(settings.connection_limit)
    server = waitress.create_server(
        app,
        sockets=[sock],
        threads=settings.threads,
        ident="hsct-kg",
        # Idle and slow connections are held by the event loop, not by threads: the limit on
        # them is what stops many slow clients from locking others out. poll(), not select(),
        # so more than 1,024 descriptors work.
        connection_limit=settings.connection_limit,
        channel_timeout=settings.channel_timeout,
        cleanup_interval=max(1, min(30, int(settings.channel_timeout / 4))),
        asyncore_use_poll=True,
        # Keep reading a connection while its request runs, so a client that hangs up is seen
        # (waitress.client_disconnected) and its query stopped instead of holding a worker.
        channel_request_lookahead=1,
        # Above our own limit the app answers 431 after reading the request whole; this is
        # waitress's hard stop far beyond it.
        max_request_header_size=max(262144, settings.max_header_bytes * 2),
    )
    if not (settings.backend or settings.allow_service) and not sandbox.deny_network():
        log.warning("the server process can reach the network; only the text check stops LOAD")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    host, port = sock.getsockname()[:2]
    base = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    building = (
        f"  the pages' indexes are being built; {base}/ready says when they are\n"
        if app.extensions.get("kg.indexes") is not None
        else ""
    )
    print(
        f"kg serve: {app.extensions['kg.loaded']}, ready in {time.monotonic() - started:.1f} s\n"
        f"  home page        {base}/\n"
        f"  SPARQL endpoint  {base}/sparql\n"
        f"{building}"
        "  stop with Ctrl+C",
        file=sys.stderr,
        flush=True,
    )
    if isinstance(app.extensions["kg"], ox.Store):
        threading.Thread(target=_say_size, args=(app,), name="start-up-size", daemon=True).start()
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
        backend.close()
    return 0


def _say_size(app) -> None:
    from server import size

    print(
        f"kg serve: {app.extensions['kg.loaded']}: {size(app.extensions['kg'])}",
        file=sys.stderr,
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Run ``serve`` on its own (``python -m server``), for development."""
    from kg.errors import KGError, ValidationFailed

    parser = argparse.ArgumentParser(prog="python -m server", description=__doc__)
    add_arguments(parser)
    try:
        return run(parser.parse_args(argv))
    except ValidationFailed as failed:
        print(failed.report.text, file=sys.stderr)
        return 1
    except KGError as exc:
        print(f"python -m server: {exc}", file=sys.stderr)
        return 2
