"""An in-memory OpenAI Batch API (files and batches) behind an httpx2 MockTransport handler.

It follows the documented shapes (each object it returns is checked against the SDK's own
Batch/FileObject types by `afterview fixtures verify`), and answers every chat request of
a batch with `answer(body)`: by default the real model's recorded answer from fixtures/llm,
looked up by the request's hash, as the live pipeline would get it. A direct POST /chat/completions gets the
same (or `STAND_IN`, for a request nothing was recorded for).

Each GET of a batch moves it one step along `steps`; when it reaches a final state it writes
the output and error files, in reverse order of the input (the join must not rely on order).
`fail` maps a custom_id prefix to how that line fails: "error" (a line in the error file),
"500" (an output line with status 500), "drop" (no line at all).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import httpx2

from afterview.providers.replay.fixtures import load_fixture
from afterview.providers.replay.keys import fixture_key, multipart_fields
from helpers import RECORDED

CREATED = 1795000000  # a fixed clock: recordings of this fake are byte-identical run to run


def recorded_answer(body: dict[str, Any]) -> dict[str, Any] | None:
    path = RECORDED / f"{fixture_key(body)}.json"
    return load_fixture(path)["response"]["body"] if path.is_file() else None


# The answer to a chat request the recorded model never saw (another model name, another prompt).
STAND_IN: dict[str, Any] = {
    "id": "chatcmpl-stand-in",
    "object": "chat.completion",
    "created": CREATED,
    "model": "stand-in",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": json.dumps({"subject": "Thank you", "body": "Thank you."})},
        }
    ],
    "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
}


class FakeBatchAPI:
    def __init__(
        self,
        *,
        answer: Callable[[dict[str, Any]], dict[str, Any] | None] = recorded_answer,
        steps: tuple[str, ...] = ("validating", "in_progress", "completed"),
        fail: dict[str, str] | None = None,
    ) -> None:
        self.answer, self.steps, self.fail = answer, steps, fail or {}
        self.files: dict[str, bytes] = {}
        self.file_objects: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.step: dict[str, int] = {}
        self.calls: list[str] = []

    # -- the transport ---------------------------------------------------------------------------
    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handle)

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        path = request.url.path.removeprefix("/v1")
        self.calls.append(f"{request.method} {path}")
        if request.method == "POST" and path == "/files":
            return self._json(self._upload(request))
        if request.method == "POST" and path == "/batches":
            return self._json(self._create(json.loads(request.content)))
        if request.method == "GET" and path == "/batches":
            data = sorted(self.batches.values(), key=lambda b: b["id"], reverse=True)
            first, last = (data[0]["id"], data[-1]["id"]) if data else (None, None)
            return self._json({"object": "list", "data": data, "first_id": first, "last_id": last, "has_more": False})
        if request.method == "GET" and path.startswith("/batches/"):
            batch_id = path.split("/")[2]
            if batch_id not in self.batches:
                return self._json({"error": {"message": f"No batch found with id '{batch_id}'."}}, 404)
            return self._json(self._advance(batch_id))
        if request.method == "POST" and path == "/chat/completions":
            return self._json(recorded_answer(json.loads(request.content)) or STAND_IN)
        if request.method == "GET" and path.startswith("/files/") and path.endswith("/content"):
            file_id = path.split("/")[2]
            if file_id not in self.files:
                return self._json({"error": {"message": f"No such File object: {file_id}"}}, 404)
            binary = {"content-type": "application/octet-stream"}
            return httpx2.Response(200, content=self.files[file_id], headers=binary)
        return self._json({"error": {"message": f"unknown route {request.method} {path}"}}, 404)

    # -- endpoints -------------------------------------------------------------------------------
    def _upload(self, request: httpx2.Request) -> dict[str, Any]:
        filename, content, purpose = "upload.jsonl", b"", ""
        for params, data in multipart_fields(request.content, request.headers["content-type"]):
            if params.get("name") == "file":
                filename, content = params.get("filename", filename), data
            elif params.get("name") == "purpose":
                purpose = data.decode()
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = content
        obj = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": CREATED,
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        self.file_objects[file_id] = obj
        return obj

    def _create(self, params: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = self.files[params["input_file_id"]].decode().splitlines()
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": params["endpoint"],
            "errors": None,
            "input_file_id": params["input_file_id"],
            "completion_window": params["completion_window"],
            "status": self.steps[0],
            "output_file_id": None,
            "error_file_id": None,
            "created_at": CREATED,
            "expires_at": CREATED + 86400,
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": params.get("metadata"),
        }
        self.step[batch_id] = 0
        return self.batches[batch_id]

    def _advance(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        if batch["status"] in ("completed", "expired", "failed", "cancelled"):
            return batch
        self.step[batch_id] = min(self.step[batch_id] + 1, len(self.steps) - 1)
        batch["status"] = self.steps[self.step[batch_id]]
        if batch["status"] in ("completed", "expired", "cancelled"):
            self._finish(batch)
        return batch

    def _finish(self, batch: dict[str, Any]) -> None:
        requests = [json.loads(line) for line in self.files[batch["input_file_id"]].decode().splitlines()]
        if batch["status"] != "completed":
            requests = requests[: len(requests) // 2]  # an expired batch answered only some
        output, errors = [], []
        for number, line in enumerate(requests):
            custom_id = line["custom_id"]
            how = next((v for k, v in self.fail.items() if custom_id.startswith(k)), None)
            request_id = f"req_{hashlib.sha256(custom_id.encode()).hexdigest()[:8]}"
            item: dict[str, Any] = {"id": f"batch_req_{number}", "custom_id": custom_id}
            if how == "drop":
                continue
            if how == "error":
                errors.append({**item, "response": None, "error": {"code": "server_error", "message": "overloaded"}})
                continue
            body = None if how == "500" else self.answer(line["body"])
            if body is None:
                error = {"error": {"message": "The server had an error processing your request."}}
                response = {"status_code": 500, "request_id": request_id, "body": error}
            else:
                response = {"status_code": 200, "request_id": request_id, "body": body}
            output.append({**item, "response": response, "error": None})
        batch["output_file_id"] = self._store(reversed(output), "output")
        batch["error_file_id"] = self._store(errors, "error") if errors else None
        batch["request_counts"] = {
            "total": batch["request_counts"]["total"],
            "completed": sum(o["response"]["status_code"] == 200 for o in output),
            "failed": len(errors) + sum(o["response"]["status_code"] != 200 for o in output),
        }

    def _store(self, items: Any, kind: str) -> str:
        file_id = f"file-{kind}-{len(self.files) + 1}"
        self.files[file_id] = "".join(json.dumps(i, sort_keys=True) + "\n" for i in items).encode()
        return file_id

    @staticmethod
    def _json(body: dict[str, Any], status: int = 200) -> httpx2.Response:
        return httpx2.Response(status, json=body)
