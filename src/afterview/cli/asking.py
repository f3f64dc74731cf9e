"""How the questions of `afterview new` (and of an import's missing fields) reach a person.

A terminal gets prompt_toolkit's line editor (Tab completes where a question offers words); a
pipe gives one answer per line, each question echoed with its answer so the output reads as a
transcript. Both return None when the input has ended.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import CompleteEvent, Completer, Completion
    from prompt_toolkit.document import Document

    from afterview.notes.questionnaire import Ask, Question


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def label(question: Question) -> str:
    if question.paste:
        return ""
    if question.more:
        return "  …and? (Enter when done) "
    hint = f" ({question.hint})" if question.hint else ""
    default = f" [{question.default}]" if question.default else ""
    return f"{question.text}{hint}{default} "


def asker(interactive: bool) -> Ask:
    return TerminalAsker() if interactive else PipeAsker(sys.stdin)


class PipeAsker:
    """One answer per input line; each question and answer is echoed, so the output reads as a transcript."""

    def __init__(self, stream: Iterable[str]) -> None:
        self.lines = iter(stream)

    def __call__(self, question: Question) -> str | None:
        line = next(self.lines, None)
        answer = None if line is None else line.rstrip("\r\n")
        say(label(question) + ("" if answer is None else answer))
        return answer


class TerminalAsker:
    """prompt_toolkit's line editor, with Tab completion where a question offers it."""

    def __init__(self) -> None:
        from prompt_toolkit import PromptSession

        self.session: PromptSession[str] = PromptSession()

    def __call__(self, question: Question) -> str | None:
        completer = _completer(question.completions) if question.completions else None
        try:
            answer: str = self.session.prompt(label(question), completer=completer, complete_while_typing=False)
        except EOFError:
            return None
        return answer


def _completer(words: tuple[str, ...]) -> Completer:
    from prompt_toolkit.completion import Completer, Completion

    class Words(Completer):
        """Names that start with, then contain, what was typed (case-insensitive): 'york' finds America/New_York."""

        def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
            typed = document.text_before_cursor.strip().lower().replace(" ", "_")
            starts = [w for w in words if w.lower().startswith(typed)]
            inside = [w for w in words if typed in w.lower() and w not in starts]
            for word in [*starts, *inside][:200]:
                yield Completion(word, start_position=-len(document.text_before_cursor))

    return Words()
