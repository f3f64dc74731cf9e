"""`afterview fixtures record`: notes drafted through the pipeline against a live chat-completions server
on 127.0.0.1, every request saved; the same `draft` then replays from those files to the same drafts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from llm_helpers import answer, completion
from typer.testing import CliRunner

from afterview.cli import app
from afterview.providers.replay.fixtures import load_fixture
from afterview.providers.replay.keys import fixture_key
from helpers import NOW, PANEL

runner = CliRunner()


class ChatServer:
    """An OpenAI-compatible chat-completions server on 127.0.0.1 with a scripted model: a short note to
    whoever the request is about (an error status instead, when `status` says so)."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                outer.bodies.append(body)
                prompt = self.headers.get("x-afterview-prompt", "")
                reply = outer.reply(body, prompt) if outer.status == 200 else {"error": {"message": "overloaded"}}
                content = json.dumps(reply).encode()
                self.send_response(outer.status if self.path == "/v1/chat/completions" else 404)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @staticmethod
    def reply(body: dict[str, Any], prompt: str) -> dict[str, Any]:
        asked = body["messages"][1]["content"]
        who = next(name for name in NOTES if name in asked)
        subject, text = NOTES["status" if "status_check" in prompt else who]
        return completion(answer(subject=subject, body=text))


# What a good model writes for the panel example (the real model's recorded drafts, lightly edited).
NOTES = {
    # (Dana's draft claims their topic, moving billing to event sourcing, as the candidate's own work: an error, so
    # the pipeline runs the repair round this test records. Until checks12 the draft's true "as I led the Kafka
    # migration at Northwind" was flagged beside "close to my own experience", a false positive it relied on.)
    "Dana Lee": (
        "Thank you, Dana",
        "Dear Dana,\n\nI really appreciate the chance to talk with you today about the Senior Backend Engineer "
        "role at Acme. Our discussion of moving billing to event sourcing was my favorite part. That is close to "
        "my own experience, as I led the move of billing to event sourcing at Northwind.\n\nYou were candid about "
        "how nightly batch "
        "jobs page the on-call team, and I appreciated that.\n\nWhat a nice surprise to find that we both ran the "
        "Chicago marathon. Thanks again for your time; I left even more interested in the role.\n\nWarm wishes,\n"
        "Sam Rivera",
    ),
    "Marcus Chen": (
        "",
        "Dear Marcus,\n\nThank you for meeting with me about the Senior Backend Engineer role at Acme. Talking "
        "shop about idempotency keys for payment retries was the best part of my day, and I liked hearing about "
        "how the team runs design reviews.\n\nI could relate, because I cut p99 latency of the payments API by "
        "40%.\n\nI hope our paths cross again soon.\n\nWith thanks,\nSam Rivera",
    ),
    "Priya Shah": (
        "Thank you, Priya",
        "Dear Priya,\n\nIt was a pleasure to meet you today, and thank you for walking me through the Senior "
        "Backend Engineer role at Acme. I appreciated your clear answers about the team's hybrid schedule and "
        "relocation support.\n\nYou described the work so openly that I could picture myself there. If a sample "
        "of my work would help, I would be glad to send one.\n\nThank you for making the process so easy to "
        "follow. I look forward to hearing about next steps.\n\nWarm regards,\nSam Rivera",
    ),
    "status": (
        "Checking in on the Senior Backend Engineer role",
        "Dear Priya,\n\nI hope things are going well at Acme. I wanted to ask whether there is any news on the "
        "Senior Backend Engineer role since our conversation on November 24. I am still very keen on joining "
        "Acme.\n\nSince we spoke, I passed the AWS Solutions Architect exam, in case that is useful for the "
        "team's decision.\n\nThank you, and I hope to hear from you soon.\n\nWith thanks,\nSam Rivera",
    ),
}


@pytest.fixture
def server() -> Iterator[ChatServer]:
    chat = ChatServer()
    thread = threading.Thread(target=chat.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield chat
    finally:
        chat.server.shutdown()
        chat.server.server_close()


def record(server: ChatServer, fixtures: Path, *extra: str) -> Any:
    args = ["fixtures", "record", str(PANEL), "--fixtures", str(fixtures), "--now", NOW, "--base-url", server.url]
    return runner.invoke(app, [*args, "--model", "test-model", "--strategy", "compose", *extra])


def draft(*provider: str) -> dict[str, Any]:
    args = ["draft", str(PANEL), "--now", NOW, "--format", "json", "--model", "test-model", "--strategy", "compose"]
    result = runner.invoke(app, [*args, *provider])
    assert result.exit_code == 0, result.stderr
    drafted: dict[str, Any] = json.loads(result.stdout)
    return drafted


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_recording_replays_to_the_drafts_the_live_server_gives(server: ChatServer, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    result = record(server, fixtures)
    assert result.exit_code == 0, result.stderr
    files = sorted(fixtures.glob("*.json"))
    # one file per request the pipeline made (first drafts and any repair round), named by its hash
    assert len(server.bodies) >= 3
    assert {p.stem for p in files} == {fixture_key(body) for body in server.bodies}
    recorded_lines = [line for line in result.stdout.splitlines() if line.startswith("recorded")]
    assert len(recorded_lines) == len(server.bodies)
    assert f"{len(files)} new recording(s)" in result.stdout
    labels = {load_fixture(p).get("meta", {}).get("label") for p in files}
    assert "panel.yaml: thank_you to Dana Lee (email)" in labels
    assert any(str(label).startswith("panel.yaml: repair: ") for label in labels)  # the pipeline's repair round
    assert all(load_fixture(p)["meta"]["now"] == NOW for p in files)

    live = draft("--provider", "openai", "--base-url", server.url)
    asked_live = server.bodies[len(files) :]
    replayed = draft("--provider", "replay", "--fixtures", str(fixtures))
    assert {fixture_key(body) for body in asked_live} == {p.stem for p in files}  # the very same requests
    by_llm = [m for m in live["messages"] if m["provider"] == "openai"]
    assert len(by_llm) >= 2  # drafts the model wrote, not only the template fallback
    assert [m["provider"] for m in replayed["messages"]] == [
        "replay" if m["provider"] == "openai" else m["provider"] for m in live["messages"]
    ]
    assert [{**m, "provider": ""} for m in replayed["messages"]] == [{**m, "provider": ""} for m in live["messages"]]


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_recording_again_reuses_what_is_recorded(server: ChatServer, tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    assert record(server, fixtures).exit_code == 0
    asked = len(server.bodies)
    again = record(server, fixtures)
    assert again.exit_code == 0, again.stderr
    assert len(server.bodies) == asked  # nothing asked live
    assert "new recording" not in again.stdout
    assert again.stdout.count("reused") == asked


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_server_error_records_nothing_and_exits_1(server: ChatServer, tmp_path: Path) -> None:
    server.status = 503
    fixtures = tmp_path / "fixtures"
    result = record(server, fixtures)
    assert result.exit_code == 1
    assert not list(fixtures.glob("*.json"))
    assert "HTTP 503" in result.stdout
    assert "afterview: error: not every request was recorded" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_mode_is_a_usage_error(tmp_path: Path) -> None:
    args = ["fixtures", "record", str(PANEL), "--fixtures", str(tmp_path), "--now", NOW, "--mode", "replay"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "record-missing" in result.stderr and "Traceback" not in result.stderr


def test_the_old_module_entry_point_runs_the_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    args = [sys.executable, "-m", "afterview.providers.record", str(tmp_path / "missing.yaml")]
    done = subprocess.run(
        [*args, "--fixtures", str(tmp_path), "--now", NOW, "--base-url", "http://127.0.0.1:9/v1", "--repair"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("afterview: error: ") and "missing.yaml" in done.stderr
