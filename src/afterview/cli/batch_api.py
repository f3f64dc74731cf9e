"""`afterview batch --submit` and `--collect`: the command-line side of batch/openai_jobs.py."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from afterview.batch.runner import BatchSettings, FileResult
from afterview.cli.app import ProviderChoice, notice
from afterview.errors import InputError

if TYPE_CHECKING:
    from afterview.output.json_output import JSONObject
    from afterview.providers.openai_batch import BatchAPI


def batch_api(choice: ProviderChoice) -> BatchAPI:
    """The Batch API client over the run's writer; the template provider cannot submit anything."""
    if choice.client is None:
        raise InputError(
            "--submit and --collect use the OpenAI Batch API: set OPENAI_API_KEY (or --provider replay "
            "--fixtures DIR for recorded responses)"
        )
    from afterview.providers.openai_batch import BatchAPI

    return BatchAPI(choice.client)


def batch_settings(settings: BatchSettings, choice: ProviderChoice) -> BatchSettings:
    """Batch drafts are stamped apart from live ones: a live run redrafts them, and vice versa."""
    llm = choice.settings
    return replace(settings, provider=f"openai-batch|{llm.model}|{llm.base_url}")


def run_submit(
    choice: ProviderChoice,
    found: list[Path],
    missing: list[str],
    out: Path,
    settings: BatchSettings,
    *,
    force: bool,
    as_json: bool,
    started: float,
) -> int:
    from afterview.batch.discover import folder_names
    from afterview.batch.openai_jobs import prepare, submit

    api = batch_api(choice)
    settings = batch_settings(settings, choice)
    prepared = prepare(found, folder_names(found), out, settings, api.writer, force=force)
    results = prepared.results + not_found(missing, out)
    if not prepared.lines:
        report(results, as_json, started, {"status": "nothing to submit", "requests": 0})
        notice("nothing to submit: every notes file is unchanged (use --force to redraft) or unreadable")
        return exit_code(results, strict=False)
    done = submit(api, prepared, out, settings, force=force)
    state, status = done.state, done.status
    submitted = [FileResult(Path(f.notes), out / f.folder, "submitted", messages=len(f.messages)) for f in state.files]
    batch: JSONObject = {"id": status.id, "status": status.status, "how": done.how, "requests": state.requests}
    report(submitted + results, as_json, started, batch)
    notice(
        f"{done.how}: batch {status.id} ({status.status}), {state.requests} requests from "
        f"{len(state.files)} notes file(s); answers come within 24 h. Collect them with: "
        f"afterview batch --collect --out {out}"
    )
    return exit_code(results, strict=False)


def run_collect(
    choice: ProviderChoice,
    out: Path,
    grammar: str,
    *,
    wait: bool,
    poll: float,
    as_json: bool,
    strict: bool,
    started: float,
) -> int:
    from afterview.batch import job_state
    from afterview.batch.openai_jobs import collect
    from afterview.guardrails import make_grammar_engine
    from afterview.output.console import progress

    state = job_state.load(out)
    if state is None:
        raise InputError(
            f"{out / job_state.STATE}: no submitted batch in {out}; submit one first with "
            f"afterview batch PATHS --submit --out {out}"
        )
    api = batch_api(choice)
    status = api.status(state.batch_id)
    while status.running and wait:
        notice(f"{status.describe()}; checking again in {poll:g} s")
        time.sleep(poll)
        status = api.status(state.batch_id)
    if status.running:
        report([], as_json, started, {"id": status.id, "status": status.status, "requests": state.requests})
        notice(f"{status.describe()}; run afterview batch --collect --out {out} again later (or add --wait)")
        return 0
    engine = make_grammar_engine(grammar)
    with progress(len(state.files), "Collecting") as advance:
        done = collect(api, state, status, out, engine, advance)
    for problem in done.problems:
        notice(f"warning: {problem}")
    batch: JSONObject = {"id": status.id, "status": status.status, "requests": state.requests, "failed": status.failed}
    report(done.results, as_json, started, batch)
    return exit_code(done.results, strict)


# --- shared by every kind of batch run ------------------------------------------------------------


def not_found(missing: list[str], out: Path) -> list[FileResult]:
    """A result for each PATH that matched no notes file."""
    return [FileResult(Path(m), out, "error", error=f"{m}: no notes files found") for m in missing]


def report(
    results: list[FileResult],
    as_json: bool,
    started: float,
    batch: JSONObject | None = None,
    not_read: list[tuple[Path, str]] | None = None,
) -> None:
    """The summary on stdout: a table, or JSON (with the Batch API job's facts when there is one).

    `not_read`: paths a folder search found but left alone (not regular files), and why.
    """
    from afterview.batch.summary import to_json, to_text

    if as_json:
        from afterview.output.json_output import dumps

        doc = to_json(results, time.perf_counter() - started, not_read or [])
        sys.stdout.write(dumps({"batch": batch, **doc} if batch is not None else doc))
    elif results or not_read:
        sys.stdout.write(to_text(results, not_read or []))


def exit_code(results: list[FileResult], strict: bool) -> int:
    """2 if any file could not be read or drafted; 1 under --strict if a draft is not ready; else 0."""
    if any(r.status == "error" for r in results):
        return 2
    if strict and any(r.ready < r.messages for r in results):
        return 1
    return 0


def exit_with(code: int) -> None:
    if code:
        raise typer.Exit(code)
