"""One question of `afterview new` and the loop that asks it until the answer reads.

`ask` shows a question and returns the answer (None when the input has ended), `say` shows a
remark; they know nothing of terminals. A bad answer is explained and asked again.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from afterview.notes.answers import _split_items

T = TypeVar("T")


@dataclass(frozen=True)
class Question:
    key: str  # what the answer fills, e.g. "interview.at" or "interviewers[0].topics"
    text: str
    hint: str = ""  # an example answer, shown in brackets
    default: str | None = None  # taken when the answer is empty
    required: bool = True
    completions: tuple[str, ...] = ()  # offered by Tab on a terminal
    more: bool = False  # a follow-up line of a list (empty to finish)
    lines: bool = False  # several lines in one answer are several items (a paste on a terminal)
    paste: bool = False  # a further line of pasted notes: no prompt of its own


class AnswersEnded(Exception):
    """The input ended while a question still needed an answer."""

    def __init__(self, question: Question) -> None:
        super().__init__(question.text)
        self.question = question


Ask = Callable[[Question], "str | None"]
Say = Callable[[str], None]


def timezone_names() -> tuple[str, ...]:
    return tuple(
        sorted(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    )


class AskLoop:
    """Asks questions through `ask` and reads each answer with a parser until one reads."""

    def __init__(self, ask: Ask, say: Say) -> None:
        self.ask = ask
        self.say = say

    def get(self, question: Question, parse: Callable[[str], T]) -> T:
        """Ask until the answer reads; an optional question answered with Enter gives parse('')."""
        return self._get(question, parse)

    def _get(self, question: Question, parse: Callable[[str], T]) -> T:
        while True:
            answer = self.ask(question)
            if answer is None:
                if question.required and question.default is None:
                    raise AnswersEnded(question)
                answer = ""
            # spaces tidied; lines kept apart where a question takes several (a paste on a terminal)
            lines = [" ".join(line.split()) for line in answer.splitlines()]
            answer = ("\n" if question.lines else " ").join(line for line in lines if line)
            if not answer and question.default is not None:
                answer = question.default
            if not answer:
                if not question.required:
                    return parse("")
                self.say("  An answer is needed here.")
                continue
            try:
                return parse(answer)
            except ValueError as exc:
                message = str(exc).rstrip(".")
                self.say(f"  {message}{'' if message.endswith('?') else '.'} Please try again.")

    def _confirmed(
        self, question: Question, parse: Callable[[str], T], read_back: Callable[[T], str | None], what: str
    ) -> T:
        """An answer read back in place: Enter keeps it, another answer (read the same way) replaces it."""
        return self._read_back(question, self._get(question, parse), parse, read_back, what)

    def _read_back(
        self, question: Question, value: T, parse: Callable[[str], T], read_back: Callable[[T], str | None], what: str
    ) -> T:
        """A value read back in place (typed, or read from pasted notes): Enter keeps it, an answer replaces it."""
        while (shown := read_back(value)) is not None:
            again = self._get(_check(question, shown, what), lambda text: parse(text) if text else None)
            if again is None:
                break
            value = again
        return value

    def _items(self, question: Question, parse: Callable[[str], T]) -> list[T]:
        """One answer of one or more items (';' between them, or a line each), then more lines until Enter."""
        found: list[T] = []
        current = Question(question.key, question.text, question.hint, required=False, lines=True)
        while len(found) < 20:
            answer = self._get(current, lambda text: parse(text) if text else None)
            if answer is None:
                break
            found.append(answer)
            current = Question(question.key, question.text, "", required=False, more=True, lines=True)
        return found

    def _list(self, question: Question) -> list[str]:
        return [item for items in self._items(question, _split_items) for item in items]


def _check(question: Question, shown: str, what: str) -> Question:
    """The read-back of an answer, as a question of its own: Enter keeps what was understood."""
    return Question(
        question.key,
        f"  understood: {shown} — Enter keeps it, or type {what}",
        required=False,
        completions=question.completions,
    )
