"""`afterview import`: notes jotted as plain text, brought into a notes file.

Text that already follows the Markdown conventions is taken as it is. Free text needs an
LLM to be structured; without one, the command says what to write instead (exit 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import app, friendly, llm_settings_for
from afterview.cli.notes_commands import writable
from afterview.errors import InputError, NotesError

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
) -> None:
    """Turn notes you jotted as plain text into a notes file (Markdown).

    Text written with the Markdown conventions (see `afterview init --format md -`) is taken as
    it is. Free text needs an LLM to be structured; offline, the command says which
    conventions to write instead.

    Example:  afterview import notes.txt notes.md   then   afterview draft notes.md
    """
    from afterview.config import load_settings
    from afterview.notes.loader import notes_from_text, read_text
    from afterview.outdir import atomic_write

    target = target or source.with_suffix(".md")
    if target.suffix.lower() not in (".md", ".markdown"):
        raise InputError(f"{target}: import writes Markdown notes; end the name in .md")
    text = read_text(source, str(source))
    if target.resolve() != source.resolve():
        writable(target, force)
    try:
        notes_from_text(text, str(source), "md")
    except NotesError as exc:
        llm = llm_settings_for(load_settings(), None, None, None, None)
        if llm.provider == "template":
            why = "free text needs an LLM to be read into notes, and none is configured"
            why += " (OPENAI_API_KEY or OPENAI_BASE_URL)"
        else:
            why = "reading free text with the LLM is not available in this version of afterview"
        first = exc.problems[0]
        raise InputError(f"{source}: {why}; {CONVENTIONS}\nfirst problem with the conventions: {first}") from None
    if target.resolve() == source.resolve():
        typer.echo(f"{source} already follows the Markdown notes conventions. Next: afterview draft {source}")
        return
    atomic_write(target, text)
    typer.echo(f"{source} follows the Markdown notes conventions; wrote {target}. Next: afterview draft {target}")
