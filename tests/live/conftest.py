"""The opt-in `live` tier: a real llama-server on 127.0.0.1 with the real model (scripts/llm-server/setup.sh).

Skipped unless pytest runs with `-m live` and the binary and model exist. The server is
started once per session, waited for on /health, and stopped by its PID.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ROOT

LLM_DIR = Path(os.environ.get("LLM_DIR", ROOT / ".llm"))
BINARY = LLM_DIR / "bin" / "llama-server"
MODEL = LLM_DIR / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"
READY_WITHIN = 120.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "live: needs the local llama-server and model (pytest -m live)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = "live" in (config.getoption("markexpr") or "")
    missing = [str(p) for p in (BINARY, MODEL) if not p.exists()]
    for item in items:
        if item.get_closest_marker("live") is None:
            continue
        if not wanted:
            item.add_marker(pytest.mark.skip(reason="live tier: run with pytest -m live"))
        elif missing:
            item.add_marker(
                pytest.mark.skip(reason=f"run scripts/llm-server/setup.sh first (missing {', '.join(missing)})")
            )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL (…/v1) of a llama-server started for this session."""
    port = _free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(BINARY),
                "-m",
                str(MODEL),
                "--alias",
                ALIAS,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "-c",
                "4096",
                "-np",
                "1",
                "-t",
                str(os.cpu_count() or 2),
                "--no-webui",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + READY_WITHIN
        while True:
            if process.poll() is not None:
                pytest.fail(f"llama-server exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama-server not healthy within {READY_WITHIN:g} s: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
