"""The whole LLM path on recorded real-model responses: replay through the real openai SDK, the
guardrails, the repair round and the template fallback, asserted on what the user sees."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview import prompts
from afterview.cli import app
from helpers import EXAMPLES, NOW
from helpers import RECORDED as FIXTURES

CANARY = "sk-canary-0123456789abcdefghijklmnopqrstuvwxyz"
runner = CliRunner()


def replay(example: str, *extra: str) -> dict:
    result = runner.invoke(
        app,
        [
            "draft",
            str(EXAMPLES / example),
            "--now",
            NOW,
            "--provider",
            "replay",
            "--fixtures",
            str(FIXTURES),
            "--format",
            "json",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def recorded_answers() -> list[dict]:
    """What the model answered in each recording (its own JSON), read straight from the files."""
    answers = []
    for path in sorted(FIXTURES.glob("*.json")):
        content = json.loads(path.read_text())["response"]["body"]["choices"][0]["message"]["content"]
        try:
            answers.append(json.loads(content))
        except ValueError:
            continue
    return answers


def test_a_good_model_draft_is_kept_as_the_model_wrote_it() -> None:
    doc = replay("single.yaml")
    thanks = next(m for m in doc["messages"] if m["kind"] == "thank_you")
    assert thanks["provider"] == "replay" and thanks["fallback"] is None and thanks["ready"] is True
    bodies = [a["body"].strip() for a in recorded_answers()]
    assert thanks["body"].strip() in bodies


def test_every_recorded_draft_of_the_examples_is_kept_and_ready() -> None:
    """With the rewrite strategy the real model's drafts pass the checks on the first call."""
    for example in ("panel.yaml", "single.yaml", "no-follow-up.yaml", "second-status-check.yaml"):
        doc = replay(example)
        for message in doc["messages"]:
            assert message["provider"] == "replay" and message["fallback"] is None, message
            errors = [f for f in message["findings"] if f["severity"] == "error" and f["check"] != "timing"]
            assert errors == [], errors  # only when to send can stop it (a status check is days away)


def test_recorded_answers_are_bounded_and_complete() -> None:
    """Every recorded request bounds every answer field, and no answer was cut off."""
    for path in sorted(FIXTURES.glob("*.json")):
        stored = json.loads(path.read_text())
        body = stored["request"]["body"]
        schema = body["response_format"]["json_schema"]["schema"]
        assert all("maxLength" in field for field in schema["properties"].values()), path.name
        assert "used_items" not in schema["properties"]
        assert body["max_tokens"] < 700
        choice = stored["response"]["body"]["choices"][0]
        assert choice["finish_reason"] == "stop", path.name
        assert stored["response"]["body"]["usage"]["completion_tokens"] < body["max_tokens"]


def test_replay_is_deterministic_and_text_output_names_the_writer() -> None:
    args = ["draft", str(EXAMPLES / "panel.yaml"), "--now", NOW, "--provider", "replay", "--fixtures", str(FIXTURES)]
    one, two = runner.invoke(app, args), runner.invoke(app, args)
    assert one.exit_code == 0 and one.stdout == two.stdout
    assert "Written by: replay" in one.stdout and "standing in" not in one.stdout


def test_every_recording_is_used_and_verifies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    used = tmp_path / "used.txt"
    monkeypatch.setenv("AFTERVIEW_FIXTURES_USED", str(used))
    for example in sorted(EXAMPLES.glob("*.yaml")):
        replay(example.name)
    result = runner.invoke(app, ["fixtures", "verify", str(FIXTURES), "--used", str(used)])
    assert result.exit_code == 0, result.stdout
    assert "ok" in result.stdout


def test_one_changed_word_in_a_prompt_fails_replay_with_a_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "prompts"
    shutil.copytree(prompts.prompts_dir(), copy)
    system = copy / "llm" / "system_rewrite.j2"  # the default strategy's
    text = system.read_text()
    assert "warm, plain and personal" in text
    system.write_text(text.replace("warm, plain and personal", "warm, brief and personal", 1))
    monkeypatch.setattr(prompts, "prompts_dir", lambda: copy)
    prompts.environment.cache_clear()
    prompts.prompt_version.cache_clear()
    try:
        result = runner.invoke(
            app,
            ["draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--provider", "replay", "--fixtures", str(FIXTURES)],
        )
    finally:
        prompts.environment.cache_clear()
        prompts.prompt_version.cache_clear()
    assert result.exit_code != 0
    assert "no recorded LLM response" in result.stderr
    assert "-" in result.stderr and "brief" in result.stderr  # the diff shows the changed word
    assert "re-record" in result.stderr
    assert "Traceback" not in result.stderr


def test_dry_run_shows_the_request_and_never_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    result = runner.invoke(
        app, ["draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--dry-run", "--kind", "thank_you"]
    )
    assert result.exit_code == 0, result.stderr
    request = json.loads(result.stdout)
    assert request["body"]["messages"][0]["role"] == "system"
    assert "patient intake redesign" in json.dumps(request)
    assert CANARY not in result.stdout + result.stderr


def test_doctor_names_the_provider_and_hides_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0
    assert "provider:" in result.stdout and "openai" in result.stdout
    assert "set (from OPENAI_API_KEY)" in result.stdout
    assert CANARY not in result.stdout + result.stderr
    assert "Harper" in result.stdout and "o200k_base" in result.stdout
