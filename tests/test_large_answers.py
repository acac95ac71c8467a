"""A large answer is sent from memory, not spooled through a temporary file, over HTTP on a real
server: whole, byte for byte, on a kept-alive connection, to a slow reader."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from server.process import ServerProcess

TRIPLES = 40_000  # about 4 MB of N-Triples: well over waitress's 1 MB outbuf_overflow
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
NT = "application/n-triples"


def _line(i: int) -> str:
    return f'<http://e/s{i}> <http://e/label> "statement {i} of a large graph, padded to be long" .'


@pytest.fixture(scope="module")
def spool(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("spool")


@pytest.fixture(scope="module")
def server(tmp_path_factory, spool):
    data = tmp_path_factory.mktemp("data") / "large.nt"
    data.write_text("\n".join(_line(i) for i in range(TRIPLES)) + "\n")
    with ServerProcess.ours(
        "--data",
        str(data),
        "--workers",
        "1",
        "--shapes",
        "none",
        "--max-rows",
        str(TRIPLES * 2),
        "--result-cache-mb",
        "0",
        env={"TMPDIR": str(spool)},
    ) as s:
        yield s


def _spooled(server, spool: Path) -> list[str]:
    """The server's open files in its temporary directory (waitress's spool files are unlinked
    at once, so only /proc shows them)."""
    fds = Path(f"/proc/{server.proc.pid}/fd")
    links = []
    for fd in os.listdir(fds):
        try:
            links.append(os.readlink(fds / fd))
        except OSError:
            continue
    return [link for link in links if link.startswith(str(spool))]


def test_a_large_answer_arrives_whole(server) -> None:
    r = requests.get(
        server.url + "/sparql",
        params={"query": EVERYTHING},
        headers={"Accept": NT, "Accept-Encoding": "identity"},
        timeout=60,
    )
    assert r.status_code == 200, r.text[:300]
    assert int(r.headers["Content-Length"]) == len(r.content) > 1 << 20
    assert sorted(r.text.splitlines()) == sorted(_line(i) for i in range(TRIPLES))


def test_the_connection_is_kept_for_the_next_query(server) -> None:
    with requests.Session() as session:
        big = session.get(
            server.url + "/sparql",
            params={"query": EVERYTHING},
            headers={"Accept": NT, "Accept-Encoding": "identity"},
            timeout=60,
        )
        assert big.status_code == 200 and big.content.count(b"\n") == TRIPLES
        small = session.get(
            server.url + "/sparql",
            params={"query": "ASK { <http://e/s7> ?p ?o }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        assert small.status_code == 200 and small.json()["boolean"] is True


def _request(server, head: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=60)
    sock.sendall(head.encode("latin-1"))
    return sock


def test_a_slow_reader_gets_it_from_memory(server, spool) -> None:
    sock = _request(
        server,
        f"GET /sparql?query={quote(EVERYTHING)} HTTP/1.1\r\nHost: x\r\nAccept: {NT}\r\n"
        "Connection: close\r\n\r\n",
    )
    try:
        received = sock.recv(65536)  # then stop reading: the rest waits in the server
        time.sleep(1.0)
        assert _spooled(server, spool) == []
        chunks = [received]
        while chunk := sock.recv(1 << 20):
            chunks.append(chunk)
    finally:
        sock.close()
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    assert b" 200 " in head.split(b"\r\n")[0]
    assert body.count(b"\n") == TRIPLES


def test_the_spool_check_sees_the_temporary_files_of_the_server(server, spool) -> None:
    # Control: a request body over waitress's 512 KB inbuf_overflow is spooled to a temporary
    # file while it arrives, and the check above finds it.
    sock = _request(
        server,
        "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        f"Content-Length: {1 << 20}\r\n\r\n",
    )
    try:
        sock.sendall(b"#" * (700 << 10))
        deadline = time.monotonic() + 10
        while not _spooled(server, spool) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _spooled(server, spool)
    finally:
        sock.close()
