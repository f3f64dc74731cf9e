"""Record fixtures/openai-batch/: the Batch API's files and batches endpoints, for replay in CI.

    .venv/bin/python tests/providers/record_batch_fixtures.py

The real CLI and the real openai SDK talk to FakeBatchAPI through afterview's own
RecordingTransport (mode rewrite), so the files are exactly what a replay will be asked for.
Three moments of one job over fixtures/examples, one folder each (a batch's status changes,
so one folder cannot hold both answers to GET /batches/ID):

    submit/   GET /batches (nothing yet), POST /files, POST /batches, then GET /batches/ID (in_progress)
    running/  GET /batches/ID: still in_progress
    done/     GET /batches/ID: completed, and the output and error files

The chat answers inside the output file are the real model's recordings (fixtures/llm);
one line (Marcus Chen's thank-you) is made to fail, as the Batch API reports a failed request.
Re-run this after changing a prompt (the uploaded file's hash is part of the key).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from fake_batch_api import FakeBatchAPI
from typer.testing import CliRunner

from afterview.cli import app
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api import factory
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.replay.transport import RecordingTransport

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "fixtures" / "openai-batch"
NOW = "2026-11-24T16:00"
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
FAILED_LINE = "panel/thank_you/marcus"
META = {"server": "FakeBatchAPI (tests/providers/fake_batch_api.py); chat answers recorded in fixtures/llm"}


def main() -> int:
    fake = FakeBatchAPI(steps=("validating", "in_progress", "in_progress", "completed"), fail={FAILED_LINE: "error"})
    folder: dict[str, Path] = {}

    def make_writer(llm: LLMSettings, **_: Any) -> OpenAIWriter:
        transport = RecordingTransport(fake.transport(), folder["now"], "rewrite", meta=META)
        return OpenAIWriter(llm, transport=transport)

    shutil.rmtree(TARGET, ignore_errors=True)
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(factory, "make_writer", make_writer):
        os.environ["OPENAI_API_KEY"] = "not-a-real-key-recording-a-fake"
        out = Path(tmp) / "drafts"
        common = ["--out", str(out), "--model", MODEL]
        steps = [
            ("submit", ["batch", str(ROOT / "fixtures" / "examples" / "*.yaml"), "--submit", "--now", NOW, *common]),
            ("submit", ["batch", str(ROOT / "fixtures" / "examples" / "*.yaml"), "--submit", "--now", NOW, *common]),
            ("running", ["batch", "--collect", *common]),
            ("done", ["batch", "--collect", *common]),
        ]
        for moment, args in steps:
            folder["now"] = TARGET / moment
            folder["now"].mkdir(parents=True, exist_ok=True)
            result = runner.invoke(app, args)
            said = (result.stderr.strip() or result.stdout.strip()).splitlines()
            print(f"{moment}: exit {result.exit_code}; {said[-1] if said else ''}")
            if result.exit_code != 0:
                return 1
    for moment in ("submit", "running", "done"):
        print(f"{TARGET / moment}: {len(list((TARGET / moment).glob('*.json')))} recordings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
