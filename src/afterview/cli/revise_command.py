"""`afterview revise`: the interactive session."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterview.cli.app import (
    BaseUrlOpt,
    FixturesOpt,
    Grammar,
    GrammarOpt,
    ModelOpt,
    NotesArg,
    NowOpt,
    ProviderOpt,
    SendAtOpt,
    app,
    friendly,
    notice,
)
from afterview.errors import InputError
from afterview.vocabulary import Kind, ToneChoice

if TYPE_CHECKING:
    from afterview.draft import Draft, DraftRequest, Finding
    from afterview.revise.versions import Reviser
    from afterview.seam import Author


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
        ToneChoice | None,
        typer.Option(
            "--tone", help="Starting tone (casual is warm; default from company.culture).", show_default=False
        ),
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
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fixtures: FixturesOpt = None,
) -> None:
    """Adjust drafts in a conversation: tone, length, content; every version is checked again.

    Type instructions in plain words, one at a time (help lists them all), such as:

    \b
      warmer · more formal · shorter · longer · mention the on-call problem · drop the marathon
      regenerate · undo · redo · diff · history · edit · save · quit

    On a terminal you get a line editor with history and completion; from a pipe it reads
    one instruction per line.

    Example:

    \b
      printf 'warmer\\nlonger\\nsave\\nquit\\n' | afterview revise notes.yaml
    """
    from afterview.cli.app import ProviderFlags
    from afterview.cli.setup import grammar_engine, set_up
    from afterview.options import resolve_person
    from afterview.output.console import use_colour
    from afterview.pipeline import Selection
    from afterview.planning import make_plan
    from afterview.revise.session import Session
    from afterview.revise.terminal import editor_for, run

    setup = set_up(notes_path, now, send_at=send_at, tone=tone)
    notes = setup.notes
    plan = make_plan(notes, setup.now)
    if not plan.messages:
        raise InputError(f"{notes_path}: there is nothing to revise: " + "; ".join(s.reason for s in plan.skipped))
    selection = Selection(frozenset({kind}) if kind else None, resolve_person(notes, to) if to else None)
    first = next((n for n, p in enumerate(plan.messages) if selection.wants(p.kind, p.to.name)), None)
    if first is None:
        raise InputError("--to/--kind: no planned message matches; see `afterview schedule`")
    with setup.provider(ProviderFlags(provider, model, base_url, fixtures)) as provider_choice:
        session = Session.start(
            notes,
            setup.now,
            provider_choice.author,
            setup.tone,
            out or notes_path.with_name(f"{notes_path.stem}-drafts"),
            notes_file=str(notes_path),
            plan=plan,
            send_at=setup.send_at,
            grammar=grammar_engine(grammar),
            editor=editor_for(),
            reviser=_asked_each_time(provider_choice.author),
        )
        session.index = first
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
        try:
            code = run(session, interactive=interactive, colour=use_colour())
        except KeyboardInterrupt:
            notice("interrupted; saved drafts are untouched")
            raise typer.Exit(130) from None
    raise typer.Exit(code)


def _asked_each_time(author: Author) -> Reviser | None:
    """The writer's `revise`, with the circuit breaker reset first: an instruction someone types is
    always asked of the LLM (at most one deadline), even after a failure earlier in the session.
    None for a writer that cannot revise (the template writer: instructions change its style)."""
    revise, breaker = author.revise, author.breaker
    if revise is None:
        return None

    def ask(request: DraftRequest, draft: Draft, instruction: str, findings: tuple[Finding, ...]) -> Draft:
        if breaker is not None:
            breaker.reset()
        return revise(request, draft, instruction, findings)

    return ask
