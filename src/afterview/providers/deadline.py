"""A wall-clock deadline for one LLM call (every retry, the wait for headers and reading the body).

The SDK's `timeout` is per read: a server that sends one byte every few seconds never trips it.
So every socket operation of a call is capped by the time left to the call's deadline:

- `within(seconds)` opens the deadline for the calls made by this thread (batch threads each
  have their own);
- `DeadlineBackend` (installed on the httpcore2 connection pools of the SDK's HTTP client)
  shortens each connect, read and write to the time left, and raises `DeadlineExceeded` once
  there is none: mid-headers, mid-body, or before a retry;
- the client's event hooks refuse to start an attempt after the deadline, and tell the SDK not
  to retry when the server's `Retry-After` asks for a longer wait than the time left.

`DeadlineExceeded` is ours, so the SDK passes it through without retrying or wrapping it.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from afterview.errors import ProviderUnavailable
from afterview.redact import remember

if TYPE_CHECKING:
    import ssl

    import httpx2
    from httpcore2 import SOCKET_OPTION

_current = threading.local()


class DeadlineExceeded(ProviderUnavailable):
    """The call's deadline passed; `seconds` is the deadline, `elapsed` the time the call took."""

    def __init__(self, seconds: float, elapsed: float) -> None:
        self.seconds, self.elapsed = seconds, elapsed
        super().__init__(f"no complete answer within the {seconds:g} s deadline (gave up after {elapsed:.1f} s)")


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()
        self.until = self.started + seconds

    def left(self) -> float:
        return self.until - time.monotonic()

    def exceeded(self) -> DeadlineExceeded:
        return DeadlineExceeded(self.seconds, time.monotonic() - self.started)


@contextmanager
def within(seconds: float | None) -> Iterator[Deadline | None]:
    """Calls this thread makes inside the block must finish within `seconds` (None or 0: no deadline)."""
    previous = getattr(_current, "deadline", None)
    deadline = Deadline(seconds) if seconds else None
    _current.deadline = deadline
    try:
        yield deadline
    finally:
        _current.deadline = previous


def current() -> Deadline | None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    return deadline


def _capped(timeout: float | None) -> float | None:
    """`timeout` shortened to the time left; raises DeadlineExceeded when none is left."""
    deadline = current()
    if deadline is None:
        return timeout
    left = deadline.left()
    if left <= 0:
        raise deadline.exceeded()
    return left if timeout is None else min(timeout, left)


def _past_deadline() -> Deadline | None:
    deadline = current()
    return deadline if deadline is not None and deadline.left() <= 0.01 else None


# ---------------------------------------------------------------------------------------------
# The socket level: every read and write of a call is capped by its deadline


@functools.cache
def _backend_types() -> tuple[type, type]:
    import httpcore2

    class DeadlineStream(httpcore2.NetworkStream):
        def __init__(self, inner: httpcore2.NetworkStream) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            try:
                return self.inner.read(max_bytes, _capped(timeout))
            except httpcore2.ReadTimeout as exc:
                if (deadline := _past_deadline()) is not None:
                    raise deadline.exceeded() from exc
                raise

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            try:
                self.inner.write(buffer, _capped(timeout))
            except httpcore2.WriteTimeout as exc:
                if (deadline := _past_deadline()) is not None:
                    raise deadline.exceeded() from exc
                raise

        def close(self) -> None:
            self.inner.close()

        def start_tls(
            self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
        ) -> httpcore2.NetworkStream:
            return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, _capped(timeout)))

        def get_extra_info(self, info: str) -> object:
            return self.inner.get_extra_info(info)

    class DeadlineBackend(httpcore2.NetworkBackend):
        def __init__(self, inner: httpcore2.NetworkBackend) -> None:
            self.inner = inner

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[SOCKET_OPTION] | None = None,
        ) -> httpcore2.NetworkStream:
            try:
                stream = self.inner.connect_tcp(host, port, _capped(timeout), local_address, socket_options)
            except httpcore2.ConnectTimeout as exc:
                if (deadline := _past_deadline()) is not None:
                    raise deadline.exceeded() from exc
                raise
            return DeadlineStream(stream)

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Iterable[SOCKET_OPTION] | None = None
        ) -> httpcore2.NetworkStream:
            return DeadlineStream(self.inner.connect_unix_socket(path, _capped(timeout), socket_options))

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    return DeadlineStream, DeadlineBackend


def guard_transport(transport: object) -> None:
    """Install the deadline on the connection pool of an httpx2 HTTP transport (or the live transport
    inside a recording one); transports without sockets (replay, tests' MockTransport) are left alone."""
    _, backend_type = _backend_types()
    inner = getattr(transport, "inner", None)
    if inner is not None and inner is not transport:
        guard_transport(inner)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if pool is not None and backend is not None and not isinstance(backend, backend_type):
        pool._network_backend = backend_type(backend)


def http_client(timeout: float, transport: httpx2.BaseTransport | None = None) -> httpx2.Client:
    """The SDK's HTTP client (its own defaults: limits, redirects, proxies from the environment),
    with every connection pool under the deadline and the hooks that enforce it between attempts."""
    import httpx2

    client = httpx2.Client(
        timeout=timeout,
        # the SDK's own defaults for the client it would build (openai.DefaultHttpxClient)
        limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=100),
        follow_redirects=True,
        event_hooks={"request": [_before_attempt], "response": [_after_attempt]},
        transport=transport,
    )
    for mounted in [client._transport, *client._mounts.values()]:
        guard_transport(mounted)
    return client


def _before_attempt(request: httpx2.Request) -> None:
    """No new attempt (a retry after a pause, say) once the deadline has passed.

    The Authorization value sent is remembered as a secret, whatever its shape (redact.py)."""
    remember(request.headers.get("authorization"))
    deadline = current()
    if deadline is not None and deadline.left() <= 0:
        raise deadline.exceeded()


def _after_attempt(response: httpx2.Response) -> None:
    """A `Retry-After` longer than the time left: the SDK must not wait for it (it would wait up to 120 s)."""
    deadline = current()
    wait = retry_after(response.headers)
    if deadline is not None and wait is not None and wait > deadline.left():
        response.headers["x-should-retry"] = "false"


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks us to wait (`retry-after-ms`, `retry-after` in seconds or as an HTTP date)."""
    try:
        if headers.get("retry-after-ms"):
            return float(headers["retry-after-ms"]) / 1000
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        return seconds if math.isfinite(seconds) else None
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
