"""Harper (harper-py), the offline grammar engine that runs in-process; the default."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

from afterview.draft import Finding, Severity

_lock = threading.Lock()  # a harper Linter is not thread-safe, and costs ~1 s to build: one per process
_linter: Any = None
_known: set[str] = set()
# Rules we run ourselves for every engine (grammar/rules.py), so findings do not depend on the engine.
# The Oxford comma is a house style, not an error: Harper would flag "AWS, SQL and Go" either way.
OFF = {"LongSentences": False, "OxfordComma": False, "NoOxfordComma": False}


def _get_linter() -> Any:
    global _linter
    if _linter is None:
        from harper import Linter

        linter = Linter()
        config = linter.get_lint_config()
        config.update(OFF)
        linter.set_lint_config(config)
        _linter = linter
    return _linter


def warm_up() -> None:
    """Build the linter now (the CLI may do this while it loads the notes)."""
    with _lock:
        _get_linter()


_TIME_WORD = re.compile(r"\s+(?:today|yesterday|tomorrow|on|last|this|earlier|again|soon|later|then)\b", re.I)


def _you_before_time(problem: str, after: str) -> bool:
    return problem.lower() == "you" and bool(_TIME_WORD.match(after))


def _code(kind: str, message: str) -> str:
    if "indefinite article" in message.lower():
        return "a_an"
    if kind == "Repetition":
        return "repeated_word"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower()


def _severity(kind: str, message: str) -> Severity:
    if kind == "Repetition" or "indefinite article" in message.lower():
        return "error"
    return "warning"


class HarperEngine:
    """Harper's linter with the notes' names added to its dictionary."""

    name = "harper"

    def __init__(self, note: str | None = None) -> None:
        self.note = note

    def describe(self) -> str:
        text = "Grammar and spelling were checked by Harper (offline, in-process)"
        return f"{text}; {self.note}." if self.note else f"{text}."

    def check(self, text: str, names: Sequence[str]) -> list[Finding]:
        allowed = {n.lower() for n in names}
        with _lock:
            linter = _get_linter()
            new = [n for n in names if n not in _known]
            if new:
                linter.import_words(new)
                _known.update(new)
            lints = linter.lint(text, language="plaintext")
        found = []
        for lint in lints:
            problem = lint.problem_text
            bare = re.sub(r"['\u2019]s$", "", problem).lower()
            if bare in allowed or problem.lower() in allowed:
                continue  # a name from the notes (Harper still flags e.g. 'Sam' as an all-caps word)
            if _you_before_time(problem, text[lint.span.end :]):
                continue  # "speak with you yesterday" is right; Harper suggests "your yesterday"
            replacements = [s.replacement_text for s in lint.suggestions if s.replacement_text.strip()]
            suggestion = replacements[0] if replacements else None
            hint = f" Try '{suggestion}'." if suggestion else ""
            found.append(
                Finding(
                    "grammar",
                    _severity(lint.lint_kind, lint.message),
                    _code(lint.lint_kind, lint.message),
                    f"'{problem}': {lint.message.replace('`', chr(39))}{hint}",
                    (lint.span.start, lint.span.end),
                    suggestion,
                )
            )
        return found
