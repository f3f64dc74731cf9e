"""Record LLM fixtures from a live OpenAI-compatible server (`record-missing` by default).

    python -m afterview.providers.record --fixtures fixtures/llm \\
        --base-url http://127.0.0.1:8080/v1 --model qwen2.5-coder-1.5b-instruct --server llama.cpp \\
        --now 2026-11-24T16:00 fixtures/examples/*.yaml

Each first-pass draft of every planned message (default tone) is one request, hence one
fixture file; `--repair` also records the repair round for drafts the guardrails reject.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from afterview.draft import DraftRequest
from afterview.notes.loader import load_notes
from afterview.options import parse_moment
from afterview.pipeline import draft_requests
from afterview.providers.llm_settings import resolve_llm_settings
from afterview.providers.replay.transport import RecordingTransport


def requests_for(path: Path, now_text: str) -> Iterator[tuple[str, DraftRequest]]:
    """(label, request) for every planned message of a notes file, with the default tone."""
    notes = load_notes(path)
    now = parse_moment(now_text, "--now", notes.interview.zone, datetime.now(UTC))
    for request in draft_requests(notes, now)[1]:
        planned = request.planned
        yield f"{path.name}: {planned.kind.value} to {planned.to.name} ({planned.channel.value})", request


def model_meta(model_file: Path | None, server_binary: Path | None) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if model_file is not None:
        meta["model_file"] = model_file.name
        sidecar = model_file.with_name(model_file.name + ".sha256")
        if sidecar.is_file():
            meta["model_sha256"] = sidecar.read_text().split()[0]
        else:
            digest = hashlib.sha256()
            with model_file.open("rb") as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
            meta["model_sha256"] = digest.hexdigest()
    if server_binary is not None:
        out = subprocess.run([str(server_binary), "--version"], capture_output=True, text=True, timeout=30)
        lines = [line.strip() for line in (out.stdout + out.stderr).splitlines() if line.strip()]
        build = [line for line in lines if line.startswith(("version", "built"))]
        meta["server"] = "llama.cpp llama-server " + "; ".join(build or lines[:2])
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m afterview.providers.record", description=__doc__.splitlines()[0])
    parser.add_argument("notes", nargs="+", type=Path, help="notes files to draft")
    parser.add_argument("--fixtures", type=Path, required=True, help="folder of fixture files")
    parser.add_argument("--base-url", required=True, help="the live server, e.g. http://127.0.0.1:8080/v1")
    parser.add_argument("--model", required=True, help="the model name (llama-server's --alias)")
    parser.add_argument("--server", default="llama.cpp", choices=["openai", "llama.cpp"])
    parser.add_argument("--mode", default="record-missing", choices=["record-missing", "rewrite"])
    parser.add_argument("--now", required=True, help="the clock for planning, e.g. 2026-11-24T16:00")
    parser.add_argument("--model-file", type=Path, help="the GGUF file, to record its sha256")
    parser.add_argument("--server-binary", type=Path, help="the llama-server binary, to record its build")
    parser.add_argument("--repair", action="store_true", help="also record the repair round of rejected drafts")
    args = parser.parse_args(argv)

    import httpx2

    from afterview.providers.openai_api.writer import OpenAIWriter

    settings = resolve_llm_settings(
        provider="openai",
        model=args.model,
        base_url=args.base_url,
        fixtures=args.fixtures,
        fixtures_mode=args.mode,
        config={"server": args.server, "timeout": 600, "max_retries": 0},
    )
    transport = RecordingTransport(
        httpx2.HTTPTransport(), args.fixtures, args.mode, meta=model_meta(args.model_file, args.server_binary)
    )
    writer = OpenAIWriter(settings, transport=transport)
    static_meta = dict(transport.meta)
    total, count = 0.0, 0
    for path in args.notes:
        written = []
        for label, request in requests_for(path, args.now):
            transport.meta = {**static_meta, "label": label, "now": args.now}
            before = len(transport.recorded)
            started = time.monotonic()
            draft = writer.write(request)
            seconds = time.monotonic() - started
            new = len(transport.recorded) > before
            total, count = (total + seconds, count + 1) if new else (total, count)
            print(f"{'recorded' if new else 'reused  '} {seconds:6.1f} s  {label}", flush=True)
            written.append((request, draft))
        if args.repair:
            _record_repairs(writer, transport, static_meta, written, args.now)
    if count:
        print(f"{count} new recording(s), {total / count:.1f} s per request on average")
    return 0


def _record_repairs(
    writer: Any, transport: RecordingTransport, static_meta: dict[str, Any], written: list[Any], now: str
) -> None:
    """Check the drafts as the pipeline does and record one repair request for each rejected one."""
    from afterview.pipeline import checked
    from afterview.planning import make_plan

    if not written:
        return
    notes, clock = written[0][0].notes, written[0][0].now
    plan = make_plan(notes, clock)
    drafts = [d for _, d in written]
    for request, draft in written:
        result = checked(draft, notes, plan, request.planned, request.planned.send.recommended_at, drafts, None)
        if result.ready:
            continue
        label = f"repair: {request.planned.kind.value} to {request.planned.to.name}"
        transport.meta = {**static_meta, "label": label, "now": now}
        started = time.monotonic()
        writer.repair(request, result, result.findings)
        print(f"repaired {time.monotonic() - started:6.1f} s  {label}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
