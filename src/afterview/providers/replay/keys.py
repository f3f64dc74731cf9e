"""What names a recording: a request as stored (its canonical body, uploads by content hash) and its key.

Chat requests are keyed by the sha256 of the canonical body (model, messages, schema, sampling
parameters; sorted keys; never headers). Requests to other endpoints (the Batch API's files and
batches) are keyed by method, path, query and body; an uploaded file enters the key by its sha256,
not by the multipart boundary the SDK picks at random.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, NotRequired, TypedDict

from afterview.errors import AfterviewError

if TYPE_CHECKING:
    import httpx2

JSONObject = dict[str, object]  # a decoded JSON object; values are checked where they are read

# Body fields that change how a request travels or is stored, not what the model answers.
TRANSPORT_ONLY_FIELDS = frozenset(
    {"store", "cache_prompt", "stream_options", "user", "metadata", "safety_identifier", "prompt_cache_key"}
)


class StoredRequest(TypedDict):
    """A request as a fixture file holds it, and as it is keyed."""

    method: str
    path: str
    body: JSONObject
    query: NotRequired[dict[str, str]]


class FixtureError(AfterviewError):
    """A fixture file (or a request to record) that cannot be read as ours."""


def canonical_request(body: Mapping[str, object]) -> JSONObject:
    """The request body without the fields that do not change the answer.

    `max_completion_tokens` (OpenAI's name) and `max_tokens` (llama.cpp's) mean the same limit,
    so a recording made against either replays for both.
    """
    out = {key: value for key, value in body.items() if key not in TRANSPORT_ONLY_FIELDS}
    if "max_completion_tokens" in out and "max_tokens" not in out:
        out["max_tokens"] = out.pop("max_completion_tokens")
    return out


def canonical_json(body: Mapping[str, object]) -> str:
    return json.dumps(canonical_request(body), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fixture_key(body: Mapping[str, object]) -> str:
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def is_chat(path: str) -> bool:
    return path.endswith("/chat/completions")


def stored_key(stored: Mapping[str, object]) -> str:
    """The key of a stored request (`{"method", "path", "query"?, "body"}`): what its file is named by."""
    body = stored.get("body", {})
    if is_chat(str(stored.get("path", ""))) and isinstance(body, Mapping):
        return fixture_key(body)
    described = {
        "method": stored.get("method"),
        "path": stored.get("path"),
        "query": stored.get("query", {}),
        "body": body,
    }
    return hashlib.sha256(canonical_json(described).encode("utf-8")).hexdigest()


def describe_request(request: httpx2.Request) -> StoredRequest:
    """The request as it is stored and keyed: chat bodies as sent, uploads by content hash."""
    request.read()
    path = request.url.path
    query = dict(sorted(request.url.params.items()))
    content_type = request.headers.get("content-type", "")
    body: JSONObject
    if content_type.startswith("multipart/form-data"):
        body = {"multipart": _multipart_parts(request.content, content_type)}
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
    stored: StoredRequest = {"method": request.method, "path": path, "body": body}
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


def _multipart_parts(content: bytes, content_type: str) -> list[JSONObject]:
    """Each form field by name; a file by its name, size and sha256 (the boundary is random)."""
    parts = []
    for params, data in multipart_fields(content, content_type):
        part: JSONObject = {"name": params.get("name", "")}
        if "filename" in params:
            part |= {"filename": params["filename"], "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        else:
            part["value"] = data.decode("utf-8", "replace")
        parts.append(part)
    return parts
