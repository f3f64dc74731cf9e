"""A key of any shape, echoed back by a real local server, never comes out: stderr, JSON, drafts, logs, recordings.

test_secrets.py pushes an `sk-…` canary through mock transports; here the key has no known shape
(`gsk_canary7777unique`) and a server on 127.0.0.1 sends it back in a 429, a 401, and in the body
and headers of a 200 that `--fixtures` records.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from local_llm_server import answer_echoing_key, echo_key, serving
from typer.testing import CliRunner

from afterview.cli import app
from afterview.redact import redact, remember
from helpers import NOW, PANEL

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

KEY = "gsk_canary7777unique"
LEAKS = (KEY, "canary7777", "7777unique")
runner = CliRunner()


def configure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, how: str) -> None:
    config = tmp_path / "config" / "afterview" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    table = f"[llm]\nbase_url = '{url}'\nmodel = 'test-model'\ntimeout = 5\nmax_retries = 0\ndeadline = 5\n"
    if how == "env":
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
    else:
        table += f"api_key = '{KEY}'\n"
    config.write_text(table)


def assert_no_key(text: str) -> None:
    for leak in LEAKS:
        assert leak not in text, f"{leak!r} leaked"


@pytest.fixture(params=["env", "config-file"])
def key_from(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_429_that_echoes_the_key_leaves_it_out_of_stderr_and_the_json_fallbacks(
    key_from: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("afterview", "openai", "httpx2", "httpcore2"):
        caplog.set_level(logging.DEBUG, logger=name)
    with serving(echo_key(429, "Rate limit reached for key {key}; raw key {key}")) as server:
        configure(tmp_path, monkeypatch, server.url, key_from)
        result = runner.invoke(app, ["draft", str(PANEL), "--now", NOW, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert server.requests and server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent
    fallbacks = [m["fallback"] for m in json.loads(result.stdout)["messages"]]
    assert fallbacks and all("rate limited" in f and "[redacted]" in f for f in fallbacks), fallbacks
    assert_no_key(result.stdout + result.stderr)
    assert_no_key(caplog.text + " ".join(str(r.__dict__) for r in caplog.records))


def test_a_401_that_echoes_the_key_exits_2_without_it(
    key_from: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(echo_key(401, "Invalid API Key: raw key {key}")) as server:
        configure(tmp_path, monkeypatch, server.url, key_from)
        result = runner.invoke(app, ["draft", str(PANEL), "--now", NOW, "--format", "json"])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr and "raw key [redacted]" in result.stderr
    assert_no_key(result.stdout + result.stderr)


def test_doctor_probe_a_401_that_echoes_the_key_exits_2_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(echo_key(401, "bad key {key}")) as server:
        configure(tmp_path, monkeypatch, server.url, "env")
        result = runner.invoke(app, ["doctor", "--probe"])
    assert result.exit_code == 2, result.stdout
    assert "probe" in result.stdout and "rejected the API key" in result.stdout
    assert_no_key(result.stdout + result.stderr)


def test_recording_scrubs_an_echoed_key_before_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that echoes the key in the answer, its id and its headers: the fixtures never hold it."""
    folder = tmp_path / "fixtures"
    with serving(answer_echoing_key) as server:
        configure(tmp_path, monkeypatch, server.url, "env")
        result = runner.invoke(
            app,
            ["draft", str(PANEL), "--now", NOW, "--format", "json", "--provider", "openai", "--fixtures", str(folder)],
        )
    assert result.exit_code == 0, result.stderr
    assert len(server.requests) >= 4  # a recording per message (and repair rounds)
    files = sorted(folder.glob("*.json"))
    assert len(files) >= 4
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert_no_key(text)
        assert "[redacted]" in text  # the echo was there and was scrubbed, not dropped by luck
    assert_no_key(result.stdout + result.stderr)  # nor in the drafts made from those answers
    verify = runner.invoke(app, ["fixtures", "verify", str(folder)])
    assert verify.exit_code == 0, verify.stdout


def test_redact_knows_the_remembered_key_in_whole_in_part_and_in_a_header() -> None:
    secret = "zz_odd_shape_key_4141_abcdef"
    remember(secret)
    text = f"key {secret}; masked zz_odd_shape********abcdef; Authorization: Bearer {secret}"
    cleaned = redact(text)
    assert "4141" not in cleaned and "odd_shape" not in cleaned and "zz_odd" not in cleaned, cleaned
    assert cleaned.startswith("key [redacted]")


@pytest.mark.parametrize("short", ["x", "ollama", "none"])
def test_placeholder_keys_are_not_secrets(short: str) -> None:
    remember(short)
    assert redact(f"cannot connect to the {short} server") == f"cannot connect to the {short} server"


def test_an_authorization_value_is_redacted_whatever_its_scheme() -> None:
    remember("Token tok_abcdef0123456789")
    assert redact("server said tok_abcdef0123456789") == "server said [redacted]"
    assert "sk-live" not in redact("Authorization: Bearer sk-live-whatever-00000")
    assert "opaque" not in redact("authorization: opaque-value-xyz")


def test_prose_keeps_its_words_only_secrets_go() -> None:
    remember("prose_secret_9999_zz")
    text = "You are the bearer of good news. Bearer responsibility. prose_secret_9999_zz"
    assert redact(text, shapes=False) == "You are the bearer of good news. Bearer responsibility. [redacted]"


def test_the_placeholder_sent_without_a_key_is_not_a_secret() -> None:
    remember("Bearer not-needed")
    assert redact("api_key not-needed here") == "api_key not-needed here"


@pytest.mark.parametrize(
    "echo",
    ["Incorrect API key provided: qq_canary8888unique_zz", "qq_can****e_zz", "QQ_CANARY8888UNIQUE_ZZ", "qq_c…ue_zz"],
)
def test_masked_and_recased_echoes_of_the_key_are_redacted(echo: str) -> None:
    remember("qq_canary8888unique_zz")
    cleaned = redact(f"401: {echo}. Check your key.")
    assert "qq_c" not in cleaned.lower() and "e_zz" not in cleaned.lower(), cleaned
    assert "[redacted]" in cleaned and cleaned.endswith("Check your key.")
