"""`afterview draft`: plan, draft and check every message of one notes file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterview.cli.app import (
    BaseUrlOpt,
    FixturesModeOpt,
    FixturesOpt,
    Grammar,
    GrammarOpt,
    ModelOpt,
    NotesArg,
    NowOpt,
    OutputFormat,
    ProviderChoice,
    ProviderOpt,
    SendAtOpt,
    StrategyOpt,
    app,
    friendly,
    notice,
)
from afterview.vocabulary import Kind, ToneChoice

if TYPE_CHECKING:
    from afterview.cli.setup import CommandSetup
    from afterview.pipeline import DraftRun, Selection


@app.command()
@friendly
def draft(
    notes_path: NotesArg,
    kind: Annotated[
        list[Kind] | None,
        typer.Option("--kind", help="Only these kinds of message (repeatable).", show_default=False),
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Only messages to this interviewer.", show_default=False)
    ] = None,
    tone: Annotated[
        ToneChoice | None,
        typer.Option(
            "--tone",
            help="Tone preset: warm, formal, concise, enthusiastic (casual is warm). Default from "
            "company.culture (formal → formal, else warm).",
            show_default=False,
        ),
    ] = None,
    now: NowOpt = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="How to print the drafts.")
    ] = OutputFormat.text,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write one file per message into this folder (never over your edits).", show_default=False
        ),
    ] = None,
    feedback_request: Annotated[
        bool, typer.Option("--feedback-request", help="After a rejection, also draft a request for feedback.")
    ] = False,
    reflect: Annotated[
        bool, typer.Option("--reflect", help="Add the reflection worksheet even if the outcome is pending.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any draft is not ready.")] = False,
    send_at: SendAtOpt = None,
    grammar: GrammarOpt = Grammar.auto,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fixtures: FixturesOpt = None,
    fixtures_mode: FixturesModeOpt = None,
    strategy: StrategyOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the exact LLM request(s) that would be sent; send nothing.")
    ] = False,
    require_llm: Annotated[
        bool, typer.Option("--require-llm", help="Exit 1 if any draft fell back to the template writer.")
    ] = False,
) -> None:
    """Plan and draft every follow-up message from your notes, with send times and checks.

    Without an LLM configured, drafts are written offline by the template writer: the same
    notes and --now always give the same text. With OPENAI_API_KEY (or --base-url for Ollama,
    vLLM or llama.cpp) the LLM writes them; a draft that fails the checks gets one repair round,
    then the template writer stands in, and the output says so.

    Examples:

    \b
      afterview draft notes.yaml
      afterview draft notes.yaml --to "Dana Lee" --tone formal --now 2026-11-24T16:00
      afterview draft notes.yaml --format json --out drafts/
    """
    from afterview.cli.app import ProviderFlags
    from afterview.cli.setup import grammar_engine, set_up
    from afterview.options import resolve_person
    from afterview.pipeline import Selection, draft_all

    setup = set_up(notes_path, now, send_at=send_at, tone=tone)
    notes = setup.notes
    selection = Selection(
        kinds=frozenset(kind) if kind else None,
        to=resolve_person(notes, to) if to else None,
    )
    if feedback_request and notes.interview.outcome.value != "rejected":
        notice("--feedback-request: a feedback request is only drafted after outcome: rejected")
    chosen = setup.provider(ProviderFlags(provider, model, base_url, fixtures, fixtures_mode, strategy))
    if dry_run:
        _dry_run(setup, chosen, selection, feedback_request)
        return
    with chosen:
        run = draft_all(
            notes,
            str(notes_path),
            setup.now,
            chosen.author,
            tone=setup.tone,
            selection=selection,
            feedback_request=feedback_request,
            reflect=reflect,
            provider_notice=chosen.notice,
            send_at=setup.send_at,
            grammar=grammar_engine(grammar),
        )
    if output_format is OutputFormat.eml:
        from afterview.output.eml import address_warnings, with_address_findings

        run = with_address_findings(run)
        for warning in address_warnings(run):
            notice(f"warning: {warning}")
    from afterview.providers.breaker import fallback_notices

    fallbacks = [d for _, d in run.drafts if d.fallback]
    for line in fallback_notices(fallbacks):
        notice(line)
    if out is not None:
        _write_out(run, out, output_format)
    else:
        _print_run(run, output_format)
    if strict and not all(d.ready for _, d in run.drafts):
        raise typer.Exit(1)
    if require_llm and fallbacks:
        raise typer.Exit(1)


def _dry_run(setup: CommandSetup, chosen: ProviderChoice, selection: Selection, feedback: bool) -> None:
    """The requests the LLM would get, exactly as the SDK would send them: nothing leaves the machine."""
    import json

    from afterview.pipeline import draft_requests

    dry_run = chosen.author.dry_run
    if dry_run is None:
        sys.stdout.write("The template writer sends nothing anywhere: there is no request to show.\n")
        return
    _, requests = draft_requests(
        setup.notes, setup.now, setup.tone, selection=selection, feedback_request=feedback, send_at=setup.send_at
    )
    for request in requests:
        sent = dry_run(request)
        sys.stdout.write(json.dumps(sent, indent=2, ensure_ascii=False) + "\n")


def _print_run(run: DraftRun, output_format: OutputFormat) -> None:
    from afterview.output import text
    from afterview.output.console import print_text

    if output_format is OutputFormat.json:
        from afterview.output.json_output import dumps, run_to_dict

        sys.stdout.write(dumps(run_to_dict(run)))
    elif output_format is OutputFormat.markdown:
        sys.stdout.write(text.render_markdown(run))
    elif output_format is OutputFormat.eml:
        from afterview.output.eml import draft_to_eml, is_email

        for planned, d in run.drafts:
            if is_email(d):
                sys.stdout.write(f"From afterview {planned.send.recommended_at.isoformat()}\n")
                sys.stdout.write(draft_to_eml(run.notes, planned, d) + "\n")
            else:
                notice(f"the {d.channel.value} note to {d.to} is not an email; see it with --format text")
    else:
        print_text(text.render_text(run))


def _write_out(run: DraftRun, folder: Path, output_format: OutputFormat) -> None:
    from afterview.outdir import write_files
    from afterview.output.files import draft_files

    files = draft_files(run, output_format.value)
    for result in write_files(folder, files):
        if result.status == "kept-edit":
            notice(f"kept your edited {result.kept}; the new draft is beside it in {result.path}")
        else:
            typer.echo(f"{result.status:<9} {result.path}")
    if not files:
        typer.echo("Nothing to draft.")
