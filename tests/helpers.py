"""What many test files share: the repository's folders, the example notes, the fixed clock, and the
requests of a notes file. Importable as `helpers` from any test (tests/ is on sys.path via conftest)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from afterview.draft import DraftRequest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "fixtures" / "examples"
PANEL = EXAMPLES / "panel.yaml"
RECORDED = ROOT / "fixtures" / "llm"  # the recorded LLM responses
NOW = "2026-11-24T16:00"  # the clock of the examples (and of the recordings)


def draft_json(tmp_path: Path, text: str, *args: str) -> dict:  # type: ignore[type-arg]
    """`afterview draft` (template writer, JSON) on notes `text` written to tmp_path; exit 0 required."""
    import json

    from typer.testing import CliRunner

    from afterview.cli import app

    path = tmp_path / "notes.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(path), "--format", "json", "--provider", "template", *args])
    assert result.exit_code == 0, result.output
    out: dict = json.loads(result.output)  # type: ignore[type-arg]
    return out


def requests_for(path: Path, now_text: str = NOW) -> Iterator[tuple[str, DraftRequest]]:
    """(label, request) for every planned message of a notes file, with the default tone: the first
    drafts `afterview draft FILE --now NOW` asks a writer for."""
    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment
    from afterview.pipeline import draft_requests

    notes = load_notes(path)
    now = parse_moment(now_text, "--now", notes.interview.zone, datetime.now(UTC))
    for request in draft_requests(notes, now)[1]:
        planned = request.planned
        yield f"{path.name}: {planned.kind.value} to {planned.to.name} ({planned.channel.value})", request


def thank_you_bodies(tmp_path: Path, text: str, now_text: str = NOW) -> dict[str, str]:
    """label → body of each thank-you the template writer drafts for notes `text` (written to tmp_path)."""
    from afterview.writer.template_writer import TemplateWriter

    notes = tmp_path / "notes.yaml"
    notes.write_text(text, encoding="utf-8")
    return {label: TemplateWriter().write(r).body for label, r in requests_for(notes, now_text) if "thank_you" in label}


@contextlib.contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """`handler` serving on a fresh 127.0.0.1 port (yielded) in a thread, shut down on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
