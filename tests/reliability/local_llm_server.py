"""A hostile OpenAI-compatible server on 127.0.0.1 for the network-safety tests: real sockets, bounded loops.

Each behaviour gets the raw request (its headers and body) and the connection, and answers as
a badly behaved server would: one byte every so often, never a byte, or the caller's API key
echoed back in an error or an answer. Every loop is bounded and stops when the test ends.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

DRIP_BYTES = 400  # the most a drip sends: with 0.2 s per byte, 80 s, far beyond any deadline under test


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Server:
    url: str  # the base URL, …/v1
    requests: list[Received] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)


Behaviour = Callable[[socket.socket, Received, threading.Event], None]


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Received(method, path, headers, body)


@contextmanager
def serving(behaviour: Behaviour) -> Iterator[Server]:
    """Run `behaviour` for every request on a fresh port; the server and its threads stop on exit."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    server = Server(f"http://127.0.0.1:{listener.getsockname()[1]}/v1")
    threads: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                while not server.stop.is_set():
                    received = _read_request(conn)
                    if received is None:
                        return
                    server.requests.append(received)
                    behaviour(conn, received, server.stop)
            except OSError:  # the client gave up and closed: expected
                return

    def accept() -> None:
        while not server.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=handle, args=(conn,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        server.stop.set()
        acceptor.join(timeout=2)
        listener.close()
        for thread in threads:
            thread.join(timeout=2)


# --- behaviours ---------------------------------------------------------------------------------


def respond(conn: socket.socket, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
    body = json.dumps(payload).encode()
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    conn.sendall(head.encode() + b"\r\n" + body)


def drip_body(every: float = 0.2) -> Behaviour:
    """Headers at once, then the body one byte every `every` seconds (a read timeout never fires)."""

    def behaviour(conn: socket.socket, request: Received, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(DRIP_BYTES):
            if stop.wait(every):
                return
            conn.sendall(b" ")

    return behaviour


def drip_headers(every: float = 0.2) -> Behaviour:
    """Even the status line and headers one byte at a time: the client never gets a response object."""

    def behaviour(conn: socket.socket, request: Received, stop: threading.Event) -> None:
        head = b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"a" * DRIP_BYTES
        for byte in head:
            if stop.wait(every):
                return
            conn.sendall(bytes([byte]))

    return behaviour


def silent(conn: socket.socket, request: Received, stop: threading.Event) -> None:
    """Takes the request, never answers (until the test ends)."""
    stop.wait(60)


def key_of(request: Received) -> str:
    return request.headers.get("authorization", "").removeprefix("Bearer ")


def echo_key(status: int, template: str, headers: dict[str, str] | None = None) -> Behaviour:
    """An error whose message holds the caller's key (`{key}` in `template`), as some servers do."""

    def behaviour(conn: socket.socket, request: Received, stop: threading.Event) -> None:
        message = template.format(key=key_of(request))
        respond(conn, status, {"error": {"message": message, "type": "x"}}, headers)

    return behaviour


def completion(content: str, model: str = "test-model") -> dict[str, Any]:
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": 1795000000,
        "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def answer_echoing_key(conn: socket.socket, request: Received, stop: threading.Event) -> None:
    """A 200 whose draft, id and headers carry the caller's key and Authorization header."""
    key = key_of(request)
    body = f"Dear Dana,\n\nThank you for the conversation. (debug: {key})\n\nBest,\nSam Rivera"
    content = json.dumps({"subject": f"Thank you {key}", "body": body, "used_items": [key]})
    payload = {**completion(content), "system_fingerprint": request.headers.get("authorization", "")}
    respond(conn, 200, payload, {"x-echo-authorization": request.headers.get("authorization", ""), "x-key": key})


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    result = function()
    return result, time.monotonic() - started
