"""`afterview batch --submit / --collect`: the OpenAI Batch API, end to end through the real openai SDK.

The server side is FakeBatchAPI (an httpx2 MockTransport); the chat answers inside the batch are
the real model's recorded answers (fixtures/llm), so kept drafts read as the model wrote them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fake_batch_api import FakeBatchAPI
from typer.testing import CliRunner

from afterview.batch import job_state
from afterview.batch.openai_jobs import CUSTOM_ID_MAX, _unique, custom_id_for
from afterview.cli import app
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api import factory
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.replay.fixtures import load_fixture
from helpers import EXAMPLES, NOW, RECORDED

KEY = "sk-batch-canary-0123456789abcdefghij"
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"  # the model the recordings were made with
runner = CliRunner()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("*.md"))  # the YAML forms only
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "drafts"


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> FakeBatchAPI:
    """The fake server, installed where the CLI builds its writer (the same seam as the fault tests)."""
    fake = FakeBatchAPI()
    monkeypatch.setenv("OPENAI_API_KEY", KEY)

    def make_writer(llm: LLMSettings, **_: Any) -> OpenAIWriter:
        return OpenAIWriter(llm, transport=fake.transport())

    monkeypatch.setattr(factory, "make_writer", make_writer)
    return fake


def cli(*args: str) -> Any:
    return runner.invoke(app, ["batch", *args, "--format", "json"])


def submit(inbox: Path, out: Path, *extra: str) -> Any:
    return cli(str(inbox), "--out", str(out), "--submit", "--now", NOW, "--model", MODEL, *extra)


def collect(out: Path, *extra: str) -> Any:
    return cli("--collect", "--out", str(out), "--model", MODEL, *extra)


def drafts(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*.txt")) if ".new" not in p.name}


def recorded_bodies() -> set[str]:
    """Every message body the model wrote in the recordings (JSON answers only)."""
    bodies = set()
    for path in RECORDED.glob("*.json"):
        content = load_fixture(path)["response"]["body"]["choices"][0]["message"]["content"]
        try:
            bodies.add(json.loads(content)["body"].strip())
        except (ValueError, KeyError):
            continue
    return bodies


# --- submit ---------------------------------------------------------------------------------------


def test_submit_uploads_one_request_per_planned_message_and_remembers_the_job(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    result = submit(inbox, out)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["batch"] == {"id": "batch_1", "status": "validating", "how": "submitted", "requests": 10}
    assert api.calls == ["GET /batches", "POST /files", "POST /batches"]
    uploaded = api.files["file-1"]
    assert uploaded == (out / job_state.REQUESTS).read_bytes()
    lines = [json.loads(line) for line in uploaded.decode().splitlines()]
    assert len(lines) == 10 == sum(f["messages"] for f in doc["files"])
    assert len({line["custom_id"] for line in lines}) == 10
    for line in lines:
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
        body = line["body"]
        assert body["model"] == MODEL and body["response_format"]["type"] == "json_schema"
        assert "<notes>" in body["messages"][-1]["content"]
        assert len(line["custom_id"]) <= CUSTOM_ID_MAX
    state = job_state.load(out)
    assert state is not None and state.batch_id == "batch_1" and state.requests == 10
    assert api.batches["batch_1"]["metadata"]["afterview_requests_sha256"] == state.requests_sha256
    assert "afterview batch --collect --out" in result.stderr
    assert KEY not in (out / job_state.STATE).read_text() + uploaded.decode() + result.stdout + result.stderr


def test_each_request_is_what_a_live_draft_would_send(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    """The recorded live requests are found by the batch lines' hashes: same prompts, same parameters."""
    from afterview.providers.replay.keys import fixture_key

    assert submit(inbox, out).exit_code == 0
    lines = [json.loads(line) for line in (out / job_state.REQUESTS).read_text().splitlines()]
    assert all((RECORDED / f"{fixture_key(line['body'])}.json").is_file() for line in lines)


def test_submitting_the_same_job_again_does_not_create_a_second_batch(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    assert submit(inbox, out).exit_code == 0
    again = submit(inbox, out)
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["batch"]["how"] == "already submitted"
    assert len(api.batches) == 1 and len(api.files) == 1


def test_a_lost_local_record_is_found_on_the_server_not_submitted_twice(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    assert submit(inbox, out).exit_code == 0
    (out / job_state.STATE).unlink()  # say the process died between creating the batch and saving
    again = submit(inbox, out)
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["batch"] == {
        "id": "batch_1",
        "status": "validating",
        "how": "found on the server",
        "requests": 10,
    }
    assert len(api.batches) == 1
    assert job_state.load(out).batch_id == "batch_1"  # type: ignore[union-attr]


def test_other_requests_while_a_batch_is_pending_need_force(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out).exit_code == 0
    (inbox / "single.yaml").unlink()
    refused = submit(inbox, out)
    assert refused.exit_code == 2
    assert "already has batch batch_1" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert len(api.batches) == 1
    forced = submit(inbox, out, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert json.loads(forced.stdout)["batch"]["requests"] == 8 and len(api.batches) == 2


def test_submit_needs_the_openai_provider(inbox: Path, out: Path) -> None:
    result = cli(str(inbox), "--out", str(out), "--submit", "--provider", "template")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr and not out.exists()


def test_a_bad_notes_file_is_reported_and_the_others_are_submitted(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    (inbox / "broken.yaml").write_text("candidate:\n  name: [unclosed\n")
    result = submit(inbox, out)
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    broken = next(f for f in doc["files"] if f["notes"].endswith("broken.yaml"))
    assert broken["status"] == "error" and "broken.yaml:" in broken["error"]
    assert doc["batch"]["requests"] == 10 and len(api.batches) == 1


# --- collect --------------------------------------------------------------------------------------


def test_collect_while_the_batch_runs_says_so_and_writes_nothing(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out).exit_code == 0
    result = collect(out)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["batch"]["status"] == "in_progress"
    assert "in_progress" in result.stderr and "again later" in result.stderr
    assert drafts(out) == {}


def messages_written(out: Path) -> dict[str, dict[str, Any]]:
    """Every message file written with --files json, by its folder/file name."""
    return {
        p.relative_to(out).as_posix(): json.loads(p.read_text())
        for p in sorted(out.rglob("*.json"))
        if not p.name.startswith(".")
    }


def test_collect_joins_on_custom_id_checks_and_falls_back_for_failed_lines(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    assert submit(inbox, out, "--files", "json").exit_code == 0
    api.fail = {"panel/thank_you/dana": "error", "panel/thank_you/marcus": "500", "single/status": "drop"}
    result = collect(out, "--wait", "--poll", "0")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["batch"]["status"] == "completed" and doc["totals"]["messages"] == 10
    assert api.calls.count("GET /batches/batch_1") == 2  # in_progress, then completed
    assert all(f["status"] == "drafted" for f in doc["files"])

    # The output file lists the answers in reverse; each still lands on its own message.
    sent = [json.loads(line)["custom_id"] for line in (out / job_state.REQUESTS).read_text().splitlines()]
    output_id = api.batches["batch_1"]["output_file_id"]
    answered = [json.loads(line)["custom_id"] for line in api.files[output_id].decode().splitlines()]
    assert answered == [c for c in reversed(sent) if c in answered]

    written = messages_written(out)
    assert len(written) == 10
    by_to = {(name.split("/")[0], m["to"], m["kind"]): m for name, m in written.items()}
    failed = {
        ("panel", "Dana Lee", "thank_you"): "the batch request failed (server_error: overloaded)",
        ("panel", "Marcus Chen", "thank_you"): "the batch request failed (500: The server had an error",
        ("single", "Tomás Ibarra", "status_check"): "the batch's output has no line for this message",
    }
    for key, reason in failed.items():
        assert by_to[key]["provider"] == "template" and reason in by_to[key]["fallback"], key
    model_bodies = recorded_bodies()
    for key, message in by_to.items():
        if key in failed:
            continue
        if message["fallback"] is None:  # kept: the model's own words, passing every content check
            assert message["provider"] == "openai"
            assert message["body"].strip() in model_bodies
            assert {f["check"] for f in message["findings"] if f["severity"] == "error"} <= {"timing"}
        else:  # the model's answer failed a check: no repair round in a batch, so the template
            assert message["provider"] == "template"
            assert "batch answers get no repair round" in message["fallback"]
            assert "check (" in message["fallback"]
    kept = [k for k, m in by_to.items() if m["fallback"] is None]
    assert kept, "no draft kept the model's own words"
    panel = next(f for f in doc["files"] if f["notes"].endswith("panel.yaml"))
    assert panel["fallbacks"] >= 2 and panel["tokens"] > 0


def test_collect_is_deterministic(api: FakeBatchAPI, inbox: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert submit(inbox, out).exit_code == 0
        assert collect(out, "--wait", "--poll", "0").exit_code == 0
        outputs.append(drafts(out))
    assert outputs[0] == outputs[1] and outputs[0]


def test_notes_changed_since_submit_are_an_error_and_the_rest_are_drafted(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    assert submit(inbox, out).exit_code == 0
    notes = inbox / "single.yaml"
    notes.write_text(notes.read_text() + "\n# a later thought\n")
    result = collect(out, "--wait", "--poll", "0")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    single = next(f for f in doc["files"] if f["notes"].endswith("single.yaml"))
    assert single["status"] == "error" and "changed since --submit" in single["error"]
    assert sum(f["status"] == "drafted" for f in doc["files"]) == 4


def test_an_expired_batch_keeps_what_it_answered_and_templates_the_rest(
    api: FakeBatchAPI, inbox: Path, out: Path
) -> None:
    api.steps = ("validating", "in_progress", "expired")
    assert submit(inbox, out, "--files", "json").exit_code == 0
    result = collect(out, "--wait", "--poll", "0")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["batch"]["status"] == "expired"
    reasons = [m["fallback"] or "" for m in messages_written(out).values()]
    assert len(reasons) == 10
    assert sum(r == "the batch expired before answering this message" for r in reasons) == 5


def test_collect_never_overwrites_an_edited_draft(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out, "--force").exit_code == 0
    assert collect(out, "--wait", "--poll", "0").exit_code == 0
    edited = sorted((out / "panel").glob("*.txt"))[0]
    edited.write_text("My own words.\n")
    assert submit(inbox, out, "--force").exit_code == 0
    assert collect(out, "--wait", "--poll", "0").exit_code == 0
    assert edited.read_text() == "My own words.\n"
    assert list((out / "panel").glob("*.new.txt"))


def test_collected_notes_are_unchanged_for_the_next_submit(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out).exit_code == 0
    assert collect(out, "--wait", "--poll", "0").exit_code == 0
    again = submit(inbox, out)
    assert again.exit_code == 0, again.stderr
    doc = json.loads(again.stdout)
    assert doc["batch"]["requests"] == 0 and {f["status"] for f in doc["files"]} == {"unchanged"}
    assert len(api.batches) == 1


def test_collect_without_a_submitted_batch_is_a_clear_error(api: FakeBatchAPI, out: Path) -> None:
    result = collect(out)
    assert result.exit_code == 2
    assert "no submitted batch" in result.stderr and "--submit" in result.stderr


def test_a_damaged_job_file_is_named(api: FakeBatchAPI, out: Path) -> None:
    out.mkdir()
    (out / job_state.STATE).write_text("{not json")
    result = collect(out)
    assert result.exit_code == 2
    assert job_state.STATE in result.stderr and "Traceback" not in result.stderr


def test_a_batch_gone_from_the_server_is_explained(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out).exit_code == 0
    api.batches.clear()
    result = collect(out)
    assert result.exit_code == 2
    assert "batch batch_1 was not found" in result.stderr and "model" not in result.stderr


def test_flags_that_do_not_go_together(out: Path, inbox: Path) -> None:
    both = cli(str(inbox), "--submit", "--collect", "--out", str(out))
    assert both.exit_code == 2 and "two steps" in both.stderr
    paths = cli(str(inbox), "--collect", "--out", str(out))
    assert paths.exit_code == 2 and "no PATHS" in paths.stderr
    nothing = cli("--out", str(out))
    assert nothing.exit_code == 2 and "needs PATHS" in nothing.stderr
    waiting = cli(str(inbox), "--wait", "--out", str(out))
    assert waiting.exit_code == 2 and "--wait goes with --collect" in waiting.stderr


def test_collect_says_which_flags_it_ignores(api: FakeBatchAPI, inbox: Path, out: Path) -> None:
    assert submit(inbox, out).exit_code == 0
    result = collect(out, "--tone", "warm", "--files", "json")
    assert result.exit_code == 0, result.stderr
    assert "ignored with --collect: --tone, --files" in result.stderr


# --- custom ids -----------------------------------------------------------------------------------


def test_custom_ids_are_short_readable_and_unique() -> None:
    long = custom_id_for("a-very-long-folder-name-that-goes-on-and-on", "thank_you", "Dr. Anna-Maria Kim", "f" * 64)
    assert len(long) <= CUSTOM_ID_MAX and long.startswith("a-very-long-folder-name-/thank_you/dr-anna-maria-ki")
    taken: set[str] = set()
    ids = [_unique(long, taken) for _ in range(3)]
    assert len(set(ids)) == 3 and all(len(i) <= CUSTOM_ID_MAX for i in ids)


# --- the committed recordings, replayed with no fake at all: what CI runs ------------------------

BATCH_FIXTURES = RECORDED.parent / "openai-batch"


def replay(moment: str, *args: str) -> Any:
    folder = BATCH_FIXTURES / moment
    return cli(*args, "--provider", "replay", "--fixtures", str(folder), "--model", MODEL)


def test_the_recorded_job_replays_submit_running_and_done(
    monkeypatch: pytest.MonkeyPatch, inbox: Path, out: Path, tmp_path: Path
) -> None:
    used = tmp_path / "used.txt"
    monkeypatch.setenv("AFTERVIEW_FIXTURES_USED", str(used))
    submitted = replay("submit", str(inbox), "--submit", "--now", NOW, "--out", str(out), "--files", "json")
    assert submitted.exit_code == 0, submitted.stderr
    assert json.loads(submitted.stdout)["batch"]["how"] == "submitted"
    again = replay("submit", str(inbox), "--submit", "--now", NOW, "--out", str(out), "--files", "json")
    assert json.loads(again.stdout)["batch"] == {
        "id": "batch_1",
        "status": "in_progress",
        "how": "already submitted",
        "requests": 10,
    }
    running = replay("running", "--collect", "--out", str(out))
    assert running.exit_code == 0 and "in_progress (0 of 10 done)" in running.stderr
    assert messages_written(out) == {}

    done = replay("done", "--collect", "--out", str(out))
    assert done.exit_code == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["batch"] == {"id": "batch_1", "status": "completed", "requests": 10, "failed": 1}
    written = messages_written(out)
    assert len(written) == doc["totals"]["messages"] == 10
    marcus = next(m for m in written.values() if m["to"] == "Marcus Chen")
    assert marcus["fallback"] == "the batch request failed (server_error: overloaded)"
    kept = [m for m in written.values() if m["fallback"] is None]
    assert kept and all(m["provider"] == "replay" and m["body"].strip() in recorded_bodies() for m in kept)
    assert doc["totals"]["fallbacks"] == 10 - len(kept)

    from afterview.providers.fixtures_verify import verify_folder

    for moment in ("submit", "running", "done"):
        report = verify_folder(BATCH_FIXTURES / moment, used_list=used)
        assert report.ok, report.lines()


def test_replayed_collect_is_byte_identical(inbox: Path, tmp_path: Path) -> None:
    runs = []
    for name in ("one", "two"):
        out = tmp_path / name
        assert replay("submit", str(inbox), "--submit", "--now", NOW, "--out", str(out)).exit_code == 0
        assert replay("done", "--collect", "--out", str(out)).exit_code == 0
        runs.append(drafts(out))
    assert runs[0] == runs[1] and len(runs[0]) == 10


def test_a_changed_request_misses_the_recording_and_says_how_to_record_again(inbox: Path, out: Path) -> None:
    result = replay("submit", str(inbox), "--submit", "--now", "2026-11-25T09:00", "--out", str(out))
    assert result.exit_code != 0
    assert "no recorded LLM response" in result.stderr and "POST /v1/files" in result.stderr
    assert "record_batch_fixtures.py" in result.stderr
    assert "Traceback" not in result.stderr and not (out / job_state.STATE).exists()


def test_a_replay_miss_in_one_file_does_not_stop_a_live_batch(inbox: Path, out: Path) -> None:
    """Without --submit: files drafted one by one on recorded answers; one with no recordings is its own error."""
    notes = (inbox / "single.yaml").read_text()
    (inbox / "unrecorded.yaml").write_text(notes.replace("Aisha Okafor", "Ada Lovelace"))
    assert "Ada Lovelace" in (inbox / "unrecorded.yaml").read_text()
    result = cli(str(inbox), "--out", str(out), "--now", NOW, "--provider", "replay", "--fixtures", str(RECORDED))
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    status = {Path(f["notes"]).name: f["status"] for f in doc["files"]}
    assert status.pop("unrecorded.yaml") == "error" and set(status.values()) == {"drafted"}
    missed = next(f for f in doc["files"] if f["notes"].endswith("unrecorded.yaml"))
    assert "no recorded LLM response" in missed["error"]


def test_a_prompt_over_budget_is_that_files_error_not_the_whole_submit(
    api: FakeBatchAPI, inbox: Path, out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[llm]\nmax_prompt_tokens = 10\n")
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    result = submit(inbox, out)
    assert result.exit_code == 2, result.stderr
    doc = json.loads(result.stdout)
    assert doc["batch"]["requests"] == 0 and api.batches == {}
    errors = [f for f in doc["files"] if f["status"] == "error"]
    assert errors and all("10" in f["error"] for f in errors)
    assert "Traceback" not in result.stderr


def test_every_client_a_batch_opens_is_closed(monkeypatch: pytest.MonkeyPatch, inbox: Path, out: Path) -> None:
    opened: list[OpenAIWriter] = []
    closed: list[OpenAIWriter] = []
    real = factory.make_writer

    def make_writer(llm: LLMSettings, **kwargs: Any) -> OpenAIWriter:
        opened.append(real(llm, **kwargs))
        return opened[-1]

    monkeypatch.setattr(factory, "make_writer", make_writer)
    monkeypatch.setattr(OpenAIWriter, "close", lambda self: closed.append(self))
    args = ["--now", NOW, "--provider", "replay", "--fixtures", str(RECORDED), "--concurrency", "3"]
    result = cli(str(inbox), "--out", str(out), *args)
    assert result.exit_code == 0, result.stderr
    assert len(opened) >= 2 and sorted(map(id, opened)) == sorted(map(id, closed))
