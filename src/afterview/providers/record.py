"""Record LLM fixtures by drafting notes files through the pipeline itself (`afterview fixtures record`).

Each notes file is drafted by `pipeline.draft_all` as `afterview draft FILE --now WHEN` drafts it (the
default tone, every planned message, its checks, the mechanical fixes and the repair round), with the
writer's SDK client talking through a `RecordingTransport`: what is recorded is exactly what a
`--provider replay` run of the same command asks for. Nothing here prints or exits; the command
reports progress from the `Progress` events and decides the exit code from the `RecordRun`.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.draft import Draft, DraftRequest
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.replay.transport import Exchange, Mode, RecordingTransport

if TYPE_CHECKING:
    import httpx2


@dataclass(frozen=True)
class Progress:
    """One request answered: `recorded` (asked live and saved) or served from an earlier recording."""

    label: str
    recorded: bool
    seconds: float
    status: int


@dataclass
class RecordRun:
    """What a recording run did: the drafts it made (for their fallbacks) and the requests it recorded."""

    drafts: list[Draft] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    server_failure: str | None = None  # a timeout or refused connection (the run's breaker tripped)

    @property
    def new(self) -> list[Progress]:
        return [p for p in self.progress if p.recorded and 200 <= p.status < 300]

    @property
    def failed(self) -> list[Progress]:
        """Requests the server answered with an error: nothing recorded for them."""
        return [p for p in self.progress if not 200 <= p.status < 300]


def record_fixtures(
    notes_files: Sequence[Path],
    now: str,
    settings: LLMSettings,
    *,
    mode: Mode = "record-missing",
    meta: dict[str, object] | None = None,
    inner: httpx2.BaseTransport | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> RecordRun:
    """Draft every notes file at `now` (as `--now` reads it, in the interview's zone) through the
    pipeline, recording into `settings.fixtures`. `inner`: the live transport (default: the network)."""
    import httpx2

    from afterview.guardrails import make_grammar_engine
    from afterview.notes.loader import load_notes
    from afterview.options import WhenDue, parse_moment
    from afterview.pipeline import draft_all
    from afterview.providers.openai_api.writer import OpenAIWriter

    assert settings.fixtures is not None
    run = RecordRun()
    static = dict(meta or {})
    label = [""]

    def exchanged(exchange: Exchange) -> None:
        progress = Progress(label[0], exchange.recorded, exchange.seconds, exchange.status)
        run.progress.append(progress)
        if on_progress is not None:
            on_progress(progress)

    live = inner if inner is not None else httpx2.HTTPTransport()
    transport = RecordingTransport(live, settings.fixtures, mode, meta=static, on_exchange=exchanged)
    writer = OpenAIWriter(settings, transport=transport)
    grammar = make_grammar_engine("auto")
    try:
        for path in notes_files:

            def labelled(request: DraftRequest, purpose: str, name: str = path.name) -> None:
                planned = request.planned
                what = f"{planned.kind.value} to {planned.to.name} ({planned.channel.value})"
                label[0] = f"{name}: {what}" if purpose == "write" else f"{name}: {purpose}: {what}"
                transport.meta = {**static, "label": label[0], "now": now}

            writer.on_call = labelled
            notes = load_notes(path)
            clock = parse_moment(now, "--now", notes.interview.zone, datetime.now(UTC))
            drafted = draft_all(notes, str(path), clock, writer, send_at=WhenDue(clock), grammar=grammar)
            run.drafts += [draft for _, draft in drafted.drafts]
    finally:
        writer.close()
    run.server_failure = writer.breaker.cause
    return run


def env_model_meta(environ: Mapping[str, str]) -> dict[str, str]:
    """`model_meta` for the files AFTERVIEW_MODEL_FILE and AFTERVIEW_SERVER_BINARY name (`draft` and `import`
    recording with a live server), so every recording says which model and server answered it."""
    model_file, binary = environ.get("AFTERVIEW_MODEL_FILE"), environ.get("AFTERVIEW_SERVER_BINARY")
    return model_meta(Path(model_file) if model_file else None, Path(binary) if binary else None)


def model_meta(model_file: Path | None, server_binary: Path | None) -> dict[str, str]:
    """What a recording says it was made with: the model file's name and sha256, the server's build."""
    meta: dict[str, str] = {}
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


if __name__ == "__main__":  # pragma: no cover - the old entry point, kept as an alias of the command
    import runpy
    import sys

    # `--repair` was an option of this script; the pipeline now always runs the repair round.
    sys.argv = ["afterview", "fixtures", "record", *(a for a in sys.argv[1:] if a != "--repair")]
    runpy.run_module("afterview", run_name="__main__")
