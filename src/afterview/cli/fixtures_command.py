"""`afterview fixtures record`: record LLM fixtures from a live server by drafting notes files."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import BaseUrlOpt, ModelOpt, StrategyOpt, error, friendly, notice
from afterview.cli.doctor_command import fixtures_app


class Server(str, Enum):
    llama_cpp = "llama.cpp"
    openai = "openai"


class RecordMode(str, Enum):
    record_missing = "record-missing"
    rewrite = "rewrite"


@fixtures_app.command("record")
@friendly
def record(
    notes: Annotated[list[Path], typer.Argument(help="Notes files to draft.", show_default=False, metavar="NOTES")],
    fixtures: Annotated[
        Path, typer.Option("--fixtures", help="The folder of fixture files, e.g. fixtures/llm.", show_default=False)
    ],
    now: Annotated[
        str,
        typer.Option("--now", help="The clock for planning (ISO 8601, e.g. 2026-11-24T16:00).", show_default=False),
    ],
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    strategy: StrategyOpt = None,
    server: Annotated[
        Server, typer.Option("--server", help="The server's dialect (AFTERVIEW_LLM_SERVER wins when set).")
    ] = Server.llama_cpp,
    mode: Annotated[
        RecordMode,
        typer.Option("--mode", help="record-missing: ask only for what is not recorded; rewrite: ask for all again."),
    ] = RecordMode.record_missing,
    model_file: Annotated[
        Path | None,
        typer.Option(
            "--model-file",
            envvar="AFTERVIEW_MODEL_FILE",
            help="The GGUF file, to record its sha256.",
            show_default=False,
        ),
    ] = None,
    server_binary: Annotated[
        Path | None,
        typer.Option(
            "--server-binary",
            envvar="AFTERVIEW_SERVER_BINARY",
            help="The llama-server binary, to record its build.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Draft each notes file as `afterview draft NOTES --now WHEN` does (default tone, checks,
    repair round) against a live server, and save every request it makes as a fixture, so the same
    command with --provider replay --fixtures FOLDER runs without the server. Exits 1 when the
    server failed a request (nothing was recorded for it).

    Examples:

    \b
      afterview fixtures record notes.yaml --now 2026-11-24T16:00 --fixtures fx --base-url http://localhost:11434/v1
      afterview draft notes.yaml --now 2026-11-24T16:00 --provider replay --fixtures fx
    """
    from afterview.providers.breaker import fallback_notices
    from afterview.providers.llm_settings import resolve_llm_settings
    from afterview.providers.record import Progress, model_meta, record_fixtures

    settings = resolve_llm_settings(
        provider="openai",
        model=model,
        base_url=base_url,
        fixtures=fixtures,
        fixtures_mode=mode.value,
        strategy=strategy,
        config={"server": server.value, "timeout": 600, "max_retries": 0},
    )

    def show(progress: Progress) -> None:
        done = "recorded" if progress.recorded else "reused  "
        if not 200 <= progress.status < 300:
            done = f"HTTP {progress.status}"
        sys.stdout.write(f"{done} {progress.seconds:6.1f} s  {progress.label}\n")
        sys.stdout.flush()

    run = record_fixtures(
        notes,
        now,
        settings,
        mode="rewrite" if mode is RecordMode.rewrite else "record-missing",
        meta=dict(model_meta(model_file, server_binary)),
        on_progress=show,
    )
    if run.new:
        average = sum(p.seconds for p in run.new) / len(run.new)
        sys.stdout.write(f"{len(run.new)} new recording(s), {average:.1f} s per request on average\n")
    for line in fallback_notices([d for d in run.drafts if d.fallback]):
        notice(line)
    if run.server_failure or run.failed:
        why = run.server_failure or f"the server answered {len(run.failed)} request(s) with an error"
        error(f"not every request was recorded: {why}")
        raise typer.Exit(1)
