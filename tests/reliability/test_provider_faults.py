"""Provider faults one level above tests/providers/test_faults.py: through `draft_all` and the CLI.

Every unavailability fault, served through the real openai SDK by an httpx2.MockTransport,
ends in a finished run of template drafts that say why; an auth fault is a config error
(exit 2) that names OPENAI_API_KEY and never shows the key. Retries are counted, not timed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.errors import ProviderConfigError
from afterview.notes.loader import load_notes
from afterview.options import parse_moment
from afterview.pipeline import DraftRun, draft_all
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api import factory
from afterview.providers.openai_api.writer import OpenAIWriter
from helpers import NOW, PANEL

KEY = "sk-canary-faults-0123456789abcdef"
PLANNED = 4  # the panel example plans three thank-yous and one status check at NOW
Handler = Callable[[httpx2.Request], httpx2.Response]


def settings(**overrides: Any) -> LLMSettings:
    base: dict[str, Any] = {
        "provider": "openai",
        "model": "test-model",
        "base_url": "http://llm.invalid/v1",
        "api_key": KEY,
        "max_retries": 0,
        "timeout": 2.0,
    }
    return LLMSettings(**{**base, **overrides})


def completion(content: str | None, *, finish_reason: str = "stop", refusal: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": 1795000000,
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
            }
        ],
        "usage": {"prompt_tokens": 500, "completion_tokens": 120, "total_tokens": 620},
    }


GOOD_ANSWER = json.dumps({"subject": "Thank you", "body": "Dear Dana,\n\nThank you.", "used_items": []})


class Counted:
    """A handler that counts the requests the SDK sent (retries included)."""

    def __init__(self, respond: Handler) -> None:
        self.respond, self.calls = respond, 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.calls += 1
        return self.respond(request)


def status(code: int, headers: dict[str, str] | None = None) -> Handler:
    return lambda request: httpx2.Response(
        code, json={"error": {"message": f"status {code}", "type": "x"}}, headers=headers or {}
    )


def raises(exc: Exception) -> Handler:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise exc

    return handler


def ok(payload: Any) -> Handler:
    return lambda request: httpx2.Response(200, json=payload)


class _ResetMidBody(httpx2.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": "chatcmpl-1", "object": "chat.compl'
        raise httpx2.ReadError("[Errno 104] Connection reset by peer")


def reset_mid_body(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, headers={"content-type": "application/json"}, stream=_ResetMidBody())


def malformed_json(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        200, content=b'{"id": "chatcmpl-1", "choices": [', headers={"content-type": "application/json"}
    )


def run_panel(handler: Handler, **overrides: Any) -> DraftRun:
    notes = load_notes(PANEL)
    now = parse_moment(NOW, "--now", notes.interview.zone, datetime.now(UTC))
    writer = OpenAIWriter(settings(**overrides), transport=httpx2.MockTransport(handler))
    try:
        return draft_all(notes, str(PANEL), now, writer)
    finally:
        writer.close()


# (handler, words the fallback reason must contain, whether it trips the circuit breaker:
#  a timeout or a connection failure; the rest of the run then goes straight to the template)
UNAVAILABLE = [
    pytest.param(raises(httpx2.ConnectError("[Errno 111] Connection refused")), "cannot connect", True, id="refused"),
    pytest.param(raises(httpx2.ReadTimeout("timed out")), "did not answer within 2 s", True, id="timeout"),
    pytest.param(raises(httpx2.ConnectTimeout("timed out")), "did not answer within 2 s", True, id="connect-timeout"),
    pytest.param(status(429), "rate limited", False, id="429"),
    pytest.param(status(429, {"retry-after": "7"}), "retry after 7 s", False, id="429-retry-after"),
    pytest.param(status(500), "failed (500", False, id="500"),
    pytest.param(status(503), "failed (503", False, id="503"),
    pytest.param(reset_mid_body, "broke off mid-answer", True, id="reset-mid-body"),
    pytest.param(malformed_json, "not valid JSON", False, id="malformed-json"),
    pytest.param(ok(completion('{"subject": "Hi", "body": 5}')), "draft schema", False, id="schema-invalid"),
    pytest.param(ok(completion('{"subject": "Hi"}')), "draft schema", False, id="schema-missing-fields"),
    pytest.param(ok(completion(None, refusal="I can't help with that.")), "refused", False, id="refusal"),
    pytest.param(ok(completion(GOOD_ANSWER[:30], finish_reason="length")), "cut off", False, id="length"),
    pytest.param(ok({**completion(GOOD_ANSWER), "choices": []}), "no choices", False, id="empty-choices"),
]


@pytest.mark.parametrize(("respond", "words", "trips"), UNAVAILABLE)
def test_unavailable_llm_gives_a_finished_run_of_template_drafts(respond: Handler, words: str, trips: bool) -> None:
    handler = Counted(respond)
    run = run_panel(handler)
    assert len(run.drafts) == PLANNED
    for _, draft in run.drafts:
        assert draft.provider == "template"
        assert draft.fallback is not None and words in draft.fallback, draft.fallback
        assert "\n" not in draft.fallback and KEY not in draft.fallback
    assert any(d.ready for _, d in run.drafts)
    assert all(d.ready for _, d in run.drafts if d.kind.value == "thank_you")
    skipped = [d for _, d in run.drafts if (d.fallback or "").startswith("the LLM was not asked: ")]
    if trips:  # one request, then the breaker: the others say so and why
        assert handler.calls == 1 and len(skipped) == PLANNED - 1
    else:  # max_retries=0 and no repair round for a draft that never came: one request per planned message
        assert handler.calls == PLANNED and not skipped


def test_the_breaker_can_be_turned_off() -> None:
    handler = Counted(raises(httpx2.ConnectError("[Errno 111] Connection refused")))
    run = run_panel(handler, breaker=False)
    assert handler.calls == PLANNED
    assert all("cannot connect" in (d.fallback or "") and "not asked" not in (d.fallback or "") for _, d in run.drafts)


@pytest.mark.parametrize(
    ("code", "words"), [pytest.param(401, "rejected the API key", id="401"), pytest.param(403, "may not use", id="403")]
)
def test_auth_faults_stop_the_run_with_a_config_error_naming_the_key_variable(code: int, words: str) -> None:
    handler = Counted(status(code))
    with pytest.raises(ProviderConfigError) as caught:
        run_panel(handler, max_retries=2)
    message = str(caught.value)
    assert words in message and "OPENAI_API_KEY" in message
    assert KEY not in message and "Bearer" not in message
    assert caught.value.exit_code == 2
    assert handler.calls == 1  # the SDK does not retry auth failures, and the run stops at the first


def test_retries_are_bounded_by_max_retries() -> None:
    """A server that is always busy gets 1 + max_retries requests per message, then the fallback."""
    handler = Counted(status(503, {"retry-after-ms": "1"}))
    run = run_panel(handler, max_retries=2)
    assert handler.calls == PLANNED * 3
    assert all("failed (503" in (d.fallback or "") for _, d in run.drafts)


def test_a_retry_after_beyond_the_sdk_limit_is_not_waited_for() -> None:
    handler = Counted(status(429, {"retry-after": "3600"}))
    run = run_panel(handler, max_retries=2)
    assert handler.calls == PLANNED  # no retry: the SDK refuses to wait an hour
    assert all("retry after 3600 s" in (d.fallback or "") for _, d in run.drafts)


def test_a_fault_in_the_repair_round_still_ends_in_the_template() -> None:
    """First answers come back (but fail the checks); the repair request then times out."""
    handler = Counted(
        lambda request: (
            httpx2.Response(200, json=completion(GOOD_ANSWER))
            if "repair" not in request.headers.get("x-afterview-prompt", "")
            else raises(httpx2.ReadTimeout("timed out"))(request)
        )
    )
    run = run_panel(handler)
    assert all(d.provider == "template" for _, d in run.drafts)
    first, *rest = [d.fallback or "" for _, d in run.drafts]
    # which check sent it to repair, then why the repair did not happen: the first timed out, and the
    # breaker kept the others from asking again
    reason = r"the LLM's draft failed the \w+ check \(\w+\); the repair round failed: "
    assert re.match(reason + "the LLM server at .* did not answer within 2 s", first), first
    assert all(re.match(reason + "the LLM was not asked: earlier in this run, the LLM server", r) for r in rest), rest
    assert handler.calls == PLANNED + 1


# --- the CLI ------------------------------------------------------------------------------------
# The seam: `choose_provider` calls openai_api.factory.make_writer with the fully resolved settings
# (env, config file, flags); the fake builds the same OpenAIWriter over a MockTransport.

runner = CliRunner()


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[Handler], Counted]:
    config = tmp_path / "config" / "afterview" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[llm]\nmax_retries = 0\ntimeout = 2\n")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.invalid/v1")

    def install(respond: Handler) -> Counted:
        handler = Counted(respond)

        def make_writer(llm: LLMSettings, **_: Any) -> OpenAIWriter:
            assert llm.provider == "openai" and llm.max_retries == 0 and llm.api_key == KEY
            return OpenAIWriter(llm, transport=httpx2.MockTransport(handler))

        monkeypatch.setattr(factory, "make_writer", make_writer)
        return handler

    return install


def draft_cli(*extra: str) -> Any:
    return runner.invoke(app, ["draft", str(PANEL), "--now", NOW, "--format", "json", *extra])


@pytest.mark.parametrize(
    ("respond", "words"),
    [
        pytest.param(status(503), "failed (503", id="503"),
        pytest.param(status(418), "refused the request (HTTP 418", id="418"),
        pytest.param(status(400), "refused the request (HTTP 400", id="400"),
        pytest.param(ok(completion(None, refusal="No.")), "refused", id="refusal"),
    ],
)
def test_cli_falls_back_exits_0_and_names_the_cause(serve: Any, respond: Handler, words: str) -> None:
    handler = serve(respond)
    result = draft_cli()
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [m["provider"] for m in doc["messages"]] == ["template"] * PLANNED
    assert all(words in m["fallback"] for m in doc["messages"])
    notices = [line for line in result.stderr.splitlines() if "written by the template writer because" in line]
    assert len(notices) == PLANNED and all(words in line for line in notices)
    assert "Traceback" not in result.stderr
    assert KEY not in result.stdout + result.stderr
    assert handler.calls == PLANNED


def test_cli_an_unreachable_server_costs_one_call_and_one_notice(serve: Any) -> None:
    handler = serve(raises(httpx2.ConnectError("[Errno 111] Connection refused")))
    result = draft_cli()
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [m["provider"] for m in doc["messages"]] == ["template"] * PLANNED
    assert all("cannot connect" in m["fallback"] for m in doc["messages"])
    assert handler.calls == 1
    lines = result.stderr.splitlines()
    assert len([line for line in lines if "written by the template writer because cannot connect" in line]) == 1
    grouped = [line for line in lines if "without asking the LLM" in line]
    assert len(grouped) == 1 and f"{PLANNED - 1} more message(s)" in grouped[0] and "circuit breaker" in grouped[0]


def test_cli_require_llm_exits_1_on_fallback(serve: Any) -> None:
    serve(status(500))
    result = draft_cli("--require-llm")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["messages"]  # the drafts are still shown


def test_cli_auth_fault_exits_2_with_one_line_and_no_key(serve: Any) -> None:
    serve(status(401))
    result = draft_cli()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("afterview: error: ") and result.stderr.count("\n") == 1
    assert "OPENAI_API_KEY" in result.stderr and KEY not in result.stderr
