"""Record and replay LLM traffic as an `httpx2` transport handed to the real `OpenAI(http_client=…)`.

The SDK's own request building, parsing, retries and error mapping run in every mode;
only the bytes on the wire come from a fixture file. One readable JSON file per
request, named by the sha256 of the canonical request body (model, messages, schema,
sampling parameters; sorted keys; never headers), holding that body, the response
body, its status and only harmless headers. Requests to other endpoints (the Batch
API's files and batches) are keyed by method, path, query and body; an uploaded file
enters the key by its sha256, not by the multipart boundary the SDK picks at random.

Modes: `replay` (a miss is a `ReplayMiss` with a diff against the nearest recording),
`record-missing` (serve what is recorded, ask the live server for the rest and save it),
`rewrite` (ask the live server for everything and overwrite). A batch's status changes
while it runs, so in `record-missing` mode `GET …/batches…` is always asked live.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import httpx2

from afterview.errors import AfterviewError
from afterview.outdir import atomic_write
from afterview.redact import redact_data, remember

Mode = Literal["replay", "record-missing", "rewrite"]
FIXTURE_FORMAT = 1
# Body fields that change how a request travels or is stored, not what the model answers.
TRANSPORT_ONLY_FIELDS = frozenset(
    {"store", "cache_prompt", "stream_options", "user", "metadata", "safety_identifier", "prompt_cache_key"}
)
KEPT_RESPONSE_HEADERS = ("content-type",)
# Sent by the writer so a recording can say which template it came from; never a secret.
PROMPT_HEADER = "x-afterview-prompt"
PROMPT_VERSION_HEADER = "x-afterview-prompt-version"
RERECORD_HINT = (
    "re-record with a live server: python -m afterview.providers.record --fixtures {folder} "
    "--base-url URL --model MODEL NOTES… (record-missing), or run with --provider openai --fixtures {folder}"
)
BATCH_RERECORD_HINT = (
    "re-record the Batch API's recordings: python tests/providers/record_batch_fixtures.py (in a checkout), "
    "or run with --provider openai --fixtures {folder} against the real Batch API"
)


class ReplayMiss(AfterviewError):
    """A request with no recording: never a silent fallback. The message carries the diff and the fix."""

    def __init__(
        self, key: str, folder: Path, diff: str, nearest: Path | None, prompt_note: str, hint: str = RERECORD_HINT
    ) -> None:
        self.key, self.folder, self.diff, self.nearest = key, folder, diff, nearest
        lines = [f"no recorded LLM response for this request (key {key[:12]}) in {folder}"]
        if prompt_note:
            lines.append(prompt_note)
        if nearest is not None:
            lines += [f"nearest recording: {nearest.name}; what changed:", diff.rstrip("\n")]
        else:
            lines.append("the folder has no recordings for this endpoint")
        lines.append(hint.format(folder=folder))
        super().__init__("\n".join(lines))


class FixtureError(AfterviewError):
    """A fixture file that cannot be read as ours."""


def canonical_request(body: Mapping[str, Any]) -> dict[str, Any]:
    """The request body without the fields that do not change the answer.

    `max_completion_tokens` (OpenAI's name) and `max_tokens` (llama.cpp's) mean the same limit,
    so a recording made against either replays for both.
    """
    out = {key: value for key, value in body.items() if key not in TRANSPORT_ONLY_FIELDS}
    if "max_completion_tokens" in out and "max_tokens" not in out:
        out["max_tokens"] = out.pop("max_completion_tokens")
    return out


def canonical_json(body: Mapping[str, Any]) -> str:
    return json.dumps(canonical_request(body), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fixture_key(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def is_chat(path: str) -> bool:
    return path.endswith("/chat/completions")


def stored_key(stored: Mapping[str, Any]) -> str:
    """The key of a stored request (`{"method", "path", "query"?, "body"}`): what its file is named by."""
    if is_chat(str(stored.get("path", ""))):
        return fixture_key(stored["body"])
    described = {
        "method": stored.get("method"),
        "path": stored.get("path"),
        "query": stored.get("query", {}),
        "body": stored.get("body", {}),
    }
    return hashlib.sha256(canonical_json(described).encode("utf-8")).hexdigest()


def describe_request(request: httpx2.Request) -> dict[str, Any]:
    """The request as it is stored and keyed: chat bodies as sent, uploads by content hash."""
    request.read()
    path = request.url.path
    query = dict(sorted(request.url.params.items()))
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        body: dict[str, Any] = {"multipart": _multipart_parts(request.content, content_type)}
    elif request.content:
        try:
            loaded = json.loads(request.content)
        except ValueError as exc:
            raise FixtureError(f"cannot record a request whose body is not JSON ({path})") from exc
        if not isinstance(loaded, dict):
            raise FixtureError(f"cannot record a request whose body is not a JSON object ({path})")
        body = canonical_request(loaded) if is_chat(path) else loaded
    else:
        body = {}
    stored: dict[str, Any] = {"method": request.method, "path": path, "body": body}
    if query:
        stored["query"] = query
    return stored


def multipart_fields(content: bytes, content_type: str) -> list[tuple[dict[str, str], bytes]]:
    """Each part of a multipart/form-data body: its Content-Disposition parameters (name, filename) and data."""
    boundary = content_type.partition("boundary=")[2].strip().strip('"').encode()
    if not boundary:
        raise FixtureError("cannot record a multipart request without a boundary")
    fields = []
    for chunk in content.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        data = data.removesuffix(b"\r\n")  # the line break before the next boundary, not the file's own
        disposition = next(
            (line for line in head.decode("utf-8", "replace").split("\r\n") if line.lower().startswith("content-disp")),
            "",
        )
        params = {
            k.strip().lower(): v.strip().strip('"')
            for k, _, v in (item.partition("=") for item in disposition.split(";")[1:])
        }
        fields.append((params, data))
    return fields


def _multipart_parts(content: bytes, content_type: str) -> list[dict[str, Any]]:
    """Each form field by name; a file by its name, size and sha256 (the boundary is random)."""
    parts = []
    for params, data in multipart_fields(content, content_type):
        part: dict[str, Any] = {"name": params.get("name", "")}
        if "filename" in params:
            part |= {"filename": params["filename"], "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        else:
            part["value"] = data.decode("utf-8", "replace")
        parts.append(part)
    return parts


def readable(body: Mapping[str, Any]) -> list[str]:
    """A request body as lines a person can diff: messages as text, everything else as sorted JSON."""
    lines = []
    for key, value in sorted(canonical_request(body).items()):
        if key == "messages" and isinstance(value, list):
            for number, message in enumerate(value):
                role = message.get("role", "?") if isinstance(message, Mapping) else "?"
                lines.append(f"messages[{number}] ({role}):")
                content = message.get("content", "") if isinstance(message, Mapping) else message
                text = content if isinstance(content, str) else json.dumps(content, sort_keys=True)
                lines += ["    " + line for line in text.splitlines()]
        else:
            lines.append(f"{key}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}")
    return lines


class RecordingTransport(httpx2.BaseTransport):
    """Serve recorded responses from `folder`; in the record modes, ask `inner` for the rest and save them.

    `meta` (model name, model sha256, server build…) is stored in every new file.
    `used_log`, when given, gets the key of every fixture served, one per line, so a
    test run can prove it used them all (`afterview fixtures verify --used FILE`).
    """

    def __init__(
        self,
        inner: httpx2.BaseTransport | None,
        folder: Path | str,
        mode: Mode = "record-missing",
        *,
        meta: Mapping[str, Any] | None = None,
        used_log: Path | str | None = None,
    ) -> None:
        if mode != "replay" and inner is None:
            raise ValueError(f"mode {mode!r} needs a live transport to record from")
        self.inner, self.folder, self.mode = inner, Path(folder), mode
        self.meta = dict(meta or {})
        self.used_log = Path(used_log) if used_log else None
        self.recorded: list[Path] = []
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        stored = describe_request(request)
        key = stored_key(stored)
        path = self.path_for(key)
        if self.mode != "rewrite" and path.is_file() and not (self.mode != "replay" and _volatile(stored)):
            return self._serve(path, key, request)
        if self.mode == "replay":
            raise self._miss(key, stored, request)
        return self._record(request, stored, key, path)

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()

    def _serve(self, path: Path, key: str, request: httpx2.Request) -> httpx2.Response:
        fixture = load_fixture(path)
        response = fixture["response"]
        if "body" in response:
            content = json.dumps(response["body"], ensure_ascii=False).encode("utf-8")
        else:
            content = str(response.get("body_text", "")).encode("utf-8")
        if self.used_log is not None:
            with self._lock, self.used_log.open("a", encoding="utf-8") as log:
                log.write(key + "\n")
        return httpx2.Response(
            int(response["status"]), headers=dict(response.get("headers", {})), content=content, request=request
        )

    def _record(self, request: httpx2.Request, stored: dict[str, Any], key: str, path: Path) -> httpx2.Response:
        assert self.inner is not None
        started = time.monotonic()
        response = self.inner.handle_request(request)
        content = response.read()
        elapsed = time.monotonic() - started
        if 200 <= response.status_code < 300:
            remember(request.headers.get("authorization"))
            fixture: dict[str, Any] = {
                "afterview_fixture": FIXTURE_FORMAT,
                "key": key,
                "meta": {
                    **self.meta,
                    **_prompt_meta(request),
                    "elapsed_seconds": round(elapsed, 2),
                },
                "request": stored,
                "response": {
                    "status": response.status_code,
                    "headers": {
                        name: response.headers[name] for name in KEPT_RESPONSE_HEADERS if name in response.headers
                    },
                    **_response_body(content),
                },
            }
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

    def _miss(self, key: str, stored: dict[str, Any], request: httpx2.Request) -> ReplayMiss:
        wanted = _readable_request(stored)
        best: tuple[float, Path, list[str], dict[str, Any]] | None = None
        for path in sorted(self.folder.glob("*.json")):
            try:
                fixture = load_fixture(path)
            except FixtureError:
                continue
            if fixture["request"].get("path") != request.url.path:
                continue
            lines = _readable_request(fixture["request"])
            matcher = difflib.SequenceMatcher(None, lines, wanted, autojunk=False)
            if best is not None and matcher.quick_ratio() <= best[0]:
                continue
            ratio = matcher.ratio()
            if best is None or ratio > best[0]:
                best = (ratio, path, lines, fixture)
        hint = RERECORD_HINT if is_chat(request.url.path) else BATCH_RERECORD_HINT
        if best is None:
            return ReplayMiss(key, self.folder, "", None, _prompt_note(request, None), hint)
        _, path, lines, fixture = best
        diff = "".join(
            line if line.endswith("\n") else line + "\n"
            for line in difflib.unified_diff(lines, wanted, f"recorded/{path.name}", "this request", n=2, lineterm="")
        )
        return ReplayMiss(key, self.folder, diff, path, _prompt_note(request, fixture.get("meta", {})), hint)


class ReplayTransport(RecordingTransport):
    """Serve only recorded responses; a miss raises `ReplayMiss` (the SDK passes it through unwrapped)."""

    def __init__(self, folder: Path | str, *, used_log: Path | str | None = None) -> None:
        super().__init__(None, folder, "replay", used_log=used_log)


class DryRunCaptured(AfterviewError):
    """Raised by `DryRunTransport` with the exact request the SDK would have sent."""

    def __init__(self, method: str, url: str, body: dict[str, Any]) -> None:
        self.method, self.url, self.body = method, url, body
        super().__init__(f"dry run: {method} {url}")


class DryRunTransport(httpx2.BaseTransport):
    """Capture the request the real SDK builds and stop before anything is sent."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        body = json.loads(request.content or b"{}")
        url = request.url.copy_with(query=None)
        raise DryRunCaptured(request.method, str(url), body)


def load_fixture(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FixtureError(f"{path}: not a readable JSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("afterview_fixture") != FIXTURE_FORMAT:
        raise FixtureError(f"{path}: not an afterview fixture (format {FIXTURE_FORMAT})")
    request, response = data.get("request"), data.get("response")
    if not isinstance(request, dict) or not isinstance(request.get("body"), dict):
        raise FixtureError(f"{path}: request.body must be a JSON object")
    if not isinstance(response, dict) or not isinstance(response.get("status"), int):
        raise FixtureError(f"{path}: response.status must be a number")
    return data


def _volatile(stored: Mapping[str, Any]) -> bool:
    """A read whose answer changes over time (a batch's status): recorded afresh, never reused live."""
    return stored.get("method") == "GET" and "/batches" in str(stored.get("path", ""))


def _readable_request(stored: Mapping[str, Any]) -> list[str]:
    if is_chat(str(stored.get("path", ""))):
        return readable(stored["body"])
    head = f"{stored.get('method')} {stored.get('path')}"
    if stored.get("query"):
        head += "?" + "&".join(f"{k}={v}" for k, v in stored["query"].items())
    return [head, *readable(stored.get("body", {}))]


def _response_body(content: bytes) -> dict[str, Any]:
    try:
        return {"body": json.loads(content)}
    except ValueError:
        return {"body_text": content.decode("utf-8", "replace")}


def _prompt_meta(request: httpx2.Request) -> dict[str, str]:
    meta = {}
    if PROMPT_HEADER in request.headers:
        meta["prompt"] = request.headers[PROMPT_HEADER]
    if PROMPT_VERSION_HEADER in request.headers:
        meta["prompt_version"] = request.headers[PROMPT_VERSION_HEADER]
    return meta


def _prompt_note(request: httpx2.Request, recorded: Mapping[str, Any] | None) -> str:
    prompt = request.headers.get(PROMPT_HEADER)
    version = request.headers.get(PROMPT_VERSION_HEADER)
    if not prompt:
        return ""
    note = f"this request was rendered from prompts/{prompt} (prompt version {version})"
    if recorded and recorded.get("prompt_version") and recorded.get("prompt_version") != version:
        note += f"; the nearest recording was made with prompt version {recorded['prompt_version']}"
    return note
