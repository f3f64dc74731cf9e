"""Draft one notes file into its own folder; a bad file becomes a result, never a crash of the batch."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from afterview import prompts
from afterview.errors import AfterviewError
from afterview.options import parse_moment, parse_send_at
from afterview.outdir import atomic_write, inside, read_regular, write_files
from afterview.output.eml import address_warnings, with_address_findings
from afterview.output.files import draft_files
from afterview.pipeline import draft_all
from afterview.seam import Author, Writer
from afterview.timing import SendAt, WhenDue

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine
    from afterview.notes.model import Notes

STAMP = ".afterview-batch.json"


@dataclass(frozen=True)
class BatchSettings:
    """What, besides the notes themselves, changes the drafts: part of the re-run stamp.

    `now` and `send_at` are the flag values as typed: without an offset each file reads them
    in its own interview's timezone. `clock` is the real time when no --now was given.
    `default_timezone` (the config file's) is the interview's for notes that give none.
    """

    tone: str | None
    output_format: str
    provider: str
    clock: datetime
    now: str | None = None
    send_at: str | None = None
    grammar: str = "auto"
    default_timezone: str | None = None

    def key(self) -> str:
        # Without --now the clock enters by date: wording ("today", "on Tuesday") changes by day.
        when = self.now or self.clock.date().isoformat()
        fields = (self.tone, self.output_format, self.provider, when, self.send_at, self.grammar, self.default_timezone)
        return "|".join(str(f) for f in fields)

    def now_in(self, zone: tzinfo) -> datetime:
        """The run's clock for one notes file: --now read in that file's interview timezone."""
        return parse_moment(self.now, "--now", zone, self.clock)

    def send_at_in(self, zone: tzinfo, now: datetime) -> SendAt:
        """--send-at for one notes file (read in its interview timezone); not given: each message when due."""
        return parse_send_at(self.send_at, zone, now, default=WhenDue(now))


@dataclass(frozen=True)
class FileResult:
    notes: Path
    out: Path
    status: str  # drafted | unchanged | error
    error: str | None = None
    messages: int = 0
    ready: int = 0
    fallbacks: int = 0
    skipped: int = 0
    kept_edits: int = 0
    tokens: int = 0
    cost: float = 0.0
    warnings: tuple[str, ...] = ()


def stamp(text: str, settings: BatchSettings) -> str:
    digest = hashlib.sha256(text.encode())
    digest.update(b"\0" + prompts.prompt_version().encode() + b"\0" + settings.key().encode())
    return digest.hexdigest()


def read_notes(path: Path) -> str:
    """The notes file's text, read once for its stamp, its hash and its parse."""
    from afterview.notes.loader import read_text

    return read_text(path, str(path), regular_only=True)


def parse_notes(path: Path, text: str, settings: BatchSettings) -> Notes:
    from afterview.notes.loader import kind_of, notes_from_text

    return notes_from_text(text, str(path), kind_of(path), default_timezone=settings.default_timezone)


def unchanged(path: Path, text: str, out: Path, settings: BatchSettings) -> FileResult | None:
    """The last run's result for this folder when notes, templates and settings are the same; else None."""
    previous = previous_stamp(out)
    if previous.get("stamp") != stamp(text, settings):
        return None
    recorded, said = previous.get("counts"), previous.get("warnings")
    counts = {k: int(v) for k, v in recorded.items() if k in COUNTS} if isinstance(recorded, dict) else {}
    warnings = tuple(w for w in said if isinstance(w, str)) if isinstance(said, list) else ()
    return _with_counts(FileResult(path, out, "unchanged", warnings=warnings), counts)


def run_file(
    notes_path: Path,
    out: Path,
    settings: BatchSettings,
    writer: Writer,
    grammar: GrammarEngine | None,
    *,
    force: bool = False,
    root: Path | None = None,
) -> FileResult:
    """Draft one notes file into `out`, a folder inside `root` (the batch's --out)."""
    try:
        inside(root or out, out, folder=True)
        text = read_notes(notes_path)
        if not force and (same := unchanged(notes_path, text, out, settings)) is not None:
            return same
        notes = parse_notes(notes_path, text, settings)
        author = Author.of(writer)
        calls_before = len(author.calls())
        now = settings.now_in(notes.interview.zone)
        send_at = settings.send_at_in(notes.interview.zone, now)
        run = draft_all(notes, str(notes_path), now, author, tone=settings.tone, send_at=send_at, grammar=grammar)
        warnings: list[str] = []
        if settings.output_format == "eml":
            run = with_address_findings(run)
            warnings = address_warnings(run)
        written = write_files(out, draft_files(run, settings.output_format), root=root)
        drafts = [d for _, d in run.drafts]
        counts = {
            "messages": len(drafts),
            "ready": sum(d.ready for d in drafts),
            "fallbacks": sum(d.fallback is not None for d in drafts),
            "skipped": len(run.skipped),
        }
        record = {"stamp": stamp(text, settings), "notes": str(notes_path), "counts": counts, "warnings": warnings}
        _save_stamp(out, json.dumps(record, indent=2) + "\n")
    except AfterviewError as exc:  # bad notes, a rejected key, a replay miss: this file's error, not the batch's
        return FileResult(notes_path, out, "error", error=str(exc))
    kept = sum(w.status == "kept-edit" for w in written)
    calls = author.calls()[calls_before:]  # what this file cost an LLM writer
    tokens = sum((c.prompt_tokens or c.prompt_tokens_estimated) + (c.completion_tokens or 0) for c in calls)
    cost = sum(c.cost or 0.0 for c in calls)
    result = FileResult(
        notes_path, out, "drafted", kept_edits=kept, tokens=tokens, cost=round(cost, 6), warnings=tuple(warnings)
    )
    return _with_counts(result, counts)


def _save_stamp(out: Path, text: str) -> None:
    """Write the re-run stamp, unless it already says this (a read-only folder then still works)."""
    if read_regular(out / STAMP) != text.encode():
        atomic_write(inside(out, out / STAMP), text)


def _with_counts(result: FileResult, counts: dict[str, int]) -> FileResult:
    return replace(
        result,
        messages=counts.get("messages", 0),
        ready=counts.get("ready", 0),
        fallbacks=counts.get("fallbacks", 0),
        skipped=counts.get("skipped", 0),
    )


COUNTS = ("messages", "ready", "fallbacks", "skipped")


def previous_stamp(out: Path) -> dict[str, object]:
    """What the last run recorded for this folder: its stamp and counts (empty if unreadable)."""
    try:
        data = json.loads((read_regular(out / STAMP) or b"").decode("utf-8"))
    except (AfterviewError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
