"""Against the real model on a local llama-server (opt-in: pytest -m live)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from afterview.pipeline import draft_all
from afterview.providers.llm_settings import resolve_llm_settings
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.replay.fixtures import load_fixture
from afterview.providers.replay.keys import fixture_key
from afterview.providers.replay.transport import RecordingTransport
from helpers import NOW, PANEL, RECORDED, requests_for

pytestmark = [pytest.mark.live, pytest.mark.enable_socket]
NOTES = PANEL
ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"


# The live tier checks what the real model answers, not how fast a shared 2-core machine is: a call
# may take minutes under load, which the default 180 s deadline would turn into a template fallback.
PATIENT = {"server": "llama.cpp", "timeout": 1800, "deadline": 0, "max_retries": 0}


def live_writer(base_url: str, **config: object) -> OpenAIWriter:
    settings = resolve_llm_settings(
        provider="openai", model=ALIAS, base_url=base_url, env={}, config={**PATIENT, **config}
    )
    return OpenAIWriter(settings)


def test_live_draft_is_deterministic(llama_server: str) -> None:
    _, request = next(requests_for(NOTES, NOW))
    writer = live_writer(llama_server)
    started = time.monotonic()
    first = writer.write(request)
    seconds = time.monotonic() - started
    second = writer.write(request)
    writer.close()
    assert first.body.strip() and first == second
    call = writer.calls[0]
    print(f"\nlive draft: {seconds:.1f} s, {call.prompt_tokens} prompt + {call.completion_tokens} completion tokens")


def test_live_answers_match_the_recorded_fixtures(llama_server: str, tmp_path: Path) -> None:
    """Recording again today gives the bytes committed in fixtures/llm (same model, seed, no prompt cache)."""
    import httpx2

    settings = resolve_llm_settings(provider="openai", model=ALIAS, base_url=llama_server, env={}, config=PATIENT)
    transport = RecordingTransport(httpx2.HTTPTransport(), tmp_path, "rewrite")
    writer = OpenAIWriter(settings, transport=transport)
    _, request = next(requests_for(NOTES, NOW))
    writer.write(request)
    writer.close()
    (path,) = transport.recorded
    committed = RECORDED / path.name
    if not committed.exists():
        pytest.skip("the prompts changed since fixtures/llm was recorded: re-record")
    fresh = load_fixture(path)["response"]["body"]["choices"][0]["message"]["content"]
    assert json.loads(fresh) == json.loads(
        load_fixture(committed)["response"]["body"]["choices"][0]["message"]["content"]
    )
    assert path.stem == fixture_key(load_fixture(committed)["request"]["body"])


def test_live_pipeline_runs_end_to_end(llama_server: str) -> None:
    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment

    notes = load_notes(NOTES)
    now = parse_moment(NOW, "--now", notes.interview.zone, notes.interview.start)
    writer = live_writer(llama_server)
    try:
        run = draft_all(notes, str(NOTES), now, writer)
    finally:
        writer.close()
    assert run.drafts
    for _, draft in run.drafts:
        assert draft.provider == "openai" and draft.body.strip()
