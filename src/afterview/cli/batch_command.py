"""`afterview batch`: many notes files at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterview.cli.app import (
    BaseUrlOpt,
    FixturesOpt,
    Grammar,
    GrammarOpt,
    ModelOpt,
    NowOpt,
    OutputFormat,
    ProviderFlags,
    ProviderOpt,
    ReportFormat,
    SendAtOpt,
    app,
    choose_provider,
    friendly,
    notice,
    provider_for,
)
from afterview.errors import InputError
from afterview.vocabulary import ToneChoice, tone_preset

if TYPE_CHECKING:
    from afterview.batch.runner import BatchSettings


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
    files: Annotated[OutputFormat, typer.Option("--files", help="Format of the draft files.")] = OutputFormat.text,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="Summary format: a table, or JSON for scripts.")
    ] = "text",
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
    import time

    from afterview.batch.discover import discover, folder_names
    from afterview.batch.pool import draft_side_by_side, workers_for
    from afterview.batch.runner import BatchSettings
    from afterview.cli.batch_api import exit_code, exit_with, not_found, report, run_collect, run_submit
    from afterview.cli.setup import grammar_engine
    from afterview.config import load_settings
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
        if ignored or files is not OutputFormat.text or force:
            ignored += ["--files"] * (files is not OutputFormat.text) + ["--force"] * force
            notice(f"ignored with --collect: {', '.join(ignored)} (the drafts use the settings of the --submit)")
        as_json = output_format == "json"
        with choose_provider(settings, ProviderFlags(provider, model, base_url, fixtures)) as choice:
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
    provider_choice = choose_provider(settings, ProviderFlags(provider, model, base_url, fixtures))
    llm = provider_choice.settings
    run_settings = BatchSettings(
        tone=tone_preset(tone) or settings.tone,
        output_format=files.value,
        provider=f"{llm.provider}|{llm.model}|{llm.base_url}",
        clock=datetime.now(UTC),
        now=now,
        send_at=send_at,
        grammar=grammar.value,
        default_timezone=settings.timezone,
    )
    _check_moments(run_settings)
    if submit:
        as_json = output_format == "json"
        with provider_choice:
            code = run_submit(
                provider_choice, found, missing, out, run_settings, force=force, as_json=as_json, started=started
            )
        exit_with(code)
        return
    if concurrency is not None and not provider_choice.is_llm:
        notice("--concurrency has no effect with the template writer: it drafts one file at a time")
    breaker = provider_choice.author.breaker  # one per run: every thread's writer shares it
    with progress(len(found), "Drafting") as advance:
        results = draft_side_by_side(
            found,
            folder_names(found),
            out,
            run_settings,
            grammar_engine(grammar),
            provider_choice.author,
            lambda: provider_for(provider_choice.settings, breaker).author,
            workers=workers_for(len(found), concurrency, provider_choice.is_llm),
            force=force,
            advance=advance,
        )
    if breaker is not None and breaker.cause is not None:
        notice(
            f"{breaker.skipped} LLM call(s) skipped, their drafts written by the template writer without asking, "
            f"after: {breaker.cause} (circuit breaker; breaker = false in [llm] turns it off)"
        )
    results += not_found(missing, out)
    report(results, output_format == "json", started, not_read=search.skipped)
    exit_with(exit_code(results, strict))


def _check_moments(settings: BatchSettings) -> None:
    """Refuse a bad --now/--send-at once, before any file is read."""
    settings.send_at_in(UTC, settings.now_in(UTC))
