"""Terminal presentation: colour and tables only on a terminal; plain, stable text when piped."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from afterview.notes.model import Notes
from afterview.output import labels
from afterview.planning import Plan
from afterview.timing import day_stamp

if TYPE_CHECKING:
    from rich.console import Console

_STYLES = (
    ("=== ", "bold cyan"),
    ("Checks: ready", "green"),
    ("Checks: NOT READY", "bold red"),
    ("  error", "red"),
    ("  warning", "yellow"),
    ("  info", "dim"),
    ("Send:", "bold"),
    ("Why:", "dim"),
    ("Written by:", "dim"),
    ("Subject:", "bold"),
)


_no_colour_flag = False


def set_no_colour(value: bool) -> None:
    """`afterview --no-color`: set once per run by the command line, before any output."""
    global _no_colour_flag
    _no_colour_flag = value


def colour_allowed() -> bool:
    """False with --no-color, a non-empty NO_COLOR (no-color.org) or TERM=dumb."""
    return not (_no_colour_flag or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


def use_colour(stream: TextIO | None = None) -> bool:
    return colour_allowed() and (stream or sys.stdout).isatty()


def make_console(*, stderr: bool = False, soft_wrap: bool = False) -> Console:
    """A rich Console that prints text as given: no markup, no :emoji: codes, no highlighting."""
    from rich.console import Console

    return Console(
        stderr=stderr, highlight=False, emoji=False, markup=False, soft_wrap=soft_wrap, no_color=not colour_allowed()
    )


def print_text(text: str) -> None:
    if not use_colour():
        sys.stdout.write(text)
        return
    console = make_console(soft_wrap=True)
    for line in text.rstrip("\n").split("\n"):
        style = next((s for prefix, s in _STYLES if line.startswith(prefix)), None)
        console.print(line, style=style, markup=False)


def schedule_rows(notes: Notes, plan: Plan) -> list[list[str]]:
    rows = []
    for planned in plan.messages:
        send = planned.send
        final = " (final)" if send.final else ""
        rows.append(
            [
                labels.KIND[planned.kind] + final,
                planned.to.name,
                labels.CHANNEL[planned.channel],
                labels.STATE[send.state],
                labels.when(send.recommended_at),
                labels.limit(send),
            ]
        )
    for skipped in plan.skipped:
        if skipped.sent_on is not None:
            zone = notes.zone_of(notes.interviewer(skipped.to))
            rows.append(
                [
                    labels.KIND[skipped.kind],
                    skipped.to,
                    "",
                    labels.STATE["sent"],
                    f"{day_stamp(skipped.sent_on)} {skipped.sent_on.year} ({zone})",
                    "",
                ]
            )
    return rows


REFLECTION = "`afterview draft` adds a few questions to think through before your next interview."

HEADINGS = ["Message", "To", "Channel", "State", "Send at (their time)", "Deadline / window"]


def schedule_text(notes: Notes, plan: Plan, now: datetime) -> str:
    rows = schedule_rows(notes, plan)
    widths = [max(len(r[i]) for r in [HEADINGS, *rows]) for i in range(len(HEADINGS))]
    lines = [f"Follow-up plan: {notes.position} at {notes.company.name}"]
    lines.append(f"Now: {labels.when(now.astimezone(notes.interview.zone))}")
    lines.append("")
    for row in [HEADINGS, *rows]:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if not rows:
        lines.append("(nothing to send)")
    lines += ["", "Why:"]
    for planned in plan.messages:
        lines.append(f"- {labels.KIND[planned.kind]} to {planned.to.name}: {planned.send.reason}")
    for skipped in plan.skipped:
        lines.append(f"- Not sending {labels.KIND[skipped.kind].lower()} to {skipped.to}: {skipped.reason}")
    if plan.reflection:
        lines += ["", REFLECTION]
    return "\n".join(lines) + "\n"


def print_schedule(notes: Notes, plan: Plan, now: datetime) -> None:
    if not use_colour():
        sys.stdout.write(schedule_text(notes, plan, now))
        return
    from rich.table import Table

    console = make_console()
    table = Table(title=f"Follow-up plan: {notes.position} at {notes.company.name}")
    for heading in HEADINGS:
        table.add_column(heading)
    colours = {"due": "green", "overdue": "red", "late": "yellow", "not yet": "cyan", "sent": "dim"}
    for row in schedule_rows(notes, plan):
        table.add_row(*row, style=colours.get(row[3]))
    console.print(table)
    console.print(f"Now: {labels.when(now.astimezone(notes.interview.zone))}", style="dim")
    for planned in plan.messages:
        console.print(f"• {labels.KIND[planned.kind]} to {planned.to.name}: {planned.send.reason}", markup=False)
    for skipped in plan.skipped:
        console.print(
            f"• Not sending {labels.KIND[skipped.kind].lower()} to {skipped.to}: {skipped.reason}",
            style="dim",
            markup=False,
        )
    if plan.reflection:
        console.print(REFLECTION, markup=False)


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    if not (sys.stderr.isatty() and colour_allowed() and total > 1):
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=make_console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
