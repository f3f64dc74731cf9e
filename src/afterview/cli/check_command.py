"""`afterview check`: the guardrails on a draft written by hand."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import (
    CheckSendAtOpt,
    Grammar,
    GrammarOpt,
    NowOpt,
    ReportFormat,
    app,
    friendly,
)
from afterview.vocabulary import Kind


@app.command()
@friendly
def check(
    draft_path: Annotated[
        Path,
        typer.Argument(
            help="Your draft: plain text; a first line 'Subject: …' is the subject.",
            show_default=False,
            metavar="DRAFT",
        ),
    ],
    notes_path: Annotated[
        Path, typer.Option("--notes", help="The notes the draft is based on.", show_default=False, metavar="NOTES")
    ],
    kind: Annotated[Kind, typer.Option("--kind", help="What the draft is.")] = Kind.thank_you,
    to: Annotated[
        str | None,
        typer.Option("--to", help="Who it is for (default: the first interviewer).", show_default=False),
    ] = None,
    send_at: CheckSendAtOpt = None,
    now: NowOpt = None,
    output_format: Annotated[ReportFormat, typer.Option("--format", help="Report format.")] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if the draft is not ready.")] = False,
    grammar: GrammarOpt = Grammar.auto,
) -> None:
    """Run every guardrail on a draft you wrote yourself.

    Examples:

    \b
      afterview check thank-you.txt --notes notes.yaml --to "Dana Lee"
      afterview check status.txt --notes notes.yaml --kind status_check --to Priya --send-at 2026-12-01T10:00
    """
    from afterview.cli.setup import grammar_engine, set_up
    from afterview.guardrails import read_draft
    from afterview.hand_written import check_hand_written
    from afterview.options import resolve_person

    setup = set_up(notes_path, now, send_at=send_at, unsent="now")
    notes = setup.notes
    subject, body = read_draft(draft_path, kind=kind)
    person = resolve_person(notes, to) if to else notes.interviewers[0].name
    result = check_hand_written(
        notes,
        subject,
        body,
        kind=kind,
        to=person,
        now=setup.now,
        send_at=setup.send_at,
        tone=setup.tone,
        grammar=grammar_engine(grammar),
    )
    if output_format == "json":
        from afterview.output.json_output import JSONObject, dumps, finding_to_dict

        doc: JSONObject = {"findings": [finding_to_dict(f) for f in result.findings], "ready": result.ready}
        sys.stdout.write(dumps(doc))
    else:
        from afterview.output import labels
        from afterview.output.console import print_text
        from afterview.output.text import findings_lines

        head = f"{draft_path}: {labels.KIND[kind].lower()} to {person}"
        lines = findings_lines(result, file=str(draft_path), first_line=_body_line(draft_path))
        print_text("\n".join([head, *lines]) + "\n")
    if strict and not result.ready:
        raise typer.Exit(1)


def _body_line(path: Path) -> int:
    """The file line the draft's body starts on (after a `Subject:` line and blank lines)."""
    from afterview.guardrails.draft_reader import split_subject

    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    subject, _, first = split_subject(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = first + (1 if subject is not None else 0)
    while start < len(lines) - 1 and not lines[start].strip():
        start += 1
    return start + 1
