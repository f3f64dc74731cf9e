"""The revise session's input and output: a line editor and colour on a terminal, plain lines in a pipe."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from afterview.output import labels
from afterview.output.files import draft_as_text
from afterview.output.text import findings_lines
from afterview.revise.instructions import COMMANDS
from afterview.revise.session import Session
from afterview.revise.versions import CONFIRM_QUIT, Editor, EditorError, Reply, Thread

if TYPE_CHECKING:
    from prompt_toolkit.completion import CompleteEvent, Completer, Completion
    from prompt_toolkit.document import Document
    from rich.console import Console

PROMPT = "revise> "


def run(session: Session, *, interactive: bool, colour: bool, stdin: TextIO | None = None) -> int:
    """Drive the session until quit or end of input; Ctrl-C and Ctrl-D never lose a saved file.
    `stdin`: sys.stdin as it is when the session runs (not when this module was imported)."""
    stdin = sys.stdin if stdin is None else stdin
    show = Screen(colour)
    show.draft(session)
    show.note("Type help for the commands; save writes the drafts to " + str(session.out_dir))
    prompt = Prompt()
    lines = _prompted(session, prompt) if interactive else _piped(stdin, show, prompt)
    for line in lines:
        confirming = prompt.text == CONFIRM_QUIT
        prompt.text = PROMPT
        if line is None:  # Ctrl-C on the line editor: drop the line (or the question), keep the session
            show.note(
                "(Ctrl-C: not quitting)" if confirming else "(Ctrl-C: the line was cancelled; type quit to leave)"
            )
            continue
        try:
            reply = session.confirm_quit(line) if confirming else session.handle(line)
        except KeyboardInterrupt:  # Ctrl-C while a step runs: drop the step, keep the session
            show.note("(interrupted: the current version is unchanged)")
            continue
        if reply.confirm_quit:
            prompt.text = CONFIRM_QUIT  # the answer is asked for with its own prompt
        show.reply(session, reply)
        if reply.quit:
            return 0
    if any(t.changed for t in session.threads):
        show.warn("End of input: unsaved changes were not saved (saved files are untouched).")
    return 0


class Prompt:
    """What the next line is asked with: the session's prompt, or a yes/no question's."""

    def __init__(self) -> None:
        self.text = PROMPT


def _piped(stdin: TextIO, show: Screen, prompt: Prompt) -> Iterator[str | None]:
    for raw in stdin:
        line = raw.rstrip("\n")
        show.echo(prompt.text + line)
        yield line


def _prompted(session: Session, prompt: Prompt) -> Iterator[str | None]:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory

    completer = _Completer(session)
    editor: PromptSession[str] = PromptSession(history=InMemoryHistory(), completer=completer)
    while True:
        try:
            # A yes/no answer is no instruction: nothing to complete.
            asking = prompt.text == CONFIRM_QUIT
            yield editor.prompt(prompt.text, completer=None if asking else completer)
        except KeyboardInterrupt:
            yield None
        except EOFError:
            return


def _Completer(session: Session) -> Completer:
    from prompt_toolkit.completion import Completer, Completion

    class RevisionCompleter(Completer):
        """Commands, and after 'mention ' or 'drop ' the notes items."""

        def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
            text = document.text_before_cursor.lstrip()
            for verb in ("mention ", "drop "):
                if text.lower().startswith(verb):
                    typed = text[len(verb) :]
                    for item in session.mentionable():
                        if item.lower().startswith(typed.lower()):
                            yield Completion(item, start_position=-len(typed))
                    return
            for command in COMMANDS:
                if command.startswith(text.lower()):
                    yield Completion(command, start_position=-len(text))

    return RevisionCompleter()


def editor_for(environ: dict[str, str] | None = None) -> Editor | None:
    """Edit text in $VISUAL / $EDITOR; None when neither is set."""
    env = os.environ if environ is None else environ
    command = env.get("VISUAL") or env.get("EDITOR")
    if not command:
        return None

    def edit(text: str) -> str | None:
        with tempfile.TemporaryDirectory(prefix="afterview-") as folder:
            path = Path(folder) / "draft.txt"
            path.write_text(text, encoding="utf-8")
            try:
                result = subprocess.run([*shlex.split(command), str(path)], check=False)
            except (OSError, ValueError) as exc:
                raise EditorError(f"Could not start the editor '{command}' ({exc}); set $EDITOR.") from None
            if result.returncode != 0:
                raise EditorError(f"The editor '{command}' exited with status {result.returncode}.")
            return path.read_text(encoding="utf-8", errors="replace")

    return edit


class Screen:
    """Shows drafts, findings and diffs: with rich on a terminal, as plain text otherwise."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour
        self.console: Console | None = None
        if colour:
            from afterview.output.console import make_console

            self.console = make_console()

    def echo(self, text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def note(self, text: str) -> None:
        if self.console:
            self.console.print(text, style="dim", markup=False)
        else:
            self.echo(text)

    def warn(self, text: str) -> None:
        sys.stderr.write(f"afterview: {text}\n")

    def reply(self, session: Session, reply: Reply) -> None:
        if reply.text:
            self.note(reply.text) if not reply.confirm_quit else self.echo(reply.text)
        if reply.diff is not None:
            self.diff(reply.diff)
        if reply.show:
            self.draft(session)
        elif reply.findings_only:
            self.findings(session.thread)

    def draft(self, session: Session) -> None:
        thread = session.thread
        version = thread.current
        head = (
            f"[{session.index + 1}/{len(session.threads)}] {labels.title(thread.planned)} · "
            f"version {thread.position + 1} of {len(thread.versions)} · tone {version.tone}"
        )
        text = draft_as_text(version.draft).rstrip("\n")
        if self.console:
            from rich.panel import Panel
            from rich.text import Text

            self.console.print(Panel(Text(text), title=head, title_align="left"))
        else:
            self.echo(f"--- {head} ---")
            self.echo(text)
            self.echo("---")
        self.findings(thread)

    def findings(self, thread: Thread) -> None:
        lines = findings_lines(thread.current.draft)
        if not self.console:
            for line in lines:
                self.echo(line)
            return
        styles = {"error": "red", "warning": "yellow", "info": "dim"}
        for line in lines:
            word = line.split()[0] if line.startswith("  ") else ""
            style = styles.get(word, "bold green" if "ready" in line and "NOT" not in line else "bold red")
            self.console.print(line, style=style, markup=False)

    def diff(self, text: str) -> None:
        if not self.console:
            self.echo(text)
            return
        for line in text.splitlines():
            style = (
                "green"
                if line.startswith("+")
                else "red"
                if line.startswith("-")
                else "cyan"
                if line.startswith("@")
                else None
            )
            self.console.print(line, style=style, markup=False)
