"""Nothing waited on forever: a whole-call deadline and a per-run circuit breaker, against real slow servers.

Each server is a thread on 127.0.0.1 (local_llm_server.py) that the real openai SDK talks to over
real sockets: one that drips a byte of the body every 0.2 s (a per-read timeout never fires), one
that drips even the headers, one that never answers, one that asks for a long Retry-After.
Deadlines of 1-2 s keep the tests fast; each asserts the run ends within a bound far below what
the server would take, and says why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from local_llm_server import drip_body, drip_headers, echo_key, serving, silent, timed
from typer.testing import CliRunner

from afterview.cli import app
from afterview.errors import ProviderConfigError, ProviderUnavailable
from afterview.providers.llm_settings import LLMSettings, resolve_llm_settings
from afterview.providers.openai_api.writer import OpenAIWriter
from helpers import NOW, PANEL, requests_for

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]

PLANNED = 4
SLACK = 1.5  # seconds beyond the deadline a run may take (SDK set-up, a busy 2-core machine)
runner = CliRunner()


def writer_for(url: str, **overrides: Any) -> OpenAIWriter:
    base: dict[str, Any] = {
        "provider": "openai",
        "model": "test-model",
        "base_url": url,
        "api_key": "sk-deadline-test-0000",
        "max_retries": 2,
        "timeout": 5.0,
        "deadline": 1.0,
    }
    return OpenAIWriter(LLMSettings(**{**base, **overrides}))


def first_request() -> Any:
    return next(r for _, r in requests_for(PANEL, NOW))


@pytest.mark.parametrize("behaviour", [drip_body(), drip_headers()], ids=["drip-body", "drip-headers"])
def test_a_dripping_server_is_given_up_on_at_the_deadline(behaviour: Any) -> None:
    """A byte every 0.2 s never trips the 5 s per-read timeout; the 1 s deadline ends the call, with no retry."""
    with serving(behaviour) as server:
        writer = writer_for(server.url)
        try:
            with pytest.raises(ProviderUnavailable) as caught:
                writer.write(first_request())
        finally:
            writer.close()
    cause = caught.value.cause
    assert "within the 1 s deadline" in cause and "gave up after 1." in cause, cause
    assert "\n" not in cause
    assert len(server.requests) == 1  # the deadline is for the whole call: no retry after it


def test_the_deadline_bounds_the_call_in_wall_clock_time() -> None:
    with serving(drip_body(0.1)) as server:
        writer = writer_for(server.url, deadline=1.5)

        def call() -> str:
            try:
                writer.write(first_request())
            except ProviderUnavailable as exc:
                return exc.cause
            finally:
                writer.close()
            return "answered"

        cause, seconds = timed(call)
    assert "1.5 s deadline" in cause
    assert 1.4 <= seconds <= 1.5 + SLACK, seconds


def test_a_silent_server_with_retries_costs_the_deadline_not_retries_times_timeout() -> None:
    """Per-read timeout 0.8 s and 5 retries would be ~6 tries; the 2 s deadline cuts them off."""
    with serving(silent) as server:
        writer = writer_for(server.url, timeout=0.8, max_retries=5, deadline=2.0)

        def call() -> str:
            try:
                writer.write(first_request())
            except ProviderUnavailable as exc:
                return exc.cause
            finally:
                writer.close()
            return "answered"

        cause, seconds = timed(call)
    assert "did not finish answering within the 2 s deadline" in cause, cause
    assert seconds <= 2 + SLACK, seconds
    assert 2 <= len(server.requests) <= 3  # 0.8 s, a back-off pause, 0.8 s, then the deadline


def test_a_retry_after_beyond_the_deadline_is_not_waited_for() -> None:
    """The SDK would sleep a 30 s Retry-After (it honours up to 120 s); with 2 s left it must not."""
    with serving(echo_key(429, "slow down", {"retry-after": "30"})) as server:
        writer = writer_for(server.url, deadline=2.0)

        def call() -> str:
            try:
                writer.write(first_request())
            except ProviderUnavailable as exc:
                return exc.cause
            finally:
                writer.close()
            return "answered"

        cause, seconds = timed(call)
    assert "rate limited" in cause and "retry after 30 s" in cause
    assert seconds < 1.5, seconds
    assert len(server.requests) == 1


def test_a_short_retry_after_within_the_deadline_is_still_honoured() -> None:
    with serving(echo_key(429, "slow down", {"retry-after": "0.2"})) as server:
        writer = writer_for(server.url, deadline=5.0, max_retries=2)
        with pytest.raises(ProviderUnavailable):
            writer.write(first_request())
        writer.close()
    assert len(server.requests) == 3  # 1 + max_retries: the deadline does not cancel ordinary retries


# --- through the CLI: the deadline, the breaker, the settings ------------------------------------


def configure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, table: str = "") -> None:
    config = tmp_path / "config" / "afterview" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    timeout = "" if "timeout" in table else "timeout = 5\n"
    config.write_text(f"[llm]\nbase_url = '{url}'\nmodel = 'test-model'\nmax_retries = 2\n{timeout}{table}")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-deadline-cli-0000")


def draft_json(*extra: str) -> Any:
    return runner.invoke(app, ["draft", str(PANEL), "--now", NOW, "--format", "json", *extra])


def test_cli_a_dripping_server_costs_one_deadline_then_the_breaker_drafts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(drip_body()) as server:
        configure(tmp_path, monkeypatch, server.url, "deadline = 1\n")
        result, seconds = timed(draft_json)
    assert result.exit_code == 0, result.stderr
    # One call of 1 s (not 4 messages x 3 tries x a drip of 80 s); the rest is the template writer and checks.
    assert len(server.requests) == 1
    assert seconds < 1 + 10, seconds
    messages = json.loads(result.stdout)["messages"]
    assert len(messages) == PLANNED and all(m["provider"] == "template" for m in messages)
    first, *rest = (m["fallback"] for m in messages)
    assert "did not finish answering within the 1 s deadline" in first
    assert all(r.startswith("the LLM was not asked: earlier in this run,") and "1 s deadline" in r for r in rest)
    # One notice for the failure, one for everything the breaker sent to the template writer.
    lines = result.stderr.splitlines()
    assert sum("written by the template writer because" in line for line in lines) == 1
    assert sum("without asking the LLM" in line for line in lines) == 1
    assert "Traceback" not in result.stderr


def test_cli_the_breaker_is_configurable_and_the_deadline_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(silent) as server:
        configure(tmp_path, monkeypatch, server.url, "breaker = false\ndeadline = 60\n")
        monkeypatch.setenv("AFTERVIEW_LLM_DEADLINE", "0.5")  # the environment wins over the config file
        result, seconds = timed(draft_json)
    assert result.exit_code == 0, result.stderr
    assert len(server.requests) == PLANNED  # no breaker: every message asks, each for at most 0.5 s
    assert seconds < PLANNED * 0.5 + 10
    fallbacks = [m["fallback"] for m in json.loads(result.stdout)["messages"]]
    assert all("0.5 s deadline" in f for f in fallbacks), fallbacks


def test_cli_batch_shares_one_breaker_across_files_and_threads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "in"
    notes.mkdir()
    for name in ("a", "b", "c"):
        (notes / f"{name}.yaml").write_text(PANEL.read_text(encoding="utf-8"), encoding="utf-8")
    with serving(silent) as server:
        configure(tmp_path, monkeypatch, server.url, "deadline = 1\n")
        result, seconds = timed(
            lambda: runner.invoke(
                app, ["batch", str(notes), "--out", str(tmp_path / "out"), "--now", NOW, "--concurrency", "3"]
            )
        )
    assert result.exit_code == 0, result.stderr
    # Three threads may each be mid-call when the first one trips; nothing after that asks.
    assert 1 <= len(server.requests) <= 3
    assert sum("circuit breaker" in line for line in result.stderr.splitlines()) == 1
    assert seconds < 1 + 20


@pytest.mark.parametrize(
    ("env", "table", "expected"),
    [
        ({}, "", 180.0),
        ({}, "timeout = 600\n", 600.0),  # never below a raised per-read timeout unless set
        ({}, "deadline = 30\n", 30.0),
        ({"AFTERVIEW_LLM_DEADLINE": "12.5"}, "deadline = 30\n", 12.5),
        ({"AFTERVIEW_LLM_DEADLINE": "0"}, "", None),  # 0: no deadline
    ],
)
def test_deadline_settings_resolve_env_over_config_over_default(
    env: dict[str, str], table: str, expected: float | None
) -> None:
    import tomllib

    config = tomllib.loads(table)
    settings = resolve_llm_settings(env={"OPENAI_API_KEY": "sk-x-000000", **env}, config=config)
    assert settings.deadline == expected
    assert settings.breaker is True


@pytest.mark.parametrize(
    ("env", "table", "words"),
    [
        ({"AFTERVIEW_LLM_DEADLINE": "soon"}, "", "AFTERVIEW_LLM_DEADLINE: 'soon' is not a number of seconds"),
        ({}, "deadline = -1\n", "deadline in the config file: -1 is not a number of seconds"),
        ({"AFTERVIEW_LLM_BREAKER": "maybe"}, "", "AFTERVIEW_LLM_BREAKER: 'maybe' is not on or off"),
        ({}, "breaker = 'perhaps'\n", "breaker in the config file: 'perhaps' is not on or off"),
    ],
)
def test_bad_deadline_or_breaker_settings_are_config_errors(env: dict[str, str], table: str, words: str) -> None:
    import tomllib

    with pytest.raises(ProviderConfigError, match=words.replace("(", r"\(")):
        resolve_llm_settings(env={"OPENAI_API_KEY": "sk-x-000000", **env}, config=tomllib.loads(table))


def test_breaker_off_from_the_environment() -> None:
    settings = resolve_llm_settings(env={"OPENAI_API_KEY": "sk-x-000000", "AFTERVIEW_LLM_BREAKER": "off"})
    assert settings.breaker is False
    assert "circuit breaker off" in settings.describe()["deadline"]


# --- doctor --probe: its exit status, and a message that says what happened ---------------------


def test_doctor_probe_of_a_silent_server_exits_3_and_says_how_long_it_waited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(silent) as server:
        configure(tmp_path, monkeypatch, server.url, "timeout = 120\ndeadline = 1\n")
        result, seconds = timed(lambda: runner.invoke(app, ["doctor", "--probe"]))
    assert result.exit_code == 3, result.stdout
    probe = next(line for line in result.stdout.splitlines() if line.startswith("probe:"))
    assert "did not finish answering within the 1 s deadline (gave up after 1." in probe, probe
    assert "120 s" not in probe and "15 s" not in probe
    assert seconds < 1 + 10


def test_doctor_probe_of_a_slow_server_names_the_timeout_it_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(silent) as server:
        configure(tmp_path, monkeypatch, server.url, "timeout = 0.5\ndeadline = 30\n")
        result = runner.invoke(app, ["doctor", "--probe"])
    assert result.exit_code == 3, result.stdout
    assert "did not answer within 0.5 s (the per-read timeout; gave up after 0." in result.stdout, result.stdout


def test_doctor_probe_with_nothing_listening_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with serving(silent) as server:
        url = server.url
    configure(tmp_path, monkeypatch, url, "")  # the port is closed now
    result = runner.invoke(app, ["doctor", "--probe"])
    assert result.exit_code == 3, result.stdout
    assert "cannot connect to the LLM server" in result.stdout


def test_doctor_probe_that_answers_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from local_llm_server import respond

    def models(conn: Any, request: Any, stop: Any) -> None:
        respond(
            conn,
            200,
            {"object": "list", "data": [{"id": "test-model", "object": "model", "created": 0, "owned_by": "x"}]},
        )

    with serving(models) as server:
        configure(tmp_path, monkeypatch, server.url, "")
        result = runner.invoke(app, ["doctor", "--probe"])
    assert result.exit_code == 0, result.stdout
    assert "reachable: 1 model(s); 'test-model' is listed (answered in" in result.stdout


def test_template_batch_says_concurrency_does_nothing(tmp_path: Path) -> None:
    notes = tmp_path / "in"
    notes.mkdir()
    (notes / "a.yaml").write_text(PANEL.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["batch", str(notes), "--out", str(tmp_path / "out"), "--now", NOW, "--provider", "template"]
    result = runner.invoke(app, [*args, "--concurrency", "8"])
    assert result.exit_code == 0, result.stderr
    assert "--concurrency has no effect with the template writer" in result.stderr
    quiet = runner.invoke(app, [*args, "--force"])
    assert "--concurrency" not in quiet.stderr
    help_text = " ".join(runner.invoke(app, ["batch", "--help"]).stdout.split())
    assert "No effect with the template writer" in help_text


@pytest.mark.parametrize("code", [400, 418, 422])
def test_cli_a_4xx_from_a_real_server_is_its_answer_a_fallback_not_our_bug(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(echo_key(code, "this server does not do that")) as server:
        configure(tmp_path, monkeypatch, server.url, "")
        result = draft_json()
    assert result.exit_code == 0, result.stderr
    assert "bug in afterview" not in result.stderr and "internal error" not in result.stderr
    fallbacks = [m["fallback"] for m in json.loads(result.stdout)["messages"]]
    assert len(fallbacks) == PLANNED
    assert all(f"refused the request (HTTP {code}: this server does not do that)" in f for f in fallbacks)
    notices = [line for line in result.stderr.splitlines() if "written by the template writer because" in line]
    assert len(notices) == PLANNED and all(f"HTTP {code}" in line for line in notices)
    assert len(server.requests) == PLANNED  # no retry of a 4xx, and a refusal does not trip the breaker


def test_revise_each_typed_instruction_is_asked_despite_the_breaker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The breaker is for unattended runs: in a session, what someone types is asked (within the deadline)."""
    with serving(silent) as server:
        configure(tmp_path, monkeypatch, server.url, "deadline = 0.5\n")
        result = runner.invoke(
            app,
            ["revise", str(PANEL), "--now", NOW, "--out", str(tmp_path / "out")],
            input="say hello to the whole team\nsay hello to the whole team\nquit\n",
        )
    assert result.exit_code == 0, result.stderr
    assert len(server.requests) == 1 + 2  # the first draft (then the breaker), then each instruction
    assert result.stdout.count("The LLM could not do that (the LLM server at") == 2, result.stdout
