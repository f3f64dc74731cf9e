"""`afterview draft`: plan, draft and check every message of one notes file."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from afterview.cli.app import (
    Format,
    Grammar,
    GrammarOpt,
    NotesArg,
    NowOpt,
    SendAtOpt,
    app,
    friendly,
    load_notes_and_settings,
    notice,
)
from afterview.vocabulary import Kind, Tone


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
        Tone | None,
        typer.Option(
            "--tone", help="Tone preset; default from company.culture (formal → formal, else warm).", show_default=False
        ),
    ] = None,
    now: NowOpt = None,
    output_format: Annotated[Format, typer.Option("--format", help="How to print the drafts.")] = Format.text,
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
) -> None:
    """Plan and draft every follow-up message from your notes, with send times and checks.

    Without an LLM configured, drafts are written offline by the template writer: the same
    notes and --now always give the same text.

    Examples:

      afterview draft notes.yaml

      afterview draft notes.yaml --to "Dana Lee" --tone formal --now 2026-11-24T16:00

      afterview draft notes.yaml --format json --out drafts/
    """
    from afterview.guardrails import make_grammar_engine
    from afterview.options import parse_moment, parse_send_at, resolve_person
    from afterview.pipeline import Selection, draft_all
    from afterview.writer.template_writer import TemplateWriter

    notes, settings = load_notes_and_settings(notes_path)
    moment = parse_moment(now, "--now", notes.interview.zone, datetime.now(UTC))
    planned_send = parse_send_at(send_at, notes.interview.zone, moment)
    selection = Selection(
        kinds=frozenset(kind) if kind else None,
        to=resolve_person(notes, to) if to else None,
    )
    run = draft_all(
        notes,
        str(notes_path),
        moment,
        TemplateWriter(),
        tone=tone.value if tone else settings.tone,
        selection=selection,
        feedback_request=feedback_request,
        reflect=reflect,
        provider_notice="Drafted offline by the template writer (no OPENAI_API_KEY or OPENAI_BASE_URL set).",
        send_at=planned_send,
        grammar=make_grammar_engine(grammar.value),
    )
    if out is not None:
        _write_out(run, out, output_format)
    else:
        _print_run(run, output_format)
    if strict and not all(d.ready for _, d in run.drafts):
        raise typer.Exit(1)


def _print_run(run: Any, output_format: Format) -> None:
    from afterview.output import text
    from afterview.output.console import print_text

    if output_format is Format.json:
        from afterview.output.json_output import dumps, run_to_dict

        sys.stdout.write(dumps(run_to_dict(run)))
    elif output_format is Format.markdown:
        sys.stdout.write(text.render_markdown(run))
    elif output_format is Format.eml:
        from afterview.output.eml import draft_to_eml, is_email

        for planned, d in run.drafts:
            if is_email(d):
                sys.stdout.write(f"From afterview {planned.send.recommended_at.isoformat()}\n")
                sys.stdout.write(draft_to_eml(run.notes, planned, d) + "\n")
            else:
                notice(f"the {d.channel.value} note to {d.to} is not an email; see it with --format text")
    else:
        print_text(text.render_text(run))


def _write_out(run: Any, folder: Path, output_format: Format) -> None:
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
