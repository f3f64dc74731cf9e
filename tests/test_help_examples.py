"""Every example in every command's --help runs as shown and succeeds (typer's docs test theirs the same way).

The examples of one --help run in order in a fresh folder holding what they name: a notes file
(`notes.yaml`, `interviews/`, `clients/**/`), drafts written by the template writer
(`thank-you.txt`, `status.txt`) and the recorded fixtures. Examples that talk to an LLM server
(`--submit`, `--collect`, `--probe`) get an in-memory OpenAI Batch API served on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx2
import pytest
import typer
from typer.testing import CliRunner

from afterview.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent / "providers"))
from fake_batch_api import FakeBatchAPI

from helpers import EXAMPLES, ROOT, http_server
from test_new_command import ANSWERS as NEW_ANSWERS

BIN = Path(sys.executable).parent
runner = CliRunner()

_HEADING = re.compile(r"^  (Examples?|Start with):\s*$")
_SECTION = re.compile(r"^\S")  # Arguments:, Options:, Commands: start at the margin
_SERVER_FLAGS = ("--submit", "--collect", "--probe")
# `afterview new` asks its questions on stdin: Enter at the offer to paste, then the answers of its own tests,
# with a date that needs no --now.
NEW_INPUT = "\n" + "\n".join("2026-11-24 14:00" if a == "today 2pm" else a for a in NEW_ANSWERS) + "\n"


def command_paths() -> list[tuple[str, ...]]:
    """Every command and group, as the words after `afterview`."""
    paths: list[tuple[str, ...]] = []

    def walk(command: object, path: tuple[str, ...]) -> None:
        paths.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return paths


def help_examples(path: tuple[str, ...]) -> list[str]:
    """The command lines under the Example(s)/Start with heading of `afterview PATH --help`."""
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    examples, inside = [], False
    for line in result.stdout.splitlines():
        if _HEADING.match(line):
            inside = True
        elif inside and _SECTION.match(line):
            inside = False
        elif inside and "afterview " in line and not line.strip().startswith("#"):
            examples.append(line.strip())
    return examples


PATHS = command_paths()


def test_every_command_shows_at_least_one_example() -> None:
    group = typer.main.get_command(app)
    leaves = [p for p in PATHS if p and not hasattr(_command(group, p), "commands")]
    assert len(leaves) >= 9
    missing = [" ".join(p) for p in leaves if not help_examples(p)]
    assert not missing, f"no example in --help of: {missing}"


def _command(group: object, path: tuple[str, ...]) -> object:
    node = group
    for word in path:
        node = node.commands[word]  # type: ignore[attr-defined]
    return node


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A folder with every file the examples name."""
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copy(EXAMPLES / "panel.yaml", folder / "notes.yaml")
    shutil.copy(EXAMPLES / "panel.md", folder / "notes.txt")  # notes jotted in the Markdown conventions
    (folder / "interviews").mkdir()
    for name in ("panel.yaml", "single.yaml"):
        shutil.copy(EXAMPLES / name, folder / "interviews" / name)
    (folder / "clients" / "acme").mkdir(parents=True)
    shutil.copy(EXAMPLES / "single.yaml", folder / "clients" / "acme" / "notes.yaml")
    (folder / "fixtures").mkdir()
    (folder / "fixtures" / "llm").symlink_to(ROOT / "fixtures" / "llm")
    drafted = runner.invoke(
        app, ["draft", str(EXAMPLES / "panel.yaml"), "--now", "2026-11-24T16:00", "--format", "json"]
    )
    messages = json.loads(drafted.stdout)["messages"]
    for kind, to, file in (("thank_you", "Dana Lee", "thank-you.txt"), ("status_check", "Priya Shah", "status.txt")):
        message = next(m for m in messages if m["kind"] == kind and m["to"] == to)
        (folder / file).write_text(f"Subject: {message['subject']}\n\n{message['body']}", encoding="utf-8")
    return folder


class _Handler(BaseHTTPRequestHandler):
    api: FakeBatchAPI

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if self.path.rstrip("/").endswith("/models"):
            reply = httpx2.Response(200, json={"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model"}]})
        else:
            request = httpx2.Request(
                self.command, f"http://stand-in{self.path}", headers=dict(self.headers), content=body
            )
            reply = self.api.handle(request)
        content = reply.read()
        self.send_response(reply.status_code)
        self.send_header("content-type", reply.headers.get("content-type", "application/json"))
        self.send_header("content-length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = _serve

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def llm_server() -> Iterator[str]:
    """An OpenAI-compatible stand-in on 127.0.0.1: the Batch API's files and batches, and the model list."""
    handler = type("Handler", (_Handler,), {"api": FakeBatchAPI(steps=("in_progress", "completed"))})
    with http_server(handler) as port:
        yield f"http://127.0.0.1:{port}/v1"


def _env(server: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AFTERVIEW_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["TZ"] = "America/New_York"  # a laptop's: `afterview new` takes it as the interview's (its answers do)
    if server is not None:
        env.update(OPENAI_BASE_URL=server, OPENAI_API_KEY="sk-stand-in-not-a-real-key")
    return env


@pytest.mark.enable_socket
@pytest.mark.parametrize("path", [p for p in PATHS if help_examples(p)], ids=lambda p: " ".join(p) or "afterview")
def test_every_help_example_runs_and_succeeds(path: tuple[str, ...], workspace: Path, llm_server: str) -> None:
    examples = help_examples(path)
    if any(re.search(r"\bafterview init (\S+)", e) for e in examples):
        (workspace / "notes.yaml").unlink()  # the example writes it
    for example in examples:
        uses_server = any(flag in example for flag in _SERVER_FLAGS)
        command = example.replace("http://localhost:11434/v1", llm_server)
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {command}"],
            input=NEW_INPUT if example.startswith("afterview new") else None,
            cwd=workspace,
            env=_env(llm_server if uses_server else None),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, (example, done.stdout[-2000:], done.stderr[-2000:])
        assert "Traceback" not in done.stderr, example


def test_the_revise_example_changes_and_saves_a_draft(workspace: Path) -> None:
    (example,) = [e for e in help_examples(("revise",)) if "printf" in e]
    done = subprocess.run(
        ["bash", "-c", example], cwd=workspace, env=_env(None), capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "revise> warmer" in done.stdout and "revise> longer" in done.stdout  # one instruction per line
    assert "version 3 of 3" in done.stdout
    assert f"saved {Path('notes-drafts') / 'thank_you-dana-lee.txt'}" in done.stdout
    saved = sorted(p.name for p in (workspace / "notes-drafts").iterdir() if not p.name.startswith("."))
    assert "thank_you-dana-lee.txt" in saved and all(name.endswith(".txt") for name in saved)
