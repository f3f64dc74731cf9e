"""`afterview import` recording against a live server says which model file and server build answered,
as `draft` and `fixtures record` do (AFTERVIEW_MODEL_FILE, AFTERVIEW_SERVER_BINARY)."""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from llm_helpers import completion
from typer.testing import CliRunner

from afterview.cli import app
from afterview.providers.replay.fixtures import load_fixture

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = {  # what the real model found in wayne_recruiter.txt, by the ask's prompt header
    "import-header": {
        "position": "Operations Manager",
        "company": "Wayne Enterprises",
        "me": "Pat Morgan",
        "people": [{"name": "Lucius Fox", "title": "recruiter"}],
    },
    "import-about": {"talked_about": [], "their_problems": ["warehouse staffing"], "in_common": [], "asked_me_for": []},
    "import-rest": {"company_news": [], "my_experience": []},
}


@pytest.fixture
def server_url() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            reply = ANSWERS[self.headers.get("x-afterview-prompt", "")]
            content = json.dumps(completion(json.dumps(reply))).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_an_import_recording_names_the_model_file_and_the_server_build(
    server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"weights")
    (tmp_path / "tiny.gguf.sha256").write_text("ab12cd  tiny.gguf\n")
    binary = tmp_path / "llama-server"
    binary.write_text("#!/bin/sh\necho 'version: 7777 (abc1234)'\necho 'built with cc for x86_64'\n")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("AFTERVIEW_MODEL_FILE", str(model))
    monkeypatch.setenv("AFTERVIEW_SERVER_BINARY", str(binary))
    for key in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AFTERVIEW_PROVIDER"):
        monkeypatch.delenv(key, raising=False)
    fixtures = tmp_path / "fixtures"
    args = ["import", str(ROOT / "fixtures" / "import" / "wayne_recruiter.txt"), str(tmp_path / "out.md")]
    args += ["--now", "2026-11-24T16:00", "--yes", "--base-url", server_url, "--model", "test-model"]
    result = CliRunner().invoke(app, [*args, "--fixtures", str(fixtures), "--fixtures-mode", "rewrite"])
    assert result.exit_code == 0, result.stdout + result.stderr
    recorded = sorted(fixtures.glob("*.json"))
    assert {load_fixture(p)["meta"]["prompt"] for p in recorded} == set(ANSWERS)
    for path in recorded:
        meta = load_fixture(path)["meta"]
        assert (meta["model_file"], meta["model_sha256"]) == ("tiny.gguf", "ab12cd")
        assert meta["server"] == "llama.cpp llama-server version: 7777 (abc1234); built with cc for x86_64"
