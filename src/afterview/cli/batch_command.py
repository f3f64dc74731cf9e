"""`afterview batch`: many notes files at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import (
    BaseUrlOpt,
    CheckFormat,
    FixturesOpt,
    Format,
    Grammar,
    GrammarOpt,
    ModelOpt,
    NowOpt,
    ProviderOpt,
    SendAtOpt,
    app,
    choose_provider,
    friendly,
    notice,
    provider_for,
)
from afterview.errors import InputError
from afterview.vocabulary import ToneChoice, tone_preset


@app.command()
@friendly
def batch(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Notes files, folders (searched for .md/.yaml/.yml/.json/.toml) or globs (none with --collect).",
            show_default=False,
            metavar="PATHS...",
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="One folder per notes file goes in here.")] = Path("drafts"),
    files: Annotated[Format, typer.Option("--files", help="Format of the draft files.")] = Format.text,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", help="Summary format: a table, or JSON for scripts.")
    ] = CheckFormat.text,
    tone: Annotated[
        ToneChoice | None,
        typer.Option(
            "--tone",
            help="Tone for every file (casual is warm; default from each company.culture).",
            show_default=False,
        ),
    ] = None,
    now: NowOpt = None,
    send_at: SendAtOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Redraft files whose notes have not changed.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any draft is not ready.")] = False,
    grammar: GrammarOpt = Grammar.auto,
    concurrency: Annotated[
        int | None,
        typer.Option(
            "--concurrency",
            min=1,
            max=32,
            help="LLM requests in flight at once (files side by side); default 4. No effect with the "
            "template writer, which drafts one file at a time.",
            show_default=False,
        ),
    ] = None,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fixtures: FixturesOpt = None,
    submit: Annotated[
        bool,
        typer.Option(
            "--submit",
            help="Send every request to the OpenAI Batch API (half price, answers within 24 h) instead of waiting.",
        ),
    ] = False,
    collect: Annotated[
        bool,
        typer.Option(
            "--collect", help="Fetch the answers of the batch submitted to --out, check them and write the drafts."
        ),
    ] = False,
    wait: Annotated[bool, typer.Option("--wait", help="With --collect: wait until the batch has finished.")] = False,
    poll: Annotated[
        float, typer.Option("--poll", min=0.0, help="With --collect --wait: seconds between status checks.")
    ] = 60.0,
) -> None:
    """Draft many notes files at once, each into its own folder under --out, with a summary.

    Unchanged notes (same content, templates and settings) are skipped unless --force; drafts
    you edited are never overwritten. One bad file never stops the others: it is reported, and
    the exit status is 2 if any file could not be read.

    Examples:

    \b
      afterview batch interviews/ --out drafts/
      afterview batch 'clients/**/*.yaml' --format json > summary.json
      afterview batch interviews/ --out drafts/ --submit   # OpenAI Batch API, half price
      afterview batch --collect --out drafts/ --wait       # within 24 h: the drafts and summary
    """
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from afterview.batch.discover import discover, folder_names
    from afterview.batch.runner import FileResult, Settings, run_file
    from afterview.cli.batch_api import exit_code, exit_with, not_found, report, run_collect, run_submit
    from afterview.config import load_settings
    from afterview.guardrails import make_grammar_engine
    from afterview.output.console import progress

    started = time.perf_counter()
    settings = load_settings()
    if submit and collect:
        raise InputError("--submit and --collect are two steps: submit first, collect later (within 24 h)")
    if wait and not collect:
        raise InputError("--wait goes with --collect (afterview batch --collect --out DIR --wait)")
    if collect:
        if paths:
            raise InputError("--collect takes no PATHS: it collects the batch submitted to --out")
        ignored = [flag for flag, given in (("--tone", tone), ("--now", now), ("--send-at", send_at)) if given]
        if ignored or files is not Format.text or force:
            ignored += ["--files"] * (files is not Format.text) + ["--force"] * force
            notice(f"ignored with --collect: {', '.join(ignored)} (the drafts use the settings of the --submit)")
        as_json = output_format is CheckFormat.json
        with choose_provider(settings, provider, model, base_url, fixtures, None) as choice:
            code = run_collect(
                choice, out, grammar.value, wait=wait, poll=poll, as_json=as_json, strict=strict, started=started
            )
        exit_with(code)
        return
    if not paths:
        raise InputError("afterview batch needs PATHS: notes files, folders or globs (or --collect --out DIR)")
    search = discover(paths, exclude=out)
    found, missing = search.files, search.missing
    for path, what in search.skipped:
        notice(f"skipped {path}: {what}")
    if not found and missing:
        raise InputError(f"no notes files found in: {', '.join(missing)}")
    provider_choice = choose_provider(settings, provider, model, base_url, fixtures, None)
    llm = provider_choice.settings
    run_settings = Settings(
        tone=tone_preset(tone) or settings.tone,
        output_format=files.value,
        provider=f"{llm.provider}|{llm.model}|{llm.base_url}",
        clock=datetime.now(UTC),
        now=now,
        send_at=send_at,
        grammar=grammar.value,
        default_timezone=settings.timezone,
    )
    _check_moments(now, send_at)
    if submit:
        as_json = output_format is CheckFormat.json
        with provider_choice:
            code = run_submit(
                provider_choice, found, missing, out, run_settings, force=force, as_json=as_json, started=started
            )
        exit_with(code)
        return
    engine = make_grammar_engine(grammar.value)
    names = folder_names(found)
    # LLM calls wait on the network, so files run side by side, each thread with its own client;
    # the template writer is CPU-bound in one interpreter, so it runs one file at a time.
    if concurrency is not None and not provider_choice.is_llm:
        notice("--concurrency has no effect with the template writer: it drafts one file at a time")
    workers = max(1, min(concurrency or 4, len(found))) if provider_choice.is_llm else 1
    local = threading.local()
    writers = [provider_choice.author]
    breaker = provider_choice.author.breaker  # one per run: every thread's writer shares it

    def one(path: Path) -> FileResult:
        if not hasattr(local, "writer"):
            shared = provider_choice.author if workers == 1 else provider_for(provider_choice.settings, breaker).author
            local.writer = shared
            writers.append(local.writer)
        return run_file(path, out / names[path], run_settings, local.writer, engine, force=force, root=out)

    try:
        with progress(len(found), "Drafting") as advance, ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(one, path) for path in found]
            for future in futures:
                future.add_done_callback(lambda _: advance())
            results: list[FileResult] = [f.result() for f in futures]
    finally:
        for author in dict.fromkeys(writers):  # each client once
            author.release()
    if breaker is not None and breaker.cause is not None:
        notice(
            f"{breaker.skipped} LLM call(s) skipped, their drafts written by the template writer without asking, "
            f"after: {breaker.cause} (circuit breaker; breaker = false in [llm] turns it off)"
        )
    results += not_found(missing, out)
    report(results, output_format is CheckFormat.json, started, not_read=search.skipped)
    exit_with(exit_code(results, strict))


def _check_moments(now: str | None, send_at: str | None) -> None:
    """Refuse a bad --now/--send-at once, before any file is read."""
    from afterview.options import parse_moment, parse_send_at

    clock = datetime.now(UTC)
    parse_send_at(send_at, UTC, parse_moment(now, "--now", UTC, clock))
