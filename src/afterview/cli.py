"""The `afterview` command line. The only module that prints, exits or catches broad errors."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from afterview import __version__
from afterview.errors import AfterviewError, InputError
from afterview.vocabulary import Kind, Tone

app = typer.Typer(
    name="afterview",
    help=(
        "Turn interview notes into follow-up drafts worth sending: a personal thank-you to each "
        "interviewer and a well-timed status check, each checked before you send it. "
        "afterview never sends anything itself.\n\n"
        "Start with:  afterview init notes.yaml  then  afterview draft notes.yaml"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])
EXIT_INTERNAL = 70


def friendly(command: F) -> F:
    """Our errors become one line on stderr and their exit status; nothing shows a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except AfterviewError as exc:
            _error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("AFTERVIEW_DEBUG"):
                raise
            _error(
                f"internal error ({type(exc).__name__}: {exc}). This is a bug in afterview; "
                "please report it. Run with AFTERVIEW_DEBUG=1 to see the traceback."
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _error(message: str) -> None:
    lines = message.splitlines() or [message]
    prefix = "afterview: error: "
    sys.stderr.write(prefix + lines[0] + "\n")
    for line in lines[1:]:
        sys.stderr.write(prefix + line + "\n")


def _notice(message: str) -> None:
    sys.stderr.write(f"afterview: {message}\n")


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    eml = "eml"


NotesArg = Annotated[
    Path,
    typer.Argument(help="Your notes file (YAML, or JSON/TOML by extension).", show_default=False, metavar="NOTES"),
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Pretend it is this time (ISO 8601, e.g. 2026-11-24T16:00; without an offset, the "
        "interview's timezone). Makes runs reproducible.",
        show_default=False,
    ),
]


SendAtOpt = Annotated[
    str | None,
    typer.Option(
        "--send-at",
        help="When you plan to send, for the timing check (ISO 8601, or 'recommended' to check each "
        "message at its own recommended time). Default: now.",
        show_default=False,
    ),
]


class Grammar(str, Enum):
    auto = "auto"
    harper = "harper"
    languagetool = "languagetool"


GrammarOpt = Annotated[
    Grammar,
    typer.Option(
        "--grammar",
        help="Grammar engine: LanguageTool when configured (AFTERVIEW_LANGUAGETOOL_URL or LTP_PATH), "
        "else Harper (offline, built in).",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterview {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    pass


def _load(path: Path) -> Any:
    from afterview.config import load_settings
    from afterview.notes.loader import load_notes

    settings = load_settings()
    return load_notes(path, default_timezone=settings.timezone), settings


@app.command()
@friendly
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the example ('-' prints it).", show_default=True)] = Path(
        "notes.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented example notes file to start from.

    Example:  afterview init notes.yaml
    """
    from afterview.outdir import atomic_write

    example = resources.files("afterview").joinpath("example_notes.yaml").read_text(encoding="utf-8")
    if str(path) == "-":
        sys.stdout.write(example)
        return
    if path.exists() and not force:
        raise InputError(f"{path}: already exists; choose another path, or add --force to overwrite it")
    if path.parent != Path() and not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")
    atomic_write(path, example)
    typer.echo(f"Wrote {path}. Edit it, then run: afterview draft {path}")


@app.command()
@friendly
def schema() -> None:
    """Print the JSON Schema of the notes file, for editors that validate as you type.

    Example:  afterview schema > notes.schema.json
    (then, for YAML editors:  # yaml-language-server: $schema=notes.schema.json)
    """
    import json

    from afterview.notes.model import Notes

    typer.echo(json.dumps(Notes.model_json_schema(), indent=2, ensure_ascii=False))


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

    notes, settings = _load(notes_path)
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
                _notice(f"the {d.channel.value} note to {d.to} is not an email; see it with --format text")
    else:
        print_text(text.render_text(run))


def _write_out(run: Any, folder: Path, output_format: Format) -> None:
    from afterview.outdir import write_files
    from afterview.output.files import draft_files

    files = draft_files(run, output_format.value)
    for result in write_files(folder, files):
        if result.status == "kept-edit":
            _notice(f"kept your edited {result.kept}; the new draft is beside it in {result.path}")
        else:
            typer.echo(f"{result.status:<9} {result.path}")
    if not files:
        typer.echo("Nothing to draft.")


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


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
    send_at: SendAtOpt = None,
    now: NowOpt = None,
    output_format: Annotated[CheckFormat, typer.Option("--format", help="Report format.")] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if the draft is not ready.")] = False,
    grammar: GrammarOpt = Grammar.auto,
) -> None:
    """Run every guardrail on a draft you wrote yourself.

    Examples:

      afterview check thank-you.txt --notes notes.yaml --to "Dana Lee"

      afterview check status.txt --notes notes.yaml --kind status_check --send-at 2026-12-01T10:00 --strict
    """
    from afterview.guardrails import make_grammar_engine, read_draft
    from afterview.hand_written import check_hand_written
    from afterview.options import parse_moment, parse_send_at, resolve_person

    notes, settings = _load(notes_path)
    moment = parse_moment(now, "--now", notes.interview.zone, datetime.now(UTC))
    subject, body = read_draft(draft_path, kind=kind)
    person = resolve_person(notes, to) if to else notes.interviewers[0].name
    result = check_hand_written(
        notes,
        subject,
        body,
        kind=kind,
        to=person,
        now=moment,
        send_at=parse_send_at(send_at, notes.interview.zone, moment),
        tone=settings.tone,
        grammar=make_grammar_engine(grammar.value),
    )
    if output_format is CheckFormat.json:
        from afterview.output.json_output import dumps, finding_to_dict

        doc = {"findings": [finding_to_dict(f) for f in result.findings], "ready": result.ready}
        sys.stdout.write(dumps(doc))
    else:
        from afterview.output.console import print_text
        from afterview.output.text import findings_lines

        print_text("\n".join([f"{draft_path}: {kind.value} to {person}", *findings_lines(result)]) + "\n")
    if strict and not result.ready:
        raise typer.Exit(1)


@app.command()
@friendly
def revise(
    notes_path: NotesArg,
    to: Annotated[
        str | None, typer.Option("--to", help="Start with the message to this interviewer.", show_default=False)
    ] = None,
    kind: Annotated[
        Kind | None, typer.Option("--kind", help="Start with this kind of message.", show_default=False)
    ] = None,
    tone: Annotated[
        Tone | None, typer.Option("--tone", help="Starting tone (default from company.culture).", show_default=False)
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Where save writes the drafts (default: NOTES-drafts/ beside the notes).", show_default=False
        ),
    ] = None,
    now: NowOpt = None,
    send_at: SendAtOpt = None,
    grammar: GrammarOpt = Grammar.auto,
) -> None:
    """Adjust drafts in a conversation: tone, length, content; every version is checked again.

    Type instructions such as: warmer · more formal · shorter · mention the on-call problem ·
    drop the marathon · regenerate · undo · diff · edit · save · quit (help lists them all).
    On a terminal you get a line editor with history and completion; from a pipe it reads
    one instruction per line:

      printf 'warmer\nshorter\nsave\nquit\n' | afterview revise notes.yaml
    """
    from afterview.guardrails import make_grammar_engine
    from afterview.options import parse_moment, parse_send_at, resolve_person
    from afterview.output.console import use_colour
    from afterview.planning import make_plan
    from afterview.revise.session import Session
    from afterview.revise.terminal import editor_for, run
    from afterview.tone import default_tone
    from afterview.writer.template_writer import TemplateWriter

    notes, settings = _load(notes_path)
    moment = parse_moment(now, "--now", notes.interview.zone, datetime.now(UTC))
    plan = make_plan(notes, moment)
    if not plan.messages:
        raise InputError(f"{notes_path}: there is nothing to revise: " + "; ".join(s.reason for s in plan.skipped))
    person = resolve_person(notes, to) if to else None
    chosen = list(plan.messages)
    first = next(
        (
            n
            for n, p in enumerate(chosen)
            if (person is None or p.to.name == person) and (kind is None or p.kind is kind)
        ),
        None,
    )
    if first is None:
        raise InputError("--to/--kind: no planned message matches; see `afterview schedule`")
    session = Session.start(
        notes,
        moment,
        plan,
        chosen,
        TemplateWriter(),
        tone.value if tone else settings.tone or default_tone(notes.company.culture).value,
        out or notes_path.with_name(f"{notes_path.stem}-drafts"),
        send_at=None if send_at is None else parse_send_at(send_at, notes.interview.zone, moment),
        grammar=make_grammar_engine(grammar.value),
        editor=editor_for(),
    )
    session.index = first
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    try:
        code = run(session, interactive=interactive, colour=use_colour())
    except KeyboardInterrupt:
        _notice("interrupted; saved drafts are untouched")
        raise typer.Exit(130) from None
    raise typer.Exit(code)


@app.command()
@friendly
def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Notes files, folders (searched for .yaml/.yml/.json/.toml) or globs.",
            show_default=False,
            metavar="PATHS...",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="One folder per notes file goes in here.")] = Path("drafts"),
    files: Annotated[Format, typer.Option("--files", help="Format of the draft files.")] = Format.text,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", help="Summary format: a table, or JSON for scripts.")
    ] = CheckFormat.text,
    tone: Annotated[
        Tone | None,
        typer.Option("--tone", help="Tone for every file (default from each company.culture).", show_default=False),
    ] = None,
    now: NowOpt = None,
    send_at: SendAtOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Redraft files whose notes have not changed.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any draft is not ready.")] = False,
    grammar: GrammarOpt = Grammar.auto,
) -> None:
    """Draft many notes files at once, each into its own folder under --out, with a summary.

    Unchanged notes (same content, templates and settings) are skipped unless --force; drafts
    you edited are never overwritten. One bad file never stops the others: it is reported, and
    the exit status is 2 if any file could not be read.

    Examples:

      afterview batch interviews/ --out drafts/

      afterview batch 'clients/**/*.yaml' --format json > summary.json
    """
    import time

    from afterview.batch.discover import folder_names, notes_files
    from afterview.batch.runner import FileResult, Settings, run_file
    from afterview.batch.summary import to_json, to_text
    from afterview.config import load_settings
    from afterview.guardrails import make_grammar_engine
    from afterview.output.console import progress
    from afterview.writer.template_writer import TemplateWriter

    started = time.perf_counter()
    settings = load_settings()
    found, missing = notes_files(paths, exclude=out)
    if not found and missing:
        raise InputError(f"no notes files found in: {', '.join(missing)}")
    run_settings = Settings(
        tone=tone.value if tone else settings.tone,
        output_format=files.value,
        provider="template",
        clock=datetime.now(UTC),
        now=now,
        send_at=send_at,
        grammar=grammar.value,
    )
    _check_moments(now, send_at)
    writer, engine = TemplateWriter(), make_grammar_engine(grammar.value)
    names = folder_names(found)
    results: list[FileResult] = []
    with progress(len(found), "Drafting") as advance:
        for path in found:
            results.append(
                run_file(
                    path,
                    out / names[path],
                    run_settings,
                    writer,
                    engine,
                    default_timezone=settings.timezone,
                    force=force,
                )
            )
            advance()
    results += [FileResult(Path(m), out, "error", error=f"{m}: no notes files found") for m in missing]
    if output_format is CheckFormat.json:
        from afterview.output.json_output import dumps

        sys.stdout.write(dumps(to_json(results, time.perf_counter() - started)))
    else:
        sys.stdout.write(to_text(results))
    if any(r.status == "error" for r in results):
        raise typer.Exit(2)
    if strict and any(r.ready < r.messages for r in results):
        raise typer.Exit(1)


def _check_moments(now: str | None, send_at: str | None) -> None:
    """Refuse a bad --now/--send-at once, before any file is read."""
    from afterview.options import parse_moment, parse_send_at

    clock = datetime.now(UTC)
    parse_send_at(send_at, UTC, parse_moment(now, "--now", UTC, clock))


@app.command()
@friendly
def schedule(
    notes_path: NotesArg,
    now: NowOpt = None,
    ics: Annotated[
        Path | None,
        typer.Option("--ics", help="Also write calendar reminders (iCalendar) to this file.", show_default=False),
    ] = None,
) -> None:
    """Show when to send each message, in each recipient's timezone, and why.

    Examples:

      afterview schedule notes.yaml

      afterview schedule notes.yaml --ics followups.ics
    """
    from afterview.options import parse_moment
    from afterview.output.console import print_schedule
    from afterview.planning import make_plan

    notes, _ = _load(notes_path)
    moment = parse_moment(now, "--now", notes.interview.zone, datetime.now(UTC))
    plan = make_plan(notes, moment)
    print_schedule(notes, plan, moment)
    if ics is not None:
        from afterview.calendar import plan_to_ics
        from afterview.outdir import atomic_write

        try:
            atomic_write(ics, plan_to_ics(notes, plan, moment))
        except OSError as exc:
            raise InputError(f"--ics {ics}: cannot write ({exc.strerror or exc})") from None
        _notice(f"wrote {len(plan.messages)} reminder{'s' if len(plan.messages) != 1 else ''} to {ics}")


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # `afterview draft … | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
