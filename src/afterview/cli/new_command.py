"""`afterview new`: a short guided questionnaire that writes a notes file (a line editor, or lines from a pipe)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterview.cli.app import app, friendly
from afterview.cli.asking import asker, say
from afterview.cli.notes_commands import writable
from afterview.errors import InputError
from afterview.notes.forms import form_of

if TYPE_CHECKING:
    from afterview.notes.question import Ask
    from afterview.notes.questionnaire import Questionnaire

EXIT_CANCELLED = 130


@app.command()
@friendly
def new(
    path: Annotated[
        Path, typer.Argument(help="Where to write the notes: .md (default) or .yaml/.json/.toml.", show_default=True)
    ] = Path("notes.md"),
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            help="Pretend it is this time (ISO 8601, e.g. 2026-11-24T16:00): 'today' and 'yesterday' count from it.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Paste the notes you jotted, or answer a few questions about the interview; writes your notes file.

    First paste your notes (finish with an empty line or Ctrl-D): they are read offline, what
    was understood is shown, and only what they leave out or leave open is asked. Or press
    Enter to be asked question by question. It asks what a coach would: the position and
    company, when it started (in your timezone,
    the config file's or this machine's, unless you name a place: "today 2pm London"), how
    long and how, who was there (name and job title, part in hiring) and anything else about
    each person in one line, what you said you would send, when they decide, company news
    and your highlights. Dates can be plain words ("today 2pm", "yesterday 14:00", "Dec 4"),
    each read back: Enter keeps it, or type the right one. "references for Dana" is Dana's;
    "he's my main contact" makes him the point of contact. A bad answer is explained and
    asked again; Enter takes the [default] or skips. Answers can also come from a pipe, one
    per line.

    Example:

    \b
      afterview new notes.md
      afterview draft notes.md
    """
    from afterview.config import load_settings
    from afterview.notes.dump import dump
    from afterview.notes.model import Notes
    from afterview.notes.questionnaire import AnswersEnded, Questionnaire
    from afterview.notes.self_notes import clean_requested
    from afterview.notes.tidy_items import tidy_notes

    kind = form_of(path)
    if kind is None:
        raise InputError(f"{path}: end the file name in .md (or .yaml, .json, .toml)")
    writable(path, force)  # before any question: never ask for nothing
    moment = _now(now)
    ask = asker(sys.stdin.isatty() and sys.stdout.isatty())
    questions = Questionnaire(
        ask,
        say,
        today=moment.date(),
        now=moment.replace(tzinfo=None),
        default_timezone=load_settings().timezone or _system_timezone(),
        clock=_wall_clock if now is None else _clock_at(moment) if moment.tzinfo else None,
    )
    try:
        data = _pasted_or_asked(questions, ask, moment)
    except AnswersEnded as exc:
        raise InputError(f"the answers ended before '{exc.question.text}'; nothing was written") from None
    except (KeyboardInterrupt, EOFError):
        sys.stderr.write("afterview: cancelled; nothing was written\n")
        raise typer.Exit(EXIT_CANCELLED) from None
    for note in clean_requested(data):  # 'my template (scrub client names first)', typed: no part of what is sent
        say(f"  not kept (a note to yourself): {note}")
    tidy_notes(data)  # 'lost btwn architects & contractors lol': 'between', no laugh, in the file and every draft
    try:
        notes = Notes.model_validate(data)
    except ValueError as exc:  # each answer was checked as it came; this is the last line of defence
        raise InputError(f"the answers do not make valid notes ({_first_error(exc)}); nothing was written") from None
    written = _write(path, dump(notes, kind), force)
    say(f"\nWrote {written}. Next: afterview draft {written}")


def _write(path: Path, text: str, force: bool) -> Path:
    """Every answer is kept: a file that appeared at `path` while they were typed is never replaced (unless
    --force); the notes go to the first free sibling (notes-2.md, …), and stderr says so."""
    from afterview.outdir import atomic_write
    from afterview.outdir.free_name import write_new

    if force:
        atomic_write(path, text)
        return path
    written = write_new(path, text)
    if written != path:
        sys.stderr.write(
            f"afterview: {path} already exists (it appeared while you answered); your notes are in {written}\n"
        )
    return written


def _pasted_or_asked(questions: Questionnaire, ask: Ask, moment: datetime) -> dict[str, Any]:
    """Notes pasted and read, then only what they leave out asked; or, on Enter, every question."""
    from afterview.notes.paste import read_paste
    from afterview.notes.paste_questions import fill, say_summary, take_paste

    text = take_paste(ask)
    if not text:
        return questions.run()
    pasted = read_paste(text, moment.date())
    if pasted.problem:
        say(f"  These look like Markdown notes, but {pasted.problem}; reading them as free text.")
    if not pasted.how:
        say(
            "Nothing in what you pasted could be read as interview notes (a position, a date, who you met);"
            " asking question by question instead."
        )
        return questions.run()
    say_summary(say, pasted)
    say("Now only what your notes leave out or leave open. Enter keeps what was read, or takes the [default].")
    return fill(questions, pasted)


def _now(now: str | None) -> datetime:
    """--now as written (a wall time, or an aware time with its offset), else this machine's wall time."""
    from afterview.options import read_moment

    return datetime.now() if now is None else read_moment(now, "--now")


def _clock_at(moment: datetime) -> Callable[[str], datetime]:
    """The wall time of an aware --now in the interview's timezone (a naive one is taken as written)."""
    from zoneinfo import ZoneInfo

    return lambda zone: moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _wall_clock(zone: str) -> datetime:
    """The wall time now in `zone`: 'yesterday' is the day before where the interview was."""
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(zone)).replace(tzinfo=None)


def _system_timezone() -> str | None:
    """This machine's IANA timezone ($TZ or /etc/localtime's target), offered as the default answer."""
    import os
    from pathlib import Path

    from afterview.notes.timezones import check_timezone

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:  # $TZ first; unset, /etc/localtime (it was never reached when $TZ was unset)
        if not name:
            continue
        if name in ("UTC", "Etc/UTC"):  # a server's clock, not a place: ask instead
            return None
        try:
            return check_timezone(name)
        except ValueError:
            continue
    return None


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"{where}: {first.get('msg', '')}"
    return str(exc)
