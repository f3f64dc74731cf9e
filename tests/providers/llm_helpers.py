"""Helpers for the provider tests: the panel example's requests and an OpenAIWriter over a given transport."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2

from afterview.draft import DraftRequest
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api.writer import OpenAIWriter
from helpers import EXAMPLES, NOW, requests_for


def panel_requests() -> list[DraftRequest]:
    return [request for _, request in requests_for(EXAMPLES / "panel.yaml", NOW)]


def settings(**overrides: Any) -> LLMSettings:
    base: dict[str, Any] = {
        "provider": "openai",
        "model": "test-model",
        "base_url": "http://llm.test/v1",
        "api_key": "test-key",
        "max_retries": 0,
        "timeout": 5.0,
        "strategy": "compose",  # the model's own subject comes back (rewrite keeps the template's)
    }
    return LLMSettings(**{**base, **overrides})


def writer_over(handler: Callable[[httpx2.Request], httpx2.Response], **overrides: Any) -> OpenAIWriter:
    return OpenAIWriter(settings(**overrides), transport=httpx2.MockTransport(handler))


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    model: str = "test-model",
) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1795000000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
            }
        ],
        "usage": {"prompt_tokens": 500, "completion_tokens": 120, "total_tokens": 620},
    }


def answer(subject: str = "Thank you", body: str = "Dear Dana,\n\nThank you.\n\nBest,\nSam Rivera") -> str:
    return json.dumps({"subject": subject, "body": body, "used_items": ["moving billing to event sourcing"]})
