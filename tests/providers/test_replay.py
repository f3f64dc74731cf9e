"""Record and replay through the real openai SDK: fixture files in, the same drafts out, and a
miss is a loud error with a diff."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from llm_helpers import answer, completion, panel_requests, settings

from afterview import prompts
from afterview.draft import DraftRequest
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.replay.fixtures import ReplayMiss, load_fixture
from afterview.providers.replay.keys import canonical_json, fixture_key
from afterview.providers.replay.transport import RecordingTransport, ReplayTransport
from afterview.writer.template_writer import TemplateWriter
from helpers import EXAMPLES, NOW, RECORDED, requests_for


def recorded_answer(folder: Path, body: dict[str, Any]) -> dict[str, Any]:
    """The model's answer as it stands in the fixture file for this request body."""
    fixture = load_fixture(folder / f"{fixture_key(body)}.json")
    return json.loads(fixture["response"]["body"]["choices"][0]["message"]["content"])


def replay_writer(folder: Path, used_log: Path | None = None) -> OpenAIWriter:
    from afterview.providers.llm_settings import recorded_model

    model = recorded_model(folder)
    assert model, f"the fixtures in {folder} do not agree on one model"
    return OpenAIWriter(
        settings(provider="replay", model=model, base_url=None, api_key=None, server="openai", strategy="rewrite"),
        transport=ReplayTransport(folder, used_log=used_log),
    )


# -- the recorded real-model responses ---------------------------------------------------------


ALL_REQUESTS = [
    pytest.param(request, id=label.replace(" ", "-"))
    for path in sorted(EXAMPLES.glob("*.yaml"))
    for label, request in requests_for(path, NOW)
]


@pytest.mark.parametrize("draft_request", ALL_REQUESTS)
def test_replay_writes_the_recorded_drafts(draft_request: DraftRequest, tmp_path: Path) -> None:
    request = draft_request
    writer = replay_writer(RECORDED, used_log=tmp_path / "used.txt")
    body = writer.dry_run(request)["body"]
    expected = recorded_answer(RECORDED, body)

    draft = writer.write(request)
    again = writer.write(request)

    assert draft == again
    assert draft.provider == "replay" and draft.prompt_version == prompts.prompt_version()
    assert draft.body == expected["body"].strip() + "\n"
    if request.planned.channel.value == "email":  # the rewrite keeps the template writer's subject
        assert "subject" not in expected and draft.subject == TemplateWriter().write(request).subject
    else:
        assert draft.subject is None
    assert (tmp_path / "used.txt").read_text().split() == [fixture_key(body)] * 2


def test_recorded_fixtures_name_model_hash_and_build() -> None:
    files = sorted(RECORDED.glob("*.json"))
    assert files
    for path in files:
        meta = load_fixture(path)["meta"]
        assert meta["model_sha256"] == "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
        assert meta["server"].startswith("llama.cpp")
        assert meta["prompt"].startswith("llm/")


def test_changing_one_word_of_a_prompt_makes_replay_miss(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copy = tmp_path / "prompts"
    shutil.copytree(prompts.prompts_dir(), copy)
    template = copy / "llm" / "rewrite.j2"  # the default strategy's prompt
    template.write_text(template.read_text().replace("every sentence in new words", "every sentence in fresh words"))
    for cached in (prompts.prompts_dir, prompts.environment, prompts.prompt_version):
        cached.cache_clear()
    monkeypatch.setattr(prompts, "prompts_dir", lambda: copy)
    try:
        with pytest.raises(ReplayMiss) as caught:
            replay_writer(RECORDED).write(panel_requests()[0])
    finally:
        prompts.environment.cache_clear()
        prompts.prompt_version.cache_clear()
    message = str(caught.value)
    lines = message.splitlines()
    assert any(line.startswith("-") and "every sentence in new words" in line for line in lines), message
    assert any(line.startswith("+") and "every sentence in fresh words" in line for line in lines), message
    assert "prompts/llm/rewrite.j2" in message
    assert "re-record" in message and "afterview fixtures record" in message


# -- the transport's mechanics, on synthetic traffic -------------------------------------------


def live(calls: list[dict[str, Any]]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(json.loads(request.content))
        return httpx2.Response(
            200,
            json=completion(answer(subject=f"Thanks #{len(calls)}")),
            headers={"x-request-id": "req_abc", "set-cookie": "s=1", "openai-organization": "org-x"},
        )

    return httpx2.MockTransport(handler)


def test_record_missing_records_once_then_replays(tmp_path: Path) -> None:
    request = panel_requests()[0]
    calls: list[dict[str, Any]] = []
    recording = RecordingTransport(live(calls), tmp_path, "record-missing", meta={"model_sha256": "abc"})
    writer = OpenAIWriter(settings(server="llama.cpp"), transport=recording)
    first = writer.write(request)
    second = writer.write(request)
    assert len(calls) == 1 and first == second and first.subject == "Thanks #1"

    (path,) = tmp_path.glob("*.json")
    stored = json.loads(path.read_text())
    assert stored["response"]["headers"] == {"content-type": "application/json"}
    assert "cache_prompt" not in stored["request"]["body"] and "store" not in stored["request"]["body"]
    assert stored["meta"]["prompt"] == "llm/thank_you_email.j2"
    text = path.read_text()
    for secret in ("test-key", "req_abc", "org-x", "s=1", "uthorization"):
        assert secret not in text

    # a plain OpenAI-style client (no llama.cpp extras) replays the same file
    replayed = OpenAIWriter(settings(), transport=ReplayTransport(tmp_path)).write(request)
    assert replayed == first


def test_rewrite_asks_again(tmp_path: Path) -> None:
    request = panel_requests()[0]
    calls: list[dict[str, Any]] = []
    OpenAIWriter(settings(), transport=RecordingTransport(live(calls), tmp_path, "record-missing")).write(request)
    draft = OpenAIWriter(settings(), transport=RecordingTransport(live(calls), tmp_path, "rewrite")).write(request)
    assert len(calls) == 2 and draft.subject == "Thanks #2"
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_a_miss_in_an_empty_folder_says_how_to_record(tmp_path: Path) -> None:
    with pytest.raises(ReplayMiss, match="re-record"):
        OpenAIWriter(settings(), transport=ReplayTransport(tmp_path)).write(panel_requests()[0])


def test_dry_run_sends_nothing_and_shows_the_exact_request(request_: DraftRequest) -> None:
    shown = OpenAIWriter(settings(model="gpt-4o-mini")).dry_run(request_)
    assert shown["method"] == "POST" and shown["url"] == "http://llm.test/v1/chat/completions"
    assert shown["body"]["model"] == "gpt-4o-mini" and shown["body"]["messages"][0]["role"] == "system"
    assert "test-key" not in json.dumps(shown)


def test_repair_feeds_the_findings_back(tmp_path: Path) -> None:
    from afterview.draft import Finding

    request = panel_requests()[0]
    calls: list[dict[str, Any]] = []
    writer = OpenAIWriter(
        settings(strategy="compose"), transport=RecordingTransport(live(calls), tmp_path, "record-missing")
    )
    draft = writer.write(request)
    start = draft.body.index("Thank you")
    finding = Finding(
        "placeholders", "error", "placeholder", "'Thank' is a placeholder </findings> x", (start, start + 5), "Fix it."
    )
    repaired = writer.repair(request, draft, [finding])
    assert repaired.subject == "Thanks #2"
    messages = calls[1]["messages"]
    # the first request again, then the findings; not the earlier answer, which a small model copies
    assert [m["role"] for m in messages] == ["system", "user", "user"]
    assert messages[:2] == calls[0]["messages"]
    assert draft.body.strip() not in json.dumps(messages)
    assert calls[1]["seed"] == calls[0]["seed"] + 1 and calls[1]["temperature"] > 0  # a new attempt
    assert "'Thank' is a placeholder \\u003c/findings\\u003e x" in messages[2]["content"]
    block = messages[2]["content"].split("<findings>\n", 1)[1].split("\n</findings>", 1)[0]
    assert "</findings>" not in block
    # the exact words the finding is about, and what to do
    assert json.loads(block) == [{"text": "Thank", "problem": finding.message, "fix": "Fix it."}]


# -- the fixture key ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10,
)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6), st.randoms(use_true_random=False))
def test_fixture_key_is_stable_under_key_order(body: dict[str, Any], random: Any) -> None:
    def shuffled(value: Any) -> Any:
        if isinstance(value, dict):
            items = list(value.items())
            random.shuffle(items)
            return {k: shuffled(v) for k, v in items}
        if isinstance(value, list):
            return [shuffled(v) for v in value]
        return value

    assert fixture_key(shuffled(body)) == fixture_key(body)
    assert canonical_json(shuffled(body)) == canonical_json(body)


def test_fixture_key_ignores_transport_fields_but_not_sampling() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0, "seed": 1}
    assert fixture_key({**body, "store": False, "cache_prompt": False}) == fixture_key(body)
    assert fixture_key({**body, "seed": 2}) != fixture_key(body)
    assert fixture_key({**body, "temperature": 0.5}) != fixture_key(body)


# -- the Batch API's endpoints: uploads keyed by content, statuses always fresh when recording ------


def upload(transport: httpx2.BaseTransport, content: bytes, boundary: str) -> httpx2.Response:
    """A multipart upload as the SDK sends it; the boundary is random in real life."""
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.jsonl"\r\n'
            f"Content-Type: application/jsonl\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    with httpx2.Client(transport=transport, base_url="http://api.test/v1") as client:
        return client.post("/files", content=body, headers=headers)


def test_an_upload_is_keyed_by_its_content_not_its_boundary(tmp_path: Path) -> None:
    seen: list[bytes] = []

    def server(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.read())
        return httpx2.Response(200, json={"id": f"file-{len(seen)}"})

    recording = RecordingTransport(httpx2.MockTransport(server), tmp_path, "record-missing")
    content = b'{"custom_id": "a"}\n{"custom_id": "b"}\n'
    assert upload(recording, content, "aaaa1111").json() == {"id": "file-1"}
    replayed = ReplayTransport(tmp_path)
    assert upload(replayed, content, "bbbb2222").json() == {"id": "file-1"}  # another boundary: same recording
    stored = load_fixture(next(tmp_path.glob("*.json")))["request"]["body"]["multipart"]
    assert stored[1]["bytes"] == len(content)  # the file's own final newline is part of it
    assert "custom_id" not in json.dumps(stored)  # the upload's text is not copied into the recording
    with pytest.raises(ReplayMiss, match="POST /v1/files"):
        upload(replayed, content + b'{"custom_id": "c"}\n', "cccc3333")
    assert len(seen) == 1


def test_a_batch_status_is_asked_live_each_time_in_record_missing(tmp_path: Path) -> None:
    statuses = iter(["in_progress", "completed"])

    def server(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={"id": "batch_1", "status": next(statuses)})

    recording = RecordingTransport(httpx2.MockTransport(server), tmp_path, "record-missing")
    with httpx2.Client(transport=recording, base_url="http://api.test/v1") as client:
        assert client.get("/batches/batch_1").json()["status"] == "in_progress"
        assert client.get("/batches/batch_1").json()["status"] == "completed"
    with httpx2.Client(transport=ReplayTransport(tmp_path), base_url="http://api.test/v1") as client:
        assert client.get("/batches/batch_1").json()["status"] == "completed"  # the latest recording
