"""`afterview import`: notes jotted as plain text, brought into a notes file.

Text that already follows the Markdown conventions is taken as it is. Free text is read by
code where it can (notes/free_text.py) and by the LLM in small asks when one is configured
(providers/llm_import.py); every value is kept only where a line of the notes supports it and
fits its field (shown for review before anything is written); a required value nobody found
is asked for on a terminal or named (exit 2). Without an LLM the command says what to write
instead (exit 2).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afterview.cli.app import (
    BaseUrlOpt,
    FixturesModeOpt,
    FixturesOpt,
    ModelOpt,
    ProviderOpt,
    app,
    friendly,
    llm_settings_for,
)
from afterview.cli.asking import asker, say
from afterview.cli.import_missing import ask_missing, missing_required
from afterview.cli.notes_commands import writable
from afterview.errors import InputError, NotesError
from afterview.notes.forms import form_of

if TYPE_CHECKING:
    from afterview.providers.llm_settings import LLMSettings

CONVENTIONS = (
    "the Markdown conventions are the way in: a first line '# <position> at <company>', "
    "'- When: 2026-11-24 14:00 America/New_York', a heading per person ('## Dana Lee — Engineering Manager "
    "(hiring manager)') with tagged bullets ('- Talked about: …', '- Challenge: …'), and '## Me: <your name>'. "
    "See `afterview init --format md -` for an example, or answer the questions of `afterview new`."
)


@app.command("import")
@friendly
def import_(
    source: Annotated[Path, typer.Argument(help="Your notes as plain text (e.g. notes.txt).", show_default=False)],
    target: Annotated[
        Path | None,
        typer.Argument(help="The notes file to write. Default: SOURCE with the extension .md.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Write without asking after the review.")] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="Pretend it is this time (ISO 8601): 'today' in the notes counts from it.", show_default=False
        ),
    ] = None,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fixtures: FixturesOpt = None,
    fixtures_mode: FixturesModeOpt = None,
) -> None:
    """Turn notes you jotted as plain text into a notes file (Markdown).

    Text written with the Markdown conventions (see `afterview init --format md -`) is taken as
    it is. Free text: dates, times, timezones, lengths, formats, emails, roles and "decide by"
    lines are read by afterview itself; the LLM, when one is configured (OPENAI_API_KEY or
    OPENAI_BASE_URL), is asked in a few small questions for the position, the company, who you
    met and what each of them said. A value is kept only where a line of your notes says it and
    fits the field, and you review them before anything is written; a required value nobody
    found is asked for on a terminal, never guessed. Offline, the command says which
    conventions to write instead.

    Example:

    \b
      afterview import notes.txt notes.md
      afterview draft notes.md
    """
    from afterview.config import load_settings
    from afterview.notes.loader import notes_from_text, read_text
    from afterview.options import read_moment
    from afterview.outdir import atomic_write

    today = read_moment(now, "--now").date() if now is not None else datetime.now().date()  # checked even if unused
    target = target or source.with_suffix(".md")
    if form_of(target) != "md":
        raise InputError(f"{target}: import writes Markdown notes; end the name in .md")
    if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
        raise InputError(f"{target}: that is the file being imported; name another file to write, e.g. notes.md")
    text = read_text(source, str(source))
    writable(target, force)
    try:
        notes_from_text(text, str(source), "md")
    except NotesError as exc:
        settings = load_settings()
        llm = llm_settings_for(settings, provider, model, base_url, fixtures, fixtures_mode)
        if llm.provider == "template":
            why = "free text needs an LLM to be read into notes, and none is configured"
            why += " (OPENAI_API_KEY or OPENAI_BASE_URL)"
            first = exc.problems[0]
            raise InputError(f"{source}: {why}; {CONVENTIONS}\nfirst problem with the conventions: {first}") from None
        _with_llm(source, target, text, llm, settings.timezone, today, yes)
        return
    atomic_write(target, text)
    typer.echo(f"{source} follows the Markdown notes conventions; wrote {target}. Next: afterview draft {target}")


def _with_llm(
    source: Path, target: Path, text: str, llm: LLMSettings, zone: str | None, today: date, yes: bool
) -> None:
    import time

    from afterview.notes.dump import dump
    from afterview.notes.importing import check_facts, notes_data
    from afterview.notes.model import Notes
    from afterview.outdir import atomic_write
    from afterview.providers.llm_import import extract_facts

    typer.echo(f"Reading {source} with {llm.model} …", err=True)
    started = time.monotonic()
    found = extract_facts(llm, text, today)
    checked = check_facts(text, found.facts, today=today, people=found.people)
    typer.echo(f"What afterview and {llm.model} found in {source} ({time.monotonic() - started:.0f} s);")
    typer.echo("a value is kept (+) only where a line of your notes says it and fits the field:")
    for c in checked:
        where = f"line {c.line}: " if c.line else ""
        if c.kept:
            typer.echo(f'  + {c.field} = {c.value}    ({where}"{_short(c.quote)}")')
        else:
            typer.echo(f"  - {c.field} = {c.value}    left out: {c.why_not}")
    for what in found.skipped:
        typer.echo(f"  - left out: {what}")
    data = notes_data(checked, default_timezone=zone)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    missing = missing_required(data)
    if missing and interactive:
        ask_missing(data, missing, today, asker(interactive), say, zone)
        missing = missing_required(data)
    if missing:
        lines = "\n".join(f"{field}: {what}" for field, what in missing)
        raise InputError(
            f"{source}: the notes do not say enough yet; nothing is guessed. Missing:\n{lines}\n"
            f"Add these lines to {source} and import again, or run the import on a terminal to type them."
        )
    try:
        notes = Notes.model_validate(data)
    except ValueError as exc:
        raise InputError(f"{source}: the notes do not say enough yet:\n{_missing(exc)}\n{CONVENTIONS}") from None
    if not yes:
        if not interactive:
            raise InputError(f"review the values above, then add --yes to write {target}")
        if not typer.confirm(f"Write {target}?", default=False):
            typer.echo("Nothing was written.")
            return
    atomic_write(target, dump(notes, "md"))
    typer.echo(f"Wrote {target}. Check it, then run: afterview draft {target}")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _missing(exc: Any) -> str:
    from afterview.notes.markdown.hints import HINTS
    from afterview.notes.paths import dotted

    lines = []
    errors = exc.errors() if hasattr(exc, "errors") else []
    for err in errors[:10]:
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        field = dotted(loc)
        general = "".join(c for c in field if not c.isdigit()).replace("[]", "")
        what = "missing" if err["type"] == "missing" else str(err["msg"]).removeprefix("Value error, ")
        hint = HINTS.get(general)
        lines.append(f"{field}: {what}" + (f"; {hint}" if hint else ""))
    return "\n".join(lines) or str(exc)
