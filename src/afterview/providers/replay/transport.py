"""The `httpx2` transports handed to the real `OpenAI(http_client=…)`: record/replay and dry run.

The SDK's own request building, parsing, retries and error mapping run in every mode; only the
bytes on the wire come from a fixture file. Modes: `replay` (a miss is a `ReplayMiss` with a diff
against the nearest recording), `record-missing` (serve what is recorded, ask the live server for
the rest and save it), `rewrite` (ask the live server for everything and overwrite). A batch's
status changes while it runs, so in `record-missing` mode `GET …/batches…` is always asked live.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypedDict

import httpx2

from afterview.errors import AfterviewError
from afterview.outdir import atomic_write
from afterview.providers.replay.fixtures import (
    BATCH_RERECORD_HINT,
    RERECORD_HINT,
    ReplayMiss,
    load_fixture,
    nearest_recording,
    new_fixture,
    response_content,
)
from afterview.providers.replay.keys import JSONObject, StoredRequest, describe_request, is_chat, stored_key
from afterview.redact import redact_data, remember

Mode = Literal["replay", "record-missing", "rewrite"]
# Sent by the writer so a recording can say which template it came from; never a secret.
PROMPT_HEADER = "x-afterview-prompt"
PROMPT_VERSION_HEADER = "x-afterview-prompt-version"


@dataclass(frozen=True)
class Exchange:
    """One request the transport answered: from a recording (`recorded` False) or live (saved if 2xx)."""

    key: str
    path: str
    recorded: bool
    seconds: float
    status: int


class RecordingTransport(httpx2.BaseTransport):
    """Serve recorded responses from `folder`; in the record modes, ask `inner` for the rest and save them.

    `meta` (model name, model sha256, server build…) is stored in every new file.
    `used_log`, when given, gets the key of every fixture served, one per line, so a
    test run can prove it used them all (`afterview fixtures verify --used FILE`).
    `on_exchange`, when given, is told of every request answered (for a recorder's progress).
    """

    def __init__(
        self,
        inner: httpx2.BaseTransport | None,
        folder: Path | str,
        mode: Mode = "record-missing",
        *,
        meta: Mapping[str, object] | None = None,
        used_log: Path | str | None = None,
        on_exchange: Callable[[Exchange], None] | None = None,
    ) -> None:
        if mode != "replay" and inner is None:
            raise ValueError(f"mode {mode!r} needs a live transport to record from")
        self.inner, self.folder, self.mode = inner, Path(folder), mode
        self.meta: dict[str, object] = dict(meta or {})
        self.used_log = Path(used_log) if used_log else None
        self.on_exchange = on_exchange
        self.recorded: list[Path] = []
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        started = time.monotonic()
        stored = describe_request(request)
        key = stored_key(stored)
        path = self.path_for(key)
        if self.mode != "rewrite" and path.is_file() and not (self.mode != "replay" and _volatile(stored)):
            response, recorded = self._serve(path, key, request), False
        elif self.mode == "replay":
            raise self._miss(key, stored, request)
        else:
            response, recorded = self._record(request, stored, key, path), True
        if self.on_exchange is not None:
            seconds = time.monotonic() - started
            self.on_exchange(Exchange(key, request.url.path, recorded, seconds, response.status_code))
        return response

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()

    def _serve(self, path: Path, key: str, request: httpx2.Request) -> httpx2.Response:
        response = load_fixture(path)["response"]
        if self.used_log is not None:
            with self._lock, self.used_log.open("a", encoding="utf-8") as log:
                log.write(key + "\n")
        return httpx2.Response(
            int(response["status"]),
            headers=dict(response.get("headers", {})),
            content=response_content(response),
            request=request,
        )

    def _record(self, request: httpx2.Request, stored: StoredRequest, key: str, path: Path) -> httpx2.Response:
        assert self.inner is not None
        started = time.monotonic()
        response = self.inner.handle_request(request)
        content = response.read()
        elapsed = time.monotonic() - started
        if 200 <= response.status_code < 300:
            remember(request.headers.get("authorization"))
            meta = {**self.meta, **_prompt_meta(request), "elapsed_seconds": round(elapsed, 2)}
            fixture = new_fixture(key, meta, stored, response.status_code, response.headers, content)
            fixture = redact_data(fixture)  # scrubbed before it is written: a server may echo the key
            with self._lock:
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(path, json.dumps(fixture, indent=2, ensure_ascii=False) + "\n")
                self.recorded.append(path)
        # A fresh response: the live one's stream is spent, and its headers may carry ids we do not pass on.
        return httpx2.Response(
            response.status_code,
            headers={
                k: v
                for k, v in response.headers.items()
                if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")
            },
            content=content,
            request=request,
        )

    def _miss(self, key: str, stored: StoredRequest, request: httpx2.Request) -> ReplayMiss:
        hint = RERECORD_HINT if is_chat(request.url.path) else BATCH_RERECORD_HINT
        nearest = nearest_recording(self.folder, stored)
        if nearest is None:
            return ReplayMiss(key, self.folder, "", None, _prompt_note(request, None), hint)
        path, fixture, diff = nearest
        return ReplayMiss(key, self.folder, diff, path, _prompt_note(request, fixture.get("meta", {})), hint)


class ReplayTransport(RecordingTransport):
    """Serve only recorded responses; a miss raises `ReplayMiss` (the SDK passes it through unwrapped)."""

    def __init__(self, folder: Path | str, *, used_log: Path | str | None = None) -> None:
        super().__init__(None, folder, "replay", used_log=used_log)


class DryRunRequest(TypedDict):
    """The request the SDK would have sent."""

    method: str
    url: str
    body: JSONObject


class DryRunCaptured(AfterviewError):
    """Raised by `DryRunTransport` with the exact request the SDK would have sent."""

    def __init__(self, method: str, url: str, body: JSONObject) -> None:
        self.method, self.url, self.body = method, url, body
        super().__init__(f"dry run: {method} {url}")


class DryRunTransport(httpx2.BaseTransport):
    """Capture the request the real SDK builds and stop before anything is sent."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        body = json.loads(request.content or b"{}")
        url = request.url.copy_with(query=None)
        raise DryRunCaptured(request.method, str(url), body)


def _volatile(stored: StoredRequest) -> bool:
    """A read whose answer changes over time (a batch's status): recorded afresh, never reused live."""
    return stored["method"] == "GET" and "/batches" in stored["path"]


def _prompt_meta(request: httpx2.Request) -> dict[str, str]:
    meta = {}
    if PROMPT_HEADER in request.headers:
        meta["prompt"] = request.headers[PROMPT_HEADER]
    if PROMPT_VERSION_HEADER in request.headers:
        meta["prompt_version"] = request.headers[PROMPT_VERSION_HEADER]
    return meta


def _prompt_note(request: httpx2.Request, recorded: Mapping[str, object] | None) -> str:
    prompt = request.headers.get(PROMPT_HEADER)
    version = request.headers.get(PROMPT_VERSION_HEADER)
    if not prompt:
        return ""
    note = f"this request was rendered from prompts/{prompt} (prompt version {version})"
    if recorded and recorded.get("prompt_version") and recorded.get("prompt_version") != version:
        note += f"; the nearest recording was made with prompt version {recorded['prompt_version']}"
    return note
