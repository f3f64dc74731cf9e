"""doctor says what would run; shell completion for bash and zsh; NO_COLOR and --no-color."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from helpers import PANEL as PANEL_FILE

PANEL = str(PANEL_FILE)
BIN = Path(sys.executable).parent
AFTERVIEW = str(BIN / "afterview")


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AFTERVIEW_", "_TYPER"))}
    env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", **extra)
    return env


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


# --- doctor ------------------------------------------------------------------------------------


def test_doctor_says_which_grammar_engine_would_run_and_why(tmp_path: Path) -> None:
    done = run([AFTERVIEW, "doctor"], env_for(tmp_path))
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("grammar:")]
    assert "Harper would check grammar and spelling" in line
    assert "no LanguageTool is configured" in line and "AFTERVIEW_LANGUAGETOOL_URL" in line
    assert "were checked" not in done.stdout


def test_doctor_says_why_a_configured_languagetool_is_not_used(tmp_path: Path) -> None:
    env = env_for(tmp_path, AFTERVIEW_LANGUAGETOOL_URL="http://127.0.0.1:9")  # nothing listens on port 9
    done = run([AFTERVIEW, "doctor"], env)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("grammar:")]
    assert "Harper would check" in line and "LanguageTool was configured but" in line


# --- shell completion --------------------------------------------------------------------------


def test_bash_completion_is_shown_and_installed_under_home(tmp_path: Path) -> None:
    shown = run(["bash", "-c", "afterview --show-completion"], env_for(tmp_path))
    assert shown.returncode == 0, shown.stderr
    assert "_afterview_completion()" in shown.stdout
    assert "complete -o default -F _afterview_completion afterview" in shown.stdout
    installed = run(["bash", "-c", "afterview --install-completion"], env_for(tmp_path))
    assert installed.returncode == 0, installed.stderr
    script = tmp_path / ".bash_completions" / "afterview.sh"
    assert "complete -o default -F _afterview_completion afterview" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()


def test_zsh_completion_is_shown_and_installed_under_home(tmp_path: Path) -> None:
    env = env_for(tmp_path, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")  # name the shell instead
    shown = run([AFTERVIEW, "--show-completion", "zsh"], env)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("#compdef afterview") and "compdef _afterview_completion afterview" in shown.stdout
    installed = run([AFTERVIEW, "--install-completion", "zsh"], env)
    assert installed.returncode == 0, installed.stderr
    assert "#compdef afterview" in (tmp_path / ".zfunc" / "_afterview").read_text()
    assert "fpath+=~/.zfunc" in (tmp_path / ".zshrc").read_text()


@pytest.mark.parametrize(
    ("shell_env", "typed"),
    [
        ({"_AFTERVIEW_COMPLETE": "complete_bash", "COMP_WORDS": "afterview dra", "COMP_CWORD": "1"}, "bash"),
        ({"_AFTERVIEW_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "afterview dra"}, "zsh"),
        ({"_AFTERVIEW_COMPLETE": "complete_bash", "COMP_WORDS": "afterview draft x --t", "COMP_CWORD": "3"}, "opt"),
    ],
    ids=["bash-command", "zsh-command", "bash-option"],
)
def test_completion_answers_what_the_shell_asks(tmp_path: Path, shell_env: dict[str, str], typed: str) -> None:
    done = run([AFTERVIEW], env_for(tmp_path, **shell_env))
    assert done.returncode == 0, done.stderr
    assert ("--to" in done.stdout and "--tone" in done.stdout) if typed == "opt" else "draft" in done.stdout


# --- colour ------------------------------------------------------------------------------------


def on_a_terminal(args: list[str], **extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(TERM="xterm-256color", COLUMNS="120", **extra)
    child = pexpect.spawn(AFTERVIEW, args, env=env, encoding="utf-8", timeout=60, dimensions=(50, 120))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def test_colour_on_a_terminal_and_never_with_no_color_or_the_flag() -> None:
    args = ["draft", PANEL, "--now", "2026-11-24T16:00"]
    assert "\x1b[" in on_a_terminal(args)
    assert "\x1b[" not in on_a_terminal(args, NO_COLOR="1")
    assert "\x1b[" not in on_a_terminal(["--no-color", *args])
    plain = on_a_terminal(["--no-color", "schedule", PANEL, "--now", "2026-11-24T16:00"])
    assert "\x1b[" not in plain and "Thank-you" in plain
