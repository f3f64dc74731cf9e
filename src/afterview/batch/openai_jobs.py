"""`batch --submit` and `batch --collect`: the OpenAI Batch API, at half the price, answered within 24 h.

Submit: every planned message of every notes file becomes one line of a JSONL file, its body
exactly what a live draft would send (captured from the real SDK), its `custom_id` made of the
output folder, the message and the request's hash. The file is uploaded, the batch created,
and the job remembered in the output folder (job_state.py). A batch already made from the same
requests, here or on the server, is reused rather than submitted twice.

Collect: the output and error files are joined to the messages on `custom_id` (never on line
order); each answer goes through the guardrails like a live draft; a failed or missing line,
or an answer that fails a check, becomes a template draft that says why.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from afterview.batch import job_state
from afterview.batch.job_state import FileEntry, JobState, Message
from afterview.batch.runner import BatchSettings, FileResult, parse_notes, read_notes, run_file, unchanged
from afterview.errors import AfterviewError, InputError
from afterview.outdir import atomic_write, inside

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine
    from afterview.output.json_output import JSONObject
    from afterview.providers.openai_api.writer import OpenAIWriter
    from afterview.providers.openai_batch import BatchAPI, BatchStatus, Outcome
    from afterview.seam import Writer

CUSTOM_ID_MAX = 64


@dataclass
class Prepared:
    """The requests for one submit: JSONL lines, the files they came from, and files left out."""

    lines: list[JSONObject] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)
    results: list[FileResult] = field(default_factory=list)  # unchanged or unreadable files

    def jsonl(self) -> bytes:
        return "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in self.lines).encode()


def prepare(
    found: list[Path], names: dict[Path, str], out: Path, settings: BatchSettings, writer: OpenAIWriter, *, force: bool
) -> Prepared:
    """One request line per planned message; unchanged files (same stamp as the last run) are left out."""
    from afterview.pipeline import draft_requests
    from afterview.providers.replay.keys import fixture_key

    prepared = Prepared()
    taken: set[str] = set()
    for path in found:
        folder = out / names[path]
        try:
            text = read_notes(path)
            if not force and (same := unchanged(path, text, folder, settings)) is not None:
                prepared.results.append(same)
                continue
            notes = parse_notes(path, text, settings)
            lines: list[JSONObject] = []
            messages: list[Message] = []
            now = settings.now_in(notes.interview.zone)
            send_at = settings.send_at_in(notes.interview.zone, now)
            for request in draft_requests(notes, now, settings.tone, send_at=send_at)[1]:
                body = cast("JSONObject", writer.dry_run(request)["body"])  # the SDK's JSON request body
                kind, to = request.planned.kind.value, request.planned.to.name
                custom_id = _unique(custom_id_for(names[path], kind, to, fixture_key(body)), taken)
                lines.append({"custom_id": custom_id, "method": "POST", "url": _endpoint(), "body": body})
                messages.append(Message(custom_id, kind, to))
        except AfterviewError as exc:  # unreadable notes, a prompt over budget: this file's error, not the job's
            prepared.results.append(FileResult(path, folder, "error", error=str(exc)))
            continue
        prepared.lines += lines
        prepared.files.append(FileEntry(str(path), names[path], notes_digest(text), tuple(messages)))
    return prepared


def notes_digest(text: str) -> str:
    """What --collect compares to know the notes are still those the batch answered."""
    return hashlib.sha256(text.encode()).hexdigest()


def _endpoint() -> str:
    from afterview.providers.openai_batch import ENDPOINT

    return ENDPOINT


def custom_id_for(folder: str, kind: str, to: str, request_hash: str) -> str:
    """`folder/kind/recipient/hash`: readable in the batch's files, at most 64 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", to.lower()).strip("-")[:16] or "x"
    short = re.sub(r"[^A-Za-z0-9._-]+", "-", folder)[:24]
    return f"{short}/{kind}/{slug}/{request_hash[:12]}"[:CUSTOM_ID_MAX]


def _unique(custom_id: str, taken: set[str]) -> str:
    """Copies of one notes file ask the same thing: their ids get ~2, ~3… so every line stays addressable."""
    candidate, n = custom_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{custom_id[: CUSTOM_ID_MAX - 4]}~{n}"
    taken.add(candidate)
    return candidate


@dataclass(frozen=True)
class Submitted:
    state: JobState
    status: BatchStatus
    how: str  # submitted | already submitted | found on the server


def submit(api: BatchAPI, prepared: Prepared, out: Path, settings: BatchSettings, *, force: bool) -> Submitted:
    """Upload and create the batch, unless this very job is already running here or on the server."""
    from afterview.providers.openai_batch import REQUESTS_KEY

    jsonl = prepared.jsonl()
    digest = hashlib.sha256(jsonl).hexdigest()
    existing = job_state.load(out)
    if existing is not None and existing.collected_at is None:
        if existing.requests_sha256 == digest:
            status = api.status(existing.batch_id)
            return Submitted(existing, status, "already submitted")
        if not force:
            raise InputError(
                f"{out} already has batch {existing.batch_id} (submitted {existing.submitted_at}, "
                f"{existing.requests} requests), not collected yet: collect it first with "
                f"afterview batch --collect --out {out}, or submit anew with --force "
                "(the old batch keeps running; cancel it in the OpenAI dashboard)"
            )
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(inside(out, out / job_state.REQUESTS), jsonl)
    found = api.find(digest)
    if found is not None:
        status, how = found, "found on the server"
    else:
        metadata = {REQUESTS_KEY: digest, "afterview_files": str(len(prepared.files))}
        status = api.submit(jsonl, f"afterview-batch-{digest[:12]}.jsonl", metadata)
        how = "submitted"
    state = JobState(
        batch_id=status.id,
        requests_sha256=digest,
        submitted_at=datetime.now(UTC).isoformat(timespec="seconds"),
        settings=settings,
        files=tuple(prepared.files),
    )
    job_state.save(out, state)
    return Submitted(state, status, how)


# ---------------------------------------------------------------------------------------------
# Collect


@dataclass(frozen=True)
class Collected:
    status: BatchStatus
    results: list[FileResult]
    problems: list[str]


def collect(
    api: BatchAPI,
    state: JobState,
    status: BatchStatus,
    out: Path,
    grammar: GrammarEngine | None,
    advance: Callable[[], None] = lambda: None,
) -> Collected:
    """Join the batch's answers to the submitted messages and draft every file (template where none)."""
    from afterview.providers.openai_batch import BatchAnswerWriter, Outcome, read_outcomes

    outcomes: dict[str, Outcome] = {}
    problems: list[str] = []
    # Error file first: a custom_id in both keeps its answer from the output file.
    for name, file_id in (("error file", status.error_file_id), ("output file", status.output_file_id)):
        if file_id:
            read, bad = read_outcomes(api.download(file_id), f"{name} {file_id}")
            outcomes |= {k: v for k, v in read.items() if v.body is not None or k not in outcomes}
            problems += bad
    expected = {m.custom_id for f in state.files for m in f.messages}
    unknown = sorted(set(outcomes) - expected)
    if unknown:
        problems.append(f"{len(unknown)} line(s) answer custom_ids this job never sent, ignored: {unknown[0]}…")
    missing = _missing_reason(status)
    results = []
    for entry in state.files:
        answers = {(m.kind, m.to): outcomes.get(m.custom_id, Outcome(problem=missing)) for m in entry.messages}
        writer = BatchAnswerWriter(api.writer, answers)
        results.append(_collect_file(entry, out, state, writer, grammar))
        advance()
    state.collected_at = datetime.now(UTC).isoformat(timespec="seconds")
    job_state.save(out, state)
    return Collected(status, results, problems)


def _missing_reason(status: BatchStatus) -> str:
    if status.status == "completed":
        return "the batch's output has no line for this message"
    why = f": {status.errors[0]}" if status.errors else ""
    return f"the batch {status.status} before answering this message{why}"


def _collect_file(
    entry: FileEntry, out: Path, state: JobState, writer: Writer, grammar: GrammarEngine | None
) -> FileResult:
    path, folder = Path(entry.notes), out / entry.folder
    try:
        changed = notes_digest(read_notes(path)) != entry.sha256
    except AfterviewError as exc:
        return FileResult(path, folder, "error", error=str(exc))
    if changed:
        return FileResult(
            path,
            folder,
            "error",
            error=f"{path}: changed since --submit, so the batch answered older notes; "
            "draft it again (afterview batch, or --submit a new batch)",
        )
    return run_file(path, folder, state.settings, writer, grammar, force=True, root=out)
