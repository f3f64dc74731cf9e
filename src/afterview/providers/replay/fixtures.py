"""Fixture files: one readable JSON file per request (its stored request, the response's status, harmless
headers and body, and who recorded it), read back checked, and a miss explained by a diff against the
nearest recording."""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import NotRequired, TypedDict, cast

from afterview.errors import AfterviewError
from afterview.providers.replay.keys import FixtureError, JSONObject, StoredRequest, canonical_request, is_chat

FIXTURE_FORMAT = 1
KEPT_RESPONSE_HEADERS = ("content-type",)
RERECORD_HINT = (
    "re-record with a live server: afterview fixtures record NOTES… --now WHEN --fixtures {folder} "
    "--base-url URL --model MODEL (record-missing), or run with --provider openai --fixtures {folder}"
)
BATCH_RERECORD_HINT = (
    "re-record the Batch API's recordings: python tests/providers/record_batch_fixtures.py (in a checkout), "
    "or run with --provider openai --fixtures {folder} against the real Batch API"
)


class FixtureResponse(TypedDict):
    status: int
    headers: NotRequired[dict[str, str]]
    body: NotRequired[object]  # the JSON the server answered…
    body_text: NotRequired[str]  # …or its text, when it was not JSON


class Fixture(TypedDict):
    afterview_fixture: int
    key: NotRequired[str]
    meta: NotRequired[JSONObject]
    request: JSONObject  # a StoredRequest as read back: `body` is checked to be an object
    response: FixtureResponse


def load_fixture(path: Path) -> Fixture:
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
    return cast(Fixture, data)


def new_fixture(
    key: str, meta: Mapping[str, object], stored: StoredRequest, status: int, headers: Mapping[str, str], content: bytes
) -> Fixture:
    """The file's content for a response just received (redact it before writing)."""
    response: FixtureResponse = {
        "status": status,
        "headers": {name: headers[name] for name in KEPT_RESPONSE_HEADERS if name in headers},
    }
    try:
        response["body"] = json.loads(content)
    except ValueError:
        response["body_text"] = content.decode("utf-8", "replace")
    return {
        "afterview_fixture": FIXTURE_FORMAT,
        "key": key,
        "meta": dict(meta),
        "request": dict(stored),
        "response": response,
    }


def response_content(response: FixtureResponse) -> bytes:
    """The bytes to serve for a recorded response."""
    if "body" in response:
        return json.dumps(response["body"], ensure_ascii=False).encode("utf-8")
    return str(response.get("body_text", "")).encode("utf-8")


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


def nearest_recording(folder: Path, stored: StoredRequest) -> tuple[Path, Fixture, str] | None:
    """The recording in `folder` for the same endpoint closest to `stored`, with a unified diff of the two."""
    wanted = _readable_request(stored)
    best: tuple[float, Path, list[str], Fixture] | None = None
    for path in sorted(folder.glob("*.json")):
        try:
            fixture = load_fixture(path)
        except FixtureError:
            continue
        if fixture["request"].get("path") != stored["path"]:
            continue
        lines = _readable_request(fixture["request"])
        matcher = difflib.SequenceMatcher(None, lines, wanted, autojunk=False)
        if best is not None and matcher.quick_ratio() <= best[0]:
            continue
        ratio = matcher.ratio()
        if best is None or ratio > best[0]:
            best = (ratio, path, lines, fixture)
    if best is None:
        return None
    _, path, lines, fixture = best
    diff = "".join(
        line if line.endswith("\n") else line + "\n"
        for line in difflib.unified_diff(lines, wanted, f"recorded/{path.name}", "this request", n=2, lineterm="")
    )
    return path, fixture, diff


def readable(body: Mapping[str, object]) -> list[str]:
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


def _readable_request(stored: Mapping[str, object]) -> list[str]:
    body = stored.get("body", {})
    body = body if isinstance(body, Mapping) else {}
    if is_chat(str(stored.get("path", ""))):
        return readable(body)
    head = f"{stored.get('method')} {stored.get('path')}"
    query = stored.get("query")
    if isinstance(query, Mapping) and query:
        head += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return [head, *readable(body)]
