"""Every way the LLM call can fail, through the real openai SDK over an httpx2.MockTransport,
ends in the right afterview exception with a one-line cause."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest
from llm_helpers import answer, completion, writer_over

from afterview.draft import DraftRequest
from afterview.errors import ProviderConfigError, ProviderUnavailable


def status(code: int, message: str = "boom", headers: dict[str, str] | None = None) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(code, json={"error": {"message": message, "type": "x"}}, headers=headers or {})

    return handler


def raises(exc: Exception) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise exc

    return handler


def body(payload: Any, raw: bytes | None = None) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        if raw is not None:
            return httpx2.Response(200, content=raw, headers={"content-type": "application/json"})
        return httpx2.Response(200, json=payload)

    return handler


CASES = [
    pytest.param(raises(httpx2.ConnectError("refused")), ProviderUnavailable, "cannot connect", id="connection-error"),
    pytest.param(raises(httpx2.ReadTimeout("slow")), ProviderUnavailable, "did not answer within", id="timeout"),
    pytest.param(
        status(401, "Incorrect API key provided: sk-abc***xyz"), ProviderConfigError, "OPENAI_API_KEY", id="401"
    ),
    pytest.param(status(403, "no access"), ProviderConfigError, "--model", id="403"),
    pytest.param(status(404, "model 'test-model' not found"), ProviderConfigError, "--base-url", id="404-model"),
    pytest.param(status(429, "slow down"), ProviderUnavailable, "rate limited", id="429"),
    pytest.param(
        status(429, "slow down", {"retry-after": "0"}), ProviderUnavailable, "retry after 0 s", id="429-retry-after"
    ),
    pytest.param(status(500, "internal"), ProviderUnavailable, "failed (500", id="500"),
    pytest.param(status(503, "overloaded"), ProviderUnavailable, "failed (503", id="503"),
    # Any other 4xx is that server's answer (Ollama, vLLM): a fallback naming the status, not "our bug".
    pytest.param(status(400, "messages: bad"), ProviderUnavailable, "refused the request (HTTP 400", id="400"),
    pytest.param(status(418, "I'm a teapot"), ProviderUnavailable, "refused the request (HTTP 418", id="418"),
    pytest.param(status(422, "unprocessable"), ProviderUnavailable, "refused the request (HTTP 422", id="422"),
    pytest.param(body(None, raw=b'{"id": "chatcmpl-1", "choices": ['), ProviderUnavailable, "not", id="malformed-json"),
    pytest.param(
        body(completion('{"subject": "Hi", "body": 5}')), ProviderUnavailable, "draft schema", id="schema-invalid"
    ),
    pytest.param(body(completion("not json at all")), ProviderUnavailable, "draft schema", id="not-json-content"),
    pytest.param(
        body(completion(None, refusal="I can't help with that.")), ProviderUnavailable, "refused", id="refusal"
    ),
    pytest.param(body(completion(answer()[:40], finish_reason="length")), ProviderUnavailable, "cut off", id="length"),
    pytest.param(
        body(completion(answer(), finish_reason="content_filter")),
        ProviderUnavailable,
        "content filter",
        id="content-filter",
    ),
    pytest.param(body({**completion(answer()), "choices": []}), ProviderUnavailable, "no choices", id="empty-choices"),
    pytest.param(body(completion(answer(body="   "))), ProviderUnavailable, "empty message body", id="empty-body"),
]


@pytest.mark.parametrize(("handler", "error", "words"), CASES)
def test_fault_maps_to_one_exception_with_one_line_cause(
    handler: Any, error: type[Exception], words: str, request_: DraftRequest
) -> None:
    writer = writer_over(handler)
    with pytest.raises(error) as caught:
        writer.write(request_)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    assert "sk-abc" not in message and "test-key" not in message
    if isinstance(caught.value, ProviderUnavailable):
        assert caught.value.cause and "\n" not in caught.value.cause


def test_retries_run_in_the_sdk_then_succeed(request_: DraftRequest) -> None:
    """The SDK's own retry loop runs against our transport: a 503 then a good answer."""
    calls = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx2.Response(503, json={"error": {"message": "busy"}}, headers={"retry-after-ms": "1"})
        return httpx2.Response(200, json=completion(answer(subject="Thanks, Dana")))

    draft = writer_over(handler, max_retries=1).write(request_)
    assert len(calls) == 2
    assert draft.subject == "Thanks, Dana"


def test_server_without_json_schema_falls_back_to_json_mode_then_text(request_: DraftRequest) -> None:
    seen: list[Any] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent = json.loads(request.content)
        kind = (sent.get("response_format") or {}).get("type", "none")
        seen.append(kind)
        if kind != "none":
            return httpx2.Response(400, json={"error": {"message": f"response_format {kind} is not supported"}})
        return httpx2.Response(200, json=completion("Subject: Thank you, Dana\nDear Dana,\n\nThanks.\n\nSam Rivera"))

    writer = writer_over(handler)
    draft = writer.write(request_)
    assert seen == ["json_schema", "json_object", "none"]
    assert (draft.subject, draft.body) == ("Thank you, Dana", "Dear Dana,\n\nThanks.\n\nSam Rivera\n")
    writer.write(request_)  # the writer remembers what the server supports
    assert seen[3:] == ["none"]


def test_json_mode_validates_locally(request_: DraftRequest) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json=completion("```json\n" + answer(subject="Thanks") + "\n```"))

    draft = writer_over(handler, structured="json_object").write(request_)
    assert draft.subject == "Thanks"


def test_request_carries_the_settings(request_: DraftRequest) -> None:
    sent: dict[str, Any] = {}

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.update(json.loads(request.content))
        sent["auth"] = request.headers.get("authorization")
        return httpx2.Response(200, json=completion(answer()))

    writer_over(handler, server="llama.cpp", seed=42, temperature=0.0, strategy="compose").write(request_)
    assert sent["store"] is False and sent["seed"] == 42 and sent["temperature"] == 0.0
    # the answer's budget comes from the kind's word limit (a thank-you email: 200 words), below the setting
    assert sent["cache_prompt"] is False and 300 < sent["max_tokens"] < 700
    assert sent["response_format"]["type"] == "json_schema"
    schema = sent["response_format"]["json_schema"]["schema"]
    assert set(schema["properties"]) == {"subject", "body"} and schema["additionalProperties"] is False
    # every field bounded, so a small model cannot repeat itself until it is cut off
    assert all(p["maxLength"] for p in schema["properties"].values())
    assert sent["auth"] == "Bearer test-key"

    sent.clear()
    writer_over(handler, max_tokens=200, strategy="rewrite").write(request_)
    assert "cache_prompt" not in sent and sent["max_completion_tokens"] == 200  # the setting is the ceiling
    # the rewrite strategy keeps the template's subject: the model writes the body only
    assert set(sent["response_format"]["json_schema"]["schema"]["properties"]) == {"body"}


def test_prompt_over_budget_is_not_sent(request_: DraftRequest) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:  # pragma: no cover - must not be reached
        raise AssertionError("sent")

    with pytest.raises(ProviderUnavailable, match="over the budget of 50"):
        writer_over(handler, max_prompt_tokens=50).write(request_)
