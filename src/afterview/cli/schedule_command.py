"""`afterview schedule`: the timing plan, and calendar reminders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import (
    NotesArg,
    NowOpt,
    app,
    friendly,
    notice,
)


@app.command()
@friendly
def schedule(
    notes_path: NotesArg,
    now: NowOpt = None,
    ics: Annotated[
        Path | None,
        typer.Option(
            "--ics",
            help="Also write calendar reminders (iCalendar) to this file (never over your notes, nor over "
            "a file afterview did not write unless --force).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --ics: replace a file there that afterview did not write.")
    ] = False,
    feedback_request: Annotated[
        bool, typer.Option("--feedback-request", help="After a rejection, also plan a request for feedback.")
    ] = False,
) -> None:
    """Show when to send each message, in each recipient's timezone, and why.

    Examples:

    \b
      afterview schedule notes.yaml
      afterview schedule notes.yaml --ics followups.ics
      afterview schedule notes.yaml --feedback-request   # after a rejection
    """
    from afterview.cli.setup import set_up
    from afterview.output.console import print_schedule
    from afterview.planning import make_plan

    setup = set_up(notes_path, now)
    notes, moment = setup.notes, setup.now
    plan = make_plan(notes, moment, feedback_request=feedback_request)
    print_schedule(notes, plan, moment)
    if ics is not None:
        from afterview.calendar import is_ours, plan_to_ics
        from afterview.outdir import write_single_file

        data = plan_to_ics(notes, plan, moment, str(notes_path.resolve()))
        write_single_file(ics, data, option="--ics", inputs=[notes_path], ours=is_ours, force=force)
        notice(f"wrote {len(plan.messages)} reminder{'s' if len(plan.messages) != 1 else ''} to {ics}")
